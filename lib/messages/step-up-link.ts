import { ACCOUNT_PAGE } from "../edge/route-rules";
import type { StepUpAction } from "./step-up";

/**
 * The account page with the confirmation for `action` open; also where each confirmation (passkey,
 * emailed link, two-factor code) comes back to, the action then ready to finish.
 */
export const stepUpPage = (action: StepUpAction) => `${ACCOUNT_PAGE}?${new URLSearchParams({ confirm: action })}`;
