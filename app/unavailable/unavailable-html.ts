// The "temporarily unavailable" page as plain HTML: it is served while the database is down, so it
// depends on nothing (no layout, no session, no stylesheet from the build). App Router pages cannot
// answer 503, so a route handler serves it (app/unavailable/route.ts).
import { APP_NAME } from "@/app/_components/site-name";
import { UNAVAILABLE_PAGE_TEXT, UNAVAILABLE_TITLE } from "@/lib/messages/unavailable";

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function unavailableHtml(retryPath: string, retryAfterSeconds: number): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(UNAVAILABLE_TITLE)} · ${escape(APP_NAME)}</title>
<style>
body{margin:0;min-height:100vh;display:grid;place-items:center;background:#f8fafc;color:#0f172a;font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
main{max-width:28rem;margin:1rem;padding:2rem;background:#fff;border:1px solid #e2e8f0;border-radius:1rem;box-shadow:0 1px 2px rgb(0 0 0 / .05)}
p.code{margin:0;color:#4338ca;font-size:.875rem;font-weight:600}
h1{margin:.5rem 0;font-size:1.5rem;letter-spacing:-.01em}
p{color:#475569}
a{display:inline-block;margin-top:.5rem;padding:.625rem 1rem;border-radius:.5rem;background:#4f46e5;color:#fff;font-weight:600;text-decoration:none}
a:focus-visible{outline:2px solid #4f46e5;outline-offset:2px}
</style>
</head>
<body>
<main>
<p class="code">503</p>
<h1>${escape(UNAVAILABLE_TITLE)}</h1>
<p>${escape(UNAVAILABLE_PAGE_TEXT)} This page tries again by itself every ${retryAfterSeconds} seconds.</p>
<a href="${escape(retryPath)}">Try again</a>
</main>
<script>setTimeout(function(){location.reload()},${retryAfterSeconds * 1000})</script>
</body>
</html>
`;
}
