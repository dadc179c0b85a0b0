/**
 * Keeps each watch's last loaded data while the console re-lists it.
 *
 * The console's watch (app/k8s/actions/k8s.ts `watchK8sList`) re-lists when its WebSocket dies;
 * a failed re-list dispatches `errored`, which sets `loadError` next to the data it still holds,
 * and a watch restarted by its hook (a second-stage spec that changed, models reloaded) is
 * `loaded: false` until the new list arrives. Read literally, either would turn every check that
 * reads it into "unknown" for a moment and flip the page to "cannot tell". A transient state
 * (loading, a read error) therefore serves the last loaded data of the same watch; a definite
 * answer (loaded, 403, 404) replaces it. A 404 (an object the list did not hold, an API not served)
 * is a definite answer too, kept like loaded data: a gate read with the switch off (the run SCC)
 * must not turn "cannot tell" because its re-list failed for a moment.
 */
import type { ResourceState } from '../core/snapshot';

const isTransient = (s: ResourceState<unknown>): boolean =>
  s.state === 'loading' || s.state === 'error';

const isDefinite = (s: ResourceState<unknown> | undefined): boolean =>
  s?.state === 'loaded' || s?.state === 'not-found';

export const keepLastGood = <T>(
  previous: ResourceState<T> | undefined,
  next: ResourceState<T>,
): ResourceState<T> => (isTransient(next) && previous && isDefinite(previous) ? previous : next);

/** A memory of the last loaded state per watch key (one per hook instance). */
export class LastGood {
  private readonly last = new Map<string, ResourceState<unknown>>();

  serve<T>(key: string, next: ResourceState<T>): ResourceState<T> {
    const out = keepLastGood(this.last.get(key) as ResourceState<T> | undefined, next);
    if (isDefinite(out)) this.last.set(key, out);
    else if (!isTransient(out)) this.last.delete(key);
    return out;
  }
}
