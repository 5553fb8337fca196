/**
 * The SVG renderer as a pure function: what the markup promises to scripts (data attributes),
 * and that no user text can become markup, whatever the row holds.
 */
import { describe, expect, it } from 'vitest';
import { layoutGantt } from '../../../src/core/gantt/layout';
import { PX_PER_DAY, ganttParts, ganttSvg } from '../../../src/core/gantt/svg';
import { schedule } from '../schedule/schedule.fixture';
import { TODAY, XSS, d, smallLayout } from './gantt.fixture';

function attrs(svg: string, cls: string): Array<Record<string, string>> {
  const out: Array<Record<string, string>> = [];
  for (const m of svg.matchAll(new RegExp(`<g class="${cls}(?: [^"]*)?"([^>]*)>`, 'g'))) {
    out.push(Object.fromEntries([...m[1].matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])));
  }
  return out;
}

describe('SVG chart', () => {
  it('gives every bar data-task-id, data-start and data-end from the layout', () => {
    const layout = smallLayout();
    const bars = attrs(ganttParts(layout).body, 'bar');
    expect(bars.map((b) => [b['data-task-id'], b['data-start'], b['data-end'], b['data-row']])).toEqual([
      ['T1', '2019-11-04', '2019-11-08', '2'], ['T2', '2019-11-11', '2019-11-22', '3'], ['T4', '2019-11-05', '2019-11-11', '4'],
      ['M1', '2019-11-29', '2019-11-29', '5'], ['T3', '2019-11-25', '2019-12-06', '6'], ['T5', '2019-11-01', '2019-11-20', '7'],
    ]);
    expect(attrs(ganttParts(layout).body, 'link')).toHaveLength(3);
    expect(attrs(ganttParts(layout).body, 'group-bar').map((g) => g['data-group'])).toEqual(['Chuẩn bị', 'Hội nghị']);
  });

  it('writes well-formed tags at every zoom: each attribute quoted, nothing stray', () => {
    for (const scale of ['day', 'week', 'month'] as const) {
      const svg = ganttSvg(smallLayout(), { scale });
      const bad = (svg.match(/<[a-zA-Z][^>]*>/g) ?? []).filter((tag) => !/^<[a-zA-Z]+(?:\s+[\w:-]+="[^"<>]*")*\s*\/?>$/.test(tag));
      expect(bad).toEqual([]);
      expect((svg.match(/<svg\b/g) ?? []).length).toBe((svg.match(/<\/svg>/g) ?? []).length);
    }
  });

  it('scales with the zoom: a day, a week or a month wide', () => {
    const layout = smallLayout();
    for (const scale of ['day', 'week', 'month'] as const) {
      const svg = ganttParts(layout, { scale }).body;
      const m = /<g class="bar s-inProgress[^>]*data-task-id="T2"[^>]*><rect class="bar-bg" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/.exec(svg);
      expect(Number(m?.[2])).toBeCloseTo(12 * PX_PER_DAY[scale], 0);
    }
  });

  it('escapes every user string: titles, IDs, sections', () => {
    const l = layoutGantt(schedule([
      { id: 'A"1', section: '</svg><script>alert(1)</script>', title: XSS, lead: 'Văn phòng & Ban "X"', start: d('2019-11-04'), due: d('2019-11-08') },
      { id: "B'2", title: 'Tab\u0001 lạ', due: d('2019-11-08') },
    ], TODAY), { today: TODAY, planName: '<b>plan</b>' });
    const svg = ganttSvg(l);
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).toContain('data-task-id="A&quot;1"');
    expect(svg).toContain('data-task-id="B&#39;2"');
    expect(svg).toContain('data-group="&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(svg).not.toContain('\u0001');
    // Only our own elements: every tag name is one the renderer writes.
    const tags = new Set([...svg.matchAll(/<([a-zA-Z]+)/g)].map((m) => m[1]));
    expect([...tags].filter((t) => !['defs', 'g', 'line', 'path', 'pattern', 'rect', 'style', 'svg', 'text', 'title', 'tspan'].includes(t))).toEqual([]);
  });

  it('draws the critical chain and its arrows in the critical style, and today’s line', () => {
    const svg = ganttParts(smallLayout()).body;
    expect([...svg.matchAll(/<g class="bar [^"]*critical"[^>]*data-task-id="([^"]+)"/g)].map((m) => m[1])).toEqual(['T2', 'T3']); // T1 is done
    expect([...svg.matchAll(/<g class="link critical"/g)]).toHaveLength(1);
    expect(svg).toMatch(/<line class="today-line" x1="([\d.]+)"/);
  });
});
