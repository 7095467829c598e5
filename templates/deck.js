// Starts reveal.js with the slide size the build wrote on .reveal (data-width, data-height).
// Static on purpose: the deck's text lives in the HTML, never in script.
(function () {
  var root = document.querySelector('.reveal');
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
