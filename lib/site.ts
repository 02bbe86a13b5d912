export const APP_NAME = "Edge Auth Starter";
