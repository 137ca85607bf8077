import "server-only";
// Timestamps written through raw SQL in the exact text form Prisma's SQLite adapter writes, so rows
// from both paths sort together by time.
export function sqlTimestamp(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}
