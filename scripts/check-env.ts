// `npm start` runs this first (prestart): `next start` prints "✓ Ready" before it loads the app,
// so a missing production variable would be reported after a server that looked fine.
// The same check runs again inside the server (instrumentation.ts), for every other way to start it.
import path from "node:path";
import nextEnv from "@next/env";
import { exitOnEnvProblems } from "../lib/env/startup";

const root = path.resolve(import.meta.dirname, "..");
// As `next start` reads them: .env.production.local, .env.local, .env.production, .env.
nextEnv.loadEnvConfig(root, false);
exitOnEnvProblems(process.env, true);
