// findQuotes on the seed articles: speakers through names, roles, descriptions and pronouns.
import { readFileSync } from "node:fs";
import type { Quote } from "@dateline/core/schema";
import { describe, expect, it } from "vitest";
import { findEntities } from "../entities/index";
import { contextFor } from "../entities/test-context";
import { findQuotes } from "./index";

const dir = new URL("../../../../data/articles/", import.meta.url);
function quotes(file: string): Quote[] {
  const ctx = contextFor(readFileSync(new URL(file, dir), "utf8"), file.slice(0, 20));
  return findQuotes(ctx, findEntities(ctx));
}
const by = (qs: Quote[], start: string) => {
  const q = qs.find((x) => x.text.startsWith(start));
  if (!q) throw new Error(`no quote starting '${start}'`);
  return q;
};

describe("findQuotes on the seeds", () => {
  it("000: readout fragments about Blinken are the words of the spokesman who distributed them", () => {
    const qs = quotes("000_7b3951009b3ee7ad.txt");
    expect(by(qs, "welcomed President Aliyev’s")).toMatchObject({
      speakerId: "matthew-miller",
      speakerText: "According to one of the statements distributed by State Department Spokesman Matthew Miller",
    });
    expect(by(qs, "this long-standing conflict").speakerId).toBe("matthew-miller");
    expect(by(qs, "noted recent points").speakerId).toBe("matthew-miller");
    expect(by(qs, "to discuss reintegration issues.").speakerId).toBeNull();
    expect(by(qs, "local anti-terrorist measures")).toMatchObject({
      speakerId: "azerbaijan",
      speakerText: "it described",
    });
    expect(by(qs, "an act of large-scale aggression").speakerId).toBe("armenia");
    expect(qs.map((q) => q.id).slice(0, 2)).toEqual(["000_7b3951009b3ee7ad#q1", "000_7b3951009b3ee7ad#q2"]);
  });

  it("002: Miller for both statements, with their delivery", () => {
    const qs = quotes("002_6d7d1cf8512395d2.txt");
    expect(by(qs, "The Secretary recognized")).toMatchObject({
      speakerId: "matthew-miller",
      speakerText: "Matthew Miller said",
      delivery: "in a statement",
      eventId: null,
    });
    expect(by(qs, "The Secretary discussed")).toMatchObject({
      speakerId: "matthew-miller",
      speakerText: "Miller added",
    });
    expect(by(qs, "The Secretary reaffirmed")).toMatchObject({
      speakerId: "matthew-miller",
      delivery: "in a statement",
    });
    expect(by(qs, "to avoid new unnecessary delays").speakerId).toBe("azerbaijani-foreign-ministry");
    expect(by(qs, "durable and dignified").speakerId).toBe("matthew-miller");
    // A term in scare quotes after "an" is not Azerbaijan's statement.
    expect(by(qs, "anti-terrorism operation").speakerId).toBeNull();
    for (const q of qs) expect(q.evidence.exact).toBe(q.text);
  });

  it("003: guillemets, 'he said' back to Blinken, and 'they said' left without a person", () => {
    const qs = quotes("003_f778857b596fc65f.txt");
    expect(by(qs, "Direct dialogue")).toMatchObject({ speakerId: "antony-blinken", speakerText: "he said" });
    expect(by(qs, "What we are seeing").speakerId).toBe("antony-blinken");
    expect(by(qs, "Both countries are working")).toMatchObject({
      speakerId: "antony-blinken",
      speakerText: "said Blinken",
    });
    expect(by(qs, "The ministers shared").speakerId).toBeNull();
    // Two governments, two ministers: a coordinated subject names no single speaker.
    expect(by(qs, "accelerate negotiations").speakerId).toBeNull();
    expect(by(qs, "for hosting the peace talks").speakerId).toBeNull();
    expect(by(qs, "very productive").speakerId).toBe("antony-blinken");
  });

  it("004: O’Brien through 'he said', a name and 'the U.S. official'", () => {
    const qs = quotes("004_fd49d523f050ac8a.txt");
    expect(by(qs, "We’ve made clear").speakerId).toBe("james-obrien");
    expect(by(qs, "high-level visits").speakerId).toBe("james-obrien");
    // "According to Azerbaijani media": a source that is no one in particular.
    expect(by(qs, "unfounded ban").speakerId).toBeNull();
    expect(by(qs, "real opportunity")).toMatchObject({
      speakerId: "james-obrien",
      delivery: "Speaking to journalists",
    });
    expect(by(qs, "So we’ve been very clear")).toMatchObject({
      speakerId: "james-obrien",
      speakerText: "added the U.S. official",
    });
    expect(by(qs, "The Secretary welcomed")).toMatchObject({
      speakerId: "matthew-miller",
      delivery: "in a statement on the call",
    });
  });
});
