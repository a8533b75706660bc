// Which way a clause looks: the markers and verbs that make a bare date past, planned or future.
import { describe, expect, it } from "vitest";
import { analyze } from "../nlp/analyze";
import { tenseAround } from "./tense";

function tenseOf(sentence: string, phrase: string) {
  const start = sentence.indexOf(phrase);
  return tenseAround(sentence, analyze(sentence), start, start + phrase.length);
}

describe("tenseAround", () => {
  it("reads the future from will, is expected to, would and 'for' a date", () => {
    expect(tenseOf("Delegations are expected to meet on Nov. 30 to discuss borders.", "on Nov. 30").tense).toBe(
      "future",
    );
    expect(tenseOf("The court will rule on Monday.", "on Monday").tense).toBe("future");
    expect(tenseOf("She said she would meet union leaders on Monday.", "on Monday").tense).toBe("future");
    expect(tenseOf("Unions have called a day of strikes for Tuesday.", "for Tuesday").tense).toBe("future");
  });
  it("reads the future past an adverb ('is still due to'), and a plan named as a thing as no future", () => {
    const due = "Hunt is still due to present his medium-term fiscal plan on Oct. 31, his spokesman said.";
    expect(tenseOf(due, "on Oct. 31").tense).toBe("future");
    expect(tenseOf("The vote is widely expected to take place on Friday.", "on Friday").tense).toBe("future");
    expect(tenseOf("The government dropped the plan to scrap the top rate on Oct. 3.", "on Oct. 3").tense).toBe("past");
    expect(tenseOf("She plans to travel to Paris on Monday.", "on Monday").tense).toBe("future");
  });
  it("reads what is wanted as a plan, and a wish told in a clause of its own as nothing", () => {
    expect(tenseOf("Party officials said they wanted the vote held on Friday.", "on Friday").tense).toBe("planned");
    const aside = "A traveller, who did not want to be named, said on Monday that she had slept on the floor.";
    expect(tenseOf(aside, "on Monday").tense).toBe("past");
  });
  it("reads a date after an order to do something by the order, as news usually tells it", () => {
    // "The judge ordered Trump to pay a fine on Friday": the day of the order, most often. (An order's own
    // deadline needs more than the words before the date to tell apart.)
    expect(tenseOf("Israel told civilians to move south on Friday, the army said.", "on Friday").tense).toBe("past");
    expect(tenseOf("The judge ordered Trump to pay a fine on Friday.", "on Friday").tense).toBe("past");
  });
  it("reads a fronted date by a saying after a name, not by what the saying reports", () => {
    const audio =
      "At about 8:30 p.m. on Saturday, Prigojine said in an audio message that his columns would turn around.";
    expect(tenseOf(audio, "on Saturday").tense).toBe("past");
    // A participle of saying after a noun still describes it.
    const reported = "On Saturday, documents reported in the press will be released.";
    expect(tenseOf(reported, "On Saturday").tense).toBe("future");
  });
  it("lets a past verb right before the date decide", () => {
    expect(tenseOf("An IMF spokesperson said on Saturday the meetings would go ahead.", "on Saturday").tense).toBe(
      "past",
    );
    expect(tenseOf("The truce was signed on Friday night.", "on Friday").tense).toBe("past");
  });
  it("reads a fronted date by the clause's first verb, not by what that verb reports", () => {
    const past = (sentence: string, phrase: string) => expect(tenseOf(sentence, phrase).tense).toBe("past");
    past("On Wednesday, OpenAI announced that Sam Altman would return as chief executive.", "On Wednesday");
    past("On Monday, Blinken said he would travel to Baku.", "On Monday");
    past("On Friday, the leaders met and agreed they would meet again.", "On Friday");
    expect(tenseOf("On Friday, the leaders will meet.", "On Friday").tense).toBe("future");
    expect(tenseOf("On Wednesday, the minister will announce that talks resumed.", "On Wednesday").tense).toBe(
      "future",
    );
  });
  it("reads 'due to be' as ahead, and a clause with no verb in the past by the future its sentence set", () => {
    const s = "Country Garden faces a winding-up petition of its own, due to be heard on Feb. 28.";
    expect(tenseOf(s, "on Feb. 28").tense).toBe("future");
    expect(tenseOf("The hearing was due to be held on Feb. 28.", "on Feb. 28").tense).toBe("planned");
    const runoff =
      "The president said the first round would go ahead on August 20, with a run-off on October 15 if no " +
      "candidate wins outright.";
    expect(tenseOf(runoff, "on October 15").tense).toBe("future");
    // A sentence in the past gives nothing: "The vote was held in May, with a run-off in June."
    expect(tenseOf("The vote was held in May, with a run-off in June.", "in June").tense).toBe("past");
  });
  it("reads a schedule after a possessive, the date a delay moves something to, and 'could'", () => {
    expect(tenseOf("The president's term ends on April 2.", "on April 2").tense).toBe("planned");
    const pushed = "The council struck down a law pushing the vote back to December 15.";
    expect(tenseOf(pushed, "December 15").tense).toBe("future");
    expect(tenseOf("The assembly voted to move the election to December 15.", "December 15").tense).toBe("future");
    expect(tenseOf("The first round could no longer take place on February 25.", "on February 25").tense).toBe(
      "planned",
    );
    // Moving to a place is no delay: "moved to Paris on May 3" stays in the past.
    expect(tenseOf("The family moved to Paris on May 3.", "on May 3").tense).toBe("past");
  });
  it("reads a plural present as a schedule, except a verb whose past is written the same, and 'setting up'", () => {
    expect(tenseOf("Voters go to the polls on Sunday.", "on Sunday").tense).toBe("planned");
    expect(tenseOf("They put it to a vote on Monday.", "on Monday").tense).toBe("past");
    expect(tenseOf("The opposition filed a motion, setting up a vote on Saturday.", "on Saturday").tense).toBe(
      "future",
    );
  });
  it("reads a participle describing a noun as no past of the clause, and 'plans a march' as ahead", () => {
    const fish = "The Fisheries Agency will begin testing fish caught near the plant from Friday.";
    expect(tenseOf(fish, "from Friday").tense).toBe("future");
    expect(tenseOf("Police arrested four men on Friday.", "on Friday").tense).toBe("past");
    expect(tenseOf("It plans a silent march through the capital on Saturday.", "on Saturday").tense).toBe("future");
  });
  it("reads plans that may be past as planned", () => {
    expect(tenseOf("The qualifier, scheduled for Saturday, has been postponed.", "for Saturday").tense).toBe("planned");
    expect(tenseOf("The visit, which was due to begin on Sunday, has been postponed.", "on Sunday").tense).toBe(
      "planned",
    );
    expect(tenseOf("Lai, who takes office in May, thanked voters.", "in May").tense).toBe("planned");
  });
  it("reads a verb after an opening date", () => {
    expect(tenseOf("On Monday, the minister will travel to Baku.", "On Monday").tense).toBe("future");
    expect(tenseOf("On Monday, the minister travelled to Baku.", "On Monday").tense).toBe("past");
  });
  it("does not let the date's own words count", () => {
    expect(tenseOf("Prices rose next month.", "next month").tense).toBe("past");
  });
});

describe("clauses", () => {
  it("do not break at the colon of a time, and read the verb before an attribution", () => {
    const s = "The truce is due to take effect at 9:45 p.m. Khartoum time on Monday (1945 GMT), the statement said.";
    expect(tenseOf(s, "on Monday").tense).toBe("future");
  });
});
