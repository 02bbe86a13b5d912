"use server";
import { refreshSession } from "@/auth";

/** Checks the caller's session against the database now, not at its next due time, and re-issues the cookie. */
export async function checkSessionNow(): Promise<void> {
  await refreshSession({});
}
