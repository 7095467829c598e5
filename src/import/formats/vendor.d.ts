// word-extractor ships no type declarations; this covers only what this folder uses.

declare module 'word-extractor' {
  interface WordDocument {
    /** The main text, paragraphs separated by newlines; filterUnicode (on by default) turns “” into "". */
    getBody(options?: { filterUnicode?: boolean }): string;
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<WordDocument>;
  }
}
