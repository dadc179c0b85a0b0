/**
 * Debian's Chromium as the browser tests and the benchmarks launch it (never a downloaded
 * browser). The flags keep it off the network this machine does not have (background services,
 * QUIC, component updates, sync) and let it run as root in a container (no sandbox).
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
