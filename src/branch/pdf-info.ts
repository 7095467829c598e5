import { readFile } from 'node:fs/promises';
import { appendDocumentInfo } from '../export/document-info-update.js';
import { loadPdf, savePdf, setDocumentInfo } from '../print/pdf-document.js';
import { writeFileAtomic } from '../write-file-atomic.js';
import type { BranchFile } from './branch-schema.js';

/** What a branch's PDFs say about themselves: the meeting as title, the branch as author, the notice as subject. */
export function branchDocumentInfo(branch: BranchFile, noticeTitle: string, what?: string) {
  const title = branch.meetingTitle ?? `${branch.shortName}学习会`;
  return { title: what ? `${title}：${what}` : title, author: branch.name, subject: noticeTitle, keywords: [branch.shortName, '学习会'] };
}

/** Sets a slide PDF's document information for the branch (Chromium sets only the title). */
export async function stampBranchPdf(pdfPath: string, branch: BranchFile, noticeTitle: string): Promise<void> {
  const bytes = await readFile(pdfPath);
  const info = branchDocumentInfo(branch, noticeTitle);
  // Appended to Chromium's file where it can be; rewriting the whole file is the slow way that always works.
  let updated = await appendDocumentInfo(bytes, info);
  if (!updated) {
    const pdf = await loadPdf(bytes);
    setDocumentInfo(pdf, info);
    updated = await savePdf(pdf);
  }
  await writeFileAtomic(pdfPath, updated);
}
