/** The documents of the print set, as `notice-deck print --only` names them: the same as their own commands. */
export const partNames = ['pdf', 'handout', 'notes', 'original'] as const;
export type PartName = (typeof partNames)[number];
