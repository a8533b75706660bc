import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  actorId,
  articleIdFromHash,
  articleIdFromPath,
  eventId,
  slugify,
  uniqueIds,
  withoutArabicArticle,
} from "./ids";
import { SlugIdSchema } from "./schema/entities";
import { ArticleIdSchema } from "./schema/evidence";

describe("slugs", () => {
  it("fold apostrophes, accents and case so spellings of one name meet", () => {
    expect(actorId("James O’Brien")).toBe(actorId("James O'Brien"));
    expect(actorId("James O’Brien")).toBe("james-obrien");
    expect(slugify("Nikol Pashinyan")).toBe("nikol-pashinyan");
    expect(slugify("Ilham Əliyev")).toBe("ilham-aliyev");
    expect(slugify("Zürich")).toBe("zurich");
  });

  it("spell letters Unicode does not decompose as news copy does", () => {
    expect(slugify("Zoran Đinđić")).toBe(slugify("Zoran Djindjic"));
    expect(slugify("Novak Đoković")).toBe("novak-djokovic");
    expect(slugify("Đà Nẵng")).toBe("da-nang");
    expect(slugify("Lech Wałęsa")).toBe("lech-walesa");
    expect(slugify("Søren Kierkegaard")).toBe("soren-kierkegaard");
    expect(slugify("Straße")).toBe("strasse");
  });

  it("drop an Arabic surname's article in any of its spellings, and nothing else", () => {
    expect(["al-Jalali", "el-Sisi", "Al-Burhan", "ash-Sharaa", "Alvarez", "al-"].map(withoutArabicArticle)).toEqual([
      "Jalali",
      "Sisi",
      "Burhan",
      "Sharaa",
      "Alvarez",
      "al-",
    ]);
  });

  it("read initials written with stops as one word", () => {
    expect(slugify("U.S. Geological Survey")).toBe(slugify("US Geological Survey"));
    expect(slugify("the U.N. Security Council")).toBe("the-un-security-council");
    expect(slugify("J. R. R. Tolkien")).toBe("j-r-r-tolkien");
    expect(slugify("Zürich")).toBe("zurich");
  });

  it("article ids come from file names and hashes", () => {
    expect(articleIdFromPath("data/articles/000_7b3951009b3ee7ad.txt")).toBe("000_7b3951009b3ee7ad");
    expect(articleIdFromPath("C:\\news\\My Story (2).HTML")).toBe("my-story-2");
    expect(articleIdFromHash("ab".repeat(32))).toBe("stdin-abababababab");
  });

  it("always produce ids the schema accepts (property)", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (s) => {
        expect(SlugIdSchema.safeParse(actorId(s)).success).toBe(true);
        expect(ArticleIdSchema.safeParse(articleIdFromPath(`${s}.txt`)).success).toBe(true);
      }),
    );
  });
});

describe("eventId", () => {
  it("is derived from what the event is, whatever the participant order", () => {
    const a = eventId({
      type: "call",
      date: "2023-11-27",
      participants: [
        { actorId: "antony-blinken", role: "agent" },
        { actorId: "ilham-aliyev", role: "counterpart" },
      ],
    });
    const b = eventId({
      type: "call",
      date: "2023-11-27",
      participants: [
        { actorId: "ilham-aliyev", role: "counterpart" },
        { actorId: "antony-blinken", role: "agent" },
      ],
    });
    expect(a).toBe("2023-11-27-call-antony-blinken-ilham-aliyev");
    expect(b).toBe(a);
    expect(eventId({ type: "ceasefire", date: null, participants: [] })).toBe("undated-ceasefire");
    expect(eventId({ type: "ceasefire", date: "--09-15", participants: [] })).toBe("09-15-ceasefire");
  });

  it("uniqueIds suffixes repeats in order", () => {
    expect(uniqueIds(["a", "b", "a", "a"])).toEqual(["a", "b", "a-2", "a-3"]);
  });
});
