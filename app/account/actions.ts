"use server";
// Every action reads the session itself and touches only rows of session.user.id: hidden fields
// come back from the browser and may name another user's provider or passkey, which then matches
// nothing. signIn()/signOut() end by throwing Next's redirect, so only AuthError is caught.
// Destructive ones first ask the step-up guard (lib/auth/step-up.ts), which may refuse with `stepUp`.
import { AuthError } from "next-auth";
import { revalidatePath } from "next/cache";
import { ACCOUNT_DELETED_PAGE, markAccountDeleted } from "@/app/account-deleted/deleted-marker";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { refreshSession, signIn, signInOptions, signOut } from "@/auth";
import { checkAccountName } from "@/lib/account/account-name";
import { deletionConfirmationProblem } from "@/lib/account/delete-confirmation";
import { RECENT_SIGN_IN_MINUTES, SIGN_IN_AGAIN_PAGE, signedInRecently } from "@/lib/auth/recent-sign-in";
import { requireSession } from "@/lib/auth/session";
import { requireRecentSignIn } from "@/lib/auth/step-up";
import { recordSecurityEvent } from "@/lib/account/security-log";
import { withOutageMessage } from "@/lib/db/when-unavailable";
import { formText } from "@/lib/request/form-field";
import { checkPasskeyName } from "@/lib/account/passkey-name";
import { ACCOUNT_PAGE } from "@/lib/edge/route-rules";
import { recentSignInMessage } from "@/lib/messages/recent-sign-in";
import { deletePasskeyUnlessLast, unlinkProviderUnlessLast, type AfterRemoval } from "@/lib/account/sign-in-method-removal";
import { prisma } from "@/prisma";
import { keepTyped, nothingTyped, type ButtonState, type FieldState } from "./action-state";

// The session as the page reads it: a cookie whose account is gone leads to "Your session has ended".
const signedInUserId = async (): Promise<string> => (await requireSession()).user.id;

export const updateName = withOutageMessage(async (_previous: FieldState, formData: unknown): Promise<FieldState> => {
  const userId = await signedInUserId();
  const typed = formText(formData, "name");
  const name = checkAccountName(typed);
  if (!name.ok) return { value: typed, error: name.error };
  await prisma.user.updateMany({ where: { id: userId }, data: { name: name.value } });
  // The session carries the name too (header, dashboard): re-issue it now rather than at the next refresh.
  await refreshSession({});
  revalidatePath(ACCOUNT_PAGE);
  return { value: name.value, saved: true };
}, keepTyped("name"));

/** This session, if it signed in recently enough to add a way in (lib/auth/recent-sign-in.ts). */
async function mayAddAWayIn(): Promise<boolean> {
  const session = await requireSession();
  return signedInRecently(prisma, { id: session.sessionId, userId: session.user.id });
}

export async function linkProvider(formData: unknown): Promise<void> {
  // Signed out, this would be a plain sign-in (or sign-up) rather than a link. Said before the trip
  // to the provider; the guard in front of Auth.js refuses the link itself on the way back.
  if (!(await mayAddAWayIn())) redirect(SIGN_IN_AGAIN_PAGE);
  const provider = formText(formData, "provider");
  if (!signInOptions.oauth.some((offered) => offered.id === provider)) return;
  try {
    // With a session present, Auth.js links the provider's account to this user on the way back.
    await signIn(provider, { redirectTo: ACCOUNT_PAGE });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    redirect(`${ACCOUNT_PAGE}?${new URLSearchParams({ error: error.type })}`);
  }
}

/** Why a passkey cannot be added now, said before the device is asked; undefined when it can. */
export async function passkeyAdditionRefusal(): Promise<string | undefined> {
  return (await mayAddAWayIn()) ? undefined : recentSignInMessage(RECENT_SIGN_IN_MINUTES);
}

/** The security log's entry for a way in removed, written in the removal's own transaction. */
async function logWayInRemoved(userId: string, wayIn: string): Promise<AfterRemoval> {
  const requestHeaders = await headers();
  return (tx) => recordSecurityEvent(tx, { userId, kind: "way-in-removed", detail: { wayIn }, headers: requestHeaders });
}

export const unlinkProvider = withOutageMessage(async (_previous: ButtonState, formData: unknown): Promise<ButtonState> => {
  const { userId, refusal: stepUp } = await requireRecentSignIn("remove-sign-in-method");
  if (stepUp) return stepUp;
  const provider = formText(formData, "provider");
  const refusal = await unlinkProviderUnlessLast(prisma, signInOptions, userId, provider, await logWayInRemoved(userId, provider));
  if (refusal) return { error: refusal };
  revalidatePath(ACCOUNT_PAGE);
  return {};
}, nothingTyped);

export const deletePasskey = withOutageMessage(async (_previous: ButtonState, formData: unknown): Promise<ButtonState> => {
  const { userId, refusal: stepUp } = await requireRecentSignIn("remove-sign-in-method");
  if (stepUp) return stepUp;
  const credentialID = formText(formData, "credentialID");
  const refusal = await deletePasskeyUnlessLast(prisma, signInOptions, userId, credentialID, await logWayInRemoved(userId, "passkey"));
  if (refusal) return { error: refusal };
  revalidatePath(ACCOUNT_PAGE);
  return {};
}, nothingTyped);

export const renamePasskey = withOutageMessage(async (_previous: FieldState, formData: unknown): Promise<FieldState> => {
  const userId = await signedInUserId();
  const typed = formText(formData, "name");
  const name = checkPasskeyName(typed);
  if (!name.ok) return { value: typed, error: name.error };
  const { count } = await prisma.authenticator.updateMany({
    where: { userId, credentialID: formText(formData, "credentialID") },
    data: { name: name.value },
  });
  // Deleted in another tab, or the form named a passkey that was never this user's.
  if (count === 0) return { value: typed, error: "This passkey is no longer on your account. Reload the page." };
  revalidatePath(ACCOUNT_PAGE);
  return { value: name.value, saved: true };
}, keepTyped("name"));

export const deleteAccount = withOutageMessage(async (_previous: FieldState, formData: unknown): Promise<FieldState> => {
  const { userId, refusal: stepUp } = await requireRecentSignIn("delete-account");
  const typed = formText(formData, "confirmEmail");
  if (stepUp) {
    // The entry outlives only a refused request: a deletion that goes through takes the log with it.
    await recordSecurityEvent(prisma, { userId, kind: "account-deletion-requested", headers: await headers() });
    return { value: typed, ...stepUp };
  }
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (user) {
    const problem = deletionConfirmationProblem(typed, user.email);
    if (problem) return { value: typed, error: problem };
    // Accounts, sessions and authenticators go with it (onDelete: Cascade).
    await prisma.user.deleteMany({ where: { id: userId } });
    await markAccountDeleted();
  }
  // Never returns: it ends by throwing the redirect to the confirmation.
  await signOut({ redirectTo: ACCOUNT_DELETED_PAGE });
  return { value: "" };
}, keepTyped("confirmEmail"));
