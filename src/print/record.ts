import { h } from 'hastscript';
import type { ElementContent } from 'hast';
import { toString } from 'mdast-util-to-string';
import { expectedAttendance, meetingAgenda, meetingWhen } from '../branch/meeting.js';
import { isNoticeSection } from '../recognise/notice-section.js';
import type { Branch } from '../branch/read-branch.js';
import type { PrintOptions, PrintResult } from './job.js';
import type { PrintPart } from './print-set.js';
import { factTable, meetingPaperPart, printMeetingPaper, type MeetingPaper } from './meeting-paper.js';

const blank = '';

const record: MeetingPaper = {
  label: '学习记录',
  suffix: '学习记录',
  body: (notice, { data }) => {
    const sections = notice.tree.children.filter(isNoticeSection).filter((section) => section.level === 1);
    const study: ElementContent[] = [
      h('p', [notice.metadata.title ? `《${notice.metadata.title}》` : '', notice.metadata.number ? `（${notice.metadata.number}）` : ''].join('')),
      ...(sections.length > 0 ? [h('ol.record-sections', sections.map((section) => h('li', section.label + toString({ type: 'paragraph', children: section.heading }))))] : []),
    ];
    return [
      factTable([
        ['支部', data.name],
        ['活动名称', data.meetingTitle ?? blank],
        ['时间', meetingWhen(data)],
        ['地点', data.place ?? blank],
        ['主持人', data.host ?? blank],
        ['领学人', data.presenter ?? blank],
        ['出席情况', `${expectedAttendance(data) ?? '应到＿＿＿人'}　实到＿＿＿人　缺席＿＿＿人（缺席人员及原因：＿＿＿＿＿＿＿＿）`],
        ['议程', meetingAgenda(data, true).map((item, index) => `${index + 1}. ${item}`).join('　')],
        ['学习内容', study],
      ]),
      h('section.record-discussion', [h('h2', '交流研讨情况'), h('div.write-lines', Array.from({ length: 8 }, () => h('div.write-line')))]),
      h('section.record-next', [h('h2', '下一步工作'), h('div.write-lines', Array.from({ length: 3 }, () => h('div.write-line')))]),
      h('p.paper-sign', '记录人：＿＿＿＿＿＿　　审核人：＿＿＿＿＿＿'),
    ];
  },
};

/** The study-meeting record, pre-filled with the meeting and the notice's parts, with room for the discussion. */
export function printRecord(input: string, options: PrintOptions = {}): Promise<PrintResult> {
  return printMeetingPaper(input, record, options);
}

export function recordPart(branch: Branch): PrintPart {
  return meetingPaperPart(record, branch);
}
