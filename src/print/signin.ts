import { h } from 'hastscript';
import { meetingWhen } from '../branch/meeting.js';
import type { Branch } from '../branch/read-branch.js';
import type { PrintOptions, PrintResult } from './job.js';
import type { PrintPart } from './print-set.js';
import { factTable, meetingPaperPart, printMeetingPaper, type MeetingPaper } from './meeting-paper.js';

/** Blank rows when the branch file gives no members and no count: a page's worth. */
const defaultRows = 20;

const signin: MeetingPaper = {
  label: '签到表',
  suffix: '签到表',
  body: (notice, { data }) => {
    const names = Array.isArray(data.attendees) ? data.attendees : Array.from({ length: typeof data.attendees === 'number' ? data.attendees : defaultRows }, () => '');
    return [
      h('p.paper-subtitle', [data.name, ...(data.meetingTitle ? [h('br'), data.meetingTitle] : [])]),
      factTable([
        ['时间', meetingWhen(data)],
        ['地点', data.place ?? ''],
        ['学习内容', notice.metadata.title ?? ''],
      ]),
      h('table.signin', [
        h('thead', h('tr', [h('th.number', '序号'), h('th.name', '姓名'), h('th.signature', '签名'), h('th.remark', '备注')])),
        h('tbody', names.map((name, index) => h('tr', [h('td.number', String(index + 1)), h('td.name', name), h('td.signature'), h('td.remark')]))),
      ]),
      h('p.paper-tally', `应到 ${names.length} 人　实到＿＿＿人　缺席＿＿＿人`),
    ];
  },
};

/** The sign-in sheet: the members the branch file lists (or blank rows for its count), a column to sign in. */
export function printSignin(input: string, options: PrintOptions = {}): Promise<PrintResult> {
  return printMeetingPaper(input, signin, options);
}

export function signinPart(branch: Branch): PrintPart {
  return meetingPaperPart(signin, branch);
}
