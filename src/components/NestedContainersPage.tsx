import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { I18N_NAMESPACE } from '../i18n';

const NestedContainersPage: React.FC = () => {
  const { t } = useTranslation(I18N_NAMESPACE);
  return <h1>{t('Dev Spaces nested containers')}</h1>;
};

export default NestedContainersPage;
