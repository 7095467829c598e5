/** Slides per handout page, as PowerPoint offers them. */
export const perPageChoices = [1, 2, 3, 4, 6] as const;
export type PerPage = (typeof perPageChoices)[number];
export const defaultPerPage: PerPage = 3;
