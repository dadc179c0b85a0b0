// A stand-in for the OpenShift console's Go backend ("bridge", pkg/server/server.go of each release,
// copied in ../shared/real-console/upstream/) serving a production build of the REAL console
// frontend with this plugin enabled, against the simulated cluster (../cluster) on its own port.
//
//   const c = await start({ version: '4.20', scenario: 'integration-tests/scenarios/default' });
//   … open `${c.url}/devspaces-nested-containers` …; await c.close();
//
// Routes, as the bridge has them: `/static/*` from the build; `/api/kubernetes/*` proxied to the
// cluster (HTTP and WebSocket watches; kubeProxy.ts); `/api/plugins/<name>/*` from the plugin build
// or through the chart's nginx over TLS; `/locales/resource.json`; `/api/graphql` (HTTP and
// graphql-ws); `/api/check-updates`, `/api/console/user-settings`, `/api/console/version`,
// `/api/copy-login-commands`; every other `/api/*` 404 `not found`; everything else index.html.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createSimulatedCluster, loadScenario, type SimulatedCluster } from '../cluster';
import { closerFor } from '../cluster/closeServer';
import {
  ACM_PLUGIN,
  startAcmHub,
  withManagedClusters,
  type AcmHub,
  type FleetMember,
} from './acmHub';
import { Faults } from './faults';
import { startPluginNginxProcess, type PluginNginxProcess } from './pluginNginx';
import { proxyToPlugin, type PluginProxy } from './pluginProxy';
import { findConsoleBuild, whereToGet, type RealConsoleVersion } from './consoleBuild';
import { createGraphQLWebSocket, serveGraphQLHttp, type KubeCall } from './graphql';
import { buildCspDirectives } from './csp';
import { renderIndexHtml, serverFlags } from './indexHtml';
import { CSRF_COOKIE, csrfOk, proxyKube, proxyKubeUpgrade } from './kubeProxy';
import { sendFileFrom } from './static';
import { handleUserSettings, TOUR_COMPLETED, userSettingsConfigMap } from './userSettings';

const ROOT = path.resolve(__dirname, '../..');
export const PLUGIN_NAME = (
  JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    consolePlugin: { name: string };
  }
).consolePlugin.name;

export type RealConsoleUser = { name: string; groups?: string[] };

export type RealConsoleOptions = {
  version: RealConsoleVersion;
  /** Scenario file or directory (default integration-tests/scenarios/default). */
  scenario?: string;
  /** Plugin build served at /api/plugins/<name>/ (default dist/ on 4.22, dist-4.21/ on 4.20/4.21). */
  pluginDir?: string;
  /** Serve the plugin through the chart's nginx over TLS (true: start it on dist/ + dist-4.21/). */
  nginx?: boolean | PluginProxy;
  /**
   * 'auth-disabled': the bridge without login (`authDisabled: true`). Otherwise a logged-in user
   * (default: the scenario's `user`, else kube:admin), whose identity the cluster's RBAC applies to.
   */
  user?: 'auth-disabled' | RealConsoleUser;
  /** Settings pre-seeded in the user's ConfigMap (default: the welcome tour completed). */
  userSettings?: Record<string, unknown>;
  /** An unpacked console build to use instead of finding one (consoleBuild.ts). */
  consoleDir?: string;
  releaseVersion?: string;
  operatorDelayMs?: number;
  /**
   * The console's Content-Security-Policy on index.html (csp.ts): 'report-only' as the bridge sends
   * it (the default, for the demo), 'enforce' in the browser tests so a violation also breaks.
   */
  csp?: 'report-only' | 'enforce';
  port?: number;
  log?: (line: string) => void;
  /**
   * Make the cluster an ACM hub managing these clusters (acmHub.ts): ACM's backend routes, the
   * clusterview ManagedClusters, and the `mce` plugin that sets the multicluster SDK's flag.
   */
  fleet?: FleetMember[];
};

export type ServedRequest = { method: string; path: string; status: number; at: number };

/** What `reset` may change: the cluster's scenario, who is logged in, which plugin build is served. */
export type RealConsoleReset = Pick<
  RealConsoleOptions,
  'scenario' | 'pluginDir' | 'user' | 'userSettings' | 'operatorDelayMs' | 'fleet'
> & {
  /** Serve the plugin through this nginx (the chart's, started by the test) instead of pluginDir. */
  nginx?: PluginProxy;
  /**
   * Called with what the console will be served once the new cluster is built, while the old one
   * still answers: a console that must boot anew is unloaded here, before it can act on the new one.
   */
  beforeSwap?: (next: ServedConsole) => Promise<void>;
};

/** What a booted console depends on: when any of it changes, the console must load afresh. */
export type ServedConsole = {
  url: string;
  identity: string;
  pluginSource: string;
  servedGroups: string[];
  /**
   * Which set of managed clusters ACM serves ('' without ACM). Each reset builds the members
   * anew under the same names, which no real fleet does: ACM's SDK would serve the last member's
   * cached lists (30 s) and resume its watches from their resourceVersions, so it boots afresh.
   */
  fleet: string;
};

export type RealConsole = {
  url: string;
  version: RealConsoleVersion;
  /** The current simulated cluster (a new one after each `reset`). */
  readonly cluster: SimulatedCluster;
  /** The logged-in mode index.html was last rendered for ('auth-disabled' or the user's name). */
  readonly identity: string;
  /** ServedConsole.fleet of what is served now. */
  readonly fleet: string;
  /** The plugin build currently served (absolute path). */
  readonly pluginDir: string;
  /** Where the plugin is served from: the nginx proxied to, else pluginDir (the console boots anew on a change). */
  readonly pluginSource: string;
  /**
   * Replaces the simulated cluster with a fresh one on `scenario` (the old one's watches end, as
   * when an API server restarts) and clears the faults and the served-request log, so one
   * backend — and one console already booted in the browser — serves test after test.
   */
  reset: (to: RealConsoleReset) => Promise<void>;
  faults: Faults;
  served: ServedRequest[];
  /** The stand-in ACM hub, when the console serves a fleet. */
  readonly acm: AcmHub | undefined;
  /** Cuts every open watch at the API server, as a dropped connection would. */
  dropWatches: () => number;
  close: () => Promise<void>;
};

/** Plugin files' Cache-Control: the manifest no-store, as the chart's nginx.conf; the rest revalidated (tests swap builds). */
const PLUGIN_CACHE = (rel: string): Record<string, string> => ({
  'Cache-Control': rel === 'plugin-manifest.json' ? 'no-store' : 'no-cache',
});

const listen = (server: Server, port = 0) =>
  new Promise<number>((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

const send = (res: ServerResponse, status: number, body: unknown, type = 'application/json') => {
  res.writeHead(status, { 'Content-Type': type });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};

/** The simulated cluster on the options' scenario, with the logged-in user and their settings. */
const clusterFor = async (opts: RealConsoleOptions, log: (line: string) => void) => {
  const loadedScenario = await loadScenario(
    path.resolve(ROOT, opts.scenario ?? 'integration-tests/scenarios/default'),
  );
  const scenario = opts.fleet ? withManagedClusters(loadedScenario, opts.fleet) : loadedScenario;
  const authDisabled = opts.user === 'auth-disabled';
  if (opts.user && opts.user !== 'auth-disabled') scenario.header.user = opts.user;
  const user = { name: scenario.header.user?.name ?? 'kube:admin' };
  const cluster = createSimulatedCluster(scenario, { operatorDelayMs: opts.operatorDelayMs, log });
  cluster.update(userSettingsConfigMap(user, opts.userSettings ?? TOUR_COMPLETED));
  return { authDisabled, user, cluster };
};

export const start = async (opts: RealConsoleOptions): Promise<RealConsole> => {
  const version = opts.version;
  const consoleDir = opts.consoleDir ?? findConsoleBuild(version);
  if (!consoleDir) throw new Error(whereToGet(version));
  const log = opts.log ?? (() => undefined);
  const { authDisabled, user, cluster: first } = await clusterFor(opts, log);
  let cluster = first;
  let identity = authDisabled ? 'auth-disabled' : user.name;
  let currentUser = user;

  const apiServer = createServer((req, res) => {
    if (!cluster.handle(req, res)) send(res, 404, '404 page not found\n', 'text/plain');
  });
  apiServer.on('upgrade', (req: IncomingMessage, socket, head: Buffer) => {
    if (!cluster.handleUpgrade(req, socket, head)) socket.destroy();
  });
  const closeApiServer = closerFor(apiServer);
  const kube = {
    port: await listen(apiServer),
    token: `sha256~${randomBytes(16).toString('hex')}`,
  };

  let nginx: PluginNginxProcess | undefined;
  let pluginProxy: PluginProxy | undefined;
  if (opts.nginx === true) {
    nginx = await startPluginNginxProcess(path.join(ROOT, 'dist'), path.join(ROOT, 'dist-4.21'));
    pluginProxy = { url: version === '4.22' ? nginx.url : nginx.legacyUrl, ca: nginx.ca };
  } else if (opts.nginx) pluginProxy = opts.nginx;
  const startProxy = pluginProxy;
  const pluginDirOf = (dir?: string) =>
    path.resolve(ROOT, dir ?? (version === '4.22' ? 'dist' : 'dist-4.21'));
  let pluginDir = pluginDirOf(opts.pluginDir);
  let authDisabledNow = authDisabled;

  const startAcm = (fleet: FleetMember[] | undefined) =>
    fleet ? startAcmHub(fleet, { root: ROOT, token: kube.token, log }) : Promise.resolve(undefined);
  let acm: AcmHub | undefined = await startAcm(opts.fleet);
  let fleetGeneration = 0;
  const fleetKey = (fleet: FleetMember[] | undefined, generation: number) =>
    fleet ? String(generation) : '';
  let fleet = fleetKey(opts.fleet, fleetGeneration);
  const plugins = () => (acm ? [PLUGIN_NAME, ACM_PLUGIN] : [PLUGIN_NAME]);

  const faults = new Faults();
  const served: ServedRequest[] = [];
  const template = readFileSync(path.join(consoleDir, 'index.html'), 'utf8');
  let origin = '';

  // The GraphQL resolvers call the API server through the same proxy, as the user.
  const kubeCall: KubeCall = (method, apiPath, body) =>
    fetch(`http://127.0.0.1:${kube.port}/api/kubernetes${apiPath}`, {
      method,
      headers: { authorization: `Bearer ${kube.token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(async (r) => ({ status: r.status, body: await r.text() }));
  const graphqlWs = createGraphQLWebSocket(() => kubeCall);

  // pkg/crdschema: the CRD's printer columns per version, read with the console's own
  // service account (any logged-in user may ask); the frontend indexes them by apiVersion.
  const crdColumns = async (res: ServerResponse, crd: string) => {
    const r = await kubeCall(
      'GET',
      `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${crd}`,
    );
    if (r.status !== 200) return send(res, r.status, r.body);
    const versions =
      (
        JSON.parse(r.body) as {
          spec?: { versions?: { name: string; additionalPrinterColumns?: unknown[] }[] };
        }
      ).spec?.versions ?? [];
    return send(
      res,
      200,
      Object.fromEntries(versions.map((v) => [v.name, v.additionalPrinterColumns ?? []])),
    );
  };

  const cspHeader =
    opts.csp === 'enforce' ? 'Content-Security-Policy' : 'Content-Security-Policy-Report-Only';
  const index = (req: IncomingMessage, res: ServerResponse) => {
    const nonce = randomBytes(24).toString('base64url');
    const reporting = req.headers['test-csp-reporting-endpoint'];
    const csp = buildCspDirectives({
      k8sMode: 'in-cluster',
      nonce,
      reportingEndpoint: typeof reporting === 'string' ? reporting : undefined,
    });
    const html = renderIndexHtml(
      template,
      serverFlags({
        version,
        releaseVersion: opts.releaseVersion ?? `${version}.0`,
        plugins: plugins(),
        // The chart's ConsolePlugin has i18n.loadType: Preload, so the operator lists its namespace.
        i18nNamespaces: [`plugin__${PLUGIN_NAME}`],
        authDisabled: authDisabledNow,
        baseURL: origin,
        userSettingsLocation: 'configmap',
      }),
      nonce,
    );
    res.writeHead(200, {
      [cspHeader]: csp.join('; '),
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-cache',
      'Set-Cookie': `${CSRF_COOKIE}=${randomBytes(32).toString('base64url')}; Path=/; SameSite=Lax`,
    });
    res.end(html);
  };

  const pluginPrefix = `/api/plugins/${PLUGIN_NAME}/`;
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', origin);
    const p = url.pathname;
    if (p.startsWith('/api/kubernetes/')) {
      if (!csrfOk(req, res) || (await faults.apply(req, res))) return;
      return proxyKube(req, res, kube);
    }
    if (p.startsWith('/static/'))
      return sendFileFrom(res, consoleDir, p.slice('/static/'.length), req);
    if (p.startsWith(pluginPrefix)) {
      if (pluginProxy) return proxyToPlugin(req, res, pluginProxy, p.slice(pluginPrefix.length));
      // As the chart's nginx serves it: the manifest never from a cache (a test may swap the build).
      const rel = p.slice(pluginPrefix.length);
      return sendFileFrom(res, pluginDir, rel, undefined, PLUGIN_CACHE(rel));
    }
    if (acm?.handle(req, res)) return;
    if (p.startsWith('/api/plugins/'))
      return send(res, 404, { error: `failed to get endpoint for "${p.split('/')[3]}" plugin` });
    if (p === '/locales/resource.json') {
      const ns = url.searchParams.get('ns') ?? '';
      const lng = url.searchParams.get('lng') ?? '';
      if (!ns || !lng)
        return send(res, 400, {
          error: `GET request "${req.url}" is missing 'lng' or 'ns' query parameter`,
        });
      const file = `locales/${encodeURIComponent(lng)}/${encodeURIComponent(ns)}.json`;
      if (ns === `plugin__${PLUGIN_NAME}`)
        return pluginProxy
          ? proxyToPlugin(req, res, pluginProxy, file)
          : sendFileFrom(res, pluginDir, file);
      if (ns.startsWith('plugin__'))
        return send(res, 404, { error: `failed to get endpoint for "${ns.slice(8)}" plugin` });
      return sendFileFrom(res, consoleDir, file);
    }
    if (p === '/api/graphql') {
      if (!csrfOk(req, res)) return;
      return serveGraphQLHttp(req, res, kubeCall);
    }
    if (p === '/api/check-updates')
      return send(res, 200, { consoleCommit: '', plugins: plugins(), capabilities: [] });
    if (p === '/api/console/version') return send(res, 200, { version: `v${version}.0` });
    if (p === '/api/copy-login-commands')
      return send(res, 200, { requestTokenURL: '', externalLoginCommand: '' });
    if (p === '/api/console/user-settings') {
      if (!csrfOk(req, res)) return;
      const r = handleUserSettings(req.method ?? 'GET', cluster, currentUser);
      return send(res, r.status, r.body);
    }
    if (p.startsWith('/api/console/crd-columns/')) return crdColumns(res, p.split('/')[4] ?? '');
    if (p.startsWith('/api/')) return send(res, 404, 'not found', 'text/plain; charset=utf-8');
    return index(req, res);
  };

  const server = createServer((req, res) => {
    res.on('close', () =>
      served.push({
        method: req.method ?? 'GET',
        path: req.url ?? '',
        status: res.statusCode,
        at: Date.now(),
      }),
    );
    handle(req, res).catch((e: unknown) => {
      log(`error serving ${req.url}: ${String(e)}`);
      if (!res.headersSent) send(res, 500, { error: String(e) });
      else res.destroy();
    });
  });
  server.on('upgrade', (req: IncomingMessage, socket, head: Buffer) => {
    const p = (req.url ?? '').split('?')[0];
    served.push({ method: 'WS', path: req.url ?? '', status: 101, at: Date.now() });
    if (p.startsWith('/api/kubernetes/')) return proxyKubeUpgrade(req, socket, head, kube, origin);
    if (acm?.handleUpgrade(req, socket, head, origin)) return;
    if (p === '/api/graphql' && req.headers.origin === origin)
      return graphqlWs.handleUpgrade(req, socket, head);
    socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  });
  const closeServer = closerFor(server);
  const port = await listen(server, opts.port);
  origin = `http://127.0.0.1:${port}`;
  return {
    url: origin,
    version,
    get cluster() {
      return cluster;
    },
    get fleet() {
      return fleet;
    },
    get identity() {
      return identity;
    },
    get pluginDir() {
      return pluginDir;
    },
    get pluginSource() {
      return pluginProxy?.url ?? pluginDir;
    },
    get acm() {
      return acm;
    },
    reset: async (to) => {
      const next = await clusterFor({ ...opts, ...to }, log);
      const nextIdentity = next.authDisabled ? 'auth-disabled' : next.user.name;
      const nextPluginDir = pluginDirOf(to.pluginDir ?? opts.pluginDir);
      const nextProxy = to.nginx ?? startProxy;
      await to.beforeSwap?.({
        url: origin,
        identity: nextIdentity,
        pluginSource: nextProxy?.url ?? nextPluginDir,
        servedGroups: next.cluster.servedGroups(),
        fleet: fleetKey(to.fleet ?? opts.fleet, fleetGeneration + 1),
      });
      fleetGeneration++;
      fleet = fleetKey(to.fleet ?? opts.fleet, fleetGeneration);
      const old = cluster;
      const oldAcm = acm;
      acm = await startAcm(to.fleet ?? opts.fleet);
      await oldAcm?.close();
      cluster = next.cluster;
      currentUser = next.user;
      authDisabledNow = next.authDisabled;
      identity = nextIdentity;
      pluginDir = nextPluginDir;
      pluginProxy = nextProxy;
      old.close();
      faults.set({ latencyMs: 0, fail: [] });
      served.length = 0;
    },
    faults,
    served,
    dropWatches: () => cluster.dropWatches(),
    close: async () => {
      graphqlWs.close();
      cluster.close();
      await acm?.close();
      await Promise.all([closeServer(), closeApiServer()]);
      await nginx?.stop();
    },
  };
};
