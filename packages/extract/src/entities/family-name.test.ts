import { describe, expect, it } from "vitest";
import { familyName, familyNameFirst } from "./family-name";

const words = (name: string) => name.split(" ");

describe("familyName", () => {
  it.each([
    ["Xi Jinping", "Xi"],
    ["Li Qiang", "Li"],
    ["Wang Yi", "Wang"],
    ["Kim Jong Un", "Kim"],
    ["Yoon Suk Yeol", "Yoon"],
    ["Lee Hsien Loong", "Lee"],
    ["Lai Ching-te", "Lai"],
    ["Moon Jae-in", "Moon"],
    // Korean family names written without the given name's hyphen.
    ["Woo Won Shik", "Woo"],
    ["Jeon Hae Rim", "Jeon"],
    ["Son Heung Min", "Son"],
  ])("reads %s family name first", (name, family) => {
    expect(familyNameFirst(words(name))).toBe(true);
    expect(familyName(words(name))).toBe(family);
  });

  it.each([
    ["Antony Blinken", "Blinken"],
    ["Kim Darroch", "Darroch"],
    ["Kim Kardashian", "Kardashian"],
    ["Lee Anderson", "Anderson"],
    ["Mary Smith-Jones", "Smith-Jones"],
    ["Ferdinand Marcos Jr.", "Marcos"],
    ["Nguyen Phu Trong", "Trong"],
    ["Marine Le Pen", "Le Pen"],
    ["Ursula von der Leyen", "von der Leyen"],
    ["Min Aung Hlaing", "Hlaing"],
    ["Ha Long", "Long"],
  ])("keeps %s family name last", (name, family) => {
    expect(familyNameFirst(words(name))).toBe(false);
    expect(familyName(words(name))).toBe(family);
  });
});
