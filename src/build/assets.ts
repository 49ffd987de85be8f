// Theme assets (CSS, images, scripts): the default theme's assets/ folder, with the
// user's own assets/ overriding file by file.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";

export async function themeAssets(folders: string[]): Promise<Map<string, Uint8Array>> {
  const assets = new Map<string, Uint8Array>();
  for (const folder of [...folders].reverse()) {
    const root = join(folder, "assets");
    if (!existsSync(root)) continue;
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    for (const entry of entries.filter((e) => e.isFile()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(entry.parentPath, entry.name);
      assets.set(`assets/${relative(root, full).split(sep).join("/")}`, await readFile(full));
    }
  }
  return new Map([...assets].sort(([a], [b]) => (a < b ? -1 : 1)));
}
