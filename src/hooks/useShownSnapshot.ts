import * as React from 'react';
import type { ReadinessReport } from '../core/results';
import {
  useNestedContainersSnapshot,
  type NestedContainersData,
} from './useNestedContainersSnapshot';

/** React 18's useDeferredValue; React 17 (the 4.20 and 4.21 consoles) has none. */
const useDeferredValue: <T>(value: T) => T =
  (React as { useDeferredValue?: <T>(value: T) => T }).useDeferredValue ?? ((value) => value);

const isWaiting = (report: ReadinessReport): boolean =>
  report.checks.some((c) => c.reason === 'loading') ||
  report.cheClusterReports.some((i) => i.checks.some((c) => c.reason === 'loading'));

/**
 * The snapshot the screens render. While some check still waits for its first data, the dozen
 * lists arriving one by one are rendered deferred: React renders the newest between deliveries
 * and drops the stale ones (in the real 4.22 console each full re-render cost ~10–35 ms, and
 * there were ~20 at open). Once nothing waits, every change renders at once: a deferred render
 * that updates keep interrupting would wait for React's 5 s starvation limit (measured with
 * 10,000 workspaces). React 17 renders every delivery, as before.
 */
export const useShownSnapshot = (): NestedContainersData => {
  const data = useNestedContainersSnapshot();
  const deferred = useDeferredValue(data);
  return isWaiting(data.report) ? deferred : data;
};
