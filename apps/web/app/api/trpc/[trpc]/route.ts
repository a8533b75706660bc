// The tRPC HTTP endpoint (fetch adapter) over the same read-only store, for client components and other apps.
import { appRouter, createContextInner } from "@dateline/api/root";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { curationDir, openStore } from "../../../../src/server/kb";

function bearer(req: Request): string | null {
  return /^Bearer\s+(\S+)\s*$/i.exec(req.headers.get("authorization") ?? "")?.[1] ?? null;
}

async function handler(req: Request): Promise<Response> {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    // The store is read-only here, so no write token is accepted: curation writes go through `dateline serve`.
    createContext: async () =>
      createContextInner({ store: await openStore(), curationDir: curationDir(), token: null, auth: bearer(req) }),
  });
}

export { handler as GET, handler as POST };
