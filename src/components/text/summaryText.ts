/**
 * The words of the summary: the headline for each kind the core derives, and what a reconciling
 * change waits for (the steps themselves: reconcileText.ts). Parameters come from the check
 * results (e.g. the version the cluster-version check found), never from constants here.
 */
import type { Translate } from '../../core/translate';
import type { CheckResult, CheClusterReport } from '../../core/results';
import type { ReconcileStepId } from '../../core/reconcileSteps';
import type { SummaryHeadline } from '../../core/summary';
import { formatParams, reasonText } from './reasonText';

/** The blocker in a few words where one reads better than the full sentence. */
export const blockerText = (
  t: Translate,
  check: Pick<CheckResult, 'reason' | 'params'>,
): string => {
  const p = formatParams(t, check.params);
  switch (check.reason) {
    case 'version-too-old':
      return t('OpenShift {{current}} is older than {{minimum}}', p);
    case 'operator-too-old':
      return t('the installed Dev Spaces operator does not know the nested containers setting');
    default:
      return reasonText(t, check);
  }
};

export const headlineText = (
  t: Translate,
  headline: SummaryHeadline,
  cheClusterReport: CheClusterReport,
): string => {
  switch (headline.kind) {
    case 'ready-to-enable':
      if (headline.problems === 0) return t('Ready to turn on');
      return headline.problems === 1
        ? t('Ready to turn on — read 1 finding first')
        : t('Ready to turn on — read {{n}} findings first', { n: String(headline.problems) });
    case 'blocked':
      return t('Blocked: {{reason}}', { reason: blockerText(t, headline.check) });
    case 'cannot-tell':
      return t('Cannot tell yet: {{reason}}', { reason: reasonText(t, headline.check) });
    case 'cannot-change':
      return t('Cannot be changed: the CheCluster lacks a name, namespace or resourceVersion');
    case 'enabled':
      if (headline.problems === 0) return t('On — every check passes');
      return headline.problems === 1
        ? t('On — 1 problem needs attention')
        : t('On — {{n}} problems need attention', { n: String(headline.problems) });
    case 'enabling':
    case 'disabling': {
      const waiting = headline.step
        ? waitingFor(t, headline.step, cheClusterReport)
        : t('the operator');
      return headline.kind === 'enabling'
        ? t('Turning on: waiting for {{what}}', { what: waiting })
        : t('Turning off: waiting for {{what}}', { what: waiting });
    }
    default: {
      const unknown: never = headline;
      return String(unknown);
    }
  }
};

/** "waiting for …": what the current step is waiting for. */
const waitingFor = (
  t: Translate,
  step: ReconcileStepId,
  cheClusterReport: CheClusterReport,
): string => {
  switch (step) {
    case 'patch-accepted':
      return t('the API server to accept the change');
    case 'scc-created':
      return t('the operator to create the SCC {{scc}}', { scc: cheClusterReport.runScc });
    case 'rbac':
      return t('the operator to grant workspaces the use of the SCC');
    case 'workspace-config':
      return t('the operator to configure new workspaces for user namespaces');
    case 'workspace-config-reset':
      return t('the operator to reset the workspace configuration');
    case 'devspaces-active':
      return t('Dev Spaces to be Active again');
    default: {
      const unknown: never = step;
      return String(unknown);
    }
  }
};
