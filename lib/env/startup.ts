// A misconfigured environment stops the server with one line per problem, instead of failing
// later inside Auth.js or Prisma with a stack trace.
import { envProblems, envWarnings } from "./checks";

export function exitOnEnvProblems(env = process.env): void {
  for (const warning of envWarnings(env)) console.warn(`⚠ ${warning}`);
  const problems = envProblems(env);
  if (problems.length === 0) return;
  for (const problem of problems) console.error(`✖ ${problem}`);
  process.exit(1);
}
