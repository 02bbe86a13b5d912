// After a refused submit, focus goes back to the field, so the person (and their screen reader)
// lands on the message instead of on the button they pressed.
import { useEffect, useRef } from "react";

export function useFocusOnError(state: { error?: string }) {
  const field = useRef<HTMLInputElement>(null);
  // On the state object, not its message: the same message twice in a row still moves focus.
  useEffect(() => {
    if (state.error) field.current?.focus();
  }, [state]);
  return field;
}
