/** What `notice-deck check` reports: one problem on one slide. */
export type CheckKind = 'overflow' | 'line-break' | 'orphan' | 'font' | 'sparse' | 'placeholder' | 'picture';

export type Severity = 'error' | 'warning';

export interface Finding {
  /** 1-based, as the slide number on screen. */
  slide: number;
  kind: CheckKind;
  severity: Severity;
  /** One Chinese line: what and where on the slide, with the text concerned. */
  message: string;
}

/**
 * Errors are what the audience sees as broken: cut-off text, a forbidden line start or end, boxes
 * or a foreign font, placeholder text, a hole where a picture should be. Warnings are matters of
 * taste the author may accept: a lone last character, a slide with little on it.
 */
export const severityOf: Record<CheckKind, Severity> = {
  overflow: 'error',
  'line-break': 'error',
  font: 'error',
  placeholder: 'error',
  picture: 'error',
  orphan: 'warning',
  sparse: 'warning',
};

/** Chinese names of the kinds, for the report. */
export const kindNames: Record<CheckKind, string> = {
  overflow: '溢出',
  'line-break': '禁则',
  orphan: '孤字',
  font: '字体',
  sparse: '内容过少',
  placeholder: '占位文字',
  picture: '图片',
};

export function finding(slide: number, kind: CheckKind, message: string): Finding {
  return { slide, kind, severity: severityOf[kind], message };
}

/** The text shown in a message: whitespace collapsed, at most 40 characters. */
export function excerpt(text: string, max = 40): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
