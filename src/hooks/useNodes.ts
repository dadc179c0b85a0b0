/**
 * Reads every Node cheaply: one list as kube-apiserver's server-side Table with
 * `includeObject=Metadata` (the kubelet's version is a cell, the labels come with each row's
 * metadata), in pages of NODE_PAGE, instead of a watch of full Nodes. A full Node carries
 * `status.images` (up to 50 images with their digests), its addresses, capacity and conditions,
 * and its status is rewritten by the kubelet's heartbeat: watched, thousands of them would stream
 * megabytes and re-render the page for nothing. Measured on the simulated cluster's nodes (shaped
 * as the kubelet writes them): about 12 KB per full Node against 3 KB per Table row (ARCHITECTURE.md).
 *
 * The kubelets change when a MachineConfigPool rolls its nodes, so the list is read again when
 * `readAgainWhen` changes (the caller passes the pools' progress, a small watch), after a failed
 * read, and every NODE_REFRESH_MS (hosted control planes have no pools to tell).
 * Follows the one-shot read of useCustomResourceDefinition.ts.
 */
import * as React from 'react';
import { k8sGet } from '@openshift-console/dynamic-plugin-sdk';
import type { ResourceState } from '../core/snapshot';
import { useRepeatedRead } from './useReadAgain';
import { NodeModel, TABLE_ACCEPT, type Node } from '../models/node';
import { toK8sModel } from '../utils/k8sModel';
import { stateFromLoadError } from '../utils/loadError';
import { nodePageOf } from '../utils/nodeTable';

const MODEL = toK8sModel(NodeModel);
export const NODE_PAGE = 500;
export const NODE_REFRESH_MS = 5 * 60_000;
export const NODE_RETRY_MS = 10_000;

const readAllNodes = async (): Promise<Node[]> => {
  const nodes: Node[] = [];
  let continueToken: string | undefined;
  do {
    const body: unknown = await k8sGet({
      model: MODEL,
      queryParams: {
        includeObject: 'Metadata',
        limit: String(NODE_PAGE),
        ...(continueToken ? { continue: continueToken } : {}),
      },
      requestInit: { headers: { Accept: TABLE_ACCEPT } },
    });
    const page = nodePageOf(body);
    if (!page) throw new Error('The node list answer is neither a Table nor a NodeList');
    nodes.push(...page.nodes);
    continueToken = page.continueToken;
  } while (continueToken);
  return nodes;
};

export const useNodes = (readAgainWhen: string | undefined): ResourceState<Node[]> => {
  const [state, setState] = React.useState<ResourceState<Node[]>>({ state: 'loading' });
  const read = React.useCallback(async (live: () => boolean) => {
    try {
      const nodes = await readAllNodes();
      if (live()) setState({ state: 'loaded', data: nodes });
      return NODE_REFRESH_MS;
    } catch (err: unknown) {
      // The snapshot keeps the last good list through a failed re-read (lastGood.ts).
      const failure = stateFromLoadError(err);
      if (live()) setState(failure);
      return failure.state === 'error' ? NODE_RETRY_MS : undefined;
    }
  }, []);
  useRepeatedRead(read, readAgainWhen);
  return state;
};
