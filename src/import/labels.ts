/**
 * Numbering labels typed by hand in half-width forms (一. / (一) / (1)) written as GB/T 9704 writes
 * them (一、 / （一） / （1））: the deck shows them in titles and the agenda, where a mix of 一. and
 * 二、 or a half-width bracket among Chinese text looks careless. 1. and 1、 are both common and stay.
 */
const halfWidthLabels: [RegExp, string][] = [
  [/^([一二三四五六七八九十]{1,3})[.．](?!\d)\s*/u, '$1、'],
  [/^[(（]([一二三四五六七八九十]{1,3})[)）]\s*/u, '（$1）'],
  [/^[(（](\d{1,2})[)）]\s*/u, '（$1）'],
];

/** The paragraph with its numbering label in the standard's form. */
export function standardLabel(text: string): string {
  for (const [pattern, replacement] of halfWidthLabels) if (pattern.test(text)) return text.replace(pattern, replacement);
  return text;
}
