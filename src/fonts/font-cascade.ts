/**
 * The font-family and font-weight each text of a page may be drawn in, from its stylesheets:
 * the cascade (specificity, order, !important) and inheritance, with custom properties, evaluated
 * on the hast tree. Sets of values, not one: a rule that applies only at run time (reveal.js's
 * classes, :hover, @media) adds its value to what the element would have without it.
 */
import type { Element, Root, RootContent } from 'hast';
import { selectAll } from 'hast-util-select';
import postcss, { type AtRule, type Container } from 'postcss';
import { isDrawnText, undrawn } from './drawn-texts.js';
import { compareSpecificity, staticSelectors } from './static-selector.js';

/** What a text may be drawn in. `fontFamilies` are declared values, var() resolved. `unknown`: a declaration we cannot read (the `font` shorthand), so any face. */
export interface TextStyle {
  fontFamilies: ReadonlySet<string>;
  fontWeights: ReadonlySet<number>;
  unknown: boolean;
}

interface ComputedStyle extends TextStyle {
  customProperties: ReadonlyMap<string, ReadonlySet<string>>;
}

interface Declaration {
  property: string;
  value: string;
  important: boolean;
  maybe: boolean;
  specificity: readonly [number, number, number];
  /** Stylesheet order: later wins among equals; the browser's own sheet comes first. */
  order: number;
}

/** The browser's defaults that bear on fonts (Chromium's html.css). */
const userAgentCss = 'h1, h2, h3, h4, h5, h6, th, b, strong { font-weight: bold } code, kbd, samp, pre, tt { font-family: monospace }';

const initial: ComputedStyle = { fontFamilies: new Set(['initial']), fontWeights: new Set([400]), unknown: false, customProperties: new Map() };


/**
 * The style of every drawn text of `tree` under `stylesheets`, in the order of `drawnTexts`.
 * `skip` leaves out subtrees, e.g. speaker notes the slides hide.
 */
export function textStyles(tree: Root, stylesheets: readonly string[], skip: (element: Element) => boolean = () => false): TextStyle[] {
  const declarations = matchDeclarations(tree, [userAgentCss, ...stylesheets]);
  const styles: TextStyle[] = [];
  const walk = (nodes: readonly RootContent[], parent: ComputedStyle) => {
    for (const node of nodes) {
      if (isDrawnText(node)) styles.push(parent);
      else if (node.type === 'element' && !undrawn.has(node.tagName) && !skip(node)) walk(node.children, computeStyle(declarations.get(node) ?? [], parent));
    }
  };
  walk(tree.children, initial);
  return styles;
}

/** The font declarations each element's matching rules make, ordered from the weakest to the strongest. */
function matchDeclarations(tree: Root, stylesheets: readonly string[]): Map<Element, Declaration[]> {
  const classesOnPage = new Set(selectAll('[class]', tree).flatMap((element) => (element.properties.className as string[] | undefined) ?? []).map(String));
  const everyElement = selectAll('*', tree);
  const matched = new Map<Element, Declaration[]>();
  const sheets = stylesheets.map((css) => postcss.parse(css));
  const relevant = fontCustomProperties(sheets);
  let order = 0;
  for (const sheet of sheets) {
    sheet.walkRules((rule) => {
      const declared = rule.nodes.flatMap((node) =>
        node.type === 'decl' && (fontProperties.has(node.prop.toLowerCase()) || relevant.has(node.prop))
          ? [{ property: node.prop.startsWith('--') ? node.prop : node.prop.toLowerCase(), value: node.value, important: node.important === true }]
          : [],
      );
      if (declared.length === 0 || insideAtRule(rule.parent, 'keyframes')) return;
      order++;
      // A rule inside @media, @supports, @container … holds only in some windows and printers.
      const conditional = insideAtRule(rule.parent);
      const selectors = staticSelectors(rule.selector, classesOnPage);
      for (const selector of selectors ?? [{ selector: '*', maybe: true, specificity: [0, 0, 0] as const }]) {
        let elements: Element[];
        let maybe = conditional || selector.maybe;
        try {
          elements = selectAll(selector.selector, tree);
        } catch {
          // A selector hast-util-select cannot evaluate may match anything.
          elements = everyElement;
          maybe = true;
        }
        for (const element of elements) {
          const list = matched.get(element) ?? [];
          list.push(...declared.map((declaration) => ({ ...declaration, maybe, specificity: selector.specificity, order })));
          matched.set(element, list);
        }
      }
    });
  }
  for (const list of matched.values()) list.sort(weakerFirst);
  return matched;
}

const fontProperties = new Set(['font-family', 'font-weight', 'font']);

/** The custom properties font declarations use, directly or through other custom properties: only these need a cascade. */
function fontCustomProperties(sheets: readonly postcss.Root[]): Set<string> {
  const uses = new Map<string, string[]>();
  const wanted: string[] = [];
  const referenced = (value: string) => [...value.matchAll(/var\(\s*(--[\w-]+)/gu)].map((match) => match[1]!);
  for (const sheet of sheets) {
    sheet.walkDecls((declaration) => {
      if (declaration.prop.startsWith('--')) uses.set(declaration.prop, [...(uses.get(declaration.prop) ?? []), ...referenced(declaration.value)]);
      else if (fontProperties.has(declaration.prop.toLowerCase())) wanted.push(...referenced(declaration.value));
    });
  }
  const relevant = new Set<string>();
  for (let name = wanted.pop(); name !== undefined; name = wanted.pop()) {
    if (relevant.has(name)) continue;
    relevant.add(name);
    wanted.push(...(uses.get(name) ?? []));
  }
  return relevant;
}

function insideAtRule(container: Container | undefined, name?: string): boolean {
  for (let node = container; node && node.type !== 'root'; node = node.parent as Container | undefined) {
    if (node.type === 'atrule' && (name === undefined || (node as AtRule).name.toLowerCase().endsWith(name))) return true;
  }
  return false;
}

function weakerFirst(a: Declaration, b: Declaration): number {
  return Number(a.important) - Number(b.important) || compareSpecificity(a.specificity, b.specificity) || a.order - b.order;
}

function computeStyle(declarations: readonly Declaration[], parent: ComputedStyle): ComputedStyle {
  if (declarations.length === 0) return parent;
  const declaredProperties = new Set(declarations.flatMap((declaration) => (declaration.property.startsWith('--') ? [declaration.property] : [])));
  // Unchanged custom properties keep the parent's map: var() substitutions are memoised per map.
  const customProperties = declaredProperties.size === 0 ? parent.customProperties : new Map(parent.customProperties);
  for (const name of declaredProperties) {
    (customProperties as Map<string, ReadonlySet<string>>).set(name, cascade(declarations, name, parent.customProperties.get(name) ?? new Set(), (value) => [value]));
  }
  const resolve = (value: string) => substituteVariables(value, customProperties);
  const fontFamilies = cascade(declarations, 'font-family', parent.fontFamilies, (value) => resolve(value).flatMap((resolved) => (resolved === 'inherit' ? [...parent.fontFamilies] : [resolved])));
  const fontWeights = cascade(declarations, 'font-weight', parent.fontWeights, (value) => resolve(value).flatMap((resolved) => weightsOf(resolved, parent.fontWeights)));
  const unknown = parent.unknown || declarations.some((declaration) => declaration.property === 'font');
  return { fontFamilies, fontWeights, unknown, customProperties };
}

/**
 * The values `property` may take: from the strongest declaration down to the first that surely
 * applies, then the inherited ones if none surely does (font properties and custom properties inherit).
 */
function cascade<T>(declarations: readonly Declaration[], property: string, inherited: ReadonlySet<T>, valuesOf: (value: string) => T[]): Set<T> {
  const values = new Set<T>();
  for (let i = declarations.length - 1; i >= 0; i--) {
    const declaration = declarations[i]!;
    if (declaration.property !== property) continue;
    const keyword = declaration.value.trim().toLowerCase();
    if (['inherit', 'unset', 'revert', 'revert-layer'].includes(keyword)) for (const value of inherited) values.add(value);
    else if (keyword === 'initial') for (const value of valuesOf(property === 'font-weight' ? '400' : 'initial')) values.add(value);
    else for (const value of valuesOf(declaration.value)) values.add(value);
    if (!declaration.maybe) return values;
  }
  for (const value of inherited) values.add(value);
  return values;
}

const substituted = new WeakMap<ReadonlyMap<string, ReadonlySet<string>>, Map<string, string[]>>();

/** Every value `value` may have with its var() references replaced; an undefined property without fallback leaves the declaration invalid, i.e. inherited: 'inherit'. */
function substituteVariables(value: string, customProperties: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  let memo = substituted.get(customProperties);
  if (!memo) substituted.set(customProperties, (memo = new Map()));
  let values = memo.get(value);
  if (!values) memo.set(value, (values = substitute(value, customProperties, 0)));
  return values;
}

function substitute(value: string, customProperties: ReadonlyMap<string, ReadonlySet<string>>, depth: number): string[] {
  const reference = /var\(\s*(--[\w-]+)\s*(?:,((?:[^()]|\([^()]*\))*))?\)/u.exec(value);
  if (!reference || depth > 10) return [value];
  const [whole, name, fallback] = reference;
  const replacements = customProperties.get(name!) ?? new Set(fallback === undefined ? [] : [fallback.trim()]);
  if (replacements.size === 0) return ['inherit'];
  return [...replacements].flatMap((replacement) => substitute(value.replace(whole, replacement), customProperties, depth + 1));
}

/** A font-weight value as numbers, relative ones against each inherited weight. Unreadable: the lightest and heaviest, which reach every face. */
function weightsOf(value: string, inherited: ReadonlySet<number>): number[] {
  const keyword = value.trim().toLowerCase();
  if (keyword === 'inherit') return [...inherited];
  if (keyword === 'normal') return [400];
  if (keyword === 'bold') return [700];
  if (keyword === 'bolder') return [...inherited].map((weight) => (weight < 350 ? 400 : weight < 550 ? 700 : Math.max(weight, 900)));
  if (keyword === 'lighter') return [...inherited].map((weight) => (weight < 100 ? weight : weight < 550 ? 100 : weight < 750 ? 400 : 700));
  const number = Number(keyword);
  return Number.isFinite(number) && number >= 1 && number <= 1000 ? [number] : [1, 1000];
}
