import { htmlText } from './htmlText';
import { pageHead } from './plainPage';

/** What the page script needs; sent as a data attribute because the CSP allows no inline script. */
export interface ChatPageConfig {
  /** Azure Direct Line's address, or empty for this server's own `/v3/directline`. */
  directLineDomain: string;
  quickExitUrl: string;
  styleNonce: string;
  maxMessageLength: number;
  /** True when a conversation can be forgotten on this server (self-hosted Direct Line). */
  canEndOnServer: boolean;
}

/**
 * The chat page. The title is deliberately bland: a tab or history entry reading "Drug chat" could out
 * someone to whoever picks up their phone. The emergency numbers are always on screen: getting help in an
 * emergency must not depend on the bot recognising one (999 and 112 both work in the UK and Ireland), and each is a
 * tap-to-call link, since most people here are on a phone.
 */
export function chatPage(config: ChatPageConfig, webChatScriptPath: string): string {
  return `${pageHead('Chat', '/static/chat.css')}
<body data-config="${htmlText(JSON.stringify(config))}">
<header class="top">
  <div class="bar">
    <p class="name">Chat</p>
    <button type="button" id="quick-exit" class="quick-exit" aria-describedby="exit-hint">Exit</button>
  </div>
  <p class="about">An anonymous chat about drugs and support, with a computer program, not a person. No name or account is needed.
  <span id="exit-hint">Exit (or pressing Esc twice) leaves this page at once.</span>
  <strong class="danger">In danger now? Call <a href="tel:999">999</a> or <a href="tel:112">112</a>.</strong></p>
</header>
<div id="webchat" class="webchat"></div>
<footer class="bottom">
  <button type="button" id="clear-conversation" class="clear">Clear conversation</button>
  <p id="page-status" class="status" role="status" aria-live="polite"></p>
</footer>
<noscript><p class="about">This chat needs JavaScript turned on.</p></noscript>
<script src="/static/quickExit.js"></script>
<script src="${htmlText(webChatScriptPath)}"></script>
<script src="/static/chat.js"></script>
</body>
</html>
`;
}
