import path from 'node:path';
import type { DeckConfig } from '../build/deck-config.js';
import { deckFileProblem, resolveInDeck } from '../build/deck-file.js';
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
  const logo = data.logo ? branchLogo(branch, source.directory) : deckConfig.logo;
  const config: DeckConfig = {
    ...deckConfig,
    ...(data.theme ? { theme: data.theme } : {}),
    ...(logo ? { logo } : {}),
    footer: data.footer ?? deckConfig.footer ?? data.name,
    variables: { ...deckConfig.variables, ...data.variables },
  };
  return { config, name: branchOutputName(source.name, data.shortName), adaptDeck: adaptDeckForBranch(branch, await readExtraSlides(branch, source.directory)) };
}

/**
 * The branch's logo as the deck names pictures: relative to the deck folder, since the file names it
 * relative to the branches folder. Like deck.yaml's, it must really be inside the deck folder.
 */
function branchLogo(branch: Branch, deckDirectory: string): string {
  const written = branch.data.logo ?? '';
  const inDeck = path.relative(deckDirectory, path.resolve(branch.directory, written)).split(path.sep).join('/');
  const resolved = resolveInDeck(deckDirectory, inDeck, 'file');
  if ('problem' in resolved) branch.fail(['logo'], deckFileProblem(resolved.problem, '图片', written));
  return inDeck;
}

export function branchOutputName(noticeName: string, shortName: string): string {
  return `${noticeName}-${shortName}`;
}

/** `dist/<notice>/<branch id>`. */
export function branchOutDir(noticeName: string, branchId: string): string {
  return path.join('dist', noticeName, branchId);
}
