import { SESSION_REFRESH_SECONDS } from "@/lib/auth/session-settings";
import { liveSessions } from "@/lib/auth/session-store";
import { prisma } from "@/prisma";
import { DeviceItem } from "./device-item";
import { Section } from "./section";
import { SignOutOthersButton } from "./sign-out-others-button";

// The revocation bound in words: "5 minutes", "30 seconds".
const bound = (seconds: number) =>
  seconds % 60 === 0 ? `${seconds / 60} minute${seconds === 60 ? "" : "s"}` : `${seconds} second${seconds === 1 ? "" : "s"}`;

/** The user's signed-in browsers, read by the session's own user id. */
export async function DevicesSection({ userId, currentSessionId }: { userId: string; currentSessionId?: string }) {
  const sessions = await liveSessions(prisma, userId, new Date());
  const others = sessions.filter((session) => session.id !== currentSessionId).length;
  return (
    <Section
      id="devices"
      title="Devices"
      description={`Where you are signed in. A device you sign out loses access within ${bound(SESSION_REFRESH_SECONDS)}.`}
    >
      <ul className="divide-y divide-slate-100 border-y border-slate-100">
        {sessions.map((session) => (
          <DeviceItem key={session.id} session={session} current={session.id === currentSessionId} />
        ))}
      </ul>
      <SignOutOthersButton others={others} />
    </Section>
  );
}
