import { describe, expect, it } from 'vitest';
import { evaluate } from '../../evaluate';
import { forbidden, loaded } from '../../snapshot';
import type { DevWorkspace, EnvVar } from '../../../models/devWorkspace';
import { devWorkspace, offSnapshot, onSnapshot } from '../../testing/builders';
import { check, outcome } from '../../testing/query';
import { remedyText } from '../../remedyYaml';

const withEnv = (name: string, env: EnvVar[]): DevWorkspace => {
  const dw = devWorkspace({ name, scc: 'container-run' });
  dw.spec = {
    ...dw.spec,
    template: {
      ...dw.spec?.template,
      components: [
        {
          name: 'tools',
          container: { image: 'quay.io/devfile/universal-developer-image:ubi9-latest', env },
        },
        { name: 'volume' },
      ],
    },
  };
  return dw;
};

const kubedock = (ws: DevWorkspace[]) =>
  check(evaluate(onSnapshot({ devWorkspaces: loaded(ws) }), { now: 0 }), 'kubedock-workspaces');

describe('kubedock-workspaces', () => {
  it.each([
    ['no env', [withEnv('a', [])], ['pass', 'kubedock-none']],
    [
      'false',
      [withEnv('a', [{ name: 'KUBEDOCK_ENABLED', value: 'false' }])],
      ['pass', 'kubedock-none'],
    ],
    [
      'other var',
      [withEnv('a', [{ name: 'KUBEDOCK_PORT', value: 'true' }])],
      ['pass', 'kubedock-none'],
    ],
    [
      'true',
      [withEnv('a', [{ name: 'KUBEDOCK_ENABLED', value: 'true' }])],
      ['warn', 'kubedock-found'],
    ],
    [
      'TRUE',
      [withEnv('a', [{ name: 'KUBEDOCK_ENABLED', value: 'TRUE' }])],
      ['warn', 'kubedock-found'],
    ],
  ] as const)('%s', (_, ws, expected) => {
    expect(outcome(kubedock([...ws]))).toEqual(expected);
  });

  it('lists each workspace that uses kubedock', () => {
    const r = kubedock([
      withEnv('uses', [{ name: 'KUBEDOCK_ENABLED', value: 'true' }]),
      withEnv('plain', []),
    ]);
    expect(r.params).toEqual({ count: 1, workspaces: ['alice-devspaces/uses'] });
    expect(remedyText(r.remedies[0])).toMatch(/^oc get devworkspaces -A -o json \| jq/);
  });

  it('does not apply while the feature is off', () => {
    const ws = loaded([withEnv('uses', [{ name: 'KUBEDOCK_ENABLED', value: 'true' }])]);
    const r = check(
      evaluate(offSnapshot({ devWorkspaces: ws }), { now: 0 }),
      'kubedock-workspaces',
    );
    expect(outcome(r)).toEqual(['na', 'feature-off']);
  });

  it('cannot tell when the workspaces are not readable', () => {
    const r = check(
      evaluate(onSnapshot({ devWorkspaces: forbidden() }), { now: 0 }),
      'kubedock-workspaces',
    );
    expect(outcome(r)).toEqual(['unknown', 'forbidden']);
  });
});
