// Renders the chart like `helm install --dry-run` would: values coalesced over values.yaml,
// validated against values.schema.json (ajv, draft-07, as helm does before rendering), then the
// templates executed by tests/render (text/template + Sprig + helm's built-ins).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import type { ErrorObject } from 'ajv';
import { parseAllDocuments, stringify } from 'yaml';
import { goTool } from './go-tools';

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
  kubeVersion?: string;
  values?: Values;
  releaseName?: string;
  namespace?: string;
  upgrade?: boolean;
}

export interface Rendered {
  values: Values;
  objects: KubeObject[];
}

/** A refusal, with the message helm would print. */
export class ChartError extends Error {}

const schema = JSON.parse(
  readFileSync(path.join(CHART_DIR, 'values.schema.json'), 'utf8'),
) as object;
const validateValues = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);

// The shape of helm's schema error: "- path: message" under the chart's name.
function schemaMessage(errors: ErrorObject[]): string {
  const lines = errors.map((e) => {
    const field = e.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(root)';
    const detail =
      e.keyword === 'enum'
        ? `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
        : e.keyword === 'additionalProperties'
          ? `unknown field ${JSON.stringify((e.params as { additionalProperty: string }).additionalProperty)}`
          : (e.message ?? e.keyword);
    return `- ${field}: ${detail}`;
  });
  return `values don't meet the specifications of the schema(s) in the following chart(s):\n${CHART_NAME}:\n${lines.join('\n')}`;
}

function runRenderer(args: string[]): string {
  try {
    return execFileSync(goTool('render'), ['--chart', CHART_DIR, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr;
    if (stderr) throw new ChartError(stderr.trim().replace(/^Error: /, ''));
    throw error;
  }
}

export function renderChart(options: RenderOptions = {}): Rendered {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chart-values-'));
  try {
    const valuesFile = path.join(dir, 'values.yaml');
    writeFileSync(valuesFile, stringify(options.values ?? {}));
    const common = ['-f', valuesFile];
    const values = JSON.parse(runRenderer([...common, '--print-values'])) as Values;
    if (!validateValues(values)) throw new ChartError(schemaMessage(validateValues.errors ?? []));
    const manifest = runRenderer([
      ...common,
      '--kube-version',
      options.kubeVersion ?? 'v1.35.0',
      '--release-name',
      options.releaseName ?? 'nested-containers-plugin',
      '--namespace',
      options.namespace ?? 'devspaces-plugin',
      ...(options.upgrade ? ['--upgrade'] : []),
    ]);
    const objects = parseAllDocuments(manifest)
      .map((doc) => {
        if (doc.errors.length > 0)
          throw new Error(`rendered YAML is invalid: ${doc.errors[0].message}`);
        return doc.toJS() as KubeObject | null;
      })
      .filter((obj): obj is KubeObject => obj !== null);
    return { values, objects };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
