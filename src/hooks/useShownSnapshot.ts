import * as React from 'react';
import type { ReadinessReport } from '../core/results';
import { useEvaluatedSnapshot, type ClusterReadings } from './useEvaluatedSnapshot';
import { useLocalClusterReads, type NestedContainersData } from './useNestedContainersSnapshot';

/**
 * How long a screen waits for its first complete answer before it shows what it has. The reads
 * of a healthy cluster answer well within it (about 0.2 s in the real consoles on the simulated
 * cluster, 1–1.5 s with 10,000 workspaces); a slow API server gets the checks that answered, the
 * others saying what they still load.
 */
export const FIRST_ANSWER_WAIT_MS = 2000;

/** React 18's useDeferredValue; React 17 (the 4.20 and 4.21 consoles) has none. */
const useDeferredValue: <T>(value: T) => T =
  (React as { useDeferredValue?: <T>(value: T) => T }).useDeferredValue ?? ((value) => value);

const isWaiting = (report: ReadinessReport): boolean =>
  report.checks.some((c) => c.reason === 'loading') ||
  report.cheClusterReports.some((i) => i.checks.some((c) => c.reason === 'loading'));

/**
 * True until the first complete answer (every read answered) or until FIRST_ANSWER_WAIT_MS after
 * the screen opened, whichever comes first; never again after.
 */
const useFirstAnswerPending = (waiting: boolean): boolean => {
  const [answered, setAnswered] = React.useState(!waiting);
  const [expired, setExpired] = React.useState(false);
  // Derived state, set while rendering (React re-renders at once, before the commit).
  if (!waiting && !answered) setAnswered(true);
  const settled = answered || !waiting;
  React.useEffect(() => {
    if (settled) return undefined;
    const timer = setTimeout(() => setExpired(true), FIRST_ANSWER_WAIT_MS);
    return () => clearTimeout(timer);
  }, [settled]);
  return !settled && !expired;
};

/**
 * The snapshot a screen renders, or undefined while its first answer is pending: the page and
 * the tab for the console's own cluster, the fleet's drill-down for a managed one.
 *
 * The dozen lists arrive one by one, and the second stage after the CheClusters. Rendering each
 * partial answer showed a healthy cluster as "Unknown: data missing", its checks turning from
 * Unknown to Passed one by one. It also cost the most time: on React 17 (the 4.20 and 4.21
 * consoles) every delivery re-rendered the whole checklist, and every check that moved from the
 * open rows to the folded ones mounted a new PatternFly Label, whose layout effect forces a
 * layout. So the screen shows its spinner until every read has answered, within
 * FIRST_ANSWER_WAIT_MS, and evaluates nothing meanwhile: with 10,000 workspaces each evaluation
 * of a partial snapshot cost 30–130 ms (ARCHITECTURE.md). Waiting for the reads rather than for
 * the checks to stop loading keeps the first answer final: some checks read an object for a
 * detail only, and answered without it, to change a moment later (the DWOC's pull policy).
 *
 * After the first answer, every change renders at once. When some check waits again (its watch
 * restarted), the deliveries until it answers are rendered deferred on React 18: React renders
 * the newest between them and drops the stale ones. Once nothing waits, every change renders at
 * once again: a deferred render that updates keep interrupting would wait for React's 5 s
 * starvation limit (measured with 10,000 workspaces).
 */
export const useShownAnswer = (readings: ClusterReadings): NestedContainersData | undefined => {
  const pending = useFirstAnswerPending(!readings.allAnswered);
  const data = useEvaluatedSnapshot(readings, !pending);
  const deferred = useDeferredValue(data);
  if (!data) return undefined;
  return isWaiting(data.report) ? deferred : data;
};

/** The console's own cluster, as the page and the CheCluster tab show it. */
export const useShownSnapshot = (): NestedContainersData | undefined =>
  useShownAnswer(useLocalClusterReads());
