import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../helpers.js";

/** The packages a module imports when it loads, through its static imports (not `import type`, not `import()`), each with the path that reaches it. */
function packagesLoaded(entry: string): Map<string, string> {
  const reached = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string, path: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const [, kind, specifier] of source.matchAll(/^(import|export)\s+(?!type\s)(?:[^;"']*?\sfrom\s+)?["']([^"']+)["']/gm)) {
      const via = [...path, relative(root, file)];
      if (specifier.startsWith(".")) visit(join(dirname(file), specifier.replace(/\.js$/, ".ts")), via);
      else if (kind === "import" && !specifier.startsWith("node:") && !reached.has(specifier)) reached.set(specifier, via.join(" -> "));
    }
  };
  visit(join(root, entry), []);
  return reached;
}

describe("start-up", () => {
  it("loads no template engine, Markdown, YAML or search index until a build makes pages", () => {
    const loaded = packagesLoaded("src/cli.ts");
    for (const heavy of ["nunjucks", "markdown-it", "yaml", "pagefind"]) expect(loaded.get(heavy), heavy).toBeUndefined();
  });

  it("is looked at through every static import, however deep", () => {
    // the pages' modules load them all, three and four imports down
    const loaded = packagesLoaded("src/render/site.ts");
    for (const heavy of ["nunjucks", "markdown-it", "yaml"]) expect(loaded.get(heavy), heavy).toBeDefined();
    expect(packagesLoaded("src/site/render-changed.ts").get("nunjucks")).toMatch(/render-changed\.ts -> src\/render\/env\.ts/);
  });
});
