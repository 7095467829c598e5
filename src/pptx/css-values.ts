/** Conversions from Chromium's computed CSS values to what a PowerPoint shape takes. */

/** A colour as PowerPoint wants it: six hex digits, and how transparent (0 opaque – 100 invisible). */
export interface OfficeColour {
  hex: string;
  transparency: number;
}

/**
 * A computed colour (`rgb(192, 0, 0)`, `rgba(0, 0, 0, 0.5)`) as hex and transparency, or null when
 * it is fully transparent or not in that form (computed colours always are, for sRGB values).
 */
export function officeColour(computed: string): OfficeColour | null {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/u.exec(computed.trim());
  if (!match) return null;
  const alpha = match[4] === undefined ? 1 : Number(match[4]) / (match[5] ? 100 : 1);
  if (alpha <= 0) return null;
  const hex = [match[1], match[2], match[3]].map((channel) => Math.round(Number(channel)).toString(16).padStart(2, '0')).join('');
  return { hex: hex.toUpperCase(), transparency: Math.round((1 - alpha) * 100) };
}

/** CSS px (1/96 in) in inches, pptxgenjs's unit of position and size. */
export function pxToInches(px: number): number {
  return px / 96;
}

/** CSS px in typographic points (1/72 in), the unit of font sizes and spacing. */
export function pxToPoints(px: number): number {
  return (px * 72) / 96;
}

/**
 * Fonts a Chinese Windows or WPS install always has, by role. The deck's web fonts (Noto Sans SC,
 * Noto Serif SC) cannot travel inside a .pptx, so each text run names the system face of its role.
 */
export const officeFonts = {
  /** Microsoft YaHei: on every Chinese Windows since Vista, and bundled with WPS. */
  sans: '微软雅黑',
  /** SimSun: on every Chinese Windows; the Song face of the serif titles. */
  serif: '宋体',
} as const;

/** The Office font for a computed `font-family` list: its first family decides the role. */
export function officeFont(fontFamily: string): string {
  const first = fontFamily.split(',')[0]?.trim().replace(/^["']|["']$/gu, '') ?? '';
  return /serif/iu.test(first) && !/sans/iu.test(first) ? officeFonts.serif : officeFonts.sans;
}

/** Whether a computed `font-weight` draws bold (PowerPoint has regular and bold only). */
export function isBold(fontWeight: string): boolean {
  return Number(fontWeight) >= 600 || fontWeight === 'bold';
}

export type Alignment = 'left' | 'center' | 'right' | 'justify';

/** A computed `text-align` as a PowerPoint paragraph alignment (the deck is left-to-right). */
export function alignment(textAlign: string): Alignment {
  switch (textAlign) {
    case 'center':
    case '-webkit-center':
      return 'center';
    case 'right':
    case 'end':
    case '-webkit-right':
      return 'right';
    case 'justify':
      return 'justify';
    default:
      return 'left';
  }
}
