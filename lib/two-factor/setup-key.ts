// What the account page shows to add the key to an authenticator app: the otpauth:// URI as a QR
// code (an SVG made here by `qrcode`, no network) and the key as text for typing in.
import QRCode from "qrcode";
import { keyText, keyUri } from "./totp";

export type SetupKey = { secret: string; qrSvgDataUrl: string };

export async function setupKey(key: Uint8Array, issuer: string, account: string): Promise<SetupKey> {
  const svg = await QRCode.toString(keyUri(key, issuer, account), { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { secret: keyText(key), qrSvgDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
}
