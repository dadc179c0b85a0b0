import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Spinner } from '@patternfly/react-core';
import type { Remedy as RemedyResult, YamlRemedy } from '../core/results';
import { I18N_NAMESPACE } from '../i18n';
import { RemedyCopy } from './RemedyCopy';
import { remedyText } from './text';

// Most remedies are commands; only a YAML one needs the YAML printer (~16 KB gzip), and only once
// the administrator asks to see the object: the chunk is fetched on that click (or on the hover
// or focus before it), not when the check's row opens.
const loadYamlCopy = () => import('./RemedyYamlCopy');
const RemedyYamlCopy = React.lazy(() =>
  loadYamlCopy().then((m) => ({ default: m.RemedyYamlCopy })),
);

/** A YAML remedy's object, behind a button until the administrator asks for it. */
const YamlOnRequest: React.FC<{ remedy: YamlRemedy; explanation: string }> = ({
  remedy,
  explanation,
}) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const [shown, setShown] = React.useState(false);
  if (!shown)
    return (
      <Button
        variant="secondary"
        size="sm"
        aria-expanded={false}
        onMouseEnter={() => void loadYamlCopy()}
        onFocus={() => void loadYamlCopy()}
        onClick={() => setShown(true)}
        data-test="remedy-show-yaml"
      >
        {t('Show the YAML')}
      </Button>
    );
  return (
    <React.Suspense fallback={<Spinner size="md" aria-label={t('Loading the YAML')} />}>
      <RemedyYamlCopy remedy={remedy} explanation={explanation} />
    </React.Suspense>
  );
};

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
        <YamlOnRequest remedy={remedy} explanation={explanation} />
      )}
    </div>
  );
};
