import type { View } from './mapping/types';
import { toText } from './values';

/** One way to recognise the same record on both sides: a Billy field and the value the local record expects there. */
export interface MatchRule {
  field: string;
  expected(local: View, key: string | null): unknown;
  /** e.g. emails compare without case */
  caseInsensitive?: boolean;
}

const comparable = (value: unknown, caseInsensitive: boolean) => {
  const text = toText(value);
  return text !== null && caseInsensitive ? text.toLowerCase() : text;
};

/**
 * The first candidate that matches by the first rule that can decide (rules in order of trust:
 * our own stable key first, then natural keys such as CVR or email). Pure; candidates already
 * linked to another document must be left out by the caller.
 */
export function findMatch<T extends { view: View }>(local: View, key: string | null, candidates: readonly T[], rules: readonly MatchRule[]): T | undefined {
  for (const rule of rules) {
    const expected = comparable(rule.expected(local, key), rule.caseInsensitive ?? false);
    if (expected === null) continue;
    const found = candidates.find((candidate) => comparable(candidate.view[rule.field], rule.caseInsensitive ?? false) === expected);
    if (found) return found;
  }
  return undefined;
}

export const byKey = (field: string): MatchRule => ({ field, expected: (_local, key) => key });
export const byField = (field: string, caseInsensitive = false): MatchRule => ({ field, expected: (local) => local[field], caseInsensitive });
