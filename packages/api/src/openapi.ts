// An OpenAPI 3.1 document of the REST routes, written from the same zod schemas the procedures validate with.
import { z } from "zod";
import { REST_ROUTES, type RestRoute } from "./rest-routes";

type JsonSchema = { type?: string | string[]; properties?: Record<string, JsonSchema>; required?: string[] } & Record<
  string,
  unknown
>;

// Inputs are documented as the caller sends them (defaults optional); refinements have no JSON form.
const inputSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
const outputSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: "output", unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;

/** The query parameters of a route, one per property of its input schema. */
export function queryParameters(route: RestRoute): { name: string; schema: JsonSchema; required: boolean }[] {
  if (!route.query) return [];
  const json = inputSchema(route.query);
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, schema]) => ({
    name,
    schema,
    required: required.has(name),
  }));
}

const errorResponse = {
  description: "An error: BAD_REQUEST (bad input, with the zod issues), NOT_FOUND (naming the id), …",
  content: {
    "application/json": {
      schema: {
        type: "object",
        properties: {
          error: {
            type: "object",
            properties: { code: { type: "string" }, message: { type: "string" }, issues: {} },
            required: ["code", "message"],
          },
        },
      },
    },
  },
};

function operation(route: RestRoute) {
  const parameters: unknown[] = queryParameters(route).map(({ name, schema, required }) => ({
    name,
    in: "query",
    required,
    description: typeof schema.description === "string" ? schema.description : undefined,
    schema,
    // Arrays (search kinds) are sent comma-separated: kinds=event,actor.
    ...(schema.type === "array" ? { style: "form", explode: false } : {}),
  }));
  if (route.path.includes("{id}")) {
    parameters.unshift({ name: "id", in: "path", required: true, schema: { type: "string", minLength: 1 } });
  }
  return {
    get: {
      operationId: route.procedure,
      summary: route.summary,
      parameters,
      responses: {
        "200": { description: "OK", content: { "application/json": { schema: outputSchema(route.output) } } },
        "400": errorResponse,
        "404": errorResponse,
      },
    },
  };
}

export function buildOpenApiDocument(options: { serverUrl?: string } = {}) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Dateline API",
      version: "0.1.0",
      description:
        "Read-only REST view of a Dateline knowledge base. TypeScript callers should use the typed tRPC client " +
        "(@dateline/client) at /trpc, which also carries writes (curation.add, with a Bearer token).",
    },
    ...(options.serverUrl ? { servers: [{ url: options.serverUrl }] } : {}),
    paths: Object.fromEntries(REST_ROUTES.map((r) => [r.path, operation(r)])),
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
  };
}
