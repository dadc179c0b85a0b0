import * as React from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Flex,
  FlexItem,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  List,
  ListItem,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  Stack,
  StackItem,
  TextInput,
  Title,
  Tooltip,
} from '@patternfly/react-core';
import type { InstanceReport } from '../core/results';
import {
  buildSmokeTestPod,
  defaultImageOf,
  SMOKE_TEST_DEADLINE_SECONDS,
  SMOKE_TEST_RESOURCES,
} from '../core/smoke-test';
import {
  useDevWorkspaceConfig,
  useSmokeTest,
  useSmokeTestAccess,
  type SmokeTestRuntime,
} from '../hooks/useSmokeTest';
import { I18N_NAMESPACE } from '../i18n';
import type { CheCluster } from '../models/cheCluster';
import type { Pod } from '../models/pod';
import { SmokeTestResult } from './SmokeTestResult';
import { useStableId } from './useStableId';

/** Lower-case alphanumeric, as pod names and label values allow. */
const newRunId = (): string => Math.random().toString(36).slice(2, 7).padEnd(5, '0');

const Confirmation: React.FC<{
  namespace: string;
  runScc: string;
  cheCluster: CheCluster;
  onRun: (image: string) => void;
  onClose: () => void;
}> = ({ namespace, runScc, cheCluster, onRun, onClose }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const titleId = useStableId('smoke-test-title');
  const imageId = useStableId('smoke-test-image');
  const initial = defaultImageOf(cheCluster);
  const [image, setImage] = React.useState(initial.image);
  return (
    <Modal
      isOpen
      onClose={onClose}
      variant="medium"
      aria-labelledby={titleId}
      data-test="smoke-test-confirm"
    >
      <ModalHeader title={t('Run a nested-container smoke test?')} labelId={titleId} />
      <ModalBody>
        <Stack hasGutter>
          <StackItem>
            {t(
              'This creates one pod in the namespace {{namespace}}, shaped like a workspace pod with nested containers on:',
              { namespace },
            )}
            <List>
              <ListItem>
                {t(
                  'required SCC {{scc}} (annotation openshift.io/required-scc), hostUsers: false, the security context and pod annotations of devworkspace-config',
                  { scc: runScc },
                )}
              </ListItem>
              <ListItem>
                {t(
                  'limits {{cpu}} CPU and {{memory}} memory, stopped by the kubelet after {{seconds}} seconds',
                  {
                    cpu: SMOKE_TEST_RESOURCES.limits.cpu,
                    memory: SMOKE_TEST_RESOURCES.limits.memory,
                    seconds: String(SMOKE_TEST_DEADLINE_SECONDS),
                  },
                )}
              </ListItem>
              <ListItem>
                {t(
                  'it runs podman run --rootfs / inside the pod: no image is pulled by the nested container',
                )}
              </ListItem>
            </List>
          </StackItem>
          <StackItem>
            <FormGroup label={t('Developer image')} fieldId={imageId}>
              <TextInput
                id={imageId}
                value={image}
                onChange={(_e, v) => setImage(v)}
                data-test="smoke-test-image"
              />
              <FormHelperText>
                <HelperText>
                  <HelperTextItem>
                    {initial.source === 'checluster'
                      ? t("The CheCluster's default component image.")
                      : t(
                          "The CheCluster sets no default component: this is che-operator's upstream default. The Dev Spaces operator uses its own udi-rhel9 image; enter it to test what your workspaces get.",
                        )}
                  </HelperTextItem>
                </HelperText>
              </FormHelperText>
            </FormGroup>
          </StackItem>
          <StackItem data-test="smoke-test-confirm-removal">
            <strong>{t('The pod is deleted when the test ends, whatever the result.')}</strong>
          </StackItem>
        </Stack>
      </ModalBody>
      <ModalFooter>
        <Button
          variant="primary"
          onClick={() => onRun(image.trim())}
          isDisabled={image.trim() === ''}
          data-test="smoke-test-run"
        >
          {t('Run the smoke test')}
        </Button>
        <Button variant="link" onClick={onClose}>
          {t('Cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
};

const Leftovers: React.FC<{ smoke: SmokeTestRuntime; namespace: string }> = ({
  smoke,
  namespace,
}) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const [error, setError] = React.useState<string>();
  if (smoke.leftovers.length === 0) return null;
  const remove = (pod: Pod) =>
    smoke
      .removeLeftover(pod)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  return (
    <StackItem data-test="smoke-test-leftovers">
      {t('Smoke-test pods left by an interrupted run in {{namespace}}:', { namespace })}
      <List>
        {smoke.leftovers.map((p) => (
          <ListItem
            key={p.metadata?.name}
            data-test="smoke-test-leftover"
            data-name={p.metadata?.name}
          >
            <code>{p.metadata?.name}</code> ({p.status?.phase ?? t('unknown phase')}){' '}
            <Button
              variant="link"
              isInline
              isDanger
              onClick={() => void remove(p)}
              data-test="smoke-test-remove-leftover"
            >
              {t('Remove')}
            </Button>
          </ListItem>
        ))}
      </List>
      {error && <div role="alert">{error}</div>}
    </StackItem>
  );
};

type Props = { instance: InstanceReport; cheCluster: CheCluster | undefined };

const SmokeTestPanel: React.FC<Props> = ({ instance, cheCluster }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const namespace = instance.cheCluster.namespace;
  const access = useSmokeTestAccess(namespace, instance.runScc);
  const smoke = useSmokeTest(namespace);
  const dwoc = useDevWorkspaceConfig(namespace);
  const [confirming, setConfirming] = React.useState(false);

  const reason = !cheCluster
    ? t('The CheCluster is not loaded yet.')
    : access.loading
      ? t('Checking your permissions…')
      : !access.allowed
        ? t('You may not: {{missing}} in {{namespace}}.', {
            missing: access.missing.join(', '),
            namespace,
          })
        : smoke.running
          ? t('A smoke test is running.')
          : null;
  const button = (
    <Button
      variant="secondary"
      isAriaDisabled={reason !== null}
      onClick={() => setConfirming(true)}
      data-test="nested-containers-smoke-test"
      data-allowed={reason === null}
    >
      {t('Run a smoke test')}
    </Button>
  );
  const run = (image: string) => {
    if (!cheCluster) return;
    setConfirming(false);
    smoke.start(buildSmokeTestPod({ cheCluster, dwoc, image, runId: newRunId() }), instance.runScc);
  };
  return (
    <section data-test="smoke-test-section" aria-label={t('Smoke test')}>
      <Stack hasGutter>
        <StackItem>
          <Flex alignItems={{ default: 'alignItemsCenter' }}>
            <FlexItem>
              <Title headingLevel="h3">{t('Smoke test')}</Title>
            </FlexItem>
            <FlexItem>
              {reason === null ? button : <Tooltip content={reason}>{button}</Tooltip>}
            </FlexItem>
          </Flex>
          {t(
            'Proves that podman run works in a workspace pod on this cluster now, instead of inferring it from objects.',
          )}
        </StackItem>
        {smoke.report && (
          <StackItem>
            <SmokeTestResult
              report={smoke.report}
              runScc={instance.runScc}
              podName={smoke.podName}
              namespace={namespace}
              cleanup={smoke.cleanup}
              cleanupError={smoke.cleanupError}
            />
          </StackItem>
        )}
        <Leftovers smoke={smoke} namespace={namespace} />
      </Stack>
      {confirming && cheCluster && (
        <Confirmation
          namespace={namespace}
          runScc={instance.runScc}
          cheCluster={cheCluster}
          onRun={run}
          onClose={() => setConfirming(false)}
        />
      )}
    </section>
  );
};

/**
 * "Run a smoke test", shown once the switch is on for this CheCluster (no access reviews or watches
 * otherwise) — also while a check fails, since proving the failure is what the test is for.
 */
export const SmokeTest: React.FC<Props> = (props) =>
  props.instance.requestedEnabled ? <SmokeTestPanel {...props} /> : null;
