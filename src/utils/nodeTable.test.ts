import { describe, expect, it } from 'vitest';
import { clusterNodes } from '../core/testing/nodes';
import { printNodeTable } from '../core/testing/nodeTable';
import { nodePageOf } from './nodeTable';

const { nodes } = clusterNodes({ release: '4.20' });
const NOW = Date.parse('2026-08-01T00:00:00Z');

describe('nodePageOf', () => {
  it('keeps the name, the labels and the Version cell of each Table row, nothing else', () => {
    const page = nodePageOf(printNodeTable(nodes, { now: NOW, metadata: { continue: 'next' } }));
    expect(page?.continueToken).toBe('next');
    expect(page?.nodes).toHaveLength(6);
    expect(page?.nodes[0]).toEqual({
      metadata: { name: nodes[0].metadata?.name, labels: nodes[0].metadata?.labels },
      status: { nodeInfo: { kubeletVersion: 'v1.33.5' } },
    });
  });

  it('a row without its object still has the name; an empty Version cell is no kubelet version', () => {
    const table = printNodeTable([{ metadata: { name: 'n1' } }], {
      now: NOW,
      includeObject: 'None',
    });
    expect(nodePageOf(table)?.nodes).toEqual([{ metadata: { name: 'n1' } }]);
  });

  it('reads a plain NodeList from a server that does not print tables', () => {
    const page = nodePageOf({ kind: 'NodeList', items: nodes, metadata: {} });
    expect(page?.nodes.map((n) => n.status?.nodeInfo?.kubeletVersion)).toEqual(
      nodes.map(() => 'v1.33.5'),
    );
  });

  it('anything else is no page', () => {
    expect(nodePageOf(null)).toBeUndefined();
    expect(nodePageOf({ kind: 'Status', code: 500 })).toBeUndefined();
    expect(nodePageOf({ kind: 'Table', rows: 'x' })).toBeUndefined();
  });
});
