import type { K8sObject, ModelFacts } from './common';

export const DevWorkspaceModel: ModelFacts = {
  group: 'workspace.devfile.io',
  version: 'v1alpha2',
  kind: 'DevWorkspace',
  plural: 'devworkspaces',
  namespaced: true,
};

export interface EnvVar {
  name?: string;
  value?: string;
}

/** A devfile container component (devfile/api v1alpha2 Container). */
export interface DevfileContainer {
  image?: string;
  command?: string[];
  args?: string[];
  env?: EnvVar[];
  imagePullPolicy?: string;
}

export interface DevfileComponent {
  name?: string;
  /** Free-form; the operator reads `pod-overrides` and `container-overrides` here. */
  attributes?: Record<string, unknown>;
  container?: DevfileContainer;
}

export interface DevWorkspace extends K8sObject {
  spec?: {
    started?: boolean;
    /** Which routing solver serves it: `che` (che-operator), `web-terminal` (the console), …. */
    routingClass?: string;
    template?: {
      attributes?: Record<string, unknown>;
      components?: DevfileComponent[];
      /** A parent devfile: its components are merged by the controller, so only the pod shows them. */
      parent?: Record<string, unknown>;
    };
  };
  status?: { phase?: string; devworkspaceId?: string };
}

/** Attribute recording the SCC a workspace was created with; the DevWorkspace webhook forbids changing it. */
export const SCC_ATTRIBUTE = 'controller.devfile.io/scc';
/** Annotation holding the user who created the workspace. */
export const CREATOR_LABEL = 'controller.devfile.io/creator';
/**
 * The routing class che-operator's DevWorkspace routing solver serves
 * (controllers/devworkspace/solver/solver.go isSupported); the Dev Spaces dashboard sets it on
 * every workspace it creates.
 */
export const CHE_ROUTING_CLASS = 'che';
/** Attribute naming the DevWorkspaceOperatorConfig a workspace uses (`{name, namespace}`). */
export const DWOC_ATTRIBUTE = 'controller.devfile.io/devworkspace-config';
