import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { unbreakableRuns } from '../text/balance.js';

/**
 * Where a title may break (between the runs of src/text/balance.ts), as text with `<wbr>` between
 * the pieces; shown with `word-break: keep-all`, so the browser breaks only there (and, should
 * one piece be wider than the line, anywhere, through `overflow-wrap: anywhere`).
 */
export function titleBreaks(title: string): ElementContent[] {
  return unbreakableRuns(title).flatMap((piece, index) => (index === 0 ? [{ type: 'text', value: piece }] : [h('wbr'), { type: 'text', value: piece }]));
}
