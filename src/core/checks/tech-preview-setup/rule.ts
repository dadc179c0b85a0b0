/**
 * tech-preview-setup: the OpenShift 4.17 tech-preview recipe (Red Hat Developer article, see
 * ../shared/seeds) made nested podman work by hand: a `nested-podman-scc` SCC (SELinux type
 * container_engine_t, userNamespaceLevel RequirePodLevel) named as the *build* SCC, a
 * `pod-overrides` attribute with `hostUsers: false` on each DevWorkspace, and a
 * TechPreviewNoUpgrade feature set for the user-namespace gates. The supported switch
 * (disableContainerRunCapabilities: false) replaces all three; left in place they keep workspaces
 * on the hand-made SCC and pod spec instead of what the operators manage.
 */
import type { ClusterSnapshot } from '../../snapshot';
import type { CheckDetail, CheckResult } from '../../results';
import type { CheClusterContext } from '../../cheClusterContext';
import { at, bool, dict, isDict, str } from '../../guards';
import { cheClusterRef } from '../../refs';
import * as fix from './remedies';
import { dataOf, result } from '../../resultBuilders';
import type { WorkspaceBucket } from '../../workspaceIndex';

const POD_OVERRIDES = 'pod-overrides';
const NON_DEFAULT_SETS = new Set(['TechPreviewNoUpgrade', 'CustomNoUpgrade']);

/** An SCC made for nested containers: the recipe's SELinux type or a required user namespace. */
export const isNestedScc = (scc: unknown): boolean =>
  str(at(scc, 'seLinuxContext', 'seLinuxOptions', 'type')) === 'container_engine_t' ||
  str(at(scc, 'seLinuxContext', 'type')) === 'container_engine_t' ||
  str(at(scc, 'userNamespaceLevel')) === 'RequirePodLevel';

/**
 * The DevWorkspace Operator reads `pod-overrides` from the template's attributes and from each
 * component's, unmarshalling it into a PodTemplateSpec (devworkspace-operator
 * pkg/library/overrides/pods.go, `Attributes.GetInto`): only an object can set `hostUsers`; a string
 * fails to parse and the workspace does not start at all.
 */
const setsHostUsersFalse = (attributes: unknown): boolean =>
  bool(at(dict(attributes)[POD_OVERRIDES], 'spec', 'hostUsers')) === false;

export const overridesHostUsers = (dw: unknown): boolean => {
  const template = at(dw, 'spec', 'template');
  const components = at(template, 'components');
  return (
    setsHostUsersFalse(at(template, 'attributes')) ||
    (Array.isArray(components) && components.some((c) => setsHostUsersFalse(at(c, 'attributes'))))
  );
};

export const checkTechPreviewSetup = (
  snapshot: ClusterSnapshot,
  ctx: CheClusterContext,
  scope: WorkspaceBucket,
): CheckResult => {
  const id = 'tech-preview-setup';
  const parts: string[] = [];
  const details: CheckDetail[] = [];
  const remedies = [];

  const buildScc = str(
    at(
      ctx.cheCluster,
      'spec',
      'devEnvironments',
      'containerBuildConfiguration',
      'openShiftSecurityContextConstraint',
    ),
  );
  const sccs = isDict(snapshot.sccs) ? snapshot.sccs : {};
  if (buildScc && buildScc !== ctx.runScc && isNestedScc(dataOf(sccs[buildScc]))) {
    parts.push('build-scc');
    details.push({
      key: 'spec.devEnvironments.containerBuildConfiguration.openShiftSecurityContextConstraint',
      actual: buildScc,
      ok: false,
    });
    remedies.push(fix.dropNestedBuildScc(ctx.namespace, ctx.name), fix.deleteScc(buildScc));
  }

  const overridden = scope.workspaces
    .filter((w) => overridesHostUsers(w.raw))
    .map((w) => `${w.namespace}/${w.name}`);
  if (overridden.length > 0) {
    parts.push('pod-overrides');
    details.push({
      key: 'spec.template.attributes["pod-overrides"]',
      actual: overridden,
      ok: false,
    });
    remedies.push(fix.listPodOverridesWorkspaces());
  }

  if (parts.length === 0) return result(id, 'pass', 'tech-preview-none', {});
  // Only with the rest of the recipe: on its own a non-default set is the feature-set check's finding.
  const featureSet = str(at(dataOf(snapshot.featureGate), 'spec', 'featureSet')) ?? '';
  if (NON_DEFAULT_SETS.has(featureSet)) {
    parts.push('feature-set');
    details.push({ key: 'featureSet', actual: featureSet, expected: '', ok: false });
  }
  if (!ctx.requestedEnabled) remedies.unshift(fix.enableFeature(ctx.namespace, ctx.name));
  return result(
    id,
    'warn',
    'tech-preview-found',
    { parts, workspaces: overridden.length },
    { object: cheClusterRef(ctx.namespace, ctx.name), details, remedies },
  );
};
