/**
 * The package checks against files that break one rule each: a small presentation written by
 * pptxgenjs the way src/pptx does (a filled rectangle, a text box, a picture, a coloured
 * background, notes) and repaired, then changed in one place.
 */
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { repairOoxml } from '../../src/pptx/ooxml-repairs.js';
import { pptxPackageProblems } from './ooxml-package.js';
import { writtenByPptxgenjs } from './pptxgenjs-file.js';

let written: Uint8Array;
let repaired: Uint8Array;

beforeAll(async () => {
  written = await writtenByPptxgenjs();
  repaired = await repairOoxml(written);
});

/** The problems of the repaired file after `change`. */
async function problemsAfter(change: (zip: JSZip) => Promise<void>): Promise<string[]> {
  const zip = await JSZip.loadAsync(repaired);
  await change(zip);
  return pptxPackageProblems(await zip.generateAsync({ type: 'uint8array' }));
}

const edit = (zip: JSZip, name: string, replace: (xml: string) => string) =>
  zip
    .file(name)!
    .async('string')
    .then((xml) => {
      const changed = replace(xml);
      if (changed === xml) throw new Error(`the change left ${name} as it was`);
      zip.file(name, changed);
    });
const slide = 'ppt/slides/slide1.xml';
const slideRels = 'ppt/slides/_rels/slide1.xml.rels';

describe('pptxPackageProblems', () => {
  it('finds nothing in pptxgenjs’s file once repaired', async () => {
    expect(await pptxPackageProblems(repaired)).toEqual([]);
  });

  it('finds each thing PowerPoint repairs in pptxgenjs 4.0.1’s own file', async () => {
    const problems = (await pptxPackageProblems(written)).join('\n');
    expect(problems).toContain('[Content_Types].xml: Override for /ppt/slideMasters/slideMaster2.xml, which is not in the package');
    expect(problems).toContain('[Content_Types].xml: Default for .gif, which no part has');
    expect(problems).toContain(`${slide}: shape “Shape 0” has no p:txBody`);
    expect(problems).toContain(`${slide}: background solidFill without a:effectLst`);
    expect(problems).toContain(`${slide}: empty a:ln`);
    expect(problems).toContain('ppt/theme/theme1.xml is the theme of ppt/slideMasters/slideMaster1.xml and ppt/notesMasters/notesMaster1.xml');
  });

  it('reports a part that is not well-formed XML', async () => {
    expect(await problemsAfter((zip) => edit(zip, slide, (xml) => xml.replace('</p:spTree>', '</p:spTre>')))).toEqual([
      expect.stringMatching(/^ppt\/slides\/slide1\.xml: not well-formed XML/u),
    ]);
  });

  it('reports a content type for a part that is missing, a part without one, and a default no part uses', async () => {
    expect(
      await problemsAfter(async (zip) => {
        await edit(zip, '[Content_Types].xml', (xml) =>
          xml.replace(
            '</Types>',
            '<Override PartName="/ppt/slides/slide9.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/><Default Extension="gif" ContentType="image/gif"/></Types>',
          ),
        );
        zip.file('ppt/custom.dat', 'x');
      }),
    ).toEqual([
      '[Content_Types].xml: Override for /ppt/slides/slide9.xml, which is not in the package',
      'ppt/custom.dat: no content type',
      '[Content_Types].xml: Default for .gif, which no part has',
    ]);
  });

  it('reports relationships to missing parts, of missing parts, repeated ids and ids a part uses that are not there', async () => {
    const problems = await problemsAfter(async (zip) => {
      await edit(zip, slideRels, (xml) =>
        xml.replace('</Relationships>', '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/gone.png"/></Relationships>'),
      );
      await edit(zip, slide, (xml) => xml.replace(/r:embed="rId\d+"/u, 'r:embed="rId99"'));
      zip.file('ppt/slides/_rels/slide9.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>');
    });
    expect(problems).toEqual([
      `${slideRels}: relationship id rId1 twice`,
      `${slideRels}: rId1 points at ppt/media/gone.png, which is not in the package`,
      `${slide}: r:id rId99 is not in ${slideRels}`,
      'ppt/slides/_rels/slide9.xml.rels: relationships of ppt/slides/slide9.xml, which is not in the package',
    ]);
  });

  it('reports a part that uses relationship ids without relationships, and a picture of a kind PowerPoint may not show', async () => {
    const problems = await problemsAfter(async (zip) => {
      zip.remove(slideRels);
      zip.file('ppt/media/photo.webp', 'RIFF\0\0\0\0WEBPVP8 ');
      await edit(zip, '[Content_Types].xml', (xml) => xml.replace('</Types>', '<Default Extension="webp" ContentType="image/webp"/></Types>'));
    });
    expect(problems).toEqual([`${slide}: uses relationship ids but has no ${slideRels}`, 'ppt/media/photo.webp: a kind of picture PowerPoint may not show']);
  });

  it('reports a shape without text body, a background without effect list and an empty line', async () => {
    const problems = await problemsAfter((zip) =>
      edit(zip, slide, (xml) =>
        xml
          .replace(/<p:txBody>(?:(?!<\/p:txBody>).)*<\/p:txBody>/su, '')
          .replace(/(<p:bgPr>(?:(?!<\/p:bgPr>).)*)<a:effectLst\/>/su, '$1')
          .replace('<a:ln><a:noFill/></a:ln>', '<a:ln/>'),
      ),
    );
    expect(problems).toEqual([`${slide}: shape “Shape 0” has no p:txBody`, `${slide}: background solidFill without a:effectLst`, `${slide}: empty a:ln`]);
  });

  it('reports a shape id used twice and positions or sizes that are not whole EMUs', async () => {
    const problems = await problemsAfter((zip) =>
      edit(zip, slide, (xml) => xml.replace('<p:cNvPr id="3"', '<p:cNvPr id="2"').replace(/<a:off x="\d+"/u, '<a:off x="12.5"').replace(/<a:ext cx="\d+" cy="\d+"/u, '<a:ext cx="10" cy="-5"')),
    );
    expect(problems).toEqual([`${slide}: shape id 2 twice`, `${slide}: a:off with 12.5, not an integer`, `${slide}: a:ext with -5, not a whole number ≥ 0`]);
  });

  it('reports a theme two masters share and a picture whose bytes are not what its name says', async () => {
    const problems = await problemsAfter(async (zip) => {
      await edit(zip, 'ppt/notesMasters/_rels/notesMaster1.xml.rels', (xml) => xml.replace('../theme/theme2.xml', '../theme/theme1.xml'));
      zip.remove('ppt/theme/theme2.xml');
      await edit(zip, '[Content_Types].xml', (xml) => xml.replace(/<Override PartName="\/ppt\/theme\/theme2\.xml"[^>]*\/>/u, ''));
      const picture = Object.keys(zip.files).find((name) => name.startsWith('ppt/media/') && !zip.files[name]!.dir)!;
      zip.file(picture, '<svg xmlns="http://www.w3.org/2000/svg"/>');
    });
    expect(problems).toEqual([
      'ppt/theme/theme1.xml is the theme of ppt/slideMasters/slideMaster1.xml and ppt/notesMasters/notesMaster1.xml',
      expect.stringMatching(/^ppt\/media\/[^:]+\.png: its bytes are not PNG$/u),
    ]);
  });
});
