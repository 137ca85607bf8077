"use client";

import { useActionState, type ReactNode } from "react";
import { ROLES } from "@/lib/domain/permissions";
import { createApiKeyAction, createUserAction, revokeApiKeyAction, setUserRoleAction, type AdminActionState } from "./actions";

const IDLE: AdminActionState = { message: null, error: null, secret: null };

function Outcome({ state }: { state: AdminActionState }) {
  return (
    <div aria-live="polite">
      {state.error && <p className="field-error">{state.error}</p>}
      {state.message && <p className="saved">{state.message}</p>}
      {state.secret && (
        <p>
          <code className="secret">{state.secret}</code>
        </p>
      )}
    </div>
  );
}

function ActionForm({ action, children, label }: { action: typeof createUserAction; children?: ReactNode; label: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="inline-form">
      {children}
      <button type="submit" disabled={pending}>
        {label}
      </button>
      <Outcome state={state} />
    </form>
  );
}

export function CreateUserForm() {
  return (
    <ActionForm action={createUserAction} label="Create account">
      <label>
        Name <input type="text" name="name" required />
      </label>
      <label>
        Email <input type="email" name="email" required />
      </label>
      <label>
        Role
        <select name="role" defaultValue="staff">
          {ROLES.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
      </label>
    </ActionForm>
  );
}

export function RoleForm({ userId, role, name }: { userId: string; role: string; name: string }) {
  return (
    <ActionForm action={setUserRoleAction} label="Set role">
      <input type="hidden" name="userId" value={userId} />
      <label>
        <span className="visually-hidden">Role of {name}</span>
        <select name="role" defaultValue={role}>
          {ROLES.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
      </label>
    </ActionForm>
  );
}

export function CreateKeyForm({ email }: { email: string }) {
  return (
    <ActionForm action={createApiKeyAction} label={`New API key for ${email}`}>
      <input type="hidden" name="email" value={email} />
    </ActionForm>
  );
}

export function RevokeKeyForm({ keyId, label }: { keyId: string; label: string }) {
  return (
    <ActionForm action={revokeApiKeyAction} label={`Revoke ${label}`}>
      <input type="hidden" name="keyId" value={keyId} />
    </ActionForm>
  );
}
