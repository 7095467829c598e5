/**
 * Notices generated for property tests: 1–15 level-1 sections with headings of 2–60 characters
 * (some run-in, some with a remark in brackets), 0–40 items in all: paragraphs short and long,
 * "1." subsections, one-line list items and contact lines, as real notices mix them.
 */
import fc from 'fast-check';

const han = fc.constantFrom(...'学习贯彻讲话精神组织青年团员网络工作建设发展要求推进落实加强创新服务社会中心大局思想政治活动报名时间对象');
const word = fc.oneof({ weight: 8, arbitrary: fc.string({ unit: han, minLength: 2, maxLength: 6 }) }, fc.constantFrom('2024年5月4日', 'AI', '“青年之声”', '互联网+', '3.5%', '4月20日前'));
const words = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max });
const sentence = fc
  .tuple(fc.constantFrom('', '要', '各级团组织要', '必须坚持', '根据'), words(1, 10), fc.constantFrom('', '，', '、'), fc.constantFrom('。', '；', '！'))
  .map(([lead, parts, separator, end]) => lead + parts.join(separator) + end);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 8 }).map((sentences) => sentences.join(''));

/** A heading of 2–60 characters: a label, a sentence, or one with a remark in brackets. */
const heading = fc
  .tuple(fc.string({ unit: han, minLength: 2, maxLength: 60 }), fc.constantFrom('', '。', '（供参考）', '(以实际为准，可调整)'))
  .map(([text, tail]) => [...text].slice(0, Math.max(2, 60 - [...tail].length)).join('') + tail);

const item = fc.oneof(
  { weight: 5, arbitrary: paragraph },
  { weight: 2, arbitrary: fc.tuple(fc.nat({ max: 8 }), words(1, 6)).map(([n, parts]) => `${n + 1}.${parts.join('')}。`) },
  { weight: 2, arbitrary: words(1, 3).map((parts) => `“${parts.join('')}”`) },
  { weight: 1, arbitrary: fc.constantFrom('联系人：李老师', '电话：0123-45678901', '电子邮箱：tw@example.com', '联系人：王某某，电话：12345678901。') },
);

const numerals = '一二三四五六七八九十';
const numeral = (n: number) => (n < 10 ? numerals[n]! : `十${n === 10 ? '一' : numerals[n - 10]!}`);

/** The notice body as Markdown blocks, and the whole notice.md. */
export const generatedNotice = fc
  .tuple(fc.array(heading, { minLength: 1, maxLength: 15 }), fc.array(item, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 40 }))
  .map(([headings, items, places]) => {
    const sections: string[][] = headings.map((text, index) => [`${numeral(index)}、${text}`]);
    items.forEach((text, index) => sections[(places[index] ?? index) % sections.length]!.push(text));
    return sections.flat().join('\n\n');
  });

export function noticeMarkdown(body: string): string {
  return `---\nissuer: 某某团委\ntitle: 关于开展学习活动的通知\ndate: 2024-05-04\n---\n\n${body}\n`;
}
