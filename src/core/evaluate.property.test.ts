/**
 * Property: whatever the API server (or a broken proxy) hands the evaluator, it returns a complete
 * report and never throws or mutates its input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { REASONS } from './checks/registry';
import { ALL_CHECKS } from './checks/registry';
import type { ReadinessReport } from './results';
import type { ClusterSnapshot } from './snapshot';
import { cheCluster, devWorkspace, offSnapshot, workspacePod } from './testing/builders';

const odd = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.constant([]),
  fc.constant({}),
);
/** Sometimes a plausible value, sometimes anything at all. */
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, odd, fc.anything());

const versionString = fc.oneof(
  fc.constantFrom(
    '4.20.3',
    '4.21.0-rc.2',
    '4.20.0-ec.4',
    '4.22.0-0.nightly-2026-05-01-123456',
    '4.20.0-0.ci-2026-05-01-010101',
    '4.20.0-okd-scos.1',
    '4.19.0-0.okd-2025-03-07-191843',
    '4.23.0',
    '4.20',
    'v4.20.1',
    '4..20',
    '4.20.0-',
    '99999999999999999999.1.1',
    '',
  ),
  fc.string(),
  fc.stringMatching(/^\d{1,3}\.\d{1,3}(\.\d{1,3})?(-[0-9a-z.-]{0,20})?$/),
);

const state = <T>(data: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 4, arbitrary: data.map((d) => ({ state: 'loaded', data: d })) },
    fc.constant({ state: 'loading' }),
    fc.record({ state: fc.constant('forbidden'), message: maybe(fc.string()) }),
    fc.constant({ state: 'not-found' }),
    fc.record({
      state: fc.constant('error'),
      message: maybe(fc.string()),
      status: maybe(fc.integer()),
    }),
    odd,
  );

const names = fc.constantFrom(
  'devspaces',
  'eclipse-che',
  'container-run',
  'openshift-devspaces',
  '',
);
const name = maybe(names);
/** Object keys are strings: a known name, or any string (including `__proto__` and `constructor`). */
const key = fc.oneof(names, fc.string());
const metadata = fc.record(
  {
    name,
    namespace: name,
    resourceVersion: maybe(fc.string()),
    labels: maybe(fc.dictionary(fc.string(), maybe(fc.string()))),
    annotations: maybe(fc.dictionary(fc.constantFrom('openshift.io/scc', 'x'), maybe(fc.string()))),
  },
  { requiredKeys: [] },
);

const gateList = maybe(
  fc.array(
    maybe(
      fc.record({
        name: maybe(
          fc.constantFrom(
            'UserNamespacesSupport',
            'ProcMountType',
            'UserNamespacesPodSecurityStandards',
          ),
        ),
      }),
    ),
  ),
);
const featureGate = fc.record({
  spec: maybe(
    fc.record({
      featureSet: maybe(fc.constantFrom('', 'CustomNoUpgrade', 'OKD', 'TechPreviewNoUpgrade')),
      customNoUpgrade: maybe(fc.record({ disabled: maybe(fc.array(fc.string())) })),
    }),
  ),
  status: maybe(
    fc.record({
      featureGates: maybe(
        fc.array(
          maybe(
            fc.record({ version: maybe(versionString), enabled: gateList, disabled: gateList }),
          ),
        ),
      ),
    }),
  ),
});
const clusterVersion = fc.record({
  status: maybe(
    fc.record({
      desired: maybe(fc.record({ version: maybe(versionString) })),
      history: maybe(
        fc.array(
          maybe(
            fc.record({
              state: maybe(fc.constantFrom('Completed', 'Partial')),
              version: maybe(versionString),
            }),
          ),
        ),
      ),
    }),
  ),
});
const che = fc.record({
  metadata: maybe(metadata),
  spec: maybe(
    fc.record({
      devEnvironments: maybe(
        fc.record({
          disableContainerRunCapabilities: maybe(fc.boolean()),
          containerRunConfiguration: maybe(fc.record({ openShiftSecurityContextConstraint: name })),
        }),
      ),
    }),
  ),
  status: maybe(
    fc.record({
      chePhase: maybe(fc.constantFrom('Active', 'RollingUpdate', 'Inactive')),
      message: odd,
    }),
  ),
});
const securityContext = maybe(
  fc.record(
    {
      runAsUser: maybe(fc.constantFrom(0, 1000)),
      runAsNonRoot: maybe(fc.boolean()),
      allowPrivilegeEscalation: maybe(fc.boolean()),
      privileged: maybe(fc.boolean()),
    },
    { requiredKeys: [] },
  ),
);
const pod = fc.record({
  metadata: maybe(metadata),
  spec: maybe(
    fc.record({
      hostUsers: maybe(fc.boolean()),
      securityContext,
      containers: maybe(fc.array(maybe(fc.record({ securityContext })))),
    }),
  ),
  status: maybe(fc.record({ phase: maybe(fc.string()) })),
});
const workspace = fc.record({
  metadata: maybe(metadata),
  spec: maybe(
    fc.record({
      started: odd,
      template: maybe(
        fc.record({
          attributes: maybe(
            fc.dictionary(
              fc.constantFrom(
                'controller.devfile.io/scc',
                'controller.devfile.io/devworkspace-config',
              ),
              fc.anything(),
            ),
          ),
        }),
      ),
    }),
  ),
  status: maybe(fc.record({ devworkspaceId: maybe(fc.string()) })),
});
const byName = <T>(value: fc.Arbitrary<T>) => maybe(fc.dictionary(key, state(value)));

const snapshot = fc.record({
  openshiftApis: state(
    maybe(fc.record({ config: maybe(fc.boolean()), security: maybe(fc.boolean()) })),
  ),
  clusterVersion: state(maybe(clusterVersion)),
  featureGate: state(maybe(featureGate)),
  containerRuntimeConfigs: state(maybe(fc.array(fc.anything()))),
  cheClusters: state(maybe(fc.array(maybe(che), { maxLength: 4 }))),
  cheClusterCrd: state(fc.anything()),
  sccs: byName(fc.anything()),
  devWorkspaceOperatorConfigs: byName(
    maybe(
      fc.record({ config: maybe(fc.record({ workspace: maybe(fc.record({ hostUsers: odd })) })) }),
    ),
  ),
  clusterRoles: byName(fc.anything()),
  devWorkspaces: state(maybe(fc.array(maybe(workspace), { maxLength: 30 }))),
  workspacePods: state(maybe(fc.array(maybe(pod), { maxLength: 30 }))),
  recentToggles: maybe(
    fc.array(
      maybe(
        fc.record({ namespace: name, name, enabled: maybe(fc.boolean()), at: maybe(fc.integer()) }),
      ),
    ),
  ),
});

const complete = (report: ReadinessReport) => {
  const ids = (checks: { id: string }[]) => checks.map((c) => c.id);
  expect(ids(report.checks)).toEqual(ALL_CHECKS);
  for (const cheClusterReport of report.cheClusterReports) {
    expect(ids(cheClusterReport.checks)).toEqual(ALL_CHECKS);
    expect(typeof cheClusterReport.enable.allowed).toBe('boolean');
    expect(typeof cheClusterReport.disable.allowed).toBe('boolean');
  }
  for (const c of [...report.checks, ...report.cheClusterReports.flatMap((i) => i.checks)]) {
    expect(Object.keys(REASONS)).toContain(c.reason);
    expect(['pass', 'warn', 'fail', 'unknown', 'na']).toContain(c.status);
  }
  expect(['ready', 'ready-with-warnings', 'not-ready', 'unavailable', 'unknown']).toContain(
    report.verdict,
  );
  expect(() => JSON.stringify(report)).not.toThrow();
};

// Speed is measured in bench/, not here: the timeout only stops a hung run on a loaded machine.
describe('evaluate on arbitrary input', { timeout: 120_000 }, () => {
  it('shaped but malformed snapshots: complete report, input untouched', () => {
    fc.assert(
      fc.property(snapshot, fc.option(fc.integer()), (s, now) => {
        const before = structuredClone(s);
        const report = evaluate(s as unknown as ClusterSnapshot, { now: now ?? 0 });
        complete(report);
        expect(s).toEqual(before);
      }),
      { numRuns: 400 },
    );
  });

  it('anything at all, in place of the snapshot or the options', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (s, o) => {
        complete(evaluate(s as ClusterSnapshot, o as never));
      }),
      { numRuns: 300 },
    );
  });

  it('huge lists of junk and real objects', () => {
    const junk = Array.from(
      { length: 20_000 },
      (_, i) => [null, 1, 'x', [], {}, { metadata: 5 }, { spec: { containers: 'no' } }][i % 7],
    );
    const report = evaluate(
      offSnapshot({
        cheClusters: { state: 'loaded', data: [cheCluster(), ...junk.slice(0, 7)] as never },
        devWorkspaces: { state: 'loaded', data: [...junk, devWorkspace()] as never },
        workspacePods: {
          state: 'loaded',
          data: [...junk, workspacePod({ runAsUser: 0 })] as never,
        },
      }),
      { now: 0 },
    );
    complete(report);
    expect(
      report.cheClusterReports[0].rootOnHostPods.some((p) => p.reasons.includes('runs-as-root')),
    ).toBe(true);
  });
});
