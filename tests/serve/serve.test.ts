// The dev server as a user runs it: the CLI, real HTTP on 127.0.0.1, a seed edited
// while it runs, and the reload event that follows.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root, tempDir } from "../helpers.js";

function fetchText(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    }).on("error", reject);
  });
}

/** Resolves with the first stdout line matching, within a time limit. */
function waitForLine(child: ChildProcess, pattern: RegExp, ms = 60_000): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} in: ${seen}`)), ms);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const m = pattern.exec(seen);
      if (m) {
        clearTimeout(timer);
        child.stdout!.off("data", onData);
        resolve(m);
      }
    };
    child.stdout!.on("data", onData);
  });
}

describe("broadsheet serve", () => {
  const tmp = tempDir();
  const seeds = join(tmp.path, "seeds");
  let child: ChildProcess;
  let base = "";

  beforeAll(async () => {
    mkdirSync(seeds);
    writeFileSync(join(seeds, "a.txt"), ' date 2024-03-05 Bridge to open in spring\n"We will open the new bridge in spring," Mayor Anna Petrova said.\n');
    child = spawn(process.execPath, [join(root, "bin/broadsheet.js"), "serve", "--port", "0", "--seeds", seeds, "--out", join(tmp.path, "out")], { cwd: tmp.path, env: { ...process.env, CI: "true" } });
    base = (await waitForLine(child, /serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/))[1];
  });
  afterAll(() => {
    child?.kill();
    tmp.remove();
  });

  it("serves the built site on 127.0.0.1 with a live-reload script", async () => {
    const home = await fetchText(base);
    expect(home.status).toBe(200);
    expect(home.body).toContain("Bridge to open in spring");
    expect(home.body).toContain('new EventSource("/__broadsheet/events")');
    expect((await fetchText(`${base}2024/03/05/bridge-to-open-in-spring/`)).body).toContain("Anna Petrova");
    // the production folder keeps its own build, without the server's local URLs
    expect(existsSync(join(tmp.path, "out"))).toBe(false);
  });

  it("answers a missing page with the site's 404 page, and never serves outside the site", async () => {
    const missing = await fetchText(`${base}no/such/page/`);
    expect(missing.status).toBe(404);
    expect(missing.body).toContain("Page not found");
    // the site is built in <cache>/serve, so ../../seeds/a.txt is a real file outside it
    expect((await fetchText(`${base}..%2f..%2fseeds/a.txt`)).status).toBe(404);
    expect((await fetchText(`${base}..%2f..%2f..%2fseeds/a.txt`)).status).toBe(404);
  });

  it("rebuilds when a seed changes and tells open pages to reload", async () => {
    const events = await new Promise<{ on: (f: (chunk: string) => void) => void; close: () => void }>((resolve) => {
      get(`${base}__broadsheet/events`, (res) => {
        res.setEncoding("utf8");
        resolve({ on: (f) => res.on("data", f), close: () => res.destroy() });
      });
    });
    const reload = new Promise<void>((resolve) => events.on((chunk) => chunk.includes("data: reload") && resolve()));
    const rebuilt = waitForLine(child, /built: /);
    writeFileSync(join(seeds, "b.txt"), " date 2024-03-06 Ferry service resumes after the storm\nThe ferry runs again.\n");
    await rebuilt;
    await reload;
    events.close();
    expect((await fetchText(base)).body).toContain("Ferry service resumes after the storm");
  });
});
