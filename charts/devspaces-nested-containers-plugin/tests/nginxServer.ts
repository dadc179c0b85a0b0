// Runs Debian's nginx with the chart's own files/nginx.conf, serving two plugin builds over HTTPS
// with a throw-away self-signed certificate, for the nginx tests and the browser suite.
//
// The configuration's paths are all relative to nginx's prefix (-p), so the file is used as it is:
// the prefix is a temporary directory laid out like the image (dist/, dist-4.21/, cert/, tmp/).
// The one change is the listen line: `listen 9443 ssl;` becomes 127.0.0.1 and a free port, so runs
// in parallel do not collide and nothing listens beyond loopback.
// Run as root (CI), nginx is started as nobody, as the non-root pod would run it.
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CHART_DIR } from './helm';

export const NGINX_CONF = path.join(CHART_DIR, 'files/nginx.conf');
const LISTEN = 'listen 9443 ssl;';
const NOBODY = 65534;

export interface PluginNginx {
  /** https://127.0.0.1:<port>/ : the 4.22+ build. */
  url: string;
  /** url + console-4.21/ : the build for OpenShift 4.20 and 4.21. */
  legacyUrl: string;
  /** PEM of the self-signed certificate, to trust it (node https `ca`, or a browser's ignore list). */
  ca: string;
  stop(): Promise<void>;
}

export interface FetchResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** GET (or another method) over HTTPS, trusting only the given CA. */
export function fetchTls(url: string, ca: string, method = 'GET'): Promise<FetchResult> {
  return new Promise((resolve, reject) => {
    const req = https.request(url, { ca, method, servername: 'localhost', agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.setTimeout(5000, () => req.destroy(new Error(`timeout fetching ${url}`)));
    req.on('error', reject);
    req.end();
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startPluginNginx(options: {
  distDir: string;
  legacyDistDir: string;
}): Promise<PluginNginx> {
  const conf = readFileSync(NGINX_CONF, 'utf8');
  if (conf.split(LISTEN).length !== 2) {
    throw new Error(
      `${NGINX_CONF} must contain exactly one "${LISTEN}" line (the tests rebind it)`,
    );
  }
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'plugin-nginx-'));
  const asRoot = process.getuid?.() === 0;
  try {
    mkdirSync(path.join(prefix, 'tmp'));
    mkdirSync(path.join(prefix, 'cert'));
    symlinkSync(path.resolve(options.distDir), path.join(prefix, 'dist'));
    symlinkSync(path.resolve(options.legacyDistDir), path.join(prefix, 'dist-4.21'));
    const key = path.join(prefix, 'cert/tls.key');
    const cert = path.join(prefix, 'cert/tls.crt');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
      ],
      { stdio: 'pipe' },
    );
    if (asRoot) {
      chmodSync(prefix, 0o755);
      for (const p of ['tmp', 'cert', 'cert/tls.key', 'cert/tls.crt'])
        chownSync(path.join(prefix, p), NOBODY, NOBODY);
    }
    const ca = readFileSync(cert, 'utf8');

    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      writeFileSync(
        path.join(prefix, 'nginx.conf'),
        conf.replace(LISTEN, `listen 127.0.0.1:${port} ssl;`),
      );
      const child = spawn(
        'nginx',
        ['-p', `${prefix}/`, '-c', 'nginx.conf', '-e', 'stderr', '-g', 'daemon off;'],
        {
          stdio: ['ignore', 'ignore', 'pipe'],
          ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
        },
      );
      let stderr = '';
      let exited = false;
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const exit = new Promise<void>((resolve) =>
        child.on('exit', () => ((exited = true), resolve())),
      );
      child.on('error', (e) => (stderr += String(e)));
      const url = `https://127.0.0.1:${port}/`;
      for (let waited = 0; waited < 10000 && !exited; waited += 100) {
        try {
          await fetchTls(`${url}plugin-manifest.json`, ca);
          return {
            url,
            legacyUrl: `${url}console-4.21/`,
            ca,
            stop: async () => {
              child.kill('SIGQUIT');
              await Promise.race([exit, sleep(5000)]);
              if (!exited) child.kill('SIGKILL');
              rmSync(prefix, { recursive: true, force: true });
            },
          };
        } catch {
          await sleep(100);
        }
      }
      if (!exited) child.kill('SIGKILL');
      await exit;
      if (attempt >= 3 || !stderr.includes('Address already in use')) {
        throw new Error(`nginx did not start with ${NGINX_CONF}:\n${stderr}`);
      }
    }
  } catch (error) {
    rmSync(prefix, { recursive: true, force: true });
    throw error;
  }
}
