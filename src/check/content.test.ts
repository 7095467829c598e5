import { describe, expect, it } from 'vitest';
import { contentProblems, type SlideContent } from './content.js';

const slide = (content: Partial<SlideContent>): SlideContent => ({ layout: 'layout-points', text: '', blocks: [], body: '', brokenPictures: [], ...content });

describe('contentProblems', () => {
  it('passes a content slide with enough body text', () => {
    const body = '各团支部要认真组织学习，确保每名团员都参加并完成学习记录。';
    expect(contentProblems(slide({ text: `一、活动要求${body}`, body }))).toEqual([]);
  });

  it('flags a content slide with fewer than 20 characters of body, not a divider or the cover', () => {
    expect(contentProblems(slide({ text: '活动时间2024年3月', body: '2024年3月' }))).toEqual([['sparse', '正文只有 7 个字（少于 20 个），可以并到相邻的页']]);
    expect(contentProblems(slide({ layout: 'layout-section', text: '一、活动时间', body: '一、活动时间' }))).toEqual([]);
    expect(contentProblems(slide({ layout: 'layout-cover', text: '关于开展活动的通知', body: '关于开展活动的通知' }))).toEqual([]);
  });

  it('flags placeholder text: 请填写…, TODO, XXX', () => {
    const cover = { layout: 'layout-cover', body: '' };
    expect(contentProblems(slide({ ...cover, blocks: ['请填写发文机关', '关于开展活动的通知'] }))).toEqual([['placeholder', '有占位文字“请填写发文机关”，请换成真实内容']]);
    expect(contentProblems(slide({ ...cover, blocks: ['联系人：XXX'] }))[0]?.[0]).toBe('placeholder');
    expect(contentProblems(slide({ ...cover, blocks: ['TODO 补充'] }))[0]?.[0]).toBe('placeholder');
    expect(contentProblems(slide({ ...cover, blocks: ['共青团某某市委员会'] }))).toEqual([]);
  });

  it('takes a notice’s own request to fill in a form for what it is: a sentence', () => {
    const body = '每队3人。请填写报名表(附件2)，于4月10日前发送至邮箱。';
    expect(contentProblems(slide({ text: body, blocks: [body], body }))).toEqual([]);
  });

  it('flags a picture that did not load', () => {
    const body = '本支部的活动照片如下，请大家对照检查各自的准备情况。';
    expect(contentProblems(slide({ text: body, body, brokenPictures: ['media/logo.png'] }))).toEqual([['picture', '图片“media/logo.png”显示不出来：文件不存在或已损坏']]);
  });
});
