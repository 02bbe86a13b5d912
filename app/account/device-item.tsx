import { formatDate } from "@/app/_components/format-date";
import { UNKNOWN_DEVICE } from "@/lib/auth/device-label";
import type { DeviceView } from "./account-data";
import { signOutDevice } from "./device-actions";
import { RemoveButton } from "./remove-button";

type Props = { session: DeviceView };

export function DeviceItem({ session }: Props) {
  // A row Auth.js's database strategy made has no device label.
  const device = session.device ?? UNKNOWN_DEVICE;
  return (
    <li className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-3">
      <div className="min-w-0 space-y-0.5">
        <h3 className="font-medium break-words">
          {device}
          {session.current && <span className="ml-2 rounded-full bg-indigo-50 px-2 py-0.5 text-xs font-semibold text-indigo-700">This device</span>}
        </h3>
        <p className="text-sm text-slate-600">
          {/* With the time: two browsers signed in on one day would otherwise read the same. Each half
              stays whole, so a narrow screen breaks the line at the dot. */}
          <span className="whitespace-nowrap">
            Signed in <time dateTime={session.createdAt.toISOString()}>{formatDate(session.createdAt, { withTime: true })}</time>
          </span>
          {" · "}
          <span className="whitespace-nowrap">
            Last seen <time dateTime={session.lastSeenAt.toISOString()}>{formatDate(session.lastSeenAt, { withTime: true })}</time>
          </span>
        </p>
      </div>
      {!session.current && <RemoveButton action={signOutDevice} field={{ name: "sessionId", value: session.id }} label="Sign out" pendingLabel="Signing out…" context={device} />}
    </li>
  );
}
