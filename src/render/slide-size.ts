import { UserError } from '../errors.js';
import { referenceSizes, sizeOf, type Sizes } from '../layout/sizes.js';
import type { TextBudget } from '../text/fit.js';

/** Slide size in CSS px. */
export interface SlideSize {
  width: number;
  height: number;
}

export const slideSizes = {
  '16:9': { width: 1280, height: 720 },
  '4:3': { width: 1024, height: 768 },
} as const satisfies Record<string, SlideSize>;

export type SlideSizeName = keyof typeof slideSizes;

export const defaultSlideSize: SlideSize = slideSizes['16:9'];

export function slideSizeNamed(name: string): SlideSize {
  if (name in slideSizes) return slideSizes[name as SlideSizeName];
  throw new UserError(`幻灯片尺寸“${name}”不存在；可用的尺寸：${Object.keys(slideSizes).join('、')}`);
}

/** What the planner measures against: the slide's size and the deck's type sizes and frame (base.css, theme, deck.yaml). */
export interface Geometry {
  size: SlideSize;
  sizes: Sizes;
}

/** Layouts declare their budgets for this: 1280×720 with base.css's sizes. */
export const referenceGeometry: Geometry = { size: defaultSlideSize, sizes: referenceSizes };

/** The box content slides put their text in: the frame less its padding and the title header. */
function contentBox({ size, sizes }: Geometry): SlideSize {
  const px = (name: string) => sizeOf(sizes, name);
  const header = px('size-title') * px('line-height-title') + px('header-padding') + px('header-rule') + px('header-gap');
  return {
    width: size.width - 2 * px('frame-padding-x'),
    height: size.height - px('frame-padding-top') - px('frame-padding-bottom') - header,
  };
}

/**
 * A slot's budget, declared in characters and lines at the reference geometry, for the deck's
 * geometry: lines are as much narrower or shorter as the content box is, and hold as many fewer
 * characters and lines as the slot's type (`data-size`, a size variable) is larger.
 */
export function scaleBudget(budget: TextBudget, sizeName: string | undefined, geometry: Geometry): TextBudget {
  const box = contentBox(geometry);
  const reference = contentBox(referenceGeometry);
  const type = sizeName ? sizeOf(referenceGeometry.sizes, sizeName) / sizeOf(geometry.sizes, sizeName) : 1;
  return {
    chars: Math.max(4, Math.floor(budget.chars * (box.width / reference.width) * type)),
    lines: Math.max(1, Math.floor(budget.lines * (box.height / reference.height) * type + 0.01)),
  };
}
