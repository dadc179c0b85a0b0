import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Spinner } from '@patternfly/react-core';
import type { Remedy as RemedyResult } from '../core/results';
import { I18N_NAMESPACE } from '../i18n';
import { RemedyCopy } from './RemedyCopy';
import { remedyText } from './text';

// Most remedies are commands; only a YAML one needs the YAML printer (~16 KB gzip).
const RemedyYamlCopy = React.lazy(() =>
  import('./RemedyYamlCopy').then((m) => ({ default: m.RemedyYamlCopy })),
);

/** One fix: what it does, and the command or YAML with a copy button. */
export const Remedy: React.FC<{ remedy: RemedyResult }> = ({ remedy }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const explanation = remedyText(t, remedy);
  return (
    <div className="dsnc-remedy" data-test={`remedy-${remedy.code}`} data-kind={remedy.kind}>
      <p>{explanation}</p>
      {remedy.kind === 'oc' ? (
        <RemedyCopy text={remedy.text} yaml={false} explanation={explanation} />
      ) : (
        <React.Suspense fallback={<Spinner size="md" aria-hidden />}>
          <RemedyYamlCopy remedy={remedy} explanation={explanation} />
        </React.Suspense>
      )}
    </div>
  );
};
