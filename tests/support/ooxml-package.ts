/**
 * Structural checks of a written .pptx for what Microsoft PowerPoint treats as damage ("PowerPoint
 * found a problem with content… Repair") although LibreOffice opens the file without a word, so a
 * test that only renders through LibreOffice cannot see it. Each rule is one known cause, from the
 * package level (content types, relationships) down to the shapes. Parts are read with a strict XML
 * parser, so a part that is not well-formed XML is reported too.
 */
import path from 'node:path';
import { DOMParser, onWarningStopParsing, type Document, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';

const ns = {
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  p: 'http://schemas.openxmlformats.org/presentationml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  relationships: 'http://schemas.openxmlformats.org/package/2006/relationships',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
};

/** The package's parts by name (no leading slash), XML parts parsed. */
interface Package {
  names: string[];
  xml: Map<string, Document>;
}

const elements = (node: Document | Element, namespace: string, name: string): Element[] => Array.from(node.getElementsByTagNameNS(namespace, name));
const children = (node: Element) => Array.from(node.childNodes).filter((child): child is Element => child.nodeType === 1);

/** The part a relationships part describes: `ppt/slides/_rels/slide1.xml.rels` → `ppt/slides/slide1.xml`, `_rels/.rels` → the package (''). */
const sourceOf = (rels: string) => (rels === '_rels/.rels' ? '' : path.posix.join(path.posix.dirname(path.posix.dirname(rels)), path.posix.basename(rels).slice(0, -'.rels'.length)));
const relsOf = (part: string) => path.posix.join(path.posix.dirname(part), '_rels', `${path.posix.basename(part)}.rels`);

/** Every part named by a content type Override is in the zip; every part has a content type; every Default extension is used. */
function contentTypeProblems({ names, xml }: Package): string[] {
  const types = xml.get('[Content_Types].xml');
  if (!types) return ['[Content_Types].xml is missing'];
  const overrides = new Set(elements(types, ns.contentTypes, 'Override').map((override) => override.getAttribute('PartName')!.replace(/^\//u, '')));
  const defaults = new Set(elements(types, ns.contentTypes, 'Default').map((fallback) => fallback.getAttribute('Extension')!.toLowerCase()));
  const parts = names.filter((name) => name !== '[Content_Types].xml');
  const extension = (name: string) => name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return [
    ...[...overrides].filter((part) => !names.includes(part)).map((part) => `[Content_Types].xml: Override for /${part}, which is not in the package`),
    ...parts.filter((part) => !overrides.has(part) && !defaults.has(extension(part))).map((part) => `${part}: no content type`),
    ...[...defaults].filter((ext) => !parts.some((part) => extension(part) === ext)).map((ext) => `[Content_Types].xml: Default for .${ext}, which no part has`),
  ];
}

/** Every relationships part belongs to a part, has unique ids and internal targets that exist; every r:id a part uses is in its relationships. */
function relationshipProblems({ names, xml }: Package): string[] {
  const problems: string[] = [];
  for (const rels of names.filter((name) => name.endsWith('.rels') && xml.has(name))) {
    const source = sourceOf(rels);
    if (source && !names.includes(source)) problems.push(`${rels}: relationships of ${source}, which is not in the package`);
    const ids = new Set<string>();
    for (const relationship of elements(xml.get(rels)!, ns.relationships, 'Relationship')) {
      const id = relationship.getAttribute('Id')!;
      if (ids.has(id)) problems.push(`${rels}: relationship id ${id} twice`);
      ids.add(id);
      if (relationship.getAttribute('TargetMode') === 'External') continue;
      const target = relationship.getAttribute('Target')!;
      const part = target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(source), target));
      if (!names.includes(part)) problems.push(`${rels}: ${id} points at ${part}, which is not in the package`);
    }
    const document = xml.get(source);
    if (!document) continue;
    const used = elements(document, '*', '*').flatMap((element) =>
      Array.from(element.attributes).flatMap((attribute) => (attribute.namespaceURI === ns.r ? [attribute.value] : [])),
    );
    for (const id of new Set(used)) if (!ids.has(id)) problems.push(`${source}: r:id ${id} is not in ${rels}`);
  }
  for (const part of xml.keys()) {
    if (part.endsWith('.rels') || names.includes(relsOf(part))) continue;
    const document = xml.get(part)!;
    const used = elements(document, '*', '*').some((element) => Array.from(element.attributes).some((attribute) => attribute.namespaceURI === ns.r));
    if (used) problems.push(`${part}: uses relationship ids but has no ${relsOf(part)}`);
  }
  return problems;
}

/** Slides, layouts, masters and notes: the shape rules PowerPoint enforces on opening. */
function shapeProblems(part: string, document: Document): string[] {
  const problems: string[] = [];
  for (const shape of elements(document, ns.p, 'sp')) {
    const name = elements(shape, ns.p, 'cNvPr')[0]?.getAttribute('name') ?? '';
    // A notes page's slide picture is the one shape PowerPoint itself writes without text.
    const slideImage = elements(shape, ns.p, 'ph').some((placeholder) => placeholder.getAttribute('type') === 'sldImg');
    if (!slideImage && !children(shape).some((child) => child.namespaceURI === ns.p && child.localName === 'txBody')) {
      problems.push(`${part}: shape “${name}” has no p:txBody`);
    }
  }
  const ids = elements(document, ns.p, 'cNvPr').map((properties) => properties.getAttribute('id')!);
  for (const id of new Set(ids.filter((id, index) => ids.indexOf(id) !== index))) problems.push(`${part}: shape id ${id} twice`);
  for (const [name, x, y, signed] of [
    ['off', 'x', 'y', true],
    ['chOff', 'x', 'y', true],
    ['ext', 'cx', 'cy', false],
    ['chExt', 'cx', 'cy', false],
  ] as const) {
    // a:ext is also an extension's element in an a:extLst; only those of a transform are sizes.
    for (const element of elements(document, ns.a, name).filter((element) => (element.parentNode as Element).localName === 'xfrm')) {
      for (const value of [element.getAttribute(x), element.getAttribute(y)]) {
        if (!(signed ? /^-?\d+$/u : /^\d+$/u).test(value ?? '')) problems.push(`${part}: a:${name} with ${value ?? 'no value'}, not ${signed ? 'an integer' : 'a whole number ≥ 0'}`);
      }
    }
  }
  for (const background of elements(document, ns.p, 'bgPr')) {
    const kinds = children(background).map((child) => child.localName);
    if (!kinds.includes('effectLst') && !kinds.includes('effectDag')) problems.push(`${part}: background ${kinds.join(', ')} without a:effectLst`);
  }
  for (const line of elements(document, ns.a, 'ln')) {
    if (children(line).length === 0 && line.attributes.length === 0) problems.push(`${part}: empty a:ln`);
  }
  return problems;
}

/** No theme part serves two masters: PowerPoint gives the slide master and the notes master a theme each. */
function themeProblems({ names, xml }: Package): string[] {
  const masters = new Map<string, string[]>();
  for (const rels of names.filter((name) => /^ppt\/(?:slideMasters|notesMasters|handoutMasters)\/_rels\//u.test(name) && xml.has(name))) {
    for (const relationship of elements(xml.get(rels)!, ns.relationships, 'Relationship')) {
      if (!relationship.getAttribute('Type')!.endsWith('/theme')) continue;
      const theme = path.posix.normalize(path.posix.join(path.posix.dirname(sourceOf(rels)), relationship.getAttribute('Target')!));
      masters.set(theme, [...(masters.get(theme) ?? []), sourceOf(rels)]);
    }
  }
  return [...masters].flatMap(([theme, users]) => (users.length > 1 ? [`${theme} is the theme of ${users.join(' and ')}`] : []));
}

const isJpeg = (bytes: Uint8Array) => bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;

/** How the pictures PowerPoint shows begin: a part's bytes must be of the kind its extension declares. */
const signatures: Record<string, (bytes: Uint8Array) => boolean> = {
  png: (bytes) => Buffer.from(bytes.subarray(0, 8)).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  jpeg: isJpeg,
  jpg: isJpeg,
  gif: (bytes) => Buffer.from(bytes.subarray(0, 4)).toString('latin1') === 'GIF8',
  svg: (bytes) => /^\s*(?:<\?xml[^>]*>\s*)?<svg\b/u.test(Buffer.from(bytes.subarray(0, 512)).toString('utf8')),
};

/** Every picture is what its name says (an SVG stored as .png shows as a broken picture). */
async function pictureProblems(zip: JSZip, names: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const name of names.filter((name) => name.startsWith('ppt/media/'))) {
    const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
    const matches = signatures[extension];
    if (!matches) problems.push(`${name}: a kind of picture PowerPoint may not show`);
    else if (!matches(await zip.file(name)!.async('uint8array'))) problems.push(`${name}: its bytes are not ${extension.toUpperCase()}`);
  }
  return problems;
}

/** Every problem found in the package, one line each; empty when PowerPoint has nothing to repair that these rules know. */
export async function pptxPackageProblems(pptx: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(pptx);
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
  const xml = new Map<string, Document>();
  const problems: string[] = [];
  for (const name of names.filter((name) => /\.(?:xml|rels)$/u.test(name))) {
    try {
      xml.set(name, new DOMParser({ onError: onWarningStopParsing }).parseFromString(await zip.file(name)!.async('string'), 'text/xml'));
    } catch (error) {
      problems.push(`${name}: not well-formed XML (${(error as Error).message.split('\n')[0]})`);
    }
  }
  const pack = { names, xml };
  problems.push(...contentTypeProblems(pack), ...relationshipProblems(pack), ...themeProblems(pack), ...(await pictureProblems(zip, names)));
  for (const [name, document] of xml) {
    if (/^ppt\/(?:slides|slideLayouts|slideMasters|notesSlides|notesMasters)\/[^/]+\.xml$/u.test(name)) problems.push(...shapeProblems(name, document));
  }
  return problems;
}
