// One HTTP request exactly as written: the path is sent byte for byte (fetch would resolve "/./x"
// and "//x"), any method, any header, any body. Only ever aimed at this machine's loopback.
import http from "node:http";
import { scaled } from "../../../tooling/harness/timeouts";

export type RawRequest = { method: string; path: string; headers?: Record<string, string>; body?: string | Buffer };
export type RawResponse = { status: number; location?: string; setCookies: string[]; headers: http.IncomingHttpHeaders; body: string };

export function sendRaw(port: number, request: RawRequest, timeoutMs = scaled(20_000)): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    // The answer as far as it came, should the connection then be closed under the client.
    let answer: RawResponse | undefined;
    const req = http.request(
      { host: "127.0.0.1", port, method: request.method, path: request.path, headers: { host: `localhost:${port}`, ...request.headers }, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        answer = { status: res.statusCode ?? 0, location: res.headers.location, setCookies: res.headers["set-cookie"] ?? [], headers: res.headers, body: "" };
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ ...(answer as RawResponse), body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer to ${request.method} ${request.path} within ${timeoutMs} ms`)));
    // A server that refuses a huge body may close the connection before reading it all: that is an
    // answer, the one it gave if it came before the reset (status 0 when none did).
    req.on("error", (error: NodeJS.ErrnoException) =>
      error.code === "EPIPE" || error.code === "ECONNRESET" ? resolve(answer ?? { status: 0, setCookies: [], headers: {}, body: error.code }) : reject(error),
    );
    if (request.body !== undefined) req.write(request.body);
    req.end();
  });
}
