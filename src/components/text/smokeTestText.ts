/** The smoke test's own display text: step names, failure explanations, remedy check names. */
import type { Translate as TFunction } from '../../core/translate';
import type {
  SmokeTestAvailability,
  SmokeTestFailure,
  SmokeTestStepId,
  StepStatus,
} from '../../core/smoke-test';

export const stepTitle = (t: TFunction, id: SmokeTestStepId): string => {
  switch (id) {
    case 'admitted':
      return t('Admitted by the run SCC');
    case 'scheduled':
      return t('Scheduled on a node');
    case 'image-pulled':
      return t('Image pulled');
    case 'started':
      return t('Container started');
    case 'pod-user-namespace':
      return t('Pod has its own user namespace');
    case 'devices':
      return t('/dev/fuse and /dev/net/tun present');
    case 'inner-container':
      return t('Nested container ran');
  }
};

export const stepStatusText = (t: TFunction, status: StepStatus): string => {
  switch (status) {
    case 'pass':
      return t('Passed');
    case 'fail':
      return t('Failed');
    case 'running':
      return t('In progress');
    case 'waiting':
      return t('Waiting');
    case 'skipped':
      return t('Not reached');
  }
};

export const failureText = (t: TFunction, reason: SmokeTestFailure, runScc: string): string => {
  switch (reason) {
    case 'scc-not-usable':
      return t(
        'SCC admission refused the pod: you may not use the SCC {{scc}} in this namespace.',
        {
          scc: runScc,
        },
      );
    case 'scc-missing':
      return t('SCC admission refused the pod: the required SCC {{scc}} does not exist.', {
        scc: runScc,
      });
    case 'scc-rejected':
      return t(
        'SCC admission refused the pod: the SCC {{scc}} does not allow what workspace pods ask for, so every new workspace pod is refused too.',
        { scc: runScc },
      );
    case 'other-scc':
      return t('The pod was admitted by another SCC than {{scc}}.', { scc: runScc });
    case 'create-failed':
      return t('The API server did not create the pod.');
    case 'unschedulable':
      return t('No node can run the pod.');
    case 'image-pull-failed':
      return t('The developer image cannot be pulled.');
    case 'container-create-failed':
      return t('The container runtime could not create the container.');
    case 'deadline-exceeded':
      return t('The pod did not finish within its deadline.');
    case 'pod-deleted':
      return t('The pod was deleted before the test finished.');
    case 'timed-out':
      return t('The test did not finish in time.');
    case 'log-unreadable':
      return t('The container log could not be read.');
    case 'no-facts':
      return t('The test script did not run: the image has no shell or printed nothing.');
    case 'no-user-namespace':
      return t(
        'The pod runs in the host user namespace: hostUsers: false had no effect on this node.',
      );
    case 'no-dev-fuse':
      return t(
        'The container has no /dev/fuse: podman falls back to the vfs storage driver, which copies every image layer. The workspace pod annotation must ask CRI-O for /dev/fuse.',
      );
    case 'no-dev-net-tun':
      return t(
        'The container has no /dev/net/tun: rootless podman cannot set up networking. The workspace pod annotation must ask CRI-O for /dev/net/tun.',
      );
    case 'newuidmap-failed':
      return t(
        'newuidmap failed: the image did not rewrite /etc/subuid and /etc/subgid for the pod user namespace (an image without the entrypoint fix, or one whose entrypoint is replaced).',
      );
    case 'inner-run-failed':
      return t('podman run failed inside the pod.');
  }
};

/** Why the summary's "Prove it" button cannot be pressed now (its tooltip). */
export const smokeTestUnavailableText = (
  t: TFunction,
  why: Extract<SmokeTestAvailability, { allowed: false }>['why'],
  namespace: string,
): string => {
  switch (why.reason) {
    case 'checluster-not-loaded':
      return t('The CheCluster is not loaded yet.');
    case 'checking-access':
      return t('Checking your permissions…');
    case 'access-missing':
      return t('You may not: {{missing}} in {{namespace}}.', {
        missing: why.missing.join(', '),
        namespace,
      });
    case 'running':
      return t('A smoke test is running.');
  }
};

export const evidenceLabel = (t: TFunction, key: string): string => {
  switch (key) {
    case 'scc':
      return t('SCC (openshift.io/scc)');
    case 'required':
      return t('Required SCC');
    case 'node':
      return t('Node');
    case 'image':
      return t('Image');
    case 'imageID':
      return t('Image digest');
    case 'pulled':
      return t('Kubelet');
    case 'startedAt':
      return t('Started at');
    case 'uidMap':
      return t('Pod uid_map');
    case 'devFuse':
      return t('/dev/fuse');
    case 'devNetTun':
      return t('/dev/net/tun');
    case 'storageDriver':
      return t('Storage driver');
    case 'innerUidMap':
      return t('Nested container uid_map');
    case 'exitCode':
      return t('Exit code');
    default:
      return key;
  }
};
