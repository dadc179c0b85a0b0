import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Flex, FlexItem, Spinner, Stack, StackItem, Title } from '@patternfly/react-core';
import {
  DEVSPACES_CHECKS,
  PLATFORM_CHECKS,
  WORKSPACE_CHECKS,
  type InstanceReport,
} from '../core/results';
import { gvkOf } from '../hooks/watches';
import { I18N_NAMESPACE } from '../i18n';
import { CheClusterModel, type CheCluster } from '../models/cheCluster';
import { CheckGroup } from './CheckGroup';
import { FeatureStateBadge } from './FeatureStateBadge';
import { ToggleControl } from './ToggleControl';
import { VerdictBadge } from './VerdictBadge';

// The tables (and @patternfly/react-table's pagination) load only when there are rows to show.
const WorkspaceTables = React.lazy(() =>
  import('./WorkspaceTables').then((m) => ({ default: m.WorkspaceTables })),
);

const CHECLUSTER_GVK = gvkOf(CheClusterModel);

/** Shown between an accepted patch and the operator having reconciled. */
const ReconcileProgress: React.FC<{ instance: InstanceReport }> = ({ instance }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const { featureState } = instance;
  if (featureState !== 'enabling' && featureState !== 'disabling') return null;
  return (
    <Alert
      isInline
      variant="info"
      customIcon={<Spinner size="md" aria-hidden />}
      title={
        featureState === 'enabling'
          ? t('Turning nested containers on…')
          : t('Turning nested containers off…')
      }
      data-test="reconcile-progress"
    >
      {featureState === 'enabling'
        ? t(
            'Waiting for the operator: the SCC {{scc}} and the workspace configuration must match, and Dev Spaces must be Active again.',
            { scc: instance.runScc },
          )
        : t(
            'Waiting for the operator: the workspace configuration must be reset, and Dev Spaces must be Active again.',
          )}
    </Alert>
  );
};

/** One CheCluster: its state, its toggle and its checks. `data-checluster` scopes automation. */
export const InstanceSection: React.FC<{
  instance: InstanceReport;
  cheCluster: CheCluster | undefined;
  /** The tab shows the platform checks with the instance; the page shows them once above. */
  includePlatform?: boolean;
}> = ({ instance, cheCluster, includePlatform = false }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const { namespace, name } = instance.cheCluster;
  return (
    <section
      data-test="checluster-section"
      data-checluster={`${namespace}/${name}`}
      aria-label={t('CheCluster {{namespace}}/{{name}}', { namespace, name })}
    >
      <Stack hasGutter>
        <StackItem>
          <Flex
            alignItems={{ default: 'alignItemsCenter' }}
            spaceItems={{ default: 'spaceItemsMd' }}
          >
            <FlexItem>
              <Title headingLevel="h2">
                <ResourceLink
                  groupVersionKind={CHECLUSTER_GVK}
                  name={name}
                  namespace={namespace}
                  inline
                />
              </Title>
            </FlexItem>
            <FlexItem>
              <FeatureStateBadge state={instance.featureState} />
            </FlexItem>
            <FlexItem>
              <VerdictBadge verdict={instance.verdict} />
            </FlexItem>
            <FlexItem align={{ default: 'alignRight' }}>
              <ToggleControl instance={instance} cheCluster={cheCluster} />
            </FlexItem>
          </Flex>
        </StackItem>
        <StackItem>
          <ReconcileProgress instance={instance} />
        </StackItem>
        {includePlatform && (
          <StackItem>
            <CheckGroup title={t('Platform')} ids={PLATFORM_CHECKS} checks={instance.checks} />
          </StackItem>
        )}
        <StackItem>
          <CheckGroup title={t('Dev Spaces')} ids={DEVSPACES_CHECKS} checks={instance.checks} />
        </StackItem>
        <StackItem>
          <CheckGroup title={t('Workspaces')} ids={WORKSPACE_CHECKS} checks={instance.checks} />
        </StackItem>
        {(instance.legacyWorkspaces.length > 0 || instance.rootOnHostPods.length > 0) && (
          <StackItem>
            <React.Suspense fallback={<Spinner size="md" aria-hidden />}>
              <WorkspaceTables
                legacy={instance.legacyWorkspaces}
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
