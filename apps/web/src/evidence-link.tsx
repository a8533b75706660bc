// A quoted piece of evidence that links into its article at the words, where the span is highlighted.
import type { Evidence } from "@dateline/core/schema";
import Link from "next/link";
import { evidenceHref } from "./format";

export function EvidenceQuote({ evidence, label }: { evidence: Evidence; label?: string }) {
  return (
    <blockquote className="evidence">
      <Link href={evidenceHref(evidence)} aria-label={label ? `${label}: ${evidence.exact}` : undefined}>
        “{evidence.exact}”
      </Link>
    </blockquote>
  );
}
