import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { noticeFileName } from '../notice/read.js';
import { writeFileAtomic } from '../write-file-atomic.js';
import { recogniseParts, type DocumentParts, type IssuerSource } from './document-parts.js';
import { decodeText, dropBreakSpaces, readLines } from './lines.js';
import { isLevelOneHeading, repairParagraphs } from './repair.js';
import { noticeMarkdown, type NoticeFields } from './write-notice.js';

export interface ImportedNotice {
  /** The whole notice.md. */
  markdown: string;
  fields: NoticeFields;
  /** The body's paragraphs, level-1 headings included, as written to notice.md. */
  paragraphs: string[];
  /** One line per part found, `标签: 内容`, for the user to check. */
  report: string[];
  /** One line per part not found or changed. */
  warnings: string[];
}

/** Stand-ins for the two required fields, so the file still builds and the gap shows on the slides. */
const placeholders = { issuer: '请填写发文机关', title: '请填写标题' };

/** How the report says where the issuer came from when there was no red mark. */
const issuerSources: Record<IssuerSource, string> = {
  mark: '',
  letterhead: '（取自版头）',
  signature: '（取自落款）',
  title: '（取自标题）',
};

/**
 * Turns the text copied from a notice (PDF, Word, a web page) into notice.md: the formal parts
 * become front matter, the body's broken paragraphs are joined. `source` names the text in messages.
 */
export function importNoticeText(text: string, source: string): ImportedNotice {
  const { lines, pageNumbers } = readLines(text);
  const parts = recogniseParts(lines);
  const body = repairParagraphs(parts.body.map((line) => dropBreakSpaces(line.text)));
  if (!parts.title && body.paragraphs.length === 0) {
    throw new UserError(`${source}: found neither a title nor a body; copy the notice's whole text into the file`);
  }
  const warnings = [...parts.notes, ...missingParts(parts, body.paragraphs.length)];
  const fields: NoticeFields = {
    issuer: parts.issuer?.name ?? placeholders.issuer,
    number: parts.number,
    title: parts.title ?? placeholders.title,
    addressees: parts.addressees,
    attachments: parts.attachments,
    signature: parts.signature,
    date: parts.date,
    cc: parts.cc,
    printer: parts.printer,
    printDate: parts.printDate,
  };
  const headings = body.paragraphs.filter(isLevelOneHeading).length;
  const repairs = [body.joins > 0 ? `接回 ${body.joins} 处断开的段落` : '', pageNumbers > 0 ? `去掉 ${pageNumbers} 个页码` : ''].filter(Boolean);
  const report = [
    ...(parts.issuer ? [`发文机关: ${parts.issuer.name}${issuerSources[parts.issuer.from]}`] : []),
    ...labelled([
      ['发文字号', parts.number],
      ['标题', parts.title],
      ['主送机关', parts.addressees],
      ['附件', parts.attachments?.join(' | ')],
      ['落款', parts.signature],
      ['成文日期', parts.date],
      ['抄送', parts.cc?.join(' | ')],
      ['印发机关', parts.printer],
      ['印发日期', parts.printDate],
    ]),
    `正文: ${body.paragraphs.length} 段，其中一级标题 ${headings} 个${repairs.length > 0 ? `；${repairs.join('，')}` : ''}`,
  ];
  return { markdown: noticeMarkdown(fields, body.paragraphs), fields, paragraphs: body.paragraphs, report, warnings };
}

function labelled(entries: [string, string | undefined][]): string[] {
  return entries.flatMap(([label, value]) => (value === undefined ? [] : [`${label}: ${value}`]));
}

/** A warning for each part a notice normally has that was not found, saying what to check. */
function missingParts(parts: DocumentParts, paragraphs: number): string[] {
  const issuer = parts.issuer;
  return [
    !issuer && `no issuer found (no “…文件” mark, signature or “…关于” title): replace issuer: ${placeholders.issuer}`,
    issuer && (issuer.from === 'signature' || issuer.from === 'title') && `no issuing-body mark (…文件) found: issuer taken from the ${issuer.from}`,
    !parts.number && 'no document number (发文字号, like 中青发〔2016〕9号) found',
    !parts.title && `no title (a line ending in 通知/意见/决定/… above the addressees) found: replace title: ${placeholders.title}`,
    !parts.addressees && 'no addressees (主送机关: the line ending in ： under the title) found',
    paragraphs === 0 && 'no body found: write the notice text under the front matter',
    !parts.signature && 'no signature (落款: the organisation above the date) found',
    !parts.date && 'no date (成文日期, like 2016年4月29日) found',
    !parts.printDate && 'no printing line (…2016年5月4日印发) found',
  ].filter((warning): warning is string => typeof warning === 'string');
}

export interface ImportOptions {
  /** The deck folder; default `decks/<text file's name>`. */
  out?: string;
  /** Replace an existing notice.md. */
  force?: boolean;
}

/** Imports a text file into `<deck folder>/notice.md`, never overwriting one unless asked to. */
export async function importNotice(textFile: string, options: ImportOptions = {}): Promise<ImportedNotice & { noticePath: string }> {
  const bytes = await readFile(textFile).catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`${textFile}: ${error.code === 'EISDIR' ? 'is a folder' : 'no such file'}; give the text file copied from the notice`);
  });
  const text = decodeText(bytes, textFile);
  const noticePath = path.resolve(options.out ?? path.join('decks', path.parse(textFile).name), noticeFileName);
  if (!options.force && existsSync(noticePath)) {
    throw new UserError(`${path.relative(process.cwd(), noticePath)}: already exists; add --force to replace it`);
  }
  const imported = importNoticeText(text, textFile);
  await writeFileAtomic(noticePath, imported.markdown);
  return { ...imported, noticePath };
}
