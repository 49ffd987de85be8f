// Production URLs: the base URL comes from --base-url, else BROADSHEET_BASE_URL, else
// the config file; a build without one warns every time (and under --strict fails
// before it writes anything); a base URL with a path says where robots.txt must go.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "./helpers.js";

const tmp = tempDir("broadsheet-base-url-");
afterAll(() => tmp.remove());

let projects = 0;
/** A folder with one seed and, when given, a config file. */
function project(config: Record<string, unknown> = {}): string {
  const dir = join(tmp.path, `p${projects++}`);
  mkdirSync(join(dir, "seeds"), { recursive: true });
  writeFileSync(join(dir, "seeds/a.txt"), " date 2024-01-02 A story\nText of the story.\n");
  writeFileSync(join(dir, "broadsheet.config.json"), JSON.stringify({ search: false, ...config }));
  return dir;
}

const canonical = (dir: string) => /<link rel="canonical" href="([^"]+)">/.exec(readFileSync(join(dir, "dist/index.html"), "utf8"))?.[1];
const noBaseUrl = /^broadsheet: warning: no base URL set: canonical links, feeds, the sitemap and robots\.txt name http:\/\/localhost:8080\/; set it with --base-url, BROADSHEET_BASE_URL or "baseUrl" in broadsheet\.config\.json$/;

describe("the base URL", () => {
  it("is --base-url's, over BROADSHEET_BASE_URL's, over the config file's", () => {
    const dir = project({ baseUrl: "https://config.example.org/" });
    const env = { BROADSHEET_BASE_URL: "https://env.example.org/" };
    expect(runCli(["build"], dir)).toMatchObject({ status: 0, stderr: "" });
    expect(canonical(dir)).toBe("https://config.example.org/");
    expect(runCli(["build"], dir, env)).toMatchObject({ status: 0, stderr: "" });
    expect(canonical(dir)).toBe("https://env.example.org/");
    expect(runCli(["build", "--base-url", "https://flag.example.org/"], dir, env)).toMatchObject({ status: 0, stderr: "" });
    expect(canonical(dir)).toBe("https://flag.example.org/");
    const feed = readFileSync(join(dir, "dist/feed.xml"), "utf8");
    expect(feed).toContain("https://flag.example.org/2024/01/02/a-story/");
    expect(feed).not.toContain("localhost");
    expect(readFileSync(join(dir, "dist/robots.txt"), "utf8")).toContain("Sitemap: https://flag.example.org/sitemap.xml");
  });

  it("an empty BROADSHEET_BASE_URL is none; a wrong one is named, exit code 2", () => {
    const dir = project({ baseUrl: "https://config.example.org/" });
    expect(runCli(["build"], dir, { BROADSHEET_BASE_URL: "" })).toMatchObject({ status: 0, stderr: "" });
    expect(canonical(dir)).toBe("https://config.example.org/");
    const wrong = runCli(["build"], dir, { BROADSHEET_BASE_URL: "example.org" });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr.trim()).toBe('broadsheet: BROADSHEET_BASE_URL: "baseUrl" must be an absolute URL such as "https://example.org/" (got "example.org")');
    expect(runCli(["build", "--base-url", "ftp://example.org/"], dir).stderr.trim()).toBe('broadsheet: --base-url: "baseUrl" must be an http or https URL');
  });
});

describe("a build without a base URL", () => {
  it("warns on every build, in one line, and builds", () => {
    const dir = project();
    for (let i = 0; i < 2; i++) {
      const result = runCli(["build"], dir);
      expect(result.status).toBe(0);
      expect(result.stderr.trim().split("\n")).toEqual([expect.stringMatching(noBaseUrl)]);
      expect(result.stdout).toMatch(/^broadsheet: 1 seed read/);
    }
    expect(canonical(dir)).toBe("http://localhost:8080/");
  });

  it("fails under --strict with exit code 1, before it writes anything", () => {
    const dir = project();
    const result = runCli(["build", "--strict"], dir);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^broadsheet: no base URL set: .* \(--strict builds only with one\)$/);
    expect(result.stdout).toBe("");
    expect(existsSync(join(dir, "dist"))).toBe(false);
    expect(runCli(["build", "--strict"], dir, { BROADSHEET_BASE_URL: "https://example.org/" })).toMatchObject({ status: 0, stderr: "" });
  });

  it("is not warned of by check, which builds nothing", () => {
    const dir = project();
    expect(runCli(["check"], dir).stderr).not.toContain("base URL");
  });
});

describe("robots.txt under a base URL with a path", () => {
  it("is written, and the build says in one warning line that crawlers read only the host's, and what to copy there", () => {
    const dir = project({ baseUrl: "https://example.org/archive" });
    const result = runCli(["build", "--strict"], dir);
    expect(result.status).toBe(0);
    expect(result.stderr.trim().split("\n")).toEqual([
      "broadsheet: warning: robots.txt is written to https://example.org/archive/robots.txt, but crawlers read only https://example.org/robots.txt; add its Sitemap line (https://example.org/archive/sitemap.xml) to that one",
    ]);
    expect(readFileSync(join(dir, "dist/robots.txt"), "utf8")).toContain("Sitemap: https://example.org/archive/sitemap.xml");
  });

  it("is not warned of at the host's root", () => {
    expect(runCli(["build"], project({ baseUrl: "https://archive.example.org" }))).toMatchObject({ status: 0, stderr: "" });
  });
});
