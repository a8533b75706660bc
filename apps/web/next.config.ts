// Next.js config: the workspace packages ship TypeScript source, and the native/NLP code stays outside the bundle.
import type { NextConfig } from "next";

const config: NextConfig = {
  // The test suite and the bench build into their own folder so they never clobber a developer's `.next`.
  distDir: process.env.DATELINE_WEB_DIST_DIR || ".next",
  transpilePackages: [
    "@dateline/api",
    "@dateline/core",
    "@dateline/extract",
    "@dateline/ingest",
    "@dateline/kb",
    "@dateline/store",
  ],
  // better-sqlite3 is native; the NLP libraries load models and data files from their own folders at run time.
  serverExternalPackages: [
    "better-sqlite3",
    "wink-nlp",
    "wink-eng-lite-web-model",
    "chrono-node",
    "linkedom",
    "@mozilla/readability",
    // Ingest's extraction workers register tsx (the workspace ships TypeScript); bundling tsx would pull in esbuild's binary.
    "tsx",
    "esbuild",
    "pino",
  ],
  // Types are checked by `npm run typecheck` (tsc over this app); the build would re-check every workspace package.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default config;
