// REQUIRE_TWO_FACTOR_FOR_ADMINS=1: an admin without two-factor is sent to set it up before the admin
// pages open (and the admin APIs answer 403). Checked on the Node side by the admin pages and APIs
// themselves: the edge sees only the JWT, which does not say whether two-factor is on, and a claim
// for it would have to be refreshed on every change.
import type { PrismaClient } from "../../generated/prisma/client";
import { ACCOUNT_PAGE } from "../edge/route-rules";
import { setting } from "../env/settings";
import { hasTwoFactor } from "./store";
import type { Env } from "../edge/env";

/** The account page's query that says why the admin was sent there (app/account/two-factor-section.tsx). */
export const SETUP_PARAM = "setup";
export const SETUP_TWO_FACTOR_PAGE = `${ACCOUNT_PAGE}?${SETUP_PARAM}=two-factor#two-factor`;

export const twoFactorRequiredForAdmins = (env?: Env) => setting("REQUIRE_TWO_FACTOR_FOR_ADMINS", env) === 1;

/** Whether this admin must set two-factor up first; no query when the setting is off. */
export async function adminNeedsTwoFactor(prisma: PrismaClient, userId: string, env?: Env): Promise<boolean> {
  return twoFactorRequiredForAdmins(env) && !(await hasTwoFactor(prisma, userId));
}
