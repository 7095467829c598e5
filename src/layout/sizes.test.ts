import { describe, expect, it } from 'vitest';
import { readSizes, referenceSizes, withVariables } from './sizes.js';

describe('sizes', () => {
  it('reads px and unitless custom properties, later stylesheets over earlier ones', () => {
    const sizes = readSizes('.reveal { --size-body: 32px; --line-height-title: 1.3; --color-accent: #c00000; }', '.reveal { --size-body: 36px; }');
    expect(Object.fromEntries(sizes)).toEqual({ 'size-body': 36, 'line-height-title': 1.3 });
  });

  it('takes deck.yaml variables over the stylesheets', () => {
    expect(withVariables(readSizes('.reveal { --size-points: 30px; }'), { 'size-points': '44px', 'color-accent': '#a00000' }).get('size-points')).toBe(44);
  });

  it('knows base.css: every size a layout slot names is declared there', () => {
    for (const name of ['size-points', 'size-body', 'size-title', 'size-agenda', 'size-topics', 'size-cards', 'size-quote', 'size-divider', 'size-cover-title', 'frame-padding-x']) {
      expect(referenceSizes.get(name), name).toBeGreaterThan(0);
    }
  });
});
