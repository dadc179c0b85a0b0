import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { forbidden } from './snapshot';
import type { ClusterSnapshot } from './snapshot';
import { onSnapshot } from './testing/builders';
import { readAccess } from './access';
import { RESOURCE_ENTRIES, SNAPSHOT_RESOURCES } from './resources';

/** An "on" cluster where the viewer may read the CheClusters and nothing else the checks need. */
const deniedEverything = (): ClusterSnapshot => {
  const base = onSnapshot();
  const out: Record<string, unknown> = { ...base };
  for (const [key, spec] of RESOURCE_ENTRIES) {
    if (key === 'cheClusters') continue;
    const state = base[key];
    out[key] =
      spec.keyed === 'cluster'
        ? forbidden()
        : Object.fromEntries(Object.keys(state as object).map((k) => [k, forbidden()]));
  }
  return { ...(out as unknown as ClusterSnapshot), cheClusters: base.cheClusters };
};

describe('the resource table', () => {
  it.each(RESOURCE_ENTRIES)('%s: a 403 asks for the access its read needs', (_, spec) => {
    expect(readAccess(spec.model.plural)).toEqual({
      verb: spec.read === 'get' ? 'get' : 'list',
      resource: spec.model.plural,
      group: spec.model.group,
    });
  });

  it('names every resource a check reads: each 403 a check returns is a table resource', () => {
    const report = evaluate(deniedEverything(), { now: 0 });
    const results = [...report.checks, ...report.cheClusterReports.flatMap((i) => i.checks)];
    const denied = results.filter((r) => r.reason === 'forbidden');
    const plurals = new Set(RESOURCE_ENTRIES.map(([, s]) => s.model.plural));
    expect(denied.length).toBeGreaterThan(10);
    for (const r of denied) {
      expect(plurals).toContain(r.params.resource);
      const spec = RESOURCE_ENTRIES.find(([, s]) => s.model.plural === r.params.resource)![1];
      expect({ id: r.id, group: r.params.group }).toEqual({ id: r.id, group: spec.model.group });
    }
  });

  it('keeps the CheCluster CRD and the DWOC CRD as single GETs, the Nodes as a Table', () => {
    expect(SNAPSHOT_RESOURCES.cheClusterCrd.read).toBe('get');
    expect(SNAPSHOT_RESOURCES.devWorkspaceOperatorConfigCrd.read).toBe('get');
    expect(SNAPSHOT_RESOURCES.nodes.read).toBe('table');
    expect(readAccess('customresourcedefinitions').verb).toBe('get');
    expect(readAccess('machineconfigpools').group).toBe('machineconfiguration.openshift.io');
  });
});
