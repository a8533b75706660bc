// From bytes to a ParsedArticle: decode, read the format's metadata, then the plain-text metadata and body.
import { createHash } from "node:crypto";
import { articleIdFromHash, articleIdFromPath } from "@dateline/core/ids";
import type { ParsedArticle, RawInput } from "../types";
import { assembleArticle } from "./assemble";
import { bodyRanges, earlierCopies } from "./body";
import { readDateline } from "./dateline";
import { DEFAULT_MAX_BYTES, decodeInput } from "./decode";
import { detectFormat } from "./detect-format";
import { readFooter } from "./footer";
import { readFrontMatter } from "./front-matter";
import { readHtmlArticle } from "./html-article";
import { inferPublished } from "./infer-published";
import { InputError } from "./input-error";
import { readJsonArticle } from "./json-article";
import { readKeyValueHeader } from "./key-value-header";
import { guessLanguage } from "./language";
import { isDebris, isPhotoCredit } from "./line-kinds";
import { textLines } from "./lines";
import { emptyDraft, type MetaDraft } from "./meta-draft";
import { readPlainHeader } from "./plain-header";
import { offerStructured } from "./structured-fields";

export interface ParseOptions {
  /** Inputs larger than this many bytes are refused (default 16 MiB). */
  maxBytes?: number;
}

/** The article text and where its story part begins, per format. */
function readFormat(
  source: string,
  format: ParsedArticle["article"]["format"],
  decoded: string,
  draft: MetaDraft,
): { text: string; storyFrom: number; markupLanguage: string | null; fallbackTitle?: string | null } {
  switch (format) {
    case "json":
      return { text: readJsonArticle(source, decoded, draft).text, storyFrom: 0, markupLanguage: null };
    case "html": {
      const html = readHtmlArticle(source, decoded, draft);
      return { text: html.text, storyFrom: 0, markupLanguage: html.language, fallbackTitle: html.fallbackTitle };
    }
    case "md":
      return { text: decoded, storyFrom: readFrontMatter(source, decoded, draft).bodyStart, markupLanguage: null };
    case "txt":
      return { text: decoded, storyFrom: readKeyValueHeader(decoded, 0, draft), markupLanguage: null };
  }
}

/**
 * Parses one input into an Article (verbatim text, metadata with evidence or a reason for each gap) and
 * the ranges of its text that carry the story. Pure and deterministic; bad input throws InputError.
 */
export function parseArticle(input: RawInput, options: ParseOptions = {}): ParsedArticle {
  const source = input.path ?? "stdin";
  const decoded = decodeInput(source, input.content, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const draft = emptyDraft();
  draft.warnings.push(...decoded.warnings);
  const format = detectFormat(input.path, input.format, decoded.text, draft.warnings);
  const { text, storyFrom, markupLanguage, fallbackTitle } = readFormat(source, format, decoded.text, draft);

  // A preview that the text repeats is set aside first, so the header is read where the article really starts.
  const lines = textLines(text, storyFrom).filter((l) => !isDebris(l.text) && !isPhotoCredit(l.text));
  const copies = earlierCopies(lines);
  const structured = format === "html" || format === "json";
  const header = readPlainHeader(
    lines.filter((_, i) => !copies.has(i)),
    draft,
    !structured,
  );
  if (fallbackTitle) offerStructured(draft, "title", fallbackTitle, "<title>", null);
  readDateline(header.firstStoryLine, draft);
  const headerStarts = new Set(header.excluded.map((s) => s.start));
  const storyLines = lines.filter((l, i) => !copies.has(i) && !headerStarts.has(l.start));
  const footer = readFooter(storyLines, draft);
  const body = bodyRanges({ lines: storyLines, excluded: footer, title: draft.title?.value ?? null });
  if (body.length === 0) throw new InputError(source, "no-text", "has metadata but no story text");

  const story = body.map((r) => text.slice(r.start, r.end)).join("\n");
  const guess = guessLanguage(story);
  const language =
    guess.language !== null
      ? { value: guess.language, reason: null }
      : markupLanguage
        ? { value: markupLanguage, reason: null }
        : { value: null, reason: guess.reason };
  if (guess.language !== null && guess.language !== "en") {
    draft.warnings.push(
      `the text looks ${guess.name} (${guess.language}), not English; the extraction rules are written for English`,
    );
  }

  const sha256 = createHash("sha256").update(text, "utf8").digest("hex");
  const id = input.path ? articleIdFromPath(input.path) : articleIdFromHash(sha256);
  const article = assembleArticle({
    id,
    source,
    format,
    text,
    sha256,
    draft,
    language,
    inferredPublished: draft.published ? null : inferPublished(text, body),
  });
  return { article, body };
}
