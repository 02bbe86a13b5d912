// The query parameter of the check-your-email page that carries its notice (sent-notice.ts); apart
// from it so the resend form (a client component) does not bundle the server-side token code.
export const NOTICE_PARAM = "sent";
