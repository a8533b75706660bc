// Before a reading view renders: with no knowledge base at the configured path the view still renders how to build
// one (src/no-kb.tsx), but answers 503, so that a monitor or a link checker sees a service not ready, not a page.
// A page cannot set its own status in the App Router; a status set here is the response's status.
import { existsSync } from "node:fs";
import { NextResponse } from "next/server";
import { kbPath } from "./src/server/repo-root";

export function proxy() {
  return existsSync(kbPath()) ? NextResponse.next() : NextResponse.next({ status: 503 });
}

export const config = {
  // The reading views only: the ingest form works without a KB, and the API answers for itself.
  matcher: [
    "/",
    "/events/:path*",
    "/articles/:path*",
    "/actors/:path*",
    "/places/:path*",
    "/sources",
    "/conflicts",
    "/graph",
    "/search",
  ],
};
