import WordExtractor from 'word-extractor';
import { readLines, type CleanLines } from '../lines.js';

/**
 * The paragraphs of an old Word file (.doc, the binary format WPS and Word 2003 save), through
 * word-extractor (maintained, no native code). It gives the text with a line per Word paragraph
 * and no formatting, so the lines are read as text is (see docx.ts on pasted line breaks).
 */
export async function docLines(data: Uint8Array): Promise<CleanLines> {
  const document = await new WordExtractor().extract(Buffer.from(data));
  // Chinese quotes “” stay as written: word-extractor would make them ASCII by default.
  return readLines(document.getBody({ filterUnicode: false }));
}
