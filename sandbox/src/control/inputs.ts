/** Checks on control input, which arrives untyped over HTTP (and from JavaScript callers). */
import { isJsonObject } from '../fields';
import { FAULT_KINDS, type FaultKind, type FaultRule, type RandomFaults, type RateLimit, type SandboxSwitches } from '../public-types';

export class ControlInputError extends Error {}

export const DEFAULT_SWITCHES: SandboxSwitches = { validationStatus: 400, creditNoteType: 'creditNote', externalIdOnCreate: true, embedsChildren: true, honoursKeyFilters: true };

export function parseSwitches(value: unknown): Partial<SandboxSwitches> {
  if (!isJsonObject(value)) throw new ControlInputError('Switches must be an object.');
  const switches: Partial<SandboxSwitches> = {};
  for (const [name, setting] of Object.entries(value)) {
    if (name === 'validationStatus' && (setting === 400 || setting === 422)) switches.validationStatus = setting;
    else if (name === 'creditNoteType' && (setting === 'creditNote' || setting === 'credit_note')) switches.creditNoteType = setting;
    else if (name === 'externalIdOnCreate' && typeof setting === 'boolean') switches.externalIdOnCreate = setting;
    else if (name === 'embedsChildren' && typeof setting === 'boolean') switches.embedsChildren = setting;
    else if (name === 'honoursKeyFilters' && typeof setting === 'boolean') switches.honoursKeyFilters = setting;
    else throw new ControlInputError(`Unknown switch or value: ${name}=${JSON.stringify(setting)}.`);
  }
  return switches;
}

function nonNegativeNumber(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new ControlInputError(`${name} must be a number ≥ 0.`);
  return value;
}

export const parseLatency = (value: unknown): number => nonNegativeNumber(value, 'Latency (ms)');

function positiveNumber(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw new ControlInputError(`${name} must be a number > 0.`);
  return value;
}

export function parseRateLimit(value: unknown): RateLimit | null {
  if (value === null) return null;
  if (!isJsonObject(value)) throw new ControlInputError('The rate limit must be an object { requestsPerSecond, writesPerSecond? } or null.');
  const unknown = Object.keys(value).filter((key) => key !== 'requestsPerSecond' && key !== 'writesPerSecond');
  if (unknown.length) throw new ControlInputError(`Unknown rate limit setting: ${unknown.join(', ')}.`);
  const requestsPerSecond = positiveNumber(value.requestsPerSecond, 'requestsPerSecond');
  if (value.writesPerSecond === undefined) return { requestsPerSecond };
  return { requestsPerSecond, writesPerSecond: positiveNumber(value.writesPerSecond, 'writesPerSecond') };
}

export function parseToken(value: unknown): string {
  if (typeof value !== 'string' || value === '') throw new ControlInputError('token must be a non-empty string.');
  return value;
}

function optionalString(value: unknown, name: string): string | undefined {
  if (value !== undefined && typeof value !== 'string') throw new ControlInputError(`${name} must be a string.`);
  return value;
}

function faultKind(value: unknown): FaultKind {
  if (!FAULT_KINDS.includes(value as FaultKind)) throw new ControlInputError(`Fault kind must be one of ${FAULT_KINDS.join(', ')}.`);
  return value as FaultKind;
}

export function parseFaultRules(value: unknown): FaultRule[] {
  if (!Array.isArray(value)) throw new ControlInputError('rules must be an array.');
  return value.map((rule): FaultRule => {
    if (!isJsonObject(rule)) throw new ControlInputError('Each fault rule must be an object.');
    if (rule.times !== undefined && !(Number.isInteger(rule.times) && (rule.times as number) > 0)) {
      throw new ControlInputError('times must be a positive integer.');
    }
    if (rule.after !== undefined && !isJsonObject(rule.after)) throw new ControlInputError('after must be an object { method?, pathPrefix? }.');
    return {
      kind: faultKind(rule.kind),
      method: optionalString(rule.method, 'method')?.toUpperCase(),
      pathPrefix: optionalString(rule.pathPrefix, 'pathPrefix'),
      times: rule.times as number | undefined,
      retryAfterSeconds: rule.retryAfterSeconds === undefined ? undefined : nonNegativeNumber(rule.retryAfterSeconds, 'retryAfterSeconds'),
      ...(rule.after === undefined
        ? {}
        : { after: { method: optionalString(rule.after.method, 'after.method')?.toUpperCase(), pathPrefix: optionalString(rule.after.pathPrefix, 'after.pathPrefix') } }),
    };
  });
}

export function parseRandomFaults(value: unknown): RandomFaults | null {
  if (value === null) return null;
  if (!isJsonObject(value)) throw new ControlInputError('random must be an object or null.');
  const rate = nonNegativeNumber(value.rate, 'rate');
  if (rate > 1) throw new ControlInputError('rate must be between 0 and 1.');
  if (!Array.isArray(value.kinds) || value.kinds.length === 0) throw new ControlInputError('kinds must be a non-empty array.');
  if (value.methods !== undefined && !(Array.isArray(value.methods) && value.methods.every((method) => typeof method === 'string'))) {
    throw new ControlInputError('methods must be an array of strings.');
  }
  if (value.seed !== undefined && !Number.isInteger(value.seed)) throw new ControlInputError('seed must be an integer.');
  return {
    rate,
    kinds: value.kinds.map(faultKind),
    methods: value.methods as string[] | undefined,
    pathPrefix: optionalString(value.pathPrefix, 'pathPrefix'),
    seed: value.seed as number | undefined,
    retryAfterSeconds: value.retryAfterSeconds === undefined ? undefined : nonNegativeNumber(value.retryAfterSeconds, 'retryAfterSeconds'),
  };
}
