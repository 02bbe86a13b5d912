// Numbers several modules must agree on, each defined once. Edge-safe, so anything may import it.

/**
 * How far apart two clocks may be: the edge's and the Node side's (separate machines on a
 * platform), and a token's times against either. 15 s is the tolerance Auth.js itself gives a
 * JWT's times (@auth/core/jwt's decode), so the app's own checks never disagree with Auth.js's.
 */
export const CLOCK_SKEW_SECONDS = 15;
