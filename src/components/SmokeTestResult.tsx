import * as React from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  CodeBlock,
  CodeBlockCode,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  ExpandableSection,
  Label,
  Spinner,
  Stack,
  StackItem,
} from '@patternfly/react-core';
import type { CheckId, ParamValue } from '../core/results';
import type { SmokeTestReport, SmokeTestStep, StepStatus } from '../core/smoke-test';
import type { CleanupState } from '../hooks/useSmokeTest';
import { I18N_NAMESPACE } from '../i18n';
import { useCheckFocus } from './checkFocus';
import { checkTitle, evidenceLabel, failureText, stepStatusText, stepTitle } from './text';

const STATUS_COLOR: Record<StepStatus, 'green' | 'red' | 'blue' | 'grey'> = {
  pass: 'green',
  fail: 'red',
  running: 'blue',
  waiting: 'grey',
  skipped: 'grey',
};

const show = (v: ParamValue): string =>
  v === null ? '—' : Array.isArray(v) ? v.join(', ') : String(v);

const Step: React.FC<{ step: SmokeTestStep }> = ({ step }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const evidence = Object.entries(step.evidence);
  return (
    <li data-test="smoke-test-step" data-step={step.id} data-status={step.status}>
      <Label color={STATUS_COLOR[step.status]} isCompact>
        {stepStatusText(t, step.status)}
      </Label>{' '}
      <strong>{stepTitle(t, step.id)}</strong>
      {step.status === 'running' && <Spinner size="sm" aria-hidden />}
      {evidence.length > 0 && (
        <DescriptionList isCompact isHorizontal data-test="smoke-test-evidence">
          {evidence.map(([key, value]) => (
            <DescriptionListGroup key={key}>
              <DescriptionListTerm>{evidenceLabel(t, key)}</DescriptionListTerm>
              <DescriptionListDescription>
                <code>{show(value)}</code>
              </DescriptionListDescription>
            </DescriptionListGroup>
          ))}
        </DescriptionList>
      )}
    </li>
  );
};

/** The steps with their evidence, oldest first. */
const Steps: React.FC<{ report: SmokeTestReport }> = ({ report }) => (
  <ol className="dsnc-smoke-steps">
    {report.steps.map((s) => (
      <Step key={s.id} step={s} />
    ))}
  </ol>
);

/**
 * One run's outcome in the summary: what happened in one line (running, passed, or the failure with
 * its reason and the check to read), the steps while it runs, and, once it is over, the steps, the
 * pod's events and log folded under one toggle, where an administrator looks next.
 */
export const SmokeTestResult: React.FC<{
  report: SmokeTestReport;
  runScc: string;
  podName?: string;
  namespace: string;
  cleanup: CleanupState;
  cleanupError?: string;
  /** Where a check's row is, for "See the remedy". */
  scopeOf: (id: CheckId) => string;
}> = ({ report, runScc, podName, namespace, cleanup, cleanupError, scopeOf }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const { focusCheck } = useCheckFocus();
  // Controlled, so the toggle says it is collapsed (aria-expanded="false") before the first click.
  const [detailsOpen, setDetailsOpen] = React.useState(false);
  const { failure } = report;
  const remedyCheck = failure?.check;
  return (
    <div data-test="smoke-test-result" data-outcome={report.outcome}>
      <Stack hasGutter>
        <StackItem>
          {report.outcome === 'passed' && (
            <Alert
              isInline
              variant="success"
              title={t('podman run works in a workspace pod on this cluster.')}
            />
          )}
          {report.outcome === 'running' && (
            <Alert
              isInline
              variant="info"
              customIcon={<Spinner size="md" aria-hidden />}
              title={t('Smoke test running…')}
            />
          )}
          {failure && (
            <Alert
              isInline
              variant="danger"
              title={t('Smoke test failed: {{step}}', { step: stepTitle(t, failure.step) })}
              data-test="smoke-test-failure"
              data-step={failure.step}
              data-reason={failure.reason}
              data-check={failure.check ?? ''}
            >
              <p>{failureText(t, failure.reason, runScc)}</p>
              {failure.message && (
                <CodeBlock>
                  <CodeBlockCode data-test="smoke-test-failure-message">
                    {failure.message}
                  </CodeBlockCode>
                </CodeBlock>
              )}
              {remedyCheck && (
                <Button
                  variant="link"
                  isInline
                  data-test="smoke-test-remedy-link"
                  data-check={remedyCheck}
                  onClick={() => focusCheck(scopeOf(remedyCheck), remedyCheck)}
                >
                  {t('See the remedy: {{check}}', { check: checkTitle(t, remedyCheck) })}
                </Button>
              )}
            </Alert>
          )}
        </StackItem>
        {report.outcome === 'running' ? (
          <StackItem>
            <Steps report={report} />
          </StackItem>
        ) : (
          <StackItem>
            <ExpandableSection
              toggleText={t('Steps, pod events and log')}
              isExpanded={detailsOpen}
              onToggle={(_e, open) => setDetailsOpen(open)}
              data-test="smoke-test-details"
            >
              <Stack hasGutter>
                <StackItem>
                  <Steps report={report} />
                </StackItem>
                {report.events.length > 0 && (
                  <StackItem>
                    <CodeBlock>
                      <CodeBlockCode data-test="smoke-test-events">
                        {report.events.join('\n')}
                      </CodeBlockCode>
                    </CodeBlock>
                  </StackItem>
                )}
                {report.logTail.length > 0 && (
                  <StackItem>
                    <CodeBlock>
                      <CodeBlockCode data-test="smoke-test-log">
                        {report.logTail.join('\n')}
                      </CodeBlockCode>
                    </CodeBlock>
                  </StackItem>
                )}
              </Stack>
            </ExpandableSection>
          </StackItem>
        )}
        {cleanup !== 'none' && (
          <StackItem data-test="smoke-test-cleanup" data-state={cleanup}>
            {cleanup === 'deleted' &&
              t('Pod {{namespace}}/{{name}} deleted.', { namespace, name: podName ?? '' })}
            {(cleanup === 'pending' || cleanup === 'deleting') &&
              t('Pod {{namespace}}/{{name}} is deleted when the test ends.', {
                namespace,
                name: podName ?? '',
              })}
            {cleanup === 'failed' && (
              <Alert
                isInline
                variant="warning"
                title={t('The pod could not be deleted: {{message}}', {
                  message: cleanupError ?? '',
                })}
              />
            )}
          </StackItem>
        )}
      </Stack>
    </div>
  );
};
