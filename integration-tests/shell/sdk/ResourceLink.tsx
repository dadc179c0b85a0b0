// ResourceLink / ResourceIcon: a kind badge and a link to the resource's details page, using the
// console's URL form /k8s/ns/<ns>/<group~version~kind>/<name> (/k8s/cluster/... when cluster-scoped;
// core kinds use their plural, like the console's static models).
import * as React from 'react';
import { Link } from 'react-router';
import type {
  K8sGroupVersionKind,
  K8sModel,
  ResourceIconProps,
  ResourceLinkProps,
} from '@openshift-console/dynamic-plugin-sdk';
import { useK8sModel, kindToAbbr } from './discovery';
import { getGroupVersionKindForReference, getReference, isGroupVersionKind } from './k8sRef';

const toGvk = (kind?: string, gvk?: K8sGroupVersionKind): K8sGroupVersionKind | undefined => {
  if (gvk) return gvk;
  if (!kind) return undefined;
  return isGroupVersionKind(kind) ? getGroupVersionKindForReference(kind) : { version: 'v1', kind };
};

export const resourcePath = (
  gvk: K8sGroupVersionKind,
  model: K8sModel | undefined,
  name?: string,
  namespace?: string,
): string => {
  const segment =
    gvk.group && gvk.group !== 'core'
      ? getReference(gvk)
      : (model?.plural ?? `${gvk.kind.toLowerCase()}s`);
  const scope = namespace ? `ns/${encodeURIComponent(namespace)}` : 'cluster';
  return `/k8s/${scope}/${segment}${name ? `/${encodeURIComponent(name)}` : ''}`;
};

export const ResourceIcon: React.FC<ResourceIconProps> = ({
  className,
  kind,
  groupVersionKind,
}) => {
  const gvk = toGvk(kind, groupVersionKind);
  const [model] = useK8sModel(gvk);
  if (!gvk) return null;
  const label = model?.abbr ?? kindToAbbr(gvk.kind);
  return (
    <span className={`co-m-resource-icon ${className ?? ''}`.trim()} title={gvk.kind}>
      {label}
    </span>
  );
};

export const ResourceLink: React.FC<ResourceLinkProps> = ({
  kind,
  groupVersionKind,
  name,
  namespace,
  displayName,
  className,
  inline,
  linkTo = true,
  hideIcon,
  title,
  dataTest,
  onClick,
  nameSuffix,
  children,
}) => {
  const gvk = toGvk(kind, groupVersionKind);
  const [model] = useK8sModel(gvk);
  if (!name && !displayName) return null;
  const value = displayName || name;
  const path = gvk ? resourcePath(gvk, model, name, namespace) : undefined;
  return (
    <span
      className={`co-resource-item${inline ? ' co-resource-item--inline' : ''} ${className ?? ''}`.trim()}
    >
      {!hideIcon && gvk && <ResourceIcon groupVersionKind={gvk} />}
      {linkTo && path ? (
        <Link
          to={path}
          title={title}
          className="co-resource-item__resource-name"
          data-test-id={value}
          data-test={dataTest ?? value}
          onClick={onClick}
        >
          {value}
          {nameSuffix}
        </Link>
      ) : (
        <span
          className="co-resource-item__resource-name"
          data-test-id={value}
          data-test={dataTest ?? value}
        >
          {value}
          {nameSuffix}
        </span>
      )}
      {children}
    </span>
  );
};
