/** The SCC YAML the plugin offers must be one the API server accepts: validated against the real SCC CRD. */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { expectedScc } from './rule';
import { operatorLabels } from '../../cheCluster';
import { openApiToJsonSchema } from '../../testing/crdSchema';

const crd = parse(
  readFileSync(
    new URL(
      '../../../../reference/crds/0000_03_config-operator_01_securitycontextconstraints.crd.yaml',
      import.meta.url,
    ),
    'utf8',
  ),
) as { spec: { versions: { schema: { openAPIV3Schema: unknown } }[] } };

const ajv = new Ajv({ strict: false, allErrors: true });
for (const f of ['int32', 'int64', 'byte']) ajv.addFormat(f, true);
const validate = ajv.compile(
  openApiToJsonSchema(crd.spec.versions[0].schema.openAPIV3Schema) as object,
);

describe('expectedScc', () => {
  it.each([
    ['managed by the operator', operatorLabels('devspaces')],
    ['custom, without the operator labels', undefined],
  ])('is valid against the SCC CRD (%s)', (_, labels) => {
    const scc = expectedScc('container-run', ['SETGID', 'SETUID', 'CHOWN'], labels);
    expect(validate(scc), JSON.stringify(validate.errors)).toBe(true);
    expect(scc.metadata.labels).toEqual(labels);
  });

  it('grants exactly the capabilities the CheCluster requests, SETUID and SETGID always', () => {
    expect(expectedScc('x', ['CHOWN', 'NET_ADMIN']).allowedCapabilities).toEqual([
      'SETUID',
      'SETGID',
      'CHOWN',
      'NET_ADMIN',
    ]);
  });
});
