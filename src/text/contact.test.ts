import { describe, expect, it } from 'vitest';
import { contactBlockLength, contactRows, isContactHeading, isContactLine, trailingContactLength } from './contact.js';

describe('contact lines', () => {
  it('recognises the labels of a contact block', () => {
    expect(['联系人：李老师', '电话：0123-45678901', '电子邮箱：a@example.com', '地址：学生活动中心208室', '官方微信：青春某某'].every(isContactLine)).toBe(true);
    expect(isContactLine('请各学院于4月20日前报送。')).toBe(false);
  });

  it('splits a line that holds several fields, keeping every character', () => {
    expect(contactRows('联系人：王某某，电话：12345678901。')).toEqual([
      { label: '联系人', value: '王某某，' },
      { label: '电话', value: '12345678901。' },
    ]);
  });

  it('takes a place line (地  点：) into a contact block it is in, never as a block\'s start', () => {
    const lines = ['联系人：孙老师', '地  点：学生活动中心305室', '邮  箱：a@example.edu.cn', '电  话：0551-6270000'];
    expect(contactBlockLength(lines, 0)).toBe(4);
    expect(contactBlockLength(lines, 1)).toBe(0);
    expect(trailingContactLength(['各团支部要按时报送。', ...lines])).toBe(4);
    expect(trailingContactLength(['地点：报告厅', '联系人：孙老师'])).toBe(1);
    expect(trailingContactLength(['联系人：孙老师', '地点：报告厅'])).toBe(2);
    expect(contactRows('地  点：学生活动中心305室')).toEqual([{ label: '地  点', value: '学生活动中心305室' }]);
  });

  it('takes a second contact under the first (office and name, then a field or a number) into the block', () => {
    const lines = ['3.注重宣传总结。各校要于9月10日前报送总结。', '联系人：团市委学校部方老师，电话：0000-6370000', '市少工委办公室夏老师，电话：0000-6370001'];
    expect(trailingContactLength(lines)).toBe(2);
    expect(contactBlockLength(lines, 1)).toBe(2);
    expect(contactBlockLength(['联系人：方老师', '市团校培训部  张老师  0571-88001234'], 0)).toBe(2);
    expect(trailingContactLength(['联系人：方老师', '各校要及时总结活动成效，挖掘典型事例，形成一批可复制可推广的经验做法。'])).toBe(0);
  });

  it('knows a contact section by its heading', () => {
    expect(isContactHeading('联系方式')).toBe(true);
    expect(isContactHeading('工作要求')).toBe(false);
  });
});
