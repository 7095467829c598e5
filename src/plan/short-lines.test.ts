import { describe, expect, it } from 'vitest';
import { isListItem } from './short-lines.js';

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
