import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Spinner, Stack, StackItem, Title } from '@patternfly/react-core';
import { DEVSPACES_CHECKS, PLATFORM_CHECKS, WORKSPACE_CHECKS } from '../core/checks/registry';
import type { CheClusterReport } from '../core/results';
import { I18N_NAMESPACE } from '../i18n';
import { CheckGroup } from './CheckGroup';
import { cheClusterScope } from './checkFocus';

// The tables (and PatternFly's Pagination) load only when there are rows to show.
const WorkspaceTables = React.lazy(() =>
  import('./WorkspaceTables').then((m) => ({ default: m.WorkspaceTables })),
);

/**
 * One CheCluster's checklist (its summary, state and switch are in CheClusterSummary, above).
 * `data-checluster` scopes automation.
 */
export const CheClusterSection: React.FC<{
  cheClusterReport: CheClusterReport;
  /** The tab shows the platform checks with the CheCluster's own; the page shows them once above. */
  includePlatform?: boolean;
  /** The tab puts the summary inside the section, above its checklist. */
  summary?: React.ReactNode;
}> = ({ cheClusterReport, includePlatform = false, summary }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const { namespace, name } = cheClusterReport.cheCluster;
  const scope = cheClusterScope(cheClusterReport);
  return (
    <section
      data-test="checluster-section"
      data-checluster={`${namespace}/${name}`}
      aria-label={t('CheCluster {{namespace}}/{{name}}', { namespace, name })}
    >
      <Stack hasGutter>
        {summary && <StackItem>{summary}</StackItem>}
        <StackItem>
          <Title headingLevel="h2">
            {t('Checks for {{namespace}}/{{name}}', { namespace, name })}
          </Title>
        </StackItem>
        {includePlatform && (
          <StackItem>
            <CheckGroup
              title={t('Platform')}
              ids={PLATFORM_CHECKS}
              checks={cheClusterReport.checks}
              scope={scope}
            />
          </StackItem>
        )}
        <StackItem>
          <CheckGroup
            title={t('Dev Spaces')}
            ids={DEVSPACES_CHECKS}
            checks={cheClusterReport.checks}
            scope={scope}
          />
        </StackItem>
        <StackItem>
          <CheckGroup
            title={t('Workspaces')}
            ids={WORKSPACE_CHECKS}
            checks={cheClusterReport.checks}
            scope={scope}
          />
        </StackItem>
        {(cheClusterReport.legacyWorkspaces.length > 0 ||
          cheClusterReport.unrecordedWorkspaces.length > 0 ||
          cheClusterReport.rootOnHostPods.length > 0) && (
          <StackItem>
            <React.Suspense fallback={<Spinner size="md" aria-hidden />}>
              <WorkspaceTables
                legacy={cheClusterReport.legacyWorkspaces}
                unrecorded={cheClusterReport.unrecordedWorkspaces}
                rootOnHost={cheClusterReport.rootOnHostPods}
                requestedEnabled={cheClusterReport.requestedEnabled}
              />
            </React.Suspense>
          </StackItem>
        )}
      </Stack>
    </section>
  );
};
