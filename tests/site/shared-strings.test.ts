import { describe, expect, it } from "vitest";
import { articleEntry } from "../../src/archive/entry.js";
import { shareStrings, type SharedStrings } from "../../src/site/shared-strings.js";
import { parseText } from "../helpers.js";

describe("strings that entries share", () => {
  const seed = ' date 2024-03-05 Bridge to open\n"We will open the bridge in spring," Mayor Anna Petrova said, according to Reuters.\n"It costs less than planned," Petrova said.\nThe works in Sofia began in May.\n- » Ring road traffic doubles\n';

  it("leave each entry as it was, value for value", () => {
    const entry = articleEntry(parseText(seed, "a.txt"));
    const before = structuredClone(entry);
    shareStrings(entry, new Map());
    expect(entry).toEqual(before);
  });

  it("keep one copy of each name, role, cue, source, topic and related headline, however many entries repeat it", () => {
    const strings: SharedStrings = new Map();
    const a = articleEntry(parseText(seed, "a.txt"));
    shareStrings(a, strings);
    const kept = strings.size;
    shareStrings(structuredClone(articleEntry(parseText(seed, "b.txt"))), strings);
    expect(strings.size).toBe(kept);
    expect([...strings.keys()]).toEqual(expect.arrayContaining(["Anna Petrova", "Mayor", "said", "Reuters", "agency", "Ring road traffic doubles", "Sofia", "place"]));
  });
});
