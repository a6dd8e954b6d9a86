/**
 * Serving a built single-page app (the explorer, GraphiQL) from a directory:
 * correct content types, long caching for Vite's hashed assets, no caching
 * for index.html, and index.html for any extension-less path the app routes itself.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { sendText } from './respond.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export const contentTypeFor = (file: string): string => CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

export interface StaticSite {
  /** Absolute directory holding index.html and assets/. */
  root: string;
  /** URL prefix the site is mounted at, e.g. "/" or "/graphiql/". */
  mount: string;
  /** Told to the user when the directory has not been built. */
  missingHint: string;
}

async function fileAt(path: string): Promise<{ size: number } | null> {
  try {
    const s = await stat(path);
    return s.isFile() ? { size: s.size } : null;
  } catch {
    return null;
  }
}

export async function serveStatic(site: StaticSite, pathname: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method not allowed.', { allow: 'GET, HEAD' });
    return;
  }
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(site.mount.length));
  } catch {
    sendText(res, 400, 'Malformed URL.');
    return;
  }
  if (relative.includes('\0')) {
    sendText(res, 400, 'Malformed URL.');
    return;
  }
  const root = normalize(site.root + sep);
  let path = normalize(join(root, relative));
  if (!path.startsWith(root)) {
    sendText(res, 404, 'Not found.');
    return;
  }
  if (path === root) path = join(root, 'index.html');
  let file = await fileAt(path);
  if (!file && extname(relative) === '') {
    path = join(root, 'index.html');
    file = await fileAt(path);
    if (!file) {
      sendText(res, 404, site.missingHint);
      return;
    }
  }
  if (!file) {
    sendText(res, 404, 'Not found.');
    return;
  }
  const hashed = relative.startsWith('assets/');
  res.writeHead(200, {
    'content-type': contentTypeFor(path),
    'content-length': file.size,
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(path);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
