import { TokenBucket } from 'limiter';
import pLimit from 'p-limit';

/**
 * What every attempt to reach Billy passes through: one of `maxConcurrent` slots, then a rate
 * token (one per 1000 ÷ requestsPerSecond ms, no bursts). Both resolve with promises alone when
 * free, so a freed slot is taken again at once even while the event loop is busy with Strapi's
 * database work. (Bottleneck, used before, went through timer hops for every job: in the bench
 * that left a quarter of the slots idle.)
 */
export const createRequestGate = (maxConcurrent: number, requestsPerSecond: number) => {
  const slots = pLimit(maxConcurrent);
  const rate =
    requestsPerSecond > 0 && Number.isFinite(requestsPerSecond)
      ? new TokenBucket({ bucketSize: 1, tokensPerInterval: requestsPerSecond, interval: 1000 })
      : null;
  // A bucket starts empty; the first request need not wait a whole spacing.
  if (rate) rate.content = 1;

  return <T>(attempt: () => Promise<T>): Promise<T> =>
    slots(async () => {
      if (rate) await rate.removeTokens(1);
      return attempt();
    });
};
