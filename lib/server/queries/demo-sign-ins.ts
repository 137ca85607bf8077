import "server-only";
// The sign-in page's list of demo accounts: shown only while demo data is loaded, since a real
// deployment has none of them.
import { DEMO_USERS } from "@/lib/domain/demo-users";
import { hasDemoData } from "@/lib/server/queries/elections";

export async function demoSignIns(): Promise<readonly { email: string; role: string; password: string }[]> {
  return (await hasDemoData()) ? DEMO_USERS : [];
}
