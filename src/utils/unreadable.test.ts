import { describe, expect, it } from 'vitest';
import { forbidden } from '../core/snapshot';
import { offSnapshot } from '../core/testing/builders';
import { forbiddenResources, grantReadCommands } from './unreadable';

describe('forbiddenResources', () => {
  it('names every gate a viewer may be refused, with the resource an RBAC rule takes', () => {
    const snapshot = offSnapshot({
      sccs: { 'container-run': forbidden() },
      devWorkspaceOperatorCsvs: forbidden(),
      devWorkspaceOperatorConfigCrd: forbidden(),
      devWorkspaceControllerPods: forbidden(),
    });
    expect(forbiddenResources(snapshot)).toEqual([
      {
        kind: 'SecurityContextConstraints',
        name: 'container-run',
        namespace: undefined,
        resource: 'securitycontextconstraints.security.openshift.io',
      },
      {
        kind: 'CustomResourceDefinition',
        name: 'devworkspaceoperatorconfigs.controller.devfile.io',
        namespace: undefined,
        resource: 'customresourcedefinitions.apiextensions.k8s.io',
      },
      {
        kind: 'ClusterServiceVersion',
        name: undefined,
        namespace: 'openshift-operators',
        resource: 'clusterserviceversions.operators.coreos.com',
      },
      { kind: 'Pod', name: undefined, namespace: undefined, resource: 'pods' },
    ]);
    expect(grantReadCommands(forbiddenResources(snapshot))).toContain(
      '--resource=securitycontextconstraints.security.openshift.io,customresourcedefinitions.apiextensions.k8s.io,clusterserviceversions.operators.coreos.com,pods',
    );
  });
});
