/**
 * The smoke-test pod: one short-lived pod shaped like a workspace pod under the feature, from the
 * CheCluster and the DevWorkspaceOperatorConfig che-operator wrote from it (DOMAIN.md).
 *
 * Where it runs: the CheCluster's namespace (docs/smoke-test.md). With
 * `openshift.io/required-scc`, SCC admission considers only that SCC and admits the pod only if
 * the creating user or the pod's service account may `use` it in the pod's namespace
 * (openshift/apiserver-library-go sccadmission listSortedSCCs and the SCC authorizer check). The
 * administrator creates the pod, so the administrator's own `use` is what admits it; without the
 * annotation, an administrator's pod could be admitted by a more privileged SCC (e.g. anyuid,
 * priority 10) and prove nothing about the run SCC.
 */
import type { ContainerSecurityContext } from '../../models/cheCluster';
import {
  CRIO_DEVICES_ANNOTATION,
  CRIO_DEVICES_VALUE,
  type CheCluster,
} from '../../models/cheCluster';
import type { DevWorkspaceOperatorConfig } from '../../models/devWorkspaceOperatorConfig';
import type { Pod } from '../../models/pod';
import { runSccName } from '../cheCluster';
import { at, dict, isDict, list, namespaceOf, str } from '../guards';
import {
  REQUIRED_SCC_ANNOTATION,
  SMOKE_TEST_CONTAINER,
  SMOKE_TEST_DEADLINE_SECONDS,
  SMOKE_TEST_LABEL,
  SMOKE_TEST_NAME_PREFIX,
} from './names';
import { SMOKE_TEST_SCRIPT } from './script';

/** Enough for podman and one nested `cat`; small enough to fit any workspace quota. */
export const SMOKE_TEST_RESOURCES = {
  requests: { cpu: '100m', memory: '128Mi' },
  limits: { cpu: '500m', memory: '512Mi' },
};
/**
 * che-operator's upstream default component image (config/manager/manager.yaml,
 * CHE_DEFAULT_SPEC_DEVENVIRONMENTS_DEFAULTCOMPONENTS). The Dev Spaces operator injects its own
 * udi-rhel9 digest there; the plugin cannot read the operator Deployment, so the confirmation
 * shows the image and lets the administrator replace it.
 */
export const UPSTREAM_DEFAULT_IMAGE = 'quay.io/devfile/universal-developer-image:ubi9-latest';

/** CRD defaults of containerRunConfiguration (org.eclipse.che_checlusters.yaml). */
const DEFAULT_RUN_SECURITY_CONTEXT: ContainerSecurityContext = {
  procMount: 'Unmasked',
  allowPrivilegeEscalation: true,
  capabilities: { add: ['SETGID', 'SETUID', 'CHOWN'] },
};

export type ImageSource = 'checluster' | 'operator-default';

/** The first container image of `spec.devEnvironments.defaultComponents`, if the CheCluster sets one. */
export const defaultImageOf = (
  cheCluster: CheCluster | undefined,
): { image: string; source: ImageSource } => {
  for (const c of list(at(cheCluster, 'spec', 'devEnvironments', 'defaultComponents'))) {
    const image = str(at(c, 'container', 'image'));
    if (image) return { image, source: 'checluster' };
  }
  return { image: UPSTREAM_DEFAULT_IMAGE, source: 'operator-default' };
};

const runConfig = (cc: CheCluster | undefined) =>
  dict(at(cc, 'spec', 'devEnvironments', 'containerRunConfiguration'));

/** The DWOC's values when it has them (what workspaces get), else the CheCluster's effective ones. */
const containerSecurityContextOf = (
  cc: CheCluster | undefined,
  dwoc: DevWorkspaceOperatorConfig | undefined,
): ContainerSecurityContext => {
  const fromDwoc = at(dwoc, 'config', 'workspace', 'containerSecurityContext');
  if (isDict(fromDwoc)) return structuredClone(fromDwoc);
  const fromCc = runConfig(cc).containerSecurityContext;
  return structuredClone(isDict(fromCc) ? fromCc : DEFAULT_RUN_SECURITY_CONTEXT);
};

const podAnnotationsOf = (
  cc: CheCluster | undefined,
  dwoc: DevWorkspaceOperatorConfig | undefined,
): Record<string, string> => {
  const fromDwoc = at(dwoc, 'config', 'workspace', 'podAnnotations');
  const fromCc = runConfig(cc).workspacesPodAnnotations;
  const source = isDict(fromDwoc)
    ? fromDwoc
    : isDict(fromCc)
      ? fromCc
      : { [CRIO_DEVICES_ANNOTATION]: CRIO_DEVICES_VALUE };
  return Object.fromEntries(
    Object.entries(source).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
};

export interface SmokeTestPodInput {
  cheCluster: CheCluster;
  dwoc: DevWorkspaceOperatorConfig | undefined;
  image: string;
  /** Lower-case alphanumeric; names the pod and labels it. */
  runId: string;
}

export const smokeTestPodName = (runId: string): string => `${SMOKE_TEST_NAME_PREFIX}${runId}`;

/** The namespace the smoke test uses: the CheCluster's (see the file comment). */
export const smokeTestNamespace = (cheCluster: CheCluster | undefined): string =>
  namespaceOf(cheCluster);

export const buildSmokeTestPod = ({ cheCluster, dwoc, image, runId }: SmokeTestPodInput): Pod => {
  const podSecurityContext = at(dwoc, 'config', 'workspace', 'podSecurityContext');
  const imagePullPolicy = str(at(dwoc, 'config', 'workspace', 'imagePullPolicy'));
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: smokeTestPodName(runId),
      namespace: smokeTestNamespace(cheCluster),
      labels: {
        [SMOKE_TEST_LABEL]: runId,
        'app.kubernetes.io/part-of': 'devspaces-nested-containers-plugin',
      },
      annotations: {
        ...podAnnotationsOf(cheCluster, dwoc),
        [REQUIRED_SCC_ANNOTATION]: runSccName(cheCluster),
      },
    },
    spec: {
      hostUsers: false,
      restartPolicy: 'Never',
      activeDeadlineSeconds: SMOKE_TEST_DEADLINE_SECONDS,
      // The test needs no API access; a workspace's token is no business of a smoke test.
      automountServiceAccountToken: false,
      ...(isDict(podSecurityContext)
        ? { securityContext: structuredClone(podSecurityContext) }
        : {}),
      containers: [
        {
          name: SMOKE_TEST_CONTAINER,
          image,
          ...(imagePullPolicy ? { imagePullPolicy } : {}),
          args: ['sh', '-c', SMOKE_TEST_SCRIPT],
          // DWO >= 0.40 injects this into every workspace container; the entrypoint needs it.
          env: [{ name: 'HOST_USERS', value: 'false' }],
          resources: structuredClone(SMOKE_TEST_RESOURCES),
          securityContext: containerSecurityContextOf(cheCluster, dwoc),
        },
      ],
    },
  };
};
