import type { ReasonSpecs } from '../definition';

/** The reasons container-run-settings returns, with the names of their parameters. */
export const reasons = {
  /** The run configuration gives workspaces procMount Unmasked and both devices. */
  'run-settings-ok': [],
  /** procMount or /dev/fuse is lost: podman cannot run in any new workspace. `fields`: what. */
  'run-settings-broken': ['fields'],
  /** Only /dev/net/tun is lost: nested containers get no network of their own. */
  'run-settings-no-tun': [],
} as const satisfies ReasonSpecs;
