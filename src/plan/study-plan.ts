import type { BlockContent, Html, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { layoutNamed, type Layout } from '../layout/layouts.js';
import { isNoticeSection, type NoticeSection } from '../recognise/notice-section.js';
import { defaultSlideSize, scaleBudget, scaleWidth, type SlideSize } from '../render/slide-size.js';
import { balanceLines } from '../text/balance.js';
import { fitText, linesNeeded, type TextBudget } from '../text/fit.js';
import { splitSentences } from '../text/sentences.js';
import { textWidth } from '../text/width.js';
import type { Deck, Slide } from './deck.js';
import { readDirective, type Directive } from './directives.js';
import { highlight } from './highlight.js';
import { paragraph, text } from './mdast.js';
import { consecutiveRun, evenGroups, packEvenly, spanning, splitList } from './packing.js';
import { corePhrase, sharedLead } from './parallel.js';
import { headingText, sectionText, smallSectionWidth } from './section-text.js';
import { bulletList, closingSlide, coverSlide, slide, withBreaks } from './slides.js';
import { cutInto, highlightContent, sentencesOf, type Sentence } from './sentence.js';

export interface PlanOptions {
  layouts: Map<string, Layout>;
  size?: SlideSize;
}

const cardsPerSlide = 6;
const agendaTitle = '学习提纲';
const introTitle = '导语';

/**
 * Plans a study deck from the recognised notice: cover, agenda, a divider per level-1 section,
 * content slides (a paragraph's lead sentence as the key point and its other sentences as points;
 * parallel sentences or paragraphs as cards), discussion, closing. Every slide made from the body
 * carries the verbatim text it shows in its notes, so the notes read in order are the body.
 * Markdown slide breaks (`---`) and directives (`<!-- layout: … -->`, `<!-- notes: … -->`,
 * `<!-- skip -->`) let the author override the plan.
 */
export function remarkStudyPlan(options: PlanOptions) {
  return (tree: Root, file: VFile): Deck => new StudyPlanner(options.layouts, options.size ?? defaultSlideSize, file).plan(tree);
}

class StudyPlanner {
  private readonly slides: Slide[] = [];
  private readonly body: TextBudget;
  private readonly titleWidth: number;
  private readonly card: TextBudget;
  private readonly agendaLines: number;
  private authorMode = false;
  private pending: { layout?: string; notes: string[]; skip: boolean } = { notes: [], skip: false };

  constructor(
    private readonly layouts: Map<string, Layout>,
    private readonly size: SlideSize,
    private readonly file: VFile,
  ) {
    this.body = this.budget('points', 'body');
    const title = this.budget('points', 'title');
    this.titleWidth = title.lines * title.chars;
    this.card = this.budget('cards', 'cards');
    this.agendaLines = this.budget('agenda', 'items').lines;
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

    this.slides.push(coverSlide(metadata, scaleWidth(20, this.size)));
    if (sections.length >= 2) this.agenda(sections);
    // The author's own slides before any heading have no title to borrow.
    this.blocks(tree.children, this.authorMode ? '' : introTitle);
    if (sections.length >= 1) this.discussion(sections);
    this.slides.push(closingSlide(metadata));
    return { type: 'deck', metadata, children: this.slides };
  }

  private budget(layout: string, slot: string): TextBudget {
    const budget = layoutNamed(this.layouts, layout).slots.get(slot)?.budget;
    if (!budget) throw new Error(`layout ${layout} declares no text budget for slot ${slot}`);
    return scaleBudget(budget, this.size);
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
        const run = this.authorMode ? 0 : this.smallSectionRun(nodes, i);
        if (run >= 3) {
          this.subsectionCards(nodes.slice(i, i + run) as NoticeSection[], title);
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
        this.subsectionCards(nodes.slice(i + 1, i + 1 + run) as NoticeSection[], title, node);
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

  private leadsIntoCards(node: BlockContent & { type: 'paragraph' }, nodes: RootContent[], index: number): boolean {
    return textWidth(toString(node)) <= this.body.chars && this.smallSectionRun(nodes, index + 1) >= 3;
  }

  /** Small parallel subsections as cards of their headings; the notes hold their whole text. */
  private subsectionCards(sections: NoticeSection[], title: string, lead?: BlockContent): void {
    for (const [index, group] of evenGroups(sections, cardsPerSlide).entries()) {
      const withLead = index === 0 ? lead : undefined;
      const budget = this.cardBudget(group.length);
      const cards = group.map((section): PhrasingContent[] => {
        const heading = corePhrase(section.label + headingText(section), '', budget.lines * (budget.chars - 1));
        const body = section.children.map((child) => toString(child)).join('');
        // The body goes on the card too when both fit; otherwise the notes carry it.
        const withBody = body && linesNeeded(heading, budget.chars) + linesNeeded(body, budget.chars) <= budget.lines;
        return [{ type: 'strong', children: [text(heading)] }, ...(withBody ? [{ type: 'break' } as const, text(body)] : [])];
      });
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
    if (section.level === 1) {
      const lines = balanceLines(heading, scaleWidth(18, this.size));
      this.push(
        slide(
          'section',
          { ...(section.label ? { number: [text(section.label)] } : {}), title: withBreaks(lines) },
          [paragraph(fullText)],
          section.position,
        ),
      );
      this.blocks(section.children, this.shortTitle(section.label, heading));
      return;
    }
    const ownTitle = section.label + heading.replace(/[。！？：；，]$/u, '');
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

  /** A section title short enough for a slide's title line: its number and first clause. */
  private shortTitle(label: string, heading: string): string {
    const clause = heading.split(/[，；：。,;:]/u)[0] ?? heading;
    const candidate = label + clause;
    if (textWidth(candidate) <= this.titleWidth) return candidate;
    return label + corePhrase(clause, '', this.titleWidth - textWidth(label));
  }

  /** Consecutive paragraphs: those that share a lead ("必须坚持…" ×4) become cards. */
  private paragraphs(nodes: BlockContent[], title: string): void {
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
    this.paragraphs(nodes.slice(to + 1), title);
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
    const declared = layout.slots.get(slotName)?.budget;
    if (!declared) return;
    const budget = scaleBudget(declared, this.size);
    const lines = nodes.reduce((sum, node) => sum + (node.type === 'list' ? node.children.reduce((total, item) => total + linesNeeded(toString(item), budget.chars - 1), 0) : linesNeeded(toString(node), budget.chars)), 0);
    if (lines > budget.lines) {
      this.file.message(`这页幻灯片约有 ${lines} 行，版式“${layout.name}”只放得下 ${budget.lines} 行，可能会超出页面：请用 --- 分成几页`, nodes[0]?.position);
    }
  }

  private agenda(sections: NoticeSection[]): void {
    for (const group of evenGroups(sections, this.agendaLines)) {
      const headings = group.map(headingText);
      const items = group.map((section, index) => [text(this.shortTitle(section.label, headings[index]!))]);
      // The presenter announces the parts by their full headings.
      const notes = group.map((section, index) => paragraph(section.label + headings[index]!));
      this.slides.push(slide('agenda', { title: [text(agendaTitle)], items: [bulletList(items)] }, notes));
    }
  }

  private discussion(sections: NoticeSection[]): void {
    const prompt = '结合学习内容和思想、工作实际，围绕以下方面交流体会：';
    const topics = sections
      .slice(0, 6)
      .map((section) => headingText(section).split(/[，；：。,;:]/u)[0] ?? '');
    const slots = { title: [text('交流研讨')], prompt: [paragraph(prompt)], topics: [bulletList(topics.map((topic) => [text(topic)]))] };
    this.slides.push(slide('discussion', slots, [paragraph(prompt + topics.join('；'))]));
  }
}

/** A paragraph of pictures only (`![](photo.png)`), blank lines between them aside. */
function isPictureParagraph(node: RootContent): boolean {
  return node.type === 'paragraph' && node.children.some((child) => child.type === 'image') && node.children.every((child) => child.type === 'image' || (child.type === 'text' && !child.value.trim()));
}
