// Pure parts of the report: medians over runs, Broadsheet's ratios to its peers, the table.
// Ratios compare only numbers from the same invocation: the machine is shared and noisy,
// so a peer's time from another day says little.

export const peers = ["hugo", "eleventy"];
/** Broadsheet as users build by default, and without its search index (which the peers do not make). */
export const ours = ["broadsheet", "broadsheet-no-search"];
const names = { broadsheet: "Broadsheet", "broadsheet-no-search": "Broadsheet without search", hugo: "Hugo", eleventy: "Eleventy" };

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
        .filter((s) => peers.includes(s.tool) && finished(s))
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
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  // text columns to the left, numbers to the right, so digits line up
  const line = (cells) =>
    cells
      .map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join("  ")
      .trimEnd();
  const title = `${size} articles, median of ${runsAsked} run${runsAsked === 1 ? "" : "s"}`;
  const lines = [title, line(header), ...rows.map(line)];
  for (const r of ratios(summaries)) {
    lines.push(`${names[r.ours]}/${names[r.peer]}: wall ${r.wall.toFixed(2)}x, peak RSS ${r.rss.toFixed(2)}x`);
  }
  return lines.join("\n");
}
