import { useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { ApiUrlView, GetSettingsResponse } from '../../../contracts';

/**
 * The Billy API URL and where it comes from (GET /billy/settings), to build "open in Billy" links.
 * Null without settings.read or while loading: links then point to Billy's web app.
 */
export const useApiUrl = (canReadSettings: boolean): ApiUrlView | null => {
  const { get } = useFetchClient();
  const [apiUrl, setApiUrl] = useState<ApiUrlView | null>(null);
  useEffect(() => {
    if (!canReadSettings) return;
    let cancelled = false;
    get<GetSettingsResponse>('/billy/settings').then(
      ({ data }) => {
        if (!cancelled) setApiUrl(data.data.apiUrl);
      },
      () => undefined
    );
    return () => {
      cancelled = true;
    };
  }, [get, canReadSettings]);
  return apiUrl;
};
