import { describe, expect, it } from 'vitest';
import { appFileFor, pageUrl } from '../../../electron/appScheme';

// What chairside:// serves from the built renderer: each window its own page and the assets,
// and nothing a crafted URL could reach beyond them.

describe('the app scheme', () => {
  it('puts the chair and the family on different origins', () => {
    expect(pageUrl('index.html')).toBe('chairside://chair/index.html');
    expect(pageUrl('family.html')).toBe('chairside://family/family.html');
    // Chromium gives a standard scheme the origin scheme://host (Node's URL calls it opaque).
    expect(new URL(pageUrl('index.html')).host).not.toBe(new URL(pageUrl('family.html')).host);
  });

  it.each([
    ['chairside://chair/index.html', 'index.html', 'text/html; charset=utf-8'],
    ['chairside://chair/index.html?x=1#/conference', 'index.html', 'text/html; charset=utf-8'],
    ['chairside://family/family.html', 'family.html', 'text/html; charset=utf-8'],
    ['chairside://chair/assets/index-DRwvocWa.js', 'assets/index-DRwvocWa.js', 'text/javascript; charset=utf-8'],
    ['chairside://family/assets/family-BQm7xbWn.css', 'assets/family-BQm7xbWn.css', 'text/css; charset=utf-8'],
    ['CHAIRSIDE://Chair/assets/plainWords-9uqE5a-L.js', 'assets/plainWords-9uqE5a-L.js', 'text/javascript; charset=utf-8'],
  ])('serves %s as %s', (url, path, contentType) => expect(appFileFor(url)).toEqual({ path, contentType }));

  it.each([
    'chairside://chair/family.html', // each host its own page only
    'chairside://family/index.html',
    'chairside://evil/index.html',
    'chairside://chair/',
    'chairside://chair/../../../etc/passwd',
    'chairside://chair/assets/..%2f..%2f..%2fetc%2fpasswd',
    'chairside://chair/assets/..',
    'chairside://chair/assets/.hidden.js',
    'chairside://chair/assets\\..\\..\\main.cjs',
    'chairside://chair/assets/sub/dir.js',
    'chairside://chair/assets/x.js%00.png',
    'chairside://chair/assets/index-DRwvocWa.js.map',
    'chairside://chair/assets/%E0%A4%A.js',
    'chairside://chair/electron/main.cjs',
    'chairside://user:pw@chair/index.html',
    'chairside://chair:8080/index.html',
    'file:///opt/Chairside/resources/app.asar/dist/renderer/index.html',
    'https://chair/index.html',
    'not a url',
  ])('refuses %s', (url) => expect(appFileFor(url)).toBeNull());

  it('resolves encoded dot segments inside the folder, never out of it', () => {
    expect(appFileFor('chairside://chair/assets/%2e%2e/index.html')).toEqual({ path: 'index.html', contentType: 'text/html; charset=utf-8' });
    expect(appFileFor('chairside://chair/assets/%2e%2e/%2e%2e/%2e%2e/electron/main.cjs')).toBeNull();
  });

  it('gives the family window only the assets its page names, never the chair’s bundle', () => {
    const allowed = new Set(['/family.html', '/assets/family-BQm7xbWn.css', '/assets/family-CN7zKltG.js', '/assets/plainWords-9uqE5a-L.js']);
    expect(appFileFor('chairside://family/assets/family-CN7zKltG.js', allowed)).toEqual({ path: 'assets/family-CN7zKltG.js', contentType: 'text/javascript; charset=utf-8' });
    expect(appFileFor('chairside://family/family.html', allowed)).not.toBeNull();
    expect(appFileFor('chairside://family/assets/index-DRwvocWa.js', allowed)).toBeNull();
    // The chair's window is not limited by the family's list.
    expect(appFileFor('chairside://chair/assets/index-DRwvocWa.js', allowed)).not.toBeNull();
  });
});
