import { crisisReply } from '../../dialogs/crisisReply';
import { ukEmergencyContacts } from '../../dialogs/emergencyContacts';
import { replyActivities, textOnlyActivity } from '../../bot/replyActivities';

describe('textOnlyActivity', () => {
  it('drops call buttons for numbers the text already gives, so a text-only channel reads each number once', () => {
    const [call, advice] = replyActivities({ messages: crisisReply('overdose', ukEmergencyContacts), suggestions: [] }, 'crisis');
    expect(call?.attachments).toHaveLength(1);
    expect(textOnlyActivity(call!)).toMatchObject({ text: 'Call 999 now and ask for an ambulance.' });
    expect(textOnlyActivity(call!).attachments).toBeUndefined();
    expect(textOnlyActivity(advice!)).toBe(advice);
  });

  it('still writes out a service whose number the text does not give', () => {
    const [activity] = replyActivities(
      { messages: [{ text: 'Here is a place that can help.', kind: 'information', card: [{ title: 'FRANK', text: 'Honest information about drugs', phone: '0300 123 6600' }] }], suggestions: [] },
      'signpost',
    );
    expect(textOnlyActivity(activity!).text).toBe('Here is a place that can help.\n\nFRANK\nHonest information about drugs\n0300 123 6600');
  });
});
