import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { ClipboardCopy } from '@patternfly/react-core';
import { I18N_NAMESPACE } from '../i18n';
import { copyButtonLabel } from './copyButtonLabel';

/**
 * A remedy's command or YAML, read-only, with a copy button; YAML collapsed to its first line
 * unless `expanded`.
 */
export const RemedyCopy: React.FC<{
  text: string;
  yaml: boolean;
  expanded?: boolean;
  explanation: string;
}> = ({ text, yaml, expanded = false, explanation }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  return (
    <ClipboardCopy
      isCode
      isReadOnly
      variant={yaml ? 'expansion' : 'inline'}
      isExpanded={yaml && expanded}
      hoverTip={t('Copy')}
      clickTip={t('Copied')}
      {...copyButtonLabel(t('Copy: {{what}}', { what: explanation }))}
      textAriaLabel={explanation}
      toggleAriaLabel={t('Show the whole YAML')}
    >
      {text}
    </ClipboardCopy>
  );
};
