// A build worker thread's script: takes tasks from the build (worker.ts does them) and
// posts back their results. Its own module, so that importing Broadsheet in a thread of
// one's own starts no worker there.
import { parentPort, workerData } from "node:worker_threads";
import { BuildError } from "../errors.js";
import { createEnvironment } from "../render/env.js";
import { parseSeeds, renderWithStories, type CarriedError, type WorkerData, type WorkerTask } from "./worker.js";
import type { WriteTarget } from "./write.js";

/** An error as the main thread rebuilds it (pool.ts). */
function carried(error: unknown): CarriedError {
  const { message, stack, code, path, syscall } = error as NodeJS.ErrnoException;
  return { message: message ?? String(error), stack, exitCode: error instanceof BuildError ? error.exitCode : undefined, code, path, syscall };
}

if (parentPort) {
  const { config, target: serial } = workerData as WorkerData;
  // made at the first render, inside its try: a theme's mistake (a locale file that is not JSON) is the build's error, said as such
  let env: ReturnType<typeof createEnvironment> | null = null;
  const target: WriteTarget = { ...serial, previous: new Map(Object.entries(serial.previous)) };
  parentPort.on("message", (task: WorkerTask) => {
    try {
      const result = task.kind === "parse" ? parseSeeds(task.seeds, config) : renderWithStories((env ??= createEnvironment(config)), config, task.pages, task.stories, target);
      parentPort!.postMessage({ result });
    } catch (error) {
      parentPort!.postMessage({ error: carried(error) });
    }
  });
}
