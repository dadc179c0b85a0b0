/**
 * "Show this check" from the summary: a request the checklist answers by opening the fold and the
 * row that hold the check, scrolling to it and moving focus there. `scope` names the list a row
 * is in: a CheCluster (`namespace/name`) or the page's shared Platform group.
 */
import * as React from 'react';
import type { CheckId, CheClusterReport } from '../core/results';

export const PLATFORM_SCOPE = 'platform';
export const cheClusterScope = (cheClusterReport: CheClusterReport): string =>
  `${cheClusterReport.cheCluster.namespace}/${cheClusterReport.cheCluster.name}`;

export interface FocusTarget {
  scope: string;
  id: CheckId;
  /** Increments on every request, so asking for the same check twice acts twice. */
  seq: number;
}

interface CheckFocus {
  target: FocusTarget | null;
  focusCheck: (scope: string, id: CheckId) => void;
}

const CheckFocusContext = React.createContext<CheckFocus>({
  target: null,
  focusCheck: () => undefined,
});

export const CheckFocusProvider: React.FC<{ children: React.ReactNode }> = ({ children }) => {
  const [target, setTarget] = React.useState<FocusTarget | null>(null);
  const focusCheck = React.useCallback(
    (scope: string, id: CheckId) => setTarget((prev) => ({ scope, id, seq: (prev?.seq ?? 0) + 1 })),
    [],
  );
  const value = React.useMemo(() => ({ target, focusCheck }), [target, focusCheck]);
  return <CheckFocusContext.Provider value={value}>{children}</CheckFocusContext.Provider>;
};

export const useCheckFocus = (): CheckFocus => React.useContext(CheckFocusContext);

/**
 * The latest request aimed at one of `ids` in `scope`, once per request: a component calls it
 * during render and applies it (open a fold, expand a row) before its children commit.
 */
export const useFocusRequest = (
  scope: string,
  ids: readonly CheckId[],
  onRequest: (target: FocusTarget) => void,
): FocusTarget | null => {
  const { target } = useCheckFocus();
  const [handled, setHandled] = React.useState(0);
  const hit = target && target.scope === scope && ids.includes(target.id) ? target : null;
  if (hit && hit.seq !== handled) {
    setHandled(hit.seq);
    onRequest(hit);
  }
  return hit;
};
