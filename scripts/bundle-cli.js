// Part of `npm run compile`: bundles the compiled CLI (lib/cli/main.js) into lib/cli-bundle/, which
// bin/notice-deck.js runs. Node spends most of a short run (build, --version) resolving, reading
// and linking the ~500 small modules of unified, zod and yaml one by one; a handful of chunks loads
// in a fraction of that time. Each `await import()` stays a chunk of its own, so a command still
// loads only what it runs. lib/ itself stays unbundled for the tests and scripts/bench.js.
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';

const outdir = 'lib/cli-bundle';

/**
 * Pure-JS packages of the start-up and build path, bundled. Every other dependency stays an
 * import from node_modules: they load lazily anyway (Puppeteer, PDF and Word readers, pptx), and
 * several find files next to their own code (subset-font's HarfBuzz wasm, pdf.js, reveal.js and
 * the fonts, which are resolved as paths, and the bundled Chromium).
 */
const bundled = new Set([
  'commander', 'diff', 'hast-util-from-html', 'hast-util-raw', 'hast-util-sanitize', 'hast-util-to-html',
  'hast-util-to-string', 'hastscript', 'mdast-util-to-hast', 'mdast-util-to-string', 'mrmime', 'rehype-stringify',
  'remark-frontmatter', 'remark-gfm', 'remark-parse', 'remark-rehype', 'unified', 'unist-util-visit', 'vfile',
  'vfile-message', 'yaml', 'zod',
]);

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const external = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.optionalDependencies ?? {})].filter((name) => !bundled.has(name));

await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: 'lib/cli/main.js' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Two levels below the package root, like every lib/<folder>/ module: their
  // new URL('../../templates/…', import.meta.url) and createRequire(import.meta.url) find the same files.
  outdir,
  chunkNames: 'chunk-[hash]',
  external,
  // yaml and other CommonJS packages require() Node's built-ins, which an ES module has no require for.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
