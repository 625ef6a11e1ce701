import { randomBytes } from 'node:crypto';
import type { Progress } from '../shared/api';

/** Long jobs (ingest, bundle, backup) get an id for progress events and cancellation. */
export class Jobs {
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly emit: (p: Progress) => void) {}

  start(): {
    id: string;
    signal: AbortSignal;
    progress: (p: Omit<Progress, 'jobId'>) => void;
    end: () => void;
  } {
    const id = randomBytes(4).toString('hex');
    const controller = new AbortController();
    this.running.set(id, controller);
    return {
      id,
      signal: controller.signal,
      progress: (p) => this.emit({ jobId: id, ...p }),
      end: () => this.running.delete(id),
    };
  }

  cancel(id: string): void {
    this.running.get(id)?.abort();
  }

  cancelAll(): void {
    for (const c of this.running.values()) c.abort();
  }
}

/** Seconds left from elapsed time and fraction done; undefined until there is a basis. */
export function eta(startedMs: number, fraction: number): number | undefined {
  if (fraction <= 0.02) return undefined;
  const elapsed = (Date.now() - startedMs) / 1000;
  return Math.max(0, Math.round((elapsed / fraction) * (1 - fraction)));
}
