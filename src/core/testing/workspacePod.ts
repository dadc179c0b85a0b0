/**
 * Test-only: the pod the DevWorkspace Operator (DWO) and che-operator make of a DevWorkspace, so that
 * fixtures have every container a real workspace pod has (devfile/devworkspace-operator and
 * eclipse-che/che-operator, read at their current main):
 * - devfile containers: `pkg/library/container/conversion.go` convertContainerToK8s (name = the
 *   component, env DEVWORKSPACE_COMPONENT_NAME then the devfile's, the DWOC's container security
 *   context); container contributions (the editor's runtime) merge into the tool container;
 *   preStart components become init containers the same way;
 * - `pkg/library/env/workspaceenv.go` AddCommonEnvironmentVariables: the common env (incl.
 *   HOST_USERS=false only when the DWOC says hostUsers false, DWO >= 0.40) on the devfile
 *   containers and init containers; GetEnvironmentVariablesForProjectClone for project-clone;
 * - `pkg/library/projects/clone.go` GetProjectCloneInitContainer: `project-clone`, first init
 *   container, env but no security context, only when the devfile has projects;
 * - `controllers/workspace/devworkspace_controller.go`: the env is added to the devfile pod
 *   additions before the routing's are merged, so the routing's containers never get it;
 *   `pkg/provision/workspace/routing.go`: routing containers without a security context get the DWOC's;
 * - che-operator `controllers/devworkspace/solver/che_routing.go` provisionPodAdditions: the
 *   `che-gateway` container (traefik, no ports of its own: the Service targets 3030) for
 *   `routingClass: che`;
 * - `pkg/provision/workspace/deployment.go` getSpecDeployment: labels devworkspace_id,
 *   devworkspace_name, creator; the DWOC's podAnnotations; hostUsers and the pod security context
 *   from the DWOC; `pkg/config/sync.go` mergeContainerSecurityContext: the DWOC's container
 *   security context merged over DWO's OpenShift default.
 * Then SCC admission: the SCC the `controller.devfile.io/scc` attribute names when it admits the
 * pod (DWO grants the workspace's service account `use` of it), else the one the caller names.
 */
import type { CheCluster } from '../../models/cheCluster';
import type { DevWorkspaceOperatorConfig } from '../../models/devWorkspaceOperatorConfig';
import type { Container, ContainerSecurity, EnvVar, Pod } from '../../models/pod';
import type { SecurityContextConstraints } from '../../models/securityContextConstraints';
import { SCC_ATTRIBUTE } from '../../models/devWorkspace';
import { coerce, gte } from 'semver';
import type { ShapedComponent, ShapedContainer, ShapedDevWorkspace } from './devWorkspaces';
import { templateNamed } from './devWorkspaces';

export interface BuiltContainer extends Container {
  ports?: { name: string; containerPort: number; protocol: string }[];
  volumeMounts?: { name: string; mountPath: string }[];
  securityContext?: ContainerSecurity & {
    runAsNonRoot?: boolean;
    readOnlyRootFilesystem?: boolean;
    seLinuxOptions?: { type?: string; level?: string };
  };
}

export interface WorkspacePodInputs {
  devWorkspace: ShapedDevWorkspace;
  /** The CheCluster whose routing solver serves `routingClass: che` (gateway image). */
  cheCluster?: CheCluster;
  /** The DWOC the workspace resolves to (its devworkspace-config attribute); none: DWO's defaults. */
  dwoc?: DevWorkspaceOperatorConfig;
  /** The DevWorkspace Operator's version (default 0.40.0). */
  dwoVersion?: string;
  /** The SCC the workspace's `controller.devfile.io/scc` attribute names, as the cluster has it. */
  scc?: SecurityContextConstraints;
  /** The SCC admission picks when the attribute's does not admit the pod (default restricted-v2). */
  otherwiseScc?: string;
  /** The UID restricted-v2 assigns from the namespace's range. */
  namespaceUid?: number;
}

interface DwocWorkspace {
  hostUsers?: boolean | null;
  containerSecurityContext?: ContainerSecurity;
  podSecurityContext?: Record<string, unknown>;
  podAnnotations?: Record<string, string>;
  idleTimeout?: string;
  imagePullPolicy?: string;
}

/** DWO pkg/config/defaults.go defaultOpenShiftContainerSecurityContext. */
const OPENSHIFT_DEFAULT_SC = (): NonNullable<BuiltContainer['securityContext']> => ({
  readOnlyRootFilesystem: false,
  runAsNonRoot: true,
  allowPrivilegeEscalation: false,
  capabilities: { drop: ['ALL'] },
});

/** Strategic merge of a SecurityContext: objects merge, lists (capabilities add/drop) replace. */
const mergedSecurityContext = (patch?: ContainerSecurity): BuiltContainer['securityContext'] => {
  const base = OPENSHIFT_DEFAULT_SC();
  if (!patch) return base;
  return {
    ...base,
    ...patch,
    capabilities: { ...base.capabilities, ...patch.capabilities },
  };
};

const atLeast = (version: string, minimum: string): boolean => {
  const v = coerce(version);
  return v !== null && gte(v, minimum);
};

/** A short deterministic token from a string (the ReplicaSet hash and pod suffix stand-ins). */
const token = (s: string, length: number): string => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  let out = '';
  for (let i = 0; i < length; i++, h = Math.imul(h, 2654435761) >>> 0) {
    out += alphabet[h % alphabet.length];
  }
  return out;
};

const toK8s = (
  component: ShapedComponent,
  c: ShapedContainer,
  sc: BuiltContainer['securityContext'],
  pullPolicy: string,
  projectSource: string | undefined,
): BuiltContainer => {
  const env: EnvVar[] = [{ name: 'DEVWORKSPACE_COMPONENT_NAME', value: component.name ?? '' }];
  for (const e of c.env ?? []) env.push({ name: e.name ?? '', value: e.value ?? '' });
  const volumeMounts = (c.volumeMounts ?? []).map((v) => ({ name: v.name, mountPath: v.path }));
  // pkg/library/container/mountSources.go: mountSources defaults to true.
  if (c.mountSources !== false && projectSource !== undefined) {
    env.push({ name: 'PROJECTS_ROOT', value: '/projects' });
    env.push({ name: 'PROJECT_SOURCE', value: projectSource });
    volumeMounts.push({ name: 'claim-devworkspace', mountPath: '/projects' });
  }
  return {
    name: component.name,
    image: c.image,
    ...(c.command ? { command: c.command } : {}),
    ...(c.args ? { args: c.args } : {}),
    ...((c.endpoints ?? []).length > 0
      ? {
          ports: (c.endpoints ?? []).map((e) => ({
            name: `${e.targetPort}-tcp`,
            containerPort: e.targetPort,
            protocol: 'TCP',
          })),
        }
      : {}),
    env,
    resources: {
      limits: { memory: c.memoryLimit ?? '128Mi', ...(c.cpuLimit ? { cpu: c.cpuLimit } : {}) },
      requests: {
        memory: c.memoryRequest ?? '64Mi',
        ...(c.cpuRequest ? { cpu: c.cpuRequest } : {}),
      },
    },
    volumeMounts,
    imagePullPolicy: pullPolicy,
    securityContext: structuredClone(sc),
  };
};

/** The devfile's components with the referenced templates inlined (DWO's flatten). */
const flattened = (
  dw: ShapedDevWorkspace,
): { components: ShapedComponent[]; preStart: Set<string> } => {
  const components: ShapedComponent[] = [];
  const preStart = new Set<string>();
  const refs = [
    ...(dw.spec?.template?.components ?? []),
    ...(dw.spec?.contributions ?? []).map((c) => ({
      name: c.name,
      plugin: { kubernetes: c.kubernetes },
    })),
  ];
  for (const component of refs) {
    const template = component.plugin ? templateNamed(component.plugin.kubernetes.name) : undefined;
    if (!component.plugin) components.push(component);
    for (const c of template?.components ?? []) components.push(c);
    for (const name of template?.preStart ?? []) preStart.add(name);
  }
  return { components, preStart };
};

/** che-operator pkg/common/utils GetPullPolicyFromDockerImage. */
const pullPolicyOf = (image: string): string =>
  /:(latest|next)$/.test(image) || !/[:@]/.test(image.split('/').pop() ?? '')
    ? 'Always'
    : 'IfNotPresent';

/** What SCC admission would refuse the pod for (the checks the simulated admission makes). */
export const sccRefuses = (pod: Pod, scc: SecurityContextConstraints): boolean => {
  if (scc.userNamespaceLevel === 'RequirePodLevel' && pod.spec?.hostUsers !== false) return true;
  const allowed = new Set([
    ...(scc.allowedCapabilities ?? []),
    ...(scc.defaultAddCapabilities ?? []),
  ]);
  const uid = scc.runAsUser?.type === 'MustRunAs' ? scc.runAsUser.uid : undefined;
  return [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])].some((c) => {
    const sc = c.securityContext ?? {};
    if ((sc.capabilities?.add ?? []).some((cap) => !allowed.has('*') && !allowed.has(cap)))
      return true;
    if (sc.privileged && !scc.allowPrivilegedContainer) return true;
    if (sc.allowPrivilegeEscalation === true && scc.allowPrivilegeEscalation === false) return true;
    return uid !== undefined && sc.runAsUser !== undefined && sc.runAsUser !== uid;
  });
};

/** What admission writes into an admitted pod: the SCC's UID, SELinux type, required drops, groups. */
const admit = (
  pod: Pod,
  sccName: string,
  scc: SecurityContextConstraints | undefined,
  uid: number,
): void => {
  const mustRunUid = scc?.runAsUser?.type === 'MustRunAs' ? scc.runAsUser.uid : undefined;
  const assigned = mustRunUid ?? uid;
  const drop = scc?.requiredDropCapabilities ?? (scc ? [] : ['ALL']);
  const seType = scc?.seLinuxContext?.seLinuxOptions?.type;
  for (const c of [
    ...(pod.spec?.initContainers ?? []),
    ...(pod.spec?.containers ?? []),
  ] as BuiltContainer[]) {
    const sc = (c.securityContext ??= {});
    sc.runAsUser ??= assigned;
    if (seType) sc.seLinuxOptions = { ...sc.seLinuxOptions, type: seType };
    else if (!scc) sc.seLinuxOptions = { level: 's0:c26,c15' };
    const dropped = new Set([...(sc.capabilities?.drop ?? []), ...drop]);
    if (dropped.size > 0) sc.capabilities = { ...sc.capabilities, drop: [...dropped] };
  }
  const group = scc?.fsGroup?.ranges?.[0]?.min ?? uid;
  const spec = pod.spec ?? {};
  spec.securityContext = {
    ...spec.securityContext,
    fsGroup: group,
    ...(scc?.supplementalGroups?.type === 'MustRunAs' ? { supplementalGroups: [group] } : {}),
    ...(scc ? {} : { seccompProfile: { type: 'RuntimeDefault' } }),
  };
  pod.metadata!.annotations = {
    ...pod.metadata!.annotations,
    'openshift.io/scc': sccName,
    'security.openshift.io/validated-scc-subject-type': 'serviceaccount',
  };
};

/** The running pod of a started workspace; undefined for a stopped one (DWO scales it to zero). */
export const buildWorkspacePod = (inputs: WorkspacePodInputs): Pod | undefined => {
  const dw = inputs.devWorkspace;
  if (dw.spec?.started !== true) return undefined;
  const dwoVersion = inputs.dwoVersion ?? '0.40.0';
  const config: DwocWorkspace = inputs.dwoc?.config?.workspace ?? {};
  // The DWOC CRD of a DWO before 0.37 has no hostUsers: the API server pruned it.
  const hostUsers = atLeast(dwoVersion, '0.37.0') ? (config.hostUsers ?? undefined) : undefined;
  const id = dw.status?.devworkspaceId ?? '';
  const name = dw.metadata?.name ?? '';
  const namespace = dw.metadata?.namespace ?? '';
  const creator = dw.metadata?.labels?.['controller.devfile.io/creator'] ?? '';
  const sc = mergedSecurityContext(config.containerSecurityContext);
  const pullPolicy = config.imagePullPolicy ?? 'Always';
  const projects = dw.spec?.template?.projects ?? [];
  const projectSource = projects.length > 0 ? `/projects/${projects[0].name}` : undefined;

  const { components, preStart } = flattened(dw);
  const containers: BuiltContainer[] = [];
  const initContainers: BuiltContainer[] = [];
  const contributions: ShapedComponent[] = [];
  for (const component of components) {
    if (!component.container) continue;
    if (component.attributes?.['controller.devfile.io/container-contribution'] === true) {
      contributions.push(component);
      continue;
    }
    const k8s = toK8s(component, component.container, sc, pullPolicy, projectSource);
    (preStart.has(component.name ?? '') ? initContainers : containers).push(k8s);
  }
  // flatten/merge.go: a contribution merges into the first tool container (mounts, ports).
  const target = containers[0];
  for (const c of contributions) {
    if (!target) break;
    const extra = toK8s(c, c.container!, sc, pullPolicy, undefined);
    target.volumeMounts = [...(target.volumeMounts ?? []), ...(extra.volumeMounts ?? [])];
    target.ports = [...(target.ports ?? []), ...(extra.ports ?? [])];
  }
  // workspaceenv.go commonEnvironmentVariables.
  const common: EnvVar[] = [
    { name: 'DEVWORKSPACE_NAMESPACE', value: namespace },
    { name: 'DEVWORKSPACE_NAME', value: name },
    { name: 'DEVWORKSPACE_ID', value: id },
    { name: 'DEVWORKSPACE_CREATOR', value: creator },
    { name: 'DEVWORKSPACE_IDLE_TIMEOUT', value: config.idleTimeout ?? '15m' },
    ...(hostUsers === false && atLeast(dwoVersion, '0.40.0')
      ? [{ name: 'HOST_USERS', value: 'false' }]
      : []),
    { name: 'SSH_ASKPASS', value: '/.ssh-askpass/ssh-askpass.sh' },
    { name: 'DISPLAY', value: ':0' },
  ];
  for (const c of [...containers, ...initContainers]) c.env = [...(c.env ?? []), ...common];
  // clone.go: only with projects and container components; bare (no security context).
  if (projectSource !== undefined && containers.length > 0) {
    initContainers.unshift({
      name: 'project-clone',
      image: 'registry.redhat.io/devspaces/project-clone-rhel9:3.24',
      env: [...common, { name: 'PROJECTS_ROOT', value: '/projects' }],
      resources: {
        limits: { memory: '1Gi', cpu: '1000m' },
        requests: { memory: '128Mi', cpu: '100m' },
      },
      volumeMounts: [{ name: 'claim-devworkspace', mountPath: '/projects' }],
      imagePullPolicy: pullPolicy,
    });
  }
  // che_routing.go provisionPodAdditions, merged after the env was added; routing.go gives it the SC.
  if (dw.spec?.routingClass === 'che') {
    // RELATED_IMAGE_single_host_gateway (config/manager/manager.yaml; Dev Spaces ships its own build).
    const cc = inputs.cheCluster?.metadata;
    const image =
      `${cc?.namespace}/${cc?.name}`.includes('devspaces') || !cc
        ? 'registry.redhat.io/devspaces/traefik-rhel9:3.24'
        : 'quay.io/eclipse/che--traefik:v3.7.10-9c3b91d5fb7770853ca5c1124a23c34bf2d9b47ffaebeab2614cbaf410dcb2ac';
    containers.push({
      name: 'che-gateway',
      image,
      imagePullPolicy: pullPolicyOf(image),
      volumeMounts: [{ name: 'che-gateway', mountPath: '/etc/traefik' }],
      resources: { limits: { memory: '256Mi' }, requests: { memory: '64Mi', cpu: '50m' } },
      securityContext: structuredClone(sc),
    });
  }

  const hash = token(id, 9);
  const pod: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${id}-${hash}-${token(`${id}/pod`, 5)}`,
      namespace,
      labels: {
        'controller.devfile.io/devworkspace_id': id,
        'controller.devfile.io/devworkspace_name': name,
        'controller.devfile.io/creator': creator,
        'pod-template-hash': hash,
      },
      annotations: {
        ...config.podAnnotations,
        ...(dw.metadata?.annotations?.['controller.devfile.io/restricted-access']
          ? { 'controller.devfile.io/restricted-access': 'true' }
          : {}),
      },
    },
    spec: {
      ...(hostUsers !== undefined ? { hostUsers } : {}),
      serviceAccountName: `${id}-sa`,
      securityContext: { ...(config.podSecurityContext as object) },
      initContainers,
      containers,
      restartPolicy: 'Always',
    },
    status: {
      phase: 'Running',
      containerStatuses: containers.map((c) => ({
        name: c.name,
        image: c.image,
        imageID: `${(c.image ?? '').split(/[:@]/)[0]}@sha256:${token(c.image ?? '', 16)}`,
        started: true,
        state: { running: { startedAt: '2026-01-01T00:05:00Z' } },
      })),
    },
  };
  const wanted = dw.spec?.template?.attributes?.[SCC_ATTRIBUTE];
  const named =
    typeof wanted === 'string' && inputs.scc?.metadata?.name === wanted ? inputs.scc : undefined;
  if (named && !sccRefuses(pod, named))
    admit(pod, wanted as string, named, inputs.namespaceUid ?? 1000680000);
  else
    admit(
      pod,
      inputs.otherwiseScc ?? 'restricted-v2',
      undefined,
      inputs.namespaceUid ?? 1000680000,
    );
  return pod;
};
