// `node --import ./tests/support/loaded-modules.mjs …` records the URL of every ES module the
// process loads (and of each CommonJS module imported from one) into the file LOADED_MODULES_FILE
// names, one per line: how a test sees what a command pulls in without timing it.
import { register } from 'node:module';

register('./loaded-modules-hooks.mjs', import.meta.url, { data: { file: process.env.LOADED_MODULES_FILE } });
