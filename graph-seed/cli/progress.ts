/** A progress bar on stderr when it is a terminal; silent in pipes and CI logs. */
import { SingleBar, Presets } from 'cli-progress';

export interface Progress {
  update(done: number, total: number, detail?: string): void;
  stop(): void;
}

export function progressBar(task: string, unit: string): Progress | null {
  if (!process.stderr.isTTY) return null;
  const bar = new SingleBar(
    {
      format: `${task} [{bar}] {percentage}% | {value}/{total} ${unit} | {detail}`,
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, detail = '') {
      const round = (n: number) => Math.round(n * 100) / 100;
      if (!started) {
        bar.start(round(total), round(done), { detail });
        started = true;
      } else {
        bar.setTotal(round(total));
        bar.update(round(done), { detail });
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
