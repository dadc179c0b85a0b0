import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClusterState } from './cluster';
import { loadScenario } from './index';
import { SCENARIOS, json, serve } from './testServer';

const scenarioFiles = (await readdir(SCENARIOS)).filter((f) => f.endsWith('.yaml'));

describe('checked-in scenarios', () => {
  it('cover the states DOMAIN.md lists', () => {
    expect(scenarioFiles).toEqual(
      expect.arrayContaining([
        'ocp-4.18-blocked.yaml',
        'ocp-4.19-blocked.yaml',
        'ocp-4.20-ready-off.yaml',
        'ocp-4.20-ready-on.yaml',
        'ocp-4.21-ready-off.yaml',
        'ocp-4.21-ready-on.yaml',
        'ocp-4.22-ready-off.yaml',
        'ocp-4.22-ready-on.yaml',
        'ocp-4.23-ready-off.yaml',
        'ocp-4.23-ready-on.yaml',
        'tech-preview.yaml',
        'runc-pool.yaml',
        'devspaces-absent.yaml',
        'operator-too-old.yaml',
        'custom-scc-wrong.yaml',
        'legacy-workspaces.yaml',
        'root-on-host.yaml',
        'read-only-user.yaml',
        'no-scc-list.yaml',
        'several-checlusters.yaml',
        'workspaces-10k.yaml',
        'upgrade-in-progress.yaml',
        'not-openshift.yaml',
        'faults.yaml',
        'runc-pinned.yaml',
        'hosted-control-plane.yaml',
        'upgrade-within-minor.yaml',
        'upgrade-4.20-to-4.21.yaml',
        'eus-update-workers-paused.yaml',
        'on-run-scc-missing.yaml',
        'dwo-too-old.yaml',
        'jira-scc.yaml',
        'old-workspace-image.yaml',
      ]),
    );
  });

  it.each([...scenarioFiles, 'default'])(
    '%s loads, and every object satisfies its CRD schema',
    async (file) => {
      const scenario = await loadScenario(join(SCENARIOS, file));
      expect(scenario.hasHeader).toBe(true);
      expect(scenario.header.description).toBeTruthy();
      const state = new ClusterState(scenario);
      expect(state.loadProblems).toEqual([]);
      expect(state.store.all().length).toBeGreaterThan(3);
    },
    30_000,
  );

  it('dwoTooOld strips hostUsers from the DWOC CRD and dates the DWO CSV; omit drops objects', async () => {
    const old = await loadScenario(join(SCENARIOS, 'dwo-too-old.yaml'));
    const crd = old.objects.find(
      (o) => o.metadata?.name === 'devworkspaceoperatorconfigs.controller.devfile.io',
    );
    expect(JSON.stringify(crd)).not.toContain('"hostUsers"');
    const csvs = old.objects.filter((o) => o.kind === 'ClusterServiceVersion');
    expect(csvs.map((c) => c.metadata?.name)).toEqual(['devworkspace-operator.v0.36.0']);
    const missing = await loadScenario(join(SCENARIOS, 'on-run-scc-missing.yaml'));
    const sccs = missing.objects.filter((o) => o.kind === 'SecurityContextConstraints');
    expect(sccs.map((o) => o.metadata?.name)).not.toContain('container-run');
    expect(sccs.length).toBeGreaterThan(0);
  });

  it('unservedGroups: a hosted control plane serves no machineconfiguration API', async () => {
    const hcp = new ClusterState(await loadScenario(join(SCENARIOS, 'hosted-control-plane.yaml')));
    expect(hcp.servedGroups().has('machineconfiguration.openshift.io')).toBe(false);
    expect(hcp.servedGroups().has('config.openshift.io')).toBe(true);
    const pinned = new ClusterState(await loadScenario(join(SCENARIOS, 'runc-pinned.yaml')));
    expect(pinned.servedGroups().has('machineconfiguration.openshift.io')).toBe(true);
  });

  it('derives the old CRD for operator-too-old and generates 10,000 workspaces', async () => {
    const old = await loadScenario(join(SCENARIOS, 'operator-too-old.yaml'));
    const crd = old.objects.find((o) => o.metadata?.name === 'checlusters.org.eclipse.che');
    type Props = { properties?: Record<string, Props> };
    const versions = (
      crd?.spec as { versions: { name: string; schema: { openAPIV3Schema: Props } }[] }
    ).versions;
    const v2 = versions.find((v) => v.name === 'v2')?.schema.openAPIV3Schema;
    const devEnvironments = Object.keys(
      v2?.properties?.spec?.properties?.devEnvironments?.properties ?? {},
    );
    expect(devEnvironments).toContain('disableContainerBuildCapabilities');
    expect(devEnvironments).not.toContain('disableContainerRunCapabilities');
    const big = await loadScenario(join(SCENARIOS, 'workspaces-10k.yaml'));
    const dws = big.objects.filter(
      (o) => o.kind === 'DevWorkspace' && o.metadata?.name?.startsWith('ws-'),
    );
    expect(dws).toHaveLength(10_000);
    const legacy = dws.filter((o) => !JSON.stringify(o.spec).includes('controller.devfile.io/scc'));
    expect(legacy).toHaveLength(1000);
  }, 30_000);
});

describe('loading dumps', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sim-dump-'));
    // A must-gather-like tree: cluster-scoped objects, a namespaced List, a multi-document file.
    await mkdir(join(dir, 'cluster-scoped-resources', 'config.openshift.io'), { recursive: true });
    await mkdir(join(dir, 'namespaces', 'team-a', 'core'), { recursive: true });
    await writeFile(
      join(dir, 'cluster-scoped-resources', 'config.openshift.io', 'clusterversions.yaml'),
      'apiVersion: config.openshift.io/v1\nkind: ClusterVersion\nmetadata:\n  name: version\n  resourceVersion: "987654"\nstatus:\n  history:\n  - {state: Completed, version: 4.21.1}\n',
    );
    await writeFile(
      join(dir, 'namespaces', 'team-a', 'core', 'pods.yaml'),
      'apiVersion: v1\nkind: PodList\nitems:\n- metadata: {name: p1, namespace: team-a, labels: {app: x}}\n- metadata: {name: p2, namespace: team-a}\n',
    );
    await writeFile(
      join(dir, 'namespaces', 'team-a', 'misc.yaml'),
      'apiVersion: v1\nkind: List\nitems:\n- {apiVersion: apps/v1, kind: Deployment, metadata: {name: web, namespace: team-a}}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings, namespace: team-a}\ndata: {a: "1"}\n',
    );
    await writeFile(join(dir, 'namespaces', 'team-a', 'notes.txt'), 'not yaml: [');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads a directory recursively: Lists, *List, multi-document files, unknown kinds', async () => {
    const scenario = await loadScenario(dir);
    expect(scenario.hasHeader).toBe(false);
    expect(scenario.objects.map((o) => `${o.kind}/${o.metadata?.name}`).sort()).toEqual([
      'ClusterVersion/version',
      'ConfigMap/settings',
      'Deployment/web',
      'Pod/p1',
      'Pod/p2',
    ]);
    const srv = await serve(scenario);
    try {
      // OpenShift detected from the objects; everything allowed; the dump's kinds are served.
      expect(
        (await fetch(`${srv.base}/apis/config.openshift.io/v1/clusterversions/version`)).status,
      ).toBe(200);
      expect(
        (await fetch(`${srv.base}/apis/apps/v1/namespaces/team-a/deployments/web`)).status,
      ).toBe(200);
      const pods = await json<{ items: unknown[] }>(
        await fetch(`${srv.base}/api/v1/namespaces/team-a/pods?labelSelector=app%3Dx`),
      );
      expect(pods.items).toHaveLength(1);
      expect((await fetch(`${srv.base}/apis/org.eclipse.che/v2/checlusters`)).status).toBe(404);
    } finally {
      await srv.close();
    }
  });

  it('lets a scenario file replace objects from its includes', async () => {
    const file = join(dir, '..', `sim-override-${Date.now()}.yaml`);
    await writeFile(
      file,
      `apiVersion: sim.devspaces-nested-containers.io/v1\nkind: SimulatedClusterScenario\ninclude: [${join(SCENARIOS, 'parts', 'ocp-4.20.yaml')}]\n---\napiVersion: config.openshift.io/v1\nkind: FeatureGate\nmetadata: {name: cluster}\nspec: {featureSet: CustomNoUpgrade}\n`,
    );
    try {
      const scenario = await loadScenario(file);
      const gates = scenario.objects.filter((o) => o.kind === 'FeatureGate');
      expect(gates).toHaveLength(1);
      expect(gates[0].spec).toEqual({ featureSet: 'CustomNoUpgrade' });
      expect(scenario.objects.some((o) => o.kind === 'ClusterVersion')).toBe(true);
    } finally {
      await rm(file);
    }
  });
});
