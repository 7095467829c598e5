/** Exit codes of a process ended by a signal, as shells report them (128 + signal number). */
const exitCodes = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Ctrl+C, `kill` and a closed terminal all end the run the same way: process.exit() with the
 * shell's code for the signal, which runs the at-exit clean-up (browser killed, temp files removed)
 * and prints nothing: the user asked for it.
 */
export function exitOnSignals(): void {
  for (const [signal, code] of Object.entries(exitCodes)) {
    process.once(signal, () => process.exit(code));
  }
}
