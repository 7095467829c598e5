import * as z from 'zod';

/**
 * A date as written in a notice's front matter: ISO `2016-04-29` or Chinese `2016年4月29日`.
 * Both become the same value; slides print the Chinese form (GB/T 9704: no leading zeros).
 */
export interface NoticeDate {
  year: number;
  month: number;
  day: number;
}

const isoDate = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const chineseDate = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

export const noticeDate = z.string().transform((text, ctx): NoticeDate => {
  const match = isoDate.exec(text.trim()) ?? chineseDate.exec(text.trim());
  const [year, month, day] = match ? match.slice(1).map(Number) : [];
  if (year && month && day) {
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day) return { year, month, day };
  }
  ctx.addIssue({ code: 'custom', message: `“${text}”不是有效的日期：请写成 2016-04-29 或 2016年4月29日` });
  return z.NEVER;
});

/** 发文字号: organ code, year in 〔〕, number without leading zeros, 号. */
const documentNumber = z
  .string()
  .trim()
  .regex(/^\S+〔\d{4}〕[1-9]\d*号$/, {
    message: '发文字号应当像 中青发〔2016〕9号 这样：年份用〔〕括起来，序号前不加 0，以“号”结尾',
  });

const text = z.string().trim().min(1, { message: '不能为空' });

/** A list field also accepts a single string: one addressee, one cc line. */
const textList = z.union([text.transform((one) => [one]), z.array(text).min(1)]);

/**
 * The front matter of notice.md: the formal elements of an official document (GB/T 9704-2012).
 * Field names are English and stable; later features (branches, import, print) rely on them.
 */
export const noticeMetadataSchema = z.strictObject({
  /**
   * 发文机关, e.g. 共青团中央; a list for a joint document (联合行文), the lead issuer first.
   * Missing in an excerpt or a web copy; slides and print leave it out.
   */
  issuer: textList.optional(),
  /** 发文字号, e.g. 中青发〔2016〕9号. */
  number: documentNumber.optional(),
  /** 标题, e.g. 共青团中央关于…的通知. Missing when import could not find it; slides and print leave it out. */
  title: text.optional(),
  /** 主送机关, written as issued, e.g. 共青团各省、自治区、直辖市委，…. */
  addressees: text.optional(),
  /** 附件 names, in order. */
  attachments: textList.optional(),
  /** 发文机关署名, one per issuer of a joint document; defaults to the issuers. */
  signature: textList.optional(),
  /** 成文日期. */
  date: noticeDate.optional(),
  /** 抄送, one entry per line of the closing block. */
  cc: textList.optional(),
  /** 印发机关, e.g. 共青团中央办公厅. */
  printer: text.optional(),
  /** 印发日期. */
  printDate: noticeDate.optional(),
});

export type NoticeMetadata = z.output<typeof noticeMetadataSchema>;

/** Several issuers' names on one line, as a cover or a signature line shows a joint document's: 共青团中央　教育部. */
export function namesLine(names: readonly string[]): string {
  return names.join('　');
}

/** `2016年4月29日`, the form GB/T 9704 prescribes. */
export function formatChineseDate({ year, month, day }: NoticeDate): string {
  return `${year}年${month}月${day}日`;
}
