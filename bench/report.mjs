// Pure parts of the report: medians over runs, Broadsheet's ratios to its peers, the table.
// Ratios compare only numbers from the same invocation: the machine is shared and noisy,
// so a peer's time from another day says little.

export const peers = ["hugo", "hugo-like", "eleventy"];
/** Broadsheet as users build by default, and without its search index (which the peers do not make). */
export const ours = ["broadsheet", "broadsheet-no-search"];
const names = { broadsheet: "Broadsheet", "broadsheet-no-search": "Broadsheet without search", hugo: "Hugo", "hugo-like": "hugo-like (Hugo + Pagefind)", eleventy: "Eleventy" };
/**
 * Which of ours each peer is set against. Hugo and Eleventy make no search index, so both
 * variants are; hugo-like makes Broadsheet's kinds of page and a Pagefind index over its
 * articles, so only Broadsheet with search compares like with like.
 */
const rivals = { hugo: ours, eleventy: ours, "hugo-like": ["broadsheet"] };

export function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A run counts when the build finished: status "ok", possibly with a note after it. */
export function succeeded(run) {
  return run.status.startsWith("ok");
}

/**
 * One line per tool: the median of each measure over its successful runs. A tool none of
 * whose runs succeeded keeps the first failure as its status (e.g. "out of memory").
 */
export function summarize(tool, runs) {
  const good = runs.filter(succeeded);
  const pick = (key) => median(good.map((r) => r[key]).filter((v) => v !== null));
  return {
    tool,
    runs: runs.length,
    succeeded: good.length,
    status: good.length > 0 ? good[0].status : runs[0]?.status ?? "not run",
    wallSeconds: pick("wallSeconds"),
    cpuSeconds: pick("cpuSeconds"),
    peakRssMiB: pick("peakRssMiB"),
    pages: pick("pages"),
  };
}

/** Each Broadsheet variant divided by each peer, for wall time and peak memory: below 1, Broadsheet is ahead. */
export function ratios(summaries) {
  const finished = (s) => s.succeeded > 0;
  return summaries
    .filter((s) => ours.includes(s.tool) && finished(s))
    .flatMap((mine) =>
      summaries
        .filter((s) => peers.includes(s.tool) && rivals[s.tool].includes(mine.tool) && finished(s))
        .map((peer) => ({ ours: mine.tool, peer: peer.tool, wall: mine.wallSeconds / peer.wallSeconds, rss: mine.peakRssMiB / peer.peakRssMiB })),
    );
}

function fixed(value, digits) {
  return value === null || value === undefined ? "-" : value.toFixed(digits);
}

/** The table for one corpus size, as printed and as pasted into issues. */
export function formatTable(size, summaries, runsAsked) {
  const header = ["tool", "wall s", "CPU s", "peak RSS MiB", "pages", "status"];
  const rows = summaries.map((s) => [
    s.tool,
    fixed(s.wallSeconds, 2),
    fixed(s.cpuSeconds, 2),
    fixed(s.peakRssMiB, 0),
    s.pages === null ? "-" : String(s.pages),
    s.status,
  ]);
  const title = `${size} articles, median of ${runsAsked} run${runsAsked === 1 ? "" : "s"}`;
  const lines = [title, ...columns(header, rows)];
  for (const r of ratios(summaries)) {
    lines.push(`${names[r.ours]}/${names[r.peer]}: wall ${r.wall.toFixed(2)}x, peak RSS ${r.rss.toFixed(2)}x`);
  }
  return lines.join("\n");
}

/** Broadsheet's incremental cases, in the order they run, each after the one before. */
export const incrementalCases = ["cold", "unchanged", "new-newest", "one-changed", "one-deleted"];
const caseNames = {
  cold: "cold (no cache)",
  unchanged: "nothing changed",
  "new-newest": "one new newest",
  "one-changed": "one paragraph edited",
  "one-deleted": "one article deleted",
};

/** The numbers of Broadsheet's summary line: "N seeds read (P parsed), ... (W written, R removed), ...". */
export function broadsheetSummary(log) {
  const line = log.split("\n").find((l) => /^broadsheet: .*\bread \(\d+ parsed\)/.test(l)) ?? "";
  const number = (pattern) => {
    const m = line.match(pattern);
    return m ? Number(m[1]) : null;
  };
  return { parsed: number(/\((\d+) parsed\)/), written: number(/\((\d+) written/), removed: number(/(\d+) removed\)/) };
}

/**
 * One line per incremental case over the runs: medians of each measure, and of the case's
 * wall as a percentage of the cold build's wall in the same run.
 */
export function summarizeCases(runs) {
  return incrementalCases.map((name) => {
    const all = runs.map((r) => r[name]).filter(Boolean);
    const good = all.filter(succeeded);
    const pick = (key) => median(good.map((r) => r[key]).filter((v) => v !== null && v !== undefined));
    const percents = runs
      .filter((r) => r[name] && succeeded(r[name]) && r.cold && succeeded(r.cold) && r.cold.wallSeconds > 0)
      .map((r) => (100 * r[name].wallSeconds) / r.cold.wallSeconds);
    return {
      case: name,
      runs: all.length,
      succeeded: good.length,
      status: good.length > 0 ? good[0].status : all[0]?.status ?? "not run",
      wallSeconds: pick("wallSeconds"),
      cpuSeconds: pick("cpuSeconds"),
      peakRssMiB: pick("peakRssMiB"),
      parsed: pick("parsed"),
      written: pick("written"),
      removed: pick("removed"),
      percentOfCold: median(percents),
    };
  });
}

/** Pads text columns to the left, numbers to the right, so digits line up. */
function columns(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

/** The incremental table for one corpus size. */
export function formatIncremental(size, cases, runsAsked) {
  const header = ["broadsheet, cache kept", "wall s", "CPU s", "peak RSS MiB", "parsed", "written", "removed", "% of cold wall", "status"];
  const count = (v) => (v === null || v === undefined ? "-" : String(Math.round(v)));
  const rows = cases.map((c) => [
    caseNames[c.case] ?? c.case,
    fixed(c.wallSeconds, 2),
    fixed(c.cpuSeconds, 2),
    fixed(c.peakRssMiB, 0),
    count(c.parsed),
    count(c.written),
    count(c.removed),
    c.percentOfCold === null ? "-" : `${c.percentOfCold.toFixed(1)}%`,
    c.status,
  ]);
  const title = `${size} articles, Broadsheet incremental builds one after another, median of ${runsAsked} run${runsAsked === 1 ? "" : "s"}`;
  return [title, ...columns(header, rows)].join("\n");
}
