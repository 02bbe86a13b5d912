// The product's name: the header, the footer, the home page, every page title and the
// "temporarily unavailable" page show it. Rename your copy here.
export const APP_NAME = "Edge Auth Starter";
