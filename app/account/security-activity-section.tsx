import Link from "next/link";
import { RelativeTime } from "@/app/_components/relative-time";
import { rowList } from "@/app/_components/ui";
import { SECURITY_LOG_DAYS, type SecurityEvent } from "@/lib/account/security-log";
import { signInMethodInSentence } from "@/lib/account/sign-in-method-label";
import { ACCOUNT_PAGE } from "@/lib/edge/route-rules";
import { securityEventDetails, securityEventTitle } from "@/lib/messages/security-events";
import { Section } from "./section";

const methodName = (id: string) => signInMethodInSentence(id);

const activityPage = (before?: string) => `${ACCOUNT_PAGE}${before ? `?${new URLSearchParams({ activity_before: before })}` : ""}#security-activity`;

type Props = {
  events: SecurityEvent[];
  /** The cursor of the older page, if there is one (securityEventsPage). */
  next?: string;
  /** This page is not the newest one. */
  paged: boolean;
  now: Date;
};

/** What happened to the account, newest first, one page at a time (lib/account/security-log.ts). */
export function SecurityActivitySection({ events, next, paged, now }: Props) {
  return (
    <Section id="security-activity" title="Security activity" description={`Sign-ins and changes to how you sign in, kept for ${SECURITY_LOG_DAYS} days. Something you don't recognise? Sign out your other devices and remove that way in.`}>
      {events.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{paged ? "No older activity." : "Nothing yet."}</p>
      ) : (
        <ul className={rowList}>
          {events.map((event) => (
            <li key={event.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-3">
              <div className="min-w-0 space-y-0.5">
                <p className="font-medium break-words">
                  {securityEventTitle(event, methodName)}
                  {event.detail.newDevice && <span className="ml-2 rounded-full bg-amber-50 dark:bg-amber-950/40 px-2 py-0.5 text-xs font-semibold text-amber-800 dark:text-amber-200">New device</span>}
                </p>
                {securityEventDetails(event, methodName).length > 0 && (
                  <p className="text-sm break-words text-slate-600 dark:text-slate-400">{securityEventDetails(event, methodName).join(" · ")}</p>
                )}
              </div>
              <span className="text-sm whitespace-nowrap text-slate-600 dark:text-slate-400">
                <RelativeTime date={event.createdAt} now={now} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {(next || paged) && (
        <nav aria-label="Security activity pages" className="flex gap-4 text-sm font-medium">
          {paged && (
            <Link href={activityPage()} className="text-indigo-700 dark:text-indigo-300 underline">
              Newest activity
            </Link>
          )}
          {next && (
            <Link href={activityPage(next)} className="text-indigo-700 dark:text-indigo-300 underline">
              Older activity
            </Link>
          )}
        </nav>
      )}
    </Section>
  );
}
