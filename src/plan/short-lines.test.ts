import { describe, expect, it } from 'vitest';
import { isListItem, scheduleRows } from './short-lines.js';

describe('isListItem', () => {
  it('takes a short line with no sentence inside as a list item', () => {
    expect(isListItem('3月：“学习雷锋好榜样”')).toBe(true);
    expect(isListItem('“青春心向党，建功新时代”。')).toBe(true);
  });

  it('refuses a contact line, a long line and a line of two sentences', () => {
    expect(isListItem('联系人：李老师')).toBe(false);
    expect(isListItem('各团支部要在五月底前认真组织开展一次主题团日活动并及时报送活动总结材料')).toBe(false);
    expect(isListItem('按时报送。不得延误。')).toBe(false);
  });
});

describe('scheduleRows', () => {
  it('sets a schedule as time and activity under its days', () => {
    const rows = scheduleRows(['6月9日（星期一）', '08:30-09:00  开班仪式', '09:00-11:30  专题辅导：新时代共青团基层组织建设', '6月10日（星期二）', '14:30-17:00 实务操作']);
    expect(rows).toEqual([
      { label: '', lines: ['6月9日（星期一）'] },
      { label: '08:30-09:00', lines: ['开班仪式'] },
      { label: '09:00-11:30', lines: ['专题辅导：新时代共青团基层组织建设'] },
      { label: '', lines: ['6月10日（星期二）'] },
      { label: '14:30-17:00', lines: ['实务操作'] },
    ]);
  });

  it('is no schedule with fewer than three times or with a longer line among them', () => {
    expect(scheduleRows(['6月9日', '08:30-09:00 开班', '09:00-11:30 辅导'])).toBeUndefined();
    expect(scheduleRows(['08:30-09:00 开班', '09:00-11:30 辅导', '14:30-17:00 操作', '各单位要认真组织本单位学员按时参加'])).toBeUndefined();
  });

  it('takes a schedule row as a list item up to a line wide', () => {
    expect(isListItem('09:00-11:30  专题辅导：新时代共青团基层组织建设的形势与任务')).toBe(true);
  });
});
