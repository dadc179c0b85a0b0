// Builds what the browser tests load: both plugin builds (production, into dist-e2e/ and
// dist-e2e-4.21/, only when older than their sources) and both shell bundles in development mode
// (React's dev warnings fail tests).
import { buildShell } from '../shell/buildShell';
import { ensurePluginBuild } from '../shell/pluginBuild';

export default async function globalSetup(): Promise<void> {
  ensurePluginBuild('dist-e2e', '4.22');
  ensurePluginBuild('dist-e2e-4.21', '4.21');
  await buildShell('4.22', 'development');
  await buildShell('4.20', 'development');
}
