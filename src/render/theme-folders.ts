// The theme's folders, in a module of their own: naming them loads no template engine.
import { fileURLToPath } from "node:url";
import type { SiteConfig } from "../config.js";

export const defaultTemplates = fileURLToPath(new URL("../../templates/", import.meta.url));

/** Where templates are looked up: the user's folder first, then the default theme. */
export function themeFolders(config: SiteConfig): string[] {
  return config.templates ? [config.templates, defaultTemplates] : [defaultTemplates];
}
