// Runs before any route code. Desk pages (/newsroom/*) need a session: a request without a session
// cookie is sent to sign-in before a page, layout or metadata function runs, so nothing of the desk
// is rendered for it. A cookie that is present but not valid (expired, forged, a banned user's) is
// refused by the page itself, which checks the session, and by every read the page makes.
// Only page loads are redirected: a desk form submitted after the session ended reaches its server
// action, whose command answers "sign in" beside the form, which keeps what was typed.
import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";

export function proxy(request: NextRequest) {
  if (getSessionCookie(request) || (request.method !== "GET" && request.method !== "HEAD")) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("next", request.nextUrl.pathname);
  return NextResponse.redirect(signIn);
}

export const config = { matcher: ["/newsroom", "/newsroom/:path*"] };
