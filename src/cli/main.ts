import { runCli } from './program.js';
import { exitOnSignals } from './signals.js';

exitOnSignals();
process.exitCode = await runCli(process.argv);
