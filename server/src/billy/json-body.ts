/**
 * Parses a Billy response body. Billy's answers are JSON, but a logging prefix before the JSON has
 * been reported (billy-api.md §3.1), so when plain parsing fails we retry from the first `{`.
 * Returns undefined for an empty or unreadable body instead of throwing: callers decide what that means.
 */
export function parseBillyBody(raw: unknown): unknown {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string') return raw; // already parsed (defensive: axios was told to hand over text)
  const text = raw.trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    const start = text.indexOf('{');
    if (start <= 0) return undefined;
    try {
      return JSON.parse(text.slice(start));
    } catch {
      return undefined;
    }
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
