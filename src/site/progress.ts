// Progress on a terminal: stage, count and rate, for builds longer than a second, and
// the work that runs alongside the stages (the search indexes, made while pages render)
// after it on the same line. Nothing when output is not a terminal or CI is set.

export interface Progress {
  /**
   * A stage starts; `total` is what it has to do, where that is known beforehand. A
   * stage named after work running alongside (the build waiting for the search indexes)
   * takes over that work's count, total and start.
   */
  stage: (name: string, total?: number) => void;
  advance: (count: number) => void;
  /** Work that runs alongside the stages, `total` of it; the function returned counts it done. */
  alongside?: (name: string, total: number) => (count: number) => void;
  done: () => void;
}

export interface ProgressTiming {
  /** Milliseconds of a build before anything is shown. */
  delay?: number;
  /** Milliseconds at least between two updates of the line. */
  interval?: number;
}

const silent: Progress = { stage: () => {}, advance: () => {}, alongside: () => () => {}, done: () => {} };

interface Counter {
  name: string;
  total: number | undefined;
  count: number;
  started: number;
}

export function createProgress(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv, { delay = 1000, interval = 100 }: ProgressTiming = {}): Progress {
  if (!stream.isTTY || env.CI) return silent;
  const started = Date.now();
  let current: Counter = { name: "", total: undefined, count: 0, started };
  const others = new Map<string, Counter>();
  let last = 0;
  let shown = false;
  const show = (force: boolean) => {
    const now = Date.now();
    if (now - started < delay || (!force && now - last < interval)) return;
    last = now;
    shown = true;
    const rate = current.count / Math.max((now - current.started) / 1000, 0.001);
    const alongside = [...others.values()].map((other) => `, ${other.name} ${counted(other)}`).join("");
    stream.write(`\r\x1b[K${current.name} ${counted(current)} (${Math.round(rate)}/s)${alongside}`);
  };
  return {
    stage: (name, total) => {
      const taken = others.get(name);
      others.delete(name);
      current = taken ?? { name, total, count: 0, started: Date.now() };
      show(true);
    },
    advance: (n) => {
      current.count += n;
      show(false);
    },
    alongside: (name, total) => {
      const counter: Counter = { name, total, count: 0, started: Date.now() };
      others.set(name, counter);
      return (n) => {
        counter.count += n;
        show(false);
      };
    },
    done: () => {
      if (shown) stream.write("\r\x1b[K");
    },
  };
}

function counted({ count, total }: Counter): string {
  return total === undefined ? String(count) : `${count}/${total}`;
}
