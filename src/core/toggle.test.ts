import { applyPatch, JsonPatchError } from 'fast-json-patch';
import { describe, expect, it } from 'vitest';
import type { CheCluster } from '../models/cheCluster';
import { buildTogglePatch, MissingResourceVersionError } from './toggle';
import { cheCluster } from './testing/builders';
import { cheClusterV2Validator } from './testing/crdSchema';

const validate = cheClusterV2Validator();

/** CheClusters as the API returns them, in the shapes that matter to the patch. */
const shapes: [string, () => CheCluster][] = [
  [
    'no spec',
    () => {
      const c = cheCluster();
      delete c.spec;
      return c;
    },
  ],
  ['spec without devEnvironments', () => ({ ...cheCluster(), spec: {} })],
  ['field absent (default off)', () => cheCluster()],
  ['explicitly off', () => cheCluster({ enabled: false })],
  ['on', () => cheCluster({ enabled: true })],
  [
    'a full spec with other settings',
    () => {
      const c = cheCluster({ enabled: false, runScc: 'container-run' }) as CheCluster & {
        spec: Record<string, unknown>;
      };
      Object.assign(c.spec.devEnvironments as object, {
        defaultNamespace: { autoProvision: true, template: '<username>-devspaces' },
        storage: { pvcStrategy: 'per-user' },
        secondsOfInactivityBeforeIdling: 1800,
        startTimeoutSeconds: 300,
        disableContainerBuildCapabilities: true,
      });
      c.spec.components = { cheServer: { debug: false, logLevel: 'INFO' } };
      c.spec.networking = { auth: { gateway: { configLabels: { app: 'che' } } } };
      return c;
    },
  ],
];

describe('buildTogglePatch', () => {
  it('guards on resourceVersion, then sets the negative switch', () => {
    expect(buildTogglePatch(cheCluster(), true)).toEqual([
      { op: 'test', path: '/metadata/resourceVersion', value: '1001' },
      { op: 'add', path: '/spec/devEnvironments/disableContainerRunCapabilities', value: false },
    ]);
    expect(buildTogglePatch(cheCluster({ enabled: true }), false)[1]).toEqual({
      op: 'add',
      path: '/spec/devEnvironments/disableContainerRunCapabilities',
      value: true,
    });
  });

  describe.each(shapes)('on a CheCluster with %s', (_, make) => {
    it.each([true, false])('enable=%s changes only the switch and stays valid', (enable) => {
      const original = make();
      const { newDocument } = applyPatch(original, buildTogglePatch(original, enable), true, false);

      expect(newDocument.spec?.devEnvironments?.disableContainerRunCapabilities).toBe(!enable);
      const expected = structuredClone(original);
      expected.spec = expected.spec ?? {};
      expected.spec.devEnvironments = expected.spec.devEnvironments ?? {};
      expected.spec.devEnvironments.disableContainerRunCapabilities = !enable;
      expect(newDocument).toEqual(expected);
      expect(original).toEqual(make()); // the input is not mutated

      expect(validate(newDocument), JSON.stringify(validate.errors)).toBe(true);
    });
  });

  it('is rejected when the object changed since it was read', () => {
    const read = cheCluster({ resourceVersion: '1001' });
    const patch = buildTogglePatch(read, true);
    const newer = cheCluster({ resourceVersion: '1002', enabled: false });
    let error: unknown;
    try {
      applyPatch(newer, patch, true, false);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JsonPatchError);
    expect((error as JsonPatchError).name).toBe('TEST_OPERATION_FAILED');
  });

  it('refuses to build an unconditional patch', () => {
    expect(() => buildTogglePatch(cheCluster({ resourceVersion: null }), true)).toThrow(
      MissingResourceVersionError,
    );
    expect(() => buildTogglePatch({}, false)).toThrow(MissingResourceVersionError);
  });

  it('the schema check is real: a string switch is rejected', () => {
    const c = cheCluster() as unknown as { spec: { devEnvironments: Record<string, unknown> } };
    c.spec.devEnvironments.disableContainerRunCapabilities = 'false';
    expect(validate(c)).toBe(false);
  });
});
