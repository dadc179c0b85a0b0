import * as React from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bullseye,
  ClipboardCopy,
  EmptyState,
  EmptyStateBody,
  List,
  ListItem,
  Spinner,
} from '@patternfly/react-core';
import { CubesIcon, ExclamationCircleIcon, LockIcon } from '@patternfly/react-icons';
import { I18N_NAMESPACE } from '../i18n';
import { grantReadCommands, type UnreadableResource } from '../utils/unreadable';

export const LoadingState: React.FC = () => {
  const { t } = useTranslation(I18N_NAMESPACE);
  return (
    <Bullseye data-test="loading">
      <Spinner
        size="lg"
        aria-label={t('Loading the cluster state')}
        aria-valuetext={t('Loading the cluster state')}
      />
    </Bullseye>
  );
};

export const NotOpenShiftState: React.FC = () => {
  const { t } = useTranslation(I18N_NAMESPACE);
  return (
    <EmptyState
      data-test="empty-not-openshift"
      titleText={t('This cluster is not OpenShift')}
      headingLevel="h2"
      icon={CubesIcon}
    >
      <EmptyStateBody>
        {t(
          'Nested containers in Dev Spaces workspaces need OpenShift 4.20 or later; this cluster does not serve the config.openshift.io and security.openshift.io APIs.',
        )}
      </EmptyStateBody>
    </EmptyState>
  );
};

export const NotInstalledState: React.FC = () => {
  const { t } = useTranslation(I18N_NAMESPACE);
  return (
    <EmptyState
      data-test="empty-not-installed"
      titleText={t('Dev Spaces is not installed')}
      headingLevel="h2"
      icon={CubesIcon}
    >
      <EmptyStateBody>
        {t(
          'No CheCluster exists in any namespace. Install the Dev Spaces operator and create a CheCluster; this page then shows whether nested containers can be turned on.',
        )}
      </EmptyStateBody>
    </EmptyState>
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
      <ClipboardCopy
        isCode
        isReadOnly
        variant="expansion"
        isExpanded
        hoverTip={t('Copy')}
        clickTip={t('Copied')}
        copyAriaLabel={t('Copy the commands that grant read access')}
        toggleAriaLabel={t('Show the commands')}
      >
        {grantReadCommands(resources)}
      </ClipboardCopy>
    </>
  );
};

export const ForbiddenState: React.FC<{ resources: UnreadableResource[] }> = ({ resources }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  return (
    <EmptyState
      data-test="empty-forbidden"
      titleText={t('You are not allowed to read the data this page needs')}
      headingLevel="h2"
      icon={LockIcon}
      status="warning"
    >
      <EmptyStateBody>
        <ReadAccessHelp resources={resources} />
      </EmptyStateBody>
    </EmptyState>
  );
};

/** The tab's CheCluster is not in the watched list (deleted, or renamed under the page). */
export const CheClusterGoneState: React.FC<{ namespace?: string; name?: string }> = ({
  namespace,
  name,
}) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  return (
    <EmptyState
      data-test="empty-checluster-gone"
      titleText={t('This CheCluster was not found')}
      headingLevel="h2"
      icon={CubesIcon}
    >
      <EmptyStateBody>
        {t('The CheCluster {{namespace}}/{{name}} is not in the list of CheClusters any more.', {
          namespace: namespace ?? '',
          name: name ?? '',
        })}
      </EmptyStateBody>
    </EmptyState>
  );
};

export const ErrorState: React.FC<{ message: string }> = ({ message }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  return (
    <EmptyState
      data-test="empty-error"
      titleText={t('The CheClusters could not be read')}
      headingLevel="h2"
      icon={ExclamationCircleIcon}
      status="danger"
    >
      <EmptyStateBody>{message}</EmptyStateBody>
    </EmptyState>
  );
};
