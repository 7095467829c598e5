/**
 * What Chromium's page.pdf() cannot do, done with pdf-lib on its output: draw the slides into the
 * printed sheets as vector pages (text stays text: selectable, searchable, in the slides' own
 * embedded fonts), write bookmarks for sheets we paginate ourselves, trim Chromium's own outline,
 * and set the document information (title, author, subject, dates).
 */
import {
  degrees,
  drawPage,
  ParseSpeeds,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFObjectCopier,
  PDFRawStream,
  PDFRef,
  PDFString,
} from 'pdf-lib';
import { pxToPt } from './paper.js';

/** Where a slide goes: a page of the sheets PDF and a box on it in CSS px from its top left. */
export interface SlidePlacement {
  page: number;
  slide: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Draws page `slide` of `source` (the slides PDF) into each box, scaled to fit it exactly. */
export async function drawSlides(document: PDFDocument, source: PDFDocument, placements: readonly SlidePlacement[]): Promise<void> {
  if (placements.length === 0) return;
  const used = [...new Set(placements.map((placement) => placement.slide))].sort((a, b) => a - b);
  const missing = used.filter((slide) => slide < 0 || slide >= source.getPageCount());
  if (missing.length > 0) throw new Error(`The slides PDF has ${source.getPageCount()} pages; slide ${missing[0]! + 1} is not among them`);
  const forms = await slideForms(document, source, used);
  for (const placement of placements) {
    const form = forms.get(placement.slide)!;
    const page = document.getPage(placement.page);
    const name = page.node.newXObject('EmbeddedPdfPage', form.ref);
    page.pushOperators(
      ...drawPage(name, {
        x: pxToPt(placement.x),
        y: page.getHeight() - pxToPt(placement.y + placement.height),
        xScale: pxToPt(placement.width) / form.width,
        yScale: pxToPt(placement.height) / form.height,
        rotate: degrees(0),
        xSkew: degrees(0),
        ySkew: degrees(0),
      }),
    );
  }
}

/** A slide page as a form XObject of the sheets document, and its size in points. */
interface SlideForm {
  ref: PDFRef;
  width: number;
  height: number;
}

/**
 * The slides' pages as form XObjects. Chromium writes each page's content as one deflated stream:
 * it goes in as it is, with the page's resources copied (one copier: the fonts the slides share
 * are copied once). pdf-lib's embedPages, which inflates the content and deflates it again in
 * JavaScript (and also copies the page's own stream, unused), is left for any other page.
 */
async function slideForms(document: PDFDocument, source: PDFDocument, slides: readonly number[]): Promise<Map<number, SlideForm>> {
  const copier = PDFObjectCopier.for(source.context, document.context);
  const forms = new Map<number, SlideForm>();
  const others: number[] = [];
  for (const slide of slides) {
    const page = source.getPage(slide);
    // Read without normalizing: pdf-lib's normalizedEntries() would wrap the content in more streams.
    const contents = page.node.Contents();
    const stream = contents instanceof PDFArray && contents.size() === 1 ? contents.lookup(0) : contents;
    if (!(stream instanceof PDFRawStream) || !isPlainFlate(stream.dict)) {
      others.push(slide);
      continue;
    }
    const { x, y, width, height } = page.getMediaBox();
    const dict = document.context.obj({
      Type: 'XObject',
      Subtype: 'Form',
      FormType: 1,
      BBox: [x, y, x + width, y + height],
      Matrix: [1, 0, 0, 1, -x, -y],
      Filter: 'FlateDecode',
      Length: stream.contents.length,
    });
    const resources = page.node.Resources();
    if (resources) dict.set(PDFName.of('Resources'), copier.copy(resources));
    forms.set(slide, { ref: document.context.register(PDFRawStream.of(dict, stream.contents)), width, height });
  }
  const embedded = await document.embedPages(others.map((slide) => source.getPage(slide)));
  embedded.forEach((page, i) => forms.set(others[i]!, { ref: page.ref, width: page.width, height: page.height }));
  return forms;
}

/** Deflated and nothing else: no predictor, no second filter. */
function isPlainFlate(dict: PDFDict): boolean {
  const filter = dict.lookup(PDFName.of('Filter'));
  const flate = filter === PDFName.of('FlateDecode') || (filter instanceof PDFArray && filter.size() === 1 && filter.lookup(0) === PDFName.of('FlateDecode'));
  return flate && dict.get(PDFName.of('DecodeParms')) === undefined;
}

/** A bookmark: its title and where it leads, `top` in CSS px from the top of the page. */
export interface Bookmark {
  title: string;
  page: number;
  top: number;
}

/** Replaces the document outline with one flat list of bookmarks, shown when the PDF opens. */
export function setOutline(document: PDFDocument, bookmarks: readonly Bookmark[]): void {
  const { context, catalog } = document;
  if (bookmarks.length === 0) {
    catalog.delete(PDFName.of('Outlines'));
    return;
  }
  const outlinesRef = context.nextRef();
  const refs = bookmarks.map(() => context.nextRef());
  bookmarks.forEach((bookmark, i) => {
    const page = document.getPage(bookmark.page);
    const item = context.obj({
      Title: PDFHexString.fromText(bookmark.title),
      Parent: outlinesRef,
      Dest: [page.ref, 'XYZ', null, page.getHeight() - pxToPt(bookmark.top), null],
    });
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!);
    context.assign(refs[i]!, item);
  });
  context.assign(outlinesRef, context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs.at(-1)!, Count: refs.length }));
  catalog.set(PDFName.of('Outlines'), outlinesRef);
  catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** A bookmark as read back: `y` in PDF points from the bottom of the page (undefined if not given). */
export interface OutlineItem {
  title: string;
  page: number;
  y?: number;
  children: OutlineItem[];
}

/** The document outline, as a tree. Destinations must be explicit (Chromium writes them so). */
export function readOutline(document: PDFDocument): OutlineItem[] {
  const pageIndex = new Map(document.getPages().map((page, index) => [page.ref.toString(), index]));
  const outlines = document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const read = (first: PDFDict | undefined): OutlineItem[] => {
    const items: OutlineItem[] = [];
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = item.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString)?.decodeText() ?? '';
      const dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray);
      const target = dest?.get(0);
      const y = dest?.lookup(3);
      items.push({
        title,
        page: target instanceof PDFRef ? (pageIndex.get(target.toString()) ?? -1) : -1,
        ...(y instanceof PDFNumber ? { y: y.asNumber() } : {}),
        children: read(item.lookupMaybe(PDFName.of('First'), PDFDict)),
      });
    }
    return items;
  };
  return read(outlines?.lookupMaybe(PDFName.of('First'), PDFDict));
}

/** Drops every bookmark below the top level (Chromium nests one per heading level). */
export function keepTopLevelOutline(document: PDFDocument): void {
  const outlines = document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (!outlines) return;
  let count = 0;
  for (let item = outlines.lookupMaybe(PDFName.of('First'), PDFDict); item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
    for (const key of ['First', 'Last', 'Count']) item.delete(PDFName.of(key));
    count++;
  }
  if (count === 0) {
    document.catalog.delete(PDFName.of('Outlines'));
    return;
  }
  outlines.set(PDFName.of('Count'), PDFNumber.of(count));
  document.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  keywords?: string[];
  created?: Date;
}

export function setDocumentInfo(document: PDFDocument, info: DocumentInfo): void {
  const created = info.created ?? new Date();
  document.setTitle(info.title, { showInWindowTitleBar: true });
  document.setAuthor(info.author);
  document.setSubject(info.subject);
  if (info.keywords && info.keywords.length > 0) document.setKeywords(info.keywords);
  document.setCreator('notice-deck');
  document.setProducer('notice-deck (Chromium, pdf-lib)');
  document.setCreationDate(created);
  document.setModificationDate(created);
  document.setLanguage('zh-CN');
}

/**
 * Loads a PDF from Chromium for finishing; pdf-lib must not stamp its own producer and dates over
 * ours. In one go: pdf-lib otherwise waits for the next timer tick after every hundred objects.
 */
export function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}

/**
 * Without object streams: compressing every object again with pdf-lib's JavaScript deflate took
 * most of the finishing time, for files about a sixth smaller. Pages and fonts stay compressed.
 */
export function savePdf(document: PDFDocument): Promise<Uint8Array> {
  return document.save({ useObjectStreams: false, objectsPerTick: Infinity });
}
