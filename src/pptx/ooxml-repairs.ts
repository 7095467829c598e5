/**
 * Two things pptxgenjs 4.0.1 writes that PowerPoint and WPS do not read as meant, repaired in the
 * written zip (jszip is pptxgenjs's own dependency):
 * - an `<a:pPr>` before every run of a paragraph, not only before the first
 *   (gitbrent/PptxGenJS#1083). The schema allows one, first; PowerPoint 2016 reports the file as
 *   damaged, LibreOffice takes the last one (a point with a highlighted phrase lost its bullet).
 *   A paragraph's properties are those of its first run, so the later copies are dropped.
 * - speaker notes as one English run with the line breaks inside its text: each line becomes a
 *   paragraph, in Chinese, as the deck's notes have them.
 */
import JSZip from 'jszip';
import { textLanguage } from './shapes.js';

const strayParagraphProperties = /(<\/a:r>|<a:br\/>)<a:pPr\b[^>]*?(?:\/>|>.*?<\/a:pPr>)/gsu;

/** Slide XML with only the first `<a:pPr>` of each paragraph. */
export function dropStrayParagraphProperties(xml: string): string {
  let previous;
  let current = xml;
  do {
    previous = current;
    current = current.replace(strayParagraphProperties, '$1');
  } while (current !== previous);
  return current;
}

/** The notes run pptxgenjs writes for slide.addNotes(text). */
const notesRun = /<a:p><a:r><a:rPr lang="en-US" dirty="0"\/><a:t>(.*?)<\/a:t><\/a:r><a:endParaRPr lang="en-US" dirty="0"\/><\/a:p>/su;

/** Notes page XML with one Chinese paragraph per line of the notes. */
export function notesParagraphs(xml: string): string {
  return xml.replace(notesRun, (_, text: string) =>
    text
      .split(/\r?\n/u)
      .map((line) => `<a:p><a:r><a:rPr lang="${textLanguage}" altLang="en-US" dirty="0"/><a:t>${line}</a:t></a:r></a:p>`)
      .join(''),
  );
}

/** The .pptx with every slide's and layout's paragraphs and every notes page repaired. */
export async function repairOoxml(pptx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(pptx);
  for (const name of Object.keys(zip.files)) {
    const repair = /^ppt\/(?:slides|slideLayouts)\/[^/]+\.xml$/u.test(name)
      ? dropStrayParagraphProperties
      : /^ppt\/notesSlides\/[^/]+\.xml$/u.test(name)
        ? notesParagraphs
        : null;
    if (repair) zip.file(name, repair(await zip.file(name)!.async('string')));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
