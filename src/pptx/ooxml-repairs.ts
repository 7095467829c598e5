/**
 * What pptxgenjs 4.0.1 writes that PowerPoint and WPS do not read as meant, repaired in the
 * written zip (jszip is pptxgenjs's own dependency):
 * - an `<a:pPr>` before every run of a paragraph, not only before the first
 *   (gitbrent/PptxGenJS#1083). The schema allows one, first; PowerPoint 2016 reports the file as
 *   damaged, LibreOffice takes the last one (a point with a highlighted phrase lost its bullet).
 *   A paragraph's properties are those of its first run, so the later copies are dropped.
 * - speaker notes as one English run with the line breaks inside its text: each line becomes a
 *   paragraph, in Chinese, as the deck's notes have them.
 * - one copy of a picture per slide that shows it: the branch's logo on every content slide made
 *   the file ten times its size. Identical pictures are stored once.
 */
import { createHash } from 'node:crypto';
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

/**
 * Keeps one of each set of identical files in ppt/media and points every relationship at it.
 * Relationship targets are relative to the part (`../media/…`), and only file names change.
 */
async function storePicturesOnce(zip: JSZip): Promise<void> {
  const kept = new Map<string, string>();
  const renamed = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((name) => name.startsWith('ppt/media/') && !zip.files[name]!.dir).sort()) {
    const hash = createHash('sha256').update(await zip.file(name)!.async('uint8array')).digest('hex');
    const first = kept.get(hash);
    if (first) {
      renamed.set(name.slice('ppt/media/'.length), first.slice('ppt/media/'.length));
      zip.remove(name);
    } else kept.set(hash, name);
  }
  if (renamed.size === 0) return;
  for (const name of Object.keys(zip.files).filter((name) => name.endsWith('.rels'))) {
    const rels = await zip.file(name)!.async('string');
    const repointed = rels.replace(/(Target="[^"]*\/media\/)([^"]+)"/gu, (whole, folder: string, file: string) => {
      const target = renamed.get(file);
      return target ? `${folder}${target}"` : whole;
    });
    if (repointed !== rels) zip.file(name, repointed);
  }
}

/** The .pptx with every slide's and layout's paragraphs and every notes page repaired, each picture stored once. */
export async function repairOoxml(pptx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(pptx);
  await storePicturesOnce(zip);
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
