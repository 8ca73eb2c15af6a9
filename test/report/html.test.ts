import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Content,
  Html,
  html,
  joinHtml,
  numCol,
  pageText,
  section,
  table,
  td,
  textCol,
} from '../../src/report/html.js';
import { dotBarChart } from '../../src/report/svg/dotBarChart.js';
import { loadChart } from '../../src/report/svg/loadChart.js';
import { svgChart } from '../../src/report/svg/svgChart.js';
import { hostileString } from './hostile.js';

const anyText = fc.oneof(hostileString, fc.string({ unit: 'binary', maxLength: 40 }), fc.string());

/** How many of each markup character `text` holds. */
const markup = (text: string) => ['<', '>', '"', "'"].map((c) => text.split(c).length - 1);

/** A table and a section with `s` in every place a string can go. */
function pieces(s: string): Html {
  const t = table(
    'table-x',
    s,
    [textCol(s), numCol(s), textCol(html`<em>${s}</em>`)],
    [
      [s, 12.5, td(s, 'bad')],
      [html`${s}<br>${s}`, td(joinHtml([s, s], s), 'num bad'), [s, 3, html`${s}`]],
    ],
  );
  return section({ id: 'x', title: s, className: 'promise' }, html`<p class="lead">${s}</p>`, s, t, '');
}

describe('the html building blocks escape every string', () => {
  it('write a string put in any table cell, heading, caption or section title only escaped', () => {
    const placeholder = 'PLACEHOLDER';
    const reference = pieces(placeholder).html;
    fc.assert(
      fc.property(anyText, (s) => {
        const out = pieces(s).html;
        expect(out).toBe(reference.split(placeholder).join(pageText(s)));
        expect(markup(out)).toEqual(markup(reference));
      }),
      { seed: 11, numRuns: 1000 },
    );
  });

  it('add no markup character from any chart label, tooltip, title or inspector id', () => {
    const chart = (s: string) => [
      dotBarChart({
        id: 'chart-x',
        title: s,
        description: s,
        rowTestId: 'row',
        band: true,
        rows: [
          { label: s, colour: '#000', expected: 2.5, realised: 3, other: 1, tooltip: s },
          { label: `${s}${s}`, colour: s, expected: 0, realised: 0, other: 0, tooltip: s },
        ],
      }).html,
      loadChart([{ id: s, visits: 3, routine: 2, other: 1, byType: { [s]: 2, t: 1 } }], [s, 't'], [s, '#000'])
        .html,
      svgChart({ id: 'chart-y', title: s, description: s, width: 10, height: 10, body: s }).html,
    ];
    const reference = chart('x').map(markup);
    fc.assert(
      fc.property(anyText, (s) => {
        const out = chart(s);
        expect(out.map(markup)).toEqual(reference);
        for (const svg of out) expect(svg).toContain(pageText([...s].slice(0, 31).join('')));
      }),
      { seed: 12, numRuns: 300 },
    );
  });

  it('insert Html as it is, numbers as String writes them, and lists one after the other', () => {
    const parts: Content[] = [html`<b>`, 'a<b', [1.5, -0, [html`</b>`]]];
    expect(html`<p>${parts}</p>`.html).toBe('<p><b>a&lt;b1.50</b></p>');
    expect(joinHtml(['<', html`<br>`, 2], ', ').html).toBe('&lt;, <br>, 2');
    expect(joinHtml([], html`<br>`).html).toBe('');
  });

  it('make Html only through the template', () => {
    const forged = Object.freeze(['<script>']);
    expect(() => html(forged as any)).toThrow(/tagged template/);
    expect(() => new Html(Symbol('Html') as any, '<script>')).toThrow(/template only/);
    expect(() => html`${{ html: '<script>' } as any}`).toThrow(/not HTML content/);
  });
});
