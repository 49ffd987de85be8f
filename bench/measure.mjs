// Runs one build as a child process and measures it. Wall time comes from GNU time. CPU time
// is GNU time's user + sys, which covers the build and every descendant that was waited for
// (a reaped process's times, and those of the children it reaped, go to its parent), plus
// the CPU of descendants that nobody in the tree waited for: Broadsheet's Pagefind runs as
// a service of the pagefind npm API, a child that Node neither waits for nor ends, so when
// Node exits the child is handed to PID 1 and its CPU never reaches GNU time. Those orphans
// are found by sampling /proc while the build runs (a process whose parent changed was left
// behind) and followed until they end; their utime + stime (+ what they reaped) is added.
// Peak memory: GNU time's %M is the largest single process only, so the process tree's
// summed RSS is also sampled from /proc; the peak is the larger of the two.
import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync, readdirSync } from "node:fs";

export const timeBinary = "/usr/bin/time";
// one sample costs a few milliseconds of the parent's CPU: often enough, yet light on two cores
const sampleEveryMs = 250;
// an orphan left when the build ended is followed closely, so little of its last CPU is missed
const orphanEveryMs = 20;
const orphanWaitMs = 15_000;
const pageSizeKiB = 4;
// USER_HZ: /proc reports times in clock ticks of 1/100 s on Linux
const ticksPerSecond = 100;

/** Parses the last line GNU time wrote for -f "%e %U %S %M" (earlier lines tell exit status). */
export function parseTimeOutput(text) {
  const lines = text.trim().split("\n");
  const numbers = lines[lines.length - 1].trim().split(/\s+/).map(Number);
  if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n))) return null;
  const [wall, user, sys, maxRssKiB] = numbers;
  // rounded to GNU time's own precision, so the JSON shows 1.33 and not 1.3299999999999998
  return { wallSeconds: wall, cpuSeconds: Math.round((user + sys) * 100) / 100, maxRssKiB };
}

/**
 * The fields of /proc/PID/stat that the measure needs. The command name may hold spaces and
 * parentheses, so fields are counted from after the last ")": there field 3 (state) is [0].
 */
export function parseStat(text) {
  const f = text.slice(text.lastIndexOf(")") + 2).split(" ");
  return {
    ppid: Number(f[1]),
    // utime + stime of the process, cutime + cstime of the children it waited for
    ticks: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]),
    start: Number(f[19]),
    rssKiB: Number(f[21]) * pageSizeKiB,
  };
}

/** Every live process, by pid (the kernel here has no task children file). */
function processes() {
  const all = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      all.set(Number(name), parseStat(readFileSync(`/proc/${name}/stat`, "utf8")));
    } catch {
      // the process ended between listing and reading
    }
  }
  return all;
}

/**
 * Follows the process tree under root: its summed RSS at each sample, and each process once
 * seen (by pid and start time, so a reused pid is another process), with its parent at first
 * sight, its last CPU ticks, and whether it was reparented, i.e. left behind by its parent.
 */
export class TreeSampler {
  constructor(root) {
    this.root = root;
    this.known = new Map();
    this.peakKiB = 0;
  }

  sample() {
    const all = processes();
    const tree = new Set([this.root]);
    // processes seen before stay followed after their parent is gone
    for (const [pid, k] of this.known) if (all.get(pid)?.start === k.start) tree.add(pid);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [pid, p] of all) {
        if (!tree.has(pid) && tree.has(p.ppid)) {
          tree.add(pid);
          grew = true;
        }
      }
    }
    let rss = 0;
    for (const pid of tree) {
      const p = all.get(pid);
      if (!p) continue;
      rss += p.rssKiB;
      let k = this.known.get(pid);
      if (!k || k.start !== p.start) {
        k = { start: p.start, ppid: p.ppid, ticks: 0, orphaned: false, alive: true };
        this.known.set(pid, k);
      }
      k.ticks = p.ticks;
      if (p.ppid !== k.ppid) k.orphaned = true;
    }
    for (const [pid, k] of this.known) k.alive = all.get(pid)?.start === k.start;
    this.peakKiB = Math.max(this.peakKiB, rss);
  }

  /** Orphans still running (after the root ended, every child it had is one). */
  liveOrphans() {
    return [...this.known.values()].filter((k) => k.orphaned && k.alive).length;
  }

  /** CPU seconds of the processes that were left behind, as last seen. */
  orphanCpuSeconds() {
    let ticks = 0;
    for (const k of this.known.values()) if (k.orphaned) ticks += k.ticks;
    return ticks / ticksPerSecond;
  }
}

/**
 * Runs command under GNU time with its output going to logFile; resolves with the numbers,
 * the exit code, and whether the time limit ended it.
 */
export function measure(command, args, { cwd, statsFile, logFile, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const log = openSync(logFile, "w");
    const child = spawn(timeBinary, ["-f", "%e %U %S %M", "-o", statsFile, command, ...args], {
      cwd,
      stdio: ["ignore", log, log],
      // its own process group, so a build past the time limit can be ended with its children
      detached: true,
    });
    const tree = new TreeSampler(child.pid);
    const sampler = setInterval(() => tree.sample(), sampleEveryMs);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid, "SIGKILL");
    }, timeoutMs);
    child.on("error", (error) => {
      clearInterval(sampler);
      clearTimeout(timer);
      closeSync(log);
      reject(error);
    });
    child.on("close", async (code, signal) => {
      clearInterval(sampler);
      clearTimeout(timer);
      closeSync(log);
      // the build has ended: what is left of its tree now has another parent; follow it out
      tree.sample();
      const waitUntil = performance.now() + orphanWaitMs;
      while (tree.liveOrphans() > 0 && performance.now() < waitUntil) {
        await new Promise((r) => setTimeout(r, orphanEveryMs));
        tree.sample();
      }
      const stats = readStats(statsFile);
      const orphanCpuSeconds = Math.round(tree.orphanCpuSeconds() * 100) / 100;
      resolve({
        exitCode: code ?? signal,
        timedOut,
        wallSeconds: stats?.wallSeconds ?? null,
        cpuSeconds: stats ? Math.round((stats.cpuSeconds + orphanCpuSeconds) * 100) / 100 : null,
        orphanCpuSeconds,
        orphansLeftRunning: tree.liveOrphans(),
        peakRssMiB: Math.round(Math.max(stats?.maxRssKiB ?? 0, tree.peakKiB) / 102.4) / 10,
      });
    });
  });
}

function readStats(file) {
  try {
    return parseTimeOutput(readFileSync(file, "utf8"));
  } catch {
    return null; // killed before GNU time could write
  }
}
