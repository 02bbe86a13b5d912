import { rowList } from "@/app/_components/ui";
import { SESSION_REFRESH_SECONDS } from "@/lib/auth/session-settings";
import type { DeviceView } from "./account-data";
import { DeviceItem } from "./device-item";
import { Section } from "./section";
import { SignOutOthersButton } from "./sign-out-others-button";

// The revocation bound in words: "5 minutes", "30 seconds".
const bound = (seconds: number) =>
  seconds % 60 === 0 ? `${seconds / 60} minute${seconds === 60 ? "" : "s"}` : `${seconds} second${seconds === 1 ? "" : "s"}`;

/** The user's signed-in browsers, as the page loaded them (account-data.ts). */
export function DevicesSection({ sessions, now }: { sessions: DeviceView[]; now: Date }) {
  const others = sessions.filter((session) => !session.current).length;
  // This device first, then the others as loaded (most recently seen first).
  const listed = [...sessions].sort((a, b) => Number(b.current) - Number(a.current));
  return (
    <Section
      id="devices"
      title="Devices"
      description={`Where you are signed in. A device you sign out loses access within ${bound(SESSION_REFRESH_SECONDS)}.`}
    >
      <ul className={rowList}>
        {listed.map((session) => (
          <DeviceItem key={session.id} session={session} now={now} />
        ))}
      </ul>
      <SignOutOthersButton others={others} />
    </Section>
  );
}
