import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { maxNoticeBytes, noticeFileName } from '../notice/read.js';
import { checkOutDir } from '../output/out-dir.js';
import { publish } from '../output/publish.js';
import { withRunDir } from '../output/run-dir.js';
import { recogniseParts, type DocumentParts, type IssuerSource } from './document-parts.js';
import { readSource } from './formats/read-source.js';
import { dropLineBreakSpaces, dropNumberSpaces, readLines, type CleanLines, type SourceLine } from './lines.js';
import { isLevelOneHeading, repairParagraphs } from './repair.js';
import { standardLabel } from './labels.js';
import { splitRunTogether } from './run-together.js';
import { joinTableCells } from './web-table.js';
import { noticeMarkdown, type Appendix, type NoticeFields } from './write-notice.js';

/** A PDF or Word file of one notice, pictures and embedded fonts included, stays well below this. */
const maxDocumentBytes = 30 * 1024 * 1024;

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
  return importNoticeLines(readLines(text), source);
}

/** The same for the lines any format reader produced (see formats/read-source.ts). */
export function importNoticeLines({ lines, pageNumbers }: CleanLines, source: string): ImportedNotice {
  const parts = recogniseParts(joinTableCells(lines));
  const body = repairParagraphs(bodyLines(parts.body));
  const appendix: Appendix | undefined = parts.appendix && {
    // The attachment named in the note is the one printed after the date when it has no title line of its own.
    title: parts.appendix.title ?? (parts.attachments?.length === 1 ? parts.attachments[0]! : '附件'),
    paragraphs: repairParagraphs(bodyLines(parts.appendix.body)).paragraphs,
  };
  if (!parts.title && body.paragraphs.length === 0) {
    throw new UserError(`${source}：既没找到标题也没找到正文；请把通知的全部文字复制到这个文件里`);
  }
  const warnings = [...parts.notes, ...missingParts(parts, body.paragraphs.length)];
  const fields: NoticeFields = {
    issuer: parts.issuer ? oneOrList(parts.issuer.names) : undefined,
    number: parts.number,
    title: parts.title,
    addressees: parts.addressees,
    attachments: parts.attachments,
    signature: parts.signature && oneOrList(parts.signature),
    date: parts.date,
    cc: parts.cc,
    printer: parts.printer,
    printDate: parts.printDate,
  };
  const headings = body.paragraphs.filter(isLevelOneHeading).length;
  const repairs = [body.joins > 0 ? `接回 ${body.joins} 处断开的段落` : '', pageNumbers > 0 ? `去掉 ${pageNumbers} 个页码` : ''].filter(Boolean);
  const report = [
    ...(parts.issuer ? [`发文机关: ${parts.issuer.names.join(' | ')}${issuerSources[parts.issuer.from]}`] : []),
    ...labelled([
      ['发文字号', parts.number],
      ['标题', parts.title],
      ['主送机关', parts.addressees],
      ['附件', parts.attachments?.join(' | ')],
      ['落款', parts.signature?.join(' | ')],
      ['成文日期', parts.date],
      ['抄送', parts.cc?.join(' | ')],
      ['印发机关', parts.printer],
      ['印发日期', parts.printDate],
    ]),
    `正文: ${body.paragraphs.length} 段，其中一级标题 ${headings} 个${repairs.length > 0 ? `；${repairs.join('，')}` : ''}`,
    ...(appendix ? [`附件正文: ${appendix.title}，${appendix.paragraphs.length} 段`] : []),
  ];
  const paragraphs = appendix ? [...body.paragraphs, appendix.title, ...appendix.paragraphs] : body.paragraphs;
  return { markdown: noticeMarkdown(fields, body.paragraphs, appendix), fields, paragraphs, report, warnings };
}

/** Lines of the body as repairParagraphs joins them: run-together items apart, layout spaces gone, labels in the standard's form. */
function bodyLines(lines: SourceLine[]): SourceLine[] {
  return splitRunTogether(lines).map((line) => ({ ...line, text: standardLabel(dropLineBreakSpaces(dropNumberSpaces(line.text))) }));
}

/** One name as a plain field (issuer: 共青团中央), several as a list: what a person would write. */
function oneOrList(names: string[]): string | string[] {
  return names.length === 1 ? names[0]! : names;
}

function labelled(entries: [string, string | undefined][]): string[] {
  return entries.flatMap(([label, value]) => (value === undefined ? [] : [`${label}: ${value}`]));
}

/**
 * A warning for each part a notice normally has that was not found, saying what to check. A notice
 * with none of the printed document's frame (mark, number, 版记) is one as posted on a website or
 * sent as a letter, a normal shape: one line says so, not three warnings.
 */
function missingParts(parts: DocumentParts, paragraphs: number): string[] {
  const issuer = parts.issuer;
  const issuerFrom = issuer && (issuer.from === 'signature' || issuer.from === 'title') ? (issuer.from === 'signature' ? '落款' : '标题') : undefined;
  const unframed = issuerFrom !== undefined && !parts.number && !parts.printDate;
  return [
    !issuer && `没找到发文机关（没有“…文件”版头、落款或“…关于”标题）：没找到的不写进 notice.md，幻灯片和打印件也不显示；可以在信息区补上 issuer:`,
    unframed && `没有红头（…文件）、发文字号和版记，按网页上发布的通知处理：发文机关取自${issuerFrom}`,
    !unframed && issuerFrom && `没找到发文机关标志（…文件）：发文机关取自${issuerFrom}`,
    !unframed && !parts.number && '没找到发文字号（如 中青发〔2016〕9号）',
    !parts.title && `没找到标题（主送机关上面、以 通知/意见/决定/… 结尾的一行）：没找到的不写进 notice.md，幻灯片和打印件也不显示；可以在信息区补上 title:`,
    !parts.addressees && '没找到主送机关（标题下面以“：”结尾的一行）',
    paragraphs === 0 && '没找到正文：请在信息区下面写上通知正文',
    !parts.signature && '没找到落款（日期上面的单位名称）',
    !parts.date && '没找到成文日期（如 2016年4月29日）',
    !unframed && !parts.printDate && '没找到印发机关和印发日期（…2016年5月4日印发）',
  ].filter((warning): warning is string => typeof warning === 'string');
}

export interface ImportOptions {
  /** The deck folder; default `decks/<text file's name>`. */
  out?: string;
  /** Replace an existing notice.md. */
  force?: boolean;
}

/**
 * Imports a notice file (PDF, Word, web page or text) into `<deck folder>/notice.md`, never
 * overwriting one unless asked to.
 */
export async function importNotice(file: string, options: ImportOptions = {}): Promise<ImportedNotice & { noticePath: string }> {
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`${file}：${error.code === 'EISDIR' ? '这是一个文件夹' : '找不到这个文件'}；请给出通知的 PDF、Word、网页或文本文件`);
  });
  // Text is read as it is; a PDF or Word file carries pictures and layout besides its words.
  const limit = /\.(?:txt|md|markdown)$/iu.test(file) ? maxNoticeBytes : maxDocumentBytes;
  if (bytes.length > limit) {
    throw new UserError(`${file}：有 ${Math.ceil(bytes.length / 1024)} KB，超过了 ${limit / 1024} KB 的上限（一份通知一般不到 50 KB）：请只放一份通知`);
  }
  const deckDir = path.resolve(options.out ?? path.join('decks', path.parse(file).name));
  const noticePath = path.join(deckDir, noticeFileName);
  const force = options.force ? { force: true } : {};
  await checkOutDir(deckDir, force);
  if (!options.force && existsSync(noticePath)) {
    throw new UserError(`${path.relative(process.cwd(), noticePath)}：已经存在；要覆盖请加上 --force`);
  }
  const imported = importNoticeLines(await readSource(bytes, file), file);
  await withRunDir(async (runDir) => {
    await writeFile(path.join(runDir, noticeFileName), imported.markdown);
    await publish(deckDir, { stagingDir: runDir, files: [noticeFileName], replaces: () => false, ...force });
  });
  return { ...imported, noticePath };
}
