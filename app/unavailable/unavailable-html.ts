// The "temporarily unavailable" page as plain HTML: it is served while the database is down, so it
// depends on nothing (no session, no stylesheet from the build). App Router pages cannot answer 503,
// so a route handler serves it (app/unavailable/route.ts). It draws the site's frame all the same:
// the header's mark and name, the footer (without its tagline, which names the database: this page
// names nothing about the machinery), Tailwind's font stack and colours (app/layout.tsx,
// app/_components/ui.ts), light or dark as the system is.
import { APP_NAME } from "@/app/_components/site-name";
import { UNAVAILABLE_PAGE_TEXT, UNAVAILABLE_TITLE } from "@/lib/messages/unavailable";

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// Tailwind 4's values of the classes the pages use (slate, indigo; font-sans; sm: at 40rem).
const STYLE = `
:root{color-scheme:light dark;--page:#f8fafc;--card:#fff;--line:#e2e8f0;--text:#0f172a;--muted:#475569;--faint:#64748b;--accent:#4338ca;--button:#4f46e5;--button-hover:#6366f1}
@media (prefers-color-scheme:dark){:root{--page:#020617;--card:#0f172a;--line:#1e293b;--text:#f1f5f9;--muted:#94a3b8;--faint:#94a3b8;--accent:#a5b4fc;--button:#6366f1;--button-hover:#818cf8}}
*{box-sizing:border-box}
body{margin:0;min-height:100vh;display:flex;flex-direction:column;background:var(--page);color:var(--text);font:16px/1.5 ui-sans-serif,system-ui,sans-serif,"Apple Color Emoji","Segoe UI Emoji","Segoe UI Symbol","Noto Color Emoji";-webkit-font-smoothing:antialiased}
.row{max-width:64rem;margin:0 auto;padding:0 1rem}
header{border-bottom:1px solid var(--line);background:var(--card)}
header .row{display:flex;align-items:center;min-height:3.75rem;padding-top:.75rem;padding-bottom:.75rem}
.home{display:flex;align-items:center;gap:.5rem;color:inherit;font-weight:600;letter-spacing:-.025em;text-decoration:none;border-radius:.25rem}
.home img{width:1.75rem;height:1.75rem}
main{flex:1;display:flex;width:100%;max-width:64rem;margin:0 auto;padding:2.5rem 1rem}
.card{margin:auto;width:100%;max-width:28rem;padding:1.5rem;background:var(--card);border:1px solid var(--line);border-radius:1rem;box-shadow:0 1px 3px rgb(0 0 0 / .1)}
.code{margin:0;color:var(--accent);font-size:.875rem;line-height:1.25rem;font-weight:600}
h1{margin:.75rem 0;font-size:1.5rem;line-height:2rem;font-weight:700;letter-spacing:-.025em}
.card p:not(.code){margin:0 0 1.5rem;color:var(--muted)}
.button{display:inline-flex;padding:.625rem 1rem;border-radius:.5rem;background:var(--button);color:#fff;font-size:.875rem;line-height:1.25rem;font-weight:600;text-decoration:none}
.button:hover{background:var(--button-hover)}
a:focus-visible{outline:2px solid var(--button);outline-offset:2px}
footer{border-top:1px solid var(--line)}
footer .row{display:flex;flex-direction:column;gap:.25rem;padding-top:1.5rem;padding-bottom:1.5rem;color:var(--faint);font-size:.875rem;line-height:1.25rem}
footer p{margin:0}
@media (min-width:40rem){.row{padding-left:1.5rem;padding-right:1.5rem}main{padding:4rem 1.5rem}.card{padding:2rem}footer .row{flex-direction:row;justify-content:space-between}}
`;

export function unavailableHtml(retryPath: string, retryAfterSeconds: number): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(UNAVAILABLE_TITLE)} · ${escape(APP_NAME)}</title>
<link rel="icon" href="/icon.svg" type="image/svg+xml">
<style>${STYLE}</style>
</head>
<body>
<header><div class="row"><a class="home" href="/"><img src="/icon.svg" alt="">${escape(APP_NAME)}</a></div></header>
<main id="main">
<div class="card">
<p class="code">503</p>
<h1>${escape(UNAVAILABLE_TITLE)}</h1>
<p>${escape(UNAVAILABLE_PAGE_TEXT)} This page tries again by itself every ${retryAfterSeconds} seconds.</p>
<a class="button" href="${escape(retryPath)}">Try again</a>
</div>
</main>
<footer><div class="row"><p>${escape(APP_NAME)}</p></div></footer>
<script>setTimeout(function(){location.reload()},${retryAfterSeconds * 1000})</script>
</body>
</html>
`;
}
