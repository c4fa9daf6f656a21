import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { AppInfo } from '../../../../shared/ipc';
import { StorageBanners } from '../../../../renderer/components/StorageBanners';

const info = (extra: Partial<AppInfo>): AppInfo => ({ version: '1', host: 'browser', keyProtection: 'os', needsConsent: false, ...extra });
const text = (i: AppInfo) => renderToStaticMarkup(<StorageBanners info={i} />).replace(/<[^>]+>/g, '');

describe('the lasting storage banners', () => {
  it('say a plain key is not protected by the keychain, for made-up data only', () => {
    expect(text(info({ keyProtection: 'none' }))).toMatch(/^Not protected by the keychain: use only for trying the app with made-up data\./);
  });

  it('say why the data folder is read-only, in the services’ words', () => {
    expect(text(info({ readOnly: 'Another Chairside on this computer is using this data folder.' }))).toBe('Read only. Another Chairside on this computer is using this data folder.');
  });

  it('show nothing when the key is in the keychain and the folder can be written', () => {
    expect(renderToStaticMarkup(<StorageBanners info={info({})} />)).toBe('');
  });
});
