// A tiny static file server on 127.0.0.1 for the demo feed and the test fixtures.
// It serves only files under the given roots, never lists directories, and binds to loopback.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `mounts` ({ '/demo/': '/abs/demo' }) on a free loopback port (or `port`).
 * Extra response headers per path prefix let tests serve strict-CSP pages.
 */
export async function serveStatic(
  mounts: Record<string, string>,
  { port = 0, headers = {} }: { port?: number; headers?: Record<string, Record<string, string>> } = {},
): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const mount = Object.keys(mounts).find((m) => path.startsWith(m));
      if (!mount) {
        res.writeHead(404).end('not found');
        return;
      }
      const base = resolve(mounts[mount]!);
      const file = resolve(base, `.${sep}${path.slice(mount.length)}`);
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      try {
        const body = await readFile(file);
        const extra = Object.entries(headers).filter(([prefix]) => path.startsWith(prefix)).flatMap(([, h]) => Object.entries(h));
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...Object.fromEntries(extra) });
        res.end(body);
      } catch {
        res.writeHead(404).end('not found');
      }
    })();
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://127.0.0.1:${actual}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
