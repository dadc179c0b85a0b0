import * as React from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
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
} from '@patternfly/react-core';
import {
  buildSmokeTestPod,
  defaultImageOf,
  SMOKE_TEST_DEADLINE_SECONDS,
  SMOKE_TEST_RESOURCES,
} from '../core/smoke-test';
import { I18N_NAMESPACE } from '../i18n';
import type { CheCluster } from '../models/cheCluster';
import type { DevWorkspaceOperatorConfig } from '../models/devWorkspaceOperatorConfig';
import type { Pod } from '../models/pod';
import { useStableId } from './useStableId';

/** Lower-case alphanumeric, as pod names and label values allow. */
const newRunId = (): string => Math.random().toString(36).slice(2, 7).padEnd(5, '0');

/**
 * What the run creates, where, for how long, and the image it runs — before anything is created.
 * Running hands over the pod the core builds for that image (so the pod's builder loads with the
 * dialog, not with the summary).
 */
export const SmokeTestConfirmation: React.FC<{
  namespace: string;
  runScc: string;
  cheCluster: CheCluster;
  dwoc: DevWorkspaceOperatorConfig | undefined;
  onRun: (pod: Pod) => void;
  onClose: () => void;
}> = ({ namespace, runScc, cheCluster, dwoc, onRun, onClose }) => {
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
          onClick={() =>
            onRun(buildSmokeTestPod({ cheCluster, dwoc, image: image.trim(), runId: newRunId() }))
          }
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
