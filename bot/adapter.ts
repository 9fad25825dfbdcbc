import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import { ukEmergencyContacts } from '../dialogs/emergencyContacts';
import type { Config } from './config';
import type { Logger } from './logger';

/** The Bot Framework adapter. With no MicrosoftAppId set, Bot Framework auth is off (local use only). */
export function createAdapter(config: Config, logger: Logger, turnErrorText: () => string | undefined): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    logger.error('turn.failed', error, { activityType: context.activity.type ?? 'unknown' });
    const text = turnErrorText() ?? `Sorry, something went wrong on my side. Could you send that again? If you're in danger, call ${ukEmergencyContacts.emergency}.`;
    try {
      await context.sendActivity({ type: 'message', text, channelData: { mi: { kind: 'information', step: 'error' } } });
    } catch (sendError) {
      logger.error('turn.error-reply-failed', sendError);
    }
  };
  return adapter;
}
