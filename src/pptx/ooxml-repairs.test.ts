import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  backgroundEffects,
  contentTypesForParts,
  dropStrayParagraphProperties,
  emptyTextBodies,
  explicitNoLine,
  notesMasterListInOrder,
  notesPageSize,
  notesParagraphs,
  repairOoxml,
} from './ooxml-repairs.js';

const first = '<a:pPr algn="just" marL="342900" indent="-342900"><a:buChar char="&#x2022;"/></a:pPr>';
const stray = '<a:pPr algn="just" indent="0" marL="0"><a:buNone/></a:pPr>';
const run = (text: string) => `<a:r><a:rPr lang="zh-CN"/><a:t>${text}</a:t></a:r>`;

describe('dropStrayParagraphProperties', () => {
  it('keeps the first pPr of a paragraph and drops those between runs and after soft breaks', () => {
    const xml = `<a:p>${first}${run('讲话具有很强的')}${stray}${run('指导性')}<a:br/><a:pPr/>${run('第二行')}</a:p>`;
    expect(dropStrayParagraphProperties(xml)).toBe(`<a:p>${first}${run('讲话具有很强的')}${run('指导性')}<a:br/>${run('第二行')}</a:p>`);
  });
  it('leaves paragraphs of one run alone', () => {
    const xml = `<a:p>${first}${run('一')}</a:p><a:p>${stray}${run('二')}</a:p>`;
    expect(dropStrayParagraphProperties(xml)).toBe(xml);
  });
});

describe('notesParagraphs', () => {
  it('makes each line of the notes a Chinese paragraph', () => {
    const notes = '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>一、要点&amp;\n二、要点</a:t></a:r><a:endParaRPr lang="en-US" dirty="0"/></a:p></p:txBody>';
    expect(notesParagraphs(notes)).toBe(
      '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="zh-CN" altLang="en-US" dirty="0"/><a:t>一、要点&amp;</a:t></a:r></a:p>' +
        '<a:p><a:r><a:rPr lang="zh-CN" altLang="en-US" dirty="0"/><a:t>二、要点</a:t></a:r></a:p></p:txBody>',
    );
  });
});

describe('repairOoxml', () => {
  it('repairs slide parts and leaves other parts as they were', async () => {
    const zip = new JSZip();
    zip.file('ppt/slides/slide1.xml', `<a:p>${first}${run('一')}${stray}${run('二')}</a:p>`);
    zip.file('ppt/presentation.xml', `<x>${run('一')}${stray}</x>`);
    const repaired = await JSZip.loadAsync(await repairOoxml(await zip.generateAsync({ type: 'uint8array' })));
    expect(await repaired.file('ppt/slides/slide1.xml')!.async('string')).toBe(`<a:p>${first}${run('一')}${run('二')}</a:p>`);
    expect(await repaired.file('ppt/presentation.xml')!.async('string')).toBe(`<x>${run('一')}${stray}</x>`);
  });

  it('stores identical pictures once and points every slide at the one kept', async () => {
    const zip = new JSZip();
    const logo = new Uint8Array([137, 80, 78, 71, 1]);
    zip.file('ppt/media/image-2-1.png', logo);
    zip.file('ppt/media/image-3-1.png', logo);
    zip.file('ppt/media/image-3-2.png', new Uint8Array([137, 80, 78, 71, 2]));
    const rel = (target: string) => `<Relationships><Relationship Id="rId1" Type="image" Target="../media/${target}"/></Relationships>`;
    zip.file('ppt/slides/_rels/slide2.xml.rels', rel('image-2-1.png'));
    zip.file('ppt/slides/_rels/slide3.xml.rels', rel('image-3-1.png') + rel('image-3-2.png'));
    const repaired = await JSZip.loadAsync(await repairOoxml(await zip.generateAsync({ type: 'uint8array' })));
    expect(Object.keys(repaired.files).filter((name) => name.startsWith('ppt/media/') && !repaired.files[name]!.dir)).toEqual(['ppt/media/image-2-1.png', 'ppt/media/image-3-2.png']);
    expect(await repaired.file('ppt/slides/_rels/slide3.xml.rels')!.async('string')).toBe(rel('image-2-1.png') + rel('image-3-2.png'));
  });
});

const rect = '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Shape 0"></p:cNvPr><p:cNvSpPr/><p:nvPr></p:nvPr></p:nvSpPr><p:spPr><a:solidFill><a:srgbClr val="C00000"/></a:solidFill><a:ln></a:ln></p:spPr></p:sp>';
const emptyBody = '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="zh-CN"/></a:p></p:txBody>';

describe('emptyTextBodies', () => {
  it('gives a shape without text the empty text body PowerPoint would add, after its properties', () => {
    expect(emptyTextBodies(`<p:spTree>${rect}${rect}</p:spTree>`)).toBe(`<p:spTree>${rect.replace('</p:sp>', `${emptyBody}</p:sp>`).repeat(2)}</p:spTree>`);
  });
  it('leaves shapes with text and a notes page’s slide picture as they are', () => {
    const text = `<p:sp><p:spPr/><p:txBody><a:bodyPr/><a:p>${run('一')}</a:p></p:txBody></p:sp>`;
    const slideImage = '<p:sp><p:nvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>';
    expect(emptyTextBodies(text + slideImage)).toBe(text + slideImage);
  });
});

describe('backgroundEffects', () => {
  it('adds the effect list a solid background lacks and keeps one that is there', () => {
    const solid = '<p:bg><p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></p:bgPr></p:bg>';
    const picture = '<p:bg><p:bgPr><a:blipFill><a:blip r:embed="rId1"/></a:blipFill><a:effectLst/></p:bgPr></p:bg>';
    expect(backgroundEffects(solid)).toBe('<p:bg><p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>');
    expect(backgroundEffects(picture)).toBe(picture);
  });
});

describe('explicitNoLine', () => {
  it('says “no line” where pptxgenjs wrote an empty line, and leaves real lines alone', () => {
    const outline = '<a:ln w="9525"><a:solidFill><a:srgbClr val="DDDDDD"/></a:solidFill></a:ln>';
    expect(explicitNoLine(`<a:ln>\n</a:ln><a:ln/>${outline}`)).toBe(`<a:ln><a:noFill/></a:ln><a:ln><a:noFill/></a:ln>${outline}`);
  });
});

describe('notesMasterListInOrder', () => {
  it('puts the notes master list after the slide masters, before the slides', () => {
    const masters = '<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>';
    const slides = '<p:sldIdLst><p:sldId id="256" r:id="rId2"/></p:sldIdLst>';
    const notes = '<p:notesMasterIdLst><p:notesMasterId r:id="rId3"/></p:notesMasterIdLst>';
    expect(notesMasterListInOrder(`<p:presentation>${masters}${slides}${notes}<p:sldSz/></p:presentation>`)).toBe(
      `<p:presentation>${masters}${notes}${slides}<p:sldSz/></p:presentation>`,
    );
  });
});

describe('notesPageSize', () => {
  it('makes the notes page the 7.5 × 10 in page the notes master is laid out on', () => {
    expect(notesPageSize('<p:sldSz cx="12192000" cy="6858000"/><p:notesSz cx="6858000" cy="12192000"/>')).toBe(
      '<p:sldSz cx="12192000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/>',
    );
  });
});

describe('contentTypesForParts', () => {
  const override = (part: string) => `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/>`;
  const types = (...entries: string[]) => `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${entries.join('')}</Types>`;
  const xml = '<Default Extension="xml" ContentType="application/xml"/>';
  const png = '<Default Extension="png" ContentType="image/png"/>';
  const gif = '<Default Extension="gif" ContentType="image/gif"/>';

  it('drops overrides of parts that are not there and defaults no part uses', () => {
    const parts = ['ppt/slideMasters/slideMaster1.xml', 'ppt/media/logo.PNG'];
    expect(contentTypesForParts(types(xml, png, gif, override(parts[0]!), override('ppt/slideMasters/slideMaster2.xml')), parts)).toBe(
      types(xml, png, override(parts[0]!)),
    );
  });
  it('declares JPEG pictures under their registered type', () => {
    expect(contentTypesForParts(types('<Default Extension="jpg" ContentType="image/jpg"/>'), ['ppt/media/photo.jpg'])).toBe(
      types('<Default Extension="jpg" ContentType="image/jpeg"/>'),
    );
  });
});

describe('repairOoxml on the package', () => {
  it('gives the notes master a theme of its own and declares it', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types><Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/></Types>');
    zip.file('ppt/theme/theme1.xml', '<a:theme name="notice-deck"/>');
    zip.file('ppt/notesMasters/_rels/notesMaster1.xml.rels', '<Relationships><Relationship Id="rId1" Type="theme" Target="../theme/theme1.xml"/></Relationships>');
    zip.file('ppt/notesMasters/notesMaster1.xml', '<p:notesMaster/>');
    const repaired = await JSZip.loadAsync(await repairOoxml(await zip.generateAsync({ type: 'uint8array' })));
    expect(await repaired.file('ppt/theme/theme2.xml')!.async('string')).toBe('<a:theme name="notice-deck"/>');
    expect(await repaired.file('ppt/notesMasters/_rels/notesMaster1.xml.rels')!.async('string')).toContain('Target="../theme/theme2.xml"');
    expect(await repaired.file('[Content_Types].xml')!.async('string')).toContain('<Override PartName="/ppt/theme/theme2.xml"');
  });
});
