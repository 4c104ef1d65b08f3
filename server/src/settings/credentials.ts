import type { Core } from '@strapi/strapi';
import type { AccessTokenView, ApiUrlView, SecretSource } from '../../../contracts';
import { DEFAULT_BILLY_API_URL } from '../billy';
import type { PluginConfig } from '../config';
import { createSecretBox, type SecretBox } from './secret-box';

export const TOKEN_STORE_KEY = 'accessToken';

const pluginConfig = (strapi: Core.Strapi) => strapi.config.get('plugin::billy') as PluginConfig;

/** The key that seals the stored token: plugin config first, then Strapi's own encryption key. */
export const secretBoxFor = (strapi: Core.Strapi): SecretBox | null => {
  const secret = pluginConfig(strapi).encryptionKey ?? strapi.config.get<string | undefined>('admin.secrets.encryptionKey') ?? process.env.ENCRYPTION_KEY;
  return secret ? createSecretBox(secret) : null;
};

/** The keys of before a rotation (plugin config `previousEncryptionKeys` or BILLY_PREVIOUS_ENCRYPTION_KEYS). */
export const previousSecretBoxes = (strapi: Core.Strapi): SecretBox[] => (pluginConfig(strapi).previousEncryptionKeys ?? []).map(createSecretBox);

export const TOKEN_UNREADABLE_REASON = 'token_unreadable';
export const TOKEN_UNREADABLE_MESSAGE = "The stored token can't be read — the encryption key changed; paste the token again.";
export const NO_KEY_MESSAGE =
  "The stored token can't be read — no encryption key is configured (ENCRYPTION_KEY, admin.secrets.encryptionKey or the billy plugin config encryptionKey); set it, or paste the token again.";

/** A token given by the server (plugin config or BILLY_ACCESS_TOKEN) wins and locks the field. */
export const serverToken = (strapi: Core.Strapi): { token: string; source: SecretSource } | null => {
  const token = pluginConfig(strapi).accessToken;
  if (!token) return null;
  return { token, source: process.env.BILLY_ACCESS_TOKEN === token ? 'env' : 'config' };
};

export const apiUrlView = (strapi: Core.Strapi): ApiUrlView => {
  const configured = pluginConfig(strapi).apiUrl;
  if (!configured) return { value: DEFAULT_BILLY_API_URL, source: 'default' };
  return { value: configured.replace(/\/+$/, ''), source: process.env.BILLY_API_URL === configured ? 'env' : 'config' };
};

export const tokenView = (token: string | null, source: SecretSource | null, unreadable = false): AccessTokenView => ({
  ...(unreadable ? { unreadable: true as const } : {}),
  isSet: Boolean(token) || unreadable,
  lastFour: token && token.length >= 8 ? token.slice(-4) : null,
  source: token ? source : unreadable ? 'store' : null,
  locked: source === 'env' || source === 'config',
});
