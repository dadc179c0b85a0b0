// Runtime fault injection in front of the simulated cluster, for the browser tests: fail matching
// requests with a Kubernetes Status, add latency, or cut every open watch stream.
import type { IncomingMessage, ServerResponse } from 'node:http';

export type FailRule = {
  pattern: string;
  status: number;
  count?: number;
  method?: string;
  message?: string;
};
export type FaultState = { latencyMs: number; fail: FailRule[] };

export class Faults {
  state: FaultState = { latencyMs: 0, fail: [] };
  private watches = new Set<ServerResponse>();

  set(next: Partial<FaultState>): void {
    this.state = { ...this.state, ...next };
  }

  /** Cuts every watch stream now, as a dropped connection would. Returns how many. */
  dropWatches(): number {
    const n = this.watches.size;
    for (const res of this.watches) res.destroy();
    this.watches.clear();
    return n;
  }

  openWatches(): number {
    return this.watches.size;
  }

  /** Applies latency and failures; returns true when it answered the request itself. */
  async apply(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (this.state.latencyMs > 0) await new Promise((r) => setTimeout(r, this.state.latencyMs));
    const url = req.url ?? '';
    const rule = this.state.fail.find(
      (f) =>
        new RegExp(f.pattern).test(url) &&
        (!f.method || f.method === req.method) &&
        (f.count ?? 1) > 0,
    );
    if (rule) {
      if (rule.count !== undefined) rule.count -= 1;
      const body = {
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: rule.message ?? `injected failure ${rule.status}`,
        reason: rule.status === 500 ? 'InternalError' : 'ServiceUnavailable',
        code: rule.status,
      };
      res.writeHead(rule.status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
      return true;
    }
    if (/[?&]watch=(true|1)/.test(url)) {
      this.watches.add(res);
      res.on('close', () => this.watches.delete(res));
    }
    return false;
  }
}
