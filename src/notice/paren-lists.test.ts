import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkNotice } from './remark-notice.js';

async function sections(body: string) {
  const file = new VFile({ path: 'notice.md', value: `---\nissuer: 团委\ntitle: 通知\n---\n\n${body}\n` });
  const processor = unified().use(remarkParse).use(remarkNotice);
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  return tree.children.map((node) => (node.type === 'noticeSection' ? `${node.level}:${node.label}` : node.type));
}

describe('1) numbering', () => {
  it('is the third level, as a list or as a paragraph, with half- or full-width brackets', async () => {
    expect(await sections('1) 提高认识。要重视。\n\n2) 加强领导。要负责。')).toEqual(['3:1)', '3:2)']);
    expect(await sections('1）提高认识。\n\n2)加强领导。')).toEqual(['3:1）', '3:2)']);
  });

  it('leaves a list with dots as it is', async () => {
    expect(await sections('- 甲\n- 乙')).toEqual(['list']);
  });
});
