// Inputs at the edges: hostile slugs, an edited manifest, files deleted from the site,
// an output folder inside the seeds folder, URLs that listings also want, Markdown text.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { build } from "../../src/site/build.js";
import { defaultConfig } from "../../src/config.js";
import { rewriteManifest, tempDir } from "../helpers.js";

vi.mock("../../src/site/search.js", async (real) => ({ ...(await real<object>()), ...(await import("./search-stub.js")) }));

describe("a build at the edges", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());
  const folder = (name: string) => {
    const path = join(tmp.path, name);
    mkdirSync(path, { recursive: true });
    return path;
  };

  it("keeps a front-matter slug that climbs out of the site inside it, with a warning", async () => {
    const seeds = folder("slug/seeds");
    const out = join(tmp.path, "slug/deep/out");
    writeFileSync(join(seeds, "a.md"), '---\ntitle: Escape\ndate: 2023-04-30\nslug: "../../../../../pwned"\n---\nText.\n');
    const result = await build({ ...defaultConfig, seeds, out }, { cache: null });
    expect(existsSync(join(out, "2023/04/30/pwned/index.html"))).toBe(true);
    expect(existsSync(join(tmp.path, "slug/pwned"))).toBe(false);
    expect(existsSync(join(tmp.path, "pwned"))).toBe(false);
    expect(result.messages).toContainEqual(expect.objectContaining({ file: "a.md", rule: "slug", severity: "warning" }));
  });

  it("never removes a file outside the site because the manifest names it", async () => {
    const seeds = folder("manifest/seeds");
    const out = join(tmp.path, "manifest/out");
    const cache = join(tmp.path, "manifest/cache");
    const victim = join(folder("manifest/victim"), "index.html");
    writeFileSync(victim, "precious");
    writeFileSync(join(seeds, "a.txt"), " date 2024-01-02 A story\nText.\n");
    await build({ ...defaultConfig, seeds, out }, { cache });
    rewriteManifest(cache, (manifest) => {
      manifest.files.set("../victim/index.html", "0".repeat(64));
      // and paths that are the site itself, or the build's own files
      for (const path of [".", "./", "", ".broadsheet-lock", ".broadsheet-site", "2024/./01"]) manifest.files.set(path, "0".repeat(64));
    });
    writeFileSync(join(seeds, "b.txt"), " date 2024-01-03 Another story\nText.\n");
    const again = await build({ ...defaultConfig, seeds, out }, { cache });
    expect(again.parsed).toBe(1);
    expect(readFileSync(victim, "utf8")).toBe("precious");
    expect(existsSync(join(out, "2024/01/02/a-story/index.html"))).toBe(true);
    expect(existsSync(join(out, ".broadsheet-site"))).toBe(true);
  });

  it("writes again a file deleted from the site, with and without the cache", async () => {
    const seeds = folder("deleted/seeds");
    const out = join(tmp.path, "deleted/out");
    const cache = join(tmp.path, "deleted/cache");
    writeFileSync(join(seeds, "a.txt"), " date 2024-01-02 A story\nText.\n");
    await build({ ...defaultConfig, seeds, out }, { cache });
    for (const options of [{ cache }, { cache: null }]) {
      rmSync(join(out, "index.html"));
      rmSync(join(out, "feed.json"));
      await build({ ...defaultConfig, seeds, out }, options);
      expect(existsSync(join(out, "index.html"))).toBe(true);
      expect(existsSync(join(out, "feed.json"))).toBe(true);
    }
  });

  it("writes again a page deleted from the site when another seed changed too", async () => {
    const seeds = folder("deleted-and-new/seeds");
    const out = join(tmp.path, "deleted-and-new/out");
    const cache = join(tmp.path, "deleted-and-new/cache");
    writeFileSync(join(seeds, "a.txt"), " date 2024-01-02 A story\nText.\n");
    await build({ ...defaultConfig, seeds, out }, { cache });
    rmSync(join(out, "2024/01/02/a-story/index.html"));
    writeFileSync(join(seeds, "b.txt"), " date 2024-01-03 Another story\nMore text.\n");
    const again = await build({ ...defaultConfig, seeds, out }, { cache });
    expect(again.parsed).toBe(1);
    expect(readFileSync(join(out, "2024/01/02/a-story/index.html"), "utf8")).toContain("A story");
  });

  it("reads no seed from the site, the cache, hidden folders or node_modules inside the seeds folder", async () => {
    const seeds = folder("nested");
    writeFileSync(join(seeds, "a.txt"), " date 2024-01-02 A story\nText.\n");
    mkdirSync(join(seeds, ".git"));
    writeFileSync(join(seeds, ".git/description.txt"), "Unnamed repository\n");
    mkdirSync(join(seeds, "node_modules/pkg"), { recursive: true });
    writeFileSync(join(seeds, "node_modules/pkg/README.md"), "# pkg\n");
    const config = { ...defaultConfig, seeds, out: join(seeds, "dist"), cache: join(seeds, "cache") };
    await build(config, { cache: config.cache });
    writeFileSync(join(seeds, "cache/notes.txt"), "not a seed\n");
    const again = await build(config, { cache: config.cache });
    expect(again.seeds).toBe(1);
    expect(again.messages).toEqual([]);
  });

  it("gives an article whose slug a listing needs another URL", async () => {
    const seeds = folder("collide");
    writeFileSync(join(seeds, "month.txt"), " date 2023-04\n30\nA story that the scrape titled with a number.\n");
    writeFileSync(join(seeds, "day.txt"), " date 2023-04-30 A story of that day\nText.\n");
    const out = join(tmp.path, "collide-out");
    await build({ ...defaultConfig, seeds, out }, { cache: null });
    expect(readFileSync(join(out, "2023/04/30/index.html"), "utf8")).toContain("A story of that day");
    expect(existsSync(join(out, "2023/04/article-30/index.html"))).toBe(true);
  });

  it("shows Markdown text once escaped in leads and feeds", async () => {
    const seeds = folder("markdown");
    writeFileSync(join(seeds, "e.md"), '---\ntitle: Cartoons\ndate: 2024-01-02\n---\nTom & Jerry said "hi" to <Bob>.\n');
    const out = join(tmp.path, "markdown-out");
    await build({ ...defaultConfig, seeds, out }, { cache: null });
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain('<p class="lead">Tom &amp; Jerry said &quot;hi&quot; to &lt;Bob&gt;.</p>');
    expect(readFileSync(join(out, "feed.xml"), "utf8")).toContain("<summary>Tom &amp; Jerry said &quot;hi&quot; to &lt;Bob&gt;.</summary>");
    expect(JSON.parse(readFileSync(join(out, "feed.json"), "utf8")).items[0].content_text).toBe('Tom & Jerry said "hi" to <Bob>.');
  });
});
