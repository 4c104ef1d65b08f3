import { useRBAC } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../../../contracts';

/** Module-level: useRBAC re-checks whenever its argument changes identity. useRBAC names each action by its last segment (sync.read → canRead). */
const SYNC_ACTIONS = [
  { action: PERMISSIONS.syncRead, subject: null },
  { action: PERMISSIONS.syncTrigger, subject: null },
];

export interface SyncPermissions {
  loading: boolean;
  canRead: boolean;
  canTrigger: boolean;
}

/** What the current admin may do with Billy: see sync statuses, sync. */
export const useSyncPermissions = (): SyncPermissions => {
  const sync = useRBAC(SYNC_ACTIONS);
  return {
    loading: sync.isLoading,
    canRead: sync.allowedActions.canRead === true,
    canTrigger: sync.allowedActions.canTrigger === true,
  };
};
