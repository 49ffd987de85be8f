// The record store: records read back as written, kept between builds under one key,
// compacted when replaced records outweigh the live ones, and gone when temporary.
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { addRecord, closeStore, dropRecord, openStore, readRecord, shareStored, stampRecord, storedRecord, type RecordStore } from "../../src/site/store.js";
import { filePart, fileParts } from "../../src/site/parts.js";
import type { ArticleEntry } from "../../src/types.js";
import { tempDir } from "../helpers.js";

const tmp = tempDir();
afterAll(() => tmp.remove());

const entry = (id: string): ArticleEntry => ({
  id, file: `${id}.txt`, format: "text", date: "2024-03-05", headline: id, slug: id, url: `/2024/03/05/${id}/`, lead: "", quotes: [], sources: [], named: [], related: [], publisher: null, messages: [], topics: [],
});
const read = (store: RecordStore, file: string) => readRecord(store.fd, storedRecord(store, file));

describe("the record store", () => {
  it("reads each record back as written, whatever its characters", () => {
    const store = openStore(join(tmp.path, "plain"), "key", false);
    addRecord(store, "a.txt", "h1", '{"headline":"Sofia, «Витоша» — 5°C"}', entry("a"));
    addRecord(store, "b.txt", "h2", '{"headline":"B"}', entry("b"));
    expect(read(store, "a.txt")).toBe('{"headline":"Sofia, «Витоша» — 5°C"}');
    expect(read(store, "b.txt")).toBe('{"headline":"B"}');
    closeStore(store, true);
  });

  it("keeps records between builds under the same key, and nothing under another", () => {
    const folder = join(tmp.path, "kept");
    const first = openStore(folder, "v1", false);
    addRecord(first, "a.txt", "h1", '{"n":1}', entry("a"));
    closeStore(first, true);
    const again = openStore(folder, "v1", false);
    expect(again.items.get("a.txt")).toMatchObject({ hash: "h1", at: 0, length: 7, entry: { id: "a" } });
    expect(read(again, "a.txt")).toBe('{"n":1}');
    closeStore(again, false);
    const other = openStore(folder, "v2", false);
    expect(other.items.size).toBe(0);
    closeStore(other, false);
  });

  it("compacts the pack when replaced records outweigh the live ones", () => {
    const folder = join(tmp.path, "compacted");
    const store = openStore(folder, "key", false);
    const big = (n: number) => JSON.stringify({ n, text: "x".repeat(400_000) });
    for (let n = 0; n < 6; n++) addRecord(store, "a.txt", `h${n}`, big(n), entry("x"));
    addRecord(store, "b.txt", "hb", '{"b":true}', entry("x"));
    closeStore(store, true);
    const packs = readdirSync(folder).filter((name) => name.endsWith(".ndjson"));
    expect(packs).toEqual(["records-2.ndjson"]);
    const reopened = openStore(folder, "key", false);
    expect(reopened.size).toBe(big(5).length + 1 + '{"b":true}'.length + 1);
    expect(read(reopened, "a.txt")).toBe(big(5));
    expect(read(reopened, "b.txt")).toBe('{"b":true}');
    closeStore(reopened, false);
  });

  it("saves a large index in parts, and reads every item of every part back", () => {
    const folder = join(tmp.path, "parts");
    const store = openStore(folder, "key", false);
    for (let n = 0; n < 12_345; n++) addRecord(store, `s${n}.txt`, `h${n}`, `{"n":${n}}`, entry(`a${n}`));
    closeStore(store, true);
    expect(fileParts(join(folder, "index.v8")).length).toBe(1 + 13);
    const reopened = openStore(folder, "key", false);
    expect(reopened.damage).toBeNull();
    expect(reopened.items.size).toBe(12_345);
    expect(reopened.items.get("s12344.txt")).toMatchObject({ hash: "h12344", entry: { id: "a12344" } });
    expect(read(reopened, "s6000.txt")).toBe('{"n":6000}');
    closeStore(reopened, false);
  });

  it("saves again what changed in an index whose other parts it copies: a new, a replaced, a restamped and a dropped item", () => {
    const folder = join(tmp.path, "resaved");
    const store = openStore(folder, "key", false);
    for (let n = 0; n < 3500; n++) addRecord(store, `s${n}.txt`, `h${n}`, `{"n":${n}}`, entry(`a${n}`));
    closeStore(store, true);
    const again = openStore(folder, "key", false);
    addRecord(again, "new.txt", "hnew", '{"n":"new"}', entry("anew"));
    addRecord(again, "s10.txt", "h10b", '{"n":"10b"}', entry("a10b"));
    stampRecord(again, "s1500.txt", "1:2:3");
    closeStore(again, true);
    const third = openStore(folder, "key", false);
    dropRecord(third, "s2000.txt");
    closeStore(third, true);
    const reopened = openStore(folder, "key", false);
    expect(reopened.damage).toBeNull();
    expect(reopened.items.size).toBe(3500);
    expect(reopened.items.get("new.txt")).toMatchObject({ hash: "hnew", entry: { id: "anew" } });
    expect(reopened.items.get("s10.txt")).toMatchObject({ hash: "h10b", entry: { id: "a10b" } });
    expect(reopened.items.get("s1500.txt")?.stamp).toBe("1:2:3");
    expect(reopened.items.has("s2000.txt")).toBe(false);
    expect(reopened.items.get("s3499.txt")).toMatchObject({ hash: "h3499", entry: { id: "a3499" } });
    expect(read(reopened, "s10.txt")).toBe('{"n":"10b"}');
    expect(read(reopened, "s2999.txt")).toBe('{"n":2999}');
    closeStore(reopened, false);
  });

  it("makes entries share the topics they repeat: parsed ones as they are added, those of the saved index when asked", () => {
    const folder = join(tmp.path, "shared");
    const store = openStore(folder, "key", false);
    const withTopic = (id: string): ArticleEntry => ({ ...entry(id), topics: [{ name: "Sofia", kind: "place" }] });
    // a part of the index keeps what its items share; two parts do not
    for (let n = 0; n < 1001; n++) addRecord(store, `s${n}.txt`, `h${n}`, "{}", withTopic(`a${n}`));
    expect(store.items.get("s0.txt")!.entry.topics[0]).toBe(store.items.get("s1000.txt")!.entry.topics[0]);
    closeStore(store, true);
    const reopened = openStore(folder, "key", false);
    const topicOf = (file: string) => reopened.items.get(file)!.entry.topics[0];
    expect(topicOf("s0.txt")).not.toBe(topicOf("s1000.txt"));
    shareStored(reopened);
    expect(topicOf("s0.txt")).toBe(topicOf("s1000.txt"));
    expect(topicOf("s0.txt")).toEqual({ name: "Sofia", kind: "place" });
    closeStore(reopened, false);
  });

  it("takes an index cut short at a part's end as damaged, not as a smaller archive", () => {
    const folder = join(tmp.path, "cut");
    const store = openStore(folder, "key", false);
    for (let n = 0; n < 6000; n++) addRecord(store, `s${n}.txt`, `h${n}`, "{}", entry(`a${n}`));
    closeStore(store, true);
    const index = join(folder, "index.v8");
    const [head, first] = fileParts(index);
    // the head and the first part, as they were, and not the second
    writeFileSync(index, Buffer.concat([filePart(head), filePart(first)]));
    const reopened = openStore(folder, "key", false);
    expect(reopened.damage).toMatch(/its index .* is damaged/);
    expect(reopened.items.size).toBe(0);
    closeStore(reopened, false);
  });

  it("removes a temporary store when the build ends", () => {
    const folder = join(tmp.path, "temporary");
    const store = openStore(folder, "key", true);
    addRecord(store, "a.txt", "h1", "{}", entry("x"));
    closeStore(store, true);
    expect(existsSync(folder)).toBe(false);
  });
});
