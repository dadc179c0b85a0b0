import type { Translate } from '../utils/translate';
import type { CheckId, InstanceReport } from '../core/results';
import type { ReasonCode } from '../core/reasons';
import type { PatchFailure } from '../utils/patchError';
import { checkTitle } from './checkTitle';
import { reasonText } from './reasonText';

/** "Check: sentence" for a blocker or warning the core names, with that check's parameters. */
export const findingText = (
  t: Translate,
  instance: InstanceReport,
  finding: { check: CheckId; reason: ReasonCode },
): string => {
  const check = instance.checks.find((c) => c.id === finding.check);
  const params = check && check.reason === finding.reason ? check.params : {};
  return t('{{check}}: {{reason}}', {
    check: checkTitle(t, finding.check),
    reason: reasonText(t, { reason: finding.reason, params }),
  });
};

/** The headline of a failed patch: what happened and what to do. */
export const patchFailureTitle = (t: Translate, failure: PatchFailure): string => {
  switch (failure.kind) {
    case 'conflict':
      return t(
        'Someone else changed this CheCluster. The page now shows its current state: review it and confirm again.',
      );
    case 'forbidden':
      return t('You are not allowed to change this CheCluster.');
    case 'invalid':
      return t('The API server rejected the change as invalid.');
    case 'not-found':
      return t('This CheCluster no longer exists.');
    case 'server':
      return t('The API server failed to apply the change. Try again later.');
    default:
      return t('The change could not be applied.');
  }
};
