// The people pages as a reader meets them: organisations listed after the people,
// a person's other names and roles with their dates, and a surname's namesakes.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { build } from "../../src/site/build.js";
import { defaultConfig } from "../../src/config.js";
import { tempDir } from "../helpers.js";

vi.mock("../../src/site/search.js", async (real) => ({ ...(await real<object>()), ...(await import("../site/search-stub.js")) }));

describe("the people pages", () => {
  const tmp = tempDir("broadsheet-people-");
  const out = join(tmp.path, "out");
  const page = (path: string) => readFileSync(join(out, path), "utf8");
  beforeAll(async () => {
    const seeds = join(tmp.path, "seeds");
    mkdirSync(seeds);
    writeFileSync(join(seeds, "a.txt"), ' date 2024-03-05 Bridge to open in spring\n"We will open the bridge in spring," Mayor Anna Petrova said.\n"The budget is approved," the ministry said.\n');
    writeFileSync(join(seeds, "b.txt"), ' date 2024-06-07 Traffic doubles\n"The traffic has doubled," Petrova said.\n"We count the cars," said Rosa Marin.\n');
    writeFileSync(join(seeds, "c.txt"), ' date 2024-06-08 Ferry returns\n"The ferry is back," said Luis Marin.\n"It is late," Marin said.\n');
    writeFileSync(join(seeds, "d.txt"), ' date 2024-06-09 Market opens\n"It is open," Marin said.\n');
    await build({ ...defaultConfig, seeds, out }, { cache: null });
  });
  afterAll(() => tmp.remove());

  it("list people first, then the organisations that speak under a heading of their own", () => {
    const index = page("people/index.html");
    expect(index.indexOf("Anna Petrova")).toBeLessThan(index.indexOf('id="organisations"'));
    expect(index.indexOf('id="organisations"')).toBeLessThan(index.indexOf("the ministry"));
    expect(page("people/the-ministry/index.html")).toContain('<p class="kind">An organisation</p>');
  });

  it("show the other names a person was quoted as, and roles with their dates", () => {
    const petrova = page("people/anna-petrova/index.html");
    expect(petrova).toContain("Also quoted as “Petrova”");
    expect(petrova).toContain('<li>Mayor <span class="dates">(<time datetime="2024-03-05">5 March 2024</time>)</span></li>');
  });

  it("name, on a surname's page, the namesakes its quotes could not be told from", () => {
    const marin = page("people/marin/index.html");
    expect(marin).toMatch(/do not say which of these it is: <a href="\/people\/(luis|rosa)-marin\/">(Luis|Rosa) Marin<\/a> or <a href="\/people\/(luis|rosa)-marin\/">(Luis|Rosa) Marin<\/a>\./);
  });
});
