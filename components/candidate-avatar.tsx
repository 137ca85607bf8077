// A candidate's photo, or their initials when there is none, so every row has the same shape.
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/);
  const first = words[0]?.[0] ?? "";
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? "") : "";
  return (first + last).toUpperCase();
}

export function CandidateAvatar({ name, photoUrl, size = "small" }: { name: string; photoUrl: string | null; size?: "small" | "large" }) {
  return (
    <span className={`avatar${size === "large" ? " large" : ""}`} aria-hidden="true">
      {photoUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- photos are arbitrary URLs entered by the desk
        <img src={photoUrl} alt="" width={size === "large" ? 96 : 40} height={size === "large" ? 96 : 40} />
      ) : (
        initialsOf(name)
      )}
    </span>
  );
}
