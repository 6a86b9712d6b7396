/**
 * HTML pages as crawlers really get them (unclosed and unquoted markup, scripts that mention tags,
 * entities, Word markup, absurd nesting) read into article text by shared/domain/html.ts.
 */
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../shared/domain/html.js';

const MESSY_PAGE = `<!DOCTYPE html>
<HTML lang=en><HEAD><meta charset=utf-8>
<meta property=article:published_time content="2025-03-02T08:00:00Z">
<TITLE>Leaders to meet in Vienna &amp; sign accord</TITLE>
<script>if (a < b) { document.write("</div><p>SCRIPT TEXT</p>"); }</script>
<style>p::after { content: "STYLE TEXT" }</style>
<BODY class=story>
<div id=nav><a href=/>Home</a> | <a href=/world>World</a> | <a href=/login>Log in</a></div>
<div class="article-body">
<h1 class=headline>Leaders to meet in Vienna &amp; sign accord</h1>
<p>VIENNA &#8212; The two presidents will meet in Vienna on March&nbsp;20 to sign the accord, the
foreign ministry&#8217;s spokesman said on Sunday.<br>It is their first meeting since the war.
<p>The accord follows three rounds of talks held since January in Geneva and Doha, officials said,
and sets up a joint commission on the border.<img src=map.jpg alt="Map of the border">
<p>Both delegations&rsquo; advisers will meet in Gen&egrave;ve beforehand, a diplomat said.<o:p></o:p>
<iframe src=https://video.example/1>IFRAME TEXT</iframe>
<!-- <p>COMMENTED OUT</p> -->
<p>The commission will meet twice a year &amp; report to both parliaments.
</div>
<div class=sidebar><ul><li>Most read<li>Markets rally</ul></div>
<p>Copyright 2025 &copy The Courier`;

describe('readHtml on real-world markup', () => {
  it('reads an unclosed, unquoted page into its paragraphs with entities decoded', () => {
    const page = readHtml(MESSY_PAGE);
    expect(page.title).toBe('Leaders to meet in Vienna & sign accord');
    expect(page.publishedTime).toBe('2025-03-02T08:00:00Z');
    expect(page.text.split('\n')).toEqual(
      expect.arrayContaining([
        'VIENNA — The two presidents will meet in Vienna on March 20 to sign the accord, the foreign ministry’s spokesman said on Sunday.',
        'It is their first meeting since the war.',
        'Both delegations’ advisers will meet in Genève beforehand, a diplomat said.',
        'The commission will meet twice a year & report to both parliaments.',
      ]),
    );
    expect(page.text).not.toMatch(/SCRIPT TEXT|STYLE TEXT|IFRAME TEXT|COMMENTED OUT|Log in|Markets rally/);
  });

  it('decodes numeric, windows-1252, named and semicolon-less entities and keeps unknown ones', () => {
    expect(
      readHtml('<p>A &#x2019; B &#146; C &#128512; D &amp E &nbsp;F &lt;G&gt; &unknown; &#0; &#xD800;</p>')
        .text,
    ).toBe('A ’ B ’ C 😀 D & E F <G> &unknown; \uFFFD \uFFFD');
  });

  it('keeps text that only looks like markup, and text after the closing html tag', () => {
    expect(readHtml('<p>If 5 < 6 and 7 > 3, < p> is not a tag</p>').text).toBe(
      'If 5 < 6 and 7 > 3, < p> is not a tag',
    );
    expect(readHtml('<p>Talks end.</p></body></html><p>A late paragraph.</p>').text).toBe(
      'Talks end.\nA late paragraph.',
    );
  });

  it('closes paragraphs, list items and cells implied by the next tag', () => {
    expect(readHtml('<p>One<p>Two<div>Three</div><ul><li>Four<li>Five</ul>').text).toBe(
      'One\nTwo\nThree\nFour\nFive',
    );
  });

  it('survives tens of thousands of unclosed tags', () => {
    const page = readHtml(`<p>Leaders meet in Oslo.</p>${'<i>'.repeat(12_000)}Still read.`);
    expect(page.text).toBe('Leaders meet in Oslo.\nStill read.');
  });
});
