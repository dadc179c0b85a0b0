import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Content, Flex, FlexItem, Stack, StackItem, Title } from '@patternfly/react-core';
import { PLATFORM_CHECKS } from '../core/checks/registry';
import { cheClustersInOrder } from '../core/summary';
import { useShownSnapshot } from '../hooks/useShownSnapshot';
import type { NestedContainersData } from '../hooks/useNestedContainersSnapshot';
import { I18N_NAMESPACE } from '../i18n';
import { MainSection } from './MainSection';
import { CheckFocusProvider, PLATFORM_SCOPE } from './checkFocus';
import { CheckGroup } from './CheckGroup';
import { CheClusterSection } from './CheClusterSection';
import { CheClusterSummary, pageScopeOf } from './CheClusterSummary';
import { LoadingState } from './LoadingState';
import { ScreenGate } from './ScreenGate';
import { VerdictBadge } from './VerdictBadge';

/**
 * Administration → Dev Spaces nested containers: first what to do (one summary per CheCluster,
 * with its switch), then the evidence (the platform checks once, then each CheCluster's checks).
 */
const NestedContainersPage: React.FC = () => <NestedContainersView data={useShownSnapshot()} />;

/**
 * Renders when the shown data changes (hooks/useShownSnapshot.ts), not on every delivery; without
 * data (the first answer pending), the title and the spinner, with no verdict yet. The fleet's
 * drill-down renders it for a managed cluster, with its own title, breadcrumb and notice.
 */
export const NestedContainersView = React.memo(function NestedContainersView({
  data,
  title,
  breadcrumb,
  notice,
}: {
  data: NestedContainersData | undefined;
  title?: string;
  breadcrumb?: React.ReactNode;
  /** Under the description: the drill-down's word on where its commands run. */
  notice?: React.ReactNode;
}) {
  const { t } = useTranslation(I18N_NAMESPACE);
  return (
    <CheckFocusProvider>
      <MainSection>
        {breadcrumb}
        <Flex alignItems={{ default: 'alignItemsCenter' }} spaceItems={{ default: 'spaceItemsMd' }}>
          <FlexItem>
            <Title headingLevel="h1">{title ?? t('Dev Spaces nested containers')}</Title>
          </FlexItem>
          {data && (
            <FlexItem>
              <VerdictBadge verdict={data.report.verdict} waitsFor={data.report.verdictWaitsFor} />
            </FlexItem>
          )}
        </Flex>
        <Content component="p">
          {t(
            'Whether workspaces can run containers inside them (podman run, made safe by Linux user namespaces), and the switch that turns it on.',
          )}
        </Content>
        {notice}
      </MainSection>
      <MainSection>{data ? <Checklist data={data} /> : <LoadingState />}</MainSection>
    </CheckFocusProvider>
  );
});

/** What to do (one summary per CheCluster, with its switch), then the evidence. */
const Checklist: React.FC<{ data: NestedContainersData }> = ({
  data: { snapshot, report, cheClusters, now },
}) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const cheClusterReports = cheClustersInOrder(report.cheClusterReports);
  const platform = (
    <CheckGroup
      title={t('Platform')}
      ids={PLATFORM_CHECKS}
      checks={report.checks}
      scope={PLATFORM_SCOPE}
      headingLevel="h2"
    />
  );
  const find = (ns: string, name: string) =>
    cheClusters.find((cc) => cc.metadata?.namespace === ns && cc.metadata?.name === name);
  const key = (i: (typeof cheClusterReports)[number]) =>
    `${i.cheCluster.namespace}/${i.cheCluster.name}`;
  return (
    <ScreenGate snapshot={snapshot} notInstalledExtra={platform}>
      <Stack hasGutter>
        {cheClusterReports.map((cheClusterReport) => (
          <StackItem key={`summary-${key(cheClusterReport)}`}>
            <CheClusterSummary
              cheClusterReport={cheClusterReport}
              cheCluster={find(
                cheClusterReport.cheCluster.namespace,
                cheClusterReport.cheCluster.name,
              )}
              toggles={snapshot.recentToggles}
              now={now}
              scopeOf={pageScopeOf(cheClusterReport)}
            />
          </StackItem>
        ))}
        <StackItem>{platform}</StackItem>
        {cheClusterReports.map((cheClusterReport) => (
          <StackItem key={key(cheClusterReport)}>
            <CheClusterSection cheClusterReport={cheClusterReport} />
          </StackItem>
        ))}
      </Stack>
    </ScreenGate>
  );
};

export default NestedContainersPage;
