// The event taxonomy: small on purpose, each type with what it covers.
import { z } from "zod";

export const EVENT_TYPES = {
  call: "A phone or video call between parties.",
  meeting: "People meeting in person (a summit, a bilateral meeting).",
  talks: "Negotiations or a round of talks, possibly over several meetings.",
  statement: "A statement, readout, declaration or announcement made publicly.",
  "press-conference": "A press conference or remarks to journalists.",
  agreement: "An agreement, treaty, deal or accord reached or signed.",
  "military-operation": "An offensive, operation, attack or other use of armed force.",
  ceasefire: "A ceasefire or cessation of hostilities.",
  war: "A war or armed conflict as a whole.",
  visit: "A trip to a place, made or promised.",
  hearing: "A parliamentary, congressional or court hearing, or testimony.",
  cancellation: "Calling off a meeting, visit or programme.",
  decree: "A decree, order or law issued by an authority.",
  displacement: "People fleeing or forced from their homes.",
  sanction: "A ban, sanction, suspension of aid or other penalty.",
  independence: "A state's independence, secession or dissolution.",
  election: "An election or referendum.",
  vote: "A vote of a legislature, council or members on a bill, motion, deal or confidence (not an election).",
  ruling: "A judgment, ruling, verdict or conviction of a court or tribunal.",
  protest: "A protest, demonstration or strike.",
  other: "Anything the taxonomy does not name yet.",
} as const;

export type EventType = keyof typeof EVENT_TYPES;

export const EventTypeSchema = z
  .enum(Object.keys(EVENT_TYPES) as [EventType, ...EventType[]])
  .describe("Event type from Dateline's taxonomy (see EVENT_TYPES in @dateline/core/schema).");

export const EventStatusSchema = z
  .enum(["occurred", "planned", "cancelled"])
  .describe("occurred: it happened; planned: announced, expected or promised; cancelled: called off.");

export type EventStatus = z.infer<typeof EventStatusSchema>;
