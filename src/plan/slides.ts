import type { List, PhrasingContent, RootContent } from 'mdast';
import type { Position } from 'unist';
import { formatChineseDate, namesLine, type NoticeMetadata } from '../notice/metadata.js';
import { balanceLines } from '../text/balance.js';
import type { TextBudget } from '../text/fit.js';
import type { Slide } from './deck.js';
import { listItem } from './list-items.js';
import { paragraph, text } from './mdast.js';

/** Slide-building helpers, and the slides made from the front matter rather than the body. */

export function slide(layout: string, slots: Slide['slots'], notes: RootContent[], position?: Position): Slide {
  return { type: 'slide', layout, slots, notes, ...(position ? { position } : {}) };
}

/** Items as a list; `depths` nests them (0, the default, is the outermost). */
export function bulletList(items: PhrasingContent[][], depths: readonly number[] = []): List {
  return { type: 'list', ordered: false, spread: false, children: items.map((children, index) => listItem(children, depths[index])) };
}

export function withBreaks(lines: string[]): PhrasingContent[] {
  return lines.flatMap((line, index): PhrasingContent[] => (index === 0 ? [text(line)] : [{ type: 'break' }, text(line)]));
}

/**
 * How the cover sets its title: `budget` at its full size; a title that needs more lines is set
 * in the smaller type (`reduction` of the full size, from the deck's sizes), never cut.
 */
export interface CoverTitle {
  budget: TextBudget;
  reduction: number;
}

function coverTitle(title: string, { budget, reduction }: CoverTitle, issuers: readonly string[]): PhrasingContent[] {
  const lines = balanceLines(title, budget.chars, issuers);
  if (lines.length <= budget.lines) return withBreaks(lines);
  const smaller = balanceLines(title, Math.floor(budget.chars / reduction), issuers);
  return [{ type: 'emphasis', data: { hName: 'span', hProperties: { className: ['long-title'] } }, children: withBreaks(smaller) }];
}

/** The issuer on the cover; a joint document's names each kept whole, so a line breaks only between them. */
function coverIssuers(names: string[]): PhrasingContent[] {
  if (names.length === 1) return [text(names[0]!)];
  return names.flatMap((name, index): PhrasingContent[] => [
    ...(index > 0 ? [text(' ')] : []),
    { type: 'emphasis', data: { hName: 'span', hProperties: { className: ['issuer-name'] } }, children: [text(name)] },
  ]);
}

export function coverSlide(metadata: NoticeMetadata, titleSetting: CoverTitle): Slide {
  return slide(
    'cover',
    {
      ...(metadata.issuer ? { issuer: coverIssuers(metadata.issuer) } : {}),
      ...(metadata.title ? { title: coverTitle(metadata.title, titleSetting, metadata.issuer ?? []) } : {}),
      ...(metadata.number ? { number: [text(metadata.number)] } : {}),
      ...(metadata.date ? { date: [text(formatChineseDate(metadata.date))] } : {}),
    },
    metadata.title ? [paragraph(metadata.title)] : [],
  );
}

/** The closing slide signs as the notice does: a joint document's issuers one under another, above the date. */
export function closingSlide(metadata: NoticeMetadata): Slide {
  const names = metadata.signature ?? metadata.issuer;
  const signature = names ? namesLine(names) : undefined;
  const date = metadata.date ? formatChineseDate(metadata.date) : undefined;
  const sign = [signature, date].filter((part): part is string => Boolean(part));
  return slide(
    'closing',
    { title: [text('谢谢')], ...(names ? { signature: withBreaks(names) } : {}), ...(date ? { date: [text(date)] } : {}) },
    sign.length > 0 ? [paragraph(sign.join('　'))] : [],
  );
}
