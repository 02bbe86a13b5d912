// Class names shared by the pages, so buttons and links look and focus the same everywhere.

export const focusRing = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:focus-visible:outline-indigo-400";

const variants = {
  primary: "bg-indigo-600 text-white hover:bg-indigo-500 dark:bg-indigo-500 dark:hover:bg-indigo-400",
  secondary:
    "border border-slate-300 bg-white text-slate-900 hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800",
  // Irreversible actions: red, so they never look like the buttons next to them.
  danger: "bg-red-600 text-white hover:bg-red-500 focus-visible:outline-red-600 dark:focus-visible:outline-red-500",
  dangerOutline:
    "border border-red-300 bg-white text-red-700 hover:bg-red-50 focus-visible:outline-red-600 dark:border-red-800 dark:bg-slate-900 dark:text-red-300 dark:hover:bg-red-950/40 dark:focus-visible:outline-red-500",
};

const sizes = { md: "px-4 py-2.5", sm: "px-3 py-1.5" };

export const button = (variant: keyof typeof variants, size: keyof typeof sizes = "md") =>
  `inline-flex items-center justify-center gap-2 whitespace-nowrap rounded-lg text-sm font-semibold shadow-xs transition-colors disabled:cursor-not-allowed disabled:opacity-60 ${focusRing} ${variants[variant]} ${sizes[size]}`;

export const textLink = `rounded-sm font-medium text-indigo-700 underline decoration-indigo-300 underline-offset-4 hover:decoration-indigo-700 dark:text-indigo-300 dark:decoration-indigo-500 dark:hover:decoration-indigo-300 ${focusRing}`;

const cardShape = "rounded-2xl border bg-white p-6 shadow-sm sm:p-8 dark:bg-slate-900 dark:shadow-none";
export const card = `${cardShape} border-slate-200 dark:border-slate-800`;
/** A card holding irreversible actions (the account page's danger zone). */
export const dangerCard = `${cardShape} border-red-200 dark:border-red-900`;

/** A card standing alone in the page (sign-in, errors): centred both ways between header and footer. */
export const centredCard = `${card} mx-auto my-auto w-full max-w-md space-y-6`;

/** A list of rows inside a card: a line above it and between rows, none under the last. */
export const rowList = "divide-y divide-slate-100 border-t border-slate-100 dark:divide-slate-800 dark:border-slate-800";

/** A text field: the sign-in address and the account page's fields. */
export const textInput = `block w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base shadow-xs placeholder:text-slate-400 aria-invalid:border-red-600 sm:text-sm dark:border-slate-700 dark:bg-slate-950 dark:placeholder:text-slate-500 dark:aria-invalid:border-red-500 ${focusRing}`;
