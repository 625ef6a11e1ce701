// The native menu, in the parent's language. Items that belong to the app (import, lock,
// settings) are sent to the renderer as commands; editing and zoom use Electron's roles.
import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { Language, MenuCommand } from '../../src/shared/api';
import { MENU_CHANNEL } from '../channels';

const LABELS = {
  nl: {
    file: 'Bestand',
    importFiles: 'Documenten importeren…',
    importFolder: 'Map importeren…',
    search: 'Zoeken',
    lock: 'Kluis vergrendelen',
    settings: 'Instellingen',
    quit: 'Afsluiten',
    edit: 'Bewerken',
    undo: 'Ongedaan maken',
    redo: 'Opnieuw',
    cut: 'Knippen',
    copy: 'Kopiëren',
    paste: 'Plakken',
    selectAll: 'Alles selecteren',
    view: 'Beeld',
    zoomIn: 'Groter',
    zoomOut: 'Kleiner',
    resetZoom: 'Normale grootte',
    fullScreen: 'Volledig scherm',
    devTools: 'Ontwikkelhulpmiddelen',
    window: 'Venster',
    minimize: 'Minimaliseren',
    close: 'Venster sluiten',
    help: 'Help',
    about: 'Over Dossierkluis',
    aboutText:
      'Dossierkluis bewaart uw brieven versleuteld op deze computer. Er gaat niets over internet.',
  },
  en: {
    file: 'File',
    importFiles: 'Import documents…',
    importFolder: 'Import folder…',
    search: 'Search',
    lock: 'Lock vault',
    settings: 'Settings',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullScreen: 'Full screen',
    devTools: 'Developer tools',
    window: 'Window',
    minimize: 'Minimise',
    close: 'Close window',
    help: 'Help',
    about: 'About Dossierkluis',
    aboutText:
      'Dossierkluis keeps your letters encrypted on this computer. Nothing goes over the internet.',
  },
} as const;

export function buildMenu(options: {
  language: Language;
  window: () => BrowserWindow | null;
  developer: boolean;
}): Menu {
  const l = LABELS[options.language];
  const send = (command: MenuCommand) => () => {
    options.window()?.webContents.send(MENU_CHANNEL, command);
  };
  const template: MenuItemConstructorOptions[] = [
    {
      label: l.file,
      submenu: [
        { label: l.importFiles, accelerator: 'CmdOrCtrl+O', click: send('import-files') },
        { label: l.importFolder, accelerator: 'CmdOrCtrl+Shift+O', click: send('import-folder') },
        { label: l.search, accelerator: 'CmdOrCtrl+F', click: send('search') },
        { type: 'separator' },
        { label: l.lock, accelerator: 'CmdOrCtrl+L', click: send('lock') },
        { label: l.settings, accelerator: 'CmdOrCtrl+,', click: send('settings') },
        { type: 'separator' },
        { label: l.quit, role: 'quit' },
      ],
    },
    {
      label: l.edit,
      submenu: [
        { label: l.undo, role: 'undo' },
        { label: l.redo, role: 'redo' },
        { type: 'separator' },
        { label: l.cut, role: 'cut' },
        { label: l.copy, role: 'copy' },
        { label: l.paste, role: 'paste' },
        { label: l.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: l.view,
      submenu: [
        { label: l.zoomIn, role: 'zoomIn' },
        { label: l.zoomOut, role: 'zoomOut' },
        { label: l.resetZoom, role: 'resetZoom' },
        { type: 'separator' },
        { label: l.fullScreen, role: 'togglefullscreen' },
        ...(options.developer
          ? ([{ label: l.devTools, role: 'toggleDevTools' }] as MenuItemConstructorOptions[])
          : []),
      ],
    },
    {
      label: l.window,
      submenu: [
        { label: l.minimize, role: 'minimize' },
        { label: l.close, role: 'close' },
      ],
    },
    {
      label: l.help,
      submenu: [
        {
          label: l.about,
          click: () => {
            void dialog.showMessageBox({
              type: 'info',
              title: l.about,
              message: `Dossierkluis ${app.getVersion()}`,
              detail: l.aboutText,
            });
          },
        },
      ],
    },
  ];
  if (process.platform === 'darwin') {
    template.unshift({
      label: app.name,
      submenu: [
        { label: l.about, role: 'about' },
        { type: 'separator' },
        { label: l.quit, role: 'quit' },
      ],
    });
  }
  return Menu.buildFromTemplate(template);
}
