// Outlet rule: who published the article when its boilerplate names no one: a Markdown
// seed's front matter `source`, else its file name's prefix ("breitbart_2016-09-15_....txt")
// as the outlet list and the "outlets" setting name it. An unknown prefix names no one.
import type { Publisher } from "../types.js";
import { outletPrefixes } from "./outlet-prefixes.js";
import type { ParseState } from "./state.js";

export function outlet(state: ParseState): void {
  if (state.publisher) return;
  const name = state.front.source ?? prefixOutlet(state.seed.file, state.outlets);
  if (name) state.publisher = { name } satisfies Publisher;
}

/** The outlet a file name's prefix (before its first "_") stands for, the setting's names over the list's. */
export function prefixOutlet(file: string, outlets: Readonly<Record<string, string>>): string | null {
  const base = file.replace(/^.*\//, "");
  const cut = base.indexOf("_");
  if (cut < 1) return null;
  const prefix = base.slice(0, cut).toLowerCase();
  // own keys only: a prefix such as "constructor" is not an outlet
  if (Object.hasOwn(outlets, prefix)) return outlets[prefix];
  return Object.hasOwn(outletPrefixes, prefix) ? outletPrefixes[prefix] : null;
}
