// Seed file-name prefixes of well-known outlets ("nyt_2016-09-08_....txt"): data the
// outlet rule reads, extended or overridden by the "outlets" setting. The first seven
// are the prefixes of the polnear sets in ../shared.
export const outletPrefixes: Readonly<Record<string, string>> = {
  breitbart: "Breitbart News",
  "huff-post": "HuffPost",
  nyt: "The New York Times",
  politico: "Politico",
  "usa-today": "USA Today",
  "wash-post": "The Washington Post",
  "west-journal": "The Western Journal",
  ap: "Associated Press",
  bbc: "BBC News",
  cnn: "CNN",
  fox: "Fox News",
  foxnews: "Fox News",
  guardian: "The Guardian",
  huffpost: "HuffPost",
  latimes: "Los Angeles Times",
  nbc: "NBC News",
  npr: "NPR",
  nypost: "New York Post",
  reuters: "Reuters",
  wapo: "The Washington Post",
  wsj: "The Wall Street Journal",
};
