/**
 * Reading a written .pptx in tests: the zip opened with jszip, each slide's shapes (position, text,
 * placeholder, run languages), pictures with their bytes, and the speaker notes, from the XML.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';

/** English Metric Units per CSS px (914400 per inch, 96 px per inch). */
export const emuPerPx = 9525;

export interface PptxShape {
  /** Position and size in CSS px. */
  box: { x: number; y: number; w: number; h: number };
  /** The shape's text, its paragraphs joined by newlines (fields such as slide numbers left out). */
  text: string;
  /** The placeholder type (`title` …), if it is one. */
  placeholder: string | null;
  /** The lang attribute of every run. */
  languages: string[];
  /** Every run's font size in points. */
  fontSizes: number[];
  /** The first paragraph's properties element, as written. */
  paragraphXml: string;
}

export interface PptxSlide {
  xml: string;
  shapes: PptxShape[];
  /** The bytes of every picture, in order. */
  pictures: Uint8Array[];
  /** The notes page's text, without the slide number field. */
  notes: string;
}

const decode = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/giu, (_, entity: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (named[entity]) return named[entity]!;
    return String.fromCodePoint(entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
  });

/** The text of a txBody: paragraphs joined with newlines, `<a:br/>` as a newline, fields left out. */
export function bodyText(xml: string): string {
  return [...xml.matchAll(/<a:p>(.*?)<\/a:p>/gsu)]
    .map(([, paragraph]) =>
      paragraph!
        .replace(/<a:fld\b.*?<\/a:fld>/gsu, '')
        .replace(/<a:br\/>/gu, '<a:t>\n</a:t>')
        .match(/<a:t>(.*?)<\/a:t>/gsu)
        ?.map((t) => decode(t.slice('<a:t>'.length, -'</a:t>'.length)))
        .join('') ?? '',
    )
    .join('\n');
}

function relationshipTargets(rels: string, base: string): Map<string, string> {
  return new Map(
    [...rels.matchAll(/<Relationship\b[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/gu)].map(([, id, target]) => [id!, path.posix.normalize(path.posix.join(base, target!))]),
  );
}

export async function readPptx(file: string): Promise<PptxSlide[]> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  const presentation = await read('ppt/presentation.xml');
  const presentationRels = relationshipTargets(await read('ppt/_rels/presentation.xml.rels'), 'ppt');
  const slideFiles = [...presentation.matchAll(/<p:sldId\b[^>]*?r:id="([^"]+)"/gu)].map(([, id]) => presentationRels.get(id!)!);
  const slides: PptxSlide[] = [];
  for (const slideFile of slideFiles) {
    const xml = await read(slideFile);
    const rels = relationshipTargets(await read(`${path.posix.dirname(slideFile)}/_rels/${path.posix.basename(slideFile)}.rels`), path.posix.dirname(slideFile));
    const shapes = [...xml.matchAll(/<p:sp>(.*?)<\/p:sp>/gsu)].map(([, shape]): PptxShape => {
      const [, x, y] = /<a:off x="(-?\d+)" y="(-?\d+)"\/>/u.exec(shape!) ?? [];
      const [, w, h] = /<a:ext cx="(\d+)" cy="(\d+)"\/>/u.exec(shape!) ?? [];
      return {
        box: { x: Number(x) / emuPerPx, y: Number(y) / emuPerPx, w: Number(w) / emuPerPx, h: Number(h) / emuPerPx },
        text: bodyText(/<p:txBody>(.*?)<\/p:txBody>/su.exec(shape!)?.[1] ?? ''),
        placeholder: /<p:ph\b[^>]*?type="([^"]+)"/su.exec(shape!)?.[1] ?? null,
        languages: [...shape!.matchAll(/<a:rPr\b[^>]*?\blang="([^"]+)"/gu)].map(([, lang]) => lang!),
        fontSizes: [...shape!.matchAll(/<a:rPr\b[^>]*?\bsz="(\d+)"/gu)].map(([, size]) => Number(size) / 100),
        paragraphXml: /<a:pPr\b[^>]*>/u.exec(shape!)?.[0] ?? '',
      };
    });
    const pictures: Uint8Array[] = [];
    for (const [, id] of xml.matchAll(/<p:pic>.*?<a:blip r:embed="([^"]+)"/gsu)) {
      pictures.push(await zip.file(rels.get(id!)!)!.async('uint8array'));
    }
    const notesFile = [...rels.values()].find((target) => target.includes('notesSlides/'));
    const notesXml = notesFile ? await read(notesFile) : '';
    const notesBody = [...notesXml.matchAll(/<p:sp>(.*?)<\/p:sp>/gsu)].find(([, shape]) => /<p:ph\b[^>]*?type="body"/u.test(shape!))?.[1] ?? '';
    slides.push({ xml, shapes, pictures, notes: bodyText(/<p:txBody>(.*?)<\/p:txBody>/su.exec(notesBody)?.[1] ?? '') });
  }
  return slides;
}
