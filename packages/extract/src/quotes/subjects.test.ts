import { describe, expect, it } from "vitest";
import { type Subject, Subjects } from "./subjects";

describe("Subjects answers as a scan of every subject in finding order would", () => {
  it("with starts out of order (overlapping mentions) and people, organisations and coordinated subjects", () => {
    let seed = 11;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const wrong: string[] = [];
    for (let round = 0; round < 15; round++) {
      const subjects = new Subjects();
      const list: Subject[] = [];
      let tokenEnd = 0;
      for (let i = 0; i < 30; i++) {
        tokenEnd += 1 + Math.floor(next() * 6);
        // A mention may start well before the token that ends it, even before earlier subjects.
        const at = Math.max(0, tokenEnd - 1 - Math.floor(next() * 14));
        const kind = next();
        const s: Subject =
          kind < 0.4
            ? { at, id: `p${i}`, person: true }
            : kind < 0.8
              ? { at, id: `o${i}`, person: false }
              : { at, id: null, person: false };
        subjects.push(s, tokenEnd);
        list.push(s);
      }
      for (let before = 0; before <= tokenEnd + 2; before++) {
        const person = list.findLast((s) => s.at < before && s.person)?.id ?? null;
        const other = list.findLast((s) => s.at < before && !!s.id && !s.person)?.id ?? null;
        if (subjects.lastPerson(before) !== person) wrong.push(`person before ${before}`);
        if (subjects.lastNonPerson(before) !== other) wrong.push(`other before ${before}`);
        for (let from = Math.max(0, before - 12); from <= before; from++) {
          const last = list.findLast((s) => s.at >= from && s.at < before) ?? null;
          if (subjects.lastIn(from, before) !== last) wrong.push(`in ${from}-${before}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
