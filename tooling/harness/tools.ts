// The tooling the e2e specs drive directly, re-exported here because e2e/ imports tooling only
// through tooling/harness/ (eslint boundaries, tooling/lint/boundaries.mjs).
export { checkEdgeBundle, describeEdgeBundle } from "../edge-check/edge-guard";
export { startLocalDatabase } from "../local-db/local-database";
export { migrate } from "../local-db/migrate";
export { freePorts } from "../local-db/ports";
export { seedLegacyDatabase } from "../upgrade/next-auth-v4-database";
