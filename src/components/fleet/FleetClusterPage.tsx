import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Breadcrumb, BreadcrumbItem } from '@patternfly/react-core';
import { fleetTargetFor } from '../../fleet/fleetTarget';
import { useManagedClusterApiUrl } from '../../fleet/useManagedClusterApiUrl';
import { useManagedClusterReads } from '../../fleet/useManagedClusterReads';
import { ClusterTargetContext } from '../../hooks/useClusterTarget';
import { useShownAnswer } from '../../hooks/useShownSnapshot';
import { I18N_NAMESPACE } from '../../i18n';
import { Link, useLocation } from '../../utils/router';
import { NestedContainersView } from '../NestedContainersPage';
import { FLEET_PAGE_PATH, clusterOfPath } from './fleetPaths';
import { ManagedClusterCommandsNotice } from './ManagedClusterCommandsNotice';

/**
 * Administration → Dev Spaces nested containers fleet → one managed cluster: the single-cluster
 * page's checklist and switch, read from and acting on that cluster through ACM's multicluster SDK
 * (src/fleet/useManagedClusterReads.ts, fleetTarget.ts). Keyed by the cluster, so moving to
 * another cluster starts its reads afresh instead of showing the last cluster's answers.
 */
const FleetClusterPage: React.FC = () => {
  const cluster = clusterOfPath(useLocation().pathname);
  return cluster ? <ManagedClusterScreen key={cluster} cluster={cluster} /> : null;
};

const ManagedClusterScreen: React.FC<{ cluster: string }> = ({ cluster }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  // As the page: the spinner until every read has answered (at most 2 s), then the answer.
  const data = useShownAnswer(useManagedClusterReads(cluster));
  const apiUrl = useManagedClusterApiUrl(cluster);
  const breadcrumb = (
    <Breadcrumb>
      <BreadcrumbItem
        render={({ className }) => (
          <Link className={className} to={FLEET_PAGE_PATH}>
            {t('Fleet')}
          </Link>
        )}
      />
      <BreadcrumbItem isActive>{cluster}</BreadcrumbItem>
    </Breadcrumb>
  );
  return (
    <ClusterTargetContext.Provider value={fleetTargetFor(cluster)}>
      <div data-test="fleet-cluster" data-cluster={cluster}>
        <NestedContainersView
          data={data}
          title={t('Dev Spaces nested containers on {{cluster}}', { cluster })}
          breadcrumb={breadcrumb}
          notice={<ManagedClusterCommandsNotice cluster={cluster} apiUrl={apiUrl} />}
        />
      </div>
    </ClusterTargetContext.Provider>
  );
};

export default FleetClusterPage;
