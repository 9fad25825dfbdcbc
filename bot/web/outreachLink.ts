export interface Area {
  id: string;
  name: string;
}

/**
 * A source label as typed by an outreach worker ("NX Central") made safe for a URL and a count
 * ("nx-central"): lower case letters, digits and single dashes, at most 40 characters. Nothing else survives,
 * so a label can never carry a name or a sentence into the counts.
 */
export function cleanSource(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const cleaned = raw
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return cleaned === '' ? undefined : cleaned;
}

/** The area id if it is one of ours; anything else is dropped rather than guessed. */
export function cleanArea(raw: unknown, areas: readonly Area[]): string | undefined {
  return typeof raw === 'string' ? areas.find((area) => area.id === raw)?.id : undefined;
}

/** The short link printed on cards and in QR codes: `{PUBLIC_URL}/a/{area}/{src}` (fewer QR modules than a query). */
export function shortChatLink(publicUrl: string, area: string, src: string | undefined): string {
  const base = publicUrl.replace(/\/+$/, '');
  const path = [area, src].filter((part): part is string => part !== undefined).map(encodeURIComponent).join('/');
  return `${base}/a/${path}`;
}

/** Where a short link lands: the chat page with the link's values as a query. */
export function chatPagePath(area: string | undefined, src: string | undefined): string {
  const query = new URLSearchParams();
  if (area) query.set('area', area);
  if (src) query.set('src', src);
  const text = query.toString();
  return text ? `/?${text}` : '/';
}
