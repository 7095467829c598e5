import type { List, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import type { Deck, Slide } from '../plan/deck.js';
import { paragraph, text } from '../plan/mdast.js';
import { bulletList, slide } from '../plan/slides.js';
import { meetingAgenda, meetingFacts, meetingWhen } from './meeting.js';
import type { OutlineSection } from './notice-outline.js';
import type { Branch } from './read-branch.js';

const meetingInfoTitle = '会议安排';

/**
 * The planned deck as one branch presents it: its name, meeting and presenter on the cover, a
 * meeting-info slide after it, its own discussion questions and slides, and the slides it hides.
 * Works on the plan, not the planner: which slides belong to which part of the notice is read from
 * their place in notice.md (`file.data.noticeOutline`).
 */
export function adaptDeckForBranch(branch: Branch, extraSlides: Slide[]) {
  return (deck: Deck, file: VFile): Deck => {
    const outline = file.data.noticeOutline ?? [];
    const { data } = branch;
    const hidden = hiddenSections(branch, outline);
    const hiddenIds = new Set<string>((data.hide ?? []).filter((entry) => typeof entry === 'string'));
    for (const [index, id] of (data.hide ?? []).entries()) {
      if (typeof id === 'string' && !deck.children.some((candidate) => candidate.layout === id)) branch.fail(['hide', index], `这份课件里没有“${id}”这张幻灯片`);
    }
    if (typeof data.slidesAfter === 'number' && data.slidesAfter > outline.length) {
      branch.fail(['slidesAfter'], `通知正文只有 ${outline.length} 个部分，没有第 ${data.slidesAfter} 部分`);
    }

    const slides: Slide[] = [];
    const hasDiscussion = !hiddenIds.has('discussion') && (deck.children.some((candidate) => candidate.layout === 'discussion') || Boolean(data.discussion));
    let extraPlaced = false;
    // The study outline lists the parts in order, one item each, over one or more slides.
    let agendaItems = 0;
    const placeExtra = () => {
      if (!extraPlaced) slides.push(...extraSlides);
      extraPlaced = true;
    };
    deck.children.forEach((current, index) => {
      const section = sectionOf(current, outline);
      if (section !== undefined && hidden.has(section)) return;
      if (hiddenIds.has(current.layout)) return;
      if (current.layout === 'discussion' || current.layout === 'closing') placeExtra();
      // A notice too short for generated topics still gets the branch's questions, before the closing.
      if (current.layout === 'closing' && data.discussion && hasDiscussion && !slides.some((candidate) => candidate.layout === 'discussion')) {
        slides.push(discussionSlide(data.discussion));
      }
      if (current.layout === 'cover') {
        slides.push(branchCover(current, branch), meetingInfoSlide(branch, hasDiscussion));
        return;
      }
      if (current.layout === 'agenda') {
        slides.push(withoutHiddenItems(current, hidden, agendaItems));
        agendaItems += itemsOf(current).length;
        return;
      }
      if (current.layout === 'discussion') return void slides.push(data.discussion ? discussionSlide(data.discussion, current) : withoutHiddenTopics(current, hidden, outline));
      slides.push(current);
      const next = deck.children[index + 1];
      if (typeof data.slidesAfter === 'number' && section === data.slidesAfter - 1 && (!next || sectionOf(next, outline) !== section)) placeExtra();
    });
    placeExtra();
    return { ...deck, children: slides.filter((candidate) => candidate.layout !== 'agenda' || candidate.slots['items']?.length) };
  };
}

/** The index in the outline of the part of the notice a slide shows, if it shows one. */
function sectionOf(current: Slide, outline: OutlineSection[]): number | undefined {
  const line = current.position?.start.line;
  if (line === undefined) return undefined;
  const index = outline.findIndex((section) => section.startLine <= line && line <= section.endLine);
  return index === -1 ? undefined : index;
}

function hiddenSections(branch: Branch, outline: OutlineSection[]): Set<number> {
  const hidden = new Set<number>();
  for (const [index, entry] of (branch.data.hide ?? []).entries()) {
    if (typeof entry !== 'number') continue;
    if (entry > outline.length) branch.fail(['hide', index], `通知正文只有 ${outline.length} 个部分，没有第 ${entry} 部分`);
    hidden.add(entry - 1);
  }
  return hidden;
}

function branchCover(cover: Slide, branch: Branch): Slide {
  const { data } = branch;
  const slots: Slide['slots'] = { ...cover.slots, issuer: [text(data.name)], date: [text(meetingWhen(data))] };
  if (data.meetingTitle) slots['meeting'] = [text(data.meetingTitle)];
  if (data.presenter) slots['presenter'] = [text(`领学人：${data.presenter}`)];
  return { ...cover, slots };
}

function meetingInfoSlide(branch: Branch, withDiscussion: boolean): Slide {
  const agenda = meetingAgenda(branch.data, withDiscussion);
  const facts = meetingFacts(branch.data);
  // Each agenda item is emphasis: the layout keeps it on one line (`em { white-space: nowrap }`).
  const agendaLine = agenda.flatMap((item, index): PhrasingContent[] => [...(index > 0 ? [text('　')] : []), { type: 'emphasis', children: [text(`${circled(index + 1)}${item}`)] }]);
  const rows: PhrasingContent[][] = [...facts.map(([label, value]) => fact(label, [text(value)])), fact('议程', agendaLine)];
  const notes = [...facts.map(([label, value]) => paragraph(`${label}：${value}`)), paragraph(`议程：${agenda.join('；')}`)];
  return slide('meeting-info', { title: [text(branch.data.meetingTitle ?? meetingInfoTitle)], body: [bulletList(rows)] }, notes);
}

function fact(label: string, value: PhrasingContent[]): PhrasingContent[] {
  return [{ type: 'strong', children: [text(label)] }, text('　'), ...value];
}

function circled(number: number): string {
  return number <= 20 ? String.fromCodePoint(0x2460 + number - 1) : `${number}.`;
}

const discussionPrompt = '结合学习内容和支部实际，交流以下问题：';

function discussionSlide(questions: string[], generated?: Slide): Slide {
  const list: List = { ...bulletList(questions.map((question) => [text(question)])), ordered: true };
  const slots: Slide['slots'] = { ...(generated?.slots ?? { title: [text('交流研讨')] }), prompt: [paragraph(discussionPrompt)], topics: [list] };
  return { ...(generated ?? slide('discussion', {}, [])), slots, notes: [paragraph(discussionPrompt), ...questions.map((question, index) => paragraph(`${index + 1}. ${question}`))] };
}

/** The study outline without the parts the branch hides; its first item is part `firstPart`. */
function withoutHiddenItems(agenda: Slide, hidden: Set<number>, firstPart: number): Slide {
  const [list] = agenda.slots['items'] ?? [];
  if (hidden.size === 0 || list?.type !== 'list') return agenda;
  const shown = (_: unknown, index: number) => !hidden.has(firstPart + index);
  const children = list.children.filter(shown);
  // The notes hold one paragraph per item, the part's full heading.
  const notes = agenda.notes.length === list.children.length ? agenda.notes.filter(shown) : agenda.notes;
  return { ...agenda, slots: { ...agenda.slots, items: children.length > 0 ? [{ ...list, children }] : [] }, notes };
}

function itemsOf(agenda: Slide): unknown[] {
  const [list] = agenda.slots['items'] ?? [];
  return list?.type === 'list' ? list.children : [];
}

/** The generated discussion without the topics drawn from hidden parts (each topic begins its part's heading). */
function withoutHiddenTopics(discussion: Slide, hidden: Set<number>, outline: OutlineSection[]): Slide {
  const [list] = discussion.slots['topics'] ?? [];
  if (hidden.size === 0 || list?.type !== 'list') return discussion;
  const hiddenHeadings = outline.filter((_, index) => hidden.has(index)).map((section) => section.heading);
  const children = list.children.filter((item) => !hiddenHeadings.some((heading) => heading.startsWith(toString(item))));
  const prompt = toString({ type: 'root', children: discussion.slots['prompt'] ?? [] });
  return { ...discussion, slots: { ...discussion.slots, topics: [{ ...list, children }] }, notes: [paragraph(prompt + children.map((item) => toString(item)).join('；'))] };
}
