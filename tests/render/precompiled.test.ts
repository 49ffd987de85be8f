import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defaultConfig, type SiteConfig } from "../../src/config.js";
import { build } from "../../src/site/build.js";
import { createEnvironment, defaultCompiledTheme, defaultTemplates } from "../../src/render/env.js";
import { compileTheme, sourceSum } from "../../src/render/precompiled.js";
import { readTheme } from "../../src/render/theme.js";
import { tempDir } from "../helpers.js";

const redirect = { target: "/2024/01/02/story/", headline: "A story" };

function render(theme: string, compiled: ReturnType<typeof compileTheme>, name: string): string {
  const config: SiteConfig = { ...defaultConfig, templates: theme };
  return createEnvironment(config, readTheme([theme, defaultTemplates], config.language), compiled).render(name, { ...redirect, site: { title: "T" }, page: { url: "/old/", canonical: "https://example.org/old/" } });
}

describe("templates compiled ahead", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it("are in lib/ for every template of the default theme, from its sources as they are", () => {
    const names = readdirSync(defaultTemplates, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".njk")).map((name) => name.split("\\").join("/")).sort();
    const { templates } = defaultCompiledTheme();
    expect(Object.keys(templates).sort()).toEqual(names);
    for (const name of names) expect(templates[name].sum, name).toBe(sourceSum(readFileSync(join(defaultTemplates, name), "utf8")));
  });

  it("take the place of the source they were compiled from", () => {
    const theme = join(tmp.path, "swapped");
    cpSync(defaultTemplates, theme, { recursive: true });
    const compiled = compileTheme(theme);
    // the redirect's name with the 404 page's code: a build that compiled the source would render the redirect
    compiled.templates["redirect.njk"] = { ...compiled.templates["redirect.njk"], code: compiled.templates["404.njk"].code };
    expect(render(theme, compiled, "redirect.njk")).toBe(render(theme, compileTheme(theme), "404.njk"));
  });

  it("give way to their source once it is edited, and to a template of the user's own of that name", () => {
    const theme = join(tmp.path, "edited");
    cpSync(defaultTemplates, theme, { recursive: true });
    const compiled = compileTheme(theme);
    writeFileSync(join(theme, "redirect.njk"), "Moved to {{ target }}.");
    expect(render(theme, compiled, "redirect.njk")).toBe("Moved to /2024/01/02/story/.");

    const own = join(tmp.path, "own");
    cpSync(join(theme, "redirect.njk"), join(own, "redirect.njk"));
    expect(render(own, compileTheme(defaultTemplates), "redirect.njk")).toBe("Moved to /2024/01/02/story/.");
  });

  it("make the same site, byte for byte, as the templates compiled from their sources", async () => {
    const seeds = join(tmp.path, "seeds");
    mkdirSync(seeds);
    for (let i = 0; i < 30; i++) {
      writeFileSync(join(seeds, `s${i}.txt`), [
        ` date 2024-0${1 + (i % 3)}-${String(1 + (i % 28)).padStart(2, "0")} The bridge, part ${i}`,
        `"We will finish part ${i} this year," Mayor Anna Petrova said, according to Reuters.`,
        `"It is late <again>," said ${i % 2 ? "Ivan Dimov" : "Petrova"}.`,
      ].join("\n"));
    }
    writeFileSync(join(seeds, "tagged.md"), "---\ntitle: A tagged story\ndate: 2024-02\ntags: [bridges]\n---\nA short story.\n");
    const copy = join(tmp.path, "copy");
    cpSync(defaultTemplates, copy, { recursive: true });
    const sites = [join(tmp.path, "compiled"), join(tmp.path, "sources")];
    await build({ ...defaultConfig, seeds, out: sites[0], search: false, baseUrl: "https://example.org/" });
    // a copy of the theme elsewhere is not the compiled one: each template is compiled from its source
    await build({ ...defaultConfig, seeds, out: sites[1], search: false, baseUrl: "https://example.org/", templates: copy });
    const files = (site: string) => readdirSync(site, { recursive: true, encoding: "utf8" }).filter((name) => /\.(html|xml)$/.test(name)).sort();
    expect(files(sites[1])).toEqual(files(sites[0]));
    expect(files(sites[0])).toEqual(expect.arrayContaining(["index.html", "people/anna-petrova/index.html", "2024/02/a-tagged-story/index.html", "feed.xml"]));
    for (const name of files(sites[0])) expect(readFileSync(join(sites[1], name), "utf8"), name).toBe(readFileSync(join(sites[0], name), "utf8"));
  }, 60_000);
});
