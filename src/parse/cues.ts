// Cue verbs: the words that introduce what someone said. Data, turned into one pattern.

const speechVerbs = [
  "said", "says", "told", "tells", "added", "adds", "noted", "notes", "stressed", "stresses", "warned", "warns",
  "recalled", "recalls", "insisted", "insists", "wrote", "writes", "tweeted", "tweets", "asked", "asks",
  "explained", "explains", "declared", "declares", "stated", "announced", "announces", "argued", "argues",
  "claimed", "continued", "continues", "replied", "replies", "responded", "responds", "answered", "answers",
  "commented", "admitted", "admits", "acknowledged", "acknowledges", "conceded", "concedes",
  "observed", "observes", "remarked", "suggested", "suggests", "urged", "urges", "vowed", "vows",
  "promised", "predicted", "predicts", "cautioned", "cautions", "emphasized", "emphasised", "emphasizes",
  "emphasises", "reiterated", "reiterates", "quipped", "quips", "joked", "jokes", "complained", "complains",
  "lamented", "laments", "boasted", "boasts", "maintained", "maintains", "countered", "counters", "retorted",
  "posted", "shouted", "shouts", "yelled", "yells", "wondered", "wonders", "mused", "muses",
  "recounted", "recounts", "testified", "testifies", "confirmed", "confirms", "denied", "denies", "alleged",
  "alleges", "charged", "concluded", "concludes", "reported", "reports", "pointed out", "points out",
  "went on", "assured", "assures", "agreed", "agrees", "accused", "accuses", "demanded", "demands",
  "proclaimed", "proclaims", "pledged", "predicted", "sang", "sings", "chanted",
  "whispered", "screamed", "cried", "exclaimed", "thundered", "fumed", "scoffed", "snapped", "marveled", "marvelled",
  "estimated", "explained", "informed", "informs", "described", "describes", "insisted", "opined",
  "acknowledged", "advised", "advises", "revealed", "reveals", "disclosed", "discloses", "conceded", "objected",
  "shot back", "fired back", "hit back", "pushed back", "pressed", "retaliated", "interjected", "chimed in", "interrupted",
  "clarified", "elaborated", "mocked", "teased", "asserted", "asserts", "contended", "contends", "reasoned", "surmised",
  "speculated", "conceded", "lamented", "raged", "ranted", "railed", "shouted", "concluded", "summed up",
  "recited", "texted", "remembered", "put it", "puts it", "emailed", "messaged", "announced", "proposed", "offered", "cracked", "boomed",
  "echoed", "echoes", "exhorted", "barked",
  "reacted", "questioned", "beamed", "laughed", "sighed", "gushed", "griped", "grumbled", "muttered",
  "expressed confidence", "expressed hope", "expressed concern", "expressed doubt", "voiced concern", "voiced hope",
];

const unique = [...new Set(speechVerbs)].sort((a, b) => b.length - a.length);

/** The plain forms an auxiliary takes: "did suggest", "would argue", "will say". */
const baseForms = ["say", "tell", "write", "add", "suggest", "argue", "note", "insist", "warn", "admit", "acknowledge", "claim", "explain", "concede", "predict", "declare"];

/** Passive and auxiliary forms first, so the longest cue wins. */
export const cuePattern = String.raw`(?:(?:issued|released|put out)\s+(?:a|the following|this)\s+statement|said\s+in\s+(?:a|the)\s+statement` +
  String.raw`|(?:was|were|is|are|has been|had been)\s+(?:quoted|cited)\s+as\s+(?:saying|telling\s+\S+|writing|adding)` +
  String.raw`|(?:has|had|have|would|will|did)\s+(?:${unique.join("|")}|${baseForms.join("|")})` +
  String.raw`|(?:${unique.join("|")}))`;

export const cueRegExp = new RegExp(String.raw`\b${cuePattern}\b`);

/** Participles that report speech in a clause after the subject's verb: "..., saying ...". */
const participleVerbs = [
  "saying", "adding", "noting", "telling", "writing", "calling", "arguing", "asking", "explaining", "insisting", "warning",
  "declaring", "claiming", "stressing", "tweeting", "describing", "suggesting", "acknowledging", "complaining", "joking",
  "urging", "predicting", "vowing", "promising", "recalling", "admitting", "conceding", "quipping", "proclaiming",
  "yelling", "shouting", "stating", "replying", "responding", "answering", "announcing", "posting", "pointing out", "demanding",
  "remarking", "accusing", "condemning", "criticizing", "criticising", "blasting", "slamming", "mocking", "praising", "dismissing",
];

export const participlePattern = participleVerbs.join("|");
