/**
 * What the smoke-test container runs, and the reader for what it prints.
 *
 * The pod sets `args`, never `command`: the developer images' entrypoint must run first, because
 * with HOST_USERS=false it rewrites /etc/subuid and /etc/subgid to fit the pod's 65536-ID user
 * namespace and chooses the storage driver (overlay with fuse-overlayfs when /dev/fuse exists,
 * else vfs), then `exec "$@"` (devfile/developer-images base/ubi9|ubi10/entrypoint.sh). A
 * `command` would skip both, exactly what a workspace component with its own command does.
 *
 * The nested container pulls nothing: `podman run --rootfs <path>` runs "an exploded container on
 * the file system ... without requiring any image management" (podman docs,
 * docs/source/markdown/options/rootfs.md); the path is the workspace container's own `/`. The inner
 * command prints its /proc/self/uid_map, i.e. the user namespace podman created inside the pod's.
 * Default networking is kept on purpose: rootless podman needs /dev/net/tun for it, as users do.
 */

/** Every fact line starts with this, so the reader never mistakes entrypoint output for a fact. */
export const FACT_PREFIX = 'smoke-test:';

export const SMOKE_TEST_SCRIPT = [
  `echo "${FACT_PREFIX} uid-map $(tr -s ' ' < /proc/self/uid_map | tr '\\n' ';')"`,
  `if [ -c /dev/fuse ]; then echo '${FACT_PREFIX} dev-fuse present'; else echo '${FACT_PREFIX} dev-fuse missing'; fi`,
  `if [ -c /dev/net/tun ]; then echo '${FACT_PREFIX} dev-net-tun present'; else echo '${FACT_PREFIX} dev-net-tun missing'; fi`,
  `echo "${FACT_PREFIX} storage-driver $(podman info --format '{{.Store.GraphDriverName}}' 2>&1 | tail -n 1)"`,
  `out=$(podman run --rm --rootfs / cat /proc/self/uid_map 2>&1); rc=$?`,
  `printf '%s\\n' "$out"`,
  `[ "$rc" -eq 0 ] && echo "${FACT_PREFIX} inner-uid-map $(printf '%s\\n' "$out" | tr -s ' ' | tr '\\n' ';')"`,
  `echo "${FACT_PREFIX} inner-exit $rc"`,
  `exit "$rc"`,
].join('\n');

export interface SmokeTestFacts {
  /** The pod container's /proc/self/uid_map, lines joined by ';' (e.g. "0 1481179136 65536;"). */
  uidMap?: string;
  devFuse?: boolean;
  devNetTun?: boolean;
  storageDriver?: string;
  innerUidMap?: string;
  innerExit?: number;
}

/** Reads the fact lines of a container log (lines not starting with the prefix are ignored). */
export const parseFacts = (log: string): SmokeTestFacts => {
  const facts: SmokeTestFacts = {};
  for (const raw of log.split('\n')) {
    const line = raw.trim();
    if (!line.startsWith(FACT_PREFIX)) continue;
    const rest = line.slice(FACT_PREFIX.length).trim();
    const space = rest.indexOf(' ');
    const key = space < 0 ? rest : rest.slice(0, space);
    const value = space < 0 ? '' : rest.slice(space + 1).trim();
    switch (key) {
      case 'uid-map':
        facts.uidMap = value;
        break;
      case 'dev-fuse':
        facts.devFuse = value === 'present';
        break;
      case 'dev-net-tun':
        facts.devNetTun = value === 'present';
        break;
      case 'storage-driver':
        facts.storageDriver = value;
        break;
      case 'inner-uid-map':
        facts.innerUidMap = value;
        break;
      case 'inner-exit': {
        const n = Number(value);
        if (value !== '' && Number.isInteger(n)) facts.innerExit = n;
        break;
      }
      default:
    }
  }
  return facts;
};

/**
 * A uid_map that maps the whole 32-bit range from 0 is the host's (initial) user namespace
 * ("0 0 4294967295"): the pod did not get its own user namespace.
 */
export const isHostUidMap = (uidMap: string): boolean =>
  uidMap
    .split(';')
    .map((l) => l.trim())
    .filter(Boolean)
    .some((l) => /^0 0 4294967295$/.test(l));
