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
    "pino",
  ],
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
