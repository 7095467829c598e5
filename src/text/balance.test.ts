import { describe, expect, it } from 'vitest';
import { balanceLines } from './balance.js';
import { textWidth } from './width.js';

const title = '共青团中央关于组织广大团员青年深入学习贯彻习近平总书记在网络安全和信息化工作座谈会上的重要讲话精神的通知';

describe('balanceLines', () => {
  it('uses the fewest lines that fit, each within the width, losing nothing', () => {
    const lines = balanceLines(title, 20);
    expect(lines).toHaveLength(3);
    expect(lines.join('')).toBe(title);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(20);
  });

  it('keeps words whole: no break inside 习近平, 信息化 or 座谈会', () => {
    for (const width of [12, 14, 16, 18, 20, 22]) {
      const lines = balanceLines(title, width);
      expect(lines.join('')).toBe(title);
      for (const line of lines.slice(0, -1)) expect(line).not.toMatch(/(习|习近|信息|座谈)$/u);
    }
  });

  it('keeps a quoted slogan whole, breaking before or after it', () => {
    const slogan = '关于在全省开展“青春心向党 建功新时代”主题团日活动的通知';
    for (const width of [14, 16, 18, 20, 22]) {
      const lines = balanceLines(slogan, width);
      expect(lines.join('')).toBe(slogan);
      expect(lines.some((line) => line.includes('“青春心向党 建功新时代”'))).toBe(true);
    }
  });

  it('evens the lines out rather than filling the first', () => {
    const lines = balanceLines('认真落实讲话要求，牢牢把握共青团网络新媒体工作的基本原则', 20);
    expect(lines).toHaveLength(2);
    expect(Math.abs(textWidth(lines[0]!) - textWidth(lines[1]!))).toBeLessThanOrEqual(4);
  });

  it('breaks after a comma when that costs little evenness', () => {
    expect(balanceLines('深入学习宣传贯彻讲话精神，推动共青团网络新媒体工作全面提质增效', 18)).toEqual(['深入学习宣传贯彻讲话精神，', '推动共青团网络新媒体工作全面提质增效']);
    expect(balanceLines('深入学习领会讲话精神实质，切实增强做好共青团网络新媒体工作的责任感使命感', 18)[0]).toBe('深入学习领会讲话精神实质，');
  });

  it('keeps a short title on one line', () => {
    expect(balanceLines('关于开展学习的通知', 20)).toEqual(['关于开展学习的通知']);
  });

  it('keeps the names of a joint document\'s issuers whole, breaking between them or after them', () => {
    const joint = '共青团某某省委员会 某某省教育厅 某某省学生联合会关于举办第六届某某省大学生职业生涯规划大赛暨“青春筑梦”就业创业训练营的通知';
    for (const width of [14, 16, 18, 20, 22]) {
      const lines = balanceLines(joint, width);
      expect(lines.join('')).toBe(joint);
      for (const line of lines.slice(0, -1)) expect(line).not.toMatch(/(共青团|某某省|学生)$/u);
    }
    expect(balanceLines('共青团某某区委员会关于做好2025年寒假期间共青团工作的通知', 16)[0]).toMatch(/^共青团某某区委员会/u);
  });

  it('keeps the issuers it is given whole where the title runs their names together', () => {
    const joint = '共青团某某省委员会某某省教育厅某某省学生联合会关于举办第六届某某省大学生职业生涯规划大赛的通知';
    const issuers = ['共青团某某省委员会', '某某省教育厅', '某某省学生联合会'];
    for (const width of [16, 18, 20, 24]) {
      const lines = balanceLines(joint, width, issuers);
      expect(lines.join('')).toBe(joint);
      for (const issuer of issuers) expect(lines.some((line) => line.includes(issuer))).toBe(true);
    }
  });
});
