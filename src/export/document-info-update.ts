/**
 * New document information (title, author, …) for a PDF Chromium printed, appended as an
 * incremental update (PDF 32000-1, 7.5.6): a new information dictionary, a cross-reference section
 * for it and a trailer pointing back at the old one. Loading and saving the whole file with pdf-lib
 * instead parses and rewrites every object: a tenth of a second per slide PDF, per branch of a batch.
 */
import { PDFDict, PDFDocument } from 'pdf-lib';
import { setDocumentInfo, type DocumentInfo } from '../print/pdf-document.js';

/** The end of a PDF with a classic cross-reference table, as Chromium (Skia) writes it. */
const classicEnd = /trailer\s*<<(?<entries>(?:(?!>>\s*startxref)[\s\S])*)>>\s*startxref\s+(?<xref>\d+)\s+%%EOF\s*$/u;

/**
 * `pdf` with `info` as its document information; undefined if its end is not a classic trailer
 * (a cross-reference stream), which this does not update.
 */
export async function appendDocumentInfo(pdf: Uint8Array, info: DocumentInfo): Promise<Uint8Array | undefined> {
  const tail = new TextDecoder('latin1').decode(pdf.subarray(Math.max(0, pdf.length - 4096)));
  const end = classicEnd.exec(tail)?.groups;
  const size = end && /\/Size\s+(\d+)/u.exec(end['entries']!);
  if (!end || !size) return undefined;
  const number = Number(size[1]);
  // The dictionary as setDocumentInfo writes it (the catalog's language and title display Chromium has set already).
  const scratch = await PDFDocument.create({ updateMetadata: false });
  setDocumentInfo(scratch, info);
  const dictionary = scratch.context.lookup(scratch.context.trailerInfo.Info, PDFDict);
  const encode = (text: string) => new TextEncoder().encode(text);
  const object = encode(`\n${number} 0 obj\n${dictionary.toString()}\nendobj\n`);
  // Everything else the old trailer says (/Root, /ID) holds for the update too.
  const kept = end['entries']!.replace(/\/(?:Size\s+\d+|Info\s+\d+\s+\d+\s+R|Prev\s+\d+)/gu, '').trim();
  const table = encode(
    `xref\n${number} 1\n${String(pdf.length + 1).padStart(10, '0')} 00000 n \n` +
      `trailer\n<<${kept}\n/Size ${number + 1}\n/Info ${number} 0 R\n/Prev ${end['xref']}>>\nstartxref\n${pdf.length + object.length}\n%%EOF\n`,
  );
  const updated = new Uint8Array(pdf.length + object.length + table.length);
  updated.set(pdf);
  updated.set(object, pdf.length);
  updated.set(table, pdf.length + object.length);
  return updated;
}
