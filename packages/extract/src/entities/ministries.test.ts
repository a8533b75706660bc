// Lower-case ministries take their country from a possessive, a demonym, or the country the text last named.
import { describe, expect, it } from "vitest";
import { findEntities } from "./index";
import { contextFor } from "./test-context";

const orgs = (text: string) =>
  findEntities(contextFor(text))
    .actors.filter((a) => a.kind === "organization")
    .map((a) => a.name);

describe("lowerCaseMinistries", () => {
  it("names a ministry after a possessive country", () => {
    expect(orgs("China's foreign ministry said the ruling was void.")).toEqual(["Chinese Foreign Ministry"]);
    expect(orgs("Japan's environment ministry said the levels were safe.")).toEqual(["Japanese Environment Ministry"]);
  });
  it("reads an owner country of several words", () => {
    expect(orgs("Saudi Arabia's foreign ministry welcomed the deal.")).toEqual(["Saudi Foreign Ministry"]);
    expect(orgs("The South Korean defence ministry said the drills would go ahead.")).toEqual([
      "South Korean Defence Ministry",
    ]);
    expect(orgs("Sri Lanka's army said 20 were killed.")).toEqual(["Sri Lankan Armed Forces"]);
  });
  it("takes the country the text last named after its or the", () => {
    expect(orgs("Spain sent 56 rescuers, its defence ministry said.")).toEqual(["Spanish Defence Ministry"]);
    expect(orgs("Crowds marched across France, according to the interior ministry.")).toEqual([
      "French Interior Ministry",
    ]);
  });
  it("makes no ministry without a country or a portfolio", () => {
    expect(orgs("According to the interior ministry, 40 died.")).toEqual([]);
    expect(orgs("France's new ministry opened.")).toEqual([]);
  });
});
