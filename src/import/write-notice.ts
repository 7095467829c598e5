import { Document, parse } from 'yaml';
import { noticeMetadataSchema } from '../notice/metadata.js';
import { bodyBlocks, tableMarkdown } from './bar-table.js';
import { isLevelOneHeading } from './repair.js';

/** The front-matter fields as written: strings, lists of strings, ISO dates. */
export type NoticeFields = Partial<Record<keyof typeof noticeMetadataSchema.shape, string | string[]>>;

/** An attachment's own text, written after the body under its title as a level-1 heading. */
export interface Appendix {
  title: string;
  paragraphs: string[];
}

/**
 * notice.md for the recognised fields and body paragraphs. The YAML comes from the yaml
 * package, which quotes what needs quoting, and is checked against the notice schema: what
 * import writes must build.
 */
export function noticeMarkdown(fields: NoticeFields, paragraphs: string[], appendix?: Appendix): string {
  // The schema's order is the order docs/notice-format.md lists the fields in.
  const ordered = Object.fromEntries(
    Object.keys(noticeMetadataSchema.shape).flatMap((key) => {
      const value = fields[key as keyof NoticeFields];
      return value === undefined || value.length === 0 ? [] : [[key, value]];
    }),
  );
  const yaml = new Document(ordered).toString({ lineWidth: 0 });
  const checked = noticeMetadataSchema.safeParse(parse(yaml));
  if (!checked.success) throw new Error(`import wrote front matter the notice schema rejects: ${checked.error.message}\n${yaml}`);
  const blocks = [...bodyMarkdown(paragraphs), ...(appendix ? [`# ${escapeMarkdown(appendix.title)}`, ...bodyMarkdown(appendix.paragraphs)] : [])];
  return `---\n${yaml}---\n\n${blocks.join('\n\n')}\n`;
}

/** The body's blocks as Markdown: paragraphs and headings, and rows typed with bars as GFM tables. */
function bodyMarkdown(paragraphs: readonly string[]): string[] {
  return bodyBlocks(paragraphs).map((block) => ('rows' in block ? tableMarkdown(block.rows, escapeMarkdown) : paragraphMarkdown(block.paragraph)));
}

/** A level-1 heading on its own line becomes `# `; the recogniser reads the other levels from paragraph starts. */
function paragraphMarkdown(text: string): string {
  return isLevelOneHeading(text) ? `# ${escapeMarkdown(text)}` : escapeLineStart(escapeMarkdown(text));
}

/**
 * Backslashes before what Markdown would read as markup rather than text: emphasis, code, links,
 * HTML (and so `<!-- -->` directives), GFM strikethrough (3~5人).
 */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_~[\]<]/gu, '\\$&').replace(/&(?=#?\w+;)/gu, '\\&');
}

/** …and at a paragraph's start: a heading, quote, list item or rule (`---` is a slide break in notice.md). */
function escapeLineStart(text: string): string {
  return text.replace(/^[#>+-]/u, '\\$&').replace(/^(\d{1,9})([.)])(?=\s|$)/u, '$1\\$2');
}
