import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESOURCE_ENTRIES } from '../../src/core/resources';
import { ClusterState } from './cluster';
import { loadScenario } from './index';
import { SCENARIOS } from './testServer';

// The simulated cluster must serve every resource the plugin's snapshot reads (core/resources.ts),
// as the model names it: a resource missing here would make the browser tests pass on a 404.
describe('the simulated cluster serves the snapshot resource table', () => {
  it.each(RESOURCE_ENTRIES)('%s', async (_, spec) => {
    const state = new ClusterState(await loadScenario(join(SCENARIOS, 'ocp-4.20-ready-on.yaml')));
    const { group, version, plural, namespaced, kind } = spec.model;
    const served = state.lookup(group, version, plural);
    expect(served, `${plural}.${group}/${version}`).toBeDefined();
    expect({ kind: served?.kind, namespaced: served?.namespaced }).toEqual({ kind, namespaced });
    expect(state.servedGroups().has(group)).toBe(true);
    expect(served?.verbs).toEqual(expect.arrayContaining(spec.read === 'get' ? ['get'] : ['list']));
  });
});
