// Class names shared by the pages, so buttons and links look and focus the same everywhere.

export const focusRing = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

const variants = {
  primary: "bg-indigo-600 text-white hover:bg-indigo-500",
  secondary: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-50",
  // Irreversible actions: red, so they never look like the buttons next to them.
  danger: "bg-red-600 text-white hover:bg-red-500 focus-visible:outline-red-600",
  dangerOutline: "border border-red-300 bg-white text-red-700 hover:bg-red-50 focus-visible:outline-red-600",
};

const sizes = { md: "px-4 py-2.5", sm: "px-3 py-1.5" };

export const button = (variant: keyof typeof variants, size: keyof typeof sizes = "md") =>
  `inline-flex items-center justify-center gap-2 whitespace-nowrap rounded-lg text-sm font-semibold shadow-xs transition-colors disabled:cursor-not-allowed disabled:opacity-60 ${focusRing} ${variants[variant]} ${sizes[size]}`;

export const textLink = `rounded-sm font-medium text-indigo-700 underline decoration-indigo-300 underline-offset-4 hover:decoration-indigo-700 ${focusRing}`;

const cardShape = "rounded-2xl border bg-white p-6 shadow-sm sm:p-8";
export const card = `${cardShape} border-slate-200`;
/** A card holding irreversible actions (the account page's danger zone). */
export const dangerCard = `${cardShape} border-red-200`;

/** A card standing alone in the page (sign-in, errors): centred both ways between header and footer. */
export const centredCard = `${card} mx-auto my-auto w-full max-w-md space-y-6`;

/** A list of rows inside a card: a line above it and between rows, none under the last. */
export const rowList = "divide-y divide-slate-100 border-t border-slate-100";
