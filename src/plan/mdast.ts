import type { Paragraph, PhrasingContent, Text } from 'mdast';

export function text(value: string): Text {
  return { type: 'text', value };
}

export function paragraph(children: PhrasingContent[] | string): Paragraph {
  return { type: 'paragraph', children: typeof children === 'string' ? [text(children)] : children };
}
