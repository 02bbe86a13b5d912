// A misconfigured environment stops the server with one line per problem, instead of failing
// later inside Auth.js or Prisma with a stack trace; a feature left off is said once.
import { envNotices, envProblems } from "./checks";

export function checkEnvAtStartup(env = process.env): void {
  exitOnEnvProblems(env);
  for (const notice of envNotices(env)) console.warn(`⚠ ${notice}`);
}

/** One `✖` line per problem, then exit 1; nothing when there is none. */
export function exitOnEnvProblems(env = process.env, production?: boolean): void {
  const problems = envProblems(env, production);
  for (const problem of problems) console.error(`✖ ${problem}`);
  if (problems.length) process.exit(1);
}
