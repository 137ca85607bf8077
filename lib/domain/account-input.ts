// What a new desk account needs, checked before anything is written.
import { z } from "zod";
import { ROLES } from "./permissions";

export const MIN_PASSWORD_LENGTH = 12;

export const newUserSchema = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email("must be an email address")),
    name: z.string().trim().min(1, "is required").max(120),
    role: z.enum(ROLES, { error: `must be one of ${ROLES.join(", ")}` }),
    password: z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`).max(200).optional(),
  })
  .strict();

export type NewUser = z.infer<typeof newUserSchema>;

export const signInSchema = z.object({
  // Bounded: the sign-in throttle keys its counts by it (a primary key in PostgreSQL's b-tree).
  email: z.string().trim().toLowerCase().min(1, "Enter your email address").max(254, "An email address is at most 254 characters"),
  password: z.string().min(1, "Enter your password").max(200),
});
