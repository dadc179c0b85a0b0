import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Stack, StackItem, Title } from '@patternfly/react-core';
import { DEVSPACES_CHECKS, PLATFORM_CHECKS, WORKSPACE_CHECKS } from '../core/checks/registry';
import type { InstanceReport } from '../core/results';
import { I18N_NAMESPACE } from '../i18n';
import type { CheCluster } from '../models/cheCluster';
import { CheckGroup } from './CheckGroup';
import { instanceScope } from './checkFocus';
import { SmokeTest } from './SmokeTest';
import { WorkspaceTables } from './WorkspaceTables';

/**
 * One CheCluster's checklist (its summary, state and switch are in InstanceSummary, above).
 * `data-checluster` scopes automation.
 */
export const InstanceSection: React.FC<{
  instance: InstanceReport;
  /** The CheCluster as watched, for the smoke test's pod. */
  cheCluster: CheCluster | undefined;
  /** The tab shows the platform checks with the instance; the page shows them once above. */
  includePlatform?: boolean;
  /** The tab puts the summary inside the section, above its checklist. */
  summary?: React.ReactNode;
}> = ({ instance, cheCluster, includePlatform = false, summary }) => {
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
        <StackItem>
          <SmokeTest instance={instance} cheCluster={cheCluster} />
        </StackItem>
        <StackItem>
          <WorkspaceTables
            legacy={instance.legacyWorkspaces}
            rootOnHost={instance.rootOnHostPods}
            requestedEnabled={instance.requestedEnabled}
          />
        </StackItem>
      </Stack>
    </section>
  );
};
