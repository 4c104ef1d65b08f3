/** Injected failures: scripted (the next N matching requests) or random at a rate, reproducible with a seed. */
import type { FaultKind, FaultRule, RandomFaults } from './public-types';

export type Fault = { kind: FaultKind; retryAfterSeconds: number };

const DEFAULT_RETRY_AFTER_SECONDS = 1;

/** mulberry32: a tiny seeded generator, so a seed replays the same faults. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function matches(method: string, path: string, methods: readonly string[] | undefined, pathPrefix: string | undefined): boolean {
  return (!methods || methods.some((candidate) => candidate.toUpperCase() === method)) && (!pathPrefix || path.startsWith(pathPrefix));
}

export class FaultInjector {
  private scripted: Array<{ rule: FaultRule; remaining: number; armed: boolean }> = [];
  private random: { config: RandomFaults; next: () => number } | null = null;

  script(rules: readonly FaultRule[]): void {
    for (const rule of rules) this.scripted.push({ rule, remaining: rule.times ?? 1, armed: !rule.after });
  }

  setRandom(config: RandomFaults | null): void {
    this.random = config && { config, next: seededRandom(config.seed ?? Math.floor(Math.random() * 2 ** 32)) };
  }

  clear(): void {
    this.scripted = [];
    this.random = null;
  }

  /** The fault for this request, if any; scripted rules come first, in the order given. */
  decide(method: string, path: string): Fault | undefined {
    const script = this.scripted.find(({ rule, armed }) => armed && matches(method, path, rule.method ? [rule.method] : undefined, rule.pathPrefix));
    // A request that arms a rule is let through by it: the rule fires from the next request on.
    for (const entry of this.scripted) {
      const after = entry.rule.after;
      if (!entry.armed && after && matches(method, path, after.method ? [after.method] : undefined, after.pathPrefix)) entry.armed = true;
    }
    if (script) {
      script.remaining -= 1;
      if (script.remaining <= 0) this.scripted = this.scripted.filter((other) => other !== script);
      return { kind: script.rule.kind, retryAfterSeconds: script.rule.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS };
    }
    const random = this.random;
    if (!random || !matches(method, path, random.config.methods, random.config.pathPrefix)) return undefined;
    if (random.next() >= random.config.rate) return undefined;
    const kinds = random.config.kinds;
    return {
      kind: kinds[Math.floor(random.next() * kinds.length)],
      retryAfterSeconds: random.config.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS,
    };
  }
}
