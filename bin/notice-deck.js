#!/usr/bin/env node
import module from 'node:module';

// Node 22.1 and later keep V8's compiled code of the CLI between runs (in the temp folder); Node 20 has no such cache.
module.enableCompileCache?.();
// The bundled CLI (scripts/bundle-cli.js, made by `npm run compile`): it starts several times faster than lib/cli/main.js.
await import('../lib/cli-bundle/main.js');
