import { Menu, app, type MenuItemConstructorOptions } from 'electron';
import { openExternalIfSafe } from './security';

/**
 * File, Edit, View, Window, Help with the platform's standard roles (copy, paste, zoom, full
 * screen…), and Settings where each platform keeps it: the app menu on macOS, File elsewhere,
 * both on CmdOrCtrl+, (Cmd+, on macOS, Ctrl+, on Windows and Linux).
 */
export function buildMenu(actions: { toggleFamilyFullScreen(): void; openSettings(): void }): Menu {
  const isMac = process.platform === 'darwin';
  const settings: MenuItemConstructorOptions = { id: 'settings', label: isMac ? 'Settings…' : 'Settings', accelerator: 'CmdOrCtrl+,', click: () => actions.openSettings() };
  const template: MenuItemConstructorOptions[] = [
    ...(isMac
      ? [
          {
            label: app.name,
            submenu: [{ role: 'about' }, { type: 'separator' }, settings, { type: 'separator' }, { role: 'services' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    { label: 'File', submenu: isMac ? [{ role: 'close' }] : [settings, { type: 'separator' }, { role: 'quit', label: 'Quit Chairside' }] },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { label: 'Family screen full screen', accelerator: 'F11', click: () => actions.toggleFamilyFullScreen() },
        ...(app.isPackaged ? [] : [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ label: 'Signs of Safety and child protection conferences', click: () => openExternalIfSafe('https://www.gov.uk/government/publications/working-together-to-safeguard-children--2') }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
