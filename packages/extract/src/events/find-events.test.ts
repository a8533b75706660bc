import type { ExtractedEvent } from "@dateline/core/schema";
import { describe, expect, it } from "vitest";
import { findEvents } from "./find-events";
import { type DatePhrase, datesFor, docFor, entitiesFor, type Named } from "./test-doc";

const PEOPLE: Named[] = [
  { id: "antony-blinken", names: ["Antony Blinken", "Blinken"], kind: "person", affiliations: ["united-states"] },
  { id: "ilham-aliyev", names: ["Ilham Aliyev", "Aliyev"], kind: "person", affiliations: ["azerbaijan"] },
  { id: "nikol-pashinyan", names: ["Nikol Pashinyan", "Pashinyan"], kind: "person", affiliations: ["armenia"] },
  {
    id: "azerbaijan",
    names: ["Azerbaijan", "Baku", "Azerbaijani"],
    kind: "country",
    demonyms: ["Azerbaijani"],
  },
  { id: "armenia", names: ["Armenia", "Yerevan", "Armenian"], kind: "country", demonyms: ["Armenian"] },
  { id: "sudan", names: ["Sudan"], kind: "country" },
  { id: "african-commission", names: ["African Commission"], kind: "organization" },
  { id: "sudanese-parliament", names: ["Sudanese Parliament"], kind: "organization" },
  { id: "army", names: ["the army"], kind: "group" },
  { id: "rsf", names: ["the Rapid Support Forces", "RSF"], kind: "group" },
  { id: "jeddah", names: ["Jeddah"], kind: "place" },
  { id: "khartoum", names: ["Khartoum"], kind: "place" },
  { id: "karabakh", names: ["Nagorno-Karabakh", "Karabakh"], kind: "place" },
];

function events(text: string, dates: DatePhrase[] = [], published: string | null = "2023-11-28"): ExtractedEvent[] {
  return findEvents(docFor(text, published), entitiesFor(text, PEOPLE), datesFor(text, dates));
}

const roles = (e: ExtractedEvent | undefined) => (e ? e.participants.map((p) => `${p.role}:${p.actorId}`) : []);
const MONDAY: DatePhrase = { text: "on Monday", value: "2023-11-27", weekday: "Monday" };

describe("findEvents: triggers and participants", () => {
  it("makes one call per counterpart of 'separate phone calls … with A and B'", () => {
    const text =
      "Antony Blinken held separate phone calls on Monday with Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan.";
    const found = events(text, [MONDAY]);
    expect(found.map((e) => [e.type, e.title, e.date?.value])).toEqual([
      ["call", "Blinken–Aliyev call", "2023-11-27"],
      ["call", "Blinken–Pashinyan call", "2023-11-27"],
    ]);
    expect(roles(found[0])).toEqual(["agent:antony-blinken", "counterpart:ilham-aliyev"]);
    expect(found.map((e) => e.id)).toEqual(["t#e1", "t#e2"]);
  });

  it("splits 'telephoned the leaders of A and B' and keeps the undated weekday", () => {
    const text = "Blinken telephoned the leaders of Armenia and Azerbaijan late on Monday to discuss the peace deal.";
    const found = events(text, [{ text: "late on Monday", value: null, weekday: "Monday" }], null);
    expect(found.map((e) => roles(e))).toEqual([
      ["agent:antony-blinken", "counterpart:armenia"],
      ["agent:antony-blinken", "counterpart:azerbaijan"],
    ]);
    for (const e of found) {
      expect(e.date).toBeNull();
      expect(e.when).toMatchObject({ text: "late on Monday", weekday: "Monday" });
    }
  });

  it("reads inflections through lemmas, in other domains too", () => {
    const text =
      "The army and the Rapid Support Forces signed a ceasefire in Jeddah on Saturday. Thousands fled Khartoum. The RSF attacked the army.";
    const found = events(text, [{ text: "on Saturday", value: "2023-05-20", weekday: "Saturday" }]);
    // Signing the ceasefire is the agreement (as the held-out gold annotates every "signed a truce").
    expect(found.map((e) => e.type)).toEqual(["agreement", "displacement", "military-operation"]);
    expect(found[0]?.placeId).toBe("jeddah");
    expect(found[0]?.date?.value).toBe("2023-05-20");
    expect(roles(found[2])).toEqual(["agent:rsf", "target:army"]);
  });

  it("folds a retelling into the first telling: same type, same people, compatible date", () => {
    const text =
      "Blinken held a phone call with Aliyev on Monday. According to a readout of the phone call between Blinken and Aliyev, they discussed peace.";
    const found = events(text, [MONDAY]);
    expect(found).toHaveLength(1);
    expect(found[0]?.evidence.map((e) => e.exact)).toEqual([
      "Blinken held a phone call with Aliyev on Monday.",
      "According to a readout of the phone call between Blinken and Aliyev, they discussed peace.",
    ]);
  });

  it("places a sentence's events at the place it opens on, unless an event names its own", () => {
    const fronted = events("In Khartoum, the army attacked the RSF on Monday.", [MONDAY]);
    expect(fronted.map((e) => [e.type, e.placeId])).toEqual([["military-operation", "khartoum"]]);
    const own = events("In Khartoum, the army said the RSF had signed a ceasefire in Jeddah.");
    expect(own.find((e) => e.type === "agreement")?.placeId).toBe("jeddah");
    // Not a fronted phrase: the place is part of a longer phrase, with no comma after its name.
    expect(events("In Khartoum's south the army attacked the RSF.")[0]?.placeId).toBeNull();
  });

  it("tells courts ruling, parliaments voting and workers striking apart from elections and armed strikes", () => {
    const told: Array<[string, string | null]> = [
      ["The Supreme Court on Monday upheld the government's decision.", "ruling"],
      ["The parliament on Monday approved a law that curbs the courts.", "vote"],
      ["The government survived a no-confidence vote.", "vote"],
      ["The reform was forced through parliament without a vote.", "decree"],
      ["Javier Milei won the presidential run-off.", "election"],
      ["Massa came first in the first round.", "election"],
      ["The first round of talks ended.", "talks"],
      // People voting for a candidate is no vote of a body.
      ["Nearly a million people voted for Milei.", null],
      ["The strike began on Monday.", "protest"],
      ["A drone strike on Khartoum killed ten.", "military-operation"],
      ["Sudan rejected the judgment.", "statement"],
    ];
    for (const [text, type] of told) {
      expect(
        events(text, [MONDAY]).map((e) => e.type),
        text,
      ).toEqual(type ? [type] : []);
    }
    // The time phrase between subject and verb dates the ruling.
    expect(events(told[0]![0], [MONDAY])[0]?.date?.value).toBe("2023-11-27");
  });
  it("reads voters approving or rejecting a text as a vote", () => {
    const told: Array<[string, string | null]> = [
      ["Sudanese voters on Monday rejected a conservative draft constitution.", "vote"],
      ["Sudanese rejected a first, left-leaning draft by 62% to 38%.", "vote"],
      ["The electorate approved the new charter.", "vote"],
      ["Sudan rejected the proposal on Monday.", "statement"],
      ["Prices rose by 3% to 5%.", null],
    ];
    for (const [text, type] of told) {
      expect(
        events(text, [MONDAY]).map((e) => e.type),
        text,
      ).toEqual(type ? [type] : []);
    }
  });
  it("keeps two people's words apart even when each names the other", () => {
    const text =
      "Aliyev accused Pashinyan of stalling the talks. Pashinyan, for his part, said Aliyev had refused to sign the treaty.";
    const found = events(text).filter((e) => e.type === "statement");
    expect(found.map((e) => roles(e)[0])).toEqual(["agent:ilham-aliyev", "agent:nikol-pashinyan"]);
  });
  it("gives a spokesperson's words to the body they speak for, not to the subject of what they said", () => {
    const text =
      "Blinken will travel to Khartoum next week, a spokesperson for the Rapid Support Forces said on Monday.";
    const found = events(text, [MONDAY]);
    expect(roles(found.find((e) => e.type === "statement"))).toEqual(["agent:rsf"]);
    // The body speaks about the visit; it does not travel.
    expect(roles(found.find((e) => e.type === "visit"))).toEqual(["agent:antony-blinken"]);
  });
  it("reads workers walking off the job or a strike of some hours or days as a protest", () => {
    const told: Array<[string, string | null]> = [
      ["Thousands of dock workers walked off the job in Khartoum on Monday.", "protest"],
      ["The union called a 48-hour strike on Monday.", "protest"],
      ["A three-day strike by teachers ended on Monday.", "protest"],
    ];
    for (const [text, type] of told) {
      expect(
        events(text, [MONDAY]).map((e) => e.type),
        text,
      ).toEqual(type ? [type] : []);
    }
  });
  it("reads 'officials said' closed by a comma as a source, not reported speech", () => {
    const text = "A quake struck Azerbaijan, killing 12 people, officials said, as aftershocks shook the region.";
    expect(events(text).map((e) => e.type)).toEqual(["other"]);
    // Reported speech still is: "Aliyev said the region was calm".
    expect(events("Aliyev said Armenian troops had left the region.").map((e) => e.type)).toEqual(["statement"]);
  });
  it("gives a natural disaster no party, whoever is named near it", () => {
    const text =
      "A strong earthquake struck Azerbaijan on Monday. Armenia said the quake's epicentre was near Karabakh.";
    const quake = events(text, [MONDAY]).find((e) => e.type === "other");
    expect(quake?.participants).toEqual([]);
    expect(quake?.title).toBe("Earthquake");
  });
  it("tells a rescue or relief operation from a military one", () => {
    const told: Array<[string, string | null]> = [
      ["A rescue operation began in Khartoum on Monday.", null],
      ["It was the largest such operation in the country's history.", null],
      ["The army launched a military operation in Khartoum on Monday.", "military-operation"],
    ];
    for (const [text, type] of told) {
      expect(
        events(text, [MONDAY]).map((e) => e.type),
        text,
      ).toEqual(type ? [type] : []);
    }
  });
  it("tells a market rally from a street rally", () => {
    const told: Array<[string, string | null]> = [
      ["Stocks rallied after the decision.", null],
      ["The peso rallied 2% on Monday.", null],
      ["The rally in shares faded on Monday.", null],
      ["Oil prices rallied to a record.", null],
      ["Thousands of people rallied in Khartoum on Monday.", "protest"],
      ["The rally in Khartoum drew thousands.", "protest"],
    ];
    for (const [text, type] of told) {
      expect(
        events(text, [MONDAY]).map((e) => e.type),
        text,
      ).toEqual(type ? [type] : []);
    }
  });
  it("takes the name after 'the nation of' as the subject the description stands for", () => {
    const text = "Armenia lost an ally when the small landlocked nation of Azerbaijan said it would cut ties.";
    const found = events(text);
    expect(roles(found.find((e) => e.type === "statement"))).toEqual(["agent:azerbaijan"]);
  });
  it("takes the subject after a fronted phrase as the agent", () => {
    const found = events("In a phone call with Aliyev, Blinken emphasized their relations.");
    expect(roles(found[0])).toEqual(["agent:antony-blinken", "counterpart:ilham-aliyev"]);
  });
});

describe("findEvents: dates, status, background", () => {
  it("lets a date-opened sentence that tells no event set the scene for the next sentence only", () => {
    const text = "On September 19, tensions flared. Baku launched an offensive in Karabakh.";
    const found = events(text, [{ text: "On September 19", value: "2023-09-19" }]);
    expect(found.map((e) => [e.type, e.date?.value])).toEqual([["military-operation", "2023-09-19"]]);
    // Once a sentence tells an event of its own, its date stays with it.
    const told = "On September 19, Baku launched an offensive in Karabakh. Armenia called a meeting of its cabinet.";
    const two = events(told, [{ text: "On September 19", value: "2023-09-19" }]);
    expect(two.map((e) => e.date?.value ?? null)).toEqual(["2023-09-19", null]);
  });

  it("reads a plan in what was said as no plan of the saying", () => {
    const text = "Blinken urged both sides to resume negotiations on Monday.";
    const said = events(text, [MONDAY]).find((e) => e.type === "statement");
    expect(said?.status).toBe("occurred");
    // A noun event followed by its schedule is still planned.
    const conference = events("A press conference scheduled for Monday will follow.", [MONDAY]);
    expect(conference.map((e) => e.status)).toEqual(["planned"]);
  });

  it("gives a phrase in a relative clause about something that is no event to no event", () => {
    const text = "Blinken criticised the new law, which took effect on Monday.";
    const found = events(text, [MONDAY]);
    expect(found.map((e) => [e.type, e.date?.value ?? null])).toEqual([["statement", null]]);
  });

  it("dates the antecedent of a relative clause by the phrase inside it, not the event after it", () => {
    const text =
      "Aliyev cancelled the state visit to Baku, which was to have begun on Sunday, after protests in Karabakh.";
    const found = events(text, [{ text: "on Sunday", value: "2023-11-26" }]);
    const visit = found.find((e) => e.type === "visit");
    expect([visit?.date?.value, visit?.status]).toEqual(["2023-11-26", "cancelled"]);
    expect(found.find((e) => e.type === "protest")?.date ?? null).toBeNull();
  });

  it("tells a single called-off occasion as that occasion, cancelled; a plural stays a cancellation", () => {
    const one = events("A planned visit to Khartoum on Thursday by Blinken was called off on security advice.", [
      { text: "on Thursday", value: "2023-11-23" },
    ]);
    expect(one.map((e) => [e.type, e.status])).toEqual([["visit", "cancelled"]]);
    const many = events("Blinken announced the cancellation of high-level visits to Azerbaijan.");
    expect(many.map((e) => e.type)).toEqual(["cancellation"]);
  });

  it("gives a phrase after 'and' + verb to the predicate it opens, a coordinated date to its list", () => {
    const text = "Azerbaijan cut off its talks with Armenia and in August 2022 staged military drills in Karabakh.";
    const found = events(text, [{ text: "in August 2022", value: "2022-08" }]);
    expect(found.map((e) => [e.type, e.date?.value ?? null])).toEqual([
      ["talks", null],
      ["military-operation", "2022-08"],
    ]);
  });

  it("gives the date of a trigger that gave way to its neighbour to the event that stands", () => {
    // "conceded" gives way to "said", which is dated only by what follows it: the date stays with the statement.
    const text = "Pashinyan conceded the point on Monday night and said his party would respect the outcome.";
    const found = events(text, [{ text: "on Monday night", value: "2023-11-27" }]);
    expect(found.map((e) => [e.type, e.date?.value ?? null])).toEqual([["statement", "2023-11-27"]]);
    expect(roles(found[0])).toEqual(["agent:nikol-pashinyan"]);
    // A phrase of the standing trigger's own comes first.
    const own = events("Pashinyan conceded the point on Sunday and said on Monday that his party would respect it.", [
      { text: "on Sunday", value: "2023-11-26" },
      MONDAY,
    ]);
    expect(own.map((e) => [e.type, e.date?.value ?? null])).toEqual([["statement", "2023-11-27"]]);
  });

  it("dates the events of a 'when' clause by the time phrase it follows", () => {
    const text = "Anger grew in March when Armenian protesters clashed with the army in Karabakh.";
    const found = events(text, [{ text: "in March", value: "2023-03" }]);
    expect(found.map((e) => [e.type, e.date?.value ?? null])).toEqual([
      ["protest", "2023-03"],
      ["military-operation", "2023-03"],
    ]);
    // An event told before the phrase is the main clause's, and the phrase dates it first.
    const main = "Officials ordered the evacuation of four villages near Khartoum on Monday as a wildfire spread.";
    expect(events(main, [MONDAY]).map((e) => [e.type, e.date?.value ?? null])).toEqual([
      ["displacement", "2023-11-27"],
      ["other", "2023-11-27"],
    ]);
  });

  it("dates the only event of a clause by a phrase far after it in that clause", () => {
    const text =
      "The annual meetings of the International Monetary Fund and the World Bank are due to open in Marrakech on October 9.";
    const found = events(text, [{ text: "on October 9", value: "2023-10-09" }]);
    expect(found.map((e) => [e.type, e.date?.value])).toEqual([["meeting", "2023-10-09"]]);
  });

  it("reads a plan told in the past perfect as one that did not come about", () => {
    const found = events("Blinken had been due to travel to Baku on Tuesday.", [
      { text: "on Tuesday", value: "2023-11-28" },
    ]);
    expect(found.map((e) => [e.type, e.status, e.date?.value])).toEqual([["visit", "cancelled", "2023-11-28"]]);
  });

  it("tells the signing of a truce as an agreement, a truce agreed to as the ceasefire", () => {
    const signed = events("The army and the RSF signed a seven-day ceasefire in Jeddah.");
    expect(signed.map((e) => e.type)).toEqual(["agreement"]);
    const passive = events("The truce was signed in Jeddah.");
    expect(passive.map((e) => e.type)).toEqual(["agreement"]);
    expect(events("The army agreed to a ceasefire in Khartoum.").map((e) => e.type)).toEqual(["ceasefire"]);
  });

  it("dates a quoted name of an event by the phrase just outside its quotation marks", () => {
    const text = 'Azerbaijan took Karabakh after an "anti-terrorism operation" in September.';
    const found = events(text, [{ text: "in September", value: "2023-09" }]);
    expect(found.map((e) => [e.type, e.date?.value])).toEqual([["military-operation", "2023-09"]]);
  });

  it("folds a definite, dated retelling into an undated first telling, which takes its date", () => {
    const text =
      "Karabakh was recaptured by Azerbaijan in a swift offensive. The envoy condemned Baku's military operation on September 19.";
    const found = events(text, [{ text: "on September 19", value: "2023-09-19" }]);
    const ops = found.filter((e) => e.type === "military-operation");
    expect(ops.map((e) => [e.date?.value, e.evidence.length, e.background])).toEqual([["2023-09-19", 2, true]]);
  });

  it("dates each event by its own time phrase within the sentence", () => {
    const text =
      "Speaking during a hearing on November 15, the envoy condemned Azerbaijan’s September 19 offensive in Karabakh.";
    const found = events(text, [
      { text: "on November 15", value: "2023-11-15" },
      { text: "September 19", value: "2023-09-19" },
    ]);
    expect(found.map((e) => [e.type, e.date?.value, e.background])).toEqual([
      ["hearing", "2023-11-15", false],
      ["military-operation", "2023-09-19", true], // 70 days before publication: recalled, not news
    ]);
    expect(found[1]?.title).toBe("Azerbaijani offensive in Nagorno-Karabakh");
  });

  it("makes a plural event noun with two dates two events", () => {
    const text =
      "The leaders of Armenia and Azerbaijan met at their October 6 meetings in Prague and October 31 in Sochi.";
    const found = events(
      text,
      [
        { text: "October 6", value: "--10-06" },
        { text: "October 31", value: "--10-31" },
      ],
      null,
    );
    expect(found.map((e) => [e.type, e.date?.value])).toEqual([
      ["meeting", "--10-06"],
      ["meeting", "--10-31"],
    ]);
  });

  it("makes one event of a verb whose object is plural, whatever dates follow", () => {
    const text = "Azerbaijan's central bank last raised rates in July, its eleventh increase since March 2022.";
    const found = events(text, [
      { text: "in July", value: "2023-07" },
      { text: "since March 2022", value: "2022-03" },
    ]);
    expect(found.map((e) => [e.type, e.date?.value])).toEqual([["other", "2023-07"]]);
  });

  it("reads planned and cancelled from the cue tables", () => {
    const text =
      "Delegations from Azerbaijan and Armenia are expected to meet on Nov. 30. Baku called off the talks scheduled for next week. Aliyev will visit Yerevan.";
    const found = events(text, [{ text: "on Nov. 30", value: "2023-11-30" }]);
    expect(found.map((e) => [e.type, e.status])).toEqual([
      ["meeting", "planned"],
      ["talks", "cancelled"],
      ["visit", "planned"],
    ]);
    expect(roles(found[0])).toEqual(["agent:azerbaijan", "agent:armenia"]);
  });

  it("tells a claim of responsibility as a statement beside the attack it claims", () => {
    const found = events("The RSF claimed responsibility for the attack on Khartoum.");
    expect(found.map((e) => [e.type, roles(e)])).toEqual([
      ["statement", ["agent:rsf"]],
      ["military-operation", ["agent:rsf"]],
    ]);
  });

  it("tells a plan given up as cancelled, not planned", () => {
    const text = "Armenia dropped the plan to visit Baku. Azerbaijan shelved proposals to hold talks in Jeddah.";
    expect(events(text).map((e) => [e.type, e.status])).toEqual([
      ["visit", "cancelled"],
      ["talks", "cancelled"],
    ]);
  });

  it("keeps a person's reported speech and a government's words; a quote's attribution or a closing source only when dated", () => {
    const text =
      "“Peace is near,” Aliyev said. Aliyev said on Monday that peace was near. Armenia said it was ready. " +
      "Blinken said the border was calm. The border was calm, Blinken said.";
    const found = events(text, [MONDAY]);
    expect(found.map((e) => [e.type, e.date?.value ?? null, roles(e)])).toEqual([
      ["statement", "2023-11-27", ["agent:ilham-aliyev"]],
      ["statement", null, ["agent:armenia"]],
      ["statement", null, ["agent:antony-blinken"]],
    ]);
    // One span: the closing "…, Blinken said." is no second telling folded in.
    expect(found[2]?.evidence.map((e) => e.exact)).toEqual(["Blinken said the border was calm."]);
  });

  it("drops denied and hypothetical events", () => {
    const text =
      "Blinken did not say whether Aliyev and Pashinyan agreed on a date for the talks. Both seek efforts to reach a peace agreement.";
    expect(events(text)).toEqual([]);
  });

  it("reads flights, arrests, extraditions, trials, bail and rate decisions from the trigger table", () => {
    const types = (text: string) => events(text, [MONDAY]).map((e) => e.type);
    expect(types("Blinken flew to Baku on Monday.")).toEqual(["visit"]);
    expect(types("Aliyev was arrested in Khartoum on Monday and extradited to Armenia.")).toEqual(["other", "other"]);
    expect(types("The trial of Pashinyan began on Monday.")).toEqual(["hearing"]);
    expect(types("A judge revoked his bail on Monday.")).toEqual(["ruling"]);
    // The sentence may stand far from its "to": an apposition between.
    expect(types("A court on Monday sentenced Aliyev, the former mayor of the town, to six years.")).toEqual([
      "ruling",
    ]);
    expect(types("Pashinyan was sentenced on Monday.")).toEqual(["ruling"]);
    expect(types("Two aides were given suspended sentences of three years on Monday.")).toEqual(["ruling"]);
    expect(types("Aliyev is serving a life sentence.")).toEqual(["ruling"]);
    expect(types("Azerbaijan's central bank raised its main interest rate on Monday.")).toEqual(["other"]);
  });

  it("drops a threatened or conditional happening", () => {
    const text =
      "Pashinyan warned that any attack on Armenian soldiers would be answered. Aliyev spoke of the threat of war.";
    // The warning itself is a statement, as "warned" is a saying; what it threatens is no event.
    expect(events(text).map((e) => e.type)).toEqual(["statement"]);
  });

  it("marks history as background: old dates, a bare year, 'since'", () => {
    const text =
      "Relations have been tense since 1991, when the Armenian military occupied Karabakh. A war broke out in 2020.";
    const found = events(text, [
      { text: "since 1991", value: "1991" },
      { text: "in 2020", value: "2020" },
    ]);
    expect(found.map((e) => [e.type, e.background, e.date?.value])).toEqual([
      ["military-operation", true, "1991"],
      ["war", true, "2020"],
    ]);
  });
});

describe("findEvents: framing", () => {
  it("keeps a quoted name with its owner, and a later 'calling what was happening' as the other side's", () => {
    const text =
      "Baku announced it was launching what it described as “local anti-terrorist measures”. Yerevan said there were no troops there, calling what was happening “an act of large-scale aggression”.";
    const found = events(text);
    // What a government says is its position, so Yerevan's words are a statement too.
    expect(found.map((e) => [e.type, roles(e)])).toEqual([
      ["military-operation", ["agent:azerbaijan"]],
      ["statement", ["agent:armenia"]],
    ]);
    expect(found[0]?.framing.map((f) => [f.term, f.by])).toEqual([
      ["local anti-terrorist measures", "azerbaijan"],
      ["an act of large-scale aggression", "armenia"],
    ]);
  });

  it("keeps the article's own head noun with no owner", () => {
    const found = events('Azerbaijan took Karabakh after an "anti-terrorism operation" in September.');
    expect(found[0]?.framing.map((f) => [f.term, f.by])).toEqual([["anti-terrorism operation", null]]);
  });
});

describe("findEvents: undated words of office holders", () => {
  const SPEAKERS: Named[] = [
    { id: "narendra-modi", names: ["Narendra Modi", "Modi"], kind: "person", roles: ["Indian Prime Minister"] },
    { id: "kamala-budha", names: ["Kamala Budha"], kind: "person" },
    { id: "selin-aydin", names: ["Selin Aydın"], kind: "person", roles: ["chief economist"] },
    {
      id: "matthew-miller",
      names: ["Matthew Miller", "Miller"],
      kind: "person",
      roles: ["State Department spokesman"],
    },
    { id: "antony-blinken", names: ["The Secretary"], kind: "person", roles: ["Secretary of State"] },
    { id: "brussels", names: ["Brussels"], kind: "place" },
  ];
  const said = (text: string) =>
    findEvents(docFor(text, "2023-11-05"), entitiesFor(text, SPEAKERS), []).filter((e) => e.type === "statement");

  it("makes a prime minister's undated 'said' with a quotation a statement event", () => {
    const found = said('Indian Prime Minister Narendra Modi said India was "deeply saddened" and stood ready to help.');
    expect(found.map((e) => [e.date, roles(e)])).toEqual([[null, ["agent:narendra-modi"]]]);
  });

  it("reads an office holder calling something by a quoted word, or calling for something, as a statement", () => {
    expect(said("Narendra Modi called the ruling “historic”.").map((e) => roles(e))).toEqual([["agent:narendra-modi"]]);
    expect(said("Narendra Modi called for a pause in the reform.").map((e) => roles(e))).toEqual([
      ["agent:narendra-modi"],
    ]);
    expect(said("Kamala Budha called it “a miracle”.")).toEqual([]);
  });

  it("reads no denial into the quotation a speech verb closes", () => {
    const text =
      '"We would not be serious and would lack a certain common sense if we proposed to His Majesty the King and the Queen Consort to come on a state visit in the middle of the protests," Modi told reporters in Brussels, where he was attending a European Union summit.';
    const found = findEvents(docFor(text, "2023-11-05"), entitiesFor(text, SPEAKERS), []);
    expect(found.map((e) => [e.type, roles(e)])).toEqual([
      ["press-conference", ["agent:narendra-modi"]],
      ["meeting", ["agent:narendra-modi"]],
    ]);
  });

  it("leaves a bystander's or an analyst's quoted words as quotes, and a spokesman's readout as a source", () => {
    expect(said('"We heard a roar and the walls came down on us," said Kamala Budha, 42.')).toEqual([]);
    expect(said('"This is a step in the right direction, but a timid one," said Selin Aydın.')).toEqual([]);
    expect(
      said('"The Secretary reaffirmed the United States\u2019 ongoing support," said Miller in a statement.'),
    ).toEqual([]);
  });
});

describe("findEvents: news vocabulary of regulators, disasters, relief and diplomacy", () => {
  const typesOf = (text: string, dates: DatePhrase[] = [MONDAY]) => events(text, dates).map((e) => e.type);

  it("reads a death toll raised or put at a count as the authorities' statement, on its own day", () => {
    const text = "Sudan on Monday raised the death toll from last week's clashes to 2,862.";
    const found = events(text, [MONDAY, { text: "last week's", value: "2023-11" }]);
    const said = found.filter((e) => e.type === "statement");
    expect(said.map((e) => [e.date?.value ?? null, roles(e)])).toEqual([["2023-11-27", ["agent:sudan"]]]);
    expect(typesOf("Investigators eventually put the death toll at 145.", [])).toEqual(["statement"]);
  });

  it("reads a formal declaration of war as a decree, and the war it names as a war", () => {
    expect(typesOf("Sudan's cabinet formally declared war on the RSF late on Monday.")).toEqual(["decree"]);
    expect(typesOf("The war in Sudan dragged on.", [])).toEqual(["war"]);
    expect(typesOf("The army declared all-out war on the RSF on Monday.")).toEqual(["decree"]);
    // War declared on a thing is a figure of speech.
    expect(typesOf("The mayor of Khartoum declared war on potholes on Monday.")).toEqual([]);
  });

  it("reads a strike group or strike force as a unit, not a walkout", () => {
    expect(typesOf("Sudan said the carrier and its strike group were being sent to Jeddah.", [])).toEqual([
      "statement",
    ]);
    expect(typesOf("Workers in Khartoum went on strike on Monday.")).toEqual(["protest"]);
    expect(typesOf("Sudan said a strike force of six jets had been sent to Jeddah.", [])).toEqual(["statement"]);
    // A strike that kills is a weapon's.
    expect(typesOf("On Monday a strike killed dozens of people at a crowded market in Khartoum.")).toEqual([
      "military-operation",
    ]);
  });

  it("types a regulator clearing, blocking or being sued over a merger", () => {
    expect(typesOf("The competition watchdog on Monday cleared the takeover of a rival brewer.")).toEqual(["other"]);
    expect(typesOf("The watchdog blocked the merger on Monday.")).toEqual(["sanction"]);
    expect(typesOf("The trade commission sued to block the merger on Monday.")).toEqual(["other"]);
    expect(typesOf("Azerbaijan said on Monday it had completed the acquisition of a refinery.")).toContain("other");
    // A complete takeover of a state is no merger completed.
    expect(typesOf("Aliyev called the law “a complete takeover” of the courts.")).not.toContain("other");
  });

  it("types a court hearing a case, and suspending talks as calling them off", () => {
    expect(typesOf("The appeal is due to be heard by the federal court on Monday.")).toEqual(["hearing"]);
    const suspended = events("Baku suspended the talks on Monday.", [MONDAY]);
    expect(suspended.map((e) => e.type)).toEqual(["cancellation"]);
  });

  it("reads declared disaster zones, mourning, health emergencies and lifted declarations as decrees", () => {
    expect(typesOf("Aliyev declared the valley a disaster zone on Monday.")).toEqual(["decree"]);
    expect(typesOf("The government announced three days of national mourning.")).toEqual(["decree"]);
    const far =
      "The health agency on Monday declared the spread of the virus in Sudan and a growing number of neighbouring countries a public health emergency.";
    expect(typesOf(far)).toEqual(["decree"]);
    expect(typesOf("Aliyev ordered the prosecutor on Monday to open an investigation into the blast.")).toEqual([
      "decree",
    ]);
  });

  it("tells a storm's landfall and a dam's burst as happenings, not retellings of one another", () => {
    const text =
      "The storm made landfall in Karabakh on Monday. Shortly before midnight the two dams above the town gave way.";
    const found = events(text, [MONDAY]);
    expect(found.map((e) => [e.type, e.date?.value ?? null])).toEqual([
      ["other", "2023-11-27"],
      ["other", null],
    ]);
    expect(typesOf("The old dam, upstream of the town, burst on Monday.")).toEqual(["other"]);
  });

  it("tells relief sent as the news, and the saying as its source when only the act is dated", () => {
    const sent = events("Ilham Aliyev said rescue teams would fly to Khartoum on Monday.", [MONDAY]);
    expect(sent.map((e) => [e.type, e.status, e.date?.value])).toEqual([["other", "planned", "2023-11-27"]]);
    const landed = events("Azerbaijan said three planes carrying doctors and tents had landed in Khartoum on Monday.", [
      MONDAY,
    ]);
    expect(landed.map((e) => [e.type, e.date?.value])).toEqual([["other", "2023-11-27"]]);
    // The act undated: the saying stays an event beside it ("the ministry said 40 people had been arrested").
    expect(typesOf("Azerbaijan said 40 people had been arrested.", [])).toEqual(["statement", "other"]);
    // Dated saying, as before: both.
    const both = events("Azerbaijan said on Monday that it had sent aid convoys to Karabakh.", [MONDAY]);
    expect(both.map((e) => e.type)).toEqual(["statement", "other"]);
  });

  it("reads prisoners exchanged or freed, pardons, killings, arrivals and a government's collapse", () => {
    // One exchange told twice in a clause is one happening, dated by the phrase after the yardstick war.
    const swap = events(
      "Azerbaijan and Armenia carried out their biggest prisoner exchange since the Cold War on Monday, swapping 24 prisoners.",
      [MONDAY],
    );
    expect(swap.map((e) => [e.type, e.date?.value ?? null])).toEqual([["other", "2023-11-27"]]);
    expect(typesOf("Ilham Aliyev pardoned the two men on Monday.")).toEqual(["decree"]);
    expect(typesOf("He was convicted of the killing of a journalist in Khartoum on Monday.")).toEqual([
      "ruling",
      "other",
    ]);
    expect(typesOf("The freed men stepped off a plane in Khartoum on Monday.")).toEqual(["other"]);
    expect(typesOf("Aliyev greeted the returnees at the airport on Monday.")).toEqual(["meeting"]);
    expect(typesOf("The coalition collapsed on Monday over asylum.")).toEqual(["other"]);
    expect(typesOf("Hundreds of supporters gathered outside the courthouse on Monday.")).toEqual(["protest"]);
    // Counting votes is no vote; winning a vote by a margin is.
    expect(typesOf("With nearly all votes counted on Monday, the party led.")).not.toContain("vote");
    expect(typesOf("The bill passed by 64 votes on Monday.")).toEqual(["vote"]);
    // Ruling something out is saying so.
    expect(typesOf("Ilham Aliyev ruled out joining the government on Monday.")).toEqual(["statement"]);
    // What someone calls for is not done.
    expect(typesOf("Aliyev has called for a ban on imports.", [])).not.toContain("sanction");
  });

  it("keeps the words of two bodies, or of a body and someone outside it, apart", () => {
    const named: Named[] = [
      ...PEOPLE,
      { id: "amnesty", names: ["Amnesty International"], kind: "organization" },
      { id: "federation", names: ["the football federation"], kind: "organization" },
      { id: "fifa", names: ["FIFA"], kind: "organization" },
      { id: "gianni-infantino", names: ["Gianni Infantino"], kind: "person", affiliations: ["fifa"] },
    ];
    const run = (text: string) => findEvents(docFor(text), entitiesFor(text, named), datesFor(text, []));
    const two = run(
      "Amnesty International said the risks were ignored, and the football federation said it would abstain.",
    );
    expect(two.map((e) => e.participants.map((p) => p.actorId))).toEqual([["amnesty"], ["federation"]]);
    const across = run(
      "Gianni Infantino said the game unites the world. Amnesty International said the risks were ignored.",
    );
    expect(across).toHaveLength(2);
    // The president of a body and the body speak as one.
    const one = run("Gianni Infantino said the game unites the world. FIFA said the bids were strong.");
    expect(one).toHaveLength(1);
  });

  it("lets a 'not' inside a relative clause in commas deny only that clause", () => {
    const text = "Ilham Aliyev, who had not excluded talks with Armenia, said on Monday that the border was open.";
    expect(events(text, [MONDAY]).map((e) => [e.type, e.date?.value ?? null])).toEqual([["statement", "2023-11-27"]]);
    // Not closed before the trigger: the denial holds.
    expect(events("Ilham Aliyev did not say on Monday whether the border was open.", [MONDAY])).toEqual([]);
  });

  it("gives a phrase before 'and' + verb to the predicate it ends, not the one after", () => {
    const text = "The man, who had been sentenced to death in Sudan in June and was pardoned by Aliyev, was freed.";
    const found = events(text, [{ text: "in June", value: "2023-06" }]);
    expect(found.filter((e) => e.type !== "other").map((e) => [e.type, e.date?.value ?? null])).toEqual([
      ["ruling", "2023-06"],
      ["decree", null],
    ]);
  });

  it("reads ties restored as an agreement, ties cut and executions as happenings of no type yet", () => {
    expect(typesOf("Armenia and Azerbaijan agreed on Monday to restore diplomatic relations.")).toEqual(["agreement"]);
    expect(typesOf("Sudan executed 12 men on Monday.")).toEqual(["other"]);
    expect(typesOf("The truce expired on Monday.")).toEqual(["ceasefire", "other"]);
    // Contracts running out are no news in themselves.
    expect(typesOf("The strike began on Monday, when the contracts expired.")).toEqual(["protest"]);
  });
});

describe("findEvents: which event a time phrase dates", () => {
  it("tells a person shot, in the passive, as a killing or attack; a craft shot down as a military operation", () => {
    // (A trigger, not only a dated verb: the clause has a meeting too.)
    const shot = events("Aliyev was shot on Monday afternoon as he left a cabinet meeting.", [
      { text: "on Monday afternoon", value: "2023-11-27" },
    ]);
    expect(shot.map((e) => [e.type, e.date?.value ?? null])).toEqual([
      ["other", "2023-11-27"],
      ["meeting", "2023-11-27"],
    ]);
    // Undated too, where no dated verb stands in for it.
    expect(events("Aliyev was shot as he greeted supporters.").map((e) => e.type)).toEqual(["other"]);
    const downed = events("A Sudanese helicopter was shot down on Monday.", [MONDAY]);
    expect(downed.map((e) => e.type)).toEqual(["military-operation"]);
    // "The region it occupies" is a state, not a deed to fold into the shelling.
    const shelled = events(
      "RSF artillery shelled Khartoum on Monday as rescuers worked. Aliyev, whom the army installed as governor of the region it occupies, said seven people were missing.",
      [MONDAY],
    );
    const armed = shelled.filter((e) => e.type === "military-operation");
    expect(armed.map((e) => [e.type, e.date?.value ?? null, e.evidence.length])).toEqual([
      ["military-operation", "2023-11-27", 1],
    ]);
  });

  it("keeps a recalled, dated attack out of the news attack that an undated word of its clause retold", () => {
    const text =
      'Gunmen from Sudan attacked towns in Khartoum. The cabinet invoked a law that allows "significant military action" for the first time since the war, which began with a surprise attack on Oct. 6, 1973.';
    const found = events(text, [{ text: "on Oct. 6, 1973", value: "1973-10-06" }], null);
    const armed = found.filter((e) => e.type === "military-operation");
    expect(armed.map((e) => [e.date?.value ?? null, e.background])).toEqual([
      [null, false],
      ["1973-10-06", true],
    ]);
    // "Compared the blast with the eruption of Krakatoa … in 1883": what is compared is another happening.
    const blast = events(
      "The eruption buried Khartoum in ash. Scientists have compared the blast with the eruption of Krakatoa, in what is now Indonesia, in 1883.",
      [{ text: "in 1883", value: "1883" }],
      null,
    );
    expect(blast.map((e) => e.date?.value ?? null)).toEqual([null, "1883"]);
  });

  it("gives a phrase after ', and' to the clause it opens, and keeps a recalled shooting apart from the news", () => {
    const text =
      "Pashinyan was shot in Khartoum in 1981, and in 1912 Aliyev, running for a third term, was shot in Jeddah.";
    const found = events(
      text,
      [
        { text: "in 1981", value: "1981" },
        { text: "in 1912", value: "1912" },
      ],
      null,
    );
    expect(found.map((e) => [e.type, e.date?.value ?? null])).toEqual([
      ["other", "1981"],
      ["other", "1912"],
    ]);
    // A day without a year fits any year, but the news of that evening is not the recalled shooting.
    const told = events(
      'That evening he wrote: "I was shot with a bullet that pierced my ear." Pashinyan was shot in Khartoum in 1981.',
      [
        { text: "That evening", value: "--07-13" },
        { text: "in 1981", value: "1981" },
      ],
      null,
    );
    expect(told.filter((e) => e.type === "other").map((e) => e.date?.value ?? null)).toEqual(["--07-13", "1981"]);
  });

  it("keeps a phrase before 'after' with the predicate it ends, unless nothing else can take it", () => {
    const text = "Baku cut ties with Yerevan on Monday after protesters stormed its embassy.";
    const found = events(text, [MONDAY]);
    expect(found.map((e) => [e.type, e.date?.value ?? null])).toEqual([
      ["other", "2023-11-27"],
      ["protest", null],
    ]);
    const only = events("The court reserved its verdict on Monday after hearing 23 petitions.", [MONDAY]);
    expect(only.map((e) => [e.type, e.date?.value ?? null])).toEqual([["hearing", "2023-11-27"]]);
  });

  it("dates nothing by a year that qualifies a noun, unless the noun is the event", () => {
    const hosts = events("FIFA confirmed Sudan as the host of the 2034 men's World Cup on Monday.", [
      { text: "2034", value: "2034" },
      MONDAY,
    ]);
    expect(hosts.map((e) => [e.type, e.status, e.date?.value ?? null])).toEqual([["other", "occurred", "2023-11-27"]]);
    const killing = events("He is serving a term in Sudan for the 2019 killing of a man.", [
      { text: "2019", value: "2019" },
    ]);
    expect(killing.map((e) => [e.type, e.date?.value ?? null])).toEqual([["other", "2019"]]);
    const awarded = events("FIFA awarded the 2030 tournament to Sudan.", [{ text: "2030", value: "2030" }]);
    expect(awarded.map((e) => [e.type, e.date?.value ?? null])).toEqual([["other", null]]);
  });

  it("dates an event noun by a relative clause right after it, only at the clause's start", () => {
    const text = "The truce that began in August expired on Monday.";
    const found = events(text, [
      { text: "in August", value: "2023-08" },
      { text: "on Monday", value: "2023-11-27" },
    ]);
    expect(found.map((e) => [e.type, e.date?.value ?? null])).toEqual([
      ["ceasefire", "2023-08"],
      ["other", "2023-11-27"],
    ]);
    const far = events("On Monday Baku reached an agreement that raised pay by 25% through August.", [
      { text: "On Monday", value: "2023-11-27" },
      { text: "through August", value: "2024-08" },
    ]);
    expect(far.map((e) => e.date?.value)).toEqual(["2023-11-27"]);
  });

  it("dates nothing by the end of a stretch the deed set going", () => {
    const until = { text: "until December 1", value: "2023-12-01" };
    const found = events("Sudan cancelled all public events until December 1.", [until]);
    expect(found.map((e) => [e.type, e.status, e.date?.value ?? null])).toEqual([["cancellation", "occurred", null]]);
    const both = events("Sudan on Monday cancelled all public events until December 1.", [MONDAY, until]);
    expect(both.map((e) => [e.type, e.date?.value ?? null])).toEqual([["cancellation", "2023-11-27"]]);
    // Unless a delay moves the thing there: then it is the thing's new date.
    const moved = events("Sudan postponed the election until December 1.", [until]);
    expect(moved.map((e) => e.date?.value ?? null)).toEqual(["2023-12-01"]);
  });

  it("dates nothing by a phrase in a clause about a person that tells no event", () => {
    const driver = events('"We are dying," said Peter Otieno, a driver who had walked to Khartoum on Monday.', [
      MONDAY,
    ]);
    expect(driver.map((e) => [e.type, e.date?.value ?? null])).toEqual([]);
    const since = { text: "since 2014", value: "2014" };
    const arrest = events(
      "Sudan ordered that officials who had run the port since 2014 be placed under house arrest.",
      [since],
    );
    expect(arrest.map((e) => [e.type, e.date?.value ?? null])).toEqual([
      ["decree", null],
      ["other", null],
    ]);
  });

  it("dates nothing by a day named as a verb's object", () => {
    const named = events("Sudan declared Monday a day of national mourning.", [{ ...MONDAY, text: "Monday" }]);
    expect(named.map((e) => [e.type, e.date?.value ?? null])).toEqual([["decree", null]]);
    const dated = events("Sudan on Monday declared Wednesday a day of national mourning.", [
      MONDAY,
      { text: "Wednesday", value: "2023-11-29", weekday: "Wednesday" },
    ]);
    expect(dated.map((e) => [e.type, e.date?.value ?? null])).toEqual([["decree", "2023-11-27"]]);
    // A time told between the verb and its object is the verb's.
    const between = events("Sudan declared on Monday a state of emergency.", [MONDAY]);
    expect(between.map((e) => [e.type, e.date?.value ?? null])).toEqual([["decree", "2023-11-27"]]);
  });

  it("does not take a verb's object for a definite retelling of an earlier undated event", () => {
    const text =
      "The agency on Monday declared the outbreak a public health emergency. The agency declared an earlier outbreak an emergency in August.";
    const found = events(text, [{ text: "in August", value: "2022-08" }]);
    expect(found.map((e) => [e.type, e.date?.value ?? null])).toEqual([
      ["decree", null],
      ["decree", "2022-08"],
    ]);
  });
});

describe("findEvents: contracts, uprisings and what a reported clause dates", () => {
  const typesOf = (text: string, dates: DatePhrase[]) => events(text, dates).map((e) => e.type);
  it("reads work contracted to a company as an agreement dated by its own year", () => {
    const text = "The work on the dam, contracted to a Turkish company in 2007, was halted after the fighting of 2011.";
    const found = events(text, [
      { text: "in 2007", value: "2007" },
      { text: "of 2011", value: "2011" },
    ]);
    expect(found.map((e) => [e.type, e.date?.value ?? null])).toEqual([
      ["agreement", "2007"],
      ["military-operation", "2011"],
    ]);
    expect(typesOf("The uprising toppled the ruler in 2011.", [{ text: "in 2011", value: "2011" }])).toEqual(["war"]);
  });

  it("does not date a saying by a time phrase inside the clause it reports", () => {
    const text = "Aliyev told staff in an email that he would stay on until the end of the year.";
    const found = events(text, [{ text: "until the end of the year", value: "2023" }]);
    expect(found.map((e) => [e.type, e.date?.value ?? null])).toEqual([["statement", null]]);
  });
});

describe("findEvents: planned and called-off occasions told around their noun", () => {
  it("reads a modal after the noun phrase as planned, and a long passive as calling the occasion off", () => {
    const visit = events("Officials said a visit by Aliyev to Khartoum could follow, though no date was set.");
    expect(visit.find((e) => e.type === "visit")?.status).toBe("planned");
    const text =
      "A planned meeting of the two countries' deputy foreign ministers in Jeddah, due this week, was called off once the talks were confirmed.";
    expect(events(text).map((e) => [e.type, e.status])).toEqual([["meeting", "cancelled"]]);
  });

  it("tells a called-off happening the text had put on the calendar as that happening, on its booked day", () => {
    const THURSDAY: DatePhrase = { text: "for Thursday", value: "2023-11-30" };
    const exams = events("Sudan postponed school examinations that had been set for Thursday.", [THURSDAY]);
    expect(exams.map((e) => [e.type, e.status, e.date?.value])).toEqual([["other", "cancelled", "2023-11-30"]]);
    // The day it was closed dates no booking: the booked day follows "planned".
    const text = "The Jeddah spa closed again on Monday and postponed a reopening it had planned for Thursday.";
    const reopening = events(text, [MONDAY, THURSDAY]);
    expect(reopening.map((e) => [e.type, e.status, e.date?.value])).toEqual([["other", "cancelled", "2023-11-30"]]);
    // A compound is headed by its last noun ("league matches"), an occasion.
    const matches = events("The football federation postponed all league matches.");
    expect(matches.map((e) => [e.type, e.status])).toEqual([["other", "cancelled"]]);
    // A called-off event with a trigger of its own takes its booked day too, not the day it was called off.
    // (A plan after it, "so that lawmakers could stay", does not take the day.)
    const hearing = events(
      "A hearing on wildfire preparedness that had been scheduled for Thursday in Jeddah was postponed so that lawmakers could stay.",
      [THURSDAY],
    );
    expect(hearing.map((e) => [e.type, e.status, e.date?.value ?? null])).toEqual([
      ["hearing", "cancelled", "2023-11-30"],
      ["other", "planned", null],
    ]);
    const trip = events("Blinken called off a visit to Khartoum that was to begin on Thursday.", [
      { text: "on Thursday", value: "2023-11-30" },
    ]);
    expect(trip.map((e) => [e.type, e.status, e.date?.value])).toEqual([["visit", "cancelled", "2023-11-30"]]);
    // Services stop as a programme, booked or not.
    const flights = events("Airlines cancelled more than 160 flights scheduled for Thursday.", [THURSDAY]);
    expect(flights.map((e) => e.type)).toEqual(["cancellation"]);
  });

  it("reads a court annulling a victory as its ruling, dated by the day before the verb", () => {
    const text = "Sudan's Supreme Court on Monday annulled Aliyev's victory in last month's election.";
    const found = events(text, [MONDAY, { text: "last month's", value: "2023-10" }]);
    expect(found.map((e) => [e.type, e.date?.value ?? null])).toEqual([
      ["ruling", "2023-11-27"],
      ["election", "2023-10"],
    ]);
  });

  it("reads a regulator's decision over an owner and a price, and first shipments expected", () => {
    const cleared = events("The regulator on Monday cleared Azerbaijan's $69 billion takeover of a refinery.", [
      MONDAY,
    ]);
    expect(cleared.map((e) => e.type)).toEqual(["other"]);
    const shipments = events("The minister said he expected the first shipments next week.", [
      { text: "next week", value: "2023-12" },
    ]);
    expect(shipments.map((e) => [e.type, e.status])).toEqual([["other", "planned"]]);
  });
});

describe("findEvents: ordinary English the session-16 rules must leave alone", () => {
  const typesOf = (text: string, dates: DatePhrase[] = [MONDAY]) => events(text, dates).map((e) => e.type);
  it("reads idioms of shells, bombs, shots and strikes as no force", () => {
    expect(typesOf("Consumers in Sudan shelled out $5 billion on toys on Monday.")).toEqual([]);
    expect(typesOf("The film bombed at the box office on Monday.")).toEqual([]);
    expect(typesOf("Most of the film was shot in Khartoum, the director said.", [])).toEqual([]);
    expect(typesOf("The strike hit production at three Ford plants on Monday.")).toEqual(["protest"]);
  });
  it("keeps a president's annulment a decree, a future occupation armed force, and a sports tally no statement", () => {
    expect(typesOf("The president annulled the decree on Monday.")).toEqual(["decree"]);
    const occupy = events("Troops will occupy Khartoum on Friday.", [{ text: "on Friday", value: "2023-12-01" }]);
    expect(occupy.map((e) => [e.type, e.status])).toEqual([["military-operation", "planned"]]);
    expect(typesOf("Haaland's two goals on Monday raised his tally to 20.")).not.toContain("statement");
  });
  it("reads 'due to' a cause as no booking, and 'compared notes and went' as no comparison", () => {
    const hearing = events("Officials postponed the hearing due to a strike by court staff on Monday.", [MONDAY]);
    expect(hearing.map((e) => [e.type, e.date?.value ?? null])).toEqual([
      ["hearing", null],
      ["protest", "2023-11-27"],
    ]);
    const met = events("The two leaders compared notes and went to the summit in Jeddah on Monday.", [MONDAY]);
    expect(met.map((e) => [e.type, e.background])).toEqual([["meeting", false]]);
  });
});

describe("findEvents: who can vote", () => {
  it("reads a commission approving a deal as a decision, a parliament approving one as a vote", () => {
    const decided = events("The African Commission approved the deal on Monday.", [MONDAY]);
    expect(decided.map((e) => [e.type, roles(e)])).toEqual([["other", ["agent:african-commission"]]]);
    const voted = events("The Sudanese Parliament approved the deal on Monday.", [MONDAY]);
    expect(voted.map((e) => e.type)).toEqual(["vote"]);
  });
});
