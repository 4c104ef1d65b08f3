import { useCallback, useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type {
  CheckConnectionResponse,
  ConnectionStatus,
  GetSettingsResponse,
  SettingsView,
  StatusResponse,
  UpdateSettingsRequest,
  UpdateSettingsResponse,
} from '../../../../contracts';
import { toApiFailure, type ApiFailure } from './apiErrors';

export type SyncStatus = StatusResponse['data'];

export type SaveResult = { ok: true; connection: ConnectionStatus } | { ok: false; failure: ApiFailure };

interface Options {
  /** GET /billy/status (run details) needs sync.read; the light comes with the settings. */
  canReadSync: boolean;
}

/** The Settings page's data: the settings, the connection light and the sync status, and the calls that change them. */
export const useBillySettings = ({ canReadSync }: Options) => {
  const { get, put, post } = useFetchClient();
  const [settings, setSettings] = useState<SettingsView | null>(null);
  const [connection, setConnection] = useState<ConnectionStatus | null>(null);
  const [syncStatus, setSyncStatus] = useState<SyncStatus | null>(null);
  const [loadFailure, setLoadFailure] = useState<ApiFailure | null>(null);
  const [checking, setChecking] = useState(false);

  const checkConnection = useCallback(async (): Promise<ApiFailure | null> => {
    setChecking(true);
    try {
      const { data } = await post<CheckConnectionResponse>('/billy/connection/check');
      setConnection(data.data);
      return null;
    } catch (error) {
      return toApiFailure(error);
    } finally {
      setChecking(false);
    }
  }, [post]);

  const reloadSyncStatus = useCallback(async (): Promise<SyncStatus | null> => {
    if (!canReadSync) return null;
    try {
      const { data } = await get<StatusResponse>('/billy/status');
      setSyncStatus(data.data);
      setConnection(data.data.connection);
      return data.data;
    } catch {
      // The status only adds detail to the page; the settings still show without it.
      return null;
    }
  }, [get, canReadSync]);

  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      try {
        const { data } = await get<GetSettingsResponse>('/billy/settings');
        if (cancelled) return;
        setSettings(data.data);
        setConnection(data.connection);
        await reloadSyncStatus();
        // Ask Billy only when a token is set but its connection was never checked.
        if (data.connection.state !== 'unconfigured' && !data.connection.checkedAt) await checkConnection();
      } catch (error) {
        if (!cancelled) setLoadFailure(toApiFailure(error));
      }
    };
    void load();
    return () => {
      cancelled = true;
    };
  }, [get, canReadSync, reloadSyncStatus, checkConnection]);

  const save = useCallback(
    async (request: UpdateSettingsRequest): Promise<SaveResult> => {
      try {
        const { data } = await put<UpdateSettingsResponse, UpdateSettingsRequest>('/billy/settings', request);
        setSettings(data.data);
        setConnection(data.connection);
        void reloadSyncStatus();
        return { ok: true, connection: data.connection };
      } catch (error) {
        return { ok: false, failure: toApiFailure(error) };
      }
    },
    [put, reloadSyncStatus]
  );

  return { settings, connection, syncStatus, loadFailure, checking, save, checkConnection, reloadSyncStatus };
};
