// The frame of every page: skip link, site navigation with a search box, and the global stylesheet.
import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Dateline", template: "%s · Dateline" },
  description: "A story told by its sources: events, actors and where the reports disagree.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
};

const NAV = [
  ["/", "Timeline"],
  ["/sources", "Sources"],
  ["/conflicts", "Conflicts"],
  ["/graph", "Graph"],
  ["/ingest", "Ingest"],
] as const;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          {/* Not prefetched: every view is rendered per request from the KB, so prefetching the five views on each
              page view cost the server more than the page itself (the 10,000-article time line most of all). */}
          <Link href="/" className="brand" prefetch={false}>
            Dateline
          </Link>
          <nav aria-label="Views">
            <ul>
              {NAV.map(([href, label]) => (
                <li key={href}>
                  <Link href={href} prefetch={false}>
                    {label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <search className="site-search">
            <form action="/search" method="get">
              <label htmlFor="site-q" className="visually-hidden">
                Search articles, events and actors
              </label>
              <input id="site-q" name="q" type="search" placeholder="Search…" />
              <button type="submit">Search</button>
            </form>
          </search>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
