import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root, runCli, tempDir } from "./helpers.js";

const evil = "<script>alert('x')</script>";

describe("broadsheet build, end to end", () => {
  const tmp = tempDir();
  const seeds = join(tmp.path, "seeds");
  const out = join(tmp.path, "site");
  let build: ReturnType<typeof runCli>;

  beforeAll(() => {
    mkdirSync(seeds);
    writeFileSync(join(seeds, "000.txt"), readFileSync(join(root, "seeds/000_fd44b74fcdb4dbec.txt")));
    writeFileSync(join(seeds, "evil.txt"), [
      ` date 2024-01-02 Headline ${evil}`,
      `A paragraph with ${evil} inside it.`,
      `"The plan is ${evil} and more words," Mayor Anna Petrova said.`,
    ].join("\n"));
    writeFileSync(join(seeds, "evil.md"), `---\ntitle: ${JSON.stringify(`Hostile </script>${evil} & "quotes"`)}\ndate: 2024-01-03\nauthor: ${JSON.stringify(`Mallory ${evil}`)}\ntags: [${JSON.stringify(evil)}]\n---\nBody with ${evil} & more.\n`);
    build = runCli(["build", "--seeds", seeds, "--out", out, "--base-url", "https://example.org/archive/"], tmp.path);
  });
  afterAll(() => tmp.remove());

  it("exits 0 and prints one summary line (and, for a base URL with a path, where robots.txt must go)", () => {
    expect(build.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^broadsheet: warning: robots\.txt is written to https:\/\/example\.org\/archive\/robots\.txt/)]);
    expect(build.status).toBe(0);
    expect(build.stdout.trim().split("\n")).toHaveLength(1);
    expect(build.stdout).toMatch(/^broadsheet: 3 seeds read \(3 parsed\), .* 0 errors, 0 warnings in \d+\.\d+ s$/m);
  });

  it("writes the home page and the article at its dated URL", () => {
    const home = readFileSync(join(out, "index.html"), "utf8");
    expect(home).toContain('href="/archive/2023/04/30/message-from-iran-to-iraq/"');
    const article = readFileSync(join(out, "2023/04/30/message-from-iran-to-iraq/index.html"), "utf8");
    expect(article).toContain("<h1>Message from Iran to Iraq: Even one American is too much for you</h1>");
    expect(article).toContain('<link rel="canonical" href="https://example.org/archive/2023/04/30/message-from-iran-to-iraq/">');
    expect(article).toMatch(/<blockquote><p>Even the presence of one American in Iraq is too much<\/p><\/blockquote>/);
    expect(article).toContain('<a class="speaker" href="/archive/people/ayatollah-ali-khamenei/">Ayatollah Ali Khamenei</a>, <span class="role">Supreme Leader of Iran</span>');
    expect(article).toContain("Clashes continue in Sudan: Missile Strikes in Khartoum");
  });

  it("orders the home page newest first", () => {
    const home = readFileSync(join(out, "index.html"), "utf8");
    expect(home.indexOf("2024/01/02")).toBeLessThan(home.indexOf("2023/04/30"));
  });

  it("escapes <script> from a headline, a paragraph and a quote", () => {
    const page = readFileSync(join(out, "2024/01/02/headline-script-alert-x-script/index.html"), "utf8");
    expect(page).not.toContain(evil);
    expect(page).toContain("<h1>Headline &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</h1>");
    expect(page).toMatch(/<p id="p-\d+">A paragraph with &lt;script&gt;alert\(&#39;x&#39;\)&lt;\/script&gt; inside it\.<\/p>/);
    expect(page).toContain("<blockquote><p>The plan is &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; and more words</p></blockquote>");
    for (const file of ["index.html", "feed.xml"]) expect(readFileSync(join(out, file), "utf8")).not.toContain(evil);
  });

  it("escapes seed strings in JSON-LD, feeds, meta tags and topic pages", () => {
    const page = readFileSync(join(out, "2024/01/03/hostile-script-script-alert-x-script-quotes/index.html"), "utf8");
    const scripts = [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)];
    expect(scripts).toHaveLength(1);
    const jsonld = JSON.parse(scripts[0][1]);
    expect(jsonld.headline).toBe(`Hostile </script>${evil} & "quotes"`);
    expect(jsonld.author.name).toBe(`Mallory ${evil}`);
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).toContain('<meta property="og:title" content="Hostile &lt;/script&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;">');
    const feed = JSON.parse(readFileSync(join(out, "feed.json"), "utf8"));
    expect(feed.items.map((i: { title: string }) => i.title)).toContain(`Hostile </script>${evil} & "quotes"`);
    for (const file of ["feed.xml", "sitemap.xml", "index.html", "topics/index.html"]) expect(readFileSync(join(out, file), "utf8")).not.toContain("<script>alert");
  });

  it("writes an Atom feed and a sitemap with absolute URLs", () => {
    const feed = readFileSync(join(out, "feed.xml"), "utf8");
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(feed).toContain("<id>https://example.org/archive/2023/04/30/message-from-iran-to-iraq/</id>");
    const sitemap = readFileSync(join(out, "sitemap.xml"), "utf8");
    expect(sitemap).toContain("<loc>https://example.org/archive/2023/04/30/message-from-iran-to-iraq/</loc>");
    expect(sitemap).toContain("<loc>https://example.org/archive/</loc>");
  });

  it("gives byte-identical output when built again, and rewrites nothing", () => {
    const again = runCli(["build", "--seeds", seeds, "--out", out, "--base-url", "https://example.org/archive/"], tmp.path);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/\(0 parsed\), .*\(0 rendered\), .*\(0 written, 0 removed\)/);
    expect(existsSync(join(tmp.path, ".broadsheet-cache"))).toBe(true);
  });

  it("takes the changed seeds as arguments or on stdin, as git diff --name-only prints them, and looks at no other", () => {
    const args = ["build", "--seeds", seeds, "--out", out, "--base-url", "https://example.org/archive/", "--changed"];
    writeFileSync(join(seeds, "new.txt"), " date 2024-01-05 A new harbour opens\nText.\n");
    const named = runCli([...args, "seeds/new.txt", "README.md"], tmp.path);
    expect(named.status).toBe(0);
    expect(named.stdout).toMatch(/4 seeds read \(1 parsed\)/);
    writeFileSync(join(seeds, "later.txt"), " date 2024-01-06 A later harbour opens\nText.\n");
    const piped = spawnSync(process.execPath, [join(root, "bin/broadsheet.js"), ...args], { cwd: tmp.path, input: "seeds/later.txt\nsrc/other.ts\n", encoding: "utf8", env: { ...process.env, CI: "true" } });
    expect(piped.status).toBe(0);
    expect(piped.stdout).toMatch(/5 seeds read \(1 parsed\)/);
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain("A later harbour opens");
    expect(runCli(["build", "--seeds", seeds, "--out", out, "stray"], tmp.path)).toMatchObject({ status: 2, stderr: expect.stringContaining("build takes no arguments") });
  });
});

describe("broadsheet parse", () => {
  it("prints one JSON record per seed", () => {
    const result = runCli(["parse", "seeds/000_fd44b74fcdb4dbec.txt"]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]);
    expect(record).toMatchObject({ date: "2023-04-30", file: "seeds/000_fd44b74fcdb4dbec.txt", url: "/2023/04/30/message-from-iran-to-iraq/" });
    expect(record.quotes).toHaveLength(4);
  });
});

describe("broadsheet check", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it("prints file:line:column: severity: message [rule] and exits 1 on errors", () => {
    writeFileSync(join(tmp.path, "bad.txt"), " date 2023-13-01 A headline for a bad month\nSome text.\n");
    const result = runCli(["check", "--seeds", tmp.path], tmp.path);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("bad.txt:1:7: error: \"2023-13-01\" is not a date (YYYY-MM-DD or YYYY-MM) [date]");
  });

  it("exits 0 on warnings, 1 under --strict, and speaks GitHub's annotation format", () => {
    const dir = join(tmp.path, "warn");
    mkdirSync(dir);
    writeFileSync(join(dir, "undated.txt"), "A headline without a date line\nSome text.\n");
    expect(runCli(["check", "--seeds", dir]).status).toBe(0);
    expect(runCli(["check", "--seeds", dir, "--strict"]).status).toBe(1);
    expect(runCli(["check", "--seeds", dir, "--format", "github"]).stdout).toMatch(/^::warning file=.*undated\.txt,line=1,col=1,title=date::no date line/m);
  });

  it("exits 2 on bad usage and bad configuration", () => {
    expect(runCli(["frobnicate"]).status).toBe(2);
    expect(runCli(["build", "seeds"], tmp.path).status).toBe(2);
    expect(runCli(["check", "--format", "xml"]).status).toBe(2);
    writeFileSync(join(tmp.path, "broadsheet.config.json"), '{ "pageSize": 0 }');
    const bad = runCli(["build", "--seeds", join(tmp.path, "warn"), "--out", join(tmp.path, "out")], tmp.path);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('"pageSize" must be a whole number');
    expect(existsSync(join(tmp.path, "out"))).toBe(false);
  });
});

describe("broadsheet new", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it("writes a Markdown draft that builds once it is no draft, and never overwrites one", () => {
    const made = runCli(["new", "Council approves the bridge budget", "--date", "2024-05-01"], tmp.path);
    expect(made.status).toBe(0);
    const file = join(tmp.path, "seeds/2024-05-01-council-approves-the-bridge-budget.md");
    expect(readFileSync(file, "utf8")).toContain('title: "Council approves the bridge budget"\ndate: 2024-05-01');
    expect(readFileSync(file, "utf8")).toMatch(/^draft: true$/m);
    const page = join(tmp.path, "dist/2024/05/01/council-approves-the-bridge-budget/index.html");
    const asDraft = runCli(["build", "--no-cache"], tmp.path);
    expect(asDraft.status).toBe(0);
    expect(asDraft.stdout).toContain("1 draft left out");
    expect(existsSync(page)).toBe(false);
    writeFileSync(file, readFileSync(file, "utf8").replace("draft: true\n", "").replace("Write the story here.", "The council met on Tuesday."));
    expect(runCli(["build", "--no-cache"], tmp.path).status).toBe(0);
    expect(existsSync(page)).toBe(true);
    writeFileSync(file, "edited");
    expect(runCli(["new", "Council approves the bridge budget", "--date", "2024-05-01"], tmp.path).status).toBe(2);
    expect(readFileSync(file, "utf8")).toBe("edited");
    expect(runCli(["new", "Another", "--date", "2024-13-01"], tmp.path).status).toBe(2);
    expect(runCli(["new", "Another", "--date", "2024-05"], tmp.path).status).toBe(2);
  });
});
