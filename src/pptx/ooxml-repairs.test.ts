import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { dropStrayParagraphProperties, notesParagraphs, repairOoxml } from './ooxml-repairs.js';

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
