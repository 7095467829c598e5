import { describe, expect, it } from 'vitest';
import { isHeadingLine, repairParagraphs } from './repair.js';

const cut = '各级团组织要把讲话精神全面贯彻到共青团建网用网占网各';
/** Lines as plain text gives them: nothing known about paragraph starts. */
const pieces = (...texts: string[]) => texts.map((text) => ({ text }));

describe('repairParagraphs', () => {
  it('joins a paragraph cut at a page break, without a space between Chinese characters', () => {
    expect(repairParagraphs(pieces(cut, '项工作之中，努力构建工作格局。'))).toEqual({ paragraphs: [`${cut}项工作之中，努力构建工作格局。`], joins: 1 });
  });

  it('keeps a space where Latin words meet', () => {
    expect(repairParagraphs(pieces('要积极创新工作方式，建好“青年之声”互动社交平台 and the', 'platform。')).paragraphs).toEqual([
      '要积极创新工作方式，建好“青年之声”互动社交平台 and the platform。',
    ]);
  });

  it('does not join after final punctuation, before a numbered line, or after a short line', () => {
    const lines = ['各党支部要结合实际制定学习计划，于11月15日前报送。', '学习中遇到的问题，请及时反映。'];
    expect(repairParagraphs(pieces(...lines)).paragraphs).toEqual(lines);
    expect(repairParagraphs(pieces(cut, '（1）按时报送材料。')).paragraphs).toHaveLength(2);
    expect(repairParagraphs(pieces(cut, '1.制定学习计划')).paragraphs).toHaveLength(2);
    expect(repairParagraphs(pieces('联系人：王老师', '联系电话：0571-88880000')).paragraphs).toHaveLength(2);
    expect(repairParagraphs(pieces('各党支部要在11月15日前完成以下工作”', '有关要求如下。')).paragraphs).toHaveLength(2);
  });

  it('keeps a label line under a numbered one of the same kind (二、活动时间：… / 活动地点：…) or under a time, and ① items under a label alone', () => {
    const fields = ['二、活动时间：2025年5月11日（星期日）上午9:00—10:30', '活动地点：某某街道文化活动中心一楼多功能厅'];
    expect(repairParagraphs(pieces(...fields)).paragraphs).toEqual(fields);
    const rules = ['比赛规则：', '①比赛期间不得干扰其他团队，情节严重的取消比赛资格。'];
    expect(repairParagraphs(pieces(...rules)).paragraphs).toEqual(rules);
    expect(repairParagraphs(pieces(cut, '②拼图和样图由工作人员现场发放。')).paragraphs).toHaveLength(2);
    const times = ['各区县（市）团委、开发区及管理区团（工）委：12月26日上午9:00', '市直团工委：12月26日下午2:30'];
    expect(repairParagraphs(pieces(...times)).paragraphs).toEqual(times);
  });

  it('does not glue the first line of a body onto a heading that closed its remark, nor a contact line onto the one before', () => {
    expect(repairParagraphs(['四、选题指南(供参考,各支部可结合实际另行确定题目)', '3月', '“学习雷锋好榜样”']).paragraphs).toHaveLength(3);
    expect(repairParagraphs(['电子邮箱：qnzm2024-tuanwei-xuanchuan@example.com', '地址：学生活动中心208室']).paragraphs).toHaveLength(2);
  });

  it('keeps padded or numbered label lines, schedule rows, table rows and contact lines that end in a number each on a line of its own', () => {
    const schedule = ['6月8日（星期日）', '14:00-18:00  学员报到、领取全部培训资料和证件', '6月9日（星期一）', '09:00-11:30  专题辅导：新时代共青团基层组织建设', '14:30-17:00  案例教学：团支部组织生活怎么开'];
    expect(repairParagraphs(pieces(...schedule)).paragraphs).toEqual(schedule);
    const contacts = ['市团校培训部办公室  张老师  0571-88001234', '团市委组织部  刘老师  0571-88015678'];
    expect(repairParagraphs(pieces(...contacts)).paragraphs).toEqual(contacts);
    const spaced = ['副组长：陈某某  各学院分管学生工作的副书记和辅导员', '成  员：校团委全体教师  各学院团委书记'];
    expect(repairParagraphs(pieces(...spaced)).paragraphs).toEqual(spaced);
    const attachments = ['附件1：某某大学第十二届“青春·书香”校园读书节活动日程表', '附件2：“我最喜爱的一本书”短视频大赛报名表'];
    expect(repairParagraphs(pieces(...attachments)).paragraphs).toEqual(attachments);
    const table = ['学院 | 名额 | 学院 | 名额 | 学院 | 名额 | 学院 | 名额 |', '文学院 | 40 | 理学院 | 45 |'];
    expect(repairParagraphs(pieces(...table)).paragraphs).toEqual(table);
    // A sentence cut after a date still joins.
    expect(repairParagraphs(pieces('请各单位认真组织本单位团员青年参加学习，并于', '6月9日前报送学习情况。')).paragraphs).toHaveLength(1);
  });

  it('joins a heading broken over two lines only when the second part is short and has no sentence', () => {
    const heading = '二、认真落实讲话要求，牢牢把握共青团网络新媒体工作的';
    expect(repairParagraphs(pieces(heading, '基本原则', '必须坚持党管网络。')).paragraphs).toEqual([`${heading}基本原则`, '必须坚持党管网络。']);
    expect(repairParagraphs(pieces(heading, '原则。')).paragraphs).toHaveLength(2);
    const complete = '三、深入学习宣传贯彻讲话精神，推动共青团网络新媒体工作全面提质增效';
    expect(repairParagraphs(pieces(complete, cut, '项工作之中。')).paragraphs).toEqual([complete, `${cut}项工作之中。`]);
    expect(repairParagraphs(pieces('一、活动时间', '具体安排')).paragraphs).toHaveLength(2);
    // A heading that closes its bracket is complete: the month under it is the next line, not its end.
    const table = '三、二〇二五年各月主题团日活动安排(供参考)';
    expect(repairParagraphs(pieces(table, '3月', '学习宣讲。')).paragraphs).toEqual([table, '3月', '学习宣讲。']);
    const months = '三、二〇二五年各团支部主题团日活动的月度安排';
    expect(repairParagraphs(pieces(months, '3月 学习宣讲')).paragraphs).toEqual([months, '3月 学习宣讲']);
  });

  it('joins a numbered heading cut after a comma, and a numbered paragraph cut at a page break', () => {
    expect(repairParagraphs(pieces('（一）加强组织领导，各级团组织要切实担负起主体责任，', '确保工作落到实处。')).paragraphs).toHaveLength(1);
    expect(repairParagraphs(pieces('（二）交流研讨。围绕“新时代青年如何建功立业”开展交流', '每个团支部推选团员发言。')).paragraphs).toHaveLength(1);
  });

  it('follows the paragraph starts a format knew, guessing nothing', () => {
    const lines = [
      { text: '一、活动时间', hints: { paragraphStart: true } },
      { text: '与安排', hints: { paragraphStart: false } },
      { text: cut, hints: { paragraphStart: true } },
      { text: '各单位要按时报送。', hints: { paragraphStart: true } },
    ];
    expect(repairParagraphs(lines)).toEqual({ paragraphs: ['一、活动时间与安排', cut, '各单位要按时报送。'], joins: 1 });
  });

  it('joins a line that keeps going over three pieces', () => {
    expect(repairParagraphs(pieces(cut, cut, '项工作之中。')).paragraphs).toEqual([`${cut}${cut}项工作之中。`]);
  });
});

describe('isHeadingLine', () => {
  it('tells a heading from a paragraph that starts with a label', () => {
    expect(isHeadingLine('一、深入学习领会讲话精神实质，切实增强做好共青团网络新媒体工作的责任感使命感')).toBe(true);
    expect(isHeadingLine('一、总体要求。')).toBe(true);
    expect(isHeadingLine('（一）提高政治站位。要深刻领会。')).toBe(false);
    expect(isHeadingLine('一、活动时间：3月20日')).toBe(false);
    expect(isHeadingLine('深入学习领会讲话精神实质')).toBe(false);
  });
});

describe('repairParagraphs: fields and stages', () => {
  it('joins a sentence of several clauses that reached the margin to a next line that starts alike (团员：…：… / 团员：…)', () => {
    const sentence = '团员团员：团员团员团员：团员团员：团员团员团员';
    expect(repairParagraphs(pieces(sentence, '团员团员：团员团员。')).paragraphs).toEqual([`${sentence}团员团员：团员团员。`]);
    const fields = ['培训时间：2024年3月5日上午9：00至下午5：00，全天', '培训地点：市青少年宫三楼报告厅'];
    expect(repairParagraphs(pieces(...fields)).paragraphs).toEqual(fields);
  });

  it('keeps fields with alike labels apart, and puts a label alone on its line with its content', () => {
    expect(
      repairParagraphs(pieces('预备会议：2025年12月20日（星期六）14:30', '全体会议：2025年12月21日（星期日）08:30', '征文主题：', '“青春心向党 奋进新征程”', '征集时间：', '2025年12月1日—12月31日')).paragraphs,
    ).toEqual(['预备会议：2025年12月20日（星期六）14:30', '全体会议：2025年12月21日（星期日）08:30', '征文主题：“青春心向党 奋进新征程”', '征集时间：2025年12月1日—12月31日']);
  });

  it('ends a labelled stage line at its closing bracket', () => {
    expect(repairParagraphs(pieces('第二阶段：学习提高（12月9日-12月12日）', '组织团员学习团章和评议办法，每人撰写自我评价材料。')).paragraphs).toHaveLength(2);
  });
});

describe('repairParagraphs: the closing formula', () => {
  it('never joins 特此通知 to the line above it', () => {
    expect(repairParagraphs(pieces('附：关于在全省开展“青春心向党”主题团日活动的通知', '特此通知。')).paragraphs).toHaveLength(2);
  });
});
