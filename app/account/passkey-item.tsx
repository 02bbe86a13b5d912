import { UNNAMED_PASSKEY } from "@/lib/account/passkey-name";
import { deletePasskey } from "./actions";
import type { PasskeyView } from "./account-data";
import { formatDate } from "@/app/_components/format-date";
import { PasskeyRow } from "./passkey-row";
import { RemoveButton } from "./remove-button";

export function PasskeyItem({ passkey }: { passkey: PasskeyView }) {
  const label = passkey.name ?? UNNAMED_PASSKEY;
  return (
    <li className="py-5">
      <PasskeyRow
        credentialID={passkey.credentialID}
        name={passkey.name ?? ""}
        label={label}
        details={
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Added <time dateTime={passkey.createdAt.toISOString()}>{formatDate(passkey.createdAt)}</time>
            {" · "}
            {passkey.lastUsedAt ? (
              <>
                Last used <time dateTime={passkey.lastUsedAt.toISOString()}>{formatDate(passkey.lastUsedAt)}</time>
              </>
            ) : (
              "Never used"
            )}
          </p>
        }
        deleteButton={
          <RemoveButton action={deletePasskey} field={{ name: "credentialID", value: passkey.credentialID }} label="Delete" pendingLabel="Deleting…" context={label} />
        }
      />
    </li>
  );
}
