/**
 * What a stylesheet selector says about the deck's page as built, before reveal.js runs: the
 * page gains classes (present, past, visible …) and states (hover, focus) only in the browser.
 * A part of a selector that depends on them is dropped, and the rule then only *may* apply.
 * Any other class the page lacks belongs to elements reveal.js makes (the slide number) or to
 * layouts this deck does not use: no text of the page can match it.
 */
import { createParser, render, type AstPseudoClass, type AstRule, type AstSelector } from 'css-selector-parser';

const parse = createParser({ syntax: 'progressive' });

/** States only a browser knows; a selector needing one may apply at run time. */
const runtimePseudoClasses = new Set([
  'hover', 'focus', 'focus-visible', 'focus-within', 'active', 'visited', 'link', 'any-link', 'target',
  'checked', 'fullscreen', 'playing', 'paused', 'open', 'popover-open', 'modal', 'picture-in-picture',
]);
/** What reveal.js (its classList.add and toggle calls) and the browser put on elements of the page. */
const runtimeClasses = new Set([
  'present', 'past', 'future', 'stack', 'visible', 'current-fragment', 'fragmented', 'enabled', 'highlight', 'no-transition', 'active',
  'is-vertical-slide', 'has-triggers', 'show-notes', 'reveal-viewport', 'reveal-print', 'print-pdf', 'reveal-full-page', 'ready', 'paused',
  'overview', 'overview-deactivating', 'no-hover', 'loading-scroll-mode', 'reveal-scroll', 'has-vertical-slides', 'has-horizontal-slides',
  'has-parallax-background', 'has-dark-background', 'has-light-background', 'focused', 'disable-slide-transitions', 'rtl', 'center',
  'embedded', 'zoomed', 'none', 'fade', 'slide', 'convex', 'concave', 'zoom', 'linear',
]);
/** Pseudo-elements that draw only `content` strings or nothing of the element's text: those characters go to every face (css-glyphs). */
const ownTextPseudoElements = new Set(['before', 'after', 'marker', 'placeholder', 'selection', 'backdrop', 'file-selector-button', 'highlight', 'target-text', 'spelling-error', 'grammar-error']);

export interface StaticSelector {
  /** Matches, on the built page, every element the original may match at run time. */
  selector: string;
  /** Whether elements it matches match the original only maybe, at run time. */
  maybe: boolean;
  /** [ids, classes, types], of the original selector. */
  specificity: readonly [number, number, number];
}

/**
 * The selectors of a rule's selector list that may style an element's own text, each made
 * static. `classesOnPage` are the classes the built page has; any other class is reveal.js's.
 * Undefined for a selector list the parser does not understand.
 */
export function staticSelectors(selectorList: string, classesOnPage: ReadonlySet<string>): StaticSelector[] | undefined {
  let list: AstSelector;
  try {
    list = parse(selectorList);
  } catch {
    return undefined;
  }
  return list.rules.flatMap((rule) => {
    if (pseudoElementsOf(rule).some((name) => ownTextPseudoElements.has(name))) return [];
    const specificity = ruleSpecificity(rule);
    const state = { maybe: false, matchesNothing: false };
    const stripped = stripRule(rule, classesOnPage, state);
    return state.matchesNothing ? [] : [{ selector: render({ type: 'Selector', rules: [stripped] }), maybe: state.maybe, specificity }];
  });
}

function pseudoElementsOf(rule: AstRule): string[] {
  const own = rule.items.flatMap((item) =>
    item.type === 'PseudoElement' || (item.type === 'PseudoClass' && ['before', 'after', 'first-line', 'first-letter'].includes(item.name)) ? [item.name] : [],
  );
  return rule.nestedRule ? [...own, ...pseudoElementsOf(rule.nestedRule)] : own;
}

interface StripState {
  /** Something only the browser knows was dropped. */
  maybe: boolean;
  /** A class neither the page nor reveal.js has is needed. */
  matchesNothing: boolean;
}

/** The rule without what only reveal.js or the reader adds. */
function stripRule(rule: AstRule, classesOnPage: ReadonlySet<string>, state: StripState): AstRule {
  const items = rule.items.filter((item) => {
    if (item.type === 'ClassName' && !classesOnPage.has(item.name) && !runtimeClasses.has(item.name)) state.matchesNothing = true;
    const runtime =
      (item.type === 'ClassName' && runtimeClasses.has(item.name) && !classesOnPage.has(item.name)) ||
      item.type === 'PseudoElement' ||
      (item.type === 'PseudoClass' && (['before', 'after', 'first-line', 'first-letter'].includes(item.name) || runtimePseudoClass(item, classesOnPage)));
    if (runtime) state.maybe = true;
    return !runtime;
  });
  return {
    ...rule,
    items: items.length > 0 ? items : [{ type: 'WildcardTag' }],
    ...(rule.nestedRule ? { nestedRule: stripRule(rule.nestedRule, classesOnPage, state) } : {}),
  };
}

/** A state pseudo-class, or one like :not(.present) whose selector argument needs run-time classes or states. */
function runtimePseudoClass(item: AstPseudoClass, classesOnPage: ReadonlySet<string>): boolean {
  if (runtimePseudoClasses.has(item.name)) return true;
  const state = { maybe: false, matchesNothing: false };
  for (const rule of argumentRules(item)) stripRule(rule, classesOnPage, state);
  return state.maybe;
}

/** The selectors in a pseudo-class's argument: :not(.a, .b), :nth-child(2n of .a). */
function argumentRules(item: AstPseudoClass): AstRule[] {
  if (item.argument?.type === 'Selector') return item.argument.rules;
  if (item.argument?.type === 'FormulaOfSelector') return [item.argument.selector];
  return [];
}

/** Selectors level 4 specificity of a complex selector. */
function ruleSpecificity(rule: AstRule): [number, number, number] {
  const total: [number, number, number] = [0, 0, 0];
  for (let current: AstRule | undefined = rule; current; current = current.nestedRule) {
    for (const item of current.items) add(total, itemSpecificity(item));
  }
  return total;
}

function itemSpecificity(item: AstRule['items'][number]): [number, number, number] {
  switch (item.type) {
    case 'Id':
      return [1, 0, 0];
    case 'ClassName':
    case 'Attribute':
      return [0, 1, 0];
    case 'TagName':
    case 'PseudoElement':
      return [0, 0, 1];
    case 'PseudoClass': {
      if (item.name === 'where') return [0, 0, 0];
      // :is(), :not(), :has() count as their most specific argument; :nth-child(… of S) adds one class to it.
      const inner = argumentRules(item).map(ruleSpecificity).reduce(larger, [0, 0, 0]);
      return ['is', 'not', 'has', 'matches'].includes(item.name) ? inner : [inner[0], inner[1] + 1, inner[2]];
    }
    default:
      return [0, 0, 0];
  }
}

function add(total: [number, number, number], part: readonly [number, number, number]): void {
  for (let i = 0; i < 3; i++) total[i]! += part[i]!;
}

function larger(a: [number, number, number], b: [number, number, number]): [number, number, number] {
  return compareSpecificity(a, b) >= 0 ? a : b;
}

export function compareSpecificity(a: readonly [number, number, number], b: readonly [number, number, number]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
