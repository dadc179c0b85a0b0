import { describe, expect, it } from 'vitest';
import { evaluate } from '../../evaluate';
import { forbidden, loaded } from '../../snapshot';
import type { DevWorkspace } from '../../../models/devWorkspace';
import type { CheCluster } from '../../../models/cheCluster';
import {
  cheCluster,
  devWorkspace,
  nestedPod,
  offSnapshot,
  onSnapshot,
} from '../../testing/builders';
import { check, outcome } from '../../testing/query';
import { imageVerdict } from './rule';

const UDI = 'quay.io/devfile/universal-developer-image';

describe('imageVerdict', () => {
  it.each([
    [`${UDI}:ubi8-latest`, [], 'Always', 'ubi8'],
    ['quay.io/devfile/base-developer-image:ubi8-8a2c', [], 'Always', 'ubi8'],
    [`${UDI}:ubi9-latest`, ['sleep', 'infinity'], 'Always', 'entrypoint-replaced'],
    [`${UDI}:ubi10-latest`, [], 'Always', 'ok'],
    [`${UDI}:ubi10-0f1e2d3`, [], 'IfNotPresent', 'ok'],
    [`${UDI}:ubi9-latest`, [], 'Always', 'ok'],
    [`${UDI}:latest`, [], 'Always', 'ok'],
    [UDI, [], 'Always', 'ok'],
    [`${UDI}:ubi9-latest`, [], 'IfNotPresent', 'cached-latest'],
    [`${UDI}:ubi9-0f1e2d3`, [], 'Always', 'sha-tag'],
    [`${UDI}@sha256:${'a'.repeat(64)}`, [], 'Always', 'digest'],
    ['registry.redhat.io/devspaces/udi-rhel9:3.22', [], 'Always', 'not-known'],
    ['image-registry.openshift-image-registry.svc:5000/team/tools:1', [], 'Always', 'not-known'],
  ] as const)('%s %j %s -> %s', (image, command, pull, expected) => {
    expect(imageVerdict(image, [...command], pull)).toBe(expected);
  });
});

const withImage = (name: string, image: string, command?: string[]): DevWorkspace => {
  const dw = devWorkspace({ name });
  dw.spec = {
    ...dw.spec,
    template: {
      ...dw.spec?.template,
      components: [{ name: 'tools', container: { image, command } }, { name: 'vol' }],
    },
  };
  return dw;
};

const images = (o: Parameters<typeof offSnapshot>[0], base = offSnapshot) =>
  check(evaluate(base(o), { now: 0 }), 'workspace-images');

describe('workspace-images', () => {
  it('passes with the operator default UDI and no components of their own', () => {
    const r = images({});
    expect(outcome(r)).toEqual(['pass', 'images-ok']);
    expect(r.details[0]).toEqual({
      key: 'spec.devEnvironments.defaultComponents',
      actual: [`${UDI}:ubi9-latest (ok)`],
      ok: true,
    });
  });

  it('fails on a ubi8 UDI, listing the workspace, and does not block enabling', () => {
    const report = evaluate(
      offSnapshot({
        devWorkspaces: loaded([
          withImage('old', `${UDI}:ubi8-latest`),
          withImage('new', `${UDI}:ubi10-latest`),
        ]),
      }),
      { now: 0 },
    );
    const r = check(report, 'workspace-images');
    expect(outcome(r)).toEqual(['fail', 'images-broken']);
    expect(r.params).toEqual({ count: 1, workspaces: ['alice-devspaces/old'] });
    expect(report.cheClusterReports[0].enable.allowed).toBe(true);
  });

  it('names each workspace with an image to look at, and counts the fine ones by image', () => {
    const r = images({
      devWorkspaces: loaded([
        withImage('a', `${UDI}:ubi10-latest`),
        withImage('b', `${UDI}:ubi10-latest`),
        withImage('c', `${UDI}:ubi9-latest`),
        withImage('old', `${UDI}:ubi8-latest`),
      ]),
    });
    expect(r.details.map((d) => d.key)).toEqual([
      'spec.devEnvironments.defaultComponents',
      'alice-devspaces/old',
      'workspaces.images.ok',
    ]);
    expect(r.details[2]).toEqual({
      key: 'workspaces.images.ok',
      actual: [`${UDI}:ubi10-latest (ok) × 2`, `${UDI}:ubi9-latest (ok) × 1`],
      ok: true,
    });
  });

  it('fails on a command replacing the entrypoint, warns on custom images', () => {
    expect(
      outcome(
        images({
          devWorkspaces: loaded([
            withImage('a', `${UDI}:ubi9-latest`, ['tail', '-f', '/dev/null']),
          ]),
        }),
      ),
    ).toEqual(['fail', 'images-broken']);
    const r = images({ devWorkspaces: loaded([withImage('a', 'quay.io/acme/tools:1')]) });
    expect(outcome(r)).toEqual(['warn', 'images-verify']);
    expect(r.params.workspaces).toEqual(['alice-devspaces/a']);
  });

  it('reads the CheCluster default components and the pull policy che-operator passes on', () => {
    const cc: CheCluster = cheCluster();
    cc.spec = {
      devEnvironments: {
        defaultComponents: [{ name: 'tools', container: { image: `${UDI}:ubi9-latest` } }],
        imagePullPolicy: 'IfNotPresent',
      },
    };
    const r = images({ cheClusters: loaded([cc]), devWorkspaceOperatorConfigs: {} });
    expect(outcome(r)).toEqual(['warn', 'images-verify']);
    expect(r.params.workspaces).toEqual(['spec.devEnvironments.defaultComponents']);
  });

  it('a parent devfile is read from its running pod, else cannot tell', () => {
    const dw = devWorkspace({ name: 'parent' });
    dw.spec = {
      ...dw.spec,
      template: { ...dw.spec?.template, parent: { uri: 'https://example.com/devfile.yaml' } },
    };
    expect(outcome(images({ devWorkspaces: loaded([dw]), workspacePods: loaded([]) }))).toEqual([
      'warn',
      'images-verify',
    ]);
    const ok = images(
      { devWorkspaces: loaded([dw]), workspacePods: loaded([nestedPod()]) },
      onSnapshot,
    );
    expect(outcome(ok)).toEqual(['pass', 'images-ok']);
  });

  it('cannot tell without the workspaces', () => {
    expect(outcome(images({ devWorkspaces: forbidden() }))).toEqual(['unknown', 'forbidden']);
  });
});
