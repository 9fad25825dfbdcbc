// The chat page: starts (or resumes) a conversation, renders Web Chat, and offers Clear conversation.
// Quick exit lives in quickExit.js, which loads first.
// Plain browser JavaScript, no build step. The token lives in sessionStorage only: no cookies, and it is
// gone when the tab closes.
(function () {
  'use strict';

  var config = JSON.parse(document.body.getAttribute('data-config'));
  var STORE_KEY = 'chat.session'; // also read by quickExit.js

  // The link's area and source are read once, then taken out of the address bar.
  var query = new URLSearchParams(location.search);
  var link = { area: query.get('area') || undefined, src: query.get('src') || undefined };
  if (location.search) history.replaceState(null, '', location.pathname);

  var current = null; // { directLine, session }
  var restarts = 0;

  function readSession() {
    try {
      var session = JSON.parse(sessionStorage.getItem(STORE_KEY) || 'null');
      return session && session.token && session.conversationId ? session : null;
    } catch (error) {
      return null;
    }
  }

  function saveSession(session) {
    sessionStorage.setItem(STORE_KEY, JSON.stringify(session));
  }

  function requestToken() {
    return fetch('/api/directline/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ area: link.area, src: link.src }),
      credentials: 'omit',
    }).then(function (response) {
      if (!response.ok) throw new Error('token ' + response.status);
      return response.json();
    });
  }

  // Defined by quickExit.js, which loads first.
  var endOnServer = window.changetalkEndOnServer;

  function joinMiddleware(isNew) {
    return function (store) {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED' && isNew) {
            isNew = false;
            store.dispatch({
              type: 'WEB_CHAT/SEND_EVENT',
              payload: {
                name: 'webchat/join',
                value: { area: link.area, src: link.src, locale: navigator.language || 'en-GB' },
              },
            });
          }
          return next(action);
        };
      };
    };
  }

  function watchConnection(directLine, session) {
    directLine.connectionStatus$.subscribe(function (status) {
      // 4 = failed to connect, 5 = ended: the saved conversation is gone or its token expired. Start afresh, once.
      if ((status === 4 || status === 5) && current && current.directLine === directLine && restarts < 1) {
        restarts += 1;
        sessionStorage.removeItem(STORE_KEY);
        start();
      }
    });
    // DirectLineJS refreshes the token itself; keep the newest one for a reload.
    var timer = setInterval(function () {
      if (!current || current.directLine !== directLine) return clearInterval(timer);
      if (directLine.token && directLine.token !== session.token) {
        session.token = directLine.token;
        saveSession(session);
      }
    }, 60000);
  }

  function render(session, isNew) {
    var directLine = WebChat.createDirectLine({
      domain: config.directLineDomain || location.origin + '/v3/directline',
      token: session.token,
      conversationId: isNew ? undefined : session.conversationId,
      webSocket: false,
    });
    current = { directLine: directLine, session: session };
    watchConnection(directLine, session);
    WebChat.renderWebChat(
      {
        directLine: directLine,
        store: WebChat.createStore({}, joinMiddleware(isNew)),
        locale: 'en-GB',
        role: 'main', // the chat is the page's main landmark, between the header and the footer
        nonce: config.styleNonce,
        styleOptions: {
          hideUploadButton: true,
          markdownRenderHTML: false,
          sendBoxTextWrap: true,
          maxMessageLength: config.maxMessageLength,
          suggestedActionLayout: 'stacked',
          primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
          bubbleMaxWidth: 600,
          bubbleMinHeight: 40,
          sendBoxHeight: 48,
        },
      },
      document.getElementById('webchat')
    );
  }

  function start() {
    var saved = readSession();
    if (saved) return render(saved, false);
    return requestToken()
      .then(function (issued) {
        var session = { token: issued.token, conversationId: issued.conversationId };
        saveSession(session);
        render(session, true);
      })
      .catch(function () {
        say('The chat could not start. Please check your connection and reload the page.');
      });
  }

  function say(text) {
    document.getElementById('page-status').textContent = text;
  }

  function clearConversation() {
    var previous = current;
    current = null; // first, so the "ended" status below does not count as a lost connection
    if (previous) {
      endOnServer(previous.session);
      previous.directLine.end();
    }
    sessionStorage.removeItem(STORE_KEY);
    restarts = 0;
    start();
    say('Conversation cleared. A new one has started.');
  }

  document.getElementById('clear-conversation').addEventListener('click', clearConversation);

  start();
})();
