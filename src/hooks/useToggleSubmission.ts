/**
 * The confirmation dialog's submission: send the core's patch for the object version the
 * administrator reviewed, stay open while it is sent and with the cause when it fails, close once
 * the API server accepted it.
 *
 * A watch update while the dialog is open must neither flip "turn on" into "turn off" nor move the
 * patch's resourceVersion precondition past what was reviewed: both are frozen when the dialog
 * opens. After a conflict the page shows the newer object, and confirming again applies to it.
 */
import * as React from 'react';
import type { CheCluster } from '../models/cheCluster';
import { classifyPatchError, type PatchFailure } from '../utils/patchError';
import { usePatchNestedContainers } from './useCheClusterPatch';

export interface ToggleSubmission {
  /** The change the dialog was opened for. */
  enable: boolean;
  submitting: boolean;
  failure: PatchFailure | null;
  confirm: () => void;
}

export const useToggleSubmission = (
  requested: boolean,
  cheCluster: CheCluster,
  onAccepted: () => void,
): ToggleSubmission => {
  const patch = usePatchNestedContainers();
  const [enable] = React.useState(requested);
  const [reviewed, setReviewed] = React.useState(cheCluster);
  const latest = React.useRef(cheCluster);
  React.useEffect(() => {
    latest.current = cheCluster;
  }, [cheCluster]);
  const [submitting, setSubmitting] = React.useState(false);
  const [failure, setFailure] = React.useState<PatchFailure | null>(null);
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const confirm = () => {
    setSubmitting(true);
    setFailure(null);
    patch(reviewed, enable).then(
      () => {
        if (mounted.current) onAccepted();
      },
      (err: unknown) => {
        if (!mounted.current) return;
        setSubmitting(false);
        const cause = classifyPatchError(err);
        if (cause.kind === 'conflict') setReviewed(latest.current);
        setFailure(cause);
      },
    );
  };
  return { enable, submitting, failure, confirm };
};
