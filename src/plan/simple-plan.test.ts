import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLayouts, type Layout } from '../layout/layouts.js';
import { remarkNoticeFrontMatter } from '../notice/front-matter.js';
import { linesNeeded } from '../text/fit.js';
import type { Deck } from './deck.js';
import { remarkSimplePlan } from './simple-plan.js';

let layouts: Map<string, Layout>;
beforeAll(async () => {
  layouts = await loadLayouts();
});

async function plan(body: string, frontMatter = 'issuer: 某某团委\ntitle: 关于开展学习的通知\ndate: 2024-05-04'): Promise<Deck> {
  const file = new VFile({ path: 'notice.md', value: `---\n${frontMatter}\n---\n\n${body}` });
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkNoticeFrontMatter);
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  return remarkSimplePlan({ layouts })(tree, file);
}

const slotText = (deck: Deck, layout: string, slot: string) =>
  deck.children.filter((slide) => slide.layout === layout).map((slide) => toString({ type: 'root', children: slide.slots[slot] ?? [] }));

describe('remarkSimplePlan', () => {
  it('plans cover, a divider per level-1 section, content, closing', async () => {
    const deck = await plan('导语。\n\n# 一、第一部分，要点\n\n内容一。\n\n# 二、第二部分\n\n内容二。');
    expect(deck.children.map((slide) => slide.layout)).toEqual(['cover', 'points', 'section', 'points', 'section', 'points', 'closing']);
    expect(slotText(deck, 'section', 'number')).toEqual(['一、', '二、']);
    expect(slotText(deck, 'points', 'title')).toEqual(['导语', '一、第一部分', '二、第二部分']);
    expect(slotText(deck, 'cover', 'date')).toEqual(['2024年5月4日']);
    expect(slotText(deck, 'closing', 'signature')).toEqual(['某某团委']);
  });

  it('cuts a long paragraph into slides that fit, losing nothing, each noting what it shows', async () => {
    const sentence = '各级团组织要认真学习贯彻讲话精神并抓好落实。';
    const paragraph = sentence.repeat(40);
    const deck = await plan(paragraph);
    const bodies = slotText(deck, 'points', 'body');
    const budget = layouts.get('points')!.slots.get('body')!.budget!;
    expect(bodies.length).toBeGreaterThan(3);
    expect(bodies.join('')).toBe(paragraph);
    for (const body of bodies) expect(linesNeeded(body, budget.chars)).toBeLessThanOrEqual(budget.lines);
    const notes = deck.children.filter((slide) => slide.layout === 'points').map((slide) => toString({ type: 'root', children: slide.notes }));
    expect(notes).toEqual(bodies);
  });

  it('records where each slide came from', async () => {
    const deck = await plan('# 一、标题\n\n正文。');
    const section = deck.children.find((slide) => slide.layout === 'section');
    expect(section?.position?.start.line).toBe(7);
  });

  it('keeps a deeper heading with the text after it', async () => {
    const deck = await plan('## （一）提高站位\n\n要提高政治站位。');
    expect(slotText(deck, 'points', 'body')).toEqual(['（一）提高站位要提高政治站位。']);
  });

  it('fails on an empty body', async () => {
    await expect(plan('')).rejects.toThrow(/no body/);
  });
});
