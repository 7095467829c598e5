import type { VFile } from 'vfile';
import { layoutNamed, type Layout } from '../layout/layouts.js';
import { scaleBudget, type Geometry } from '../render/slide-size.js';
import type { TextBudget } from '../text/fit.js';
import type { Slide } from './deck.js';
import { paragraph } from './mdast.js';
import type { Row } from './overview.js';

/**
 * What every part of the planner shares while it plans one deck: the layouts and their budgets
 * at the deck's size, the slides made so far, and what a directive asked of the next block.
 */
export class PlanContext {
  readonly slides: Slide[] = [];
  /** The points layout's body: what a content slide holds. */
  readonly body: TextBudget;
  /** How wide a slide's title may be, in em (all its lines). */
  readonly titleWidth: number;
  /** The cards layout's card, for three columns. */
  readonly card: TextBudget;
  /** Whether the author broke slides with `---`: then the author's slides stay as made. */
  authorMode = false;
  /** What directives asked of the next block. */
  pending: { layout?: string; notes: string[]; skip: boolean } = { notes: [], skip: false };
  /** The last contact slide and its rows: the 附件 list joins it when it comes right after. */
  lastContact?: { slide: Slide; rows: Row[] };

  constructor(
    readonly layouts: Map<string, Layout>,
    readonly geometry: Geometry,
    readonly file: VFile,
  ) {
    this.body = this.budget('points', 'body');
    const title = this.budget('points', 'title');
    this.titleWidth = title.lines * title.chars;
    this.card = this.budget('cards', 'cards');
  }

  /** What a layout's slot holds in this deck: its declared budget at the deck's slide and type sizes. */
  budget(layout: string, slotName: string): TextBudget {
    const slot = layoutNamed(this.layouts, layout).slots.get(slotName);
    if (!slot?.budget) throw new Error(`layout ${layout} declares no text budget for slot ${slotName}`);
    return scaleBudget(slot.budget, slot.sizeName, this.geometry);
  }

  /** Adds a slide; notes a directive gave go before its own. */
  push(slide: Slide): void {
    if (this.pending.notes.length > 0) {
      slide.notes.push(...this.pending.notes.map((note) => paragraph(note)));
      this.pending.notes = [];
    }
    this.slides.push(slide);
  }
}
