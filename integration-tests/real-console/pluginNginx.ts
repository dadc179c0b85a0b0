// Runs the chart's nginx test server (charts/.../tests/nginxServer.ts: Debian's nginx, the chart's
// nginx.conf, a self-signed certificate) in a child process: that module uses import.meta, which
// Playwright's CommonJS test loader cannot load, so the browser suite starts it through tsx.
//   node --import tsx integration-tests/real-console/pluginNginx.ts <distDir> <legacyDistDir>
// prints one JSON line { url, legacyUrl, ca } once nginx answers, and stops nginx on SIGTERM,
// SIGINT or when stdin closes (the parent went away).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

export type PluginNginxInfo = { url: string; legacyUrl: string; ca: string };
export type PluginNginxProcess = PluginNginxInfo & { stop: () => Promise<void> };

const ROOT = path.resolve(__dirname, '../..');

/** Starts the launcher below as a child process; resolves once nginx serves both builds. */
export const startPluginNginxProcess = (
  distDir: string,
  legacyDistDir: string,
): Promise<PluginNginxProcess> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'pluginNginx.ts'), distDir, legacyDistDir],
      { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<void>((r) => child.on('exit', () => r()));
    child.on('exit', (code) => reject(new Error(`nginx launcher exited (${code}):\n${stderr}`)));
    createInterface({ input: child.stdout }).once('line', (line) => {
      const info = JSON.parse(line) as PluginNginxInfo;
      resolve({
        ...info,
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });

const main = async () => {
  const [distDir, legacyDistDir] = process.argv.slice(2);
  if (!distDir || !legacyDistDir)
    throw new Error('usage: pluginNginx.ts <distDir> <legacyDistDir>');
  const { startPluginNginx } =
    await import('../../charts/devspaces-nested-containers-plugin/tests/nginxServer');
  const nginx = await startPluginNginx({ distDir, legacyDistDir });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void nginx.stop().then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdin.on('end', stop);
  process.stdin.resume();
  process.stdout.write(
    `${JSON.stringify({ url: nginx.url, legacyUrl: nginx.legacyUrl, ca: nginx.ca })}\n`,
  );
};

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
