// Broadsheet as a library, as another project meets it: `import { build, parse } from
// "broadsheet"` in a folder whose node_modules/broadsheet is this package, run by Node
// (through package.json's "exports") and type-checked by tsc against the .d.ts files.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root, tempDir } from "./helpers.js";

const tmp = tempDir("broadsheet-library-");
const consumer = join(tmp.path, "consumer");
afterAll(() => tmp.remove());

beforeAll(() => {
  mkdirSync(join(consumer, "node_modules"), { recursive: true });
  symlinkSync(root, join(consumer, "node_modules/broadsheet"), "dir");
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", type: "module", private: true }));
  mkdirSync(join(consumer, "seeds"));
  writeFileSync(join(consumer, "seeds/a.txt"), ' date 2024-03-05 Bridge to open in spring\n"We will open the new bridge in spring," Mayor Anna Petrova said.\n');
});

function node(script: string): { status: number | null; stdout: string; stderr: string } {
  writeFileSync(join(consumer, "script.mjs"), script);
  const result = spawnSync(process.execPath, ["script.mjs"], { cwd: consumer, encoding: "utf8", env: { ...process.env, CI: "true" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('import { build, parse } from "broadsheet"', () => {
  it("parses one seed's text or bytes to its record", () => {
    const result = node(`
      import { parse } from "broadsheet";
      const text = ' date 2024-03-05 Bridge to open in spring\\n"We will open the new bridge in spring," Mayor Anna Petrova said.\\n';
      const fromText = parse(text, { file: "a.txt" });
      const fromBytes = parse(new TextEncoder().encode(text), { file: "a.txt" });
      const markdown = parse("---\\ntitle: A page\\ndate: 2024-01-05\\n---\\nBody.\\n");
      const legacy = parse(new Uint8Array([0x20, 0x64, 0x61, 0x74, 0x65, 0x20, 0x32, 0x30, 0x32, 0x34, 0x2d, 0x30, 0x31, 0x2d, 0x30, 0x32, 0x20, 0xcf, 0xf0, 0xe0, 0xe3, 0x0a]), { encoding: "windows-1251" });
      console.log(JSON.stringify({ fromText, same: JSON.stringify(fromText) === JSON.stringify(fromBytes), markdown, legacy: legacy.headline }));
    `);
    expect(result.stderr).toBe("");
    const { fromText, same, markdown, legacy } = JSON.parse(result.stdout);
    expect(fromText).toMatchObject({ file: "a.txt", date: "2024-03-05", headline: "Bridge to open in spring", url: "/2024/03/05/bridge-to-open-in-spring/" });
    expect(fromText.quotes[0]).toMatchObject({ text: "We will open the new bridge in spring", speaker: "Anna Petrova" });
    expect(same).toBe(true);
    expect(markdown).toMatchObject({ format: "markdown", headline: "A page", date: "2024-01-05", file: "seed" });
    expect(legacy).toBe("Праг");
  });

  it("builds a site from settings in code, as broadsheet build does, and reads a config file with loadConfig", () => {
    writeFileSync(join(consumer, "broadsheet.config.json"), JSON.stringify({ title: "From the file", search: false }));
    const result = node(`
      import { build, loadConfig, ConfigError } from "broadsheet";
      const result = await build({ seeds: "seeds", out: "site", baseUrl: "https://example.org/", search: false, title: "My archive" }, { cache: null });
      const config = loadConfig("broadsheet.config.json");
      let refused = null;
      try { await build({ pageSize: 0 }); } catch (error) { refused = error instanceof ConfigError ? error.message : String(error); }
      console.log(JSON.stringify({ seeds: result.seeds, pages: result.pages, errors: result.messages.length, title: config.title, refused }));
    `);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({ seeds: 1, errors: 0, title: "From the file", refused: 'setting: "pageSize" must be a whole number from 1 to 1000' });
    expect(summary.pages).toBeGreaterThan(5);
    const page = readFileSync(join(consumer, "site/2024/03/05/bridge-to-open-in-spring/index.html"), "utf8");
    expect(page).toContain('<link rel="canonical" href="https://example.org/2024/03/05/bridge-to-open-in-spring/">');
    expect(page).toContain("<title>Bridge to open in spring");
  });

  it("loads in a worker thread of the user's own, starting no build worker there", () => {
    const result = node(`
      import { Worker } from "node:worker_threads";
      const worker = new Worker('import("broadsheet").then((m) => console.log(typeof m.build, typeof m.parse))', { eval: true, workerData: { theirs: true } });
      worker.on("error", (error) => { console.error(error.message); process.exitCode = 1; });
    `);
    expect(result).toMatchObject({ status: 0, stdout: "function function\n", stderr: "" });
  });

  it("exposes only its entry: lib/ is not for import", () => {
    const result = node(`import("broadsheet/lib/cli.js").then(() => console.log("imported"), (error) => console.log(error.code));`);
    expect(result.stdout.trim()).toBe("ERR_PACKAGE_PATH_NOT_EXPORTED");
  });
});

describe("the package's types", () => {
  const tsc = (project: string) => spawnSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", project], { cwd: consumer, encoding: "utf8" });
  const tsconfig = (file: string) => {
    const name = `tsconfig.${file}.json`;
    writeFileSync(join(consumer, name), JSON.stringify({
      compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, skipLibCheck: false, types: ["node"], typeRoots: [join(root, "node_modules/@types")] },
      files: [`${file}.ts`],
    }));
    return name;
  };

  it("type-check a consumer against the .d.ts files, declarations included", () => {
    writeFileSync(join(consumer, "good.ts"), `
      import { build, parse, loadConfig, createProgress, type ArticleRecord, type BuildResult, type SiteConfig, type Quote } from "broadsheet";
      const record: ArticleRecord = parse(" date 2024-01-02 A story\\n", { file: "a.txt", outlets: { gazette: "The Gazette" } });
      const headline: string = record.headline;
      const quotes: Quote[] = record.quotes;
      const date: string | null = record.date;
      const config: SiteConfig = loadConfig(null, { baseUrl: "https://example.org/" });
      const result: Promise<BuildResult> = build({ ...config, search: false }, { cache: null, progress: createProgress(process.stderr, process.env) });
      void result.then((r) => r.pages + r.write.written + (r.search?.pages ?? 0) + r.messages.filter((m) => m.severity === "error").length);
      void [headline, quotes, date];
    `);
    const result = tsc(tsconfig("good"));
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("and catch a consumer's mistakes", () => {
    writeFileSync(join(consumer, "bad.ts"), `
      import { build, parse } from "broadsheet";
      const headline: number = parse("text").headline;
      void build({ pageSize: "20" });
      void parse(42);
      void headline;
    `);
    const result = tsc(tsconfig("bad"));
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/bad\.ts\(3,13\): error TS2322: Type 'string' is not assignable to type 'number'/);
    expect(result.stdout).toMatch(/bad\.ts\(4,\d+\): error TS2322: Type 'string' is not assignable to type 'number'/);
    expect(result.stdout).toMatch(/bad\.ts\(5,\d+\): error TS2345/);
  });
});
