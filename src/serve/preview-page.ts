import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';

/** Where the server answers with the live-reload client and its event stream; no deck file is named like this. */
export const liveReloadScriptPath = '/__notice-deck/live-reload.js';
export const liveEventsPath = '/__notice-deck/events';

/** A built deck's index.html with the live-reload client added, told which build it shows. */
export function withLiveReload(html: string, build: number): string {
  const tree = fromHtml(html);
  const body = findElement(tree, 'body');
  if (!body) throw new Error('the built index.html has no <body>');
  body.children.push(liveReloadScript(build));
  return toHtml(tree);
}

/** What the preview shows before any build has succeeded: an empty page whose client shows the error. */
export function waitingPage(): string {
  return toHtml({
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'zh-CN' }, [h('head', [h('meta', { charSet: 'utf-8' }), h('title', 'notice-deck 预览')]), h('body', [liveReloadScript(0)])]),
    ],
  });
}

function liveReloadScript(build: number): Element {
  return h('script', { src: liveReloadScriptPath, dataBuild: build, dataEvents: liveEventsPath });
}

function findElement(node: Root | Element, tagName: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tagName) return child;
    const found = findElement(child, tagName);
    if (found) return found;
  }
  return undefined;
}
