// Seeds and site snapshots for the build tests.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export function seedText(i: number): string {
  return [
    ` date 2024-0${1 + (i % 3)}-${String(1 + (i % 27)).padStart(2, "0")} Story ${i} on the bridge works`,
    `"We will finish bridge ${i} before the winter comes," Mayor Anna Petrova said, according to Reuters.`,
    `The works in Sofia began ${i} days ago, and "the river is rising quickly," engineer Ivan Georgiev told reporters.`,
    "- » Story 1 on the bridge works",
  ].join("\n");
}

/** Every file of a site, path to bytes, the site's marker included. */
export function snapshot(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(folder, path), readFileSync(path, "latin1"));
    }
  };
  walk(folder);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}
