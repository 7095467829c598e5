/**
 * A Word file of a notice laid out as offices send them: red mark, number, large centred title,
 * addressees, indented body with bold level-1 headings, signature and date on the right, 版记.
 * Written with the `docx` package, so the test's input is a real .docx, not a mock.
 */
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';

export interface DocxNotice {
  issuer: string[];
  number?: string;
  title: string;
  addressees?: string;
  paragraphs: string[];
  signature?: string[];
  date?: string;
  cc?: string[];
  printer?: string;
  printDate?: string;
}

/** Half-points, as Word counts font sizes. */
const size = { mark: 104, title: 44, body: 32 };
const indent = { firstLine: 640 };

export async function noticeDocx(notice: DocxNotice): Promise<Buffer> {
  const line = (text: string, options: { bold?: boolean; color?: string; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: boolean } = {}) =>
    new Paragraph({
      alignment: options.align ?? AlignmentType.JUSTIFIED,
      ...(options.indent ? { indent } : {}),
      children: [new TextRun({ text, bold: options.bold ?? false, size: options.size ?? size.body, ...(options.color ? { color: options.color } : {}) })],
    });
  const children = [
    line(`${notice.issuer.join('')}文件`, { color: 'E60012', size: size.mark, bold: true, align: AlignmentType.CENTER }),
    ...(notice.number ? [line(notice.number, { align: AlignmentType.CENTER })] : []),
    line(notice.title, { size: size.title, bold: true, align: AlignmentType.CENTER }),
    ...(notice.addressees ? [line(`${notice.addressees}：`)] : []),
    ...notice.paragraphs.map((text) => line(text, { indent: true, bold: /^[一二三四五六七八九十]+、/u.test(text) })),
    ...(notice.signature ?? notice.issuer).map((name) => line(name, { align: AlignmentType.RIGHT })),
    ...(notice.date ? [line(notice.date, { align: AlignmentType.RIGHT })] : []),
    ...(notice.cc ? [line(`抄送：${notice.cc.join('，')}`)] : []),
    ...(notice.printer && notice.printDate ? [line(`${notice.printer}　　${notice.printDate}印发`)] : []),
  ];
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
