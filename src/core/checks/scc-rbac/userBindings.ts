/**
 * The user RoleBindings: che-operator's user-namespace controller binds the user ClusterRole in
 * every user namespace it recognises (controllers/usernamespace reconcileSCCPrivileges).
 */
import type { ClusterSnapshot, ResourceState } from '../../snapshot';
import type { CheckDetail } from '../../results';
import { annotationsOf, dict, labelsOf, list, namespaceOf, nameOf, str } from '../../guards';
import { USER_NAMESPACE_LABELS, USERNAME_ANNOTATION } from '../../../models/namespace';
import { roleBindingsRef } from '../../refs';
import * as fix from './remedies';
import { dataOf, result, stateOf, unusable } from '../../resultBuilders';
import { hasSubject, roleRefIs, type Finding } from './roles';

/** Namespaces a sentence names; the details and the listing command cover the rest. */
const NAMED = 10;

/** User namespaces the user-namespace controller binds: recognised and with a username. */
export const boundUserNamespaces = (
  snapshot: ClusterSnapshot,
): { namespace: string; user: string }[] =>
  list(dataOf(snapshot.userNamespaces)).flatMap((ns) => {
    const labels = labelsOf(ns);
    const recognised = Object.entries(USER_NAMESPACE_LABELS).every(([k, v]) => labels[k] === v);
    const user = str(annotationsOf(ns)[USERNAME_ANNOTATION]);
    return recognised && user ? [{ namespace: nameOf(ns), user }] : [];
  });

/** One RoleBinding per user namespace the user-namespace controller binds, to the user role. */
export const userBindingsFinding = (snapshot: ClusterSnapshot, userRole: string): Finding => {
  const id = 'scc-rbac';
  const object = roleBindingsRef(userRole);
  const nsState = snapshot.userNamespaces;
  const s = stateOf(nsState);
  if (s !== 'loaded' && s !== 'not-found') return { unusable: unusable(id, 'namespaces', nsState) };
  const rbState = dict(snapshot.userRoleBindings)[userRole] as ResourceState<unknown> | undefined;
  const rbs = stateOf(rbState);
  if (rbs !== 'loaded' && rbs !== 'not-found')
    return { unusable: unusable(id, 'rolebindings', rbState, object) };
  const byNamespace = new Map(
    list(dataOf(rbState))
      .filter((rb) => nameOf(rb) === userRole)
      .map((rb) => [namespaceOf(rb), rb] as const),
  );
  const users = boundUserNamespaces(snapshot);
  const missing: string[] = [];
  const wrong: string[] = [];
  for (const { namespace, user } of users) {
    const rb = byNamespace.get(namespace);
    if (rb === undefined) missing.push(namespace);
    else if (
      !roleRefIs(rb, userRole) ||
      !hasSubject(rb, (x) => x.kind === 'User' && x.name === user)
    )
      wrong.push(namespace);
  }
  const details: CheckDetail[] = [
    { key: 'roleBindings.userNamespaces', actual: users.length },
    {
      key: 'roleBindings.missing',
      actual: missing.slice(0, NAMED * 2),
      expected: [],
      ok: missing.length === 0,
    },
    {
      key: 'roleBindings.wrong',
      actual: wrong.slice(0, NAMED * 2),
      expected: [],
      ok: wrong.length === 0,
    },
  ];
  const bad = [...missing, ...wrong];
  if (bad.length === 0) return { ok: details };
  const byName = new Map(users.map((u) => [u.namespace, u.user]));
  return {
    result: () =>
      result(
        id,
        'fail',
        'user-bindings-missing',
        { name: userRole, count: bad.length, namespaces: bad.slice(0, NAMED) },
        {
          object,
          field: 'metadata.namespace',
          details,
          remedies: [
            fix.listUserRoleBindings(userRole),
            fix.userRoleBindingsYaml(
              userRole,
              bad
                .slice(0, NAMED)
                .map((namespace) => ({ namespace, user: byName.get(namespace) ?? '' })),
            ),
          ],
        },
      ),
  };
};
