// The drill-down's use of ACM's SDK: which specs it can watch from this hub, and the answers of
// one-name watches narrowed back to that name.
import { describe, expect, it } from 'vitest';
import { MANAGED_PRIMARY_WATCHES } from '../hooks/watches';
import { hubHasModel, narrowAll, narrowedToName, splitByHubModels } from './managedWatches';

// The console keys its built-in models by kind and CRDs by reference (k8s reducer, modelKey).
const HUB_WITHOUT_DEV_SPACES = {
  Pod: {},
  Namespace: {},
  Node: {},
  ClusterRole: {},
  ClusterRoleBinding: {},
  RoleBinding: {},
  SecurityContextConstraints: {},
  'config.openshift.io~v1~ClusterVersion': {},
  'config.openshift.io~v1~FeatureGate': {},
  'machineconfiguration.openshift.io~v1~ContainerRuntimeConfig': {},
  'machineconfiguration.openshift.io~v1~MachineConfig': {},
  'machineconfiguration.openshift.io~v1~MachineConfigPool': {},
  'operators.coreos.com~v1alpha1~ClusterServiceVersion': {},
};

describe('splitByHubModels', () => {
  it('watches what the hub has a model of and reads the rest (no Dev Spaces on the hub)', () => {
    const watchable = new Set(
      Object.entries(MANAGED_PRIMARY_WATCHES)
        .filter(([, spec]) => hubHasModel(spec, HUB_WITHOUT_DEV_SPACES))
        .map(([key]) => key),
    );
    const split = splitByHubModels(MANAGED_PRIMARY_WATCHES, watchable, 'prod-east');
    expect(Object.keys(split.polled).sort()).toEqual(['cheClusters', 'devWorkspaces']);
    expect(split.watched.workspacePods?.cluster).toBe('prod-east');
    expect(split.watched.clusterVersion?.fieldSelector).toBe('metadata.name=version');
    expect(split.polled.cheClusters).not.toHaveProperty('cluster');
  });
});

describe('narrowedToName', () => {
  const spec = { groupVersionKind: { version: 'v1', kind: 'ClusterRole' }, isList: true };
  const named = { ...spec, fieldSelector: 'metadata.name=dev-workspace-container-build' };
  const role = (name: string) => ({ metadata: { name } });

  it("keeps only the asked name when the SDK's socket delivered others", () => {
    const r = {
      data: [role('dev-workspace-container-build'), role('admin')],
      loaded: true,
      loadError: undefined,
    };
    expect(narrowedToName(named, r)?.data).toEqual([role('dev-workspace-container-build')]);
  });

  it('leaves lists without a name selector, errors and pending results alone', () => {
    const all = { data: [role('a'), role('b')], loaded: true, loadError: undefined };
    expect(narrowedToName(spec, all)).toBe(all);
    const failed = { data: [], loaded: true, loadError: new Error('403') };
    expect(narrowedToName(named, failed)).toBe(failed);
    expect(narrowAll({ x: named }, {})).toEqual({ x: undefined });
  });
});
