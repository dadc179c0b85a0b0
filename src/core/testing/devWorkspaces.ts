/**
 * Test-only: DevWorkspaces as their creators write them, and the templates they reference, so that
 * `workspacePod.ts` can build the pod the operators would make of them.
 * - Dev Spaces: che-dashboard (devWorkspaceClient.ts createDevWorkspace: `routingClass: che`;
 *   managePvcStrategy: the `controller.devfile.io/devworkspace-config` attribute naming the
 *   CheCluster's DWOC; prepareDevfile.ts: `controller.devfile.io/storage-type`; the editor as
 *   `spec.contributions[{name: editor, kubernetes: {name: che-code-<workspace>}}]`), the SCC
 *   attribute, and a devfile with one tool container and one project.
 * - Web Terminal: the console's webterminal-plugin (cloud-shell-utils.ts: `routingClass:
 *   web-terminal`, label `console.openshift.io/terminal`, annotation
 *   `controller.devfile.io/restricted-access`, plugins `web-terminal-tooling` and
 *   `web-terminal-exec` from the web-terminal-operator's DevWorkspaceTemplates in
 *   openshift-operators).
 */
import type { DevfileComponent, DevfileContainer, DevWorkspace } from '../../models/devWorkspace';
import { CREATOR_LABEL, DWOC_ATTRIBUTE, SCC_ATTRIBUTE } from '../../models/devWorkspace';

export interface Endpoint {
  name: string;
  targetPort: number;
}

export interface ShapedContainer extends DevfileContainer {
  endpoints?: Endpoint[];
  volumeMounts?: { name: string; path: string }[];
  mountSources?: boolean;
  memoryLimit?: string;
  memoryRequest?: string;
  cpuLimit?: string;
  cpuRequest?: string;
}

export interface ShapedComponent extends DevfileComponent {
  container?: ShapedContainer;
  plugin?: { kubernetes: { name: string; namespace?: string } };
  volume?: Record<string, never>;
}

export interface ShapedDevWorkspace extends DevWorkspace {
  spec?: {
    started?: boolean;
    routingClass?: string;
    contributions?: { name: string; kubernetes: { name: string; namespace?: string } }[];
    template?: {
      attributes?: Record<string, unknown>;
      components?: ShapedComponent[];
      projects?: { name: string; git: { remotes: Record<string, string> } }[];
      parent?: Record<string, unknown>;
    };
  };
}

/** What a referenced DevWorkspaceTemplate contributes, and the commands that make init containers. */
export interface Template {
  components: ShapedComponent[];
  /** Components applied as preStart events: DWO makes them init containers. */
  preStart?: string[];
}

/** che-operator editors-definitions/che-code-latest.yaml (image shape as Dev Spaces ships it). */
const CHE_CODE: Template = {
  preStart: ['che-code-injector'],
  components: [
    {
      name: 'che-code-injector',
      container: {
        image: 'registry.redhat.io/devspaces/code-rhel9:3.24',
        command: ['/entrypoint-init-container.sh'],
        volumeMounts: [{ name: 'checode', path: '/checode' }],
        memoryLimit: '256Mi',
        memoryRequest: '32Mi',
        cpuLimit: '500m',
        cpuRequest: '30m',
      },
    },
    {
      name: 'che-code-runtime-description',
      attributes: {
        'app.kubernetes.io/component': 'che-code-runtime',
        'app.kubernetes.io/part-of': 'che-code.eclipse.org',
        'controller.devfile.io/container-contribution': true,
      },
      container: {
        image: 'quay.io/devfile/universal-developer-image:latest',
        volumeMounts: [{ name: 'checode', path: '/checode' }],
        endpoints: [
          { name: 'che-code', targetPort: 3100 },
          { name: 'code-redirect-1', targetPort: 13131 },
          { name: 'code-redirect-2', targetPort: 13132 },
          { name: 'code-redirect-3', targetPort: 13133 },
        ],
      },
    },
    { name: 'checode', volume: {} },
  ],
};

/** web-terminal-operator pkg/webterminal/tooling.go and exec.go (registry.redhat.io images). */
const WEB_TERMINAL_TOOLING: Template = {
  components: [
    {
      name: 'web-terminal-tooling',
      container: {
        image: 'registry.redhat.io/web-terminal/web-terminal-tooling-rhel9:1.13',
        args: ['tail', '-f', '/dev/null'],
        mountSources: false,
        memoryLimit: '256Mi',
        memoryRequest: '128Mi',
        cpuLimit: '400m',
        cpuRequest: '100m',
      },
    },
  ],
};
const WEB_TERMINAL_EXEC: Template = {
  components: [
    {
      name: 'web-terminal-exec',
      container: {
        image: 'registry.redhat.io/web-terminal/web-terminal-exec-rhel9:1.13',
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
        mountSources: false,
        endpoints: [{ name: 'exec', targetPort: 4444 }],
        memoryLimit: '128Mi',
        memoryRequest: '16Mi',
        cpuLimit: '400m',
        cpuRequest: '100m',
      },
    },
  ],
};

/** The DevWorkspaceTemplate a contribution or plugin names; undefined when not one of these. */
export const templateNamed = (name: string): Template | undefined =>
  name.startsWith('che-code')
    ? CHE_CODE
    : name === 'web-terminal-tooling'
      ? WEB_TERMINAL_TOOLING
      : name === 'web-terminal-exec'
        ? WEB_TERMINAL_EXEC
        : undefined;

export interface DevSpacesWorkspaceOptions {
  name?: string;
  namespace?: string;
  /** The creator's UID (label controller.devfile.io/creator). */
  creator?: string;
  id?: string;
  started?: boolean;
  /** The recorded SCC; null: none recorded. Default container-run. */
  scc?: string | null;
  /** The CheCluster's namespace, whose DWOC the workspace names. */
  cheNamespace?: string;
  storageType?: string;
  image?: string;
  command?: string[];
  /** Extra env on the tool component (the dashboard's HOST_USERS, KUBEDOCK_ENABLED, …). */
  env?: { name: string; value: string }[];
  /** false: a devfile without projects (no project-clone init container). */
  projects?: boolean;
}

/** A Dev Spaces workspace as the dashboard creates it (che-code editor, one tool container). */
export const devSpacesWorkspace = (o: DevSpacesWorkspaceOptions = {}): ShapedDevWorkspace => {
  const name = o.name ?? 'nodejs-web-app';
  const started = o.started ?? true;
  const attributes: Record<string, unknown> = {
    [DWOC_ATTRIBUTE]: {
      name: 'devworkspace-config',
      namespace: o.cheNamespace ?? 'openshift-devspaces',
    },
    'controller.devfile.io/storage-type': o.storageType ?? 'per-user',
  };
  const scc = o.scc === undefined ? 'container-run' : o.scc;
  if (scc) attributes[SCC_ATTRIBUTE] = scc;
  const container: ShapedContainer = {
    image: o.image ?? 'quay.io/devfile/universal-developer-image:ubi9-latest',
    memoryLimit: '6G',
    memoryRequest: '512Mi',
    cpuLimit: '4000m',
    cpuRequest: '1000m',
    mountSources: true,
    ...(o.command ? { command: o.command } : {}),
    ...(o.env ? { env: o.env } : {}),
  };
  return {
    apiVersion: 'workspace.devfile.io/v1alpha2',
    kind: 'DevWorkspace',
    metadata: {
      name,
      namespace: o.namespace ?? 'alice-devspaces',
      labels: { [CREATOR_LABEL]: o.creator ?? '6f1c2a9e-alice' },
      annotations: { 'che.eclipse.org/che-editor': 'che-incubator/che-code/latest' },
    },
    spec: {
      started,
      routingClass: 'che',
      contributions: [{ name: 'editor', kubernetes: { name: `che-code-${name}` } }],
      template: {
        attributes,
        components: [{ name: 'tools', container }],
        ...(o.projects === false
          ? {}
          : {
              projects: [
                {
                  name,
                  git: { remotes: { origin: `https://github.com/che-samples/${name}.git` } },
                },
              ],
            }),
      },
    },
    status: {
      devworkspaceId: o.id ?? 'workspace0123456789abcdef',
      phase: started ? 'Running' : 'Stopped',
    },
  };
};

export interface WebTerminalOptions {
  name?: string;
  namespace?: string;
  creator?: string;
  id?: string;
  started?: boolean;
}

/** A Web Terminal as the console creates it (an administrator's lands in openshift-terminal). */
export const webTerminalWorkspace = (o: WebTerminalOptions = {}): ShapedDevWorkspace => {
  const started = o.started ?? true;
  const plugin = (name: string): ShapedComponent => ({
    name,
    plugin: { kubernetes: { name, namespace: 'openshift-operators' } },
  });
  return {
    apiVersion: 'workspace.devfile.io/v1alpha2',
    kind: 'DevWorkspace',
    metadata: {
      name: o.name ?? 'terminal-x7k2p',
      namespace: o.namespace ?? 'openshift-terminal',
      labels: {
        'console.openshift.io/terminal': 'true',
        [CREATOR_LABEL]: o.creator ?? 'kube-admin-uid',
      },
      annotations: {
        'controller.devfile.io/devworkspace-source': 'web-terminal',
        'controller.devfile.io/restricted-access': 'true',
      },
    },
    spec: {
      started,
      routingClass: 'web-terminal',
      template: { components: [plugin('web-terminal-exec'), plugin('web-terminal-tooling')] },
    },
    status: {
      devworkspaceId: o.id ?? 'workspace7e2a9b4c1d3f5e60',
      phase: started ? 'Running' : 'Stopped',
    },
  };
};
