import { readNumbering } from '../recognise/numbering.js';
import { trailingContactLength } from '../text/contact.js';
import { textWidth } from '../text/width.js';
import { datePattern, readDate } from './dates.js';
import { dropBreakSpaces, dropCjkSpaces, dropNumberSpaces, joinPieces, type SourceLine } from './lines.js';
import { organisationEnding } from '../text/organisation.js';

/** Where the issuer's name was read from, best first. */
export type IssuerSource = 'mark' | 'letterhead' | 'signature' | 'title';

/** The parts of an official document (GB/T 9704) found in its copied text. */
export interface DocumentParts {
  /** Several names for a joint document (联合行文), the lead issuer first. */
  issuer?: { names: string[]; from: IssuerSource };
  number?: string;
  title?: string;
  addressees?: string;
  attachments?: string[];
  /** The names signed above the date: several for a joint document. */
  signature?: string[];
  /** ISO dates, as notice.md writes them. */
  date?: string;
  cc?: string[];
  printer?: string;
  printDate?: string;
  /** The lines of the body (正文), still as copied. */
  body: SourceLine[];
  /** An attachment's own text printed after the date (a 印发 notice's plan): its title and lines. */
  appendix?: { title?: string; body: SourceLine[] };
  /** What the user should check: a number rewritten, lines left out. */
  notes: string[];
}

/** The red issuing-body mark: 共青团中央文件. */
const markPattern = /^(\S{2,40}?)文件$/u;
/** 发文字号 with the brackets, 第 and leading zeros people write instead of 〔2016〕9号. */
export const numberPattern = /([\p{Script=Han}A-Za-z]+)\s*([〔［[【(（﹝〖<《])\s*(\d{4})\s*[〕］\]】)）﹞〗>》]\s*(第?)\s*(0*[1-9]\d*)\s*号/u;
/** Above the title, besides mark and number: 份号, 密级, 紧急程度, 签发人. Not part of a notice.md. */
const headerFurniture = /^(?:\d{6}|(?:绝密|机密|秘密|特急|加急|特提|平急)\S*|签发人[：:].*)$/u;
/**
 * Around the title of a notice copied from a web page: 发布时间：… 来源：… 浏览次数：…, 字体大小：【大】,
 * and a government page's disclosure table (索引号：… | 成文日期：… |, 发文字号： | 主题词： |).
 */
const pageFurniture = /^(?:发布|来源|作者|浏览|点击|阅读|编辑|责任编辑|时间|日期|字体|字号|索引号|主题词|主题分类|发文机关|发文字号|成文日期|公开方式|公开范围|有效性)[^：:]{0,4}[：:]/u;
/** Above it, the page's breadcrumbs: 当前位置：首页>>通知公告>>正文. */
const breadcrumbs = /^(?:当前位置|您的位置|您现在的位置|所在位置)\s*[：:]|^\S{2,8}(?:\s*(?:>>|>|»|＞|›)\s*\S{2,10}){2,}$/u;
/** A web page's column tag in front of the title: 【团建】关于… */
const columnTag = /^【[^】]{1,6}】\s*(?=\S)/u;
/** What a title ends with: the kind of document (文种), perhaps with （试行） or similar after it. */
export const titleEnding =
  /(?:名单|通知|通报|通告|公告|启事|意见|决定|决议|方案|办法|规定|细则|条例|章程|规则|规划|计划|要点|安排|批复|函|纪要|报告|请示|指引|指南|总结|议案|公报|命令|令)(?:[（(][^（）()]{1,15}[)）])?$/u;
/** A title is at most this many lines. */
const titleMaxLines = 4;
/** Two hundred characters of addressees at 28 a line. */
const addresseesMaxLines = 8;
const sentenceStop = /[。！？；!?;]/u;
const attachmentNote = /^附\s*件\s*[：:]\s*/u;
/** 附件1：name, a line for each attachment. */
const numberedAttachment = /^附\s*件\s*(\d{1,2})\s*[：:]\s*(?=\S)/u;
/** The label alone on the line above an attachment's own text: 附件, 附件1, 附件2： */
const attachmentLabel = /^附\s*件\s*\d{0,2}\s*[：:]?$/u;
const ccLine = /^抄\s*送\s*[：:]\s*/u;
/** The label of a number written as a field: 编 号：…, 文号：… */
const labelledNumber = /^(?:编\s*号|文\s*号|发文字号)\s*[：:]\s*/u;
const itemLabel = /^\d{1,2}\s*[.．、](?!\d)\s*/u;

/**
 * Finds the parts of a notice in its non-blank lines, top to bottom as GB/T 9704 orders them:
 * mark, number, title, addressees, body, attachment note, signature, date, then the closing
 * block (抄送, 印发) found from the bottom. A part that is not there stays undefined.
 */
export function recogniseParts(copied: SourceLine[]): DocumentParts {
  const notes: string[] = [];
  const lines = titleApartFromAddressees(copied);
  const header = readHeader(lines, notes);
  const closing = readClosing(lines, header.bodyStart);
  const ending = readEnding(lines, header.bodyStart, closing.start);
  // The 附件 list may come before the contact lines that close the body (附件1：… / 联系人：…).
  const contact = trailingContactLength(lines.slice(header.bodyStart, ending.bodyEnd).map((line) => line.text));
  const note = (contact > 0 ? readAttachmentNote(lines, header.bodyStart, ending.bodyEnd - contact) : undefined) ?? readAttachmentNote(lines, header.bodyStart, ending.bodyEnd);
  const after = readAfterDate(lines, ending.afterDate, closing.start, notes);
  const noteEnd = note?.end ?? ending.bodyEnd;
  const body = [...lines.slice(header.bodyStart, note?.start ?? ending.bodyEnd), ...lines.slice(noteEnd, ending.bodyEnd)];
  // A number the header lacks may be labelled in the body, near its end (编 号：团区委(2025)3号).
  const numbered = header.number ? -1 : body.findIndex((line) => labelledNumber.test(line.text) && isNumberLine(line.text.replace(labelledNumber, '')));
  if (numbered >= 0) header.number = readNumber(body.splice(numbered, 1)[0]!.text.replace(labelledNumber, ''), notes);
  return {
    issuer:
      header.marks.length > 0
        ? { names: header.marks, from: 'mark' }
        : header.letterheads.length > 0
          ? { names: header.letterheads, from: 'letterhead' }
          : ending.signature
            ? { names: ending.signature, from: 'signature' }
            : issuerFromTitle(header.title),
    number: header.number,
    title: header.title,
    addressees: header.addressees,
    attachments: note?.attachments ?? after.attachments,
    signature: ending.signature,
    date: ending.date,
    cc: closing.cc,
    printer: closing.printer,
    printDate: closing.printDate,
    body,
    ...(after.appendix ? { appendix: after.appendix } : {}),
    notes,
  };
}

interface Header {
  /** Names in the issuing-body mark (…文件), one for each issuer of a joint document. */
  marks: string[];
  /** Organisation lines above the title without 文件: a 函's letterhead. */
  letterheads: string[];
  number?: string;
  title?: string;
  addressees?: string;
  bodyStart: number;
}

/** How many lines the mark, number, furniture and title may take before the addressees. */
const headerMaxLines = 12;

function readHeader(lines: SourceLine[], notes: string[]): Header {
  const header: Header = { marks: [], letterheads: [], bodyStart: 0 };
  const navigationEnd = siteNavigation(lines);
  if (navigationEnd > 0) notes.push(`已略去网页的栏目和导航（第 ${lines[0]!.line}–${lines[navigationEnd - 1]!.line} 行）`);
  const headingEnd = navigationEnd + webPageHeading(lines.slice(navigationEnd));
  if (headingEnd > navigationEnd) notes.push(`已略去红头上面的 ${headingEnd - navigationEnd} 行（网页的标题和发布信息，第 ${lines[navigationEnd]!.line}–${lines[headingEnd - 1]!.line} 行）`);
  let index = headingEnd;
  // “文件” on a line of its own: a joint mark, the names stacked left of it (GB/T 9704 7.2.1).
  let markOpen = false;
  // Mark, number and furniture come first, in any order, and never more than a few lines.
  for (; index < lines.length && index < headerMaxLines; index++) {
    const line = lines[index]!;
    const text = line.text;
    const squeezed = dropCjkSpaces(text);
    const mark = markNames(line);
    // Mark and number on one line, as some copies flatten them.
    const markBesideNumber = !header.number && numberPattern.test(text) ? markNames({ ...line, text: text.replace(numberPattern, '').trim() }) : undefined;
    if (pageFurniture.test(text) || headerFurniture.test(text) || breadcrumbs.test(text)) {
      header.number ??= furnitureNumber(text, notes);
      notes.push(`已略去标题上面的“${text}”（第 ${line.line} 行）`);
    } else if (squeezed === '文件' && (header.letterheads.length > 0 || header.marks.length > 0)) {
      header.marks.push(...header.letterheads.splice(0));
      markOpen = true;
    } else if (mark) {
      // Organisation lines above a mark are the other issuers of a joint document.
      header.marks.push(...header.letterheads.splice(0), ...mark);
    } else if (!header.number && isNumberLine(text)) {
      header.number = readNumber(text, notes);
    } else if (markBesideNumber) {
      header.number = readNumber(text, notes);
      header.marks.push(...markBesideNumber);
    } else if (markOpen && !header.number && organisations(text)) {
      header.marks.push(...organisations(text)!);
    } else if (titleAt(lines, index) || line.hints?.large) {
      break;
    } else if (header.marks.length === 0 && !header.number && organisations(text)) {
      header.letterheads.push(...organisations(text)!);
    } else break;
  }
  const title = titleAt(lines, index) ?? titleBeforeAddressees(lines, index);
  if (title) {
    header.title = title.text;
    index += title.count;
  }
  for (let furniture = false; index < lines.length; index++) {
    const text = lines[index]!.text;
    const again = furniture ? titleAt(lines, index) : undefined;
    if (pageFurniture.test(text)) {
      header.number ??= furnitureNumber(text, notes);
      notes.push(`已略去标题下面的“${text}”（第 ${lines[index]!.line} 行）`);
      furniture = true;
    } else if (again && addresseesAt(lines, index + again.count)) {
      // A web page's own heading (often shortened) above its 发布时间 line, and the document's title under it.
      notes.push(`已略去网页的标题“${header.title}”：通知的标题是第 ${lines[index]!.line} 行`);
      header.title = again.text;
      index += again.count - 1;
    }
    // Web pages and some letters put the number under the title.
    else if (!header.number && isNumberLine(text)) header.number = readNumber(text, notes);
    else break;
  }
  const addressees = addresseesAt(lines, index);
  if (addressees) {
    const number = numberPattern.exec(addressees.text);
    if (number && !header.number) {
      // The number and the addressees on one line, as a copy of a letter's header can run them together.
      header.number = readNumber(number[0], notes);
      header.addressees = addressees.text.replace(number[0], '').trim();
    } else header.addressees = addressees.text;
    index += addressees.count;
  }
  header.bodyStart = index;
  return header;
}

/** How far down a copied page's menus may reach before its breadcrumbs. */
const navigationMaxLines = 30;

/**
 * Where a copied web page's own text starts: after its menus (首页 团委概况 通知公告 …, a line
 * each or several on one, which read as a title ending in 公告), at its breadcrumbs line
 * (当前位置：首页 > 通知公告), past the column heading under it that repeats a crumb. 0 when the text
 * has no breadcrumbs near the top, or sentences above them.
 */
function siteNavigation(lines: SourceLine[]): number {
  const crumbsAt = lines.slice(0, navigationMaxLines).findIndex((line) => breadcrumbs.test(line.text));
  if (crumbsAt <= 0 || lines.slice(0, crumbsAt).some((line) => sentenceStop.test(line.text))) return 0;
  const crumbs = new Set(lines[crumbsAt]!.text.replace(/^[^：:]*[：:]/u, '').split(/\s*(?:>>|>|»|＞|›)\s*/u).map((crumb) => crumb.trim()));
  let end = crumbsAt + 1;
  while (end < lines.length && crumbs.has(lines[end]!.text.trim())) end++;
  return end;
}

/**
 * Where the document starts on a web page that prints its own heading (the title, 发布时间…)
 * above the document's red mark: at the mark, when a title comes before it. 0 otherwise.
 */
function webPageHeading(lines: SourceLine[]): number {
  const mark = lines.slice(0, headerMaxLines).findIndex((line) => markNames(line) !== undefined);
  // A notice that forwards a document has its own letter, in sentences, above the forwarded mark.
  const above = lines.slice(0, Math.max(mark, 0));
  return mark > 0 && above.some((_, index) => titleAt(lines, index)) && !above.some((line) => sentenceStop.test(line.text)) ? mark : 0;
}

/**
 * The issuers a mark names: “共青团中央文件”, letter-spaced or not; “共青团中央　教育部文件” for a
 * joint document; or any organisation printed in red (a PDF's masthead).
 */
function markNames(line: SourceLine): string[] | undefined {
  const prefix = markPattern.exec(dropCjkSpaces(line.text))?.[1];
  if (prefix) {
    const spaced = organisations(line.text.replace(/\s*文\s*件$/u, ''));
    if (spaced) return spaced;
    return isOrganisation(prefix) ? [prefix] : undefined;
  }
  return line.hints?.red ? organisations(line.text) : undefined;
}

/** What ends a name and is no name alone: 共青团某某大学 委员会 is one organisation with a space in it. */
const nameEndAlone = /^(?:委员会|办公室|办公厅)$/u;

/**
 * One organisation's name, or several set apart by spaces (a joint signature or mark: 团委 教务处
 * 体育部); undefined if any piece is not one. A name letter-spaced (共 青 团 中 央) is one.
 */
function organisations(text: string): string[] | undefined {
  const whole = dropCjkSpaces(text);
  const pieces = text.split(/\s+/u).filter((piece) => piece !== '');
  if (pieces.length > 1 && pieces.every((piece) => piece.length >= 2 && isOrganisation(piece) && !nameEndAlone.test(piece))) return pieces;
  return isOrganisation(whole) ? [whole] : undefined;
}

/** The number a disclosure table gives (发文字号：某教发〔2025〕3号 | 主题词：), if it gives one. */
function furnitureNumber(text: string, notes: string[]): string | undefined {
  const cell = /发文字号\s*[：:]\s*([^|｜]*)/u.exec(text)?.[1];
  return cell && numberPattern.test(cell) ? readNumber(cell, notes) : undefined;
}

/** The document number in GB/T 9704's form; a note when the text wrote it otherwise. */
function readNumber(text: string, notes: string[]): string {
  const [written, code, bracket, year, ordinal, serial] = numberPattern.exec(text)!;
  const number = `${code}〔${year}〕${Number(serial)}号`;
  if (bracket !== '〔' || ordinal || serial!.startsWith('0')) {
    notes.push(`发文字号“${written}”改写为“${number}”（GB/T 9704：年份用〔〕括起来，不加“第”，序号前不加 0）`);
  }
  return number;
}

interface Found {
  text: string;
  /** How many lines it took. */
  count: number;
}

/**
 * The title starting at `index`: up to four lines that together end in a document kind. The
 * longest such run, for a title that cites one: 关于转发…的通知 / 的通知.
 */
function titleAt(lines: SourceLine[], index: number): Found | undefined {
  if (lines[index]?.hints?.large) return largeTitleAt(lines, index);
  let found: Found | undefined;
  for (let count = 1; count <= titleMaxLines && index + count <= lines.length; count++) {
    if (!isTitleLine(lines[index + count - 1]!.text)) break;
    const text = titleText(lines.slice(index, index + count));
    if (titleEnding.test(text)) found = { text, count };
  }
  return found;
}

/** A title the format set large (a PDF's or Word file's 2号 title): every large line in a row, whatever it ends with. */
function largeTitleAt(lines: SourceLine[], index: number): Found {
  let count = 1;
  while (count < titleMaxLines && lines[index + count]?.hints?.large) count++;
  return { text: titleText(lines.slice(index, index + count)), count };
}

/** A title of an unusual kind: the lines between the header and a one-line addressee line. */
function titleBeforeAddressees(lines: SourceLine[], index: number): Found | undefined {
  for (let count = 1; count <= titleMaxLines && index + count < lines.length; count++) {
    if (!isTitleLine(lines[index + count - 1]!.text)) return undefined;
    if (addresseesAt(lines, index + count)?.count === 1) {
      return { text: titleText(lines.slice(index, index + count)), count };
    }
  }
  return undefined;
}

/**
 * A title's lines as one: the spaces of its layout dropped, but the issuers of a joint title
 * (共青团中央 教育部 全国学联关于…) kept apart by one space, as GB/T 9704 sets them.
 */
function titleText(lines: SourceLine[]): string {
  // A line of issuers alone ends with the last one's name: the next line's issuer is another.
  const issuerLine = (text: string) => text.split(/\s+/u).every(isOrganisation);
  const whole = lines.map((line, index) => (index === 0 ? line.text.replace(columnTag, '') : line.text)).reduce((title, next) => (!title.includes('关于') && issuerLine(title) ? `${title} ${next}` : joinPieces(title, next)));
  const [, prefix, rest] = /^(.+?)(关于.*)$/u.exec(whole) ?? [];
  const issuers = prefix?.split(/\s+/u).filter((piece) => piece !== '') ?? [];
  const squeezed = (text: string) => dropNumberSpaces(dropCjkSpaces(text));
  return issuers.length > 1 && issuers.every(isOrganisation) ? `${issuers.join(' ')}${squeezed(rest!)}` : squeezed(whole);
}

function isTitleLine(text: string): boolean {
  // “文件” alone is the end of a joint mark, never part of a title.
  return dropCjkSpaces(text) !== '文件' && !sentenceStop.test(text) && !/[：:]$/u.test(text) && !isNumberLine(text) && readNumbering(text) === undefined;
}

/** A line that is the document number (and perhaps 签发人), not a title that cites one. */
function isNumberLine(text: string): boolean {
  return numberPattern.test(text) && text.replace(numberPattern, '').replace(/签发人[：:].*$/u, '').trim() === '';
}

/**
 * 主送机关: the lines up to one ending in a colon; a long list wraps over several when the copy
 * kept the PDF's line breaks. Not “现将有关事项通知如下：”, the body's first line.
 */
function addresseesAt(lines: SourceLine[], index: number): Found | undefined {
  let text = '';
  for (let count = 1; count <= addresseesMaxLines && index + count <= lines.length; count++) {
    const line = lines[index + count - 1]!.text;
    if (sentenceStop.test(line) || /[：:]./u.test(line) || readNumbering(line) || attachmentNote.test(line)) return undefined;
    text = joinPieces(text, dropBreakSpaces(line));
    if (/[：:]$/u.test(text)) return /如下[：:]$/u.test(text) ? undefined : { text: text.slice(0, -1).trim(), count };
  }
  return undefined;
}

/** How many lines from the top the title may be: a web page's heading and page furniture come before it. */
const titleMaxLine = headerMaxLines + 4;

/**
 * The lines with a title and the addressees that a copy ran together on one line (关于…的通知
 * 各分团委：) set apart: the title is the longest start that ends like one.
 */
function titleApartFromAddressees(lines: SourceLine[]): SourceLine[] {
  return lines.flatMap((line, index) => {
    if (index >= titleMaxLine || !/[：:]$/u.test(line.text) || pageFurniture.test(line.text)) return [line];
    const cut = [...line.text.matchAll(/\s+/gu)].reverse().find((space) => {
      const title = line.text.slice(0, space.index);
      return titleEnding.test(title) && isTitleLine(title);
    });
    if (!cut) return [line];
    const rest = line.text.slice(cut.index + cut[0].length);
    return [{ ...line, text: line.text.slice(0, cut.index) }, { ...line, text: rest }];
  });
}

/** The “X” of a title “X关于…的通知”, if it names an organisation (or several: “X　Y关于…”). */
function issuerFromTitle(title: string | undefined): DocumentParts['issuer'] {
  const prefix = title && /^(.+?)关于/u.exec(title)?.[1];
  // titleText keeps one space between a joint title's issuers.
  const joint = prefix?.split(' ');
  const names = joint && joint.length > 1 && joint.every(isOrganisation) ? joint : prefix ? organisations(prefix) : undefined;
  return names ? { names, from: 'title' } : undefined;
}

interface Closing {
  cc?: string[];
  printer?: string;
  printDate?: string;
  /** The index of its first line: the body and signature end before it. */
  start: number;
}

const printingPattern = new RegExp(`^(.*?)\\s*(${datePattern})\\s*印发$`, 'u');

/** 版记, from the bottom: the printing line (printer and date perhaps on two lines), and 抄送 above it. */
function readClosing(lines: SourceLine[], from: number): Closing {
  const closing: Closing = { start: lines.length };
  const printing = lines.length > from ? printingPattern.exec(lines.at(-1)!.text) : null;
  if (printing) {
    closing.start--;
    closing.printDate = readDate(printing[2]!);
    const printer = printing[1]!.trim();
    const above = lines[closing.start - 1]?.text;
    if (printer) closing.printer = printer;
    else if (above !== undefined && closing.start - 1 >= from && isOrganisation(above) && !ccLine.test(above)) {
      closing.printer = above;
      closing.start--;
    }
  }
  // 抄送 may go on over a few lines, down to the printing line.
  for (let index = closing.start - 1; index >= Math.max(from, closing.start - 6); index--) {
    if (!ccLine.test(lines[index]!.text)) continue;
    // GB/T 9704 separates the organs by commas; a PDF prints them on one line, a copy may break it anywhere.
    const entries = lines
      .slice(index, closing.start)
      .flatMap((line) => dropBreakSpaces(line.text.replace(ccLine, '')).split(/[，,]/u))
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
    if (entries.length > 0) closing.cc = entries;
    closing.start = index;
    break;
  }
  return closing;
}

interface Ending {
  signature?: string[];
  date?: string;
  /** Where the body (with the attachment note) ends: the signature, else the date, else the closing block. */
  bodyEnd: number;
  /** The first line after the date. */
  afterDate: number;
}

const signatureAndDate = new RegExp(`^(\\S.*?)\\s+(${datePattern})$`, 'u');
/** A joint document has as many signatures as issuers, stacked or side by side above one date. */
const signaturesMaxLines = 4;

/**
 * The signature and date (落款). Attachments' own text may follow the date, so the first date
 * under an organisation's name is taken; a date alone (the seal covers the name) only as the
 * last line.
 */
function readEnding(lines: SourceLine[], from: number, to: number): Ending {
  const dated: { start: number; end: number; date: string; signature?: string[] }[] = [];
  for (let index = from; index < to; index++) {
    const text = lines[index]!.text;
    const date = readDate(text);
    const both = signatureAndDate.exec(text);
    const bothNames = both ? organisations(both[1]!) : undefined;
    const bothDate = bothNames ? readDate(both![2]!) : undefined;
    if (date) {
      const signature = signaturesAbove(lines, from, index);
      dated.push({ start: index - signature.lines, end: index + 1, date, ...(signature.names.length > 0 ? { signature: signature.names } : {}) });
    } else if (bothDate) dated.push({ start: index, end: index + 1, date: bothDate, signature: bothNames! });
  }
  const chosen = dated.find((candidate) => candidate.signature) ?? dated.find((candidate) => candidate.end === to);
  if (!chosen) return { bodyEnd: to, afterDate: to };
  return { signature: chosen.signature, date: chosen.date, bodyEnd: chosen.start, afterDate: chosen.end };
}

/**
 * What follows the date: a 附件 list (a web page prints it there), an attachment's own text under
 * its label (附件 / 附件1), kept with its title, or anything else (a form, a web page's links), left out.
 */
function readAfterDate(lines: SourceLine[], from: number, to: number, notes: string[]): { attachments?: string[]; appendix?: DocumentParts['appendix'] } {
  if (from >= to) return {};
  const note = attachmentNote.test(lines[from]!.text) ? readAttachmentNote(lines, from, to) : undefined;
  if (note?.start === from) return { attachments: note.attachments };
  if (attachmentLabel.test(lines[from]!.text) && from + 1 < to) {
    const title = titleAt(lines, from + 1);
    const body = lines.slice(from + 1 + (title?.count ?? 0), to);
    // A form (报名表, 计划表) is filled in, not studied: only an attachment written in sentences, or
    // a list of names (表彰名单: what a commendation meeting reads out), joins the body.
    if (body.some((line) => line.text.includes('。')) || /名单$/u.test(title?.text ?? '')) {
      notes.push(`日期后面第 ${lines[from]!.line}–${lines[to - 1]!.line} 行是附件${title ? `“${title.text}”` : ''}的正文：已接在通知正文后面`);
      return { appendix: { ...(title ? { title: title.text } : {}), body } };
    }
  }
  const forwarded = forwardedDocument(lines.slice(from, to));
  if (forwarded) {
    notes.push(`日期后面第 ${lines[from]!.line}–${lines[to - 1]!.line} 行是转发或印发的文件“${forwarded.title}”：其正文已接在通知正文后面`);
    return { appendix: forwarded };
  }
  const after = lines.slice(from, to);
  notes.push(`已略去日期后面的 ${after.length} 行（第 ${after[0]!.line}–${after.at(-1)!.line} 行，“${after[0]!.text.slice(0, 20)}”…）：附件和附注不属于正文`);
  return {};
}

/**
 * A whole document printed after the date (转发: the forwarded notice with its own mark, number,
 * title and addressees): its title and body, which the branch studies; undefined unless it starts
 * with a header and a title and has sentences in its body.
 */
function forwardedDocument(lines: SourceLine[]): { title: string; body: SourceLine[] } | undefined {
  const inner = readHeader(lines, []);
  if (!inner.title || (inner.marks.length === 0 && !inner.number && !inner.addressees)) return undefined;
  const ending = readEnding(lines, inner.bodyStart, lines.length);
  const body = lines.slice(inner.bodyStart, ending.bodyEnd);
  return body.some((line) => line.text.includes('。')) ? { title: inner.title, body } : undefined;
}

/** The organisations signed in the lines right above a date, top first, and how many lines they take. */
function signaturesAbove(lines: SourceLine[], from: number, dateIndex: number): { names: string[]; lines: number } {
  const names: string[] = [];
  let count = 0;
  while (count < signaturesMaxLines && dateIndex - count - 1 >= from) {
    const found = organisations(lines[dateIndex - count - 1]!.text);
    if (!found) break;
    names.unshift(...found);
    count++;
  }
  return { names, lines: count };
}

/** 附件：1.… 2.… between the body and the signature (lines `from`–`to`); names wrapped over lines are joined. */
function readAttachmentNote(lines: SourceLine[], from: number, to: number): { attachments: string[]; start: number; end: number } | undefined {
  const numbered = readNumberedAttachments(lines, from, to);
  if (numbered) return numbered;
  for (let start = to - 1; start >= from; start--) {
    if (!attachmentNote.test(lines[start]!.text)) continue;
    const noteLines = lines.slice(start, to).map((line, index) => (index === 0 ? line.text.replace(attachmentNote, '') : line.text));
    // A list typed as a sentence ends its last name with 。 (1、报名表； 2、汇总表。): a 。 inside a line is prose.
    if (noteLines.slice(1).some((line) => line.replace(/。$/u, '').includes('。') || textWidth(line) > 60)) return undefined;
    const attachments: string[] = [];
    // A label alone on its line (“1.” above the name, as a web page's list of links) starts the next item.
    let itemStarts = true;
    // Several items may share a line where the copy lost the breaks: “1.甲 2.乙”.
    const pieces = noteLines.flatMap((line) => line.split(/\s+(?=\d{1,2}\s*[.．、](?!\d))/u));
    for (const piece of pieces) {
      const label = itemLabelOf(piece, pieces);
      const name = dropBreakSpaces(piece.slice(label.length).replace(/[；;。，,]$/u, '').trim());
      itemStarts ||= label !== '';
      if (name === '') continue;
      if (itemStarts) attachments.push(name);
      else attachments[attachments.length - 1] = joinPieces(attachments.at(-1)!, name);
      itemStarts = false;
    }
    return attachments.length > 0 ? { attachments, start, end: to } : undefined;
  }
  return undefined;
}

/** 附件1：… 附件2：… a line each at the end of the body, numbered 1, 2, 3 … (附件2-1 is a part of one: left as written). */
function readNumberedAttachments(lines: SourceLine[], from: number, to: number): { attachments: string[]; start: number; end: number } | undefined {
  let start = to;
  while (start > from && numberedAttachment.test(lines[start - 1]!.text)) start--;
  const run = lines.slice(start, to).map((line) => numberedAttachment.exec(line.text)!);
  if (run.length === 0 || run.some((match, index) => Number(match[1]) !== index + 1)) return undefined;
  return { attachments: run.map((match) => dropBreakSpaces(match.input.slice(match[0].length).replace(/[；;。，,]$/u, '').trim())), start, end: to };
}

/**
 * The item label a piece of the 附件 list starts with, or ''. A label before a number (1.2025年…
 * 名额分配表) reads as a decimal alone; it is a label when the list goes on with the next number.
 */
function itemLabelOf(piece: string, pieces: readonly string[]): string {
  const strict = itemLabel.exec(piece);
  if (strict) return strict[0];
  const loose = /^(\d{1,2})\s*[.．、]\s*/u.exec(piece);
  if (!loose) return '';
  return pieces.some((other) => itemLabel.test(other) && parseInt(other, 10) === Number(loose[1]) + 1) ? loose[0] : '';
}

/** A line that can be an organisation's name: short, no punctuation, no numbering, ending like one. */
function isOrganisation(text: string): boolean {
  return (
    textWidth(text) <= 40 &&
    !/[，。！？；：、,.!?;:“”]/u.test(text) &&
    readNumbering(text) === undefined &&
    organisationEnding.test(text)
  );
}
