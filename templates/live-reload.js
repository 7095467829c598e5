// notice-deck serve: reloads the page when a rebuild succeeds and shows a failed rebuild's error
// over the last good deck. The slide survives the reload: reveal.js keeps it in the URL hash.
(function () {
  // The speaker view's previews are driven by the main window; one stream per page is enough.
  if (/receiver/i.test(location.search)) return;
  var script = document.currentScript;
  var shownBuild = Number(script.dataset.build);
  var overlay = null;

  new EventSource(script.dataset.events).addEventListener('state', function (event) {
    var state = JSON.parse(event.data);
    if (state.build !== shownBuild) reloadOnSameSlide();
    else showError(state.error);
  });

  function reloadOnSameSlide() {
    // reveal.js writes the slide into the URL hash at most once a second: write it now, so the
    // reloaded deck starts where the presenter was.
    var reveal = window.Reveal;
    if (reveal && reveal.isReady()) {
      var at = reveal.getIndices();
      var hash = [at.h, at.v || 0].concat(at.f >= 0 ? [at.f] : []);
      history.replaceState(null, '', '#/' + hash.join('/'));
    }
    location.reload();
  }

  // Built with DOM text nodes: the message is the user's text and must never be parsed as HTML.
  function showError(error) {
    if (!error) {
      if (overlay) overlay.remove();
      overlay = null;
      return;
    }
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = 'notice-deck-error';
      overlay.setAttribute('role', 'alert');
      // The family of the font the server subsets for the message (src/serve/error-fonts.ts).
      overlay.style.cssText =
        'position:fixed;inset:auto 0 0 0;z-index:2147483647;max-height:60vh;overflow:auto;padding:16px 24px;' +
        "background:rgba(120,0,0,.94);color:#fff;font:18px/1.6 'notice-deck error',sans-serif;white-space:pre-wrap;";
      overlay.append(document.createElement('strong'), document.createElement('br'), document.createElement('span'));
      document.body.append(overlay);
    }
    if (error.fonts) useFonts(error.fonts);
    overlay.firstChild.textContent = error.title;
    overlay.lastChild.textContent = error.message;
  }

  function useFonts(href) {
    var link = document.getElementById('notice-deck-error-fonts');
    if (!link) {
      link = document.createElement('link');
      link.id = 'notice-deck-error-fonts';
      link.rel = 'stylesheet';
      document.head.append(link);
    }
    if (link.getAttribute('href') !== href) link.href = href;
  }
})();
