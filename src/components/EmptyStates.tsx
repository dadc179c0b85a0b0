/**
 * The whole-screen states other than loading: a cluster that is not OpenShift, Dev Spaces not
 * installed, reads refused, a CheCluster gone, an error. A healthy cluster shows none of them, so
 * they load in their own chunk when one is shown (ScreenGate.tsx).
 */
import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, EmptyStateBody, List, ListItem } from '@patternfly/react-core';
import { CubesIcon, ExclamationCircleIcon, LockIcon } from '@patternfly/react-icons';
import { I18N_NAMESPACE } from '../i18n';
import { grantReadCommands, type UnreadableResource } from '../utils/unreadable';

const GrantReadCopy = React.lazy(() =>
  import('./GrantReadCopy').then((m) => ({ default: m.GrantReadCopy })),
);

/** A whole-screen empty state: the page's h2, an icon, and what to do about it. */
const ScreenEmptyState: React.FC<{
  dataTest: string;
  title: string;
  icon: React.ComponentType;
  status?: 'warning' | 'danger';
  children: React.ReactNode;
}> = ({ dataTest, title, icon, status, children }) => (
  <EmptyState data-test={dataTest} titleText={title} headingLevel="h2" icon={icon} status={status}>
    <EmptyStateBody>{children}</EmptyStateBody>
  </EmptyState>
);

export const NotOpenShiftState: React.FC = () => {
  const { t } = useTranslation(I18N_NAMESPACE);
  return (
    <ScreenEmptyState
      dataTest="empty-not-openshift"
      title={t('This cluster is not OpenShift')}
      icon={CubesIcon}
    >
      {t(
        'Nested containers in Dev Spaces workspaces need OpenShift 4.20 or later; this cluster does not serve the config.openshift.io and security.openshift.io APIs.',
      )}
    </ScreenEmptyState>
  );
};

export const NotInstalledState: React.FC = () => {
  const { t } = useTranslation(I18N_NAMESPACE);
  return (
    <ScreenEmptyState
      dataTest="empty-not-installed"
      title={t('Dev Spaces is not installed')}
      icon={CubesIcon}
    >
      {t(
        'No CheCluster exists in any namespace. Install the Dev Spaces operator and create a CheCluster; this page then shows whether nested containers can be turned on.',
      )}
    </ScreenEmptyState>
  );
};

/** Names what cannot be read and the role that would grant it. */
export const ReadAccessHelp: React.FC<{ resources: UnreadableResource[] }> = ({ resources }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  return (
    <>
      <List data-test="forbidden-resources">
        {resources.map((r) => (
          <ListItem key={`${r.resource}/${r.namespace ?? ''}/${r.name ?? ''}`}>
            <code>{r.kind}</code>{' '}
            {r.name && r.namespace
              ? t('{{name}} in {{namespace}}', { name: r.name, namespace: r.namespace })
              : (r.name ?? t('(all namespaces)'))}
          </ListItem>
        ))}
      </List>
      <p>
        {t(
          'A cluster administrator can grant read access with a ClusterRole allowing get, list and watch on these resources (cluster-reader covers the built-in kinds):',
        )}
      </p>
      {/* The commands show at once; the copy button (PatternFly's ClipboardCopy, with its text
          input and truncation) arrives with its chunk. */}
      <React.Suspense fallback={<pre>{grantReadCommands(resources)}</pre>}>
        <GrantReadCopy commands={grantReadCommands(resources)} />
      </React.Suspense>
    </>
  );
};

export const ForbiddenState: React.FC<{ resources: UnreadableResource[] }> = ({ resources }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  return (
    <ScreenEmptyState
      dataTest="empty-forbidden"
      title={t('You are not allowed to read the data this page needs')}
      icon={LockIcon}
      status="warning"
    >
      <ReadAccessHelp resources={resources} />
    </ScreenEmptyState>
  );
};

/** The tab's CheCluster is not in the watched list (deleted, or renamed under the page). */
export const CheClusterGoneState: React.FC<{ namespace?: string; name?: string }> = ({
  namespace,
  name,
}) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  return (
    <ScreenEmptyState
      dataTest="empty-checluster-gone"
      title={t('This CheCluster was not found')}
      icon={CubesIcon}
    >
      {t('The CheCluster {{namespace}}/{{name}} is not in the list of CheClusters any more.', {
        namespace: namespace ?? '',
        name: name ?? '',
      })}
    </ScreenEmptyState>
  );
};

export const ErrorState: React.FC<{ message: string }> = ({ message }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  return (
    <ScreenEmptyState
      dataTest="empty-error"
      title={t('The CheClusters could not be read')}
      icon={ExclamationCircleIcon}
      status="danger"
    >
      {message}
    </ScreenEmptyState>
  );
};
