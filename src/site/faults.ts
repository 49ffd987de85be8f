// Crash tests: BROADSHEET_KILL_AT=point[:n] kills the build at the n-th time (default
// the first) it reaches a named point, as kill -9 would, so that a test can stop a
// build between any two steps of its write and check that the next build repairs it.
const [point, count] = (process.env.BROADSHEET_KILL_AT ?? "").split(":");
const at = Number(count ?? 1);
let reached = 0;

export function faultPoint(name: string): void {
  if (point === name && ++reached === at) process.kill(process.pid, "SIGKILL");
}
