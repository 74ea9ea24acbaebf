import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sampleNarrative } from '../../electron/core/city/sample-narrative';
import { Codelist } from '../../shared/domain/catalogue';
import { maxMarkersPerLine } from '../../shared/narrative/container-guard';
import {
  citationKey,
  closedDimensionCodes,
  collectCitations,
  dimensionNames,
  formatCitation,
  isValidPeriod,
  parseCitation,
  maxBlockDepth,
  parseMarkdown,
  type Block,
  type Citation,
  type CitationError,
  type Inline,
} from '../../shared/narrative';

const text = (t: string): Inline => ({ type: 'text', text: t });
const em = (...children: Inline[]): Inline => ({ type: 'em', children });
const strong = (...children: Inline[]): Inline => ({ type: 'strong', children });
const code = (t: string): Inline => ({ type: 'code', text: t });
const link = (href: string, ...children: Inline[]): Inline => ({ type: 'link', href, children });
const br: Inline = { type: 'break' };
const para = (...children: Inline[]): Block => ({ type: 'paragraph', children });
const heading = (level: 1 | 2 | 3, ...children: Inline[]): Block => ({ type: 'heading', level, children });
const cite = (raw: string, citation: Citation): Inline => ({ type: 'citation', citation, raw });
const badCite = (raw: string, reason: CitationError): Inline => ({ type: 'bad-citation', raw, reason });
const rule: Block = { type: 'rule' };

/** The inline content of a source that must parse as exactly one paragraph. */
function inline(source: string): Inline[] {
  const blocks = parseMarkdown(source);
  expect(blocks).toHaveLength(1);
  const [block] = blocks;
  if (block?.type !== 'paragraph') throw new Error(`expected a paragraph, got ${JSON.stringify(block)}`);
  return block.children;
}

/** Deepest nesting of a tree, walked without recursion like a careful renderer. */
function depthOf(blocks: Block[]): number {
  let max = 0;
  const stack: { node: Block | Inline; depth: number }[] = blocks.map((node) => ({ node, depth: 1 }));
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    max = Math.max(max, item.depth);
    const { node, depth } = item;
    const children: (Block | Inline)[] =
      node.type === 'list' ? node.items.flat() : 'children' in node ? node.children : [];
    for (const child of children) stack.push({ node: child, depth: depth + 1 });
  }
  return max;
}

/** All the text a tree shows, in order: what must survive any formatting that is dropped. */
function plainText(nodes: readonly (Block | Inline)[]): string {
  let out = '';
  const stack = [...nodes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'text' || node.type === 'code') out += node.text;
    else if (node.type === 'citation' || node.type === 'bad-citation') out += node.raw;
    else if (node.type === 'list') stack.push(...node.items.flat().reverse());
    else if ('children' in node) stack.push(...[...node.children].reverse());
  }
  return out;
}

describe('parseMarkdown: blocks', () => {
  it('reads ATX headings, deeper levels as 3, with closing hashes dropped', () => {
    expect(parseMarkdown('# One\n## Two ##\n### Three\n#### Four\n###### Six')).toEqual([
      heading(1, text('One')),
      heading(2, text('Two')),
      heading(3, text('Three')),
      heading(3, text('Four')),
      heading(3, text('Six')),
    ]);
    expect(parseMarkdown('   # Indented *title*')).toEqual([heading(1, text('Indented '), em(text('title')))]);
    expect(parseMarkdown('# C# #')).toEqual([heading(1, text('C#'))]);
    expect(parseMarkdown('#')).toEqual([heading(1)]);
  });

  it('leaves hashtags, seven hashes and 4-space indents as paragraph text', () => {
    expect(parseMarkdown('#hashtag')).toEqual([para(text('#hashtag'))]);
    expect(parseMarkdown('####### seven')).toEqual([para(text('####### seven'))]);
    expect(parseMarkdown('    # not a heading')).toEqual([para(text('# not a heading'))]);
  });

  it('joins paragraph lines with a space and splits paragraphs on blank lines', () => {
    expect(parseMarkdown('first line\n   second line\n\n\nnext paragraph  ')).toEqual([
      para(text('first line second line')),
      para(text('next paragraph')),
    ]);
    expect(parseMarkdown('only\n   \t\nblank-ish')).toEqual([para(text('only')), para(text('blank-ish'))]);
  });

  it('makes two trailing spaces or a backslash a hard break, but not at the end of a paragraph', () => {
    expect(inline('one  \ntwo\\\nthree \nfour')).toEqual([text('one'), br, text('two'), br, text('three four')]);
    expect(inline('*em*   \nafter')).toEqual([em(text('em')), br, text('after')]);
    expect(inline('ends here  ')).toEqual([text('ends here')]);
    expect(inline('ends with \\')).toEqual([text('ends with \\')]);
    // An escaped backslash at the end of a line is a backslash, not a break.
    expect(inline('a\\\\\nb')).toEqual([text('a\\ b')]);
  });

  it('reads bullet lists with any of - * +, one list per bullet character', () => {
    expect(parseMarkdown('- one\n- two\n* star\n+ plus')).toEqual([
      { type: 'list', ordered: false, start: 1, items: [[para(text('one'))], [para(text('two'))]] },
      { type: 'list', ordered: false, start: 1, items: [[para(text('star'))]] },
      { type: 'list', ordered: false, start: 1, items: [[para(text('plus'))]] },
    ]);
  });

  it('reads ordered lists keeping their start number, with . or )', () => {
    expect(parseMarkdown('3. three\n4. four')).toEqual([
      { type: 'list', ordered: true, start: 3, items: [[para(text('three'))], [para(text('four'))]] },
    ]);
    expect(parseMarkdown('1) a\n2) b\n1. c')).toEqual([
      { type: 'list', ordered: true, start: 1, items: [[para(text('a'))], [para(text('b'))]] },
      { type: 'list', ordered: true, start: 1, items: [[para(text('c'))]] },
    ]);
    expect(parseMarkdown('0. zero')).toEqual([{ type: 'list', ordered: true, start: 0, items: [[para(text('zero'))]] }]);
  });

  it('continues list items on indented and lazy lines, across blank lines, and ends the list after', () => {
    expect(parseMarkdown('- first line\ncontinued lazily\n- second\n\n  still second\n\nafter the list')).toEqual([
      {
        type: 'list',
        ordered: false,
        start: 1,
        items: [[para(text('first line continued lazily'))], [para(text('second')), para(text('still second'))]],
      },
      para(text('after the list')),
    ]);
    expect(parseMarkdown('-\n- b')).toEqual([{ type: 'list', ordered: false, start: 1, items: [[], [para(text('b'))]] }]);
  });

  it("nests a list indented to the parent item's text, under bullets and numbers alike", () => {
    const nested = (...items: string[]): Block => ({ type: 'list', ordered: false, start: 1, items: items.map((i) => [para(text(i))]) });
    expect(parseMarkdown('- parent\n  - child a\n  - child b\n- sibling')).toEqual([
      { type: 'list', ordered: false, start: 1, items: [[para(text('parent')), nested('child a', 'child b')], [para(text('sibling'))]] },
    ]);
    expect(parseMarkdown('1. parent\n   - child\n2. next')).toEqual([
      { type: 'list', ordered: true, start: 1, items: [[para(text('parent')), nested('child')], [para(text('next'))]] },
    ]);
    // As in CommonMark, two spaces are short of the text of `1. `: the bullet starts a list of its own.
    expect(parseMarkdown('1. parent\n  - child\n2. next')).toEqual([
      { type: 'list', ordered: true, start: 1, items: [[para(text('parent'))]] },
      nested('child'),
      { type: 'list', ordered: true, start: 2, items: [[para(text('next'))]] },
    ]);
    // A number indented by two under a number is a sibling, not a nested list of one.
    expect(parseMarkdown('1. a\n  2. b')).toEqual([{ type: 'list', ordered: true, start: 1, items: [[para(text('a'))], [para(text('b'))]] }]);
  });

  it('lets only a list starting at 1 interrupt a paragraph, so years in prose stay prose', () => {
    expect(parseMarkdown('Arrivals rose sharply in\n2024. Then they fell.')).toEqual([para(text('Arrivals rose sharply in 2024. Then they fell.'))]);
    expect(parseMarkdown('Steps:\n1. register\n- or this')).toEqual([
      para(text('Steps:')),
      { type: 'list', ordered: true, start: 1, items: [[para(text('register'))]] },
      { type: 'list', ordered: false, start: 1, items: [[para(text('or this'))]] },
    ]);
    expect(parseMarkdown('2024\\. A year.')).toEqual([para(text('2024. A year.'))]);
    expect(parseMarkdown('-5 degrees\n1.5 million')).toEqual([para(text('-5 degrees 1.5 million'))]);
  });

  it('reads block quotes, nested, with lazy continuation and blocks inside', () => {
    expect(parseMarkdown('> quoted\nlazy line\n>\n> > inner\n\nout')).toEqual([
      {
        type: 'quote',
        children: [para(text('quoted lazy line')), { type: 'quote', children: [para(text('inner'))] }],
      },
      para(text('out')),
    ]);
    expect(parseMarkdown('>## Title\n>- item')).toEqual([
      { type: 'quote', children: [heading(2, text('Title')), { type: 'list', ordered: false, start: 1, items: [[para(text('item'))]] }] },
    ]);
    expect(parseMarkdown('- > quoted item')).toEqual([
      { type: 'list', ordered: false, start: 1, items: [[{ type: 'quote', children: [para(text('quoted item'))] }]] },
    ]);
  });

  it('reads thematic breaks, which also end paragraphs (no setext headings)', () => {
    expect(parseMarkdown('---\n***\n_ _ _\n  - - -')).toEqual([rule, rule, rule, rule]);
    expect(parseMarkdown('Title\n---\ntext')).toEqual([para(text('Title')), rule, para(text('text'))]);
    expect(parseMarkdown('--')).toEqual([para(text('--'))]);
  });

  it('handles CRLF and CR line endings and a byte order mark', () => {
    expect(parseMarkdown('\uFEFF# Title\r\n\r\nline one\r\nline two  \r\nthree\rfour')).toEqual([
      heading(1, text('Title')),
      para(text('line one line two'), br, text('three four')),
    ]);
    expect(parseMarkdown('\uFEFF')).toEqual([]);
    expect(parseMarkdown('')).toEqual([]);
    expect(parseMarkdown(' \n\t\n')).toEqual([]);
  });

  it('expands tabs in indentation', () => {
    expect(parseMarkdown('-\tone\n\t- nested')).toEqual([
      {
        type: 'list',
        ordered: false,
        start: 1,
        items: [[para(text('one')), { type: 'list', ordered: false, start: 1, items: [[para(text('nested'))]] }]],
      },
    ]);
  });
});

describe('parseMarkdown: inline', () => {
  it('reads strong and em with both markers, nested', () => {
    expect(inline('**a** __b__ *c* _d_ ***e*** **f *g* h**')).toEqual([
      strong(text('a')),
      text(' '),
      strong(text('b')),
      text(' '),
      em(text('c')),
      text(' '),
      em(text('d')),
      text(' '),
      em(strong(text('e'))),
      text(' '),
      strong(text('f '), em(text('g')), text(' h')),
    ]);
  });

  it('keeps underscores inside words (snake_case) but lets * emphasise inside words', () => {
    expect(inline('snake_case_name and __init__ and file_2024_final.xlsx')).toEqual([
      text('snake_case_name and '),
      strong(text('init')),
      text(' and file_2024_final.xlsx'),
    ]);
    expect(inline('un*believ*able _not_here')).toEqual([text('un'), em(text('believ')), text('able _not_here')]);
    expect(inline('(_quoted_) "*x*"')).toEqual([text('('), em(text('quoted')), text(') "'), em(text('x')), text('"')]);
  });

  it('leaves unclosed or space-flanked markers as text', () => {
    expect(inline('**unclosed and *also')).toEqual([text('**unclosed and *also')]);
    expect(inline('a * b * c and 2 * 3')).toEqual([text('a * b * c and 2 * 3')]);
    expect(inline('_ not _ em')).toEqual([text('_ not _ em')]);
    expect(inline('**a*')).toEqual([text('*'), em(text('a'))]);
    expect(inline('*foo**bar*')).toEqual([em(text('foo**bar'))]);
  });

  it('reads code spans literally, with * and {{ inside, and any backtick count', () => {
    expect(inline('use `a * b {{POP_TOTAL}} _c_ [x](https://y)` here')).toEqual([
      text('use '),
      code('a * b {{POP_TOTAL}} _c_ [x](https://y)'),
      text(' here'),
    ]);
    expect(inline('``code with ` inside`` and `` `tick` ``')).toEqual([code('code with ` inside'), text(' and '), code('`tick`')]);
    expect(inline('`spans\nlines`')).toEqual([code('spans lines')]);
    expect(inline('`unclosed and ``mismatched')).toEqual([text('`unclosed and ``mismatched')]);
    expect(inline('\\`not code`')).toEqual([text('`not code`')]);
  });

  it('links https and mailto URLs only; other schemes stay plain text', () => {
    expect(inline('[report](https://example.org/r?a=1&b=(2)) and [write](mailto:focal@city.example)')).toEqual([
      link('https://example.org/r?a=1&b=(2)', text('report')),
      text(' and '),
      link('mailto:focal@city.example', text('write')),
    ]);
    expect(inline('[**bold** link](HTTPS://EXAMPLE.ORG)')).toEqual([link('HTTPS://EXAMPLE.ORG', strong(text('bold')), text(' link'))]);
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'http://example.org', 'data:text/html,x', '/relative', 'https://', 'vbscript:x', 'https://a b']) {
      expect(inline(`[click](${bad})`)).toEqual([text(`[click](${bad})`)]);
    }
    expect(inline('[no url] and [text] (https://spaced.example)')).toEqual([text('[no url] and [text] (https://spaced.example)')]);
  });

  it('does not nest links, and lets emphasis wrap them', () => {
    expect(inline('[a [b](https://b.example)](https://a.example)')).toEqual([
      text('[a '),
      link('https://b.example', text('b')),
      text('](https://a.example)'),
    ]);
    expect(inline('*[a](https://a.example)*')).toEqual([em(link('https://a.example', text('a')))]);
    expect(inline('*[a*](https://a.example)')).toEqual([text('*'), link('https://a.example', text('a*'))]);
  });

  it('keeps raw HTML as text', () => {
    expect(parseMarkdown('<script>alert("x")</script>\n<b onclick="x()">bold</b> <!-- c -->')).toEqual([
      para(text('<script>alert("x")</script> <b onclick="x()">bold</b> <!-- c -->')),
    ]);
    expect(parseMarkdown('<div>\n\n</div>')).toEqual([para(text('<div>')), para(text('</div>'))]);
  });

  it('honours backslash escapes of punctuation only', () => {
    expect(inline('\\*not em\\* \\_nor\\_ \\[nor link\\](https://x.example) \\# \\{{POP_TOTAL}} \\a \\\\')).toEqual([
      text('*not em* _nor_ [nor link](https://x.example) # {{POP_TOTAL}} \\a \\'),
    ]);
  });

  it('reads citations alone, in emphasis, in links and headings', () => {
    const pop = { indicator: 'POP_TOTAL', period: '2024', breakdown: {} };
    expect(inline('Population: {{POP_TOTAL 2024}}.')).toEqual([text('Population: '), cite('{{POP_TOTAL 2024}}', pop), text('.')]);
    expect(inline('**{{POP_TOTAL 2024}}**')).toEqual([strong(cite('{{POP_TOTAL 2024}}', pop))]);
    expect(inline('[{{POP_TOTAL 2024}}](https://stats.example)')).toEqual([link('https://stats.example', cite('{{POP_TOTAL 2024}}', pop))]);
    expect(parseMarkdown('## {{POP_TOTAL 2024}}')).toEqual([heading(2, cite('{{POP_TOTAL 2024}}', pop))]);
    expect(inline('{{ POP_TOTAL\n2024 }}')).toEqual([cite('{{ POP_TOTAL\n2024 }}', pop)]);
  });

  it('keeps malformed citations as bad-citation and stray braces as text', () => {
    expect(inline('{{}} {{pop}} {{ POP_TOTAL 24 }}')).toEqual([
      badCite('{{}}', 'empty'),
      text(' '),
      badCite('{{pop}}', 'bad-indicator'),
      text(' '),
      badCite('{{ POP_TOTAL 24 }}', 'bad-period'),
    ]);
    expect(inline('{{{POP_TOTAL}}} {single} {{unclosed and }')).toEqual([
      text('{'),
      cite('{{POP_TOTAL}}', { indicator: 'POP_TOTAL', period: null, breakdown: {} }),
      text('} {single} {{unclosed and }'),
    ]);
    expect(inline(`{{${'A'.repeat(501)}}}`)).toEqual([text(`{{${'A'.repeat(501)}}}`)]);
  });

  it('reads French text with citations inside emphasis', () => {
    expect(
      parseMarkdown("## Population\n\nEn 2024, la ville comptait *{{POP_TOTAL 2024}} habitants*, dont **{{MIG_BY_STATUS 2024 status=REF sex=F}} réfugiées** — l'_essentiel_ de l'augmentation."),
    ).toEqual([
      heading(2, text('Population')),
      para(
        text('En 2024, la ville comptait '),
        em(cite('{{POP_TOTAL 2024}}', { indicator: 'POP_TOTAL', period: '2024', breakdown: {} }), text(' habitants')),
        text(', dont '),
        strong(
          cite('{{MIG_BY_STATUS 2024 status=REF sex=F}}', { indicator: 'MIG_BY_STATUS', period: '2024', breakdown: { status: 'REF', sex: 'F' } }),
          text(' réfugiées'),
        ),
        text(" — l'"),
        em(text('essentiel')),
        text(" de l'augmentation."),
      ),
    ]);
  });

  it('reads Arabic text with citations inside emphasis, an Arabic area code and a list', () => {
    const blocks = parseMarkdown('# السكان\n\nبلغ عدد السكان **{{POP_TOTAL 2024}}** نسمة، منهم _{{POP_TOTAL age=Y15T24 area=المدينة_العتيقة}}_ شاب.\n\n- حي_الزهور\n- أولًا');
    expect(blocks).toEqual([
      heading(1, text('السكان')),
      para(
        text('بلغ عدد السكان '),
        strong(cite('{{POP_TOTAL 2024}}', { indicator: 'POP_TOTAL', period: '2024', breakdown: {} })),
        text(' نسمة، منهم '),
        em(
          cite('{{POP_TOTAL age=Y15T24 area=المدينة_العتيقة}}', {
            indicator: 'POP_TOTAL',
            period: null,
            breakdown: { age: 'Y15T24', area: 'المدينة_العتيقة' },
          }),
        ),
        text(' شاب.'),
      ),
      { type: 'list', ordered: false, start: 1, items: [[para(text('حي_الزهور'))], [para(text('أولًا'))]] },
    ]);
  });
});

describe('collectCitations', () => {
  it('lists every valid citation in reading order, through every kind of block and inline', () => {
    const blocks = parseMarkdown(
      '# {{A}}\n\n> quote {{B 2024}}\n\n- item *{{C sex=F}}*\n  - nested [{{D}}](https://x.example)\n\n`{{NOT_CODE}}` {{bad}} **{{E 2024-Q1}}**',
    );
    expect(collectCitations(blocks).map(citationKey)).toEqual(['A', 'B 2024', 'C sex=F', 'D', 'E 2024-Q1']);
    expect(collectCitations([])).toEqual([]);
  });

  it('copes with hand-built trees far deeper than the parser makes', () => {
    let node: Inline = cite('{{DEEP}}', { indicator: 'DEEP', period: null, breakdown: {} });
    for (let k = 0; k < 100_000; k++) node = em(node);
    expect(collectCitations([para(node)]).map(citationKey)).toEqual(['DEEP']);
  });
});

describe('the sample city narrative', () => {
  it('parses in every language with every citation valid and collected', () => {
    expect(sampleNarrative.length).toBeGreaterThan(0);
    for (const { section, locale, markdown } of sampleNarrative) {
      const blocks = parseMarkdown(markdown);
      const written = markdown.match(/\{\{[^{}]*\}\}/g) ?? [];
      const expected = written.map((raw) => {
        const parsed = parseCitation(raw.slice(2, -2));
        return parsed.ok ? citationKey(parsed.citation) : `${raw}: ${parsed.reason}`;
      });
      expect(collectCitations(blocks).map(citationKey), `${section}/${locale}`).toEqual(expected);
      expect(JSON.stringify(blocks), `${section}/${locale}`).not.toContain('bad-citation');
    }
  });
});

describe('parseCitation', () => {
  it('reads an indicator alone, with a period, with a breakdown in any order, with free spacing', () => {
    expect(parseCitation('POP_TOTAL')).toEqual({ ok: true, citation: { indicator: 'POP_TOTAL', period: null, breakdown: {} } });
    expect(parseCitation('  MIG_BY_STATUS\t2024  status=REF   sex=F ')).toEqual({
      ok: true,
      citation: { indicator: 'MIG_BY_STATUS', period: '2024', breakdown: { status: 'REF', sex: 'F' } },
    });
    expect(parseCitation('POP_TOTAL age = Y15T24 sex= M origin =TN area=Medina-2')).toEqual({
      ok: true,
      citation: { indicator: 'POP_TOTAL', period: null, breakdown: { age: 'Y15T24', sex: 'M', origin: 'TN', area: 'Medina-2' } },
    });
    expect(parseCitation('tunis.LOCAL_DESKS 2024-S2 origin=788')).toEqual({
      ok: true,
      citation: { indicator: 'tunis.LOCAL_DESKS', period: '2024-S2', breakdown: { origin: '788' } },
    });
  });

  it('gives every error reason', () => {
    const cases: [string, CitationError][] = [
      ['', 'empty'],
      ['   \n ', 'empty'],
      ['pop_total', 'bad-indicator'],
      ['1POP', 'bad-indicator'],
      ['Tunis.LOCAL', 'bad-indicator'],
      ['tunis.local', 'bad-indicator'],
      ['POP-TOTAL', 'bad-indicator'],
      ['sex=F', 'bad-indicator'],
      ['POP_TOTAL 24', 'bad-period'],
      ['POP_TOTAL 2024-13', 'bad-period'],
      ['POP_TOTAL 2024 2025', 'bad-period'],
      ['POP_TOTAL latest', 'bad-period'],
      ['POP_TOTAL gender=F', 'unknown-dimension'],
      ['POP_TOTAL Sex=F', 'unknown-dimension'],
      ['POP_TOTAL =F', 'unknown-dimension'],
      ['POP_TOTAL sex=f', 'bad-code'],
      ['POP_TOTAL sex=', 'bad-code'],
      ['POP_TOTAL age=Y15-24', 'bad-code'],
      ['POP_TOTAL status=REFUGEE', 'bad-code'],
      ['POP_TOTAL origin=tn', 'bad-code'],
      ['POP_TOTAL origin=TUN', 'bad-code'],
      ['POP_TOTAL origin=78', 'bad-code'],
      ['POP_TOTAL area=', 'bad-code'],
      [`POP_TOTAL area=${'a'.repeat(41)}`, 'bad-code'],
      ['POP_TOTAL area=a.b', 'bad-code'],
      ['POP_TOTAL sex=F sex=M', 'repeated-dimension'],
      ['POP_TOTAL sex=F age=Y_GE65 sex=F', 'repeated-dimension'],
    ];
    for (const [inner, reason] of cases) expect(parseCitation(inner), inner).toEqual({ ok: false, reason });
  });

  it('accepts exactly the catalogue codes of the closed codelists', () => {
    const file = readFileSync(new URL('../../resources/catalogue/codelists.json', import.meta.url), 'utf8');
    const codelists = z.array(Codelist).parse(JSON.parse(file));
    const fromCatalogue = new Map(codelists.map((list) => [list.code, list.values.map((v) => v.code)]));
    expect(Object.keys(closedDimensionCodes)).toEqual(['sex', 'age', 'status']);
    expect(fromCatalogue.get('sex')).toEqual(closedDimensionCodes.sex);
    expect(fromCatalogue.get('age')).toEqual(closedDimensionCodes.age);
    expect(fromCatalogue.get('status')).toEqual(closedDimensionCodes.status);
    expect(fromCatalogue.get('origin')).toEqual([]);
    expect(fromCatalogue.get('area')).toEqual([]);
    expect([...dimensionNames]).toEqual(codelists.map((list) => list.code));
    for (const dimension of ['sex', 'age', 'status'] as const) {
      for (const value of closedDimensionCodes[dimension]) expect(parseCitation(`X ${dimension}=${value}`).ok).toBe(true);
    }
  });

  it('accepts area codes in any script, up to 40 characters', () => {
    for (const area of ['Médina', 'المدينة_العتيقة', 'a', 'ZONE-3_b', '中心区', 'x'.repeat(40)]) {
      expect(parseCitation(`X area=${area}`)).toEqual({ ok: true, citation: { indicator: 'X', period: null, breakdown: { area } } });
    }
  });
});

describe('isValidPeriod', () => {
  it('accepts years, halves, quarters, months and real days between 1900 and 2100', () => {
    for (const p of ['1900', '2100', '2024', '2024-S1', '2024-S2', '2024-Q1', '2024-Q4', '2024-01', '2024-12', '2024-05-17', '2024-02-29', '2000-02-29', '2023-12-31']) {
      expect(isValidPeriod(p), p).toBe(true);
    }
  });

  it('rejects everything else', () => {
    for (const p of ['', '1899', '2101', '24', '02024', '2024-S3', '2024-S0', '2024-Q0', '2024-Q5', '2024-00', '2024-13', '2024-1', '2024-02-30', '2023-02-29', '1900-02-29', '2024-04-31', '2024-05-00', '2024-S1-01', '2024-05-17T00', ' 2024', '٢٠٢٤']) {
      expect(isValidPeriod(p), p).toBe(false);
    }
  });
});

describe('formatCitation and citationKey', () => {
  it('writes the canonical form, dimensions in catalogue order', () => {
    const c: Citation = { indicator: 'MIG_BY_STATUS', period: '2024', breakdown: { area: 'Centre', status: 'REF', sex: 'F', origin: 'SY', age: 'Y25T54' } };
    expect(formatCitation(c)).toBe('{{MIG_BY_STATUS 2024 sex=F age=Y25T54 status=REF origin=SY area=Centre}}');
    expect(formatCitation({ indicator: 'POP_TOTAL', period: null, breakdown: {} })).toBe('{{POP_TOTAL}}');
    expect(citationKey(c)).toBe('MIG_BY_STATUS 2024 sex=F age=Y25T54 status=REF origin=SY area=Centre');
  });

  it('round-trips through parseCitation and the Markdown parser', () => {
    const citations: Citation[] = [
      { indicator: 'POP_TOTAL', period: null, breakdown: {} },
      { indicator: 'POP_TOTAL', period: '2024-05-17', breakdown: { age: 'Y_LT15' } },
      { indicator: 'tunis.LOCAL_DESKS', period: '2023-Q3', breakdown: { area: 'المدينة', origin: '004' } },
      { indicator: 'MIG_BY_STATUS', period: '2024-S1', breakdown: { status: 'IDP', sex: 'X' } },
    ];
    for (const c of citations) {
      const formatted = formatCitation(c);
      expect(parseCitation(formatted.slice(2, -2))).toEqual({ ok: true, citation: c });
      expect(inline(formatted)).toEqual([cite(formatted, c)]);
    }
  });

  it('gives equal keys to citations that differ only in the order they were written', () => {
    const a = parseCitation('X 2024 sex=F status=REF');
    const b = parseCitation('X  status=REF 2024 sex = F');
    if (!a.ok || !b.ok) throw new Error('both should parse');
    expect(citationKey(a.citation)).toBe(citationKey(b.citation));
    expect(citationKey(a.citation)).not.toBe(citationKey({ ...a.citation, period: null }));
  });
});

describe('hostile input', () => {
  // No timing assertions (they flake on slow machines): a quadratic parser would take minutes on
  // these 200 000-character inputs and hit the test timeout; a linear one takes milliseconds.
  const n = 200_000;
  const inputs: Record<string, string> = {
    'asterisks': '*'.repeat(n),
    'underscores': '_'.repeat(n),
    'open brackets': '['.repeat(n),
    'close brackets': ']'.repeat(n),
    'open braces': '{'.repeat(n),
    'backticks': '`'.repeat(n),
    'backslashes': '\\'.repeat(n),
    'quote markers': '>'.repeat(n),
    'list markers': '- '.repeat(n / 2) + 'x',
    'ordered markers': '1. '.repeat(n / 3) + 'x',
    'hashes': '#'.repeat(n),
    'alternating emphasis': '*a'.repeat(n / 2),
    'unmatched closers': 'a* '.repeat(n / 3),
    'deep emphasis': '*a '.repeat(n / 6) + ' a*'.repeat(n / 6),
    'deep strong': '**a '.repeat(n / 8) + 'a** '.repeat(n / 8),
    'link openers': '[a]('.repeat(n / 4),
    'unclosed citations': '{{A '.repeat(n / 4),
    'many citations': '{{POP_TOTAL 2024 sex=F}}'.repeat(n / 24),
    'growing backtick runs': Array.from({ length: 600 }, (_, k) => '`'.repeat(k + 1) + 'a').join(''),
    'short lines': 'word \n'.repeat(n / 6),
    'list lines': '- a\n'.repeat(n / 4),
    'nested lists': Array.from({ length: 500 }, (_, k) => `${' '.repeat(2 * k)}- level ${k}`).join('\n'),
    'everything': '*_`[]{}\\\n>#-( )'.repeat(n / 16),
  };

  for (const [name, source] of Object.entries(inputs)) {
    it(`parses ${name} without throwing, keeping the text, within the depth caps`, () => {
      const blocks = parseMarkdown(source);
      expect(Array.isArray(blocks)).toBe(true);
      expect(depthOf(blocks)).toBeLessThanOrEqual(40);
      expect(() => JSON.stringify(blocks)).not.toThrow();
      collectCitations(blocks);
    });
  }

  it('keeps all the text of formatting nested beyond the cap', () => {
    const source = 'a *'.repeat(1000) + 'core' + '* b'.repeat(1000);
    const blocks = parseMarkdown(source);
    expect(plainText(blocks)).toBe(source.replaceAll('*', ''));
    expect(depthOf(blocks)).toBeLessThanOrEqual(20);
  });

  it('keeps the text of containers nested past the guard, as text', () => {
    const nestedLists = Array.from({ length: 500 }, (_, k) => `${' '.repeat(2 * k)}- level ${k}`).join('\n');
    expect(plainText(parseMarkdown(nestedLists)).match(/level \d+/g)).toHaveLength(500);
    expect(plainText(parseMarkdown(`${'- '.repeat(n / 2)}x`))).toBe(`${'- '.repeat(n / 2 - maxMarkersPerLine)}x`);
    expect(plainText(parseMarkdown('>'.repeat(n)))).toBe('>'.repeat(n - maxMarkersPerLine));
    expect(plainText(parseMarkdown(`${'1. '.repeat(20)}x`))).toBe(`${'1. '.repeat(20 - maxMarkersPerLine)}x`);
    const quotes = (depth: number): string => `${'> '.repeat(depth)}deep`;
    expect(depthOf(parseMarkdown(quotes(maxMarkersPerLine)))).toBeLessThanOrEqual(maxBlockDepth + 1);
    expect(plainText(parseMarkdown(quotes(maxMarkersPerLine + 3)))).toBe('> > > deep');
  });

  it('leaves a long thematic break a break, not a nest of lists', () => {
    expect(parseMarkdown('- - - - - - - - - - - - -')).toEqual([rule]);
    expect(parseMarkdown('* * * * * * * * * * * * *')).toEqual([rule]);
  });

  it('keeps a flat run of markers as literal text', () => {
    expect(parseMarkdown(`x${'*'.repeat(n)}x`)).toEqual([para(text(`x${'*'.repeat(n)}x`))]);
    expect(parseMarkdown('*'.repeat(n))).toEqual([rule]);
    expect(parseMarkdown('['.repeat(n))).toEqual([para(text('['.repeat(n)))]);
    expect(parseMarkdown('{'.repeat(n))).toEqual([para(text('{'.repeat(n)))]);
  });
});
