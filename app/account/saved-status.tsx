// A live region that exists before anything is saved: screen readers announce changes to a
// region already on the page, not one that appears with its text.
export function SavedStatus({ saved }: { saved: boolean }) {
  return (
    <p role="status" className="text-sm font-medium text-emerald-700 dark:text-emerald-300">
      {saved ? "Saved" : ""}
    </p>
  );
}
