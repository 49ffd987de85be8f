// The data export, /data/articles.ndjson: every record, newest first, one JSON line
// each. As large as the archive itself, so it is streamed to its file line by line
// rather than made as one string, and not written at all when no record changed.
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { htmlSafeJson } from "../render/json.js";
import type { ArticleEntry } from "../types.js";
import { hashOf } from "./cache.js";
import type { Revisions } from "./fingerprint.js";
import type { StagedFile, WriteSession } from "./write.js";

export const dataUrl = "/data/articles.ndjson";
const dataPath = "data/articles.ndjson";

/** `json` gives an article's full record as JSON, read back from the record store. */
export function stageDataExport(session: WriteSession, articles: ArticleEntry[], json: (article: ArticleEntry) => string, revisions: Revisions, salt: string): StagedFile {
  const fingerprint = hashOf(salt, dataUrl, ...articles.map((a) => revisions.get(a) ?? ""));
  session.fingerprints.next.set(dataUrl, fingerprint);
  const previous = session.previous.get(dataPath);
  if (previous && session.fingerprints.previous.get(dataUrl) === fingerprint && existsSync(join(session.out, dataPath))) {
    return { path: dataPath, hash: previous, written: false };
  }
  const file = join(session.staging, dataPath);
  mkdirSync(dirname(file), { recursive: true });
  const hash = createHash("sha256");
  const fd = openSync(file, "w");
  try {
    for (const article of articles) {
      const line = `${htmlSafeJson(json(article))}\n`;
      hash.update(line);
      writeSync(fd, line);
    }
  } finally {
    closeSync(fd);
  }
  return { path: dataPath, hash: hash.digest("hex"), written: true };
}
