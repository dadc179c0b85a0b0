import { describe, expect, it } from 'vitest';
import { evaluate } from '../../evaluate';
import { loaded } from '../../snapshot';
import type { ClusterSnapshot } from '../../snapshot';
import type { CheCluster } from '../../../models/cheCluster';
import type { DevWorkspace } from '../../../models/devWorkspace';
import type { SecurityContextConstraints } from '../../../models/securityContextConstraints';
import {
  cheCluster,
  devWorkspace,
  featureGate,
  offSnapshot,
  onSnapshot,
  runScc,
} from '../../testing/builders';
import { check, outcome } from '../../testing/query';
import { remedyText } from '../../remedyYaml';

/** The article's nested-podman-scc, as far as the check reads it. */
const nestedPodmanScc: SecurityContextConstraints = {
  apiVersion: 'security.openshift.io/v1',
  kind: 'SecurityContextConstraints',
  metadata: { name: 'nested-podman-scc' },
  seLinuxContext: { type: 'MustRunAs', seLinuxOptions: { type: 'container_engine_t' } },
  userNamespaceLevel: 'RequirePodLevel',
};

const withBuildScc = (enabled?: boolean): CheCluster => {
  const cc = cheCluster({ enabled });
  cc.spec = {
    devEnvironments: {
      ...cc.spec?.devEnvironments,
      disableContainerBuildCapabilities: false,
      containerBuildConfiguration: { openShiftSecurityContextConstraint: 'nested-podman-scc' },
    },
  };
  return cc;
};

const withOverrides = (name: string, overrides: unknown): DevWorkspace => {
  const dw = devWorkspace({ name });
  dw.spec = {
    ...dw.spec,
    template: { attributes: { ...dw.spec?.template?.attributes, 'pod-overrides': overrides } },
  };
  return dw;
};

const techPreview = (o: Partial<ClusterSnapshot>, base = offSnapshot) =>
  check(evaluate(base(o), { now: 0 }), 'tech-preview-setup');

describe('tech-preview-setup', () => {
  const recipeSccs = {
    'container-run': loaded(runScc()),
    'nested-podman-scc': loaded(nestedPodmanScc),
  };

  it('passes on a cluster that never used the recipe', () => {
    expect(outcome(techPreview({}))).toEqual(['pass', 'tech-preview-none']);
    expect(outcome(techPreview({}, onSnapshot))).toEqual(['pass', 'tech-preview-none']);
  });

  it('finds the hand-made SCC named as the build SCC', () => {
    const r = techPreview({ cheClusters: loaded([withBuildScc()]), sccs: recipeSccs });
    expect(outcome(r)).toEqual(['warn', 'tech-preview-found']);
    expect(r.params).toEqual({ parts: ['build-scc'], workspaces: 0 });
    expect(r.remedies.map((x) => x.code)).toEqual([
      'enable-feature',
      'drop-nested-build-scc',
      'delete-nested-scc',
    ]);
    expect(remedyText(r.remedies[2])).toBe('oc delete scc nested-podman-scc');
  });

  it('ignores a build SCC that is not made for nested containers, or not readable', () => {
    const plain = {
      ...nestedPodmanScc,
      seLinuxContext: { type: 'MustRunAs' },
      userNamespaceLevel: 'AllowHostLevel',
    };
    expect(
      outcome(
        techPreview({
          cheClusters: loaded([withBuildScc()]),
          sccs: { 'nested-podman-scc': loaded(plain) },
        }),
      ),
    ).toEqual(['pass', 'tech-preview-none']);
    expect(outcome(techPreview({ cheClusters: loaded([withBuildScc()]) }))).toEqual([
      'pass',
      'tech-preview-none',
    ]);
  });

  it.each([
    ['an object', { spec: { hostUsers: false } }, ['warn', 'tech-preview-found']],
    // The operator unmarshals the attribute into a PodTemplateSpec: a string never sets hostUsers.
    ['a YAML string', 'spec:\n  hostUsers: false\n', ['pass', 'tech-preview-none']],
    ['a JSON string', '{"spec":{"hostUsers":false}}', ['pass', 'tech-preview-none']],
    ['hostUsers true', { spec: { hostUsers: true } }, ['pass', 'tech-preview-none']],
    ['other overrides', { metadata: { annotations: { a: 'b' } } }, ['pass', 'tech-preview-none']],
    ['a broken string', 'spec: [', ['pass', 'tech-preview-none']],
  ] as const)('pod-overrides as %s', (_, overrides, expected) => {
    expect(
      outcome(techPreview({ devWorkspaces: loaded([withOverrides('ws', overrides)]) })),
    ).toEqual(expected);
  });

  it("finds hostUsers: false in a component's pod-overrides too", () => {
    const dw = devWorkspace({ name: 'ws' });
    dw.spec = {
      ...dw.spec,
      template: {
        ...dw.spec?.template,
        components: [
          { name: 'tools', attributes: { 'pod-overrides': { spec: { hostUsers: false } } } },
        ],
      },
    };
    expect(outcome(techPreview({ devWorkspaces: loaded([dw]) }))).toEqual([
      'warn',
      'tech-preview-found',
    ]);
  });

  it('adds the kept feature set to the recipe, and lists the workspaces to recreate', () => {
    const r = techPreview(
      {
        featureGate: loaded({ ...featureGate(), spec: { featureSet: 'TechPreviewNoUpgrade' } }),
        devWorkspaces: loaded([
          withOverrides('a', { spec: { hostUsers: false } }),
          devWorkspace({ name: 'b' }),
        ]),
        cheClusters: loaded([withBuildScc(true)]),
        sccs: recipeSccs,
      },
      onSnapshot,
    );
    expect(r.params).toEqual({
      parts: ['build-scc', 'pod-overrides', 'feature-set'],
      workspaces: 1,
    });
    expect(r.details).toContainEqual({
      key: 'spec.template.attributes["pod-overrides"]',
      actual: ['alice-devspaces/a'],
      ok: false,
    });
    expect(r.remedies.map((x) => x.code)).not.toContain('enable-feature');
  });

  it('a non-default feature set alone is the feature-set check, not this one', () => {
    const r = techPreview({
      featureGate: loaded({ ...featureGate(), spec: { featureSet: 'TechPreviewNoUpgrade' } }),
    });
    expect(outcome(r)).toEqual(['pass', 'tech-preview-none']);
  });
});
