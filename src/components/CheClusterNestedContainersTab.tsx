import * as React from 'react';
import { useShownSnapshot } from '../hooks/useShownSnapshot';
import type { NestedContainersData } from '../hooks/useNestedContainersSnapshot';
import type { CheCluster } from '../models/cheCluster';
import { CheckFocusProvider, cheClusterScope } from './checkFocus';
import { CheClusterSection } from './CheClusterSection';
import { CheClusterSummary } from './CheClusterSummary';
import { LoadingState } from './LoadingState';
import { MainSection } from './MainSection';
import { emptyState, ScreenGate } from './ScreenGate';

// Shown only when the tab's CheCluster is deleted under it: in the chunk of the other rare states.
const CheClusterGoneState = emptyState('CheClusterGoneState');

/** CheCluster → Nested containers: the summary, then the checklist, for the CheCluster in `obj`. */
const CheClusterNestedContainersTab: React.FC<{ obj?: CheCluster }> = ({ obj }) => (
  <TabView data={useShownSnapshot()} obj={obj} />
);

/** Renders when the shown data or obj changes (hooks/useShownSnapshot.ts). */
const TabView = React.memo(function TabView({
  data,
  obj,
}: {
  data: NestedContainersData | undefined;
  obj?: CheCluster;
}) {
  if (!data)
    return (
      <MainSection>
        <LoadingState />
      </MainSection>
    );
  const { snapshot, report, cheClusters, now } = data;
  const namespace = obj?.metadata?.namespace;
  const name = obj?.metadata?.name;
  const cheClusterReport = report.cheClusterReports.find(
    (i) => i.cheCluster.namespace === namespace && i.cheCluster.name === name,
  );
  // Patch what the watch holds (newest resourceVersion); the tab's obj is the fallback.
  const watched = cheClusters.find(
    (cc) => cc.metadata?.namespace === namespace && cc.metadata?.name === name,
  );
  return (
    <MainSection>
      <ScreenGate snapshot={snapshot}>
        {cheClusterReport ? (
          <CheckFocusProvider>
            <CheClusterSection
              cheClusterReport={cheClusterReport}
              includePlatform
              summary={
                <CheClusterSummary
                  cheClusterReport={cheClusterReport}
                  cheCluster={watched ?? obj}
                  toggles={snapshot.recentToggles}
                  now={now}
                  scopeOf={() => cheClusterScope(cheClusterReport)}
                />
              }
            />
          </CheckFocusProvider>
        ) : snapshot.cheClusters.state === 'loaded' ? (
          <React.Suspense fallback={<LoadingState />}>
            <CheClusterGoneState namespace={namespace} name={name} />
          </React.Suspense>
        ) : (
          <LoadingState />
        )}
      </ScreenGate>
    </MainSection>
  );
});

export default CheClusterNestedContainersTab;
