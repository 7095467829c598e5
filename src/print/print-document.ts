import { writeFile } from 'node:fs/promises';
import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';

/** A print document: the page Chromium prints a handout, the notes, the original or a meeting form from. */
export interface PrintDocument {
  title: string;
  /** Style sheets' text, in cascade order: fonts, page, then the templates'. */
  styles: string[];
  bodyClass?: string[];
  body: ElementContent[];
}

/** The document as hast: user text stays text, the serialiser escapes it. */
export function printDocument(document: PrintDocument): Root {
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'zh-CN' }, [
        h('head', [h('meta', { charSet: 'utf-8' }), h('title', document.title), ...document.styles.map((text) => h('style', text))]),
        h('body', document.bodyClass ? { className: document.bodyClass } : {}, document.body),
      ]),
    ],
  };
}

export async function writePrintDocument(htmlPath: string, document: PrintDocument): Promise<void> {
  await writeFile(htmlPath, toHtml(printDocument(document)));
}
