/**
 * Nodes from a list answer: kube-apiserver's Table of nodes (the kubelet's version is the printer's
 * `Version` cell, the labels are in each row's PartialObjectMetadata), or a plain NodeList from a
 * server that does not print tables. Either way only the name, the labels and the kubelet's
 * version are kept: that is all workspace-nodes reads, and a cluster can have thousands of Nodes.
 */
import { NODE_VERSION_COLUMN, type Node, type Table } from '../models/node';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const text = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

const slim = (metadata: unknown, kubeletVersion: string | undefined): Node => {
  const m = isRecord(metadata) ? metadata : {};
  const labels = isRecord(m.labels) ? (m.labels as Record<string, string>) : undefined;
  return {
    metadata: { name: text(m.name), ...(labels ? { labels } : {}) },
    // No kubelet version: no nodeInfo (the check says "cannot tell" for that node).
    ...(kubeletVersion ? { status: { nodeInfo: { kubeletVersion } } } : {}),
  };
};

export interface NodePage {
  nodes: Node[];
  /** The list's continue token when the server cut it into pages. */
  continueToken?: string;
}

/** One page of nodes; undefined when the answer is neither a Table nor a NodeList. */
export const nodePageOf = (body: unknown): NodePage | undefined => {
  if (!isRecord(body)) return undefined;
  const continueToken = isRecord(body.metadata) ? text(body.metadata.continue) : undefined;
  if (body.kind === 'Table' && Array.isArray(body.rows)) {
    const table = body as Table;
    const column = (table.columnDefinitions ?? []).findIndex((c) => c.name === NODE_VERSION_COLUMN);
    const nodes = (table.rows ?? []).filter(isRecord).map((row) => {
      const cells: unknown[] = Array.isArray(row.cells) ? row.cells : [];
      const metadata = isRecord(row.object) ? row.object.metadata : undefined;
      // Without the object's metadata the first cell is still the name (printNode).
      const named = isRecord(metadata) ? metadata : { name: cells[0] };
      return slim(named, column >= 0 ? text(cells[column]) : undefined);
    });
    return { nodes, continueToken };
  }
  if (body.kind === 'NodeList' && Array.isArray(body.items)) {
    const nodes = body.items.filter(isRecord).map((n) => {
      const status = isRecord(n.status) ? n.status : {};
      const info = isRecord(status.nodeInfo) ? status.nodeInfo : {};
      return slim(n.metadata, text(info.kubeletVersion));
    });
    return { nodes, continueToken };
  }
  return undefined;
};
