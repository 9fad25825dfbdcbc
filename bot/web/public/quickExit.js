// Quick exit, loaded before Web Chat's large bundle so that Exit and Esc-twice work from the first
// moment, even while a slow phone is still downloading the chat.
(function () {
  'use strict';

  var config = JSON.parse(document.body.getAttribute('data-config'));
  var STORE_KEY = 'chat.session';
  var ESC_WINDOW_MS = 1500;

  // Asks the server to forget a conversation; keepalive lets it finish while the page goes away.
  // chat.js uses it too (Clear conversation), so there is one copy.
  function endOnServer(session) {
    if (!config.canEndOnServer || !session || !session.token) return;
    try {
      fetch('/api/directline/end', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token: session.token }),
        credentials: 'omit',
        keepalive: true,
      }).catch(function () {});
    } catch (error) {
      // Leaving matters more than tidying up.
    }
  }
  window.changetalkEndOnServer = endOnServer;

  function storedSession() {
    try {
      return JSON.parse(sessionStorage.getItem(STORE_KEY) || 'null');
    } catch (error) {
      return null;
    }
  }

  function quickExit() {
    endOnServer(storedSession());
    try {
      sessionStorage.clear();
    } catch (error) {
      // Storage may be blocked; leave anyway.
    }
    // replace(): the chat leaves no entry for the back button.
    location.replace(config.quickExitUrl);
  }

  var lastEscape = 0;
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    var now = Date.now();
    if (now - lastEscape < ESC_WINDOW_MS) quickExit();
    lastEscape = now;
  });
  document.getElementById('quick-exit').addEventListener('click', quickExit);
})();
