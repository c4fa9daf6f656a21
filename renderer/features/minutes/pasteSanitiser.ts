/**
 * Pasted HTML (Word, Outlook, web pages) reduced to what minutes need: headings, paragraphs,
 * bold, italic, lists, quotes and line breaks. Everything else goes: styles, classes, images,
 * scripts, links, tracking pixels, Office XML.
 *
 * The paste is read by the browser's own HTML parser (DOMParser), not by patterns of ours, so
 * unclosed tags, quoted ">"s, entities and misnested markup are read as the browser reads them.
 * DOMParser's document is inert: it has no window, so a pasted <img> never loads and a script
 * never runs. Nothing of that document is used: the output is written afresh from a fixed set of
 * tags, with text escaped. (DOMPurify was weighed: it would only repeat that allow-list, and the
 * Word rebuilding below would still be ours.)
 *
 * The editor's own nodes (speaker chips, times, live data, restricted passages) survive a copy and
 * paste within the minutes: dropping a restricted mark on paste would quietly unmark restricted text.
 */

const DROP_WITH_CONTENT = new Set([
  'script', 'style', 'head', 'title', 'meta', 'noscript', 'template', 'iframe', 'object', 'embed',
  'svg', 'math', 'canvas', 'video', 'audio', 'select', 'textarea', 'button', 'xml', 'o:p',
]);
const VOID = new Set(['br', 'img', 'hr', 'meta', 'link', 'input', 'area', 'base', 'col', 'source', 'track', 'wbr', 'param']);
const BLOCK_AS_DIV = new Set(['div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'pre', 'address', 'center']);
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

interface Tag {
  kind: 'tag';
  name: string;
  end: boolean;
  attrs: Record<string, string>;
}
type Token = Tag | { kind: 'text'; text: string } | { kind: 'listmark'; ordered: boolean };

const LISTMARK = '\u0001';

/** Word writes each list item's bullet or number as hidden text inside an `[if !supportLists]` block. */
function markListMarkers(html: string): string {
  const mark = (inner: string) => {
    const text = inner.replace(/<[^>]*>/g, '').replace(/&nbsp;|\u00a0/g, ' ').trim();
    const ordered = /^(\d+|[a-z]{1,3}|[ivxlc]+)[.)]/i.test(text);
    return `${LISTMARK}${ordered ? 'o' : 'u'}${LISTMARK}`;
  };
  return html
    .replace(/<!--\[if !supportLists\]-->([\s\S]*?)<!--\[endif\]-->/gi, (_m, inner: string) => mark(inner))
    .replace(/<!\[if !supportLists\]>([\s\S]*?)<!\[endif\]>/gi, (_m, inner: string) => mark(inner));
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * The paste as start tags, text and end tags, in document order, from the browser's parse of it.
 * Elements dropped with their content are left out whole (their text never becomes a token).
 */
function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  const pushText = (text: string) => {
    const parts = text.split(new RegExp(`${LISTMARK}([ou])${LISTMARK}`));
    parts.forEach((p, i) => {
      if (i % 2 === 1) tokens.push({ kind: 'listmark', ordered: p === 'o' });
      else if (p) tokens.push({ kind: 'text', text: p });
    });
  };
  const walk = (parent: Node) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === TEXT_NODE) {
        pushText((node as Text).data);
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE) continue; // comments (Word's conditional blocks among them)
      const el = node as Element;
      const name = el.tagName.toLowerCase();
      if (DROP_WITH_CONTENT.has(name)) continue;
      const attrs: Record<string, string> = {};
      for (const a of Array.from(el.attributes)) attrs[a.name.toLowerCase()] = a.value;
      tokens.push({ kind: 'tag', end: false, name, attrs });
      if (VOID.has(name)) continue;
      walk(el);
      tokens.push({ kind: 'tag', end: true, name, attrs: {} });
    }
  };
  walk(new DOMParser().parseFromString(html, 'text/html').documentElement);
  return tokens;
}

/** Text as HTML: the parser has turned entities into characters, so all three are written back. */
const escapeText = (text: string) => text.replace(/[&<>]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : '&gt;'));

function styleOf(attrs: Record<string, string>): string {
  return (attrs.style ?? '').toLowerCase().replace(/\s+/g, '');
}

// Anchored so Word's "mso-bidi-font-weight:normal" is not read as font-weight.
const isBold = (style: string) => /(?:^|;)font-weight:(bold|bolder|[6-9]00)/.test(style);
const isItalic = (style: string) => /(?:^|;)font-style:(italic|oblique)/.test(style);
const notBold = (style: string) => /(?:^|;)font-weight:(normal|400)/.test(style);
const notItalic = (style: string) => /(?:^|;)font-style:normal/.test(style);

/** Our own node markup, kept only with the attributes we wrote and only when well formed. */
function ownNode(name: string, attrs: Record<string, string>): string | null {
  if (name === 'span' && ID.test(attrs['data-cs-speaker'] ?? '')) return `<span data-cs-speaker="${attrs['data-cs-speaker']}">`;
  if (name === 'span' && TIME.test(attrs['data-cs-time'] ?? '')) {
    const elapsed = /^\d{1,4}$/.test(attrs['data-cs-elapsed'] ?? '') ? ` data-cs-elapsed="${attrs['data-cs-elapsed']}"` : '';
    return `<span data-cs-time="${attrs['data-cs-time']}"${elapsed}>`;
  }
  if (name === 'span' && ID.test(attrs['data-cs-restricted'] ?? '')) return `<span data-cs-restricted="${attrs['data-cs-restricted']}">`;
  if (name === 'div' && /^(decision|scores|recommendations)$/.test(attrs['data-cs-live'] ?? '') && ID.test(attrs['data-cs-child'] ?? '')) {
    return `<div data-cs-live="${attrs['data-cs-live']}" data-cs-child="${attrs['data-cs-child']}">`;
  }
  return null;
}

export function sanitisePastedHtml(input: string): string {
  // Comments, Word's conditional blocks, doctypes and CDATA are comments to the parser, so they go
  // with it; only the list markers hidden in them are read first.
  const tokens = tokenize(markListMarkers(input));
  const out: string[] = [];
  /** For each open source element we keep, what we emitted for it, so its end tag closes the same. */
  const open: { name: string; close: string }[] = [];
  /**
   * Word's list paragraphs, rebuilt as nested lists: one entry per open list, outermost first,
   * with its level (mso-list "level2" is a list inside the item before it) and whether an item
   * is still open to hold a deeper list.
   */
  const wordLists: { kind: 'ul' | 'ol'; level: number; itemOpen: boolean }[] = [];
  const closeInnerList = () => {
    const list = wordLists.pop()!;
    out.push(`${list.itemOpen ? '</li>' : ''}</${list.kind}>`);
  };
  const closeWordList = () => {
    while (wordLists.length) closeInnerList();
  };

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.kind === 'text') {
      out.push(escapeText(tok.text));
      continue;
    }
    if (tok.kind === 'listmark') continue;
    const { name, end, attrs } = tok;

    if (name.includes(':')) continue; // Office namespaces (v:shape, w:sdt…): their text, if any, stays

    if (end) {
      // Close whatever we opened for the innermost matching start tag.
      for (let j = open.length - 1; j >= 0; j--) {
        if (open[j]!.name === name) {
          out.push(open[j]!.close);
          open.splice(j, 1);
          break;
        }
      }
      continue;
    }

    if (VOID.has(name)) {
      if (name === 'br') out.push('<br>');
      continue;
    }

    const style = styleOf(attrs);
    const cls = (attrs.class ?? '').toLowerCase();
    const emit = (openTag: string, closeTag: string) => {
      out.push(openTag);
      open.push({ name, close: closeTag });
    };

    // Word and Outlook lists are paragraphs with an mso-list style; rebuild them as real lists.
    if (name === 'p' && (/mso-list:l\d/.test(style) || cls.startsWith('msolistparagraph'))) {
      let ordered = false;
      for (let k = i + 1; k < tokens.length; k++) {
        const t = tokens[k]!;
        if (t.kind === 'listmark') {
          ordered = t.ordered;
          break;
        }
        if (t.kind === 'tag' && t.name === 'p') break;
      }
      const kind = ordered ? 'ol' : 'ul';
      const level = Number(/mso-list:l\d+level(\d+)/.exec(style)?.[1] ?? 1);
      while (wordLists.length && wordLists.at(-1)!.level > level) closeInnerList();
      if (wordLists.at(-1)?.level === level && wordLists.at(-1)!.kind !== kind) closeInnerList();
      const top = wordLists.at(-1);
      if (top?.level === level) {
        if (top.itemOpen) out.push('</li>');
      } else {
        // A deeper list goes inside the open item of the list around it.
        if (top && !top.itemOpen) out.push('<li>');
        if (top) top.itemOpen = true;
        out.push(`<${kind}>`);
        wordLists.push({ kind, level, itemOpen: false });
      }
      wordLists.at(-1)!.itemOpen = true;
      emit('<li><p>', '</p>');
      continue;
    }
    if (wordLists.length && (name === 'p' || /^h[1-6]$/.test(name) || BLOCK_AS_DIV.has(name) || name === 'ul' || name === 'ol' || name === 'blockquote')) {
      closeWordList();
    }

    const own = ownNode(name, attrs);
    if (own) {
      emit(own, name === 'div' ? '</div>' : '</span>');
      continue;
    }

    if (name === 'h1' || name === 'h2' || (name === 'p' && cls === 'msotitle')) emit('<h2>', '</h2>');
    else if (/^h[3-6]$/.test(name) || (name === 'p' && cls === 'msosubtitle')) emit('<h3>', '</h3>');
    else if (name === 'p') emit('<p>', '</p>');
    else if (name === 'ul' || name === 'ol' || name === 'li' || name === 'blockquote') emit(`<${name}>`, `</${name}>`);
    else if (BLOCK_AS_DIV.has(name)) emit('<div>', '</div>');
    else if (name === 'b' || name === 'strong') {
      // Google Docs wraps a whole paste in <b style="font-weight:normal">: not bold at all.
      if (notBold(style)) emit('', '');
      else emit('<strong>', '</strong>');
    } else if (name === 'i' || name === 'em') {
      if (notItalic(style)) emit('', '');
      else emit('<em>', '</em>');
    } else if (name === 'span' || name === 'font' || name === 'u' || name === 'a' || name === 'sup' || name === 'sub' || name === 'small' || name === 'mark' || name === 'cite' || name === 'q' || name === 'abbr' || name === 'label') {
      const b = isBold(style);
      const it = isItalic(style);
      emit((b ? '<strong>' : '') + (it ? '<em>' : ''), (it ? '</em>' : '') + (b ? '</strong>' : ''));
    }
    // Anything else (html, body, form, custom elements…) is unwrapped: its text stays, the tag goes.
  }
  closeWordList();
  for (let j = open.length - 1; j >= 0; j--) out.push(open[j]!.close);

  return out
    .join('')
    .replace(/<(p|h2|h3)>(?:\s|&nbsp;|\u00a0)*<\/\1>/g, '') // Word's spacer paragraphs
    .replace(/\s+/g, (ws) => (ws.includes('\n') ? ' ' : ws))
    .replace(/(<\/?(?:p|h2|h3|li|ul|ol|blockquote|div)>)\s+/g, '$1')
    .replace(/\s+(<\/?(?:p|h2|h3|li|ul|ol|blockquote|div)\b)/g, '$1')
    .trim();
}
