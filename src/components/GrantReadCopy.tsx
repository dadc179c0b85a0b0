import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { ClipboardCopy } from '@patternfly/react-core';
import { I18N_NAMESPACE } from '../i18n';
import { copyButtonLabel } from './copyButtonLabel';

/** The `oc` commands that grant read access, expanded, with a copy button. */
export const GrantReadCopy: React.FC<{ commands: string }> = ({ commands }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  return (
    <ClipboardCopy
      isCode
      isReadOnly
      variant="expansion"
      isExpanded
      hoverTip={t('Copy')}
      clickTip={t('Copied')}
      {...copyButtonLabel(t('Copy the commands that grant read access'))}
      toggleAriaLabel={t('Show the commands')}
    >
      {commands}
    </ClipboardCopy>
  );
};
