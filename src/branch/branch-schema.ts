import { z } from 'zod';
import { deckConfigSchema } from '../build/deck-config.js';
import { noticeDate } from '../notice/metadata.js';

const text = z.string().trim().min(1, { message: '不能为空' });
const texts = z.array(text);

/** Where the branch's own slides go: after level-1 section N, or before the discussion. */
export const beforeDiscussion = '交流研讨前';

/** Slides a branch may hide by name; a number hides a level-1 section with all its slides. */
export const slideIds = ['agenda', 'discussion', 'closing'] as const;

/**
 * A branch file, `branches/<id>.yaml` beside notice.md: one branch's meeting on the deck's notice.
 * Flat on purpose: a secretary edits one field a line, and a misspelt field gets its suggestion.
 * Theme, variables, logo and footer override deck.yaml's.
 */
export const branchFileSchema = z.strictObject({
  /** 支部全称, on the cover, in the PDF's author and the printed headers. */
  name: text,
  /** 简称, in file names: `<notice>-<shortName>.pdf`. */
  shortName: text.regex(/^[^\\/:*?"<>|]+$/u, { message: '简称要用作文件名，不能有 \\ / : * ? " < > | 这些符号' }),
  /** A picture in the branches folder. */
  logo: text.optional(),
  /** 活动名称, e.g. 主题团日活动：…. */
  meetingTitle: text.optional(),
  date: noticeDate,
  /** 时间, e.g. 14:30—16:00. */
  time: z.union([text, z.number()]).transform(String).optional(),
  place: text.optional(),
  /** 主持人. */
  host: text.optional(),
  /** 领学人. */
  presenter: text.optional(),
  /** 应到人数, or the members' names (the sign-in sheet lists them). */
  attendees: z.union([z.int().min(1, { message: '人数至少是 1' }).max(500, { message: '人数最多 500' }), z.array(text).min(1)]).optional(),
  theme: deckConfigSchema.shape.theme,
  variables: deckConfigSchema.shape.variables,
  footer: text.optional(),
  /** 会议议程 before and after the study itself. */
  agendaBefore: texts.optional(),
  agendaAfter: texts.optional(),
  /** Discussion questions in place of the generated topics. */
  discussion: texts.min(1).optional(),
  /** A Markdown file in the branches folder: the branch's own slides (`---` between slides). */
  slides: text.optional(),
  /** After level-1 section N, or 交流研讨前 (the default). */
  slidesAfter: z.union([z.int().min(1, { message: '部分序号从 1 开始' }), z.literal(beforeDiscussion)]).optional(),
  /** Level-1 section numbers, or agenda / discussion / closing. */
  hide: z.array(z.union([z.int().min(1, { message: '部分序号从 1 开始' }), z.enum(slideIds)])).optional(),
});

export type BranchFile = z.output<typeof branchFileSchema>;
