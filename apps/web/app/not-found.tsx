// The 404 page: unknown ids and paths, with a way back.
import Link from "next/link";

export default function NotFound() {
  return (
    <section className="notice">
      <h1>Not found</h1>
      <p>There is no such page in this knowledge base: the id may be misspelt, or the KB was rebuilt without it.</p>
      <p>
        <Link href="/">Back to the timeline</Link> or <Link href="/search">search</Link>.
      </p>
    </section>
  );
}
