/** The control API over HTTP under /_sandbox/ (no token; JSON bodies). Its requests stay out of the request log. */
import { readJsonObject } from '../api/request-body';
import { BillyHttpError } from '../errors';
import type { Exchange } from '../exchange';
import type { JsonObject } from '../fields';
import type { FaultRule, RandomFaults, RateLimit, SandboxControl, SandboxSwitches } from '../public-types';
import type { SandboxSeed } from '../records';
import type { SandboxRuntime } from '../runtime';
import { UnknownTokenError } from '../store';
import { ControlInputError } from './inputs';
import { answerWebApp, isWebAppRequest } from './web-app';

const CONTROL_PREFIX = '/_sandbox/';

function optionalToken(value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new ControlInputError('token must be a string.');
  return value;
}

/** Runs one control route; returns the body to answer with, or nothing for 204. */
async function runRoute(route: string, exchange: Exchange, control: SandboxControl): Promise<object | void> {
  const body = (): Promise<JsonObject> => readJsonObject(exchange.request);
  // Values are checked by the control functions themselves, which also guard in-process callers.
  switch (route) {
    case 'POST reset':
      return control.reset();
    case 'POST seed': {
      const { token, data } = await body();
      return control.seed(data as SandboxSeed, optionalToken(token));
    }
    case 'GET state':
      return control.state(optionalToken(exchange.query.token));
    case 'PUT latency':
      return control.setLatency((await body()).ms as number);
    case 'PUT rate-limit':
      return control.setRateLimit((await body()) as unknown as RateLimit);
    case 'DELETE rate-limit':
      return control.setRateLimit(null);
    case 'PUT switches':
      return control.setSwitches((await body()) as Partial<SandboxSwitches>);
    case 'POST faults': {
      const { rules, random } = await body();
      if (rules !== undefined) control.scriptFaults(rules as FaultRule[]);
      if (random !== undefined) control.setRandomFaults(random as RandomFaults | null);
      return;
    }
    case 'DELETE faults':
      return control.clearFaults();
    case 'GET requests':
      return { requests: control.requests() };
    case 'DELETE requests':
      return control.clearRequests();
    case 'POST payments': {
      const { token, invoiceId, amount } = await body();
      return { invoice: control.recordPayment({ invoiceId: invoiceId as string, amount: amount as number | undefined }, optionalToken(token)) };
    }
    case 'PUT due-date': {
      const { token, invoiceId, dueDate } = await body();
      return { invoice: control.setInvoiceDueDate(invoiceId as string, dueDate as string, optionalToken(token)) };
    }
    case 'POST revoke':
      return control.revokeToken((await body()).token as string);
    default:
      throw new ControlRouteNotFound();
  }
}

class ControlRouteNotFound extends Error {}

export function isControlRequest(exchange: Exchange): boolean {
  return exchange.path.startsWith(CONTROL_PREFIX);
}

export async function answerControl(exchange: Exchange, rt: SandboxRuntime, control: SandboxControl): Promise<void> {
  if (isWebAppRequest(exchange)) return answerWebApp(exchange, rt);
  try {
    const answer = await runRoute(`${exchange.method} ${exchange.path.slice(CONTROL_PREFIX.length)}`, exchange, control);
    exchange.answer(answer ? 200 : 204, answer || undefined);
  } catch (error) {
    if (error instanceof ControlRouteNotFound) {
      exchange.answer(404, { error: `No sandbox control route ${exchange.method} ${exchange.path}.` });
    } else if (error instanceof ControlInputError || error instanceof UnknownTokenError || error instanceof BillyHttpError) {
      exchange.answer(400, { error: error.message });
    } else {
      rt.log(`Billy sandbox control error on ${exchange.method} ${exchange.path}: ${error instanceof Error ? error.stack : String(error)}`);
      exchange.answer(500, { error: 'The sandbox failed to carry out the control request.' });
    }
  }
}
