import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import type * as coreModule from '../core';
import { evaluate } from '../core';
import { LOADING } from '../core/snapshot';
import { offSnapshot } from '../core/testing/builders';
import { installCluster, settleReads } from '../components/testing/fakeConsole';
import { FIRST_ANSWER_WAIT_MS, useShownSnapshot } from './useShownSnapshot';

vi.mock('@openshift-console/dynamic-plugin-sdk', () => import('../components/testing/sdkMock'));
vi.mock('../core', async (importOriginal) => {
  const core = await importOriginal<typeof coreModule>();
  return { ...core, evaluate: vi.fn(core.evaluate) };
});

afterEach(() => {
  vi.useRealTimers();
  vi.mocked(evaluate).mockClear();
});

describe('useShownSnapshot: the first answer', () => {
  it('evaluates once, when every read has answered, not at each delivery before', async () => {
    installCluster(offSnapshot());
    const { result } = renderHook(() => useShownSnapshot());
    expect(result.current).toBeUndefined();
    expect(evaluate).not.toHaveBeenCalled();
    await settleReads();
    expect(result.current?.report.verdict).toBe('ready-with-warnings');
    expect(evaluate).toHaveBeenCalledTimes(1);
  });

  it('evaluates nothing while a read is out, and what it has once the wait is over', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    installCluster(offSnapshot({ clusterVersion: LOADING }));
    const { result } = renderHook(() => useShownSnapshot());
    await settleReads();
    expect(result.current).toBeUndefined();
    expect(evaluate).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(FIRST_ANSWER_WAIT_MS));
    const version = result.current?.report.checks.find((c) => c.id === 'cluster-version');
    expect(version?.reason).toBe('loading');
  });
});
