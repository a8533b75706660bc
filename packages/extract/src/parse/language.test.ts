// The cheap language test: English, other Latin-script languages, other scripts, and too little text.
import { describe, expect, it } from "vitest";
import { guessLanguage } from "./language";

describe("guessLanguage", () => {
  it("tells English, German and Spanish apart by their function words", () => {
    expect(
      guessLanguage(
        "The ministers said on Monday that the talks were over and that they had agreed to meet in the new year with the mediators.",
      ).language,
    ).toBe("en");
    expect(
      guessLanguage(
        "Die Minister sagten am Montag, dass die Gespräche beendet seien und dass sie sich im neuen Jahr mit den Vermittlern treffen wollen, und es wird auch nicht anders.",
      ).language,
    ).toBe("de");
    expect(
      guessLanguage(
        "Los ministros dijeron el lunes que las conversaciones habían terminado y que se reunirán en el nuevo año con los mediadores de la región para la paz.",
      ).language,
    ).toBe("es");
  });

  it("tells other scripts by their letters", () => {
    expect(guessLanguage("Министры заявили в понедельник, что переговоры завершены.").language).toBe("ru");
    expect(guessLanguage("Міністри заявили в понеділок, що переговори завершені і їх продовжать.").language).toBe("uk");
    expect(guessLanguage("Նախարարները երկուշաբթի հայտարարեցին, որ բանակցություններն ավարտված են").language).toBe("hy");
  });

  it("reads the script of a text whose letters are mostly not ASCII even beside English words and digits", () => {
    expect(guessLanguage("Reuters 2024: Министры заявили в понедельник, что переговоры завершены.").language).toBe(
      "ru",
    );
    expect(guessLanguage("AP — とうきょうでかいだんがおこなわれた").language).toBe("ja");
  });

  it("declines to guess from a headline", () => {
    const g = guessLanguage("Ministers agree to more talks");
    expect(g.language).toBeNull();
    expect(g).toMatchObject({ reason: expect.stringMatching(/too little text/) });
  });
});

describe("guessLanguage counts words as runs of letters", () => {
  it("splits at anything not a letter, astral letters and accents included, and counts every run", () => {
    // 19 words: too few, whatever they are; the twentieth (an astral letter run) makes it enough.
    const nineteen = "the-cat's 12 hats,and\u00a0the dog’s été of the day in a way that is so it";
    expect(nineteen.match(/\p{L}+/gu)).toHaveLength(19);
    expect(guessLanguage(nineteen)).toEqual({
      language: null,
      reason: "too little text to tell the language (19 words)",
    });
    expect(guessLanguage(`${nineteen} 𝒳𝒴`).language).toBe("en");
  });
});
