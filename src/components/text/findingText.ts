import type { Translate } from '../../core/translate';
import type { CheckId, CheClusterReport, ToggleReason } from '../../core/results';
import type { ReasonCode } from '../../core/reasons';
import { checkTitle } from './checkTitle';
import { reasonText } from './reasonText';

/** "Check: sentence" for a blocker or warning the core names, with that check's parameters. */
export const findingText = (
  t: Translate,
  cheClusterReport: CheClusterReport,
  finding: { check: CheckId; reason: ReasonCode | ToggleReason },
): string => {
  const check = cheClusterReport.checks.find((c) => c.id === finding.check);
  const params = check && check.reason === finding.reason ? check.params : {};
  return t('{{check}}: {{reason}}', {
    check: checkTitle(t, finding.check),
    reason: reasonText(t, { reason: finding.reason, params }),
  });
};
