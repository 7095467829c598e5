import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { fillLayout } from './fill.js';
import { loadLayouts, parseLayout } from './layouts.js';

const cover = parseLayout(
  'cover',
  `<section class="layout-cover">
     <h1><slot name="title" required data-lines="2" data-chars="20"></slot></h1>
     <p class="number"><slot name="number"></slot></p>
   </section>`,
  'cover.html',
);

describe('parseLayout', () => {
  it('declares the slots with their budgets', () => {
    expect([...cover.slots.values()]).toEqual([
      { name: 'title', required: true, budget: { lines: 2, chars: 20 } },
      { name: 'number', required: false },
    ]);
  });

  it('rejects script, event handlers and anything but one section', () => {
    expect(() => parseLayout('x', '<section><script>alert(1)</script></section>', 'x.html')).toThrow(/脚本/);
    expect(() => parseLayout('x', '<section><p onclick="x()"></p></section>', 'x.html')).toThrow(/事件处理/);
    expect(() => parseLayout('x', '<div></div>', 'x.html')).toThrow(/一个 <section>/);
  });

  it('loads every built-in layout', async () => {
    const layouts = await loadLayouts();
    expect([...layouts.keys()]).toEqual(expect.arrayContaining(['cover', 'section', 'points', 'closing']));
  });
});

describe('fillLayout', () => {
  it('puts content into slots as nodes, so text cannot become markup', () => {
    const section = fillLayout(cover, { title: [{ type: 'text', value: '<b>关于</b> & “通知”' }], number: [h('span', '1号')] });
    expect(toHtml(section)).toBe('<section class="layout-cover"><h1>&#x3C;b>关于&#x3C;/b> &#x26; “通知”</h1><p class="number"><span>1号</span></p></section>');
  });

  it('drops an empty optional slot with the element it leaves empty', () => {
    expect(toHtml(fillLayout(cover, { title: [{ type: 'text', value: '通知' }] }))).toBe('<section class="layout-cover"><h1>通知</h1></section>');
  });

  it('refuses a missing required slot and an unknown one', () => {
    expect(() => fillLayout(cover, {})).toThrow('版式“cover”的插槽“title”必须有内容');
    expect(() => fillLayout(cover, { title: [{ type: 'text', value: 'x' }], subtitle: [] })).toThrow(/没有插槽“subtitle”；它的插槽：title、number/);
  });
});
