#!/usr/bin/env python3
"""Score language-ID peers on KoEn's gold corpus, the same way KoEn is scored.

Peers (never dependencies of KoEn; install them in a throw-away virtual environment):
    python3 -m venv /tmp/peers && /tmp/peers/bin/pip install lingua-language-detector pycld2
    /tmp/peers/bin/python Scripts/eval-peers.py [Corpora/Documents]

What each peer is asked, per document:
  * dominant language: the peer's language for the whole text (restricted to ko/en);
  * per line: its language segments — lingua's detect_multiple_languages_of (mixed-language
    mode) and pycld2's detect(returnVectors=True) — giving the line's language (en, ko,
    mixed when both appear, none without letters) and the fragments: segments in the
    non-dominant language, trimmed to their first and last letter of that language;
  * role: a language-ID tool has no notion of chrome, so a line is `untranslated` when it is
    entirely in the non-dominant language and `content` otherwise (blank when empty).
Metrics are KoEn's (KoEnEvaluation's AnalysisEvaluation, `koen eval`): line-language accuracy, precision/recall/F1 of
chrome and untranslated lines, character-level P/R/F1 of fragments, pooled per kind.
"""
import json
import os
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
        lines = (text[:-1] if text.endswith('\n') else text).split('\n')
        docs.append({'name': name, 'kind': meta['kind'], 'dominant': meta['dominant'], 'lines': lines, 'gold': gold})
    return docs


def gold_positions(line, frags):
    found, start = set(), 0
    for f in frags:
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
        self.docs = self.lines = self.lang_ok = 0
        self.bin = {k: [0, 0, 0] for k in ('chrome', 'untranslated', 'chars')}

    def add(self, key, tp, fp, fn):
        b = self.bin[key]
        b[0] += tp
        b[1] += fp
        b[2] += fn

    def merge(self, o):
        self.docs += o.docs
        self.lines += o.lines
        self.lang_ok += o.lang_ok
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


def score(doc, dominant, per_line):
    c = Counts()
    c.docs = 1
    for i, (line, (glang, grole, gfrags)) in enumerate(zip(doc['lines'], doc['gold'])):
        c.lines += 1
        if not line.strip():
            lang, pos, untr = 'none', set(), False
        else:
            lang, pos, untr = segments_to_line(line, per_line(line), dominant)
        c.lang_ok += lang == glang
        c.add('chrome', 0, 0, int(grole == 'chrome'))
        c.add('untranslated', int(untr and grole == 'untranslated'), int(untr and grole != 'untranslated'),
              int(not untr and grole == 'untranslated'))
        gpos = gold_positions(line, gfrags)
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


def main():
    docs = load(FOLDER)
    peers = [('lingua-language-detector (mixed-language mode)', lingua_peer), ('pycld2', cld2_peer)]
    for title, make in peers:
        try:
            dominant_of, per_line = make()
        except ImportError as e:
            print(f'## {title}: not installed ({e})\n')
            continue
        kinds = {}
        dominant_ok = 0
        for doc in docs:
            d = dominant_of('\n'.join(doc['lines']))
            dominant_ok += d == doc['dominant']
            c = score(doc, d, per_line)
            kinds.setdefault(doc['kind'], Counts()).merge(c)
        overall = Counts()
        for c in kinds.values():
            overall.merge(c)
        print(f'## {title}  (dominant language right in {dominant_ok}/{len(docs)} documents)\n')
        print('| kind | docs | lines | lang acc | chrome P/R/F1 | untranslated P/R/F1 | fragment chars P/R/F1 |')
        print('|---|---|---|---|---|---|---|')
        for kind, c in sorted(kinds.items()) + [('overall', overall)]:
            cells = [cell(c.bin[k]) for k in ('chrome', 'untranslated', 'chars')]
            print(f'| {kind} | {c.docs} | {c.lines} | {100 * c.lang_ok / max(c.lines, 1):.1f} | ' + ' | '.join(cells) + ' |')
        print()


if __name__ == '__main__':
    main()
