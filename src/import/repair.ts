import { readNumbering, startsWithNumber } from '../recognise/numbering.js';
import { contactNumberEnd, isContactLine } from '../text/contact.js';
import { textWidth } from '../text/width.js';
import { joinPieces, type LineHints } from './lines.js';

/** What a finished paragraph (or a heading that is a sentence) ends with. */
const finalPunctuation = /[。！？；：…”’」』!?;:.]$/u;
/** What a heading never ends with: a line ending so was cut in the middle of a sentence. */
const midSentence = /[，、“‘（《—,(]$/u;
/** Punctuation that ends a sentence or clause; a numbered line with one inside is a paragraph, not a heading. */
const sentenceStop = /[。！？；：!?;:]/u;

/**
 * A line only reached the right margin (and so may go on on the next line or page) if it is at
 * least this wide, in em. GB/T 9704 sets 28 characters a line, 26 after the indent; narrower
 * pages still fit 16. A shorter line without final punctuation (联系人：张三) ended there.
 */
const fullLine = 16;
/** Level-1 headings take at most two printed lines. */
const headingMaxWidth = 60;
/** A short label and a colon at a line's start (培训地点：…, 组  长：…, 附件2：…). */
const labelStart = /^(\p{Script=Han}(?:\s*[\p{Script=Han}\d-]){1,4})\s*[：:]/u;
/** Labels of a list of fields are set to one width (培训时间 / 培训地点, 组  长 / 副组长: spaces pad), at most this many em. */
const labelMaxWidth = 4;
/** A row of a table typed with bars (学院 | 名额 | 学院 | 名额 |) is a line of its own. */
const tableRow = /[|｜].*[|｜]/u;
/** A schedule's row starts with a time range (14:30-17:00); its day line is a date and a weekday alone. */
const scheduleLine = /^(?:\d{1,2}[:：]\d{2}\s*[-—–~～至]|\d{1,2}月\d{1,2}日\s*[（(](?:星期|周)[一二三四五六日天][)）]\s*$)/u;

/** A numbered line that is a heading on its own (一、总体要求), not a paragraph that starts with a label. */
export function isHeadingLine(text: string): boolean {
  return readNumbering(text) !== undefined && !sentenceStop.test(text.slice(0, -1)) && textWidth(text) <= headingMaxWidth;
}

/** A level-1 heading standing alone, which notice.md writes as `# 一、…`. */
export function isLevelOneHeading(text: string): boolean {
  return readNumbering(text)?.level === 1 && isHeadingLine(text);
}

export interface RepairedBody {
  paragraphs: string[];
  /** How many breaks inside a paragraph or heading were joined. */
  joins: number;
}

/** A line of the body and, when its format knew, whether it starts a paragraph. */
export interface BodyLine {
  text: string;
  hints?: Pick<LineHints, 'paragraphStart'>;
}

/**
 * Puts back together the paragraphs and headings a PDF split at a page break (为我国网信 /
 * 事业的发展…) or a line break (…工作的 / 基本原则). Each line of `lines` is a paragraph, or a
 * piece of one, as the text was copied; where the format said whether a line starts a paragraph
 * (Word, the indents of a PDF), that is followed and nothing is guessed.
 */
export function repairParagraphs(lines: readonly BodyLine[]): RepairedBody {
  const paragraphs: string[] = [];
  let lastPiece = '';
  let joins = 0;
  for (const { text: line, hints } of lines) {
    const paragraph = paragraphs.at(-1);
    const joined = hints?.paragraphStart === undefined ? paragraph !== undefined && continuesOn(paragraph, lastPiece, line) : !hints.paragraphStart;
    if (paragraph !== undefined && joined) {
      paragraphs[paragraphs.length - 1] = joinPieces(paragraph, line);
      joins++;
    } else {
      paragraphs.push(line);
    }
    lastPiece = line;
  }
  return { paragraphs, joins };
}

/** The formula that closes a body (特此通知。) is a paragraph of its own, whatever the line above it. */
const closingFormula = /^特此(?:通知|通告|函告|报告|公告)/u;
/** A label alone on its line (征文主题：), its content on the next: one field of a list. */
const labelAlone = /^\p{Script=Han}{2,6}\s*[：:]$/u;

function continuesOn(paragraph: string, lastPiece: string, next: string): boolean {
  // A numbered item (1. / ①) starts a line of its own, under a label too (比赛规则： / ①…).
  if (labelAlone.test(paragraph)) return !startsWithNumber(next) && !labelStart.test(next) && !isContactLine(next);
  if (labelAlone.test(next) || closingFormula.test(next) || finalPunctuation.test(paragraph) || startsWithNumber(next) || isContactLine(next) || textWidth(lastPiece) < fullLine) return false;
  // Label lines, schedule rows and contact lines are items of a list, each a line of its own.
  // A field's value that ends with a time (…委：12月26日上午9:00) is whole; a label line after it is the next field.
  if (timeEnd.test(lastPiece) && labelStart.test(next)) return false;
  if ((paragraph === lastPiece && fieldLines(lastPiece, next)) || tableRow.test(lastPiece) || tableRow.test(next) || scheduleLine.test(next) || scheduleLine.test(lastPiece) || contactNumberEnd.test(lastPiece)) return false;
  // A heading that ends by closing its remark (选题指南（供参考）, 第一阶段：宣传动员（12月8日）) is whole: what follows is the body.
  if ((isHeadingLine(paragraph) || labelStart.test(paragraph)) && /[)）]$/u.test(paragraph) && !sentenceStop.test(paragraph.replace(labelStart, ''))) return false;
  if (midSentence.test(paragraph)) return true;
  // A heading's second line is short and has no sentence in it. A full-width line without
  // punctuation is more likely the first line of the next paragraph, itself cut at a page break:
  // wrongly joined, the heading would swallow that paragraph.
  // A heading that closes a bracket ends there: …安排（供参考） is complete and the line under it
  // (3月) is the next item; so is a line that starts with a date or a count (3月, 10日, 2024年).
  if (isHeadingLine(paragraph)) {
    return !/[）)]$/u.test(paragraph) && !/^\d+\s*[年月日号时点期批届]/u.test(next) && textWidth(next) < fullLine && !sentenceStop.test(next);
  }
  return true;
}

/** A time at a line's end (上午9:00). */
const timeEnd = /\d{1,2}[:：]\d{2}$/u;

/** A colon after a word, not between the digits of a time. */
const clauseColon = /\p{Script=Han}\s*[：:]/u;

/**
 * Two lines that start with labels of one width, padded with spaces or numbered (组  长 / 副组长,
 * 附件1 / 附件2) or alike (预备会议 / 全体会议), as a list of fields does: each is a line of its
 * own. Unlike labels of one width are not told from a wrapped line that starts with a clause and a colon.
 */
function fieldLines(line: string, next: string): boolean {
  // A numbered line's label follows its number (二、活动时间：… / 活动地点：…).
  const own = line.slice(readNumbering(line)?.label.length ?? 0);
  const [label, nextLabel] = [labelStart.exec(own)?.[1], labelStart.exec(next)?.[1]];
  if (label === undefined || nextLabel === undefined) return false;
  // A field's value names one thing; a value with clauses of its own (…：…：) is a sentence that
  // reached the margin. The colon of a time (9：00) is no clause.
  if (clauseColon.test(own.replace(labelStart, ''))) return false;
  // Padded, numbered, or sharing a word at the start or end (预备会议 / 全体会议, 培训时间 / 培训地点).
  const alike = /[\s\d]/u.test(label + nextLabel) || label[0] === nextLabel[0] || label.at(-1) === nextLabel.at(-1);
  return alike && textWidth(label) <= labelMaxWidth && Math.abs(textWidth(label) - textWidth(nextLabel)) <= 0.5;
}
