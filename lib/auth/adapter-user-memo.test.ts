// The per-request memo of users looked up by address: a magic link's callback asks twice, the
// database answers once; nothing outlives the request, and a change to a user is never hidden.
import { describe, expect, it } from "vitest";
import type { Adapter } from "next-auth/adapters";
import { scratchPrismaForFile } from "../../tooling/vitest/scratch-prisma";
import { authAdapter, withUserLookupMemo } from "./adapter";

const { prisma } = await scratchPrismaForFile();
const adapter: Adapter = authAdapter(prisma);

const lookUp = async (email: string) => adapter.getUserByEmail!(email);

describe("getUserByEmail within one request", () => {
  it("asks the database once per address: a second lookup gets the first one's answer", async () => {
    await prisma.user.create({ data: { email: "twice@example.test" } });
    await withUserLookupMemo(async () => {
      expect(await lookUp("twice@example.test")).toMatchObject({ email: "twice@example.test" });
      // Gone from the database behind the adapter's back: only a memo can still answer.
      await prisma.user.delete({ where: { email: "twice@example.test" } });
      expect(await lookUp("Twice@Example.test")).toMatchObject({ email: "twice@example.test" });
    });
  });

  it("keeps nothing across requests", async () => {
    await prisma.user.create({ data: { email: "across@example.test" } });
    await withUserLookupMemo(() => lookUp("across@example.test"));
    await prisma.user.delete({ where: { email: "across@example.test" } });
    expect(await withUserLookupMemo(() => lookUp("across@example.test"))).toBeNull();
    // And outside a request's scope there is no memo at all.
    expect(await lookUp("across@example.test")).toBeNull();
  });

  it("forgets its answers when the adapter creates or changes a user", async () => {
    await withUserLookupMemo(async () => {
      expect(await lookUp("new@example.test")).toBeNull();
      const created = await adapter.createUser!({ id: crypto.randomUUID(), email: "new@example.test", emailVerified: null });
      expect(await lookUp("new@example.test")).toMatchObject({ id: created.id });
      await adapter.updateUser!({ id: created.id, name: "Ada" });
      expect(await lookUp("new@example.test")).toMatchObject({ name: "Ada" });
    });
  });
});
