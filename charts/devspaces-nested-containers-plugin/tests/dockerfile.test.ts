// There is no container engine here, so the image is checked statically: the Dockerfile must build
// both console builds, run nginx non-root with the chart's own nginx.conf, and agree with the
// Deployment the chart renders (same prefix, command and port).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import { CHART_DIR, findObject, renderChart } from './helm';

const REPO = path.resolve(CHART_DIR, '../..');
const PREFIX = '/opt/app-root/plugin/';

interface Instruction {
  op: string;
  args: string;
}

// Instructions of each stage, continuation lines joined, comments dropped.
function stages(): Instruction[][] {
  const text = readFileSync(path.join(REPO, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
  const result: Instruction[][] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const [, op, args] = /^(\S+)\s+(.*)$/.exec(trimmed) ?? [];
    if (op.toUpperCase() === 'FROM') result.push([]);
    result[result.length - 1].push({ op: op.toUpperCase(), args });
  }
  return result;
}

const all = (stage: Instruction[], op: string) =>
  stage.filter((i) => i.op === op).map((i) => i.args);

describe('Dockerfile', () => {
  const [build, runtime] = stages();

  it('builds on UBI Node.js and serves from UBI nginx', () => {
    expect(stages()).toHaveLength(2);
    expect(all(build, 'FROM')[0]).toMatch(
      /^registry\.access\.redhat\.com\/ubi9\/nodejs-\d+\S* AS build$/,
    );
    expect(all(runtime, 'FROM')[0]).toMatch(/^registry\.access\.redhat\.com\/ubi9\/nginx-\d+/);
    expect(all(build, 'RUN').join('\n')).toMatch(
      /npm ci --ignore-scripts[\s\S]*npm ci .*--prefix builds\/console-4\.21[\s\S]*npm run build/,
    );
  });

  it('copies both builds and the chart nginx.conf into the nginx prefix', () => {
    const copies = all(runtime, 'COPY');
    expect(copies).toContain(`--from=build /opt/app-root/src/dist ${PREFIX}dist`);
    expect(copies).toContain(`--from=build /opt/app-root/src/dist-4.21 ${PREFIX}dist-4.21`);
    expect(copies).toContain(
      `charts/devspaces-nested-containers-plugin/files/nginx.conf ${PREFIX}nginx.conf`,
    );
    // The build script emits exactly these two directories.
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
      scripts: { build: string };
    };
    expect(pkg.scripts.build).toContain('rm -rf dist dist-4.21');
  });

  it('ends as a non-root user, listening on the port nginx.conf uses', () => {
    const users = all(runtime, 'USER');
    expect(users[users.length - 1]).toMatch(/^[1-9]\d*$/);
    expect(all(runtime, 'EXPOSE')).toEqual(['9443']);
    expect(readFileSync(path.join(CHART_DIR, 'files/nginx.conf'), 'utf8')).toContain(
      'listen 9443 ssl;',
    );
  });

  it('starts nginx exactly as the chart Deployment does', () => {
    const cmd = JSON.parse(all(runtime, 'CMD')[0]) as string[];
    const objects = renderChart({
      values: { image: { repository: 'quay.io/example/plugin' } },
    });
    const container = findObject<IDeployment>(objects, 'Deployment').spec?.template.spec
      ?.containers[0];
    expect(container?.command).toEqual(cmd);
    const mounts = container?.volumeMounts?.map((m) => m.mountPath).sort();
    expect(mounts).toEqual([`${PREFIX}cert`, `${PREFIX}nginx.conf`, `${PREFIX}tmp`]);
  });

  it('keeps node_modules, builds and tests out of the build context but not nginx.conf', () => {
    const ignored = readFileSync(path.join(REPO, '.dockerignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    expect(ignored).toEqual(
      // .tools: the test-only helm and kubectl binaries (120 MB) stay out of the context.
      expect.arrayContaining([
        '**/node_modules',
        'dist',
        'dist-*',
        '.git',
        'charts/*/tests',
        '.tools',
      ]),
    );
    expect(
      ignored.some((p) =>
        'charts/devspaces-nested-containers-plugin/files/nginx.conf'.startsWith(p),
      ),
    ).toBe(false);
  });
});
