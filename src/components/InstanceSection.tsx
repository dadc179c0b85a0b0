import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Spinner, Stack, StackItem, Title } from '@patternfly/react-core';
import { DEVSPACES_CHECKS, PLATFORM_CHECKS, WORKSPACE_CHECKS } from '../core/checks/registry';
import type { InstanceReport } from '../core/results';
import { I18N_NAMESPACE } from '../i18n';
import { CheckGroup } from './CheckGroup';
import { instanceScope } from './checkFocus';

// The tables (and @patternfly/react-table's pagination) load only when there are rows to show.
const WorkspaceTables = React.lazy(() =>
  import('./WorkspaceTables').then((m) => ({ default: m.WorkspaceTables })),
);

/**
 * One CheCluster's checklist (its summary, state and switch are in InstanceSummary, above).
 * `data-checluster` scopes automation.
 */
export const InstanceSection: React.FC<{
  instance: InstanceReport;
  /** The tab shows the platform checks with the instance; the page shows them once above. */
  includePlatform?: boolean;
  /** The tab puts the summary inside the section, above its checklist. */
  summary?: React.ReactNode;
}> = ({ instance, includePlatform = false, summary }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const { namespace, name } = instance.cheCluster;
  const scope = instanceScope(instance);
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
              checks={instance.checks}
              scope={scope}
            />
          </StackItem>
        )}
        <StackItem>
          <CheckGroup
            title={t('Dev Spaces')}
            ids={DEVSPACES_CHECKS}
            checks={instance.checks}
            scope={scope}
          />
        </StackItem>
        <StackItem>
          <CheckGroup
            title={t('Workspaces')}
            ids={WORKSPACE_CHECKS}
            checks={instance.checks}
            scope={scope}
          />
        </StackItem>
        {(instance.legacyWorkspaces.length > 0 ||
          instance.unrecordedWorkspaces.length > 0 ||
          instance.rootOnHostPods.length > 0) && (
          <StackItem>
            <React.Suspense fallback={<Spinner size="md" aria-hidden />}>
              <WorkspaceTables
                legacy={instance.legacyWorkspaces}
                unrecorded={instance.unrecordedWorkspaces}
                rootOnHost={instance.rootOnHostPods}
                requestedEnabled={instance.requestedEnabled}
              />
            </React.Suspense>
          </StackItem>
        )}
      </Stack>
    </section>
  );
};
