import { describe, expect, it } from 'vitest';
import { officeFonts } from './css-values.js';
import { decorationShapes, singleLineAllowanceEm, textShape, visibleRuns, widthAllowanceEm } from './shapes.js';
import type { Run, TextBlock } from './slide-boxes.js';

const size = { width: 1280, height: 720 };
const style = { colour: 'rgb(29, 29, 31)', fontFamily: '"Noto Sans SC", sans-serif', fontWeight: '400', fontSizePx: 32, letterSpacingPx: 0 };
const text = (value: string, overrides: Partial<typeof style> = {}): Run => ({ text: value, ...style, ...overrides });
const block = (overrides: Partial<TextBlock>): TextBlock => ({
  box: { x: 80, y: 200, w: 960, h: 48 },
  runs: [text('要点')],
  textAlign: 'start',
  lineHeightPx: 48,
  marker: null,
  isTitle: false,
  name: 'p',
  ...overrides,
});
const texts = (runs: Run[]) => runs.map((run) => ('text' in run ? run.text : '\n')).join('');

describe('visibleRuns', () => {
  it('drops the source line breaks around <br> and between list items, as CSS does', () => {
    expect(texts(visibleRuns([text('共青团中央关于\n'), { lineBreak: true }, text('\n\n\n学习')].map((run) => ('text' in run ? { ...run, text: run.text.replace(/\s+/g, ' ') } : run))))).toBe('共青团中央关于\n学习');
    expect(visibleRuns([text(' '), text(' '), text(' ')])).toEqual([]);
  });
  it('collapses a space across runs and keeps one between words', () => {
    expect(texts(visibleRuns([text(' 互联网 '), text(' +共青团 ')]))).toBe('互联网 +共青团');
  });
});

describe('textShape', () => {
  it('gives a text box its runs in the Office fonts, Chinese as the language, exact line spacing and no insets', () => {
    const shape = textShape(block({ runs: [text('讲话具有很强的'), text('指导性', { colour: 'rgb(192, 0, 0)', fontWeight: '700' })] }), size)!;
    expect(shape.kind).toBe('text');
    if (shape.kind !== 'text') return;
    expect(shape.runs.map((run) => [run.text, run.options?.color, run.options?.bold, run.options?.fontFace, run.options?.lang, run.options?.fontSize])).toEqual([
      ['讲话具有很强的', '1D1D1F', false, officeFonts.sans, 'zh-CN', 24],
      ['指导性', 'C00000', true, officeFonts.sans, 'zh-CN', 24],
    ]);
    expect(shape.options).toMatchObject({ margin: 0, valign: 'top', fit: 'shrink', lineSpacing: 36, align: 'left' });
  });

  it('widens a box of several lines by less than a Han character, on the side its text grows to', () => {
    const left = textShape(block({ box: { x: 80, y: 200, w: 960, h: 96 } }), size)!;
    const centred = textShape(block({ box: { x: 80, y: 200, w: 960, h: 96 }, textAlign: 'center' }), size)!;
    const extra = widthAllowanceEm * 32;
    expect(extra).toBeLessThan(32);
    expect([left.options.x, left.options.w]).toEqual([80 / 96, (960 + extra) / 96]);
    expect(centred.options.x).toBeCloseTo((80 - extra / 2) / 96, 6);
  });

  it('lets a one-line box grow more, but never past the slide', () => {
    const shape = textShape(block({ box: { x: 80, y: 200, w: 200, h: 48 } }), size)!;
    expect(shape.options.w).toBeCloseTo((200 + singleLineAllowanceEm * 32) / 96, 6);
    const wide = textShape(block({ box: { x: 80, y: 200, w: 1180, h: 48 } }), size)!;
    expect(Number(wide.options.x) + Number(wide.options.w)).toBeCloseTo(1280 / 96, 6);
  });

  it('hangs a list item’s bullet in the indent the deck gives it, numbers counted on', () => {
    const bulleted = textShape(block({ marker: { indentPx: 36, number: null } }), size)!;
    expect(bulleted.options.x).toBeCloseTo(44 / 96, 6);
    expect(bulleted.options.bullet).toEqual({ indent: 27 });
    const numbered = textShape(block({ marker: { indentPx: 36, number: 3 } }), size)!;
    expect(numbered.options.bullet).toEqual({ type: 'number', numberStartAt: 3, indent: 27 });
  });

  it('breaks lines where the deck has <br>, serif text in Song, letter spacing in points', () => {
    const shape = textShape(
      block({ runs: [text('深入学习，', { fontFamily: '"Noto Serif SC", serif', letterSpacingPx: 12 }), { lineBreak: true }, text('切实增强', { fontFamily: '"Noto Serif SC", serif' })], isTitle: true }),
      size,
    )!;
    if (shape.kind !== 'text') throw new Error('not text');
    expect(shape.isTitle).toBe(true);
    expect(shape.runs.map((run) => [run.options?.fontFace, run.options?.softBreakBefore ?? false, run.options?.charSpacing])).toEqual([
      [officeFonts.serif, false, 9],
      [officeFonts.serif, true, undefined],
    ]);
  });

  it('makes nothing of a block that shows no text', () => {
    expect(textShape(block({ runs: [text('  '), text(' ')] }), size)).toBeNull();
  });
});

describe('decorationShapes', () => {
  it('fills boxes, outlines hairlines inside their box, places pictures and rendered gradients', () => {
    const gradient = new Uint8Array([137, 80, 78, 71]);
    const shapes = decorationShapes(
      [
        { kind: 'fill', box: { x: 80, y: 120, w: 1120, h: 3 }, colour: 'rgb(192, 0, 0)' },
        { kind: 'fill', box: { x: 0, y: 0, w: 10, h: 10 }, colour: 'rgba(0, 0, 0, 0)' },
        { kind: 'outline', box: { x: 100, y: 100, w: 300, h: 200 }, colour: 'rgb(217, 201, 168)', widthPx: 2 },
        { kind: 'gradient', box: { x: 80, y: 160, w: 1120, h: 80 }, id: 0 },
        { kind: 'picture', box: { x: 80, y: 680, w: 32, h: 32 }, src: 'file:///decks/demo/logo.png', alt: '', fileName: 'logo.png' },
        { kind: 'picture', box: { x: 80, y: 300, w: 320, h: 240 }, src: 'file:///decks/demo/media/p1.jpg', alt: '团日活动合影', fileName: 'p1.jpg' },
      ],
      new Map([[0, gradient]]),
    );
    expect(shapes.map((shape) => shape.kind)).toEqual(['rect', 'rect', 'picture', 'picture', 'picture']);
    expect(shapes[0]!.options).toMatchObject({ fill: { color: 'C00000', transparency: 0 }, h: 3 / 96 });
    expect(shapes[1]!.options).toMatchObject({ x: 101 / 96, w: 298 / 96, line: { color: 'D9C9A8', width: 1.5 }, fill: { type: 'none' } });
    expect(shapes[2]!.options).toMatchObject({ data: `image/png;base64,${Buffer.from(gradient).toString('base64')}` });
    // Alt text is the deck's, or the picture's file name, never the build folder's path.
    expect(shapes[3]!.options).toMatchObject({ path: '/decks/demo/logo.png', altText: 'logo.png' });
    expect(shapes[4]!.options).toMatchObject({ altText: '团日活动合影' });
  });
});
