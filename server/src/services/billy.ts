import type { Core } from '@strapi/strapi';
import { BillyError, createBillyClient, type BillyClient } from '../billy';
import type { PluginConfig } from '../config';
import { getService } from './get-service';

/** Hands out the Billy client for the current credentials; one client (and one adaptive rate, shared through the database) per token. */
const billy = ({ strapi }: { strapi: Core.Strapi }) => {
  let cached: { key: string; client: BillyClient } | null = null;

  const logger = {
    debug: (message: string) => strapi.log.debug(`[billy] ${message}`),
    info: (message: string) => strapi.log.info(`[billy] ${message}`),
    warn: (message: string) => strapi.log.warn(`[billy] ${message}`),
    error: (message: string) => strapi.log.error(`[billy] ${message}`),
  };

  return {
    async client(): Promise<BillyClient> {
      const { accessToken, apiUrl } = await getService(strapi, 'settings').credentials();
      if (!accessToken) {
        throw new BillyError({ reason: 'auth', retryable: false, message: 'No Billy access token is configured: paste one in Settings › Billy.' });
      }
      const key = `${apiUrl}\u0000${accessToken}`;
      if (cached?.key !== key) {
        const { client: clientOptions } = strapi.config.get('plugin::billy') as PluginConfig;
        const rateMemory = getService(strapi, 'request-rates').memoryFor(apiUrl, accessToken);
        cached = { key, client: createBillyClient({ baseUrl: apiUrl, accessToken, logger, rateMemory, ...clientOptions }) };
      }
      return cached.client;
    },
  };
};

export default billy;
