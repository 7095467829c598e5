import type { Command } from 'commander';
import type { BuildOptions } from '../build/build-deck.js';
import { slideSizeNamed, slideSizes } from '../render/slide-size.js';

/** The flags every command that builds a deck takes. */
export interface BuildFlags {
  out?: string;
  size?: string;
  theme?: string;
}

export function buildOptions(flags: BuildFlags): BuildOptions {
  return {
    ...(flags.out ? { outDir: flags.out } : {}),
    ...(flags.size ? { size: slideSizeNamed(flags.size) } : {}),
    ...(flags.theme ? { theme: flags.theme } : {}),
  };
}

/** The deck argument and the flags of a command that builds the deck first. */
export function withBuildFlags(command: Command, outHelp = 'output folder (default: dist/<deck>)'): Command {
  return command
    .argument('<deck>', 'deck folder holding notice.md')
    .option('--out <dir>', outHelp)
    .option('--size <ratio>', `slide size: ${Object.keys(slideSizes).join(' or ')} (default: deck.yaml's, else 16:9)`)
    .option('--theme <name>', "theme, see `notice-deck themes` (default: deck.yaml's, else formal)");
}
