/**
 * che-operator's reaction to the switch, after a delay: chePhase RollingUpdate, then the run SCC,
 * RBAC and devworkspace-config are created (or removed), then chePhase Active. Like the real operator
 * it does not look at the OpenShift version; see workspaces.ts for what breaks on an old cluster.
 */
import type { ClusterState } from './cluster';
import { BUILT_IN_RESOURCES } from './resources';
import type { ResourceInfo } from './resources';
import {
  desiredRbac,
  desiredScc,
  dwocWith,
  dwocWithout,
  flavorOf,
  isRunEnabled,
  runSccName,
} from './operatorObjects';
import type { CheClusterLike } from './operatorObjects';
import type { K8sObjectLike } from './types';

const res = (plural: string): ResourceInfo =>
  BUILT_IN_RESOURCES.find((r) => r.plural === plural) as ResourceInfo;
const CHECLUSTERS = res('checlusters');
const SCCS = res('securitycontextconstraints');
const DWOCS = res('devworkspaceoperatorconfigs');
const NAMESPACES = res('namespaces');

export interface OperatorOptions {
  delayMs: number;
  enabled: boolean;
  log: (line: string) => void;
}

const keyOf = (o: K8sObjectLike): string => `${o.metadata?.namespace}/${o.metadata?.name}`;

export class OperatorSimulation {
  /** The switch state the operator last reconciled (or is reconciling towards), per CheCluster. */
  private readonly target = new Map<string, boolean>();
  private readonly timers = new Map<string, NodeJS.Timeout[]>();
  /** Resolved when no reconcile is scheduled any more (tests wait on this instead of sleeping). */
  private idleWaiters: (() => void)[] = [];
  private unsubscribe = (): void => undefined;

  constructor(
    private readonly state: ClusterState,
    private readonly opts: OperatorOptions,
  ) {
    if (!opts.enabled || !state.openshift) return;
    for (const cc of state.store.list(CHECLUSTERS)) this.target.set(keyOf(cc), isRunEnabled(cc));
    this.unsubscribe = state.store.subscribe((e) => {
      if (e.resource !== CHECLUSTERS) return;
      const key = keyOf(e.object);
      if (e.type === 'DELETED') {
        this.cancel(key);
        this.target.delete(key);
        return;
      }
      const want = isRunEnabled(e.object);
      if (this.target.get(key) === want) return;
      this.target.set(key, want);
      this.schedule(key, e.object, want);
    });
  }

  stop(): void {
    this.unsubscribe();
    for (const key of [...this.timers.keys()]) this.cancel(key);
  }

  /** Resolves once every reconcile that has been scheduled so far has finished (or was cancelled). */
  settled(): Promise<void> {
    if (this.timers.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private cancel(key: string): void {
    for (const t of this.timers.get(key) ?? []) clearTimeout(t);
    this.done(key);
  }

  private done(key: string): void {
    this.timers.delete(key);
    if (this.timers.size === 0) this.idleWaiters.splice(0).forEach((resolve) => resolve());
  }

  private schedule(key: string, cc: K8sObjectLike, enable: boolean): void {
    this.cancel(key);
    const ns = cc.metadata?.namespace ?? '';
    const name = cc.metadata?.name ?? '';
    const d = this.opts.delayMs;
    const step = (at: number, fn: () => void): NodeJS.Timeout => setTimeout(fn, at);
    this.opts.log(
      `operator: CheCluster ${ns}/${name} container run ${enable ? 'enabled' : 'disabled'}, reconciling`,
    );
    this.timers.set(key, [
      step(d, () => this.setPhase(ns, name, 'RollingUpdate', 'Updating Dev Spaces components')),
      step(d * 1.5, () => this.reconcile(ns, name, enable)),
      step(d * 2, () => {
        this.setPhase(ns, name, 'Active');
        this.done(key);
      }),
    ]);
  }

  private setPhase(ns: string, name: string, phase: string, message?: string): void {
    const cc = this.state.store.get(CHECLUSTERS, ns, name);
    if (!cc) return;
    const status: Record<string, unknown> = {
      ...(cc.status as Record<string, unknown> | undefined),
      chePhase: phase,
    };
    if (message) status.message = message;
    else delete status.message;
    this.state.update({ ...cc, status });
    this.opts.log(`operator: CheCluster ${ns}/${name} chePhase ${phase}`);
  }

  private reconcile(ns: string, name: string, enable: boolean): void {
    const cc: CheClusterLike | undefined = this.state.store.get(CHECLUSTERS, ns, name);
    if (!cc) return;
    const flavor = flavorOf(cc);
    const sccName = runSccName(cc);
    const existingScc = this.state.store.get(SCCS, undefined, sccName);
    const managedBy = existingScc?.metadata?.labels?.['app.kubernetes.io/managed-by'];
    const othersEnabled = this.state.store
      .list(CHECLUSTERS)
      .some((o) => keyOf(o) !== `${ns}/${name}` && isRunEnabled(o));
    const userNamespaces = this.state.store.list(NAMESPACES);
    const rbac = desiredRbac(flavor, sccName, userNamespaces);
    if (enable) {
      if (existingScc && managedBy === undefined) {
        this.opts.log(
          `operator: SCC ${sccName} exists without managed-by label: left alone (custom SCC)`,
        );
      } else this.state.update(desiredScc(flavor, sccName));
      for (const o of rbac) this.state.update(o);
    } else {
      if (existingScc && managedBy === `${flavor}-operator` && !othersEnabled)
        this.remove(existingScc);
      for (const o of rbac) {
        const shared = o.metadata?.name === 'dev-workspace-container-run';
        if (shared && othersEnabled) continue;
        const info = this.state.resolve(o.apiVersion, o.kind);
        if (info && this.state.store.get(info, o.metadata?.namespace, o.metadata?.name ?? ''))
          this.remove(o);
      }
    }
    const dwoc = this.state.store.get(DWOCS, ns, 'devworkspace-config');
    if (enable) this.state.update(dwocWith(dwoc, ns, cc));
    else if (dwoc) this.state.update(dwocWithout(dwoc));
    this.opts.log(
      `operator: ${enable ? 'created' : 'removed'} ${sccName} SCC, ${flavor}-user-container-run RBAC, devworkspace-config`,
    );
  }

  private remove(o: K8sObjectLike): void {
    const info = this.state.resolve(o.apiVersion, o.kind);
    if (info) this.state.store.remove(info, o.metadata?.namespace, o.metadata?.name ?? '');
  }
}
