import { describe, expect, it } from "vitest";
import { articleEntry } from "../../src/archive/entry.js";
import { shareRepeated } from "../../src/site/share-repeated.js";
import { parseText } from "../helpers.js";

const seed = ' date 2024-03-05 Bridge to open\n"We will open the bridge in spring," Mayor Anna Petrova said, according to Reuters.\n"It costs less than planned," Petrova said.\nThe works in Sofia began in May.\n- » Ring road traffic doubles\n';

describe("what entries repeat", () => {
  it("leaves each entry as it was, value for value", () => {
    const entries = [articleEntry(parseText(seed, "a.txt")), structuredClone(articleEntry(parseText(seed, "b.txt")))];
    const before = structuredClone(entries);
    entries.forEach(shareRepeated());
    expect(entries).toEqual(before);
  });

  it("is one object for each topic, source and publisher, however many entries name it, as they come", () => {
    const [a, b] = [articleEntry(parseText(seed, "a.txt")), structuredClone(articleEntry(parseText(seed, "b.txt")))];
    expect(b.topics[0]).not.toBe(a.topics[0]);
    const share = shareRepeated();
    share(a);
    share(b);
    expect(b.topics[0]).toBe(a.topics[0]);
    expect(b.sources[0]).toBe(a.sources[0]);
  });
});
