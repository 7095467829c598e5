// Part of `npm run compile`: bundles the compiled CLI (lib/cli/program.js) into one CommonJS file,
// lib/cli-bundle/main.cjs, which bin/notice-deck.js runs with V8's code cache (src/cli/code-cache.ts).
// Node spends most of a short run (build, --version) resolving, reading, linking and compiling the
// ~500 small modules of unified, zod and yaml; one file loads in a fraction of that time, and only
// a CommonJS script can be compiled from a code cache on Node 20 (vm.Script; ES modules cannot).
// Each `await import()` of our code stays lazy: esbuild wraps every module in an init function that
// runs when first imported, so a command still evaluates only what it runs. lib/ itself stays
// unbundled ES modules for the tests and scripts/bench.js.
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';

const outdir = 'lib/cli-bundle';

/**
 * Pure-JS packages of the start-up and build path, bundled. Every other dependency is loaded
 * from node_modules: they load lazily anyway (Puppeteer, PDF and Word readers, pptx), and
 * several find files next to their own code (subset-font's HarfBuzz wasm, pdf.js, reveal.js and
 * the fonts, which are resolved as paths, and the bundled Chromium).
 */
const bundled = new Set([
  'commander', 'diff', 'hast-util-from-html', 'hast-util-raw', 'hast-util-sanitize', 'hast-util-to-html',
  'hast-util-to-string', 'hastscript', 'mdast-util-to-hast', 'mdast-util-to-string', 'mrmime', 'rehype-stringify',
  'remark-frontmatter', 'remark-gfm', 'remark-parse', 'remark-rehype', 'unified', 'unist-util-visit', 'vfile',
  'vfile-message', 'yaml', 'zod',
]);

/**
 * Imports of the packages left out are require()s in the bundle (Node ≥ 20.19 requires ES modules
 * too): import() in a vm.Script would need an experimental loader. Each goes through a module of
 * its own here, outside this package's "type": "module", so that esbuild gives its default export
 * as Node's import would: a CommonJS package's module.exports, an ES module's default.
 */
const throughRequire = {
  name: 'packages-through-require',
  setup(plugin) {
    plugin.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.namespace === 'package' || !external.some((name) => args.path === name || args.path.startsWith(`${name}/`))) return undefined;
      return { path: args.path, namespace: 'package' };
    });
    plugin.onResolve({ filter: /.*/, namespace: 'package' }, (args) => ({ path: args.path, external: true }));
    plugin.onLoad({ filter: /.*/, namespace: 'package' }, (args) => ({
      contents: `export * from ${JSON.stringify(args.path)}; export { default } from ${JSON.stringify(args.path)};`,
      loader: 'js',
    }));
  },
};

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const external = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.optionalDependencies ?? {})].filter((name) => !bundled.has(name));

await rm(outdir, { recursive: true, force: true });
await build({
  stdin: { contents: "export { runCli } from './lib/cli/program.js'; export { exitOnSignals } from './lib/cli/signals.js';", resolveDir: '.', sourcefile: 'cli.js' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  supported: { 'dynamic-import': false },
  // Two levels below the package root, like every lib/<folder>/ module: their
  // new URL('../../templates/…', import.meta.url) and createRequire(import.meta.url) find the same files.
  outfile: `${outdir}/main.cjs`,
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "'use strict';\nconst __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [throughRequire],
  logLevel: 'warning',
});
