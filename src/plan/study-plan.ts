import type { BlockContent, Html, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { layoutNamed, type Layout } from '../layout/layouts.js';
import { isNoticeSection, type NoticeSection } from '../recognise/notice-section.js';
import { sizeOf, type Sizes } from '../layout/sizes.js';
import { referenceGeometry, scaleBudget, type Geometry, type SlideSize } from '../render/slide-size.js';
import { balanceLines } from '../text/balance.js';
import { fitText, linesNeeded, type TextBudget } from '../text/fit.js';
import { splitSentences } from '../text/sentences.js';
import { shortHeading, titleHeading } from '../text/short-heading.js';
import { textWidth } from '../text/width.js';
import type { Deck, Slide } from './deck.js';
import { readDirective, type Directive } from './directives.js';
import { highlight } from './highlight.js';
import { mergeNeighbours } from './merge.js';
import { agendaSlides, discussionSlides } from './outline.js';
import { paragraph, text } from './mdast.js';
import { consecutiveRun, evenGroups, packEvenly, spanning, splitList } from './packing.js';
import { contactRows, isContactHeading, isContactLine } from '../text/contact.js';
import { packRows, rowLabelMax, rowList, type Row } from './overview.js';
import { corePhrase, sharedLead } from './parallel.js';
import { bodyText, headingText, sectionText, smallSectionWidth } from './section-text.js';
import { bulletList, closingSlide, coverSlide, slide, withBreaks } from './slides.js';
import { cutInto, highlightContent, sentencesOf, type Sentence } from './sentence.js';

export interface PlanOptions {
  layouts: Map<string, Layout>;
  size?: SlideSize;
  /** The deck's sizes (base.css, theme, deck.yaml variables); the planner plans with the type the deck will use. */
  sizes?: Sizes;
}

const cardsPerSlide = 6;
/** What the text before the first part is: an introduction; without parts, the whole content. */
const introTitle = '导语';
const contentTitle = '主要内容';
const overviewTitle = '有关事项';
const contactTitle = '联系方式';
const attachmentsTitle = '附件';
/** A level-1 section whose body is at most this many em is short: a row of an overview, not slides of its own. */
const shortSectionWidth = 100;
/** A paragraph at most this many em wide, one sentence or none, can be an item of a list of short lines. */
const listItemWidth = 24;

/**
 * Plans a study deck from the recognised notice: cover, agenda, a divider per level-1 section,
 * content slides (a paragraph's lead sentence as the key point and its other sentences as points;
 * parallel sentences or paragraphs as cards), discussion, closing. Every slide made from the body
 * carries the verbatim text it shows in its notes, so the notes read in order are the body.
 * Markdown slide breaks (`---`) and directives (`<!-- layout: … -->`, `<!-- notes: … -->`,
 * `<!-- skip -->`) let the author override the plan.
 */
export function remarkStudyPlan(options: PlanOptions) {
  const geometry: Geometry = { size: options.size ?? referenceGeometry.size, sizes: options.sizes ?? referenceGeometry.sizes };
  return (tree: Root, file: VFile): Deck => new StudyPlanner(options.layouts, geometry, file).plan(tree);
}

class StudyPlanner {
  private readonly slides: Slide[] = [];
  private readonly body: TextBudget;
  private readonly titleWidth: number;
  private readonly card: TextBudget;
  private authorMode = false;
  private pending: { layout?: string; notes: string[]; skip: boolean } = { notes: [], skip: false };
  /** The last contact slide and its rows: the 附件 list joins it when it comes right after. */
  private lastContact?: { slide: Slide; rows: Row[] };

  constructor(
    private readonly layouts: Map<string, Layout>,
    private readonly geometry: Geometry,
    private readonly file: VFile,
  ) {
    this.body = this.budget('points', 'body');
    const title = this.budget('points', 'title');
    this.titleWidth = title.lines * title.chars;
    this.card = this.budget('cards', 'cards');
  }

  plan(tree: Root): Deck {
    const metadata = this.file.data.notice;
    if (!metadata) throw new Error('remarkStudyPlan needs remarkNoticeFrontMatter before it');
    if (!tree.children.some((node) => node.type !== 'html' && node.type !== 'thematicBreak')) {
      this.file.fail('正文是空的：请在信息区下面写上通知正文', { line: tree.position?.end.line ?? 1, column: 1 });
    }
    visit(tree, 'thematicBreak', () => {
      this.authorMode = true;
    });
    const sections = tree.children.filter((node): node is NoticeSection => isNoticeSection(node) && node.level === 1);

    // A notice of short parts (an activity or a schedule) is an arrangement: no agenda, no discussion.
    const studied = sections.filter((section) => !this.isContact(section) && (this.authorMode || !this.isShort(section)));
    const sizes = this.geometry.sizes;
    const reduction = sizeOf(sizes, 'size-cover-title-long') / sizeOf(sizes, 'size-cover-title');
    this.slides.push(coverSlide(metadata, { budget: this.budget('cover', 'title'), reduction }));
    if (studied.length >= 2) this.slides.push(...agendaSlides(sections, this.budget('agenda', 'items')));
    // The author's own slides before any heading have no title to borrow.
    const bodyTitle = this.authorMode ? '' : sections.length > 0 ? introTitle : contentTitle;
    const attachments = this.authorMode ? undefined : metadata.attachments;
    // The 附件 list comes where the notice has it: after the body, before an attachment's own text printed with it.
    const appendix = attachments ? tree.children.findIndex((node) => sections.includes(node as NoticeSection) && attachments.includes(headingText(node as NoticeSection))) : -1;
    const end = appendix === -1 ? tree.children.length : appendix;
    this.blocks(tree.children.slice(0, end), bodyTitle);
    if (attachments) this.attachments(attachments);
    this.blocks(tree.children.slice(end), bodyTitle);
    if (studied.length >= 1 && (studied.length >= 2 || sections.length === 1)) this.slides.push(...discussionSlides(studied, this.budget('discussion', 'topics')));
    this.slides.push(closingSlide(metadata));
    // The author's own slides stay as the author made them.
    const children = this.authorMode ? this.slides : mergeNeighbours(this.slides, this.body);
    return { type: 'deck', metadata, children };
  }

  /** What a layout's slot holds in this deck: its declared budget at the deck's slide and type sizes. */
  private budget(layout: string, slotName: string): TextBudget {
    const slot = layoutNamed(this.layouts, layout).slots.get(slotName);
    if (!slot?.budget) throw new Error(`layout ${layout} declares no text budget for slot ${slotName}`);
    return scaleBudget(slot.budget, slot.sizeName, this.geometry);
  }

  private push(slide: Slide): void {
    if (this.pending.notes.length > 0) {
      slide.notes.push(...this.pending.notes.map((note) => paragraph(note)));
      this.pending.notes = [];
    }
    this.slides.push(slide);
  }

  /** A run of blocks under one heading; consecutive parallel paragraphs become cards. */
  private blocks(nodes: RootContent[], title: string): void {
    let chunk: RootContent[] = [];
    const flushChunk = () => {
      if (chunk.length > 0) this.authorSlide(chunk, title);
      chunk = [];
    };
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (node.type === 'html') {
        this.directive(node);
        continue;
      }
      if (node.type === 'thematicBreak') {
        flushChunk();
        continue;
      }
      if (this.pending.skip) {
        this.pending = { notes: this.pending.notes, skip: false };
        continue;
      }
      if (isNoticeSection(node)) {
        flushChunk();
        if (!this.authorMode && this.isContact(node)) {
          this.contactSection(node);
          continue;
        }
        const shortRun = this.authorMode ? 0 : this.shortSectionRun(nodes, i);
        if (shortRun >= 2) {
          this.overview(nodes.slice(i, i + shortRun) as NoticeSection[]);
          i += shortRun - 1;
          continue;
        }
        const run = this.authorMode ? 0 : this.smallSectionRun(nodes, i);
        if (run >= 2) {
          this.subsections(nodes.slice(i, i + run) as NoticeSection[], title);
          i += run - 1;
        } else {
          this.section(node, title);
        }
        continue;
      }
      if (this.authorMode) {
        chunk.push(node);
        continue;
      }
      if (this.pending.layout) {
        this.forcedLayout(node, title);
        continue;
      }
      if (node.type === 'paragraph' && this.leadsIntoCards(node, nodes, i)) {
        // A short sentence that introduces parallel subsections ("按照以下步骤进行：") heads their cards.
        const run = this.smallSectionRun(nodes, i + 1);
        this.subsections(nodes.slice(i + 1, i + 1 + run) as NoticeSection[], title, node);
        i += run;
        continue;
      }
      if (isPictureParagraph(node)) {
        // Pictures have no text to measure or split into points: they get a slide of their own.
        this.authorSlide([node], title, 'image-and-text');
        continue;
      }
      if (node.type === 'paragraph') {
        let end = i;
        while (end + 1 < nodes.length && nodes[end + 1]!.type === 'paragraph' && !isPictureParagraph(nodes[end + 1]!)) end++;
        this.paragraphs(nodes.slice(i, end + 1) as BlockContent[], title);
        i = end;
        continue;
      }
      this.otherBlock(node, title);
    }
    flushChunk();
  }

  /**
   * How many subsections from `start` on are small enough to be cards: same level, a heading,
   * no subsections of their own and a short text, as 四、工作要求 （一）高度重视 （二）… often are.
   */
  private smallSectionRun(nodes: RootContent[], start: number): number {
    let count = 0;
    for (let i = start; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (!isNoticeSection(node) || node.level === 1 || node.heading.length === 0) break;
      if (count > 0 && node.level !== (nodes[start] as NoticeSection).level) break;
      if (node.children.some(isNoticeSection) || textWidth(sectionText(node)) > smallSectionWidth) break;
      count++;
    }
    return count;
  }

  /** A level-1 section with little under its heading (活动主题 / 参赛对象 / 放假时间, a line or two). */
  private isShort(section: NoticeSection): boolean {
    return section.level === 1 && textWidth(bodyText(section)) <= shortSectionWidth && !holdsPicture(section);
  }

  /** The notice's contact block as a section ("九、联系方式" and its lines). */
  private isContact(section: NoticeSection): boolean {
    if (section.children.length === 0 || section.children.some((child) => child.type !== 'paragraph')) return false;
    return isContactHeading(headingText(section)) || section.children.every((child) => isContactLine(toString(child)));
  }

  /** How many short level-1 sections, contact blocks aside, follow one another from `start` on. */
  private shortSectionRun(nodes: RootContent[], start: number): number {
    let count = 0;
    for (let i = start; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (!isNoticeSection(node) || !this.isShort(node) || this.isContact(node)) break;
      count++;
    }
    return count;
  }

  /** A section with more than one slide's worth of text is introduced by a divider. */
  private needsDivider(section: NoticeSection): boolean {
    return textWidth(bodyText(section)) > this.body.lines * this.body.chars;
  }

  /** Short sections as one label–content table (主办单位 | …), over two slides when it must. */
  private overview(sections: NoticeSection[]): void {
    const rows = sections.map((section): Row => {
      const heading = headingText(section);
      const label = shortHeading(heading, rowLabelMax);
      const lines = section.children.map((child) => (isNoticeSection(child) ? sectionText(child) : toString(child)));
      // A heading that is a sentence rather than a label goes into the content, whole.
      if (!heading || label.endsWith('……') || label !== heading.replace(/[。：:；]$/u, '') || lines.length === 0) {
        return { label: section.label.replace(/[、.．]$/u, ''), lines: [heading, ...lines].filter(Boolean) };
      }
      return { label, lines };
    });
    const budget = this.budget('overview', 'rows');
    let at = 0;
    for (const group of packRows(rows, budget)) {
      const shown = sections.slice(at, at + group.length);
      at += group.length;
      this.push(slide('overview', { title: [text(overviewTitle)], rows: [rowList(group)] }, shown.map((section) => paragraph(sectionText(section))), spanning(shown[0]!.position, shown.at(-1)!.position)));
    }
  }

  /** Rows made from consecutive blocks (a label line and the lines under it), each slide's notes its blocks. */
  private rowSlides(rows: Row[], title: string, nodes: BlockContent[]): void {
    let at = 0;
    for (const group of packRows(rows, this.budget('overview', 'rows'))) {
      const count = group.reduce((sum, row) => sum + 1 + row.lines.length, 0);
      const shown = nodes.slice(at, at + count);
      at += count;
      this.push(slide('overview', { title: [text(title)], rows: [rowList(group)] }, shown.map((node) => paragraph(toString(node))), spanning(shown[0]!.position, shown.at(-1)!.position)));
    }
  }

  /** The contact section: its lines verbatim as label–content rows on one slide. */
  private contactSection(section: NoticeSection): void {
    const lines = section.children.map((child) => toString(child));
    this.contactSlide(lines, this.shortTitle(section.label, headingText(section)), [paragraph(section.label + headingText(section)), ...lines.map((line) => paragraph(line))], section.position);
  }

  private contactSlide(lines: string[], title: string, notes: RootContent[], position: Position | undefined): void {
    const rows = lines.flatMap((line): Row[] => contactRows(line).map((row) => ({ label: row.label, lines: [row.value] })));
    for (const [index, group] of packRows(rows, this.budget('overview', 'rows')).entries()) {
      const shown = slide('overview', { title: [text(title)], rows: [rowList(group)] }, index === 0 ? notes : [], position);
      this.push(shown);
      this.lastContact = { slide: shown, rows: group };
    }
  }

  /**
   * The 附件 list ends the body as it ends the notice's: a row under the contact lines when they
   * close the body and have room for it, else a slide of its own.
   */
  private attachments(names: readonly string[]): void {
    // A row each (附件1 | …): names set under one another in one cell would break between a name's end and the next number.
    const rows: Row[] = names.map((name, index) => ({ label: names.length > 1 ? `${attachmentsTitle}${index + 1}` : attachmentsTitle, lines: [name] }));
    const note = paragraph(`${attachmentsTitle}：${names.length > 1 ? names.map((name, index) => `${index + 1}.${name}`).join(' ') : names[0]}`);
    const contact = this.lastContact;
    const budget = this.budget('overview', 'rows');
    if (contact && this.slides.at(-1) === contact.slide && packRows([...contact.rows, ...rows], budget).length === 1) {
      contact.slide.slots.rows = [rowList([...contact.rows, ...rows])];
      contact.slide.notes.push(note);
      return;
    }
    this.push(slide('overview', { title: [text(attachmentsTitle)], rows: [rowList(rows)] }, [note]));
  }

  private leadsIntoCards(node: BlockContent & { type: 'paragraph' }, nodes: RootContent[], index: number): boolean {
    return textWidth(toString(node)) <= this.body.chars && this.smallSectionRun(nodes, index + 1) >= 2;
  }

  /**
   * Small subsections of one section: cards when there are three or more and every card can show
   * its heading and the text under it, otherwise a list (a heading in bold, its text after it) on as few
   * slides as it needs, so no subsection has a slide of its own for a line.
   */
  private subsections(sections: NoticeSection[], title: string, lead?: BlockContent): void {
    // Contact lines at the end of the last subsection belong to the notice, not to that item.
    const last = sections.at(-1)!;
    const trailing = runWhile(last.children.map((child) => (child.type === 'paragraph' ? toString(child) : '')).reverse(), 0, isContactLine);
    if (trailing > 0) {
      const contact = last.children.slice(-trailing);
      this.subsections([...sections.slice(0, -1), { ...last, children: last.children.slice(0, -trailing) }], title, lead);
      const lines = contact.map((node) => toString(node));
      this.contactSlide(lines, contactTitle, lines.map((line) => paragraph(line)), spanning(contact[0]!.position, contact.at(-1)!.position));
      return;
    }
    // A card is a heading and its text: items that are only a line each are a list.
    const cardsFit = evenGroups(sections, cardsPerSlide).every((group) => group.every((section) => bodyText(section) && this.cardOf(section, this.cardBudget(group.length))));
    if (sections.length >= 3 && cardsFit) {
      this.subsectionCards(sections, title, lead);
      return;
    }
    const items = sections.map((section) => {
      const heading = section.label + headingText(section);
      const body = bodyText(section);
      return { text: heading + body, content: body ? [{ type: 'strong', children: [text(heading)] } as PhrasingContent, text(body)] : [text(heading)] };
    });
    const leadText = lead ? toString(lead) : '';
    const { lines: maxLines, chars } = this.body;
    const leadLines = lead ? linesNeeded(leadText, chars) + 1 : 0;
    const groups = packEvenly(items.map((item) => linesNeeded(item.text, chars - 1)), leadLines, maxLines);
    groups.forEach((group, index) => {
      const withLead = index === 0 && lead;
      const slots: Slide['slots'] = { title: [text(title)], body: [bulletList(group.map((i) => highlightContent(items[i]!.content)))] };
      if (withLead) slots.key = [paragraph(leadText)];
      const notes = [...(withLead ? [paragraph(leadText)] : []), ...group.map((i) => paragraph(items[i]!.text))];
      const shown = group.map((i) => sections[i]!);
      this.push(slide('points', slots, notes, spanning(withLead ? lead.position : shown[0]!.position, shown.at(-1)!.position)));
    });
  }

  /** A subsection as a card: its heading whole, and its text when the card holds both; undefined when it does not. */
  private cardOf(section: NoticeSection, budget: TextBudget): PhrasingContent[] | undefined {
    const heading = (section.label + headingText(section)).replace(/[。：:；，]$/u, '');
    const body = bodyText(section);
    const headingLines = linesNeeded(heading, budget.chars);
    if (headingLines > 2) return undefined;
    if (body && headingLines + linesNeeded(body, budget.chars) > budget.lines) return undefined;
    return [{ type: 'strong', children: [text(heading)] }, ...(body ? [{ type: 'break' } as const, text(body)] : [])];
  }

  /** Small parallel subsections as cards, each with its heading and its text. */
  private subsectionCards(sections: NoticeSection[], title: string, lead?: BlockContent): void {
    for (const [index, group] of evenGroups(sections, cardsPerSlide).entries()) {
      const withLead = index === 0 ? lead : undefined;
      const budget = this.cardBudget(group.length);
      const cards = group.map((section) => this.cardOf(section, budget)!);
      const slots: Slide['slots'] = { title: [text(title)], cards: [bulletList(cards)] };
      if (withLead) slots.lead = [paragraph(toString(withLead))];
      const notes = [...(withLead ? [paragraph(toString(withLead))] : []), ...group.map((section) => paragraph(sectionText(section)))];
      this.push(slide('cards', slots, notes, spanning(withLead?.position ?? group[0]!.position, group.at(-1)!.position)));
    }
  }

  /**
   * How much text a card holds, in em: the layout's budget is for three columns; up to four cards
   * are set in two, each half as wide again.
   */
  private cardBudget(cards: number): TextBudget {
    const columns = cards <= 4 ? 2 : 3;
    return { lines: this.card.lines, chars: Math.floor((this.card.chars * 3) / columns) };
  }

  private directive(node: Html): void {
    const directive: Directive | undefined = readDirective(node, this.file, [...this.layouts.keys()]);
    if (directive?.kind === 'layout') this.pending.layout = directive.layout;
    if (directive?.kind === 'notes') this.pending.notes.push(directive.notes);
    if (directive?.kind === 'skip') this.pending.skip = true;
  }

  private section(section: NoticeSection, parentTitle: string): void {
    const heading = headingText(section);
    const fullText = section.label + heading;
    if (section.level === 1 && this.needsDivider(section)) {
      // A run-in heading ends in 。 in the text; a divider shows it as a title, without it.
      const title = heading.replace(/[。；，：]$/u, '');
      const lines = balanceLines(title, this.budget('section', 'title').chars);
      this.push({
        ...slide('section', { ...(section.label ? { number: [text(section.label)] } : {}), title: withBreaks(lines) }, [paragraph(fullText)], section.position),
        sectionTitle: section.label + title,
      });
      this.blocks(section.children, this.shortTitle(section.label, heading));
      return;
    }
    const ownTitle = section.level === 1 ? this.shortTitle(section.label, heading) : section.label + heading.replace(/[。！？：；，]$/u, '');
    const fitsTitle = textWidth(ownTitle) <= this.titleWidth;
    const first = this.slides.length;
    if (section.children.length === 0 || !fitsTitle) {
      // The heading needs room of its own: as the key point of a slide of its own.
      this.push(slide('points', { title: [text(parentTitle)], body: [paragraph(highlight(fullText))] }, [paragraph(fullText)], section.position));
      this.blocks(section.children, parentTitle);
      return;
    }
    this.blocks(section.children, ownTitle);
    const firstSlide = this.slides[first];
    if (firstSlide) firstSlide.notes.unshift(paragraph(fullText));
    else this.push(slide('points', { title: [text(ownTitle)], body: [paragraph(fullText)] }, [paragraph(fullText)], section.position));
  }

  /** A section title short enough for a slide's title line (or `width` em): its number and its heading, shortened by rule. */
  private shortTitle(label: string, heading: string, width = this.titleWidth): string {
    return label + titleHeading(heading, width - textWidth(label));
  }

  /**
   * Consecutive paragraphs: contact lines go together on a 联系方式 slide, three or more one-line
   * paragraphs (topics by month, a list of titles) on list slides, and the rest by their content.
   */
  private paragraphs(nodes: BlockContent[], title: string): void {
    const texts = nodes.map((node) => toString(node));
    // An item of a list (a month's topic, a title in quotes) is short and has no sentence inside it.
    const isListItem = (value: string) => !isContactLine(value) && textWidth(value) <= listItemWidth && !/[。！？；][^”’）)]/u.test(value.trim());
    let plainStart = 0;
    const flushPlain = (end: number) => {
      if (end > plainStart) this.prose(nodes.slice(plainStart, end), title);
    };
    for (let i = 0; i < nodes.length; ) {
      const contact = runWhile(texts, i, isContactLine);
      const short = contact === 0 ? runWhile(texts, i, isListItem) : 0;
      if (contact === 0 && short < 3) {
        i++;
        continue;
      }
      flushPlain(i);
      const run = nodes.slice(i, i + (contact || short));
      if (contact > 0) this.contactSlide(texts.slice(i, i + contact), contactTitle, run.map((node) => paragraph(toString(node))), spanning(run[0]!.position, run.at(-1)!.position));
      else this.shortLines(run, title);
      i += contact || short;
      plainStart = i;
    }
    flushPlain(nodes.length);
  }

  /** One-line paragraphs as a list: in two columns when they are many and short; under labels ("3月" + its titles) as a table. */
  private shortLines(nodes: BlockContent[], title: string): void {
    const texts = nodes.map((node) => toString(node).trim());
    const isLabel = (value: string) => textWidth(value) <= 5 && !/[\p{P}]/u.test(value);
    if (isLabel(texts[0]!) && texts.filter(isLabel).length >= 2 && !isLabel(texts.at(-1)!)) {
      const rows: Row[] = [];
      for (const value of texts) {
        if (isLabel(value) || rows.length === 0) rows.push({ label: value, lines: [] });
        else rows.at(-1)!.lines.push(value);
      }
      if (rows.every((row) => row.lines.length > 0)) return this.rowSlides(rows, title, nodes);
    }
    const items = nodes.map((node) => (node.type === 'paragraph' ? node.children : [text(toString(node))]));
    const columns = this.budget('two-column', 'body');
    const twoColumns = nodes.length > this.body.lines && nodes.every((node) => linesNeeded(toString(node), columns.chars - 1) === 1);
    const budget = twoColumns ? columns : this.body;
    for (const group of evenGroups(nodes.map((_, index) => index), budget.lines)) {
      const shown = group.map((index) => nodes[index]!);
      this.push(
        slide(
          twoColumns ? 'two-column' : 'points',
          { title: [text(title)], body: [bulletList(group.map((index) => highlightContent(items[index]!)))] },
          shown.map((node) => paragraph(toString(node))),
          spanning(shown[0]!.position, shown.at(-1)!.position),
        ),
      );
    }
  }

  /** Paragraphs of prose: those that share a lead ("必须坚持…" ×4) become cards. */
  private prose(nodes: BlockContent[], title: string): void {
    const texts = nodes.map((node) => toString(node));
    const shared = sharedLead(texts);
    const run = shared && consecutiveRun(shared.indices);
    if (!shared || !run) {
      for (const node of nodes) this.paragraph(node, title);
      return;
    }
    const [from, to] = run;
    for (const node of nodes.slice(0, from)) this.paragraph(node, title);
    this.cards(texts.slice(from, to + 1), shared.lead, title, spanning(nodes[from]!.position, nodes[to]!.position));
    this.prose(nodes.slice(to + 1), title);
  }

  /** One paragraph: parallel sentences within it become cards, the rest points. */
  private paragraph(node: BlockContent, title: string): void {
    const sentences = node.type === 'paragraph' ? sentencesOf(node.children) : sentencesOf([text(toString(node))]);
    const texts = sentences.map((sentence) => sentence.text);
    const shared = sentences.length >= 3 ? sharedLead(texts) : undefined;
    if (!shared) {
      this.points(sentences, node.position, title);
      return;
    }
    const starts = shared.indices;
    const before = sentences.slice(0, starts[0]);
    if (before.length > 0) this.points(before, node.position, title);
    const items = starts.map((start, k) => texts.slice(start, starts[k + 1] ?? texts.length).join(''));
    this.cards(items, shared.lead, title, node.position);
  }

  /**
   * Sentences as points slides: the first, when short enough, is the key point; every slide's
   * notes are exactly the sentences it shows.
   */
  private points(sentences: Sentence[], position: Position | undefined, title: string): void {
    const { lines: maxLines, chars } = this.body;
    const statement = this.budget('quote', 'body');
    if (sentences.length === 1 && linesNeeded(sentences[0]!.text, statement.chars) <= statement.lines) {
      // A paragraph of one sentence is a statement: set it large, on a slide of its own.
      const [sentence] = sentences as [Sentence];
      this.push(slide('quote', { title: [text(title)], body: [paragraph(highlightContent(sentence.content))] }, [paragraph(sentence.text)], position));
      return;
    }
    const keyFits = sentences.length >= 2 && linesNeeded(sentences[0]!.text, chars) <= 2;
    const key = keyFits ? sentences[0] : undefined;
    const keyLines = key ? linesNeeded(key.text, chars) + 1 : 0;
    // Pieces of a long sentence fit beside the key point, so no slide shows the key point alone.
    const points = (keyFits ? sentences.slice(1) : sentences).flatMap((sentence) =>
      cutInto(sentence.content, fitText(sentence.text, { lines: maxLines - Math.max(keyLines, 1), chars: chars - 1 })),
    );
    const pointLines = points.map((point) => linesNeeded(point.text, chars - 1));
    const groups = packEvenly(pointLines, keyLines, maxLines);
    groups.forEach((group, index) => {
      const shown = group.map((i) => points[i]!);
      const withKey = index === 0 ? key : undefined;
      const single = shown.length === 1 && !withKey && sentences.length === 1;
      const slots: Slide['slots'] = { title: [text(title)], ...(withKey ? { key: [paragraph(highlightContent(withKey.content))] } : {}) };
      if (shown.length > 0) {
        slots.body = [single ? paragraph(highlightContent(shown[0]!.content)) : bulletList(shown.map((point) => highlightContent(point.content)))];
      }
      this.push(slide('points', slots, [paragraph([withKey?.text ?? '', ...shown.map((point) => point.text)].join(''))], position));
    });
  }

  /** Parallel items as cards with their shared lead shown once, at most six to a slide. */
  private cards(items: string[], lead: string, title: string, position: Position | undefined): void {
    for (const group of evenGroups(items, cardsPerSlide)) {
      const budget = this.cardBudget(group.length);
      const cards = group.map((item) => [{ type: 'strong', children: [text(corePhrase(item, lead, budget.lines * (budget.chars - 1)))] } satisfies PhrasingContent]);
      this.push(slide('cards', { title: [text(title)], ...(lead ? { lead: [paragraph(`${lead}……`)] } : {}), cards: [bulletList(cards)] }, [paragraph(group.join(''))], position));
    }
  }

  /** Lists, tables, quotes, code: shown as written, lists cut between items to fit. */
  private otherBlock(node: RootContent, title: string): void {
    if (node.type === 'list') {
      for (const part of splitList(node, this.body)) {
        this.push(slide('points', { title: [text(title)], body: [part] }, [part], node.position));
      }
      return;
    }
    this.push(slide('points', { title: [text(title)], body: [node] }, [node], node.position));
  }

  /** A block the author gave a layout to (`<!-- layout: cards -->`). */
  private forcedLayout(node: RootContent, title: string): void {
    const layout = this.pending.layout!;
    delete this.pending.layout;
    if (layout === 'points' && node.type === 'paragraph') return this.points(sentencesOf(node.children), node.position, title);
    if (layout === 'cards' && node.type === 'paragraph') {
      const sentences = splitSentences(toString(node));
      return this.cards(sentences, sharedLead(sentences, 2)?.lead ?? '', title, node.position);
    }
    this.authorSlide([node], title, layout);
  }

  /** The author's own slide: blocks between `---` breaks, shown as written. */
  private authorSlide(nodes: RootContent[], title: string, layoutName = this.pending.layout ?? 'points'): void {
    delete this.pending.layout;
    const layout = layoutNamed(this.layouts, layoutName);
    const slots: Slide['slots'] = {};
    // A layout with an image slot takes the paragraphs that hold only images there.
    const images = layout.slots.has('image') ? nodes.filter(isPictureParagraph) : [];
    const rest = nodes.filter((node) => !images.includes(node));
    if (images.length > 0) slots.image = images;
    const slotName = ['body', 'cards', 'items', 'topics', 'prompt'].find((name) => layout.slots.has(name));
    if (rest.length > 0) {
      if (!slotName) this.file.fail(`版式“${layoutName}”放不下文字：请换一个版式`, rest[0]?.position);
      slots[slotName] = rest;
      this.checkBudget(layout, slotName, rest);
    }
    if (title && layout.slots.has('title')) slots.title = [text(title)];
    this.push(slide(layoutName, slots, [...nodes], spanning(nodes[0]?.position, nodes.at(-1)?.position)));
  }

  /** The author's own slide is shown as written; say so when it holds more than its layout does. */
  private checkBudget(layout: Layout, slotName: string, nodes: RootContent[]): void {
    const slot = layout.slots.get(slotName);
    if (!slot?.budget) return;
    const budget = scaleBudget(slot.budget, slot.sizeName, this.geometry);
    const lines = nodes.reduce((sum, node) => sum + (node.type === 'list' ? node.children.reduce((total, item) => total + linesNeeded(toString(item), budget.chars - 1), 0) : linesNeeded(toString(node), budget.chars)), 0);
    if (lines > budget.lines) {
      this.file.message(`这页幻灯片约有 ${lines} 行，版式“${layout.name}”只放得下 ${budget.lines} 行，可能会超出页面：请用 --- 分成几页`, nodes[0]?.position);
    }
  }
}

/** How many texts from `start` on satisfy `test`, one after another. */
function runWhile(texts: string[], start: number, test: (value: string) => boolean): number {
  let count = 0;
  while (start + count < texts.length && test(texts[start + count]!)) count++;
  return count;
}

/** A paragraph of pictures only (`![](photo.png)`), blank lines between them aside. */
function isPictureParagraph(node: RootContent): boolean {
  return node.type === 'paragraph' && node.children.some((child) => child.type === 'image') && node.children.every((child) => child.type === 'image' || (child.type === 'text' && !child.value.trim()));
}

/** Whether a section shows a picture: a table row of text has no room for one, so it keeps slides of its own. */
function holdsPicture(section: NoticeSection): boolean {
  let found = false;
  visit(section, (node) => {
    if (node.type === 'image' || node.type === 'imageReference' || (node.type === 'html' && /<img\b/iu.test((node as Html).value))) found = true;
  });
  return found;
}
