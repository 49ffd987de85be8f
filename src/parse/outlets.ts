// Known news agencies and outlets: data the source rule matches against.
import type { SourceKind } from "../types.js";

export const agencies = [
  "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "Bloomberg", "BTA", "TASS", "RIA Novosti", "Interfax",
  "Xinhua", "Kyodo", "Yonhap", "ANSA", "EFE", "dpa", "DPA", "Anadolu", "Anadolu Agency", "IRNA", "ISNA", "Fars", "Tasnim",
  "UPI", "PTI", "ANI", "Ukrinform", "PAP", "CTK", "MTI", "Agerpres", "Tanjug", "HINA", "BNS", "Sputnik", "APA", "KCNA",
  "Focus News Agency", "BGNES", "Mehr", "SANA", "WAFA", "MENA", "Bernama", "Antara", "Prensa Latina", "Notimex", "CNA",
];

export const outlets = [
  "BBC", "CNN", "Fox News", "MSNBC", "NBC", "NBC News", "CBS", "CBS News", "ABC", "ABC News", "NPR", "PBS", "CNBC",
  "The New York Times", "New York Times", "The Washington Post", "Washington Post", "The Wall Street Journal",
  "Wall Street Journal", "USA Today", "Politico", "Axios", "The Guardian", "Guardian", "The Times", "The Telegraph",
  "Financial Times", "The Economist", "Al Jazeera", "Der Spiegel", "Spiegel", "Le Monde", "Breitbart", "Breitbart News",
  "The Hill", "Daily Mail", "The Independent", "Sky News", "Euronews", "Deutsche Welle", "DW", "RT", "bTV", "Nova TV",
  "BNT", "Haaretz", "Times of Israel", "Kyiv Independent", "Kommersant", "Izvestia", "The Atlantic", "The New Yorker",
  "Time", "Newsweek", "Vox", "BuzzFeed News", "HuffPost", "Huffington Post", "Fox Business", "Yahoo News", "Bild",
  "Le Figaro", "El País", "Corriere della Sera", "La Repubblica", "The Post", "New York Post", "The Journal",
  "Los Angeles Times", "Chicago Tribune", "The Boston Globe", "Boston Globe", "The Daily Beast", "Slate", "Salon",
  "Mother Jones", "National Review", "The Daily Caller", "Daily Caller", "The Intercept", "ProPublica", "Vice",
  "Vice News", "Radio Free Europe", "RFE/RL", "Voice of America", "VOA", "France 24", "CBC", "ABC News Australia",
  "Channel 4 News", "ITV", "The Sun", "The Mirror", "Novinite", "Novinite.com", "Kathimerini", "Hurriyet", "Daily Sabah",
  "Press TV", "Tasnim News", "Al Arabiya", "Asharq Al-Awsat", "Meduza", "Novaya Gazeta", "Ukrainska Pravda", "Interfax-Ukraine",
];

const kinds = new Map<string, SourceKind>([
  ...agencies.map((n) => [n.toLowerCase(), "agency"] as [string, SourceKind]),
  ...outlets.map((n) => [n.toLowerCase(), "outlet"] as [string, SourceKind]),
]);

/** The kind of a known agency or outlet, by its name with or without "the". */
export function outletKind(name: string): SourceKind | null {
  const key = name.trim().toLowerCase();
  return kinds.get(key) ?? kinds.get(key.replace(/^the\s+/, "")) ?? null;
}

/** Longest names first, so "Fox News" wins over "Fox". */
export const outletNamesPattern = [...agencies, ...outlets]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
  .join("|");

/** Names by their first character: where a name can start, only a few are worth comparing. */
const namesByStart = new Map<number, string[]>();
for (const name of [...agencies, ...outlets]) namesByStart.set(name.charCodeAt(0), [...(namesByStart.get(name.charCodeAt(0)) ?? []), name]);

/**
 * Where a known agency or outlet's name starts in the text, as the patterns built from
 * outletNamesPattern would see it: the only places worth trying those patterns at.
 */
export function outletStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const names = namesByStart.get(text.charCodeAt(i));
    if (names && names.some((name) => text.startsWith(name, i))) starts.push(i);
  }
  return starts;
}
