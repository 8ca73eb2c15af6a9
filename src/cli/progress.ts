import { SingleBar } from 'cli-progress';
import type { OnProgress } from '../schedule/progress.js';
import { text } from '../text/catalogue.js';
import type { CliContext } from './context.js';

/**
 * A progress bar on the terminal for a long `plan`, `verify` or `report` (cli-progress): drawn only when the
 * command runs in a terminal (`context.progress`, stderr when it is a TTY), cleared when the call
 * ends, so that nothing of it stays in the output or reaches a file or a pipe.
 *
 * @param context - the run's context; without `progress`, there is no bar.
 * @param what - what runs, in the run's language (`text(lang).cli.progress.plan`).
 * @returns the `onProgress` to give the library call, and `stop` to call once it has returned or thrown.
 */
export function progressBar(context: CliContext, what: string): { onProgress?: OnProgress; stop(): void } {
  const stream = context.progress;
  if (stream === undefined) return { stop: () => undefined };
  const t = text(context.lang).cli.progress;
  const bar = new SingleBar({
    stream,
    format: `${what} [{bar}] {value}/{total} {step}`,
    barsize: 24,
    clearOnComplete: true,
    hideCursor: false,
    // a step of a long call takes seconds: one redraw a second is enough; stop() ends the timer
    fps: 1,
  });
  let started = false;
  return {
    onProgress: ({ step, done, total }) => {
      if (!started) bar.start(total, 0, { step: '' });
      started = true;
      bar.update(done, { step: t.steps[step] });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
