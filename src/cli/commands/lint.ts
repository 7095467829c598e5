import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import type { Finding } from '../../lint/lint.js';

type Format = 'text' | 'json';

export function registerLint(program: Command): void {
  program
    .command('lint')
    .description('校对 notice.md：半角标点、括号引号不成对、夹杂英文、发文字号、日期、序号、标题文种、缺少的要素')
    .argument('<deck>', '幻灯片文件夹，或其中的 notice.md')
    .option('--fix', '自动改正有把握的问题（半角标点、发文字号），并显示改动')
    .option('--format <format>', '输出格式：text 或 json', parseFormat, 'text')
    .action(async (deck: string, options: { fix?: boolean; format: Format }) => {
      const { applyFixes, formatFinding, lintNotice } = await import('../../lint/lint.js');
      const { readDeckSource } = await import('../../notice/read.js');
      const source = await readDeckSource(deck);
      const file = String(source.file.path);
      const text = String(source.file.value);
      let findings = lintNotice(text);
      let diff = '';
      if (options.fix) {
        const fixed = applyFixes(text, findings);
        if (fixed.applied > 0) {
          // Only with --fix, and atomically: the user's file is never left half-written.
          const { writeFileAtomic } = await import('../../write-file-atomic.js');
          const { createTwoFilesPatch } = await import('diff');
          await writeFileAtomic(path.resolve(file), fixed.text);
          diff = createTwoFilesPatch(file, file, text, fixed.text, '改前', '改后', { context: 1 });
          findings = lintNotice(fixed.text);
        }
      }
      report(file, findings, diff, options.format, formatFinding);
      if (findings.some((finding) => finding.severity === 'error')) process.exitCode = 1;
    });
}

function report(file: string, findings: Finding[], diff: string, format: Format, formatFinding: (file: string, finding: Finding) => string): void {
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify({ file, findings: findings.map((finding) => ({ file, ...finding, fixable: Boolean(finding.fix) })), fixed: diff !== '' }, null, 2)}\n`);
    return;
  }
  if (diff) process.stdout.write(diff);
  for (const finding of findings) process.stdout.write(`${formatFinding(file, finding)}\n`);
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  process.stdout.write(findings.length === 0 ? `${file}：没有发现问题\n` : `${file}：${errors} 个错误，${findings.length - errors} 个提醒\n`);
}

function parseFormat(value: string): Format {
  if (value === 'text' || value === 'json') return value;
  throw new InvalidArgumentError('只能是 text 或 json');
}
