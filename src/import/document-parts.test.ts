import { describe, expect, it } from 'vitest';
import { recogniseParts, type DocumentParts } from './document-parts.js';
import { readLines } from './lines.js';

function parts(text: string): DocumentParts {
  return recogniseParts(readLines(text).lines);
}

const bodyOf = (found: DocumentParts) => found.body.map((line) => line.text);

describe('recogniseParts: the header', () => {
  it('reads a letter-spaced mark, a number line with 签发人 and furniture above the title', () => {
    const found = parts('000012\n机密★1年\n共 青 团 某 省 委 文 件\n某团发﹝2024﹞第012号　　签发人：张三\n关于印发《实施办法（试行）》的通知\n正文。\n');
    expect(found).toMatchObject({ issuer: { names: ['共青团某省委'], from: 'mark' }, number: '某团发〔2024〕12号', title: '关于印发《实施办法（试行）》的通知' });
    expect(found.notes).toEqual([
      '已略去标题上面的“000012”（第 1 行）',
      '已略去标题上面的“机密★1年”（第 2 行）',
      '发文字号“某团发﹝2024﹞第012号”改写为“某团发〔2024〕12号”（GB/T 9704：年份用〔〕括起来，不加“第”，序号前不加 0）',
    ]);
    expect(bodyOf(found)).toEqual(['正文。']);
  });

  it('takes a letterhead above the number as the issuer of a 函', () => {
    expect(parts('共青团某某大学委员会\n某大团函〔2024〕3号\n关于商请协助开展调研的函\n某某学院团委：\n正文。\n')).toMatchObject({
      issuer: { names: ['共青团某某大学委员会'], from: 'letterhead' },
      number: '某大团函〔2024〕3号',
      title: '关于商请协助开展调研的函',
      addressees: '某某学院团委',
    });
  });

  it('does not take a number the title cites for the document number', () => {
    const found = parts('关于转发《关于加强团员教育的意见》（中青发〔2016〕9号）的通知\n各团支部：\n正文。\n');
    expect(found.number).toBeUndefined();
    expect(found.title).toBe('关于转发《关于加强团员教育的意见》（中青发〔2016〕9号）的通知');
  });

  it('takes the lines above the addressees as a title of an unusual kind, and the issuer from its “X关于” prefix', () => {
    expect(parts('共青团某某县委关于2024年暑期实践的\n工作安排表\n各乡镇团委：\n正文。\n')).toMatchObject({
      title: '共青团某某县委关于2024年暑期实践的工作安排表',
      issuer: { names: ['共青团某某县委'], from: 'title' },
      addressees: '各乡镇团委',
    });
  });

  it('does not take the body’s “通知如下：” for addressees', () => {
    const found = parts('关于开展学习的通知\n为做好学习工作，现将有关事项通知如下：\n一、学习内容\n');
    expect(found.addressees).toBeUndefined();
    expect(bodyOf(found)).toEqual(['为做好学习工作，现将有关事项通知如下：', '一、学习内容']);
  });

  it('takes the longest run of lines that ends like a title', () => {
    expect(parts('共青团某省委关于转发团中央关于做好团员发展工作的通知\n的通知\n各市团委：\n正文。\n').title).toBe(
      '共青团某省委关于转发团中央关于做好团员发展工作的通知的通知',
    );
  });

  it('leaves out what a web page prints under the title, and takes no colon-bearing line for addressees', () => {
    const found = parts('关于开展志愿服务月活动的通知\n发布时间：2024-03-01 来源：校团委\n各学院团委：\n正文。\n');
    expect(found).toMatchObject({ addressees: '各学院团委', notes: ['已略去标题下面的“发布时间：2024-03-01 来源：校团委”（第 2 行）'] });
    expect(parts('关于开展志愿服务月活动的通知\n联系人：王老师\n各学院团委：\n正文。\n').addressees).toBeUndefined();
  });

  it('reads a mark and a number flattened onto one line', () => {
    expect(parts('共青团某某市委员会文件　某团发〔2024〕5号\n关于举办宣讲活动的通知\n各区团委：\n正文。\n')).toMatchObject({
      issuer: { names: ['共青团某某市委员会'], from: 'mark' },
      number: '某团发〔2024〕5号',
      title: '关于举办宣讲活动的通知',
    });
  });

  it('takes the number off the addressees line it was run into', () => {
    const found = parts('共青团某某大学委员会\n关于推荐优秀团干部的函\n某大团函〔2024〕7号　各学院团委：\n正文。\n');
    expect(found).toMatchObject({ number: '某大团函〔2024〕7号', addressees: '各学院团委' });
    expect(parts('关于推荐优秀团干部的通知\n各学院团委：\n正文。\n').number).toBeUndefined();
  });

  it('finds the title under web-page chrome above the mark, and a number under the title', () => {
    const found = parts('发布时间：2024-03-01\n共青团某某市委员会文件\n关于举办青年讲师团宣讲活动的通知\n某团发〔2024〕5号\n各区团委：\n正文。\n');
    expect(found).toMatchObject({ issuer: { names: ['共青团某某市委员会'], from: 'mark' }, title: '关于举办青年讲师团宣讲活动的通知', number: '某团发〔2024〕5号', addressees: '各区团委' });
  });

  it('starts at the red mark when a web page prints the title and its date above it', () => {
    const found = parts('关于举办青年讲师团宣讲活动的通知\n时间:2024-03-01 浏览:212\n共青团某某市委员会文件\n某团发〔2024〕5号\n关于举办青年讲师团宣讲活动的通知\n各区团委：\n正文。\n');
    expect(found).toMatchObject({ issuer: { names: ['共青团某某市委员会'], from: 'mark' }, title: '关于举办青年讲师团宣讲活动的通知', number: '某团发〔2024〕5号', addressees: '各区团委' });
    expect(found.notes[0]).toBe('已略去红头上面的 2 行（网页的标题和发布信息，第 1–2 行）');
    expect(bodyOf(found)).toEqual(['正文。']);
  });


  it('leaves out a site’s menus down to its breadcrumbs and the column heading under them, though the menu ends like a title (…公告)', () => {
    const menu = '首页\n机构设置\n通知公告\n学习园地\n当前位置：首页 > 通知公告\n通知公告\n关于开展读书分享会的通知\n发布时间：2024-04-02\n各团支部：\n请各支部于4月底前举行一次读书分享会。\n';
    const found = parts(menu);
    expect(found).toMatchObject({ title: '关于开展读书分享会的通知', addressees: '各团支部' });
    expect(found.notes[0]).toBe('已略去网页的栏目和导航（第 1–6 行）');
    expect(bodyOf(found)).toEqual(['请各支部于4月底前举行一次读书分享会。']);
    // Sentences above the breadcrumbs are no menu: nothing is left out.
    expect(parts(`说明：本页内容如下。\n${menu}`).notes).not.toContain('已略去网页的栏目和导航（第 1–7 行）');
  });
  it('takes the lines a format set large as the title, whatever they end with', () => {
    const lines = [
      { text: '共青团某某县委文件', line: 1, hints: { red: true } },
      { text: '2024年暑期“三下乡”', line: 2, hints: { large: true } },
      { text: '社会实践活动安排', line: 3, hints: { large: true } },
      { text: '各乡镇团委：', line: 4 },
      { text: '正文。', line: 5 },
    ];
    expect(recogniseParts(lines)).toMatchObject({ title: '2024年暑期“三下乡”社会实践活动安排', addressees: '各乡镇团委' });
  });

  it('keeps every issuer of a joint document: stacked names, names on one line, a red masthead', () => {
    const stacked = parts('共青团某某省委员会\n某某省教育厅文件\n某团联发〔2024〕2号\n关于开展寒假返乡实践的通知\n各市团委、教育局：\n正文。\n');
    expect(stacked.issuer).toEqual({ names: ['共青团某某省委员会', '某某省教育厅'], from: 'mark' });
    const oneLine = parts('共青团某某省委员会　某某省教育厅文件\n关于开展寒假返乡实践的通知\n各市团委：\n正文。\n');
    expect(oneLine.issuer).toEqual({ names: ['共青团某某省委员会', '某某省教育厅'], from: 'mark' });
    const apart = parts('共青团某某省委员会\n文件\n某某省教育厅\n关于开展寒假返乡实践的通知\n各市团委：\n正文。\n');
    expect(apart.issuer).toEqual({ names: ['共青团某某省委员会', '某某省教育厅'], from: 'mark' });
    const red = recogniseParts([
      { text: '共青团某某省委员会', line: 1, hints: { red: true } },
      { text: '某某省教育厅', line: 2, hints: { red: true } },
      { text: '关于开展寒假返乡实践的通知', line: 3 },
      { text: '正文。', line: 4 },
    ]);
    expect(red.issuer).toEqual({ names: ['共青团某某省委员会', '某某省教育厅'], from: 'mark' });
  });

  it('joins addressees wrapped over lines', () => {
    expect(parts('关于开展学习的通知\n共青团各省、自治区、直辖市委，\n全国铁道团委，全国民航团委：\n正文。\n').addressees).toBe('共青团各省、自治区、直辖市委，全国铁道团委，全国民航团委');
  });
});

describe('recogniseParts: the end', () => {
  it('reads attachments on one line or wrapped, a signature and date on one line, 抄送 without a printing line', () => {
    const found = parts('关于开展学习的通知\n正文。\n附件：1.活动记录表 2.关于报送2024年度团员教育评议\n情况的模板\n共青团某某县委  2024年5月6日\n抄送：县委办公室。\n');
    expect(found).toMatchObject({
      attachments: ['活动记录表', '关于报送2024年度团员教育评议情况的模板'],
      signature: ['共青团某某县委'],
      date: '2024-05-06',
      cc: ['县委办公室。'],
    });
    expect(found.printer).toBeUndefined();
    expect(bodyOf(found)).toEqual(['正文。']);
  });

  it('takes a date alone as the last line (a seal covers the name), but not a date inside the body', () => {
    const sealed = parts('关于开展学习的通知\n正文。\n特此通知\n2024年5月6日\n');
    expect(sealed).toMatchObject({ date: '2024-05-06' });
    expect(sealed.signature).toBeUndefined();
    expect(bodyOf(sealed)).toEqual(['正文。', '特此通知']);
    const inBody = parts('关于开展学习的通知\n报名截止时间\n2024年5月6日\n请按时报名。\n');
    expect(inBody.date).toBeUndefined();
    expect(bodyOf(inBody)).toHaveLength(3);
  });

  it('reads the signatures of a joint document, stacked or side by side above one date', () => {
    const stacked = parts('关于开展学习的通知\n正文。\n共青团某某省委员会\n某某省教育厅\n2024年5月6日\n');
    expect(stacked).toMatchObject({ signature: ['共青团某某省委员会', '某某省教育厅'], date: '2024-05-06', issuer: { names: ['共青团某某省委员会', '某某省教育厅'], from: 'signature' } });
    expect(bodyOf(stacked)).toEqual(['正文。']);
    expect(parts('关于开展学习的通知\n正文。\n共青团某某省委员会　　某某省教育厅\n2024年5月6日\n').signature).toEqual(['共青团某某省委员会', '某某省教育厅']);
    // One space between the names, on one line or two (联合发文: 团委 教务处 体育部).
    const spaced = parts('关于开展学习的通知\n正文。\n共青团某某市委员会 某某市教育局 某某市学生联合会\n2024年5月6日\n');
    expect(spaced).toMatchObject({ signature: ['共青团某某市委员会', '某某市教育局', '某某市学生联合会'], issuer: { names: ['共青团某某市委员会', '某某市教育局', '某某市学生联合会'] } });
    expect(parts('关于开展学习的通知\n正文。\n共青团某某市委员会 某某市教育局\n某某市学生联合会\n2024年5月6日\n').signature).toEqual(['共青团某某市委员会', '某某市教育局', '某某市学生联合会']);
    expect(parts('关于开展学习的通知\n正文。\n团委 教务处 体育部\n2024年5月6日\n').signature).toEqual(['团委', '教务处', '体育部']);
    // A name letter-spaced, or with a space before its last word, is one.
    expect(parts('关于开展学习的通知\n正文。\n共 青 团 某 某 县 委\n2024年5月6日\n').signature).toEqual(['共青团某某县委']);
    expect(parts('关于开展学习的通知\n正文。\n共青团某某大学 委员会\n2024年5月6日\n').signature).toEqual(['共青团某某大学委员会']);
  });

  it('reads 附件1：… 附件2：… lines at the end of the body as the 附件 list, and leaves 附件2-1 lines in the body', () => {
    const found = parts('关于开展学习的通知\n正文。\n特此通知。\n附件1：活动日程表\n附件2：“我最喜爱的一本书”报名表\n共青团某某大学委员会\n2024年5月6日\n');
    expect(found.attachments).toEqual(['活动日程表', '“我最喜爱的一本书”报名表']);
    expect(found.body.map((line) => line.text)).toEqual(['正文。', '特此通知。']);
    const parted = parts('关于开展学习的通知\n正文。\n附件1：参赛办法\n附件2-1：报名表（学生组）\n共青团某某大学委员会\n2024年5月6日\n');
    expect(parted.attachments).toBeUndefined();
  });

  it('reads a 附件 list that comes before the contact lines, and keeps those in the body', () => {
    const found = parts('关于开展推优工作的通知\n正文。\n附件1：实施细则.pdf\n附件2：登记表.doc\n联系人：孙老师\n地  点：学生活动中心305室\n电  话：0551-6270000\n共青团某某大学委员会\n2025年10月28日\n');
    expect(found.attachments).toEqual(['实施细则.pdf', '登记表.doc']);
    expect(bodyOf(found)).toEqual(['正文。', '联系人：孙老师', '地  点：学生活动中心305室', '电  话：0551-6270000']);
    const unnumbered = parts('关于开展推优工作的通知\n正文。\n附件：1.实施细则\n2.登记表\n联系人：孙老师\n共青团某某大学委员会\n2025年10月28日\n');
    expect(unnumbered.attachments).toEqual(['实施细则', '登记表']);
    expect(bodyOf(unnumbered)).toEqual(['正文。', '联系人：孙老师']);
  });

  it('reads a 附件 name that starts with a year under its number', () => {
    const found = parts('关于开展学习的通知\n正文。\n附件：1.2025年全市团干部培训班名额分配表\n2.参训人员回执\n共青团某某县委\n2024年5月6日\n');
    expect(found.attachments).toEqual(['2025年全市团干部培训班名额分配表', '参训人员回执']);
  });

  it('reads a 附件 list typed as a sentence (1、…； 2、…。), and not a note with a sentence inside a line', () => {
    const found = parts('关于举办拼图大赛的通知\n正文。\n特此通知。\n附件：\n1、拼图大赛报名表；\n2、参赛团队汇总表。\n共青团某某街道工作委员会\n2025年4月21日\n');
    expect(found.attachments).toEqual(['拼图大赛报名表', '参赛团队汇总表']);
    const prose = parts('关于举办拼图大赛的通知\n正文。\n附件：\n1、报名表。请于5月8日前报送；\n共青团某某街道工作委员会\n2025年4月21日\n');
    expect(prose.attachments).toBeUndefined();
  });

  it('reads a 附件 list after the date, each number alone above its name', () => {
    const found = parts('关于开展学习的通知\n正文。\n共青团某某县委\n2024年5月6日\n附件：\n1.\n活动规则.docx\n2.\n报名表.docx\n');
    expect(found).toMatchObject({ attachments: ['活动规则.docx', '报名表.docx'], date: '2024-05-06' });
    expect(found.notes).toEqual([]);
  });

  it('keeps an attachment written in sentences after the date, under its title; leaves out a form', () => {
    const plan = parts('关于印发《学习方案》的通知\n现将方案印发给你们。\n附件：学习方案\n共青团某某县委\n2024年5月6日\n附件\n学习方案\n一、总体要求\n各团支部要认真学习。\n共青团某某县委办公室　2024年5月7日印发\n');
    expect(plan).toMatchObject({ attachments: ['学习方案'], appendix: { title: '学习方案' } });
    expect(bodyOf(plan)).toEqual(['现将方案印发给你们。']);
    expect(plan.appendix!.body.map((line) => line.text)).toEqual(['一、总体要求', '各团支部要认真学习。']);
    const form = parts('关于开展学习的通知\n正文。\n共青团某某县委\n2024年5月6日\n附件\n学习计划表\n序号　时间　内容\n');
    expect(form.appendix).toBeUndefined();
    expect(form.notes).toEqual(['已略去日期后面的 3 行（第 5–7 行，“附件”…）：附件和附注不属于正文']);
  });

  it('leaves out a government page\'s disclosure table and font buttons, taking the number from the table', () => {
    const found = parts('字体大小：【大】 【中】 【小】\n关于表彰优秀少先队员的决定\n索引号：001234567/2025-04521 | 成文日期：2025-06-03 |\n发文字号：某教发(2025)12号 | 主题词： |\n各中小学：\n正文。\n');
    expect(found).toMatchObject({ title: '关于表彰优秀少先队员的决定', number: '某教发〔2025〕12号', addressees: '各中小学' });
    expect(bodyOf(found)).toEqual(['正文。']);
  });

  it('reads a number labelled in the body (编 号：) as the document number, and leaves it out of the body', () => {
    const found = parts('关于做好寒假工作的通知\n各团委：\n正文。\n编 号:团区委(2025)3号\n联系人：杨某某\n共青团某某区委员会\n2025年1月10日\n');
    expect(found.number).toBe('团区委〔2025〕3号');
    expect(bodyOf(found)).toEqual(['正文。', '联系人：杨某某']);
    expect(bodyOf(parts('关于做好寒假工作的通知\n各团委：\n编号为3号的车辆停放在北门。\n'))).toEqual(['编号为3号的车辆停放在北门。']);
  });

  it('reads the printer on the printing line itself', () => {
    expect(parts('关于开展学习的通知\n正文。\n共青团某某县委办公室　2024年5月6日印发\n')).toMatchObject({ printer: '共青团某某县委办公室', printDate: '2024-05-06' });
  });
});

describe('recogniseParts: titles as copied', () => {
  const parts = (...texts: string[]) => recogniseParts(texts.map((text, index) => ({ text, line: index + 1 })));

  it('keeps a space between the issuers of a joint title, and none in its layout', () => {
    expect(parts('共青团某某省委员会 某某省教育厅 某某省学生联合会关于举办第 6 届', '大学生职业 规划大赛的通知', '各市州团委：', '正文。').title).toBe(
      '共青团某某省委员会 某某省教育厅 某某省学生联合会关于举办第6届大学生职业规划大赛的通知',
    );
    expect(parts('共青团某某省委员会 某某省教育厅', '某某省学生联合会关于举办大赛的通知', '各市州团委：', '正文。').title).toBe('共青团某某省委员会 某某省教育厅 某某省学生联合会关于举办大赛的通知');
  });

  it('takes the title and addressees a copy ran together apart, and the document’s title over a web page’s heading', () => {
    const found = parts('对于举办某某活动通知', '发布时间:2020-10-14 来源: 调查报告 点击:', '关于举办某某系列活动的通知 各分团委:', '正文。', '某某学院团委', '2009年4月10日');
    expect(found).toMatchObject({ title: '关于举办某某系列活动的通知', addressees: '各分团委' });
    expect(found.notes).toContain('已略去网页的标题“对于举办某某活动通知”：通知的标题是第 3 行');
  });

  it('leaves out a page’s breadcrumbs and the column tag in front of the title', () => {
    expect(parts('当前位置: 首页>>学生工作>>通知公告>>正文', '【团建】关于开展团员教育评议工作的通知', '各团支部:', '正文。').title).toBe('关于开展团员教育评议工作的通知');
    expect(parts('首页 > 通知公告 > 正文', '“青春心向党”主题征文启事', '为引导青年讲好身边的故事，现开展征文活动。').title).toBe('“青春心向党”主题征文启事');
  });

  it('keeps the text of a forwarded document printed after the date, and the letter that forwards it', () => {
    const found = parts(
      '关于转发《关于开展主题团日活动的通知》的通知', '各县区团委：', '现将团省委的通知转发给你们，请认真组织实施。', '特此通知。', '共青团某某市委员会', '2025年11月28日',
      '共青团某某省委员会文件', '某青字〔2025〕35号', '关于开展主题团日活动的通知', '各市团委：', '团省委决定开展主题团日活动。', '一、活动时间', '12月至1月', '共青团某某省委员会', '2025年11月20日',
    );
    expect(found).toMatchObject({ title: '关于转发《关于开展主题团日活动的通知》的通知', addressees: '各县区团委', date: '2025-11-28' });
    expect(found.body.map((line) => line.text)).toEqual(['现将团省委的通知转发给你们，请认真组织实施。', '特此通知。']);
    expect(found.appendix).toMatchObject({ title: '关于开展主题团日活动的通知' });
    expect(found.appendix!.body.map((line) => line.text)).toEqual(['团省委决定开展主题团日活动。', '一、活动时间', '12月至1月']);
  });
});
