/**
 * Loading and error bookkeeping shared by every view: how many requests are
 * in flight (the spinner) and the last failure (the banner), with a retry.
 */
import { describeError } from '../api/client.ts';

export interface StatusSnapshot {
  pending: number;
  message: string | null;
  error: { code: string; message: string; retry: (() => void) | null } | null;
}

export class Status {
  private snapshot: StatusSnapshot = { pending: 0, message: null, error: null };
  private listeners = new Set<(s: StatusSnapshot) => void>();

  get current(): StatusSnapshot {
    return this.snapshot;
  }

  subscribe(listener: (s: StatusSnapshot) => void): void {
    this.listeners.add(listener);
    listener(this.snapshot);
  }

  private set(next: Partial<StatusSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...next };
    for (const l of this.listeners) l(this.snapshot);
  }

  /** Runs a task with the spinner showing `message`; failures go to the banner. */
  async track<T>(message: string, task: () => Promise<T>, retry: (() => void) | null = null): Promise<T | undefined> {
    this.set({ pending: this.snapshot.pending + 1, message });
    try {
      const result = await task();
      if (this.snapshot.error?.code === 'NETWORK') this.set({ error: null });
      return result;
    } catch (err) {
      const { code, message: text } = describeError(err);
      if (code !== 'ABORTED') this.set({ error: { code, message: text, retry } });
      return undefined;
    } finally {
      const pending = this.snapshot.pending - 1;
      this.set({ pending, message: pending > 0 ? this.snapshot.message : null });
    }
  }

  fail(err: unknown, retry: (() => void) | null = null): void {
    this.set({ error: { ...describeError(err), retry } });
  }

  clearError(): void {
    this.set({ error: null });
  }
}
