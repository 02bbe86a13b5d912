"use client";
// A status line ("Saved", "Passkey added.") is true when it appears; these hooks take it down once it
// no longer is, so it never sits beside the thing it contradicts.
import { useState } from "react";

/**
 * Whether `result` (an action's answer) still describes `list` (what the section shows, as a key):
 * the list it first appeared beside. Removing the passkey just added changes the list, and
 * "Passkey added." goes; a new result shows again.
 */
export function useStillDescribes(result: unknown, list: string): boolean {
  const [seen, setSeen] = useState({ result, list });
  if (seen.result !== result) {
    // Adjusting state while rendering (react.dev "storing information from previous renders").
    setSeen({ result, list });
    return true;
  }
  return seen.list === list;
}

/**
 * For a form's "Saved": whether the field was edited since `state` (the form's last answer) arrived,
 * and the handler that says it was (the form's onChange).
 */
export function useEditedSince(state: unknown): [edited: boolean, onEdit: () => void] {
  const [editedAt, setEditedAt] = useState<unknown>();
  return [editedAt === state, () => setEditedAt(state)];
}
