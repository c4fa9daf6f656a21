import { Menu, app, shell, type MenuItemConstructorOptions } from 'electron';

/** File, Edit, View, Window, Help with the platform's standard roles (copy, paste, zoom, full screen…). */
export function buildMenu(actions: { toggleFamilyFullScreen(): void }): Menu {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit', label: 'Quit Chairside' }] },
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
      submenu: [{ label: 'Signs of Safety and child protection conferences', click: () => void shell.openExternal('https://www.gov.uk/government/publications/working-together-to-safeguard-children--2') }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
