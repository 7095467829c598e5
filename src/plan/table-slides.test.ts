import fc from 'fast-check';
import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { slideSizes } from '../render/slide-size.js';
import type { Slide } from './deck.js';
import { columnWidths, packRows, setTable } from './table-slides.js';
import { planNotice } from './test-notice.js';

const gfm = (rows: string[][]) => [rows[0]!, rows[0]!.map(() => '---'), ...rows.slice(1)].map((row) => `| ${row.join(' | ')} |`).join('\n');
const quota = [['学院', '名额', '学院', '名额'], ['文学院', '40', '理学院', '45'], ['经济学院', '50', '工学院', '60']];
const cellsOf = (slide: Slide) => (slide.slots.table![0] as Table).children.map((row) => row.children.map((cell) => toString(cell)));
const tableSlidesOf = (slides: Slide[]) => slides.filter((slide) => slide.layout === 'table');
const classOf = (slide: Slide) => (slide.slots.table![0] as Table).data?.hProperties?.className;

/** A schedule of `count` rows: 时间 | 内容 | 地点. */
function schedule(count: number): string[][] {
  return [['时间', '内容', '地点'], ...Array.from({ length: count }, (_, index) => [`7月${index + 1}日 08:30-10:00`, `第${index + 1}场专题培训`, '大学生活动中心报告厅'])];
}

describe('tables on slides', () => {
  it('gives a short section with a table a table slide under its title, not an overview row', async () => {
    const { deck } = await planNotice(`为做好服务工作，现将有关事项通知如下。\n\n# 一、名额分配\n\n${gfm(quota)}\n\n# 二、报名方式\n\n请于6月25日前报名。`);
    const [table, ...more] = tableSlidesOf(deck.children);
    expect(more).toHaveLength(0);
    expect(toString({ type: 'root', children: table!.slots.title! })).toBe('一、名额分配');
    expect(cellsOf(table!)).toEqual(quota);
    expect(deck.children.some((slide) => slide.layout === 'overview' || slide.layout === 'section')).toBe(false);
    // The heading, then the rows in order, a paragraph each, cells set apart.
    expect(table!.notes.map((note) => toString(note))).toEqual(['一、名额分配', '学院　名额　学院　名额', '文学院　40　理学院　45', '经济学院　50　工学院　60']);
    // A column of numbers is aligned right.
    expect((table!.slots.table![0] as Table).align).toEqual([null, 'right', null, 'right']);
  });

  it('splits a long table by rows into even parts, each with the header row, the notes reading every row once in order', async () => {
    const rows = schedule(30);
    const { deck } = await planNotice(`# 一、培训日程\n\n${gfm(rows)}\n\n# 二、有关要求\n\n各学院要认真组织，确保培训取得实效，按时报送总结材料。`);
    const parts = tableSlidesOf(deck.children);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(cellsOf(part)[0]).toEqual(rows[0]);
    expect(parts.flatMap((part) => cellsOf(part).slice(1))).toEqual(rows.slice(1));
    const sizes = parts.map((part) => cellsOf(part).length - 1);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    const notes = parts.flatMap((part) => part.notes.map((note) => toString(note)));
    expect(notes).toEqual(['一、培训日程', ...rows.map((row) => row.join('　'))]);
    // A table section is arranged, not studied: no divider before it.
    expect(deck.children.some((slide) => slide.layout === 'section')).toBe(false);
  });

  it('sets a table of long cells in the smaller type, and one of many columns with its labels wrapping', async () => {
    const long = [['评分项目', '评分标准'], ['主题内容', '主题鲜明，紧扣学习内容，观点正确，联系本支部实际，有思考、有深度，能提出具体可行的改进措施，形成可推广的经验做法'], ['组织形式', '形式新颖多样，团员参与面广，互动充分，现场气氛活跃，能够调动团员的积极性和主动性，参与率达到八成以上']];
    const many = [['序号', '学院', '团支部数', '团员人数', '推荐人数', '联系人', '联系电话', '报送时间'], ['1', '经济与管理学院', '40', '1388', '10', '张老师', '0451-55190003', '6月21日']];
    const { deck } = await planNotice(`# 一、评分标准\n\n${gfm(long)}\n\n# 二、名额汇总\n\n${gfm(many)}`, undefined, slideSizes['4:3']);
    const [scoring, summary] = tableSlidesOf(deck.children);
    expect(classOf(scoring!)).toEqual(['table-small']);
    expect(classOf(summary!)).toContain('table-tight');
  });

  it('sets the line that introduces a table above its first part, read first in its notes', async () => {
    const { deck } = await planNotice(`# 一、名额分配\n\n各学院名额分配如下：\n\n${gfm(quota)}`);
    const [table, ...more] = tableSlidesOf(deck.children);
    expect(more).toHaveLength(0);
    expect(toString({ type: 'root', children: table!.slots.lead! })).toBe('各学院名额分配如下：');
    expect(table!.notes.map((note) => toString(note)).slice(0, 3)).toEqual(['一、名额分配', '各学院名额分配如下：', '学院　名额　学院　名额']);
    expect(deck.children.filter((slide) => slide.position && slide.layout !== 'table')).toHaveLength(0);
  });

  it('keeps a telephone number or a time range on one line, in the table shown but not in the notes', async () => {
    const { deck } = await planNotice(`# 一、联络安排\n\n${gfm([['事项', '电话'], ['报名咨询', '0451-55190001'], ['材料报送', '8:30-10:00']])}`);
    const [table] = tableSlidesOf(deck.children);
    const cell = (table!.slots.table![0] as Table).children[1]!.children[1]!;
    expect(cell.children).toMatchObject([{ type: 'emphasis', data: { hProperties: { className: ['keep-whole'] } }, children: [{ value: '0451-55190001' }] }]);
    expect(toString(table!.notes.at(-1)!)).toBe('材料报送　8:30-10:00');
  });

  it('honours the author: `<!-- layout: table -->` on a table, and a table between `---` breaks, stay tables', async () => {
    const directed = await planNotice(`# 一、工作安排\n\n各支部组织学习，认真贯彻落实。\n\n<!-- layout: table -->\n\n${gfm(quota)}`);
    expect(tableSlidesOf(directed.deck.children).map(cellsOf)).toEqual([quota]);
    const authored = await planNotice(`名额分配\n\n---\n\n<!-- layout: table -->\n\n${gfm(quota)}`);
    expect(tableSlidesOf(authored.deck.children).map(cellsOf)).toEqual([quota]);
  });

  it('keeps a subsection with a table out of a run of cards', async () => {
    const body = `# 一、工作安排\n\n（一）宣传动员。各支部组织学习。\n\n（二）名额分配。\n\n${gfm(quota)}\n\n（三）总结表彰。评选优秀团支部。`;
    const { deck } = await planNotice(body);
    expect(deck.children.some((slide) => slide.layout === 'cards')).toBe(false);
    expect(tableSlidesOf(deck.children)).toHaveLength(1);
  });
});

describe('columnWidths', () => {
  it('gives each column its widest cell when they all fit', () => {
    expect(columnWidths(quota, 40)).toEqual({ widths: [4, 2, 3, 2], headersWhole: true });
  });

  it('shares the room of a wide table in proportion, no column narrower than its header label or a number', () => {
    const cells = [['项目', '说明', '电话'], ['报名', '请于规定时间内登录系统填写报名信息并上传材料，逾期不予受理，请各学院提前通知', '0451-55190001']];
    const { widths, headersWhole } = columnWidths(cells, 30);
    expect(headersWhole).toBe(true);
    expect(widths[0]).toBeGreaterThanOrEqual(2);
    expect(widths[2]).toBeGreaterThanOrEqual(7);
    expect(widths.reduce((sum, width) => sum + width, 0) + 3 * 1.5).toBeCloseTo(30);
  });
});

describe('packRows and setTable', () => {
  const rowCells = fc.array(fc.string({ unit: fc.constantFrom('学', '院', '名', '额', '4', '0', '，', '时间'), minLength: 1, maxLength: 40 }), { minLength: 3, maxLength: 3 });

  it('packs every body row once, in order, on slides none of which is empty', () => {
    fc.assert(
      fc.property(fc.array(rowCells, { minLength: 2, maxLength: 40 }), (cells) => {
        const budget = { lines: 13, chars: 40 };
        const parts = packRows(cells, budget);
        expect(parts.flat()).toEqual(cells.slice(1).map((_, index) => index));
        expect(parts.every((part) => part.length > 0)).toBe(true);
      }),
    );
  });

  it('keeps the full type for a long table of short cells', () => {
    expect(setTable(schedule(40), { lines: 13, chars: 40 }, { lines: 15, chars: 46 }).small).toBe(false);
  });
});
