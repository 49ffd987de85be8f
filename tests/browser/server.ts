// A static file server on 127.0.0.1 over a built site, the way a plain web host serves
// one: the site under a path prefix ("/archive/"), "index.html" for folders, and the
// site's own 404.html, with status 404, for anything missing.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

export interface StaticServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  /** Serves a folder under `prefix` from now on. */
  mount(folder: string): void;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".ndjson": "application/x-ndjson",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/**
 * Starts listening on a free port before there is anything to serve, so that the
 * site can be built for the URL it will be served at, then mounted.
 */
export async function startServer(prefix: string): Promise<StaticServer> {
  let root: string | null = null;
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (!root || !path.startsWith(prefix)) return notFound(response, root);
    void serveFile(response, root, decodeURIComponent(path.slice(prefix.length)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    mount: (folder) => {
      root = folder;
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // a browser keeps connections open, and one it dropped mid-request may never end: closing waits for none of them
        server.closeAllConnections();
      }),
  };
}

async function serveFile(response: ServerResponse, root: string, relative: string): Promise<void> {
  const file = resolveInside(root, relative);
  if (!file) return notFound(response, root);
  const found = await existingFile(file);
  if (!found) return notFound(response, root);
  send(response, 200, found);
}

/** The file for a path: itself, or the folder's index.html; null for a path that leaves the root. */
function resolveInside(root: string, relative: string): string | null {
  const file = normalize(join(root, relative));
  return file === root || file.startsWith(root + sep) ? file : null;
}

async function existingFile(file: string): Promise<string | null> {
  const info = await stat(file).catch(() => null);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) return existingFile(join(file, "index.html"));
  return null;
}

function notFound(response: ServerResponse, root: string | null): void {
  if (!root) return void response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  void existingFile(join(root, "404.html")).then((page) => {
    if (page) send(response, 404, page);
    else response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
}

function send(response: ServerResponse, status: number, file: string): void {
  response.writeHead(status, { "content-type": contentTypes[extname(file)] ?? "application/octet-stream" });
  createReadStream(file).pipe(response);
}
