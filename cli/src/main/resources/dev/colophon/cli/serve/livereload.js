// colophon serve's live reload: added to pages as they are served, never to the built files.
// Listens for the server's events: "reload" when this page's file changed, "css" with the stylesheets
// that changed (swapped in place, no reload), "errors" when a build failed (shown over the page), "ok"
// once a build succeeds again. The server decides them all, catching up a page that reconnects (or that
// a build overtook before it connected) from the version it was served and the browser's Last-Event-ID;
// the format is described in LiveReload.java.
(function () {
  'use strict';
  if (!window.EventSource || window.__colophonLiveReload) {
    return;
  }
  window.__colophonLiveReload = true;
  var OVERLAY = '__colophon-errors';
  // The version of the file this page was served from; read now, as currentScript is only set while the
  // script first runs.
  var version = document.currentScript && document.currentScript.getAttribute('data-version');
  var events = new EventSource('/__colophon/events?page=' + encodeURIComponent(location.pathname)
      + (version === null ? '' : '&version=' + encodeURIComponent(version)));

  events.addEventListener('reload', function () {
    location.reload();
  });

  events.addEventListener('css', function (event) {
    var changed = JSON.parse(event.data);
    var links = document.querySelectorAll('link[rel~="stylesheet"][href]');
    for (var i = 0; i < links.length; i++) {
      var link = links[i];
      var url = new URL(link.href, location.href);
      if (url.origin === location.origin && changed.indexOf(decodeURIComponent(url.pathname)) >= 0) {
        swap(link, url);
      }
    }
  });

  // The new sheet is loaded beside the old one, which goes only once the new one applies: no flash of
  // unstyled page.
  function swap(link, url) {
    var fresh = link.cloneNode(false);
    url.searchParams.set('colophon', Date.now().toString(36));
    fresh.href = url.href;
    fresh.onload = fresh.onerror = function () {
      if (link.parentNode) {
        link.parentNode.removeChild(link);
      }
    };
    link.parentNode.insertBefore(fresh, link.nextSibling);
  }

  events.addEventListener('errors', function (event) {
    var problems = JSON.parse(event.data);
    var overlay = document.getElementById(OVERLAY) || document.createElement('div');
    overlay.id = OVERLAY;
    overlay.setAttribute('role', 'alert');
    overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2em;'
        + 'background:rgba(20,20,20,.92);color:#fff;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;';
    overlay.textContent = '';
    var title = document.createElement('h2');
    title.textContent = 'The build failed; this is the last good page. Save a fix and it reloads.';
    title.style.cssText = 'margin:0 0 1em;font:bold 16px/1.4 sans-serif;color:#ff8a80;';
    var list = document.createElement('pre');
    list.style.cssText = 'margin:0;white-space:pre-wrap;';
    list.textContent = problems.join('\n');
    overlay.appendChild(title);
    overlay.appendChild(list);
    (document.body || document.documentElement).appendChild(overlay);
  });

  events.addEventListener('ok', function () {
    var overlay = document.getElementById(OVERLAY);
    if (overlay) {
      overlay.parentNode.removeChild(overlay);
    }
  });
})();
