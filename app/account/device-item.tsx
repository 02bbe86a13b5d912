import { RelativeTime } from "@/app/_components/relative-time";
import { signInMethodLabel } from "@/lib/account/sign-in-method-label";
import { UNKNOWN_DEVICE } from "@/lib/auth/device-label";
import type { DeviceView } from "./account-data";
import { signOutDevice } from "./device-actions";
import { RemoveButton } from "./remove-button";

type Props = { session: DeviceView; now: Date };

export function DeviceItem({ session, now }: Props) {
  // A row Auth.js's database strategy made has no device label (nor a sign-in method).
  const device = session.device ?? UNKNOWN_DEVICE;
  const method = signInMethodLabel(session.signInMethod);
  return (
    <li className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-3">
      <div className="min-w-0 space-y-0.5">
        <h3 className="font-medium break-words">
          {device}
          {session.current && <span className="ml-2 rounded-full bg-indigo-50 dark:bg-indigo-950/60 px-2 py-0.5 text-xs font-semibold text-indigo-700 dark:text-indigo-300">This device</span>}
        </h3>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {/* How and when: two browsers of one kind are told apart by their method and times (exact
              on hover). Each half stays whole, so a narrow screen breaks the line at the dot. */}
          <span className="whitespace-nowrap">
            Signed in{method && ` with ${method}`} <RelativeTime date={session.createdAt} now={now} />
          </span>
          {" · "}
          <span className="whitespace-nowrap">
            Last seen <RelativeTime date={session.lastSeenAt} now={now} />
          </span>
        </p>
      </div>
      {!session.current && <RemoveButton action={signOutDevice} field={{ name: "sessionId", value: session.id }} label="Sign out" pendingLabel="Signing out…" context={device} />}
    </li>
  );
}
