import { app, session, shell } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/security/contentSecurityPolicy';
import { externalLink, guardContents, guardSession } from './guardDecisions';

/** Opens a link in the system browser only when it is an https link that parses. */
export function openExternalIfSafe(url: string): void {
  const link = externalLink(url);
  if (link) void shell.openExternal(link);
}

/**
 * All of the app's guards, in one place (their decisions are in ./guardDecisions.ts, tested
 * without Electron): no navigation away from our files, no new windows, no webviews, every
 * permission refused, and the content security policy on every response.
 */
export function installSecurityGuards(): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents, openExternalIfSafe));
  guardSession(session.defaultSession, CONTENT_SECURITY_POLICY);
  session.defaultSession.setSpellCheckerLanguages(['en-GB']);
}
