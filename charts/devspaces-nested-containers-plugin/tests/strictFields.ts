// Unknown-field detection for the Kubernetes schemas of kubernetes-models, whose validators (ajv
// code generated from the Kubernetes OpenAPI) allow additional properties. The API server does not:
// it drops or, with fieldValidation=Strict (kubectl's default), refuses a field its schema lacks.
// A generated validator reads every property its schema declares and enumerates the keys only of
// maps (additionalProperties: labels, resources.limits...). So the validator runs over a proxy that
// records both; a key of a non-map object it never read is a field the schema does not have.

interface Seen {
  read: Set<PropertyKey>;
  enumerated: boolean;
}

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null;

/** Runs `validate` over `data` and returns the JSON paths of the fields it did not know. */
export function unknownFields(validate: (data: unknown) => void, data: unknown): string[] {
  const seen = new WeakMap<object, Seen>();
  const proxies = new WeakMap<object, object>();
  const seenOf = (target: object): Seen => {
    let s = seen.get(target);
    if (!s) {
      s = { read: new Set(), enumerated: false };
      seen.set(target, s);
    }
    return s;
  };
  const wrap = (value: unknown): unknown => {
    if (!isObject(value)) return value;
    let proxy = proxies.get(value);
    if (!proxy) {
      proxy = new Proxy(value, {
        get(target, key, receiver) {
          seenOf(target).read.add(key);
          return wrap(Reflect.get(target, key, receiver));
        },
        has(target, key) {
          seenOf(target).read.add(key);
          return Reflect.has(target, key);
        },
        ownKeys(target) {
          seenOf(target).enumerated = true;
          return Reflect.ownKeys(target);
        },
      });
      proxies.set(value, proxy);
    }
    return proxy;
  };
  validate(wrap(data));
  const unknown: string[] = [];
  const walk = (value: unknown, at: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${at}[${i}]`));
      return;
    }
    if (!isObject(value)) return;
    const s = seen.get(value);
    for (const [key, child] of Object.entries(value)) {
      const where = at ? `${at}.${key}` : key;
      // Never looked at: the validator stopped above (it reports why) or a free-form field.
      if (!s) continue;
      if (!s.enumerated && !s.read.has(key)) unknown.push(where);
      else walk(child, where);
    }
  };
  walk(data, '');
  return unknown;
}
