/** The environment as the app reads it: `process.env`, or a record a test or a check passes instead. */
export type Env = Record<string, string | undefined>;
