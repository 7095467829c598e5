/**
 * Maps the boxes read from a rendered slide to pptxgenjs shapes: text boxes with their runs, filled
 * rectangles for backgrounds and borders, outlines, pictures. Pure data, so it is tested without
 * a browser; src/pptx/write-pptx.ts adds the shapes to a presentation.
 */
import { fileURLToPath } from 'node:url';
import { alignment, isBold, officeColour, officeFont, pxToInches, pxToPoints } from './css-values.js';
import type { Box, Decoration, Run, TextBlock } from './slide-boxes.js';
import type { SlideSize } from '../render/slide-size.js';
import type { ImageProps, ShapeProps, TextProps, TextPropsOptions } from './pptxgenjs.js';

export type Shape =
  | { kind: 'rect'; options: ShapeProps }
  | { kind: 'picture'; options: ImageProps }
  | { kind: 'text'; runs: TextProps[]; options: TextPropsOptions; isTitle: boolean };

/** The language of every run: PowerPoint and WPS then check spelling and break lines as Chinese. */
export const textLanguage = 'zh-CN';

/**
 * Room a text box gets beyond the rendered text, in ems of its largest font. The Office fonts are
 * no wider than Noto for Chinese (every Han character is 1 em in both) but may be for Latin, and
 * bold Song is widened by Windows's synthetic bold; less than one Han character, so no line takes
 * a character more than it has in the deck.
 */
export const widthAllowanceEm = 0.4;
/**
 * A block that is one line in the deck may grow more: no width can add a line break to it, and
 * LibreOffice and WPS put extra space between Han characters and digits (“2016 年 4 月”).
 */
export const singleLineAllowanceEm = 2;
/** Room below the last line, in line heights, so exact line spacing never clips a descender. */
export const heightAllowanceLines = 0.25;

function inches(box: Box): { x: number; y: number; w: number; h: number } {
  return { x: pxToInches(box.x), y: pxToInches(box.y), w: pxToInches(box.w), h: pxToInches(box.h) };
}

/** A box moved and cut to lie on the slide. */
function onSlide(box: Box, size: SlideSize): Box {
  const x = Math.max(0, box.x);
  const y = Math.max(0, box.y);
  return { x, y, w: Math.min(box.w - (x - box.x), size.width - x), h: Math.min(box.h - (y - box.y), size.height - y) };
}

/** The shapes of the slide's fills, rules, gradients and pictures, in paint order. */
export function decorationShapes(decorations: readonly Decoration[], gradients: ReadonlyMap<number, Uint8Array>): Shape[] {
  return decorations.flatMap((decoration): Shape[] => {
    switch (decoration.kind) {
      case 'fill': {
        const colour = officeColour(decoration.colour);
        if (!colour) return [];
        return [{ kind: 'rect', options: { ...inches(decoration.box), fill: { color: colour.hex, transparency: colour.transparency }, line: { type: 'none' } } }];
      }
      case 'outline': {
        const colour = officeColour(decoration.colour);
        if (!colour) return [];
        // CSS draws the inset hairline inside the box; PowerPoint centres a line on the shape's edge.
        const half = decoration.widthPx / 2;
        const box = { x: decoration.box.x + half, y: decoration.box.y + half, w: decoration.box.w - 2 * half, h: decoration.box.h - 2 * half };
        return [{ kind: 'rect', options: { ...inches(box), fill: { type: 'none' }, line: { color: colour.hex, transparency: colour.transparency, width: pxToPoints(decoration.widthPx) } } }];
      }
      case 'gradient': {
        const picture = gradients.get(decoration.id);
        return picture ? [{ kind: 'picture', options: { ...inches(decoration.box), data: pngData(picture) } }] : [];
      }
      case 'picture':
        // pptxgenjs names a picture by its path where it has no alt text: the build's temp folder.
        return [{ kind: 'picture', options: { ...inches(decoration.box), ...pictureSource(decoration.src), altText: decoration.alt || decoration.fileName } }];
    }
  });
}

/** A PNG as pptxgenjs's `data` wants it. */
export function pngData(png: Uint8Array): string {
  return `image/png;base64,${Buffer.from(png).toString('base64')}`;
}

function pictureSource(src: string): { path: string } | { data: string } {
  if (src.startsWith('data:')) return { data: src.slice('data:'.length) };
  return { path: fileURLToPath(src) };
}

/**
 * The runs of a block as PowerPoint shows them: spaces collapsed across runs as CSS does, and
 * dropped at the start and end of each line (the source line breaks around a `<br>`, the newlines
 * between list items), empty runs and empty lines at either end dropped.
 */
export function visibleRuns(runs: readonly Run[]): Run[] {
  const lines: StyledRun[][] = [[]];
  for (const run of runs) {
    if ('lineBreak' in run) lines.push([]);
    else lines[lines.length - 1]!.push({ ...run });
  }
  const trimmed = lines.map((line) => {
    let afterSpace = true; // a line starts as if after a space: leading spaces go
    for (const run of line) {
      run.text = run.text.replace(/ +/gu, ' ');
      if (afterSpace) run.text = run.text.replace(/^ /u, '');
      if (run.text !== '') afterSpace = run.text.endsWith(' ');
    }
    for (let i = line.length - 1; i >= 0; i--) {
      line[i]!.text = line[i]!.text.replace(/ $/u, '');
      if (line[i]!.text !== '') break;
    }
    return line.filter((run) => run.text !== '');
  });
  while (trimmed.length > 1 && trimmed[trimmed.length - 1]!.length === 0) trimmed.pop();
  while (trimmed.length > 1 && trimmed[0]!.length === 0) trimmed.shift();
  return trimmed.flatMap((line, index): Run[] => (index === 0 ? line : [{ lineBreak: true }, ...line]));
}

type StyledRun = Extract<Run, { text: string }>;

/** A text block as a text box (or, for the slide's title, the title placeholder), or null when it shows no text. */
export function textShape(block: TextBlock, size: SlideSize): Shape | null {
  const runs = visibleRuns(block.runs);
  const styled = runs.filter((run): run is StyledRun => 'text' in run);
  if (styled.length === 0) return null;
  const fontPx = Math.max(...styled.map((run) => run.fontSizePx));
  const align = alignment(block.textAlign);

  let box = { ...block.box };
  if (block.marker) box = { ...box, x: box.x - block.marker.indentPx, w: box.w + block.marker.indentPx };
  const lineHeightPx = block.lineHeightPx ?? fontPx * 1.2;
  const singleLine = Math.round(block.box.h / lineHeightPx) <= 1;
  const extraWidth = (singleLine ? singleLineAllowanceEm : widthAllowanceEm) * fontPx;
  const extraX = align === 'center' ? extraWidth / 2 : align === 'right' ? extraWidth : 0;
  box = { x: box.x - extraX, y: box.y, w: box.w + extraWidth, h: box.h + heightAllowanceLines * lineHeightPx };

  const textRuns: TextProps[] = [];
  let breakBefore = false;
  for (const run of runs) {
    if ('lineBreak' in run) {
      breakBefore = true;
      continue;
    }
    const colour = officeColour(run.colour);
    textRuns.push({
      text: run.text,
      options: {
        fontFace: officeFont(run.fontFamily),
        fontSize: pxToPoints(run.fontSizePx),
        bold: isBold(run.fontWeight),
        ...(colour ? { color: colour.hex, ...(colour.transparency > 0 ? { transparency: colour.transparency } : {}) } : {}),
        ...(run.letterSpacingPx ? { charSpacing: pxToPoints(run.letterSpacingPx) } : {}),
        lang: textLanguage,
        // On the run, not only the shape: a title placeholder's own (empty) options replace the shape's.
        ...(block.lineHeightPx ? { lineSpacing: pxToPoints(block.lineHeightPx) } : {}),
        ...(breakBefore ? { softBreakBefore: true } : {}),
      },
    });
    breakBefore = false;
  }

  const marker = block.marker;
  return {
    kind: 'text',
    isTitle: block.isTitle,
    runs: textRuns,
    options: {
      ...inches(onSlide(box, size)),
      align,
      valign: 'top',
      margin: 0,
      fit: 'shrink',
      lang: textLanguage,
      objectName: block.name,
      ...(block.lineHeightPx ? { lineSpacing: pxToPoints(block.lineHeightPx) } : {}),
      ...(marker
        ? {
            bullet:
              marker.number === null
                ? { indent: pxToPoints(marker.indentPx) }
                : { type: 'number' as const, numberStartAt: marker.number, indent: pxToPoints(marker.indentPx) },
          }
        : {}),
    },
  };
}
