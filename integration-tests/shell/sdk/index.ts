// The shell's implementation of `@openshift-console/dynamic-plugin-sdk`, registered in the share
// scope under that name. Only what this plugin (and plugins like it) need; a plugin reading any
// other export gets `undefined` and a console error naming it, so a test run shows the gap instead
// of a silent crash later.
import { checkAccess, useAccessReview, useAccessReviewAllowed } from './accessReview';
import { consoleFetch, consoleFetchJSON, consoleFetchText } from './consoleFetch';
import { useK8sModel, useK8sModels } from './discovery';
import { useFlag } from './flags';
import { HttpError } from './httpError';
import {
  getAPIVersionForModel,
  getGroupVersionKindForModel,
  getGroupVersionKindForResource,
} from './k8sRef';
import {
  k8sCreate,
  k8sDelete,
  k8sGet,
  k8sList,
  k8sListItems,
  k8sPatch,
  k8sUpdate,
} from './k8sResource';
import { DocumentTitle, useActiveNamespace, useActivePerspective } from './misc';
import { ResourceIcon, ResourceLink } from './ResourceLink';
import { useK8sWatchResource, useK8sWatchResources } from './useK8sWatch';

export const sdkImplementation = {
  checkAccess,
  consoleFetch,
  consoleFetchJSON,
  consoleFetchText,
  DocumentTitle,
  getAPIVersionForModel,
  getGroupVersionKindForModel,
  getGroupVersionKindForResource,
  HttpError,
  k8sCreate,
  k8sDelete,
  k8sGet,
  k8sList,
  k8sListItems,
  k8sPatch,
  k8sUpdate,
  ResourceIcon,
  ResourceLink,
  useAccessReview,
  useAccessReviewAllowed,
  useActiveNamespace,
  useActivePerspective,
  useFlag,
  useK8sModel,
  useK8sModels,
  useK8sWatchResource,
  useK8sWatchResources,
};

// Keys module interop and dev tools probe; they are not SDK exports.
const PROBES = new Set([
  '__esModule',
  'default',
  'then',
  'toJSON',
  '$$typeof',
  'constructor',
  'prototype',
]);
const reported = new Set<string>();

/** The module object plugins receive: known exports, and a loud console error for any other. */
export const createSdkModule = (): Record<string, unknown> =>
  new Proxy(
    { ...sdkImplementation, __esModule: true },
    {
      get(target, key) {
        if (typeof key === 'symbol' || key in target || PROBES.has(key)) {
          return (target as Record<string | symbol, unknown>)[key];
        }
        if (!reported.has(key)) {
          reported.add(key);
          console.error(
            `[console shell] @openshift-console/dynamic-plugin-sdk export '${key}' is not implemented by the local console shell (integration-tests/shell/sdk).`,
          );
        }
        return undefined;
      },
    },
  );
