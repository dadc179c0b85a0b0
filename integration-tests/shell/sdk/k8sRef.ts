// Model references (`group~version~kind`) and Kubernetes URLs as the console builds them
// (console-dynamic-plugin-sdk/src/utils/k8s/k8s-ref.ts, k8s.ts, k8s-utils.ts).
import type {
  K8sGroupVersionKind,
  K8sModel,
  K8sResourceCommon,
  K8sResourceKindReference,
  Selector,
} from '@openshift-console/dynamic-plugin-sdk';

export const k8sBasePath = '/api/kubernetes';

export const getReference = ({ group, version, kind }: K8sGroupVersionKind): string =>
  [group || 'core', version, kind].join('~');

export const getReferenceForModel = (model: K8sModel): string =>
  getReference({ group: model.apiGroup || 'core', version: model.apiVersion, kind: model.kind });

export const getGroupVersionKindForReference = (ref: string): K8sGroupVersionKind => {
  const parts = ref.split('~');
  if (parts.length !== 3) throw new Error(`Provided reference is invalid: ${ref}`);
  const [group, version, kind] = parts;
  return { group, version, kind };
};

export const isGroupVersionKind = (ref: string): boolean => ref.split('~').length === 3;

export const transformGroupVersionKindToReference = (
  gvk?: K8sResourceKindReference | K8sGroupVersionKind,
): string | undefined => {
  if (!gvk) return undefined;
  if (typeof gvk === 'string') return gvk;
  return getReference(gvk);
};

export const getGroupVersionKindForModel = (model: K8sModel): K8sGroupVersionKind => ({
  ...(model.apiGroup ? { group: model.apiGroup } : {}),
  version: model.apiVersion,
  kind: model.kind,
});

export const getAPIVersionForModel = (model: K8sModel): string =>
  model.apiGroup ? `${model.apiGroup}/${model.apiVersion}` : model.apiVersion;

export const getGroupVersionKindForResource = (
  resource: K8sResourceCommon,
): K8sGroupVersionKind => {
  const [group, version] = (resource.apiVersion ?? '').split('/');
  return version
    ? { group, version, kind: resource.kind ?? '' }
    : { version: group, kind: resource.kind ?? '' };
};

const toArray = (v: string[] | undefined): string => (v ?? []).join(',');

/** The console's selectorToString (matchLabels and matchExpressions). */
export const selectorToString = (selector: Selector | Record<string, string>): string => {
  const s = selector as Selector;
  const matchLabels =
    s.matchLabels || s.matchExpressions ? s.matchLabels : (selector as Record<string, string>);
  const terms = Object.entries(matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const { key, operator, values } of s.matchExpressions ?? []) {
    switch (operator) {
      case 'In':
        terms.push(`${key} in (${toArray(values)})`);
        break;
      case 'NotIn':
        terms.push(`${key} notin (${toArray(values)})`);
        break;
      case 'Exists':
        terms.push(key);
        break;
      case 'DoesNotExist':
        terms.push(`!${key}`);
        break;
      case 'Equals':
        terms.push(`${key}=${toArray(values)}`);
        break;
      case 'NotEquals':
        terms.push(`${key}!=${toArray(values)}`);
        break;
      default:
        terms.push(`${key} ${operator} (${toArray(values)})`);
    }
  }
  return terms.join(',');
};

export type UrlOptions = {
  ns?: string;
  name?: string;
  path?: string;
  queryParams?: Record<string, string | Selector | undefined>;
};

/** The console's resourceURL: /api/kubernetes/(api|apis/<group>)/<version>[/namespaces/<ns>]/<plural>[/<name>][/<path>]?query */
export const resourceURL = (model: K8sModel, options: UrlOptions = {}): string => {
  let url = `${k8sBasePath}/${model.apiGroup ? `apis/${model.apiGroup}` : 'api'}/${model.apiVersion}`;
  if (model.namespaced && options.ns) url += `/namespaces/${encodeURIComponent(options.ns)}`;
  url += `/${model.plural}`;
  if (options.name) url += `/${encodeURIComponent(options.name)}`;
  if (options.path) url += `/${options.path}`;
  const query = Object.entries(options.queryParams ?? {})
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => {
      const value = typeof v === 'string' ? v : selectorToString(v!);
      return `${encodeURIComponent(k)}=${encodeURIComponent(value)}`;
    })
    .join('&');
  return query ? `${url}?${query}` : url;
};
