import * as React from 'react';
import { useTranslation } from 'react-i18next';
import {
  Content,
  Flex,
  FlexItem,
  PageSection,
  Stack,
  StackItem,
  Title,
} from '@patternfly/react-core';
import { PLATFORM_CHECKS } from '../core/checks/registry';
import { useNestedContainersSnapshot } from '../hooks/useNestedContainersSnapshot';
import { I18N_NAMESPACE } from '../i18n';
import { CheckGroup } from './CheckGroup';
import { FeatureStateBadge } from './FeatureStateBadge';
import { InstanceSection } from './InstanceSection';
import { ScreenGate } from './ScreenGate';
import { VerdictBadge } from './VerdictBadge';

/** Administration → Dev Spaces nested containers: the cluster, then each CheCluster. */
const NestedContainersPage: React.FC = () => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const { snapshot, report, cheClusters } = useNestedContainersSnapshot();
  const platform = (
    <CheckGroup
      title={t('Platform')}
      ids={PLATFORM_CHECKS}
      checks={report.checks}
      headingLevel="h2"
    />
  );
  const find = (ns: string, name: string) =>
    cheClusters.find((cc) => cc.metadata?.namespace === ns && cc.metadata?.name === name);
  return (
    <>
      <PageSection>
        <Flex alignItems={{ default: 'alignItemsCenter' }} spaceItems={{ default: 'spaceItemsMd' }}>
          <FlexItem>
            <Title headingLevel="h1">{t('Dev Spaces nested containers')}</Title>
          </FlexItem>
          <FlexItem>
            <VerdictBadge verdict={report.verdict} />
          </FlexItem>
        </Flex>
        {report.instances.length > 0 && (
          <Flex spaceItems={{ default: 'spaceItemsMd' }} data-test="state-summary">
            {report.instances.map(({ cheCluster: ref, featureState }) => (
              <FlexItem key={`${ref.namespace}/${ref.name}`}>
                {t('{{namespace}}/{{name}}:', { namespace: ref.namespace, name: ref.name })}{' '}
                <FeatureStateBadge state={featureState} contract={false} />
              </FlexItem>
            ))}
          </Flex>
        )}
        <Content component="p">
          {t(
            'Whether workspaces can run containers inside them (podman run, made safe by Linux user namespaces), and the switch that turns it on.',
          )}
        </Content>
      </PageSection>
      <PageSection>
        <ScreenGate snapshot={snapshot} notInstalledExtra={platform}>
          <Stack hasGutter>
            <StackItem>{platform}</StackItem>
            {report.instances.map((instance) => (
              <StackItem key={`${instance.cheCluster.namespace}/${instance.cheCluster.name}`}>
                <InstanceSection
                  instance={instance}
                  cheCluster={find(instance.cheCluster.namespace, instance.cheCluster.name)}
                />
              </StackItem>
            ))}
          </Stack>
        </ScreenGate>
      </PageSection>
    </>
  );
};

export default NestedContainersPage;
