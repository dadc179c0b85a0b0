/** The scenario's RBAC (deny rules) and injected faults, matched against request attributes. */
import type { DenyRule, FaultRule } from './types';

export interface RequestAttributes {
  verb: string;
  group: string;
  resource: string;
  namespace?: string;
  name?: string;
}

const matches = (want: string | undefined, actual: string | undefined): boolean =>
  want === undefined || want === '*' || want === (actual ?? '');

const ruleMatches = (rule: DenyRule | FaultRule, a: RequestAttributes): boolean =>
  matches(rule.verb, a.verb) &&
  matches(rule.group, a.group) &&
  matches(rule.resource, a.resource) &&
  matches(rule.namespace, a.namespace) &&
  matches(rule.name, a.name);

export const isDenied = (rules: DenyRule[], a: RequestAttributes): boolean =>
  rules.some((rule) => ruleMatches(rule, a));

export const faultFor = (faults: FaultRule[], a: RequestAttributes): FaultRule | undefined =>
  faults.find((f) => ruleMatches(f, a));

/**
 * The body of a SelfSubjectAccessReview as JSON or as Kubernetes protobuf, which kubectl sends
 * (`kubectl auth can-i`: Content-Type application/vnd.kubernetes.protobuf, Accept protobuf,json).
 * Protobuf: the "k8s\0" envelope around runtime.Unknown{typeMeta=1, raw=2}, raw being
 * SelfSubjectAccessReview{metadata=1, spec=2}; spec {resourceAttributes=1, nonResourceAttributes=2}
 * with the field numbers of k8s.io/api/authorization/v1 (types.go protobuf tags).
 */
export function decodeAccessReview(contentType: string | undefined, body: Buffer): unknown {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/vnd.kubernetes.protobuf') {
    if (body.subarray(0, 4).toString('latin1') !== 'k8s\0') return undefined;
    const raw = protoFields(body.subarray(4)).get(2);
    const review = raw && protoFields(raw);
    const spec = review?.get(2) && protoFields(review.get(2) as Buffer);
    const text = (fields: Map<number, Buffer> | undefined, names: string[]) =>
      fields &&
      Object.fromEntries(
        names.flatMap((name, i) => {
          const v = fields.get(i + 1);
          return v ? [[name, v.toString('utf8')]] : [];
        }),
      );
    const resource = spec?.get(1);
    const nonResource = spec?.get(2);
    return {
      kind: 'SelfSubjectAccessReview',
      apiVersion: 'authorization.k8s.io/v1',
      spec: {
        ...(resource && {
          resourceAttributes: text(protoFields(resource), [
            'namespace',
            'verb',
            'group',
            'version',
            'resource',
            'subresource',
            'name',
          ]),
        }),
        ...(nonResource && {
          nonResourceAttributes: text(protoFields(nonResource), ['path', 'verb']),
        }),
      },
    };
  }
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** The length-delimited fields of one protobuf message (last occurrence wins); others skipped. */
function protoFields(buf: Buffer): Map<number, Buffer> {
  const out = new Map<number, Buffer>();
  let at = 0;
  const varint = (): number => {
    let value = 0;
    for (let shift = 0; at < buf.length; shift += 7) {
      const byte = buf[at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    throw new Error('truncated protobuf varint');
  };
  while (at < buf.length) {
    const key = varint();
    const wire = key & 7;
    if (wire === 0) varint();
    else if (wire === 1) at += 8;
    else if (wire === 5) at += 4;
    else if (wire === 2) {
      const length = varint();
      out.set(Math.floor(key / 8), buf.subarray(at, at + length));
      at += length;
    } else throw new Error(`unsupported protobuf wire type ${wire}`);
  }
  return out;
}

/** The request body as bytes (protobuf bodies must not go through a UTF-8 decode). */
export function readBuffer(req: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
