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
import type { ParamValue } from '../core/results';
import type { SmokeTestReport, SmokeTestStep, StepStatus } from '../core/smoke-test';
import type { CleanupState } from '../hooks/useSmokeTest';
import { I18N_NAMESPACE } from '../i18n';
import { evidenceLabel, failureText, remedyCheckText, stepStatusText, stepTitle } from './text';

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

/** Scrolls to the readiness check a failure points to, in the same CheCluster section. */
const goToCheck = (from: HTMLElement | null, check: string) => {
  const section = from?.closest('[data-test="checluster-section"]') ?? document;
  section.querySelector(`[data-test="check-${check}"]`)?.scrollIntoView({ block: 'center' });
};

export const SmokeTestResult: React.FC<{
  report: SmokeTestReport;
  runScc: string;
  podName?: string;
  namespace: string;
  cleanup: CleanupState;
  cleanupError?: string;
}> = ({ report, runScc, podName, namespace, cleanup, cleanupError }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const ref = React.useRef<HTMLDivElement>(null);
  const { failure } = report;
  return (
    <div data-test="smoke-test-result" data-outcome={report.outcome} ref={ref}>
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
              {failure.check && (
                <Button
                  variant="link"
                  isInline
                  data-test="smoke-test-remedy-link"
                  onClick={() => goToCheck(ref.current, failure.check ?? '')}
                >
                  {t('See the {{check}} for the remedy', {
                    check: remedyCheckText(t, failure.check),
                  })}
                </Button>
              )}
            </Alert>
          )}
        </StackItem>
        <StackItem>
          <ol className="dsnc-smoke-steps">
            {report.steps.map((s) => (
              <Step key={s.id} step={s} />
            ))}
          </ol>
        </StackItem>
        {(report.events.length > 0 || report.logTail.length > 0) && (
          <StackItem>
            <ExpandableSection
              toggleText={t('Pod events and log')}
              isExpanded={report.outcome === 'failed' ? true : undefined}
              data-test="smoke-test-excerpt"
            >
              {report.events.length > 0 && (
                <CodeBlock>
                  <CodeBlockCode data-test="smoke-test-events">
                    {report.events.join('\n')}
                  </CodeBlockCode>
                </CodeBlock>
              )}
              {report.logTail.length > 0 && (
                <CodeBlock>
                  <CodeBlockCode data-test="smoke-test-log">
                    {report.logTail.join('\n')}
                  </CodeBlockCode>
                </CodeBlock>
              )}
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
