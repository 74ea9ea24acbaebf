import { describe, expect, it } from 'vitest';
import { applyEdit, insertCitation, insertLink, linkAddress, toggleLines, toggleWrap, type TextEdit } from '../../renderer/src/features/profile/narrative/markdown-edits';

/** The text after the edit, with the selection shown as [ and ] (or | for a cursor). */
function after(text: string, edit: TextEdit): string {
  const next = applyEdit(text, edit);
  const { start, end } = edit.selection;
  if (start === end) return `${next.slice(0, start)}|${next.slice(start)}`;
  return `${next.slice(0, start)}[${next.slice(start, end)}]${next.slice(end)}`;
}

describe('the formatting toolbar edits the Markdown', () => {
  it('makes the selected words bold and keeps them selected, leaving the space a double click took along', () => {
    const text = 'The city counts women among';
    expect(after(text, toggleWrap(text, { start: 16, end: 22 }, '**', 'bold text'))).toBe('The city counts **[women]** among');
  });

  it('takes bold off again, whether the stars are selected or just around the selection', () => {
    expect(after('a **b** c', toggleWrap('a **b** c', { start: 4, end: 5 }, '**', 'x'))).toBe('a [b] c');
    expect(after('a **b** c', toggleWrap('a **b** c', { start: 2, end: 7 }, '**', 'x'))).toBe('a [b] c');
  });

  it('inserts a selected placeholder without a selection, and a second press takes it away', () => {
    const first = toggleWrap('Hello ', { start: 6, end: 6 }, '**', 'bold text');
    expect(after('Hello ', first)).toBe('Hello **[bold text]**');
    const text = applyEdit('Hello ', first);
    expect(after(text, toggleWrap(text, { start: 8, end: 8 + 'bold text'.length }, '**', 'bold text'))).toBe('Hello **[bold text]**'.replace('**[bold text]**', '[bold text]'));
  });

  it('does not read bold as italic', () => {
    expect(applyEdit('**b**', toggleWrap('**b**', { start: 0, end: 5 }, '*', 'x'))).toBe('***b***');
  });

  it('wraps each line of a selection over several lines, since emphasis cannot cross paragraphs', () => {
    const text = 'one\n\ntwo';
    expect(applyEdit(text, toggleWrap(text, { start: 0, end: text.length }, '**', 'x'))).toBe('**one**\n\n**two**');
  });

  it('turns the lines a selection touches into a list, numbered in order, and back', () => {
    const text = 'Intro\nfirst\nsecond\n\nOutro';
    const numbered = toggleLines(text, { start: 8, end: 14 }, 'numbered');
    expect(after(text, numbered)).toBe('Intro\n[1. first\n2. second]\n\nOutro');
    const listed = applyEdit(text, numbered);
    expect(applyEdit(listed, toggleLines(listed, { start: 6, end: 24 }, 'numbered'))).toBe(text);
    expect(applyEdit(listed, toggleLines(listed, { start: 6, end: 24 }, 'bullet'))).toBe('Intro\n- first\n- second\n\nOutro');
  });

  it('keeps the paragraph under a new list out of its last item with a blank line', () => {
    const text = 'first\nsecond\nThe city counts.';
    expect(after(text, toggleLines(text, { start: 0, end: 12 }, 'bullet'))).toBe('[- first\n- second]\n\nThe city counts.');
    expect(after('a\nb', toggleLines('a\nb', { start: 1, end: 1 }, 'numbered'))).toBe('1. a|\n\nb');
  });

  it('makes the cursor line a heading and keeps the cursor on its word', () => {
    const text = 'Intro\nIn short\nmore';
    expect(after(text, toggleLines(text, { start: 9, end: 9 }, 'heading'))).toBe('Intro\n## In |short\nmore');
    const heading = 'Intro\n## In short\nmore';
    expect(after(heading, toggleLines(heading, { start: 12, end: 12 }, 'heading'))).toBe('Intro\nIn |short\nmore');
  });

  it('starts a list on an empty line with the cursor after the bullet', () => {
    expect(after('a\n', toggleLines('a\n', { start: 2, end: 2 }, 'bullet'))).toBe('a\n- |');
  });

  it('links the selected words, escaping what Markdown would misread', () => {
    const text = 'See the [draft] report';
    expect(after(text, insertLink(text, { start: 4, end: 22 }, 'https://example.org/a b', 'the [draft] report'))).toBe('See [the \\[draft\\] report](https://example.org/a%20b)|');
  });

  it('reads what a writer types as an address the parser accepts', () => {
    expect(linkAddress('https://iom.int')).toEqual({ ok: true, href: 'https://iom.int' });
    expect(linkAddress('www.iom.int/en')).toEqual({ ok: true, href: 'https://www.iom.int/en' });
    expect(linkAddress('focal@city.tn')).toEqual({ ok: true, href: 'mailto:focal@city.tn' });
    expect(linkAddress('http://iom.int')).toEqual({ ok: false, problem: 'insecure' });
    expect(linkAddress('javascript:alert(1)')).toEqual({ ok: false, problem: 'scheme' });
    expect(linkAddress('  ')).toEqual({ ok: false, problem: 'empty' });
    expect(linkAddress('not a link')).toEqual({ ok: false, problem: 'invalid' });
  });

  it('keeps a citation apart from the words around it', () => {
    expect(after('residents:', insertCitation('residents:', { start: 10, end: 10 }, '{{POP_TOTAL}}'))).toBe('residents: {{POP_TOTAL}}|');
    expect(after('a b', insertCitation('a b', { start: 2, end: 2 }, '{{X}}'))).toBe('a {{X}} |b');
  });
});
