/**
 * Kubernetes API paths for the one-shot reads, as the console builds them for a watch
 * (`/api/v1/…` for the core group, `/apis/<group>/<version>/…` otherwise) and label selectors in
 * kube-apiserver's string form (k8s.io/apimachinery labels.Selector.String()).
 */
import type { Selector } from '@openshift-console/dynamic-plugin-sdk';
import type { ModelFacts } from '../models/common';

export const apiPath = (
  model: ModelFacts,
  opts: { namespace?: string; name?: string; query?: Record<string, string | undefined> } = {},
): string => {
  const root = model.group ? `/apis/${model.group}/${model.version}` : `/api/${model.version}`;
  const ns =
    model.namespaced && opts.namespace ? `/namespaces/${encodeURIComponent(opts.namespace)}` : '';
  const name = opts.name ? `/${encodeURIComponent(opts.name)}` : '';
  const query = new URLSearchParams(
    Object.entries(opts.query ?? {}).filter((e): e is [string, string] => !!e[1]),
  ).toString();
  return `${root}${ns}/${model.plural}${name}${query ? `?${query}` : ''}`;
};

export const selectorToString = (selector: Selector): string => {
  const terms = Object.entries(selector.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const e of selector.matchExpressions ?? []) {
    const values = (e.values ?? []).join(',');
    if (e.operator === 'Exists') terms.push(e.key);
    else if (e.operator === 'DoesNotExist') terms.push(`!${e.key}`);
    else if (e.operator === 'In') terms.push(`${e.key} in (${values})`);
    else if (e.operator === 'NotIn') terms.push(`${e.key} notin (${values})`);
    else throw new Error(`Unsupported selector operator ${e.operator}`);
  }
  return terms.join(',');
};
