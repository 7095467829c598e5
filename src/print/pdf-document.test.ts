import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, StandardFonts, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { drawSlides, loadPdf } from './pdf-document.js';

/** A slides PDF as Chromium writes it: each page's content one deflated stream, the font shared. */
async function slidesPdf(count: number): Promise<PDFDocument> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < count; i++) document.addPage([400, 225]).drawText(`slide ${i + 1}`, { x: 20, y: 100, size: 30, font });
  return loadPdf(await document.save());
}

function formsOn(page: PDFPage): PDFRawStream[] {
  const xObjects = page.node.Resources()!.lookup(PDFName.of('XObject'), PDFDict);
  return xObjects.values().map((ref) => page.doc.context.lookup(ref as PDFRef, PDFRawStream));
}

function firstContentStream(page: PDFPage): PDFRawStream {
  const contents = page.node.Contents()!;
  return (contents instanceof PDFRawStream ? contents : page.doc.context.lookup(contents.get(0), PDFRawStream)) as PDFRawStream;
}

describe('drawSlides', () => {
  it('draws each slide page as a form holding its content stream unchanged, with the shared font copied once', async () => {
    const source = await slidesPdf(3);
    const sheets = await PDFDocument.create();
    sheets.addPage([595, 842]);
    await drawSlides(sheets, source, [
      { page: 0, slide: 0, x: 10, y: 10, width: 400, height: 225 },
      { page: 0, slide: 2, x: 10, y: 300, width: 200, height: 112.5 },
    ]);
    const forms = formsOn((await PDFDocument.load(await sheets.save())).getPage(0));
    expect(forms.map((form) => form.dict.get(PDFName.of('Subtype')))).toEqual([PDFName.of('Form'), PDFName.of('Form')]);
    expect(Buffer.from(forms[0]!.contents)).toEqual(Buffer.from(firstContentStream(source.getPage(0)).contents));
    expect(Buffer.from(forms[1]!.contents)).toEqual(Buffer.from(firstContentStream(source.getPage(2)).contents));
    const fontsOf = (form: PDFRawStream) => form.dict.lookup(PDFName.of('Resources'), PDFDict).lookup(PDFName.of('Font'), PDFDict).values();
    expect(fontsOf(forms[0]!)).toEqual(fontsOf(forms[1]!));
  });

  it('still draws a page whose content is in several streams', async () => {
    const document = await PDFDocument.create();
    const page = document.addPage([400, 225]);
    page.drawText('one');
    page.node.addContentStream(document.context.register(document.context.flateStream('BT /F1 12 Tf ET')));
    const source = await loadPdf(await document.save());
    const sheets = await PDFDocument.create();
    sheets.addPage([595, 842]);
    await drawSlides(sheets, source, [{ page: 0, slide: 0, x: 0, y: 0, width: 400, height: 225 }]);
    const [form] = formsOn((await PDFDocument.load(await sheets.save())).getPage(0));
    expect(form?.dict.get(PDFName.of('Subtype'))).toBe(PDFName.of('Form'));
  });

  it('refuses a slide the slides PDF does not have', async () => {
    const sheets = await PDFDocument.create();
    sheets.addPage();
    await expect(drawSlides(sheets, await slidesPdf(1), [{ page: 0, slide: 1, x: 0, y: 0, width: 1, height: 1 }])).rejects.toThrow(/slide 2/);
  });
});
