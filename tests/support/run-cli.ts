/**
 * The CLI run in the test's own process (much faster than spawning node for every case): the
 * commander program with `args`, in `cwd`, what it writes to stdout and stderr captured.
 */
import { vi } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { counted } from './cli-runs.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCliInProcess(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return counted(runCaptured(args, cwd, env));
}

async function runCaptured(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const capture = (append: (text: string) => void) => (chunk: string | Uint8Array) => {
    append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture((text) => (stdout += text)) as typeof process.stdout.write);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture((text) => (stderr += text)) as typeof process.stderr.write);
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    const code = await runCli(['node', 'notice-deck', ...args], { CI: 'true', ...env });
    return { code, stdout, stderr };
  } finally {
    process.chdir(previous);
    out.mockRestore();
    err.mockRestore();
  }
}
