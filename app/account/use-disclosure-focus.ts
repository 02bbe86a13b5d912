// For a control that opens a form in place (Rename, Delete account…): opening puts the focus in the
// form's field, closing gives it back to the button that opened it, so keyboard and screen-reader
// users stay where they were.
import { useEffect, useRef, type RefObject } from "react";

export function useDisclosureFocus(open: boolean, field: RefObject<HTMLInputElement | null>) {
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) field.current?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open, field]);
  return opener;
}
