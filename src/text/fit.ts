import { splitClauses, splitSentences } from './sentences.js';
import { textWidth } from './width.js';

/** How much text a box holds: lines of at most `chars` full-width characters. */
export interface TextBudget {
  lines: number;
  chars: number;
}

/** Lines the text takes in a box `chars` em wide; one em per line is kept for line-breaking rules (禁则). */
export function linesNeeded(text: string, chars: number): number {
  return Math.max(1, Math.ceil(textWidth(text) / Math.max(1, chars - 1)));
}

/**
 * Cuts a paragraph into pieces that each fit the budget, at sentence ends where possible, then at
 * clause marks, and only as a last resort inside a clause (never inside a run of digits or Latin
 * letters). Joined back, the pieces are the input unchanged: nothing is lost.
 */
export function fitText(text: string, budget: TextBudget): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const unit of fittingUnits(text, budget)) {
    const joined = current + unit;
    if (current && linesNeeded(joined, budget.chars) > budget.lines) {
      pieces.push(current);
      current = unit;
    } else {
      current = joined;
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

function fits(text: string, budget: TextBudget): boolean {
  return linesNeeded(text, budget.chars) <= budget.lines;
}

/** Sentences, or for a sentence too long for one box, its clauses, or pieces of a clause. */
function* fittingUnits(text: string, budget: TextBudget): Generator<string> {
  for (const sentence of splitSentences(text)) {
    if (fits(sentence, budget)) {
      yield sentence;
      continue;
    }
    for (const clause of splitClauses(sentence)) {
      if (fits(clause, budget)) yield clause;
      else yield* hardSplit(clause, budget);
    }
  }
}

function* hardSplit(text: string, budget: TextBudget): Generator<string> {
  const maxWidth = budget.lines * (budget.chars - 1);
  // Words are runs of digits/Latin (kept whole) or single other characters.
  const words = text.match(/[0-9A-Za-z.%\-〔〕]+|[\s\S]/gu) ?? [];
  let current = '';
  for (const word of words) {
    if (current && textWidth(current + word) > maxWidth) {
      yield current;
      current = '';
    }
    current += word;
  }
  if (current) yield current;
}
