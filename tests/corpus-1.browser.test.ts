/** The corpus end-to-end tests, part 1 of 2 (see tests/support/corpus.ts). */
import { corpusPart, corpusTests } from './support/corpus.js';

corpusTests(corpusPart(1, 2));
