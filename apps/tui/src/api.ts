// What the TUI reads, behind one interface: in-process through the router (local SQLite) or a running server.
import { createCaller, createContextInner } from "@dateline/api/root";
import { createDatelineClient, type RouterInputs, type RouterOutputs } from "@dateline/client";
import type { Store } from "@dateline/store";

export type EventPage = RouterOutputs["events"]["list"];
export type EventItem = EventPage["items"][number];
export type EventDetail = RouterOutputs["events"]["byId"];
export type ActorPage = RouterOutputs["actors"]["list"];
export type ActorItem = ActorPage["items"][number];
export type ActorDetail = RouterOutputs["actors"]["byId"];
export type ArticlePage = RouterOutputs["articles"]["list"];
export type ArticleItem = ArticlePage["items"][number];
export type ArticleDetail = RouterOutputs["articles"]["byId"];
export type ConflictPage = RouterOutputs["conflicts"]["list"];
export type ConflictItem = ConflictPage["items"][number];
export type SearchHits = RouterOutputs["search"]["query"];
export type EventFilter = NonNullable<RouterInputs["events"]["list"]>;

export interface TuiApi {
  events(filter: EventFilter): Promise<EventPage>;
  event(id: string): Promise<EventDetail>;
  actors(input: { limit: number; cursor?: string }): Promise<ActorPage>;
  actor(id: string): Promise<ActorDetail>;
  articles(input: { limit: number; cursor?: string }): Promise<ArticlePage>;
  article(id: string): Promise<ArticleDetail>;
  conflicts(input: { limit: number; cursor?: string }): Promise<ConflictPage>;
  search(q: string): Promise<SearchHits>;
}

/** The router in this process, over a local store (the default). */
export function localApi(store: Store): TuiApi {
  const api = createCaller(createContextInner({ store, curationDir: "data/curation", token: null }));
  return {
    events: (f) => api.events.list(f),
    event: (id) => api.events.byId({ id }),
    actors: (i) => api.actors.list(i),
    actor: (id) => api.actors.byId({ id }),
    articles: (i) => api.articles.list(i),
    article: (id) => api.articles.byId({ id }),
    conflicts: (i) => api.conflicts.list(i),
    search: (q) => api.search.query({ q, limit: 50 }),
  };
}

/** A running `dateline serve`, through the typed client. */
export function remoteApi(url: string): TuiApi {
  const api = createDatelineClient({ url });
  return {
    events: (f) => api.events.list.query(f),
    event: (id) => api.events.byId.query({ id }),
    actors: (i) => api.actors.list.query(i),
    actor: (id) => api.actors.byId.query({ id }),
    articles: (i) => api.articles.list.query(i),
    article: (id) => api.articles.byId.query({ id }),
    conflicts: (i) => api.conflicts.list.query(i),
    search: (q) => api.search.query.query({ q, limit: 50 }),
  };
}
