// The chart as a cluster would receive it, rendered by the real helm: lint-clean, every manifest
// valid (unknown fields refused), the right build and hook image per OpenShift version,
// restricted-v2-compatible pods, and bad values refused with helm's own message.
import { describe, expect, it } from 'vitest';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IJob } from 'kubernetes-models/batch/v1/Job';
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import type { IService } from 'kubernetes-models/v1/Service';
import type { IConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { IClusterRole } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole';
import type { IClusterRoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CHART_DIR, ChartError, findObject, helm, renderChart } from './helm';
import type { KubeObject, Values } from './helm';
import { manifestProblems } from './manifests';

const IMAGE = { image: { repository: 'quay.io/example/devspaces-nested-containers-plugin' } };

interface ConsolePluginSpec {
  displayName: string;
  i18n: { loadType: string };
  backend: {
    type: string;
    service: { name: string; namespace: string; port: number; basePath: string };
  };
}

const render = (kubeVersion = '1.35.0', values: Values = {}) => ({
  objects: renderChart({ kubeVersion, values: { ...IMAGE, ...values } }),
});

// OpenShift minor -> the Kubernetes version it runs (4.N runs 1.(N+13)).
const OPENSHIFT = [
  ['4.20', '1.33.6'],
  ['4.21', '1.34.2'],
  ['4.22', '1.35.0'],
  ['4.23', '1.36.0'],
] as const;

const consolePluginSpec = (objects: KubeObject[]) =>
  findObject<{ metadata: { name: string }; spec: ConsolePluginSpec }>(objects, 'ConsolePlugin');

const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ChartError);
    return (error as Error).message;
  }
  throw new Error('the chart rendered where it should have refused');
};

describe('rendered manifests', () => {
  it('pass helm lint --strict', () => {
    const out = helm(['lint', '--strict', CHART_DIR, '--kube-version', '1.33.0'], IMAGE);
    expect(out).toContain('1 chart(s) linted, 0 chart(s) failed');
  });

  it.each(OPENSHIFT)('are all valid for OpenShift %s (Kubernetes %s)', (_, kubeVersion) => {
    const { objects } = render(kubeVersion);
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`).sort()).toEqual(
      [
        'ClusterRole/devspaces-plugin-nested-containers-plugin-console-patcher',
        'ClusterRoleBinding/devspaces-plugin-nested-containers-plugin-console-patcher',
        'ConfigMap/nested-containers-plugin-nginx',
        'ConsolePlugin/devspaces-nested-containers',
        'Deployment/nested-containers-plugin',
        'Job/nested-containers-plugin-console-patcher-disable',
        'Job/nested-containers-plugin-console-patcher-enable',
        'PodDisruptionBudget/nested-containers-plugin',
        'Service/nested-containers-plugin',
        'ServiceAccount/nested-containers-plugin',
        'ServiceAccount/nested-containers-plugin-console-patcher',
      ].sort(),
    );
    expect(objects.flatMap(manifestProblems)).toEqual([]);
  });

  it('names the ConsolePlugin after the built plugin and points it at the Service', () => {
    const { objects } = render();
    const plugin = consolePluginSpec(objects);
    const pkg = JSON.parse(readFileSync(path.join(CHART_DIR, '../../package.json'), 'utf8')) as {
      consolePlugin: { name: string; displayName: string };
    };
    expect(plugin.metadata.name).toBe(pkg.consolePlugin.name);
    expect(plugin.spec.displayName).toBe(pkg.consolePlugin.displayName);
    expect(plugin.spec.i18n.loadType).toBe('Preload');
    const service = findObject<IService & KubeObject>(objects, 'Service');
    expect(plugin.spec.backend).toEqual({
      type: 'Service',
      service: {
        name: service.metadata.name,
        namespace: 'devspaces-plugin',
        port: 9443,
        basePath: '/',
      },
    });
    expect(service.spec?.ports).toEqual([
      { name: 'https', protocol: 'TCP', port: 9443, targetPort: 'https' },
    ]);
  });

  it('asks the service CA for the certificate the pods mount', () => {
    const { objects } = render();
    const service = findObject<IService & KubeObject>(objects, 'Service');
    const secretName =
      service.metadata.annotations?.['service.beta.openshift.io/serving-cert-secret-name'];
    const pod = findObject<IDeployment>(objects, 'Deployment').spec?.template.spec as IPodSpec;
    const certVolume = pod.volumes?.find((v) => v.secret?.secretName === secretName);
    expect(certVolume).toBeDefined();
    expect(pod.containers[0].volumeMounts).toContainEqual({
      name: certVolume?.name,
      mountPath: '/opt/app-root/plugin/cert',
      readOnly: true,
    });
  });

  it('selects the plugin pods only, never the hook Jobs', () => {
    const { objects } = render();
    const selector = findObject<IService>(objects, 'Service').spec?.selector ?? {};
    const matches = (labels: Record<string, string> = {}) =>
      Object.entries(selector).every(([k, v]) => labels[k] === v);
    expect(
      matches(findObject<IDeployment>(objects, 'Deployment').spec?.template.metadata?.labels),
    ).toBe(true);
    for (const job of objects.filter((o) => o.kind === 'Job') as unknown as IJob[]) {
      expect(matches(job.spec?.template.metadata?.labels)).toBe(false);
    }
    const pdb = findObject<IPodDisruptionBudget>(objects, 'PodDisruptionBudget');
    expect(pdb.spec?.selector?.matchLabels).toEqual(selector);
  });

  it('ships the nginx configuration file unchanged and rolls the pods when it changes', () => {
    const { objects } = render();
    const conf = readFileSync(path.join(CHART_DIR, 'files/nginx.conf'), 'utf8');
    expect(findObject<IConfigMap>(objects, 'ConfigMap').data?.['nginx.conf']).toBe(conf);
    const annotations = findObject<IDeployment>(objects, 'Deployment').spec?.template.metadata
      ?.annotations;
    expect(annotations?.['checksum/nginx-conf']).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('the build the console loads', () => {
  it.each([
    ['1.33.0', '/console-4.21/'],
    ['1.33.5', '/console-4.21/'],
    ['1.34.2', '/console-4.21/'],
    ['1.35.0', '/'],
    ['1.35.3', '/'],
    ['1.36.0', '/'],
  ])('Kubernetes %s -> basePath %s', (kubeVersion, basePath) => {
    expect(consolePluginSpec(render(kubeVersion).objects).spec.backend.service.basePath).toBe(
      basePath,
    );
  });

  it('honours plugin.basePath over the cluster version, both ways', () => {
    const forced = (kubeVersion: string, basePath: string) =>
      consolePluginSpec(render(kubeVersion, { plugin: { basePath } }).objects).spec.backend.service
        .basePath;
    expect(forced('1.34.0', '/')).toBe('/');
    expect(forced('1.36.0', '/console-4.21/')).toBe('/console-4.21/');
  });

  it('refuses clusters older than OpenShift 4.20 (Kubernetes 1.33)', () => {
    expect(refusal(() => render('1.32.9'))).toBe(
      'chart requires kubeVersion: >=1.33.0-0 which is incompatible with Kubernetes v1.32.9',
    );
  });
});

describe('pods that pass restricted-v2', () => {
  const pods = (): [string, IPodSpec][] => {
    const { objects } = render();
    const deployment = findObject<IDeployment & KubeObject>(objects, 'Deployment');
    const jobs = objects.filter((o) => o.kind === 'Job') as (IJob & KubeObject)[];
    return [deployment, ...jobs].map((o) => [o.metadata.name, o.spec?.template.spec as IPodSpec]);
  };

  it('run non-root, without privilege escalation or capabilities, with RuntimeDefault seccomp and a read-only root', () => {
    for (const [name, pod] of pods()) {
      expect(pod.securityContext, name).toMatchObject({
        runAsNonRoot: true,
        seccompProfile: { type: 'RuntimeDefault' },
      });
      // restricted-v2 assigns the UID from the namespace range: a fixed one would be refused.
      expect(pod.securityContext?.runAsUser, name).toBeUndefined();
      expect(pod.hostNetwork ?? false, name).toBe(false);
      for (const container of pod.containers) {
        expect(container.securityContext, name).toEqual({
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          runAsNonRoot: true,
          capabilities: { drop: ['ALL'] },
          seccompProfile: { type: 'RuntimeDefault' },
        });
        for (const bound of [container.resources?.requests, container.resources?.limits]) {
          expect(Object.keys(bound ?? {}).sort(), name).toEqual(['cpu', 'memory']);
        }
      }
      // Only volume types restricted-v2 allows.
      for (const volume of pod.volumes ?? []) {
        const types = Object.keys(volume).filter((k) => k !== 'name');
        expect(['configMap', 'secret', 'emptyDir', 'projected', 'downwardAPI']).toEqual(
          expect.arrayContaining(types),
        );
      }
    }
  });

  it('give nginx writable space only where it writes (pid and temp files)', () => {
    const [, plugin] = pods()[0];
    const tmp = plugin.containers[0].volumeMounts?.find(
      (m) => m.mountPath === '/opt/app-root/plugin/tmp',
    );
    expect(plugin.volumes?.find((v) => v.name === tmp?.name)?.emptyDir).toBeDefined();
    const conf = readFileSync(path.join(CHART_DIR, 'files/nginx.conf'), 'utf8');
    const written = [...conf.matchAll(/^\s*(?:pid|\w+_temp_path)\s+(\S+);/gm)].map((m) => m[1]);
    expect(written.length).toBeGreaterThanOrEqual(6);
    for (const file of written) expect(file.startsWith('tmp/'), file).toBe(true);
  });

  it('probe the manifest over HTTPS, keep two replicas and never lose both at once', () => {
    const { objects } = render();
    const deployment = findObject<IDeployment>(objects, 'Deployment');
    const container = deployment.spec?.template.spec?.containers[0];
    for (const probe of [container?.readinessProbe, container?.livenessProbe]) {
      expect(probe?.httpGet).toEqual({
        path: '/plugin-manifest.json',
        port: 'https',
        scheme: 'HTTPS',
      });
    }
    expect(deployment.spec?.replicas).toBe(2);
    expect(deployment.spec?.strategy?.rollingUpdate?.maxUnavailable).toBe(0);
    expect(
      findObject<IPodDisruptionBudget>(objects, 'PodDisruptionBudget').spec?.maxUnavailable,
    ).toBe(1);
  });

  it('gives the plugin pods no API token', () => {
    const { objects } = render();
    expect(
      findObject<IDeployment>(objects, 'Deployment').spec?.template.spec
        ?.automountServiceAccountToken,
    ).toBe(false);
  });
});

describe('the hook Jobs that enable and disable the plugin in the console', () => {
  it('enable after install and upgrade, disable before uninstall, with the script from files/', () => {
    const { objects } = render();
    const script = readFileSync(path.join(CHART_DIR, 'files/console-plugins.sh'), 'utf8');
    const jobs = objects.filter((o) => o.kind === 'Job') as (IJob & KubeObject)[];
    const byAction: Record<string, string | undefined> = Object.fromEntries(
      jobs.map((job): [string, string | undefined] => {
        const container = job.spec?.template.spec?.containers[0];
        expect(container?.command?.slice(0, 3)).toEqual(['/bin/sh', '-c', script]);
        expect(container?.env).toContainEqual({
          name: 'PLUGIN_NAME',
          value: 'devspaces-nested-containers',
        });
        return [String(container?.command?.[4]), job.metadata.annotations?.['helm.sh/hook']];
      }),
    );
    expect(byAction).toEqual({ enable: 'post-install,post-upgrade', disable: 'pre-delete' });
  });

  it('may only get and patch the console operator object named cluster', () => {
    const { objects } = render();
    const role = findObject<IClusterRole>(objects, 'ClusterRole');
    expect(role.rules).toEqual([
      {
        apiGroups: ['operator.openshift.io'],
        resources: ['consoles'],
        resourceNames: ['cluster'],
        verbs: ['get', 'patch'],
      },
    ]);
    const binding = findObject<IClusterRoleBinding>(objects, 'ClusterRoleBinding');
    const jobAccount = (objects.find((o) => o.kind === 'Job') as unknown as IJob).spec?.template
      .spec?.serviceAccountName;
    expect(binding.subjects).toEqual([
      { kind: 'ServiceAccount', name: jobAccount, namespace: 'devspaces-plugin' },
    ]);
    expect(binding.roleRef.name).toBe(role.metadata?.name);
  });

  it('are left out, with their RBAC, when plugin.enable is false', () => {
    const { objects } = render('1.35.0', { plugin: { enable: false } });
    const kinds = objects.map((o) => o.kind);
    expect(kinds).not.toContain('Job');
    expect(kinds).not.toContain('ClusterRole');
    expect(kinds).toContain('ConsolePlugin');
  });
});

describe('values', () => {
  it('pin the image by digest when one is given, else by tag or the chart appVersion', () => {
    const image = (values: Values) =>
      findObject<IDeployment>(render('1.35.0', values).objects, 'Deployment').spec?.template.spec
        ?.containers[0].image;
    const repository = IMAGE.image.repository;
    expect(image({})).toBe(`${repository}:0.1.0`);
    expect(image({ image: { repository, tag: '1.2.3' } })).toBe(`${repository}:1.2.3`);
    const digest = `sha256:${'a'.repeat(64)}`;
    expect(image({ image: { repository, tag: '1.2.3', digest } })).toBe(`${repository}@${digest}`);
  });

  it('honour replicas, resources and a disabled PDB', () => {
    const { objects } = render('1.35.0', {
      replicas: 3,
      resources: {
        requests: { cpu: '20m', memory: '40Mi' },
        limits: { cpu: '1', memory: '128Mi' },
      },
      podDisruptionBudget: { enabled: false },
    });
    const deployment = findObject<IDeployment>(objects, 'Deployment');
    expect(deployment.spec?.replicas).toBe(3);
    expect(deployment.spec?.template.spec?.containers[0].resources).toEqual({
      requests: { cpu: '20m', memory: '40Mi' },
      limits: { cpu: '1', memory: '128Mi' },
    });
    expect(objects.map((o) => o.kind)).not.toContain('PodDisruptionBudget');
  });

  it.each([
    [{ replicas: 'two' }, "- at '/replicas': got string, want integer"],
    [{ replicas: 0 }, "- at '/replicas': minimum: got 0, want 1"],
    [
      { plugin: { basePath: 'console-4.21' } },
      "- at '/plugin/basePath': value must be one of '', '/', '/console-4.21/'",
    ],
    [
      { image: { repository: 'quay.io/x/plugin:1.0' } },
      "- at '/image/repository': 'quay.io/x/plugin:1.0' does not match pattern",
    ],
    [
      { image: { repository: 'quay.io/x/plugin', digest: 'latest' } },
      "- at '/image/digest': 'latest' does not match pattern",
    ],
    [{ replica: 2 }, "- at '': additional properties 'replica' not allowed"],
    // null removes a default (helm's coalescing); the schema then misses the limits.
    [{ resources: { limits: null } }, "- at '/resources': missing property 'limits'"],
    [
      { resources: { requests: { cpu: 'lots' }, limits: { cpu: '1' } } },
      "- at '/resources/requests/cpu': 'lots' does not match pattern",
    ],
    [
      { consolePatcher: { image: 'registry.redhat.io/openshift4/ose-cli:latest' } },
      "- at '/consolePatcher/image': got string, want object",
    ],
    [
      {
        consolePatcher: {
          image: { repository: 'registry.redhat.io/openshift4/ose-cli-rhel9:v4.20' },
        },
      },
      "- at '/consolePatcher/image/repository': 'registry.redhat.io/openshift4/ose-cli-rhel9:v4.20' does not match pattern",
    ],
  ])('refuse %j', (values, message) => {
    const text = refusal(() => render('1.35.0', values));
    expect(text).toMatch(
      /^values don't meet the specifications of the schema\(s\) in the following chart\(s\):\ndevspaces-nested-containers-plugin:\n/,
    );
    expect(text).toContain(message);
  });

  it('refuse a missing image repository with helm required message', () => {
    expect(refusal(() => renderChart({ kubeVersion: '1.35.0' }))).toMatch(
      /^execution error at \(devspaces-nested-containers-plugin\/templates\/deployment\.yaml:\d+:\d+\): image\.repository is required: set it to the registry path/,
    );
  });
});

describe('per OpenShift version', () => {
  const hookImages = (kubeVersion: string, values: Values = {}) =>
    (render(kubeVersion, values).objects.filter((o) => o.kind === 'Job') as unknown as IJob[]).map(
      (job) => job.spec?.template.spec?.containers[0].image,
    );

  it.each(OPENSHIFT)(
    'OpenShift %s (Kubernetes %s): the matching build, and the hook Jobs run that release of the CLI',
    (openshift, kubeVersion) => {
      const { objects } = render(kubeVersion);
      expect(consolePluginSpec(objects).spec.backend.service.basePath).toBe(
        openshift === '4.20' || openshift === '4.21' ? '/console-4.21/' : '/',
      );
      expect(hookImages(kubeVersion)).toEqual([
        `registry.redhat.io/openshift4/ose-cli-rhel9:v${openshift}`,
        `registry.redhat.io/openshift4/ose-cli-rhel9:v${openshift}`,
      ]);
    },
  );

  it('hook image: a mirror, a tag or a digest set in values wins over the cluster version', () => {
    const repository = 'mirror.example.com:5000/openshift4/ose-cli-rhel9';
    expect(hookImages('1.33.0', { consolePatcher: { image: { repository } } })[0]).toBe(
      `${repository}:v4.20`,
    );
    expect(hookImages('1.33.0', { consolePatcher: { image: { tag: 'v4.20.8' } } })[0]).toBe(
      'registry.redhat.io/openshift4/ose-cli-rhel9:v4.20.8',
    );
    const digest = `sha256:${'b'.repeat(64)}`;
    expect(hookImages('1.33.0', { consolePatcher: { image: { tag: 'v4.20', digest } } })[0]).toBe(
      `registry.redhat.io/openshift4/ose-cli-rhel9@${digest}`,
    );
  });
});

describe('the manifest validation itself', () => {
  // The validation must refuse what the API server refuses, or the tests above prove little.
  it('refuses misspelt and unknown fields at any depth, not the keys of maps', () => {
    type Mutable = KubeObject & {
      spec: { replica?: number; template: { spec: { containers: Record<string, unknown>[] } } };
    };
    const deployment = structuredClone(findObject<Mutable>(render().objects, 'Deployment'));
    deployment.spec.replica = 2;
    deployment.spec.template.spec.containers[0].imagePullPolice = 'Always';
    (deployment.metadata as Record<string, unknown>).lables = {};
    deployment.metadata.labels = { ...deployment.metadata.labels, 'any-key': 'is fine' };
    const [problem] = manifestProblems(deployment);
    expect(problem).toBe(
      'apps/v1/Deployment nested-containers-plugin: unknown field(s): metadata.lables, spec.template.spec.containers[0].imagePullPolice, spec.replica',
    );
  });

  it('refuses an unknown field in a custom resource, and a wrong type in a built-in one', () => {
    type MutablePlugin = KubeObject & { spec: { backend: { service: Record<string, unknown> } } };
    const plugin = structuredClone(findObject<MutablePlugin>(render().objects, 'ConsolePlugin'));
    plugin.spec.backend.service.bsePath = '/';
    expect(manifestProblems(plugin)).toEqual([
      'console.openshift.io/v1/ConsolePlugin devspaces-nested-containers: /spec/backend/service must NOT have additional properties (bsePath)',
    ]);
    type MutableService = KubeObject & { spec: { ports: Record<string, unknown>[] } };
    const service = structuredClone(findObject<MutableService>(render().objects, 'Service'));
    service.spec.ports[0].port = '9443';
    expect(manifestProblems(service)[0]).toContain('/spec/ports/0/port must be integer');
  });
});
