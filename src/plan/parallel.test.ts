import { describe, expect, it } from 'vitest';
import { corePhrase, sharedLead } from './parallel.js';

describe('sharedLead', () => {
  it('finds the longest prefix shared by the most texts, between words', () => {
    const sentences = ['要深刻领会我国网信事业。', '要深刻领会必须发挥网络作用；', '同时要依法加强治理。', '要深刻领会网络安全。', '要深刻领会人才竞争。'];
    expect(sharedLead(sentences)).toEqual({ lead: '要深刻领会', indices: [0, 1, 3, 4] });
  });

  it('prefers the lead most texts share over a longer one fewer share', () => {
    const sentences = ['各级团组织要把讲话精神贯彻。', '要坚持正面引导。', '要落实战略。', '要着眼推进创业。', '要着眼人才培养。', '要着眼团建。', '要积极创新。'];
    expect(sharedLead(sentences)?.lead).toBe('要');
  });

  it('does not take sentences that go on with a preposition after the lead as parallel', () => {
    expect(sharedLead(['要根据团员需要安排时间。', '要在不影响工作的前提下进行。', '要按照计划推进。', '要加强组织领导。'])).toBeUndefined();
    expect(sharedLead(['要加强组织领导。', '要根据需要安排。', '要注重宣传引导。', '要严格督促检查。'])).toEqual({ lead: '要', indices: [0, 2, 3] });
  });

  it('finds none when fewer than three texts share a start', () => {
    expect(sharedLead(['要坚持。', '要落实。', '必须做到。'])).toBeUndefined();
  });
});

describe('corePhrase', () => {
  it('takes the clause after the lead, without its punctuation', () => {
    expect(corePhrase('必须坚持党管网络、党媒姓党的政治方向。', '必须坚持', 44)).toBe('党管网络、党媒姓党的政治方向');
  });

  it('takes a second clause when the first says too little', () => {
    expect(corePhrase('要深刻领会网络空间的竞争，归根结底是人才竞争，我们必须聚天下英才而用之。', '要深刻领会', 44)).toBe('网络空间的竞争，归根结底是人才竞争');
  });

  it('cuts a clause too wide for the card between words', () => {
    const phrase = corePhrase('要深刻领会我国网信事业要在践行创新、协调、绿色、开放、共享的新发展理念上先行一步。', '要深刻领会', 20);
    expect(phrase.endsWith('……')).toBe(true);
    expect(phrase.length).toBeLessThanOrEqual(20);
  });
});
