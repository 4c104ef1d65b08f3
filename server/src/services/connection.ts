import { createHash } from 'crypto';
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

/** Which token and URL a status was found with; a digest, so this process keeps no second copy of the token. */
const credentialsDigest = ({ accessToken, apiUrl }: { accessToken: string | null; apiUrl: string }) =>
  createHash('sha256').update(`${apiUrl}\u0000${accessToken ?? ''}`).digest('hex');

/** Red without asking Billy: there is no token we can send. */
const unreadableToken = (message: string): ConnectionStatus => ({ state: 'failed', organization: null, reason: TOKEN_UNREADABLE_REASON, message, checkedAt: new Date().toISOString() });

/** The green / red light: the last result of GET /v2/organization, kept in the plugin store. */
const connection = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'billy' });
  // The credentials this process last asked Billy with (null until it has: after a start, the first save checks).
  let checkedWith: string | null = null;
  const credentials = () => getService(strapi, 'settings').credentials();
  const save = async (status: ConnectionStatus, used: { accessToken: string | null; apiUrl: string }) => {
    await store().set({ key: CONNECTION_KEY, value: status });
    checkedWith = credentialsDigest(used);
    // Every light Billy's answer (or silence) sets is what opens and resolves the connection alerts.
    await getService(strapi, 'alerts').connectionChecked(status);
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
      const used = await credentials();
      if (used.unreadable) return unreadableToken(used.unreadable);
      if (!used.accessToken) return save(UNCONFIGURED, used);
      try {
        const organization = await (await getService(strapi, 'billy').client()).getOrganization();
        return save({ state: 'connected', organization: { id: organization.id, name: organization.name ?? organization.id }, reason: null, message: null, checkedAt: new Date().toISOString() }, used);
      } catch (error) {
        return save(failureFor(error), used);
      }
    },

    /**
     * After a settings save: asks Billy only when the token or the API URL differs from the ones
     * the light was last found with; otherwise answers the last known light.
     */
    async checkIfCredentialsChanged(): Promise<ConnectionStatus> {
      return checkedWith === credentialsDigest(await credentials()) ? this.current() : this.check();
    },

    /** A sync that hit an auth failure turns the light red without another request to Billy. */
    async recordFailure(error: unknown): Promise<ConnectionStatus> {
      return save(failureFor(error), await credentials());
    },
  };
};

export default connection;
