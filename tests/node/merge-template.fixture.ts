/**
 * A .docx merge template as Word leaves them: placeholders in the body, a table, the header and
 * the footer, one of them split over two runs with different formatting (`{{Hạn` + ` hoàn thành}}`).
 */
import { writeFileSync } from 'node:fs';
import { Document, Footer, Header, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

export async function writeMergeTemplate(file: string): Promise<void> {
  const doc = new Document({
    sections: [{
      headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun('Phiếu giao việc số {{Mã}}')] })] }) },
      footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun('Người chủ trì: {{chu tri}}')] })] }) },
      children: [
        new Paragraph({ children: [new TextRun({ text: 'PHIẾU GIAO VIỆC', bold: true })] }),
        new Paragraph({ children: [new TextRun('Nội dung: {{Nội dung công việc}}')] }),
        new Paragraph({ children: [new TextRun('Hạn: {{Hạn'), new TextRun({ text: ' hoàn thành}}', bold: true }), new TextRun('.')] }),
        new Paragraph({ children: [new TextRun('Ghi chú riêng: {{Cột không có}}')] }),
        new Table({
          rows: [
            new TableRow({ children: [new TableCell({ children: [new Paragraph('Phối hợp')] }), new TableCell({ children: [new Paragraph('{{Support}}')] })] }),
            new TableRow({ children: [new TableCell({ children: [new Paragraph('Tiến độ')] }), new TableCell({ children: [new Paragraph('{{% hoàn thành}}')] })] }),
          ],
        }),
      ],
    }],
  });
  writeFileSync(file, await Packer.toBuffer(doc));
}
