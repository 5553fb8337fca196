/** The Drive v3 and Docs v1 advanced-service fakes: as strict as Google about access, shapes and indexes. */
import { describe, expect, it } from 'vitest';
import { createFakes } from './index';

type Api = {
  Drive: { Files: { create(r: object, m?: unknown, o?: object): { id: string; name: string; parents?: string[] }; get(id: string, o?: object): { id: string; name: string; parents?: string[]; trashed?: boolean }; update(r: object, id: string, m?: null, o?: object): { name: string } } };
  Docs: { Documents: { batchUpdate(r: { requests: object[] }, id: string): { replies: Array<Record<string, Record<string, string>>> }; get(id: string): { body: { content: Array<{ startIndex: number; endIndex: number }> } } } };
};

function env() {
  const e = createFakes();
  return { e, api: e.globals as unknown as Api };
}

describe('Drive v3 (drive.file)', () => {
  it('creates folders and Docs the add-on may then see; others are "File not found"', () => {
    const { e, api } = env();
    const folder = api.Drive.Files.create({ name: 'Văn bản', mimeType: 'application/vnd.google-apps.folder' });
    const doc = api.Drive.Files.create({ name: 'KH', mimeType: 'application/vnd.google-apps.document', parents: [folder.id] });
    expect(api.Drive.Files.get(doc.id, { fields: 'id,name,parents' })).toMatchObject({ name: 'KH', parents: [folder.id] });
    expect(api.Drive.Files.update({ name: 'Kế hoạch' }, doc.id).name).toBe('Kế hoạch');
    expect(e.docs.byId(doc.id)!.name).toBe('Kế hoạch');
    const theirs = e.docs.seedDocument('Của người khác', ['x'], { accessible: false });
    expect(() => api.Drive.Files.get(theirs)).toThrow(`API call to drive.files.get failed with error: File not found: ${theirs}.`);
    const hidden = e.docs.seedFolder('Thư mục riêng', { accessible: false });
    expect(() => api.Drive.Files.create({ name: 'x', parents: [hidden] })).toThrow(`File not found: ${hidden}.`);
  });

  it('needs a Drive scope: without drive.file Google refuses the call', () => {
    const { e, api } = env();
    e.auth.revoke('https://www.googleapis.com/auth/drive.file');
    expect(() => api.Drive.Files.create({ name: 'x' })).toThrow('Specified permissions are not sufficient to call Drive.Files.create.');
  });
});

describe('Docs v1 batchUpdate', () => {
  const newDoc = (api: Api) => api.Drive.Files.create({ name: 'D', mimeType: 'application/vnd.google-apps.document' }).id;

  it('inserts text and tables at Docs API indexes: the body from 1, a table after a newline, cells at T+3+r(2C+1)+2c', () => {
    const { e, api } = env();
    const id = newDoc(api);
    api.Docs.Documents.batchUpdate({ requests: [
      { insertText: { text: 'Sau bảng', location: { index: 1 } } },
      { insertTable: { rows: 2, columns: 2, location: { index: 1 } } },
      { insertText: { text: 'd', location: { index: 2 + 3 + 1 * 5 + 2 } } },
      { insertText: { text: 'c', location: { index: 2 + 3 + 1 * 5 } } },
      { insertText: { text: 'b', location: { index: 2 + 3 + 2 } } },
      { insertText: { text: 'a', location: { index: 2 + 3 } } },
      { insertText: { text: 'Trước bảng', location: { index: 1 } } },
    ] }, id);
    const body = e.docs.byId(id)!.body.children;
    expect(body.map((x) => (x.kind === 'paragraph' ? x.text : x.kind))).toEqual(['Trước bảng', 'table', 'Sau bảng']);
    expect(e.docs.tables(id)[0].rows.map((r) => r.cells.map((c) => (c.children[0] as { text: string }).text))).toEqual([['a', 'b'], ['c', 'd']]);
    const content = api.Docs.Documents.get(id).body.content;
    // The table: its start, then per row one index and per cell one index and its "x\n", then its end.
    expect(content.map((c) => [c.startIndex, c.endIndex])).toEqual([[0, 1], [1, 12], [12, 12 + 1 + 2 * (1 + 2 * 3) + 1], [28, 37]]);
  });

  it('refuses an index outside a paragraph (a table\'s start) and applies nothing of that batch', () => {
    const { e, api } = env();
    const id = newDoc(api);
    api.Docs.Documents.batchUpdate({ requests: [{ insertTable: { rows: 1, columns: 1, location: { index: 1 } } }] }, id);
    const before = JSON.stringify(e.docs.byId(id)!.body);
    expect(() => api.Docs.Documents.batchUpdate({ requests: [
      { insertText: { text: 'ok', location: { index: 1 } } },
      { insertText: { text: 'x', location: { index: 4 } } },
    ] }, id)).toThrow('Invalid requests[1].insertText: The insertion index must be inside the bounds of an existing paragraph.');
    expect(JSON.stringify(e.docs.byId(id)!.body)).toBe(before);
    expect(() => api.Docs.Documents.batchUpdate({ requests: [{ updateTextStyle: { range: { startIndex: 1, endIndex: 999 }, textStyle: { bold: true }, fields: 'bold' } }] }, id))
      .toThrow(/Invalid requests\[0\]\.updateTextStyle: Index 998 must be less than the end index of the referenced segment/);
    expect(() => api.Docs.Documents.batchUpdate({ requests: [{ updateParagraphStyle: { range: { startIndex: 1, endIndex: 2 }, paragraphStyle: {}, fields: '' } }] }, id)).toThrow('fields is required');
  });

  it('creates a header once and answers its id', () => {
    const { api } = env();
    const id = newDoc(api);
    const r = api.Docs.Documents.batchUpdate({ requests: [{ createHeader: { type: 'DEFAULT' } }] }, id);
    expect(r.replies[0].createHeader.headerId).toBeTruthy();
    expect(() => api.Docs.Documents.batchUpdate({ requests: [{ createHeader: { type: 'DEFAULT' } }] }, id)).toThrow('A default header already exists.');
  });
});
