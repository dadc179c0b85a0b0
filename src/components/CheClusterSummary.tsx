import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import {
  Button,
  Card,
  CardBody,
  Flex,
  FlexItem,
  Label,
  List,
  ListItem,
  Spinner,
  Stack,
  StackItem,
  Title,
} from '@patternfly/react-core';
import { useClusterTarget } from '../hooks/useClusterTarget';
import { PLATFORM_CHECKS } from '../core/checks/registry';
import type { CheckId, CheClusterReport } from '../core/results';
import type { RecentToggle } from '../core/snapshot';
import { isSmokeTestOffered } from '../core/smoke-test/availability';
import { summarize } from '../core/summary';
import { gvkOf } from '../models/common';
import { I18N_NAMESPACE } from '../i18n';
import { CheClusterModel, type CheCluster } from '../models/cheCluster';
import { PLATFORM_SCOPE, cheClusterScope, useCheckFocus } from './checkFocus';
import { checkTitle } from './text';
import { FeatureStateBadge } from './FeatureStateBadge';
import { reasonText } from './text';
import { StatusIcon } from './StatusIcon';
import { headlineText } from './text';
import { ToggleControl } from './ToggleControl';
import { VerdictBadge } from './VerdictBadge';
import { useStableId } from './useStableId';

const CHECLUSTER_GVK = gvkOf(CheClusterModel);

// The smoke test (its hooks, the pod builder, the interpreter) loads only once the switch is on.
// Shown only while a change reconciles (after the switch, or an operator mid-way): its own chunk.
const ReconcileSteps = React.lazy(() =>
  import('./ReconcileSteps').then((m) => ({ default: m.ReconcileSteps })),
);
const SmokeTest = React.lazy(() => import('./SmokeTest').then((m) => ({ default: m.SmokeTest })));

/**
 * The top of the page and the tab for one CheCluster: what it means (headline), its state, the
 * switch, the operator's progress after a toggle, and one line per check that needs attention.
 * Once the switch is on, the smoke test's button sits beside the headline and its outcome below it.
 */
export const CheClusterSummary: React.FC<{
  cheClusterReport: CheClusterReport;
  cheCluster: CheCluster | undefined;
  toggles: readonly RecentToggle[] | undefined;
  now: number;
  /** Where a check's row is: the page shows the platform checks once, in their own list. */
  scopeOf: (id: CheckId) => string;
}> = ({ cheClusterReport, cheCluster, toggles, now, scopeOf }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const { focusCheck } = useCheckFocus();
  const headingId = useStableId('dsnc-summary');
  // On a managed cluster of the fleet: no link into this console, no smoke test (its pods would
  // run here).
  const { local } = useClusterTarget();
  const { namespace, name } = cheClusterReport.cheCluster;
  const summary = summarize(cheClusterReport, toggles, now);
  const headline = (
    <Title headingLevel="h3" size="xl" data-test="summary-headline">
      {headlineText(t, summary.headline, cheClusterReport)}
    </Title>
  );
  const headlineRow = (action?: React.ReactNode) => (
    <StackItem>
      <Flex
        alignItems={{ default: 'alignItemsCenter' }}
        spaceItems={{ default: 'spaceItemsMd' }}
        data-test="summary-headline-row"
      >
        <FlexItem>{headline}</FlexItem>
        {action && <FlexItem>{action}</FlexItem>}
      </Flex>
    </StackItem>
  );
  return (
    <Card
      component="section"
      isCompact
      variant="secondary"
      data-test="nested-containers-summary"
      data-checluster={`${namespace}/${name}`}
      data-headline={summary.headline.kind}
      aria-labelledby={headingId}
    >
      <CardBody>
        <Stack hasGutter>
          <StackItem>
            <Flex
              alignItems={{ default: 'alignItemsCenter' }}
              spaceItems={{ default: 'spaceItemsMd' }}
            >
              <FlexItem>
                <Title headingLevel="h2" id={headingId}>
                  <ResourceLink
                    linkTo={local}
                    groupVersionKind={CHECLUSTER_GVK}
                    name={name}
                    namespace={namespace}
                    inline
                  />
                </Title>
              </FlexItem>
              <FlexItem>
                <FeatureStateBadge state={cheClusterReport.featureState} />
              </FlexItem>
              <FlexItem>
                <VerdictBadge
                  verdict={cheClusterReport.verdict}
                  waitsFor={cheClusterReport.verdictWaitsFor}
                />
              </FlexItem>
              <FlexItem align={{ default: 'alignRight' }}>
                <ToggleControl cheClusterReport={cheClusterReport} cheCluster={cheCluster} />
              </FlexItem>
            </Flex>
          </StackItem>
          {local && isSmokeTestOffered(cheClusterReport) ? (
            <React.Suspense
              fallback={headlineRow(
                <Button
                  variant="secondary"
                  isAriaDisabled
                  data-test="nested-containers-smoke-test"
                  data-allowed={false}
                >
                  {t('Prove it: run a smoke test')}
                </Button>,
              )}
            >
              <SmokeTest
                cheClusterReport={cheClusterReport}
                cheCluster={cheCluster}
                scopeOf={scopeOf}
                headlineRow={headlineRow}
              />
            </React.Suspense>
          ) : (
            headlineRow()
          )}
          {summary.progress && (
            <StackItem>
              <React.Suspense fallback={<Spinner size="md" aria-hidden />}>
                <ReconcileSteps progress={summary.progress} cheClusterReport={cheClusterReport} />
              </React.Suspense>
            </StackItem>
          )}
          {summary.items.length > 0 && (
            <StackItem>
              <List isPlain isBordered aria-label={t('Checks that need attention')}>
                {summary.items.map(({ check, blocking }) => {
                  const title = checkTitle(t, check.id);
                  return (
                    <ListItem
                      key={check.id}
                      data-test="summary-item"
                      data-check={check.id}
                      data-status={check.status}
                      data-blocking={blocking}
                    >
                      <Flex
                        spaceItems={{ default: 'spaceItemsSm' }}
                        alignItems={{ default: 'alignItemsBaseline' }}
                        flexWrap={{ default: 'nowrap' }}
                      >
                        <FlexItem>
                          <StatusIcon status={check.status} />
                        </FlexItem>
                        <FlexItem grow={{ default: 'grow' }} style={{ minWidth: 0 }}>
                          <strong>{title}</strong>
                          {blocking && (
                            <>
                              {' '}
                              <Label isCompact color="red" variant="outline">
                                {t('Blocks turning on')}
                              </Label>
                            </>
                          )}{' '}
                          {reasonText(t, check)}
                        </FlexItem>
                        <FlexItem style={{ whiteSpace: 'nowrap' }}>
                          <Button
                            variant="link"
                            isInline
                            onClick={() => focusCheck(scopeOf(check.id), check.id)}
                            aria-label={t('Show check: {{check}}', { check: title })}
                            data-test="summary-item-link"
                          >
                            {t('Show check')}
                          </Button>
                        </FlexItem>
                      </Flex>
                    </ListItem>
                  );
                })}
              </List>
            </StackItem>
          )}
        </Stack>
      </CardBody>
    </Card>
  );
};

/** The page lists platform checks once, above the CheClusters; the tab lists them in the section. */
export const pageScopeOf =
  (cheClusterReport: CheClusterReport) =>
  (id: CheckId): string =>
    PLATFORM_CHECKS.includes(id) ? PLATFORM_SCOPE : cheClusterScope(cheClusterReport);
