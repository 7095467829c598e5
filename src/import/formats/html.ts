import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { invisible, type CleanLines, type SourceLine } from '../lines.js';

/** Elements that are never the notice: scripts, navigation, forms, page furniture. */
const dropped = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'iframe', 'svg', 'head']);
/** Class or id names websites give their navigation, share bars and footers. */
const chromeName = /(?:^|[-_\s])(?:nav|navbar|menu|breadcrumb|crumb|footer|foot|header|top|sidebar|side|share|bdshare|social|toolbar|tools|print|copyright|related|relate|comment|pager|pagination|prev|next|search|login|banner|ad|ads|qrcode|ewm)(?:$|[-_\s\d])/iu;
/** Lines of site chrome that can sit inside the article's box: share, print, font size, hit counts. */
const chromeLine =
  /^(?:【?\s*(?:打印(?:本页|此页)?|关闭(?:窗口|本页)?|返回顶部|收藏|纠错|字[号体][：:]?\s*[大中小\s]*)\s*】?\s*)+$|^(?:当前位置|您的位置|分享到|扫一扫|浏览次数|点击(?:次数|数|量)|阅读(?:次数|量)|访问量|上一篇|下一篇|相关(?:链接|文章|阅读))[：:]?/u;
/** Elements that hold one line or paragraph of the article. */
const blocks = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'dt', 'dd', 'blockquote', 'section', 'article', 'pre', 'center', 'tr', 'table', 'ul', 'ol', 'dl', 'tbody', 'thead', 'main']);
const han = /\p{Script=Han}/gu;

/**
 * The notice on a web page: the box holding most of the page's Chinese paragraph text is the
 * article; navigation, footers, share buttons and view counts around and in it are left out.
 * The page's heading above the article (h1, or a box named title) is kept as its title, and each
 * block (p, div, li, cell) is a line that starts a paragraph.
 */
export function htmlLines(html: string): CleanLines {
  const tree = fromHtml(html);
  prune(tree);
  const article = articleBox(tree);
  const title = article ? titleAbove(tree, article) : undefined;
  const lines: SourceLine[] = [];
  const push = (text: string, large: boolean): void => {
    const cleaned = normalise(text);
    if (cleaned === '' || chromeLine.test(cleaned)) return;
    lines.push({ text: cleaned, line: lines.length + 1, hints: { paragraphStart: true, ...(large ? { large: true } : {}) } });
  };
  if (title) push(toString(title), true);
  // The article often repeats the page's heading: once is enough.
  const titleText = title && normalise(toString(title));
  if (article) blockTexts(article, (text, element) => normalise(text) !== titleText && push(text, /^h[12]$/u.test(element.tagName)));
  return { lines, pageNumbers: 0 };
}

function normalise(text: string): string {
  return text.replace(invisible, '').replace(/[ \t\u00a0]+/gu, ' ').trim();
}

function prune(node: Root | Element): void {
  node.children = node.children.filter(
    (child) => child.type !== 'comment' && !(child.type === 'element' && (dropped.has(child.tagName) || isChrome(child) || isHidden(child))),
  ) as typeof node.children;
  for (const child of node.children) if (child.type === 'element') prune(child);
}

function isChrome(element: Element): boolean {
  const names = [element.properties.className, element.properties.id].flat().filter((name) => typeof name === 'string').join(' ');
  return chromeName.test(names);
}

function isHidden(element: Element): boolean {
  return element.properties.hidden === true || /display\s*:\s*none/iu.test(String(element.properties.style ?? ''));
}

/**
 * The element whose own paragraphs (p, or text-only div) hold the most Chinese characters; or,
 * on older sites that set the article as text and <br>s in a table cell, whose own text does.
 */
function articleBox(tree: Root): Element | undefined {
  const scores = new Map<Element, number>();
  const add = (element: Element, count: number) => scores.set(element, (scores.get(element) ?? 0) + count);
  const visit = (element: Element, parent: Element | undefined): void => {
    if (parent && (element.tagName === 'p' || (element.tagName === 'div' && !element.children.some(isBlock)))) {
      add(parent, toString(element).match(han)?.length ?? 0);
    } else if (element.children.some((child) => child.type === 'element' && child.tagName === 'br')) {
      add(element, element.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' && !isBlock(child) ? toString(child) : '')).join('').match(han)?.length ?? 0);
    }
    for (const child of element.children) if (child.type === 'element') visit(child, element);
  };
  for (const child of tree.children) if (child.type === 'element') visit(child, undefined);
  return [...scores].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * A title outside the article box: the last h1/h2 or element named title before it in document
 * order. Inside the box the title is a line like any other.
 */
function titleAbove(tree: Root, article: Element): Element | undefined {
  let title: Element | undefined;
  let reached = false;
  const visit = (element: Element): void => {
    if (reached) return;
    if (element === article) {
      reached = true;
      return;
    }
    if (/^h[12]$/u.test(element.tagName) || /(?:^|[-_\s])(?:title|bt|tit)(?:$|[-_\s])/iu.test(String([element.properties.className ?? ''].flat().join(' ')))) {
      if (toString(element).trim() !== '') title = element;
    }
    for (const child of element.children) if (child.type === 'element') visit(child);
  };
  for (const child of tree.children) if (child.type === 'element') visit(child);
  return title;
}

function isBlock(node: ElementContent): boolean {
  return node.type === 'element' && blocks.has(node.tagName);
}

/** Calls `line` for each run of inline content between blocks and <br>s, in document order. */
function blockTexts(element: Element, line: (text: string, block: Element) => void): void {
  let pending = '';
  const flush = (): void => {
    if (pending.trim() !== '') line(pending, element);
    pending = '';
  };
  for (const child of element.children) {
    if (child.type === 'text') pending += child.value.replace(/\s*\n\s*/gu, ' ');
    else if (child.type !== 'element') continue;
    else if (child.tagName === 'br') flush();
    else if (isBlock(child)) {
      flush();
      blockTexts(child, line);
    } else if (child.children.some(isBlock)) {
      flush();
      blockTexts(child, line);
    } else pending += inlineText(child);
  }
  flush();
}

/** An inline element's text, with <br> inside it (rare) as a space. */
function inlineText(element: Element): string {
  return element.children
    .map((child) => (child.type === 'text' ? child.value.replace(/\s*\n\s*/gu, ' ') : child.type === 'element' ? (child.tagName === 'br' ? ' ' : inlineText(child)) : ''))
    .join('');
}
