import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { splitPhrasing } from '../recognise/split-phrasing.js';
import { splitSentences } from '../text/sentences.js';
import { highlight } from './highlight.js';

/** A piece of a paragraph: its text, for measuring, and its inline content, formatting kept. */
export interface Sentence {
  text: string;
  content: PhrasingContent[];
}

/** Inline content cut into the given consecutive pieces of its text. */
export function cutInto(content: PhrasingContent[], pieces: string[]): Sentence[] {
  const result: Sentence[] = [];
  let rest = content;
  for (const piece of pieces) {
    const [head, tail] = splitPhrasing(rest, piece.length);
    result.push({ text: piece, content: head });
    rest = tail;
  }
  // What has no text (a picture without alt text) after the last piece stays with it, not lost.
  const last = result.at(-1);
  if (last && rest.length > 0) last.content = [...last.content, ...rest];
  return result;
}

/** A paragraph's sentences, each with the author's bold, links and code intact. */
export function sentencesOf(content: PhrasingContent[]): Sentence[] {
  return cutInto(content, splitSentences(toString({ type: 'paragraph', children: content })));
}

/** Highlights quoted terms and enumerations in the plain text of inline content, leaving the rest as it is. */
export function highlightContent(content: PhrasingContent[]): PhrasingContent[] {
  return content.flatMap((node): PhrasingContent[] => {
    if (node.type === 'text') return highlight(node.value);
    if ('children' in node && node.type !== 'link' && node.type !== 'linkReference') {
      return [{ ...node, children: highlightContent(node.children as PhrasingContent[]) } as PhrasingContent];
    }
    return [node];
  });
}
