import { chatPage } from '../../../bot/web/chatPage';

describe('the chat page', () => {
  const html = chatPage({ directLineDomain: '', quickExitUrl: 'https://www.bbc.co.uk/weather', maxMessageLength: 1000, canEndOnServer: true, styleNonce: 'n' } as Parameters<typeof chatPage>[0], '/webchat/x/webchat.js');

  it('always shows the emergency numbers, whatever the bot recognises', () => {
    expect(html).toMatch(/In danger now\? Call <a href="tel:999">999<\/a> or <a href="tel:112">112<\/a>\./);
  });

  it('has no inline script and loads quick exit before the chat bundle', () => {
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    expect(html.indexOf('/static/quickExit.js')).toBeLessThan(html.indexOf('/webchat/x/webchat.js'));
  });
});
