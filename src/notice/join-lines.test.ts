import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkJoinCjkLines } from './join-lines.js';

async function joined(markdown: string): Promise<string> {
  const processor = unified().use(remarkParse).use(remarkJoinCjkLines);
  return toString((await processor.run(processor.parse(markdown))) as Root);
}

describe('remarkJoinCjkLines', () => {
  it('joins lines broken inside Chinese text, with CRLF or indentation', async () => {
    expect(await joined('为我国网信\n事业的发展指明了方向，\r\n　　提供了基本遵循。')).toBe('为我国网信事业的发展指明了方向，提供了基本遵循。');
  });

  it('keeps a break next to Latin text, which browsers show as a space', async () => {
    expect(await joined('平台\nand “青少年维权在线”')).toBe('平台\nand “青少年维权在线”');
    expect(await joined('Internet\nPlus')).toBe('Internet\nPlus');
  });
});
