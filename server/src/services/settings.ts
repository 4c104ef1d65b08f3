import type { Core } from '@strapi/strapi';
import type { BillySettings, SecretSource, SettingsView } from '../../../contracts';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { settingsSchema, updateSettingsSchema } from '../settings/schema';
import { apiUrlView, NO_KEY_MESSAGE, previousSecretBoxes, secretBoxFor, serverToken, TOKEN_STORE_KEY, TOKEN_UNREADABLE_MESSAGE, tokenView } from '../settings/credentials';
import { toValidationError, zodProblems } from '../settings/validation-error';
import { getService } from './get-service';

const SETTINGS_KEY = 'settings';

/** Chosen recipients must be admin users that exist. */
const unknownRecipients = async (strapi: Core.Strapi, ids: number[]) => {
  if (ids.length === 0) return [];
  const found = new Set(((await strapi.db.query('admin::user').findMany({ where: { id: { $in: ids } }, select: ['id'] })) as Array<{ id: number }>).map((user) => user.id));
  return ids.map((id, index) => ({ id, index })).filter(({ id }) => !found.has(id)).map(({ id, index }) => ({ path: ['alerts', 'recipients', String(index)], message: `there is no admin user with id ${id}`, code: 'unknown_admin', values: { id } }));
};

const settings = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'billy' });
  // Read inside every user's save by the on-save capture, so it must not cost a query each time;
  // refreshed on every read and by the background loop, which also sees other instances' changes.
  let syncOnSave = false;

  /** The stored token, or why it can't be opened (the key changed or is missing): Strapi stays up either way. */
  const storedToken = async (): Promise<{ token: string | null; unreadable: string | null }> => {
    const sealed = (await store().get({ key: TOKEN_STORE_KEY })) as string | null;
    if (!sealed) return { token: null, unreadable: null };
    const box = secretBoxFor(strapi);
    if (!box) return { token: null, unreadable: NO_KEY_MESSAGE };
    try {
      return { token: box.decrypt(sealed), unreadable: null };
    } catch {
      return { token: null, unreadable: TOKEN_UNREADABLE_MESSAGE };
    }
  };

  return {
    /** The user's choices, with defaults for anything never saved. */
    async get(): Promise<BillySettings> {
      const saved = ((await store().get({ key: SETTINGS_KEY })) ?? {}) as Partial<BillySettings>;
      const current = { ...DEFAULT_SETTINGS, ...saved, mapping: { ...DEFAULT_SETTINGS.mapping, ...saved.mapping }, alerts: { ...DEFAULT_SETTINGS.alerts, ...saved.alerts } };
      syncOnSave = current.syncOnSave;
      return current;
    },

    /** The last known "sync on save" choice, without a database read. */
    syncOnSaveEnabled(): boolean {
      return syncOnSave;
    },

    /**
     * The token and API URL the client uses; a server-given token wins over the stored one.
     * `unreadable` says why a stored token can't be used (then accessToken is null).
     */
    async credentials(): Promise<{ accessToken: string | null; source: SecretSource | null; apiUrl: string; unreadable: string | null }> {
      const fromServer = serverToken(strapi);
      const apiUrl = apiUrlView(strapi).value;
      if (fromServer) return { accessToken: fromServer.token, source: fromServer.source, apiUrl, unreadable: null };
      const { token, unreadable } = await storedToken();
      return { accessToken: token, source: token ? 'store' : null, apiUrl, unreadable };
    },

    async view(): Promise<SettingsView> {
      const { accessToken, source, unreadable } = await this.credentials();
      return { ...(await this.get()), accessToken: tokenView(accessToken, source, Boolean(unreadable)), apiUrl: apiUrlView(strapi) };
    },

    /** Validates the whole result before anything is written: a bad body changes nothing. */
    async update(body: unknown): Promise<void> {
      const parsed = updateSettingsSchema.safeParse(body ?? {});
      if (!parsed.success) throw toValidationError(zodProblems(parsed.error));
      const { accessToken, ...changes } = parsed.data;

      const current = await this.get();
      const next = {
        ...current,
        ...changes,
        mapping: { ...current.mapping, ...changes.mapping, custom: changes.mapping?.custom ?? current.mapping.custom },
        alerts: { ...current.alerts, ...changes.alerts },
      };
      // Leaving "both ways" clears the priority, which only means something there.
      if (next.syncDirection !== 'both' && changes.priority === undefined) next.priority = null;
      const checked = settingsSchema.safeParse(next);
      // The mapping is checked against the content types and Billy's catalogue once its shape is sound.
      const problems = checked.success ? getService(strapi, 'mapping').problems(checked.data.mapping.custom) : zodProblems(checked.error);
      if (checked.success && changes.alerts?.recipients) problems.push(...(await unknownRecipients(strapi, checked.data.alerts.recipients)));
      // With a server-given token, the stored one can still be cleared (null), never replaced.
      if (accessToken && serverToken(strapi)) {
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

    /**
     * At start: a stored token sealed with a previous key (previousEncryptionKeys) is opened with it and
     * sealed again with the current key. One no key opens is reported, and Strapi starts anyway: the
     * light turns red, sync is refused, and the token can be cleared or pasted again.
     */
    async resealStoredToken(): Promise<void> {
      const sealed = (await store().get({ key: TOKEN_STORE_KEY })) as string | null;
      const box = secretBoxFor(strapi);
      if (!sealed || !box || (await storedToken()).token) return;
      for (const previous of previousSecretBoxes(strapi)) {
        let token: string;
        try {
          token = previous.decrypt(sealed);
        } catch {
          continue;
        }
        await store().set({ key: TOKEN_STORE_KEY, value: box.encrypt(token) });
        strapi.log.info('[billy] the stored Billy token was sealed with a previous encryption key; it is now sealed with the current one');
        return;
      }
      const { unreadable } = await storedToken();
      if (unreadable && !serverToken(strapi)) strapi.log.warn(`[billy] ${unreadable}`);
    },
  };
};

export default settings;
