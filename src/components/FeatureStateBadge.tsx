import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Label, Spinner } from '@patternfly/react-core';
import { CheckCircleIcon, OffIcon } from '@patternfly/react-icons';
import type { FeatureState } from '../core/results';
import { I18N_NAMESPACE } from '../i18n';

/**
 * Nested containers on, off, or on the way. In a CheCluster's section it carries the public
 * `nested-containers-state` contract; summaries elsewhere pass `contract={false}` so automation
 * finds exactly one per CheCluster.
 */
export const FeatureStateBadge: React.FC<{ state: FeatureState; contract?: boolean }> = ({
  state,
  contract = true,
}) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const badge = (() => {
    switch (state) {
      case 'enabled':
        return (
          <Label color="green" icon={<CheckCircleIcon />}>
            {t('Nested containers: on')}
          </Label>
        );
      case 'disabled':
        return (
          <Label color="grey" icon={<OffIcon />}>
            {t('Nested containers: off')}
          </Label>
        );
      case 'enabling':
        return (
          <Label color="blue" icon={<Spinner size="sm" aria-hidden />}>
            {t('Nested containers: turning on…')}
          </Label>
        );
      case 'disabling':
        return (
          <Label color="blue" icon={<Spinner size="sm" aria-hidden />}>
            {t('Nested containers: turning off…')}
          </Label>
        );
      default:
        return null;
    }
  })();
  return contract ? (
    <span data-test="nested-containers-state" data-state={state} role="status">
      {badge}
    </span>
  ) : (
    badge
  );
};
