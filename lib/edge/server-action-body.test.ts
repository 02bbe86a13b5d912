import { describe, expect, it } from "vitest";
import { SERVER_ACTION_BODY_LIMIT_BYTES, serverActionBodyRefusal } from "./server-action-body";

const request = (headers: Record<string, string>, options: { method?: string; path?: string } = {}) => ({
  method: options.method ?? "POST",
  nextUrl: new URL(`http://localhost:3000${options.path ?? "/signin"}`),
  headers: new Headers({ host: "localhost:3000", "next-action": "7f00", "content-type": "text/plain;charset=UTF-8", ...headers }),
});

describe("serverActionBodyRefusal (what Next.js would answer 500 after reading the body)", () => {
  it("refuses a server action over Next's default bodySizeLimit (1 MB) with 413 and a sentence naming it", async () => {
    for (const length of [SERVER_ACTION_BODY_LIMIT_BYTES + 1, 8 * 1024 * 1024]) {
      const refusal = serverActionBodyRefusal(request({ "content-length": String(length) }));
      expect(refusal?.status).toBe(413);
      expect(await refusal?.text()).toBe("This form is larger than the 1048576 bytes (1 MB) a form may send.");
    }
    const multipart = request({ "next-action": "", "content-type": "multipart/form-data; boundary=x", "content-length": String(2 * 1024 * 1024) });
    expect(serverActionBodyRefusal(multipart)?.status).toBe(413);
  });

  it("refuses one without a length Next's limit could be checked against, with 411", () => {
    expect(serverActionBodyRefusal(request({}))?.status).toBe(411);
    expect(serverActionBodyRefusal(request({ "content-length": "1e9" }))?.status).toBe(411);
  });

  it("lets through a server action up to the limit, and every request that is not one", () => {
    expect(serverActionBodyRefusal(request({ "content-length": String(SERVER_ACTION_BODY_LIMIT_BYTES) }))).toBeUndefined();
    expect(serverActionBodyRefusal(request({ "content-length": "0" }))).toBeUndefined();
    expect(serverActionBodyRefusal(request({ "content-length": "99999999" }, { method: "GET" }))).toBeUndefined();
    expect(serverActionBodyRefusal(request({ "content-length": "99999999" }, { path: "/api/me" }))).toBeUndefined();
  });
});
