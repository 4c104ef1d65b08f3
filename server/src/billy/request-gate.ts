import { isAxiosError } from 'axios';
import pLimit from 'p-limit';
import type { AdaptiveRate } from './rate-memory';
import { parseRetryAfter } from './retry-policy';

/**
 * What every attempt to reach Billy passes through: one of `maxConcurrent` slots, then the
 * adaptive rate (Billy's pause, if it asked for one, and a rate token), and on the way back the
 * answer is shown to the rate. Slots and tokens resolve with promises alone when free, so a freed
 * slot is taken again at once even while the event loop is busy with Strapi's database work.
 * Without a rate (requestsPerSecond 0) only the slots apply.
 */
export const createRequestGate = (maxConcurrent: number, rate: AdaptiveRate | null) => {
  const slots = pLimit(maxConcurrent);

  return <T>(attempt: () => Promise<T>): Promise<T> =>
    slots(async () => {
      if (!rate) return attempt();
      await rate.beforeSend();
      const sentAt = Date.now();
      try {
        const answer = await attempt();
        rate.answered({ status: (answer as { status?: number } | undefined)?.status ?? 200, latencyMs: Date.now() - sentAt });
        return answer;
      } catch (error) {
        const response = isAxiosError(error) ? error.response : undefined;
        rate.answered({
          status: response?.status ?? null,
          latencyMs: Date.now() - sentAt,
          retryAfterMs: response?.status === 429 ? parseRetryAfter((response.headers as Record<string, unknown>)['retry-after']) : undefined,
        });
        throw error;
      }
    });
};
