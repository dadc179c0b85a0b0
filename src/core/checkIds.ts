/**
 * The ids of every check, in the order the checklist shows them. They are part of the plugin's
 * public contract (`data-test="check-<id>"`). What each check does lives in checks/registry.ts.
 */
export type CheckId =
  | 'openshift-apis'
  | 'cluster-version'
  | 'feature-gates'
  | 'feature-set'
  | 'container-runtime'
  | 'workspace-nodes'
  | 'devspaces-installed'
  | 'operator-support'
  | 'devworkspace-operator'
  | 'devspaces-phase'
  | 'run-scc'
  | 'scc-rbac'
  | 'workspace-config'
  | 'runtime-class'
  | 'tech-preview-setup'
  | 'legacy-workspaces'
  | 'workspace-images'
  | 'workspace-user-namespaces'
  | 'workspace-pod-config'
  | 'kubedock-workspaces'
  | 'root-on-host';

export type CheckGroup = 'platform' | 'devspaces' | 'workspaces';

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'unknown' | 'na';
