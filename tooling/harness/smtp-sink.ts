// An SMTP server that accepts every message and files it as JSON, one file per recipient, for
// the tests to read: {to, subject, text, date}.
import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { Cleanup } from "./cleanup";

export type StoredMail = { to: string; subject: string; text: string; date: string };

export async function startSmtpSink(options: { port: number; mailDir: string; cleanup: Cleanup }): Promise<void> {
  fs.mkdirSync(options.mailDir, { recursive: true });
  let sequence = 0;
  const server = new SMTPServer({
    // Auth.js's Nodemailer provider adds empty credentials, and fails if the server offers AUTH.
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      // mailparser decodes what nodemailer encodes (quoted-printable breaks long sign-in links).
      simpleParser(stream)
        .then((parsed) => {
          const date = new Date().toISOString();
          for (const { address } of session.envelope.rcptTo) {
            const mail: StoredMail = { to: address.toLowerCase(), subject: parsed.subject ?? "", text: parsed.text ?? "", date };
            // Written aside then renamed, so a reader never sees half a file.
            const file = path.join(options.mailDir, `${Date.now()}-${String(++sequence).padStart(6, "0")}.json`);
            fs.writeFileSync(`${file}.tmp`, JSON.stringify(mail, null, 2));
            fs.renameSync(`${file}.tmp`, file);
          }
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  options.cleanup.add("SMTP sink", () => new Promise<void>((done) => server.close(() => done())));
}
