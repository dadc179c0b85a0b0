// Builds what the browser tests load: the plugin (production build into dist-e2e/, only when
// older than its sources) and the shell bundle in development mode (React's dev warnings fail tests).
import { buildShell } from '../console/build-shell';
import { ensurePluginBuild } from '../console/plugin-build';

export default async function globalSetup(): Promise<void> {
  ensurePluginBuild('dist-e2e');
  await buildShell('4.22', 'development');
}
