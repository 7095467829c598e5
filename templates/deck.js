// Starts reveal.js with the slide size the build wrote on .reveal (data-width, data-height).
// Static on purpose: the deck's text lives in the HTML, never in script.
(function () {
  var root = document.querySelector('.reveal');

  // The notes plugin writes its speaker window from a string and offers no hook for styles, so
  // the window would draw the notes in a system font: boxes on a PC without Chinese fonts. Give
  // it the deck's embedded fonts as soon as the plugin has written it: the deck folder links them
  // (an absolute URL, since the window's own is about:blank), the single file holds them in a <style>.
  var fonts = document.getElementById('deck-fonts');
  var open = window.open;
  window.open = function () {
    var popup = open.apply(window, arguments);
    if (popup && arguments[1] === 'reveal.js - Notes') {
      setTimeout(function () {
        var faces = popup.document.createElement(fonts.tagName);
        if (fonts.tagName === 'LINK') {
          faces.rel = 'stylesheet';
          faces.href = fonts.href;
        } else faces.textContent = fonts.textContent;
        var style = popup.document.createElement('style');
        style.textContent =
          "body { font-family: 'Noto Sans SC', Helvetica, sans-serif; }" +
          '.speaker-controls-notes .value { font-size: 1.3em; line-height: 1.7; }';
        popup.document.head.append(faces, style);
      });
    }
    return popup;
  };

  Reveal.initialize({
    width: Number(root.dataset.width),
    height: Number(root.dataset.height),
    margin: 0,
    center: false,
    hash: true,
    slideNumber: 'c/t',
    transition: 'fade',
    // One PDF page per slide: layouts never overflow, so a second page is only ever blank.
    pdfMaxPagesPerSlide: 1,
    pdfSeparateFragments: false,
    plugins: [RevealNotes],
  });
})();
