import { remedyText } from '../../remedyYaml';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { evaluate } from '../../evaluate';
import { forbidden, loaded, LOADING, NOT_FOUND } from '../../snapshot';
import type { ClusterSnapshot, ResourceState } from '../../snapshot';
import type { ClusterRole } from '../../../models/clusterRole';
import {
  dwoBinding,
  dwoClusterRole,
  dwoControllerPod,
  offSnapshot,
  onSnapshot,
  userClusterRole,
  userNamespace,
  userRoleBinding,
} from '../../testing/builders';
import { check, outcome } from '../../testing/query';

const on = (o: Partial<ClusterSnapshot>) => check(evaluate(onSnapshot(o), { now: 0 }), 'scc-rbac');
const USER_ROLE = 'devspaces-user-container-run';
const DWO = 'dev-workspace-container-run';

describe('scc-rbac: the user ClusterRole', () => {
  it('passes with every role and binding che-operator creates', () => {
    const r = on({});
    expect(outcome(r)).toEqual(['pass', 'cluster-role-ok']);
    expect(r.params).toEqual({ name: USER_ROLE, scc: 'container-run', namespaces: 1 });
  });

  it('fails when the ClusterRole is missing, with the YAML it should have', () => {
    const r = on({ clusterRoles: { [USER_ROLE]: NOT_FOUND, [DWO]: loaded(dwoClusterRole()) } });
    expect(outcome(r)).toEqual(['fail', 'cluster-role-missing']);
    expect(remedyText(r.remedies.find((m) => m.kind === 'yaml')!)).toContain('- use');
  });

  it.each([
    ['another SCC', { resourceNames: ['container-build'] }],
    ['no use verb', { verbs: ['get'] }],
    ['another API group', { apiGroups: [''] }],
  ])('fails when it grants %s', (_, change) => {
    const role = userClusterRole();
    Object.assign(role.rules![0], change);
    const r = on({ clusterRoles: { [USER_ROLE]: loaded(role), [DWO]: loaded(dwoClusterRole()) } });
    expect(outcome(r)).toEqual(['fail', 'cluster-role-wrong-scc']);
  });

  it('accepts wildcards and a rule without resourceNames', () => {
    const role = userClusterRole();
    role.rules = [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }];
    const r = on({ clusterRoles: { [USER_ROLE]: loaded(role), [DWO]: loaded(dwoClusterRole()) } });
    expect(outcome(r)).toEqual(['pass', 'cluster-role-ok']);
  });

  it('is n/a when off', () => {
    expect(outcome(check(evaluate(offSnapshot(), { now: 0 }), 'scc-rbac'))).toEqual([
      'na',
      'feature-off',
    ]);
  });
});

describe('scc-rbac: the DevWorkspace controller', () => {
  const roles = (dwo: ResourceState<ClusterRole>) => ({
    clusterRoles: { [USER_ROLE]: loaded(userClusterRole()), [DWO]: dwo },
  });

  it('fails without its ClusterRole, offering get/update/use', () => {
    const r = on(roles(NOT_FOUND));
    expect(outcome(r)).toEqual(['fail', 'dwo-cluster-role-missing']);
    const yaml = parse(remedyText(r.remedies.find((m) => m.kind === 'yaml')!)) as {
      rules: { verbs: string[]; resourceNames: string[] }[];
    };
    expect(yaml.rules[0]).toMatchObject({
      verbs: ['get', 'update', 'use'],
      resourceNames: ['container-run'],
    });
  });

  it('fails when its ClusterRole lacks update on the SCC', () => {
    const role = dwoClusterRole();
    role.rules![0].verbs = ['use'];
    const r = on(roles(loaded(role)));
    expect(outcome(r)).toEqual(['fail', 'dwo-cluster-role-wrong']);
    expect(r.params.verbs).toEqual(['get', 'update', 'use']);
  });

  it('fails without the ClusterRoleBinding, naming the service account in the DWO namespace', () => {
    const r = on({ clusterRoleBindings: { [DWO]: NOT_FOUND } });
    expect(outcome(r)).toEqual(['fail', 'dwo-binding-missing']);
    expect(r.params.serviceAccount).toBe(
      'openshift-operators/devworkspace-controller-serviceaccount',
    );
    const yaml = parse(remedyText(r.remedies.find((m) => m.kind === 'yaml')!)) as {
      subjects: unknown[];
    };
    expect(yaml.subjects).toEqual([
      {
        kind: 'ServiceAccount',
        name: 'devworkspace-controller-serviceaccount',
        namespace: 'openshift-operators',
      },
    ]);
  });

  it('the binding must name the namespace the controller pods run in', () => {
    const r = on({
      devWorkspaceControllerPods: loaded([dwoControllerPod('devworkspace-controller')]),
    });
    expect(outcome(r)).toEqual(['fail', 'dwo-binding-wrong']);
    expect(r.params.fields).toEqual(['dwoBinding.subject']);
    expect(r.params.serviceAccount).toBe(
      'devworkspace-controller/devworkspace-controller-serviceaccount',
    );
  });

  it('without a readable controller pod any namespace of that service account is accepted', () => {
    for (const pods of [forbidden(), loaded([]), NOT_FOUND]) {
      const r = on({
        devWorkspaceControllerPods: pods,
        clusterRoleBindings: { [DWO]: loaded(dwoBinding('some-ns')) },
      });
      expect(outcome(r)).toEqual(['pass', 'cluster-role-ok']);
    }
  });

  it('a binding to another ClusterRole is wrong', () => {
    const binding = dwoBinding();
    binding.roleRef!.name = 'view';
    const r = on({ clusterRoleBindings: { [DWO]: loaded(binding) } });
    expect(outcome(r)).toEqual(['fail', 'dwo-binding-wrong']);
    expect(r.field).toBe('roleRef');
  });
});

describe('scc-rbac: the RoleBinding in every user namespace', () => {
  const namespaces = Array.from({ length: 14 }, (_, i) =>
    userNamespace(`user${String(i).padStart(2, '0')}-devspaces`, `user${i}`),
  );

  it('lists the user namespaces without it (first ten in the sentence), with the YAML that binds their user', () => {
    const bound = userRoleBinding('user00-devspaces', 'user0');
    const r = on({
      userNamespaces: loaded(namespaces),
      userRoleBindings: { [USER_ROLE]: loaded([bound]) },
    });
    expect(outcome(r)).toEqual(['fail', 'user-bindings-missing']);
    expect(r.params.count).toBe(13);
    expect(r.params.namespaces).toEqual(namespaces.slice(1, 11).map((n) => n.metadata!.name));
    expect(r.details.find((d) => d.key === 'roleBindings.missing')!.actual).toHaveLength(13);
    const list = parse(remedyText(r.remedies.find((m) => m.kind === 'yaml')!)) as {
      kind: string;
      items: { metadata: { namespace: string }; subjects: { name: string }[]; roleRef: unknown }[];
    };
    expect(list.kind).toBe('List');
    expect(list.items[0]).toMatchObject({
      metadata: { namespace: 'user01-devspaces', name: USER_ROLE },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: USER_ROLE },
      subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: 'user1' }],
    });
    expect(remedyText(r.remedies[0])).toContain('--field-selector metadata.name=' + USER_ROLE);
  });

  it('a RoleBinding that binds another user or role counts', () => {
    const r = on({
      userRoleBindings: { [USER_ROLE]: loaded([userRoleBinding('alice-devspaces', 'bob')]) },
    });
    expect(outcome(r)).toEqual(['fail', 'user-bindings-missing']);
    expect(r.details.find((d) => d.key === 'roleBindings.wrong')!.actual).toEqual([
      'alice-devspaces',
    ]);
  });

  it('namespaces without a username, or without both labels, get no RoleBinding: not required', () => {
    const unlabelled = userNamespace('carol-devspaces', 'carol');
    delete unlabelled.metadata!.labels!['app.kubernetes.io/part-of'];
    const r = on({
      userNamespaces: loaded([
        userNamespace(),
        userNamespace('nobody-devspaces', null),
        unlabelled,
      ]),
    });
    expect(outcome(r)).toEqual(['pass', 'cluster-role-ok']);
    expect(r.params.namespaces).toBe(1);
  });

  it('unknown while namespaces or RoleBindings are unreadable; reconciling right after the toggle', () => {
    expect(outcome(on({ userNamespaces: forbidden() }))).toEqual(['unknown', 'forbidden']);
    expect(outcome(on({ userRoleBindings: { [USER_ROLE]: LOADING } }))).toEqual([
      'unknown',
      'loading',
    ]);
    const r = check(
      evaluate(
        onSnapshot({
          userRoleBindings: { [USER_ROLE]: loaded([]) },
          recentToggles: [
            { namespace: 'openshift-devspaces', name: 'devspaces', enabled: true, at: 1000 },
          ],
        }),
        { now: 2000 },
      ),
      'scc-rbac',
    );
    expect(outcome(r)).toEqual(['unknown', 'reconciling']);
  });
});
