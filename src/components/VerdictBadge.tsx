import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Label } from '@patternfly/react-core';
import { QuestionCircleIcon } from '@patternfly/react-icons';
import type { Verdict, VerdictWait } from '../core/results';
import { I18N_NAMESPACE } from '../i18n';

/**
 * The overall readiness, as a word with its icon. `waitsFor`: an unknown verdict that only waits
 * (the report's verdictWaitsFor), for reads still out or for the operator after a switch, says so,
 * not that data is missing.
 */
export const VerdictBadge: React.FC<{ verdict: Verdict; waitsFor: VerdictWait | null }> = ({
  verdict,
  waitsFor,
}) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const label = (() => {
    switch (verdict) {
      case 'ready':
        return <Label status="success">{t('Ready')}</Label>;
      case 'ready-with-warnings':
        return <Label status="warning">{t('Ready, with warnings')}</Label>;
      case 'not-ready':
        return <Label status="danger">{t('Not ready')}</Label>;
      case 'unavailable':
        return <Label status="info">{t('Not available on this cluster')}</Label>;
      case 'unknown':
        return waitsFor ? (
          <Label color="grey">
            {waitsFor === 'operator' ? t('Waiting for the operator') : t('Checking…')}
          </Label>
        ) : (
          <Label color="grey" icon={<QuestionCircleIcon />}>
            {t('Unknown: data missing')}
          </Label>
        );
      default:
        return null;
    }
  })();
  return (
    <span data-test="nested-containers-verdict" data-verdict={verdict}>
      {label}
    </span>
  );
};
