import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { checkPictures } from '../build/pictures.js';
import type { NoticeMetadata } from '../notice/metadata.js';
import { readDeckSource } from '../notice/read.js';
import { remarkNotice } from '../notice/remark-notice.js';

export interface PrintNotice {
  /** The deck's name (its folder), for output file names. */
  name: string;
  /** The deck folder. */
  directory: string;
  file: VFile;
  metadata: NoticeMetadata;
  /** The body, its numbered parts recognised as `noticeSection`s (一、 / （一） / 1. / （1）). */
  tree: Root;
}

/** Reads and checks notice.md as the deck pipeline does, up to the recognised structure. */
export async function readPrintNotice(input: string): Promise<PrintNotice> {
  const source = await readDeckSource(input);
  const processor = unified().use(remarkParse).use(remarkNotice);
  const parsed = processor.parse(source.file);
  checkPictures(parsed, source.directory, source.file);
  const tree = (await processor.run(parsed, source.file)) as Root;
  const metadata = source.file.data.notice;
  if (!metadata) throw new Error('remarkNotice left no metadata');
  return { name: source.name, directory: source.directory, file: source.file, metadata, tree };
}
