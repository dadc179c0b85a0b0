/**
 * Serves a scenario standalone on 127.0.0.1 for manual curl use:
 *   node --import tsx integration-tests/cluster/cli.ts --scenario integration-tests/scenarios/default [--port 9001]
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { createSimulatedCluster, loadScenario } from './index';

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'integration-tests/scenarios/default' },
    port: { type: 'string', default: '9001' },
    'operator-delay-ms': { type: 'string' },
  },
});

async function main(): Promise<void> {
  const scenario = await loadScenario(values.scenario);
  const delay = values['operator-delay-ms'];
  const cluster = createSimulatedCluster(scenario, {
    operatorDelayMs: delay === undefined ? undefined : Number(delay),
    log: (line) => console.log(line),
  });
  const server = createServer((req, res) => {
    console.log(`${req.method} ${req.url}`);
    if (!cluster.handle(req, res)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not a Kubernetes API path: use /api/kubernetes/...\n');
    }
  });
  server.listen(Number(values.port), '127.0.0.1', () => {
    console.log(`scenario ${scenario.name}: ${scenario.objects.length} objects`);
    console.log(`serving http://127.0.0.1:${Number(values.port)}/api/kubernetes/`);
  });
  const stop = () => {
    cluster.close();
    server.close();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
