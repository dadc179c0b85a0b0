/**
 * The DevWorkspace Operator's part: a started DevWorkspace gets its pod, built the way DWO and
 * che-operator build it (src/core/testing/workspacePod.ts), from the DevWorkspaceOperatorConfig and
 * CheCluster as they are at that moment; a stopped one loses it. A DevWorkspace without a
 * `status.devworkspaceId` gets one, as DWO gives it. At scenario load it runs once, silently (the
 * pods are part of the loaded state); afterwards on every DevWorkspace event.
 *
 * Scenario pods are never replaced: a started workspace that already has a pod (labelled with its
 * devworkspace_id in its namespace) keeps it, so hand-written broken pods stay as they are. A pod that
 * SCC admission would refuse (the attribute's SCC does not admit it and restricted-v2 does not
 * either: the workspace "cannot start") is not created.
 */
import type { CheCluster } from '../../src/models/cheCluster';
import type { DevWorkspaceOperatorConfig } from '../../src/models/devWorkspaceOperatorConfig';
import type { SecurityContextConstraints } from '../../src/models/securityContextConstraints';
import type { ShapedDevWorkspace } from '../../src/core/testing/devWorkspaces';
import { buildWorkspacePod, sccRefuses } from '../../src/core/testing/workspacePod';
import type { ClusterState } from './cluster';
import { completeLoaded } from './metadata';
import { BUILT_IN_RESOURCES, type ResourceInfo } from './resources';
import type { K8sObjectLike } from './types';

const res = (plural: string): ResourceInfo | undefined =>
  BUILT_IN_RESOURCES.find((r) => r.plural === plural);
const PODS = res('pods') as ResourceInfo;
const SCCS = res('securitycontextconstraints') as ResourceInfo;
const ID_LABEL = 'controller.devfile.io/devworkspace_id';
const SCC_ATTRIBUTE = 'controller.devfile.io/scc';
const DWOC_ATTRIBUTE = 'controller.devfile.io/devworkspace-config';
/** DWO's own config (pkg/config: OperatorConfigName in the operator's namespace). */
const DWO_CONFIG = { name: 'devworkspace-operator-config', namespace: 'openshift-operators' };
const FALLBACK_SCC = 'restricted-v2';

export class WorkspaceOperatorSimulation {
  private readonly unsubscribe: () => void;

  constructor(
    private readonly state: ClusterState,
    private readonly log: (line: string) => void,
  ) {
    // One pass over the pods, not one per workspace: generated scenarios hold 10k of each.
    const running = new Set(
      state.store
        .list(PODS)
        .map((p) => `${p.metadata?.namespace}/${p.metadata?.labels?.[ID_LABEL]}`),
    );
    for (const dw of this.devWorkspaces()) {
      const id = (dw.status as { devworkspaceId?: string } | undefined)?.devworkspaceId;
      if (!running.has(`${dw.metadata?.namespace}/${id}`)) this.reconcile(dw, true);
    }
    this.unsubscribe = state.store.subscribe((e) => {
      if (e.resource.kind !== 'DevWorkspace') return;
      if (e.type === 'DELETED') this.removePods(e.object);
      else this.reconcile(e.object, false);
    });
  }

  stop(): void {
    this.unsubscribe();
  }

  private info(kind: string): ResourceInfo | undefined {
    const versions: Record<string, string> = {
      DevWorkspace: 'workspace.devfile.io/v1alpha2',
      DevWorkspaceOperatorConfig: 'controller.devfile.io/v1alpha1',
      CheCluster: 'org.eclipse.che/v2',
      ClusterServiceVersion: 'operators.coreos.com/v1alpha1',
    };
    return this.state.resolve(versions[kind], kind, true) ?? undefined;
  }

  private devWorkspaces(): K8sObjectLike[] {
    const info = this.info('DevWorkspace');
    return info ? this.state.store.list(info) : [];
  }

  private podsOf(dw: K8sObjectLike, id: string): K8sObjectLike[] {
    return this.state.store
      .list(PODS, dw.metadata?.namespace)
      .filter((p) => p.metadata?.labels?.[ID_LABEL] === id);
  }

  private removePods(dw: K8sObjectLike): void {
    const id = (dw.status as { devworkspaceId?: string } | undefined)?.devworkspaceId;
    if (!id) return;
    for (const p of this.podsOf(dw, id)) {
      this.state.store.remove(PODS, p.metadata?.namespace, p.metadata?.name ?? '');
      this.log(
        `dwo: stopped ${dw.metadata?.namespace}/${dw.metadata?.name}: deleted pod ${p.metadata?.name}`,
      );
    }
  }

  private reconcile(obj: K8sObjectLike, atLoad: boolean): void {
    const dw = obj as ShapedDevWorkspace;
    const started = dw.spec?.started === true;
    const status = dw.status ?? {};
    if (!status.devworkspaceId && !atLoad) {
      // DWO's id: "workspace" and 16 hex digits of the object's UID.
      const id = `workspace${(dw.metadata?.uid ?? '').replace(/-/g, '').slice(0, 16).padEnd(16, '0')}`;
      this.state.update({
        ...obj,
        status: { ...status, devworkspaceId: id, phase: started ? 'Running' : 'Stopped' },
      });
      return; // the update's event reconciles again
    }
    const id = status.devworkspaceId;
    if (!id) return;
    if (!started) {
      this.removePods(obj);
      return;
    }
    if (this.podsOf(obj, id).length > 0) return;
    const pod = this.build(dw);
    if (!pod) return;
    if (atLoad) {
      completeLoaded(PODS, (pod.metadata ??= {}));
      this.state.store.put(PODS, pod, true);
    } else this.state.update(pod);
    this.log(
      `dwo: started ${dw.metadata?.namespace}/${dw.metadata?.name}: pod ${pod.metadata?.name}`,
    );
  }

  private get<T>(kind: string, namespace: string | undefined, name: string): T | undefined {
    const info = this.info(kind);
    return info ? (this.state.store.get(info, namespace, name) as T | undefined) : undefined;
  }

  private build(dw: ShapedDevWorkspace): K8sObjectLike | undefined {
    const attributes = dw.spec?.template?.attributes ?? {};
    const ref = attributes[DWOC_ATTRIBUTE] as { name?: string; namespace?: string } | undefined;
    const dwoc = ref?.name
      ? this.get<DevWorkspaceOperatorConfig>('DevWorkspaceOperatorConfig', ref.namespace, ref.name)
      : this.get<DevWorkspaceOperatorConfig>(
          'DevWorkspaceOperatorConfig',
          DWO_CONFIG.namespace,
          DWO_CONFIG.name,
        );
    const cheInfo = this.info('CheCluster');
    const cheClusters = (cheInfo ? this.state.store.list(cheInfo) : []) as CheCluster[];
    const cheCluster =
      cheClusters.find((c) => c.metadata?.namespace === ref?.namespace) ?? cheClusters[0];
    const csvInfo = this.info('ClusterServiceVersion');
    const csv = (csvInfo ? this.state.store.list(csvInfo) : []).find((c) =>
      (c.metadata?.name ?? '').startsWith('devworkspace-operator.'),
    );
    const sccName = attributes[SCC_ATTRIBUTE];
    const scc =
      typeof sccName === 'string'
        ? (this.state.store.get(SCCS, undefined, sccName) as SecurityContextConstraints | undefined)
        : undefined;
    const ns = this.state.store
      .list(res('namespaces') as ResourceInfo)
      .find((n) => n.metadata?.name === dw.metadata?.namespace);
    const range = ns?.metadata?.annotations?.['openshift.io/sa.scc.uid-range'];
    const pod = buildWorkspacePod({
      devWorkspace: dw,
      cheCluster,
      dwoc,
      dwoVersion: (csv?.spec as { version?: string } | undefined)?.version,
      scc,
      otherwiseScc: FALLBACK_SCC,
      ...(range ? { namespaceUid: Number(range.split('/')[0]) } : {}),
    });
    if (!pod) return undefined;
    if (pod.metadata?.annotations?.['openshift.io/scc'] === FALLBACK_SCC) {
      const fallback = this.state.store.get(SCCS, undefined, FALLBACK_SCC);
      if (!fallback || sccRefuses(pod, fallback)) {
        this.log(
          `dwo: ${dw.metadata?.namespace}/${dw.metadata?.name}: no SCC admits its pod; not started`,
        );
        return undefined;
      }
    }
    return pod as K8sObjectLike;
  }
}
