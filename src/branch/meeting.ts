import { formatChineseDate } from '../notice/metadata.js';
import type { BranchFile } from './branch-schema.js';

/** The study itself, between the branch's own agenda items. */
const studyAgendaItems = ['领学通知原文', '重点解读'] as const;
const discussionAgendaItem = '交流研讨';

/** 2016年5月10日 14:30—16:00: the meeting's date and, when given, its time. */
export function meetingWhen(branch: BranchFile): string {
  return [formatChineseDate(branch.date), branch.time].filter(Boolean).join(' ');
}

/** 应到 32 人, from the count or the list of members. */
export function expectedAttendance(branch: BranchFile): string | undefined {
  const { attendees } = branch;
  if (attendees === undefined) return undefined;
  return `应到 ${typeof attendees === 'number' ? attendees : attendees.length} 人`;
}

/** The meeting's agenda: the branch's items before, the study (and discussion), the branch's items after. */
export function meetingAgenda(branch: BranchFile, withDiscussion: boolean): string[] {
  return [...(branch.agendaBefore ?? []), ...studyAgendaItems, ...(withDiscussion ? [discussionAgendaItem] : []), ...(branch.agendaAfter ?? [])];
}

/** Label and value of each fact of the meeting the branch file gives, in the order a record lists them. */
export function meetingFacts(branch: BranchFile): [string, string][] {
  const facts: [string, string | undefined][] = [
    ['时间', meetingWhen(branch)],
    ['地点', branch.place],
    ['主持人', branch.host],
    ['领学人', branch.presenter],
    ['参加人员', expectedAttendance(branch)],
  ];
  return facts.filter((fact): fact is [string, string] => fact[1] !== undefined);
}
