// Serves the real console with the plugin on a simulated cluster (what `npm run demo -- --real-console`
// runs):
//   node --import tsx integration-tests/real-console/cli.ts --version 4.20 [--scenario <file-or-dir>]
//        [--port 9000] [--plugin-dir dist-4.21] [--nginx] [--auth-disabled] [--user name]
//        [--fleet <dir>]   (an ACM hub managing one cluster per entry of <dir>: real-console/acmHub.ts)
// Exits with 3, saying where to get one, when no console build for that release is available.
import { parseArgs } from 'node:util';
import {
  findConsoleBuild,
  REAL_CONSOLE_VERSIONS,
  whereToGet,
  type RealConsoleVersion,
} from './consoleBuild';
import path from 'node:path';
import { fleetFromDir } from './acmHub';
import { PLUGIN_NAME, start } from './backend';

const main = async () => {
  const { values } = parseArgs({
    options: {
      version: { type: 'string', default: '4.22' },
      scenario: { type: 'string' },
      port: { type: 'string', default: '9000' },
      'plugin-dir': { type: 'string' },
      nginx: { type: 'boolean', default: false },
      'auth-disabled': { type: 'boolean', default: false },
      user: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      fleet: { type: 'string' },
    },
  });
  const version = values.version as RealConsoleVersion;
  if (!REAL_CONSOLE_VERSIONS.includes(version))
    throw new Error(`--version must be one of ${REAL_CONSOLE_VERSIONS.join(', ')}`);
  if (!findConsoleBuild(version)) {
    console.error(whereToGet(version));
    process.exit(3);
  }
  const c = await start({
    version,
    scenario: values.scenario,
    port: Number(values.port),
    pluginDir: values['plugin-dir'],
    nginx: values.nginx,
    user: values['auth-disabled']
      ? 'auth-disabled'
      : values.user
        ? { name: values.user, groups: ['system:authenticated'] }
        : undefined,
    log: values.quiet ? undefined : (line) => console.log(line),
    fleet: values.fleet ? fleetFromDir(path.resolve(values.fleet)) : undefined,
  });
  console.log(
    `Real OpenShift console ${version} (production frontend build) with plugin ${PLUGIN_NAME}`,
  );
  console.log(`Open ${c.url}/${PLUGIN_NAME}`);
  if (values.fleet) console.log(`The fleet page: ${c.url}/${PLUGIN_NAME}/fleet`);
  const stop = () => void c.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
