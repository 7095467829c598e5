/**
 * Synchronous clean-up that must run however the process ends short of SIGKILL: a normal end,
 * process.exit(), or a signal the CLI turns into process.exit() (see src/cli/signals.ts).
 * Hooks run newest first, so a browser is killed before the folder it writes into is removed.
 */
const hooks: (() => void)[] = [];
let installed = false;

function runHooks(): void {
  for (const hook of hooks.splice(0).reverse()) {
    try {
      hook();
    } catch {
      // Clean-up is best effort: a leftover is removed by the next run, a thrown error would hide the exit code.
    }
  }
}

/** Registers `hook`; the returned function unregisters it (call it once the thing is cleaned up normally). */
export function atExit(hook: () => void): () => void {
  if (!installed) {
    process.on('exit', runHooks);
    installed = true;
  }
  hooks.push(hook);
  return () => {
    const index = hooks.indexOf(hook);
    if (index !== -1) hooks.splice(index, 1);
  };
}
