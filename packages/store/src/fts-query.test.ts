// toFtsQuery: user text becomes quoted FTS5 strings, or a BadQueryError — never FTS5 syntax.
import { describe, expect, it } from "vitest";
import { BadQueryError } from "./errors";
import { toFtsQuery } from "./fts-query";

describe("toFtsQuery", () => {
  it.each([
    ["Pashinian", '"Pashinian"'],
    ["Pashinian Aliyev", '"Pashinian" "Aliyev"'],
    ["Pashin*", '"Pashin"*'],
    ['"peace treaty" Baku', '"peace treaty" "Baku"'],
    ['"peace tre"*', '"peace tre"*'],
    ['"unclosed phrase', '"unclosed phrase"'],
    ["AND OR NOT", '"AND" "OR" "NOT"'],
    ["NEAR(a b", '"NEAR(a" "b"'],
    ["title:Pashinian", '"title:Pashinian"'],
    ["'; DROP TABLE events; --", '"DROP" "TABLE" "events;"'],
    ["U.S.", '"U.S."'],
    ["  spaced   out  ", '"spaced" "out"'],
  ])("%j → %s", (input, expected) => {
    expect(toFtsQuery(input)).toBe(expected);
  });

  it("doubles quotes inside a word so they stay data", () => {
    expect(toFtsQuery('O"Brien')).toBe('"O" "Brien"');
    expect(toFtsQuery("it's")).toBe('"it\'s"');
  });

  it.each(["", "   ", '"', '""', "*", "-- ; ()", "x".repeat(201)])("rejects %j", (input) => {
    expect(() => toFtsQuery(input)).toThrow(BadQueryError);
  });

  it("accepts 200 characters", () => {
    expect(toFtsQuery("x".repeat(200))).toBe(`"${"x".repeat(200)}"`);
  });
});
