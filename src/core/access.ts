/**
 * The access that would let a viewer read what a check needs: the verb, the resource and its API
 * group, as `oc auth can-i` and an RBAC rule name them. A `forbidden` result carries them, so
 * "cannot tell" says who can tell (a cluster administrator, or a grant of exactly this). Both come
 * from the snapshot's resource table (core/resources.ts).
 */
import { RESOURCE_ENTRIES } from './resources';

export interface Access {
  verb: string;
  resource: string;
  /** The API group; '' is the core group. */
  group: string;
}

const BY_PLURAL = new Map(RESOURCE_ENTRIES.map(([, spec]) => [spec.model.plural, spec]));

/** The access to read `resource` (a plural); unknown plurals keep an empty group. */
export const readAccess = (resource: string): Access => {
  const spec = BY_PLURAL.get(resource);
  return {
    verb: spec?.read === 'get' ? 'get' : 'list',
    resource,
    group: spec?.model.group ?? '',
  };
};
