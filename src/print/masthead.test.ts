import { describe, expect, it } from 'vitest';
import { issuerMark } from './masthead.js';

describe('issuerMark (GB/T 9704 文件 or 信函 header)', () => {
  it('says 文件 for a numbered 发 document', () => {
    expect(issuerMark('共青团中央', '中青发〔2016〕9号')).toBe('共青团中央文件');
  });

  it('uses the issuer alone for 函, 明电 and offices', () => {
    expect(issuerMark('某某省教育厅办公室', '某教办函〔2018〕77号')).toBe('某某省教育厅办公室');
    expect(issuerMark('某某省人民政府办公厅', '某政办明电〔2016〕21号')).toBe('某某省人民政府办公厅');
    expect(issuerMark('共青团中央办公厅', '中青办发〔2005〕27号')).toBe('共青团中央办公厅');
  });

  it('uses the issuer alone when there is no number to tell', () => {
    expect(issuerMark('共青团某某大学委员会', undefined)).toBe('共青团某某大学委员会');
  });
});
