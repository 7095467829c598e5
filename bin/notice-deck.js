#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { defaultCodeCacheDir, requireWithCodeCache } from '../lib/cli/code-cache.js';

// The bundled CLI (scripts/bundle-cli.js, made by `npm run compile`), compiled from V8's code cache
// of the same command's earlier runs: it starts several times faster than lib/cli/main.js.
const command = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
const cli = requireWithCodeCache(fileURLToPath(new URL('../lib/cli-bundle/main.cjs', import.meta.url)), {
  cacheDir: defaultCodeCacheDir(),
  variant: command && /^[a-z][a-z-]{0,19}$/u.test(command) ? command : 'other',
});
// Only a run that went well: a mistyped command would otherwise leave a cache of its own.
process.once('exit', (code) => code === 0 && cli.saveCache());
const { exitOnSignals, runCli } = cli.exports;
exitOnSignals();
process.exitCode = await runCli(process.argv);
