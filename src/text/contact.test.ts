import { describe, expect, it } from 'vitest';
import { contactRows, isContactHeading, isContactLine } from './contact.js';

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

  it('knows a contact section by its heading', () => {
    expect(isContactHeading('联系方式')).toBe(true);
    expect(isContactHeading('工作要求')).toBe(false);
  });
});
