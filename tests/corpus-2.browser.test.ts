/** The corpus end-to-end tests, part 2 of 2 (see tests/support/corpus.ts). */
import { corpusPart, corpusTests } from './support/corpus.js';

corpusTests(corpusPart(2, 2));
