import { htmlText } from './htmlText';

/** The start of every page the bot serves: no referrer, not indexed, one stylesheet of our own. */
export function pageHead(title: string, stylesheet: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<title>${htmlText(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${htmlText(stylesheet)}">
</head>`;
}

/** The shell of the bot's own plain pages (outreach, privacy, terms): no scripts, nothing from elsewhere. */
export function plainPage(title: string, body: string): string {
  return `${pageHead(title, '/static/outreach.css')}
<body>${body}
</body>
</html>
`;
}
