/**
 * The body text of a corpus notice and how much of it a deck keeps, in order. The body is marked
 * in the raw text by line ranges (tests/fixtures/notices/expectations.json), independent of what
 * import recognises, so a part import loses counts as lost.
 */

/** Lines from the one starting with `from` to the next starting with `to`, both included. */
export type BodyRange = [from: string, to: string];

const pageNumber = /^\s*[—–-]\s*\d+\s*[—–-]\s*$/u;

/** The body lines of `raw`: the ranges' lines, blank lines and page numbers left out. */
export function bodyLines(raw: string, ranges: readonly BodyRange[]): string[] {
  const lines = raw.replace(/\r\n?/gu, '\n').split('\n');
  return ranges.flatMap(([from, to]) => {
    const start = lines.findIndex((line) => line.startsWith(from));
    const end = lines.findIndex((line, i) => i >= start && line.startsWith(to));
    if (start === -1 || end === -1) throw new Error(`no body range “${from}” … “${to}” in the fixture`);
    return lines.slice(start, end + 1).filter((line) => line.trim() && !pageNumber.test(line));
  });
}

/** Text compared as a reader sees it: full- and half-width forms alike (NFKC), whitespace ignored. */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/**
 * The pieces of the body that must each appear whole: every line cut at its punctuation (a
 * wrapped line's end is no cut in the deck, so pieces stay within a line). Punctuation itself is
 * left out: a deck may set a heading's “。” or a list's “;” apart.
 */
export function bodyPieces(lines: readonly string[]): string[] {
  return lines.flatMap((line) => comparable(line).split(/[\p{P}\p{S}]+/u)).filter((piece) => piece.length > 0);
}

export interface Coverage {
  /** Characters of the pieces found in order, of all pieces' characters, as a percentage. */
  percent: number;
  /** The first pieces not found in order, for the failure message. */
  lost: string[];
}

/** How much of `pieces` appears in `deck` in order, each piece after the one before it. */
export function coverage(pieces: readonly string[], deck: string): Coverage {
  const text = comparable(deck);
  let from = 0;
  let found = 0;
  let total = 0;
  const lost: string[] = [];
  for (const piece of pieces) {
    total += piece.length;
    const at = text.indexOf(piece, from);
    if (at === -1) {
      lost.push(text.includes(piece) ? `${piece}（顺序不对）` : piece);
      continue;
    }
    found += piece.length;
    from = at + piece.length;
  }
  return { percent: total === 0 ? 100 : Math.floor((found / total) * 1000) / 10, lost };
}
