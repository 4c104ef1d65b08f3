/** Full-jitter exponential backoff for on-save retries: random in [0, min(cap, base × 2^attempt)]. */
export const backoffDelayMs = (attempt: number, baseMs: number, capMs: number, random = Math.random) =>
  Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt));
