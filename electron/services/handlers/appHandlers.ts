import type { AppInfo } from '../../../shared/ipc';
import type { HandlerTable } from './types';
import type { ServiceContext } from './serviceContext';

export function appInfoOf(ctx: ServiceContext): AppInfo {
  return {
    version: ctx.appVersion,
    host: ctx.host,
    keyProtection: ctx.keyProvider.protection,
    needsConsent: ctx.needsConsent(),
    ...(ctx.readOnlyReason() ? { readOnly: ctx.readOnlyReason() } : {}),
  };
}

export function createAppHandlers(ctx: ServiceContext): Pick<HandlerTable, 'appInfo' | 'acceptWeakKeyProtection'> {
  return {
    appInfo: async () => appInfoOf(ctx),
    acceptWeakKeyProtection: async () => {
      ctx.settings.update({ weakKeyProtectionAccepted: true });
      return appInfoOf(ctx);
    },
  };
}
