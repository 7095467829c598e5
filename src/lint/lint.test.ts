import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFixes, lintNotice, type Finding } from './lint.js';

/** A notice with nothing wrong in it: each case below changes one thing. */
const clean = [
  '---',
  'issuer: 共青团某某县委',
  'number: 某团发〔2024〕3号',
  'title: 关于开展“青春学习季”读书活动的通知',
  'addressees: 各乡镇团委，县直各团组织',
  'date: 2024-03-15',
  '---',
  '',
  '为引导团员青年多读书、读好书（详见附件），现将有关事项通知如下：',
  '',
  '# 一、活动时间',
  '',
  '2024年3月20日至4月30日，每周五下午。',
  '',
  '# 二、活动内容',
  '',
  '1\\. 共读一本书，使用QQ群和APP打卡。',
  '',
  '2\\. 开展分享会，按某团发〔2023〕5号文件执行。',
  '',
].join('\n');

const findings = (text: string, rule: string): Finding[] => lintNotice(text).filter((finding) => finding.rule === rule);
const with_ = (from: string, to: string): string => {
  if (!clean.includes(from)) throw new Error(`not in the clean notice: ${from}`);
  return clean.replace(from, to);
};

describe('lint', () => {
  it('finds nothing in a clean notice', () => {
    expect(lintNotice(clean)).toEqual([]);
  });

  it('finds only the stray “and” in the sample', () => {
    const sample = readFileSync('decks/zqf-2016-9/notice.md', 'utf8');
    expect(lintNotice(sample)).toMatchObject([{ rule: 'stray-latin', severity: 'warning', line: 33, message: '中文句子里夹着英文“and”', suggestion: '多半应为“和”' }]);
  });
});

describe('rule half-width-punctuation', () => {
  it('fires on , : ( ) . inside Chinese, with the full-width mark as a fix', () => {
    const text = with_('每周五下午。', '每周五下午,地点:团委(三楼).');
    const found = findings(text, 'half-width-punctuation');
    expect(found.map((finding) => finding.suggestion)).toEqual(['改为“，”', '改为“：”', '改为“（三楼）”', '改为“。”']);
    expect(found[0]).toMatchObject({ severity: 'error', line: 13, column: 23 });
    expect(applyFixes(text, found).text).toBe(with_('每周五下午。', '每周五下午，地点：团委（三楼）。'));
  });

  it('does not fire on numbers, times, addresses and Latin text', () => {
    const text = with_('每周五下午。', '每周五下午3:30开始，电话0571-88880000，网址 https://example.org/a,b 和 3.5 小时（Chinese, English）。');
    expect(findings(text, 'half-width-punctuation')).toEqual([]);
  });
});

describe('rule unbalanced-brackets', () => {
  it('fires on a quote or bracket left open or closed twice', () => {
    expect(findings(with_('“青春学习季”读书', '“青春学习季读书'), 'unbalanced-brackets')).toMatchObject([{ line: 4, message: '““”没有对应的“””' }]);
    expect(findings(with_('（详见附件）', '详见附件）'), 'unbalanced-brackets')).toMatchObject([{ message: '“）”前面没有对应的“（”' }]);
  });

  it('does not fire on nested pairs or Markdown-escaped brackets', () => {
    expect(findings(with_('（详见附件）', '（详见《读书“打卡”办法》\\[附\\]）'), 'unbalanced-brackets')).toEqual([]);
  });
});

describe('rule stray-latin', () => {
  it('fires on a lower-case English word between Chinese words', () => {
    expect(findings(with_('共读一本书，', '共读一本书 and 写心得，'), 'stray-latin')).toMatchObject([{ severity: 'warning', suggestion: '多半应为“和”' }]);
  });

  it('does not fire on acronyms, names or Latin text on its own', () => {
    expect(findings(with_('每周五下午。', '每周五下午，用WiFi或 PPT 展示，see you。'), 'stray-latin')).toEqual([]);
  });
});

describe('rule document-number', () => {
  it('fires on [ ], ( ), 第 and a leading zero, in the field and in the body, with the fix', () => {
    const text = with_('某团发〔2024〕3号', '某团发[2024]03号').replace('某团发〔2023〕5号', '某团发(2023)第5号');
    const found = findings(text, 'document-number');
    expect(found.map((finding) => finding.suggestion)).toEqual(['改为“〔2024〕3号”', '改为“〔2023〕5号”']);
    expect(applyFixes(text, lintNotice(text)).text).toBe(clean);
  });

  it('does not fire on a number in GB/T 9704 form', () => {
    expect(findings(clean, 'document-number')).toEqual([]);
  });
});

describe('rule impossible-dates', () => {
  it('fires on a day or month not on the calendar, in the body and in date fields', () => {
    const text = with_('2024年3月20日', '2023年2月29日').replace('date: 2024-03-15', 'date: 2024-04-31');
    expect(findings(text, 'impossible-dates').map((finding) => finding.message)).toEqual(['“2024-04-31”不是真实的日期', '“2023年2月29日”不是真实的日期']);
  });

  it('does not fire on a leap day or a date without a year', () => {
    expect(findings(with_('2024年3月20日至4月30日', '2024年2月29日至2月29日'), 'impossible-dates')).toEqual([]);
  });
});

describe('rule numbering', () => {
  it('fires on a gap and on a repeat', () => {
    expect(findings(with_('# 二、活动内容', '# 三、活动内容'), 'numbering')).toMatchObject([{ message: '序号“三、”跳号：前面没有“二、”', suggestion: '核对序号，这里应为“二、”' }]);
    expect(findings(with_('2\\. 开展', '1\\. 开展'), 'numbering')).toMatchObject([{ message: '序号“1.”重复或倒退' }]);
  });

  it('does not fire on 1. right under 一、 or on counting again under a new part', () => {
    expect(findings(clean.replace('# 一、活动时间\n', '# 一、活动时间\n\n1\\. 报名。\n'), 'numbering')).toEqual([]);
  });
});

describe('rule title-kind', () => {
  it('fires on a title that does not end in a document kind', () => {
    expect(findings(with_('读书活动的通知', '读书活动'), 'title-kind')).toMatchObject([{ severity: 'warning', line: 4 }]);
  });

  it('does not fire on 通知, 方案（试行） or 函', () => {
    for (const title of ['读书活动的通知', '读书活动方案（试行）', '读书活动的函']) expect(findings(with_('读书活动的通知', title), 'title-kind')).toEqual([]);
  });
});

describe('rule missing-elements', () => {
  it('fires on a placeholder issuer (error) and a missing date (warning)', () => {
    const text = with_('issuer: 共青团某某县委', 'issuer: 请填写发文机关').replace('date: 2024-03-15\n', '');
    expect(findings(text, 'missing-elements')).toMatchObject([
      { severity: 'warning', message: '没有成文日期（date）' },
      { severity: 'error', line: 2, message: '发文机关（issuer）还是占位文字“请填写发文机关”' },
    ]);
  });

  it('does not fire when every element is there', () => {
    expect(findings(clean, 'missing-elements')).toEqual([]);
  });
});
