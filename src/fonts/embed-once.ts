/**
 * The branches of a batch (and the rebuilds of `serve`) mostly need the same characters: reading
 * ~50 cached subsets and hashing them again for each costs ~10 ms of CPU per build. The fonts of a
 * character set are embedded once and kept for the next builds with the same set.
 */
import { embedFonts, glyphCodePoints } from './subset.js';

type EmbeddedFonts = Awaited<ReturnType<typeof embedFonts>>;

/** A few sets at most, so that a long batch of branches with different characters holds little. */
const keptSets = 4;
const kept = new Map<string, Promise<EmbeddedFonts>>();

/** embedFonts, answered from the last few builds when their text needed exactly the same glyphs. */
export function embedFontsOnce(text: string, options: { cacheDir: string }): Promise<EmbeddedFonts> {
  const key = `${options.cacheDir}\0${String.fromCodePoint(...glyphCodePoints(text))}`;
  const known = kept.get(key);
  if (known) return known;
  const embedding = embedFonts(text, options);
  kept.set(key, embedding);
  // A failed embedding is not kept: the next build tries again.
  embedding.catch(() => kept.delete(key));
  for (const oldest of kept.keys()) if (kept.size > keptSets) kept.delete(oldest);
  return embedding;
}
