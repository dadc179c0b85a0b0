import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { Stack, StackItem, Title } from '@patternfly/react-core';
import { useClusterTarget } from '../hooks/useClusterTarget';
import type { LegacyWorkspace, RootOnHostPod } from '../core/results';
import { gvkOf } from '../models/common';
import { I18N_NAMESPACE } from '../i18n';
import { DevWorkspaceModel } from '../models/devWorkspace';
import { PodModel } from '../models/pod';
import type { Column } from './ColumnTable';
import { PagedTable } from './PagedTable';

const DEVWORKSPACE_GVK = gvkOf(DevWorkspaceModel);
const POD_GVK = gvkOf(PodModel);

const byNamespaceThenName = <T extends { namespace: string; name: string }>(rows: readonly T[]) =>
  // Array.prototype.sort is stable; copying keeps the core's array untouched.
  [...rows].sort((a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name));

const keyOf = (row: { namespace: string; name: string }) => `${row.namespace}/${row.name}`;

export const LegacyWorkspacesTable: React.FC<{
  workspaces: readonly LegacyWorkspace[];
  ariaLabel: string;
  dataTest: string;
}> = ({ workspaces, ariaLabel, dataTest }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const rows = React.useMemo(() => byNamespaceThenName(workspaces), [workspaces]);
  const { local } = useClusterTarget();
  const columns: Column<LegacyWorkspace>[] = [
    {
      title: t('Workspace'),
      render: (w) => (
        <ResourceLink
          linkTo={local}
          groupVersionKind={DEVWORKSPACE_GVK}
          name={w.name}
          namespace={w.namespace}
        />
      ),
    },
    { title: t('Namespace'), render: (w) => w.namespace },
    { title: t('Creator'), render: (w) => w.creator ?? '—' },
    { title: t('Created with SCC'), render: (w) => w.scc ?? t('none') },
    { title: t('Running'), render: (w) => (w.started ? t('Yes') : t('No')) },
  ];
  return (
    <PagedTable
      rows={rows}
      columns={columns}
      rowKey={keyOf}
      ariaLabel={ariaLabel}
      dataTest={dataTest}
    />
  );
};

export const RootOnHostPodsTable: React.FC<{ pods: readonly RootOnHostPod[] }> = ({ pods }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const rows = React.useMemo(() => byNamespaceThenName(pods), [pods]);
  const { local } = useClusterTarget();
  const why = (reason: string) => {
    switch (reason) {
      case 'runs-as-root':
        return t('runs as root');
      case 'allows-privilege-escalation':
        return t('allows privilege escalation');
      case 'privileged':
        return t('privileged');
      default:
        return reason;
    }
  };
  const columns: Column<RootOnHostPod>[] = [
    {
      title: t('Pod'),
      render: (p) => (
        <ResourceLink
          linkTo={local}
          groupVersionKind={POD_GVK}
          name={p.name}
          namespace={p.namespace}
        />
      ),
    },
    { title: t('Namespace'), render: (p) => p.namespace },
    { title: t('SCC'), render: (p) => p.scc ?? '—' },
    { title: t('Why'), render: (p) => p.reasons.map(why).join(', ') },
  ];
  return (
    <PagedTable
      rows={rows}
      columns={columns}
      rowKey={keyOf}
      ariaLabel={t('Workspace pods that can be root on the node')}
      dataTest="root-on-host-table"
    />
  );
};

/** The workspaces and pods an administrator has to act on; nothing when there are none. */
export const WorkspaceTables: React.FC<{
  legacy: readonly LegacyWorkspace[];
  unrecorded: readonly LegacyWorkspace[];
  rootOnHost: readonly RootOnHostPod[];
  requestedEnabled: boolean;
}> = ({ legacy, unrecorded, rootOnHost, requestedEnabled }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  if (!legacy.length && !unrecorded.length && !rootOnHost.length) return null;
  return (
    <Stack hasGutter>
      {legacy.length > 0 && (
        <StackItem>
          <Title headingLevel="h4">
            {requestedEnabled
              ? t('Workspaces that cannot start until they are recreated')
              : t('Workspaces that will not start after turning nested containers on')}
          </Title>
          <LegacyWorkspacesTable
            workspaces={legacy}
            ariaLabel={t('Workspaces that must be recreated')}
            dataTest="legacy-workspaces-table"
          />
        </StackItem>
      )}
      {unrecorded.length > 0 && (
        <StackItem>
          <Title headingLevel="h4">
            {t('Workspaces with no recorded SCC: they start from the dashboard only')}
          </Title>
          <LegacyWorkspacesTable
            workspaces={unrecorded}
            ariaLabel={t('Workspaces with no recorded SCC')}
            dataTest="unrecorded-workspaces-table"
          />
        </StackItem>
      )}
      {rootOnHost.length > 0 && (
        <StackItem>
          <Title headingLevel="h4">{t('Workspace pods that can be root on the node')}</Title>
          <RootOnHostPodsTable pods={rootOnHost} />
        </StackItem>
      )}
    </Stack>
  );
};
