// Applies curation files in order, each op against the state as earlier ops left it, with a status for every op.
import type { CurationOp, CurationStatus } from "@dateline/core/schema";
import type { KbState } from "../state";
import { addAlias, mergeActors, setActorKind, setActorName, splitActor } from "./actor-ops";
import { mergeEvents, setEventDate, setEventStatus, setEventType, splitEvent } from "./event-ops";
import { reject, setArticleMeta, setPlaceKind } from "./other-ops";
import { NotApplicable, Unmatched } from "./targets";

export interface LoadedCuration {
  file: string | null;
  ops: CurationOp[];
}

function applyOp(state: KbState, op: CurationOp): string {
  switch (op.op) {
    case "merge-actors":
      return mergeActors(state, op);
    case "split-actor":
      return splitActor(state, op);
    case "add-alias":
      return addAlias(state, op);
    case "set-actor-name":
      return setActorName(state, op);
    case "set-actor-kind":
      return setActorKind(state, op);
    case "set-place-kind":
      return setPlaceKind(state, op);
    case "merge-events":
      return mergeEvents(state, op);
    case "split-event":
      return splitEvent(state, op);
    case "set-event-date":
      return setEventDate(state, op);
    case "set-event-type":
      return setEventType(state, op);
    case "set-event-status":
      return setEventStatus(state, op);
    case "reject":
      return reject(state, op);
    case "set-article-meta":
      return setArticleMeta(state, op);
  }
}

export function applyCuration(state: KbState, curation: readonly LoadedCuration[]): CurationStatus[] {
  const statuses: CurationStatus[] = [];
  for (const { file, ops } of curation) {
    ops.forEach((op, index) => {
      const opId = op.id ?? `${file ?? "curation"}#${index}`;
      try {
        statuses.push({ opId, op: op.op, file, status: "applied", message: applyOp(state, op) });
      } catch (error) {
        if (!(error instanceof Unmatched)) throw error;
        const status = error instanceof NotApplicable ? "not-applicable" : "unmatched";
        statuses.push({ opId, op: op.op, file, status, message: error.message });
      }
    });
  }
  return statuses;
}
