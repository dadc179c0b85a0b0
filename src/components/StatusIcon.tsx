import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Label } from '@patternfly/react-core';
import { MinusCircleIcon, QuestionCircleIcon } from '@patternfly/react-icons';
import type { CheckStatus } from '../core/results';
import { I18N_NAMESPACE } from '../i18n';

/** A check's status as an icon and a word: never color alone. */
export const StatusIcon: React.FC<{ status: CheckStatus }> = ({ status }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  switch (status) {
    case 'pass':
      return (
        <Label status="success" isCompact>
          {t('Passed')}
        </Label>
      );
    case 'warn':
      return (
        <Label status="warning" isCompact>
          {t('Warning')}
        </Label>
      );
    case 'fail':
      return (
        <Label status="danger" isCompact>
          {t('Failed')}
        </Label>
      );
    case 'unknown':
      return (
        <Label color="grey" icon={<QuestionCircleIcon />} isCompact>
          {t('Unknown')}
        </Label>
      );
    case 'na':
      return (
        <Label color="grey" variant="outline" icon={<MinusCircleIcon />} isCompact>
          {t('Not applicable')}
        </Label>
      );
    default:
      return null;
  }
};
