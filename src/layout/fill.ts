import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { UserError } from '../errors.js';
import type { Layout } from './layouts.js';

/**
 * A copy of the layout's section with each `<slot>` replaced by its content. An empty optional
 * slot disappears together with the element around it that it leaves empty, so a cover without a
 * document number has no empty line where the number would be.
 */
export function fillLayout(layout: Layout, content: Record<string, ElementContent[]>): Element {
  for (const name of Object.keys(content)) {
    if (!layout.slots.has(name)) {
      throw new UserError(`版式“${layout.name}”没有插槽“${name}”；它的插槽：${[...layout.slots.keys()].join('、')}`);
    }
  }
  for (const slot of layout.slots.values()) {
    if (slot.required && !content[slot.name]?.length) throw new UserError(`版式“${layout.name}”的插槽“${slot.name}”必须有内容`);
  }
  const section = structuredClone(layout.template);
  visit(section, 'element', (element, index, parent) => {
    if (element.tagName !== 'slot' || !parent || index === undefined) return;
    const filling = content[String(element.properties.name)] ?? [];
    parent.children.splice(index, 1, ...filling);
    return [SKIP, index + filling.length];
  });
  removeEmpty(section);
  return section;
}

/** Removes elements left with no text and no media by empty slots. */
function removeEmpty(node: Element | Root): void {
  node.children = node.children.filter((child) => {
    if (child.type !== 'element') return true;
    removeEmpty(child);
    return toString(child).trim() !== '' || hasMedia(child);
  });
}

function hasMedia(element: Element): boolean {
  let found = false;
  visit(element, 'element', (child) => {
    if (['img', 'svg', 'video', 'canvas', 'hr', 'br'].includes(child.tagName)) found = true;
  });
  return found;
}
