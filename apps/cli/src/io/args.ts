// Validates command-line values with the core schemas, so a typo is a usage error that names the option.
import { isPartialDateValue } from "@dateline/core/dates";
import { EVENT_TYPES, type EventStatus, EventStatusSchema, type EventType } from "@dateline/core/schema";
import { UsageError } from "../errors";

export function parseLimit(value: string | undefined, fallback = 50, max = 500): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new UsageError(`--limit must be a whole number from 1 to ${max}, not '${value}'`);
  }
  return n;
}

export function parseDateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isPartialDateValue(value)) {
    throw new UsageError(`${name} must be a date like 2023-11-27, 2023-11 or 2023, not '${value}'`);
  }
  return value;
}

export function parseEventType(value: string | undefined): EventType | undefined {
  if (value === undefined) return undefined;
  if (!(value in EVENT_TYPES)) {
    throw new UsageError(`--type must be one of ${Object.keys(EVENT_TYPES).join(", ")}; not '${value}'`);
  }
  return value as EventType;
}

export function parseStatus(value: string | undefined): EventStatus | undefined {
  if (value === undefined) return undefined;
  const r = EventStatusSchema.safeParse(value);
  if (!r.success)
    throw new UsageError(`--status must be one of ${EventStatusSchema.options.join(", ")}; not '${value}'`);
  return r.data;
}

export function parseChoice<T extends string>(name: string, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError(`${name} must be one of ${choices.join(", ")}; not '${value}'`);
  }
  return value as T;
}
