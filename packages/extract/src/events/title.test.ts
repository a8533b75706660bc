import type { Actor } from "@dateline/core/schema";
import { describe, expect, it } from "vitest";
import { namesOf, titleFor } from "./title";

const person = (id: string, name: string): Actor => ({
  id,
  name,
  kind: "person",
  aliases: [],
  roles: [],
  affiliations: [],
  mentions: [],
});

describe("titleFor", () => {
  const names = namesOf(
    [person("ferdinand-marcos-jr", "Ferdinand Marcos Jr."), person("fumio-kishida", "Fumio Kishida")],
    [],
    [],
    "",
  );
  it("calls a person by the surname, not by a generational suffix after it", () => {
    const parties = [
      { actorId: "fumio-kishida", role: "agent" as const },
      { actorId: "ferdinand-marcos-jr", role: "counterpart" as const },
    ];
    expect(titleFor(names, "talks", parties, null, null)).toBe("Kishida–Marcos talks");
    expect(titleFor(names, "statement", [{ actorId: "ferdinand-marcos-jr", role: "agent" }], null, null)).toBe(
      "Marcos statement",
    );
  });
});
