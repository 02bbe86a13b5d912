// Does the database answer a trivial query in time? For deciding, after a failure, whether to say
// "temporarily unavailable", and whether that is still true.
import { prisma } from "@/prisma";
import { withTimeout } from "./with-timeout";

const PROBE_TIMEOUT_MS = 3_000;

export async function databaseAnswers(): Promise<boolean> {
  try {
    await withTimeout(prisma.$queryRaw`SELECT 1`, PROBE_TIMEOUT_MS);
    return true;
  } catch {
    return false;
  }
}
