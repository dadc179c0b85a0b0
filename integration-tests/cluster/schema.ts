/**
 * What the API server does with a custom resource's body, from its CRD's structural schema:
 * prune unknown fields (reported as warnings, or a 400 with fieldValidation=Strict), apply `default`s,
 * then validate (ajv; x-kubernetes-* keywords ignored, int32/int64/date-time formats known).
 */
import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { StatusCause } from './status';
import type { K8sObjectLike } from './types';

export interface SchemaProps {
  type?: string;
  properties?: Record<string, SchemaProps>;
  additionalProperties?: SchemaProps | boolean;
  items?: SchemaProps;
  default?: unknown;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  'x-kubernetes-embedded-resource'?: boolean;
  'x-kubernetes-int-or-string'?: boolean;
  [key: string]: unknown;
}

interface CrdVersions {
  spec?: { versions?: { name?: string; schema?: { openAPIV3Schema?: SchemaProps } }[] };
}

export function crdSchema(crd: K8sObjectLike, version: string): SchemaProps | undefined {
  return (crd as CrdVersions).spec?.versions?.find((v) => v.name === version)?.schema
    ?.openAPIV3Schema;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const KEEP_AT_RESOURCE_ROOT = new Set(['apiVersion', 'kind', 'metadata']);

/** Removes fields the schema does not declare; returns their paths (`spec.foo`). */
export function prune(value: unknown, schema: SchemaProps, path = '', root = true): string[] {
  const removed: string[] = [];
  if (schema['x-kubernetes-preserve-unknown-fields']) return removed;
  if (isPlainObject(value)) {
    const resourceRoot = root || schema['x-kubernetes-embedded-resource'] === true;
    const props = schema.properties;
    const additional = schema.additionalProperties;
    for (const key of Object.keys(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (resourceRoot && KEEP_AT_RESOURCE_ROOT.has(key) && !props?.[key]) continue;
      if (resourceRoot && key === 'metadata') continue;
      const sub = props?.[key] ?? (typeof additional === 'object' ? additional : undefined);
      if (sub) removed.push(...prune(value[key], sub, childPath, false));
      else if (additional !== true && schema.type === 'object') {
        delete value[key];
        removed.push(childPath);
      }
    }
  } else if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) =>
      removed.push(...prune(item, schema.items as SchemaProps, `${path}[${i}]`, false)),
    );
  }
  return removed;
}

/** Structural defaulting: absent properties with a `default` get it, recursively. */
export function applyDefaults(value: unknown, schema: SchemaProps): void {
  if (isPlainObject(value)) {
    for (const [key, sub] of Object.entries(schema.properties ?? {})) {
      if (value[key] === undefined && sub.default !== undefined)
        value[key] = structuredClone(sub.default);
      if (value[key] !== undefined) applyDefaults(value[key], sub);
    }
    if (isPlainObject(schema.additionalProperties)) {
      for (const key of Object.keys(value)) applyDefaults(value[key], schema.additionalProperties);
    }
  } else if (Array.isArray(value) && schema.items) {
    for (const item of value) applyDefaults(item, schema.items);
  }
}

const ajv = new Ajv({
  strict: false,
  allErrors: true,
  validateSchema: false,
  useDefaults: false,
  unicodeRegExp: false,
});
addFormats(ajv);

const compiledByText = new Map<string, ValidateFunction>();
const compiledBySchema = new WeakMap<object, ValidateFunction>();

/**
 * OpenAPI v3.0 (what CRDs use) to the JSON Schema ajv compiles: boolean exclusiveMinimum/Maximum
 * become numeric bounds.
 */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!isPlainObject(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    // `default` and `example` values are data, not schemas.
    out[k] = k === 'default' || k === 'example' || k === 'enum' ? v : toJsonSchema(v);
  }
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof out[flag] === 'boolean') {
      if (out[flag] === true && typeof out[bound] === 'number') {
        out[flag] = out[bound];
        delete out[bound];
      } else delete out[flag];
    }
  }
  return out;
}

function validatorFor(schema: SchemaProps): ValidateFunction {
  let fn = compiledBySchema.get(schema);
  if (fn) return fn;
  const key = JSON.stringify(schema);
  fn = compiledByText.get(key);
  if (!fn) {
    fn = ajv.compile(toJsonSchema(schema) as object);
    compiledByText.set(key, fn);
  }
  compiledBySchema.set(schema, fn);
  return fn;
}

const fieldOf = (instancePath: string): string =>
  instancePath
    .split('/')
    .filter((p) => p.length > 0)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');

function valueAt(obj: unknown, field: string): unknown {
  let cur: unknown = obj;
  for (const part of field.split(/\.|\[|\]/).filter((p) => p.length > 0)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

const jsType = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;

function causeOf(err: ErrorObject, obj: unknown): StatusCause {
  const field = fieldOf(err.instancePath);
  const value = valueAt(obj, field);
  switch (err.keyword) {
    case 'required': {
      const missing = (err.params as { missingProperty: string }).missingProperty;
      return {
        reason: 'FieldValueRequired',
        field: field ? `${field}.${missing}` : missing,
        message: 'Required value',
      };
    }
    case 'type':
      return {
        reason: 'FieldValueTypeInvalid',
        field,
        message: `Invalid value: "${jsType(value)}": ${field} in body must be of type ${String((err.params as { type: string }).type)}: "${jsType(value)}"`,
      };
    case 'enum': {
      const allowed = (err.params as { allowedValues: unknown[] }).allowedValues;
      return {
        reason: 'FieldValueNotSupported',
        field,
        message: `Unsupported value: ${JSON.stringify(value)}: supported values: ${allowed.map((a) => JSON.stringify(a)).join(', ')}`,
      };
    }
    default:
      return {
        reason: 'FieldValueInvalid',
        field,
        message: `Invalid value: ${JSON.stringify(value)}: ${field} in body ${err.message ?? 'is invalid'}`,
      };
  }
}

/** Schema violations as Status causes (empty when valid). */
export function validateAgainst(obj: K8sObjectLike, schema: SchemaProps): StatusCause[] {
  const fn = validatorFor(schema);
  if (fn(obj)) return [];
  const errors = (fn.errors ?? []).filter((e) => !e.schemaPath.includes('/anyOf/'));
  const seen = new Set<string>();
  return errors
    .map((e) => causeOf(e, obj))
    .filter((c) => {
      const k = `${c.field}|${c.message}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
}
