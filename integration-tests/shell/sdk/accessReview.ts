// checkAccess / useAccessReview as in console-dynamic-plugin-sdk/src/app/components/utils/rbac.tsx:
// one SelfSubjectAccessReview per distinct attribute set for the life of the page (memoised), and
// a failed review counts as allowed (the server still enforces access).
import * as React from 'react';
import type {
  AccessReviewResourceAttributes,
  K8sModel,
  SelfSubjectAccessReviewKind,
} from '@openshift-console/dynamic-plugin-sdk';
import { k8sCreate } from './k8sResource';

const SelfSubjectAccessReviewModel: K8sModel = {
  abbr: 'SSAR',
  kind: 'SelfSubjectAccessReview',
  label: 'SelfSubjectAccessReview',
  labelPlural: 'SelfSubjectAccessReviews',
  plural: 'selfsubjectaccessreviews',
  apiVersion: 'v1',
  apiGroup: 'authorization.k8s.io',
};

const cache = new Map<string, Promise<SelfSubjectAccessReviewKind>>();

const normalise = (a: AccessReviewResourceAttributes) => ({
  group: a.group ?? '',
  resource: a.resource ?? '',
  subresource: a.subresource ?? '',
  verb: a.verb ?? '',
  name: a.name ?? '',
  namespace: a.namespace ?? '',
});

const review = (attrs: ReturnType<typeof normalise>): Promise<SelfSubjectAccessReviewKind> => {
  const key = Object.values(attrs).join('~');
  let pending = cache.get(key);
  if (!pending) {
    // Projects are cluster-scoped but reviewed in the project's own namespace, as the console does.
    const namespace =
      attrs.group === 'project.openshift.io' && attrs.resource === 'projects'
        ? attrs.name
        : attrs.namespace;
    pending = k8sCreate<SelfSubjectAccessReviewKind>({
      model: SelfSubjectAccessReviewModel,
      data: {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectAccessReview',
        spec: {
          resourceAttributes: { ...attrs, namespace } as AccessReviewResourceAttributes,
        },
      },
    });
    cache.set(key, pending);
  }
  return pending;
};

export const checkAccess = (
  resourceAttributes: AccessReviewResourceAttributes,
): Promise<SelfSubjectAccessReviewKind> => review(normalise(resourceAttributes ?? {}));

export const useAccessReview = (
  resourceAttributes: AccessReviewResourceAttributes,
): [boolean, boolean] => {
  const [state, setState] = React.useState<[boolean, boolean]>([false, true]);
  const attrs = normalise(resourceAttributes ?? {});
  const key = Object.values(attrs).join('~');
  React.useEffect(() => {
    let live = true;
    review(normalise(resourceAttributes ?? {}))
      .then((result) => live && setState([!!result.status?.allowed, false]))
      .catch((e: unknown) => {
        console.warn('SelfSubjectAccessReview failed', e);
        if (live) setState([true, false]);
      });
    return () => {
      live = false;
    };
    // `key` carries every attribute; the object itself is usually a new literal each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state;
};

export const useAccessReviewAllowed = (attrs: AccessReviewResourceAttributes): boolean =>
  useAccessReview(attrs)[0];
