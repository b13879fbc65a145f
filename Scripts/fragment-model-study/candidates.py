"""Candidate English runs in Korean documents, their gold labels, KoEn's decision and features.

Writes $KOEN_STUDY_DIR/candidates.jsonl (one record per candidate) and lines.jsonl (per-line
gold/KoEn character sets needed for scoring).
"""
import os as _os
ROOT = _os.path.dirname(_os.path.dirname(_os.path.dirname(_os.path.abspath(__file__))))
# Where the study writes: KOEN_STUDY_DIR, or .build/fragment-model-study (outside git).
OUT = _os.environ.get('KOEN_STUDY_DIR', _os.path.join(ROOT, '.build', 'fragment-model-study'))
import json, os, re, sys, collections

SRC = _os.path.join(ROOT, 'Corpora', 'Documents')

def load_words(path):
    return {w.strip().lower() for w in open(path, encoding='utf-8', errors='ignore') if w.strip() and "'" not in w}

SMALL = load_words(_os.path.join(ROOT, 'Corpora', 'Lexicon', 'SCOWL', 'american-english-small'))
BIG = load_words(f'{OUT}/wam/usr/share/dict/american-english') if os.path.exists(f'{OUT}/wam/usr/share/dict/american-english') else SMALL
# Generic English function words (a closed class; no corpus words).
FUNC = set("""a an the of to in on at by for from with without into onto over under about as and or but nor
not no is are was were be been being am do does did has have had will would can could should may might must
shall this that these those it its you your we our they their he she his her i me my us them what which who
whom whose when where why how if then than so such all any each every some more most other only also just
very there here up down out off again once""".split())

def hangul(c):
    o = ord(c)
    return 0xAC00 <= o <= 0xD7A3 or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F

def latin(c):
    return ('a' <= c <= 'z') or ('A' <= c <= 'Z') or ('\u00c0' <= c <= '\u024f' and c.isalpha())

PARTICLES = ['를', '을', '는', '은', '의', '이', '가', '에', '로', '으', '와', '과', '하', '들', '도', '만', '라', '한', '된', '할', '입', '이다']

# ---------------------------------------------------------------- gold positions (as KoEn eval)
def gold_positions(frags, line, from_end=False):
    s = set()
    bound = len(line) if from_end else 0
    for f in (reversed(frags) if from_end else frags):
        if not f or len(f) > len(line):
            continue
        found = None
        if from_end:
            k = line.rfind(f, 0, bound)
            found = k if k >= 0 else (line.rfind(f) if line.rfind(f) >= 0 else None)
        else:
            k = line.find(f, bound)
            found = k if k >= 0 else (line.find(f) if line.find(f) >= 0 else None)
        if found is None:
            continue
        s.update(range(found, found + len(f)))
        bound = found if from_end else found + len(f)
    return s

# ---------------------------------------------------------------- masks
URL = re.compile(r'(https?://|ftp://|www\.)[^\s<>\)\]"\'`]+|[\w.+-]+@[\w-]+\.[\w.]+')
TAG = re.compile(r'</?[A-Za-z][^<>]*>|<!--|-->|&[a-z]+;|&#\d+;')
PLACE = re.compile(r'%\d*\$?[-#0 +]*\d*(\.\d+)?[sdifuxXc@]|%\{[^}]*\}|%\([^)]*\)[sd]|\{\{[^}]*\}\}|\{[^{}\s]*\}|\$\{[^}]*\}|\$[A-Za-z_]\w*|\\[ntr]')
INLINE_MD = re.compile(r'`[^`]+`')
LINK_TARGET = re.compile(r'\]\(([^)\s]*)')
REF_DEF = re.compile(r'^\s*\[[^\]]+\]:\s*\S+')
RST_ROLE = re.compile(r':[a-z:]+:`[^`]*`|``[^`]*``|<[^<>\s]*>`_+|\.\. [a-z-]+::.*$|\.\. _[^:]*:.*$')
ADOC = re.compile(r'(link|image|xref|include):[^\[\s]*|<<[^>]*>>')
KEY_VALUE = re.compile(r'^(\s*(?:-\s+)?["\']?[A-Za-z0-9_.\-\[\]/ @$]*?["\']?\s*)(=|:(?=\s|$|")|=>)')
JSON_KEY = re.compile(r'^\s*"[^"]*"\s*:')

def mask_regex(mask, rx, text, group=0, kind='code'):
    for m in rx.finditer(text):
        for k in range(m.start(group), m.end(group)):
            mask[k] = kind

def code_comment_mask(text):
    """A code line: all code, except the text of a `#` or `//` comment (prose, flagged)."""
    mask = ['code'] * len(text)
    m = re.search(r'(^|\s)(#+|//+|--)\s', text)
    if m:
        for k in range(m.end(), len(text)):
            mask[k] = None
        mask[-1:] = mask[-1:]
    return mask

def line_masks(lines, fmt):
    """Per line, a list of use marks: None for prose, else 'code', 'url', 'markup', 'key'."""
    out = []
    in_fence = False
    fence = None
    in_comment = False
    front = False
    rst_block = None
    for n, text in enumerate(lines):
        mask = [None] * len(text)
        st = text.strip()
        info = dict(code_block=False, comment=False, source=False, heading=False, list=False, table=False, kv=False)
        if fmt in ('markdown', 'text', 'asciidoc', 'org', 'rst', 'markup'):
            if n == 0 and st == '---' and fmt == 'markdown':
                front = True
                info['code_block'] = True
                out.append((['code'] * len(text), info)); continue
            if front:
                if st == '---':
                    front = False
                    out.append((['code'] * len(text), info)); continue
                info['kv'] = True
                m = KEY_VALUE.match(text)
                if m:
                    for k in range(m.end()):
                        mask[k] = 'key'
            if fmt == 'asciidoc':
                fm = re.match(r'^\s*(----+|\.\.\.\.+)\s*$', text)
            elif fmt == 'org':
                fm = re.match(r'^\s*(#\+(?i:begin_src|begin_example|end_src|end_example))', text)
            else:
                fm = re.match(r'^\s*(```+|~~~+)', text)
            if fm and not front:
                in_fence = not in_fence
                out.append((['code'] * len(text), dict(info, code_block=True))); continue
            if fmt == 'rst':
                ind = len(text) - len(text.lstrip())
                if rst_block is not None:
                    if st and ind <= rst_block:
                        rst_block = None
                    else:
                        out.append((code_comment_mask(text), dict(info, code_block=True))); continue
                if st.endswith('::') and not st.startswith('.. image') and not st.startswith('.. figure'):
                    rst_block = ind
            if in_fence:
                out.append((code_comment_mask(text), dict(info, code_block=True))); continue
            if in_comment or '<!--' in text:
                a = 0 if in_comment else text.index('<!--')
                e = text.find('-->', a)
                if e < 0:
                    in_comment = True
                    e = len(text)
                else:
                    in_comment = False
                    e += 3
                info['in_comment'] = (a, e)
                if a == 0 and e >= len(text.rstrip()):
                    info['comment'] = True
            if re.match(r'^\s{0,3}#{1,6}\s', text) or re.match(r'^=+\s', text) or re.match(r'^\*+\s', text) and fmt == 'org':
                info['heading'] = True
            if n + 1 < len(lines) and re.match(r'^([=\-~^"#*+])\1{2,}\s*$', lines[n + 1]) and st and fmt in ('rst', 'markdown', 'text'):
                info['heading'] = True
            if re.match(r'^\s*([-*+]|\d+[.)])\s', text):
                info['list'] = True
            if st.startswith('|') or st.count('|') >= 2:
                info['table'] = True
            if fmt == 'rst' and re.match(r'^\s*([=\-~^"#*+])\1{2,}\s*$', text):
                out.append((['markup'] * len(text), info)); continue
            if fmt != 'rst':
                mask_regex(mask, INLINE_MD, text, kind='icode')
            mask_regex(mask, REF_DEF, text, kind='key')
            mask_regex(mask, LINK_TARGET, text, 1, 'url')
            if fmt == 'rst':
                mask_regex(mask, RST_ROLE, text)
            if fmt == 'asciidoc':
                mask_regex(mask, ADOC, text)
        else:  # catalogues
            if re.match(r'^\s*(#|//|;|--|/\*|\*|<!--)', text):
                info['comment'] = True
            if fmt == 'po' and re.match(r'^\s*(msgid|msgctxt|msgid_plural)\b', text) or re.search(r'<source>', text):
                info['source'] = True
            if fmt == 'po':
                m = re.match(r'^\s*(msg\w+(\[\d\])?)', text)
                if m:
                    for k in range(m.end()):
                        mask[k] = 'key'
            m = JSON_KEY.match(text) or (KEY_VALUE.match(text) if fmt != 'po' and not text.lstrip().startswith('<') else None)
            if m:
                info['kv'] = True
                for k in range(m.end()):
                    mask[k] = 'key'
            mask_regex(mask, INLINE_MD, text)
        mask_regex(mask, TAG, text, kind='markup')
        mask_regex(mask, URL, text, kind='url')
        mask_regex(mask, PLACE, text, kind='code')
        out.append((mask, info))
    return out

# ---------------------------------------------------------------- candidates
WORD = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z0-9\u00c0-\u024f]*(?:['’.\-_/+#][A-Za-z0-9\u00c0-\u024f]+)*[+#]*")
BREAK = set('|·•\t')

INRUN = (None, 'icode', 'url', 'code')

def segments(text, mask):
    """Maximal spans of prose (with inline code, URLs and placeholders inside) without Hangul or
    breakers, trimmed to the first..last Latin letter of prose."""
    segs = []
    i = 0
    n = len(text)
    while i < n:
        if mask[i] is not None or hangul(text[i]) or text[i] in BREAK:
            i += 1
            continue
        j = i
        while j < n and mask[j] in INRUN and not hangul(text[j]) and text[j] not in BREAK:
            j += 1
        while j > i and mask[j - 1] is not None:
            j -= 1
        # split further at sentence-internal separators that KoEn's markup would break: ' - ' and ' — ' are kept.
        a = i
        while a < j and not (latin(text[a]) and mask[a] is None):
            a += 1
        b = j - 1
        while b >= a and not ((latin(text[b]) or text[b].isdigit()) and mask[b] is None):
            b -= 1
        if a <= b:
            segs.append((a, b + 1))
        i = j
    return segs

def caps_pattern(words):
    def p(w):
        letters = [c for c in w if c.isalpha()]
        if not letters: return 'n'
        if all(c.isupper() for c in letters): return 'U' if len(letters) > 1 else 'T'
        if letters[0].isupper() and all(c.islower() for c in letters[1:]): return 'T'
        if any(c.isupper() for c in letters[1:]): return 'M'
        return 'l'
    return [p(w) for w in words]

def base(w):
    w = w.lower()
    for suf in ("'s", "’s"):
        if w.endswith(suf): w = w[:-2]
    return w

def in_dict(w, d):
    b = base(w)
    if b in d: return True
    for s in ('s', 'es', 'ies', 'ed', 'ing', 'd'):
        if b.endswith(s) and len(b) > len(s) + 2:
            stem = b[:-len(s)] + ('y' if s == 'ies' else '')
            if stem in d or (s in ('ed', 'ing') and stem + 'e' in d): return True
    if '-' in b:
        parts = [x for x in b.split('-') if x]
        return bool(parts) and all(x in d for x in parts)
    return False

def main():
    docs = json.load(open(f'{OUT}/docs.json'))
    cands_out = open(f'{OUT}/candidates.jsonl', 'w')
    lines_out = open(f'{OUT}/lines.jsonl', 'w')
    for d in docs:
        name = d['name']
        text = open(f'{SRC}/{name}.txt', encoding='utf-8').read()
        lines = text.split('\n')
        if text.endswith('\n'): lines = lines[:-1]
        lines = [l[:-1] if l.endswith('\r') else l for l in lines]
        gold = {}
        for row in open(f'{SRC}/{name}.gold.tsv', encoding='utf-8').read().split('\n')[1:]:
            if not row: continue
            f = row.split('\t')
            gold[int(f[0])] = dict(lang=f[1], role=f[2], frags=[x for x in (f[3].split(';') if len(f) > 3 and f[3] else [])])
        recs = [json.loads(l) for l in open(f'{OUT}/docs/{name}.koen.jsonl')]
        fmt = next(r['format'] for r in recs if r['type'] == 'document')
        kl = {r['line']: r for r in recs if r['type'] == 'line'}
        masks = line_masks(lines, fmt)
        # document-level vocabularies
        code_words = collections.Counter()
        kor_glued = collections.Counter()
        glossed = collections.Counter()
        occ = collections.Counter()
        urls_words = collections.Counter()
        doc_lat = doc_han = 0
        for n, t in enumerate(lines):
            m, info = masks[n]
            for w in WORD.finditer(t):
                if m[w.start()] in ('code', 'icode'):
                    for x in re.split(r'[^A-Za-z]+', w.group()):
                        if x: code_words[x.lower()] += 1
                elif m[w.start()] == 'url':
                    for x in re.split(r'[^A-Za-z]+', w.group()):
                        if x: urls_words[x.lower()] += 1
                else:
                    occ[base(w.group())] += 1
                    if re.search(r'[\uac00-\ud7a3]\s?\($', t[:w.start()]):
                        glossed[base(w.group())] += 1
                    e = w.end()
                    if e < len(t) and hangul(t[e]): kor_glued[base(w.group())] += 1
            for k, c in enumerate(t):
                if m[k] is None:
                    if hangul(c): doc_han += 1
                    elif latin(c): doc_lat += 1
        doc_lat_share = doc_lat / max(1, doc_lat + doc_han)
        has_han = [any(hangul(c) and masks[n][0][k] is None for k, c in enumerate(t)) for n, t in enumerate(lines)]
        def neighbour_han(n, step):
            k = n + step
            while 0 <= k < len(lines):
                if lines[k].strip():
                    return has_han[k]
                k += step
            return False
        for n, t in enumerate(lines):
            ln = n + 1
            g = gold.get(ln, dict(lang='none', role='blank', frags=[]))
            gset = gold_positions(g['frags'], t, from_end=(d['kind'] == 'l10n'))
            kset = set()
            kr = kl.get(ln)
            if kr:
                for f in kr['fragments']:
                    s = f['column'] - 1
                    kset.update(range(s, s + len(f['text'])))
            m, info = masks[n]
            line_letters = sum(1 for k, c in enumerate(t) if (latin(c) or hangul(c)) and m[k] is None)
            line_han = sum(1 for k, c in enumerate(t) if hangul(c) and m[k] is None)
            segs = segments(t, m)
            cand_chars = set()
            for ci, (a, b) in enumerate(segs):
                span = t[a:b]
                words = [w.group() for w in WORD.finditer(span) if m[a + w.start()] is None]
                if not words: continue
                alpha_words = [w for w in words if any(c.isalpha() for c in w)]
                cand_chars.update(range(a, b))
                gov = len(gset & set(range(a, b)))
                kov = len(kset & set(range(a, b)))
                letters = sum(1 for c in span if latin(c))
                caps = caps_pattern(alpha_words)
                nxt = t[b] if b < len(t) else ''
                nxt2 = t[b:b + 2]
                prv = t[a - 1] if a > 0 else ''
                # skip decoration after the run
                after = t[b:].lstrip(' *_"\'”’`)')
                before = t[:a].rstrip(' *_"\'“‘`(')
                low = [base(w) for w in alpha_words]
                f = dict(
                    koen_any=int(kov > 0), koen_frac=kov / max(1, b - a),
                    n_words=len(alpha_words), letters=letters, chars=b - a,
                    caps_all_lower=int(all(c == 'l' for c in caps)), caps_all_title=int(all(c in 'TU' for c in caps)),
                    caps_first_title=int(caps[0] == 'T'), caps_upper_share=sum(c == 'U' for c in caps) / len(caps),
                    caps_mixed=int('M' in caps), caps_title_share=sum(c == 'T' for c in caps) / len(caps),
                    has_icode=int(any(m[k] == 'icode' for k in range(a, b))), has_url=int(any(m[k] == 'url' for k in range(a, b))),
                    has_digit=int(any(ch.isdigit() for ch in span)),
                    has_joiner=int(any(j in ''.join(words) for j in '._/#+')), has_hyphen=int('-' in span),
                    has_apos=int("'" in span or '’' in span), has_colon_in=int(':' in span), has_comma=int(',' in span),
                    sentence_punct=int(bool(re.search(r'[.!?]$', t[a:b + 1]))),
                    small_share=sum(in_dict(w, SMALL) for w in alpha_words) / len(alpha_words),
                    big_share=sum(in_dict(w, BIG) for w in alpha_words) / len(alpha_words),
                    small_all=int(all(in_dict(w, SMALL) for w in alpha_words)),
                    big_any=int(any(in_dict(w, BIG) for w in alpha_words)),
                    first_small=int(in_dict(alpha_words[0], SMALL)), last_small=int(in_dict(alpha_words[-1], SMALL)),
                    func_share=sum(w.lower() in FUNC for w in alpha_words) / len(alpha_words),
                    func_any=int(any(w.lower() in FUNC for w in alpha_words)),
                    glued_after=int(bool(nxt) and hangul(nxt)), glued_before=int(bool(prv) and hangul(prv)),
                    han_before=int(any(hangul(c) for c in t[:a])), han_after=int(any(hangul(c) for c in t[b:])),
                    whole_line=int(not has_han[n]), han_prev_line=int(neighbour_han(n, -1)), han_next_line=int(neighbour_han(n, 1)),
                    line_han_share=line_han / max(1, line_letters), cand_line_share=letters / max(1, line_letters),
                    heading=int(info['heading']), list_item=int(info['list']), table=int(info['table']),
                    comment=int(info['comment']), code_comment=int(info['code_block']),
                    html_comment=int('in_comment' in info and info['in_comment'][0] <= a < info['in_comment'][1]), source_line=int(info['source']), kv_line=int(info['kv']),
                    bold=int(t[:a].count('**') % 2 == 1 or t[:a].endswith('**') or t[b:].startswith('**')),
                    italic=int(bool(re.search(r'(^|[^*])\*$|(^|[^_])_$', t[:a]))),
                    link_text=int(t[:a].rfind('[') > t[:a].rfind(']') and ('](' in t[b:] or ']' in t[b:b + 3])),
                    in_parens=int(before.endswith('(') or t[:a].rstrip().endswith('(')) ,
                    paren_after_han=int(bool(re.search(r'[\uac00-\ud7a3]\s?\($', t[:a]))),
                    glossed_after=int(bool(re.match(r'\s?\([\uac00-\ud7a3 ]+\)', t[b:]))),
                    in_quotes=int(bool(re.search(r'["“\'‘]$', t[:a].rstrip('*_ '))) and bool(re.match(r'^[*_ ]*["”\'’]', t[b:]))),
                    colon_after=int(after.startswith(':') or after.startswith('：')),
                    starts_line=int(not t[:a].strip(' #*-+>|0123456789.)[(`"\'')),
                    ends_line=int(not t[b:].strip(' *_.:!?|)]"\'`')),
                    particle=int(any(t[b:].startswith(p) for p in PARTICLES)),
                    doc_occ=max(occ[w] for w in low), doc_occ_min=min(occ[w] for w in low),
                    text_occ_lines=sum(1 for x in lines if span in x),
                    code_any=int(any(code_words[w] for w in low)), code_share=sum(bool(code_words[w]) for w in low) / len(low),
                    url_any=int(any(urls_words[w] for w in low)),
                    glued_elsewhere=max(kor_glued[w] / max(1, occ[w]) for w in low),
                    doc_lat_share=doc_lat_share,
                    glossed_elsewhere=int(any(glossed[w] for w in low)),
                    n_cands_line=len(segs), word_len_mean=letters / len(alpha_words),
                    fmt=fmt, kind=d['kind'],
                )
                pch = [k for k in range(a, b) if m[k] != 'url']
                rec = dict(doc=name, group=d['group'], kind=d['kind'], line=ln, a=a, b=b, text=span, pchars=pch, gold_overlap_p=len(gset & set(pch)), koen_overlap_p=len(kset & set(pch)),
                           gold_overlap=gov, gold_role=g['role'], koen_role=kr['role'] if kr else None, f=f)
                cands_out.write(json.dumps(rec, ensure_ascii=False) + '\n')
            lines_out.write(json.dumps(dict(doc=name, kind=d['kind'], group=d['group'], line=ln,
                                            gold=sorted(gset), koen=sorted(kset), cand=sorted(cand_chars),
                                            gold_role=g['role'], koen_role=kr['role'] if kr else None,
                                            letters=line_letters,
                                            lat=[k for k, c in enumerate(t) if latin(c)])) + '\n')

if __name__ == '__main__':
    main()
