import { APP_NAME } from "./site-name";

export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-5xl flex-col gap-1 px-4 py-6 text-sm text-slate-500 dark:text-slate-400 sm:flex-row sm:justify-between sm:px-6">
        <p>{APP_NAME}</p>
        <p>Sign-in by Auth.js · checked at the edge · data in Postgres</p>
      </div>
    </footer>
  );
}
