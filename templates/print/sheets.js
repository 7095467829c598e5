// notice-deck printed sheets (handouts, speaker notes): every `.sheet` is one paper page of fixed
// size, so what is measured here is exactly what prints. Two steps, run by src/print/sheets.ts:
//   noticeDeckSheets.paginate(): notes too long for their sheet get smaller type (not below 14pt),
//     then continue on extra sheets, split between blocks, list items or lines — never cut off;
//   noticeDeckSheets.finish(): numbers the pages ("第 x 页 / 共 y 页"), reports anything that
//     still overflows, and returns where each slide box is, for the slides to be drawn into.
(function () {
  'use strict';

  var minNotesPt = 14;
  var containers = { UL: true, OL: true, BLOCKQUOTE: true, DIV: true, SECTION: true, TABLE: true, TBODY: true };

  function overflows(element) {
    return element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1;
  }
  /** The y below which nothing of `box` may print. */
  function limitOf(box) {
    var rect = box.getBoundingClientRect();
    return rect.bottom - parseFloat(getComputedStyle(box).paddingBottom);
  }
  function bottomOfRange(range) {
    var rects = range.getClientRects();
    var bottom = -Infinity;
    for (var i = 0; i < rects.length; i++) if (rects[i].height > 0) bottom = Math.max(bottom, rects[i].bottom);
    return bottom;
  }
  function prepend(parent, node) {
    parent.insertBefore(node, parent.firstChild);
  }
  function lastContent(element) {
    // Trailing whitespace between blocks is not content; move it along with what precedes it.
    var node = element.lastChild;
    while (node && node.nodeType === 3 && !node.textContent.trim()) node = node.previousSibling;
    return node;
  }
  function contentCount(element) {
    var count = 0;
    for (var node = element.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 1 || (node.nodeType === 3 && node.textContent.trim())) count++;
    }
    return count;
  }
  /** Moves `node` and any whitespace after it to the start of `into`. */
  function moveToStart(node, into) {
    var after = [];
    for (var next = node.nextSibling; next; next = next.nextSibling) after.push(next);
    for (var i = after.length - 1; i >= 0; i--) prepend(into, after[i]);
    prepend(into, node);
  }

  /**
   * Splits a block of text (a paragraph, a list item …) after the last line that fits in `box`:
   * the first part stays, the rest goes to the start of `into`. Glyph boxes end above their line
   * box and the block may have a bottom margin, so a split that still overflows is undone and
   * tried again half a line higher. False if not even one line fits.
   */
  function splitText(block, box, into) {
    var step = parseFloat(getComputedStyle(block).lineHeight) / 2 || 8;
    var wasContinued = block.classList.contains('continued');
    for (var limit = limitOf(box), attempt = 0; attempt < 16; attempt++, limit -= step) {
      var positions = textPositions(block);
      var index = lastFitting(block, positions, limit);
      if (index < 0 || index === positions.length - 1) return false;
      var range = document.createRange();
      range.setStart(block, 0);
      range.setEnd(positions[index][0], positions[index][1]);
      var head = block.cloneNode(false);
      head.removeAttribute('id');
      head.appendChild(range.extractContents());
      block.parentNode.insertBefore(head, block);
      block.classList.add('continued');
      var parent = block.parentNode;
      var next = block.nextSibling;
      into.insertBefore(block, into.firstChild);
      if (!overflows(box)) return true;
      // Undo, then try with a higher limit.
      parent.insertBefore(block, next);
      while (head.lastChild) block.insertBefore(head.lastChild, block.firstChild);
      head.remove();
      block.normalize();
      if (!wasContinued) block.classList.remove('continued');
    }
    return false;
  }

  function textPositions(block) {
    var walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    var positions = [];
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      for (var offset = 1; offset <= node.length; offset++) positions.push([node, offset]);
    }
    return positions;
  }

  /** The last text position whose glyphs, from the start of `block`, all end above `limit`; -1 if none. */
  function lastFitting(block, positions, limit) {
    var range = document.createRange();
    function fitsUpTo(index) {
      range.setStart(block, 0);
      range.setEnd(positions[index][0], positions[index][1]);
      return bottomOfRange(range) <= limit + 0.5;
    }
    var low = -1;
    var high = positions.length - 1;
    while (low < high) {
      var middle = Math.ceil((low + high + 1) / 2);
      if (fitsUpTo(middle)) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /**
   * Makes `box` fit by moving the end of `element` (its last block) into `into`, the matching place
   * on the next sheet: whole children first, then the text of the last one. False if impossible.
   */
  function split(element, box, into) {
    if (!containers[element.tagName] || contentCount(element) === 0) return splitText(element, box, into);
    var tail = element.cloneNode(false);
    tail.removeAttribute('id');
    prepend(into, tail);
    while (overflows(box) && contentCount(element) > 1) moveToStart(lastContent(element), tail);
    if (overflows(box)) {
      var last = lastContent(element);
      if (!last || last.nodeType !== 1 || !split(last, box, tail)) return false;
    } else if (tail.firstElementChild && tail.firstElementChild.tagName !== 'TR') {
      // The last child moved whole; bring back as many of its lines as fit.
      var back = tail.firstElementChild;
      element.appendChild(back);
      if (overflows(box) && !split(back, box, tail)) moveToStart(back, tail);
    }
    if (element.tagName === 'OL') {
      var start = Number(element.getAttribute('start') || 1);
      tail.setAttribute('start', String(start + element.children.length));
    }
    if (element.tagName === 'TABLE') {
      var head = element.querySelector('thead');
      if (head) prepend(tail, head.cloneNode(true));
    }
    if (tail.firstElementChild && tail.firstElementChild.classList.contains('continued')) tail.classList.add('continued');
    if (contentCount(tail) === 0) tail.remove();
    return !overflows(box);
  }

  /** A new sheet after `sheet` for the rest of its notes: same header and footer, no slide. */
  function continuation(sheet) {
    var next = sheet.cloneNode(true);
    next.classList.add('sheet-continued');
    var slide = next.querySelector('.notes-slide');
    var label = sheet.querySelector('[data-continued-label]');
    if (slide) {
      var caption = document.createElement('p');
      caption.className = 'notes-continued-label';
      caption.textContent = label ? label.getAttribute('data-continued-label') : '';
      slide.replaceWith(caption);
    }
    var notes = next.querySelector('.notes-text');
    while (notes.firstChild) notes.removeChild(notes.firstChild);
    sheet.parentNode.insertBefore(next, sheet.nextSibling);
    return next;
  }

  function paginate() {
    var problems = [];
    for (var sheet = document.querySelector('.sheet'); sheet; sheet = sheet.nextElementSibling) {
      var box = sheet.querySelector('.notes-text');
      if (!box || !overflows(box)) continue;
      var size = parseFloat(getComputedStyle(box).fontSize) * 0.75;
      while (overflows(box) && size > minNotesPt) {
        size = Math.max(minNotesPt, size - 1);
        box.style.fontSize = size + 'pt';
      }
      if (!overflows(box)) continue;
      var next = continuation(sheet);
      var into = next.querySelector('.notes-text');
      into.style.fontSize = size + 'pt';
      while (overflows(box) && contentCount(box) > 1) moveToStart(lastContent(box), into);
      var last = lastContent(box);
      if (overflows(box)) {
        if (!last || last.nodeType !== 1 || !split(last, box, into)) {
          problems.push('sheet ' + (Array.prototype.indexOf.call(sheet.parentNode.children, sheet) + 1) + ': notes block too large to split');
        }
      } else if (into.firstElementChild) {
        var back = into.firstElementChild;
        box.appendChild(back);
        if (overflows(box) && !split(back, box, into)) moveToStart(back, into);
      }
      // A heading left at the foot of a sheet belongs with the text after it.
      var end = lastContent(box);
      if (end && end.nodeType === 1 && /^H[1-6]$/.test(end.tagName) && contentCount(box) > 1) moveToStart(end, into);
    }
    return problems;
  }

  function finish() {
    var sheets = Array.prototype.slice.call(document.querySelectorAll('.sheet'));
    var problems = [];
    var boxes = [];
    sheets.forEach(function (sheet, index) {
      var number = sheet.querySelector('.page-number');
      if (number) number.textContent = '第 ' + (index + 1) + ' 页 / 共 ' + sheets.length + ' 页';
    });
    sheets.forEach(function (sheet, index) {
      var checked = [sheet].concat(Array.prototype.slice.call(sheet.querySelectorAll('.sheet-header, .sheet-body, .sheet-footer, .notes-text, .cell, .slot')));
      checked.forEach(function (element) {
        if (overflows(element)) {
          problems.push('page ' + (index + 1) + ': ' + element.className + ' overflows (' + element.scrollWidth + '×' + element.scrollHeight + ' in ' + element.clientWidth + '×' + element.clientHeight + ')');
        }
      });
      var origin = sheet.getBoundingClientRect();
      sheet.querySelectorAll('.slide-box').forEach(function (box) {
        var rect = box.getBoundingClientRect();
        boxes.push({
          page: index,
          slide: Number(box.getAttribute('data-slide')),
          x: rect.left - origin.left,
          y: rect.top - origin.top,
          width: rect.width,
          height: rect.height,
        });
      });
    });
    return { pages: sheets.length, boxes: boxes, problems: problems };
  }

  window.noticeDeckSheets = { paginate: paginate, finish: finish };
})();
