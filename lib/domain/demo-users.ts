// Demo sign-ins, one per role. They exist only in demo data: a real deployment creates its accounts
// with `npm run newsroom -- user:create`. The seed creates them, the sign-in page shows them while demo
// data is loaded, and the end-to-end specs sign in as them: kept here, below all three. A second
// editor confirms the first one's close calls (lib/domain/second-editor.ts); `key` names each
// account where the role alone would not.
export const DEMO_USERS = [
  { key: "staff", email: "staff@demo.example", name: "Sam Staff (demo)", role: "staff", password: "staff-demo-2017" },
  { key: "editor", email: "editor@demo.example", name: "Erin Editor (demo)", role: "editor", password: "editor-demo-2017" },
  { key: "second-editor", email: "second-editor@demo.example", name: "Jane Editor (demo)", role: "editor", password: "second-editor-demo-2017" },
  { key: "admin", email: "admin@demo.example", name: "Alex Admin (demo)", role: "admin", password: "admin-demo-2017" },
] as const;

export type DemoUserKey = (typeof DEMO_USERS)[number]["key"];
