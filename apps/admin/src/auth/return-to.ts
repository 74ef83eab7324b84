// Where to go after signing in. Only a path on this origin is accepted: a returnTo taken from
// a URL (the SSO callback, a shared link) must not send a freshly signed-in person elsewhere.

const fallback = '/';

export function safeReturnTo(value: string | null | undefined): string {
  if (!value) return fallback;
  // "//evil.example" and "/\evil.example" are protocol-relative to a browser.
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  // Control characters (a tab or newline inside the scheme) are stripped by URL parsers.
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  try {
    const url = new URL(value, 'https://regie.invalid');
    if (url.origin !== 'https://regie.invalid') return fallback;
    // Going back to a sign-in page after signing in would be a loop.
    if (url.pathname === '/sign-in' || url.pathname.startsWith('/sign-in/')) return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}

/** The sign-in page's address that brings the person back to `path` afterwards. */
export function signInPath(path: string, reason?: string): string {
  const params = new URLSearchParams();
  const target = safeReturnTo(path);
  if (target !== fallback) params.set('returnTo', target);
  if (reason) params.set('reason', reason);
  const query = params.toString();
  return query ? `/sign-in?${query}` : '/sign-in';
}
