// A feed's request URL as it may be stored, shown or logged: without credentials. The desk sends the
// AP key only in a header, but a URL pasted from elex's habits (`?apiKey=…`) or a user:password@
// host would carry one; a snapshot keeps the URL it was fetched from, so it must not. The query is
// cut by hand rather than through URLSearchParams, which would re-encode it: AP's `nextrequest`
// (`minDateTime=2015-11-04T19%3a14%3a28.000Z`) must stay exactly as AP gave it.

/** Query parameters that carry credentials, by name in any case. */
const KEY_PARAMETER = /^(api[-_]?key|apikey|key|access[-_]?token|token|auth|password|secret|signature|sig)$/i;

function parameterName(pair: string): string {
  const name = pair.split("=", 1)[0]!.replaceAll("+", " ");
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** Whether the URL names a key or a password (in its query or before its host). */
export function carriesKey(url: string): boolean {
  return withoutKey(url) !== url;
}

/** The URL without key parameters and without user:password@; everything else byte for byte. */
export function withoutKey(url: string): string {
  const hashAt = url.indexOf("#");
  const [beforeHash, hash] = hashAt < 0 ? [url, ""] : [url.slice(0, hashAt), url.slice(hashAt)];
  const queryAt = beforeHash.indexOf("?");
  const query = queryAt < 0 ? null : beforeHash.slice(queryAt + 1);
  const base = (queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt)).replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i, "$1");
  if (query === null) return base + hash;
  const pairs = query.split("&");
  const kept = pairs.filter((pair) => !KEY_PARAMETER.test(parameterName(pair)));
  if (kept.length === pairs.length) return `${base}?${query}${hash}`;
  return (kept.length > 0 ? `${base}?${kept.join("&")}` : base) + hash;
}
