/** A Kubernetes API path as the API server reads it: `/api/v1/...` or `/apis/<group>/<version>/...`. */

export interface ResourcePath {
  group: string;
  version: string;
  namespace?: string;
  plural: string;
  name?: string;
  subresource?: string;
}

/** The group, the version and what follows them; undefined for a path not under /api or /apis. */
export function splitApiPath(
  segs: string[],
): { group: string; version: string; tail: string[] } | undefined {
  if (segs[0] === 'api') return { group: '', version: segs[1], tail: segs.slice(2) };
  if (segs[0] === 'apis') return { group: segs[1], version: segs[2], tail: segs.slice(3) };
  return undefined;
}

/** Splits the part after /api or /apis/<group>/<version> into namespace/plural/name/subresource. */
export function parseTail(group: string, version: string, tail: string[]): ResourcePath {
  if (tail[0] === 'namespaces' && tail.length >= 3) {
    return {
      group,
      version,
      namespace: tail[1],
      plural: tail[2],
      name: tail[3],
      subresource: tail[4],
    };
  }
  return { group, version, plural: tail[0], name: tail[1], subresource: tail[2] };
}
