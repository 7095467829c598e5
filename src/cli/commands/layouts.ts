import type { Command } from 'commander';

export function registerLayouts(program: Command): void {
  program
    .command('layouts')
    .description('列出幻灯片版式及其插槽（* 表示必填）')
    .action(async () => {
      const { loadLayouts } = await import('../../layout/layouts.js');
      for (const layout of (await loadLayouts()).values()) {
        const slots = [...layout.slots.values()].map((slot) => `${slot.name}${slot.required ? '*' : ''}`);
        process.stdout.write(`${layout.name.padEnd(12)} ${slots.join(', ')}\n`);
      }
    });
}
