// The app's reading of the session cookie against Auth.js's own, on generated Cookie headers: after
// the app's cleaning (cleanMisreadCookies, what the middleware and the guard in front of Auth.js's
// routes pass on), Auth.js must take the request to be the same user as the app, or both none.
// Auth.js reads through its own code only: its session route (`Auth` from @auth/core with a jwt
// config, the user taken from what its jwt callback receives) and `getToken` (its SessionStore and
// `decode`, the reading its OAuth callback makes before linking an account). Seeded: a failure
// replays exactly.
import { Auth } from "@auth/core";
import { encode, getToken } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { seeded, type Seeded } from "../../e2e/support/hostile/seeded";
import { authJsAcceptsCallbackUrl } from "./callback-url-cookie";
import { cleanMisreadCookies } from "./misread-cookies";

const HEADERS = 10_000;
const SEED = 20261207;
const SECRET = "differential-secret-differential-secret-0";
const OTHER_SECRET = "another-site-secret-another-site-secret-0";
const PLAIN = "authjs.session-token";
const SECURE = `__Secure-${PLAIN}`;

type Token = { text: string; sub: string | null };

/** Tokens Auth.js's own `encode` made, under the cookie name they were made for (the salt). */
async function tokensFor(salt: string): Promise<Token[]> {
  const make = (sub: string, options: { secret?: string; maxAge?: number } = {}) =>
    encode({ token: { sub, sid: `sid-${sub}` }, secret: options.secret ?? SECRET, salt, maxAge: options.maxAge });
  return [
    { text: await make("valid-1"), sub: "valid-1" },
    { text: await make("valid-2"), sub: "valid-2" },
    // A signed-out session: its row is gone, its JWT still decrypts (the row is the Node side's check).
    { text: await make("revoked-1"), sub: "revoked-1" },
    { text: await make("expired-1", { maxAge: -60 }), sub: null },
    { text: await make("other-secret-1", { secret: OTHER_SECRET }), sub: null },
    { text: (await make("tampered-1")).replace(/.$/, (c) => (c === "A" ? "B" : "A")), sub: null },
    { text: "x", sub: null },
  ];
}

const SUFFIXES = ["", "", "", "", "", "", "", "", ".0", ".1", ".2", "X", "s", ".x", ".01", ".-1", "..1", ".", ".1x", "-", " ", ".00"];
const NAME_PREFIXES = ["", "", "", "__Secure-", "__Host-", "x"];
const OTHER_COOKIES = ["a=1", "authjs.csrf-token=abc%7Cdef", "authjs.callback-url=%2Fdashboard", "session-ended=1", "theme=dark"];

/** The value as a browser or an attacker might send it: plain, in pieces, quoted, %-encoded, blank. */
function valueOf(random: Seeded, tokens: Token[]): string {
  // Half the time a token that should sign in, so that both outcomes are common.
  const token = random.int(0, 1) ? (tokens[0] as Token).text : random.pick(tokens).text;
  switch (random.int(0, 9)) {
    case 0:
      return "";
    case 1:
      return `"${token}"`;
    case 2:
      return token.replace(/\./g, "%2E");
    case 3:
      return `${token}%`;
    case 4: {
      const at = random.int(0, token.length);
      return random.int(0, 1) ? token.slice(0, at) : token.slice(at);
    }
    default:
      return token;
  }
}

/** A cookie pair, spacing and all: names near the session cookie's, and unrelated cookies. */
function pairOf(random: Seeded, base: string, tokens: Token[]): string {
  if (random.int(0, 5) === 0) return random.pick(OTHER_COOKIES);
  const name = `${random.pick(NAME_PREFIXES)}${base}${random.pick(SUFFIXES)}`;
  const space = () => random.pick(["", "", "", " ", "\t"]);
  return `${space()}${name}${space()}=${space()}${valueOf(random, tokens)}${space()}`;
}

/** A header that is a whole token split into Auth.js's chunks, in or out of order, maybe with more. */
function chunkedHeader(random: Seeded, base: string, tokens: Token[]): string[] {
  const token = random.pick(tokens).text;
  const count = random.int(2, 4);
  const size = Math.ceil(token.length / count);
  const chunks = Array.from({ length: count }, (_, i) => `${base}.${i}=${token.slice(i * size, (i + 1) * size)}`);
  if (random.int(0, 1)) chunks.reverse();
  return chunks;
}

function headerOf(random: Seeded, base: string, tokens: Token[]): string {
  const pairs = random.int(0, 3) === 0 ? chunkedHeader(random, base, tokens) : [];
  const more = random.int(pairs.length ? 0 : 1, 4);
  for (let i = 0; i < more; i++) pairs.splice(random.int(0, pairs.length), 0, pairOf(random, base, tokens));
  // Duplicates: the same pair twice, as a cookie planted for a parent domain arrives.
  if (random.int(0, 4) === 0 && pairs.length) pairs.splice(random.int(0, pairs.length), 0, random.pick(pairs));
  return pairs.join(random.pick([";", "; ", " ; ", ";\t"]));
}

/** Who Auth.js's session route takes the request to be: the `sub` its jwt callback is given. */
async function sessionRouteUser(origin: string, cookie: string | undefined): Promise<string | null> {
  let user: string | null = null;
  const request = new Request(`${origin}/api/auth/session`, { headers: cookie ? { cookie } : {} });
  const response = await Auth(request, {
    secret: [SECRET],
    trustHost: true,
    basePath: "/api/auth",
    providers: [],
    session: { strategy: "jwt" },
    logger: { error: () => {}, warn: () => {}, debug: () => {} },
    callbacks: {
      jwt({ token }) {
        user = token.sub ?? null;
        return token;
      },
    },
  });
  if (response.status !== 200) throw new Error(`Auth.js's session route answered ${response.status}`);
  return user;
}

/** Who Auth.js's cookie store and `decode` take it to be, as its OAuth callback reads it before linking. */
async function storeUser(name: string, cookie: string | undefined): Promise<string | null> {
  const token = await getToken({ req: { headers: cookie ? { cookie } : {} }, secret: [SECRET], cookieName: name, salt: name, secureCookie: name === SECURE });
  return token?.sub ?? null;
}

describe("the app's session cookie reading against Auth.js's", () => {
  it(`agrees on ${HEADERS} generated Cookie headers`, { timeout: 300_000 }, async () => {
    const tokens = { [PLAIN]: await tokensFor(PLAIN), [SECURE]: await tokensFor(SECURE) };
    const random = seeded(SEED);
    const disagreements: string[] = [];
    let signedIn = 0;
    let refused = 0;
    for (let i = 0; i < HEADERS; i++) {
      const https = random.int(0, 1) === 1;
      const name = https ? SECURE : PLAIN;
      // The pairs are named after the cookie Auth.js reads on this request, or (a third of the time) the other one.
      const base = random.int(0, 2) === 0 ? (https ? PLAIN : SECURE) : name;
      const header = headerOf(random, base, random.int(0, 3) === 0 ? tokens[https ? PLAIN : SECURE] : tokens[name]);
      const headers = new Headers({ "x-forwarded-proto": https ? "https" : "http", cookie: header });
      const cleaned = await cleanMisreadCookies(headers, [SECRET], authJsAcceptsCallbackUrl, { cookieName: name });
      if ("refusal" in cleaned && cleaned.refusal) {
        refused++;
        continue;
      }
      const passedOn = cleaned.header ?? header;
      const app = cleaned.session.token?.sub ?? null;
      const route = await sessionRouteUser(https ? "https://app.example" : "http://localhost:3000", passedOn);
      const store = await storeUser(name, passedOn);
      if (app) signedIn++;
      if (app !== route || app !== store) disagreements.push(`${JSON.stringify(header)}: app ${app}, session route ${route}, cookie store ${store}`);
    }
    console.log(`cookie differential: ${HEADERS} headers, ${disagreements.length} disagreements (${signedIn} signed in, ${refused} refused)`);
    expect(disagreements.slice(0, 5)).toEqual([]);
    // The generator must reach both outcomes, or agreement proves nothing.
    expect(signedIn).toBeGreaterThan(HEADERS / 10);
    expect(refused).toBeLessThan(HEADERS / 100);
  });
});
