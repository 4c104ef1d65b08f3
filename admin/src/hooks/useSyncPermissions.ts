import { useRBAC } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../../../contracts';

/**
 * Module-level arrays: useRBAC re-checks whenever its argument changes identity. useRBAC names each
 * action by its last segment (sync.read → canRead), so settings.read is checked in a call of its own.
 */
const SYNC_ACTIONS = [
  { action: PERMISSIONS.syncRead, subject: null },
  { action: PERMISSIONS.syncTrigger, subject: null },
];
const SETTINGS_ACTIONS = [{ action: PERMISSIONS.settingsRead, subject: null }];

export interface SyncPermissions {
  loading: boolean;
  canRead: boolean;
  canTrigger: boolean;
  canReadSettings: boolean;
}

/** What the current admin may do with Billy: see sync statuses, sync, read the settings. */
export const useSyncPermissions = (): SyncPermissions => {
  const sync = useRBAC(SYNC_ACTIONS);
  const settings = useRBAC(SETTINGS_ACTIONS);
  return {
    loading: sync.isLoading || settings.isLoading,
    canRead: sync.allowedActions.canRead === true,
    canTrigger: sync.allowedActions.canTrigger === true,
    canReadSettings: settings.allowedActions.canRead === true,
  };
};
