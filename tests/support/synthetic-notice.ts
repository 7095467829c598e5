/**
 * A notice built to stress the layouts: a very long title, one very long paragraph, a heading with
 * no body, a long list and mixed Chinese/Latin/number text. Deterministic: the same text every run.
 */

/** Common characters of official notices; the paragraph text is drawn from these. */
const pool =
  '各级团组织要深入学习贯彻会议精神切实加强青年思想政治引领工作推动共青团改革发展' +
  '广大团员青年坚定理想信念志存高远脚踏实地勇做时代弄潮儿在实现中国梦的生动实践中放飞青春梦想' +
  '建设网络文明服务大局创新方式方法提高质量效益完善制度机制强化责任落实基层组织覆盖';

/** A deterministic pseudo-random sequence (a linear congruential generator). */
function* numbers(seed: number): Generator<number> {
  let state = seed >>> 0;
  for (;;) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    yield state;
  }
}

/**
 * `length` Chinese characters (punctuation included) in clauses of 26–34 characters: each clause
 * ends in ，, every third one in 。, and the last one in 。.
 */
export function longParagraph(length: number, seed = 2024): string {
  const random = numbers(seed);
  const next = () => random.next().value as number;
  const poolChars = [...pool];
  const chars: string[] = [];
  let clause = 0;
  while (chars.length < length) {
    const clauseLength = 26 + (next() % 9);
    for (let i = 0; i < clauseLength - 1 && chars.length < length - 1; i++) chars.push(poolChars[next() % poolChars.length]!);
    clause++;
    chars.push(chars.length === length - 1 || clause % 3 === 0 ? '。' : '，');
  }
  return chars.join('');
}

/** A title of exactly `length` characters ending in 的通知. */
export function longTitle(length: number): string {
  const head = '某某团委关于';
  const tail = '的通知';
  const middle = '深入学习贯彻全面从严治团要求进一步加强和改进新时代基层团组织建设推动团员青年在服务大局中建功立业';
  let body = '';
  while ([...head + body + tail].length < length) body += middle;
  return head + [...body].slice(0, length - [...head].length - [...tail].length).join('') + tail;
}

export const mixedParagraph =
  '2024年5月4日，团中央印发《关于开展“青春向党”主题团日活动的通知》（中青发〔2024〕12号），' +
  '要求各级团组织通过 WeChat、Weibo、Bilibili 等 App 开展 Online 学习，覆盖 100000 名团员青年，' +
  '参与率不低于 95.5%，并于 2024-06-30 前报送 PDF 格式的总结材料（每份不超过 3,000 字，A4 纸打印）。';

/** The whole notice.md. */
export function syntheticNotice(): string {
  const items = Array.from({ length: 40 }, (_, i) => `- 第${i + 1}项工作要求`);
  return [
    '---',
    'issuer: 某某团委',
    `title: ${longTitle(90)}`,
    'date: 2024-05-04',
    '---',
    '',
    longParagraph(1500),
    '',
    '# 一、只有标题',
    '',
    '# 二、工作要求',
    '',
    ...items,
    '',
    '# 三、有关事项',
    '',
    mixedParagraph,
    '',
  ].join('\n');
}
