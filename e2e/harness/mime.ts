// Just enough MIME to read the mails the app sends (nodemailer: text + html alternatives, often
// quoted-printable, which breaks long sign-in links with `=\r\n` and writes `=` as `=3D`).

export type ReadMail = { subject: string; text: string };

type Entity = { headers: Map<string, string>; body: string };

export function readMail(raw: string): ReadMail {
  const message = splitEntity(raw);
  const text = plainText(message);
  if (text === undefined) throw new Error("the message has no text/plain part");
  return { subject: message.headers.get("subject") ?? "", text };
}

function splitEntity(raw: string): Entity {
  const match = /\r?\n\r?\n/.exec(raw);
  const head = match ? raw.slice(0, match.index) : raw;
  const body = match ? raw.slice(match.index + match[0].length) : "";
  const headers = new Map<string, string>();
  // Long header values continue on lines that start with whitespace.
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function plainText(entity: Entity): string | undefined {
  const type = entity.headers.get("content-type") ?? "text/plain";
  if (/^multipart\//i.test(type)) {
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (!boundary) return undefined;
    const parts = entity.body.split(`--${boundary}`).slice(1, -1);
    for (const part of parts) {
      const text = plainText(splitEntity(part.replace(/^\r?\n/, "")));
      if (text !== undefined) return text;
    }
    return undefined;
  }
  if (!/^text\/plain/i.test(type)) return undefined;
  return decode(entity.body, entity.headers.get("content-transfer-encoding") ?? "7bit");
}

function decode(body: string, encoding: string): string {
  switch (encoding.toLowerCase()) {
    case "quoted-printable": {
      const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      return Buffer.from(bytes, "latin1").toString("utf8");
    }
    case "base64":
      return Buffer.from(body, "base64").toString("utf8");
    default:
      return body;
  }
}
