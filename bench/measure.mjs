// Runs one build as a child process and measures it: wall and CPU time from GNU time
// (user + sys of the child and every child it waited for), and peak memory. GNU time's
// %M is the largest single process only, so the process tree's summed RSS is also sampled
// from /proc while the build runs; the peak is the larger of the two.
import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync, readdirSync } from "node:fs";

export const timeBinary = "/usr/bin/time";
// one sample costs a few milliseconds of the parent's CPU: often enough, yet light on two cores
const sampleEveryMs = 250;
const pageSizeKiB = 4;

/** Parses the last line GNU time wrote for -f "%e %U %S %M" (earlier lines tell exit status). */
export function parseTimeOutput(text) {
  const lines = text.trim().split("\n");
  const numbers = lines[lines.length - 1].trim().split(/\s+/).map(Number);
  if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n))) return null;
  const [wall, user, sys, maxRssKiB] = numbers;
  // rounded to GNU time's own precision, so the JSON shows 1.33 and not 1.3299999999999998
  return { wallSeconds: wall, cpuSeconds: Math.round((user + sys) * 100) / 100, maxRssKiB };
}

/** Parent of each live process, read from /proc/PID/stat (the kernel here has no task children file). */
function parentsByPid() {
  const parents = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // The command name may hold spaces and parentheses: fields start after the last ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parents.set(Number(name), Number(fields[1]));
    } catch {
      // the process ended between listing and reading
    }
  }
  return parents;
}

/** Summed resident memory of root and all its descendants, in KiB. */
export function treeRssKiB(root) {
  const parents = parentsByPid();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of tree) {
    try {
      const resident = Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]);
      total += resident * pageSizeKiB;
    } catch {
      // ended meanwhile
    }
  }
  return total;
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
    let peakTreeKiB = 0;
    const sampler = setInterval(() => {
      peakTreeKiB = Math.max(peakTreeKiB, treeRssKiB(child.pid));
    }, sampleEveryMs);
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
    child.on("close", (code, signal) => {
      clearInterval(sampler);
      clearTimeout(timer);
      closeSync(log);
      const stats = readStats(statsFile);
      resolve({
        exitCode: code ?? signal,
        timedOut,
        wallSeconds: stats?.wallSeconds ?? null,
        cpuSeconds: stats?.cpuSeconds ?? null,
        peakRssMiB: Math.round(Math.max(stats?.maxRssKiB ?? 0, peakTreeKiB) / 102.4) / 10,
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
