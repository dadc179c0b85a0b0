// Renders the chart with the real helm (`helm template`, hooks included): values coalesced over
// values.yaml and checked against values.schema.json by helm itself, templates run by helm's engine
// for the given Kubernetes version. Refusals carry helm's own message.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { kubeTool } from '../../../integration-tests/tools/kubeTools';

export const CHART_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const CHART_NAME = 'devspaces-nested-containers-plugin';

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  [field: string]: unknown;
}

export type Values = Record<string, unknown>;

export interface RenderOptions {
  /** Kubernetes version for .Capabilities.KubeVersion (helm's --kube-version). */
  kubeVersion?: string;
  values?: Values;
  releaseName?: string;
  namespace?: string;
  upgrade?: boolean;
}

/** A refusal by helm, with its message (without helm's "Error: " prefix and --debug hint). */
export class ChartError extends Error {}

/** Runs helm with a values file; returns stdout or throws ChartError with helm's message. */
export function helm(args: string[], values?: Values): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chart-values-'));
  try {
    const valuesArgs: string[] = [];
    if (values) {
      const file = path.join(dir, 'values.json');
      writeFileSync(file, JSON.stringify(values));
      valuesArgs.push('-f', file);
    }
    // HELM_* dirs in the temp dir: no cache, config or plugins from the machine leak in.
    const env = {
      ...process.env,
      HELM_CACHE_HOME: path.join(dir, 'cache'),
      HELM_CONFIG_HOME: path.join(dir, 'config'),
      HELM_DATA_HOME: path.join(dir, 'data'),
    };
    return execFileSync(kubeTool('helm'), [...args, ...valuesArgs], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env,
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr;
    if (stderr) {
      const message = stderr
        .split('\n')
        .filter((line) => !line.startsWith('Use --debug') && !line.startsWith('level='))
        .join('\n')
        .trim()
        .replace(/^Error: /, '');
      throw new ChartError(message);
    }
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function parseManifests(manifest: string): KubeObject[] {
  return parseAllDocuments(manifest)
    .map((doc) => {
      if (doc.errors.length > 0)
        throw new Error(`rendered YAML is invalid: ${doc.errors[0].message}`);
      return doc.toJS() as KubeObject | null;
    })
    .filter((obj): obj is KubeObject => obj !== null);
}

export function renderChart(options: RenderOptions = {}): KubeObject[] {
  const manifest = helm(
    [
      'template',
      options.releaseName ?? 'nested-containers-plugin',
      CHART_DIR,
      '--namespace',
      options.namespace ?? 'devspaces-plugin',
      '--kube-version',
      options.kubeVersion ?? '1.35.0',
      ...(options.upgrade ? ['--is-upgrade'] : []),
    ],
    options.values ?? {},
  );
  return parseManifests(manifest);
}

/** The one object of a kind (and name, when given); throws when it is missing or ambiguous. */
export function findObject<T = KubeObject>(objects: KubeObject[], kind: string, name?: string): T {
  const found = objects.filter(
    (o) => o.kind === kind && (name === undefined || o.metadata.name === name),
  );
  if (found.length !== 1)
    throw new Error(`expected one ${kind}${name ? ` ${name}` : ''}, found ${found.length}`);
  return found[0] as T;
}
