import fc from 'fast-check';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { linesNeeded } from '../text/fit.js';
import type { Deck, Slide } from './deck.js';
import { slideSizes } from '../render/slide-size.js';
import { planNotice, testFrontMatter } from './test-notice.js';

const slotText = (slide: Slide, slot: string) => toString({ type: 'root', children: slide.slots[slot] ?? [] });
const layouts = (deck: Deck) => deck.children.map((slide) => slide.layout);
const noSpace = (value: string) => value.replace(/\s+/gu, '');
/** A paragraph of `sentences` sentences of 32 characters. */
const long = (sentences: number) =>
  Array.from({ length: sentences }, (_, i) => `${'各级团组织广大团员青年团干部基层单位'.slice((i % 4) * 2, (i % 4) * 2 + 3)}认真学习贯彻讲话精神，切实把思想和行动统一到要求上${i}。`).join('');
/** The notes of the slides made from the body, in order: the body, verbatim, if nothing was lost. */
const bodyNotes = (deck: Deck) => noSpace(deck.children.filter((slide) => slide.position).map((slide) => toString({ type: 'root', children: slide.notes })).join(''));

describe('remarkStudyPlan', () => {
  it('plans cover, agenda, a divider per substantial section, content, discussion, closing', async () => {
    const { deck } = await planNotice(`导语。第二句。\n\n# 一、第一部分，要点\n\n${long(12)}\n\n# 二、第二部分\n\n${long(4)}`);
    const frame = layouts(deck).filter((layout) => !['points', 'cards', 'quote'].includes(layout));
    expect(frame).toEqual(['cover', 'agenda', 'section', 'discussion', 'closing']);
    expect(slotText(deck.children[1]!, 'items')).toBe('一、第一部分二、第二部分');
    // The short second section has no divider: its heading is the title of its slide.
    expect(new Set(deck.children.filter((slide) => slide.position && slide.layout !== 'section').map((slide) => slotText(slide, 'title')))).toEqual(new Set(['导语', '一、第一部分，要点', '二、第二部分']));
  });

  it('reads a closing formula in the middle of a forwarding notice out with the slide before, never shows it', async () => {
    const letter = '现将团省委《关于开展主题团日活动的通知》转发给你们，请结合实际认真组织实施，并于12月20日前报送开展情况。';
    const { deck } = await planNotice(`${letter}\n\n特此通知。\n\n# 关于开展主题团日活动的通知\n\n${long(6)}`);
    const shown = deck.children.map((slide) => Object.values(slide.slots).map((nodes) => toString({ type: 'root', children: nodes ?? [] })).join('')).join('');
    expect(shown).toContain('转发给你们');
    expect(shown).not.toContain('特此通知');
    const letterSlide = deck.children.find((slide) => toString({ type: 'root', children: slide.notes }).includes('转发给你们'))!;
    expect(toString({ type: 'root', children: letterSlide.notes })).toMatch(/报送开展情况。特此通知。$/u);
    expect(bodyNotes(deck)).toContain(noSpace(`${letter}特此通知。`));
  });

  it('sets a forwarded document under its title: a divider, then its parts, never its title as a row of their table', async () => {
    const letter = '现将团省委《关于开展主题团日活动的通知》转发给你们，请结合实际认真组织实施。';
    const forwarded = '为深入学习贯彻全会精神，团省委决定在全省开展主题团日活动。现将有关事项通知如下：';
    const { deck } = await planNotice(
      `${letter}\n\n# 关于开展主题团日活动的通知\n\n${forwarded}\n\n# 一、活动主题\n\n青春心向党 建功新时代\n\n# 二、活动时间\n\n2025年12月至2026年1月\n\n# 三、工作要求\n\n${long(6)}`,
    );
    const divider = deck.children.findIndex((slide) => slide.layout === 'section' && slotText(slide, 'title') === '关于开展主题团日活动的通知');
    expect(divider).toBeGreaterThan(0);
    expect(slotText(deck.children[divider + 1]!, 'body')).toBe(forwarded);
    const overview = deck.children.find((slide) => slide.layout === 'overview')!;
    expect(slotText(overview, 'rows')).toBe('活动主题青春心向党 建功新时代活动时间2025年12月至2026年1月');
    expect(deck.children.some((slide) => slide.layout === 'agenda')).toBe(false);
    expect(bodyNotes(deck)).toContain(noSpace(forwarded));
  });

  it('gives each list of a name list its own slides under its heading, after a divider with the list\'s title', async () => {
    const names = ['陈思远（计算机学院）', '林雨桐（外国语学院）', '赵一鸣（机械学院）', '周佳怡（经济学院）', '吴浩然（化工学院）'];
    const branches = ['2023级软件工程1班团支部', '2023级英语2班团支部', '2022级机械设计1班团支部', '研究生第三团支部'];
    const { deck } = await planNotice(
      `校团委决定授予陈思远等5名同学“优秀团支书”荣誉称号。\n\n# 2025年度表彰名单\n\n# 一、“优秀团支书”（5名）\n\n${names.join('\n\n')}\n\n# 二、“先锋团支部”（4个）\n\n${branches.join('\n\n')}`,
    );
    // Names are read out, not studied: no agenda, no discussion.
    expect(layouts(deck).filter((layout) => ['overview', 'agenda', 'discussion'].includes(layout))).toEqual([]);
    expect(deck.children.filter((slide) => slide.layout === 'section').map((slide) => slotText(slide, 'title'))).toEqual(['2025年度表彰名单']);
    const lists = deck.children.filter((slide) => slide.position && slide.layout === 'points' && names.concat(branches).some((name) => slotText(slide, 'body').includes(name)));
    // A title leaves the bracketed count to the notes, as every title does with a remark.
    expect(lists.map((slide) => slotText(slide, 'title'))).toEqual(['一、“优秀团支书”', '二、“先锋团支部”']);
    expect(lists.map((slide) => slotText(slide, 'body'))).toEqual([names.join(''), branches.join('')]);
  });

  it('sets a contact block with a place line on one slide, a field\'s separating comma left to the notes', async () => {
    const { deck } = await planNotice(`# 一、工作要求\n\n${long(3)}\n\n联系人：孙老师，电话：0551-6270000\n\n地  点：学生活动中心305室\n\n邮  箱：tuiyou@example.edu.cn`);
    const contact = deck.children.filter((slide) => slotText(slide, 'title') === '联系方式');
    expect(contact).toHaveLength(1);
    expect(slotText(contact[0]!, 'rows')).toBe('联系人孙老师电话0551-6270000地  点学生活动中心305室邮  箱tuiyou@example.edu.cn');
    expect(toString({ type: 'root', children: contact[0]!.notes })).toContain('联系人：孙老师，电话：0551-6270000');
  });

  it('keeps a stage\'s title over its items two levels down, each heading above its text', async () => {
    const body = [
      '# 四、活动安排',
      long(12),
      '（一）项目申报阶段（5月20日至6月15日）',
      '1.院级重点团队：',
      '（1）申报材料：',
      '①团队项目申报书电子版',
      '（2）报送要求：',
      '6月15日前，各系团总支报送申报书和团队汇总表。',
      '2.“返家乡”专项行动：',
      '有意参加的学生填写报名表，6月15日前交所在系团总支汇总。',
      '（二）组织实施阶段（7月1日至8月25日）',
      '各团队要按照申报方案开展实践，做好过程记录。',
    ].join('\n\n');
    const { deck } = await planNotice(body);
    const stage = deck.children.filter((slide) => slotText(slide, 'title').startsWith('（一）项目申报阶段'));
    expect(stage).toHaveLength(1);
    expect(slotText(stage[0]!, 'body')).toBe('1.院级重点团队：（1）申报材料：①团队项目申报书电子版（2）报送要求：6月15日前，各系团总支报送申报书和团队汇总表。2.“返家乡”专项行动：有意参加的学生填写报名表，6月15日前交所在系团总支汇总。');
    expect(deck.children.some((slide) => /^（[12]）|^[12]\./u.test(slotText(slide, 'title')))).toBe(false);
    expect(bodyNotes(deck)).toBe(noSpace(body.replace(/^# /gmu, '')));
  });

  it('keeps a part\'s title over its items two levels down when it has no divider: no item\'s heading is a title shown before its part\'s', async () => {
    const body = [
      '# 三、账号管理办法',
      '1.账号申请',
      '账号分为审批账号和发布账号两类，审批账号供学生组织提交申请，发布账号供学校部门发布海报。',
      '账号实行申请制，使用主体须填写申请表。审批账号实行分级管理，其中：',
      '1)学生组织的账号由院系团委审核后开通；',
      '2)学生社团的账号由指导单位审核后开通。',
      '2.账号使用',
      '各单位应指定专人管理账号，不得将账号转借他人使用。',
      '3.账号注销',
      '使用单位撤销的，应在一个月内申请注销原账号。',
    ].join('\n\n');
    const { deck } = await planNotice(body);
    const content = deck.children.filter((slide) => slide.position);
    expect(content.length).toBeGreaterThan(0);
    expect(content.every((slide) => slotText(slide, 'title') === '三、账号管理办法')).toBe(true);
    expect(bodyNotes(deck)).toBe(noSpace(body.replace(/^# /gmu, '')));
  });

  it('titles a decision\'s exhortation before its name lists 结语, not a second 导语', async () => {
    const { deck } = await planNotice(
      [
        '为选树身边榜样，校团委开展了“优秀团支书”评选活动。经学院推荐、材料评审和现场答辩，决定授予陈某等3名同学“优秀团支书”荣誉称号。',
        '希望受到表彰的同学珍惜荣誉、戒骄戒躁，继续发挥示范作用。各级团组织要以受表彰的个人为榜样，认真组织学习交流，推动基层团建工作再上新台阶。',
        '# 一、“优秀团支书”（3名）',
        '陈某（计算机学院）\n\n李某（外国语学院）\n\n王某（机械学院）',
      ].join('\n\n'),
    );
    const titles = deck.children.filter((slide) => slide.position && slide.layout !== 'section').map((slide) => slotText(slide, 'title'));
    expect(titles.slice(0, 2)).toEqual(['导语', '结语']);
  });

  it('titles the prose after the last name list 结语, not with the list\'s heading', async () => {
    const closing = '希望受到表彰的先进个人和集体珍惜荣誉，再接再厉。';
    const { deck } = await planNotice(`团区委决定授予王晨阳等4名同志“优秀共青团员”称号。\n\n# 一、优秀共青团员（4名）\n\n王晨阳\n\n李子涵\n\n张雨萱\n\n刘浩宇\n\n${closing}`);
    const titled = (title: string) => deck.children.filter((slide) => slotText(slide, 'title') === title).map((slide) => slotText(slide, 'body'));
    expect(titled('一、优秀共青团员')).toEqual(['王晨阳李子涵张雨萱刘浩宇']);
    expect(titled('结语')).toEqual([closing]);
    expect(deck.children.some((slide) => slide.layout === 'discussion')).toBe(false);
  });

  it('sets twenty names of a name list on one slide, in two columns of ten', async () => {
    const names = Array.from({ length: 20 }, (_, i) => `${'王李张刘陈杨赵黄周吴'[i % 10]}${'晨子雨浩梓'[i % 5]}${'阳涵萱宇轩琪'[i % 6]}`);
    const { deck } = await planNotice(`校团委决定授予王晨阳等20名同学“优秀共青团员”称号。\n\n# 一、优秀共青团员（20名）\n\n${names.join('\n\n')}`);
    const lists = deck.children.filter((slide) => slide.layout === 'two-column');
    expect(lists.map((slide) => (slide.slots.body![0] as import('mdast').List).children.length)).toEqual([20]);
  });

  it('shows a heading that ends in a half-width colon without it, on its divider and as a title', async () => {
    const { deck } = await planNotice(`# 四、活动安排:\n\n${long(12)}\n\n（一）申报阶段:\n\n${long(3)}`);
    expect(slotText(deck.children.find((slide) => slide.layout === 'section')!, 'title')).toBe('活动安排');
    expect(deck.children.some((slide) => slotText(slide, 'title') === '（一）申报阶段')).toBe(true);
  });

  it('sets a paragraph of one sentence as a statement', async () => {
    const { deck } = await planNotice('# 一、第一部分\n\n各级团组织要把讲话精神全面贯彻到各项工作之中，努力构建“互联网+共青团”工作格局。');
    const statement = deck.children.find((slide) => slide.layout === 'quote')!;
    expect(slotText(statement, 'title')).toBe('一、第一部分');
    expect(slotText(statement, 'body')).toBe('各级团组织要把讲话精神全面贯彻到各项工作之中，努力构建“互联网+共青团”工作格局。');
  });

  it('sets a short paragraph that leads into what follows (…通知如下：) as one statement', async () => {
    const { deck } = await planNotice('经校党委批准，第十五次团代会定于12月20日召开。现将有关事项通知如下：\n\n# 一、会议时间\n\n12月20日14:30');
    const statement = deck.children.find((slide) => slide.layout === 'quote')!;
    expect(slotText(statement, 'body')).toBe('经校党委批准，第十五次团代会定于12月20日召开。现将有关事项通知如下：');
  });

  it('keeps stage lines without numbers with the text under each', async () => {
    const { deck } = await planNotice(
      '# 一、时间安排\n\n第一阶段：宣传动员（12月8日）\n\n各团支部召开支委会进行部署，向团员说明评议的目的和程序。\n\n第二阶段：民主评议（12月9日）\n\n第三阶段：总结报送（12月19日）\n\n各团支部整理评议材料，于12月22日前报送学院团委。',
    );
    const stages = deck.children.filter((slide) => slide.position && slide.layout === 'points');
    expect(stages).toHaveLength(1);
    expect(slotText(stages[0]!, 'body')).toBe('第一阶段：宣传动员（12月8日）各团支部召开支委会进行部署，向团员说明评议的目的和程序。第二阶段：民主评议（12月9日）第三阶段：总结报送（12月19日）各团支部整理评议材料，于12月22日前报送学院团委。');
  });

  it('puts up to eight parts on one agenda slide and spreads a longer agenda evenly', async () => {
    const agendaOf = async (count: number) => {
      const sections = '一二三四五六七八九十'.slice(0, count).split('').map((n) => `# ${n}、第${n}部分\n\n${long(4)}`).join('\n\n');
      const { deck } = await planNotice(sections);
      return deck.children.filter((slide) => slide.layout === 'agenda').map((slide) => (slide.slots.items![0] as import('mdast').List).children.length);
    };
    expect(await agendaOf(7)).toEqual([7]);
    expect(await agendaOf(10)).toEqual([5, 5]);
  });

  it('makes the lead sentence the key point and the other sentences points', async () => {
    const { deck } = await planNotice('必须坚持党管网络的政治方向。共青团开展的全部网上工作都要坚守党性原则。要体现党的意志。');
    const [slide] = deck.children.filter((candidate) => candidate.layout === 'points');
    expect(slotText(slide!, 'key')).toBe('必须坚持党管网络的政治方向。');
    expect(slide!.slots.body?.[0]?.type).toBe('list');
    expect(slotText(slide!, 'body')).toBe('共青团开展的全部网上工作都要坚守党性原则。要体现党的意志。');
  });

  it('keeps the author\'s bold and links on points slides, even in a sentence cut in two', async () => {
    const long = `要**坚持正面引导**，${'大力开展主题网络宣传活动，'.repeat(25)}[详见](https://example.org)通知。`;
    const { deck } = await planNotice(`第一句话很短。${long}第三句。`);
    const bodies = deck.children.filter((slide) => slide.layout === 'points').map((slide) => JSON.stringify(slide.slots.body ?? []));
    expect(bodies.some((body) => body.includes('"type":"strong"') && body.includes('坚持正面引导'))).toBe(true);
    expect(bodies.some((body) => body.includes('"type":"link"'))).toBe(true);
    expect(bodyNotes(deck)).toBe(noSpace(`第一句话很短。${long.replace(/\*\*/g, '').replace('[详见](https://example.org)', '详见')}第三句。`));
  });

  it('turns parallel sentences into cards with the shared lead shown once', async () => {
    const paragraph = '各级团组织要高度重视。要深刻领会创新发展，让互联网造福人民。要深刻领会网络安全和信息化相辅相成。要深刻领会网络空间的竞争，归根结底是人才竞争。';
    const { deck } = await planNotice(paragraph);
    const cards = deck.children.find((slide) => slide.layout === 'cards')!;
    expect(slotText(cards, 'lead')).toBe('要深刻领会……');
    const items = (cards.slots.cards![0] as import('mdast').List).children.map((item) => toString(item));
    expect(items).toEqual(['创新发展，让互联网造福人民', '网络安全和信息化相辅相成', '网络空间的竞争，归根结底是人才竞争']);
    expect(bodyNotes(deck)).toBe(noSpace(paragraph));
  });

  it('turns paragraphs that share a lead into one cards slide', async () => {
    const body = ['必须坚持政治方向。要坚守党性原则。', '必须坚持工作主线。要围绕中心。', '必须坚持工作定位。要服务青年。', '必须坚持舆论引导。要弘扬真善美。'].join('\n\n');
    const { deck } = await planNotice(body);
    expect(layouts(deck)).toEqual(['cover', 'cards', 'closing']);
    expect(slotText(deck.children[1]!, 'cards')).toBe('政治方向工作主线工作定位舆论引导');
  });

  it('turns three or more small parallel subsections into cards, their intro as the lead', async () => {
    const body = '# 四、工作要求\n\n评议工作按照以下步骤进行：\n\n（一）高度重视。各学院要精心组织。\n\n（二）注重实效。要防止形式主义。\n\n（三）及时报送。请于5月20日前报送。';
    const { deck } = await planNotice(body);
    const cards = deck.children.find((slide) => slide.layout === 'cards')!;
    expect(slotText(cards, 'lead')).toBe('评议工作按照以下步骤进行：');
    expect((cards.slots.cards![0] as import('mdast').List).children.map((item) => toString(item))).toEqual([
      '（一）高度重视各学院要精心组织。',
      '（二）注重实效要防止形式主义。',
      '（三）及时报送请于5月20日前报送。',
    ]);
    expect(layouts(deck).filter((layout) => layout === 'points' || layout === 'quote')).toEqual([]);
    expect(bodyNotes(deck)).toBe(noSpace(body.replace(/^# /u, '')));
  });

  it('highlights quoted terms and enumerations', async () => {
    const { deck } = await planNotice('构建“互联网+共青团”工作格局。增强政治意识、大局意识、核心意识、看齐意识。');
    const slide = deck.children.find((candidate) => candidate.layout === 'points')!;
    const marks: string[] = [];
    JSON.stringify(slide.slots, (key, value) => {
      if (value?.data?.hName === 'mark') marks.push(toString(value));
      return value;
    });
    expect(marks).toEqual(['“互联网+共青团”', '政治意识、大局意识、核心意识、看齐意识']);
  });

  it('keeps run-in headings as titles and their text in the notes', async () => {
    const { deck } = await planNotice(`# 一、总体要求\n\n（一）提高政治站位。${long(5)}\n\n（二）加强组织领导。${long(5)}`);
    const titles = deck.children.filter((slide) => slide.layout === 'points' || slide.layout === 'quote').map((slide) => slotText(slide, 'title'));
    expect(titles).toEqual(['（一）提高政治站位', '（二）加强组织领导']);
    expect(bodyNotes(deck)).toBe(noSpace(`一、总体要求（一）提高政治站位。${long(5)}（二）加强组织领导。${long(5)}`));
  });

  it('puts short subsections of one section on one slide, their run-in headings in bold', async () => {
    const { deck } = await planNotice('# 一、总体要求\n\n（一）提高政治站位。要把学习贯彻作为政治任务。要抓紧抓好。\n\n（二）加强组织领导。各级团组织要周密部署。');
    const content = deck.children.filter((slide) => slide.position);
    expect(content.map((slide) => [slide.layout, slotText(slide, 'title')])).toEqual([['points', '一、总体要求']]);
    expect(JSON.stringify(content[0]!.slots.body)).toContain('"type":"strong","children":[{"type":"text","value":"（二）加强组织领导。"}]');
    expect(bodyNotes(deck)).toBe(noSpace('一、总体要求（一）提高政治站位。要把学习贯彻作为政治任务。要抓紧抓好。（二）加强组织领导。各级团组织要周密部署。'));
  });

  it('lets the author break slides, choose layouts, add notes and skip blocks', async () => {
    const { deck } = await planNotice('第一页。\n\n另一段。\n\n---\n\n<!-- notes: 这里停顿 -->\n<!-- layout: points -->\n\n第二页。\n\n<!-- skip -->\n\n不放映的段落。');
    const content = deck.children.filter((slide) => slide.position);
    expect(content.map((slide) => slotText(slide, 'body'))).toEqual(['第一页。另一段。', '第二页。']);
    expect(toString({ type: 'root', children: content[1]!.notes })).toContain('这里停顿');
  });

  it('rejects an unknown directive or layout, listing the valid ones', async () => {
    await expect(planNotice('<!-- layuot: cards -->\n\n正文。')).rejects.toThrow('指令“layuot”不存在；可用的指令：layout、notes、skip');
    await expect(planNotice('<!-- layout: grid -->\n\n正文。')).rejects.toThrow(/指令里的版式“grid”不存在；可用的版式：.*cards.*points/);
  });

  it('builds a sensible deck from plain Markdown with no 公文 structure', async () => {
    const { deck } = await planNotice('# 背景\n\n今年的主题是学习。\n\n## 安排\n\n- 周一：学习\n- 周二：讨论');
    expect(layouts(deck)).toEqual(['cover', 'quote', 'points', 'closing']);
  });

  it('gathers short sections on an overview table and a contact block on one slide, with no agenda or dividers', async () => {
    const body = ['# 一、主办单位', '某某大学团委', '# 二、参赛对象', '全校在籍本科生、研究生，可个人参赛，也可组队参赛。', '# 三、作品要求', long(12), '# 四、时间安排', '1.报名：4月1日至4月20日。', '2.决赛：5月下旬。', '# 五、联系方式', '联系人：李老师', '电话：0123-45678901', '电子邮箱：qnzm@example.com'].join('\n\n');
    const { deck } = await planNotice(body);
    expect(layouts(deck).filter((layout) => ['agenda', 'section', 'discussion', 'overview'].includes(layout))).toEqual(['overview', 'section', 'overview']);
    const withTwoParts = await planNotice(body.replace('# 四、时间安排', `# 四、时间安排\n\n${long(10)}`));
    expect(layouts(withTwoParts.deck)).not.toContain('discussion');
    expect(slotText(withTwoParts.deck.children.find((slide) => slide.layout === 'agenda')!, 'title')).toBe('主要内容');
    const [overview, contact] = deck.children.filter((slide) => slide.layout === 'overview');
    expect(slotText(overview!, 'rows')).toBe('主办单位某某大学团委参赛对象全校在籍本科生、研究生，可个人参赛，也可组队参赛。');
    const contactSlide = deck.children.at(-2)!;
    expect(contactSlide.layout).toBe('overview');
    expect(slotText(contactSlide, 'title')).toBe('五、联系方式');
    expect(slotText(contactSlide, 'rows')).toBe('联系人李老师电话0123-45678901电子邮箱qnzm@example.com');
    expect(contact).toBeDefined();
    expect(bodyNotes(deck)).toBe(noSpace(body.replace(/^# /gmu, '')));
  });

  it('shows a section two levels deep as a nested list: numbered items without a bullet, each level indented under the one above', async () => {
    const body = ['# 一、活动安排', '（一）项目申报阶段', '1.院级重点团队:', '（1）申报材料:', '①团队项目申报书电子版', '②团队项目申报书纸质版', '（2）报送要求:6月15日前报送申报书。', '2.专项行动:有意参加的学生于6月15日前报名。', '（二）组织实施阶段', '各团队要按照申报方案开展实践。', `# 二、工作要求\n\n${long(6)}`].join('\n\n');
    const { deck } = await planNotice(body);
    const items = deck.children
      .filter((slide) => slide.layout === 'points' && slotText(slide, 'title') === '一、活动安排')
      .flatMap((slide) => (slide.slots.body![0] as import('mdast').List).children)
      .map((item) => [toString(item).slice(0, 4), item.data?.hProperties?.['className'] ?? []]);
    expect(items).toEqual([
      ['（一）项', ['numbered']],
      ['1.院级', ['numbered', 'depth-1']],
      ['（1）申', ['numbered', 'depth-2']],
      ['①团队项', ['numbered', 'depth-3']],
      ['②团队项', ['numbered', 'depth-3']],
      ['（2）报', ['numbered', 'depth-2']],
      ['2.专项', ['numbered', 'depth-1']],
      ['（二）组', ['numbered']],
    ]);
    expect(bodyNotes(deck)).toContain(noSpace('（1）申报材料:①团队项目申报书电子版②团队项目申报书纸质版'));
  });

  it('labels an overview row whose heading is too wide for a label by its words, never by its bare number', async () => {
    const body = ['# 一、志愿服务工作领导小组', '组长：王某某', '# 二、比赛形式(详细赛制见附件1)', '初赛为笔试。', '# 三、活动时间', '5月11日'].join('\n\n');
    const { deck } = await planNotice(body);
    const rows = (deck.children.find((slide) => slide.layout === 'overview')!.slots.rows![0] as import('mdast').List).children;
    const labels = rows.map((row) => toString((row.children[0] as import('mdast').Paragraph).children[0]!));
    expect(labels).toEqual(['工作领导小组', '组长', '比赛形式', '活动时间']);
    expect(slotText(deck.children.find((slide) => slide.layout === 'overview')!, 'rows')).toBe('工作领导小组志愿服务工作领导小组组长王某某比赛形式(详细赛制见附件1)初赛为笔试。活动时间5月11日');
  });

  it('sets the fields under a short section (活动地点：… under 活动时间, 承办单位：… under 主办单位) as rows of their own', async () => {
    const body = ['# 一、活动时间：5月11日上午9:00', '活动地点：文化活动中心', '# 二、主办单位：某某街道办事处', '承办单位：街道团工委', '支持单位：某某书店'].join('\n\n');
    const { deck } = await planNotice(body);
    const overview = deck.children.find((slide) => slide.layout === 'overview')!;
    const rows = (overview.slots.rows![0] as import('mdast').List).children.map((row) => (row.children[0] as import('mdast').Paragraph).children.map((cell) => toString(cell)));
    expect(rows).toEqual([
      ['活动时间', '5月11日上午9:00'],
      ['活动地点', '文化活动中心'],
      ['主办单位', '某某街道办事处'],
      ['承办单位', '街道团工委'],
      ['支持单位', '某某书店'],
    ]);
    expect(bodyNotes(deck)).toBe(noSpace(body.replace(/^# /gmu, '')));
  });

  it('puts nine one-line tasks on one slide at 16:9; at 4:3, where some take two lines, on two', async () => {
    const tasks = ['开展“返家乡”社会实践，组织大学生到机关、社区见习。', '举办青年座谈会，听取返乡大学生的意见建议。', '开放寒假“青少年之家”，各街道至少开放1个服务点。', '组织青年志愿者开展春运暖冬行动。', '开展“关爱困境儿童”走访慰问。', '做好团员寒假返乡报到工作。', '开展防溺水、防火、防诈骗等安全教育。', '落实节日期间值班值守制度。', '做好团费收缴和智慧团建数据更新。'];
    const body = `# 一、重点工作\n\n${tasks.map((task, i) => `${i + 1}.${task}`).join('\n\n')}\n\n# 二、工作要求\n\n${long(4)}`;
    const taskSlides = (deck: Deck) => deck.children.filter((slide) => slotText(slide, 'title') === '一、重点工作');
    const wide = await planNotice(body);
    expect(taskSlides(wide.deck).map((slide) => (slide.slots.body![0] as import('mdast').List).children.length)).toEqual([9]);
    const narrow = await planNotice(body, testFrontMatter, slideSizes['4:3']);
    expect(taskSlides(narrow.deck)).toHaveLength(2);
  });

  it('sets a schedule of one-line run-in items on one or two slides', async () => {
    const items = ['放假时间。5月1日至5月5日放假调休，共5天。', '课程调整。5月5日停课，由任课教师安排补课。', '安全教育。放假前开展一次安全教育。', '值班安排。值班表于4月28日前报办公室。', '离校登记。学生离校须向辅导员报备。', '校园管理。假期外来车辆不得入校。', '突发事件。遇有突发事件要第一时间上报。'];
    const { deck } = await planNotice(items.map((item, i) => `${'一二三四五六七'[i]}、${item}`).join('\n\n'));
    const content = deck.children.filter((slide) => slide.position);
    expect(content.length).toBeLessThanOrEqual(2);
    expect(content.every((slide) => slide.layout === 'overview')).toBe(true);
  });

  it('puts a list of short lines on list slides and keeps a contact line off the points', async () => {
    const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月：“主题${'一二三四五六七八九十'[i % 10]}”`);
    const { deck } = await planNotice(`# 二、学习专题\n\n${months.join('\n\n')}\n\n联系人：王某某，电话：12345678901。`);
    const content = deck.children.filter((slide) => slide.position);
    expect(content.map((slide) => slide.layout)).toEqual(['two-column', 'overview']);
    expect(slotText(content[1]!, 'rows')).toBe('联系人王某某电话12345678901。');
  });

  it('takes contact lines after the last item of a list out to a 联系方式 slide', async () => {
    const body = '# 四、有关说明\n\n（一）活动经费由各基层团委保障。\n\n（二）户外活动须事先制定安全预案。\n\n联系人:钱老师，联系电话:0514-80000000';
    const { deck } = await planNotice(body);
    const content = deck.children.filter((slide) => slide.position);
    expect(content.map((slide) => [slide.layout, slotText(slide, 'title')])).toEqual([['points', '四、有关说明'], ['overview', '联系方式']]);
    expect(bodyNotes(deck)).toBe(noSpace(body.replace(/^# /u, '')));
  });

  it('ends the body with the 附件 list: a row under the contact lines, else a slide of its own', async () => {
    const frontMatter = `${testFrontMatter}\nattachments:\n  - 活动申报表\n  - 活动总结模板`;
    const withContact = (await planNotice('# 一、活动安排\n\n各团支部于5月底前开展一次主题团日活动。\n\n联系人：李老师\n\n电话：0123-45678901', frontMatter)).deck;
    const contact = withContact.children.at(-2)!;
    expect(slotText(contact, 'rows')).toBe('联系人李老师电话0123-45678901附件1活动申报表附件2活动总结模板');
    expect(toString({ type: 'root', children: contact.notes })).toContain('附件：1.活动申报表 2.活动总结模板');
    const alone = (await planNotice('各团支部于5月底前开展一次主题团日活动，活动结束后报送总结。', frontMatter)).deck;
    const last = alone.children.at(-2)!;
    expect([last.layout, slotText(last, 'title'), slotText(last, 'rows')]).toEqual(['overview', '附件', '附件1活动申报表附件2活动总结模板']);
  });

  it('sets short lines under labels (a month and its topics) as a table', async () => {
    const { deck } = await planNotice('# 四、选题指南\n\n3月\n\n“学习雷锋好榜样”\n\n“志愿服务在身边”\n\n4月\n\n“缅怀革命先烈”');
    const content = deck.children.filter((slide) => slide.position);
    expect(content.map((slide) => slide.layout)).toEqual(['overview']);
    expect(slotText(content[0]!, 'rows')).toBe('3月“学习雷锋好榜样”“志愿服务在身边”4月“缅怀革命先烈”');
  });

  it('joins one-sentence paragraphs under one title on one slide when they fit', async () => {
    const { deck } = await planNotice('竞赛由某某团委主办，某某大学承办。\n\n竞赛设组织委员会，负责竞赛的组织领导。\n\n竞赛设评审委员会，负责评审工作。');
    const content = deck.children.filter((slide) => slide.position);
    expect(content.map((slide) => slide.layout)).toEqual(['points']);
    expect((content[0]!.slots.body![0] as import('mdast').List).children).toHaveLength(3);
  });

  it('lists all discussion topics, five to a slide, one line each', async () => {
    const sections = Array.from({ length: 9 }, (_, i) => `# ${'一二三四五六七八九'[i]}、${'深入学习领会讲话精神实质，切实增强做好工作的责任感使命感'.slice(0, 4 + i * 2)}\n\n${long(4)}`).join('\n\n');
    const { deck } = await planNotice(sections);
    const discussion = deck.children.filter((slide) => slide.layout === 'discussion');
    const topics = discussion.flatMap((slide) => (slide.slots.topics![0] as import('mdast').List).children.map((item) => toString(item)));
    expect(discussion.map((slide) => (slide.slots.topics![0] as import('mdast').List).children.length)).toEqual([5, 4]);
    expect(topics).toHaveLength(9);
    expect(topics.every((topic) => linesNeeded(topic, 32) === 1)).toBe(true);
  });

  it('fails on an empty body', async () => {
    await expect(planNotice('')).rejects.toThrow(/正文是空的/);
  });
});

describe('nothing lost, nothing over budget (property)', () => {
  const han = fc.constantFrom(...'学习贯彻讲话精神组织青年团员网络工作建设发展要求推进落实加强创新服务社会中心大局思想政治');
  const word = fc.oneof({ weight: 8, arbitrary: fc.string({ unit: han, minLength: 2, maxLength: 6 }) }, fc.constantFrom('2024年5月4日', 'AI', '“青年之声”', '互联网+', '3.5%', 'and'));
  const sentence = fc
    .tuple(fc.constantFrom('', '要', '要深刻领会', '必须坚持'), fc.array(word, { minLength: 1, maxLength: 12 }), fc.constantFrom('', '，', '、'), fc.constantFrom('。', '；', '！', '？'))
    .map(([lead, words, separator, end]) => lead + words.join(separator) + end);
  const paragraph = fc.array(sentence, { minLength: 1, maxLength: 14 }).map((sentences) => sentences.join(''));
  const numeral = (n: number) => '一二三四五六七八九十'[Math.min(n, 9)]!;
  const block = fc.oneof(
    { weight: 6, arbitrary: paragraph },
    { weight: 1, arbitrary: fc.nat(5).map((n) => `# ${numeral(n)}、${'加强组织领导'.slice(0, 2 + (n % 4))}`) },
    { weight: 1, arbitrary: fc.tuple(fc.nat(5), paragraph).map(([n, text]) => `（${numeral(n)}）提高站位。${text}`) },
    { weight: 1, arbitrary: fc.tuple(fc.nat(9), paragraph).map(([n, text]) => `${n + 1}．${text}`) },
    { weight: 1, arbitrary: fc.array(word, { minLength: 1, maxLength: 30 }).map((items) => items.map((item) => `- ${item}`).join('\n')) },
  );

  it('the notes of body slides, in order, are the body verbatim; every points slide fits its budget', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(block, { minLength: 1, maxLength: 25 }), async (blocks) => {
        const body = blocks.join('\n\n');
        const { deck } = await planNotice(body);
        const expected = noSpace(body.replace(/^#+ |^- /gmu, ''));
        expect(bodyNotes(deck)).toBe(expected);
        for (const slide of deck.children.filter((candidate) => candidate.layout === 'points')) {
          if (slide.slots.key) expect(slide.slots.body, 'a key point alone on a slide').toBeDefined();
          const lines = (slide.slots.key ? linesNeeded(slotText(slide, 'key'), 35) + 1 : 0) +
            (slide.slots.body?.[0]?.type === 'list'
              ? (slide.slots.body[0] as import('mdast').List).children.reduce((sum, item) => sum + linesNeeded(toString(item), 34), 0)
              : linesNeeded(slotText(slide, 'body'), 35));
          expect(lines).toBeLessThanOrEqual(9);
        }
        for (const slide of deck.children.filter((candidate) => candidate.layout === 'quote')) {
          expect(linesNeeded(slotText(slide, 'body'), 30)).toBeLessThanOrEqual(5);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('the other layouts, chosen by directive', () => {
  it('puts pictures into an image slot and text beside them', async () => {
    const { deck } = await planNotice('<!-- layout: image-and-text -->\n\n![照片](photo.png)\n\n说明文字。\n\n---\n\n<!-- layout: quote -->\n\n青年兴则国家兴。');
    const [image, quote] = deck.children.filter((slide) => slide.position);
    expect(image?.layout).toBe('image-and-text');
    expect(image?.slots.image?.[0]?.type).toBe('paragraph');
    expect(slotText(image!, 'body')).toBe('说明文字。');
    expect(image?.slots.title).toBeUndefined();
    expect(quote?.layout).toBe('quote');
    expect(slotText(quote!, 'body')).toBe('青年兴则国家兴。');
  });
});

describe('author slides and the layout budget', () => {
  it('warns at the slide when what the author put on it exceeds its layout', async () => {
    const long = '各级团组织要认真学习贯彻讲话精神。'.repeat(30);
    const { file } = await planNotice(`第一页。\n\n---\n\n${long}`);
    expect(file.messages.map((message) => `${message.line}: ${message.reason}`)).toEqual([
      expect.stringMatching(/^11: 这页幻灯片约有 \d+ 行，版式“points”只放得下 9 行，可能会超出页面：请用 --- 分成几页$/),
    ]);
  });
});
