// @dateline/extract/parse: bytes (txt, md, html, json) to a ParsedArticle, or an InputError that says why not.
export { DEFAULT_MAX_BYTES } from "./decode";
export { InputError, type InputProblem } from "./input-error";
export { type ParseOptions, parseArticle } from "./parse-article";
