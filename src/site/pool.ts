// A pool of worker threads: each task goes to the next free worker, so both cores
// stay busy whatever the tasks cost.
import { Worker } from "node:worker_threads";
import { BuildError } from "../errors.js";
import type { CarriedError } from "./worker.js";

export interface Pool<Task, Result> {
  run: (task: Task) => Promise<Result>;
  close: () => Promise<void>;
}

interface Waiting<Task, Result> {
  task: Task;
  resolve: (result: Result) => void;
  reject: (error: Error) => void;
}

export function createPool<Task, Result>(script: URL, size: number, workerData: unknown): Pool<Task, Result> {
  const idle: Worker[] = [];
  const queue: Array<Waiting<Task, Result>> = [];
  const busy = new Map<Worker, Waiting<Task, Result>>();
  const alive = new Set<Worker>();
  let closing = false;
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(script, { workerData });
    alive.add(worker);
    worker.on("message", (message: { result?: Result; error?: CarriedError }) => {
      const job = busy.get(worker)!;
      busy.delete(worker);
      if (message.error !== undefined) job.reject(rebuilt(message.error));
      else job.resolve(message.result as Result);
      next(worker);
    });
    worker.on("error", (error) => {
      busy.get(worker)?.reject(error);
      busy.delete(worker);
    });
    // a worker that ends without a word (out of memory, killed) fails its task rather than leaving it waiting,
    // and takes no more; when none is left, the tasks still queued fail too
    worker.on("exit", (code) => {
      const job = busy.get(worker);
      busy.delete(worker);
      alive.delete(worker);
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      if (closing) return;
      const stopped = () => new Error(`a build worker stopped (exit code ${code})${job ? " during its task" : ""}`);
      job?.reject(stopped());
      if (alive.size === 0) for (const waiting of queue.splice(0)) waiting.reject(stopped());
    });
    idle.push(worker);
    return worker;
  });

  function next(worker: Worker): void {
    const job = queue.shift();
    if (!job) {
      idle.push(worker);
      return;
    }
    busy.set(worker, job);
    worker.postMessage(job.task);
  }

  return {
    run: (task) =>
      new Promise<Result>((resolve, reject) => {
        if (alive.size === 0) return reject(new Error("no build worker is left to take the task"));
        queue.push({ task, resolve, reject });
        const worker = idle.pop();
        if (worker) next(worker);
      }),
    close: async () => {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** The error as thrown in the worker: a BuildError keeps its exit code, a file-system error its code and path. */
function rebuilt(carried: CarriedError): Error {
  const error = carried.exitCode !== undefined ? new BuildError(carried.message, carried.exitCode) : Object.assign(new Error(carried.message), { code: carried.code, path: carried.path, syscall: carried.syscall });
  if (carried.stack) error.stack = carried.stack;
  return error;
}
