/**
 * The smoke test as the summary shows it: "Prove it: run a smoke test" beside the headline, then
 * the run's outcome (steps while running; passed; failed with the interpreted reason and the check
 * whose remedy applies) and any pods an interrupted run left. One run per summary: this component
 * holds the only smoke-test state of its CheCluster. Loaded lazily, once the switch is on.
 */
import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Button, List, ListItem, Spinner, StackItem, Tooltip } from '@patternfly/react-core';
import type { CheckId, CheClusterReport } from '../core/results';
import { smokeTestAvailability } from '../core/smoke-test';
import {
  loadSmokeTestReader,
  useDevWorkspaceConfig,
  useSmokeTest,
  useSmokeTestAccess,
  type SmokeTestRuntime,
} from '../hooks/useSmokeTest';
import { I18N_NAMESPACE } from '../i18n';
import type { CheCluster } from '../models/cheCluster';
import type { Pod } from '../models/pod';
import { smokeTestUnavailableText } from './text';

// What the button needs loads with it; the dialog and a run's outcome (steps, evidence, the
// failure's words) load when there is one to show.
const SmokeTestConfirmation = React.lazy(() =>
  import('./SmokeTestConfirmation').then((m) => ({ default: m.SmokeTestConfirmation })),
);
const loadResult = () => import('./SmokeTestResult');
const SmokeTestResult = React.lazy(() =>
  loadResult().then((m) => ({ default: m.SmokeTestResult })),
);

const Leftovers: React.FC<{ smoke: SmokeTestRuntime; namespace: string }> = ({
  smoke,
  namespace,
}) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const [error, setError] = React.useState<string>();
  if (smoke.leftovers.length === 0) return null;
  const remove = (pod: Pod) =>
    smoke
      .removeLeftover(pod)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  return (
    <StackItem data-test="smoke-test-leftovers">
      {t('Smoke-test pods left by an interrupted run in {{namespace}}:', { namespace })}
      <List>
        {smoke.leftovers.map((p) => (
          <ListItem
            key={p.metadata?.name}
            data-test="smoke-test-leftover"
            data-name={p.metadata?.name}
          >
            <code>{p.metadata?.name}</code> ({p.status?.phase ?? t('unknown phase')}){' '}
            <Button
              variant="link"
              isInline
              isDanger
              onClick={() => void remove(p)}
              data-test="smoke-test-remove-leftover"
            >
              {t('Remove')}
            </Button>
          </ListItem>
        ))}
      </List>
      {error && <div role="alert">{error}</div>}
    </StackItem>
  );
};

export const SmokeTest: React.FC<{
  cheClusterReport: CheClusterReport;
  cheCluster: CheCluster | undefined;
  /** Where a check's row is, for the failure's link to the check whose remedy applies. */
  scopeOf: (id: CheckId) => string;
  /** The summary's headline row, with this button beside the headline. */
  headlineRow: (action: React.ReactNode) => React.ReactNode;
}> = ({ cheClusterReport, cheCluster, scopeOf, headlineRow }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const namespace = cheClusterReport.cheCluster.namespace;
  const access = useSmokeTestAccess(namespace, cheClusterReport.runScc);
  const smoke = useSmokeTest(namespace);
  const dwoc = useDevWorkspaceConfig(namespace);
  const [confirming, setConfirming] = React.useState(false);
  const availability = smokeTestAvailability({
    cheClusterLoaded: !!cheCluster,
    access,
    running: smoke.running,
  });
  const button = (
    <Button
      variant="secondary"
      isAriaDisabled={!availability.allowed}
      onClick={() => {
        // A run's reading and its outcome's view are fetched while the administrator reads the
        // dialog.
        void loadSmokeTestReader();
        void loadResult();
        setConfirming(true);
      }}
      data-test="nested-containers-smoke-test"
      data-allowed={availability.allowed}
    >
      {t('Prove it: run a smoke test')}
    </Button>
  );
  const run = (pod: Pod) => {
    setConfirming(false);
    smoke.start(pod, cheClusterReport.runScc);
  };
  return (
    <>
      {headlineRow(
        availability.allowed ? (
          button
        ) : (
          <Tooltip content={smokeTestUnavailableText(t, availability.why, namespace)}>
            {button}
          </Tooltip>
        ),
      )}
      {smoke.report && (
        <StackItem>
          <React.Suspense fallback={<Spinner size="md" aria-label={t('Loading')} />}>
            <SmokeTestResult
              report={smoke.report}
              runScc={cheClusterReport.runScc}
              podName={smoke.podName}
              namespace={namespace}
              cleanup={smoke.cleanup}
              cleanupError={smoke.cleanupError}
              scopeOf={scopeOf}
            />
          </React.Suspense>
        </StackItem>
      )}
      <Leftovers smoke={smoke} namespace={namespace} />
      {confirming && cheCluster && (
        <React.Suspense fallback={null}>
          <SmokeTestConfirmation
            namespace={namespace}
            runScc={cheClusterReport.runScc}
            cheCluster={cheCluster}
            dwoc={dwoc}
            onRun={run}
            onClose={() => setConfirming(false)}
          />
        </React.Suspense>
      )}
    </>
  );
};
