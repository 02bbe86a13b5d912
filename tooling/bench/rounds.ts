// Alternating rounds and what they add up to. Every round runs every variant once, in forward
// order on even rounds and backward on odd ones, so a variant is never always first or last; a
// ratio is taken inside each round (both sides measured minutes apart at most) and the rounds'
// ratios are summarised by their median.

/** One load run of one variant. */
export type Sample = {
  variant: string;
  round: number;
  requests: number;
  seconds: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses by status code. */
  statuses: Record<string, number>;
  /** Statements the database ran while this sample ran, when they can be counted. */
  statements?: number;
};

export type Spread = { median: number; min: number; max: number };

export type VariantSummary = {
  variant: string;
  reqPerSec: Spread;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Responses whose status was not the expected one. */
  unexpected: Record<string, number>;
  statementsPerRequest?: number;
};

export function schedule<T>(variants: readonly T[], rounds: number): { round: number; variant: T }[] {
  return Array.from({ length: rounds }, (_, round) => (round % 2 ? [...variants].reverse() : variants).map((variant) => ({ round, variant }))).flat();
}

export function median(values: number[]): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export const spread = (values: number[]): Spread => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });

export const reqPerSec = (sample: Sample) => (sample.seconds > 0 ? sample.requests / sample.seconds : 0);

export function summarizeVariant(variant: string, expectedStatus: number, samples: Sample[]): VariantSummary {
  const own = samples.filter((sample) => sample.variant === variant);
  const requests = own.reduce((sum, sample) => sum + sample.requests, 0);
  const unexpected: Record<string, number> = {};
  for (const sample of own) {
    for (const [status, count] of Object.entries(sample.statuses)) {
      if (Number(status) !== expectedStatus) unexpected[status] = (unexpected[status] ?? 0) + count;
    }
  }
  const counted = own.every((sample) => sample.statements !== undefined);
  const statements = own.reduce((sum, sample) => sum + (sample.statements ?? 0), 0);
  return {
    variant,
    reqPerSec: spread(own.map(reqPerSec)),
    p50Ms: median(own.map((sample) => sample.p50Ms)),
    p99Ms: median(own.map((sample) => sample.p99Ms)),
    requests,
    unexpected,
    ...(counted && requests > 0 ? { statementsPerRequest: statements / requests } : {}),
  };
}

/** numerator ÷ denominator in each round where both ran. */
export function ratioSpread(samples: Sample[], numerator: string, denominator: string): Spread {
  const rounds = [...new Set(samples.map((sample) => sample.round))];
  const ratios = rounds.flatMap((round) => {
    const top = samples.find((sample) => sample.round === round && sample.variant === numerator);
    const bottom = samples.find((sample) => sample.round === round && sample.variant === denominator);
    return top && bottom && reqPerSec(bottom) > 0 ? [reqPerSec(top) / reqPerSec(bottom)] : [];
  });
  return spread(ratios);
}
