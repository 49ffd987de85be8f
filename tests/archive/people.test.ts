// One person, one page: identity across the archive, on invented articles whose
// quotes are given as the parse stage leaves them.
import { describe, expect, it } from "vitest";
import { indexPeople } from "../../src/archive/people.js";
import { speakerOf } from "../../src/archive/speakers.js";
import type { ArticleEntry, EntryQuote, Topic } from "../../src/types.js";
import { parseText } from "../helpers.js";
import { articleEntry } from "../../src/archive/entry.js";

let n = 0;
/** An article of `date` whose quotes are by `speakers` (with a role after a colon), about `topics`. */
function article(date: string, speakers: string[], topics: string[] = [], headline = `Story ${n}`): ArticleEntry {
  const entry = articleEntry(parseText(` date ${date} ${headline}\nText.\n`, `s${n++}.txt`));
  const quotes: EntryQuote[] = speakers.map((s, i) => {
    const [speaker, role] = s.split(":");
    return { text: `words ${i}`, speaker, role: role ?? null, cue: "said", addressee: null, via: null, paragraph: 0 };
  });
  return { ...entry, quotes, topics: topics.map((name): Topic => ({ name, kind: "place" })) };
}

const pageOf = (people: ReturnType<typeof indexPeople>, quote: EntryQuote) => people.personOf.get(quote)?.slug ?? null;

describe("identity across the archive", () => {
  it("joins a surname alone to the one full name that ends with it, and lists the other names used", () => {
    const full = article("2024-03-01", ["Anna Petrova:Mayor", "Anna Petrova"]);
    const short = article("2024-03-02", ["Petrova", "Ms. Petrova"]);
    const people = indexPeople([short, full]);
    expect(people.people.map((p) => [p.name, p.quotes.length])).toEqual([["Anna Petrova", 4]]);
    expect(people.people[0].aliases).toEqual(["Ms. Petrova", "Petrova"]);
    expect(new Set([...full.quotes, ...short.quotes].map((q) => pageOf(people, q)))).toEqual(new Set(["anna-petrova"]));
  });

  it("gives a surname to the namesake far more quoted, and leaves it apart when two are alike", () => {
    const often = Array.from({ length: 8 }, (_, i) => article(`2024-0${1 + (i % 5)}-10`, ["Rosa Marin"]));
    const rarely = article("2024-02-11", ["Luis Marin"]);
    const short = article("2024-06-01", ["Marin"]);
    expect(pageOf(indexPeople([...often, rarely, short]), short.quotes[0])).toBe("rosa-marin");
    const alike = [article("2024-01-01", ["Rosa Marin"]), article("2024-01-02", ["Luis Marin"])];
    const apart = indexPeople([...alike, short]);
    expect(pageOf(apart, short.quotes[0])).toBe("marin");
    expect(apart.people.map((p) => p.name).sort()).toEqual(["Luis Marin", "Marin", "Rosa Marin"]);
    expect(apart.people.find((p) => p.name === "Marin")!.namesakes).toEqual([{ name: "Luis Marin", slug: "luis-marin", url: "/people/luis-marin/" }, { name: "Rosa Marin", slug: "rosa-marin", url: "/people/rosa-marin/" }]);
  });

  it("gives a surname to the namesake its own article names in full, in the headline or the story", () => {
    const alike = [article("2024-01-01", ["Rosa Marin"]), article("2024-01-02", ["Luis Marin"])];
    const headlined = article("2024-06-01", ["Marin"], [], "Rosa Marin opens the new library");
    const named = { ...article("2024-06-02", ["Marin"]), named: ["Luis Marin", "Marin"] };
    const people = indexPeople([...alike, headlined, named]);
    expect([pageOf(people, headlined.quotes[0]), pageOf(people, named.quotes[0])]).toEqual(["rosa-marin", "luis-marin"]);
  });

  it("gives a surname to the full name its article gives before the one namesake the archive quotes", () => {
    const elsewhere = article("2024-01-01", ["Luis Marin"]);
    const short = { ...article("2024-06-02", ["Marin"]), named: ["Rosa Marin", "Marin"] };
    expect(pageOf(indexPeople([elsewhere, short]), short.quotes[0])).toBe("rosa-marin");
  });

  it("gives a surname to the full name its article gives, though nobody is quoted under that name", () => {
    const short = { ...article("2024-06-02", ["Vance", "Vance"]), named: ["Ilse Vance", "Vance"] };
    const people = indexPeople([short]);
    expect(people.people.map((p) => [p.name, p.slug, p.quotes.length])).toEqual([["Ilse Vance", "ilse-vance", 2]]);
  });

  it("gives a surname to the namesake quoted close in time and topic, though the other is quoted more", () => {
    const elsewhere = Array.from({ length: 6 }, (_, i) => article(`2023-0${1 + i}-10`, ["Rosa Marin"], ["Valencia"]));
    const nearby = [article("2024-05-02", ["Luis Marin"], ["Sevilla"]), article("2024-05-20", ["Luis Marin"], ["Sevilla"])];
    const short = article("2024-05-10", ["Marin"], ["Sevilla"]);
    expect(pageOf(indexPeople([...elsewhere, ...nearby, short]), short.quotes[0])).toBe("luis-marin");
  });

  it("gives a name without its middle name to the one name that has it", () => {
    const people = indexPeople([article("2024-01-05", ["Owen John Dempsey"]), article("2024-01-06", ["Owen Dempsey", "Dempsey"])]);
    expect(people.people.map((p) => [p.name, p.quotes.length, p.aliases])).toEqual([["Owen John Dempsey", 3, ["Dempsey", "Owen Dempsey"]]]);
  });

  it("gives a surname the page of the middle-named person when its article names them without the middle name", () => {
    const full = article("2024-01-05", ["Owen John Dempsey"]);
    const short = { ...article("2024-01-06", ["Dempsey"]), named: ["Owen Dempsey", "Dempsey"] };
    const people = indexPeople([full, short]);
    expect(people.people.map((p) => [p.slug, p.quotes.length])).toEqual([["owen-john-dempsey", 2]]);
  });

  it("gives a first name's short form, a generation and a name garbled by a wrong encoding the page of the full name", () => {
    const people = indexPeople([
      article("2024-01-05", ["Benjamin L. Petrov", "Brent Vance III", "François Ortiz"]),
      article("2024-01-06", ["Ben Petrov", "Brent Vance", "FranÃ§ois Ortiz", "FranÃÂ§ois Ortiz".normalize("NFD")]),
    ]);
    expect(people.people.map((p) => [p.name, p.quotes.length]).sort()).toEqual([["Benjamin L. Petrov", 2], ["Brent Vance III", 2], ["François Ortiz", 3]]);
    expect(people.people.find((p) => p.name === "François Ortiz")!.aliases).toEqual([]);
    expect(people.people.find((p) => p.name === "Benjamin L. Petrov")!.aliases).toEqual(["Ben Petrov"]);
  });

  it("gives a name written without its letters outside ASCII, or in Cyrillic, the page of the name as most articles write it", () => {
    const people = indexPeople([
      article("2024-01-07", ["Łukasz Nowak", "Søren Møller", "Rumen Radev"]),
      article("2024-01-08", ["Łukasz Nowak", "Lukasz Nowak", "Soren Moller", "Søren Møller", "Румен Радев", "Rumen Radev"]),
    ]);
    expect(people.people.map((p) => [p.name, p.quotes.length]).sort()).toEqual([["Rumen Radev", 3], ["Søren Møller", 3], ["Łukasz Nowak", 3]]);
    expect(people.people.find((p) => p.name === "Łukasz Nowak")!.aliases).toEqual(["Lukasz Nowak"]);
    expect(people.people.find((p) => p.name === "Rumen Radev")!.aliases).toEqual(["Румен Радев"]);
    expect(people.people.map((p) => p.slug).sort()).toEqual(["lukasz-nowak", "rumen-radev", "soren-moller"]);
  });

  it("gives a surname of two words the page of the one full name that ends with them", () => {
    const people = indexPeople([article("2024-01-05", ["Lily Eskelsen Vance"]), article("2024-01-06", ["Eskelsen Vance", "John Vance"])]);
    expect(people.people.map((p) => [p.name, p.quotes.length]).sort()).toEqual([["John Vance", 1], ["Lily Eskelsen Vance", 2]]);
  });

  it("keeps a short form apart when two full names could be it, or the list gives it no one long form", () => {
    const people = indexPeople([article("2024-01-05", ["Bill Vance", "William Henry Vance", "William Ross Vance"]), article("2024-01-06", ["Ted Ortiz", "Edward Ortiz"])]);
    expect(people.people.map((p) => p.name).sort()).toEqual(["Bill Vance", "Edward Ortiz", "Ted Ortiz", "William Henry Vance", "William Ross Vance"]);
  });

  it("makes a one-word place nobody, unless the archive has someone of that surname", () => {
    const place = article("2024-01-05", ["Washington", "Florida"]);
    expect(indexPeople([place]).people).toEqual([]);
    const person = article("2024-01-06", ["Denzel Washington"]);
    expect(pageOf(indexPeople([place, person]), place.quotes[0])).toBe("denzel-washington");
  });

  it("keeps the roles with the dates they were given", () => {
    const people = indexPeople([article("2024-01-05", ["Anna Petrova:Deputy Mayor"]), article("2024-06-01", ["Anna Petrova:Mayor"]), article("2024-09-01", ["Anna Petrova:Mayor"])]);
    expect(people.people[0].roles).toEqual([
      { role: "Mayor", first: "2024-06-01", last: "2024-09-01" },
      { role: "Deputy Mayor", first: "2024-01-05", last: "2024-01-05" },
    ]);
  });

  it("lists organisations that speak after people, each of its own kind", () => {
    const people = indexPeople([article("2024-01-05", ["the White House", "the ministry", "Anna Petrova", "FBI", "Justice Department", "Arab League"])]);
    expect(people.people.map((p) => [p.name, p.kind])).toEqual([
      ["Anna Petrova", "person"],
      ["Arab League", "organisation"],
      ["FBI", "organisation"],
      ["Justice Department", "organisation"],
      ["the White House", "organisation"],
      ["the ministry", "organisation"],
    ]);
  });

  it("takes an agency or outlet for an organisation, of one word or more", () => {
    const people = indexPeople([article("2024-01-05", ["Politico", "Reuters", "the Washington Post", "Anna Petrova"])]);
    expect(people.people.map((p) => [p.name, p.kind])).toEqual([
      ["Anna Petrova", "person"],
      ["Politico", "organisation"],
      ["Reuters", "organisation"],
      ["the Washington Post", "organisation"],
    ]);
  });
});

describe("who is a speaker", () => {
  it("is nobody for a place, a party's people, a people, a group, a job title or a phrase", () => {
    for (const speaker of ["New Hampshire", "Republicans", "Republican", "CEO", "The Statement", "the statement", "officials", "a spokesman", "New Hampshire Republican", "Demonstrators", "Saudis", "Texan", "Lebanese", "Americans", "Chinese", "Dutch", "Afro-Colombian", "Mexican-Americans"]) {
      expect(speakerOf(speaker), speaker).toBeNull();
    }
  });

  it("is nobody for words that end in a group or a people as many, whatever opens them, and a person whose surname is a group noun in the singular", () => {
    for (const speaker of ["Mainstream Republicans", "Neither Republicans", "Harbour Officials", "Exchange Students"]) expect(speakerOf(speaker), speaker).toBeNull();
    expect(speakerOf("Anna Post")).toEqual({ kind: "person", name: "Anna Post" });
  });

  it("is an organisation for a name that ends in USA", () => {
    expect(speakerOf("Northshire USA")).toEqual({ kind: "organisation", name: "Northshire USA" });
  });

  it("drops the words a sentence put before a name", () => {
    expect(speakerOf("Florida Trump")).toEqual({ kind: "person", name: "Trump" });
    expect(speakerOf("Tuesday Anna Petrova")).toEqual({ kind: "person", name: "Anna Petrova" });
    expect(speakerOf("New Hampshire Anna Petrova")).toEqual({ kind: "person", name: "Anna Petrova" });
    expect(speakerOf("Vice President Anna Petrova")).toEqual({ kind: "person", name: "Anna Petrova" });
    expect(speakerOf("Sen. Petrova")).toEqual({ kind: "person", name: "Petrova" });
    expect(speakerOf("Ohio Democrat")).toBeNull();
  });

  it("takes a company named by one word for an organisation", () => {
    for (const company of ["Google", "Verizon"]) expect(speakerOf(company)).toEqual({ kind: "organisation", name: company });
  });

  it("keeps a person whose surname is also an organisation's word, when the first name is a given name", () => {
    expect(speakerOf("Margaret Court")).toEqual({ kind: "person", name: "Margaret Court" });
    expect(speakerOf("Ludwig van Beethoven")).toEqual({ kind: "person", name: "Ludwig van Beethoven" });
  });
});
