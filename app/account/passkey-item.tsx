import { UNNAMED_PASSKEY } from "@/lib/account/passkey-name";
import { deletePasskey } from "./actions";
import type { PasskeyView } from "./account-data";
import { formatDate } from "./format-date";
import { PasskeyRenameForm } from "./passkey-rename-form";
import { RemoveButton } from "./remove-button";

export function PasskeyItem({ passkey }: { passkey: PasskeyView }) {
  const label = passkey.name ?? UNNAMED_PASSKEY;
  return (
    <li className="space-y-4 py-5">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0 space-y-0.5">
          <h3 className="font-medium break-words">{label}</h3>
          <p className="text-sm text-slate-600">
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
        </div>
        <RemoveButton action={deletePasskey} field={{ name: "credentialID", value: passkey.credentialID }} label="Delete" context={label} />
      </div>
      <PasskeyRenameForm credentialID={passkey.credentialID} name={passkey.name ?? ""} label={label} />
    </li>
  );
}
