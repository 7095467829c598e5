import type { BuildOptions } from '../build/build-deck.js';
import { slideSizeNamed } from '../render/slide-size.js';

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
