import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Label, List, ListItem, Spinner } from '@patternfly/react-core';
import { CheckCircleIcon, OutlinedCircleIcon } from '@patternfly/react-icons';
import type { ReconcileProgress, ReconcileStepStatus } from '../core/reconcileSteps';
import type { CheClusterReport } from '../core/results';
import { I18N_NAMESPACE } from '../i18n';
import { elapsedText, stallHint, stepText } from './text';

const StepIcon: React.FC<{ status: ReconcileStepStatus }> = ({ status }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  switch (status) {
    case 'done':
      return (
        <Label status="success" isCompact icon={<CheckCircleIcon />}>
          {t('Done')}
        </Label>
      );
    case 'current':
      return (
        <Label color="blue" isCompact icon={<Spinner size="sm" aria-hidden />}>
          {t('In progress')}
        </Label>
      );
    default:
      return (
        <Label color="grey" variant="outline" isCompact icon={<OutlinedCircleIcon />}>
          {t('Waiting')}
        </Label>
      );
  }
};

/** The operator's progress after a toggle, one step per thing the watches can see. */
export const ReconcileSteps: React.FC<{
  progress: ReconcileProgress;
  cheClusterReport: CheClusterReport;
}> = ({ progress, cheClusterReport }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const { current, stalled, elapsedMs } = progress;
  return (
    <Alert
      isInline
      isPlain
      variant={stalled ? 'warning' : 'info'}
      customIcon={stalled ? undefined : <Spinner size="md" aria-hidden />}
      title={
        progress.direction === 'enabling'
          ? t('Turning nested containers on')
          : t('Turning nested containers off')
      }
      data-test="reconcile-progress"
      data-stalled={stalled}
      data-current={current ?? ''}
    >
      {elapsedMs !== null && (
        <p data-test="reconcile-elapsed">
          {t('Changed {{elapsed}} ago.', { elapsed: elapsedText(t, elapsedMs) })}
        </p>
      )}
      <List isPlain aria-label={t('Steps')}>
        {progress.steps.map((step) => (
          <ListItem
            key={step.id}
            data-test="reconcile-step"
            data-step={step.id}
            data-status={step.status}
          >
            <StepIcon status={step.status} /> {stepText(t, step.id, cheClusterReport)}
          </ListItem>
        ))}
      </List>
      {stalled && current && (
        <p data-test="reconcile-stalled">{stallHint(t, current, cheClusterReport)}</p>
      )}
    </Alert>
  );
};
