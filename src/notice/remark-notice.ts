import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Preset } from 'unified';
import { remarkNoticeStructure } from '../recognise/notice-structure.js';
import { remarkNoticeFrontMatter } from './front-matter.js';
import { remarkJoinCjkLines } from './join-lines.js';
import { remarkParenNumbering } from './paren-lists.js';

/**
 * Reading a notice, as every output (deck, handout, original) needs it: front matter checked
 * into `file.data.notice`, GFM, hand-wrapped Chinese lines joined, `1)` lists read as numbering, and the numbered body
 * recognised into `noticeSection`s. Use after remark-parse.
 */
export const remarkNotice: Preset = {
  plugins: [[remarkFrontmatter, ['yaml']], remarkGfm, remarkNoticeFrontMatter, remarkJoinCjkLines, remarkParenNumbering, remarkNoticeStructure],
};
