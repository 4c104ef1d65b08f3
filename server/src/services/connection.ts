import type { Core } from '@strapi/strapi';
import type { ConnectionStatus } from '../../../contracts';
import { isBillyError } from '../billy';
import { TOKEN_UNREADABLE_REASON } from '../settings/credentials';
import { getService } from './get-service';

const CONNECTION_KEY = 'connection';

const UNCONFIGURED: ConnectionStatus = {
  state: 'unconfigured',
  organization: null,
  reason: null,
  message: 'No Billy access token yet: paste one from Billy (Settings › Access tokens).',
  checkedAt: null,
};

const failureFor = (error: unknown): ConnectionStatus => ({
  state: 'failed',
  organization: null,
  reason: isBillyError(error) ? error.reason : 'billy',
  message: isBillyError(error) ? error.message : 'Billy answered in a way the plugin did not expect.',
  checkedAt: new Date().toISOString(),
});

/** Red without asking Billy: there is no token we can send. */
const unreadableToken = (message: string): ConnectionStatus => ({ state: 'failed', organization: null, reason: TOKEN_UNREADABLE_REASON, message, checkedAt: new Date().toISOString() });

/** The green / red light: the last result of GET /v2/organization, kept in the plugin store. */
const connection = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'billy' });
  const save = async (status: ConnectionStatus) => {
    await store().set({ key: CONNECTION_KEY, value: status });
    return status;
  };

  return {
    async current(): Promise<ConnectionStatus> {
      const { accessToken, unreadable } = await getService(strapi, 'settings').credentials();
      if (unreadable) return unreadableToken(unreadable);
      if (!accessToken) return UNCONFIGURED;
      return ((await store().get({ key: CONNECTION_KEY })) as ConnectionStatus | null) ?? { ...UNCONFIGURED, state: 'failed', reason: null, message: 'Not checked yet.' };
    },

    async check(): Promise<ConnectionStatus> {
      const { accessToken, unreadable } = await getService(strapi, 'settings').credentials();
      if (unreadable) return unreadableToken(unreadable);
      if (!accessToken) return save(UNCONFIGURED);
      try {
        const organization = await (await getService(strapi, 'billy').client()).getOrganization();
        return save({ state: 'connected', organization: { id: organization.id, name: organization.name ?? organization.id }, reason: null, message: null, checkedAt: new Date().toISOString() });
      } catch (error) {
        return save(failureFor(error));
      }
    },

    /** A sync that hit an auth failure turns the light red without another request to Billy. */
    async recordFailure(error: unknown): Promise<ConnectionStatus> {
      return save(failureFor(error));
    },
  };
};

export default connection;
