import { UserError } from '../errors.js';
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

/** The themes' frame padding: 80px left and right, 56px top and 48px bottom, plus a 72px title area. */
const horizontalChrome = 160;
const verticalChrome = 176;

/**
 * Layouts declare their text budgets for 1280×720; at another size a budget scales with the
 * content box, so a 4:3 slide gets narrower lines and a few more of them.
 */
export function scaleBudget(budget: TextBudget, size: SlideSize): TextBudget {
  const base = defaultSlideSize;
  return {
    chars: Math.floor((budget.chars * (size.width - horizontalChrome)) / (base.width - horizontalChrome)),
    lines: Math.floor((budget.lines * (size.height - verticalChrome)) / (base.height - verticalChrome)),
  };
}

/** A width in em declared for 1280×720, at another slide size. */
export function scaleWidth(width: number, size: SlideSize): number {
  return Math.floor((width * (size.width - horizontalChrome)) / (defaultSlideSize.width - horizontalChrome));
}
