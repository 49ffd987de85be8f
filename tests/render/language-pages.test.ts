// A site in Bulgarian and pages of one's own: interface strings from the theme's locale
// file (a user theme overriding it key by key), dates in the language with Intl, and
// pages/*.md or *.njk of the user's templates folder at /<name>/, in the navigation.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultConfig, type SiteConfig } from "../../src/config.js";
import { defaultTemplates } from "../../src/render/theme-folders.js";
import { formatDate, loadLocale, translate } from "../../src/render/locale.js";
import { readUserPages } from "../../src/render/user-pages.js";
import { build } from "../../src/site/build.js";
import { tempDir } from "../helpers.js";

function writeSeeds(folder: string): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "bridge.txt"), [" date 2024-03-14 Bridge over the Yantra reopens", `"The bridge is safe again," Mayor Dara Velkova said.`, "Traffic returned on Thursday."].join("\n"));
  writeFileSync(join(folder, "market.txt"), [" date 2024-01-09 Winter market moves indoors", `"It is warmer in the hall," Dara Velkova said.`, "The stalls moved into the old hall."].join("\n"));
}

describe("a Bulgarian site with pages of its own", () => {
  const tmp = tempDir();
  const out = join(tmp.path, "out");
  const cache = join(tmp.path, "cache");
  const theme = join(tmp.path, "theme");
  let config: SiteConfig;
  const read = (path: string) => readFileSync(join(out, path), "utf8");
  const navOf = (html: string) => [...(/<nav aria-label="[^"]*">\s*<ul>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? "").matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);

  beforeAll(async () => {
    writeSeeds(join(tmp.path, "seeds"));
    mkdirSync(join(theme, "pages"), { recursive: true });
    mkdirSync(join(theme, "locales"), { recursive: true });
    writeFileSync(join(theme, "pages/about.md"), "---\ntitle: За архива\ndescription: Кой пази архива\n---\nАрхивът пази *стари* статии & <script>цитати</script>.\n");
    writeFileSync(join(theme, "pages/contact.njk"), "---\ntitle: Контакти\n---\n<p class=\"contact\">Пишете на {{ site.title }}.</p>\n");
    writeFileSync(join(theme, "locales/bg.json"), JSON.stringify({ "nav.topics": "Теми и места" }));
    config = { ...defaultConfig, seeds: join(tmp.path, "seeds"), out, language: "bg", title: "Архив", search: false, templates: theme };
    await build(config, { cache });
  }, 120_000);
  afterAll(() => tmp.remove());

  it("shows the navigation in Bulgarian, with the user's own word over the theme's, and the user's pages after it", () => {
    expect(navOf(read("index.html"))).toEqual([
      ["/", "Последни"], ["/people/", "Хора"], ["/sources/", "Източници"], ["/topics/", "Теми и места"], ["/about/", "За архива"], ["/contact/", "Контакти"],
    ]);
    expect(navOf(read("people/dara-velkova/index.html"))).toEqual(navOf(read("index.html")));
    expect(read("404.html")).toContain("Страницата не е намерена");
  });

  it("writes dates with Bulgarian month names", () => {
    expect(read("2024/03/14/bridge-over-the-yantra-reopens/index.html")).toContain('<time datetime="2024-03-14">14 март 2024 г.</time>');
    expect(read("2024/01/index.html")).toContain('<h1 class="listing-title">Януари 2024 г.</h1>');
    expect(read("2024/index.html")).toContain('<meta name="description" content="2 статии от 2024">');
    expect(read("people/dara-velkova/index.html")).toContain("2 цитата в 2 статии");
  });

  it("renders a Markdown page in the layout, raw HTML escaped, with its front matter's title and description", () => {
    const about = read("about/index.html");
    expect(about).toContain('<html lang="bg">');
    expect(about).toContain("<title>За архива · Архив</title>");
    expect(about).toContain('<meta name="description" content="Кой пази архива">');
    expect(about).toContain("<p>Архивът пази <em>стари</em> статии &amp; &lt;script&gt;цитати&lt;/script&gt;.</p>");
    expect(about).toContain('<a href="/about/" aria-current="page">За архива</a>');
  });

  it("renders a template page through nunjucks without its front matter", () => {
    const contact = read("contact/index.html");
    expect(contact).toContain('<p class="contact">Пишете на Архив.</p>');
    expect(contact).not.toContain("title: Контакти");
  });

  it("lists the user's pages in the sitemap", () => {
    expect(read("sitemap.xml")).toContain("<loc>http://localhost:8080/about/</loc>");
  });

  it("renders a user page again when it changes, and leaves it when it does not", async () => {
    const before = read("about/index.html");
    const unchanged = await build(config, { cache });
    expect(unchanged.rendered).toBe(0);
    writeFileSync(join(theme, "pages/about.md"), "---\ntitle: За архива\n---\nНов текст.\n");
    await build(config, { cache });
    expect(read("about/index.html")).not.toBe(before);
    expect(read("about/index.html")).toContain("<p>Нов текст.</p>");
  }, 120_000);
});

describe("pages of one's own that cannot be", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());
  const pagesWith = (name: string, text = "Text.\n") => {
    const folder = join(tmp.path, name.replace(/\W/g, "_"));
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(join(folder, "pages"), { recursive: true });
    writeFileSync(join(folder, "pages", name), text);
    return folder;
  };

  it("refuses a page that would take one of the site's own URLs, naming the file", () => {
    const folder = pagesWith("people.md");
    expect(() => readUserPages([folder])).toThrow(`${join(folder, "pages/people.md")}: /people/ is the site's own`);
    expect(() => readUserPages([pagesWith("2024.md")])).toThrow(/not a year/);
    expect(() => readUserPages([pagesWith("About Us.md")])).toThrow(/lower-case letters/);
  });

  it("titles a page without front matter by its file name", () => {
    expect(readUserPages([pagesWith("press-contacts.md")]).map((p) => [p.url, p.title])).toEqual([["/press-contacts/", "Press contacts"]]);
  });
});

describe("locales", () => {
  const en = loadLocale([defaultTemplates], "en");
  const bg = loadLocale([defaultTemplates], "bg");

  it("ships every English string in Bulgarian too", () => {
    const keys = (file: string) => Object.keys(JSON.parse(readFileSync(join(defaultTemplates, "locales", file), "utf8"))).sort();
    expect(keys("bg.json")).toEqual(keys("en.json"));
  });

  it("chooses plural forms by the language's rules and fills in values", () => {
    expect(translate(en, "count.articles", { count: 1 })).toBe("1 article");
    expect(translate(en, "count.articles", { count: 3 })).toBe("3 articles");
    expect(translate(bg, "people.quotes", { count: 1 })).toBe("1 цитат");
    expect(translate(bg, "people.quotes", { count: 5 })).toBe("5 цитата");
    expect(translate(bg, "person.description", { name: "Дара", site: "Архив" })).toBe("Всички цитати на Дара в Архив");
  });

  it("formats dates for the language in UTC, and falls back to English for a language no theme has", () => {
    expect(formatDate(en, "2023-04-30")).toBe("30 April 2023");
    expect(formatDate(en, "2023-04")).toBe("April 2023");
    expect(formatDate(bg, "2023-04-30")).toBe("30 април 2023 г.");
    expect(formatDate(bg, null)).toBe("Без дата");
    const fr = loadLocale([defaultTemplates], "fr");
    expect(translate(fr, "nav.latest")).toBe("Latest");
    expect(formatDate(fr, "2023-04-30")).toBe("30 avril 2023");
  });

  it("says where a theme's locale file is not JSON, as the build's error (exit code 2), when workers render too", async () => {
    const tmp = tempDir();
    try {
      const theme = join(tmp.path, "theme");
      mkdirSync(join(theme, "locales"), { recursive: true });
      writeFileSync(join(theme, "locales/en.json"), '{\n  "nav.latest": "Latest",\n  "nav.people": People\n}\n');
      writeSeeds(join(tmp.path, "seeds"));
      const config = { ...defaultConfig, seeds: join(tmp.path, "seeds"), out: join(tmp.path, "out"), templates: theme, search: false };
      const failed = build(config, { cache: null, workers: 2, parallel: { seeds: 1, pages: 1 } });
      await expect(failed).rejects.toThrow(/locales\/en\.json:3:\d+: not valid JSON/);
      await expect(failed).rejects.toMatchObject({ exitCode: 2 });
    } finally {
      tmp.remove();
    }
  });

  it("finds a partial that a user template includes by a name relative to itself", async () => {
    const tmp = tempDir();
    try {
      const theme = join(tmp.path, "theme");
      mkdirSync(join(theme, "partials"), { recursive: true });
      writeFileSync(join(theme, "article.njk"), '{% extends "layout.njk" %}{% block main %}{% include "./partials/desk.njk" %}<h1>{{ article.headline }}</h1>{% endblock %}');
      writeFileSync(join(theme, "partials/desk.njk"), '<p class="desk">From the river desk</p>');
      writeSeeds(join(tmp.path, "seeds"));
      const out = join(tmp.path, "out");
      await build({ ...defaultConfig, seeds: join(tmp.path, "seeds"), out, templates: theme, search: false }, { cache: null, workers: 0 });
      expect(readFileSync(join(out, "2024/03/14/bridge-over-the-yantra-reopens/index.html"), "utf8")).toContain('<p class="desk">From the river desk</p>');
    } finally {
      tmp.remove();
    }
  });
});
