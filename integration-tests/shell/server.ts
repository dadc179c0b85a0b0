// The local console: one HTTP server on 127.0.0.1 that serves the shell page and bundle, the
// plugin build at /api/plugins/<name>/ (as the console's plugin proxy does), plugin locales at
// /locales/resource.json, and the simulated cluster at /api/kubernetes/.
//   node --import tsx integration-tests/shell/server.ts [--scenario <file-or-dir>] [--port N]
//        [--console 4.22|4.21|4.20] [--mode production|development] [--plugin-dir dist]
// The plugin build follows the console: dist/ for 4.22, dist-4.21/ for 4.20 and 4.21.
// It hosts the offline demo (npm run demo) and the browser benchmark; the browser tests judge the
// plugin in the real consoles (../real-console), whose stand-in backend has the faults and proxies.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createSimulatedCluster, loadScenario, type SimulatedCluster } from '../cluster';
import { closerFor } from '../cluster/closeServer';
import { consoleProfile } from './app/consoleVersions';
import { buildShell, type ShellMode } from './buildShell';
import { attachWatchBridge } from './watchBridge';

export const ROOT = path.resolve(__dirname, '../..');
export const PLUGIN_NAME = (
  JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    consolePlugin: { name: string };
  }
).consolePlugin.name;

export type ConsoleServerOptions = {
  scenario?: string;
  port?: number;
  console?: string;
  mode?: ShellMode;
  /** Defaults to the build the console needs: dist/ (4.22) or dist-4.21/ (4.20, 4.21). */
  pluginDir?: string;
  operatorDelayMs?: number;
  log?: (line: string) => void;
};

export type ServedRequest = {
  method: string;
  path: string;
  status: number;
  bytes: number;
  at: number;
};

export type ConsoleServer = {
  url: string;
  cluster: SimulatedCluster;
  served: ServedRequest[];
  close: () => Promise<void>;
};

const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

const sendFile = async (res: ServerResponse, file: string, cache: string): Promise<void> => {
  const body = await readFile(file);
  res.writeHead(200, {
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Cache-Control': cache,
    'Content-Length': body.length,
  });
  res.end(body);
};

const sendJson = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
};

/** Resolves `rel` inside `dir`, refusing anything that escapes it. */
const inside = (dir: string, rel: string): string | undefined => {
  const file = path.resolve(dir, `.${path.posix.normalize(`/${decodeURIComponent(rel)}`)}`);
  return file.startsWith(dir + path.sep) && existsSync(file) && statSync(file).isFile()
    ? file
    : undefined;
};

export const startConsoleServer = async (
  opts: ConsoleServerOptions = {},
): Promise<ConsoleServer> => {
  const consoleVersion = opts.console ?? '4.22';
  const profile = consoleProfile(consoleVersion);
  const mode = opts.mode ?? 'production';
  const pluginDir = path.resolve(
    ROOT,
    opts.pluginDir ?? (profile.pluginBuild === '4.22' ? 'dist' : 'dist-4.21'),
  );
  const scenarioPath = path.resolve(ROOT, opts.scenario ?? 'integration-tests/scenarios/default');
  const log = opts.log ?? (() => undefined);
  const shell = await buildShell(consoleVersion, mode);
  const scenario = await loadScenario(scenarioPath);
  const cluster = createSimulatedCluster(scenario, { operatorDelayMs: opts.operatorDelayMs, log });
  const served: ServedRequest[] = [];
  const config = { console: consoleVersion, plugins: [PLUGIN_NAME], scenario: scenario.name };
  // The globals the bridge renders into index.html that plugin code reads at import
  // (@stolostron/multicluster-sdk's lib/internal/constants.js reads the Prometheus paths).
  const SHELL_SERVER_FLAGS = {
    basePath: '/',
    consolePlugins: [PLUGIN_NAME],
    prometheusBaseURL: '/api/prometheus',
    prometheusTenancyBaseURL: '/api/prometheus-tenancy',
    alertManagerBaseURL: '/api/alertmanager',
    alertmanagerUserWorkloadBaseURL: '/api/alertmanager-user-workload',
  };
  const indexHtml = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Red Hat OpenShift</title>
<script>window.SERVER_FLAGS = ${JSON.stringify(SHELL_SERVER_FLAGS)};</script>
<link rel="stylesheet" href="${shell.publicPath}/patternfly.css">
<link rel="stylesheet" href="${shell.publicPath}/shell.css">
<script defer src="${shell.publicPath}/shell.js"></script>
</head>
<body><div id="app"></div></body>
</html>
`;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const p = url.pathname;
    if (p.startsWith('/api/kubernetes/')) {
      if (!cluster.handle(req, res))
        sendJson(res, 404, { kind: 'Status', code: 404, message: 'not found' });
      return;
    }
    if (p === '/shell-config.json') return sendJson(res, 200, config);
    if (p === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (p.startsWith('/shell/')) {
      const rel = p.slice(shell.publicPath.length + 1);
      const file = p.startsWith(`${shell.publicPath}/`) ? inside(shell.dir, rel) : undefined;
      if (file) return sendFile(res, file, 'no-cache');
      return sendJson(res, 404, { error: 'not found' });
    }
    const pluginPrefix = `/api/plugins/${PLUGIN_NAME}/`;
    if (p.startsWith('/api/plugins/')) {
      const file = p.startsWith(pluginPrefix)
        ? inside(pluginDir, p.slice(pluginPrefix.length))
        : undefined;
      if (file) return sendFile(res, file, 'no-cache');
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('404 page not found\n');
      return;
    }
    if (p === '/locales/resource.json') {
      // The console backend serves plugin__<name> from the plugin; its own namespaces from itself.
      const ns = url.searchParams.get('ns') ?? '';
      const lng = url.searchParams.get('lng') ?? 'en';
      if (ns === `plugin__${PLUGIN_NAME}`) {
        const file = inside(pluginDir, `locales/${lng}/${ns}.json`);
        if (file) return sendFile(res, file, 'no-cache');
        return sendJson(res, 404, {});
      }
      return sendJson(res, 200, {});
    }
    // SPA fallback: console routes (including /k8s/ns/<ns>/group~version~Kind/<name>) get the page.
    if (req.method === 'GET' && !/^\/(api|shell|locales)\//.test(p)) {
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-cache',
      });
      res.end(indexHtml);
      return;
    }
    sendJson(res, 404, { error: 'not found' });
  };

  const server: Server = createServer((req, res) => {
    const at = Date.now();
    let bytes = 0;
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    const count = (chunk: unknown) => {
      if (chunk && typeof chunk !== 'function')
        bytes += Buffer.byteLength(chunk as string | Buffer);
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      count(chunk);
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      count(chunk);
      return (end as (...a: unknown[]) => ServerResponse)(chunk, ...rest);
    }) as typeof res.end;
    res.on('close', () => {
      const p = (req.url ?? '').split('?')[0];
      served.push({
        method: req.method ?? 'GET',
        path: req.url ?? p,
        status: res.statusCode,
        bytes,
        at,
      });
    });
    handle(req, res).catch((e: unknown) => {
      log(`error serving ${req.url}: ${String(e)}`);
      if (!res.headersSent) sendJson(res, 500, { error: String(e) });
      else res.destroy();
    });
  });
  const closeServer = closerFor(server);
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (opts.port ?? 0);
  const closeBridge = attachWatchBridge(server, () => port);
  return {
    url: `http://127.0.0.1:${port}`,
    cluster,
    served,
    close: async () => {
      closeBridge();
      cluster.close();
      await closeServer();
    },
  };
};

const main = async () => {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string' },
      port: { type: 'string', default: '9000' },
      console: { type: 'string', default: '4.22' },
      mode: { type: 'string', default: 'production' },
      'plugin-dir': { type: 'string' },
      'operator-delay-ms': { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
  });
  const server = await startConsoleServer({
    scenario: values.scenario,
    port: Number(values.port),
    console: values.console,
    mode: values.mode as ShellMode,
    pluginDir: values['plugin-dir'],
    operatorDelayMs:
      values['operator-delay-ms'] === undefined ? undefined : Number(values['operator-delay-ms']),
    log: values.quiet ? undefined : (line) => console.log(line),
  });
  console.log(
    `Console shell (OpenShift console ${values.console ?? '4.22'}) with plugin ${PLUGIN_NAME}`,
  );
  console.log(`Open ${server.url}/devspaces-nested-containers`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
