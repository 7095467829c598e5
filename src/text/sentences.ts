/** Closing marks that belong to the sentence before them: 。” stays together. */
const closers = '”’）》】」』"\')';
const sentenceEnds = '。！？；!?';
const clauseEnds = '，、：,:';

/**
 * Splits text after each sentence end (。！？；), keeping closing quotes and brackets with the
 * sentence they close. Joined back, the pieces are the input unchanged.
 */
export function splitSentences(text: string): string[] {
  return splitAfter(text, sentenceEnds);
}

/** Splits a sentence after each clause mark (，、：), for sentences too long for one slide. */
export function splitClauses(text: string): string[] {
  return splitAfter(text, clauseEnds);
}

function splitAfter(text: string, marks: string): string[] {
  const pieces: string[] = [];
  const chars = [...text];
  let start = 0;
  for (let i = 0; i < chars.length; i++) {
    if (!marks.includes(chars[i]!)) continue;
    let end = i + 1;
    while (end < chars.length && closers.includes(chars[end]!)) end++;
    pieces.push(chars.slice(start, end).join(''));
    start = end;
    i = end - 1;
  }
  if (start < chars.length) pieces.push(chars.slice(start).join(''));
  return pieces;
}
