// Conflicts (/conflicts): every disagreement between sources in one list, filterable by field.
import { ConflictFieldSchema } from "@dateline/core/schema";
import type { Metadata } from "next";
import Link from "next/link";
import { ConflictCard, namedArticles } from "../../src/conflict-card";
import { articleLabel, plural } from "../../src/format";
import { NoKnowledgeBase } from "../../src/no-kb";
import { eventTitle } from "../../src/server/derived";
import { articleNames as articleNamesOf, kb } from "../../src/server/kb";
import { first, type SearchParams } from "../../src/timeline/timeline-query";

export const metadata: Metadata = { title: "Conflicts" };

/** Conflicts per page: each is a card with its versions and their words. */
const PER_PAGE = 50;

export default async function ConflictsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const parsed = ConflictFieldSchema.safeParse(first(params, "field"));
  const field = parsed.success ? parsed.data : undefined;
  const after = first(params, "after");
  const api = await kb();
  if (!api) return <NoKnowledgeBase />;
  const page = await api.conflicts.list({ field, limit: PER_PAGE, cursor: after });
  const conflicts = page.items;
  const [titles, articles] = await Promise.all([
    Promise.all(conflicts.map((c) => eventTitle(api, c.eventId))).then(
      (list) => new Map(conflicts.map((c, i) => [c.eventId, list[i]])),
    ),
    articleNamesOf(
      api,
      conflicts.flatMap((c) => namedArticles(c)),
    ),
  ]);
  const articleNames = new Map([...articles.values()].map((a) => [a.id, articleLabel(a)]));
  const href = (cursor?: string) => {
    const q = new URLSearchParams();
    if (field) q.set("field", field);
    if (cursor) q.set("after", cursor);
    const s = q.toString();
    return s ? `/conflicts?${s}` : "/conflicts";
  };
  return (
    <>
      <h1>Where the sources disagree</h1>
      <form method="get" action="/conflicts" className="filters" aria-label="Filter conflicts">
        <label>
          Field
          <select name="field" defaultValue={field ?? ""}>
            <option value="">any</option>
            {ConflictFieldSchema.options.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </label>
        <div className="filter-buttons">
          <button type="submit">Apply</button>
          <Link href="/conflicts">Clear</Link>
        </div>
      </form>
      <p className="summary" role="status">
        {page.nextCursor || after
          ? `A page of ${plural(conflicts.length, "conflict")}`
          : plural(conflicts.length, "conflict")}
        {field ? ` on the ${field}` : ""}.
      </p>
      <Pager after={after} next={page.nextCursor} href={href} />
      {conflicts.map((c) => (
        <ConflictCard
          key={c.id}
          conflict={c}
          articleNames={articleNames}
          eventTitle={titles.get(c.eventId) ?? c.eventId}
        />
      ))}
      {conflicts.length > 5 ? <Pager after={after} next={page.nextCursor} href={href} /> : null}
    </>
  );
}

function Pager({
  after,
  next,
  href,
}: {
  after: string | undefined;
  next: string | null;
  href: (cursor?: string) => string;
}) {
  if (!after && !next) return null;
  return (
    <nav className="tl-pager" aria-label="Pages of conflicts">
      {after ? <Link href={href()}>First page</Link> : null}
      {next ? (
        <Link href={href(next)} rel="next">
          Next page →
        </Link>
      ) : null}
    </nav>
  );
}
