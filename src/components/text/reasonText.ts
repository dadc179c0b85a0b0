/**
 * The one place that turns a reason code into a translated sentence. Every code in REASONS has a
 * case (the switch is exhaustive, and reasonText.test.ts checks each code renders real text).
 * Keys are literal so i18next-parser can collect them.
 */
import type { Translate } from '../../utils/translate';
import type { ReasonCode } from '../../core/reasons';
import type { ParamValue, ReasonParams } from '../../core/results';

/** A parameter as display text: lists joined, absent values as a dash. */
export const formatParam = (value: ParamValue | undefined): string => {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
  return String(value);
};

/** Names shown in a sentence; the rest are counted (the details and the tables list them all). */
const NAMES_IN_A_SENTENCE = 5;

/**
 * Parameters as sentence text. A list is cut to its first few names and a count: on a large
 * cluster a reason lists thousands of workspaces or pods, which no one reads in a sentence.
 */
export const formatParams = (t: Translate, params: ReasonParams): Record<string, string> =>
  Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      Array.isArray(v) && v.length > NAMES_IN_A_SENTENCE
        ? t('{{names}} and {{more}} more', {
            names: v.slice(0, NAMES_IN_A_SENTENCE).join(', '),
            more: String(v.length - NAMES_IN_A_SENTENCE),
          })
        : formatParam(v),
    ]),
  );

/** `since` is epoch milliseconds or an ISO string; show local time. */
const formatTime = (value: ParamValue | undefined): string => {
  const ms = typeof value === 'number' ? value : Date.parse(String(value));
  return Number.isFinite(ms) ? new Date(ms).toLocaleTimeString() : formatParam(value);
};

export const reasonText = (
  t: Translate,
  result: { reason: ReasonCode; params: ReasonParams },
): string => {
  const p = formatParams(t, result.params);
  const code = result.reason;
  switch (code) {
    case 'loading':
      return t('Loading {{resource}}…', p);
    case 'forbidden':
      // Older results (or a check another module builds) may carry only the resource.
      return result.params.verb
        ? t(
            'You may not {{verb}} {{resource}} (API group {{group}}); a user who may (a cluster administrator) can tell.',
            { ...p, group: result.params.group ? p.group : t('core') },
          )
        : t('You are not allowed to read {{resource}}.', p);
    case 'read-error':
      return t('Could not read {{resource}}: {{message}}', p);
    case 'not-openshift':
      return t('This cluster does not serve the OpenShift APIs; nested containers need OpenShift.');
    case 'not-installed':
      return t('Dev Spaces is not installed on this cluster.');
    case 'feature-off':
      return t('Nested containers are off; this check applies once they are turned on.');
    case 'reconciling':
      return t('The operator is still applying the change made at {{since}}.', {
        since: formatTime(result.params.since),
      });
    case 'openshift-apis-served':
      return t('The OpenShift configuration and security APIs are served.');
    case 'openshift-apis-missing':
      return t('These OpenShift APIs are not served: {{missing}}.', p);
    case 'version-supported':
      return t('OpenShift {{current}} meets the minimum version {{minimum}}.', p);
    case 'version-too-old':
      return t(
        'OpenShift {{current}} is older than {{minimum}}: workspaces with nested containers would fail to start.',
        p,
      );
    case 'upgrade-in-progress':
      return t(
        'OpenShift {{current}} supports nested containers; an upgrade to {{desired}} is in progress (the nodes it has not reached yet are checked under Kubelets of the workspace nodes).',
        p,
      );
    case 'version-unparseable':
      return t('The cluster version "{{raw}}" could not be understood.', p);
    case 'version-not-completed':
      return t('No cluster version has finished installing yet (desired: {{desired}}).', p);
    case 'gates-enabled':
      return t('The user namespace feature gates are on for {{version}}: {{gates}}.', p);
    case 'gates-disabled':
      return t('These feature gates are off on {{version}}: {{gates}}.', p);
    case 'gates-missing':
      return t('These feature gates are not listed for {{version}}: {{gates}}.', p);
    case 'gates-enabled-same-minor':
      return t(
        'The FeatureGate status has no entry for {{current}} yet; the entry of the same minor version, {{version}}, has the user namespace feature gates on: {{gates}}.',
        p,
      );
    case 'gates-no-entry':
      return t(
        'The FeatureGate status has no entry for version {{version}}, nor for another release of its minor version.',
        p,
      );
    case 'feature-set-default':
      return t('The cluster uses the default feature set.');
    case 'feature-set-non-default':
      return t(
        'The cluster uses the {{featureSet}} feature set, which cannot be undone and blocks upgrades.',
        p,
      );
    case 'feature-set-disables-gates':
      return t('The {{featureSet}} feature set disables these gates: {{gates}}.', p);
    case 'runtime-crun':
      return t('Nodes use the crun container runtime.');
    case 'runtime-runc-forced':
      return t('ContainerRuntimeConfig {{configs}} forces runc on the pools {{pools}}.', p);
    case 'runtime-runc-pinned':
      // Most pinned clusters have no ContainerRuntimeConfig: say nothing about them rather than "—".
      return Array.isArray(result.params.configs) && result.params.configs.length === 0
        ? t(
            'The MachineConfigs {{machineConfigs}} keep the pools {{pools}} on runc although crun is the default: machine-config-operator generated them when the cluster was updated from OpenShift 4.17 (it recorded that in the ConfigMap {{configMap}} in openshift-machine-config-operator) and leaves them in place.',
            p,
          )
        : t(
            'The MachineConfigs {{machineConfigs}} keep the pools {{pools}} on runc although crun is the default: machine-config-operator generated them when the cluster was updated from OpenShift 4.17 (it recorded that in the ConfigMap {{configMap}} in openshift-machine-config-operator) and leaves them in place. ContainerRuntimeConfigs that force runc as well: {{configs}}.',
            p,
          );
    case 'runtime-api-absent':
      return t(
        'The cluster does not serve the machineconfiguration.openshift.io API (hosted control planes configure nodes from the management cluster), so the container runtime of the nodes cannot be told from here.',
      );
    case 'nodes-kubelet-ok':
      return t(
        'Every node that runs workspaces ({{count}}) has a kubelet of {{minimum}} or later, with the user namespace support nested containers need.',
        p,
      );
    case 'nodes-kubelet-too-old': {
      // A paused pool (a Control Plane Only update) has its own remedy: unpause it.
      const none = (v: unknown) => Array.isArray(v) && v.length === 0;
      if (none(result.params.pools))
        return t(
          '{{count}} nodes that run workspaces have a kubelet older than {{minimum}} (OpenShift 4.20), which refuses every pod that asks for a user namespace: {{nodes}}. Update these nodes before turning nested containers on.',
          p,
        );
      if (none(result.params.paused))
        return t(
          '{{count}} nodes that run workspaces have a kubelet older than {{minimum}} (OpenShift 4.20), which refuses every pod that asks for a user namespace: {{nodes}}. The machine config pools {{pools}} have not finished updating them; wait for the update to finish before turning nested containers on.',
          p,
        );
      return t(
        '{{count}} nodes that run workspaces have a kubelet older than {{minimum}} (OpenShift 4.20), which refuses every pod that asks for a user namespace: {{nodes}}. They are in the machine config pools {{pools}}, and {{paused}} stay paused on their old configuration: unpause them to finish the update before turning nested containers on.',
        p,
      );
    }
    case 'nodes-kubelet-unknown':
      return t(
        'The kubelet version of {{count}} nodes that run workspaces cannot be read: {{nodes}}.',
        p,
      );
    case 'nodes-pool-status-missing':
      return t(
        'The machine config pools {{pools}} have no status yet, so whether their nodes finished updating cannot be told.',
        p,
      );
    case 'nodes-none-selected':
      return t(
        'No node matches the node selector of the CheCluster ({{selector}}): workspaces cannot be scheduled anywhere.',
        p,
      );
    case 'nodes-none':
      return t('No node that can run workspaces was listed, so their kubelets cannot be checked.');
    case 'checluster-found':
      return t('CheClusters found: {{count}}.', p);
    case 'checluster-none':
      return t('No CheCluster exists: Dev Spaces is not installed.');
    case 'already-enabled':
      return t('Nested containers are already on for this CheCluster.');
    case 'already-disabled':
      return t('Nested containers are already off for this CheCluster.');
    case 'checluster-unknown':
      return t(
        'The CheCluster lacks a name, namespace or resourceVersion, so it cannot be changed safely.',
      );
    case 'operator-supports-field':
      return t('The installed operator supports the nested containers setting.');
    case 'operator-too-old':
      return t(
        'The CRD {{crd}} has no disableContainerRunCapabilities field: upgrade the Dev Spaces operator first.',
        p,
      );
    case 'dwo-supports-host-users':
      return p.version
        ? t(
            'The DevWorkspace Operator {{version}} supports hostUsers and sets HOST_USERS=false.',
            p,
          )
        : t('The DevWorkspace Operator supports hostUsers; its version could not be read.');
    case 'dwo-too-old':
      return t(
        'The DevWorkspace Operator does not know config.workspace.hostUsers ({{crd}}): it would drop the setting and every workspace pod would be rejected. Upgrade it to 0.37 or later.',
        p,
      );
    case 'dwo-no-host-users-env':
      return t(
        'The DevWorkspace Operator {{version}} does not set HOST_USERS=false in workspace containers (0.40 does): workspaces from parent devfiles fail to run podman. Upgrade it.',
        p,
      );
    case 'phase-active':
      return t('Dev Spaces {{version}} is Active.', p);
    case 'phase-not-active':
      return p.message === '—'
        ? t('Dev Spaces is not Active (phase: {{phase}}).', p)
        : t('Dev Spaces is not Active (phase: {{phase}}). {{message}}', p);
    case 'reconcile-failed':
      return p.message === '—'
        ? t(
            'The operator could not finish its last reconcile ({{reason}}; phase {{phase}}); see its log.',
            p,
          )
        : t(
            'The operator could not finish its last reconcile ({{reason}}; phase {{phase}}): {{message}}',
            p,
          );
    case 'server-inactive':
      return t(
        'The Dev Spaces server is down (phase Inactive): its Deployment has no available replica. Nested containers do not depend on it, but users cannot start workspaces from the dashboard.',
      );
    case 'rolling-update':
      return t('The Dev Spaces server is rolling out a new version (phase RollingUpdate).');
    case 'scc-ok':
      return t('The SCC {{name}} has the settings the operator creates.', p);
    case 'scc-missing':
      return t('The SCC {{name}} does not exist.', p);
    case 'scc-missing-reconcile-failed':
      return t(
        "The SCC {{name}} does not exist because the operator's reconcile failed before creating it (see Dev Spaces status): {{message}}",
        p,
      );
    case 'scc-differs':
      return t('The SCC {{name}} differs from what the operator creates: {{fields}}.', p);
    case 'scc-custom':
      // No differing field: a custom (or another operator's) SCC that fits; say so, not "—".
      return Array.isArray(result.params.fields) && result.params.fields.length === 0
        ? t(
            'The SCC {{name}} is not managed by this operator (the operator leaves it alone), but it has every field nested containers need.',
            p,
          )
        : t(
            'The SCC {{name}} is a custom SCC the operator does not manage; fields that differ: {{fields}}.',
            p,
          );
    case 'cluster-role-ok':
      return t(
        'Users and the DevWorkspace controller may use the SCC {{scc}}: the ClusterRoles {{name}} and dev-workspace-container-run, the controller binding, and the RoleBinding in every user namespace ({{namespaces}}) are in place.',
        p,
      );
    case 'cluster-role-missing':
      return t('The ClusterRole {{name}} that grants use of the SCC {{scc}} does not exist.', p);
    case 'rbac-missing-reconcile-failed':
      return t(
        "{{name}} does not exist because the operator's reconcile failed before creating it (see Dev Spaces status): {{message}}",
        p,
      );
    case 'cluster-role-wrong-scc':
      return t('The ClusterRole {{name}} does not grant use of the SCC {{scc}}.', p);
    case 'dwo-cluster-role-missing':
      return t(
        'The ClusterRole {{name}} that lets the DevWorkspace controller use the SCC {{scc}} does not exist.',
        p,
      );
    case 'dwo-cluster-role-wrong':
      return t(
        'The ClusterRole {{name}} does not grant the DevWorkspace controller {{verbs}} on the SCC {{scc}}.',
        p,
      );
    case 'dwo-binding-missing':
      return t(
        'The ClusterRoleBinding {{name}} to the DevWorkspace controller ({{serviceAccount}}) does not exist.',
        p,
      );
    case 'dwo-binding-wrong':
      return t(
        'The ClusterRoleBinding {{name}} does not bind its ClusterRole to the DevWorkspace controller ({{serviceAccount}}): {{fields}}.',
        p,
      );
    case 'user-bindings-missing':
      return t(
        'User namespaces without the RoleBinding {{name}} to their user: {{count}} ({{namespaces}}). Users there are not permitted to use the SCC, so their workspaces cannot start.',
        p,
      );
    case 'dwoc-ok':
      return t(
        'The workspace configuration in {{namespace}} runs workspaces in user namespaces.',
        p,
      );
    case 'dwoc-missing':
      return t(
        'The DevWorkspaceOperatorConfig devworkspace-config is missing in {{namespace}}.',
        p,
      );
    case 'dwoc-missing-reconcile-failed':
      return t(
        'The DevWorkspaceOperatorConfig devworkspace-config is missing in {{namespace}} while the operator reports a failed reconcile (see Dev Spaces status): {{message}}',
        p,
      );
    case 'dwoc-differs':
      return t(
        'The workspace configuration in {{namespace}} differs from what the operator writes for this CheCluster: {{fields}}.',
        p,
      );
    case 'dwoc-run-as-user-rejected':
      return t(
        'Workspace pods get runAsUser {{uid}} (devEnvironments.security.podSecurityContext, copied into the workspace configuration in {{namespace}}), which the SCC {{scc}} refuses ({{allowed}}): every new workspace pod is rejected. Remove the runAsUser.',
        p,
      );
    case 'runtime-class-unset':
      return t('Workspace pods use the cluster default runtime handler.');
    case 'runtime-class-set':
      return t(
        'Workspace pods run with RuntimeClass {{name}}: its runtime handler must support user namespaces (hostUsers: false) and the io.kubernetes.cri-o.Devices annotation; verify it does.',
        p,
      );
    case 'tech-preview-none':
      return t('No part of the OpenShift 4.17 tech-preview recipe is left.');
    case 'tech-preview-found':
      return t(
        'The OpenShift 4.17 tech-preview recipe is still in place ({{parts}}). Move to the supported switch: turn nested containers on, stop naming the hand-made SCC as the build SCC and delete it, and recreate the workspaces that carry pod-overrides with hostUsers: false ({{workspaces}}) without that attribute. A TechPreviewNoUpgrade feature set cannot be undone.',
        p,
      );
    case 'images-ok':
      return t(
        'Every workspace image checked has the entrypoint nested podman needs: {{count}}.',
        p,
      );
    case 'images-broken':
      return t(
        'Workspaces whose image can never run nested podman (a ubi8 developer image, or a command that replaces the entrypoint): {{count}} ({{workspaces}}). Use quay.io/devfile/universal-developer-image:ubi10-latest without a command.',
        p,
      );
    case 'images-verify':
      return t(
        'Workspaces whose image cannot be told apart from a working one (a digest, a ubi9-<sha> tag, another registry, a custom image, a parent devfile, or a -latest tag that a node may have cached): {{count}} ({{workspaces}}). Verify that its entrypoint rewrites /etc/subuid and /etc/subgid when HOST_USERS=false.',
        p,
      );
    case 'legacy-none':
      return t('No workspace has to be recreated.');
    case 'legacy-will-break':
      return t(
        'Workspaces created with another SCC than {{scc}} will not start after turning nested containers on and must be recreated: {{count}}. Workspaces with no recorded SCC, which the dashboard can still start: {{unrecorded}}.',
        p,
      );
    case 'legacy-cannot-start':
      return t(
        'Workspaces created with another SCC than {{scc}} cannot start and must be recreated: {{count}}. Workspaces with no recorded SCC, which the dashboard can still start: {{unrecorded}}.',
        p,
      );
    case 'legacy-unrecorded':
      return t(
        'Workspaces with no recorded SCC: {{count}}. The dashboard records {{scc}} when it starts them, so they start from the dashboard; started another way (oc, a GitOps tool) their pods are refused until the SCC is recorded.',
        p,
      );
    case 'run-workspaces-will-break':
      return t(
        'Workspaces created with the SCC {{scc}} cannot start again after turning nested containers off and must be recreated: {{count}}.',
        p,
      );
    case 'userns-no-pods':
      return t('No workspace pod is running.');
    case 'userns-all':
      return t('Every running workspace pod ({{with}}) has its own user namespace.', p);
    case 'userns-some-missing':
      return t('Workspace pods without a user namespace: {{without}} (with one: {{with}}).', p);
    case 'userns-unreadable':
      return t(
        'Workspace pods whose containers cannot be read, so they cannot be judged: {{count}} ({{pods}}).',
        p,
      );
    case 'pod-config-no-pods':
      return t('No workspace pod with its own user namespace is running.');
    case 'pod-config-ok':
      return t(
        'Every running workspace pod with its own user namespace has the run SCC, /dev/fuse and /dev/net/tun, and its tool containers HOST_USERS=false and an unmasked /proc: {{count}}.',
        p,
      );
    case 'pod-config-problems':
      return t(
        'Workspace pods missing what nested podman needs (each miss is listed under the pod or the container, with its role): {{count}} ({{pods}}).',
        p,
      );
    case 'pod-config-unreadable':
      return t(
        'Workspace pods whose containers cannot be read, so nothing can be told about them: {{count}} ({{pods}}).',
        p,
      );
    case 'kubedock-none':
      return t('No workspace sends podman to kubedock.');
    case 'kubedock-found':
      return t(
        'Workspaces that set KUBEDOCK_ENABLED=true, so their podman run goes to kubedock rather than nested containers: {{count}} ({{workspaces}}). Remove the variable from their devfiles.',
        p,
      );
    case 'root-none':
      return t('No workspace pod can run as root on the node ({{pods}} checked).', p);
    case 'root-found':
      return t('Workspace pods that can run as root on the node: {{count}}.', p);
    case 'escalation-possible':
      return t(
        'Workspace pods that run as a non-root user but may escalate privileges without a user namespace: {{count}}. A setuid binary could reach root on the node; nested containers remove that risk. This does not affect readiness.',
        p,
      );
    default: {
      const unknown: never = code;
      return String(unknown);
    }
  }
};
