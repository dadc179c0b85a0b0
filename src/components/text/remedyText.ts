/**
 * One line saying what a remedy does, by its stable code: the shared remedies (core/remedies.ts)
 * here, each check's own in its folder's `text.ts`, whose type requires one line per code the
 * check declares.
 */
import type { Translate } from '../../core/translate';
import type { Remedy } from '../../core/results';
import { remedyLine } from '../../core/checks/registry';

export const remedyText = (t: Translate, remedy: Pick<Remedy, 'code'>): string => {
  switch (remedy.code) {
    case 'enable-feature':
      return t('Turn nested containers on from the command line.');
    case 'disable-feature':
      return t('Turn nested containers off from the command line.');
    case 'show-feature-gates':
      return t('Show the feature set and the feature gates.');
    case 'show-checluster-status':
      return t('Show the status of the CheCluster.');
    case 'operator-logs':
      return t(
        "Read the operator's log: the cause of a failed reconcile is there, not in the CheCluster's status.",
      );
    case 'list-operator-csvs':
      return t('List the installed Dev Spaces operator versions.');
    case 'show-scc':
      return t('Show the SCC.');
    case 'list-workspace-pods-userns':
      return t('List workspace pods with their user namespace setting and SCC.');
    default:
      // A remedy one check offers: its folder's text module explains it.
      return remedyLine(remedy.code)?.(t) ?? remedy.code;
  }
};
