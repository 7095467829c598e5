// marp-cli, the yardstick of `npm run bench`: installed on first use into a scratch folder (it is
// not a dependency of notice-deck), and the sample notice written as Markdown it can convert.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

/** The release compared against; pinned so that figures from different days compare. */
export const marpVersion = '4.5.1';

const marpDir = path.resolve('node_modules/.cache/notice-deck-bench/marp');
const marpPackage = path.join(marpDir, 'node_modules', '@marp-team', 'marp-cli');

/**
 * The marp-cli script to run with node, installing it first if needed; or why there is none
 * (BENCH_MARP=off, or npm could not install it, e.g. offline).
 */
export async function setUpMarp(env = process.env) {
  if (env.BENCH_MARP === 'off') return { skipped: 'BENCH_MARP=off' };
  const script = path.join(marpPackage, 'marp-cli.js');
  if (installedVersion() !== marpVersion) {
    console.log(`installing @marp-team/marp-cli@${marpVersion} into ${path.relative(process.cwd(), marpDir)} (once) …`);
    try {
      // npm is npm.cmd on Windows, which only a shell runs.
      await promisify(execFile)('npm', ['install', '--prefix', marpDir, '--no-audit', '--no-fund', '--loglevel=error', `@marp-team/marp-cli@${marpVersion}`], {
        shell: process.platform === 'win32',
      });
    } catch (error) {
      const reason = String(error.stderr || error.message).trim().split('\n')[0];
      return { skipped: `npm could not install @marp-team/marp-cli@${marpVersion}: ${reason} (set BENCH_MARP=off to skip it)` };
    }
  }
  return { script };
}

function installedVersion() {
  const file = path.join(marpPackage, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : undefined;
}

/**
 * The notice as a Marp deck with the same text: a title slide, then the body with a new slide at
 * each heading, long sections split at sentence ends so that the deck has about `slideCount`
 * slides, as notice-deck's does. Its text is set in the same Noto Sans SC (regular and bold, from
 * the same @fontsource package: marp needs --allow-local-files to print it), not in whatever
 * fallback the machine has, or no Chinese font at all.
 */
export function marpMarkdown(notice, slideCount) {
  const [, frontMatter = '', body = notice] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(notice) ?? [];
  const field = (name) => new RegExp(`^${name}:\\s*(.*)$`, 'mu').exec(frontMatter)?.[1]?.trim() ?? '';
  const title = [`# ${field('title')}`, field('issuer'), field('number'), field('date')].filter(Boolean).join('\n\n');
  const blocks = body.split(/\n{2,}/u).map((block) => block.trim()).filter(Boolean);
  let slides = [];
  // The longest run of text on one slide that still gives no more slides than notice-deck's deck.
  for (let limit = 200; limit <= 5000; limit += 50) {
    slides = [title, ...splitAtHeadings(blocks, limit)];
    if (slides.length <= slideCount) break;
  }
  const style = fontStyle().split('\n').map((line) => `  ${line}`).join('\n');
  return `---\nmarp: true\nstyle: |\n${style}\n---\n\n${slides.join('\n\n---\n\n')}\n`;
}

function fontStyle() {
  const css = createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/400.css');
  const files = pathToFileURL(path.join(path.dirname(css), 'files')).href;
  const faces = ['400.css', '700.css'].map((file) => readFileSync(path.join(path.dirname(css), file), 'utf8').replaceAll('url(./files', `url(${files}`));
  return [...faces, "section { font-family: 'Noto Sans SC', sans-serif; }"].join('\n');
}

function splitAtHeadings(blocks, limit) {
  const slides = [];
  let slide = [];
  let length = 0;
  const flush = () => {
    if (slide.length > 0) slides.push(slide.join('\n\n'));
    slide = [];
    length = 0;
  };
  for (const block of blocks) {
    if (block.startsWith('#')) {
      flush();
      slide.push(`## ${block.replace(/^#+\s*/u, '')}`);
      continue;
    }
    let paragraph = '';
    for (const sentence of block.match(/[^。！？]+[。！？]?/gu) ?? []) {
      if (length > 0 && length + sentence.length > limit) {
        if (paragraph) slide.push(paragraph);
        paragraph = '';
        flush();
      }
      paragraph += sentence;
      length += sentence.length;
    }
    if (paragraph) slide.push(paragraph);
  }
  flush();
  return slides;
}
