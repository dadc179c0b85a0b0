/** Test-only: an ajv validator for the CheCluster v2 schema from the real CRD. */
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { cheClusterCrd } from './reference';

/**
 * OpenAPI 3.0 writes `exclusiveMinimum: true` beside `minimum` (draft-04 style); JSON Schema
 * draft-07, which ajv implements, wants the bound itself. Everything else is kept as is.
 */
export const openApiToJsonSchema = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(openApiToJsonSchema);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = openApiToJsonSchema(v);
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof out[flag] !== 'boolean') continue;
    if (out[flag] && typeof out[bound] === 'number') {
      out[flag] = out[bound];
      delete out[bound];
    } else {
      delete out[flag];
    }
  }
  return out;
};

/**
 * Kubernetes structural schemas are OpenAPI v3 plus `x-kubernetes-*` annotations (they steer
 * pruning, list merging and CEL rules on the server, not plain validation), and formats such as
 * `int32`/`int64`/`int-or-string`. ajv runs non-strict with those keywords declared as annotations,
 * and patterns are Go RE2 (`\-` escapes), which the `u` flag would reject.
 */
export const cheClusterV2Validator = () => {
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  ajv.addFormat('int-or-string', true);
  for (const keyword of [
    'x-kubernetes-preserve-unknown-fields',
    'x-kubernetes-int-or-string',
    'x-kubernetes-embedded-resource',
    'x-kubernetes-list-type',
    'x-kubernetes-list-map-keys',
    'x-kubernetes-map-type',
    'x-kubernetes-validations',
  ]) {
    ajv.addKeyword({ keyword });
  }
  const v2 = cheClusterCrd().spec?.versions?.find((v) => v.name === 'v2');
  if (!v2?.schema?.openAPIV3Schema) throw new Error('CRD has no v2 schema');
  return ajv.compile(openApiToJsonSchema(v2.schema.openAPIV3Schema) as object);
};
