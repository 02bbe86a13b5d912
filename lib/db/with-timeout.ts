/** Resolves like `promise`, or rejects with `message` after `ms` milliseconds (the timer is cleared either way). */
export function withTimeout<T>(promise: Promise<T>, ms: number, message = `no answer within ${ms / 1000} s`): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
