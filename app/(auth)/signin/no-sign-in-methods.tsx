// Shown instead of the forms when the environment enables no provider, so a fresh install says
// what to set rather than showing an empty page: the methods switched on, with their variables.
import { switchedOnProviders } from "@/lib/auth/oauth-providers";
import { requiredVariables } from "@/lib/auth/providers";
import { signInMethods } from "@/lib/auth/sign-in-methods";

const methods = [
  ...(signInMethods.emailLinks ? [{ name: "Email links", vars: ["EMAIL_SERVER", "EMAIL_FROM"] }] : []),
  ...switchedOnProviders().map((entry) => ({ name: entry.name, vars: requiredVariables(entry) })),
];

export function NoSignInMethods() {
  return (
    <div className="space-y-4 rounded-lg border border-amber-200 dark:border-amber-900 bg-amber-50 dark:bg-amber-950/40 p-4 text-sm text-amber-950 dark:text-amber-100">
      <p className="font-semibold">No sign-in method is enabled on this server.</p>
      <p>Set the environment variables for at least one method, then restart the server:</p>
      <dl className="space-y-3">
        {methods.map((method) => (
          <div key={method.name}>
            <dt className="font-medium">{method.name}</dt>
            <dd className="mt-1 flex flex-wrap gap-1.5">
              {method.vars.map((name) => (
                <code key={name} className="rounded bg-white/70 dark:bg-slate-900/70 px-1.5 py-0.5 font-mono text-xs ring-1 ring-amber-200 dark:ring-amber-900">
                  {name}
                </code>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
