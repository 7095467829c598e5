import type { NoticeSection } from '../recognise/notice-section.js';
import type { TextBudget } from '../text/fit.js';
import { conciseHeading } from '../text/short-heading.js';
import { textWidth } from '../text/width.js';
import type { Slide } from './deck.js';
import { paragraph, text } from './mdast.js';
import { evenGroups } from './packing.js';
import { headingText } from './section-text.js';
import { bulletList, slide } from './slides.js';

/** The slides that frame a study meeting: the sections as an agenda at the start, as topics at the end. */

const agendaTitle = '学习提纲';
/** An arrangement (an activity, a contest, a training course) is not studied: its parts are what is arranged. */
const arrangementTitle = '主要内容';
const discussionTitle = '交流研讨';
const prompt = '结合学习内容和思想、工作实际，围绕以下方面交流体会：';

/** The sections' headings, one line each (shortened by rule), `budget.lines` to a slide, spread evenly. */
export function agendaSlides(sections: NoticeSection[], budget: TextBudget, arrangement = false): Slide[] {
  return evenGroups(sections, budget.lines).map((group) => {
    const titles = group.map((section) => [text(section.label + conciseHeading(headingText(section), budget.chars - 1 - textWidth(section.label)))]);
    // The presenter announces the parts by their full headings.
    const notes = group.map((section) => paragraph(section.label + headingText(section)));
    return slide('agenda', { title: [text(arrangement ? arrangementTitle : agendaTitle)], items: [bulletList(titles)] }, notes);
  });
}

/** A topic per section, one line each, `budget.lines` to a slide. */
export function discussionSlides(sections: NoticeSection[], budget: TextBudget): Slide[] {
  const topics = sections.map((section) => conciseHeading(headingText(section), budget.chars - 1)).filter(Boolean);
  return evenGroups(topics, budget.lines).map((group) => {
    const slots = { title: [text(discussionTitle)], prompt: [paragraph(prompt)], topics: [bulletList(group.map((topic) => [text(topic)]))] };
    return slide('discussion', slots, [paragraph(prompt + group.join('；'))]);
  });
}
