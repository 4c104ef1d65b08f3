import { useEffect } from 'react';

/** While a run goes on: every second. Idle: every few seconds, to notice a run started elsewhere (cron, another tab). */
export const ACTIVE_POLL_MS = 1000;
export const IDLE_POLL_MS = 5000;

/** Re-reads GET /billy/status on a timer; faster while a run is current. */
export const useStatusPolling = (enabled: boolean, running: boolean, reload: () => Promise<unknown>) => {
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const tick = async () => {
      await reload();
      if (!stopped) timer = setTimeout(tick, running ? ACTIVE_POLL_MS : IDLE_POLL_MS);
    };
    timer = setTimeout(tick, running ? ACTIVE_POLL_MS : IDLE_POLL_MS);
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [enabled, running, reload]);
};
