// Validates rendered objects as strictly as the API server with fieldValidation=Strict: Kubernetes
// kinds against the Kubernetes OpenAPI schemas shipped by kubernetes-models (types, required fields,
// formats) plus unknown-field detection (strictFields.ts); OpenShift kinds against their CRDs
// (reference/crds at the repository root, copied from openshift/api) with additionalProperties: false wherever the API server
// would prune.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Service } from 'kubernetes-models/v1/Service';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ClusterRole } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole';
import { ClusterRoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding';
import type { KubeObject } from './helm';
import { unknownFields } from './strictFields';

const TESTS_DIR = path.dirname(new URL(import.meta.url).pathname);

type Validator = (obj: KubeObject) => void;

// The model's prototype validate() runs the generated validator over `this`: call it on the object
// itself (not on a model copy, whose construction would enumerate every key).
const model =
  (Ctor: { prototype: { validate(this: unknown): void } }): Validator =>
  (obj) => {
    const unknown = unknownFields((data) => Ctor.prototype.validate.call(data), obj);
    if (unknown.length > 0) throw new Error(`unknown field(s): ${unknown.join(', ')}`);
  };

interface CrdSchema {
  type?: string;
  properties?: Record<string, CrdSchema>;
  items?: CrdSchema;
  additionalProperties?: boolean | CrdSchema;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  [keyword: string]: unknown;
}

// The API server prunes fields a structural schema does not declare; flag them instead, so a
// misspelt field fails the test rather than vanishing on the cluster.
function strict(schema: CrdSchema): CrdSchema {
  const out: CrdSchema = { ...schema };
  // Go's RE2 knows POSIX classes; JavaScript needs them spelt out.
  if (typeof schema.pattern === 'string') {
    out.pattern = schema.pattern.replaceAll('[:punct:]', '!-\\/:-@\\[-`{-~');
  }
  if (schema.properties) {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([k, v]) => [k, strict(v)]),
    );
    if (
      schema.additionalProperties === undefined &&
      !schema['x-kubernetes-preserve-unknown-fields']
    ) {
      out.additionalProperties = false;
    }
  }
  if (schema.items) out.items = strict(schema.items);
  if (typeof schema.additionalProperties === 'object') {
    out.additionalProperties = strict(schema.additionalProperties);
  }
  return out;
}

const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });

export function crdValidator(file: string): ValidateFunction {
  const crd = parse(
    readFileSync(path.join(TESTS_DIR, '../../../reference/crds', file), 'utf8'),
  ) as {
    spec: { versions: { name: string; schema: { openAPIV3Schema: CrdSchema } }[] };
  };
  const schema = strict(crd.spec.versions[0].schema.openAPIV3Schema);
  // metadata is the API server's ObjectMeta: checked against ObjectMeta's schema below.
  if (schema.properties) schema.properties.metadata = { type: 'object' };
  return ajv.compile(schema);
}

const crd = (file: string): Validator => {
  const validate = crdValidator(file);
  // ObjectMeta of a custom resource, validated strictly with the Kubernetes schema.
  const meta = model(ConfigMap);
  return (obj) => {
    if (!validate(obj)) {
      const detail = (validate.errors ?? []).map((e) => {
        const extra = (e.params as { additionalProperty?: string }).additionalProperty;
        return `${e.instancePath} ${e.message ?? ''}${extra ? ` (${extra})` : ''}`;
      });
      throw new Error(detail.join('; '));
    }
    meta({ apiVersion: 'v1', kind: 'ConfigMap', metadata: obj.metadata });
  };
};

const VALIDATORS: Record<string, Validator> = {
  'v1/ConfigMap': model(ConfigMap),
  'v1/Service': model(Service),
  'v1/ServiceAccount': model(ServiceAccount),
  'apps/v1/Deployment': model(Deployment),
  'batch/v1/Job': model(Job),
  'policy/v1/PodDisruptionBudget': model(PodDisruptionBudget),
  'rbac.authorization.k8s.io/v1/ClusterRole': model(ClusterRole),
  'rbac.authorization.k8s.io/v1/ClusterRoleBinding': model(ClusterRoleBinding),
  'console.openshift.io/v1/ConsolePlugin': crd('90_consoleplugins.crd.yaml'),
  'operator.openshift.io/v1/Console': crd('0000_50_console_01_consoles.crd.yaml'),
};

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Problems with one object ([] when valid). Unknown kinds are problems too. */
export function manifestProblems(obj: KubeObject): string[] {
  const key = `${obj.apiVersion}/${obj.kind}`;
  const validate = VALIDATORS[key];
  if (!validate) return [`${key} has no schema in the tests`];
  const problems: string[] = [];
  try {
    validate(obj);
  } catch (error) {
    problems.push(`${key} ${obj.metadata?.name}: ${(error as Error).message}`);
  }
  const name = obj.metadata?.name ?? '';
  // Services and namespaced names used as DNS labels must be labels; the rest subdomains.
  const pattern = obj.kind === 'Service' ? DNS_LABEL : DNS_SUBDOMAIN;
  if (!pattern.test(name) || name.length > (obj.kind === 'Service' ? 63 : 253)) {
    problems.push(`${key} name ${JSON.stringify(name)} is not a valid Kubernetes name`);
  }
  return problems;
}
