/**
 * One rule for the Drive ids in pasted links (core/text/drive-links.ts). It replaces two parsers:
 * the documents' (merge templates, output folder, the documents the add-on made), which took any
 * Drive path and a bare id of 20 characters, and the importer's, which took only Doc links and a
 * bare id of 25. Each case either accepted is listed here with what the one rule does with it.
 */
import { describe, expect, it } from 'vitest';
import { docIdFromLink, folderIdFromLink } from '../../../src/core/text/drive-links';

const DOC = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
const FOLDER = '1FolderIdFolderIdFolderId01';

describe('docIdFromLink', () => {
  it('reads the links both parsers read', () => {
    expect(docIdFromLink(`https://docs.google.com/document/d/${DOC}/edit#heading=h.1`)).toBe(DOC);
    expect(docIdFromLink(`https://docs.google.com/document/d/${DOC}/edit#heading=h.x`)).toBe(DOC);
    expect(docIdFromLink(`https://docs.google.com/document/u/1/d/${DOC}/view`)).toBe(DOC);
    expect(docIdFromLink(`https://drive.google.com/open?id=${DOC}`)).toBe(DOC);
    expect(docIdFromLink(`https://drive.google.com/open?usp=sharing&id=${DOC}`)).toBe(DOC);
    expect(docIdFromLink(DOC)).toBe(DOC);
  });

  it('ignores the spaces a pasted link carries (the documents\' parser did, the importer\'s only trimmed)', () => {
    expect(docIdFromLink(`  https://docs.google.com/document/d/${DOC}/edit\u00a0`)).toBe(DOC);
    expect(docIdFromLink(`\u200b${DOC}\u00a0`)).toBe(DOC);
  });

  it('refuses what is no Google Doc, which the documents\' parser took', () => {
    expect(docIdFromLink(`https://docs.google.com/spreadsheets/d/${DOC}/edit`)).toBeNull();
    expect(docIdFromLink(`https://drive.google.com/file/d/${DOC}/view`)).toBeNull();
    expect(docIdFromLink(`https://drive.google.com/drive/folders/${FOLDER}`)).toBeNull();
    // A bare id of 20 to 24 characters: a short word with dashes reads the same.
    expect(docIdFromLink('ban-hanh-van-ban-moi')).toBeNull();
    expect(docIdFromLink('A1b2C3d4E5f6G7h8I9j0K1L')).toBeNull();
  });

  it('refuses what neither parser took', () => {
    expect(docIdFromLink('https://docs.google.com/spreadsheets/')).toBeNull();
    expect(docIdFromLink('https://example.org/plan')).toBeNull();
    expect(docIdFromLink(`https://docs.google.com/document/d/short/edit`)).toBeNull();
    expect(docIdFromLink('ghi chú tay')).toBeNull();
    expect(docIdFromLink('')).toBeNull();
  });
});

describe('folderIdFromLink', () => {
  it('reads a folder link, an open link and a bare id', () => {
    expect(folderIdFromLink(`https://drive.google.com/drive/folders/${FOLDER}`)).toBe(FOLDER);
    expect(folderIdFromLink(`https://drive.google.com/drive/u/0/folders/${FOLDER}?usp=sharing`)).toBe(FOLDER);
    expect(folderIdFromLink(`https://drive.google.com/open?id=${FOLDER}`)).toBe(FOLDER);
    expect(folderIdFromLink(` ${FOLDER} `)).toBe(FOLDER);
  });

  it('refuses a document link and text', () => {
    expect(folderIdFromLink(`https://docs.google.com/document/d/${DOC}/edit`)).toBeNull();
    expect(folderIdFromLink('Văn bản Tiến độ')).toBeNull();
  });
});
