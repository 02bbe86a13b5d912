import { rowList } from "@/app/_components/ui";
import type { PasskeyView } from "./account-data";
import { AddPasskeyButton } from "./add-passkey-button";
import { PasskeyItem } from "./passkey-item";
import { Section } from "./section";

export function PasskeysSection({ passkeys }: { passkeys: PasskeyView[] }) {
  return (
    <Section
      id="passkeys"
      title="Passkeys"
      description="Sign in with your fingerprint, face or screen lock. Each device or password manager keeps its own passkey."
    >
      {passkeys.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">You have no passkeys yet.</p>
      ) : (
        <ul className={rowList}>
          {passkeys.map((passkey) => (
            <PasskeyItem key={passkey.credentialID} passkey={passkey} />
          ))}
        </ul>
      )}
      <AddPasskeyButton passkeys={passkeys.map((passkey) => passkey.credentialID).join(" ")} />
    </Section>
  );
}
