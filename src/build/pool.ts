// A pool of worker threads: each task goes to the next free worker, so both cores
// stay busy whatever the tasks cost.
import { Worker } from "node:worker_threads";

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
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(script, { workerData });
    worker.on("message", (message: { result?: Result; error?: string }) => {
      const job = busy.get(worker)!;
      busy.delete(worker);
      if (message.error !== undefined) job.reject(new Error(message.error));
      else job.resolve(message.result as Result);
      next(worker);
    });
    worker.on("error", (error) => {
      busy.get(worker)?.reject(error);
      busy.delete(worker);
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
        queue.push({ task, resolve, reject });
        const worker = idle.pop();
        if (worker) next(worker);
      }),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
