import { describe, expect, it } from 'vitest';
import { htmlLines } from './html.js';

describe('htmlLines', () => {
  it('keeps the article box and the heading above it once, as lines that start paragraphs', () => {
    const html = `<body><div class="nav"><a>首页</a><a>通知公告</a></div>
      <h1>关于开展学习的通知</h1><p class="info">浏览次数：12</p>
      <div class="article"><p>关于开展学习的通知</p><p>各团支部：</p><p>为做好学习，<b>现将</b>有关事项<br>通知如下。</p><p>【打印本页】【关闭窗口】</p><p>联系人：王老师</p></div>
      <div class="share">分享到：微信</div><footer>版权所有</footer></body>`;
    expect(htmlLines(html).lines).toEqual([
      { text: '关于开展学习的通知', line: 1, hints: { paragraphStart: true, large: true } },
      { text: '各团支部：', line: 2, hints: { paragraphStart: true } },
      { text: '为做好学习，现将有关事项', line: 3, hints: { paragraphStart: true } },
      { text: '通知如下。', line: 4, hints: { paragraphStart: true } },
      { text: '联系人：王老师', line: 5, hints: { paragraphStart: true } },
    ]);
  });

  it('reads an older page that sets the article as text and <br>s in a table cell', () => {
    const html = `<table><tr><td class="menu"><a>首页</a></td></tr><tr><td>各团支部：<br>　　为做好学习工作，现将有关事项通知如下。<br>　　请各支部认真组织，按时报送学习记录。<br>共青团某某县委</td></tr></table>`;
    expect(htmlLines(html).lines.map((line) => line.text)).toEqual(['各团支部：', '为做好学习工作，现将有关事项通知如下。', '请各支部认真组织，按时报送学习记录。', '共青团某某县委']);
  });
});
