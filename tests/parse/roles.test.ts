// Roles are roles: titles and noun phrases that describe a person, never adverbials,
// adjectives, clauses, ages or fragments of a split.
import { describe, expect, it } from "vitest";
import { parseSeed, textRules } from "../../src/parse/index.js";
import { cleanRole, roles } from "../../src/parse/roles.js";
import { seedFromBytes } from "../../src/read/seeds.js";
import { parseText } from "../helpers.js";

describe("a role", () => {
  it("is a title or a noun phrase that describes the person", () => {
    for (const role of ["Supreme Leader of Iran", "Fox News host", "Sanders's campaign manager", "Sen.", "retired neurosurgeon", "oncologist", "pollster", "managing editor", "Ranking Member", "King of Jordan", "44-year-old data scientist", "former secretary of state"]) {
      expect(cleanRole(role), role).toBe(role);
    }
  });

  it("is never an adverbial, an adjective, a clause, an age, kin alone or a lone modifier", () => {
    for (const role of ["during a town hall meeting in the capital", "in a statement released on Thursday", "when asked about the plan", "and", "warm-and-fuzzy", "brusque", "is held accountable", "would be appropriate", "58", "sister", "husband", "Former", "Rival", "speaking to voters", "delivering the speech", "himself up for reelection"]) {
      expect(cleanRole(role), role).toBeNull();
    }
  });

  it("names a person by its head noun when it has no capital, and is no description of a moment", () => {
    for (const role of ["chief of staff to the mayor", "talk show host", "senator from Vermont", "Trump ally", "harbour pilots", "family friend", "former tech executive"]) {
      expect(cleanRole(role), role).toBe(role);
    }
    for (const role of ["climate change", "dawn of the modern harbour movement", "clearly frustrated", "visibly moved"]) {
      expect(cleanRole(role), role).toBeNull();
    }
  });

  it("ends where a clause inside it begins, and is no paragraph", () => {
    expect(cleanRole("harbour master since the storm of 1998")).toBe("harbour master");
    expect(cleanRole("frontrunner after winning the primary")).toBe("frontrunner");
    expect(cleanRole("member of the board of the port of the city of the county of the north")).toBeNull();
  });

  it("loses the initials a split left before it, and is nothing when the split cut its end", () => {
    expect(cleanRole("S. President")).toBe("President");
    expect(cleanRole("N. Ambassador")).toBe("Ambassador");
    expect(cleanRole("Speaker of the")).toBeNull();
  });

  it("ends where a clause about the person begins", () => {
    expect(cleanRole("campaign manager whom the candidate fired last month")).toBe("campaign manager");
    expect(cleanRole("chief of staff to the mayor who left in May")).toBe("chief of staff to the mayor");
  });

  it("is cleaned on every quote and person of a record", () => {
    const text = [
      " date 2024-01-02 A story",
      'Anna Petrova, during a town hall meeting in the capital, said: "We will win this."',
      '"And so will we," Ivan Georgiev, warm-and-fuzzy, said.',
      '"We count the cars," Elena Marsh, the city\'s mayor, said.',
    ].join("\n");
    const uncleaned = parseSeed(seedFromBytes("a.txt", Buffer.from(text)), textRules.filter((rule) => rule !== roles));
    expect(uncleaned.quotes.map((q) => q.role)).toEqual(["during a town hall meeting in the capital", "warm-and-fuzzy", "city's mayor"]);
    const record = parseText(text);
    expect(record.quotes.map((q) => [q.speaker, q.role])).toEqual([["Anna Petrova", null], ["Ivan Georgiev", null], ["Elena Marsh", "city's mayor"]]);
    expect(record.people.map((p) => p.role)).toEqual(record.people.map((p) => (p.name === "Elena Marsh" ? "city's mayor" : null)));
  });
});
