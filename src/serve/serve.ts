// The dev server: builds into a folder of its own (under the cache), serves it on
// 127.0.0.1, rebuilds when seeds or templates change, and reloads open pages through
// server-sent events.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { build } from "../site/build.js";
import { rebuilder, siteWatched, watchPaths } from "../site/watch.js";
import type { SiteConfig } from "../config.js";
import { BuildError } from "../errors.js";
import { countBySeverity } from "../messages.js";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".json": "application/json", ".xml": "application/xml", ".txt": "text/plain; charset=utf-8", ".svg": "image/svg+xml",
  ".png": "image/png", ".jpg": "image/jpeg", ".ico": "image/x-icon", ".ndjson": "application/x-ndjson", ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream", ".pf_fragment": "application/octet-stream", ".pf_index": "application/octet-stream",
};

const reloadScript = `<script>new EventSource("/__broadsheet/events").onmessage = () => location.reload();</script>`;

export interface ServeOptions {
  port: number;
  host: string;
  /** The incremental cache folder, or null. */
  cache: string | null;
}

export async function serve(config: SiteConfig, options: ServeOptions): Promise<void> {
  const clients = new Set<ServerResponse>();
  const server = createServer((req, res) => void respond(req.url ?? "/", req, res));
  await listen(server, options);
  const port = (server.address() as AddressInfo).port;
  // The dev site lives at the server's root, whatever base URL production uses, and
  // in a folder of its own, so --out keeps the production build.
  const out = options.cache ? join(options.cache, "serve") : mkdtempSync(join(tmpdir(), "broadsheet-serve-"));
  const local = { ...config, out, baseUrl: `http://${options.host}:${port}/` };
  const buildOnce = async () => {
    try {
      const result = await build(local, { cache: options.cache, drafts: true });
      const { errors, warnings } = countBySeverity(result.messages);
      console.log(`built: ${result.pages} pages (${result.rendered} rendered), ${errors} errors, ${warnings} warnings in ${(result.milliseconds / 1000).toFixed(2)} s`);
      for (const client of clients) client.write("data: reload\n\n");
    } catch (error) {
      console.error(`build failed: ${(error as Error).message}`);
    }
  };
  // one build at a time; changes that arrive during a build start one more after it
  const rebuild = rebuilder(buildOnce);
  await rebuild.now();
  console.log(`serving ${config.seeds} at ${local.baseUrl} (Ctrl-C to stop)`);

  async function respond(url: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    let path: string;
    try {
      path = decodeURIComponent(new URL(url, "http://localhost").pathname);
    } catch {
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8" });
      res.end("Bad request");
      return;
    }
    if (path === "/__broadsheet/events") {
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
      res.write(": connected\n\n");
      clients.add(res);
      req.on("close", () => clients.delete(res));
      return;
    }
    const file = await resolveFile(local.out, path);
    if (!file) {
      const notFound = await readFile(join(local.out, "404.html")).catch(() => Buffer.from("Not found"));
      res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
      res.end(notFound);
      return;
    }
    const body = await readFile(file);
    const type = types[extname(file)] ?? "application/octet-stream";
    res.writeHead(200, { "content-type": type, "cache-control": "no-store" });
    res.end(type.startsWith("text/html") ? body.toString("utf8").replace("</body>", `${reloadScript}</body>`) : body);
  }

  watchPaths(siteWatched({ ...local, cache: options.cache }), rebuild.soon, (error) => console.error(`watch failed: ${error.message}`));
}

/** Starts listening; a port in use or not allowed is the user's to change, said in one line. */
async function listen(server: Server, { port, host }: ServeOptions): Promise<void> {
  try {
    await new Promise<void>((done, fail) => {
      server.once("error", fail);
      server.listen(port, host, () => {
        server.off("error", fail);
        done();
      });
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") throw new BuildError(`port ${port} on ${host} is in use; choose another with --port`);
    if (code === "EACCES") throw new BuildError(`port ${port} on ${host} needs privileges this user does not have; choose one above 1023 with --port`);
    if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") throw new BuildError(`cannot listen on ${host}: not an address of this machine`);
    throw error;
  }
}

/** The file for a URL path inside the output folder, never outside it. */
async function resolveFile(root: string, path: string): Promise<string | null> {
  const candidate = normalize(join(root, path));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  for (const file of [candidate, join(candidate, "index.html")]) {
    const info = await stat(file).catch(() => null);
    if (info?.isFile()) return file;
  }
  return null;
}
