// The download, JSON and Markdown, from real one-shot reads of simulated clusters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Running } from '../../integration-tests/cluster/testServer';
import { reportWords } from '../components/text/fleetText';
import { fleetRow, type ClusterRead } from '../core/fleet/fleetRow';
import { reportMarkdown } from '../core/fleet/markdown';
import { buildReport, REPORT_SCHEMA } from '../core/fleet/report';
import type { Translate } from '../core/translate';
import type { ClusterGet } from './clusterReads';
import { readCluster } from './readCluster';

/** i18next's English: the key is the text, `{{name}}` interpolated. */
const t: Translate = (key, opts) =>
  key.replace(/\{\{(\w+)\}\}/g, (_, k: string) => opts?.[k] ?? '');
const NOW = Date.parse('2026-12-04T12:00:00Z');

const running: Running[] = [];
const entries: { row: ReturnType<typeof fleetRow>; read: ClusterRead }[] = [];

const getFrom =
  (base: string): ClusterGet =>
  async (path, accept) => {
    const res = await fetch(`${base}${path}`, { headers: accept ? { Accept: accept } : {} });
    const body: unknown = await res.json().catch(() => undefined);
    if (!res.ok) throw Object.assign(new Error(`${res.status}`), { response: res, json: body });
    return body;
  };

beforeAll(async () => {
  for (const [name, scenario] of [
    ['hub', 'ocp-4.20-ready-on.yaml'],
    ['spoke-old', 'ocp-4.19-blocked.yaml'],
    ['spoke-plain', 'devspaces-absent.yaml'],
    ['spoke-warned', 'ocp-4.22-ready-off.yaml'],
  ] as const) {
    const r = await serve(scenario);
    running.push(r);
    const read = await readCluster(getFrom(r.base), () => NOW);
    entries.push({ row: fleetRow(name, name === 'hub', read), read });
  }
  const down: ClusterRead = {
    kind: 'failed',
    readAt: NOW,
    failure: 'unreachable',
    message: '502 Bad Gateway',
    status: 502,
  };
  entries.push({ row: fleetRow('spoke-down', false, down), read: down });
});
afterAll(() => Promise.all(running.map((r) => r.close())));

describe('the fleet report', () => {
  it('holds, per cluster, its answer and each check with reason code, parameters and evidence', () => {
    const doc = buildReport(entries, '0.1.0', NOW);
    expect(doc).toMatchObject({
      schema: REPORT_SCHEMA,
      pluginVersion: '0.1.0',
      generatedAt: '2026-12-04T12:00:00.000Z',
    });
    const [hub, old, plain, warned, down] = doc.clusters;
    expect(hub).toMatchObject({
      cluster: 'hub',
      hub: true,
      read: 'answered',
      state: 'enabled',
      answer: 'enabled',
      problems: 0,
    });
    expect(hub.cheClusters).toEqual([
      expect.objectContaining({
        namespace: 'openshift-devspaces',
        featureState: 'enabled',
        blockers: [],
      }),
    ]);
    const scc = hub.checks.find((c) => c.id === 'run-scc');
    expect(scc).toMatchObject({
      scope: 'openshift-devspaces/devspaces',
      status: 'pass',
      reason: 'scc-ok',
    });
    expect(scc?.evidence.details.length).toBeGreaterThan(0);
    // Cluster-wide checks are listed once, under `cluster`.
    expect(hub.checks.filter((c) => c.id === 'cluster-version')).toEqual([
      expect.objectContaining({ scope: 'cluster', status: 'pass' }),
    ]);
    expect(old).toMatchObject({
      verdict: 'not-ready',
      answer: 'blocked',
      firstProblem: { check: 'cluster-version' },
    });
    expect(old.cheClusters[0].blockers[0]).toEqual({
      check: 'cluster-version',
      reason: 'version-too-old',
    });
    expect(plain).toMatchObject({ answer: 'no-devspaces', cheClusters: [] });
    // Off and ready, with one warning (workspace-images) to read first.
    expect(warned).toMatchObject({
      verdict: 'ready-with-warnings',
      answer: 'ready-to-enable',
      problems: 1,
      firstProblem: { check: 'workspace-images', blocking: false },
    });
    expect(down).toMatchObject({
      read: 'unreachable',
      message: '502 Bad Gateway',
      verdict: 'unknown',
      checks: [],
    });
    // JSON as downloaded: nothing lost on the way.
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('reads in Markdown as the page words it, with only what needs attention for the fleet', () => {
    const md = reportMarkdown(buildReport(entries, '0.1.0', NOW), reportWords(t), {
      allChecks: false,
    });
    expect(md).toContain('# Dev Spaces nested containers: readiness report');
    expect(md).toMatch(/\| hub \(hub\) \| 4\.20\.\d+ \| 1 \| On \| On \|/);
    expect(md).toMatch(
      /\| spoke-warned \| 4\.22\.\d+ \| 1 \| Off \| Ready to turn on — read 1 finding first \|/,
    );
    expect(md).toMatch(
      /\| spoke-old \| 4\.19\.\d+ \| 1 \| Off \| Blocked: OpenShift version: OpenShift 4\.19\.\d+ is older than 4\.20 \|/,
    );
    expect(md).toContain(
      '| spoke-down | — | — | — | Cannot tell: the cluster does not answer through the cluster proxy (502 Bad Gateway) |',
    );
    expect(md).toContain('## spoke-old');
    // A cluster with nothing to read is only a table row.
    expect(md).not.toContain('## hub');
  });

  it('lists every check of one cluster', () => {
    const one = buildReport(entries.slice(0, 1), '0.1.0', NOW);
    const md = reportMarkdown(one, reportWords(t), { allChecks: true });
    expect(md).toContain('## hub');
    expect(md.match(/^\| .+ \(`[a-z-]+`\) \|/gm)?.length).toBe(one.clusters[0].checks.length);
  });
});
