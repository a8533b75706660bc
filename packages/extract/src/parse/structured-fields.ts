// Metadata values from structure (a header line, front matter, JSON, meta tags) turned into draft fields.
import { parseDateValue } from "./date-text";
import { type MetaDraft, offer, type Span } from "./meta-draft";
import { findOutlets } from "./outlets";

export type StructuredField = "title" | "outlet" | "url" | "published" | "updated" | "author";

/**
 * Offers one field's value. `where` names the origin in messages ("front matter 'date'"); `span` points
 * at the value's words in article.text when they stand there. An unreadable date is a warning and a
 * missing reason, never an error: the article is still worth reading.
 */
export function offerStructured(
  draft: MetaDraft,
  field: StructuredField,
  raw: string,
  where: string,
  span: Span | null,
): void {
  const value = raw.trim();
  if (value.length === 0) return;
  if (field === "published" || field === "updated") {
    const m = parseDateValue(value);
    if (m?.date) {
      if (m.problem) draft.warnings.push(`${where}: ${m.problem}`);
      offer(draft, field, { value: m.date, span });
      return;
    }
    const why = m?.problem ?? `'${value}' is not a date`;
    draft.warnings.push(`${where}: ${why}; ${field} left empty`);
    draft.missing[field] ??= `${where} gives an impossible or unreadable date: ${why}`;
    return;
  }
  if (field === "outlet" && /^https?:\/\//i.test(value)) {
    // "Source: https://…" gives where the story is, not who published it.
    offer(draft, "url", { value, span });
    return;
  }
  if (field === "outlet") {
    const [known] = findOutlets(value, false);
    const whole = known && known.start === 0 && known.end === value.length;
    offer(draft, "outlet", { value: whole ? known.outlet.name : value, span });
    return;
  }
  if (field === "author") {
    // "By Jane Doe" names the author; the "By" is the page's, not the name's.
    const name = value.replace(/^by\s+/i, "");
    const cut = value.length - name.length;
    offer(draft, field, { value: name, span: span && { start: span.start + cut, end: span.end } });
    return;
  }
  offer(draft, field, { value, span });
}
