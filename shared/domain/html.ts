/**
 * HTML to paragraph text, the entry step of cleaning when an article arrives as a page rather than
 * crawled text: a forgiving parser (unclosed tags, unquoted attributes, void elements, entities) builds
 * a document in Readability's own small DOM, Readability picks the article element, then block
 * elements become paragraphs, one per line, for the same line-based cleaning plain text gets.
 * Scripts, styles, iframes and form controls never reach the text.
 */

import JSDOMParser from '@mozilla/readability/JSDOMParser.js';
import Readability from '@mozilla/readability/Readability.js';

export interface HtmlPage {
  /** Readability's title (from the page head or its first heading), or null. */
  readonly title: string | null;
  /** One paragraph per line. */
  readonly text: string;
  /** The page's `article:published_time` (or similar) metadata, as given. */
  readonly publishedTime: string | null;
}

/** The part of a DOM node this module reads (the project has no DOM lib). */
interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
}

/** The part of Readability's own DOM (JSDOMParser.js) the tree builder writes to. */
interface BuildElement extends DomNode {
  readonly localName: string;
  readonly lastChild: BuildNode | null;
  appendChild(child: BuildNode): void;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
}
interface BuildText extends DomNode {
  textContent: string;
}
type BuildNode = BuildElement | BuildText;
interface BuildDocument extends DomNode {
  readonly documentElement: BuildElement;
  readonly head: BuildElement;
  readonly body: BuildElement;
  title: string;
  createElement(tag: string): BuildElement;
  createTextNode(text: string): BuildText;
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

// --- Entities: the named ones news pages use (HTML5 has 2,000+; a table of them would be most of a
// bundle), every numeric reference, and the legacy forms browsers accept without a semicolon.

/** Names of U+00A0..U+00FF, in code point order. */
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
const OTHER_ENTITIES =
  'quot:34 amp:38 apos:39 lt:60 gt:62 OElig:338 oelig:339 Scaron:352 scaron:353 Yuml:376 Zcaron:381 zcaron:382 Ccaron:268 ccaron:269 Cacute:262 cacute:263 Lstrok:321 lstrok:322 Scedil:350 scedil:351 Gbreve:286 gbreve:287 fnof:402 circ:710 tilde:732 ensp:8194 emsp:8195 thinsp:8201 zwnj:8204 zwj:8205 lrm:8206 rlm:8207 ndash:8211 mdash:8212 lsquo:8216 rsquo:8217 sbquo:8218 ldquo:8220 rdquo:8221 bdquo:8222 dagger:8224 Dagger:8225 bull:8226 hellip:8230 permil:8240 prime:8242 Prime:8243 lsaquo:8249 rsaquo:8250 euro:8364 trade:8482 larr:8592 rarr:8594 minus:8722';

const NAMED = new Map<string, string>([
  ...LATIN1.split(' ').map((name, i): [string, string] => [name, String.fromCharCode(0xa0 + i)]),
  ...OTHER_ENTITIES.split(' ').map((pair): [string, string] => {
    const [name = '', code = ''] = pair.split(':');
    return [name, String.fromCharCode(Number(code))];
  }),
]);
/** Browsers read these without their semicolon ("&amp" in old markup). */
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);
/** &#128;..&#159; are read as windows-1252, as browsers do (&#146; is a right quote). */
const CP1252 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

const ENTITY = /&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([A-Za-z][A-Za-z0-9]*))(;?)/g;

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string, semi?: string) => {
    if (name !== undefined) {
      const char = NAMED.get(name);
      return char !== undefined && (semi !== '' || LEGACY.has(name)) ? char : whole;
    }
    const code = dec !== undefined ? Number(dec) : Number.parseInt(hex ?? '', 16);
    if (code >= 0x80 && code <= 0x9f) return CP1252[code - 0x80]!;
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
    return String.fromCodePoint(code);
  });
}

// --- Tree building: htmlparser2's rules (the parser behind the DOM this module used before), so a
// page gives the same tree: an opening tag closes the open elements it cannot sit in, a closing tag
// closes up to its element or is ignored, void elements never have children.

const VOID = new Set(
  'area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr'.split(
    ' ',
  ),
);
/** Their content is text up to the matching closing tag, never markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
/** Before any body content these go to the head, as in a browser. */
const HEAD_ONLY = new Set(['base', 'link', 'meta', 'script', 'style', 'title', 'template']);

const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const IMPLIED_CLOSE = new Map<string, ReadonlySet<string>>(
  (
    [
      ['tr', ['tr', 'th', 'td']],
      ['th', ['th']],
      ['td', ['thead', 'th', 'td']],
      ['li', ['li']],
      ['option', ['option']],
      ['optgroup', ['optgroup', 'option']],
      ['dd', ['dd', 'dt']],
      ['dt', ['dd', 'dt']],
      ['rt', ['rt', 'rp']],
      ['rp', ['rt', 'rp']],
      ['tbody', ['thead', 'tbody']],
      ['tfoot', ['thead', 'tbody']],
      ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((tag) => [tag, FORM]),
      ...'p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul'
        .split(' ')
        .map((tag) => [tag, P]),
    ] as [string, readonly string[]][]
  ).map(([tag, closes]) => [tag, new Set(closes)]),
);

const TAG_NAME = /<(\/?)([A-Za-z][A-Za-z0-9:_.-]*)/y;
/** One step through a start tag: its end, a slash, or an attribute with its value if any. */
const TAG_PART = /\s*(?:(>)|(\/)|([^\s/>=]+|=)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?)/y;
/** Attribute names Readability's DOM can write back out and read again (it re-parses its own HTML). */
const ATTRIBUTE_NAME = /^[A-Za-z_:][A-Za-z0-9_:.-]*$/;
const rawTextEnd = new Map<string, RegExp>();
/**
 * Deeper elements are added as leaves, as browsers do (Blink stops at 512): a page of thousands of
 * unclosed tags would otherwise overflow the stack of the recursive walks, here and in Readability.
 */
const MAX_DEPTH = 512;

/** Lower case, and `o:p` (Word's markup) as `o-p`: Readability's DOM would read a prefixed name as `p`. */
function tagName(raw: string): string {
  return raw.toLowerCase().replaceAll(':', '-');
}

/**
 * Parses any HTML, however broken, into Readability's own DOM: a document that always has a head and
 * a body, comments and doctypes dropped, entities decoded.
 */
function parseDocument(html: string): BuildDocument {
  // A well-formed skeleton gives a document whose prototypes Readability knows; the page is added to it.
  const doc = new JSDOMParser().parse('<html><head></head><body></body></html>') as BuildDocument;
  let stack: BuildElement[] = [doc.head];
  let inBody = false;
  let titleSet = false;
  const toBody = (): void => {
    inBody = true;
    stack = [doc.body];
  };
  const appendText = (text: string): void => {
    if (text === '') return;
    if (!inBody && stack.length === 1) {
      if (text.trim() === '') return;
      toBody();
    }
    const parent = stack[stack.length - 1]!;
    const last = parent.lastChild;
    if (last !== null && last.nodeType === TEXT_NODE) (last as BuildText).textContent += text;
    else parent.appendChild(doc.createTextNode(text));
  };
  const setAttributes = (element: BuildElement, attributes: readonly (readonly [string, string])[]): void => {
    for (const [name, value] of attributes) {
      if (ATTRIBUTE_NAME.test(name) && !element.hasAttribute(name)) element.setAttribute(name, value);
    }
  };
  const inForeign = (): boolean => stack.some((e) => e.localName === 'svg' || e.localName === 'math');

  let pos = 0;
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt === -1) {
      appendText(decodeEntities(html.slice(pos)));
      break;
    }
    if (lt > pos) appendText(decodeEntities(html.slice(pos, lt)));
    pos = lt;
    const next = html[lt + 1];
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      pos = end === -1 ? html.length : end + 3;
      continue;
    }
    if (next === '!' || next === '?' || (next === '/' && !/[A-Za-z]/.test(html[lt + 2] ?? ''))) {
      // Doctype, processing instruction, CDATA outside foreign content, `</ junk>`: browsers drop them.
      const end = html.indexOf('>', lt);
      pos = end === -1 ? html.length : end + 1;
      continue;
    }
    TAG_NAME.lastIndex = lt;
    const tag = TAG_NAME.exec(html);
    if (tag === null) {
      appendText('<');
      pos = lt + 1;
      continue;
    }
    const name = tagName(tag[2]!);
    if (tag[1] === '/') {
      const gt = html.indexOf('>', TAG_NAME.lastIndex);
      if (gt === -1) break; // a tag cut off by the end of input is dropped, as browsers do
      pos = gt + 1;
      if (name === 'br') {
        if (!inBody && stack.length === 1) toBody();
        stack[stack.length - 1]!.appendChild(doc.createElement('br'));
        continue;
      }
      for (let i = stack.length - 1; i > 0; i--) {
        if (stack[i]!.localName === name) {
          stack.length = i;
          break;
        }
      }
      continue;
    }
    // Attributes one by one with a sticky pattern: linear however the quotes fall.
    const attributes: [string, string][] = [];
    let selfClosing = false;
    let closed = false;
    TAG_PART.lastIndex = TAG_NAME.lastIndex;
    for (let part = TAG_PART.exec(html); part !== null; part = TAG_PART.exec(html)) {
      if (part[1] !== undefined) {
        closed = true;
        break;
      }
      selfClosing = part[2] !== undefined && html[TAG_PART.lastIndex] === '>';
      if (part[3] !== undefined) {
        attributes.push([part[3].toLowerCase(), decodeEntities(part[4] ?? part[5] ?? part[6] ?? '')]);
      }
    }
    if (!closed) break;
    pos = TAG_PART.lastIndex;
    if (name === 'html' || name === 'body' || name === 'head') {
      const target = name === 'html' ? doc.documentElement : name === 'body' ? doc.body : null;
      if (target !== null) setAttributes(target, attributes);
      if (name === 'body' && !inBody) toBody();
      continue;
    }
    if (!inBody && stack.length === 1 && !HEAD_ONLY.has(name)) toBody();
    const closes = IMPLIED_CLOSE.get(name);
    if (closes !== undefined) {
      while (stack.length > 1 && closes.has(stack[stack.length - 1]!.localName)) stack.pop();
    }
    const element = doc.createElement(name);
    setAttributes(element, attributes);
    stack[stack.length - 1]!.appendChild(element);
    if (RAW_TEXT.has(name)) {
      let close = rawTextEnd.get(name);
      if (close === undefined) {
        close = new RegExp(`</${name}[\\s/>]`, 'ig');
        rawTextEnd.set(name, close);
      }
      close.lastIndex = pos;
      const found = close.exec(html);
      const stop = found === null ? html.length : found.index;
      const raw = html.slice(pos, stop);
      // Titles and text areas hold text with entities; scripts and styles hold code, as written.
      const text = name === 'title' || name === 'textarea' ? decodeEntities(raw) : raw;
      if (text !== '') element.appendChild(doc.createTextNode(text));
      if (name === 'title' && !titleSet && !inForeign()) {
        doc.title = text.trim();
        titleSet = true;
      }
      if (found === null) pos = html.length;
      else {
        const gt = html.indexOf('>', found.index);
        pos = gt === -1 ? html.length : gt + 1;
      }
      continue;
    }
    if (VOID.has(name) || (selfClosing && inForeign())) continue;
    if (stack.length < MAX_DEPTH) stack.push(element);
  }
  return doc;
}

/**
 * Reads an HTML page: the article's title, its paragraphs as text (one per line) and its published time.
 *
 * @example
 * readHtml('<html><head><title>Talks set</title></head><body><article><p>Talks open Monday.</p></article></body></html>').text;
 * // => 'Talks open Monday.'
 */
export function readHtml(html: string): HtmlPage {
  const document = parseDocument(html);
  const headTitle = document.title.trim() || null;
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
  return {
    title: headTitle,
    text: collectParagraphs(parseDocument(html).body, true).join('\n'),
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
