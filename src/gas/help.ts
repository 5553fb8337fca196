/**
 * "Hướng dẫn": the help page, its content computed from the sheets' definitions (core/help/content.ts).
 * Loaded only when used (./lazy.ts).
 */
import { t } from '../core/i18n';
import { helpData } from '../core/help/content';
import { runForUser } from './errors';
import { userLang } from './menu';
import { showDialog } from './page';

/** Menu: Hướng dẫn. A modeless dialog, so the user can read it next to the sheet. */
export function menuHelp(): void {
  const lang = userLang();
  runForUser(() => {
    showDialog('help', { lang, data: helpData(lang), title: t(lang, 'ui.help.title'), width: 760, height: 600, modeless: true });
  }, lang);
}
