import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { loadLayouts } from '../layout/layouts.js';
import { remarkNotice } from '../notice/remark-notice.js';
import type { SlideSize } from '../render/slide-size.js';
import type { Deck } from './deck.js';
import { remarkStudyPlan } from './study-plan.js';

export const testFrontMatter = 'issuer: 某某团委\ntitle: 关于开展学习的通知\ndate: 2024-05-04';

/** Plans a notice body with the built-in layouts, as the pipeline does (for tests), at 16:9 or at `size`. */
export async function planNotice(body: string, frontMatter = testFrontMatter, size?: SlideSize): Promise<{ deck: Deck; file: VFile }> {
  const file = new VFile({ path: 'notice.md', value: `---\n${frontMatter}\n---\n\n${body}` });
  const tree = await recognise(file);
  const deck = remarkStudyPlan({ layouts: await loadLayouts(), ...(size ? { size } : {}) })(tree, file);
  return { deck, file };
}

/** The recognised tree of a notice body: its numbered parts as noticeSection nodes (for tests). */
export async function recogniseNotice(body: string, frontMatter = testFrontMatter): Promise<Root> {
  return recognise(new VFile({ path: 'notice.md', value: `---\n${frontMatter}\n---\n\n${body}` }));
}

async function recognise(file: VFile): Promise<Root> {
  const processor = unified().use(remarkParse).use(remarkNotice);
  return (await processor.run(processor.parse(file), file)) as Root;
}
