// Quick exit, loaded before Web Chat's large bundle so that Exit and Esc-twice work from the first
// moment, even while a slow phone is still downloading the chat.
(function () {
  'use strict';

  var config = JSON.parse(document.body.getAttribute('data-config'));
  var STORE_KEY = 'chat.session';
  var ESC_WINDOW_MS = 1500;

  // Asks the server to forget the conversation; keepalive lets it finish while the page goes away.
  function endOnServer() {
    try {
      var session = JSON.parse(sessionStorage.getItem(STORE_KEY) || 'null');
      if (!config.canEndOnServer || !session || !session.token) return;
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

  function quickExit() {
    endOnServer();
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
