// Rebuilding on change, for `serve` and `build --watch`: one build at a time, changes
// that arrive during a build starting one more after it, and folders and files watched
// for changes, a burst of them (an editor's save, a checkout) making one rebuild.
import { watch, type FSWatcher } from "node:fs";
import { basename, dirname, join, relative, resolve, isAbsolute } from "node:path";
import type { SiteConfig } from "../config.js";

export interface Rebuilder {
  /** Builds now, or once more after the build that runs; resolves when no build is left to run. */
  now: () => Promise<void>;
  /** Builds `settle` milliseconds after the last of a burst of calls. */
  soon: () => void;
  /** Resolves when no build runs or waits to run; cancels a build `soon` had not started. */
  idle: () => Promise<void>;
  /** Whether a build runs now. */
  busy: () => boolean;
}

export function rebuilder(buildOnce: () => Promise<void>, settle = 100): Rebuilder {
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  const now = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await buildOnce();
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };
  return {
    now,
    soon: () => {
      clearTimeout(timer);
      timer = setTimeout(() => void now(), settle);
    },
    idle: async () => {
      clearTimeout(timer);
      again = false;
      await running;
    },
    busy: () => running !== null,
  };
}

export interface Watched {
  /** Folders watched with all they hold. */
  folders: string[];
  /** Files watched by name in their folder, so that a file an editor replaces, or one not made yet, is still seen. */
  files?: string[];
  /** Changes inside these folders are not changes (a site or a cache kept inside the seeds folder). */
  ignore?: string[];
}

/**
 * What a build of `config` reads, to watch: its seeds and templates folders, and `files`
 * (the config file); not its site or its cache, which the build writes itself.
 */
export function siteWatched(config: Pick<SiteConfig, "seeds" | "templates" | "out" | "cache">, files: string[] = []): Watched {
  return { folders: [config.seeds, ...(config.templates ? [config.templates] : [])], files, ignore: [config.out, ...(config.cache ? [config.cache] : [])] };
}

/** Calls `changed` on every change to what is watched; a watch that fails (its folder removed) calls `failed`. */
export function watchPaths({ folders, files = [], ignore = [] }: Watched, changed: () => void, failed: (error: Error) => void = () => {}): { close: () => void } {
  const skipped = ignore.map((folder) => resolve(folder));
  const inside = (path: string) => skipped.some((folder) => {
    const rest = relative(folder, path);
    return rest === "" || (!rest.startsWith("..") && !isAbsolute(rest));
  });
  const watchers: FSWatcher[] = [];
  const add = (watcher: FSWatcher) => watchers.push(watcher.on("error", failed));
  for (const folder of folders) {
    add(watch(folder, { recursive: true }, (_event, name) => {
      if (name === null || !inside(join(folder, name.toString()))) changed();
    }));
  }
  const byFolder = new Map<string, Set<string>>();
  for (const file of files.map((f) => resolve(f))) {
    const names = byFolder.get(dirname(file)) ?? new Set<string>();
    byFolder.set(dirname(file), names.add(basename(file)));
  }
  for (const [folder, names] of byFolder) {
    add(watch(folder, (_event, name) => {
      if (name !== null && names.has(name.toString())) changed();
    }));
  }
  return { close: () => watchers.forEach((watcher) => watcher.close()) };
}
