import { forbidden } from "next/navigation";

// The edge middleware rewrites admin pages here for signed-in users who are not admins;
// forbidden() renders app/forbidden.tsx with status 403.
export default function ForbiddenRoute() {
  forbidden();
}
