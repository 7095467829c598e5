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
 * Then what makes Microsoft PowerPoint say "PowerPoint found a problem with content… Repair" on
 * opening, although LibreOffice and WPS open the file without a word (gitbrent/PptxGenJS#1441–#1444,
 * #1449): each repair below names the behaviour it prevents. Every one rewrites pptxgenjs's own,
 * known output, so plain patterns on the text suffice; tests/support/ooxml-package.ts checks the
 * result with an XML parser.
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

/**
 * A shape without `<p:txBody>`: PowerPoint adds an empty text body to every such rectangle while
 * "repairing" (gitbrent/PptxGenJS#1441). Our fills and rules get the empty body it would add. The
 * body goes last: pptxgenjs writes no p:style or extLst after a shape's spPr.
 */
export function emptyTextBodies(xml: string): string {
  return xml.replace(/<p:sp>((?:(?!<\/p:sp>).)*)<\/p:sp>/gsu, (shape, inner: string) =>
    inner.includes('<p:txBody>') || /<p:ph\b[^>]*\btype="sldImg"/u.test(inner)
      ? shape
      : `<p:sp>${inner}<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="${textLanguage}"/></a:p></p:txBody></p:sp>`,
  );
}

/** A background fill without the `<a:effectLst/>` PowerPoint's own files have after it: PowerPoint asks to repair (#1442). */
export function backgroundEffects(xml: string): string {
  return xml.replace(/<p:bgPr>((?:(?!<\/p:bgPr>).)*)<\/p:bgPr>/gsu, (background, inner: string) =>
    /<a:effect(?:Lst|Dag)\b/u.test(inner) ? background : `<p:bgPr>${inner}<a:effectLst/></p:bgPr>`,
  );
}

/**
 * `line: { type: 'none' }` comes out as an empty `<a:ln></a:ln>`, a line that says nothing, reported
 * among what PowerPoint repairs (GCWing/OpenBitFun#1642). Said as meant: no line.
 */
export function explicitNoLine(xml: string): string {
  return xml.replace(/<a:ln>\s*<\/a:ln>|<a:ln\/>/gu, '<a:ln><a:noFill/></a:ln>');
}

/**
 * `[Content_Types].xml` as the package is: pptxgenjs declares a slide master per slide but writes one
 * (#1444), and defaults for media kinds the file has none of (#1449); PowerPoint takes a declared
 * part that is missing for a damaged package. Overrides only for parts present, defaults only for
 * extensions some part has, and JPEG under its registered type (`image/jpg` is none).
 */
export function contentTypesForParts(xml: string, parts: readonly string[]): string {
  const extensions = new Set(parts.map((part) => part.slice(part.lastIndexOf('.') + 1).toLowerCase()));
  return xml
    .replace(/<Override PartName="\/([^"]+)"[^>]*\/>/gu, (override, part: string) => (parts.includes(part) ? override : ''))
    .replace(/<Default Extension="([^"]+)"[^>]*\/>/gu, (fallback, extension: string) => (extensions.has(extension.toLowerCase()) ? fallback : ''))
    .replace(/ContentType="image\/jpg"/gu, 'ContentType="image/jpeg"');
}

/**
 * pptxgenjs gives the notes page the slide's size turned on its side (7.5 × 13.3 in for 16:9) while
 * its notes master lays the slide picture, notes and footer out on PowerPoint's own 7.5 × 10 in
 * page: printed notes pages (备注页) ended with a blank third. The page the master is drawn for.
 */
export function notesPageSize(xml: string): string {
  return xml.replace(/<p:notesSz cx="\d+" cy="\d+"\/>/u, '<p:notesSz cx="6858000" cy="9144000"/>');
}

/**
 * pptxgenjs lists the notes master after the slides; the schema has masters first (slide masters,
 * notes master, handout master, then slides), and PowerPoint reads presentation.xml in schema order.
 * The Open XML SDK's validator reports it as the one schema error in pptxgenjs's file.
 */
export function notesMasterListInOrder(xml: string): string {
  const list = /<p:notesMasterIdLst>.*?<\/p:notesMasterIdLst>/su.exec(xml)?.[0];
  if (!list || !xml.includes('</p:sldMasterIdLst>')) return xml;
  return xml.replace(list, '').replace('</p:sldMasterIdLst>', `</p:sldMasterIdLst>${list}`);
}

const slideTheme = 'ppt/theme/theme1.xml';
const notesTheme = 'ppt/theme/theme2.xml';

/**
 * pptxgenjs relates its notes master to the slide master's theme. PowerPoint gives every master a
 * theme of its own, and its repair of pptxgenjs files is reported to strip the notes master's
 * placeholders (#1443, #1449), so the notes pages lose their layout. The notes master gets a copy.
 */
async function notesMasterOwnTheme(zip: JSZip): Promise<void> {
  const rels = 'ppt/notesMasters/_rels/notesMaster1.xml.rels';
  const current = await zip.file(rels)?.async('string');
  const theme = await zip.file(slideTheme)?.async('uint8array');
  if (!current?.includes('Target="../theme/theme1.xml"') || !theme || zip.file(notesTheme)) return;
  zip.file(notesTheme, theme);
  zip.file(rels, current.replace('Target="../theme/theme1.xml"', 'Target="../theme/theme2.xml"'));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace('</Types>', '<Override PartName="/ppt/theme/theme2.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/></Types>'),
  );
}

/** The repairs of each kind of XML part, in order. */
const partRepairs: [RegExp, ((xml: string) => string)[]][] = [
  [/^ppt\/slides\/[^/]+\.xml$/u, [dropStrayParagraphProperties, emptyTextBodies, backgroundEffects, explicitNoLine]],
  [/^ppt\/slideLayouts\/[^/]+\.xml$/u, [dropStrayParagraphProperties, emptyTextBodies, explicitNoLine]],
  [/^ppt\/notesSlides\/[^/]+\.xml$/u, [notesParagraphs]],
  [/^ppt\/presentation\.xml$/u, [notesMasterListInOrder, notesPageSize]],
];

/** The .pptx with every part repaired, each picture stored once, and a content type for exactly the parts there are. */
export async function repairOoxml(pptx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(pptx);
  await storePicturesOnce(zip);
  await notesMasterOwnTheme(zip);
  for (const name of Object.keys(zip.files)) {
    const repairs = partRepairs.find(([pattern]) => pattern.test(name))?.[1];
    if (repairs) zip.file(name, repairs.reduce((xml, repair) => repair(xml), await zip.file(name)!.async('string')));
  }
  const types = await zip.file('[Content_Types].xml')?.async('string');
  if (types) {
    const parts = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
    zip.file('[Content_Types].xml', contentTypesForParts(types, parts));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
