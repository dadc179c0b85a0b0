/**
 * Test-only DevWorkspaces as their creators build them, with every label, annotation and attribute
 * they set, so the "whose workspace" rule is tested on real shapes rather than on the one field it
 * reads:
 * - Dev Spaces: che-dashboard devWorkspaceClient.ts (createDevWorkspace sets `routingClass: che`,
 *   the editor and timestamp annotations; managePvcStrategy adds the `devworkspace-config`
 *   attribute at start; manageHostUsersEnvVar the component's HOST_USERS);
 * - Web Terminal: console webterminal-plugin cloud-shell-utils.ts newCloudShellWorkSpace (label
 *   `console.openshift.io/terminal`, restricted-access and source annotations, `routingClass:
 *   web-terminal`, the tooling and exec DevWorkspaceTemplates of the Web Terminal Operator);
 * - a DWO sample (devworkspace-operator samples/code-latest.yaml: no routingClass).
 * DWO's webhook adds the creator label to each. Pods: what DWO makes of a Web Terminal under
 * restricted-v2 (web-terminal-operator pkg/webterminal tooling.go and exec.go for the containers,
 * pkg/library/env/workspaceenv.go for the common env). Each call returns a fresh object.
 */
import type { DevWorkspace } from '../../models/devWorkspace';
import { DWOC_ATTRIBUTE, SCC_ATTRIBUTE } from '../../models/devWorkspace';
import type { Pod } from '../../models/pod';

export interface DashboardWorkspaceOptions {
  namespace?: string;
  name?: string;
  id?: string;
  creator?: string;
  started?: boolean;
  /** Default `container-run`; null: none recorded. */
  scc?: string | null;
  /** Namespace of the CheCluster whose DWOC the attribute names; null: no attribute (never started). */
  dwocNamespace?: string | null;
  /** Default `che`; null: none (a workspace applied by hand with only the DWOC attribute). */
  routingClass?: string | null;
}

/** A Dev Spaces workspace the dashboard created and started with nested containers on. */
export const dashboardWorkspace = (o: DashboardWorkspaceOptions = {}): DevWorkspace => {
  const name = o.name ?? 'nodejs-web-app';
  const namespace = o.namespace ?? 'alice-devspaces';
  const id = o.id ?? 'workspace5f2a1c9e8b7d4a60';
  const started = o.started ?? true;
  const attributes: Record<string, unknown> = { 'controller.devfile.io/storage-type': 'per-user' };
  if (o.dwocNamespace !== null) {
    const ns = o.dwocNamespace ?? 'openshift-devspaces';
    attributes[DWOC_ATTRIBUTE] = { name: 'devworkspace-config', namespace: ns };
  }
  if (o.scc !== null) attributes[SCC_ATTRIBUTE] = o.scc ?? 'container-run';
  const dw = {
    apiVersion: 'workspace.devfile.io/v1alpha2',
    kind: 'DevWorkspace',
    metadata: {
      name,
      namespace,
      labels: { 'controller.devfile.io/creator': o.creator ?? 'uid-alice' },
      annotations: {
        'che.eclipse.org/che-editor': 'che-incubator/che-code/latest',
        'che.eclipse.org/last-updated-timestamp': '2026-11-20T09:14:03.512Z',
      },
      finalizers: ['storage.controller.devfile.io'],
    },
    spec: {
      started,
      ...(o.routingClass === null ? {} : { routingClass: o.routingClass ?? 'che' }),
      template: {
        attributes,
        projects: [
          {
            name,
            git: { remotes: { origin: `https://github.com/che-samples/${name}.git` } },
          },
        ],
        components: [
          {
            name: 'universal-developer-image',
            container: {
              image: 'quay.io/devfile/universal-developer-image:ubi9-latest',
              memoryLimit: '4Gi',
              mountSources: true,
              env: [
                { name: 'CHE_DASHBOARD_URL', value: 'https://devspaces.apps.example.com' },
                { name: 'HOST_USERS', value: 'false' },
              ],
            },
          },
        ],
      },
      contributions: [{ name: 'editor', kubernetes: { name: `che-code-${name}` } }],
    },
    status: {
      devworkspaceId: id,
      phase: started ? 'Running' : 'Stopped',
      ...(started ? { mainUrl: `https://devspaces.apps.example.com/alice/${name}/3100/` } : {}),
    },
  };
  return dw;
};

export interface WebTerminalOptions {
  /** Default `openshift-terminal` (an administrator's); a developer's lands in their project. */
  namespace?: string;
  name?: string;
  id?: string;
  creator?: string;
  started?: boolean;
}

/** The Web Terminal Operator's namespace, where its DevWorkspaceTemplates live. */
const WTO_NAMESPACE = 'openshift-operators';

/** A Web Terminal as the console creates it (createCloudShellResourceName: `terminal-<6 chars>`). */
export const webTerminalWorkspace = (o: WebTerminalOptions = {}): DevWorkspace => {
  const started = o.started ?? true;
  const plugin = (name: string) => ({
    name,
    plugin: { kubernetes: { name, namespace: WTO_NAMESPACE } },
  });
  const dw = {
    apiVersion: 'workspace.devfile.io/v1alpha2',
    kind: 'DevWorkspace',
    metadata: {
      name: o.name ?? 'terminal-k7x2qp',
      namespace: o.namespace ?? 'openshift-terminal',
      labels: {
        'console.openshift.io/terminal': 'true',
        'controller.devfile.io/creator': o.creator ?? 'uid-kubeadmin',
      },
      annotations: {
        'controller.devfile.io/restricted-access': 'true',
        'controller.devfile.io/devworkspace-source': 'web-terminal',
      },
    },
    spec: {
      started,
      routingClass: 'web-terminal',
      template: { components: [plugin('web-terminal-tooling'), plugin('web-terminal-exec')] },
    },
    status: {
      devworkspaceId: o.id ?? 'workspace0e1d2c3b4a596877',
      phase: started ? 'Running' : 'Stopped',
      ...(started ? { mainUrl: 'https://workspace0e1d2c3b4a596877-exec.apps.example.com' } : {}),
    },
  };
  return dw;
};

/** DWO's own sample (no routingClass: DWO's basic routing), applied with `oc apply`. */
export const dwoSampleWorkspace = (
  o: { namespace?: string; id?: string; creator?: string } = {},
): DevWorkspace => {
  const dw = {
    kind: 'DevWorkspace',
    apiVersion: 'workspace.devfile.io/v1alpha2',
    metadata: {
      name: 'code-latest',
      namespace: o.namespace ?? 'dwo-samples',
      labels: { 'controller.devfile.io/creator': o.creator ?? 'uid-carol' },
    },
    spec: {
      started: true,
      template: {
        projects: [
          {
            name: 'web-nodejs-sample',
            git: { remotes: { origin: 'https://github.com/che-samples/web-nodejs-sample.git' } },
          },
        ],
      },
      contributions: [
        {
          name: 'che-code',
          uri: 'https://eclipse-che.github.io/che-plugin-registry/main/v3/plugins/che-incubator/che-code/latest/devfile.yaml',
        },
      ],
    },
    status: { devworkspaceId: o.id ?? 'workspace7a6b5c4d3e2f1a09', phase: 'Running' },
  };
  // Its template has no field the model lists (the model keeps only what the plugin reads).
  return dw as DevWorkspace;
};

/** The env DWO gives every devfile container (workspaceenv.go commonEnvironmentVariables). */
const commonEnv = (dw: DevWorkspace, component: string) => [
  { name: 'DEVWORKSPACE_NAMESPACE', value: dw.metadata?.namespace },
  { name: 'DEVWORKSPACE_NAME', value: dw.metadata?.name },
  { name: 'DEVWORKSPACE_ID', value: dw.status?.devworkspaceId },
  { name: 'DEVWORKSPACE_CREATOR', value: dw.metadata?.labels?.['controller.devfile.io/creator'] },
  { name: 'DEVWORKSPACE_IDLE_TIMEOUT', value: '15m' },
  { name: 'SSH_ASKPASS', value: '/.ssh-askpass/ssh-askpass.sh' },
  { name: 'DISPLAY', value: ':0' },
  { name: 'DEVWORKSPACE_COMPONENT_NAME', value: component },
];

/** restricted-v2 as SCC admission leaves a container: the namespace's UID, nothing added. */
const restrictedV2 = (uid: number) => ({
  allowPrivilegeEscalation: false,
  capabilities: { drop: ['ALL'] },
  runAsNonRoot: true,
  runAsUser: uid,
});

/**
 * The pod DWO runs for a Web Terminal: its two containers, no routing container (the Web Terminal's
 * routing adds none), `hostUsers` unset, admitted under restricted-v2 (the workspace's service
 * account may use no other SCC).
 */
export const webTerminalPod = (dw: DevWorkspace, uid = 1000690000): Pod => {
  const id = dw.status?.devworkspaceId ?? '';
  const pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${id}-6d8b9c7f5-q4w8r`,
      namespace: dw.metadata?.namespace,
      labels: {
        'controller.devfile.io/devworkspace_id': id,
        'controller.devfile.io/devworkspace_name': dw.metadata?.name,
        'controller.devfile.io/creator': dw.metadata?.labels?.['controller.devfile.io/creator'],
      },
      annotations: { 'openshift.io/scc': 'restricted-v2' },
    },
    spec: {
      serviceAccountName: `${id}-sa`,
      securityContext: {
        fsGroup: uid,
        seLinuxOptions: { level: 's0:c26,c15' },
        seccompProfile: { type: 'RuntimeDefault' },
      },
      containers: [
        {
          name: 'web-terminal-tooling',
          image: 'registry.redhat.io/web-terminal/web-terminal-tooling-rhel9:1.14',
          args: ['tail', '-f', '/dev/null'],
          env: commonEnv(dw, 'web-terminal-tooling'),
          resources: {
            limits: { cpu: '400m', memory: '256Mi' },
            requests: { cpu: '100m', memory: '128Mi' },
          },
          securityContext: restrictedV2(uid),
        },
        {
          name: 'web-terminal-exec',
          image: 'registry.redhat.io/web-terminal/web-terminal-exec-rhel9:1.14',
          command: [
            '/go/bin/che-machine-exec',
            '--authenticated-user-id',
            '$(DEVWORKSPACE_CREATOR)',
            '--idle-timeout',
            '$(DEVWORKSPACE_IDLE_TIMEOUT)',
            '--pod-selector',
            'controller.devfile.io/devworkspace_id=$(DEVWORKSPACE_ID)',
            '--use-tls',
            '--use-bearer-token',
          ],
          env: commonEnv(dw, 'web-terminal-exec'),
          resources: {
            limits: { cpu: '400m', memory: '128Mi' },
            requests: { cpu: '100m', memory: '128Mi' },
          },
          securityContext: restrictedV2(uid),
        },
      ],
    },
    status: { phase: 'Running' },
  };
  return pod as Pod;
};
