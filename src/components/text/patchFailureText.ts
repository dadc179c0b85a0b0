import type { Translate } from '../../core/translate';
import type { PatchFailure } from '../../utils/patchError';

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
