// The event trigger table: words and phrases (by lemma) that tell of an event, and the type each tells of.
import type { EventType } from "@dateline/core/schema";

/**
 * One trigger. `pattern` is a sequence of terms matched against tokens in order:
 * - `call` matches a token whose lemma or lower-cased text is "call"; `call|phone` matches either;
 * - `call/NOUN` also requires the part of speech (wink tags are imperfect, so POS is used sparingly);
 * - `...` allows a gap of up to 4 tokens (`...8` up to 8) inside the clause;
 * - `the?` is an optional term.
 * `weak` triggers (reporting verbs, bare "discuss") give way to any other trigger in their clause, and a weak
 * interaction folds into a call or meeting of the same people told elsewhere in the article.
 * `head` marks a noun trigger whose words are the article's own name for the event (kept as framing).
 * `agentsOnly` triggers take part only their subjects (the object of "discussed" is a topic).
 * `delivery` triggers say how words were delivered ("said in a statement"): an event only when dated.
 */
export interface TriggerRule {
  type: EventType;
  pattern: string;
  weak?: boolean;
  head?: boolean;
  delivery?: boolean;
  agentsOnly?: boolean;
  /** Signing a truce: the agreement, not outranked by the truce it names. */
  signing?: boolean;
  /** A natural disaster: nobody takes part in it ("the US Geological Survey said the quake's epicentre …"). */
  natural?: boolean;
  /**
   * Rows of one family tell one happening in different words ("a prisoner exchange …, swapping 24 prisoners"):
   * "other" triggers of a family fold like those of one pattern. Without it, each pattern is its own.
   */
  family?: string;
  /** Each telling is its own happening: a market's move in one sentence is not the move told in another. */
  alone?: boolean;
}

/** Posts a person is named to, in the "post" family's patterns: "named him as interim leader", "was named chief executive". */
const POSTS =
  "chief|executive|head|leader|president|premier|minister|ceo|director|chairman|chairwoman|coach|captain|successor|commander|governor|ambassador|envoy|spokesman|spokeswoman";

/** How a price moves, for the market rows. */
const MOVES =
  "fall|fell|plunge|plunged|tumble|tumbled|slump|slumped|jump|jumped|surge|surged|soar|soared|rise|rose|gain|gained|sink|sank|drop|dropped|slide|slid|crash|crashed/VERB";

/** The family of the bare noun "vote": a people's election, or a legislature's vote when lawmakers are at work. */
export const BARE_VOTE = "bare-vote";

const rules = (type: EventType, patterns: string[], flags: Omit<TriggerRule, "type" | "pattern"> = {}) =>
  patterns.map((pattern): TriggerRule => ({ type, pattern, ...flags }));

export const TRIGGERS: readonly TriggerRule[] = [
  ...rules("call", [
    "phone|telephone|video|telephonic call|conversation|conference|talk",
    "call|conversation|talk|speak by|over|via the? phone|telephone",
    // "spoke with Lula by phone on Monday": the other side named between.
    "speak|talk/VERB with ...8 by|over phone|telephone",
    "telephone/VERB",
    "phone/VERB",
    "hold|make ... call/NOUN,VERB",
    "have/VERB ... call/NOUN,VERB",
    "separate call",
    "in a? call/NOUN with",
    "call/NOUN between",
    "ring/VERB up",
    "conversation with|between",
  ]),
  ...rules("meeting", [
    "meet/VERB",
    "meeting",
    "summit",
    "bilateral meeting",
    "hold ... meeting",
    "sit down with",
    "conference|forum|congress|assembly/NOUN",
    "reception/NOUN",
  ]),
  ...rules("talks", [
    "talks|negotiations with|between|in|at",
    "hold|host|resume|start|begin|open|launch|accelerate|conduct|continue ... talks|negotiations",
    "have/VERB ... talks|negotiations",
    "round|rounds|day|days|week|weeks|month|months of talks|negotiations",
    "talks|negotiations broker|mediate|host|sponsor/VERB",
    "talks|negotiations schedule|plan|set|due",
    "negotiate with",
  ]),
  // Discussions may be calls or meetings: a later, more specific telling of the same people gives the type.
  ...rules(
    "talks",
    [
      "discuss ...6 with",
      "discussion|discussions with",
      "hold ... discussion|discussions",
      "have/VERB ... discussion|discussions",
    ],
    { weak: true },
  ),
  // "A and B discussed X": X is a topic, so only the subjects take part.
  ...rules("talks", ["discuss"], { weak: true, agentsOnly: true }),
  ...rules("statement", [
    "issue|release|publish ... statement|communique|declaration",
    "joint statement|declaration|communique",
  ]),
  // How a quote was delivered; an event only when the clause dates it ("In a statement on Nov. 21, …").
  ...rules("statement", [
    "in|with a|an video|televised|audio|recorded message|address|speech|post|interview|letter",
    "in|with a|an video|televised|audio|recorded|open? message|address|speech|post|interview|letter",
  ]),
  // How a quote was delivered: an event only when the clause dates it ("In a statement on Nov. 21, …",
  // "the ministry said on Tuesday").
  ...rules(
    "statement",
    [
      "say|said in a|an|the? joint? statement",
      "in a|an|the? joint? statement",
      "readout",
      "say|tell|state|confirm|deny|report|warn/VERB",
    ],
    { delivery: true },
  ),
  ...rules(
    "statement",
    [
      "announce|declare|welcome|congratulate|condemn|denounce|deplore|concede|appeal|urge|blame|accuse|criticize|criticise|reject|praise|apologise|apologize|thank/VERB",
    ],
    { weak: true },
  ),
  // Claiming an attack is saying one did it: the claim is news of its own beside the attack it names.
  ...rules("statement", ["claim/VERB ...2 responsibility|credit"]),
  // A count given out is an authority's word: "Moroccan authorities on Monday raised the death toll … to 2,862",
  // "investigators put the death toll at 145".
  ...rules("statement", [
    "put|raise|raised|revise|revised|lower|lowered|update|updated ...4 death|casualty toll|tally",
    "put|puts ...3 toll|tally at",
  ]),
  // Calling something by a quoted word, or calling for something, is saying it: "Lapid called the law “a complete
  // takeover”", "the CFDT called for a “pause”". (A phone call is call/NOUN or "called X by phone".)
  // Delivered words: the quoted word frames the event it names ("called it “an act of aggression”"), and a
  // person's calling is an event only as a delivery is.
  ...rules("statement", ['call/VERB ...4 “|"|«', "call/VERB for"], { delivery: true }),
  ...rules("press-conference", [
    "press|news conference|briefing",
    "briefing",
    "speak|talk to journalists|reporters|press|media",
    "speak|talk to the press|media",
    "tell journalists|reporters",
  ]),
  ...rules("agreement", [
    "reach|sign|conclude|strike|seal|finalize|finalise ... agreement|deal|accord|treaty|memorandum|pact|declaration|charter|protocol|communique",
    "agreement|deal|accord|treaty|pact ...8 be reach|sign|conclude|strike|seal",
    "broker peace? agreement|deal|accord|ceasefire|truce",
    // "The agreement, brokered by Belarusian President Alexander Lukashenko, was announced".
    "agreement|deal|accord|pact ...2 brokered|mediated/VERB",
  ]),
  ...rules("agreement", ["award|sign ... contract", "contract|contracted/VERB to"]),
  // Signing a truce is an agreement the parties make; the truce itself holds (or not) from when it takes effect.
  ...rules(
    "agreement",
    ["sign ... ceasefire|cease-fire|truce|armistice", "ceasefire|cease-fire|truce|armistice ...8 be sign"],
    {
      signing: true,
    },
  ),
  ...rules("agreement", ["agree"], { weak: true }),
  ...rules(
    "military-operation",
    [
      "offensive",
      "counteroffensive|counter-offensive",
      "operation",
      "attack/NOUN",
      "airstrike|air-strike|airstrikes|bombing|shelling|bombardment|assault|invasion|incursion|raid|gunfire|skirmish",
      "air|drone|missile|artillery strike|strikes",
      "military drills|exercises",
      "anti-terrorist|anti-terrorism|counterterrorism|counter-terrorism measures|operation|operations",
      "recapture/NOUN",
      "reconquest|occupation",
      "clash|clashes|fighting|hostilities",
      "aggression",
      "military action|campaign",
    ],
    { head: true },
  ),
  ...rules("military-operation", [
    "attack/VERB",
    // Weapons used: "helicopters fired on the convoy", "shot down at least six helicopters".
    "fire|fired|fires/VERB on|at|upon",
    // "four men … opened fire with automatic rifles", "troops opened fire on protesters".
    "open|opened|opens|opening fire",
    "shoot|shot|shoots down",
    // Longer than a person's "was shot" (a killing), so the weapon's reading wins: "a drone was shot down".
    "be shot down",
    "invade",
    // Weapons used on a place: "Russian artillery shelled Kherson on Wednesday", "jets bombed the town".
    "shell|shelled|shells|bomb|bombed|bombs|bombard|bombarded|strafe|strafed/VERB",
    "launch ...10 measures|operation|offensive|strike|attack|assault",
    "recapture|reconquer",
    "capture|seize|occupy/VERB",
    "take|took|taken|seize|seized control of",
  ]),
  ...rules("ceasefire", ["ceasefire|cease-fire|truce|armistice", "cessation of hostilities", "cease fire"], {
    head: true,
  }),
  ...rules("ceasefire", ["surrender|capitulate|capitulation"]),
  ...rules("war", ["war", "civil war", "armed conflict", "uprising|insurgency|rebellion"], { head: true }),
  ...rules("visit", [
    "visit",
    "trip to",
    "travel to",
    "fly|flew to",
    "arrive in|at",
    "receive ... in",
    "state visit",
    "tour of",
  ]),
  ...rules("hearing", [
    "hearing",
    "testify|testified",
    "testimony",
    // A trial and a witness's turn: "The trial began on October 3", "took the stand in his own defense".
    "trial/NOUN",
    "take|took the stand",
    "congressional|parliamentary|senate|committee hearing",
    // A court hearing a case: "the appeal is due to be heard by the Ninth Circuit", "judges will hear arguments".
    "be heard by",
    "hear/VERB ...3 appeal|appeals|case|arguments|challenge",
  ]),
  ...rules("cancellation", [
    "cancellation|cancelation|cancel|cancelled|canceled",
    "call off",
    "called off",
    "postpone|postponement",
    // A court putting off its hearing: "A hearing of the case set for May 22 was adjourned".
    "adjourn|adjourned|adjournment",
    "decline participation|to attend|to take part|invitation",
    "pull out of",
    "withdraw from the? talks|meeting|summit",
    // A programme of talks broken off ("Tehran suspended the talks"): longer than the talks it names.
    "suspend|halt|freeze ...2 talks|negotiations|dialogue",
    "break|broke off ...2 talks|negotiations|dialogue",
  ]),
  ...rules("decree", [
    "sign ... decree|order|law|bill",
    "decree",
    "executive order",
    "issue ... decree|order",
    "declare ... mourning|emergency|curfew",
    // A formal declaration of war is the act of declaring, longer than the war it opens: "the security cabinet
    // formally declared war on Hamas", "declared all-out war on". (War declared on a thing is a figure of speech:
    // see figurativeWar.)
    "declare|declared|declares|declaring ...4 war",
    "martial law",
    "state of emergency",
    // Declared by an authority: "declared the town a disaster zone", "announced three days of mourning", "declared
    // the outbreak a public health emergency" (the object may be long), "lifted the declaration".
    "declare ...6 disaster zone|area",
    "declare/VERB ...24 emergency",
    "state of disaster",
    "day|days|period of national? mourning",
    "national mourning",
    "public health emergency",
    "lift ...4 declaration|curfew|emergency",
    // "ordered the attorney general on Tuesday to open an investigation": the order, not only the inquiry.
    "order/VERB ...8 investigation|inquiry|probe|inquest",
    // A parliament or government dissolved by decree: longer than a state's dissolution ("dissolving Congress").
    "dissolve|dissolves|dissolved|dissolving ...3 parliament|congress|assembly|legislature|government|cabinet|senate|house|duma|knesset|institutions",
    // A law taking effect: "the consent law that came into force in 2022".
    "come|came|enter|entered|entering into force|effect",
    // A government forcing a law past its parliament ("forced through parliament without a vote").
    "force|forced|push|pushed|ram|rammed ...4 through",
  ]),
  ...rules("decree", ["order/VERB"], { weak: true }),
  ...rules("displacement", ["displacement", "exodus", "evacuation"], { head: true }),
  ...rules("displacement", [
    "flee",
    "fled",
    "displace|displaced",
    "evacuate",
    "forced from their homes",
    // "forced about 160,000 residents from their homes"
    "force|forced ...6 from their|his|her home|homes",
    "force|forced ...6 out of their|his|her home|homes",
  ]),
  ...rules("sanction", ["ban/NOUN", "embargo|sanction|sanctions"], { head: true }),
  ...rules("sanction", [
    "ban/VERB",
    "fine|fined/VERB",
    "fine/NOUN",
    "penalty",
    "suspend|freeze|cut|halt ... aid|assistance|funding|cooperation",
    "impose ... sanction|sanctions|tariff|tariffs|restriction|restrictions|ban",
    "freeze ... assets",
  ]),
  // Dissolving a party is a court's ruling, a parliament a leader's decree (longer than the bare "dissolve", which
  // is a state dissolving itself): "The same court last week dissolved the opposition Move Forward party".
  ...rules("ruling", ["dissolve|dissolved|dissolves ...4 party|parties", "dissolution of ...4 party|parties"]),
  ...rules("decree", [
    "dissolve|dissolved|dissolves ...2 parliament|assembly|legislature|house|congress|cabinet|government",
    "dissolution of ...2 parliament|assembly|legislature|house|congress|cabinet|government",
  ]),
  ...rules("independence", [
    "independence",
    "secede|secession",
    "to separate from|in",
    "dissolve|dissolution",
    "declare ... independence",
  ]),
  ...rules("election", [
    "election|elections|referendum|ballot|by-election|runoff|run-off",
    // The tokenizer splits hyphenated words: "run-off" is run, -, off.
    "run|by - off|election",
    "elect|re-elect|reelect",
    "go to the polls",
    "win|won ...4 presidency|seats|majority|mandate",
    // Two-round elections: "came first in the first round on Oct. 22"; "first round of talks" is longer, and talks.
    "first|second round",
  ]),
  // A bare "vote" is an election's until findEvents sees a legislature at work around it (BARE_VOTE).
  ...rules("election", ["vote/NOUN"], { family: BARE_VOTE }),
  // A body voting on a text or a government: longer than the election's bare "vote", so it wins the overlap.
  ...rules("vote", [
    "no - confidence|censure vote|votes|motion|motions|ballot",
    "no-confidence|confidence vote|votes|motion|motions|ballot",
    "vote|motion of no? -? confidence|censure",
    "pass|passed|approve|adopt|reject|ratify ...4 law|bill|bills|legislation|motion|amendment|amendments|resolution|budget|reform|treaty|deal",
    "pass|passed|approve|adopt|reject|ratify ...6 vote|votes",
    "ratify|ratified|ratification",
    // Not "voted for": people vote for a candidate in an election too.
    "vote/VERB on|down",
    // "voted 101 to 6 to remove him", "voted to approve the deal".
    "vote|voted/VERB ...2 to",
    // "passed by 64 votes", "with 64 votes to 0"; not "With nearly all votes counted", which is a count.
    "by ...2 votes",
    "with ...2 votes to|in|against|for",
    "survive ...4 vote|motion",
    // Voters deciding on a text, as in a referendum: "voters on Sunday rejected a draft constitution", "Chileans
    // rejected a first draft by 62% to 38%". (Not "vote": voters vote in elections too.)
    "voter|voters|electorate ...4 reject|approve|endorse|ratify/VERB",
    "reject|approve|endorse|ratify/VERB ...8 by ...2 %|percent|per",
  ]),
  ...rules(
    "protest",
    [
      "protest|protests|protester|protesters|demonstration|demonstrations|demonstrator|demonstrators|rally|walkout|sit-in|riot|riots|unrest",
      "general|nationwide|national|rail|union|workers strike|strikes",
      "strikes and protests|marches",
      "march/NOUN",
      "marches",
    ],
    { head: true },
  ),
  ...rules("protest", [
    "march/VERB",
    "walk out",
    "walk|walked off the? job|jobs",
    "day of ... action|protest|protests|strike|strikes",
  ]),
  // "a 48-hour strike", "a three-day strike" (the tokenizer splits "48-hour" into 48, -, hour).
  ...rules("protest", ["hour|day|week|month strike|strikes|stoppage|walkout"], { head: true }),
  // Workers' strikes ("The strike began", "some 45,000 workers were on strike"); a strike on a place is armed force.
  // Plural "strikes" stays with the day of action it is part of ("a day of action, with strikes planned at …").
  ...rules("protest", ["the|a|its|their|this strike/NOUN", "on strike", "stand - up strike"], { head: true }),
  ...rules("military-operation", ["the|a strike on|against", "strike|strikes on|against"], { head: true }),
  // A strike that kills or destroys is a weapon's: "a strike killed 12 people" ("a strike hit production" is a walkout's).
  ...rules("military-operation", ["the|a|an strike|strikes killed|kills|struck|destroyed|landed"]),
  // No type of their own yet: disasters, coups, taking office, ties cut or made, launches, inquiries.
  ...rules(
    "other",
    ["earthquake|quake|tsunami|hurricane|typhoon|cyclone|wildfire|flood|floods|flooding|eruption|landslide"],
    {
      head: true,
      natural: true,
    },
  ),
  // A disaster's moments: a storm reaching land, a dam giving way ("the dam, upstream of the city, burst").
  ...rules(
    "other",
    [
      "make|made landfall",
      "dam|dams|levee|levees|dyke|dykes|embankment ...8 burst|bursts|collapse|collapsed|breach|breached|fail|failed",
      // Blown up: "The Kakhovka dam on the Dnipro River in southern Ukraine was blown apart early on Tuesday".
      "dam|dams|levee|levees|dyke|dykes|embankment ...8 blown|blew|blow|destroyed|destroy|explode|exploded apart|up?",
      "dam|dams|levee|levees|dyke|dykes|embankment ...8 give|gave way",
      "strike|struck|hit|lash|lashed|batter|battered ...4 coast|coastline|shore",
    ],
    { natural: true },
  ),
  // Relief sent: "a plane carrying 87 doctors had left for Benghazi", "sent rescue teams and field hospitals",
  // "rescue teams would fly to eastern Libya" (longer than a visit's "fly to": teams are sent, not visiting).
  ...rules("other", [
    "plane|planes|aircraft|flight|flights|ship|ships|vessel|convoy|convoys|boat|boats carrying",
    "plane|planes|aircraft|flight|flights|ship|ships|vessel|convoy|convoys ...12 land|leave|dock|depart/VERB",
    "send|sent|dispatch|deploy ...4 aid|convoy|convoys|rescuers|supplies|relief|hospital|hospitals|doctors|medics",
    "send|sent|dispatch|deploy ...3 rescue|relief|medical|aid team|teams|workers",
    "rescue|relief|medical|aid team|teams|workers ...3 fly|flew|arrive|land|head/VERB",
    "release|released ...8 fund|funds|reserve|reserves",
    "shipment|shipments|consignment|consignments of",
    "first shipment|shipments|consignment|consignments",
  ]),
  // A regulator deciding on a merger: clearing or approving it ("cleared Microsoft's takeover of Activision"),
  // completing it; blocking it is a sanction, suing to block it a case brought.
  ...rules("other", [
    // "cleared Microsoft's $69 billion takeover": an owner and a price may stand between.
    "clear|approve ...6 takeover|acquisition|merger|buyout|purchase",
    "clear/VERB ...4 deal|transaction",
    "complete|completed|close|closed/VERB ...4 takeover|acquisition|merger|buyout|purchase",
    "sue|sued/VERB",
    // Suing to block a deal is the suit, not a block: longer than the sanction's "block … merger".
    "sue|sued/VERB to block|stop|halt ...4 takeover|acquisition|merger|deal|transaction|bid|purchase",
    "submit|submitted ...4 proposal|proposals|bid|offer|application|structure|remedy|remedies|plan",
  ]),
  ...rules("sanction", ["block|blocked ...6 takeover|acquisition|merger|deal|transaction|bid|purchase"]),
  ...rules("agreement", ["announce|announced ...3 takeover|acquisition|merger|buyout"]),
  // Ties restored are an agreement of two states ("agreed on Friday to restore diplomatic relations"); reopening
  // embassies, cutting ties, an execution, a truce running out, a city sealed off are happenings of no type yet.
  ...rules("agreement", ["restore|re-establish|reestablish|normalise|normalize ... diplomatic? ties|relations"]),
  ...rules("other", [
    "reopen|re-open ...3 embassy|embassies|consulate|consulates|border|borders|crossing",
    // Envoys called home or sent away: "Lima recalled its ambassador to Mexico", "expelled four diplomats".
    "recall|recalled|recalls|expel|expelled|expels|withdraw|withdrew ...3 ambassador|ambassadors|envoy|envoys|diplomat|diplomats",
    "execute|executed/VERB",
    "execution|executions of",
    // A truce or ultimatum running out, told with its time ("expired in October"; not "when the contracts expired").
    "expire|expired/VERB in|on|at|last|this",
    "seal|sealed off",
  ]),
  ...rules("military-operation", ["intervene|intervened ...3 against|in", "military intervention"]),
  ...rules("statement", ["launch|launched ...3 appeal"]),
  // Offering help is saying so ("Algeria and Qatar also offered help"); it gives way to a "said" beside it.
  ...rules("statement", ["offer/VERB ...2 help|aid|assistance|condolences"], { weak: true }),
  // A court deciding. A bare "the verdict" or "the ruling" is mostly a reaction's object ("rejected the
  // judgment", "called the ruling historic"), so the nouns count only when handed down or made by a court.
  ...rules("ruling", [
    "rule/VERB ...3 that|on|in|against",
    "ruling on|that|by|in|of|against",
    "court|tribunal ruling|verdict|judgment|judgement|decision",
    "deliver|hand|issue|announce|pronounce ...3 verdict|judgment|judgement|ruling",
    "uphold|upheld ...6 decision|law|ruling|conviction|ban|verdict|sentence|order|constitutionality|validity",
    "struck down",
    "convict|convicted/VERB",
    "acquit|acquitted",
    "overturn|overturned|quash|quashed|annul|annulled ...4 conviction|verdict|sentence|ruling|result|results",
    // "overturned President Macky Sall's postponement of the election", "quashed the government's decree".
    "overturn|overturned|overturns|quash|quashed ...6 postponement|delay|decision|decree|law|ban|order|ordinance",
    // "annulled President Uhuru Kenyatta's victory in last month's presidential election".
    "annul|annulled|annuls|invalidate|invalidated ...6 victory|win",
    // Only right after the verb: "annulled the results of Saturday's election" leaves the election its own event.
    "annul|annulled|annuls|invalidate|invalidated the? election|vote|poll",
    "sentence|sentenced/VERB",
    "give|hand ...3 sentence|sentences",
    "prison|jail|suspended|life|custodial|death sentence|sentences",
    "dismiss|dismissed ...4 appeal|petition|petitions|case|lawsuit|challenge",
    "sentencing",
    "revoke|revoked|deny|denied|grant|granted ...2 bail",
  ]),
  // A coup, however told: "seized power together in a coup in October 2021" is one happening. Power taken by force is
  // a coup, not a military operation ("Army officers seized power in Gabon").
  ...rules("other", ["coup", "seize|seized|seizes|seizing|grab|grabbed|grabs power"], { family: "coup" }),
  ...rules("other", [
    "sworn in",
    "swear in",
    "take|took|taken office",
    "inauguration",
    "cut|sever|break|end ... ties|relations",
    "establish ... diplomatic? ties|relations",
    "switch|switched recognition",
    "open|launch ... investigation|inquiry|probe",
    "open|opened|opens ...2 criminal case|cases|proceedings",
    "file|bring|lodge|lodged ... case|lawsuit|suit|complaint|charges|petition|petitions",
    "detain|arrest/VERB",
    // The one held is inside the trigger, so the object: "placed Ali Bongo under house arrest".
    "place|placed|put|keep|kept ...4 under house? arrest",
    "extradite|extradited|extradition",
    "file|filed for bankruptcy",
    // A central bank's decision: "raised its main interest rate", "cut rates".
    "raise|raised|cut|lower|lowered|hike|hiked|hold|held ...4 interest? rate|rates",
  ]),
  // People handed over or set free, and the acts around them: "the biggest prisoner exchange since the Cold War",
  // "an exchange of 26 people", "swapping 24 prisoners", "freed two hostages"; a pardon is a decree of its own.
  ...rules(
    "other",
    [
      "prisoner|prisoners|hostage|hostages|detainee|detainees exchange|exchanges|swap|swaps",
      "exchange|swap of ...3 prisoner|prisoners|hostage|hostages|detainee|detainees|people|captives",
      "swap|swapped|swapping|exchange|exchanged|exchanging/VERB ...3 prisoner|prisoners|hostage|hostages|detainee|detainees|captives",
      "release|released|free|freed/VERB ...3 hostage|hostages|prisoner|prisoners|detainee|detainees|captives",
    ],
    { family: "handover" },
  ),
  ...rules("decree", ["pardon|pardoned/VERB", "pardon/NOUN", "commute|commuted ...3 sentence|sentences"]),
  // A killing told as such: "the 2019 killing of a Georgian man", "shot dead a former commander".
  ...rules("other", [
    "killing|murder|assassination|kidnapping|abduction of",
    "assassination attempt",
    "shoot|shot dead",
    // A person attacked, told in the passive: "Fico, 59, was shot on Wednesday afternoon".
    "be shot|stabbed/VERB",
    "assassinate|assassinated|murder|murdered|kidnap|kidnapped|abduct|abducted/VERB",
  ]),
  // People arriving by air: "stepped off a government plane at Joint Base Andrews", "expected to land at".
  ...rules("other", ["step|stepped off ...3 plane|aircraft|flight|jet", "land|landed/VERB at|in"]),
  // Greeting arrivals is meeting them: "Putin greeted him with a hug at Vnukovo airport".
  ...rules("meeting", ["greet|greeted/VERB ...8 airport|tarmac|base|arrival|arrivals|returnees"]),
  // A government falling apart: "Rutte's fourth coalition collapsed in July" (not the election it brings on).
  ...rules("other", [
    "coalition|government|cabinet ...2 collapse|collapsed|fall|fell|resign|resigned/VERB",
    "collapse|fall of the? coalition|government|cabinet",
  ]),
  // Supporters or crowds gathering are a demonstration: "Hundreds of supporters gathered outside the courthouse".
  ...rules("protest", [
    "supporters|crowds|crowd|protesters|thousands|hundreds ...3 gather|gathered|rally|rallied/VERB",
  ]),
  // Contracts won are agreements like contracts awarded: "who won 51 public works contracts".
  ...rules("agreement", ["win|won ...4 contract|contracts"]),
  // A body choosing where a tournament or games are held: "confirmed Saudi Arabia as the host of the 2034 World
  // Cup", "awarded the 2030 tournament to Morocco, Portugal and Spain" (a decision, not words said).
  ...rules(
    "other",
    [
      "confirm|confirmed|name|named|choose|chose|chosen|select|selected|pick|picked/VERB ...8 as the? host|hosts",
      "award|awarded/VERB ...4 tournament|tournaments|games|championship|championships|cup|olympics|finals|hosting",
    ],
    { family: "hosting" },
  ),
  // Hinting, ruling something out: "Timmermans ruled out joining a government led by Wilders".
  ...rules("statement", ["hint|hinted/VERB", "rule|ruled|rules|ruling out"], { weak: true }),
  // Joining a body, or asking to: "Finland formally joined NATO", "became the alliance's 31st member", "applied
  // for membership in May last year" (a state's or a person's, never "joined the call").
  ...rules(
    "other",
    [
      "join|joined|joins/VERB ...3 alliance|bloc|nato|eu|union|brics|asean|opec|commonwealth|organisation|organization",
      "become|became|becomes ...4 member|members|ally/NOUN",
      "accession to|of",
    ],
    { family: "membership" },
  ),
  ...rules("other", [
    "apply|applied|applies ...4 membership",
    "apply|applied|applies ...4 to join",
    "application|applications|bid|bids for ...2 membership",
    "application|applications|bid|bids to join",
  ]),
  // Accidents: a ship striking a bridge, a building or bridge coming down, a craft crashing ("lost power and
  // rammed the Francis Scott Key Bridge", "the lander crashed into the Moon"); one family, as one accident is
  // told in several words.
  ...rules(
    "other",
    [
      // A craft as the subject (shares sink and markets crash too): "a container ship lost power and rammed".
      "ship|vessel|plane|aircraft|jet|helicopter|train|bus|boat|ferry|lander|spacecraft|probe|tanker|truck|submarine ...6 ram|rammed|collide|collided|crash|crashed|sink|sank|sunk|capsize|capsized|derail|derailed/VERB",
      "crash|crashed|crashes/VERB into",
      "collide|collided|collides/VERB with",
      "bridge|building|tower|mine|roof|stadium|hotel ...4 collapse|collapsed|fell|fall/VERB",
      "collapse of ...3 bridge|building|tower|mine|roof|stadium|hotel",
      "collision|derailment|shipwreck/NOUN",
      "catch|caught|catches fire",
      "plane|train|helicopter|bus|boat|ferry|lander|spacecraft|ship crash|collision",
    ],
    { family: "accident" },
  ),
  // Fire set on purpose: "Before leaving, they set the hall alight", "set fire to the building".
  ...rules("other", ["set|sets|setting ...3 alight|ablaze", "set|sets|setting fire to"], { family: "arson" }),
  // A leader removed by force: "soldiers in Niger toppled President Mohamed Bazoum". Weak: "the uprising toppled the
  // ruler" tells the uprising, one happening.
  ...rules("other", ["topple|toppled|overthrow|overthrew|overthrown|depose|deposed/VERB"], { weak: true }),
  // Who holds a post: "Microsoft hired Altman on Monday", "appointed a new defence minister", "named him as interim
  // leader", "the board ousted chief executive Sam Altman", "resigned on Friday", "stepped down as chairman".
  ...rules(
    "other",
    [
      "appoint|appointed|appoints/VERB",
      "hire|hired|hires/VERB",
      // "named him as interim leader", not "police named the victim as John Smith".
      `name|named|names/VERB ...4 as ...2 ${POSTS}`,
      "oust|ousted|ousts/VERB ...3 chief|executive|ceo|chairman|chairwoman|director|coach|founder|head",
      "sack|sacked|sacks/VERB",
      // "was named interim chief executive": the passive needs no "as".
      `be|was|were|is|been named ...3 ${POSTS}`,
      // A person fired, not a weapon: "was told he was being fired", "fired him as chief executive".
      "be|was|were|is|been|being fired",
      "fire|fired/VERB ...3 as",
      "resign|resigned|resigns/VERB",
      "quit|quits/VERB",
      "step|stepped|steps down",
    ],
    { family: "post" },
  ),
  // A body shutting a member out: "The African Union suspended Gabon from all its activities".
  ...rules("sanction", [
    "suspend|suspended/VERB ...2 from ...3 activities|membership|bodies|institutions|bloc|union|alliance|competition|competitions",
    "suspend|suspended ...3 membership",
  ]),
  // Rule by decree: "imposed a night-time curfew", "imposed martial law".
  ...rules("decree", ["impose|imposed|imposes ...6 curfew|curfews|lockdown", "impose|imposed|imposes martial law"]),
  // A search given up: "The Coast Guard suspended its search for the other six on Tuesday evening".
  ...rules("cancellation", [
    "suspend|suspended|halt|halted|end|ended|abandon|abandoned ...3 search|searches|rescue",
    "call|called off ...3 search|searches|rescue",
  ]),
  // Letting something out into the open: "began discharging treated radioactive water … into the Pacific".
  ...rules("other", [
    // (not "discharged from hospital")
    // The substance is the object ("released its monthly oil market report" is no spill).
    "release|released|releasing|dump|dumped|dumping|discharge|discharged|discharging/VERB ...3 water|wastewater|sewage|chemicals",
    "release|released|releasing|dump|dumped|dumping|discharge|discharged|discharging/VERB ...1 radioactive|toxic|contaminated|treated",
  ]),
  ...rules("other", ["launch/VERB"], { weak: true }),
  // Surgery: "Surgeons operated on him for five hours", "underwent surgery", "came out of his first operation".
  ...rules(
    "other",
    [
      "operate|operated|operating/VERB on",
      "surgery/NOUN",
      "underwent|undergo|undergoes|undergoing ...3 operation",
      // Longer than the military "operation", so they win its place: "came out of his first operation".
      "his|her first|second|third|further|latest operation",
      "surgical|emergency|life-saving|lifesaving|hip|heart|knee|brain operation|operations",
    ],
    { family: "surgery" },
  ),
  // A business stopping or starting work (longer than the military "operations"): "Eramet halted its manganese
  // operations in the country".
  ...rules("other", ["halt|halted|suspend|suspended|resume|resumed ...3 operations|production|output"]),
  // Markets moving: "Boeing's shares fell 8 percent on Monday", "the lira fell to a record low", "the yen jumped".
  ...rules(
    "other",
    [
      `share|shares|stock|stocks|index|currency|yen|lira|rial|rupee|peso|dollar|euro|rouble|ruble|bond|bonds|market|markets ...4 ${MOVES}`,
      `won/NOUN ...4 ${MOVES}`,
    ],
    { family: "market", alone: true },
  ),
  // Trading stopped: "Trading in Evergrande shares was halted", "the Stock Exchange of Thailand halted trading".
  ...rules("other", ["halt|halted|suspend|suspended/VERB ...3 trading", "trading ...4 halt|halted|suspend|suspended"], {
    family: "trading-halt",
    alone: true,
  }),
];
