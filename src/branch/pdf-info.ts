import { readFile } from 'node:fs/promises';
import { loadPdf, savePdf, setDocumentInfo } from '../print/pdf-document.js';
import { writeFileAtomic } from '../write-file-atomic.js';
import type { BranchFile } from './branch-schema.js';

/** What a branch's PDFs say about themselves: the meeting as title, the branch as author, the notice as subject. */
export function branchDocumentInfo(branch: BranchFile, noticeTitle: string, what?: string) {
  const title = branch.meetingTitle ?? `${branch.shortName}学习会`;
  return { title: what ? `${title}：${what}` : title, author: branch.name, subject: noticeTitle, keywords: [branch.shortName, '学习会'] };
}

/** Rewrites a slide PDF's document information for the branch (Chromium sets only the title). */
export async function stampBranchPdf(pdfPath: string, branch: BranchFile, noticeTitle: string): Promise<void> {
  const pdf = await loadPdf(await readFile(pdfPath));
  setDocumentInfo(pdf, branchDocumentInfo(branch, noticeTitle));
  await writeFileAtomic(pdfPath, await savePdf(pdf));
}
