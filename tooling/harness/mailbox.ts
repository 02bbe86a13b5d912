// Reads what the SMTP sink filed (see tooling/harness/smtp-sink.ts): one JSON file per recipient.
import fs from "node:fs/promises";
import path from "node:path";
import type { StoredMail } from "./smtp-sink";
import { runState } from "./run-env";
import { scaled } from "./timeouts";

export type Mail = Omit<StoredMail, "date"> & { date: Date };

/**
 * The newest mail to `address` received at or after `since`, waiting for it to arrive.
 * `since` keeps a test from reading an older mail, e.g. the link of an earlier sign-in.
 */
export async function lastEmailTo(
  address: string,
  options: { since?: Date; timeoutMs?: number; /** The sink's folder; the suite's unless given. */ mailDir?: string } = {},
): Promise<Mail> {
  const { since = new Date(0), timeoutMs = scaled(10_000), mailDir = runState().mailDir } = options;
  const to = address.toLowerCase();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = (await readMailbox(mailDir)).filter((mail) => mail.to === to && mail.date >= since);
    const newest = mails.at(-1);
    if (newest) return newest;
    if (Date.now() > deadline) {
      throw new Error(`no email to ${address} since ${since.toISOString()} within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Every mail to `address` received at or after `since`, as the sink has them now (no waiting). */
export async function emailsTo(address: string, since: Date): Promise<Mail[]> {
  const to = address.toLowerCase();
  return (await readMailbox(runState().mailDir)).filter((mail) => mail.to === to && mail.date >= since);
}

/** The sign-in link in a magic-link mail. */
export function magicLinkIn(mail: Mail): string {
  const link = /https?:\/\/\S+\/api\/auth\/callback\/nodemailer\?\S+/.exec(mail.text)?.[0];
  if (!link) throw new Error(`the mail "${mail.subject}" to ${mail.to} has no sign-in link:\n${mail.text}`);
  return link;
}

// File names start with the arrival time, so name order is arrival order.
async function readMailbox(mailDir: string): Promise<Mail[]> {
  const names = (await fs.readdir(mailDir)).filter((name) => name.endsWith(".json")).sort();
  return Promise.all(
    names.map(async (name) => {
      const stored = JSON.parse(await fs.readFile(path.join(mailDir, name), "utf8")) as StoredMail;
      return { ...stored, date: new Date(stored.date) };
    }),
  );
}
