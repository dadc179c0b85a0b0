// Static files from a build directory, refusing paths that leave it: the bridge's /static/ handler
// (and the plugin's nginx) for the stand-in. 404 is Go's http.FileServer text; like http.FileServer
// it sends Last-Modified and answers If-Modified-Since with 304, so the browser caches the console's
// bundles between reloads as it does against a real console.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export const sendFileFrom = async (
  res: ServerResponse,
  dir: string,
  rel: string,
  req?: IncomingMessage,
  headers: Record<string, string> = {},
): Promise<void> => {
  const root = path.resolve(dir);
  const file = path.resolve(root, `.${path.posix.normalize(`/${decodeURIComponent(rel)}`)}`);
  if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('404 page not found\n');
    return;
  }
  // HTTP dates have whole seconds.
  const modified = Math.floor(statSync(file).mtimeMs / 1000) * 1000;
  const since = Date.parse(String(req?.headers['if-modified-since'] ?? ''));
  const lastModified = new Date(modified).toUTCString();
  if (!Number.isNaN(since) && modified <= since) {
    res.writeHead(304, { 'Last-Modified': lastModified });
    res.end();
    return;
  }
  const body = await readFile(file);
  res.writeHead(200, {
    ...headers,
    'Last-Modified': lastModified,
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Content-Length': body.length,
  });
  res.end(body);
};
