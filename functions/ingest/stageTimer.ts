/** Measures the stages of one event (fetch, parse, write) against a monotonic clock. */
import type { IngestionDurations } from '#schema';

type Stage = Exclude<keyof IngestionDurations, 'totalMs'>;

export class StageTimer {
  private readonly started: number;
  private readonly spent: Record<Stage, number> = { fetchMs: 0, parseMs: 0, writeMs: 0 };

  constructor(private readonly clock: () => number) {
    this.started = clock();
  }

  async time<T>(stage: Stage, work: () => Promise<T>): Promise<T> {
    const start = this.clock();
    try {
      return await work();
    } finally {
      this.spent[stage] += this.clock() - start;
    }
  }

  timeSync<T>(stage: Stage, work: () => T): T {
    const start = this.clock();
    try {
      return work();
    } finally {
      this.spent[stage] += this.clock() - start;
    }
  }

  durations(): IngestionDurations {
    const round = (ms: number) => Math.round(ms * 100) / 100;
    return {
      fetchMs: round(this.spent.fetchMs),
      parseMs: round(this.spent.parseMs),
      writeMs: round(this.spent.writeMs),
      totalMs: round(this.clock() - this.started),
    };
  }
}
