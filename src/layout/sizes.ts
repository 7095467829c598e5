import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The deck's measures: custom property name (without `--`) → its value in px, or a plain number (line heights). */
export type Sizes = ReadonlyMap<string, number>;

const declaration = /--([a-z][a-z0-9-]*)\s*:\s*(\d+(?:\.\d+)?)(px)?\s*;/gu;

/**
 * The px and unitless values of the custom properties declared in stylesheets, later ones over
 * earlier ones (base, then theme, then deck.yaml), as the cascade sets them on `.reveal`.
 */
export function readSizes(...stylesheets: string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const css of stylesheets) for (const match of css.matchAll(declaration)) sizes.set(match[1]!, Number(match[2]));
  return sizes;
}

/** deck.yaml's variables over the stylesheets' sizes (only the ones in px or without unit are measures). */
export function withVariables(sizes: Sizes, variables: Record<string, string>): Map<string, number> {
  const declared = Object.entries(variables).map(([name, value]) => `--${name}: ${value};`);
  return new Map([...sizes, ...readSizes(declared.join('\n'))]);
}

export const baseCssPath = fileURLToPath(new URL('../../templates/base.css', import.meta.url));

/** The sizes every layout's text budget is declared at: base.css's own. */
export const referenceSizes: Sizes = readSizes(readFileSync(baseCssPath, 'utf8'));

/** A measure the stylesheets must declare. */
export function sizeOf(sizes: Sizes, name: string): number {
  const value = sizes.get(name) ?? referenceSizes.get(name);
  if (value === undefined) throw new Error(`templates/base.css declares no --${name}`);
  return value;
}
