// postinstall: installs builds/console-4.21 (SDK 4.21, React 17, react-i18next 11), the
// dependencies of the build for the 4.20/4.21 consoles, from its own lock file. Skipped when
// that install is already current, so adding a root dependency does not reinstall it.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'builds',
  'console-4.21',
);
const lock = path.join(dir, 'package-lock.json');
const installed = path.join(dir, 'node_modules', '.package-lock.json');

if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) {
  process.exit(0);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const { status } = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], {
  cwd: dir,
  stdio: 'inherit',
});
process.exit(status ?? 1);
