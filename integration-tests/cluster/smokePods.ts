/**
 * The life of a smoke-test pod, played through the same API the plugin uses: SCC admission on
 * create (403 with the API server's message), then scheduling, image pull, start and exit as pod
 * status updates and core/v1 Events (watch events), and a container log served at pods/log.
 *
 * What happens is derived from the pod and the scenario, never from a verdict written in the
 * scenario: the capabilities and hostUsers the pod asks for against the required SCC; /dev/fuse
 * and /dev/net/tun exist only if the pod's CRI-O devices annotation lists them (and the header
 * does not say the nodes ignore it); the developer image's entrypoint rewrites /etc/subuid only
 * with HOST_USERS=false, no `command` override, a UID below 65536 and an image that has the
 * rewrite (devfile/developer-images entrypoint.sh; ubi8 tags never had it); without /dev/fuse the
 * entrypoint picks the vfs storage driver.
 *
 * Only pods with `openshift.io/required-scc` are admitted against SCCs here, and only pods with the
 * smoke-test label get a life; other pods are stored as they come, as before.
 */
import { randomBytes } from 'node:crypto';
import { isDenied } from './access';
import type { ClusterState } from './cluster';
import { BUILT_IN_RESOURCES, type ResourceInfo } from './resources';
import { ApiError } from './status';
import type { K8sObjectLike, ScenarioHeader } from './types';

export const SMOKE_TEST_LABEL = 'devspaces-nested-containers.io/smoke-test';
const REQUIRED_SCC = 'openshift.io/required-scc';
const DEVICES = 'io.kubernetes.cri-o.Devices';
const PODS = BUILT_IN_RESOURCES.find((r) => r.plural === 'pods') as ResourceInfo;
const SCCS = BUILT_IN_RESOURCES.find(
  (r) => r.plural === 'securitycontextconstraints',
) as ResourceInfo;

export type SmokeTestOptions = NonNullable<ScenarioHeader['smokeTest']>;

interface ContainerLike {
  name?: string;
  image?: string;
  command?: string[];
  env?: { name?: string; value?: string }[];
  securityContext?: {
    privileged?: boolean;
    allowPrivilegeEscalation?: boolean;
    runAsUser?: number;
    capabilities?: { add?: string[]; drop?: string[] };
    seLinuxOptions?: { type?: string };
  };
}
interface PodSpecLike {
  hostUsers?: boolean;
  containers?: ContainerLike[];
  activeDeadlineSeconds?: number;
  nodeName?: string;
}
interface SccLike {
  allowedCapabilities?: string[] | null;
  defaultAddCapabilities?: string[] | null;
  requiredDropCapabilities?: string[] | null;
  allowPrivilegedContainer?: boolean;
  allowPrivilegeEscalation?: boolean | null;
  runAsUser?: { type?: string; uid?: number };
  seLinuxContext?: { seLinuxOptions?: { type?: string } };
  userNamespaceLevel?: string;
}

const specOf = (pod: K8sObjectLike): PodSpecLike => pod.spec ?? {};

const forbiddenPod = (name: string, message: string): ApiError =>
  new ApiError({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: `pods "${name}" is forbidden: ${message}`,
    reason: 'Forbidden',
    details: { name, kind: 'pods' },
    code: 403,
  });

/** sccmatching's field errors for one SCC, in the API server's wording. */
const sccErrors = (pod: K8sObjectLike, sccName: string, scc: SccLike): string[] => {
  const errs: string[] = [];
  const p = `provider ${sccName}: `;
  const spec = specOf(pod);
  if (scc.userNamespaceLevel === 'RequirePodLevel' && spec.hostUsers !== false)
    errs.push(`${p}.spec.hostUsers: Invalid value: true: Host Users must be set to false`);
  const allowed = new Set([
    ...(scc.allowedCapabilities ?? []),
    ...(scc.defaultAddCapabilities ?? []),
  ]);
  (spec.containers ?? []).forEach((c, i) => {
    const sc = c.securityContext ?? {};
    for (const cap of sc.capabilities?.add ?? [])
      if (!allowed.has('*') && !allowed.has(cap))
        errs.push(
          `${p}.containers[${i}].capabilities.add: Invalid value: "${cap}": capability may not be added`,
        );
    if (sc.privileged && !scc.allowPrivilegedContainer)
      errs.push(
        `${p}.containers[${i}].privileged: Invalid value: true: Privileged containers are not allowed`,
      );
    if (sc.allowPrivilegeEscalation === true && scc.allowPrivilegeEscalation === false)
      errs.push(
        `${p}.containers[${i}].allowPrivilegeEscalation: Invalid value: true: Allowing privilege escalation for containers is not allowed`,
      );
    const uid = scc.runAsUser?.type === 'MustRunAs' ? scc.runAsUser.uid : undefined;
    if (uid !== undefined && sc.runAsUser !== undefined && sc.runAsUser !== uid)
      errs.push(`${p}.containers[${i}].runAsUser: Invalid value: ${sc.runAsUser}: must be: ${uid}`);
  });
  return errs;
};

interface Timeline {
  timers: NodeJS.Timeout[];
  log: string;
}

export class SmokePodSimulation {
  private readonly lives = new Map<string, Timeline>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly state: ClusterState,
    private readonly opts: SmokeTestOptions,
  ) {
    this.unsubscribe = state.store.subscribe((e) => {
      if (e.resource !== PODS || !e.object.metadata?.labels?.[SMOKE_TEST_LABEL]) return;
      const key = `${e.object.metadata.namespace}/${e.object.metadata.name}`;
      if (e.type === 'ADDED' && !this.lives.has(key)) this.play(key, e.object);
      if (e.type === 'DELETED') this.end(key);
    });
  }

  stop(): void {
    this.unsubscribe();
    for (const key of [...this.lives.keys()]) this.end(key);
  }

  /** SCC admission for a pod that requires an SCC; mutates it like the real plugin or throws 403. */
  admit(pod: K8sObjectLike): void {
    const required = pod.metadata?.annotations?.[REQUIRED_SCC];
    if (!required || !this.state.openshift) return;
    const name = pod.metadata?.name ?? '';
    const stored = this.state.store.get(SCCS, undefined, required);
    const scc = stored as SccLike | undefined;
    if (!scc)
      throw forbiddenPod(
        name,
        `failed to retrieve the required SCC "${required}": securitycontextconstraints.security.openshift.io "${required}" not found`,
      );
    const usable = !isDenied(this.state.scenario.header.deny ?? [], {
      verb: 'use',
      group: 'security.openshift.io',
      resource: 'securitycontextconstraints',
      namespace: pod.metadata?.namespace,
      name: required,
    });
    const errs = usable
      ? sccErrors(pod, required, scc)
      : [`provider "${required}": Forbidden: not usable by user or serviceaccount`];
    if (errs.length > 0)
      throw forbiddenPod(
        name,
        `unable to validate against any security context constraint: [${errs.join(', ')}]`,
      );
    // Admitted: what the SCC assigns, and the annotations admission writes.
    for (const c of specOf(pod).containers ?? []) {
      const sc = (c.securityContext ??= {});
      if (scc.runAsUser?.type === 'MustRunAs') sc.runAsUser ??= scc.runAsUser.uid;
      const seType = scc.seLinuxContext?.seLinuxOptions?.type;
      if (seType) sc.seLinuxOptions = { ...sc.seLinuxOptions, type: seType };
      const drop = new Set([
        ...(sc.capabilities?.drop ?? []),
        ...(scc.requiredDropCapabilities ?? []),
      ]);
      if (drop.size) sc.capabilities = { ...sc.capabilities, drop: [...drop] };
    }
    pod.metadata = {
      ...pod.metadata,
      annotations: {
        ...pod.metadata?.annotations,
        'openshift.io/scc': required,
        'security.openshift.io/validated-scc-subject-type': 'user',
      },
    };
  }

  /** GET pods/log: 400 until the container started, as the kubelet answers. */
  log(namespace: string, name: string): { code: number; text: string } | undefined {
    const pod = this.state.store.get(PODS, namespace, name);
    if (!pod) return undefined;
    const started = ((pod.status as { containerStatuses?: { state?: object }[] } | undefined)
      ?.containerStatuses ?? [])[0]?.state;
    const life = this.lives.get(`${namespace}/${name}`);
    if (!started || 'waiting' in started)
      return {
        code: 400,
        text: `container "smoke-test" in pod "${name}" is waiting to start: ContainerCreating`,
      };
    return { code: 200, text: life?.log ?? '' };
  }

  private end(key: string): void {
    for (const t of this.lives.get(key)?.timers ?? []) clearTimeout(t);
    this.lives.delete(key);
  }

  private play(key: string, created: K8sObjectLike): void {
    const life: Timeline = { timers: [], log: '' };
    this.lives.set(key, life);
    const d = this.opts.stepMs ?? 150;
    const ns = created.metadata?.namespace ?? '';
    const name = created.metadata?.name ?? '';
    const container = specOf(created).containers?.[0] ?? {};
    const image = container.image ?? '';
    const node = 'worker-0.cluster.example.com';
    const at = (ms: number, fn: () => void) => {
      const t = setTimeout(fn, ms);
      t.unref();
      life.timers.push(t);
    };
    const current = () => this.state.store.get(PODS, ns, name);
    const setStatus = (status: Record<string, unknown>, spec?: Partial<PodSpecLike>) => {
      const pod = current();
      if (!pod) return;
      this.state.update({
        ...pod,
        spec: { ...(pod.spec as object), ...spec },
        status: { ...(pod.status as object), ...status },
      });
    };
    const event = (reason: string, message: string, type = 'Normal') => {
      const now = new Date().toISOString();
      this.state.update({
        apiVersion: 'v1',
        kind: 'Event',
        metadata: { name: `${name}.${randomBytes(8).toString('hex')}`, namespace: ns },
        involvedObject: { kind: 'Pod', name, namespace: ns, uid: created.metadata?.uid },
        reason,
        message,
        type,
        count: 1,
        source: { component: reason === 'Scheduled' ? 'default-scheduler' : 'kubelet', host: node },
        firstTimestamp: now,
        lastTimestamp: now,
      });
    };
    const waiting = (reason: string, message?: string) => ({
      phase: 'Pending',
      containerStatuses: [
        {
          name: container.name,
          image,
          ready: false,
          started: false,
          state: { waiting: { reason, message } },
        },
      ],
    });

    at(d, () => {
      if (this.opts.unschedulable) {
        const msg =
          '0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';
        setStatus({
          phase: 'Pending',
          conditions: [
            { type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: msg },
          ],
        });
        event('FailedScheduling', msg, 'Warning');
        return;
      }
      setStatus(
        { ...waiting('ContainerCreating'), conditions: [{ type: 'PodScheduled', status: 'True' }] },
        { nodeName: node },
      );
      event('Scheduled', `Successfully assigned ${ns}/${name} to ${node}`);
    });
    if (this.opts.unschedulable) return;
    at(2 * d, () => {
      event('Pulling', `Pulling image "${image}"`);
      if ((this.opts.unpullableImages ?? []).includes(image)) {
        const msg = `Failed to pull image "${image}": reading manifest: manifest unknown`;
        setStatus(waiting('ErrImagePull', msg));
        event('Failed', msg, 'Warning');
      }
    });
    if ((this.opts.unpullableImages ?? []).includes(image)) return;
    const run = this.runOutcome(created);
    at(3 * d, () => {
      const startedAt = new Date().toISOString();
      event(
        'Pulled',
        `Successfully pulled image "${image}" in 1.204s (1.204s including waiting). Image size: 1835012096 bytes.`,
      );
      event('Created', `Created container: ${container.name}`);
      event('Started', `Started container ${container.name}`);
      life.log = run.entrypoint;
      setStatus({
        phase: 'Running',
        containerStatuses: [
          {
            name: container.name,
            image,
            imageID: `${image.split(':')[0]}@sha256:${'5e'.repeat(32)}`,
            ready: true,
            started: true,
            state: { running: { startedAt } },
          },
        ],
      });
    });
    at(4 * d, () => {
      const pod = current();
      const statuses =
        (pod?.status as { containerStatuses?: Record<string, unknown>[] } | undefined)
          ?.containerStatuses ?? [];
      life.log = `${run.entrypoint}${run.output}`;
      const startedAt = (statuses[0]?.state as { running?: { startedAt?: string } } | undefined)
        ?.running?.startedAt;
      setStatus({
        phase: run.exitCode === 0 ? 'Succeeded' : 'Failed',
        containerStatuses: statuses.map((s) => ({
          ...s,
          ready: false,
          state: {
            terminated: {
              exitCode: run.exitCode,
              reason: run.exitCode === 0 ? 'Completed' : 'Error',
              startedAt,
              finishedAt: new Date().toISOString(),
            },
          },
        })),
      });
    });
    const deadline = specOf(created).activeDeadlineSeconds;
    if (deadline)
      at(deadline * 1000, () => {
        const phase = (current()?.status as { phase?: string } | undefined)?.phase;
        if (phase === 'Succeeded' || phase === 'Failed') return;
        setStatus({
          phase: 'Failed',
          reason: 'DeadlineExceeded',
          message: `Pod was active on the node longer than the specified deadline`,
        });
        event(
          'DeadlineExceeded',
          'Pod was active on the node longer than the specified deadline',
          'Warning',
        );
      });
  }

  /** What the container prints and its exit code, from the pod and the node facts. */
  private runOutcome(pod: K8sObjectLike): { entrypoint: string; output: string; exitCode: number } {
    const spec = specOf(pod);
    const c = spec.containers?.[0] ?? {};
    const uid = c.securityContext?.runAsUser ?? 1000;
    const hostUsersEnv = (c.env ?? []).find((e) => e.name === 'HOST_USERS')?.value;
    const devices = this.opts.devicesIgnored ? '' : (pod.metadata?.annotations?.[DEVICES] ?? '');
    const fuse = devices.split(',').includes('/dev/fuse');
    const tun = devices.split(',').includes('/dev/net/tun');
    const userns = spec.hostUsers === false;
    const uidMap = userns ? '0 1481179136 65536' : '0 0 4294967295';
    const legacy =
      (this.opts.imagesWithoutSubuidRewrite ?? []).includes(c.image ?? '') ||
      /:ubi8/.test(c.image ?? '');
    const rewrites = hostUsersEnv === 'false' && !c.command && !legacy && uid < 65536;
    const entry: string[] = [];
    if (hostUsersEnv === 'false' && !legacy) {
      entry.push(
        'Running in a user namespace',
        `/proc/self/uid_map content:          ${uidMap}`,
        `User information: uid=${uid}(user) gid=0(root) groups=0(root),${uid}`,
      );
      if (rewrites) entry.push('/etc/subuid updated', '/etc/subgid updated');
    }
    const out = [
      `smoke-test: uid-map ${uidMap};`,
      `smoke-test: dev-fuse ${fuse ? 'present' : 'missing'}`,
      `smoke-test: dev-net-tun ${tun ? 'present' : 'missing'}`,
      `smoke-test: storage-driver ${fuse ? 'overlay' : 'vfs'}`,
    ];
    let exitCode = 0;
    if (!rewrites) {
      exitCode = 125;
      out.push(
        'Error: cannot set up namespace using "/usr/bin/newuidmap": exit status 1',
        'newuidmap: write to uid_map failed: Invalid argument',
      );
    } else if (!tun) {
      exitCode = 126;
      out.push(
        'Error: pasta failed with exit code 1:',
        'Failed to open() /dev/net/tun: No such file or directory',
      );
    } else {
      const inner = [`0 ${uid} 1`, `1 ${uid + 1} ${65535 - uid}`];
      out.push(...inner, `smoke-test: inner-uid-map ${inner.join(';')};`);
    }
    out.push(`smoke-test: inner-exit ${exitCode}`);
    return {
      entrypoint: entry.map((l) => `${l}\n`).join(''),
      output: out.map((l) => `${l}\n`).join(''),
      exitCode,
    };
  }
}
