import type { Metadata } from "next";
import { NewElectionForm } from "./new-election-form";
import { withDeskAccess } from "@/app/(newsroom)/newsroom/desk-access";

export const metadata: Metadata = { title: "New election" };

export default async function NewElectionPage() {
  return withDeskAccess("election:setup", async () => {
    return (
      <div className="setup-narrow">
        <h1>New election</h1>
        <p className="muted small">An election is a date and a jurisdiction; you add its races next.</p>
        <NewElectionForm />
      </div>
    );
  });
}
