/**
 * HTML to paragraph text, the entry step of cleaning when an article arrives as a page rather than
 * crawled text: Readability (on a linkedom document, no browser) picks the article element, then block
 * elements become paragraphs, one per line, for the same line-based cleaning plain text gets.
 * Scripts, styles, iframes and form controls never reach the text.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlPage {
  /** Readability's title (from the page head or its first heading), or null. */
  readonly title: string | null;
  /** One paragraph per line. */
  readonly text: string;
  /** The page's `article:published_time` (or similar) metadata, as given. */
  readonly publishedTime: string | null;
}

/** The part of a DOM node this module reads; linkedom nodes have it, and the project has no DOM lib. */
interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const NEVER_TEXT = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'IFRAME',
  'TEMPLATE',
  'SVG',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'FORM',
  'BUTTON',
  'SELECT',
  'INPUT',
  'TEXTAREA',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

/** Outside Readability's pick (its fallback), these hold navigation and furniture, not the article. */
const PAGE_FURNITURE = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'MENU']);

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

function collectParagraphs(root: DomNode, skipFurniture: boolean): string[] {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = (): void => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text !== '') paragraphs.push(text);
    buffer = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      buffer += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (NEVER_TEXT.has(name) || (skipFurniture && PAGE_FURNITURE.has(name))) return;
    const block = BLOCK.has(name);
    if (block) flush();
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs;
}

/** linkedom builds no document element for a fragment; give every input one. */
function asDocument(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  if (/<(?:head|body)[\s>]/i.test(html)) return `<html>${html}</html>`;
  return `<html><head></head><body>${html}</body></html>`;
}

/**
 * Reads an HTML page: the article's title, its paragraphs as text (one per line) and its published time.
 *
 * @example
 * readHtml('<html><head><title>Talks set</title></head><body><article><p>Talks open Monday.</p></article></body></html>').text;
 * // => 'Talks open Monday.'
 */
export function readHtml(html: string): HtmlPage {
  const source = asDocument(html);
  const { document } = parseHTML(source);
  const headTitle = (document.title as string | undefined)?.trim() || null;
  let parsed: ReturnType<Readability<DomNode>['parse']> = null;
  try {
    parsed = new Readability(document as never, { serializer: (node) => node as unknown as DomNode }).parse();
  } catch {
    // Readability trips over some malformed pages; the fallback below still gets their text.
    parsed = null;
  }
  const text = parsed?.content ? collectParagraphs(parsed.content, false).join('\n') : '';
  if (text.trim() !== '') {
    return {
      title: parsed?.title?.trim() || headTitle,
      text,
      publishedTime: parsed?.publishedTime?.trim() || null,
    };
  }
  // Readability gives up on short or unusual pages; the body minus navigation is the next best thing.
  const fresh = parseHTML(source).document;
  const body = (fresh.body ?? fresh.documentElement) as unknown as DomNode | null;
  return {
    title: headTitle,
    text: body === null ? '' : collectParagraphs(body, true).join('\n'),
    publishedTime: parsed?.publishedTime?.trim() || null,
  };
}

/**
 * HTML to article text: Readability's pick of the page, block elements as paragraphs (one per line).
 *
 * @example
 * htmlToText('<article><p>First.</p><script>x()</script><p>Second.</p></article>'); // => 'First.\nSecond.'
 */
export function htmlToText(html: string): string {
  return readHtml(html).text;
}
