import { describe, expect, it } from 'vitest';
import { isSmokeTestOffered, smokeTestAvailability } from './availability';

const ready = { cheClusterLoaded: true, access: { loading: false, missing: [] }, running: false };

describe('whether the smoke test is offered', () => {
  it('only once the switch asks for nested containers', () => {
    expect(isSmokeTestOffered({ requestedEnabled: true })).toBe(true);
    expect(isSmokeTestOffered({ requestedEnabled: false })).toBe(false);
  });
});

describe('whether the smoke-test button may be pressed', () => {
  it('may, with the CheCluster loaded, every access granted and no run in flight', () => {
    expect(smokeTestAvailability(ready)).toEqual({ allowed: true });
  });

  it('waits for the CheCluster before anything else: the pod is built from it', () => {
    expect(
      smokeTestAvailability({
        ...ready,
        cheClusterLoaded: false,
        access: { loading: true, missing: [] },
      }),
    ).toEqual({ allowed: false, why: { reason: 'checluster-not-loaded' } });
  });

  it('waits for the access reviews, and never reads a denial out of a loading review', () => {
    expect(smokeTestAvailability({ ...ready, access: { loading: true, missing: [] } })).toEqual({
      allowed: false,
      why: { reason: 'checking-access' },
    });
  });

  it('names every permission the user lacks', () => {
    const missing = ['create pods', 'use SCC container-run'];
    expect(smokeTestAvailability({ ...ready, access: { loading: false, missing } })).toEqual({
      allowed: false,
      why: { reason: 'access-missing', missing },
    });
  });

  it('allows one run at a time', () => {
    expect(smokeTestAvailability({ ...ready, running: true })).toEqual({
      allowed: false,
      why: { reason: 'running' },
    });
  });
});
