// A polite live region for call changes. It is in the page from the first render, empty, so screen
// readers are already listening when a call arrives; the visible badge carries the same words.
export function CallAnnouncer({ message }: { message: string }) {
  return (
    <p role="status" className="visually-hidden">
      {message}
    </p>
  );
}
