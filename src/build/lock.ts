// One build at a time on a cache or an output folder. A lock is a file made only if
// absent, holding the builder's pid; a second build waits for it, then stops with a
// message naming the holder; a lock whose process is gone (a build killed) is taken over.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { BuildError } from "../errors.js";

export interface LockOptions {
  /** How long to wait for another build to let go, in milliseconds. */
  wait: number;
  /** Told once, when the lock is held by another build and this one starts to wait. */
  onWait?: (holder: number) => void;
}

const pollEvery = 100;

/** Locks this process holds: a pid alone cannot tell two builds of one process apart. */
const held = new Set<string>();

/** Takes the lock at `file`, waiting for another build to end; returns its release. */
export async function acquireLock(file: string, what: string, options: LockOptions): Promise<() => void> {
  const deadline = Date.now() + options.wait;
  let told = false;
  for (;;) {
    const holder = tryLock(file);
    if (holder === null) {
      held.add(file);
      return () => {
        held.delete(file);
        rmSync(file, { force: true });
      };
    }
    if (Date.now() >= deadline) {
      throw new BuildError(`${what} is in use by another build (process ${holder}, lock ${file}); wait for it to end, or remove the lock if that process is not a build`);
    }
    if (!told) options.onWait?.(holder);
    told = true;
    await sleep(pollEvery);
  }
}

/** null when this process now holds the lock; else the pid of the build that does. */
function tryLock(file: string): number | null {
  try {
    writeFileSync(file, String(process.pid), { flag: "wx" });
    return null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  let holder: number;
  try {
    holder = Number(readFileSync(file, "utf8").trim() || Number.NaN);
  } catch (error) {
    // let go between the two calls: try again
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return tryLock(file);
    throw error;
  }
  if (held.has(file)) return process.pid;
  if (holder !== process.pid && running(holder)) return holder;
  // the holder is gone: take its lock over (a build killed, or an empty lock half made)
  rmSync(file, { force: true });
  return tryLock(file);
}

function running(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
