import { useCallback, useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import type { ConnectionStatus, StatusResponse, UpdateSettingsRequest } from '../../../../contracts';
import { useGetSyncStatusQuery } from '../../services/billyApi';
import { useCheckBillyConnectionMutation, useGetBillySettingsQuery, useUpdateBillySettingsMutation } from '../../services/settingsApi';
import { toApiFailure, type ApiFailure } from './apiErrors';
import { settingsProblemText } from './problemWording';

export type SyncStatus = StatusResponse['data'];

export type SaveResult = { ok: true; connection: ConnectionStatus } | { ok: false; failure: ApiFailure };

/** While a run goes on: every second. Idle: every few seconds, to notice a run started elsewhere (cron, another tab). */
const ACTIVE_POLL_MS = 1000;
const IDLE_POLL_MS = 5000;

interface Options {
  /** GET /billy/status (run details) needs sync.read; the light comes with the settings. */
  canReadSync: boolean;
}

/** The Settings page's data: the settings, the connection light and the live sync status, and the calls that change them. */
export const useBillySettings = ({ canReadSync }: Options) => {
  const intl = useIntl();
  const settingsQuery = useGetBillySettingsQuery();
  const [runGoing, setRunGoing] = useState(false);
  const statusQuery = useGetSyncStatusQuery(undefined, { skip: !canReadSync, pollingInterval: runGoing ? ACTIVE_POLL_MS : IDLE_POLL_MS });
  const syncStatus = statusQuery.data ?? null;
  useEffect(() => setRunGoing(Boolean(syncStatus?.currentRun)), [syncStatus?.currentRun]);

  const [updateSettings] = useUpdateBillySettingsMutation();
  const [checkConnectionNow, { isLoading: checking }] = useCheckBillyConnectionMutation();

  const checkConnection = useCallback(async (): Promise<ApiFailure | null> => {
    try {
      await checkConnectionNow().unwrap();
      return null;
    } catch (error) {
      return toApiFailure(error);
    }
  }, [checkConnectionNow]);

  // Ask Billy once, only when a token is set but its connection was never checked.
  const loadedConnection = settingsQuery.data?.connection;
  const askedOnLoad = useRef(false);
  useEffect(() => {
    if (!loadedConnection || askedOnLoad.current) return;
    askedOnLoad.current = true;
    if (loadedConnection.state !== 'unconfigured' && !loadedConnection.checkedAt) void checkConnection();
  }, [loadedConnection, checkConnection]);

  const save = useCallback(
    async (request: UpdateSettingsRequest): Promise<SaveResult> => {
      try {
        const { connection } = await updateSettings(request).unwrap();
        return { ok: true, connection };
      } catch (error) {
        return { ok: false, failure: toApiFailure(error, (problem) => settingsProblemText(intl, problem)) };
      }
    },
    [updateSettings, intl]
  );

  return {
    settings: settingsQuery.data?.data ?? null,
    // The status is re-read every few seconds; the settings' light is the one for readers without sync.read.
    connection: syncStatus?.connection ?? loadedConnection ?? null,
    syncStatus,
    loadFailure: settingsQuery.error ? toApiFailure(settingsQuery.error) : null,
    checking,
    save,
    checkConnection,
  };
};
