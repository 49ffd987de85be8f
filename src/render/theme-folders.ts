// Where a theme's files are looked up: the user's templates folder first, then the
// default theme. A module of its own, so that naming the folders loads no template engine.
import { fileURLToPath } from "node:url";
import type { SiteConfig } from "../config.js";

export const defaultTemplates = fileURLToPath(new URL("../../templates/", import.meta.url));

/** Where templates are looked up: the user's folder first, then the default theme. */
export function themeFolders(config: SiteConfig): string[] {
  return config.templates ? [config.templates, defaultTemplates] : [defaultTemplates];
}
