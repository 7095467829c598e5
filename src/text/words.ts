/**
 * Chinese text cut into words by ICU's dictionary, shared by every module that needs word
 * boundaries (line balancing, highlights, parallel leads, short headings): one segmenter, built once.
 */
export const chineseWords = new Intl.Segmenter('zh', { granularity: 'word' });
