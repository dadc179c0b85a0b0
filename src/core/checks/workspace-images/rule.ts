/**
 * workspace-images: nested podman needs the developer image's entrypoint, which rewrites
 * /etc/subuid and /etc/subgid when HOST_USERS=false (devfile/developer-images, ubi9 since
 * 2025-09-12, ubi10 from its first build, never ubi8). Per tooling container of each workspace,
 * and for the CheCluster's default components (operator default: UDI ubi9-latest).
 */
import type { ClusterSnapshot } from '../../snapshot';
import type { CheckDetail, CheckResult } from '../../results';
import type { CheClusterContext } from '../../cheClusterContext';
import { at, dict, isDict, list, str, strings } from '../../guards';
import * as fix from './remedies';
import { dataOf, result, stateOf, unusable } from '../../resultBuilders';
import type { WorkspaceBucket } from '../../workspaceIndex';
import { WORKSPACE_ID_LABEL } from '../../../models/pod';

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

/**
 * Verdicts repeat: most workspaces use one of a few images. Without a command the verdict depends on
 * the image and the pull policy only, so each pair is judged once per evaluation.
 */
const verdictsMemo = () => {
  const byPolicy = new Map<string, Map<string, ImageVerdict>>();
  return (image: string, command: unknown, pullPolicy: string): ImageVerdict => {
    if (Array.isArray(command) && command.some((x) => typeof x === 'string')) {
      return imageVerdict(image, strings(command), pullPolicy);
    }
    let byImage = byPolicy.get(pullPolicy);
    if (!byImage) byPolicy.set(pullPolicy, (byImage = new Map<string, ImageVerdict>()));
    let v = byImage.get(image);
    if (v === undefined) byImage.set(image, (v = imageVerdict(image, [], pullPolicy)));
    return v;
  };
};

/** The images of the workspaces whose every image is fine, with how many containers use each. */
const okImagesDetail = (counts: Map<string, number>): CheckDetail[] =>
  counts.size === 0
    ? []
    : [
        {
          key: 'workspaces.images.ok',
          actual: [...counts].map(([image, n]) => `${image} (ok) × ${n}`),
          ok: true,
        },
      ];

export const checkWorkspaceImages = (
  snapshot: ClusterSnapshot,
  ctx: CheClusterContext,
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
  const verdictOf = verdictsMemo();
  // Rows only for what an administrator must read (the defaults, and every workspace with an image
  // that is not fine); the fine ones are counted by image, or 10k workspaces make 10k rows.
  const rows: Row[] = [];
  const okImages = new Map<string, number>();
  let judged = 1;
  const defaults = list(devEnv.defaultComponents).filter((c) => str(at(c, 'container', 'image')));
  rows.push({
    key: 'spec.devEnvironments.defaultComponents',
    verdicts: (defaults.length > 0 ? defaults : [{ container: { image: DEFAULT_UDI } }]).map(
      (c) => {
        const image = str(at(c, 'container', 'image')) ?? '';
        return { image, verdict: verdictOf(image, at(c, 'container', 'command'), policy) };
      },
    ),
  });
  let podsById: Map<string, unknown[]> | undefined;
  const verdicts: { image: string; verdict: ImageVerdict }[] = [];
  for (const { raw: dw, namespace, name, id: wsId } of scope.workspaces) {
    verdicts.length = 0;
    const template = dict(dict(dw.spec).template);
    if (isDict(template.parent)) {
      // Parent devfiles are not inlined in the DevWorkspace: only the running pod shows the image.
      podsById ??= podsByWorkspaceId(snapshot);
      for (const p of podsById.get(wsId ?? '') ?? []) {
        for (const c of list(at(p, 'spec', 'containers'))) {
          const image = str(at(c, 'image')) ?? '';
          const pull = str(at(c, 'imagePullPolicy')) ?? policy;
          verdicts.push({ image, verdict: verdictOf(image, at(c, 'command'), pull) });
        }
      }
      if (verdicts.length === 0) verdicts.push({ image: '', verdict: 'parent-devfile' });
    } else {
      const components = list(template.components);
      for (let i = 0; i < components.length; i++) {
        const container = dict(dict(components[i]).container);
        const image = str(container.image);
        if (image) verdicts.push({ image, verdict: verdictOf(image, container.command, policy) });
      }
    }
    if (verdicts.length === 0) continue;
    judged++;
    if (verdicts.every((v) => v.verdict === 'ok')) {
      for (const v of verdicts) okImages.set(v.image, (okImages.get(v.image) ?? 0) + 1);
    } else rows.push({ key: `${namespace}/${name}`, verdicts: [...verdicts] });
  }
  const bad = rows.filter((r) => r.verdicts.some((v) => v.verdict !== 'ok'));
  const broken = bad.filter((r) => r.verdicts.some((v) => BROKEN.has(v.verdict)));
  const details: CheckDetail[] = [
    ...rows.map((r) => ({
      key: r.key,
      actual: r.verdicts.map((v) => `${v.image || '?'} (${v.verdict})`),
      ok: r.verdicts.every((v) => v.verdict === 'ok'),
    })),
    ...okImagesDetail(okImages),
  ];
  if (bad.length === 0) return result(id, 'pass', 'images-ok', { count: judged }, { details });
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
