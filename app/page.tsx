import Link from "next/link";
import { currentSession } from "@/lib/auth/session";
import { APP_NAME } from "@/app/_components/site-name";
import { button, card } from "./_components/ui";

const features = [
  { title: "Passwordless sign-in", text: "Email magic links, GitHub, Google or any OpenID Connect provider, each switched on by its environment variables." },
  { title: "Checked at the edge", text: "The middleware reads the session token and turns people away before a page renders, without a database call." },
  { title: "Postgres on Neon", text: "Prisma 7 through Neon's serverless driver, with an embedded database for local development." },
];

export default async function Home() {
  const session = await currentSession();
  const email = session?.user?.email;
  return (
    <div className="space-y-12">
      <section className="max-w-2xl space-y-4">
        <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">{APP_NAME}</h1>
        <p className="text-lg text-pretty text-slate-600 dark:text-slate-400">
          A Next.js starter with Auth.js sign-in, Prisma on Neon Postgres, and pages protected by edge middleware.
        </p>
      </section>

      <section aria-labelledby="status" className={`${card} flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between`}>
        <div className="min-w-0">
          <h2 id="status" className="text-sm font-medium text-slate-500 dark:text-slate-400">
            Your session
          </h2>
          <p className="mt-1 font-medium break-words">{session?.user ? `Signed in as ${email}` : "You are not signed in"}</p>
        </div>
        {session?.user ? (
          <Link href="/dashboard" className={button("primary")}>
            Dashboard
          </Link>
        ) : (
          <Link href="/signin" className={button("primary")}>
            Sign in
          </Link>
        )}
      </section>

      <ul className="grid gap-4 sm:grid-cols-3">
        {features.map((feature) => (
          <li key={feature.title} className="rounded-2xl border border-slate-200 dark:border-slate-800 bg-white/60 dark:bg-slate-900/60 p-5">
            <h2 className="font-semibold">{feature.title}</h2>
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{feature.text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
