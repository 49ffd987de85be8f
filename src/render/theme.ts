// What the theme folders give besides templates and assets: the interface strings of the
// site's language and the user's own pages. Read once per build (and per worker), from
// the folders themeFolders names; the theme's hash (site/assets.ts) covers these files too.
import { loadLocale, type Locale } from "./locale.js";
import { readUserPages, type UserPage } from "./user-pages.js";

export interface Theme {
  locale: Locale;
  pages: UserPage[];
}

/** `folders` as themeFolders gives them, the user's first. */
export function readTheme(folders: string[], language: string): Theme {
  return { locale: loadLocale(folders, language), pages: readUserPages(folders) };
}
