// Whether a request proves it knows a shared secret the way Vercel Cron does: the header
// `Authorization: Bearer <secret>`. An unset secret admits no one.
import { createHash, timingSafeEqual } from "node:crypto";

// Digests of equal length, so the comparison takes the same time however the guess differs.
const digest = (text: string) => createHash("sha256").update(text).digest();

export function hasBearerSecret(request: Request, secret: string | undefined): boolean {
  if (!secret) return false;
  // A repeated header arrives joined with ", " and matches nothing.
  const presented = /^Bearer (\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  return presented !== undefined && timingSafeEqual(digest(presented), digest(secret));
}
