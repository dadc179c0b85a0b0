import type { K8sObject, ModelFacts } from './common';

/** core/v1 Event: what the scheduler, the kubelet and admission report about an object. */
export const EventModel: ModelFacts = {
  group: '',
  version: 'v1',
  kind: 'Event',
  plural: 'events',
  namespaced: true,
};

export interface Event extends K8sObject {
  involvedObject?: { kind?: string; name?: string; namespace?: string; uid?: string };
  /** e.g. Scheduled, Pulling, Pulled, Created, Started, Failed, FailedScheduling, BackOff. */
  reason?: string;
  message?: string;
  /** Normal | Warning */
  type?: string;
  count?: number;
  firstTimestamp?: string | null;
  lastTimestamp?: string | null;
  eventTime?: string | null;
  source?: { component?: string; host?: string };
}
