/**
 * Emergency and crisis contacts the bot names. The UK set is compiled in so that a crisis reply never
 * depends on a content file loading. Numbers from shared/research/services.md §1.1–1.2 (confirmed).
 */
export interface EmergencyContacts {
  /** the number to call in an emergency, e.g. "999" */
  emergency: string;
  /** a free 24/7 crisis line, phrased to drop into a sentence: "Samaritans on 116 123" */
  crisisLine: string;
  /** for danger from or to others: a helpline for abuse at home */
  abuseLine: string;
}

export const ukEmergencyContacts: EmergencyContacts = {
  emergency: '999',
  crisisLine: 'Samaritans on 116 123 (free, 24/7)',
  abuseLine: 'the National Domestic Abuse Helpline on 0808 2000 247 (free, 24/7)',
};
