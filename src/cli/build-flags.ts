import type { Command } from 'commander';
import type { BuildOptions } from '../build/build-deck.js';
import { slideSizeNamed, slideSizes } from '../render/slide-size.js';

/** The flags every command that builds a deck takes. */
export interface BuildFlags {
  out?: string;
  size?: string;
  theme?: string;
  force?: boolean;
}

export function buildOptions(flags: BuildFlags): BuildOptions {
  return {
    ...(flags.out ? { outDir: flags.out } : {}),
    ...(flags.size ? { size: slideSizeNamed(flags.size) } : {}),
    ...(flags.theme ? { theme: flags.theme } : {}),
    ...(flags.force ? { force: true } : {}),
  };
}

/** The deck argument and the flags of a command that builds the deck first. */
export function withBuildFlags(command: Command, outHelp = '输出文件夹（默认：dist/<幻灯片文件夹名>）'): Command {
  return withDeckFlags(command).option('--out <dir>', outHelp);
}

/**
 * Several decks and the flags of a command that builds them (build, pdf): folders, notice.md files
 * or patterns; with --out each goes into <out>/<deck folder name>.
 */
export function withDecksBuildFlags(command: Command): Command {
  return withLookFlags(command.argument('<deck...>', '放有 notice.md 的幻灯片文件夹；可以给多个，或写 decks/* 这样的通配符')).option(
    '--out <dir>',
    '输出文件夹（默认：dist/<幻灯片文件夹名>；多份通知时各在 <输出文件夹>/<幻灯片文件夹名>）',
  );
}

/** The deck argument and the flags that choose how it looks, for a command that decides itself where the deck goes (serve). */
export function withDeckFlags(command: Command): Command {
  return withLookFlags(command.argument('<deck>', '放有 notice.md 的幻灯片文件夹'));
}

/** How a deck looks (size, theme) and whether it may write beside a user's own files. */
function withLookFlags(command: Command): Command {
  return command
    .option('--size <ratio>', `幻灯片尺寸：${Object.keys(slideSizes).join(' 或 ')}（默认用 deck.yaml 里的，没有则 16:9）`)
    .option('--theme <name>', '主题，见 `notice-deck themes`（默认用 deck.yaml 里的，没有则 formal）')
    .option('--force', forceHelp);
}

/** What --force does for every command that writes an output folder. */
export const forceHelp = '输出文件夹里有不是 notice-deck 生成的文件时也写进去（同名的会被覆盖）';
