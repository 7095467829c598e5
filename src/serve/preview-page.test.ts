import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { liveEventsPath, liveReloadScriptPath, waitingPage, withLiveReload } from './preview-page.js';

function scripts(html: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html), 'element', (element) => {
    if (element.tagName === 'script') found.push(element);
  });
  return found;
}

describe('withLiveReload', () => {
  it('adds the client as the last script, told its build and where the events are, keeping the deck as it was', () => {
    const deck = '<!doctype html><html lang="zh-CN"><head><title>通知 &amp; 学习</title></head><body><div class="reveal">“引号”&lt;b&gt;</div><script src="assets/deck.js"></script></body></html>';
    const html = withLiveReload(deck, 7);
    expect(scripts(html).map((script) => script.properties)).toEqual([
      { src: 'assets/deck.js' },
      { src: liveReloadScriptPath, dataBuild: '7', dataEvents: liveEventsPath },
    ]);
    expect(html).toContain('<div class="reveal">“引号”&#x3C;b></div>');
    expect(html).toContain('<title>通知 &#x26; 学习</title>');
  });
});

describe('waitingPage', () => {
  it('is a page with only the client, at build 0, so the first good build reloads it', () => {
    expect(scripts(waitingPage()).map((script) => script.properties.dataBuild)).toEqual(['0']);
  });
});
