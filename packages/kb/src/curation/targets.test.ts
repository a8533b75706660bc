// Naming an op's target by words: of two equally tight spans, the report that tells them wins.
import { describe, expect, it } from "vitest";
import { buildKnowledgeBase } from "../build-knowledge-base";
import { ExtractionBuilder } from "../fixtures/builder";

describe("targets by evidence", () => {
  it("prefers the report whose own telling the words are in over one that only cites the same sentence", () => {
    const x = new ExtractionBuilder("a", "The sides agreed a truce. Most residents fled to Armenia.", "2023-11-28")
      .event({ type: "agreement", title: "truce", words: "The sides agreed a truce." })
      .event({ type: "displacement", title: "exodus", words: "Most residents fled to Armenia." })
      .build();
    // The truce's report cites the flight's sentence too, second; by id order alone ("undated-agreement") it would win.
    x.events[0]!.evidence.push(x.events[1]!.evidence[0]!);
    const kb = buildKnowledgeBase(
      [x],
      [
        {
          file: "t.yaml",
          ops: [
            {
              id: "t#0",
              op: "set-event-status",
              event: { article: "a", exact: "fled to Armenia" },
              status: "planned",
              reason: "test",
            },
          ],
        },
      ],
    );
    expect(kb.curation[0]!.status).toBe("applied");
    expect(kb.events.find((e) => e.status === "planned")?.type).toBe("displacement");
  });
});
