// Conflicts (/conflicts): every disagreement between sources in one list, filterable by field.
import { ConflictFieldSchema } from "@dateline/core/schema";
import type { Metadata } from "next";
import Link from "next/link";
import { ConflictCard } from "../../src/conflict-card";
import { articleLabel, plural } from "../../src/format";
import { all, kb } from "../../src/server/kb";
import { first, type SearchParams } from "../../src/timeline/timeline-query";

export const metadata: Metadata = { title: "Conflicts" };

export default async function ConflictsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const parsed = ConflictFieldSchema.safeParse(first(await searchParams, "field"));
  const field = parsed.success ? parsed.data : undefined;
  const api = await kb();
  const [conflicts, articles, events] = await Promise.all([
    all((cursor) => api.conflicts.list({ field, limit: 500, cursor })),
    all((cursor) => api.articles.list({ limit: 500, cursor })),
    all((cursor) => api.events.list({ limit: 500, cursor })),
  ]);
  const titles = new Map(events.map((e) => [e.id, e.title]));
  const articleNames = new Map(articles.map((a) => [a.id, articleLabel(a)]));
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
        {plural(conflicts.length, "conflict")}
        {field ? ` on the ${field}` : ""}.
      </p>
      {conflicts.map((c) => (
        <ConflictCard
          key={c.id}
          conflict={c}
          articleNames={articleNames}
          eventTitle={titles.get(c.eventId) ?? c.eventId}
        />
      ))}
    </>
  );
}
