import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

// One design vocabulary (issue 18): every colour in renderer/ is written once, in a tokens file,
// and used everywhere else as var(--name) with no fallback (fallbacks drifted from the tokens they
// stood in for). The chair's screens and the family screen are separate pages with separate
// tokens, so a file is checked against the tokens its own page loads.

const ROOT = resolve(import.meta.dirname, '../../..');
const RENDERER = join(ROOT, 'renderer');
const CHAIR_TOKENS = 'renderer/styles/tokens.css';
const FAMILY_TOKENS = 'renderer/family/tokens.css';
const TOKEN_FILES = new Set([CHAIR_TOKENS, FAMILY_TOKENS]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(css|ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}
const rel = (path: string) => relative(ROOT, path).split(sep).join('/');
const SOURCES = files(RENDERER).map((path) => ({ file: rel(path), text: readFileSync(path, 'utf8') }));
const CSS = SOURCES.filter((s) => s.file.endsWith('.css'));
const SCRIPTS = SOURCES.filter((s) => !s.file.endsWith('.css'));

/** Comments blanked out (newlines kept, so offsets still give the right line). */
const uncomment = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

interface Declaration { prop: string; value: string; line: number }
/** Every `property: value` of a stylesheet (the innermost braces hold declarations, never selectors). */
export function declarations(css: string): Declaration[] {
  const text = uncomment(css);
  const out: Declaration[] = [];
  for (const block of text.matchAll(/\{([^{}]*)\}/g)) {
    let offset = block.index! + 1;
    for (const part of block[1]!.split(';')) {
      const colon = part.indexOf(':');
      if (colon > 0) {
        const lead = part.length - part.trimStart().length;
        out.push({ prop: part.slice(0, colon).trim().toLowerCase(), value: part.slice(colon + 1).trim(), line: lineOf(text, offset + lead) });
      }
      offset += part.length + 1;
    }
  }
  return out;
}

// CSS Color 4 named colours. `transparent` and `currentColor` name no colour of their own and are allowed.
const NAMED = new Set(
  ('aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue chartreuse ' +
    'chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta ' +
    'darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet ' +
    'deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green ' +
    'greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan ' +
    'lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey ' +
    'lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen ' +
    'mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive ' +
    'olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple ' +
    'rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow ' +
    'springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen').split(' '),
);
const HEX = /#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])/i;
const COLOUR_FUNCTION = /(?<![\w-])(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark)\(/i;
const COLOUR_PROPERTY = /^(?:--.*|color|background.*|border.*|outline.*|fill|stroke|.*shadow|caret-color|accent-color|text-decoration.*|text-emphasis.*|column-rule.*|stop-color|flood-color|lighting-color|scrollbar-color|-webkit-text-fill-color|-webkit-tap-highlight-color)$/;
const withoutStrings = (value: string) => value.replace(/'[^']*'|"[^"]*"/g, "''");
const namedIn = (value: string) => [...withoutStrings(value).matchAll(/(?<![\w-])[a-z]+(?![\w-(])/gi)].map((m) => m[0].toLowerCase()).filter((w) => NAMED.has(w));

/** The raw colours in one declaration's value, as written. */
function rawColours(prop: string, value: string): string[] {
  const v = withoutStrings(value);
  const found: string[] = [];
  const hex = v.match(new RegExp(HEX.source, 'gi'));
  if (hex) found.push(...hex);
  const fn = v.match(new RegExp(`${COLOUR_FUNCTION.source}[^)]*\\)?`, 'gi'));
  if (fn) found.push(...fn);
  if (COLOUR_PROPERTY.test(prop)) found.push(...namedIn(value));
  return found;
}

/** Raw colours in stylesheets outside the tokens files: `file:line prop: colour`. */
export function cssColourOffences(sheets: { file: string; text: string }[]): string[] {
  return sheets
    .filter((s) => !TOKEN_FILES.has(s.file))
    .flatMap((s) => declarations(s.text).flatMap((d) => rawColours(d.prop, d.value).map((c) => `${s.file}:${d.line} ${d.prop}: ${c}`)));
}

// Script files: a colour can only be in a string (an inline style, an SVG attribute, a canvas call).
const STRING = /'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g;
const STYLE_COLOUR = /\b(?:color|background(?:Color)?|border\w*|outline\w*|fill|stroke|\w*[sS]hadow|caretColor|accentColor|stopColor|floodColor|textDecorationColor)\s*[:=]\s*\{?\s*('[^'\n]*'|"[^"\n]*"|`[^`]*`)/g;

/** Raw colours in .ts/.tsx files: hex or colour functions in any string, named colours given to a colour property. */
export function scriptColourOffences(scripts: { file: string; text: string }[]): string[] {
  return scripts.flatMap((s) => {
    const out: string[] = [];
    for (const m of s.text.matchAll(STRING)) {
      const hex = m[0].match(new RegExp(`(?<![\\w&/])${HEX.source}`, 'i'));
      const fn = m[0].match(COLOUR_FUNCTION);
      if (hex || fn) out.push(`${s.file}:${lineOf(s.text, m.index!)} ${m[0].slice(0, 60)}`);
    }
    for (const m of s.text.matchAll(STYLE_COLOUR)) {
      for (const name of namedIn(m[1]!.slice(1, -1))) out.push(`${s.file}:${lineOf(s.text, m.index!)} ${name}`);
    }
    return out;
  });
}

/** Every var(--x, fallback) in any file. */
export function fallbackOffences(sources: { file: string; text: string }[]): string[] {
  return sources.flatMap((s) => [...uncomment(s.text).matchAll(/var\(\s*(--[\w-]+)\s*,/g)].map((m) => `${s.file}:${lineOf(s.text, m.index!)} ${m[0]}…)`));
}

/** The custom properties a tokens file defines, with their values (the last definition wins). */
function definitions(css: string, selector = ':root'): Map<string, string> {
  const out = new Map<string, string>();
  const text = uncomment(css);
  for (const block of text.matchAll(/([^{}]*)\{([^{}]*)\}/g)) {
    if (block[1]!.trim() !== selector) continue;
    for (const m of block[2]!.matchAll(/(--[\w-]+)\s*:\s*([^;]+)/g)) out.set(m[1]!, m[2]!.trim());
  }
  return out;
}
const tokensOf = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const CHAIR = definitions(tokensOf(CHAIR_TOKENS));
const FAMILY = definitions(tokensOf(FAMILY_TOKENS));
const FAMILY_HIGH_CONTRAST = new Map([...FAMILY, ...definitions(tokensOf(FAMILY_TOKENS), ':root.high-contrast')]);
/** The family page (renderer/family/) loads only its own tokens; every other file is on the chair's page. */
const tokensFor = (file: string) => (file.startsWith('renderer/family/') ? FAMILY : CHAIR);

/** Every var(--x) whose --x its page's tokens file does not define. */
export function undefinedTokenOffences(sources: { file: string; text: string }[], tokens: (file: string) => Map<string, string>): string[] {
  return sources.flatMap((s) => [...uncomment(s.text).matchAll(/var\(\s*(--[\w-]+)/g)].filter((m) => !tokens(s.file).has(m[1]!)).map((m) => `${s.file}:${lineOf(s.text, m.index!)} ${m[1]}`));
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
function ratio(tokens: Map<string, string>, fg: string, bg: string): string {
  const [f, b] = [tokens.get(fg), tokens.get(bg)];
  if (!f || !b || !/^#[0-9a-f]{6}$/i.test(f) || !/^#[0-9a-f]{6}$/i.test(b)) return `${fg} on ${bg}: not both #rrggbb tokens`;
  return contrast(f, b).toFixed(2);
}

describe('design tokens: every colour in renderer/ comes from a tokens file', () => {
  it('finds the files it checks', () => {
    expect(CSS.length).toBeGreaterThan(10);
    expect(SCRIPTS.length).toBeGreaterThan(50);
    expect(CHAIR.size).toBeGreaterThan(20);
    expect(FAMILY.size).toBeGreaterThan(5);
  });

  it('no stylesheet outside the tokens files writes a colour (hex, rgb()/hsl()…, or a named colour)', () => {
    expect(cssColourOffences(CSS)).toEqual([]);
  });

  it('no .ts/.tsx file writes a colour', () => {
    expect(scriptColourOffences(SCRIPTS)).toEqual([]);
  });

  it('no var(--x, fallback): a fallback is a second, drifting copy of the token', () => {
    expect(fallbackOffences(SOURCES)).toEqual([]);
  });

  it("every var(--x) is defined in its page's tokens file", () => {
    expect(undefinedTokenOffences(SOURCES, tokensFor)).toEqual([]);
  });

  it('every colour token is used somewhere (no dead tokens to drift)', () => {
    const used = new Set([...SOURCES, { file: CHAIR_TOKENS, text: tokensOf(CHAIR_TOKENS) }].flatMap((s) => [...s.text.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]!)));
    const colourTokens = (tokens: Map<string, string>) => [...tokens].filter(([, v]) => HEX.test(v) || COLOUR_FUNCTION.test(v)).map(([k]) => k);
    expect([...colourTokens(CHAIR), ...colourTokens(FAMILY)].filter((t) => !used.has(t))).toEqual([]);
  });

  // The pairs the stylesheets put text on (foreground, background): AA for body text is 4.5:1.
  const CHAIR_TEXT: [string, string][] = [
    ['--ink', '--bg'], ['--ink', '--bg-panel'], ['--ink', '--bg-muted'], ['--ink', '--bg-side'], ['--ink', '--accent-soft'],
    ['--ink', '--restricted-soft'], ['--ink-muted', '--bg'], ['--ink-muted', '--bg-panel'], ['--ink-muted', '--bg-muted'],
    ['--ink-muted', '--bg-side'], ['--ink-muted', '--accent-soft'], ['--ink-inverse', '--ink'], ['--accent', '--bg'],
    ['--accent', '--accent-soft'], ['--accent-ink', '--accent'], ['--accent-ink', '--accent-strong'], ['--accent-strong', '--accent-soft'],
    ['--danger', '--bg'], ['--danger', '--danger-soft'], ['--ink-inverse', '--danger'], ['--warn', '--bg'], ['--warn', '--warn-soft'],
    ['--ok', '--bg'], ['--ok', '--ok-soft'], ['--restricted', '--bg'], ['--restricted', '--restricted-soft'], ['--ink-inverse', '--restricted'],
  ];
  it.each(CHAIR_TEXT)("chair's text %s on %s is AA (4.5:1)", (fg, bg) => {
    expect(Number(ratio(CHAIR, fg, bg))).toBeGreaterThanOrEqual(4.5);
  });
  // It was #f0b400, 1.9:1 on white: a keyboard user could lose the focus ring on a light page.
  it("the focus ring (--focus) stands out 3:1 from every surface of the chair's screen (WCAG 1.4.11, 2.4.7)", () => {
    for (const bg of ['--bg', '--bg-panel', '--bg-muted', '--bg-side']) expect(Number(ratio(CHAIR, '--focus', bg)), bg).toBeGreaterThanOrEqual(3);
  });

  it("the edges of controls (--line-strong) stand out 3:1 from the chair's surfaces (WCAG 1.4.11)", () => {
    for (const bg of ['--bg', '--bg-panel', '--bg-muted']) expect(Number(ratio(CHAIR, '--line-strong', bg))).toBeGreaterThanOrEqual(3);
  });

  const FAMILY_TEXT: [string, string][] = [
    ['--fam-fg', '--fam-bg'], ['--fam-muted', '--fam-bg'], ['--fam-fg', '--fam-card'], ['--fam-accent', '--fam-bg'], ['--fam-bg', '--fam-accent'],
    ['--fam-worried', '--fam-bg'], ['--fam-working', '--fam-bg'], ['--fam-needs', '--fam-bg'], ['--fam-curtain-ink', '--fam-curtain'],
  ];
  it.each(FAMILY_TEXT)('family text %s on %s is AA (4.5:1) in both the normal and the high-contrast mode', (fg, bg) => {
    expect(Number(ratio(FAMILY, fg, bg))).toBeGreaterThanOrEqual(4.5);
    expect(Number(ratio(FAMILY_HIGH_CONTRAST, fg, bg))).toBeGreaterThanOrEqual(4.5);
  });
});

// The checks themselves, on small made-up sources, so a regex that stopped matching would show.
describe('design tokens: the checks catch what they are for', () => {
  const css = (text: string) => [{ file: 'renderer/features/x/x.css', text }];
  it('finds hex, colour functions and named colours, but not selectors, strings or keywords', () => {
    expect(cssColourOffences(css('#root .a { color: #fff; }\n.b { background: rgb(0 0 0 / 0.2); border: 1px solid white; }'))).toEqual([
      'renderer/features/x/x.css:1 color: #fff',
      'renderer/features/x/x.css:2 background: rgb(0 0 0 / 0.2)',
      'renderer/features/x/x.css:2 border: white',
    ]);
    expect(cssColourOffences(css(".a { content: 'red'; color: currentColor; background: transparent; font-family: 'Tan Sans'; }\n/* #fff */"))).toEqual([]);
    expect(cssColourOffences([{ file: CHAIR_TOKENS, text: ':root { --bg: #fff; }' }])).toEqual([]);
  });
  it('finds fallbacks and tokens no tokens file defines', () => {
    const src = css('.a { color: var(--ink, #1b1e23); border-color: var(--border); }');
    expect(fallbackOffences(src)).toEqual(['renderer/features/x/x.css:1 var(--ink,…)']);
    expect(undefinedTokenOffences(src, () => CHAIR)).toEqual(['renderer/features/x/x.css:1 --border']);
  });
  it('finds colours in scripts: hex or rgb() in strings, named colours in style props', () => {
    const tsx = [{ file: 'renderer/features/x/X.tsx', text: "const a = <span style={{ color: 'red' }} />;\nconst b = { background: '#a4000f' };\nconst c = <a href=\"#main\" />;\nctx.fillStyle = 'rgba(0,0,0,1)';" }];
    expect(scriptColourOffences(tsx)).toEqual(['renderer/features/x/X.tsx:2 \'#a4000f\'', "renderer/features/x/X.tsx:4 'rgba(0,0,0,1)'", 'renderer/features/x/X.tsx:1 red']);
  });
  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
