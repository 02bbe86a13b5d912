// The build command Vercel runs, made runnable offline with one substitution. On Vercel it is
// `npm run vercel-build` = `… && prisma migrate deploy`; `prisma migrate deploy` needs Prisma's native
// schema engine, which an offline machine cannot download, so here (and only in the scratch copy)
// that last step becomes the project's own runner (tooling/local-db/migrate.ts, same bookkeeping).
// Everything before it runs as written.

export const VERCEL_BUILD_COMMAND = "npm run vercel-build";
const MIGRATE_STEP = "prisma migrate deploy";
export const OFFLINE_MIGRATE_STEP = "tsx tooling/vercel-check/offline-migrate.ts";

/** package.json's vercel-build with its migration step swapped for the offline runner; throws one line when the command is not the one this check knows. */
export function offlineVercelBuild(packageJson: string, vercelJson: string): string {
  const buildCommand = (JSON.parse(vercelJson) as { buildCommand?: string }).buildCommand;
  if (buildCommand !== VERCEL_BUILD_COMMAND) {
    throw new Error(`vercel.json's buildCommand is ${JSON.stringify(buildCommand)}, not "${VERCEL_BUILD_COMMAND}": Vercel would not run the build (and migrations) this check proves`);
  }
  const script = (JSON.parse(packageJson) as { scripts?: Record<string, string> }).scripts?.["vercel-build"];
  if (!script) throw new Error('package.json has no "vercel-build" script, which vercel.json\'s buildCommand runs');
  const steps = script.split("&&").map((step) => step.trim());
  if (steps.at(-1) !== MIGRATE_STEP || steps.length < 2) {
    throw new Error(`package.json's vercel-build is "${script}": it must end with "&& ${MIGRATE_STEP}", or a deploy would not migrate its database`);
  }
  return [...steps.slice(0, -1), OFFLINE_MIGRATE_STEP].join(" && ");
}
