// The bridge's /api/kubernetes/ proxy (pkg/proxy, pkg/server/server.go k8sProxyEndpoint) to the API
// server — here the simulated cluster on its own port: the browser's Cookie is dropped and the user's
// bearer token added; a mutating request must carry X-CSRFToken equal to the csrf-token cookie the
// index page set (pkg/csrfverifier); WebSocket upgrades (watches) must come from the console's own
// origin and are piped both ways, so the API server's frames and closes reach the browser as they are.
import {
  request,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { Duplex } from 'node:stream';

export const CSRF_COOKIE = 'csrf-token';

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'host',
  'cookie',
  'authorization',
]);

export const cookieOf = (req: IncomingMessage, name: string): string | undefined =>
  (req.headers.cookie ?? '')
    .split(';')
    .map((c) => c.trim().split('='))
    .find(([k]) => k === name)?.[1];

const forwardHeaders = (headers: IncomingHttpHeaders, token: string, upgrade: boolean) => {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(headers))
    if (
      v !== undefined &&
      (!HOP_BY_HOP.has(k) || (upgrade && (k === 'upgrade' || k === 'connection')))
    )
      out[k] = v;
  out.authorization = `Bearer ${token}`;
  return out;
};

export type KubeTarget = { port: number; token: string };

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The CSRF check of the bridge: false (and 403 sent) when a mutating request lacks the token. */
export const csrfOk = (req: IncomingMessage, res: ServerResponse): boolean => {
  if (SAFE.has(req.method ?? 'GET')) return true;
  const cookie = cookieOf(req, CSRF_COOKIE);
  if (cookie && req.headers['x-csrftoken'] === cookie) return true;
  res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('CSRF token does not match CSRF cookie\n');
  return false;
};

export const proxyKube = (req: IncomingMessage, res: ServerResponse, t: KubeTarget): void => {
  const up = request(
    {
      host: '127.0.0.1',
      port: t.port,
      method: req.method,
      path: req.url,
      headers: forwardHeaders(req.headers, t.token, false),
    },
    (upRes) => {
      const headers = Object.fromEntries(
        Object.entries(upRes.headers).filter(([k, v]) => v !== undefined && !HOP_BY_HOP.has(k)),
      ) as Record<string, string | string[]>;
      res.writeHead(upRes.statusCode ?? 502, headers);
      upRes.pipe(res);
      res.on('close', () => upRes.destroy());
    },
  );
  up.on('error', (e) => {
    if (!res.headersSent) {
      res.writeHead(502, { 'Content-Type': 'text/plain' });
      res.end(`proxy: ${e.message}\n`);
    } else res.destroy();
  });
  req.pipe(up);
};

const rawResponse = (upRes: IncomingMessage): string => {
  const lines = [`HTTP/1.1 ${upRes.statusCode} ${upRes.statusMessage}`];
  for (let i = 0; i < upRes.rawHeaders.length; i += 2)
    lines.push(`${upRes.rawHeaders[i]}: ${upRes.rawHeaders[i + 1]}`);
  return `${lines.join('\r\n')}\r\n\r\n`;
};

export const proxyKubeUpgrade = (
  req: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  t: KubeTarget,
  origin: string,
): void => {
  if (req.headers.origin !== origin) {
    socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    return;
  }
  const up = request({
    host: '127.0.0.1',
    port: t.port,
    path: req.url,
    headers: forwardHeaders(req.headers, t.token, true),
  });
  up.on('upgrade', (upRes, upSocket, upHead) => {
    socket.write(rawResponse(upRes));
    if (upHead.length) socket.write(upHead);
    if (head.length) upSocket.write(head);
    upSocket.pipe(socket);
    socket.pipe(upSocket);
    // A cut on either side cuts the other, without a close frame (the browser sees 1006).
    upSocket.on('close', () => socket.destroy());
    socket.on('close', () => upSocket.destroy());
    upSocket.on('error', () => socket.destroy());
    socket.on('error', () => upSocket.destroy());
  });
  up.on('response', (upRes) => {
    // The API server refused the upgrade (403, 404, …): pass its answer on and close.
    socket.write(rawResponse(upRes));
    upRes.pipe(socket);
  });
  up.on('error', () => socket.destroy());
  up.end();
};
