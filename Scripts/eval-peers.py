#!/usr/bin/env python3
"""Score peer tools on KoEn's gold corpus, the same way KoEn is scored.

Peers (never dependencies of KoEn; install them in a throw-away virtual environment):
    python3 -m venv /tmp/peers-venv
    /tmp/peers-venv/bin/pip install lingua-language-detector pycld2 langid justext lxml_html_clean trafilatura
    /tmp/peers-venv/bin/python Scripts/eval-peers.py [Corpora/Documents]

Every table is printed twenty-four times: over all documents, over the documents whose `split`
starts with `round-6` (`round-6` and `round-6-opened`), over round 8 (`round-8-unseen`), over
round 9 (`round-9-unseen`), over round 10 (`round-10-opened`, a fresh batch at its first
reading), over round 12 (`round-12-opened`, likewise), over round 13 (`round-13-opened`,
likewise), over round 14 (`round-14-opened`, likewise), over round 15 (`round-15-opened`,
likewise), over round 16 (`round-16-opened`, likewise), over round 17 (`round-17-opened`,
likewise), over round 18 (`round-18-opened`, likewise), over round 19 (`round-19-opened`,
likewise), over round 20 (`round-20-opened`, likewise), over round 21 (`round-21-opened`,
likewise), over round 22 (`round-22-opened`, likewise), over round 23 (`round-23-opened`, likewise),
over round 24 (`round-24-opened`, likewise), over round 25 (`round-25-opened`, likewise),
over round 26 (`round-26-opened`, likewise), over round 27 (`round-27-opened`, likewise),
over round 28 (`round-28-opened`, likewise), over round 29 (`round-29-opened`, likewise) and
over the next fresh batch, round 30 (`round-30-unseen`; empty until one is labelled). A peer that is not
installed is reported as such and skipped.

Language-ID peers (lingua, pycld2, langid), asked per document:
  * dominant language: the peer's language for the whole text (restricted to ko/en);
  * per line: its language segments — lingua's detect_multiple_languages_of (mixed-language
    mode), pycld2's detect(returnVectors=True), and langid's classify of the whole line
    (one language per line, so langid never says `mixed`) — giving the line's language (en,
    ko, mixed when both appear, none without letters; when the peer returns nothing usable
    the letters present decide) and the fragments: segments in the non-dominant language,
    trimmed to their first and last letter of that language;
  * role: a language-ID tool has no notion of chrome, so a line is `untranslated` when it is
    entirely in the non-dominant language, `blank` when it is empty or white space, and
    `content` otherwise.

Chrome peers (boilerplate removers jusText and trafilatura), news pages only: they take
HTML, so each line of the page becomes its own `<p>` element (text HTML-escaped, blank lines
as empty `<p>`) in a minimal UTF-8 HTML document with an empty title. A line the tool keeps is
`content`, a line it drops is `chrome`, an empty line is `blank`.
  * jusText (English stop list, the pages' dominant language; default parameters): every
    paragraph it returns carries the XPath of its element (`/html[1]/body[1]/p[N]`), so
    paragraph N is line N; a line is kept when its paragraph has `is_boilerplate` false.
  * trafilatura (`extract` with default options, plain-text output): the returned text is
    mapped back to lines by exact text match after collapsing runs of white space: its
    output lines are walked in order, each matched to the first not yet matched page line
    with the same text at or after the previous match (then anywhere before it); output
    lines that match no page line are ignored, and a page for which `extract` returns
    nothing keeps no line.
They say nothing about language, so only role and chrome are scored for them.

Metrics are KoEn's (KoEnEvaluation's AnalysisEvaluation, `koen eval`): line-language
accuracy, role accuracy, precision/recall/F1 of chrome and untranslated lines, and
character-level P/R/F1 of fragments (a fragment's characters matched by position in the
line), pooled per kind over lines and characters.
"""
import html
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDER = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'Corpora', 'Documents')


def is_ko(c):
    o = ord(c)
    return (0xAC00 <= o <= 0xD7A3 or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F
            or 0xA960 <= o <= 0xA97F or 0xD7B0 <= o <= 0xD7FF
            or 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF)


def is_en(c):
    if not c.isalpha():
        return False
    try:
        return 'LATIN' in unicodedata.name(c)
    except ValueError:
        return False


def letter_of(lang):
    return is_ko if lang == 'ko' else is_en


def load(folder):
    docs = []
    for name in sorted(f[:-len('.gold.tsv')] for f in os.listdir(folder) if f.endswith('.gold.tsv')):
        text = open(os.path.join(folder, name + '.txt'), encoding='utf-8').read()
        meta = json.load(open(os.path.join(folder, name + '.meta.json'), encoding='utf-8'))
        rows = open(os.path.join(folder, name + '.gold.tsv'), encoding='utf-8').read().split('\n')[1:]
        gold = []
        for row in rows:
            if not row:
                continue
            _, lang, role, frags = row.split('\t')
            gold.append((lang, role, [f for f in frags.split(';') if f]))
        lines = [line[:-1] if line.endswith('\r') else line
                 for line in (text[:-1] if text.endswith('\n') else text).split('\n')]
        if len(lines) != len(gold):
            sys.exit(f'{name}: {len(gold)} gold rows for {len(lines)} lines')
        docs.append({'name': name, 'kind': meta['kind'], 'dominant': meta['dominant'],
                     'split': meta.get('split') or '', 'lines': lines, 'gold': gold})
    return docs


def gold_positions(line, frags, from_the_end=False):
    """KoEn's placing of gold fragments: each the first occurrence after the previous one,
    else the first anywhere; in a catalogue (`from_the_end`) from the line's end, where the
    value is, so that `"Feedback" = "Feedback";` holds its fragment in the value."""
    found = set()
    if from_the_end:
        bound = len(line)
        for f in reversed(frags):
            if not f:
                continue
            i = line.rfind(f, 0, bound)
            if i < 0:
                i = line.rfind(f)
            if i < 0:
                continue
            found.update(range(i, i + len(f)))
            bound = i
        return found
    start = 0
    for f in frags:
        if not f:
            continue
        i = line.find(f, start)
        if i < 0:
            i = line.find(f)
        if i < 0:
            continue
        found.update(range(i, i + len(f)))
        start = i + len(f)
    return found


class Counts:
    def __init__(self):
        self.docs = self.dominant_ok = self.lines = self.lang_ok = self.role_ok = 0
        self.bin = {k: [0, 0, 0] for k in ('chrome', 'untranslated', 'chars')}

    def add(self, key, tp, fp, fn):
        b = self.bin[key]
        b[0] += tp
        b[1] += fp
        b[2] += fn

    def merge(self, o):
        self.docs += o.docs
        self.dominant_ok += o.dominant_ok
        self.lines += o.lines
        self.lang_ok += o.lang_ok
        self.role_ok += o.role_ok
        for k in self.bin:
            for i in range(3):
                self.bin[k][i] += o.bin[k][i]


def prf(b):
    tp, fp, fn = b
    p = 1.0 if tp + fp == 0 else tp / (tp + fp)
    r = 1.0 if tp + fn == 0 else tp / (tp + fn)
    f = 0.0 if p + r == 0 else 2 * p * r / (p + r)
    return p, r, f


def cell(b):
    """P / R / F1 in percent; n/a when there was nothing to find and nothing was found,
    and a dash for the precision of a peer that predicted nothing."""
    tp, fp, fn = b
    if tp + fp + fn == 0:
        return 'n/a'
    p, r, f = prf(b)
    ptext = '–' if tp + fp == 0 else f'{100 * p:.1f}'
    return f'{ptext} / {100 * r:.1f} / {100 * f:.1f}'


def segments_to_line(line, segs, dominant):
    """segs: list of (start, end, lang) in character offsets. Returns (lang, fragment positions, untranslated)."""
    other = 'en' if dominant == 'ko' else 'ko'
    has_ko = any(is_ko(c) for c in line)
    has_en = any(is_en(c) for c in line)
    langs = set()
    positions = set()
    for start, end, lang in segs:
        is_letter = letter_of(lang)
        if not any(is_letter(c) for c in line[start:end]):
            continue
        langs.add(lang)
        if lang == other:
            idx = [i for i in range(start, end) if letter_of(other)(line[i])]
            if idx:
                positions.update(range(idx[0], idx[-1] + 1))
    if not has_ko and not has_en:
        lang = 'none'
    elif langs == {'ko', 'en'}:
        lang = 'mixed'
    elif langs:
        lang = langs.pop()
    else:
        lang = 'ko' if has_ko else 'en'
    untranslated = lang == other
    return lang, positions, untranslated


def language_labels(doc, dominant, per_line):
    """A language-ID peer's (lang, role, fragment positions) for every line."""
    labels = []
    for line in doc['lines']:
        if not line.strip():
            labels.append(('none', 'blank', set()))
            continue
        lang, pos, untr = segments_to_line(line, per_line(line), dominant)
        labels.append((lang, 'untranslated' if untr else 'content', pos))
    return labels


def score(doc, labels):
    """KoEn's scoring of one document: labels are (lang, role, fragment positions) per line."""
    c = Counts()
    c.docs = 1
    for line, (glang, grole, gfrags), (lang, role, pos) in zip(doc['lines'], doc['gold'], labels):
        c.lines += 1
        c.lang_ok += lang == glang
        c.role_ok += role == grole
        for key in ('chrome', 'untranslated'):
            c.add(key, int(role == key and grole == key), int(role == key and grole != key),
                  int(role != key and grole == key))
        gpos = gold_positions(line, gfrags, from_the_end=doc['kind'] == 'l10n')
        c.add('chars', len(pos & gpos), len(pos - gpos), len(gpos - pos))
    return c


def lingua_peer():
    from lingua import Language, LanguageDetectorBuilder
    det = LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.KOREAN).build()
    code = {Language.ENGLISH: 'en', Language.KOREAN: 'ko'}

    def dominant(text):
        lang = det.detect_language_of(text)
        return code.get(lang, 'en')

    def per_line(line):
        return [(r.start_index, r.end_index, code[r.language]) for r in det.detect_multiple_languages_of(line)
                if r.language in code]
    return dominant, per_line


def cld2_peer():
    import pycld2 as cld2

    def detect(text):
        try:
            return cld2.detect(text, returnVectors=True)
        except cld2.error:
            cleaned = ''.join(ch if ch.isprintable() or ch in '\n\t' else ' ' for ch in text)
            return cld2.detect(cleaned, returnVectors=True)

    def dominant(text):
        details = detect(text)[2]
        for name, c, percent, score in details:
            if c in ('ko', 'en'):
                return c
        return 'en'

    def per_line(line):
        data = line.encode('utf-8')
        # byte offset -> character offset
        char_at = {}
        b = 0
        for i, ch in enumerate(line):
            char_at[b] = i
            b += len(ch.encode('utf-8'))
        char_at[b] = len(line)
        segs = []
        for offset, length, name, c in detect(line)[3]:
            if c not in ('ko', 'en'):
                continue
            start = char_at.get(offset)
            end = char_at.get(offset + length)
            if start is None or end is None:
                continue
            segs.append((start, end, c))
        return segs
    return dominant, per_line


def langid_peer():
    import langid
    identifier = langid.langid.LanguageIdentifier.from_modelstring(langid.langid.model, norm_probs=False)
    identifier.set_languages(['en', 'ko'])

    def dominant(text):
        return identifier.classify(text)[0]

    def per_line(line):
        return [(0, len(line), identifier.classify(line)[0])]
    return dominant, per_line


def page_html(lines):
    """The minimal HTML document the chrome peers read: one <p> per line."""
    body = '\n'.join(f'<p>{html.escape(line)}</p>' for line in lines)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title></title></head><body>\n'
            + body + '\n</body></html>\n')


def justext_peer():
    import justext
    stoplist = justext.get_stoplist('English')

    def kept(lines):
        paragraphs = justext.justext(page_html(lines).encode('utf-8'), stoplist, encoding='utf-8')
        keep = set()
        for p in paragraphs:
            m = re.fullmatch(r'/html\[1\]/body\[1\]/p\[(\d+)\]', p.xpath)
            if m is None:
                sys.exit(f'jusText paragraph at an unexpected path: {p.xpath}')
            if not p.is_boilerplate:
                keep.add(int(m.group(1)) - 1)
        return keep
    return kept


def normalized(text):
    return ' '.join(text.split())


def trafilatura_peer():
    import trafilatura

    def kept(lines):
        out = trafilatura.extract(page_html(lines))
        keep = set()
        if not out:
            return keep
        texts = [normalized(line) for line in lines]
        after = 0
        for o in out.split('\n'):
            o = normalized(o)
            if not o:
                continue
            candidates = [i for i in range(after, len(lines)) if texts[i] == o and i not in keep]
            candidates = candidates or [i for i in range(after) if texts[i] == o and i not in keep]
            if candidates:
                keep.add(candidates[0])
                after = candidates[0] + 1
        return keep
    return kept


def chrome_labels(doc, kept):
    """A chrome peer's (lang, role, fragment positions) for every line; it says nothing
    about language, so lang is left empty (never right) and there are no fragments."""
    keep = kept(doc['lines'])
    return [('', 'blank' if not line.strip() else ('content' if i in keep else 'chrome'), set())
            for i, line in enumerate(doc['lines'])]


def split_is(name):
    """The documents of one split."""
    return lambda doc: doc['split'] == name


def round_opened(n):
    """The documents of fresh batch `n` once opened for development (`round-N-opened`,
    `round-N-…`), not its first, unsplit documents (`round-10`)."""
    return lambda doc: doc['split'].startswith('round-%d-' % n)


SUBSETS = ([('all documents', lambda doc: True),
            ('round 6 (`split` round-6 and round-6-opened)', lambda doc: doc['split'].startswith('round-6')),
            ('round 8 (`split` round-8-unseen)', split_is('round-8-unseen')),
            ('round 9 (`split` round-9-unseen)', split_is('round-9-unseen'))]
           + [('round %d, a fresh batch (`split` round-%d-opened)' % (n, n), round_opened(n))
              for n in [10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29]]
           + [('round 30, the fresh batch (`split` round-30-unseen)', split_is('round-30-unseen'))])


def table(rows, columns):
    """rows: [(name, Counts)]; columns: a subset of lang, role, chrome, untranslated, chars."""
    heads = {'dominant': 'dominant right', 'lang': 'lang acc', 'role': 'role acc', 'chrome': 'chrome P/R/F1',
             'untranslated': 'untranslated P/R/F1', 'chars': 'fragment chars P/R/F1'}
    out = ['| kind | docs | lines | ' + ' | '.join(heads[k] for k in columns) + ' |',
           '|---|---|---|' + '---|' * len(columns)]
    for name, c in rows:
        cells = []
        for k in columns:
            if k == 'dominant':
                cells.append(str(c.dominant_ok))
            elif k == 'lang':
                cells.append(f'{100 * c.lang_ok / max(c.lines, 1):.1f}')
            elif k == 'role':
                cells.append(f'{100 * c.role_ok / max(c.lines, 1):.1f}')
            else:
                cells.append(cell(c.bin[k]))
        out.append(f'| {name} | {c.docs} | {c.lines} | ' + ' | '.join(cells) + ' |')
    return '\n'.join(out) + '\n'


def pooled(scored, keep):
    kinds = {}
    for doc, c in scored:
        if keep(doc):
            kinds.setdefault(doc['kind'], Counts()).merge(c)
    overall = Counts()
    for c in kinds.values():
        overall.merge(c)
    return sorted(kinds.items()) + [('overall', overall)]


def main():
    docs = load(FOLDER)
    language_peers = [('lingua-language-detector (mixed-language mode)', lingua_peer), ('pycld2', cld2_peer),
                      ('langid (one language per line)', langid_peer)]
    for title, make in language_peers:
        try:
            dominant_of, per_line = make()
        except ImportError as e:
            print(f'## {title}: not installed ({e})\n')
            continue
        scored = []
        for doc in docs:
            d = dominant_of('\n'.join(doc['lines']))
            counts = score(doc, language_labels(doc, d, per_line))
            counts.dominant_ok = int(d == doc['dominant'])
            scored.append((doc, counts))
        for name, keep in SUBSETS:
            print(f'## {title}, {name}\n')
            print(table(pooled(scored, keep), ['dominant', 'lang', 'role', 'chrome', 'untranslated', 'chars']))
    news = [doc for doc in docs if doc['kind'] == 'news-portal']
    for title, make in [('jusText (English stop list)', justext_peer), ('trafilatura (extract, defaults)', trafilatura_peer)]:
        try:
            kept = make()
        except ImportError as e:
            print(f'## {title}: not installed ({e})\n')
            continue
        scored = [(doc, score(doc, chrome_labels(doc, kept))) for doc in news]
        rows = []
        for name, keep in SUBSETS:
            c = Counts()
            for doc, counts in scored:
                if keep(doc):
                    c.merge(counts)
            rows.append((f'news-portal, {name}', c))
        print(f'## {title}, news pages\n')
        print(table(rows, ['role', 'chrome']))


if __name__ == '__main__':
    main()
