// The output folder is Broadsheet's own: a folder of the user's is refused unless
// --force, the seeds, cache and templates never sit inside it, and nothing is ever
// removed through a link inside it or outside it.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { build } from "../../src/site/build.js";
import { defaultConfig, type SiteConfig } from "../../src/config.js";
import { runCli, tempDir } from "../helpers.js";

vi.mock("../../src/site/search.js", async (real) => ({ ...(await real<object>()), ...(await import("./search-stub.js")) }));

describe("the output folder", () => {
  const tmp = tempDir("broadsheet-out-");
  afterAll(() => tmp.remove());
  let n = 0;
  /** A new folder with seeds in it, and a config for a site beside them. */
  const project = (): { dir: string; config: SiteConfig } => {
    const dir = join(tmp.path, `p${n++}`);
    mkdirSync(join(dir, "seeds"), { recursive: true });
    writeFileSync(join(dir, "seeds/a.txt"), " date 2024-01-02 A story\nText.\n");
    writeFileSync(join(dir, "seeds/b.txt"), " date 2024-01-03 Another story\nText.\n");
    return { dir, config: { ...defaultConfig, seeds: join(dir, "seeds"), out: join(dir, "out") } };
  };

  it("is refused when it holds the user's files, naming it, with exit code 2 and no file touched", () => {
    const { dir } = project();
    mkdirSync(join(dir, "out"));
    writeFileSync(join(dir, "out/thesis.docx"), "my work");
    const result = runCli(["build", "--seeds", "seeds", "--out", "out"], dir);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain(`--out ${join(dir, "out")} is not empty and Broadsheet did not make it`);
    expect(readdirSync(join(dir, "out"))).toEqual(["thesis.docx"]);
  });

  it("is replaced with --force: the site, and nothing of what it held", () => {
    const { dir } = project();
    mkdirSync(join(dir, "out/old"), { recursive: true });
    writeFileSync(join(dir, "out/old/page.html"), "stale");
    const result = runCli(["build", "--seeds", "seeds", "--out", "out", "--force"], dir);
    expect(result.status).toBe(0);
    expect(existsSync(join(dir, "out/index.html"))).toBe(true);
    expect(existsSync(join(dir, "out/old"))).toBe(false);
    expect(runCli(["build", "--seeds", "seeds", "--out", "out"], dir).status).toBe(0);
  });

  it("may be a folder Broadsheet made, even without the cache that made it", async () => {
    const { dir, config } = project();
    await build(config, { cache: join(dir, "cache") });
    rmSync(join(dir, "cache"), { recursive: true });
    rmSync(join(dir, "seeds/b.txt"));
    await build(config, { cache: join(dir, "cache") });
    expect(existsSync(join(dir, "out/2024/01/03"))).toBe(false);
    expect(existsSync(join(dir, "out/2024/01/02/a-story/index.html"))).toBe(true);
  });

  it("is never the seeds folder, nor holds the seeds, the cache or the templates, nor sits with the cache in the templates", async () => {
    const { dir, config } = project();
    await expect(build({ ...config, out: config.seeds }, { cache: null })).rejects.toThrow(/is the seeds folder/);
    await expect(build({ ...config, out: dir }, { cache: null })).rejects.toThrow(/seeds folder .* is inside --out/);
    mkdirSync(join(dir, "site/theme"), { recursive: true });
    await expect(build({ ...config, out: join(dir, "site") }, { cache: join(dir, "site/cache") })).rejects.toThrow(/cache folder .* is inside --out/);
    await expect(build({ ...config, out: join(dir, "site"), templates: join(dir, "site/theme") }, { cache: null })).rejects.toThrow(/templates folder .* is inside --out/);
    mkdirSync(join(dir, "theme"));
    await expect(build({ ...config, out: join(dir, "theme/site"), templates: join(dir, "theme") }, { cache: null })).rejects.toThrow(/--out .* is inside the templates folder/);
    await expect(build({ ...config, templates: join(dir, "theme") }, { cache: join(dir, "theme/cache") })).rejects.toThrow(/the cache folder .* is inside the templates folder/);
    writeFileSync(join(dir, "file"), "");
    await expect(build({ ...config, out: join(dir, "file") }, { cache: null })).rejects.toThrow(/is a file, not a folder/);
    expect(readdirSync(join(dir, "seeds")).sort()).toEqual(["a.txt", "b.txt"]);
  });

  it("is cleaned without following a link inside it to files outside", async () => {
    const { dir, config } = project();
    const cache = join(dir, "cache");
    await build(config, { cache });
    // a folder of the site swapped for a link to the user's files
    const precious = join(dir, "precious");
    mkdirSync(join(precious, "01/03/another-story"), { recursive: true });
    writeFileSync(join(precious, "01/03/another-story/index.html"), "mine");
    rmSync(join(dir, "out/2024"), { recursive: true });
    symlinkSync(precious, join(dir, "out/2024"));
    rmSync(join(dir, "seeds/b.txt"));
    await build(config, { cache });
    expect(readFileSync(join(precious, "01/03/another-story/index.html"), "utf8")).toBe("mine");
    // the link went, with what the site had under it: the next build looks at the folder and makes it whole
    await build(config, { cache });
    expect(existsSync(join(dir, "out/2024/01/02/a-story/index.html"))).toBe(true);
    symlinkSync(precious, join(dir, "out/2025"));
    await build(config, { cache: null });
    expect(existsSync(join(dir, "out/2025"))).toBe(false);
    expect(readFileSync(join(precious, "01/03/another-story/index.html"), "utf8")).toBe("mine");
  });

  it("may sit inside the seeds folder, which the build then does not read as seeds", async () => {
    const { dir, config } = project();
    const first = await build({ ...config, out: join(dir, "seeds/site") }, { cache: join(dir, "seeds/.cache") });
    const again = await build({ ...config, out: join(dir, "seeds/site") }, { cache: join(dir, "seeds/.cache") });
    expect([first.seeds, again.seeds]).toEqual([2, 2]);
    expect(again.messages).toEqual([]);
  });
});
