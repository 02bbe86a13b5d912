// The user id and role that auth.config.ts puts in the JWT and the session.
import type { DefaultSession } from "next-auth";
import type { Role } from "../lib/edge/route-rules";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
  }
  interface User {
    role?: Role;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: Role;
    /** Unix seconds when the role was last read from the database (lib/auth/role-refresh.ts). */
    roleCheckedAt?: number;
  }
}
