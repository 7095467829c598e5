/**
 * Assembles the presentation with pptxgenjs: the slide size, one slide master per kind of slide
 * (its title placeholder where that kind has its title, so PowerPoint's outline and WPS's
 * navigation list every slide by title), then each slide's background, shapes and notes.
 */
import { repairOoxml } from './ooxml-repairs.js';
import { officeColour, officeFonts, pxToInches } from './css-values.js';
import { decorationShapes, pngData, textShape, type Shape } from './shapes.js';
import { PptxGenJS, type Presentation } from './pptxgenjs.js';
import type { SlideBoxes } from './slide-boxes.js';
import type { SlideSize } from '../render/slide-size.js';

export interface RenderedSlide {
  boxes: SlideBoxes;
  /** PNGs of the slide's gradients by id (the frame's, if any, is the slide background). */
  gradients: ReadonlyMap<number, Uint8Array>;
}

/** The name of the title placeholder in every slide master. */
const titlePlaceholder = 'title';

/** Builds the .pptx file's bytes. */
export async function writePptx(slides: readonly RenderedSlide[], size: SlideSize, title: string): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: 'notice-deck', width: pxToInches(size.width), height: pxToInches(size.height) });
  pptx.layout = 'notice-deck';
  pptx.title = title;
  pptx.theme = { headFontFace: officeFonts.serif, bodyFontFace: officeFonts.sans };

  const shapesPerSlide = slides.map(({ boxes, gradients }) => [
    ...decorationShapes(boxes.decorations, gradients),
    ...boxes.texts.flatMap((block) => textShape(block, size) ?? []),
  ]);
  const masters = new SlideMasters(pptx);
  slides.forEach(({ boxes, gradients }, index) => {
    const shapes = shapesPerSlide[index]!;
    const titleShape = shapes.find((shape): shape is Extract<Shape, { kind: 'text' }> => shape.kind === 'text' && shape.isTitle);
    const slide = pptx.addSlide({ masterName: masters.for(boxes.layout, titleShape) });
    const frameGradient = boxes.background.gradientId === null ? undefined : gradients.get(boxes.background.gradientId);
    const colour = officeColour(boxes.background.colour);
    if (frameGradient) slide.background = { data: pngData(frameGradient) };
    else if (colour) slide.background = { color: colour.hex };
    for (const shape of shapes) {
      if (shape.kind === 'rect') slide.addShape(pptx.ShapeType.rect, shape.options);
      else if (shape.kind === 'picture') slide.addImage(shape.options);
      else slide.addText(shape.runs, shape === titleShape ? { ...shape.options, placeholder: titlePlaceholder } : shape.options);
    }
    if (boxes.notes) slide.addNotes(boxes.notes);
  });
  return repairOoxml((await pptx.write({ outputType: 'uint8array' })) as Uint8Array);
}

/**
 * pptxgenjs puts a placeholder where its master says, so slides whose titles sit in different
 * places need different masters: one per layout and title box, named after the layout.
 */
class SlideMasters {
  private readonly names = new Map<string, string>();
  private readonly perLayout = new Map<string, number>();

  constructor(private readonly pptx: Presentation) {}

  for(layout: string, title: Extract<Shape, { kind: 'text' }> | undefined): string {
    const position = title ? (['x', 'y', 'w', 'h'] as const).map((key) => Number(title.options[key]).toFixed(3)).join(',') : 'none';
    const key = `${layout}|${position}`;
    const known = this.names.get(key);
    if (known) return known;
    const count = (this.perLayout.get(layout) ?? 0) + 1;
    this.perLayout.set(layout, count);
    const name = count === 1 ? layout || 'slide' : `${layout || 'slide'} ${count}`;
    const { x, y, w, h } = title?.options ?? {};
    this.pptx.defineSlideMaster({
      title: name,
      objects: title ? [{ placeholder: { options: { name: titlePlaceholder, type: 'title', x: x!, y: y!, w: w!, h: h! }, text: '' } }] : [],
    });
    this.names.set(key, name);
    return name;
  }
}
