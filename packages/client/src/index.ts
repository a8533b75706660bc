// createDatelineClient: a fully typed tRPC client of a Dateline server (types only from @dateline/api).
import type { AppRouter } from "@dateline/api/root";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

export interface DatelineClientOptions {
  /** The server's base URL, as `dateline serve` prints it: `http://127.0.0.1:4000`. */
  url: string;
  /** The write token (DATELINE_TOKEN of the server), needed for curation.add only. */
  token?: string;
  /** A fetch to use instead of the global one (to add timeouts, or count requests). */
  fetch?: typeof globalThis.fetch;
}

export type DatelineClient = ReturnType<typeof createTRPCClient<AppRouter>>;
/** What each procedure takes: `RouterInputs["events"]["list"]`. */
export type RouterInputs = inferRouterInputs<AppRouter>;
/** What each procedure gives back: `RouterOutputs["events"]["byId"]`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;

/** Calls made in the same tick go out as one batched HTTP request. */
export function createDatelineClient(options: DatelineClientOptions): DatelineClient {
  const base = options.url.replace(/\/+$/, "");
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${base}/trpc`,
        // The server's MAX_BATCH_SIZE; and GET URLs under Node's default 16 KiB header limit.
        maxItems: 50,
        maxURLLength: 8000,
        headers: () => (options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.fetch ? { fetch: options.fetch } : {}),
      }),
    ],
  });
}

/** True for an error the server answered with (it carries `.data.code`, e.g. NOT_FOUND), narrowing its type. */
export function isDatelineError(error: unknown): error is TRPCClientError<AppRouter> {
  return error instanceof TRPCClientError;
}
