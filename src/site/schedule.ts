// Scheduling: how the work is cut into tasks for the worker pool, and how many tasks
// are under way at once.

/** Below these, starting workers costs more than it saves. */
export const parallelDefaults = { seeds: 3000, pages: 4000 };
export const seedsPerTask = 200;
export const pagesPerTask = 250;

/** Tasks the workers may have queued at once: enough to keep both busy, few enough that seeds' bytes and pages do not pile up. */
export const tasksInFlight = 4;

/** Tasks under way, at most `limit`: adding one more waits until one has ended. */
export function boundedTasks(limit: number): { add: (task: Promise<void>) => Promise<void>; drain: () => Promise<void> } {
  const running = new Set<Promise<void>>();
  return {
    add: async (task) => {
      const tracked: Promise<void> = task.finally(() => running.delete(tracked));
      running.add(tracked);
      if (running.size >= limit) await Promise.race(running);
    },
    drain: async () => {
      await Promise.all(running);
    },
  };
}
