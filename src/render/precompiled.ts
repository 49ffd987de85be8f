// Templates compiled ahead: `npm install` compiles the default theme into lib/templates.json
// (scripts/precompile-templates.js), so that a build, and each of its workers, compiles
// only the templates of a theme of its own, or a default one edited since.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import nunjucks from "nunjucks";

/** The environment's options, which shape the compiled code: copied for each environment, which adds its own to them. */
export const compileOptions = { autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true } as const;

const nunjucksVersion = (createRequire(import.meta.url)("nunjucks/package.json") as { version: string }).version;

/** Stands for the template's path in its compiled code, which names it to resolve includes beside it; put in at load. */
const pathMark = "\u0000template path\u0000";

export interface CompiledTemplate {
  /** Of the source it was compiled from, the options and the compiler: used only while they are as they were. */
  sum: string;
  code: string;
}

/** Templates compiled, by the names the theme's loader gives them ("partials/quote.njk"). */
export type CompiledTemplates = Record<string, CompiledTemplate>;

export function sourceSum(source: string): string {
  return createHash("sha1").update(`${nunjucksVersion}\0${JSON.stringify(compileOptions)}\0${source}`).digest("hex");
}

/** Every template in a theme folder but its pages of its own (pages/*, read without their front matter), compiled. */
export function compileTheme(folder: string): CompiledTemplates {
  const env = new nunjucks.Environment([], { ...compileOptions });
  const names = readdirSync(folder, { recursive: true, encoding: "utf8" })
    .map((name) => name.split("\\").join("/"))
    .filter((name) => name.endsWith(".njk") && !name.startsWith("pages/"))
    .sort();
  const templates: CompiledTemplates = {};
  for (const name of names) {
    const source = readFileSync(join(folder, name), "utf8");
    templates[name] = { sum: sourceSum(source), code: nunjucks.precompileString(source, { name: pathMark, env, wrapper: codeAlone }) };
  }
  return templates;
}

/** The compiled code with no wrapper around it (nunjucks passes the list of templates; its types say one). */
const codeAlone = ((templates: Array<{ template: string }>) => templates[0].template) as unknown as nunjucks.PrecompileOptions["wrapper"];

/** The default theme as `npm install` compiled it; none where it was not (the build then compiles the templates it uses). */
export function readCompiledTheme(file: URL): CompiledTemplates {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as CompiledTemplates;
  } catch {
    return {};
  }
}

/**
 * The compiled template for a source a loader found, as nunjucks takes it in place of
 * the source; null where none of that name was compiled from that very source. Wherever
 * the source is, its code is what compiling it there gives: the code names its path.
 */
export function compiledSource(templates: CompiledTemplates, name: string, source: nunjucks.LoaderSource): nunjucks.LoaderSource | null {
  const compiled = Object.hasOwn(templates, name) ? templates[name] : undefined;
  if (!compiled || compiled.sum !== sourceSum(source.src)) return null;
  const code = compiled.code.replaceAll(JSON.stringify(pathMark), JSON.stringify(source.path));
  // nunjucks' own precompiled loader hands over this form; its types know only a source string
  return { ...source, src: { type: "code", obj: new Function(code)() as unknown } as unknown as string };
}
