// A labelled one-line input with its hint and message. The message is tied to the input
// (aria-describedby, aria-invalid), so screen readers read it with the field.
import { useId, type ComponentProps } from "react";
import { textInput } from "@/app/_components/ui";

type Props = Omit<ComponentProps<"input">, "id" | "aria-describedby" | "aria-invalid" | "className"> & {
  label: string;
  hint?: string;
  error?: string;
};

export function TextField({ label, hint, error, type = "text", ...input }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(" ");
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type={type}
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={textInput}
      />
      {hint && (
        <p id={hintId} className="text-sm text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
