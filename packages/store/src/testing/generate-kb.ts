// A synthetic, schema-valid KnowledgeBase of any size (seeded, deterministic), for tests and the benchmark.
import { addDays, partialDate } from "@dateline/core/dates";
import { makeEvidence } from "@dateline/core/evidence";
import { mulberry32 } from "@dateline/core/random";
import type {
  Actor,
  ActorKind,
  Article,
  ArticleExtraction,
  Conflict,
  Event,
  EventType,
  Evidence,
  ExtractedEvent,
  Figure,
  KnowledgeBase,
  Place,
  PlaceKind,
  Quote,
  ResolvedDate,
} from "@dateline/core/schema";

export interface GenerateOptions {
  articles: number;
  /** Events told per article before merging (about a sixth are merged into the previous article's events). */
  eventsPerArticle?: number;
  /** Sentences of filler per article, so the full-text index has realistic volume. */
  fillerSentences?: number;
  seed?: number;
}

export interface Generated {
  kb: KnowledgeBase;
  extractions: ArticleExtraction[];
}

/** A seeded generator with the helpers the builders use: the same knowledge base from the same seed. */
function rng(seed: number) {
  const next = mulberry32(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}

interface Named {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  role?: string;
}

const KNOWN_ACTORS: Named[] = [
  {
    id: "nikol-pashinian",
    name: "Nikol Pashinian",
    aliases: ["Pashinian", "Pashinyan"],
    kind: "person",
    role: "Prime Minister of Armenia",
  },
  { id: "ilham-aliyev", name: "Ilham Aliyev", aliases: ["Aliyev"], kind: "person", role: "President of Azerbaijan" },
  {
    id: "antony-blinken",
    name: "Antony Blinken",
    aliases: ["Blinken"],
    kind: "person",
    role: "US Secretary of State",
  },
  { id: "armenia", name: "Armenia", aliases: ["Yerevan"], kind: "country" },
  { id: "azerbaijan", name: "Azerbaijan", aliases: ["Baku"], kind: "country" },
  { id: "european-union", name: "European Union", aliases: ["the EU"], kind: "organization" },
  { id: "united-nations", name: "United Nations", aliases: ["the UN"], kind: "organization" },
  { id: "osce-minsk-group", name: "OSCE Minsk Group", aliases: ["Minsk Group"], kind: "group" },
];
const KNOWN_PLACES: Named[] = [
  { id: "yerevan", name: "Yerevan", aliases: [], kind: "city" },
  { id: "baku", name: "Baku", aliases: [], kind: "city" },
  { id: "washington", name: "Washington", aliases: ["WASHINGTON, DC"], kind: "city" },
  { id: "brussels", name: "Brussels", aliases: [], kind: "city" },
  { id: "nagorno-karabakh", name: "Nagorno-Karabakh", aliases: ["Karabakh"], kind: "region" },
];
const SYLLABLES = [
  "ka",
  "ro",
  "mi",
  "sa",
  "ten",
  "vor",
  "li",
  "an",
  "das",
  "mer",
  "zo",
  "ul",
  "pek",
  "ri",
  "ha",
  "nov",
];
const FILLER = [
  "officials",
  "negotiations",
  "border",
  "ministry",
  "statement",
  "security",
  "humanitarian",
  "corridor",
  "delegation",
  "agreement",
  "sources",
  "reported",
  "residents",
  "talks",
  "peace",
  "process",
  "region",
  "government",
  "parliament",
  "international",
  "observers",
  "troops",
  "ceasefire",
  "displaced",
  "aid",
];
const TYPES: EventType[] = [
  "call",
  "meeting",
  "talks",
  "statement",
  "agreement",
  "visit",
  "military-operation",
  "decree",
];
const VERBS: Record<string, string> = {
  call: "spoke by phone with",
  meeting: "met",
  talks: "held talks with",
  statement: "issued a statement on",
  agreement: "signed an agreement with",
  visit: "visited",
  "military-operation": "launched an operation against",
  decree: "signed a decree on",
};
const FRAMINGS = ["anti-terrorist measures", "a breakthrough", "aggression", "a historic step", "provocation"];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const pad = (n: number, w: number) => String(n).padStart(w, "0");

/** Text built piece by piece, so every piece's offsets are known for its evidence. */
class TextBuilder {
  text = "";
  add(piece: string): [number, number] {
    const start = this.text.length;
    this.text += piece;
    return [start, this.text.length];
  }
}

interface Local {
  extracted: ExtractedEvent;
  articleId: string;
}

export function generateKnowledgeBase(options: GenerateOptions): Generated {
  const r = rng(options.seed ?? 1);
  const perArticle = options.eventsPerArticle ?? 6;
  const fillerSentences = options.fillerSentences ?? 4;
  const invent = () => cap(Array.from({ length: 2 + r.int(2) }, () => r.pick(SYLLABLES)).join(""));
  const actorPool: Named[] = [...KNOWN_ACTORS];
  for (let i = 0; actorPool.length < Math.max(24, Math.floor(options.articles / 20)); i++) {
    const first = invent();
    const last = invent();
    actorPool.push({
      id: `${first}-${last}-${i}`.toLowerCase(),
      name: `${first} ${last}`,
      aliases: [last],
      kind: "person",
    });
  }
  const placePool: Named[] = [...KNOWN_PLACES];
  for (let i = 0; placePool.length < 40; i++) {
    const name = invent();
    placePool.push({ id: `${name.toLowerCase()}-${i}`, name, aliases: [], kind: r.pick(["city", "region", "other"]) });
  }

  const mentions = new Map<string, Evidence[]>();
  const aliasUse = new Map<string, Map<string, Set<string>>>();
  const roleUse = new Map<string, { articles: Set<string>; evidence: Evidence[] }>();
  const mention = (id: string, name: string, ev: Evidence) => {
    const list = mentions.get(id) ?? [];
    list.push(ev);
    mentions.set(id, list);
    const byName = aliasUse.get(id) ?? new Map<string, Set<string>>();
    aliasUse.set(id, byName.set(name, (byName.get(name) ?? new Set()).add(ev.articleId)));
  };

  const articles: Article[] = [];
  const extractions: ArticleExtraction[] = [];
  const quotes: Quote[] = [];
  const figures: Figure[] = [];
  const locals: Local[][] = [];
  const day0 = "2020-01-01";

  for (let i = 0; i < options.articles; i++) {
    const id = `a${pad(i, 5)}`;
    const published = addDays(day0, (i * 37) % 1500);
    const t = new TextBuilder();
    const ev = (span: [number, number]) => makeEvidence(id, t.text, span[0], span[1]);
    const dateline = r.pick(KNOWN_PLACES);
    const datelineSpan = t.add(dateline.name.toUpperCase());
    t.add(" — ");
    const local: ExtractedEvent[] = [];
    for (let j = 0; j < perArticle; j++) {
      const type = r.pick(TYPES);
      const a = r.pick(actorPool);
      let b = r.pick(actorPool);
      if (b.id === a.id) b = actorPool[(actorPool.indexOf(a) + 1) % actorPool.length]!;
      const place = r.next() < 0.7 ? r.pick(placePool) : null;
      const roll = r.next();
      const back = r.int(6);
      const value =
        roll < 0.55
          ? addDays(published, -back)
          : roll < 0.7
            ? published.slice(0, 7)
            : roll < 0.8
              ? published.slice(0, 4)
              : roll < 0.85
                ? "1990s"
                : roll < 0.9
                  ? `--${published.slice(5, 10)}`
                  : null;
      const aName = r.next() < 0.5 ? a.name : r.pick([a.name, ...a.aliases]);
      if (a.role && r.next() < 0.3) {
        const span = t.add(a.role);
        const use = roleUse.get(a.id) ?? { articles: new Set(), evidence: [] };
        use.articles.add(id);
        use.evidence.push(ev(span));
        roleUse.set(a.id, use);
        t.add(" ");
      }
      const clauseStart = t.text.length;
      const aSpan = t.add(aName);
      t.add(` ${VERBS[type]} `);
      const bSpan = t.add(b.name);
      let placeSpan: [number, number] | null = null;
      if (place) {
        t.add(" in ");
        placeSpan = t.add(r.pick([place.name, ...place.aliases]));
      }
      let dateSpan: [number, number] | null = null;
      if (value) {
        t.add(" on ");
        dateSpan = t.add(value);
      }
      const clause: [number, number] = [clauseStart, t.text.length];
      const framed = r.next() < 0.2 ? r.pick(FRAMINGS) : null;
      let framingSpan: [number, number] | null = null;
      if (framed) {
        t.add(", in what was called ");
        framingSpan = t.add(framed);
      }
      t.add(". ");
      mention(a.id, aName, ev(aSpan));
      mention(b.id, b.name, ev(bSpan));
      if (place && placeSpan) mention(`place:${place.id}`, t.text.slice(...placeSpan), ev(placeSpan));
      const date: ResolvedDate | null =
        value && dateSpan
          ? {
              ...partialDate(value),
              text: value,
              anchor: { kind: "stated", value: null },
              explanation: `stated outright: ${value}`,
              inferred: false,
              weekday: null,
              evidence: ev(dateSpan),
            }
          : null;
      const participants = [
        { actorId: a.id, role: "agent" as const },
        { actorId: b.id, role: type === "visit" ? ("target" as const) : ("counterpart" as const) },
      ];
      local.push({
        id: `${id}#e${j + 1}`,
        type,
        title: `${a.name} ${VERBS[type]} ${b.name}`,
        status: r.next() < 0.85 ? "occurred" : r.pick(["planned", "cancelled"] as const),
        background: value === "1990s",
        date,
        when: date && dateSpan ? { text: value!, weekday: null, evidence: ev(dateSpan) } : null,
        placeId: place?.id ?? null,
        participants,
        wording: t.text.slice(clause[0], clause[1]),
        framing: framed && framingSpan ? [{ term: framed, by: null, evidence: ev(framingSpan) }] : [],
        evidence: [ev(clause)],
      });
    }
    const speaker = r.pick(KNOWN_ACTORS.slice(0, 3));
    t.add("“");
    const quoteSpan = t.add(`We are ready to sign a peace treaty with ${r.pick(["Armenia", "Azerbaijan"])}`);
    t.add(",” said ");
    const speakerSpan = t.add(speaker.aliases[0]!);
    t.add(" in a statement. ");
    mention(speaker.id, speaker.aliases[0]!, ev(speakerSpan));
    const figureValue = 1000 * (1 + r.int(200));
    const figureSpan = t.add(`over ${figureValue.toLocaleString("en-US")} displaced persons`);
    t.add(" were reported. ");
    for (let k = 0; k < fillerSentences; k++) {
      t.add(`${cap(Array.from({ length: 12 }, () => r.pick(FILLER)).join(" "))}. `);
    }
    const text = t.text.trimEnd();
    quotes.push({
      id: `${id}#q1`,
      articleId: id,
      speakerId: speaker.id,
      speakerText: `said ${speaker.aliases[0]}`,
      text: t.text.slice(quoteSpan[0], quoteSpan[1]),
      delivery: "in a statement",
      eventId: null,
      evidence: ev(quoteSpan),
    });
    figures.push({
      id: `${id}#f1`,
      articleId: id,
      value: figureValue,
      qualifier: "over",
      counts: "displaced persons",
      text: t.text.slice(figureSpan[0], figureSpan[1]),
      eventId: null,
      evidence: ev(figureSpan),
    });
    const article: Article = {
      id,
      source: `articles/${id}.txt`,
      format: "txt",
      text,
      sha256: pad(i, 64),
      title: i % 7 === 0 ? null : `${cap(local[0]?.title ?? "News")} (${published})`,
      outlet: i % 3 === 0 ? "Wire" : null,
      author: null,
      url: null,
      published: partialDate(published),
      updated: null,
      dateline: dateline.name.toUpperCase(),
      language: "en",
      metaEvidence: { dateline: ev(datelineSpan) },
      missing: { author: "no byline", url: "no URL in the text" },
      inferredPublished: null,
      warnings: [],
    };
    articles.push(article);
    locals.push(local.map((extracted) => ({ extracted, articleId: id })));
    extractions.push({
      articleId: id,
      extractor: { name: "rules", version: "synthetic-1" },
      article,
      sentences: [],
      actors: [],
      places: [],
      dates: [],
      events: local,
      quotes: [quotes[quotes.length - 1]!],
      figures: [figures[figures.length - 1]!],
      warnings: [],
    });
  }

  const { events, conflicts } = linkEvents(locals, r.next);
  const actorKind = (n: Named) => n.kind as ActorKind;
  const actors: Actor[] = actorPool
    .filter((a) => mentions.has(a.id))
    .map((a) => ({
      id: a.id,
      name: a.name,
      kind: actorKind(a),
      aliases: [...(aliasUse.get(a.id) ?? new Map<string, Set<string>>())].map(([name, used]) => ({
        name,
        articles: [...used],
      })),
      roles: roleUse.has(a.id)
        ? [{ title: a.role!, articles: [...roleUse.get(a.id)!.articles], evidence: roleUse.get(a.id)!.evidence }]
        : [],
      affiliations: a.kind === "person" && a.id === "nikol-pashinian" ? ["armenia"] : [],
      mentions: mentions.get(a.id)!,
    }));
  const places: Place[] = placePool
    .filter((p) => mentions.has(`place:${p.id}`))
    .map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind as PlaceKind,
      aliases: [...(aliasUse.get(`place:${p.id}`) ?? new Map<string, Set<string>>())].map(([name, used]) => ({
        name,
        articles: [...used],
      })),
      mentions: mentions.get(`place:${p.id}`)!,
    }));
  const kb: KnowledgeBase = {
    schemaVersion: 1,
    articles,
    actors,
    places,
    events,
    quotes,
    figures,
    conflicts,
    suggestions:
      actors.length > 3
        ? [{ kind: "merge-actors", ids: [actors[0]!.id, actors[1]!.id], score: 0.4, reason: "similar names" }]
        : [],
    curation: [{ opId: "synthetic#0", op: "add-alias", file: null, status: "unmatched", message: "no such actor" }],
  };
  return { kb, extractions };
}

/** Every sixth-or-so told event is the previous article's event told again: two reports, maybe a conflict. */
function linkEvents(locals: Local[][], random: () => number): { events: Event[]; conflicts: Conflict[] } {
  const events: Event[] = [];
  const conflicts: Conflict[] = [];
  const report = ({ extracted: x, articleId }: Local) => ({
    articleId,
    extractedId: x.id,
    date: x.date,
    when: x.when,
    status: x.status,
    participants: x.participants,
    placeId: x.placeId,
    wording: x.wording,
    framing: x.framing,
    evidence: x.evidence,
  });
  let previous: Event[] = [];
  for (const local of locals) {
    const current: Event[] = [];
    for (const l of local) {
      const target = previous.length > 0 && random() < 1 / 6 ? previous.shift() : undefined;
      if (target) {
        target.reports.push(report(l));
        const [first, second] = target.reports;
        if (first && second && (first.date?.value ?? null) !== (second.date?.value ?? null)) {
          conflicts.push({
            id: `${target.id}-date`,
            eventId: target.id,
            field: "date",
            summary: `dated ${first.date?.value ?? "undated"} in ${first.articleId}, ${second.date?.value ?? "undated"} in ${second.articleId}`,
            variants: [first, second].map((rep) => ({
              value: rep.date?.value ?? "undated",
              articles: [rep.articleId],
              evidence: rep.evidence,
            })),
          });
        }
        continue;
      }
      const x = l.extracted;
      const event: Event = {
        id: `${x.date?.value.replace(/[^0-9a-z]+/g, "-").replace(/^-+/, "") ?? "undated"}-${x.type}-${x.id.replace(/[#.]/g, "-")}`,
        type: x.type,
        title: x.title,
        status: x.status,
        background: x.background,
        date: x.date,
        placeId: x.placeId,
        participants: x.participants,
        reports: [report(l)],
      };
      events.push(event);
      current.push(event);
    }
    previous = current;
  }
  return { events, conflicts };
}
