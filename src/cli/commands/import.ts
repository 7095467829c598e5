import type { Command } from 'commander';
import { relative, warn } from '../output.js';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('把通知（PDF、Word、网页或复制出的文字）整理成幻灯片文件夹里的 notice.md')
    .argument('<file>', '通知文件：.pdf、.docx、.doc、.html/.htm，或 UTF-8 编码的 .txt/.md')
    .option('--out <dir>', '幻灯片文件夹（默认：decks/<文件名>）')
    .option('--force', '覆盖已有的 notice.md；文件夹里有不是 notice-deck 生成的文件时也写进去')
    .action(async (file: string, options: { out?: string; force?: boolean }) => {
      // Loaded here, not at the top: the PDF and Word readers are large.
      const { importNotice } = await import('../../import/import-notice.js');
      const imported = await importNotice(file, options);
      for (const line of imported.report) process.stdout.write(`${line}\n`);
      for (const warning of imported.warnings) warn(warning);
      process.stdout.write(`${relative(imported.noticePath)}\n`);
    });
}
