// Progress on a terminal: stage, count and rate, for builds longer than a second.
// Nothing when output is not a terminal or CI is set.

export interface Progress {
  /** A stage starts; `total` is what it has to do, where that is known beforehand. */
  stage: (name: string, total?: number) => void;
  advance: (count: number) => void;
  done: () => void;
}

const silent: Progress = { stage: () => {}, advance: () => {}, done: () => {} };

export function createProgress(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): Progress {
  if (!stream.isTTY || env.CI) return silent;
  const started = Date.now();
  let name = "";
  let total: number | undefined;
  let count = 0;
  let stageStarted = started;
  let last = 0;
  let shown = false;
  const show = (force: boolean) => {
    const now = Date.now();
    if (now - started < 1000 || (!force && now - last < 100)) return;
    last = now;
    shown = true;
    const rate = count / Math.max((now - stageStarted) / 1000, 0.001);
    stream.write(`\r\x1b[K${name} ${total === undefined ? count : `${count}/${total}`} (${Math.round(rate)}/s)`);
  };
  return {
    stage: (next, size) => {
      name = next;
      total = size;
      count = 0;
      stageStarted = Date.now();
      show(true);
    },
    advance: (n) => {
      count += n;
      show(false);
    },
    done: () => {
      if (shown) stream.write("\r\x1b[K");
    },
  };
}
