// Quote finding, speaker attribution, sources and people, each on small invented stories.
import { describe, expect, it } from "vitest";
import { findQuoteSpans, paragraphSpans } from "../../src/parse/quote-spans.js";
import { splitNamedPhrase } from "../../src/parse/names.js";
import { isTitle } from "../../src/parse/quotes.js";
import { parseText } from "../helpers.js";

const story = (...paragraphs: string[]) => parseText([" date 2024-03-01 Harbour talks in Northshire", ...paragraphs].join("\n"));
const said = (...paragraphs: string[]) => story(...paragraphs).quotes.map((q) => [q.text, q.speaker]);

describe("finding quotes", () => {
  it("reads straight, curly, guillemet and low-high marks", () => {
    for (const [open, close] of [['"', '"'], ["“", "”"], ["«", "»"], ["„", "“"], ["“", '"'], ['"', "”"]]) {
      const spans = paragraphSpans(`${open}The boats stay in port until Friday${close}, Vance said.`, 0);
      expect(spans.map((s) => s.text)).toEqual(["The boats stay in port until Friday"]);
    }
  });

  it("keeps single quotes and nested double quotes inside the quotation", () => {
    const [span] = paragraphSpans(`"They told us 'wait for spring' and then said "not this year" again," Vance said.`, 0);
    expect(span.text).toBe(`They told us 'wait for spring' and then said "not this year" again,`);
  });

  it("closes a quotation at a mark glued to the next word after a comma or a stop, and still opens one glued after a comma", () => {
    expect(said('"This is the end of the ferry,"said Vance.')).toEqual([["This is the end of the ferry", "Vance"]]);
    expect(said("“We have waited all winter for it.”Ortiz left the quay.").map(([text]) => text)).toEqual(["We have waited all winter for it."]);
    expect(said('Vance said,"We will run again in May."').map(([text]) => text)).toEqual(["We will run again in May."]);
  });

  it("finds partial quotes inside a sentence", () => {
    expect(said('Vance said the plan was "a fair deal for the fishermen" and would pass.')).toEqual([["a fair deal for the fishermen", "Vance"]]);
  });

  it("reads a quotation over several paragraphs (an opening mark at each, the closing mark only in the last) as one quote a paragraph, one speaker", () => {
    const spans = findQuoteSpans(['"The nets are old.', '"The boats are older still.', '"And nobody pays for new ones," Vance said.']);
    expect(spans).toHaveLength(1);
    expect(spans[0].map((p) => p.paragraph)).toEqual([0, 1, 2]);
    expect(said('"The nets are old and torn.', '"The boats are older still.', '"And nobody pays for new ones," Vance said.')).toEqual([
      ["The nets are old and torn.", "Vance"],
      ["The boats are older still.", "Vance"],
      ["And nobody pays for new ones", "Vance"],
    ]);
  });

  it("does not take titles and scare quotes of one or two words, nor Title Case show names, for a person's quote", () => {
    expect(said('The mayor called the plan "reckless" and a "total failure" on "Morning Harbour Live".')).toEqual([]);
    expect(isTitle("Morning Harbour Live")).toBe(true);
    expect(isTitle("We will not leave")).toBe(false);
  });

  it("does not take the name of a show after on or a possessive for a quote, even with the full stop inside the marks", () => {
    expect(said(
      'Tomas Ortiz spoke on Channel Four\'s "Harbour Watch Tonight." He said the port "will open in the spring, whatever the ministry says."',
      'Vance promised a season of "Fish For Every Family."',
    )).toEqual([
      ["will open in the spring, whatever the ministry says.", "Tomas Ortiz"],
      ["Fish For Every Family.", "Vance"],
    ]);
  });

  it("does not take a Title Case name after a possessive determiner, with or without a year, for a quote", () => {
    expect(said('Ortiz named the quay in his 2019 "Plan For The Whole Harbour." Vance defended their "Boats Before Banks" pledge.')).toEqual([]);
  });

  it("never lets an unbalanced mark swallow the rest of the article", () => {
    const quotes = said('A stray "mark opens here and never closes in this paragraph.', "The council met on Tuesday.", '"The harbour stays open," Vance said.');
    expect(quotes).toEqual([["The harbour stays open", "Vance"]]);
  });
});

describe("speakers", () => {
  it("gives a website, readout or paper that speaks the organisation behind it", () => {
    expect(said(
      '"The harbour fees are the highest on the coast," the Northshire Harbour Board website notes.',
      'The talks will go on, according to a Harbour Office readout, "to discuss the winter timetable for the ferries."',
      '"The mayor has earned himself a second term," the local Northshire Gazette tabloid noted.',
    )).toEqual([
      ["The harbour fees are the highest on the coast", "Northshire Harbour Board"],
      ["to discuss the winter timetable for the ferries.", "Harbour Office"],
      ["The mayor has earned himself a second term", "Northshire Gazette"],
    ]);
  });

  it('reads "...," X said and X said: "..."', () => {
    expect(said('"The dredging starts in May," Ilse Vance said.', 'Tomas Ortiz said: "We will pay half of it."')).toEqual([
      ["The dredging starts in May", "Ilse Vance"],
      ["We will pay half of it.", "Tomas Ortiz"],
    ]);
  });

  it('reads "..." - said X, with the role kept apart from the name', () => {
    const [q] = story('"The port is our future" - said the Mayor of Northshire Tomas Ortiz to the press.').quotes;
    expect(q).toMatchObject({ speaker: "Tomas Ortiz", role: "Mayor of Northshire", cue: "said" });
  });

  it("keeps a sentence-opening role noun and a possessive owner apart from the name", () => {
    const record = story(
      'Rival Ilse Vance said the plan was "a gift to the big trawlers."',
      'Harbour News’ Tomas Ortiz wrote that the quay "will never pay for itself."',
    );
    expect(record.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["a gift to the big trawlers.", "Ilse Vance"],
      ["will never pay for itself.", "Tomas Ortiz"],
    ]);
    // "Rival" alone describes no one: it is no role
    expect(record.quotes[0].role).toBeNull();
    expect(record.quotes[1].role).toBe("Harbour News’");
    expect(splitNamedPhrase("Mira Holmes’")).toMatchObject({ name: "Mira Holmes" });
  });

  it("finds the name after a title of the form <title> of the <organisation>, and a surname alone before of the <organisation>", () => {
    expect(splitNamedPhrase("Secretary of the Harbour Board Ilse Vance")).toMatchObject({ name: "Ilse Vance", role: "Secretary of the Harbour Board" });
    expect(splitNamedPhrase("Director of the Port Authority Tomas J. Ortiz")).toMatchObject({ name: "Tomas J. Ortiz", role: "Director of the Port Authority" });
    expect(said("Ana Ruiz leads the ferry workers.", '"We were told nothing at all about it," said Ruiz of the Ferry Workers Union.')).toEqual([["We were told nothing at all about it", "Ana Ruiz"]]);
  });

  it("keeps a middle initial in the name after a title of the form <title> of <place>", () => {
    expect(splitNamedPhrase("Secretary of Harbours Tomas J. Ortiz")).toMatchObject({ name: "Tomas J. Ortiz", role: "Secretary of Harbours" });
    expect(splitNamedPhrase("Secretary of Harbours Tomas Ortiz")).toMatchObject({ name: "Tomas Ortiz", role: "Secretary of Harbours" });
  });

  it("takes local offices and an editor's title for the role, not the name", () => {
    expect(splitNamedPhrase("Maricopa County Recorder Helen Purcell")).toMatchObject({ name: "Helen Purcell" });
    expect(splitNamedPhrase("Chicago Alderman Tomas Ortiz")).toMatchObject({ name: "Tomas Ortiz" });
    expect(splitNamedPhrase("Northshire Post Editor-in-Chief Ilse Vance")).toMatchObject({ name: "Ilse Vance" });
    expect(splitNamedPhrase("NASA Administrator Ilse Vance")).toMatchObject({ name: "Ilse Vance" });
  });

  it("reads 'Enter' before a name as the stage's word, not the name's", () => {
    const record = story("Enter Tomas R. Ortiz, a graduate of the harbour school.", '"The boats stay in port," Ortiz said.');
    expect(record.quotes.map((q) => q.speaker)).toEqual(["Tomas R. Ortiz"]);
    expect(record.people.map((p) => p.name)).toEqual(["Tomas R. Ortiz"]);
  });

  it("gives a surname alone the one full name the story writes in running text", () => {
    expect(said("Just ask the former harbour pilot Ilse Vance.", '"The boats stay in port," Vance said.')).toEqual([["The boats stay in port", "Ilse Vance"]]);
    expect(said("Democrat Ilse Vance met the pilots.", '"The boats stay in port," Vance said.')).toEqual([["The boats stay in port", "Ilse Vance"]]);
    expect(said("Team Vance met the pilots.", '"The boats stay in port," Vance said.')).toEqual([["The boats stay in port", "Vance"]]);
  });

  it("knows a candidate or nominee named with the race, so that a surname and she are not given to her husband", () => {
    const quotes = said("Republican presidential candidate Ilse Vance spoke at the quay, with her husband, Tomas Vance.", '"The boats stay in port," Vance said.', '"We will not move," she said.');
    expect(quotes).toEqual([["The boats stay in port", "Ilse Vance"], ["We will not move", "Ilse Vance"]]);
    expect(story("Democratic nominee Ilse Vance spoke at the quay.").people).toEqual([{ name: "Ilse Vance", role: "Democratic nominee", mentions: ["Ilse Vance"] }]);
  });

  it("gives a description the one person its title names, written short before the name or with a place", () => {
    expect(said("Sen. Ilse Vance spoke about the harbour.", '"We will go on with the plan," the senator said.')).toEqual([["We will go on with the plan", "Ilse Vance"]]);
    const two = said("Gov. Tomas Ortiz of Texas and Gov. Ana Ruiz of Ohio met at the harbour.", '"We will build the new harbour together," the Texas governor said.');
    expect(two).toEqual([["We will build the new harbour together", "Tomas Ortiz"]]);
    expect(said("Gov. Tomas Ortiz of Texas and Gov. Ana Ruiz of Ohio met at the harbour.", '"We will build the new harbour together," the governor said.')).toEqual([["We will build the new harbour together", null]]);
  });

  it("gives no one a description that leaves its holder unnamed, though a named person has the role", () => {
    const pilot = "Ilse Vance, a harbour pilot, met the others at the quay.";
    expect(said(pilot, '"The boats stay in port," the pilot said.')).toEqual([["The boats stay in port", "Ilse Vance"]]);
    for (const description of ["one pilot", "a pilot", "another pilot"]) expect(said(pilot, `"The boats stay in port," ${description} said.`)).toEqual([["The boats stay in port", null]]);
  });

  it("gives no one the words of someone described by whose they are, and an organisation its spokesman's", () => {
    const pilot = "Ilse Vance, a harbour pilot, met the others at the quay.";
    for (const description of ["a spokesman for Ilse Vance", "the mother of Ilse Vance", "a friend of Vance"]) expect(said(pilot, `"The boats stay in port," said ${description}.`)).toEqual([["The boats stay in port", null]]);
    expect(said(pilot, '"The boats stay in port," a spokesman for Harbour Watch said.')).toEqual([["The boats stay in port", "Harbour Watch"]]);
  });

  it("takes no \"I\" written short with its verb for a name", () => {
    for (const i of ["I’d", "I'm"]) expect(said(`And ${i} need to “put myself out there on the quay” all winter.`)).toEqual([["put myself out there on the quay", null]]);
  });

  it("places a senator by the state written short beside the name, as AP style writes it", () => {
    const senators = "Sen. Tomas Ortiz, R-Fla., and Sen. Ana Ruiz, D-N.J., met at the harbour.";
    expect(said(senators, '"We will build the new harbour together," the Florida senator said.')).toEqual([["We will build the new harbour together", "Tomas Ortiz"]]);
    expect(said(senators, '"We will build the new harbour together," the New Jersey senator said.')).toEqual([["We will build the new harbour together", "Ana Ruiz"]]);
    expect(said(senators, '"We will build the new harbour together," the Ohio senator said.')).toEqual([["We will build the new harbour together", null]]);
  });

  it("reads a given name's short form, and a place's name between two given names, as parts of a full name", () => {
    expect(said("Everyone at the quay knows Patti Vance.", '"The boats stay in port," Vance said.')).toEqual([["The boats stay in port", "Patti Vance"]]);
    expect(said("At the quay, Ilse Jordan Vance met the pilots.", '"The boats stay in port," Vance said.')).toEqual([["The boats stay in port", "Ilse Jordan Vance"]]);
  });

  it("gives a surname alone the longer of two spellings of one name the story writes", () => {
    expect(said("Sandra Vance met the pilots. Everyone knows Sandy Vance at the quay.", '"The boats stay in port," Vance said.')).toEqual([["The boats stay in port", "Sandra Vance"]]);
    expect(said("Mary Jane Vance met the pilots. Everyone knows Jane Vance at the quay.", '"The boats stay in port," Vance said.')).toEqual([["The boats stay in port", "Mary Jane Vance"]]);
  });

  it("gives a surname alone the person the story names first in running text, not a relative whose title names them later", () => {
    const record = story("NORTHSHIRE — Ilse Vance doesn’t recognize the harbour.", "Vance and her husband, former Mayor Tomas Vance, visited the quay.", "“I did know him,” Vance said.", "“We will not move,” she said.");
    expect(record.people.map((p) => p.name)).toEqual(["Ilse Vance", "Tomas Vance"]);
    expect(record.quotes.map((q) => q.speaker)).toEqual(["Ilse Vance", "Ilse Vance"]);
    expect(said("Ilse Vance doesn’t recognize the harbour.", "Her husband, Tomas Vance, visited the quay.", "“I did know him,” Vance said.")).toEqual([["I did know him", "Ilse Vance"]]);
  });

  it("reads the gender of a name that women and men both have from what the story says of them", () => {
    expect(said("Jan Vance said her boats stay in port.", '"We will not move," she said.')).toEqual([["We will not move", "Jan Vance"]]);
    expect(said("Lindsey Ortiz said his boats stay in port.", '"We will not move," he said.')).toEqual([["We will not move", "Lindsey Ortiz"]]);
  });

  it("does not take what the story says of a surname for another of the surname", () => {
    const quotes = said("Tomas Ortiz, a harbour pilot, was hurt at the quay on Tuesday. Mr. Ortiz is 43.", "Maria Ortiz filmed the quay from a window.", '"Leave him alone," she said.');
    expect(quotes).toEqual([["Leave him alone", "Maria Ortiz"]]);
  });

  it("takes a spokesman for a man or a woman", () => {
    expect(said("Maria Ortiz, a spokesman for the port, met the pilots.", '"We will not move," she said.')).toEqual([["We will not move", "Maria Ortiz"]]);
  });

  it("gives a surname alone that two people have the one the headline names in full", () => {
    const body = ["On the trail for his wife Ilse Vance, former mayor Tomas Vance spoke at the quay.", "“She knows the harbour better than I did,” Vance said."];
    const speakers = (headline: string) => parseText([` date 2024-03-01 ${headline}`, ...body].join("\n")).quotes.map((q) => q.speaker);
    expect(speakers("Tomas Vance: the harbour needs her")).toEqual(["Tomas Vance"]);
    expect(speakers("Harbour talks in Northshire")).toEqual(["Ilse Vance"]);
  });

  it("reads a particle capitalised as a sentence opens as the particle of the full name", () => {
    const record = story("Mayor Ilse de Vries met the pilots.", '"The boats stay in port," De Vries said.');
    expect(record.quotes.map((q) => q.speaker)).toEqual(["Ilse de Vries"]);
    expect(record.people.map((p) => p.name)).toEqual(["Ilse de Vries"]);
  });

  it("gives a given name alone the full name the story wrote before with it, and not one it writes only after or two", () => {
    const record = story("Ilse Vance met the pilots at the quay.", '"The boats stay in port," Ilse said.');
    expect(record.quotes.map((q) => q.speaker)).toEqual(["Ilse Vance"]);
    expect(record.people.map((p) => p.name)).toEqual(["Ilse Vance"]);
    expect(said('"The boats stay in port," Ilse said.', "Ilse Vance met the pilots at the quay.")).toEqual([["The boats stay in port", "Ilse"]]);
    expect(said("Ilse Vance met Ilse Ortiz at the quay.", '"The boats stay in port," Ilse said.')).toEqual([["The boats stay in port", "Ilse"]]);
  });

  it("gives a pronoun the full name the story writes for the surname it stands for, where no quote named them", () => {
    const surname = "Because of the new boats, Ortiz says, the quay matters less. “It is one piece of the harbour,” she says.";
    expect(said("Ilse Ortiz runs the harbour lab.", surname)).toEqual([["It is one piece of the harbour", "Ilse Ortiz"]]);
    expect(said("Ilse Ortiz and Ana Ortiz run the harbour lab.", surname)).toEqual([["It is one piece of the harbour", "Ortiz"]]);
    // a party's word is no surname, though a run of capitals ends with it
    expect(said("Kent County Republican leaders met at the quay.", "The Republican is also telling his supporters to ask why. He says: “I wonder why it was bad at the quay.”")).toEqual([["I wonder why it was bad at the quay.", null]]);
  });

  it("gives a surname alone the full name only the headline writes, but not a question's verb before it", () => {
    const speakers = (headline: string) => parseText([` date 2024-03-01 ${headline}`, '"The boats stay in port," Ortiz said.'].join("\n")).quotes.map((q) => q.speaker);
    expect(speakers("Harbour Master Ana Ortiz: the boats stay")).toEqual(["Ana Ortiz"]);
    expect(speakers("Will Ortiz keep the boats in port?")).toEqual(["Ortiz"]);
  });

  it("gives a surname alone that two full names in running text share the one the headline names, and else leaves it alone", () => {
    const body = ["Tomas Ortiz met Ana Ortiz at the quay.", '"The boats stay in port," Ortiz said.'];
    const speakers = (headline: string) => parseText([` date 2024-03-01 ${headline}`, ...body].join("\n")).quotes.map((q) => q.speaker);
    expect(speakers("Ana Ortiz keeps the boats in port")).toEqual(["Ana Ortiz"]);
    expect(speakers("Harbour talks in Northshire")).toEqual(["Ortiz"]);
  });

  it("gives a name alone that no full name ends with the one name of two words it opens, a family name written first", () => {
    const record = story("Kim Soo-jin, the harbour master, met the pilots.", '"The boats stay in port," Kim said.');
    expect(record.quotes.map((q) => q.speaker)).toEqual(["Kim Soo-jin"]);
    expect(record.people.map((p) => p.name)).toEqual(["Kim Soo-jin"]);
    expect(said("Kim Soo-jin, the harbour master, met Kim Dae-ho, the pilot, at the quay.", '"The boats stay in port," Kim said.')).toEqual([["The boats stay in port", "Kim"]]);
    expect(said("Vance Tower Northshire, the harbour's hotel, opened at the quay.", '"The boats stay in port," Vance said.')).toEqual([["The boats stay in port", "Vance"]]);
  });

  it("gives an outlet's one word the full name the story writes with it, and leaves it an outlet without one", () => {
    const record = story("It was three years ago that Ilse Breitbart, who is thinking about running for mayor, first came to the quay.", '"The boats stay in port," Breitbart said.');
    expect(record.quotes.map((q) => q.speaker)).toEqual(["Ilse Breitbart"]);
    expect(record.people.map((p) => p.name)).toEqual(["Ilse Breitbart"]);
    expect(story('"The boats stay in port," Breitbart said.').people).toEqual([]);
  });

  it("gives 'it' to no person: a memo or a committee speaks so", () => {
    const quotes = said('"The boats stay in port," Ilse Vance said.', "The harbour board sent a memo on Friday.", '"All ferries are suspended until spring," it stated.');
    expect(quotes).toEqual([["The boats stay in port", "Ilse Vance"], ["All ferries are suspended until spring", null]]);
    expect(said("The Northshire Ferry Company answered on Friday.", '"All ferries are suspended until spring," it said.')).toEqual([["All ferries are suspended until spring", "Northshire Ferry Company"]]);
  });

  it("takes no month for a person, in its possessive either", () => {
    const quotes = said('"The boats stay in port," Vance said.', "The pilots met in December in Northshire.", "December's harbour agreement was a triumph for Vance.", '"We will not move," he said.');
    expect(quotes).toEqual([["The boats stay in port", "Vance"], ["We will not move", "Vance"]]);
  });

  it("ends an organisation of the form <office> of <name> at its last word, the name after it", () => {
    expect(splitNamedPhrase("Office of Harbour Affairs Vance")).toMatchObject({ name: "Vance" });
    expect(splitNamedPhrase("Office of Harbour Affairs")).toMatchObject({ name: null });
  });

  it("names an organisation of the form <organisation word> of <name> whole", () => {
    expect(splitNamedPhrase("Northshire Federation of Dockers")).toMatchObject({ name: "Northshire Federation of Dockers", role: null });
    expect(splitNamedPhrase("the Northshire Board of Elections")).toMatchObject({ name: "Northshire Board of Elections" });
    const record = story('"The count is final," the Northshire Board of Elections said.');
    expect(record.quotes.map((q) => q.speaker)).toEqual(["Northshire Board of Elections"]);
    expect(record.people).toEqual([]);
  });

  it("reads a name's campaign or team as the organisation speaking, as the <name> campaign is", () => {
    expect(said('"We are ready for the vote," Vance’s campaign said.', 'Ortiz\'s team said the plan was "a gift to the trawlers."')).toEqual([
      ["We are ready for the vote", "the Vance campaign"],
      ["a gift to the trawlers.", "the Ortiz team"],
    ]);
  });

  it("reads each campaign of a paragraph that names several as the organisation speaking, the quotations between them too", () => {
    const paragraph = 'Vance’s campaign said the plan was "a gift to the trawlers." "We are ready for the vote," Ortiz’s team said, and Ruiz’s campaign said "nobody asked the fishermen." "It will pass," Ilse Vance said.';
    expect(said(paragraph)).toEqual([
      ["a gift to the trawlers.", "the Vance campaign"],
      ["We are ready for the vote", "the Ortiz team"],
      ["nobody asked the fishermen.", "the Ruiz campaign"],
      ["It will pass", "Ilse Vance"],
    ]);
  });

  it('reads "...," said X, the <role> of <place>', () => {
    const record = story('"Nobody asked the fishermen," said Ilse Vance, the harbour master of Northshire.');
    expect(record.quotes[0]).toMatchObject({ speaker: "Ilse Vance", role: "harbour master of Northshire" });
    expect(record.people).toEqual([{ name: "Ilse Vance", role: "harbour master of Northshire", mentions: ["Ilse Vance"] }]);
  });

  it("finds the subject past adverbs and times before its verb, for a participle cue", () => {
    expect(said(
      'Harbour master Ilse Vance on Monday criticized the plan, saying it goes "nowhere near far enough for us."',
      'Ortiz then appears in a clip from the harbour, saying, "We will open the quay in May."',
      'Brandt didn’t seem impressed with the offer, telling reporters, "Nobody asked the fishermen at all."',
    )).toEqual([
      ["nowhere near far enough for us.", "Ilse Vance"],
      ["We will open the quay in May.", "Ortiz"],
      ["Nobody asked the fishermen at all.", "Brandt"],
    ]);
  });

  it("takes no subject that opens with a preposition: the speaker is the one before the quote", () => {
    expect(said(
      'Vance says she is "almost tied for first place" with Harbour Master Tomas Ortiz, in a vote that she said surprised her.',
      'Brandt said he was "sitting on the fence" until Ortiz said he would back the plan.',
    )).toEqual([
      ["almost tied for first place", "Vance"],
      ["sitting on the fence", "Brandt"],
    ]);
  });

  it("reads a town and its state, and an affiliation of the organisation, as part of the subject", () => {
    expect(said(
      'Mira Holt, a 40-year-old welder from Dover, North Haven, says the port will "bring the jobs back soon."',
      'Anton Lisk of Bayside, North Haven says he thinks the port is "the best idea in years."',
      'As Bishop Piet Vos of the Harbour Church of Northshire told the press, "We have waited long enough for this."',
    )).toEqual([
      ["bring the jobs back soon.", "Mira Holt"],
      ["the best idea in years.", "Anton Lisk"],
      ["We have waited long enough for this.", "Bishop Piet Vos"],
    ]);
  });

  it("reads the subject of a sentence past a dateline, a lead-in with a colon, an opening word and a long appositive", () => {
    expect(said(
      'NORTHSHIRE — Mayor Ilse Vance on Monday praised the dredging and said it was "the best money the town has spent."',
      'Even the critics sounded pleased: Councillor Tomas Ortiz called it "the least bad option we had."',
      'Still, Brandt, who opposed the plan, called the new quay "a real improvement for the boats."',
      'Mira Holt, a welder at the yard who once worked for Mayor Piet Vos, one of the plan’s authors, called it "a fair deal for all of us."',
    )).toEqual([
      ["the best money the town has spent.", "Ilse Vance"],
      ["the least bad option we had.", "Tomas Ortiz"],
      ["a real improvement for the boats.", "Brandt"],
      ["a fair deal for all of us.", "Mira Holt"],
    ]);
  });

  it("gives a quotation standing after 'X agreed.' or 'X says.' to the one that sentence names", () => {
    expect(said(
      '"The quay is finished," said Mayor Tomas Ortiz.',
      'Northshire College’s Ilse Vance agreed. "The boats can come back in May, and the town will be glad."',
      'Or maybe in June, harbour consultant Mira Holt says. "The dredging is slower than anyone planned."',
      'Anton Lisk, the spokesman for the Northshire Fishing Union said in a statement. "Our members will wait and see."',
    )).toEqual([
      ["The quay is finished", "Tomas Ortiz"],
      ["The boats can come back in May, and the town will be glad.", "Ilse Vance"],
      ["The dredging is slower than anyone planned.", "Mira Holt"],
      ["Our members will wait and see.", "Anton Lisk"],
    ]);
  });

  it("reads a subject with two titles joined by and", () => {
    expect(said('"The port is open again," said former Northshire Mayor and harbour Commissioner Tomas Ortiz.')).toEqual([
      ["The port is open again", "Tomas Ortiz"],
    ]);
  });

  it("reads a name with a long appositive, a writer for an outlet, and subjects after a quoted show or a date", () => {
    expect(said(
      '"It is an invasion of our waters," Ilse Vance, the harbour master of Northshire, one of the towns that sued the ministry, said on Monday.',
      '"The vote will be close," wrote Mira Holt for the Northshire Gazette.',
      'On "Harbour Hour," Mayor Tomas Ortiz, who lost the vote, blamed the ministry. "The town was never asked about the dredging."',
      'On July 6, 2015, Anton Lisk made the following comment:',
      '"For the young fishermen the season is over before it starts."',
    )).toEqual([
      ["It is an invasion of our waters", "Ilse Vance"],
      ["The vote will be close", "Mira Holt"],
      ["The town was never asked about the dredging.", "Tomas Ortiz"],
      ["For the young fishermen the season is over before it starts.", "Anton Lisk"],
    ]);
  });

  it("reads a surname that is also a preposition, and a counsel's title", () => {
    expect(said(
      '"The harbour was dying," said Ada From, who founded the fishing league.',
      'The league grew fast. "We had ten boats, then a hundred," From said.',
      '"The papers are in order," wrote Harbour General Counsel Tomas Ortiz.',
    )).toEqual([
      ["The harbour was dying", "Ada From"],
      ["We had ten boats, then a hundred", "Ada From"],
      ["The papers are in order", "Tomas Ortiz"],
    ]);
  });

  it("reads a place and then the subject, after a comma, as the subject alone, and a state written short as the town's", () => {
    expect(said(
      'At a breakfast in Dover, Vance wrote to her followers, "It is time to open the harbour."',
      'Speaking in Bayside, Ilse Vance, without naming him, said Ortiz was "a danger to the port."',
      'Mira Holt, 29, of Dover, Ala., says her biggest worry is the harbour. "The boats stay in port."',
    )).toEqual([
      ["It is time to open the harbour.", "Ilse Vance"],
      ["a danger to the port.", "Ilse Vance"],
      ["The boats stay in port.", "Mira Holt"],
    ]);
  });

  it("reads the one who names a thing, the one who asks, and a subject after a town and its state", () => {
    expect(said(
      'Northshire sought the fair in the hope of shedding what Vance called "a sleepy fishing town image."',
      'Ortiz was asked by host Mira Holt, who backs the plan, "Will the boats really come back by May?"',
      'Speaking at the quay in Dover, North Haven, Anton Lisk went after the ministry, calling it "a bunch of bureaucrats."',
    )).toEqual([
      ["a sleepy fishing town image.", "Vance"],
      ["Will the boats really come back by May?", "Mira Holt"],
      ["a bunch of bureaucrats.", "Anton Lisk"],
    ]);
  });

  it("reads a description then the name after the cue, a name between dashes, and a second quotation after an abbreviation", () => {
    expect(said(
      '"We are treating May as one long season," said Vance\'s deputy harbour master, Tomas Ortiz, who ran the port before.',
      'A former harbour master -- Anton Lisk, who retired in 2010 -- said the plan "offers nothing new to the fishermen."',
      '"The boats will come back," says Mira Holt, 23, a student from Dover, Del. "I think the town will grow again."',
    )).toEqual([
      ["We are treating May as one long season", "Tomas Ortiz"],
      ["offers nothing new to the fishermen.", "Anton Lisk"],
      ["The boats will come back", "Mira Holt"],
      ["I think the town will grow again.", "Mira Holt"],
    ]);
  });

  it("reads a name after an opening phrase, with a stray comma before the cue, and 'questioned'", () => {
    expect(said(
      'On Tuesday in Dover, after winning the harbour vote, Mayor Ilse Vance (N-North), said, "We will open the quay in May."',
      '"Who will pay for the dredging now?" Ortiz questioned.',
    )).toEqual([
      ["We will open the quay in May.", "Ilse Vance"],
      ["Who will pay for the dredging now?", "Ortiz"],
    ]);
  });

  it("gives a participle right after a name to that name, a report to its author, and passes over a relative clause's cue", () => {
    expect(said(
      'The new ad opens with footage of Ilse Vance asking, "Why is the quay still closed?"',
      '"The harbour will need two more years," the Northshire Council report stated.',
      'At the meeting, Tomas Ortiz firmly told a fisherman who complained that "the nets will be paid for by the town."',
    )).toEqual([
      ["Why is the quay still closed?", "Ilse Vance"],
      ["The harbour will need two more years", "Northshire Council"],
      ["the nets will be paid for by the town.", "Tomas Ortiz"],
    ]);
  });

  it("reads a subject after a dateline with a state, 'And then', a front-runner's role and 'late Thursday night'", () => {
    expect(said(
      'DOVER, Del. - Harbour Judge Ilse Vance late Thursday night blocked a rule that let boats claim "historic fishing rights" to the bay.',
      'And then Ortiz went fully on the attack, saying, "Nobody in the ministry has ever seen a trawler."',
      'Council front-runner Mira Holt defended the dredging as "the only way to save the port" on Monday.',
    )).toEqual([
      ["historic fishing rights", "Ilse Vance"],
      ["Nobody in the ministry has ever seen a trawler.", "Ortiz"],
      ["the only way to save the port", "Mira Holt"],
    ]);
  });

  it("reads the addressee of X told Y", () => {
    const [q] = story('Ilse Vance told Tomas Ortiz on Monday: "The quay needs repairs before the summer."').quotes;
    expect(q).toMatchObject({ speaker: "Ilse Vance", cue: "told", addressee: "Tomas Ortiz" });
  });

  it("reads the source that carried a quote: X was quoted as saying by Z", () => {
    const [q] = story('"We will not give up our waters," Vance was quoted as saying by state media.').quotes;
    expect(q).toMatchObject({ speaker: "Vance", cue: "was quoted as saying", via: "state media" });
  });

  it("reads according to X", () => {
    const [q] = story('The quay will "close for at least two months," according to Tomas Ortiz.').quotes;
    expect(q).toMatchObject({ speaker: "Tomas Ortiz", cue: "according to" });
  });

  it("knows the many cue verbs", () => {
    for (const cue of ["added", "noted", "stressed", "warned", "recalled", "insisted", "wrote", "tweeted", "asked", "shot back"]) {
      const [q] = story(`"The quay will need new pilings," Vance ${cue}.`).quotes;
      expect(q).toMatchObject({ speaker: "Vance", cue });
    }
  });

  it("reads a participle cue for the sentence's subject", () => {
    expect(said('Ortiz attacked the plan on Friday, saying it would "ruin the small boat owners for good".')).toEqual([
      ["ruin the small boat owners for good", "Ortiz"],
    ]);
  });

  it("resolves he and she to the person named before", () => {
    expect(said("Harbour master Ilse Vance spoke first.", '"We have waited long enough," she said.')).toEqual([["We have waited long enough", "Ilse Vance"]]);
    expect(said('Tomas Ortiz rejected the plan: "It costs too much," he said.')).toEqual([["It costs too much", "Tomas Ortiz"]]);
  });

  it("finds he or she's antecedent in a sentence that ended inside the quotation before", () => {
    expect(said(
      "Tomas Ortiz runs the harbour office.",
      '"The quay is late," Ilse Vance said. "You promised it by May" to the boat owners, she said. "You broke that promise" twice.',
    )).toEqual([
      ["The quay is late", "Ilse Vance"],
      ["You promised it by May", "Ilse Vance"],
      ["You broke that promise", "Ilse Vance"],
    ]);
  });

  it("passes over a capitalised word that opens a sentence but is no name the article knows, for he or she", () => {
    expect(said("Harbour master Ilse Vance spoke first.", 'Dredging was the main topic. "We have waited long enough," she said.'))
      .toEqual([["We have waited long enough", "Ilse Vance"]]);
    expect(said("Tomas Ortiz met the crews on Monday. Stop cutting the quotas now.", '"The boats are older than the crews."'))
      .toEqual([["The boats are older than the crews.", "Tomas Ortiz"]]);
  });

  it("passes over a subject of the other gender for he or she, by courtesy title, role or possessive", () => {
    expect(said("Ilse Vance runs the harbour, and her boats are old.", 'Tomas Ortiz met the crews on Monday, and his plan was clear. "We will pay for the nets," she said.'))
      .toEqual([["We will pay for the nets", "Ilse Vance"]]);
    expect(said("Mrs. Holt opened the meeting.", 'Mr. Lisk spoke next. "The quay is too short," she said.'))
      .toEqual([["The quay is too short", "Holt"]]);
    expect(said("Mira Holt opened the meeting.", 'Anton Lisk spoke next. "The quay is too short," he said.'))
      .toEqual([["The quay is too short", "Anton Lisk"]]);
  });

  it("knows a person's gender by the first name before the pronouns written near the surname", () => {
    expect(said("Maria Lindqvist chairs the harbour board.", 'Tomas Berg joined her on Monday. "We will talk again in spring," she said.'))
      .toEqual([["We will talk again in spring", "Maria Lindqvist"]]);
  });

  it("does not continue from a title in the paragraph before, but from the subject named there", () => {
    expect(said(
      'Mayor Tomas Ortiz was joined at the quay by Ilse Vance, star of the show "Harbour Life."',
      'Vance praised Ortiz’s work after the storm and his patience with the ministry.',
      '"We need someone who will cut through the paperwork and get the boats out."',
    )).toEqual([["We need someone who will cut through the paperwork and get the boats out.", "Ilse Vance"]]);
  });

  it("keeps the speaker for a paragraph that only continues the quotation", () => {
    expect(said('"The nets are torn," Vance said.', '"And the engines are older than the crews."')).toEqual([
      ["The nets are torn", "Vance"],
      ["And the engines are older than the crews.", "Vance"],
    ]);
  });

  it("gives a second quotation in the paragraph the speaker of the first", () => {
    expect(said('"We start in May," Ortiz said. "The money is there."')).toEqual([
      ["We start in May", "Ortiz"],
      ["The money is there.", "Ortiz"],
    ]);
  });

  it("resolves short names to the full name given earlier, courtesy titles too", () => {
    const record = story(
      "Foreign Minister Adaeze Okafor arrived in Northshire on Monday.",
      '"We came to listen, not to lecture," Okafor said.',
      'Mrs. Okafor later wrote that the visit was "a first step toward a lasting agreement".',
    );
    expect(record.quotes.map((q) => [q.speaker, q.mention, q.role])).toEqual([
      ["Adaeze Okafor", "Okafor", "Foreign Minister"],
      ["Adaeze Okafor", "Mrs. Okafor", "Foreign Minister"],
    ]);
  });

  it("resolves Mrs. X to the woman of that name the article presents", () => {
    const record = story(
      "Port Director Karl Lindqvist arrived with his wife, Maria Lindqvist, on Monday.",
      '"We will sell nothing," Lindqvist said.',
      '"We have not decided anything yet," Mrs. Lindqvist said.',
    );
    expect(record.quotes.map((q) => q.speaker)).toEqual(["Karl Lindqvist", "Maria Lindqvist"]);
    // "wife" alone is no role (whose?): kin are left out of roles
    expect(record.people.map((p) => [p.name, p.role])).toEqual([["Karl Lindqvist", "Port Director"], ["Maria Lindqvist", null]]);
  });

  it("keeps titles and roles out of names", () => {
    expect(story('"We are ready," said Northshire Gov. Maria Lindqvist.').quotes[0]).toMatchObject({ speaker: "Maria Lindqvist", role: "Northshire Gov." });
    expect(story('"We are ready," said Maria Lindqvist of the Coastal Trust.').quotes[0]).toMatchObject({ speaker: "Maria Lindqvist", role: "of the Coastal Trust" });
    expect(story('"We are ready," port spokeswoman Maria Lindqvist said.').quotes[0]).toMatchObject({ speaker: "Maria Lindqvist", role: "port spokeswoman" });
  });

  it("reads an appositive between the name and the cue, either way round", () => {
    expect(said('"It is a fair price," Maria Lindqvist, a spokeswoman for the port, said.')).toEqual([["It is a fair price", "Maria Lindqvist"]]);
    expect(said('"It is a fair price," her deputy, Jonas Berg, said.')).toEqual([["It is a fair price", "Jonas Berg"]]);
  });

  it("lets organisations speak", () => {
    const record = story(
      'The White House said it "welcomes every effort toward a fair settlement".',
      '"We are studying the proposal carefully," the ministry said in a statement.',
    );
    expect(record.quotes.map((q) => q.speaker)).toEqual(["White House", "the ministry"]);
    expect(record.people).toEqual([]);
  });

  it("resolves a description to the one person whose role it names", () => {
    expect(said("Northshire Mayor Tomas Ortiz opened the session.", 'The mayor later added that it was "far too early to promise anything".')).toEqual([
      ["far too early to promise anything", "Tomas Ortiz"],
    ]);
  });

  it("gives a quotation without its own name, in a list of voices, to the name that closes its voice, not to the voice before", () => {
    expect(said("“The quay is our living.” ― Marta Ruiz “We fish as our fathers did, and they fished as theirs.” And the sea is what we have, “every net and every plank of it.” ― Jonas Berg")).toEqual([
      ["The quay is our living.", "Marta Ruiz"],
      ["We fish as our fathers did, and they fished as theirs.", "Jonas Berg"],
      ["every net and every plank of it.", "Jonas Berg"],
    ]);
  });

  it("reads a dash and a name after the quotation, as in a list of voices", () => {
    expect(said("“The quay is our living.” ― Marta Ruiz “We were never asked.” ― Jonas Berg")).toEqual([
      ["The quay is our living.", "Marta Ruiz"],
      ["We were never asked.", "Jonas Berg"],
    ]);
  });

  it("reads the speaker of a transcript turn from its label, resolved to the full name", () => {
    expect(said(
      "Host Lena Marsh spoke with Mayor Tomas Ortiz.",
      '"MARSH: Will the quay open in May?',
      '"ORTIZ: It will open in May, whatever the council says."',
    )).toEqual([
      ["MARSH: Will the quay open in May?", "Lena Marsh"],
      ["ORTIZ: It will open in May, whatever the council says.", "Tomas Ortiz"],
    ]);
  });

  it("keeps a transcript turn's speaker for the paragraphs that go on without a label, and takes no follow line for a quote", () => {
    const record = story(
      "Host Lena Marsh spoke with Mayor Tomas Ortiz.",
      '"MARSH: Will the quay open in May?',
      '"ORTIZ: It will open in May, whatever the council says.',
      '"And the boats will be back in the harbour by June.',
      '"Follow Lena Marsh on Twitter @lenamarsh."',
    );
    expect(record.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["MARSH: Will the quay open in May?", "Lena Marsh"],
      ["ORTIZ: It will open in May, whatever the council says.", "Tomas Ortiz"],
      ["And the boats will be back in the harbour by June.", "Tomas Ortiz"],
    ]);
    expect(record.boilerplate).toEqual(['"Follow Lena Marsh on Twitter @lenamarsh."']);
  });

  it("reads a name and a colon, as digests and transcripts give them", () => {
    expect(said('HARBOUR NEWS - Maria Lindqvist: "Traffic grew by a third this year."')).toEqual([["Traffic grew by a third this year.", "Maria Lindqvist"]]);
  });
});

describe("sources", () => {
  const names = (...paragraphs: string[]) => story(...paragraphs).sources.map((s) => [s.name, s.kind, s.cue]);

  it("finds agencies and outlets that carried the story", () => {
    expect(names("The talks resumed, reported Reuters.", "AFP reported the same.", "The quay is closed, according to the BBC.")).toEqual([
      ["Reuters", "agency", "reported"],
      ["AFP", "agency", "reported"],
      ["BBC", "outlet", "according to"],
    ]);
  });

  it("finds recalls, state media, interviews, documents and datelines", () => {
    expect(names(
      "NORTHSHIRE (AP) — The council met again.",
      "The talks began in May, Reuters recalls.",
      "State media confirmed the date, the country's state media said.",
      "In an interview with Fox News, Ortiz repeated the offer.",
      "The port lost money for years, according to the documents.",
    )).toEqual([
      ["AP", "agency", "dateline"],
      ["Reuters", "agency", "recalls"],
      ["state media", "outlet", "said"],
      ["Fox News", "outlet", "in an interview with"],
      ["documents", "document", "according to"],
    ]);
  });

  it("finds an outlet written at the very start or end of a paragraph, and none where no outlet is named", () => {
    expect(names("CNN reported the vote.", "The vote was first broadcast on Sky News")).toEqual([
      ["CNN", "outlet", "reported"],
      ["Sky News", "outlet", "on"],
    ]);
    expect(names("The state council reported the vote, according to the clerk.")).toEqual([]);
  });
});

describe("people", () => {
  it("lists every named person once, with a role, however often named", () => {
    const record = story(
      "Foreign Minister Adaeze Okafor met Ilse Vance, the harbour master of Northshire, on Monday.",
      '"The quay will open in May," Vance said.',
      '"We will see," Okafor said. Okafor left on Tuesday.',
    );
    expect(record.people.map((p) => [p.name, p.role])).toEqual([
      ["Adaeze Okafor", "Foreign Minister"],
      ["Ilse Vance", "harbour master of Northshire"],
    ]);
  });

  it("finds a name after a lower-case role and the outlet or party before it, and resolves the surname alone to it", () => {
    const record = story(
      "Harbour Radio host Ilse Vance asked longtime campaign manager Tomas Ortiz about the ferry.",
      '"We were told nothing at all about it," Ortiz said. "Nobody here believes that," Vance said.',
    );
    expect(record.quotes.map((q) => [q.speaker, q.role])).toEqual([["Tomas Ortiz", "longtime campaign manager"], ["Ilse Vance", "Harbour Radio host"]]);
  });

  it("lists no acronym, listed place or party as a person, though they may speak", () => {
    const record = story(
      '"The quay is safe," the NHPA said. "We will send inspectors," Ilse Vance said.',
      '"This is a scandal," Republicans said.',
      '"It was a long winter," France said.',
    );
    expect(record.quotes.map((q) => q.speaker)).toEqual(["NHPA", "Ilse Vance", "Republicans", "France"]);
    expect(record.people.map((p) => p.name)).toEqual(["Ilse Vance"]);
  });

  it("keeps a place the place list does not hold as a name: the parser cannot tell it from a surname", () => {
    const record = story('"We will send inspectors," Northshire said.');
    expect(record.people.map((p) => p.name)).toEqual(["Northshire"]);
  });

  it("takes the place before a title as the role, and a possessive off the name", () => {
    expect(splitNamedPhrase("Vermont Sen. Ilse Jones’")).toMatchObject({ name: "Ilse Jones", role: "Vermont Sen." });
  });

  it("finds a title joined to another by a hyphen before the name, and leaves kin alone out of the role", () => {
    const record = story("Under-Secretary Tomas Brandt spoke after Okafor's wife, Nkechi Okafor, arrived.");
    expect(record.people.map((p) => [p.name, p.role])).toEqual([
      ["Tomas Brandt", "Secretary"],
      ["Nkechi Okafor", null],
    ]);
  });
});
