// The worker pool: results come back, and a worker that stops fails its task, and when
// none is left every task after, rather than leaving the build waiting for ever.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createPool } from "../../src/site/pool.js";
import { tempDir } from "../helpers.js";

const tmp = tempDir();
afterAll(() => tmp.remove());

/** A worker script: doubles a number, and stops (exit code 3) when told "stop". */
function script(name: string, body: string): URL {
  const file = join(tmp.path, name);
  writeFileSync(file, `import { parentPort } from "node:worker_threads";\n${body}\n`);
  return pathToFileURL(file);
}
const doubler = script("doubler.mjs", 'parentPort.on("message", (task) => { if (task === "stop") process.exit(3); parentPort.postMessage({ result: task * 2 }); });');
const quitter = script("quitter.mjs", "process.exit(5);");

describe("the worker pool", () => {
  it("gives each task's result back", async () => {
    const pool = createPool<number, number>(doubler, 2, null);
    expect(await Promise.all([1, 2, 3, 4, 5].map((n) => pool.run(n)))).toEqual([2, 4, 6, 8, 10]);
    await pool.close();
  });

  it("fails a task whose worker stops during it, naming the exit code, and goes on with the others", async () => {
    const pool = createPool<number | string, number>(doubler, 2, null);
    await expect(pool.run("stop")).rejects.toThrow("a build worker stopped (exit code 3) during its task");
    expect(await pool.run(4)).toBe(8);
    await pool.close();
  });

  it("fails the tasks, rather than waiting for ever, when every worker has stopped", async () => {
    const pool = createPool<number, number>(quitter, 2, null);
    const queued = pool.run(1);
    await expect(queued).rejects.toThrow(/a build worker stopped \(exit code 5\)/);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(pool.run(2)).rejects.toThrow("no build worker is left to take the task");
    await pool.close();
  });
});
