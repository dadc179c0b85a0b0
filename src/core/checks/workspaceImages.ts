/**
 * workspace-images: nested podman needs the developer image's entrypoint, which rewrites
 * /etc/subuid and /etc/subgid when HOST_USERS=false (devfile/developer-images, ubi9 since
 * 2025-09-12, ubi10 from its first build, never ubi8). Per tooling container of each workspace,
 * and for the CheCluster's default components (operator default: UDI ubi9-latest).
 */
import type { ClusterSnapshot } from '../snapshot';
import type { CheckDetail, CheckResult } from '../results';
import type { InstanceContext } from '../instance';
import { at, dict, isDict, list, str, strings } from '../guards';
import * as fix from '../remedies';
import { dataOf, result, stateOf, unusable } from '../result';
import type { WorkspaceBucket } from '../workspaceIndex';
import { WORKSPACE_ID_LABEL } from '../../models/pod';

/** che-operator's default for spec.devEnvironments.defaultComponents. */
export const DEFAULT_UDI = 'quay.io/devfile/universal-developer-image:ubi9-latest';
const KNOWN_BASE = /^quay\.io\/devfile\/(base|universal)-developer-image(:|@|$)/;

export type ImageVerdict =
  | 'ok'
  | 'ubi8'
  | 'entrypoint-replaced'
  | 'digest'
  | 'sha-tag'
  | 'cached-latest'
  | 'not-known'
  | 'parent-devfile';
const BROKEN: ReadonlySet<ImageVerdict> = new Set(['ubi8', 'entrypoint-replaced']);

/** One tooling container; `pullPolicy` as the pod (or DWO, default Always) would use it. */
export const imageVerdict = (
  image: string,
  command: string[],
  pullPolicy: string,
): ImageVerdict => {
  const tag = image.includes('@') ? undefined : /:([^/:]+)$/.exec(image)?.[1];
  if (/-developer-image:ubi8/.test(image)) return 'ubi8';
  if (!KNOWN_BASE.test(image)) return 'not-known';
  if (command.length > 0) return 'entrypoint-replaced';
  if (tag === undefined)
    return image.includes('@') ? 'digest' : pullPolicy === 'Always' ? 'ok' : 'cached-latest';
  if (tag === 'latest' || tag === 'ubi9-latest' || tag === 'ubi10-latest') {
    return pullPolicy === 'Always' ? 'ok' : 'cached-latest';
  }
  if (tag.startsWith('ubi10-')) return 'ok';
  return 'sha-tag';
};

/** Workspace pods by workspace id, running or not (a finished pod still shows its images). */
const podsByWorkspaceId = (snapshot: ClusterSnapshot): Map<string, unknown[]> => {
  const byId = new Map<string, unknown[]>();
  for (const p of list(dataOf(snapshot.workspacePods))) {
    const wsId = str(at(p, 'metadata', 'labels', WORKSPACE_ID_LABEL));
    if (!wsId) continue;
    const pods = byId.get(wsId);
    if (pods) pods.push(p);
    else byId.set(wsId, [p]);
  }
  return byId;
};

interface Row {
  key: string;
  verdicts: { image: string; verdict: ImageVerdict }[];
}

export const checkWorkspaceImages = (
  snapshot: ClusterSnapshot,
  ctx: InstanceContext,
  scope: WorkspaceBucket,
): CheckResult => {
  const id = 'workspace-images';
  const s = stateOf(snapshot.devWorkspaces);
  if (s !== 'loaded' && s !== 'not-found')
    return unusable(id, 'devworkspaces', snapshot.devWorkspaces);
  const dwocs = isDict(snapshot.devWorkspaceOperatorConfigs)
    ? snapshot.devWorkspaceOperatorConfigs
    : {};
  const devEnv = dict(at(ctx.cheCluster, 'spec', 'devEnvironments'));
  // DWO's default pull policy is Always (pkg/config/defaults.go); che-operator passes its own on.
  const policy =
    str(at(dataOf(dwocs[ctx.namespace]), 'config', 'workspace', 'imagePullPolicy')) ??
    str(devEnv.imagePullPolicy) ??
    'Always';
  const rows: Row[] = [];
  const defaults = list(devEnv.defaultComponents).filter((c) => str(at(c, 'container', 'image')));
  rows.push({
    key: 'spec.devEnvironments.defaultComponents',
    verdicts: (defaults.length > 0 ? defaults : [{ container: { image: DEFAULT_UDI } }]).map(
      (c) => {
        const image = str(at(c, 'container', 'image')) ?? '';
        return {
          image,
          verdict: imageVerdict(image, strings(at(c, 'container', 'command')), policy),
        };
      },
    ),
  });
  let podsById: Map<string, unknown[]> | undefined;
  for (const { raw: dw, namespace, name, id: wsId } of scope.workspaces) {
    const key = `${namespace}/${name}`;
    if (isDict(at(dw, 'spec', 'template', 'parent'))) {
      // Parent devfiles are not inlined in the DevWorkspace: only the running pod shows the image.
      podsById ??= podsByWorkspaceId(snapshot);
      const pods = podsById.get(wsId ?? '') ?? [];
      const containers = pods.flatMap((p) => list(at(p, 'spec', 'containers')));
      rows.push({
        key,
        verdicts:
          containers.length === 0
            ? [{ image: '', verdict: 'parent-devfile' }]
            : containers.map((c) => {
                const image = str(at(c, 'image')) ?? '';
                const pull = str(at(c, 'imagePullPolicy')) ?? policy;
                return { image, verdict: imageVerdict(image, strings(at(c, 'command')), pull) };
              }),
      });
      continue;
    }
    const verdicts = list(at(dw, 'spec', 'template', 'components'))
      .filter((c) => str(at(c, 'container', 'image')))
      .map((c) => {
        const image = str(at(c, 'container', 'image')) ?? '';
        return {
          image,
          verdict: imageVerdict(image, strings(at(c, 'container', 'command')), policy),
        };
      });
    if (verdicts.length > 0) rows.push({ key, verdicts });
  }
  const bad = rows.filter((r) => r.verdicts.some((v) => v.verdict !== 'ok'));
  const broken = bad.filter((r) => r.verdicts.some((v) => BROKEN.has(v.verdict)));
  const details: CheckDetail[] = rows.map((r) => ({
    key: r.key,
    actual: r.verdicts.map((v) => `${v.image || '?'} (${v.verdict})`),
    ok: r.verdicts.every((v) => v.verdict === 'ok'),
  }));
  if (bad.length === 0) return result(id, 'pass', 'images-ok', { count: rows.length }, { details });
  const extras = {
    field: 'spec.template.components[].container.image',
    details,
    remedies: [fix.listWorkspaceImages()],
  };
  if (broken.length > 0) {
    return result(
      id,
      'fail',
      'images-broken',
      { count: broken.length, workspaces: broken.map((r) => r.key) },
      extras,
    );
  }
  return result(
    id,
    'warn',
    'images-verify',
    { count: bad.length, workspaces: bad.map((r) => r.key) },
    extras,
  );
};
