// The app's mark, the same drawing as the favicon (app/icon.svg): a shield with a keyhole.
export function LogoMark({ className = "" }: { className?: string }) {
  return (
    <svg viewBox="0 0 64 64" aria-hidden="true" className={className}>
      <rect width="64" height="64" rx="14" fill="#4f46e5" />
      <path d="M32 11l17 6.5v13c0 10.5-7.2 18.6-17 22.5-9.8-3.9-17-12-17-22.5v-13z" fill="#fff" />
      <circle cx="32" cy="28.5" r="5.5" fill="#4f46e5" />
      <path d="M29.2 31h5.6l1.4 11h-8.4z" fill="#4f46e5" />
    </svg>
  );
}
