// A page's fingerprint: what its output depends on, so an unchanged page is not
// rendered again. Records (and a person's quotes) stand in as their revision, which
// is cheap, rather than as all their text.
import type { Page } from "../render/page.js";
import { hashOf } from "./cache.js";

export type Revisions = WeakMap<object, string>;

export function pageFingerprint(page: Page, revisions: Revisions, salt: string): string {
  return hashOf(salt, page.template ?? "", page.content ?? "", inputText(page.inputs ?? page.data, revisions));
}

/**
 * Data as one text, each value with a revision as that revision: two data differ in
 * their text wherever they differ in what JSON keeps of them (each text and revision
 * written with its length, so none runs into the next; a value with toJSON, a date, as
 * what that gives). Written by hand rather than as JSON.stringify with a replacer,
 * which calls back for every value.
 */
export function inputText(data: unknown, revisions: Revisions): string {
  switch (typeof data) {
    case "string":
      return `${data.length}"${data}`;
    case "number":
      return `${data};`;
    case "boolean":
      return data ? "t" : "f";
    case "object": {
      if (data === null) return "n";
      const revision = revisions.get(data);
      if (revision !== undefined) return `@${revision.length}:${revision}`;
      if (typeof (data as { toJSON?: unknown }).toJSON === "function") return inputText((data as { toJSON: () => unknown }).toJSON(), revisions);
      if (Array.isArray(data)) {
        let text = "[";
        for (const item of data) text += inputText(item, revisions);
        return `${text}]`;
      }
      let text = "{";
      for (const key of Object.keys(data)) {
        const value = (data as Record<string, unknown>)[key];
        if (value !== undefined && typeof value !== "function") text += `${key.length}:${key}${inputText(value, revisions)}`;
      }
      return `${text}}`;
    }
    default:
      return "n";
  }
}
