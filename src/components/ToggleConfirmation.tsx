import * as React from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  List,
  ListItem,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  Stack,
  StackItem,
} from '@patternfly/react-core';
import type { CheClusterReport, LegacyWorkspace, ToggleDecision } from '../core/results';
import { useClusterTarget } from '../hooks/useClusterTarget';
import { useToggleSubmission } from '../hooks/useToggleSubmission';
import { I18N_NAMESPACE } from '../i18n';
import type { CheCluster } from '../models/cheCluster';
import { findingText, patchFailureTitle } from './text';
import { useStableId } from './useStableId';
import { UnverifiedGates } from './UnverifiedGates';

/** How many affected workspaces the dialog names before summarising. */
export const NAMED_WORKSPACES = 5;

/** The first few affected workspaces by name, and how many more. */
const NamedWorkspaces: React.FC<{ workspaces: LegacyWorkspace[] }> = ({ workspaces }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const named = workspaces.slice(0, NAMED_WORKSPACES);
  return (
    <>
      <List>
        {named.map((w) => (
          <ListItem key={`${w.namespace}/${w.name}`}>{`${w.namespace}/${w.name}`}</ListItem>
        ))}
      </List>
      {workspaces.length > named.length &&
        t('…and {{more}} more.', { more: String(workspaces.length - named.length) })}
    </>
  );
};

const OpenWarnings: React.FC<{
  cheClusterReport: CheClusterReport;
  warnings: ToggleDecision['warnings'];
}> = ({ cheClusterReport, warnings }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  if (warnings.length === 0) return null;
  return (
    <StackItem data-test="confirm-warnings">
      <Alert isInline variant="warning" title={t('Warnings still open')}>
        <List>
          {warnings.map((w) => (
            <ListItem key={`${w.check}-${w.reason}`}>
              {findingText(t, cheClusterReport, w)}
            </ListItem>
          ))}
        </List>
      </Alert>
    </StackItem>
  );
};

/** The workspaces a change leaves unable to start: none, or a warning naming the first few. */
const AffectedWorkspaces: React.FC<{
  dataTest: string;
  workspaces: LegacyWorkspace[];
  none: string;
  title: string;
  variant?: 'warning' | 'info';
}> = ({ dataTest, workspaces, none, title, variant = 'warning' }) => (
  <StackItem data-test={dataTest} data-count={workspaces.length}>
    {workspaces.length === 0 ? (
      none
    ) : (
      <Alert isInline variant={variant} title={title}>
        <NamedWorkspaces workspaces={workspaces} />
      </Alert>
    )}
  </StackItem>
);

const EnableConsequences: React.FC<{
  cheClusterReport: CheClusterReport;
  confirmed: boolean;
  onConfirmed: (confirmed: boolean) => void;
}> = ({ cheClusterReport, confirmed, onConfirmed }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  // The legacy workspaces are listed above; the other open findings follow.
  const warnings = cheClusterReport.enable.warnings.filter((w) => w.check !== 'legacy-workspaces');
  const legacy = cheClusterReport.legacyWorkspaces;
  const unrecorded = cheClusterReport.unrecordedWorkspaces;
  return (
    <Stack hasGutter>
      <StackItem>
        {t(
          'The Dev Spaces operator will create the SCC {{scc}}, which runs every new workspace pod in its own user namespace, and allow users and the DevWorkspace controller to use it.',
          { scc: cheClusterReport.runScc },
        )}
      </StackItem>
      <UnverifiedGates
        cheClusterReport={cheClusterReport}
        unverified={cheClusterReport.enable.unverified}
        confirmed={confirmed}
        onConfirmed={onConfirmed}
      />
      <AffectedWorkspaces
        dataTest="confirm-legacy"
        workspaces={legacy}
        none={t('No existing workspace has to be recreated.')}
        title={t(
          'Workspaces created with another SCC cannot start once nested containers are on (the SCC they recorded cannot be changed); their owners must recreate them: {{n}}',
          { n: String(legacy.length) },
        )}
      />
      {unrecorded.length > 0 && (
        <AffectedWorkspaces
          dataTest="confirm-unrecorded"
          workspaces={unrecorded}
          none=""
          variant="info"
          title={t(
            'Workspaces with no recorded SCC keep starting from the dashboard, which records {{scc}}; started another way (oc, a GitOps tool) they are refused until the SCC is recorded: {{n}}',
            { scc: cheClusterReport.runScc, n: String(unrecorded.length) },
          )}
        />
      )}
      <OpenWarnings cheClusterReport={cheClusterReport} warnings={warnings} />
    </Stack>
  );
};

const DisableConsequences: React.FC<{ cheClusterReport: CheClusterReport }> = ({
  cheClusterReport,
}) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  // The workspaces that lose their SCC are listed here; any other finding follows.
  const warnings = cheClusterReport.disable.warnings.filter((w) => w.check !== 'legacy-workspaces');
  const affected = cheClusterReport.runSccWorkspaces;
  return (
    <Stack hasGutter>
      <StackItem>
        {t(
          'New workspace pods no longer get a user namespace, /dev/fuse or /dev/net/tun, so podman run inside them stops working. The operator deletes the SCC {{scc}} it created and the roles that grant it.',
          { scc: cheClusterReport.runScc },
        )}
      </StackItem>
      <AffectedWorkspaces
        dataTest="confirm-run-scc-workspaces"
        workspaces={affected}
        none={t('No existing workspace was created with nested containers on.')}
        title={t(
          'Workspaces created with nested containers on recorded the SCC {{scc}}: running ones keep running until they stop, then they cannot start again and their owners must recreate them: {{n}}',
          { scc: cheClusterReport.runScc, n: String(affected.length) },
        )}
      />
      <OpenWarnings cheClusterReport={cheClusterReport} warnings={warnings} />
    </Stack>
  );
};

/**
 * Says what the change will do and asks to confirm; the submission (useToggleSubmission) sends
 * the core's patch, keeps the dialog open with a spinner and then the cause if it fails.
 */
export const ToggleConfirmation: React.FC<{
  enable: boolean;
  cheClusterReport: CheClusterReport;
  cheCluster: CheCluster;
  onClose: () => void;
}> = ({ enable: requested, cheClusterReport, cheCluster, onClose }) => {
  const { t } = useTranslation(I18N_NAMESPACE);
  const { enable, submitting, failure, confirm } = useToggleSubmission(
    requested,
    cheCluster,
    onClose,
  );
  // A managed cluster of the fleet is named: the patch goes there, not to this console's cluster.
  const { cluster } = useClusterTarget();
  const titleId = useStableId('dsnc-confirm-title');
  const close = () => {
    if (!submitting) onClose();
  };
  const ref = `${cheClusterReport.cheCluster.namespace}/${cheClusterReport.cheCluster.name}`;
  // Turning on past gates that could not be read needs the checkbox; a different list (a gate
  // read meanwhile, or a new one refused) asks again.
  const unverified = enable ? cheClusterReport.enable.unverified : [];
  const unverifiedKey = unverified.map((u) => `${u.check}/${u.reason}`).join();
  const [confirmed, setConfirmed] = React.useState<{ key: string; value: boolean }>({
    key: unverifiedKey,
    value: false,
  });
  const pastUnverified = confirmed.key === unverifiedKey && confirmed.value;
  const onConfirmed = (value: boolean) => setConfirmed({ key: unverifiedKey, value });
  const needsConfirmation = unverified.length > 0 && !pastUnverified;

  return (
    <Modal
      isOpen
      variant="medium"
      onClose={close}
      aria-labelledby={titleId}
      data-test="nested-containers-confirm"
    >
      <ModalHeader
        labelId={titleId}
        title={
          cluster === undefined
            ? enable
              ? t('Turn on nested containers for {{ref}}?', { ref })
              : t('Turn off nested containers for {{ref}}?', { ref })
            : enable
              ? t('Turn on nested containers for {{ref}} on cluster {{cluster}}?', { ref, cluster })
              : t('Turn off nested containers for {{ref}} on cluster {{cluster}}?', {
                  ref,
                  cluster,
                })
        }
        titleIconVariant={enable ? undefined : 'warning'}
      />
      <ModalBody>
        <Stack hasGutter>
          <StackItem>
            {enable ? (
              <EnableConsequences
                cheClusterReport={cheClusterReport}
                confirmed={pastUnverified}
                onConfirmed={onConfirmed}
              />
            ) : (
              <DisableConsequences cheClusterReport={cheClusterReport} />
            )}
          </StackItem>
          {failure && (
            <StackItem>
              <Alert
                isInline
                variant="danger"
                title={patchFailureTitle(t, failure)}
                data-test="toggle-error"
                data-kind={failure.kind}
              >
                {failure.status
                  ? t('HTTP {{status}}: {{message}}', {
                      status: String(failure.status),
                      message: failure.message,
                    })
                  : failure.message}
              </Alert>
            </StackItem>
          )}
        </Stack>
      </ModalBody>
      <ModalFooter>
        <Button
          variant={enable ? 'primary' : 'danger'}
          onClick={confirm}
          isLoading={submitting}
          spinnerAriaValueText={t('Applying…')}
          isDisabled={submitting || needsConfirmation}
          data-test="nested-containers-confirm-button"
        >
          {submitting
            ? t('Applying…')
            : enable
              ? t('Turn on nested containers')
              : t('Turn off nested containers')}
        </Button>
        <Button variant="link" onClick={close} isDisabled={submitting}>
          {t('Cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
};
