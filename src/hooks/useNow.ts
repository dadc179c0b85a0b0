import * as React from 'react';

/**
 * The current time, refreshed every `intervalMs` only while `active` (a toggle is reconciling),
 * so the core's reconcile window can expire. It re-evaluates in memory; it never fetches.
 */
export const useNow = (active: boolean, intervalMs = 5000): number => {
  const [now, setNow] = React.useState(() => Date.now());
  React.useEffect(() => {
    if (!active) return undefined;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
  return now;
};
