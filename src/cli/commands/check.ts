import type { Command } from 'commander';
import { buildOptions, withBuildFlags, type BuildFlags } from '../build-flags.js';
import { warn } from '../output.js';
import { createProgress } from '../progress.js';

interface CheckFlags extends BuildFlags {
  json?: boolean;
}

export function registerCheck(program: Command): void {
  withBuildFlags(
    program
      .command('check')
      .description('生成幻灯片并在浏览器里逐张检查：溢出、禁则、孤字、缺字、内容过少、占位文字、缺图；有错误时退出码为 1'),
  )
    .option('--json', '以 JSON 输出检查结果，供其他程序读取')
    .action(async (deck: string, options: CheckFlags) => {
      const progress = createProgress();
      // Loaded here, not at the top: the pipeline and Puppeteer are most of a run's start-up.
      const { buildDeck } = await import('../../build/build-deck.js');
      const built = await buildDeck(deck, { ...buildOptions(options), warn });
      const { firstTab, launchBrowser } = await import('../../export/browser.js');
      const { loadPrintView } = await import('../../check/page.js');
      const { checkDeck } = await import('../../check/check-deck.js');
      const { findingsJson, formatFindings, hasErrors } = await import('../../check/report.js');
      // No request events: nothing here listens to them (a missing picture is a check finding).
      const browser = await launchBrowser({ progress, trackRequests: false });
      let findings: Awaited<ReturnType<typeof checkDeck>>;
      try {
        // reveal's print view, as `pdf` checks: every slide laid out at once and measured in a few round
        // trips, where the screen view shows one slide after another (same findings, see check-deck.test.ts).
        const page = await firstTab(browser);
        await loadPrintView(page, built.htmlPath, built.size);
        progress(`正在检查 ${built.slideCount} 张幻灯片……`);
        findings = await checkDeck(page, built.size);
      } finally {
        await browser.close();
      }
      process.stdout.write(options.json ? findingsJson(findings, built.slideCount) : `${formatFindings(findings, built.slideCount).join('\n')}\n`);
      // The findings are the report; the exit code tells scripts that errors remain.
      if (hasErrors(findings)) process.exitCode = 1;
    });
}
