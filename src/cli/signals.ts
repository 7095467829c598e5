/** Exit codes of a process ended by a signal, as shells report them (128 + signal number). */
const exitCodes = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

type EndingSignal = keyof typeof exitCodes;

const exitHandlers = new Map<EndingSignal, () => void>();

/**
 * Ctrl+C, `kill` and a closed terminal all end the run the same way: process.exit() with the
 * shell's code for the signal, which runs the at-exit clean-up (browser killed, temp files removed)
 * and prints nothing: the user asked for it.
 */
export function exitOnSignals(): void {
  for (const [signal, code] of Object.entries(exitCodes) as [EndingSignal, number][]) {
    const handler = () => process.exit(code);
    exitHandlers.set(signal, handler);
    process.once(signal, handler);
  }
}

/**
 * For a command whose normal end is Ctrl+C (serve): the signal ends the wait, not the process, so
 * the command can close what it opened and exit 0.
 */
export function untilStopped(): Promise<EndingSignal> {
  for (const [signal, handler] of exitHandlers) process.off(signal, handler);
  exitHandlers.clear();
  return new Promise((resolve) => {
    for (const signal of Object.keys(exitCodes) as EndingSignal[]) process.once(signal, () => resolve(signal));
  });
}
