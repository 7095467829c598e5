import path from 'node:path';
import type { DeckConfig } from '../build/deck-config.js';
import type { DeckSource } from '../notice/read.js';
import type { DeckAdapter } from '../pipeline.js';
import { adaptDeckForBranch } from './branch-deck.js';
import { readExtraSlides } from './extra-slides.js';
import type { Branch } from './read-branch.js';

/** What building a deck for one branch changes: its settings, its output name, and its slides. */
export interface BranchBuild {
  config: DeckConfig;
  /** `<notice>-<shortName>`: the PDF's name, told apart from the other branches' in a chat group. */
  name: string;
  adaptDeck: DeckAdapter;
}

export async function prepareBranchBuild(branch: Branch, source: DeckSource, deckConfig: DeckConfig): Promise<BranchBuild> {
  const { data } = branch;
  // The branch's logo lives in the branches folder; the deck resolves pictures against its own folder.
  const logo = data.logo ? path.relative(source.directory, path.resolve(branch.directory, data.logo)).split(path.sep).join('/') : deckConfig.logo;
  const config: DeckConfig = {
    ...deckConfig,
    ...(data.theme ? { theme: data.theme } : {}),
    ...(logo ? { logo } : {}),
    footer: data.footer ?? deckConfig.footer ?? data.name,
    variables: { ...deckConfig.variables, ...data.variables },
  };
  return { config, name: branchOutputName(source.name, data.shortName), adaptDeck: adaptDeckForBranch(branch, await readExtraSlides(branch, source.directory)) };
}

export function branchOutputName(noticeName: string, shortName: string): string {
  return `${noticeName}-${shortName}`;
}

/** `dist/<notice>/<branch id>`. */
export function branchOutDir(noticeName: string, branchId: string): string {
  return path.join('dist', noticeName, branchId);
}
