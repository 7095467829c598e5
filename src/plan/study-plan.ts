import type { BlockContent, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Layout } from '../layout/layouts.js';
import { sizeOf, type Sizes } from '../layout/sizes.js';
import { isNoticeSection, type NoticeSection } from '../recognise/notice-section.js';
import { referenceGeometry, type Geometry, type SlideSize } from '../render/slide-size.js';
import { balanceLines } from '../text/balance.js';
import { textWidth } from '../text/width.js';
import { applyDirective, authorSlide, forcedLayoutSlide } from './author-slides.js';
import { isClosingFormula } from '../recognise/closing-formula.js';
import { exhortationStart } from './exhortation.js';
import { attachmentSlide, contactSection } from './contact-slides.js';
import type { Deck } from './deck.js';
import { highlight } from './highlight.js';
import { paragraph, text } from './mdast.js';
import { mergeNeighbours } from './merge.js';
import { agendaSlides, discussionSlides } from './outline.js';
import { overviewSlides } from './overview-slides.js';
import { splitList } from './packing.js';
import { paragraphRuns } from './paragraph-runs.js';
import { PlanContext } from './plan-context.js';
import { isContactSection, isDocumentHeading, isListSection, isPictureParagraph, listEntries, isShortSection, isTableSection, shortSectionRun, smallSectionRun } from './section-kinds.js';
import { bodyText, headingText } from './section-text.js';
import { closingSlide, coverSlide, slide, withBreaks } from './slides.js';
import { deepOutline, leadsIntoCards, subsectionSlides } from './subsections.js';
import { isTableLead, tableSlides } from './table-slides.js';
import { shortTitle } from './titles.js';

export interface PlanOptions {
  layouts: Map<string, Layout>;
  size?: SlideSize;
  /** The deck's sizes (base.css, theme, deck.yaml variables); the planner plans with the type the deck will use. */
  sizes?: Sizes;
}

/** What the text before the first part is: an introduction; without parts, the whole content. */
const introTitle = '导语';
const contentTitle = '主要内容';
/** What closes the notice after its last part (希望…, 号召…) where that part cannot hold it: a list. */
const closingTitle = '结语';

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
  return (tree: Root, file: VFile): Deck => new StudyPlanner(new PlanContext(options.layouts, geometry, file)).plan(tree);
}

/** The walk over the body: which blocks and sections become which slides (the slides themselves are made in the modules beside). */
class StudyPlanner {
  constructor(private readonly context: PlanContext) {}

  plan(tree: Root): Deck {
    const { context } = this;
    const metadata = context.file.data.notice;
    if (!metadata) throw new Error('remarkStudyPlan needs remarkNoticeFrontMatter before it');
    if (!tree.children.some((node) => node.type !== 'html' && node.type !== 'thematicBreak')) {
      context.file.fail('正文是空的：请在信息区下面写上通知正文', { line: tree.position?.end.line ?? 1, column: 1 });
    }
    visit(tree, 'thematicBreak', () => {
      context.authorMode = true;
    });
    // A document's title (a forwarded notice's, an attached plan's) is no part of its own: its parts are.
    const sections = tree.children.filter((node, index): node is NoticeSection => isNoticeSection(node) && node.level === 1 && !isDocumentHeading(tree.children, index));

    // A notice of short parts (an activity or a schedule) is an arrangement: no agenda, no discussion.
    // Nor is a list (a commendation's names) or a table (名额分配) a topic of study.
    const studied = sections.filter((section) => !isContactSection(section) && (context.authorMode || (!isShortSection(section) && !isListSection(section) && !isTableSection(section))));
    const sizes = context.geometry.sizes;
    const reduction = sizeOf(sizes, 'size-cover-title-long') / sizeOf(sizes, 'size-cover-title');
    context.slides.push(coverSlide(metadata, { budget: context.budget('cover', 'title'), reduction }));
    // An arrangement (two or more short sections: 活动主题, 参赛对象 …) is planned, not studied: no discussion topics.
    const arrangement = !context.authorMode && tree.children.some((_, index) => shortSectionRun(tree.children, index) >= 2);
    if (studied.length >= 2) context.slides.push(...agendaSlides(sections, context.budget('agenda', 'items'), arrangement));
    // The author's own slides before any heading have no title to borrow.
    const bodyTitle = context.authorMode ? '' : sections.length > 0 ? introTitle : contentTitle;
    const attachments = context.authorMode ? undefined : metadata.attachments;
    // The 附件 list comes where the notice has it: after the body, before an attachment's own text printed with it.
    const appendix = attachments ? tree.children.findIndex((node) => isNoticeSection(node) && node.level === 1 && attachments.includes(headingText(node))) : -1;
    const end = appendix === -1 ? tree.children.length : appendix;
    // Without parts to study (a commendation's decision before its name lists), the text before the
    // first heading ends with its exhortation: 结语, not a second 导语.
    const leading = context.authorMode || studied.length > 0 ? 0 : firstSectionIndex(tree.children.slice(0, end));
    const closing = exhortationStart(tree.children.slice(0, leading));
    this.blocks(tree.children.slice(0, closing), bodyTitle);
    this.blocks(tree.children.slice(closing, leading), closingTitle);
    this.blocks(tree.children.slice(leading, end), bodyTitle);
    if (attachments) attachmentSlide(context, attachments);
    this.blocks(tree.children.slice(end), bodyTitle);
    if (!arrangement && studied.length >= 1 && (studied.length >= 2 || sections.length === 1)) context.slides.push(...discussionSlides(studied, context.budget('discussion', 'topics')));
    context.slides.push(closingSlide(metadata));
    // The author's own slides stay as the author made them.
    const children = context.authorMode ? context.slides : mergeNeighbours(context.slides, context.body);
    return { type: 'deck', metadata, children };
  }

  /** A run of blocks under one heading; consecutive parallel paragraphs become cards. */
  private blocks(nodes: RootContent[], title: string): void {
    const { context } = this;
    let chunk: RootContent[] = [];
    const flushChunk = () => {
      if (chunk.length > 0) authorSlide(context, chunk, title);
      chunk = [];
    };
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (node.type === 'html') {
        applyDirective(context, node);
        continue;
      }
      if (node.type === 'thematicBreak') {
        flushChunk();
        continue;
      }
      if (context.pending.skip) {
        context.pending = { notes: context.pending.notes, skip: false };
        continue;
      }
      if (isNoticeSection(node)) {
        flushChunk();
        if (!context.authorMode && isDocumentHeading(nodes, i)) {
          this.document(node);
          continue;
        }
        if (!context.authorMode && isContactSection(node)) {
          contactSection(context, node);
          continue;
        }
        const shortRun = context.authorMode ? 0 : shortSectionRun(nodes, i);
        if (shortRun >= 2) {
          overviewSlides(context, nodes.slice(i, i + shortRun) as NoticeSection[]);
          i += shortRun - 1;
          continue;
        }
        const run = context.authorMode ? 0 : smallSectionRun(nodes, i);
        if (run >= 2) {
          subsectionSlides(context, nodes.slice(i, i + run) as NoticeSection[], title);
          i += run - 1;
        } else {
          this.section(node, title);
        }
        continue;
      }
      if (context.authorMode) {
        chunk.push(node);
        continue;
      }
      if (context.pending.layout) {
        forcedLayoutSlide(context, node, title);
        continue;
      }
      if (node.type === 'paragraph' && leadsIntoCards(context, node, nodes, i)) {
        // A short sentence that introduces parallel subsections ("按照以下步骤进行：") heads their cards.
        const run = smallSectionRun(nodes, i + 1);
        subsectionSlides(context, nodes.slice(i + 1, i + 1 + run) as NoticeSection[], title, node);
        i += run;
        continue;
      }
      if (isPictureParagraph(node)) {
        // Pictures have no text to measure or split into points: they get a slide of their own.
        authorSlide(context, [node], title, 'image-and-text');
        continue;
      }
      if (isClosingFormula(node)) {
        // Read out with the slide before it, not shown: a slide says what to do, not "特此通知".
        context.slides.at(-1)?.notes.push(node);
        continue;
      }
      const next = nodes[i + 1];
      if (node.type === 'paragraph' && next?.type === 'table' && isTableLead(node, context.body)) {
        tableSlides(context, next, title, node);
        i++;
        continue;
      }
      if (node.type === 'paragraph') {
        let end = i;
        const ends = (next: RootContent) => next.type !== 'paragraph' || isPictureParagraph(next) || isClosingFormula(next);
        while (end + 1 < nodes.length && !ends(nodes[end + 1]!)) end++;
        paragraphRuns(context, nodes.slice(i, end + 1) as BlockContent[], title);
        i = end;
        continue;
      }
      this.otherBlock(node, title);
    }
    flushChunk();
  }

  /** A section with more than one slide's worth of text is introduced by a divider; a table's slides bear its title. */
  private needsDivider(section: NoticeSection): boolean {
    return !isTableSection(section) && textWidth(bodyText(section)) > this.context.body.lines * this.context.body.chars;
  }

  /**
   * A document within the notice (the forwarded notice, the attached plan or name list): a divider
   * with its title, then its introduction; its numbered parts follow it in the body.
   */
  private document(heading: NoticeSection): void {
    const { context } = this;
    const title = headingText(heading);
    context.push({
      ...slide('section', { title: withBreaks(balanceLines(title, context.budget('section', 'title').chars)) }, [paragraph(title)], heading.position),
      sectionTitle: title,
    });
    this.blocks(heading.children, introTitle);
  }

  private section(section: NoticeSection, parentTitle: string): void {
    const { context } = this;
    const entries = listEntries(section);
    if (entries > 0 && entries < section.children.length) {
      // The prose after a name list closes the notice: under a title of its own, not the list's.
      this.section({ ...section, children: section.children.slice(0, entries) }, parentTitle);
      this.blocks(section.children.slice(entries), closingTitle);
      return;
    }
    const heading = headingText(section);
    const fullText = section.label + heading;
    if (section.level === 1 && this.needsDivider(section)) {
      // A run-in heading ends in 。 in the text; a divider shows it as a title, without it.
      const title = heading.replace(/[。；，：:]$/u, '');
      const lines = balanceLines(title, context.budget('section', 'title').chars);
      context.push({
        ...slide('section', { ...(section.label ? { number: [text(section.label)] } : {}), title: withBreaks(lines) }, [paragraph(fullText)], section.position),
        sectionTitle: section.label + title,
      });
      this.blocks(section.children, shortTitle(section.label, heading, context.titleWidth));
      return;
    }
    const ownTitle = section.level === 1 ? shortTitle(section.label, heading, context.titleWidth) : section.label + heading.replace(/[。！？：:；，]$/u, '');
    const fitsTitle = textWidth(ownTitle) <= context.titleWidth;
    const first = context.slides.length;
    if (section.children.length === 0 || !fitsTitle) {
      // The heading needs room of its own: as the key point of a slide of its own.
      context.push(slide('points', { title: [text(parentTitle)], body: [paragraph(highlight(fullText))] }, [paragraph(fullText)], section.position));
      this.blocks(section.children, parentTitle);
      return;
    }
    const outline = deepOutline(section, context.body);
    if (outline) {
      this.blocks(section.children.filter((child) => !isNoticeSection(child)), ownTitle);
      subsectionSlides(context, outline, ownTitle);
    } else this.blocks(section.children, ownTitle);
    const firstSlide = context.slides[first];
    if (firstSlide) firstSlide.notes.unshift(paragraph(fullText));
    else context.push(slide('points', { title: [text(ownTitle)], body: [paragraph(fullText)] }, [paragraph(fullText)], section.position));
  }

  /** Lists, tables, quotes, code: shown as written, lists cut between items and tables between rows to fit. */
  private otherBlock(node: RootContent, title: string): void {
    const { context } = this;
    if (node.type === 'list') {
      for (const part of splitList(node, context.body)) {
        context.push(slide('points', { title: [text(title)], body: [part] }, [part], node.position));
      }
      return;
    }
    if (node.type === 'table') {
      tableSlides(context, node, title);
      return;
    }
    context.push(slide('points', { title: [text(title)], body: [node] }, [node], node.position));
  }
}

/** The index of the first section among `nodes`, or their length. */
function firstSectionIndex(nodes: readonly RootContent[]): number {
  const index = nodes.findIndex(isNoticeSection);
  return index === -1 ? nodes.length : index;
}
