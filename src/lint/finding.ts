/** A span of notice.md a rule looks at: a front-matter value or a body line, and where it starts in the file. */
export interface TextSpan {
  text: string;
  /** Offset of text[0] in the whole file. */
  offset: number;
  /** The front-matter field it is the value of; undefined for the body. */
  field?: string;
}

/** A replacement a rule proposes: `length` characters at `offset` (in the whole file) become `replacement`. */
export interface Edit {
  offset: number;
  length: number;
  replacement: string;
}

export type Severity = 'error' | 'warning';

/** What a rule found, before it is placed at a line and column. */
export interface RuleFinding {
  rule: string;
  severity: Severity;
  /** Offset in the whole file. */
  offset: number;
  /** One Chinese sentence: what is wrong. */
  message: string;
  /** What to write instead, for the user; shown whether or not it can be applied by --fix. */
  suggestion?: string;
  /** A fix `--fix` may apply without a person's judgement; none when the choice is the author's. */
  fix?: Edit;
}

/** The notice as the rules see it. */
export interface LintSource {
  /** Front-matter values by field (a list field gives one span per entry). */
  fields: Map<string, TextSpan[]>;
  /** The body's lines, Markdown heading marks left out. */
  body: TextSpan[];
}

export interface Rule {
  name: string;
  check(source: LintSource): RuleFinding[];
}
