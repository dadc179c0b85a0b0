// The console backend's plugin proxy: /api/plugins/<name>/<path> (and the plugin's locales) go to
// the ConsolePlugin's Service over HTTPS, at its basePath, trusting the service CA. The upstream's
// status, content type and caching headers reach the browser unchanged.
import type { IncomingMessage, ServerResponse } from 'node:http';
import https from 'node:https';

export type PluginProxy = {
  /** Base URL including the ConsolePlugin basePath, ending in `/`. */
  url: string;
  /** PEM of the CA that signed the plugin server's certificate (the service CA in a cluster). */
  ca: string;
};

/** Hop-by-hop headers a proxy must not forward. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
]);

export const proxyToPlugin = (
  req: IncomingMessage,
  res: ServerResponse,
  proxy: PluginProxy,
  relativePath: string,
): Promise<void> =>
  new Promise((resolve) => {
    const target = new URL(relativePath, proxy.url);
    const upstream = https.request(
      target,
      {
        method: req.method,
        ca: proxy.ca,
        servername: 'localhost',
        headers: {
          accept: req.headers.accept ?? '*/*',
          ...(req.headers['accept-encoding']
            ? { 'accept-encoding': req.headers['accept-encoding'] }
            : {}),
        },
      },
      (up) => {
        const headers = Object.fromEntries(
          Object.entries(up.headers).filter(([k, v]) => v !== undefined && !HOP_BY_HOP.has(k)),
        ) as Record<string, string | string[]>;
        res.writeHead(up.statusCode ?? 502, headers);
        up.pipe(res);
        up.on('end', () => resolve());
        up.on('error', () => {
          res.destroy();
          resolve();
        });
      },
    );
    upstream.setTimeout(10_000, () =>
      upstream.destroy(new Error(`timeout proxying ${target.href}`)),
    );
    upstream.on('error', (e) => {
      if (!res.headersSent) {
        res.writeHead(502, { 'Content-Type': 'text/plain' });
        res.end(`plugin proxy: ${e.message}\n`);
      } else res.destroy();
      resolve();
    });
    upstream.end();
  });
