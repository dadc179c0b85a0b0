import type { K8sObject, ModelFacts } from './common';

export const SecurityContextConstraintsModel: ModelFacts = {
  group: 'security.openshift.io',
  version: 'v1',
  kind: 'SecurityContextConstraints',
  plural: 'securitycontextconstraints',
  namespaced: false,
};

export interface IDRange {
  min?: number;
  max?: number;
}

export interface SecurityContextConstraints extends K8sObject {
  priority?: number | null;
  allowPrivilegedContainer?: boolean;
  allowPrivilegeEscalation?: boolean | null;
  allowedCapabilities?: string[] | null;
  defaultAddCapabilities?: string[] | null;
  requiredDropCapabilities?: string[] | null;
  runAsUser?: { type?: string; uid?: number; uidRangeMin?: number; uidRangeMax?: number };
  seLinuxContext?: { type?: string; seLinuxOptions?: { type?: string; level?: string } };
  fsGroup?: { type?: string; ranges?: IDRange[] };
  supplementalGroups?: { type?: string; ranges?: IDRange[] };
  userNamespaceLevel?: string; // 'AllowHostLevel' (default) | 'RequirePodLevel'
  users?: string[];
  groups?: string[];
  volumes?: string[];
}
