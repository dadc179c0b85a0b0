import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Checkbox, List, ListItem, StackItem } from '@patternfly/react-core';
import type { CheClusterReport, ToggleDecision } from '../core/results';
import { I18N_NAMESPACE } from '../i18n';
import { findingText } from './text';
import { useStableId } from './useStableId';

/**
 * The gates that could not be read, each with the access that would tell, and the checkbox the
 * administrator ticks to turn on without that proof: nothing here says the cluster is ready.
 */
export const UnverifiedGates: React.FC<{
  cheClusterReport: CheClusterReport;
  unverified: ToggleDecision['unverified'];
  confirmed: boolean;
  onConfirmed: (confirmed: boolean) => void;
}> = ({ cheClusterReport, unverified, confirmed, onConfirmed }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const id = useStableId('dsnc-confirm-unverified');
  if (unverified.length === 0) return null;
  return (
    <StackItem data-test="confirm-unverified" data-count={unverified.length}>
      <Alert
        isInline
        variant="warning"
        title={t(
          'These checks could not be read: nothing proves that turning on is safe. Someone with the access named can tell.',
        )}
      >
        <List>
          {unverified.map((w) => (
            <ListItem key={`${w.check}-${w.reason}`} data-test={`confirm-unverified-${w.check}`}>
              {findingText(t, cheClusterReport, w)}
            </ListItem>
          ))}
        </List>
      </Alert>
      <Checkbox
        id={id}
        label={t('I cannot verify these; turn on anyway')}
        isChecked={confirmed}
        onChange={(_event, checked) => onConfirmed(checked)}
        data-test="confirm-unverified-checkbox"
      />
    </StackItem>
  );
};
