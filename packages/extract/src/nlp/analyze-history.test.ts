// wink adds each word it reads to its lexicon; what a process read before must not change how a text is tokenized.
import { describe, expect, it } from "vitest";
import { analyze } from "./analyze";

describe("analyze", () => {
  it("tokenizes a text the same however often the process has read it", () => {
    const text =
      "Bombers struck Qorvellian's Church in Negombo on Sunday. Police guarded Qorvellian's, the shrine, and Maj. Gen. Tarn Ilvesk spoke.";
    const words = () => analyze(text).tokens.map((t) => `${t.text}/${t.pos}`);
    const first = words();
    expect(words()).toEqual(first);
    expect(words()).toEqual(first);
  });

  it("tokenizes a text the same after another that brought its words", () => {
    const text = "Pilgrims crowded Vexhollin's Church at dawn.";
    const before = analyze(text).tokens.map((t) => t.text);
    analyze("Police guarded Vexhollin's, the shrine.");
    expect(analyze(text).tokens.map((t) => t.text)).toEqual(before);
    expect(before).toContain("Vexhollin");
  });
});
