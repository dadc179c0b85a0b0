import type { K8sObject, ModelFacts } from './common';

export const CustomResourceDefinitionModel: ModelFacts = {
  group: 'apiextensions.k8s.io',
  version: 'v1',
  kind: 'CustomResourceDefinition',
  plural: 'customresourcedefinitions',
  namespaced: false,
};

/** Only the part of a JSON schema the plugin walks; the rest is kept opaque. */
export interface JSONSchemaProps {
  type?: string;
  properties?: Record<string, JSONSchemaProps>;
  default?: unknown;
  description?: string;
}

export interface CustomResourceDefinitionVersion {
  name?: string;
  served?: boolean;
  storage?: boolean;
  schema?: { openAPIV3Schema?: JSONSchemaProps };
}

export interface CustomResourceDefinition extends K8sObject {
  spec?: {
    group?: string;
    names?: { kind?: string; plural?: string };
    versions?: CustomResourceDefinitionVersion[];
  };
}

export const CHECLUSTER_CRD_NAME = 'checlusters.org.eclipse.che';
export const DWOC_CRD_NAME = 'devworkspaceoperatorconfigs.controller.devfile.io';
