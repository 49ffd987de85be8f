// What names a people or a group, never one person: "Saudis", "Afro-Colombian",
// "Republicans", "officials". Data lists, read by the parse (whom "he" may stand for) and
// by the archive (who gets a page).

/** A people's name, one of them or all ("the Texan", "Saudis"): no person's name. */
const demonyms = new Set([
  "African", "Afghan", "Albanian", "American", "Arab", "Armenian", "Asian", "Australian", "Austrian", "Belgian", "Brazilian", "Bulgarian",
  "Californian", "Canadian", "Chilean", "Colombian", "Croatian", "Cuban", "Egyptian", "European", "Floridian", "Georgian", "Hungarian",
  "Indian", "Indonesian", "Iranian", "Iraqi", "Israeli", "Italian", "Jordanian", "Kurd", "Latino", "Lebanese", "Libyan",
  "Macedonian", "Mexican", "Muslim", "Nigerian", "Pakistani", "Palestinian", "Romanian", "Russian", "Saudi", "Serb",
  "Serbian", "Somali", "Syrian", "Texan", "Turk", "Ukrainian", "Venezuelan", "Yemeni", "Chinese", "Japanese", "Vietnamese",
  "Taiwanese", "Burmese", "Sudanese", "Senegalese", "Portuguese", "Dutch", "British", "Irish", "Scottish", "Welsh", "Spanish",
  "Swedish", "Danish", "Finnish", "Polish", "Turkish", "Kurdish", "Swiss", "Korean", "Filipino", "Thai", "Kenyan", "Ethiopian",
  "Haitian", "Dominican", "Peruvian", "Argentine", "Argentinian", "Ecuadorian", "Guatemalan", "Honduran", "Salvadoran",
  "Nicaraguan", "Jamaican", "Norwegian", "Czech", "Slovak", "Lithuanian", "Moroccan", "Algerian", "Tunisian", "Qatari",
  "Emirati", "Kuwaiti", "Bangladeshi", "Nepali", "Tibetan", "Uighur", "Uyghur", "Hispanic", "Latina", "Caribbean",
].flatMap((singular) => {
  const lower = singular.toLowerCase();
  // "Chinese", "Dutch", "Swiss" name one and all alike
  return /(?:ese|ch|sh|ss)$/.test(lower) ? [lower] : [lower, `${lower}s`];
}));

/** Words that open a people's name joined to another: "Afro-Colombian", "Anglo-Irish". */
const demonymPrefixes = new Set(["afro", "anglo", "franco", "sino", "indo", "euro", "latin", "arab"]);

/** A people's name, joined ones too: "Afro-Colombian", "Mexican-Americans". */
function isDemonym(word: string): boolean {
  const parts = word.split("-");
  return parts.every((part, i) => demonyms.has(part) || (i < parts.length - 1 && demonymPrefixes.has(part)));
}

/** Groups that speak through a plural noun, never one person: "Republicans", "officials". */
const groupNouns = new Set([
  "republicans", "democrats", "conservatives", "liberals", "progressives", "officials", "critics", "supporters", "voters",
  "analysts", "experts", "residents", "protesters", "lawmakers", "senators", "leaders", "sources", "witnesses", "activists",
  "observers", "advocates", "opponents", "investigators", "prosecutors", "police", "authorities", "diplomats", "aides",
  "democrat", "people", "others", "many", "some", "both", "all", "everyone", "nobody", "statement",
  "report", "poll", "survey", "study", "letter", "memo", "document", "documents", "transcript", "video", "tweet", "post",
  "demonstrators", "protestors", "marchers", "workers", "employees", "teachers", "students", "parents", "doctors", "nurses",
  "members", "delegates", "organizers", "organisers", "donors", "veterans", "immigrants", "refugees", "citizens",
  "scientists", "researchers", "economists", "farmers", "fans", "attendees", "participants", "journalists", "reporters",
]);

/** A word that names a group or a people, never one person. */
export function isGroup(word: string): boolean {
  return groupNouns.has(word) || isDemonym(word);
}

/** A word that names a group, or a people as many ("Muslims", "Saudis"): never a surname, as "Cuban" or "English" can be. */
export function isPlural(word: string): boolean {
  return groupNouns.has(word) || (word.endsWith("s") && isDemonym(word));
}

/** A name of a group, or of a people as many: one such word ("Officials"), or words that end in one in the plural ("Mainstream Republicans"), never a person's. */
export function namesGroup(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  const last = words[words.length - 1];
  return isPlural(last) && (words.length === 1 || last.endsWith("s"));
}
