/**
 * Runs `work` over the items with at most `limit` calls in flight, so a phase keeps every slot of
 * the Billy client's limiter busy instead of waiting for one record at a time. The first error
 * stops further items from starting; it is thrown once the calls already going have settled.
 * (p-map's stopOnError rejects at once, while calls are still writing back; p-limit's clearQueue
 * leaves the dropped calls' promises pending for ever: neither lets the phase flush after the last.)
 */
export async function forEachConcurrently<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | null = null;
  const worker = async () => {
    while (!failure && next < items.length) {
      const item = items[next];
      next += 1;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure) throw (failure as { error: unknown }).error;
}
