import type { Metadata } from "next";
import type { ReactNode } from "react";
import { APP_NAME } from "@/app/_components/site-name";
import { SiteFooter } from "./_components/site-footer";
import { SiteHeader } from "./_components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: APP_NAME, template: `%s · ${APP_NAME}` },
  description: "Next.js + Auth.js v5 + Prisma 7 + Neon, with authentication at the edge",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-slate-50 dark:bg-slate-950 text-slate-900 dark:text-slate-100 antialiased">
        <a
          href="#main"
          className="sr-only rounded-lg bg-white dark:bg-slate-900 px-4 py-2 text-sm font-semibold focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:outline-2 focus:outline-indigo-600"
        >
          Skip to content
        </a>
        <SiteHeader />
        {/* A column, so that a page's single card can centre itself (my-auto) between header and footer. */}
        <main id="main" className="mx-auto flex w-full max-w-5xl flex-1 flex-col px-4 py-10 sm:px-6 sm:py-16">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
