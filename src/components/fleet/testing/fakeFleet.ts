/**
 * Test-only: a fleet behind the mocked SDKs. Each managed cluster is a simulated API server on its
 * own scenario (integration-tests/cluster); consoleFetchJSON routes `/api/kubernetes/…` to the hub
 * and ACM's `…/managedclusterproxy/<cluster>/…` to that cluster, as ACM's backend does, and fails
 * the way the console's fetch does (an error with `response.status` and the Status as `json`).
 */
import { vi } from 'vitest';
import { consoleFetchJSON, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import path from 'node:path';
import { loadScenario } from '../../../../integration-tests/cluster/index';
import { isDiscoveryPath, refusedDiscovery } from '../../../../integration-tests/cluster/discovery';
import { serve, type Running } from '../../../../integration-tests/cluster/testServer';
import type { ManagedCluster } from '../../../models/managedCluster';
import {
  managedClusterObject,
  type FleetMember,
} from '../../../../integration-tests/real-console/acmHub';

export const PROXY = '/api/proxy/plugin/mce/console/multicloud/managedclusterproxy';
export const HUB = 'local-cluster';

// By path from the repository root: under jsdom, import.meta.url is not a file URL.
const serveScenario = async (name: string) =>
  serve(await loadScenario(path.join(process.cwd(), 'integration-tests/scenarios', name)));

/** A member as the stand-in hub of the browser tests takes it (scenario, 502/403, unavailable). */
export type FakeMember = FleetMember;

/** The hub's clusterview ManagedCluster, built as the browser tests' stand-in hub builds it. */
const managedCluster = (m: FakeMember, hub = false): ManagedCluster => managedClusterObject(m, hub);

const failure = (status: number, message: string) =>
  Object.assign(new Error(message), {
    response: { status },
    json: { kind: 'Status', apiVersion: 'v1', status: 'Failure', message, code: status },
  });

export interface FakeFleet {
  /** Paths asked, per cluster. */
  asked: Map<string, string[]>;
  mostInFlight: number;
  close: () => Promise<void>;
}

export const installFleet = async (
  hubScenario: string,
  members: FakeMember[],
): Promise<FakeFleet> => {
  const servers = new Map<string, Running>();
  servers.set(HUB, await serveScenario(hubScenario));
  for (const m of members)
    if ('scenario' in m) servers.set(m.name, await serveScenario(m.scenario));
  const byName = new Map(members.map((m) => [m.name, m]));
  const fleet: FakeFleet = {
    asked: new Map(),
    mostInFlight: 0,
    close: () => Promise.all([...servers.values()].map((s) => s.close())).then(() => undefined),
  };
  let inFlight = 0;

  vi.mocked(useK8sWatchResource).mockImplementation(() => [
    [
      managedCluster({ name: HUB, scenario: hubScenario, created: '2025-01-01T00:00:00Z' }, true),
      ...members.map((m) => managedCluster(m)),
    ],
    true,
    undefined,
  ]);
  vi.mocked(consoleFetchJSON).mockImplementation(async (url: string, _method, init) => {
    const [, cluster, path] = url.startsWith(PROXY)
      ? (/^\/([^/]+)(\/.*)$/.exec(url.slice(PROXY.length)) ?? [])
      : [undefined, HUB, url.replace(/^\/api\/kubernetes/, '')];
    if (!cluster || !path) throw failure(404, `not found: ${url}`);
    fleet.asked.set(cluster, [...(fleet.asked.get(cluster) ?? []), path]);
    const member = byName.get(cluster);
    if (member && 'answer' in member) {
      // cluster-proxy's tunnel is down (502); or the cluster refuses the user everything but discovery.
      if (member.answer === 502) throw failure(502, 'Bad Gateway');
      if (!isDiscoveryPath(path))
        throw failure(403, `User "alice" cannot list resource at ${path}`);
      return refusedDiscovery(path);
    }
    const server = servers.get(cluster);
    if (!server) throw failure(502, 'Bad Gateway');
    inFlight++;
    fleet.mostInFlight = Math.max(fleet.mostInFlight, inFlight);
    try {
      const res = await fetch(`${server.base}${path}`, { headers: init?.headers });
      const body: unknown = await res.json().catch(() => undefined);
      if (!res.ok) throw Object.assign(failure(res.status, `${res.status}`), { json: body });
      return body;
    } finally {
      inFlight--;
    }
  });
  return fleet;
};
