// A quoted piece of evidence that links into its article at the words, where the span is highlighted (:target).
import type { Evidence } from "@dateline/core/schema";
import { evidenceHref } from "./format";

export function EvidenceQuote({ evidence, label }: { evidence: Evidence; label?: string }) {
  return (
    <blockquote className="evidence">
      {/* A plain link: a full navigation is what makes the browser set :target on the words. */}
      <a href={evidenceHref(evidence)} aria-label={label ? `${label}: ${evidence.exact}` : undefined}>
        “{evidence.exact}”
      </a>
    </blockquote>
  );
}
