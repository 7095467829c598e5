import WordExtractor from 'word-extractor';
import { readLines, type CleanLines } from '../lines.js';

/**
 * The paragraphs of an old Word file (.doc, the binary format WPS and Word 2003 save), through
 * word-extractor (maintained, no native code). The binary format keeps no sizes or bold the
 * reader exposes, only paragraph ends: each line is a Word paragraph.
 */
export async function docLines(data: Uint8Array): Promise<CleanLines> {
  const document = await new WordExtractor().extract(Buffer.from(data));
  const { lines, pageNumbers } = readLines(document.getBody());
  return { lines: lines.map((line) => ({ ...line, hints: { paragraphStart: true } })), pageNumbers };
}
