import { titleHeading } from '../text/short-heading.js';
import { textWidth } from '../text/width.js';

/** A section title short enough for a slide's title line (`width` em): its number and its heading, shortened by rule. */
export function shortTitle(label: string, heading: string, width: number): string {
  return label + titleHeading(heading, width - textWidth(label));
}
