// Every timeout of the e2e suite is a base value sized for an idle two-core machine, times one
// factor: E2E_TIMEOUT_FACTOR (default 1). A slow or shared machine (a CI runner with other jobs)
// raises the factor instead of editing numbers; .ci/run sets 2. Timeouts bound how long a test
// waits for what it polls for; no test sleeps or measures elapsed time.
export function timeoutFactor(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.E2E_TIMEOUT_FACTOR;
  if (raw === undefined || raw === "") return 1;
  const factor = Number(raw);
  if (!Number.isFinite(factor) || factor < 1 || factor > 10) {
    throw new Error(`E2E_TIMEOUT_FACTOR is "${raw}": use a number from 1 to 10 (default 1), e.g. 2 on a slow or shared machine`);
  }
  return factor;
}

/** `ms` scaled by E2E_TIMEOUT_FACTOR. */
export const scaled = (ms: number): number => Math.round(ms * timeoutFactor());
