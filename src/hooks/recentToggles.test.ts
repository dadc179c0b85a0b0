// Toggle stores: one per cluster, so a toggle on one cluster never marks another's CheCluster.
import { describe, expect, it, vi } from 'vitest';
import { createToggleStore } from './recentToggles';

const toggle = (name: string, enabled: boolean, at = 1) => ({
  namespace: 'openshift-devspaces',
  name,
  enabled,
  at,
});

describe('createToggleStore', () => {
  it('keeps the newest toggle per CheCluster and tells its listeners', () => {
    const store = createToggleStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.record(toggle('devspaces', true, 1));
    store.record(toggle('devspaces', false, 2));
    expect(store.current()).toEqual([toggle('devspaces', false, 2)]);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    store.forget({ namespace: 'openshift-devspaces', name: 'devspaces' });
    expect(store.current()).toEqual([]);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('is separate per cluster', () => {
    const hub = createToggleStore();
    const member = createToggleStore();
    member.record(toggle('devspaces', true));
    expect(hub.current()).toEqual([]);
    expect(member.current()).toHaveLength(1);
  });
});
