/**
 * The one content security policy: sent by the browser host as a header, by the Electron session
 * on every response, and written into every HTML page as a <meta> at build, so a page holds it
 * however it is loaded (Electron applies no response headers to file:// pages). Scripts and
 * styles only from our own files; no eval, no inline script, no plugins; network only back to
 * where the page came from. All 'self'-based, so it holds whichever origin serves a page (the
 * family page has its own, in the browser host and in Electron).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * The part of the policy a <meta> can carry: browsers ignore frame-ancestors (and report-uri,
 * sandbox) in a meta policy and warn about it, so the meta leaves them out; the header keeps them.
 */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !/^(frame-ancestors|report-uri|sandbox)\b/.test(d))
  .join('; ');

/** Headers every response from the host carries. */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=(), bluetooth=()',
};
