"use server";
// The two-factor page's actions. The edge lets a half-signed-in session post only here; each action
// still reads the session itself and checks it is half-signed-in.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { refreshSession } from "@/auth";
import { currentSession } from "@/lib/auth/session";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { withOutageMessage } from "@/lib/db/when-unavailable";
import { formText } from "@/lib/request/form-field";
import { requestOrigins } from "@/lib/request/request-origin";
import { giveSecondFactor } from "@/lib/two-factor/give-code";
import { prisma } from "@/prisma";

export type CodeState = { error?: string };

export const submitTwoFactorCode = withOutageMessage(async (_previous: CodeState, formData: unknown): Promise<CodeState> => {
  const session = await currentSession();
  if (!session?.user || !session.sessionId) redirect("/signin");
  const next = safeCallbackUrl(formText(formData, "callbackUrl"), await requestOrigins());
  if (!session.twoFactorPending) redirect(next);
  const error = await giveSecondFactor(prisma, { id: session.sessionId, userId: session.user.id }, formText(formData, "code"), await headers());
  if (error) return { error };
  // Re-issues the cookie through the jwt callback, which drops the claim only because the row now says so.
  await refreshSession({});
  redirect(next);
}, (): CodeState => ({}));
