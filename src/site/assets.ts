// Theme assets (CSS, images, scripts): the default theme's assets/ folder, with the
// user's own assets/ overriding file by file.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { byKey } from "../order.js";

export async function themeAssets(folders: string[]): Promise<Map<string, Uint8Array>> {
  const assets = new Map<string, Uint8Array>();
  for (const folder of [...folders].reverse()) {
    const root = join(folder, "assets");
    if (!existsSync(root)) continue;
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    for (const entry of entries.filter((e) => e.isFile())) {
      const full = join(entry.parentPath, entry.name);
      assets.set(`assets/${relative(root, full).split(sep).join("/")}`, await readFile(full));
    }
  }
  return new Map([...assets].sort(byKey));
}

/** One hash over every file of the theme folders, so a changed template renders every page again. */
export async function themeHash(folders: string[]): Promise<string> {
  const hash = createHash("sha1");
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
    for (const file of files) hash.update(relative(folder, file)).update("\0").update(await readFile(file)).update("\0");
    hash.update("\u0001");
  }
  return hash.digest("hex");
}
