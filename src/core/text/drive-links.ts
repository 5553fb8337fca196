/**
 * The Drive id in a link a user pastes: a Google Doc (the import's source, a merge template, a
 * document the add-on made) or a folder (where documents are saved). One rule for every caller:
 *  - spaces, no-break spaces and zero-width characters around the link are ignored;
 *  - in a link, the id follows the path of its kind (`/document/d/<id>`, `/document/u/1/d/<id>`,
 *    `/drive/folders/<id>`) or `open?id=<id>`, and has at least 20 of Drive's id characters;
 *  - a bare id needs at least 25, so a short word with dashes (`ban-hanh-van-ban-moi`) is not
 *    taken for one;
 *  - a link of another kind is no link to a Doc (a spreadsheet, a `/file/d/` Word or PDF file,
 *    a folder): the caller says so, rather than failing to open it.
 */
import { cleanText } from './normalize';

const ID = '[A-Za-z0-9_-]{20,}';
const BARE_ID = /^[A-Za-z0-9_-]{25,}$/;
const OPEN_ID = new RegExp(`[?&]id=(${ID})`);

const PATHS = {
  document: new RegExp(`/document/(?:u/\\d+/)?d/(${ID})`),
  folder: new RegExp(`/folders/(${ID})`),
};

function driveId(link: string, kind: keyof typeof PATHS): string | null {
  const s = cleanText(link);
  const m = PATHS[kind].exec(s) ?? OPEN_ID.exec(s);
  if (m) return m[1];
  return BARE_ID.test(s) ? s : null;
}

/** The id of a Google Doc in its link (`…/document/d/<id>/edit`, `…/open?id=<id>`) or a bare id; null otherwise. */
export function docIdFromLink(link: string): string | null {
  return driveId(link, 'document');
}

/** The id of a Drive folder in its link (`…/drive/folders/<id>`, `…/open?id=<id>`) or a bare id; null otherwise. */
export function folderIdFromLink(link: string): string | null {
  return driveId(link, 'folder');
}
