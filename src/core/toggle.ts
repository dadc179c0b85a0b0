/** The one write the plugin makes: a JSON patch flipping the nested-containers switch. */
import type { Operation } from 'fast-json-patch';
import type { CheCluster } from '../models/cheCluster';
import { at, isDict, str } from './guards';

const FIELD = 'disableContainerRunCapabilities';

export class MissingResourceVersionError extends Error {
  constructor() {
    super('CheCluster has no metadata.resourceVersion; refusing to build an unconditional patch');
    this.name = 'MissingResourceVersionError';
  }
}

/**
 * RFC 6902 patch setting `spec.devEnvironments.disableContainerRunCapabilities` to `!enable`
 * (the switch is negative) and nothing else. The leading `test` on resourceVersion makes the API
 * server reject (422) a toggle built from stale data instead of overwriting a newer change.
 */
export const buildTogglePatch = (cheCluster: CheCluster, enable: boolean): Operation[] => {
  const resourceVersion = str(at(cheCluster, 'metadata', 'resourceVersion'));
  if (!resourceVersion) throw new MissingResourceVersionError();
  const value = !enable;
  const ops: Operation[] = [
    { op: 'test', path: '/metadata/resourceVersion', value: resourceVersion },
  ];
  const spec = at(cheCluster, 'spec');
  const devEnvironments = at(spec, 'devEnvironments');
  if (!isDict(spec)) {
    ops.push({ op: 'add', path: '/spec', value: { devEnvironments: { [FIELD]: value } } });
  } else if (!isDict(devEnvironments)) {
    ops.push({ op: 'add', path: '/spec/devEnvironments', value: { [FIELD]: value } });
  } else {
    // `add` on an existing member replaces it (RFC 6902 4.1), so one op covers both cases.
    ops.push({ op: 'add', path: `/spec/devEnvironments/${FIELD}`, value });
  }
  return ops;
};
