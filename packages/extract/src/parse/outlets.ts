// Well-known outlets and agencies, matched conservatively: a whole name, in a place where outlets are named.

export interface Outlet {
  /** The name we record. */
  name: string;
  /** Other ways texts write it; each matched as whole words, case-sensitively (so "AP" is never "ap"). */
  aliases: readonly string[];
}

export const OUTLETS: readonly Outlet[] = [
  { name: "Reuters", aliases: ["Thomson Reuters"] },
  { name: "Associated Press", aliases: ["The Associated Press", "AP"] },
  { name: "Agence France-Presse", aliases: ["AFP", "Agence France Presse"] },
  { name: "Anadolu Agency", aliases: ["Anadolu Ajansı", "AA"] },
  { name: "BBC", aliases: ["BBC News", "British Broadcasting Corporation"] },
  { name: "RFE/RL", aliases: ["Radio Free Europe/Radio Liberty", "Radio Free Europe", "Azatutyun"] },
  { name: "Al Jazeera", aliases: ["Al Jazeera English", "Aljazeera"] },
  { name: "CNN", aliases: [] },
  { name: "Bloomberg", aliases: ["Bloomberg News"] },
  { name: "The New York Times", aliases: ["New York Times", "NYT"] },
  { name: "The Washington Post", aliases: ["Washington Post"] },
  { name: "The Guardian", aliases: [] },
  { name: "Financial Times", aliases: ["FT"] },
  { name: "The Wall Street Journal", aliases: ["Wall Street Journal", "WSJ"] },
  { name: "Deutsche Welle", aliases: ["DW"] },
  { name: "Euronews", aliases: [] },
  { name: "France 24", aliases: [] },
  { name: "TASS", aliases: [] },
  { name: "RIA Novosti", aliases: [] },
  { name: "Interfax", aliases: [] },
  { name: "Xinhua", aliases: ["Xinhua News Agency"] },
  { name: "Kyodo News", aliases: ["Kyodo"] },
  { name: "Yonhap", aliases: ["Yonhap News Agency"] },
  { name: "ANSA", aliases: [] },
  { name: "EFE", aliases: ["Agencia EFE"] },
  { name: "dpa", aliases: ["Deutsche Presse-Agentur"] },
  { name: "UPI", aliases: ["United Press International"] },
  { name: "PTI", aliases: ["Press Trust of India"] },
  { name: "Azertac", aliases: ["AZERTAC"] },
  { name: "Armenpress", aliases: ["ARMENPRESS"] },
  { name: "APA", aliases: ["Azeri-Press Agency"] },
  { name: "Trend News Agency", aliases: ["Trend"] },
  { name: "news.am", aliases: ["NEWS.am"] },
  { name: "Iran Front Page", aliases: ["IFP", "IFP News", "ifpnews.com"] },
  { name: "IRNA", aliases: ["Islamic Republic News Agency"] },
  { name: "Tasnim News Agency", aliases: ["Tasnim"] },
  { name: "Daily Sabah", aliases: [] },
  { name: "TRT World", aliases: ["TRT"] },
  { name: "Politico", aliases: ["POLITICO"] },
  { name: "Axios", aliases: [] },
  { name: "NPR", aliases: [] },
  { name: "Voice of America", aliases: ["VOA"] },
  { name: "The Times of Israel", aliases: ["Times of Israel"] },
  { name: "Arab News", aliases: [] },
  { name: "Kyiv Independent", aliases: ["The Kyiv Independent"] },
  { name: "Ukrinform", aliases: [] },
  { name: "Agenzia Nova", aliases: ["Nova"] },
  { name: "OC Media", aliases: [] },
  { name: "Eurasianet", aliases: [] },
  { name: "Caspian News", aliases: [] },
  { name: "Report.az", aliases: ["Report News Agency"] },
];

/** Short aliases that are also ordinary words or initials: accepted only as a whole line or inside parentheses. */
const AMBIGUOUS = new Set(["AP", "AA", "FT", "DW", "Trend", "Nova", "TRT", "IFP", "APA", "EFE"]);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** The outlet each name or alias stands for. */
const OUTLET_OF = new Map(OUTLETS.flatMap((outlet) => [outlet.name, ...outlet.aliases].map((name) => [name, outlet])));

/**
 * One regex for a set of names, longest first, each a whole word. Scanning once with it gives exactly what the
 * earlier one-regex-a-name scan gave after sorting and dropping overlaps: at each place the longest name that
 * stands there as a whole word, then on from its end. Measured: 97 scans → 1, 14 → 2 ms a pass over the corpus lines.
 */
function namesRegExp(names: string[]): RegExp {
  const alternatives = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu");
}

const ANY_NAME = namesRegExp([...OUTLET_OF.keys()]);
const UNAMBIGUOUS_NAME = namesRegExp([...OUTLET_OF.keys()].filter((name) => !AMBIGUOUS.has(name)));

export interface OutletMatch {
  outlet: Outlet;
  start: number;
  end: number;
}

/**
 * Every outlet named in s, longest name first where they overlap. Ambiguous short names count only when
 * `strict` is false (the caller already knows it is looking at a credit or a whole outlet line).
 */
export function findOutlets(s: string, strict = true): OutletMatch[] {
  const re = strict ? UNAMBIGUOUS_NAME : ANY_NAME;
  const out: OutletMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push({ outlet: OUTLET_OF.get(m[0])!, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The outlet a whole line names ("Iran Front Page", "Reuters"), or null. */
export function outletOfLine(line: string): Outlet | null {
  const [hit] = findOutlets(line, false);
  return hit && hit.start === 0 && hit.end === line.length ? hit.outlet : null;
}
