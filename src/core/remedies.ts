/**
 * The commands and YAML an administrator runs to fix a finding. These are the only literal texts
 * the core produces: they are code, not prose, so they are not translated.
 */
import type { RemedyCode } from './remedyCodes';
import type { OcRemedy, Remedy } from './results';

const oc = (code: RemedyCode, text: string): OcRemedy => ({ kind: 'oc', code, text });
const yaml = (code: RemedyCode, value: unknown): Remedy => ({ kind: 'yaml', code, value });

/** Single-quoted for a POSIX shell. */
const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

export const enableFeature = (namespace: string, name: string): OcRemedy =>
  oc(
    'enable-feature',
    `oc patch checluster/${name} -n ${namespace} --type=merge -p '{"spec":{"devEnvironments":{"disableContainerRunCapabilities":false}}}'`,
  );

export const disableFeature = (namespace: string, name: string): OcRemedy =>
  oc(
    'disable-feature',
    `oc patch checluster/${name} -n ${namespace} --type=merge -p '{"spec":{"devEnvironments":{"disableContainerRunCapabilities":true}}}'`,
  );

export const showUpgrades = (): Remedy => oc('show-upgrades', 'oc adm upgrade');
export const showClusterVersion = (): Remedy =>
  oc('show-cluster-version', 'oc get clusterversion version -o yaml');
export const showFeatureGates = (): Remedy =>
  oc('show-feature-gates', 'oc get featuregate cluster -o yaml');

/** CustomNoUpgrade: move the gates from `disabled` to `enabled` (the set itself cannot be undone). */
export const customNoUpgradeEnable = (enabled: string[], disabled: string[]): Remedy =>
  yaml('custom-feature-set-enable-gates', {
    apiVersion: 'config.openshift.io/v1',
    kind: 'FeatureGate',
    metadata: { name: 'cluster' },
    spec: { featureSet: 'CustomNoUpgrade', customNoUpgrade: { enabled, disabled } },
  });

export const deleteContainerRuntimeConfig = (name: string): Remedy =>
  oc('delete-container-runtime-config', `oc delete containerruntimeconfig ${name}`);
export const useCrun = (name: string): Remedy =>
  oc(
    'container-runtime-crun',
    `oc patch containerruntimeconfig ${name} --type=merge -p '{"spec":{"containerRuntimeConfig":{"defaultRuntime":"crun"}}}'`,
  );

/** The generated runc pins, as MCO wrote them (their CRI-O drop-in says default_runtime = "runc"). */
export const showRuncOverrides = (names: readonly string[]): Remedy =>
  oc('show-runc-overrides', `oc get machineconfig ${names.join(' ')} -o yaml`);
/**
 * The documented way off the pin (OpenShift docs, "Configuring the container runtime": clusters
 * updated from 4.17 delete these MachineConfigs): the pool's nodes drain and reboot onto crun.
 */
export const deleteRuncOverride = (name: string): Remedy =>
  oc('delete-runc-override', `oc delete machineconfig ${name}`);
/** Where the cluster cannot say (no machineconfiguration API): ask CRI-O on a node. */
export const showNodeRuntime = (): Remedy =>
  oc(
    'show-node-runtime',
    `oc debug node/<node> -- chroot /host crio config 2>/dev/null | grep -m1 default_runtime`,
  );

/** Finish an update a paused pool holds back (openshift-docs control-plane-only-update.adoc). */
export const unpausePool = (pool: string): Remedy =>
  oc('unpause-pool', `oc patch mcp/${pool} --type merge -p '{"spec":{"paused":false}}'`);
export const showPools = (): Remedy => oc('show-pools', 'oc get mcp');
/** The VERSION column is each node's kubelet. */
export const showNodeVersions = (): Remedy => oc('show-node-versions', 'oc get nodes');

export const listCheClusters = (): Remedy => oc('list-checlusters', 'oc get checlusters -A');
export const showCheClusterStatus = (namespace: string, name: string): Remedy =>
  oc('show-checluster-status', `oc get checluster/${name} -n ${namespace} -o jsonpath='{.status}'`);
export const showCheClusterCrdField = (): Remedy =>
  oc(
    'show-crd-field',
    `oc get crd checlusters.org.eclipse.che -o jsonpath='{.spec.versions[?(@.name=="v2")].schema.openAPIV3Schema.properties.spec.properties.devEnvironments.properties.disableContainerRunCapabilities}'`,
  );
/**
 * The operator's log, where che-operator (7.111+) sends the cause of a failed reconcile. OLM
 * installs the Dev Spaces and the Eclipse Che operator in openshift-operators (AllNamespaces), as
 * the Deployment `<flavor>-operator`.
 */
export const operatorLogs = (flavor: string): Remedy =>
  oc('operator-logs', `oc logs -n openshift-operators deployment/${flavor}-operator --tail=200`);
/** The server Deployment (named after the flavor) whose replicas decide chePhase. */
export const showServerDeployment = (namespace: string, flavor: string): Remedy =>
  oc('show-server-deployment', `oc describe deployment/${flavor} -n ${namespace}`);
export const listOperatorCsvs = (): Remedy =>
  oc('list-operator-csvs', 'oc get csv -A | grep -E "devspaces|eclipse-che"');

export const showScc = (name: string): Remedy => oc('show-scc', `oc get scc ${name} -o yaml`);
/** A managed SCC that drifted: deleting it makes the operator recreate it. */
export const recreateManagedScc = (name: string): Remedy =>
  oc('recreate-managed-scc', `oc delete scc ${name}`);
/** The fields a working run SCC needs, as a merge patch the admin can review and apply. */
export const patchScc = (name: string, patch: Record<string, unknown>): Remedy =>
  oc('patch-scc', `oc patch scc ${name} --type=merge -p ${q(JSON.stringify(patch))}`);
export const sccYaml = (value: unknown): Remedy => yaml('scc-expected', value);

export const showClusterRole = (name: string): Remedy =>
  oc('show-cluster-role', `oc get clusterrole ${name} -o yaml`);
export const clusterRoleYaml = (name: string, scc: string, verbs: string[] = ['use']): Remedy =>
  yaml('cluster-role-expected', {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: { name },
    rules: [
      {
        apiGroups: ['security.openshift.io'],
        resources: ['securitycontextconstraints'],
        resourceNames: [scc],
        verbs,
      },
    ],
  });

export const showClusterRoleBinding = (name: string): Remedy =>
  oc('show-cluster-role-binding', `oc get clusterrolebinding ${name} -o yaml`);
/** The DevWorkspace controller's binding; without a known DWO namespace, a placeholder to fill in. */
export const clusterRoleBindingYaml = (
  name: string,
  role: string,
  serviceAccount: string,
  namespace: string | undefined,
): Remedy =>
  yaml('cluster-role-binding-expected', {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: { name },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: role },
    subjects: [
      { kind: 'ServiceAccount', name: serviceAccount, namespace: namespace ?? '<DWO namespace>' },
    ],
  });

/** Every user namespace with its username next to the RoleBinding there, if any. */
export const listUserRoleBindings = (name: string): Remedy =>
  oc(
    'list-user-role-bindings',
    `oc get namespaces -l app.kubernetes.io/part-of=che.eclipse.org,app.kubernetes.io/component=workspaces-namespace -o custom-columns='NAMESPACE:.metadata.name,USER:.metadata.annotations.che\\.eclipse\\.org/username' && oc get rolebindings -A --field-selector metadata.name=${name} -o custom-columns='NAMESPACE:.metadata.namespace,ROLE:.roleRef.name,SUBJECTS:.subjects[*].name'`,
  );
/** The RoleBindings the user-namespace controller creates (reconcileSCCPrivileges), as one List. */
export const userRoleBindingsYaml = (
  name: string,
  bindings: { namespace: string; user: string }[],
): Remedy =>
  yaml('user-role-bindings-expected', {
    apiVersion: 'v1',
    kind: 'List',
    items: bindings.map(({ namespace, user }) => ({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name, namespace, labels: { 'app.kubernetes.io/part-of': 'che.eclipse.org' } },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name },
      subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: user }],
    })),
  });

export const showDwoc = (namespace: string): Remedy =>
  oc('show-dwoc', `oc get devworkspaceoperatorconfig devworkspace-config -n ${namespace} -o yaml`);
export const dwocYaml = (namespace: string, workspace: Record<string, unknown>): Remedy =>
  yaml('dwoc-expected', {
    apiVersion: 'controller.devfile.io/v1alpha1',
    kind: 'DevWorkspaceOperatorConfig',
    metadata: { name: 'devworkspace-config', namespace },
    config: { workspace },
  });

/** Drops the pod-level UID the run SCC refuses; the SCC then assigns its own (che-operator: 1000). */
export const dropPodRunAsUser = (namespace: string, name: string): Remedy =>
  oc(
    'drop-pod-run-as-user',
    `oc patch checluster ${name} -n ${namespace} --type=json -p '[{"op":"remove","path":"/spec/devEnvironments/security/podSecurityContext/runAsUser"}]'`,
  );

export const listWorkspacesWithScc = (): Remedy =>
  oc(
    'list-workspaces-scc',
    `oc get devworkspaces -A -o custom-columns='NAMESPACE:.metadata.namespace,NAME:.metadata.name,CREATOR:.metadata.labels.controller\\.devfile\\.io/creator,STARTED:.spec.started,SCC:.spec.template.attributes.controller\\.devfile\\.io/scc'`,
  );
export const deleteWorkspace = (namespace: string, name: string): Remedy =>
  oc('delete-workspace', `oc delete devworkspace ${name} -n ${namespace}`);

/** Records the run SCC on a workspace that has none (allowed: the webhook only forbids changing a set value). */
export const recordWorkspaceScc = (namespace: string, name: string, scc: string): Remedy =>
  oc(
    'record-workspace-scc',
    `oc patch devworkspace ${name} -n ${namespace} --type=merge -p ${q(
      JSON.stringify({ spec: { template: { attributes: { 'controller.devfile.io/scc': scc } } } }),
    )}`,
  );

export const listWorkspacePodsUserns = (): Remedy =>
  oc(
    'list-workspace-pods-userns',
    `oc get pods -A -l controller.devfile.io/devworkspace_id -o custom-columns='NAMESPACE:.metadata.namespace,NAME:.metadata.name,HOSTUSERS:.spec.hostUsers,SCC:.metadata.annotations.openshift\\.io/scc'`,
  );
export const showPodSecurity = (namespace: string, name: string): Remedy =>
  oc(
    'show-pod-security',
    `oc get pod ${name} -n ${namespace} -o jsonpath='{.spec.hostUsers}{"\\n"}{.spec.securityContext}{"\\n"}{range .spec.containers[*]}{.name}{": "}{.securityContext}{"\\n"}{end}'`,
  );

export const showRuntimeClass = (name: string): Remedy =>
  oc('show-runtime-class', `oc get runtimeclass ${name} -o yaml`);

/** Workspaces whose container components still turn kubedock on. */
export const listKubedockWorkspaces = (): Remedy =>
  oc(
    'list-kubedock-workspaces',
    `oc get devworkspaces -A -o json | jq -r '.items[] | select(any(.spec.template.components[]?.container.env[]?; .name == "KUBEDOCK_ENABLED" and (.value | ascii_downcase) == "true")) | "\\(.metadata.namespace)/\\(.metadata.name)"'`,
  );

/** What a pod got for nested podman: its SCC, devices annotation, HOST_USERS and procMount. */
export const showPodNestedConfig = (namespace: string, name: string): Remedy =>
  oc(
    'show-pod-nested-config',
    `oc get pod ${name} -n ${namespace} -o jsonpath='{.metadata.annotations.openshift\\.io/scc}{"\\n"}{.metadata.annotations.io\\.kubernetes\\.cri-o\\.Devices}{"\\n"}{range .spec.containers[*]}{.name}: procMount={.securityContext.procMount} HOST_USERS={.env[?(@.name=="HOST_USERS")].value}{"\\n"}{end}'`,
  );

/** Tech-preview recipe: stop naming the hand-made nested SCC as the build SCC (back to the default). */
export const dropNestedBuildScc = (namespace: string, name: string): Remedy =>
  oc(
    'drop-nested-build-scc',
    `oc patch checluster ${name} -n ${namespace} --type=json -p '[{"op":"remove","path":"/spec/devEnvironments/containerBuildConfiguration/openShiftSecurityContextConstraint"}]'`,
  );
export const deleteScc = (name: string): Remedy => oc('delete-nested-scc', `oc delete scc ${name}`);
/** Workspaces still carrying the recipe's pod-overrides attribute; recreate them without it. */
export const listPodOverridesWorkspaces = (): Remedy =>
  oc(
    'list-pod-overrides-workspaces',
    `oc get devworkspaces -A -o custom-columns='NAMESPACE:.metadata.namespace,NAME:.metadata.name,POD-OVERRIDES:.spec.template.attributes.pod-overrides'`,
  );

export const listDwoCsvs = (): Remedy =>
  oc(
    'list-dwo-csvs',
    `oc get csv -n openshift-operators -o custom-columns='NAME:.metadata.name,VERSION:.spec.version,PHASE:.status.phase' | grep -E 'NAME|devworkspace-operator'`,
  );
export const showDwocCrdField = (): Remedy =>
  oc(
    'show-dwoc-crd-field',
    `oc get crd devworkspaceoperatorconfigs.controller.devfile.io -o jsonpath='{.spec.versions[?(@.name=="v1alpha1")].schema.openAPIV3Schema.properties.config.properties.workspace.properties.hostUsers}'`,
  );

export const listWorkspaceImages = (): Remedy =>
  oc(
    'list-workspace-images',
    `oc get devworkspaces -A -o custom-columns='NAMESPACE:.metadata.namespace,NAME:.metadata.name,IMAGES:.spec.template.components[*].container.image,PARENT:.spec.template.parent'`,
  );
