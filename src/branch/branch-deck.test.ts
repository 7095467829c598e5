import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLayouts, type Layout } from '../layout/layouts.js';
import { paragraph, text } from '../plan/mdast.js';
import { slide } from '../plan/slides.js';
import { createDeckProcessor } from '../pipeline.js';
import { defaultSlideSize } from '../render/slide-size.js';
import type { BranchFile } from './branch-schema.js';
import { adaptDeckForBranch } from './branch-deck.js';
import type { Branch } from './read-branch.js';

// Sections with substance (over 100 em each): the planner studies them, with an agenda and a
// discussion; short ones it would gather on one overview slide as an arrangement.
const substance = '各团支部要组织团员认真学习，结合本支部实际深入讨论，把学习成果转化为推动工作的实际行动。'.repeat(3);

const notice = [
  '---',
  'issuer: 某某团委',
  'title: 关于开展学习的通知',
  '---',
  '',
  '导语一句话。',
  '',
  '# 一、第一部分的标题',
  '',
  `第一部分的正文。${substance}`,
  '',
  '# 二、第二部分的标题',
  '',
  `第二部分的正文很特别。${substance}`,
  '',
  '# 三、第三部分的标题',
  '',
  `第三部分的正文。${substance}`,
  '',
].join('\n');

let layouts: Map<string, Layout>;
beforeAll(async () => {
  layouts = await loadLayouts();
});

function branchOf(data: Partial<BranchFile>): Branch {
  return {
    id: 'one',
    file: 'branches/one.yaml',
    directory: 'branches',
    data: { name: '信息学院一班团支部', shortName: '一班', date: { year: 2026, month: 12, day: 8 }, ...data },
    fail: (field, reason) => {
      throw new Error(`${field.join('.')}: ${reason}`);
    },
  };
}

const ownSlide = slide('points', { title: [text('我们的行动')], body: [paragraph('支部自己的一页。')] }, [paragraph('支部自己的一页。')]);

function slidesOf(branch: Branch, markdown = notice): { layout: string; text: string }[] {
  const processor = createDeckProcessor({ layouts, size: defaultSlideSize, document: { size: defaultSlideSize, stylesheets: [], scripts: [] }, adaptDeck: adaptDeckForBranch(branch, [ownSlide]) });
  const html = String(processor.processSync(new VFile({ path: 'notice.md', value: markdown })));
  const sections = fromHtml(html).children.flatMap(function all(node): Element[] {
    if (node.type !== 'element') return [];
    return node.tagName === 'section' ? [node] : node.children.flatMap(all);
  });
  return sections.map((section) => ({ layout: String((section.properties.className as string[])[1]).replace('layout-', ''), text: toString(section) }));
}

describe('adaptDeckForBranch', () => {
  it('puts the branch, its meeting and presenter on the cover and a meeting-info slide after it', () => {
    const slides = slidesOf(branchOf({ meetingTitle: '主题团日活动：学习', time: '19:00', place: 'A201', host: '张三', presenter: '李四', attendees: 30, agendaBefore: ['重温入团誓词'], agendaAfter: ['支部工作安排'] }));
    expect(slides[0]).toMatchObject({ layout: 'cover' });
    for (const part of ['信息学院一班团支部', '主题团日活动：学习', '关于开展学习的通知', '2026年12月8日 19:00', '领学人：李四']) expect(slides[0]!.text).toContain(part);
    expect(slides[1]!.layout).toBe('meeting-info');
    for (const part of ['A201', '主持人', '张三', '应到 30 人', '①重温入团誓词', '④交流研讨', '⑤支部工作安排']) expect(slides[1]!.text).toContain(part);
  });

  it('replaces the generated discussion topics with the branch questions and puts its own slides before them', () => {
    const slides = slidesOf(branchOf({ discussion: ['问题甲？', '问题乙？'] }));
    const discussion = slides.findIndex((candidate) => candidate.layout === 'discussion');
    expect(slides[discussion]!.text).toMatch(/问题甲？[\s\S]*问题乙？/u);
    expect(slides[discussion]!.text).not.toContain('第一部分的标题');
    expect(slides[discussion - 1]!.text).toContain('我们的行动');
  });

  it('puts its own slides after the section it names', () => {
    const slides = slidesOf(branchOf({ slidesAfter: 1 }));
    const own = slides.findIndex((candidate) => candidate.text.includes('我们的行动'));
    // The last slide of part one (its body runs over several slides), then part two's first.
    expect(slides[own - 1]!.text).toContain('第一部分的标题');
    expect(slides[own - 1]!.text).not.toContain('第二部分');
    expect(slides[own + 1]!.text).toContain('第二部分的标题');
    expect(slides[own + 1]!.text).not.toContain('第一部分');
  });

  it('hides a section with all its slides (and its agenda line) and named slides', () => {
    const slides = slidesOf(branchOf({ hide: [2, 'closing'] }));
    const all = slides.map((candidate) => candidate.text).join('\n');
    expect(all).not.toContain('第二部分');
    expect(all).toContain('第三部分的正文');
    expect(slides.find((candidate) => candidate.layout === 'agenda')!.text).toMatch(/一、[\s\S]*三、/u);
    expect(slides.some((candidate) => candidate.layout === 'closing')).toBe(false);
  });

  it('hides a part by its place, also when the headings carry no numbers', () => {
    const unnumbered = notice.replace('# 一、', '# ').replace('# 二、', '# ').replace('# 三、', '# ');
    const agenda = slidesOf(branchOf({ hide: [2] }), unnumbered).find((candidate) => candidate.layout === 'agenda')!;
    expect(agenda.text).toMatch(/第一部分的标题[\s\S]*第三部分的标题/u);
    expect(agenda.text).not.toContain('第二部分');
  });

  it('leaves the discussion out of slides and agenda when the branch hides it, even with its own questions', () => {
    const slides = slidesOf(branchOf({ hide: ['discussion'], discussion: ['问题甲？'] }));
    expect(slides.some((candidate) => candidate.layout === 'discussion')).toBe(false);
    expect(slides[1]!.text).not.toContain('交流研讨');
  });

  it('refuses to hide a section or a slide the deck does not have, naming the field', () => {
    expect(() => slidesOf(branchOf({ hide: [1, 4] }))).toThrow('hide.1: 通知正文只有 3 个部分，没有第 4 部分');
    expect(() => slidesOf(branchOf({ slidesAfter: 5 }))).toThrow('slidesAfter: 通知正文只有 3 个部分，没有第 5 部分');
  });
});
