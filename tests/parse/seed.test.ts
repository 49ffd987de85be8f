import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSeed, textRules } from "../../src/parse/index.js";
import { seedFromBytes } from "../../src/read/seeds.js";
import { hasShared, parseText, root, shared, sharedMissing } from "../helpers.js";

const seedFile = "000_fd44b74fcdb4dbec.txt";
const record = parseSeed(seedFromBytes(seedFile, readFileSync(join(root, "seeds", seedFile))));

describe("the original seed", () => {
  it("has its header, story, related headlines and publisher apart", () => {
    expect(record.date).toBe("2023-04-30");
    expect(record.headline).toBe("Message from Iran to Iraq: Even one American is too much for you");
    expect(record.url).toBe("/2023/04/30/message-from-iran-to-iraq/");
    expect(record.paragraphs).toHaveLength(7);
    expect(record.boilerplate).toHaveLength(4);
    expect(record.related).toHaveLength(6);
    expect(record.related.every((r) => !r.startsWith("-") && !r.startsWith("»"))).toBe(true);
    expect(record.publisher).toEqual({ name: "Novinite.com", email: "editors@novinite.com" });
    expect(record.messages).toEqual([]);
  });

  it("gives three quotes to Khamenei and one to Rashid, with roles, addressees and sources", () => {
    expect(record.quotes.map((q) => [q.speaker, q.cue, q.paragraph])).toEqual([
      ["Ayatollah Ali Khamenei", "said", 0],
      ["Ayatollah Ali Khamenei", "was quoted as saying", 2],
      ["Ayatollah Ali Khamenei", "told", 4],
      ["Latif Rashid", "said", 6],
    ]);
    expect(record.quotes[0]).toMatchObject({ role: "Supreme Leader of Iran", addressee: "Latif Rashid", via: "Reuters" });
    expect(record.quotes[1]).toMatchObject({ mention: "Khamenei", via: "state media" });
    expect(record.quotes[2]).toMatchObject({ mention: "Khamenei", addressee: "Latif Rashid" });
    expect(record.quotes[3]).toMatchObject({ mention: "Rashid", role: "President of Iraq" });
    expect(record.sources.map((s) => s.name)).toEqual(["Reuters", "state media"]);
    expect(record.people.map((p) => [p.name, p.role])).toEqual([
      ["Ayatollah Ali Khamenei", "Supreme Leader of Iran"],
      ["Latif Rashid", "President of Iraq"],
    ]);
  });

  it.skipIf(!hasShared)(`equals the expected record in every field it names (${sharedMissing})`, () => {
    const expected = JSON.parse(readFileSync(join(shared, "seeds/000_fd44b74fcdb4dbec.expected.json"), "utf8"));
    for (const [field, value] of Object.entries(expected)) {
      if (field === "quotes") {
        expect(record.quotes).toHaveLength((value as unknown[]).length);
        (value as Record<string, unknown>[]).forEach((q, i) => expect(record.quotes[i]).toMatchObject(q));
      } else if (field === "sources") {
        expect(record.sources).toHaveLength((value as string[]).length);
        (value as string[]).forEach((name, i) => expect(record.sources[i].name.endsWith(name)).toBe(true));
      } else if (field === "people") {
        expect(record.people).toHaveLength((value as unknown[]).length);
        (value as Record<string, unknown>[]).forEach((p, i) => expect(record.people[i]).toMatchObject(p));
      } else {
        expect((record as unknown as Record<string, unknown>)[field]).toEqual(value);
      }
    }
  });
});

describe("a rule that throws", () => {
  it("is that seed's error, naming the rule, and the rules after it still run", () => {
    const seed = seedFromBytes("broken.txt", Buffer.from(" date 2024-01-02 A headline\nA first paragraph.\nA second one.\n"));
    const brokenRule = (): void => {
      throw new RangeError("Maximum call stack size exceeded");
    };
    const r = parseSeed(seed, [...textRules.slice(0, 1), brokenRule, ...textRules.slice(1)]);
    expect(r.messages).toContainEqual(expect.objectContaining({ file: "broken.txt", severity: "error", rule: "brokenRule", message: expect.stringContaining("Maximum call stack size exceeded") }));
    expect(r.headline).toBe("A headline");
    expect(r.paragraphs).toEqual(["A first paragraph.", "A second one."]);
  });
});

describe("topics", () => {
  it("take no place from a person's name: the Chad of Chad Thomas, the Washington of Denzel Washington", () => {
    const r = parseText(' date 2024-01-02 A story\n"We will win," said Chad Thomas, a coach.\n"So will we," Denzel Washington said in Kenya.\n');
    expect(r.topics.map((t) => t.name)).toEqual(["Kenya"]);
    expect(parseText(" date 2024-01-02 A story\nTroops left Chad and Washington on Monday.\n").topics.map((t) => t.name)).toEqual(["Chad", "Washington"]);
  });
});
