export default function Loading() {
  return (
    <div className="skeleton" aria-busy="true" aria-live="polite">
      <p className="visually-hidden">Loading results…</p>
      <div className="skeleton-line wide" />
      <div className="skeleton-line" />
      <div className="skeleton-block" />
    </div>
  );
}
