/** The in-process control API; the HTTP control routes call the same functions. */
import type { SandboxControl } from '../public-types';
import type { SandboxRuntime } from '../runtime';
import { parseFaultRules, parseLatency, parseRandomFaults, parseRateLimit, parseSwitches, parseToken } from './inputs';
import { recordPayment, setInvoiceDueDate } from './payments';
import { seedOrganization } from './seed';
import { organizationState } from './state';

export function createControl(rt: SandboxRuntime): SandboxControl {
  return {
    reset() {
      rt.store.clearData();
      rt.requestLog.clear();
      rt.faults.clear();
      rt.latencyMs = 0;
      rt.setRateLimit(null);
      rt.stateChanged();
    },
    seed: (data, token) => seedOrganization(rt, data, token),
    state: (token) => organizationState(rt, token),
    setLatency(ms) {
      rt.latencyMs = parseLatency(ms);
    },
    setRateLimit: (limit) => rt.setRateLimit(parseRateLimit(limit)),
    setSwitches(switches) {
      rt.switches = { ...rt.switches, ...parseSwitches(switches) };
    },
    scriptFaults: (rules) => rt.faults.script(parseFaultRules(rules)),
    setRandomFaults: (faults) => rt.faults.setRandom(parseRandomFaults(faults)),
    clearFaults: () => rt.faults.clear(),
    requests: () => rt.requestLog.list(),
    clearRequests: () => rt.requestLog.clear(),
    revokeToken: (token) => rt.store.revoke(parseToken(token)),
    recordPayment: (payment, token) => recordPayment(rt, payment, token),
    setInvoiceDueDate: (invoiceId, dueDate, token) => setInvoiceDueDate(rt, invoiceId, dueDate, token),
  };
}
