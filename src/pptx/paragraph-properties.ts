/**
 * pptxgenjs 4.0.1 writes an `<a:pPr>` before every run of a paragraph, not only before the first
 * (gitbrent/PptxGenJS#1083). The schema allows one, first; PowerPoint 2016 reports the file as
 * damaged, LibreOffice takes the last one (so a point with a highlighted phrase lost its bullet).
 * The paragraph's properties are those of its first run, so the later copies are dropped.
 */
import JSZip from 'jszip';

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

/** The .pptx with every slide's, layout's and notes page's paragraphs repaired. */
export async function repairParagraphProperties(pptx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(pptx);
  const parts = Object.keys(zip.files).filter((name) => /^ppt\/(?:slides|slideLayouts|notesSlides)\/[^/]+\.xml$/u.test(name));
  for (const name of parts) zip.file(name, dropStrayParagraphProperties(await zip.file(name)!.async('string')));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
