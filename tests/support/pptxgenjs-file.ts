/**
 * A small presentation written by pptxgenjs the way src/pptx does (a filled rectangle, a text box,
 * a picture, a coloured background, notes), not yet repaired: what the package checks and the Open
 * XML SDK must find fault with.
 */
import { PptxGenJS } from '../../src/pptx/pptxgenjs.js';

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

export async function writtenByPptxgenjs(): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  for (const text of ['一、学习讲话精神', '二、抓好贯彻落实']) {
    const slide = pptx.addSlide();
    slide.background = { color: 'FFFFFF' };
    slide.addShape(pptx.ShapeType.rect, { x: 0.5, y: 1, w: 9, h: 0.05, fill: { color: 'C00000' }, line: { type: 'none' } });
    slide.addText([{ text, options: { lang: 'zh-CN' } }], { x: 0.5, y: 0.3, w: 9, h: 0.6 });
    slide.addImage({ data: `image/png;base64,${png.toString('base64')}`, x: 9, y: 5, w: 0.3, h: 0.3 });
    slide.addNotes(text);
  }
  return (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
}
