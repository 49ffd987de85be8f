// One build at a time on a cache or an output folder. A lock is a file holding the
// builder's pid, made whole in one step (written beside, then linked into place, which
// fails if a lock is there); a second build waits for it, then stops with a message
// naming the holder; a lock whose process is gone (a build killed) is taken over.
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
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
    const holder = held.has(file) ? process.pid : tryLock(file);
    if (holder === null) {
      held.add(file);
      return () => release(file);
    }
    if (Date.now() >= deadline) {
      throw new BuildError(`${what} is in use by another build (process ${holder}, lock ${file}); wait for it to end, or remove the lock if that process is not a build`);
    }
    if (!told) options.onWait?.(holder);
    told = true;
    await sleep(pollEvery);
  }
}

/** null when this process now holds the lock; else the pid of the build that does, or -1 while it changes hands. */
function tryLock(file: string): number | null {
  if (create(file)) return null;
  const holder = holderOf(file);
  if (holder !== null && running(holder)) return holder;
  // the holder is gone, or the lock holds no pid (no build of ours makes one so)
  takeOver(file, holder);
  return create(file) ? null : -1;
}

/** Makes the lock with this process's pid in it, whole, unless one is there. */
function create(file: string): boolean {
  const temporary = `${file}.${process.pid}`;
  writeFileSync(temporary, String(process.pid));
  try {
    linkSync(temporary, file);
    return true;
  } catch (error) {
    // EEXIST: held; ENOENT: the pid file went (the holder tidied the folder): try again
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST" || code === "ENOENT") return false;
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}

function holderOf(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, "utf8"));
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Moves a dead holder's lock aside; two builds that both saw it dead cannot both take
 * it: the one whose rename moved another's live lock puts it back.
 */
function takeOver(file: string, dead: number | null): void {
  const aside = `${file}.stale.${process.pid}`;
  try {
    renameSync(file, aside);
  } catch {
    return;
  }
  if (holderOf(aside) !== dead) {
    try {
      linkSync(aside, file);
    } catch {
      // a third build took the lock in between: this one waits for it like any other
    }
  }
  rmSync(aside, { force: true });
}

/** Removes the lock only while it is this process's: never one another build has taken over since. */
function release(file: string): void {
  held.delete(file);
  if (holderOf(file) === process.pid) rmSync(file, { force: true });
}

function running(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
