/**
 * The write path a real API server runs for a custom resource: mutating webhooks (only che-operator's
 * CheCluster webhook is modelled), pruning, CRD defaulting, then schema validation.
 */
import { applyDefaults, prune, validateAgainst } from './schema';
import type { SchemaProps } from './schema';
import { badRequest, invalid } from './status';
import type { K8sObjectLike } from './types';

export interface AdmissionContext {
  schema?: SchemaProps;
  openshift: boolean;
  /** fieldValidation=Strict: unknown fields are an error instead of a warning. */
  strict: boolean;
}

interface DevEnvironmentsLike {
  disableContainerRunCapabilities?: unknown;
  containerRunConfiguration?: unknown;
}

/**
 * che-operator's CheCluster mutating webhook: it creates an empty containerRunConfiguration when the
 * switch is turned on, so the CRD defaults fill it in; off OpenShift it forces the switch back off.
 */
function cheClusterWebhook(obj: K8sObjectLike, openshift: boolean): void {
  const spec = obj.spec as { devEnvironments?: DevEnvironmentsLike } | undefined;
  const dev = spec?.devEnvironments;
  if (!dev) return;
  if (!openshift && dev.disableContainerRunCapabilities === false)
    dev.disableContainerRunCapabilities = true;
  if (
    dev.disableContainerRunCapabilities === false &&
    dev.containerRunConfiguration === undefined
  ) {
    dev.containerRunConfiguration = {};
  }
}

/** Mutates `obj` in place; returns the API server's warnings. Throws ApiError (400/422). */
export function admit(obj: K8sObjectLike, ctx: AdmissionContext): string[] {
  const warnings: string[] = [];
  const schema = ctx.schema;
  if (schema) {
    const unknown = prune(obj, schema);
    if (unknown.length > 0 && ctx.strict) {
      throw badRequest(
        `strict decoding error: ${unknown.map((f) => `unknown field "${f}"`).join(', ')}`,
      );
    }
    warnings.push(...unknown.map((f) => `unknown field "${f}"`));
  }
  if (obj.kind === 'CheCluster') cheClusterWebhook(obj, ctx.openshift);
  if (schema) {
    applyDefaults(obj, schema);
    const causes = validateAgainst(obj, schema);
    if (causes.length > 0) {
      const group = (obj.apiVersion ?? '').split('/')[0];
      throw invalid(obj.kind ?? '', group, obj.metadata?.name ?? '', causes);
    }
  }
  return warnings;
}
