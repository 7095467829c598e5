import type { BlockContent, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { chineseNumeralText } from '../text/numbers.js';
import { isClosingFormula } from './closing-formula.js';
import { isNoticeSection, type NoticeSection } from './notice-section.js';
import { readNumbering, type Numbering, type SectionLevel } from './numbering.js';
import { splitPhrasing, trimStart } from './split-phrasing.js';

/** What messages call the levels of numbering: 一、 / （一） / 1. / （1）. */
const levelNames = ['一级', '二级', '三级', '四级'];

/** A run-in heading is the first sentence of its paragraph, when that sentence is this short. */
const runInHeadingMax = 40;

/**
 * Recognises the numbered hierarchy of the notice body (GB/T 9704: 一、 / （一） / 1. / （1）) in
 * Markdown headings and in paragraphs that begin with a number, and nests the body into
 * `noticeSection`s. Indentation typed as full-width spaces (“　　一、…”, as pasted from Word) is
 * layout, not text, and is dropped first. Numbering that skips or repeats a number, or leaves out two levels, is kept as written and
 * reported as a warning at its line and column; one level left out (“1.” under “一、”) is ordinary.
 */
export function remarkNoticeStructure() {
  return (tree: Root, file: VFile): void => {
    const root: { level: 0; children: RootContent[] } = { level: 0, children: [] };
    const stack: (NoticeSection | typeof root)[] = [root];
    const lastOrdinal = new Map<NoticeSection | typeof root, Map<SectionLevel, number>>();

    for (const node of tree.children) {
      if (node.type === 'paragraph' || node.type === 'heading') node.children = trimStart(node.children);
      const found = sectionStart(node);
      if (!found) {
        // 特此通知 closes the letter, not its last item: the body goes on at the top level.
        if (isClosingFormula(node)) stack.splice(1);
        else if (endsList(stack.at(-1)!, stack.at(-2))) stack.pop();
        (stack.at(-1)!.children as RootContent[]).push(node);
        continue;
      }
      const { section, numbering } = found;
      if (numbering && isNestedItem(numbering, stack.at(-1)!)) section.level = 4;
      while (stack.length > 1 && stack.at(-1)!.level >= section.level) stack.pop();
      const parent = stack.at(-1)!;
      if (numbering) checkNumbering(file, parent, section, numbering, lastOrdinal);
      (parent.children as RootContent[]).push(section);
      stack.push(section);
    }
    tree.children = root.children;
  };
}

/**
 * Whether `open` is the last item of a list whose items end with ； (（1）…； （2）…； （3）…。): a
 * paragraph after it goes on with the text the list is in, not with that item.
 */
function endsList(open: NoticeSection | { level: 0 }, parent: NoticeSection | { level: 0; children: RootContent[] } | undefined): boolean {
  if (open.level === 0 || !parent || open.children.length > 0 || !/。$/u.test(textOf(open.heading))) return false;
  const previous = parent.children.at(-2);
  return previous !== undefined && isNoticeSection(previous) && previous.level === open.level && /[；;]$/u.test(textOf(previous.heading) + previous.children.map((child) => toString(child)).join(''));
}

function textOf(content: PhrasingContent[]): string {
  return toString({ type: 'paragraph', children: content }).trim();
}

/** 1) and 1）, a hand-typed level-3 label in their own right, but also the items under a 1. (1.账号申请 / 1)… 2)…). */
const closingParen = /[)）]$/u;

/**
 * Whether a `1)` item goes under the open section rather than beside it: it starts a list under a
 * `1.`-style section, or goes on with one. Such items take the fourth level, as （1） would.
 */
function isNestedItem(numbering: Numbering, open: NoticeSection | { level: 0 }): boolean {
  if (numbering.level !== 3 || !closingParen.test(numbering.label) || open.level === 0) return false;
  if (open.level === 4) return closingParen.test(open.label);
  return open.level === 3 && !closingParen.test(open.label) && numbering.ordinal === 1;
}

function sectionStart(node: RootContent): { section: NoticeSection; numbering?: Numbering } | undefined {
  if (node.type === 'heading') {
    const text = toString(node);
    const numbering = readNumbering(text);
    const heading = numbering ? trimStart(splitPhrasing(node.children, numbering.label.length)[1]) : node.children;
    const level = numbering?.level ?? (Math.min(node.depth, 4) as SectionLevel);
    return { section: section(level, numbering?.label ?? '', heading, [], node.position), ...(numbering ? { numbering } : {}) };
  }
  if (node.type !== 'paragraph') return undefined;
  const numbering = readNumbering(toString(node));
  if (!numbering) return undefined;
  const [, afterLabel] = splitPhrasing(node.children, numbering.label.length);
  const [heading, rest] = splitRunIn(afterLabel);
  const body: BlockContent[] = rest.length > 0 ? [{ type: 'paragraph', children: rest, ...positionOf(node) } satisfies Paragraph] : [];
  return { section: section(numbering.level, numbering.label, heading, body, node.position), numbering };
}

/** Splits "提高政治站位。要…" or "元旦:1月1日…" after its first sentence or label, if that is short enough to be a heading. */
function splitRunIn(content: PhrasingContent[]): [PhrasingContent[], PhrasingContent[]] {
  const text = toString({ type: 'paragraph', children: content });
  // A half-width colon ends a run-in heading too (元旦:1月1日放假), but not inside a time (12:30).
  const end = /[。！？：]|(?<!\d):/u.exec(text);
  if (!end || end.index + 1 >= text.trimEnd().length) return [content, []];
  if (end.index + 1 > runInHeadingMax) return [[], content];
  const [heading, rest] = splitPhrasing(content, end.index + 1);
  return [heading, rest];
}

function section(level: SectionLevel, label: string, heading: PhrasingContent[], children: BlockContent[], position?: Position): NoticeSection {
  return { type: 'noticeSection', level, label, heading, children, ...(position ? { position } : {}) };
}

function positionOf(node: RootContent): { position?: Position } {
  return node.position ? { position: node.position } : {};
}

function checkNumbering(
  file: VFile,
  parent: NoticeSection | { level: 0 },
  section: NoticeSection,
  numbering: Numbering,
  lastOrdinal: Map<object, Map<SectionLevel, number>>,
): void {
  const place = section.position;
  // A level left out is ordinary (“1.” directly under “一、”, （一） skipped); two are not.
  if (parent.level > 0 && section.level > parent.level + 2) {
    file.message(`编号“${numbering.label}”是${levelNames[section.level - 1]}标题，却直接写在${levelNames[parent.level - 1]}标题下面：中间少了${levelNames[parent.level]}和${levelNames[parent.level + 1]}标题`, place);
  }
  const seen = lastOrdinal.get(parent) ?? new Map<SectionLevel, number>();
  lastOrdinal.set(parent, seen);
  const previous = seen.get(section.level) ?? 0;
  seen.set(section.level, numbering.ordinal);
  if (numbering.ordinal === previous + 1) return;
  const written = (ordinal: number) => (section.level <= 2 ? chineseNumeralText(ordinal) : String(ordinal));
  const reason =
    numbering.ordinal === previous
      ? `编号“${numbering.label}”重复了`
      : previous === 0
        ? `编号从“${numbering.label}”开始，应当从“${written(1)}”开始`
        : `编号从“${written(previous)}”跳到了“${written(numbering.ordinal)}”`;
  file.message(reason, place);
}
