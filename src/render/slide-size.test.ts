import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { builtInLayoutsDir, loadLayouts } from '../layout/layouts.js';
import { referenceSizes } from '../layout/sizes.js';
import { referenceGeometry, scaleBudget, slideSizes } from './slide-size.js';

describe('scaleBudget', () => {
  it('is the declared budget at the reference geometry', () => {
    expect(scaleBudget({ lines: 8, chars: 35 }, 'size-points', referenceGeometry)).toEqual({ lines: 8, chars: 35 });
  });

  it('holds fewer characters and lines when the slot’s type is larger (size-points: 44px)', () => {
    const sizes = new Map([...referenceSizes, ['size-points', 44]]);
    expect(scaleBudget({ lines: 8, chars: 35 }, 'size-points', { size: slideSizes['16:9'], sizes })).toEqual({ lines: 5, chars: 23 });
    expect(scaleBudget({ lines: 2, chars: 35 }, 'size-body', { size: slideSizes['16:9'], sizes })).toEqual({ lines: 2, chars: 35 });
  });

  it('gives a 4:3 slide narrower lines and a few more of them', () => {
    const budget = scaleBudget({ lines: 8, chars: 35 }, 'size-points', { size: slideSizes['4:3'], sizes: referenceSizes });
    expect(budget.chars).toBeLessThan(35);
    expect(budget.lines).toBeGreaterThanOrEqual(8);
  });
});

describe('the layouts’ contract', () => {
  it('names, for every slot with a text budget, a size variable base.css declares and the layout’s CSS uses', async () => {
    const layouts = await loadLayouts([builtInLayoutsDir]);
    for (const layout of layouts.values()) {
      const css = (await readFile(`${builtInLayoutsDir}${layout.name}.css`, 'utf8')) + (await readFile(new URL('../../templates/base.css', import.meta.url), 'utf8'));
      for (const slot of layout.slots.values()) {
        if (!slot.budget) continue;
        expect(slot.sizeName, `${layout.name}/${slot.name}`).toBeDefined();
        expect(referenceSizes.has(slot.sizeName!), `${layout.name}/${slot.name}`).toBe(true);
        expect(css, `${layout.name}/${slot.name}`).toContain(`var(--${slot.sizeName})`);
      }
    }
  });
});
