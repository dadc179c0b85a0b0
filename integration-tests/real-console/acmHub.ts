// A stand-in for what Red Hat Advanced Cluster Management adds to a hub's console, for the fleet
// page's browser tests: ACM's console backend (stolostron/console backend/src/routes/hub.ts and
// managedClusterProxy.ts, reached through the console's plugin proxy as
// /api/proxy/plugin/mce/console/multicloud/…, the BACKEND_URL @stolostron/multicluster-sdk uses),
// each managed cluster a simulated API server on its own scenario, the hub's clusterview
// ManagedCluster list, and a console plugin named `mce` that sets the SDK's provider flag.
//
// Where it differs from ACM (docs/fleet.md says the same): the proxy forwards to the member's API
// server directly, with the console user's token, where ACM goes through cluster-proxy-addon's
// service proxy, which impersonates the user on the managed cluster; a member may be set to
// answer 502 (cluster-proxy's tunnel down) or 403 to everything but discovery, and its watches
// (WebSocket upgrades) are refused the same way; the `mce` plugin is
// a hand-written container with one `console.flag` extension, where ACM's plugin is its whole UI.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readdirSync, realpathSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import path from 'node:path';
import { createSimulatedCluster, loadScenario, type SimulatedCluster } from '../cluster';
import { closerFor } from '../cluster/closeServer';
import { isDiscoveryPath, refusedDiscovery } from '../cluster/discovery';
import type { K8sObjectLike, Scenario } from '../cluster/types';
import { csrfOk, proxyKube, proxyKubeUpgrade, type KubeTarget } from './kubeProxy';

export const ACM_PLUGIN = 'mce';
export const ACM_BACKEND = `/api/proxy/plugin/${ACM_PLUGIN}/console/multicloud`;
const PROXY = `${ACM_BACKEND}/managedclusterproxy/`;
export const HUB_NAME = 'local-cluster';
const CLUSTERVIEW = 'clusterview.open-cluster-management.io';

export type FleetMember = {
  name: string;
  /** When the cluster joined the hub (its ManagedCluster's creationTimestamp). */
  created: string;
} & (
  | { scenario: string }
  /** 502: cluster-proxy cannot reach it; 403: the user may read nothing there but discovery. */
  | { answer: 502 | 403 }
  /** ACM reports it not Available (its lease stopped): the SDK and the page do not ask it. */
  | { unavailable: true }
);

/**
 * The members of `npm run demo -- --fleet <dir>`: each entry of `dir`, a scenario file or a
 * directory (an `oc get -o yaml` dump, a must-gather), is a managed cluster named after it; the
 * newest entry joined last.
 */
export const fleetFromDir = (dir: string): FleetMember[] =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() || e.isSymbolicLink() || /\.ya?ml$/.test(e.name))
    .map((e) => {
      // A symlinked scenario includes its parts relative to where it really is.
      const scenario = realpathSync(path.join(dir, e.name));
      return {
        name: e.name
          .replace(/\.ya?ml$/, '')
          .toLowerCase()
          .replace(/[^a-z0-9-]+/g, '-'),
        scenario,
        created: statSync(scenario).mtime.toISOString(),
      };
    });

/** A ManagedCluster as the hub's clusterview lists it, registered and with the cluster-proxy add-on. */
export const managedClusterObject = (m: FleetMember, hub = false): K8sObjectLike => {
  const down = 'unavailable' in m;
  return {
    apiVersion: `${CLUSTERVIEW}/v1`,
    kind: 'ManagedCluster',
    metadata: {
      name: m.name,
      uid: `mc-${m.name}`,
      creationTimestamp: m.created,
      labels: {
        'cluster.open-cluster-management.io/clusterset': 'default',
        'feature.open-cluster-management.io/addon-cluster-proxy': 'available',
        name: m.name,
        vendor: 'OpenShift',
        ...(hub ? { 'local-cluster': 'true' } : {}),
      },
    },
    spec: {
      hubAcceptsClient: true,
      leaseDurationSeconds: 60,
      // The registration agent reports the cluster's API server and its CA (ocm registration
      // spoke managedcluster controller); the CA is a stand-in.
      managedClusterClientConfigs: [
        {
          url: `https://api.${m.name}.example.com:6443`,
          caBundle: Buffer.from(
            `-----BEGIN CERTIFICATE-----\n${m.name}\n-----END CERTIFICATE-----\n`,
          ).toString('base64'),
        },
      ],
    },
    status: {
      conditions: [
        { type: 'HubAcceptedManagedCluster', status: 'True', reason: 'HubClusterAdminAccepted' },
        { type: 'ManagedClusterJoined', status: 'True', reason: 'ManagedClusterJoined' },
        {
          type: 'ManagedClusterConditionAvailable',
          status: down ? 'Unknown' : 'True',
          reason: down ? 'ManagedClusterLeaseUpdateStopped' : 'ManagedClusterAvailable',
          message: down
            ? 'Registration agent stopped updating its lease.'
            : 'Managed cluster is available',
        },
      ],
      clusterClaims: [
        {
          name: 'consoleurl.cluster.open-cluster-management.io',
          value: `https://console-openshift-console.apps.${m.name}.example.com`,
        },
      ],
    },
  };
};

/** The hub's own scenario, serving clusterview with one ManagedCluster per member (and itself). */
export const withManagedClusters = (scenario: Scenario, members: FleetMember[]): Scenario => ({
  ...scenario,
  header: {
    ...scenario.header,
    servedGroups: [...(scenario.header.servedGroups ?? []), CLUSTERVIEW],
  },
  objects: [
    ...scenario.objects,
    managedClusterObject({ name: HUB_NAME, created: '2025-01-01T00:00:00Z', scenario: '' }, true),
    ...members.map((m) => managedClusterObject(m)),
  ],
});

// The stand-in `mce` plugin: a module-federation container (what ConsolePlugin's entry registers)
// exposing `flags`, whose handler sets the flag ACM's plugin sets on load (stolostron/console
// frontend useFeatureFlags: setFeatureFlag(REQUIRED_PROVIDER_FLAG, true)).
const PLUGIN_ENTRY = `(function () {
  var container = {
    init: function () {},
    get: function (name) {
      if (name !== 'flags') return Promise.reject(new Error('Module "' + name + '" does not exist in container.'));
      return Promise.resolve(function () {
        return { handler: function (setFeatureFlag) { setFeatureFlag('MULTICLUSTER_SDK_PROVIDER_1', true); } };
      });
    },
  };
  if (window.__load_plugin_entry__) window.__load_plugin_entry__('${ACM_PLUGIN}', container);
  else window.loadPluginEntry('${ACM_PLUGIN}@2.15.0', container);
})();
`;
const PLUGIN_MANIFEST = {
  name: ACM_PLUGIN,
  version: '2.15.0',
  dependencies: { '@console/pluginAPI': '*' },
  customProperties: { console: { displayName: 'Stand-in for ACM multicluster engine' } },
  extensions: [{ type: 'console.flag', properties: { handler: { $codeRef: 'flags.handler' } } }],
  registrationMethod: 'callback',
  baseURL: `/api/plugins/${ACM_PLUGIN}/`,
  loadScripts: ['plugin-entry.js'],
  buildHash: 'standin',
};

const send = (res: ServerResponse, status: number, body: unknown, type = 'application/json') => {
  res.writeHead(status, { 'Content-Type': type });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};

const status = (code: number, message: string, reason: string) => ({
  kind: 'Status',
  apiVersion: 'v1',
  metadata: {},
  status: 'Failure',
  message,
  reason,
  code,
});

type Member = {
  member: FleetMember;
  cluster?: SimulatedCluster;
  server?: Server;
  target?: KubeTarget;
};

export interface AcmHub {
  /** Serves the `mce` plugin and ACM's backend routes; false for any other path. */
  handle: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** A watch through the cluster proxy (WebSocket); false for any other path. */
  handleUpgrade: (req: IncomingMessage, socket: Duplex, head: Buffer, origin: string) => boolean;
  /** The simulated cluster behind a member, to change or inspect it. */
  clusterOf: (name: string) => SimulatedCluster | undefined;
  /** Requests through the cluster proxy: answered so far, and the most in flight at once. */
  proxied: { count: number; mostInFlight: number };
  close: () => Promise<void>;
}

export const startAcmHub = async (
  members: FleetMember[],
  opts: { root: string; token: string; log: (line: string) => void },
): Promise<AcmHub> => {
  const byName = new Map<string, Member>();
  for (const member of members) {
    if (!('scenario' in member)) {
      byName.set(member.name, { member });
      continue;
    }
    const scenario = await loadScenario(path.resolve(opts.root, member.scenario));
    const cluster = createSimulatedCluster(scenario, { log: opts.log });
    const server = createServer((req, res) => {
      if (!cluster.handle(req, res)) send(res, 404, '404 page not found\n', 'text/plain');
    });
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (!cluster.handleUpgrade(req, socket, head)) socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    byName.set(member.name, { member, cluster, server, target: { port, token: opts.token } });
  }

  const proxied = { count: 0, mostInFlight: 0 };
  let inFlight = 0;
  const memberOf = (rest: string) => {
    const slash = rest.indexOf('/');
    const name = slash < 0 ? rest : rest.slice(0, slash);
    return { name, apiPath: slash < 0 ? '/' : rest.slice(slash), m: byName.get(name) };
  };
  const proxy = (req: IncomingMessage, res: ServerResponse, rest: string) => {
    // The console's backend checks the CSRF token of every mutating request it proxies.
    if (!csrfOk(req, res)) return;
    inFlight++;
    proxied.count++;
    proxied.mostInFlight = Math.max(proxied.mostInFlight, inFlight);
    res.on('close', () => inFlight--);
    const { name, apiPath, m } = memberOf(rest);
    if (!m) return send(res, 400, `cluster ${name} is not a managed cluster\n`, 'text/plain');
    const member = m.member;
    if ('answer' in member && member.answer === 502)
      return send(res, 502, 'Bad Gateway\n', 'text/plain');
    // Discovery is open to every authenticated user (system:discovery); the rest is refused.
    if ('answer' in member && member.answer === 403)
      return isDiscoveryPath(apiPath)
        ? send(res, 200, refusedDiscovery(apiPath))
        : send(res, 403, status(403, `User "kube:admin" cannot get ${apiPath}`, 'Forbidden'));
    if (!m.target) return send(res, 502, 'Bad Gateway\n', 'text/plain');
    req.url = `/api/kubernetes${apiPath}`;
    return proxyKube(req, res, m.target);
  };

  return {
    handle: (req, res) => {
      const p = (req.url ?? '').split('?')[0];
      if (p === `/api/plugins/${ACM_PLUGIN}/plugin-manifest.json`) {
        send(res, 200, PLUGIN_MANIFEST);
        return true;
      }
      if (p === `/api/plugins/${ACM_PLUGIN}/plugin-entry.js`) {
        send(res, 200, PLUGIN_ENTRY, 'application/javascript');
        return true;
      }
      if (p === `${ACM_BACKEND}/hub`) {
        send(res, 200, {
          isGlobalHub: false,
          localHubName: HUB_NAME,
          isHubSelfManaged: true,
          isObservabilityInstalled: false,
        });
        return true;
      }
      if ((req.url ?? '').startsWith(PROXY)) {
        proxy(req, res, (req.url ?? '').slice(PROXY.length));
        return true;
      }
      return false;
    },
    handleUpgrade: (req, socket, head, origin) => {
      if (!(req.url ?? '').startsWith(PROXY)) return false;
      const { apiPath, m } = memberOf((req.url ?? '').slice(PROXY.length));
      const refuse = (line: string) =>
        socket.end(`HTTP/1.1 ${line}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
      if (!m) refuse('400 Bad Request');
      else if ('answer' in m.member && m.member.answer === 403) refuse('403 Forbidden');
      else if (!m.target) refuse('502 Bad Gateway');
      else {
        req.url = `/api/kubernetes${apiPath}`;
        proxyKubeUpgrade(req, socket, head, m.target, origin);
      }
      return true;
    },
    clusterOf: (name) => byName.get(name)?.cluster,
    proxied,
    close: async () => {
      for (const m of byName.values()) m.cluster?.close();
      await Promise.all(
        [...byName.values()].filter((m) => m.server).map((m) => closerFor(m.server as Server)()),
      );
    },
  };
};
