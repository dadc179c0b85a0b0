/**
 * Server-side printing, as kube-apiserver answers `Accept: application/json;as=Table;v=v1;
 * g=meta.k8s.io` (endpoints/handlers/response.go, negotiation): the simulator prints Nodes (the
 * printer in src/core/testing/nodeTable.ts, kubernetes printers.go's columns). A Table asked for
 * another resource is answered with the plain list when the Accept header also allows
 * application/json (what kubectl and the plugin send), else 406 like a server that cannot print it.
 */
import { printNodeTable, type IncludeObject } from '../../src/core/testing/nodeTable';
import type { ResourceInfo } from './resources';
import { badRequest, generic } from './status';
import type { K8sObjectLike } from './types';

interface TableAsk {
  apiVersion: string;
  /** The header also accepts plain JSON. */
  jsonFallback: boolean;
}

/** The Table media type the Accept header asks for first, if any. */
export const tableAsked = (accept: string | undefined): TableAsk | undefined => {
  const types = (accept ?? '').split(',').map((t) => {
    const [type, ...params] = t.split(';').map((p) => p.trim());
    return {
      type: type.toLowerCase(),
      params: Object.fromEntries(
        params.map((p) => p.split('=').map((x) => x.trim()) as [string, string]),
      ),
    };
  });
  const table = types.find(
    (t) =>
      t.type === 'application/json' &&
      t.params.as === 'Table' &&
      t.params.g === 'meta.k8s.io' &&
      (t.params.v === 'v1' || t.params.v === 'v1beta1'),
  );
  if (!table) return undefined;
  return {
    apiVersion: `meta.k8s.io/${table.params.v}`,
    jsonFallback: types.some(
      (t) => (t.type === 'application/json' || t.type === '*/*') && !t.params.as,
    ),
  };
};

const includeObjectOf = (url: URL): IncludeObject => {
  const v = url.searchParams.get('includeObject') ?? 'Metadata';
  if (v === 'None' || v === 'Metadata' || v === 'Object') return v;
  throw badRequest(
    `includeObject: Unsupported value: "${v}": supported values: "Metadata", "None", "Object"`,
  );
};

export const printsTable = (info: ResourceInfo): boolean =>
  info.group === '' && info.plural === 'nodes';

/**
 * The Table for a list (or one object) of `info`, or undefined to answer as usual; throws 406 when
 * only a Table would do and this resource has no printer here.
 */
export const tableFor = (
  info: ResourceInfo,
  ask: TableAsk | undefined,
  url: URL,
  items: K8sObjectLike[],
  metadata: Record<string, unknown>,
): unknown => {
  if (!ask) return undefined;
  if (!printsTable(info)) {
    if (ask.jsonFallback) return undefined;
    throw generic(
      406,
      info,
      'list',
      undefined,
      'the server does not print this resource as a Table here',
    );
  }
  return printNodeTable(items, {
    includeObject: includeObjectOf(url),
    now: Date.now(),
    metadata,
    apiVersion: ask.apiVersion,
  });
};
