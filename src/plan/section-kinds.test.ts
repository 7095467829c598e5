import { describe, expect, it } from 'vitest';
import { isNoticeSection, type NoticeSection } from '../recognise/notice-section.js';
import { isContactSection, isPictureParagraph, isShortSection, runWhile, shortSectionRun, smallSectionRun } from './section-kinds.js';
import { recogniseNotice } from './test-notice.js';

const sectionsOf = async (body: string) => (await recogniseNotice(body)).children.filter(isNoticeSection);
const long = '各级团组织要认真组织团员青年学习讨论，结合实际制定工作方案，确保每个团支部都开展一次主题活动。'.repeat(3);

describe('section kinds', () => {
  it('calls a level-1 section of a line or two short, a long one or one with a picture not', async () => {
    const [short, longer, picture] = await sectionsOf(`# 一、活动主题\n\n青春心向党\n\n# 二、活动内容\n\n${long}\n\n# 三、活动剪影\n\n![合影](photo.png)`);
    expect([isShortSection(short!), isShortSection(longer!), isShortSection(picture!)]).toEqual([true, false, false]);
  });

  it('knows a contact block by its heading or by its lines', async () => {
    const [byHeading, byLines, other] = await sectionsOf('# 一、联系方式\n\n李老师 0123-45678901\n\n# 二、其他\n\n联系人：王老师\n\n电话：0123-45678901\n\n# 三、报名时间\n\n4月30日前');
    expect([isContactSection(byHeading!), isContactSection(byLines!), isContactSection(other!)]).toEqual([true, true, false]);
  });

  it('counts a run of short sections up to a contact block or a long section', async () => {
    const tree = await recogniseNotice(`# 一、活动主题\n\n青春心向党\n\n# 二、活动时间\n\n5月\n\n# 三、联系方式\n\n电话：0123-45678901\n\n# 四、活动内容\n\n${long}`);
    expect([0, 1, 2, 3].map((start) => shortSectionRun(tree.children, start))).toEqual([2, 1, 0, 0]);
  });

  it('counts small subsections of one level, stopping at a long one or another level', async () => {
    const [section] = await sectionsOf(`# 一、工作要求\n\n（一）高度重视。各单位要高度重视。\n\n（二）精心组织。要精心组织。\n\n（三）加强宣传。${long}`);
    expect(smallSectionRun((section as NoticeSection).children, 0)).toBe(2);
  });

  it('finds runs of texts and paragraphs of pictures only', async () => {
    expect(runWhile(['a', 'a', 'b', 'a'], 0, (value) => value === 'a')).toBe(2);
    const tree = await recogniseNotice('![合影](a.png) ![合影](b.png)\n\n见图 ![合影](c.png)');
    expect(tree.children.map(isPictureParagraph)).toEqual([true, false]);
  });
});
