import type { Core } from '@strapi/strapi';
import type { BillySettings, SecretSource, SettingsView } from '../../../contracts';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { settingsSchema, updateSettingsSchema } from '../settings/schema';
import { apiUrlView, secretBoxFor, serverToken, TOKEN_STORE_KEY, tokenView } from '../settings/credentials';
import { toValidationError, zodProblems } from '../settings/validation-error';
import { getService } from './get-service';

const SETTINGS_KEY = 'settings';

const settings = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'billy' });
  // Read inside every user's save by the on-save capture, so it must not cost a query each time;
  // refreshed on every read and by the background loop, which also sees other instances' changes.
  let syncOnSave = false;

  const storedToken = async (): Promise<string | null> => {
    const sealed = (await store().get({ key: TOKEN_STORE_KEY })) as string | null;
    if (!sealed) return null;
    const box = secretBoxFor(strapi);
    if (!box) throw new Error('[billy] a Billy access token is stored but no encryption key is configured: set admin.secrets.encryptionKey (ENCRYPTION_KEY) or the billy plugin config "encryptionKey"');
    return box.decrypt(sealed);
  };

  return {
    /** The user's choices, with defaults for anything never saved. */
    async get(): Promise<BillySettings> {
      const saved = ((await store().get({ key: SETTINGS_KEY })) ?? {}) as Partial<BillySettings>;
      const current = { ...DEFAULT_SETTINGS, ...saved, mapping: { ...DEFAULT_SETTINGS.mapping, ...saved.mapping } };
      syncOnSave = current.syncOnSave;
      return current;
    },

    /** The last known "sync on save" choice, without a database read. */
    syncOnSaveEnabled(): boolean {
      return syncOnSave;
    },

    /** The token and API URL the client uses; a server-given token wins over the stored one. */
    async credentials(): Promise<{ accessToken: string | null; source: SecretSource | null; apiUrl: string }> {
      const fromServer = serverToken(strapi);
      const apiUrl = apiUrlView(strapi).value;
      if (fromServer) return { accessToken: fromServer.token, source: fromServer.source, apiUrl };
      const stored = await storedToken();
      return { accessToken: stored, source: stored ? 'store' : null, apiUrl };
    },

    async view(): Promise<SettingsView> {
      const { accessToken, source } = await this.credentials();
      return { ...(await this.get()), accessToken: tokenView(accessToken, source), apiUrl: apiUrlView(strapi) };
    },

    /** Validates the whole result before anything is written: a bad body changes nothing. */
    async update(body: unknown): Promise<void> {
      const parsed = updateSettingsSchema.safeParse(body ?? {});
      if (!parsed.success) throw toValidationError(zodProblems(parsed.error));
      const { accessToken, ...changes } = parsed.data;

      const current = await this.get();
      const next = { ...current, ...changes, mapping: { ...current.mapping, ...changes.mapping, custom: changes.mapping?.custom ?? current.mapping.custom } };
      // Leaving "both ways" clears the priority, which only means something there.
      if (next.syncDirection !== 'both' && changes.priority === undefined) next.priority = null;
      const checked = settingsSchema.safeParse(next);
      // The mapping is checked against the content types and Billy's catalogue once its shape is sound.
      const problems = checked.success ? getService(strapi, 'mapping').problems(checked.data.mapping.custom) : zodProblems(checked.error);
      if (accessToken !== undefined && serverToken(strapi)) {
        problems.push({ path: ['accessToken'], message: 'the access token is set by the server (plugin config or BILLY_ACCESS_TOKEN) and cannot be changed here' });
      }
      const box = secretBoxFor(strapi);
      if (accessToken && !box) {
        problems.push({ path: ['accessToken'], message: 'no encryption key is configured to store the token: set ENCRYPTION_KEY (admin.secrets.encryptionKey)' });
      }
      if (problems.length > 0 || !checked.success) throw toValidationError(problems);

      await store().set({ key: SETTINGS_KEY, value: checked.data });
      syncOnSave = checked.data.syncOnSave;
      if (accessToken === null) await store().delete({ key: TOKEN_STORE_KEY });
      if (accessToken) await store().set({ key: TOKEN_STORE_KEY, value: box!.encrypt(accessToken) });
    },

    /** Start-up check: a stored token with no key to open it is a configuration error, said plainly. */
    async assertTokenReadable(): Promise<void> {
      if (serverToken(strapi)) return;
      await storedToken();
    },
  };
};

export default settings;
