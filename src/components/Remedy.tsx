import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { ClipboardCopy } from '@patternfly/react-core';
import type { Remedy as RemedyResult } from '../core/results';
import { remedyText as copyTextOf } from '../core/remedyYaml';
import { I18N_NAMESPACE } from '../i18n';
import { copyButtonLabel } from './copyButtonLabel';
import { remedyText } from './text';

/** One fix: what it does, and the command or YAML with a copy button. */
export const Remedy: React.FC<{ remedy: RemedyResult }> = ({ remedy }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const explanation = remedyText(t, remedy);
  return (
    <div className="dsnc-remedy" data-test={`remedy-${remedy.code}`} data-kind={remedy.kind}>
      <p>{explanation}</p>
      <ClipboardCopy
        isCode
        isReadOnly
        variant={remedy.kind === 'yaml' ? 'expansion' : 'inline'}
        hoverTip={t('Copy')}
        clickTip={t('Copied')}
        {...copyButtonLabel(t('Copy: {{what}}', { what: explanation }))}
        textAriaLabel={explanation}
        toggleAriaLabel={t('Show the whole YAML')}
      >
        {copyTextOf(remedy)}
      </ClipboardCopy>
    </div>
  );
};
