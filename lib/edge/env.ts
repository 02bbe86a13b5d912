/** The environment as the settings read it (lib/env/settings.ts): the process's, or a record a test or a check passes instead. */
export type Env = Record<string, string | undefined>;
