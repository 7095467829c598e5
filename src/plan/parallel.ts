import { splitSentences } from '../text/sentences.js';
import { textWidth } from '../text/width.js';
import { chineseWords } from '../text/words.js';

const longestLead = 8;

/**
 * What follows a shared lead in a parallel item is a core phrase (要“加强组织领导”); a sentence
 * that goes on with a preposition (要“根据……”, 要“在……前提下”) only starts alike.
 */
const adverbialOpening = /^(?:根据|按照|依照|依据|本着|在|对于?|关于|把|将|以|通过|围绕|结合|针对|从|于|为了?|由|向|与|同|经|凡|随着|鉴于|基于)/u;

function wordBoundaries(value: string): Set<number> {
  return new Set([...chineseWords.segment(value)].map((segment) => segment.index));
}

/**
 * The lead that parallel sentences or paragraphs share ("要深刻领会…" ×6, "必须坚持…" ×4): the
 * prefix most texts start with (at least three), the longest such prefix when several are shared
 * equally often, ending between words. `indices` are the texts that start with it.
 */
export function sharedLead(texts: string[], minCount = 3): { lead: string; indices: number[] } | undefined {
  let best: { lead: string; indices: number[] } | undefined;
  // Each text is segmented once, when a lead first asks: segmenting a paragraph into words is the
  // costly part, and every lead length asks again of the same texts.
  const boundaries = new Map<number, Set<number>>();
  const boundariesOf = (index: number) => {
    let found = boundaries.get(index);
    if (!found) boundaries.set(index, (found = wordBoundaries(texts[index]!)));
    return found;
  };
  for (let length = 1; length <= longestLead; length++) {
    const groups = new Map<string, number[]>();
    texts.forEach((value, index) => {
      const chars = [...value];
      if (chars.length <= length) return;
      const prefix = chars.slice(0, length).join('');
      if (/[\p{P}\s\d]/u.test(prefix)) return;
      groups.set(prefix, [...(groups.get(prefix) ?? []), index]);
    });
    for (const [lead, all] of groups) {
      const indices = all.filter((index) => !adverbialOpening.test(texts[index]!.slice(lead.length)));
      if (indices.length < minCount) continue;
      const endsBetweenWords = indices.filter((index) => boundariesOf(index).has(lead.length)).length * 2 > indices.length;
      if (!endsBetweenWords) continue;
      if (!best || indices.length > best.indices.length || (indices.length === best.indices.length && lead.length > best.lead.length)) {
        best = { lead, indices };
      }
    }
  }
  return best;
}

/**
 * What a card shows of a parallel item: the clause after the shared lead (two, when the first is
 * too short to say anything: "网络空间的竞争，归根结底是人才竞争"), cut to the card's width in em.
 */
export function corePhrase(item: string, lead: string, maxWidth: number): string {
  const rest = splitSentences(item.slice(lead.length))[0] ?? '';
  const trailingPunctuation = /[，、：；。！？,:;.!?]+$/u;
  let phrase = '';
  // Clauses end at ，and ：only: 、 separates the items of an enumeration, which stays whole.
  for (const clause of rest.split(/(?<=[，：,:])/u)) {
    const said = textWidth(phrase.replace(trailingPunctuation, ''));
    if (phrase && (said >= 8 || textWidth(phrase + clause) > maxWidth)) break;
    phrase += clause;
  }
  phrase = phrase.replace(trailingPunctuation, '');
  if (textWidth(phrase) <= maxWidth) return phrase;
  let cut = '';
  for (const { segment } of chineseWords.segment(phrase)) {
    if (textWidth(cut + segment) > maxWidth - 2) break;
    cut += segment;
  }
  return `${cut}……`;
}
