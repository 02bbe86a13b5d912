// Does the database answer a trivial query within DATABASE_ANSWER_TIMEOUT_SECONDS? The one test of
// "the database is not answering": /api/health answers by it, and after a failed request it decides
// whether the visitor is told "temporarily unavailable", and whether that is still true.
import { setting } from "@/lib/env/settings";
import { prisma } from "@/prisma";
import { withTimeout } from "./with-timeout";

export async function databaseAnswers(): Promise<boolean> {
  try {
    // Loading Prisma's query compiler is the server warming up, not the database being slow: on a
    // cold or busy server it alone took seconds, so it is left out of the timed part.
    await prisma.$connect();
    await withTimeout(prisma.$queryRaw`SELECT 1`, setting("DATABASE_ANSWER_TIMEOUT_SECONDS") * 1000);
    return true;
  } catch {
    return false;
  }
}
