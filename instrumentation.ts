// Runs once when a Next.js server starts. The check is Node-only; the edge runtime skips it.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkEnvAtStartup } = await import("./lib/env/startup");
    checkEnvAtStartup();
  }
}
