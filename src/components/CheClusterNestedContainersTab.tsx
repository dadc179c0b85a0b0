import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { I18N_NAMESPACE } from '../i18n';

const CheClusterNestedContainersTab: React.FC = () => {
  const { t } = useTranslation(I18N_NAMESPACE);
  return <h2>{t('Nested containers')}</h2>;
};

export default CheClusterNestedContainersTab;
