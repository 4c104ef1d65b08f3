import { RECORD_OUTCOMES, type RecordOutcome } from '../../contracts';
import { validationError } from './http-errors';

/** The most rows one page of the run log answers. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

const DECIMAL_ID = /^[1-9][0-9]{0,14}$/;

/** A route's numeric id: decimal digits only, so `0x1`, `-1`, `1.5` or `1e3` are refused rather than read as numbers. */
export const parseId = (value: unknown, name = 'id'): number => {
  if (typeof value !== 'string' || !DECIMAL_ID.test(value)) {
    throw validationError(`${name} must be a positive whole number written in decimal digits`, [{ path: [name], message: 'must be a positive whole number written in decimal digits' }]);
  }
  return Number(value);
};

const positiveInteger = (query: Record<string, unknown>, name: string, fallback: number, max?: number): number => {
  const value = query[name];
  if (value === undefined || value === '') return fallback;
  const parsed = parseId(value, name);
  if (max !== undefined && parsed > max) throw validationError(`${name} must be at most ${max}`, [{ path: [name], message: `must be at most ${max}` }]);
  return parsed;
};

export interface PageRequest {
  page: number;
  pageSize: number;
}

/** `?page&pageSize`: 1-based page, at most MAX_PAGE_SIZE rows. */
export const parsePaging = (query: Record<string, unknown>): PageRequest => ({
  page: positiveInteger(query, 'page', 1),
  pageSize: positiveInteger(query, 'pageSize', DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
});

/** `?outcome=failed` or `?outcome=failed,archived`: the record outcomes to list, or null for all. */
export const parseOutcomes = (query: Record<string, unknown>): RecordOutcome[] | null => {
  const value = query.outcome;
  if (value === undefined || value === '') return null;
  const outcomes = typeof value === 'string' ? value.split(',') : [];
  if (outcomes.length === 0 || !outcomes.every((outcome) => (RECORD_OUTCOMES as readonly string[]).includes(outcome))) {
    const message = `must be one or more of ${RECORD_OUTCOMES.join(', ')}, separated by commas`;
    throw validationError(`outcome ${message}`, [{ path: ['outcome'], message }]);
  }
  return outcomes as RecordOutcome[];
};

/** `?documentIds=a,b,c` (or repeated): distinct documentIds, at most `max`. */
export const parseDocumentIds = (query: Record<string, unknown>, max: number): string[] => {
  const value = query.documentIds;
  const parts = (Array.isArray(value) ? value : [value]).flatMap((part) => (typeof part === 'string' ? part.split(',') : []));
  const documentIds = [...new Set(parts.map((id) => id.trim()).filter(Boolean))];
  if (documentIds.length > max) {
    throw validationError(`documentIds must list at most ${max} documents`, [{ path: ['documentIds'], message: `must list at most ${max} documents` }]);
  }
  return documentIds;
};
