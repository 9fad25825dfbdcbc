import { htmlText } from './htmlText';
import { plainPage as page } from './plainPage';
import type { Area } from './outreachLink';

export interface OutreachPageInput {
  areas: readonly Area[];
  /** Present once the worker has chosen an area (and maybe typed a source label). */
  made?: { area: string; src: string | undefined; link: string };
}

/** What the card says under the QR code: what the chat is, in one line. */
export const CARD_LINE = 'A free, anonymous chat about drugs and support. Scan to start.';

/** The outreach worker's page: pick an area, type a source label, get the link, QR code and printable card. */
export function outreachPage(input: OutreachPageInput): string {
  const options = input.areas
    .map((area) => `<option value="${htmlText(area.id)}"${area.id === input.made?.area ? ' selected' : ''}>${htmlText(area.name)}</option>`)
    .join('');
  return page('Outreach links', `
<main class="outreach">
<h1>Make a chat link</h1>
<p>Choose the area and type where the link will be given out (for example "nx central"). Only a count of
chats started from each link is kept: no names, messages or addresses.</p>
<form method="get" action="/outreach">
  <label for="area">Area</label>
  <select id="area" name="area" required>${options}</select>
  <label for="src">Where it is given out</label>
  <input id="src" name="src" type="text" maxlength="60" autocomplete="off" value="${htmlText(input.made?.src ?? '')}">
  <p class="hint" id="src-hint">Letters, numbers and dashes; other characters become dashes.</p>
  <button type="submit">Make link</button>
</form>
${input.made ? made(input.made) : ''}
</main>`);
}

function made(result: NonNullable<OutreachPageInput['made']>): string {
  const query = new URLSearchParams({ area: result.area, ...(result.src ? { src: result.src } : {}) }).toString();
  return `
<section class="result" aria-labelledby="result-title">
  <h2 id="result-title">Your link</h2>
  <p class="link"><a href="${htmlText(result.link)}">${htmlText(result.link)}</a></p>
  <img class="qr" src="/outreach/qr.svg?${htmlText(query)}" width="240" height="240" alt="QR code for ${htmlText(result.link)}">
  <p><a href="/outreach/qr.png?${htmlText(query)}" download="chat-qr.png">Download the QR code (PNG)</a></p>
  <p><a href="/outreach/card?${htmlText(query)}">Open the printable card (A6)</a></p>
</section>`;
}

/** An A6 card: QR code, the one line, and the link written out for anyone who cannot scan. */
export function outreachCard(link: string, query: string): string {
  return page('Chat card', `
<main class="card-sheet">
<p class="no-print"><button type="button" id="print-card">Print this card</button> <a href="/outreach?${htmlText(query)}">Back</a></p>
<article class="card">
  <img class="card-qr" src="/outreach/qr.svg?${htmlText(query)}" alt="QR code for ${htmlText(link)}">
  <p class="card-line">${htmlText(CARD_LINE)}</p>
  <p class="card-link">${breakableLink(link)}</p>
</article>
</main>
<script src="/static/outreach.js"></script>`);
}

/** Lets a long link wrap after a slash rather than in the middle of a word. */
function breakableLink(link: string): string {
  return htmlText(link).replace(/\//g, '/<wbr>');
}
