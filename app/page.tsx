import { auth } from "@/auth";

export default async function Home() {
  const session = await auth();
  return <main className="p-8">{session?.user ? `Signed in as ${session.user.email}` : "Not signed in"}</main>;
}
