import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Content } from '@patternfly/react-core';
import { I18N_NAMESPACE } from '../../i18n';
import { RemedyCopy } from '../RemedyCopy';

/**
 * The drill-down's remedies are `oc` commands, and `oc` acts on whichever cluster it is logged in
 * to, which on a hub's console is usually the hub. Said once, above them, with the `oc login` that
 * points `oc` at the managed cluster (its API server as its ManagedCluster reports it).
 */
export const ManagedClusterCommandsNotice: React.FC<{ cluster: string; apiUrl?: string }> = ({
  cluster,
  apiUrl,
}) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  return (
    <Alert
      isInline
      isPlain
      variant="info"
      title={t('The commands on this page act on the cluster oc is logged in to')}
      data-test="managed-cluster-commands"
    >
      <Content component="p">
        {apiUrl
          ? t(
              'This page reads {{cluster}} through Advanced Cluster Management. Before you run a command from it, log in to {{cluster}}:',
              { cluster },
            )
          : t(
              'This page reads {{cluster}} through Advanced Cluster Management. Before you run a command from it, log in to {{cluster}} with oc login and its API server URL.',
              { cluster },
            )}
      </Content>
      {apiUrl ? (
        <RemedyCopy
          text={`oc login --server=${apiUrl}`}
          yaml={false}
          explanation={t('Log in to {{cluster}}', { cluster })}
        />
      ) : null}
    </Alert>
  );
};
