// notice-deck print styling for slides (handouts, speaker notes), run in the deck page after
// reveal.js has laid it out for printing. It reads the colours the theme actually produced, so it
// works for any theme without knowing its class names:
//  - a large dark or saturated fill (the red section divider) prints as an outline in that colour
//    on white; a small one (a badge, a highlighted box) as a light tint of it;
//  - gradients go (shadows are removed by slides.css);
//  - text too light for white paper takes the colour of the fill it stood on (white on red → red),
//    or is darkened until it has at least 4.5:1 contrast with white (gold → dark gold).
// Everything it changes is set inline with !important, so no stylesheet can undo it.
(function () {
  'use strict';

  var white = { r: 255, g: 255, b: 255, a: 1 };
  var ink = { r: 29, g: 29, b: 31, a: 1 };
  var probe = null;

  /** Any CSS colour as sRGB bytes and alpha; null for none. */
  function parse(value) {
    if (!value || value === 'transparent') return null;
    var match = /^rgba?\(([^)]*)\)$/.exec(value);
    if (match) {
      var parts = match[1].split(/[\s,/]+/).filter(Boolean).map(parseFloat);
      return { r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1 };
    }
    // color(srgb …), oklch(…), lab(…): let a canvas convert it.
    if (!probe) {
      probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
      probe.canvas.width = probe.canvas.height = 1;
    }
    probe.clearRect(0, 0, 1, 1);
    probe.fillStyle = value;
    probe.fillRect(0, 0, 1, 1);
    var data = probe.getImageData(0, 0, 1, 1).data;
    return data[3] === 0 ? null : { r: data[0], g: data[1], b: data[2], a: data[3] / 255 };
  }

  function channel(value) {
    var c = value / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
  function luminance(c) {
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  }
  function contrastWithWhite(c) {
    return 1.05 / (luminance(c) + 0.05);
  }
  function mix(c, other, amount) {
    return {
      r: c.r + (other.r - c.r) * amount,
      g: c.g + (other.g - c.g) * amount,
      b: c.b + (other.b - c.b) * amount,
      a: 1,
    };
  }
  function css(c) {
    return 'rgb(' + Math.round(c.r) + ', ' + Math.round(c.g) + ', ' + Math.round(c.b) + ')';
  }
  /** A fill that costs real ink: visible and not nearly white. */
  function heavy(c) {
    return c !== null && c.a >= 0.1 && luminance(c) < 0.8;
  }
  function readable(c) {
    if (luminance(c) > 0.5) return ink;
    var darker = c;
    for (var step = 0; step < 10 && contrastWithWhite(darker) < 4.5; step++) darker = mix(darker, ink, 0.2);
    return darker;
  }
  function set(element, property, value) {
    element.style.setProperty(property, value, 'important');
  }

  /** Applies the print styling under `root` (default: the whole page); returns how many elements changed. */
  window.noticeDeckSaveInk = function (root) {
    root = root || document.body;
    var deck = document.querySelector('.reveal');
    var slideArea = deck ? Number(deck.getAttribute('data-width')) * Number(deck.getAttribute('data-height')) : 0;
    if (!(slideArea > 0)) slideArea = window.innerWidth * window.innerHeight;
    var elements = [document.documentElement, document.body].concat(Array.prototype.slice.call(root.querySelectorAll('*')));

    // Read everything first: changing one element's background must not change what the next one reads.
    var seen = new Map();
    elements.forEach(function (element) {
      if (seen.has(element)) return;
      var style = getComputedStyle(element);
      var rect = element.getBoundingClientRect();
      seen.set(element, {
        background: parse(style.backgroundColor),
        image: style.backgroundImage,
        color: parse(style.color),
        area: rect.width * rect.height,
      });
    });
    /** The fill the element's text was drawn on, if that fill was heavy; null when it stood on something light. */
    function backdrop(element) {
      for (var node = element; node && node.nodeType === 1; node = node.parentElement) {
        var info = seen.get(node);
        if (info && info.background && info.background.a >= 0.5) return heavy(info.background) ? info.background : null;
      }
      return null;
    }

    var changed = 0;
    seen.forEach(function (info, element) {
      var before = element.getAttribute('style');
      if (info.image && info.image !== 'none' && info.image.indexOf('gradient(') !== -1) set(element, 'background-image', 'none');
      if (heavy(info.background)) {
        if (info.area >= 0.25 * slideArea) {
          set(element, 'background-color', 'transparent');
          set(element, 'outline', '4px solid ' + css(readable(info.background)));
          set(element, 'outline-offset', '-4px');
        } else {
          set(element, 'background-color', css(mix(info.background, white, 0.85)));
        }
      }
      if (info.color && contrastWithWhite(info.color) < 4.5) {
        var fill = backdrop(element);
        set(element, 'color', css(fill && contrastWithWhite(fill) >= 4.5 ? fill : readable(info.color)));
      }
      if (element.getAttribute('style') !== before) changed++;
    });
    return changed;
  };
})();
