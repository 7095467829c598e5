export type PaperName = 'a4' | 'letter';

/** A sheet of paper, portrait, in millimetres. */
export interface Paper {
  name: PaperName;
  width: number;
  height: number;
}

export const papers: Readonly<Record<PaperName, Paper>> = {
  a4: { name: 'a4', width: 210, height: 297 },
  letter: { name: 'letter', width: 215.9, height: 279.4 },
};

export const paperNames = Object.keys(papers) as PaperName[];

/**
 * Page margins, in millimetres. Left and right are equal so that a duplex printer's back page lines
 * up with its front, and none is under 15 mm, which every office printer can print inside.
 */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Handouts and notes: 18 mm all round; the running header and footer sit inside that box. */
export const sheetMargins: Margins = { top: 18, right: 18, bottom: 18, left: 18 };

/**
 * The official-document page (GB/T 9704-2012 §5.2.2): 37 mm head, 35 mm foot and a 156 mm wide
 * text block, centred. On letter paper the head and foot stay and the block gets wider by 5.9 mm.
 */
export const officialMargins: Margins = { top: 37, right: 27, bottom: 35, left: 27 };

export const mmToPt = (mm: number): number => (mm * 72) / 25.4;

/** CSS px (1/96 in) to PDF points (1/72 in). */
export const pxToPt = (px: number): number => px * 0.75;
