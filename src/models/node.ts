import type { K8sObject, ModelFacts, ObjectMeta } from './common';

export const NodeModel: ModelFacts = {
  group: '',
  version: 'v1',
  kind: 'Node',
  plural: 'nodes',
  namespaced: false,
};

/**
 * The part of a Node the plugin reads: its labels (roles, pool membership, the CheCluster's node
 * selector) and the kubelet's version. The hook builds it from the server-side Table of nodes
 * (`utils/nodeTable.ts`), so nothing else of the Node (status.images, conditions) is fetched.
 */
export interface Node extends K8sObject {
  status?: { nodeInfo?: { kubeletVersion?: string } };
}

/** Role labels the kubelet and the installer put on OpenShift nodes (`oc get nodes` ROLES). */
export const NODE_ROLE_PREFIX = 'node-role.kubernetes.io/';
export const WORKER_ROLE_LABEL = `${NODE_ROLE_PREFIX}worker`;
export const MASTER_ROLE_LABEL = `${NODE_ROLE_PREFIX}master`;
export const CONTROL_PLANE_ROLE_LABEL = `${NODE_ROLE_PREFIX}control-plane`;

/**
 * kube-apiserver's server-side printing (`Accept: application/json;as=Table;v=v1;g=meta.k8s.io`):
 * one row per object with the printer's cells and, with `includeObject=Metadata`, the object's
 * metadata as a PartialObjectMetadata.
 */
export interface TableColumnDefinition {
  name?: string;
  type?: string;
  format?: string;
  description?: string;
  priority?: number;
}

export interface TableRow {
  cells?: unknown[];
  object?: { kind?: string; apiVersion?: string; metadata?: ObjectMeta };
}

export interface Table {
  kind?: string;
  apiVersion?: string;
  metadata?: { resourceVersion?: string; continue?: string; remainingItemCount?: number };
  columnDefinitions?: TableColumnDefinition[];
  rows?: TableRow[];
}

/** The Accept header of a Table list; plain JSON is the fallback of a server that cannot print. */
export const TABLE_ACCEPT = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json';
/** The node printer's column holding `status.nodeInfo.kubeletVersion` (kubernetes printers.go). */
export const NODE_VERSION_COLUMN = 'Version';
