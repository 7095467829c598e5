import { InvalidArgumentError, type Command } from 'commander';
import { paperNames } from '../../print/paper.js';
import { defaultPerPage, perPageChoices, type PerPage } from '../../print/per-page.js';
import { partNames, type PartName } from '../../print/part-names.js';
import { withBranchFlag } from '../branch-flags.js';
import { buildOptions, withBuildFlags, type BuildFlags } from '../build-flags.js';
import { relative } from '../output.js';
import { parsePaperName, parsePerPage, printOptions, type PrintFlags } from '../print-flags.js';

const partHelp = 'pdf（幻灯片）、handout（讲义）、notes（讲稿）、original（通知原文）';

export function registerPrint(program: Command): void {
  withBranchFlag(withBuildFlags(program.command('print').description('一次生成全套打印材料：幻灯片 PDF、讲义、讲稿和通知原文')))
    .option('--only <list>', `只生成其中几份，用逗号隔开：${partHelp}`, parseParts)
    .option('--paper <size>', `讲义、讲稿和原文的纸张：${paperNames.join('、')}`, parsePaperName, 'a4')
    .option('--per-page <n>', `讲义每页几张幻灯片：${perPageChoices.join('、')}`, parsePerPage, defaultPerPage)
    .action(async (deck: string, flags: BuildFlags & PrintFlags & { only?: PartName[]; perPage: PerPage }) => {
      const options = await printOptions(deck, flags);
      // Loaded here, not at the top: Puppeteer takes a quarter second to import, which every other command would pay.
      const { launchBrowser, whileLaunching } = await import('../../export/browser.js');
      // Chromium starts first: it boots on the other core while the print modules load and the decks build.
      // Every page it loads is a folded deck or a print document with its fonts inside (data: URLs): no request events needed.
      const browser = launchBrowser({ ...(options.progress ? { progress: options.progress } : {}), trackRequests: false });
      const printed = await whileLaunching(browser, async () => {
        const { printSet } = await import('../../print/print-set.js');
        const { deckPdfPart } = await import('../../print/deck-pdf.js');
        const { handoutPart } = await import('../../print/handout.js');
        const { notesPart } = await import('../../print/notes.js');
        const { originalPart } = await import('../../print/original.js');
        const parts = { pdf: deckPdfPart, handout: () => handoutPart(flags.perPage), notes: notesPart, original: originalPart };
        const chosen = partNames.filter((name) => !flags.only || flags.only.includes(name));
        const { size, theme } = buildOptions(flags);
        return printSet(deck, chosen.map((name) => parts[name]()), { ...options, browser, ...(size ? { size } : {}), ...(theme ? { theme } : {}) });
      });
      for (const part of printed) process.stdout.write(`${relative(part.pdfPath)}（${part.pages} 页）\n`);
    });
}

/** `handout,notes`: some of the set's documents, each named once. */
function parseParts(value: string): PartName[] {
  const names = value.split(/[,，、]/u).map((name) => name.trim().toLowerCase()).filter(Boolean);
  const unknown = names.find((name) => !partNames.includes(name as PartName));
  if (unknown !== undefined) throw new InvalidArgumentError(`没有“${unknown}”这一份；请从 ${partHelp} 中选，用逗号隔开。`);
  if (names.length === 0) throw new InvalidArgumentError(`请写出要哪几份：${partHelp}，用逗号隔开。`);
  return [...new Set(names as PartName[])];
}
