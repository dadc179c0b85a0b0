import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Bullseye, Spinner } from '@patternfly/react-core';
import { I18N_NAMESPACE } from '../i18n';

/** What every screen shows until its reads answer (and while a lazy state's chunk arrives). */
export const LoadingState: React.FC = () => {
  const { t } = useTranslation(I18N_NAMESPACE);
  return (
    <Bullseye data-test="loading">
      <Spinner
        size="lg"
        aria-label={t('Loading the cluster state')}
        aria-valuetext={t('Loading the cluster state')}
      />
    </Bullseye>
  );
};
