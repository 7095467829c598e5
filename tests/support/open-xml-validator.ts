/**
 * Microsoft's own checks of a package (the Open XML SDK's OpenXmlValidator, built to WebAssembly by
 * @ooxml-tools/validate, so no .NET is needed), for Office 2007, the oldest PowerPoint that reads
 * .pptx. They pass files PowerPoint still repairs (gitbrent/PptxGenJS#1449), which
 * tests/support/ooxml-package.ts checks for, and find what those rules do not: elements out of schema
 * order, attributes and values the schema does not allow.
 */
import validate from '@ooxml-tools/validate';

/** Every error the validator reports, as `part xpath: description`. */
export async function openXmlSdkErrors(pptx: Uint8Array): Promise<string[]> {
  const results = await validate(pptx, 'pptx', 'Office2007');
  return results.map(({ path, description }) => `${path.partUri} ${path.xpath}: ${description}`);
}
