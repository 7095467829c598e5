import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { UserError } from '../errors.js';
import { parseTemplates } from './template-cache.js';
import type { TextBudget } from '../text/fit.js';

export interface SlotSpec {
  name: string;
  required: boolean;
  /** How much text the slot holds at 1280×720 with base.css's sizes; the planner cuts content to fit. */
  budget?: TextBudget;
  /** The size variable (`data-size="size-points"`) that sets the slot's type, so a larger type holds less. */
  sizeName?: string;
}

/** A layout template: an HTML `<section>` with named `<slot>`s the pipeline fills with hast. */
export interface Layout {
  name: string;
  template: Element;
  slots: Map<string, SlotSpec>;
  /** The layout's stylesheet (`<name>.css` beside it), styled with the theme's custom properties. */
  css: string;
}

export const builtInLayoutsDir = fileURLToPath(new URL('../../templates/layouts/', import.meta.url));

/**
 * Reads every `*.html` in the folders as a layout named after the file, with the `.css` of the
 * same name; a later folder's layout replaces an earlier one's (a deck's own over the built-in).
 * `cacheDir`: where parsed templates are kept between runs (see parseTemplates).
 */
export async function loadLayouts(directories = [builtInLayoutsDir], options: { cacheDir?: string } = {}): Promise<Map<string, Layout>> {
  const layouts = new Map<string, Layout>();
  for (const directory of directories) {
    const files = (await readdir(directory)).filter((file) => file.endsWith('.html')).sort();
    // Read at once, parsed in order: two dozen small files one after the other mostly wait on the disk.
    const texts = await Promise.all(files.map((file) => Promise.all([readFile(path.join(directory, file), 'utf8'), readFile(path.join(directory, `${path.basename(file, '.html')}.css`), 'utf8').catch(() => '')])));
    const trees = await parseTemplates(texts.map(([html]) => html), options.cacheDir);
    files.forEach((file, index) => {
      const name = path.basename(file, '.html');
      const layout = layoutFromTree(name, trees[index]!, path.relative(process.cwd(), path.join(directory, file)), texts[index]![1]);
      const replaced = layouts.get(name);
      layouts.set(name, replaced ? keepingContract(replaced, layout) : layout);
    });
  }
  return layouts;
}

/**
 * A deck's own layout in place of a built-in one must offer every slot the planner fills there;
 * text budgets and type sizes it does not declare are the built-in ones.
 */
function keepingContract(original: Layout, replacement: Layout): Layout {
  const missing = [...original.slots.keys()].filter((name) => !replacement.slots.has(name));
  if (missing.length > 0) {
    throw new UserError(`幻灯片自带的版式“${replacement.name}”缺少内置版式有的插槽${missing.map((name) => `“${name}”`).join('、')}`);
  }
  const slots = new Map([...replacement.slots].map(([name, slot]) => {
    const budget = slot.budget ?? original.slots.get(name)?.budget;
    const sizeName = slot.sizeName ?? original.slots.get(name)?.sizeName;
    return [name, { ...slot, ...(budget ? { budget } : {}), ...(sizeName ? { sizeName } : {}) }];
  }));
  return { ...replacement, slots, css: replacement.css || original.css };
}

export function parseLayout(name: string, html: string, fileLabel: string, css = ''): Layout {
  return layoutFromTree(name, fromHtml(html, { fragment: true }), fileLabel, css);
}

/** The layout of a template parsed as an HTML fragment, checked: one <section>, no scripts, every <slot> named. */
function layoutFromTree(name: string, root: Root, fileLabel: string, css: string): Layout {
  const elements = root.children.filter((node): node is Element => node.type === 'element');
  const [template] = elements;
  if (elements.length !== 1 || template?.tagName !== 'section') {
    throw new UserError(`${fileLabel}：版式必须是一个 <section> 元素，不能多也不能少`);
  }
  // The template's indentation is not content: drop it so slides hold only what slots bring.
  visit(template, 'text', (node, index, parent) => {
    if (parent && index !== undefined && node.value.trim() === '') {
      parent.children.splice(index, 1);
      return index;
    }
    return undefined;
  });
  const slots = new Map<string, SlotSpec>();
  visit(template, 'element', (element) => {
    if (element.tagName === 'script' || Object.keys(element.properties).some((key) => /^on/i.test(key))) {
      throw new UserError(`${fileLabel}：版式里不能有脚本（script）或事件处理属性（onclick 等）`);
    }
    if (element.tagName !== 'slot') return;
    const slotName = element.properties.name;
    if (typeof slotName !== 'string' || !slotName) throw new UserError(`${fileLabel}：每个 <slot> 都要有 name`);
    const lines = Number(element.properties.dataLines);
    const chars = Number(element.properties.dataChars);
    const sizeName = element.properties.dataSize;
    slots.set(slotName, {
      name: slotName,
      required: element.properties.required === true,
      ...(lines > 0 && chars > 0 ? { budget: { lines, chars } } : {}),
      ...(typeof sizeName === 'string' && sizeName ? { sizeName } : {}),
    });
  });
  return { name, template, slots, css };
}

/** The layout of that name, or an error listing the ones there are. */
export function layoutNamed(layouts: Map<string, Layout>, name: string): Layout {
  const layout = layouts.get(name);
  if (!layout) throw new UserError(`版式“${name}”不存在；可用的版式：${[...layouts.keys()].join('、')}`);
  return layout;
}
