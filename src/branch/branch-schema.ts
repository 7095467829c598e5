import * as z from 'zod';
import { deckConfigSchema } from '../build/deck-config.js';
import { noticeDate } from '../notice/metadata.js';

const text = z.string().trim().min(1, { message: '不能为空' });
const texts = z.array(text);

/** Where the branch's own slides go: after level-1 section N, or before the discussion. */
const beforeDiscussion = '交流研讨前';

/** Slides a branch may hide by name; a number hides a level-1 section with all its slides. */
const slideIds = ['agenda', 'discussion', 'closing'] as const;

/** A field a branch may leave empty (`logo:`): empty is the same as not there. */
function optional<Schema extends z.ZodType>(schema: Schema) {
  return schema.nullish().transform((value) => value ?? undefined);
}

const sectionNumber = z.int().min(1, { message: '部分序号从 1 开始' });

/**
 * A branch file, `branches/<id>.yaml` beside notice.md: one branch's meeting on the deck's notice.
 * Flat on purpose: a secretary edits one field a line, and a misspelt field gets its suggestion.
 * Theme, variables, logo and footer override deck.yaml's. The descriptions are what the JSON
 * Schema shows in an editor and what `new-branch` writes as comments.
 */
export const branchFileSchema = z.strictObject({
  name: text.describe('支部全称，显示在封面、页脚、讲义页眉和签到表上，如：信息学院2023级软件工程1班团支部'),
  shortName: text
    .regex(/^[^\\/:*?"<>|]+$/u, { message: '简称要用作文件名，不能有 \\ / : * ? " < > | 这些符号' })
    .describe('支部简称，用在文件名里：<通知>-<简称>.pdf，便于在群里区分'),
  logo: optional(text).describe('支部标志图片（放在 branches 文件夹里，如 logo.png），显示在内容页左下角；不用就空着'),
  meetingTitle: optional(text).describe('活动名称，显示在封面和会议安排页，如：主题团日活动：争做网络空间好青年'),
  date: noticeDate.describe('会议日期，写成 2026-12-08 或 2026年12月8日'),
  time: optional(z.union([text, z.number()]).transform(String)).describe('会议时间，如 19:00—20:30'),
  place: optional(text).describe('会议地点'),
  host: optional(text).describe('主持人'),
  presenter: optional(text).describe('领学人，显示在封面上'),
  attendees: optional(
    z.union([z.int().min(1, { message: '人数至少是 1' }).max(500, { message: '人数最多 500' }), z.array(text).min(1)]),
  ).describe('参加人员：写人数（签到表留出这么多空行），或逐行列出姓名（签到表印上姓名）'),
  theme: optional(deckConfigSchema.shape.theme.unwrap()).describe('主题：formal（党建红）、light（浅色）、contrast（高对比）；空着则用 deck.yaml 的'),
  variables: optional(deckConfigSchema.shape.variables.unwrap()).describe('覆盖主题变量，如 color-accent: \'#1f6f8b\'（名称见 templates/base.css）'),
  footer: optional(text).describe('内容页底部的一行文字；空着则显示支部全称'),
  agendaBefore: optional(texts).describe('学习之前的议程，如：重温入团誓词'),
  agendaAfter: optional(texts).describe('学习之后的议程，如：支部工作安排'),
  discussion: optional(texts.min(1)).describe('交流研讨的问题，取代自动生成的研讨题目；空着则用自动生成的'),
  slides: optional(text).describe('本支部自己的幻灯片：branches 文件夹里的 Markdown 文件，幻灯片之间用 --- 分开，# 标题作页标题'),
  slidesAfter: optional(z.union([sectionNumber, z.literal(beforeDiscussion)])).describe(
    `自己的幻灯片放在哪里：写数字 N 放在通知第 N 部分之后，写“${beforeDiscussion}”放在交流研讨页之前（默认）`,
  ),
  hide: optional(z.array(z.union([sectionNumber, z.enum(slideIds)]))).describe(
    '不放映的幻灯片，每行一项：数字 N 隐去通知第 N 部分的全部幻灯片；agenda 学习提纲，discussion 交流研讨，closing 结束页',
  ),
});

export type BranchFile = z.output<typeof branchFileSchema>;
