import { describe, expect, it } from "vitest";
import { analyze } from "../nlp/analyze";
import { compilePattern, PatternIndex } from "./match";
import { TRIGGERS } from "./triggers";

const tokens = (text: string) => analyze(text).tokens;
const matched = (pattern: string, text: string) => {
  const toks = tokens(text);
  return new PatternIndex([[pattern, pattern] as const]).find(toks, 0, toks.length).map(({ match }) =>
    toks
      .slice(match.start, match.end)
      .map((t) => t.text)
      .join(" "),
  );
};

describe("trigger patterns", () => {
  it("match by lemma, so any inflection of a verb or noun matches", () => {
    expect(matched("telephone/VERB", "Blinken telephoned the leaders.")).toEqual(["telephoned"]);
    expect(matched("flee", "Thousands fled the city; more are fleeing.")).toEqual(["fled", "fleeing"]);
  });

  it("allow a bounded gap and optional words", () => {
    expect(matched("hold ... call", "He held separate phone calls on Monday.")).toEqual(["held separate phone calls"]);
    expect(matched("hold ... call", "He held the line for a long while and then a call came.")).toEqual([]);
    expect(matched("say in a|the? statement", "Miller said in a statement.")).toEqual(["said in a statement"]);
  });

  it("do not let a gap run over a comma into a subordinate clause", () => {
    expect(matched("begin ... talks", "The strike began in April, after talks broke down.")).toEqual([]);
    expect(matched("begin ... talks", "They began, at last, talks.")).toEqual(["began , at last , talks"]);
  });

  it("respect a part-of-speech constraint", () => {
    expect(matched("ban/NOUN", "They lifted the ban.")).toEqual(["ban"]);
    expect(matched("have/VERB ... talks", "Azerbaijan had declined talks.")).toEqual([]);
  });

  it("reject a malformed pattern at load time rather than never matching", () => {
    expect(() => compilePattern("capture/VERB|seize/VERB")).toThrow(/one part of speech list/);
    expect(() => compilePattern("... call")).toThrow(/required word/);
  });

  it("compile every row of the trigger table", () => {
    for (const rule of TRIGGERS) expect(() => compilePattern(rule.pattern)).not.toThrow();
  });
});
