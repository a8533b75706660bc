import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { elementsByTag, type TagNode, tagNames } from "./dom-tags";

describe("elementsByTag", () => {
  const page = `<!doctype html><html><head><TITLE>t</TITLE></head><body>
<div><P>a</P><ul><li>b<p>c</p></li><LI>d</LI></ul></div>
<template><p>inside a template</p></template><svg><title>svg</title></svg>
<section><h2>e</h2><div><div><p>f</p></div></div><p>g</p></section></body></html>`;
  const { document } = parseHTML(page);
  const root = document as unknown as TagNode & { querySelectorAll(s: string): Iterable<unknown> };

  it("finds what querySelectorAll finds for a list of tag names, in the same order", () => {
    for (const selector of ["p, li", "p, h2, title", "li", "template, p", "div", "title"]) {
      expect(elementsByTag(root, tagNames(selector))).toEqual([...root.querySelectorAll(selector)]);
    }
  });

  it("starts below the node it is given", () => {
    const ul = [...root.querySelectorAll("ul")][0] as TagNode;
    const found = elementsByTag(ul, tagNames("ul, p, li"));
    expect(found).toEqual([...(ul as unknown as typeof root).querySelectorAll("ul, p, li")]);
    expect(found).toHaveLength(3);
  });
});
