"""Group cross-validated run-level fragment model versus KoEn's rules, scored on fragment characters.

Usage: venv/bin/python model.py [--ablate] [--errors]
"""
import os as _os
ROOT = _os.path.dirname(_os.path.dirname(_os.path.dirname(_os.path.abspath(__file__))))
# Where the study writes: KOEN_STUDY_DIR, or .build/fragment-model-study (outside git).
OUT = _os.environ.get('KOEN_STUDY_DIR', _os.path.join(ROOT, '.build', 'fragment-model-study'))
import json, sys, collections
import numpy as np
from sklearn.model_selection import GroupKFold
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline

C = [json.loads(l) for l in open(f'{OUT}/candidates.jsonl')]
L = [json.loads(l) for l in open(f'{OUT}/lines.jsonl')]
# Features from KoEn's own output elsewhere (stacking): its decision on the same text elsewhere in the
# document, on the line's other runs, and the line's role.
_by_text = collections.defaultdict(list)
_by_line = collections.defaultdict(list)
for _i, _c in enumerate(C):
    _by_text[(_c['doc'], _c['text'].lower())].append(_i)
    _by_line[(_c['doc'], _c['line'])].append(_i)
for _i, _c in enumerate(C):
    o = [j for j in _by_text[(_c['doc'], _c['text'].lower())] if j != _i]
    _c['f']['koen_elsewhere'] = sum(C[j]['f']['koen_any'] for j in o) / len(o) if o else -1
    o = [j for j in _by_line[(_c['doc'], _c['line'])] if j != _i]
    _c['f']['koen_line_other'] = int(any(C[j]['f']['koen_any'] for j in o))
    _c['f']['koen_untranslated_line'] = int(_c['koen_role'] == 'untranslated')
    _c['f']['koen_chrome_line'] = int(_c['koen_role'] == 'chrome')
FMTS = sorted({c['f']['fmt'] for c in C})
NUM = [k for k, v in C[0]['f'].items() if k not in ('fmt', 'kind')]
KOEN = ['koen_any', 'koen_frac', 'koen_elsewhere', 'koen_line_other', 'koen_untranslated_line', 'koen_chrome_line']

def matrix(cols):
    X = np.array([[float(c['f'][k]) for k in cols] for c in C])
    fm = np.array([[float(c['f']['fmt'] == f) for f in FMTS] for c in C])
    kd = np.array([[float(c['kind'] == 'l10n')] for c in C])
    X = np.hstack([X, fm, kd])
    X[:, [i for i, k in enumerate(cols) if k in ('doc_occ', 'doc_occ_min', 'text_occ_lines', 'letters', 'chars')]] = \
        np.log1p(X[:, [i for i, k in enumerate(cols) if k in ('doc_occ', 'doc_occ_min', 'text_occ_lines', 'letters', 'chars')]])
    return X, cols + ['fmt=' + f for f in FMTS] + ['kind=l10n']

def pchars(c, mode):
    return set(c['pchars']) if mode == 'prose' else set(range(c['a'], c['b']))

MODE = 'prose'
_lines = {(r['doc'], r['line']): r for r in L}
def label(c):
    """Whether deciding 'fragment' on this run gains characters: measured on KoEn's characters in it
    where KoEn has some (its trimming is kept), else on the run's prose."""
    r = _lines[(c['doc'], c['line'])]
    g = set(r['gold']); k = set(r['koen']) & set(range(c['a'], c['b']))
    base = k if k else set(c['pchars'])
    return int(len(base & g) * 2 >= max(1, len(base)))
y = np.array([label(c) for c in C]) if '--label-run' not in sys.argv else \
    np.array([c['gold_overlap_p'] / max(1, len(c['pchars'])) >= 0.5 for c in C]).astype(int)
y_any = np.array([c['gold_overlap'] > 0 for c in C]).astype(int)
groups = np.array([c['group'] for c in C])
kinds = np.array([c['kind'] for c in C])

def score(pred, kind, keep_koen_outside=False):
    """Character P/R/F1 over every line of the kind: gold chars outside candidates count as misses."""
    predicted = collections.defaultdict(set)
    for c, p in zip(C, pred):
        if p and c['kind'] == kind:
            predicted[(c['doc'], c['line'])] |= pchars(c, MODE)
    tp = fp = fn = 0
    for r in L:
        if r['kind'] != kind: continue
        g = set(r['gold'])
        p = predicted.get((r['doc'], r['line']), set())
        if keep_koen_outside:
            p = p | (set(r['koen']) - set(r['cand']))
        tp += len(p & g); fp += len(p - g); fn += len(g - p)
    P = tp / max(1, tp + fp); R = tp / max(1, tp + fn)
    return 100 * P, 100 * R, 100 * 2 * P * R / max(1e-9, P + R)

def hybrid(pred, kind):
    """KoEn's own characters, with the run-level decision applied per candidate: a run the model
    accepts keeps KoEn's span inside it (its trimming) or, where KoEn found nothing, the run's prose;
    a run the model rejects loses KoEn's characters in it. Outside candidates KoEn's output stands."""
    by_line = collections.defaultdict(list)
    for c, p in zip(C, pred):
        if c['kind'] == kind:
            by_line[(c['doc'], c['line'])].append((c, p))
    tp = fp = fn = 0
    for r in L:
        if r['kind'] != kind: continue
        g = set(r['gold']); k = set(r['koen'])
        p = set(k)
        for c, dec in by_line.get((r['doc'], r['line']), []):
            span = set(range(c['a'], c['b']))
            inside = k & span
            if dec:
                p |= inside if inside else set(c['pchars'])
            else:
                p -= span
        tp += len(p & g); fp += len(p - g); fn += len(g - p)
    P = tp / max(1, tp + fp); R = tp / max(1, tp + fn)
    return 100 * P, 100 * R, 100 * 2 * P * R / max(1e-9, P + R)

def koen_actual(kind):
    tp = fp = fn = 0
    for r in L:
        if r['kind'] != kind: continue
        g = set(r['gold']); k = set(r['koen'])
        tp += len(k & g); fp += len(k - g); fn += len(g - k)
    P = tp / (tp + fp); R = tp / (tp + fn)
    return 100 * P, 100 * R, 100 * 2 * P * R / (P + R)

def line_f1(pred, kind, koen_roles=False):
    """Untranslated lines, approximated: the predicted fragments hold more than half the line's letters."""
    predicted = collections.defaultdict(set)
    for c, p in zip(C, pred if pred is not None else [0] * len(C)):
        if p and c['kind'] == kind:
            predicted[(c['doc'], c['line'])] |= pchars(c, MODE)
    tp = fp = fn = 0
    for r in L:
        if r['kind'] != kind: continue
        g = r['gold_role'] == 'untranslated'
        if koen_roles:
            p = r['koen_role'] == 'untranslated'
        else:
            lat = set(r['lat'])
            p = len(predicted.get((r['doc'], r['line']), set()) & lat) * 2 > max(1, r['letters']) and r['koen_role'] != 'chrome'
        tp += g and p; fp += p and not g; fn += g and not p
    P = tp / max(1, tp + fp); R = tp / max(1, tp + fn)
    return 100 * 2 * P * R / max(1e-9, P + R)

W = np.array([max(1, len(c['pchars'])) for c in C], dtype=float)
W = np.sqrt(W) if '--sqrtw' in sys.argv else W
WEIGHTED = '--unweighted' not in sys.argv

def cv_predict(X, make, n_splits=10, seed=0):
    prob = np.zeros(len(y))
    for tr, te in GroupKFold(n_splits=n_splits).split(X, y, groups):
        m = make()
        if WEIGHTED:
            key = 'logisticregression__sample_weight' if hasattr(m, 'steps') else 'sample_weight'
            m.fit(X[tr], y[tr], **{key: W[tr]})
        else:
            m.fit(X[tr], y[tr])
        prob[te] = m.predict_proba(X[te])[:, 1]
    return prob

def hgb():
    return HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_leaf_nodes=15, min_samples_leaf=20,
                                          l2_regularization=1.0, random_state=0)

def logreg():
    return make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=2000))

def fmt3(t): return '%.1f / %.1f / %.1f' % t

def override(prob, lo, hi):
    """Conservative use of the model: KoEn's decision stands unless the model is confident."""
    koen = np.array([c['f']['koen_any'] for c in C])
    return np.where(koen == 1, prob >= lo, prob >= hi).astype(int)

def nested_override(prob, grid_lo=(0.1, 0.2, 0.3, 0.4, 0.5), grid_hi=(0.5, 0.6, 0.7, 0.8, 0.9, 1.01)):
    """(lo, hi) chosen per outer fold on the other folds' out-of-fold probabilities (per kind)."""
    out = np.zeros(len(C), dtype=int)
    folds = list(GroupKFold(n_splits=10).split(prob, y, groups))
    chosen = []
    for tr, te in folds:
        trs = set(tr.tolist())
        for kind in ('ko-doc', 'l10n'):
            best = None
            for lo in grid_lo:
                for hi in grid_hi:
                    dec = override(prob, lo, hi)
                    # F1 on training candidates of this kind only (candidate-level chars, fast)
                    tp = fp = fn = 0
                    for i in tr:
                        if kinds[i] != kind: continue
                        n = max(1, len(C[i]['pchars']))
                        if dec[i] and y[i]: tp += n
                        elif dec[i]: fp += n
                        elif y[i]: fn += n
                    f = 2 * tp / max(1, 2 * tp + fp + fn)
                    if best is None or f > best[0]: best = (f, lo, hi)
            chosen.append((kind, best[1], best[2]))
            dec = override(prob, best[1], best[2])
            for i in te:
                if kinds[i] == kind: out[i] = dec[i]
    return out, chosen


if __name__ == '__main__':
    args = sys.argv[1:]
    rows = []
    nok = [k for k in NUM if k not in KOEN]
    Xs, names_s = matrix(NUM)
    Xm, names_m = matrix(nok)
    koen_dec = np.array([c['f']['koen_any'] for c in C])
    res = {}
    res['oracle (gold overlap >= half)'] = y
    res['KoEn rules, per candidate'] = koen_dec
    import os, time
    def cached(name, X, make):
        f = f'{OUT}/prob_{"R" if "--label-run" in sys.argv else "K"}{name}{"_w" if WEIGHTED else ""}{"sqrt" if "--sqrtw" in sys.argv else ""}.npy'
        if os.path.exists(f) and '--refit' not in args: return np.load(f)
        t = time.time(); p = cv_predict(X, make); np.save(f, p); print(name, 'fit %.0fs' % (time.time() - t), file=sys.stderr)
        return p
    pm = cached('model', Xm, hgb); res['model (HGB, no KoEn)'] = pm >= 0.5
    ps = cached('stacked', Xs, hgb); res['model stacked on KoEn (HGB)'] = ps >= 0.5
    pl = cached('stacked_lr', Xs, logreg); res['stacked, logistic regression'] = pl >= 0.5
    pml = cached('model_lr', Xm, logreg); res['model, logistic regression, no KoEn'] = pml >= 0.5
    ov, chosen = nested_override(ps)
    res['stacked HGB as conservative override (lo/hi chosen by nested CV)'] = ov
    print('override thresholds chosen per fold:', collections.Counter(chosen).most_common(6))
    print('candidates', len(C), {k: int((kinds == k).sum()) for k in ('ko-doc', 'l10n')},
          'positive', {k: int(y[kinds == k].sum()) for k in ('ko-doc', 'l10n')})
    for kind in ('ko-doc', 'l10n'):
        print(f'\n## {kind}: fragment characters P / R / F1 (all lines of the kind; gold outside candidates = misses)')
        print('| system | run spans: chars P / R / F1 | decision on KoEn spans (hybrid): P / R / F1 | untranslated-line F1 (proxy) |')
        print('|---|---|---|---|')
        print('| KoEn actual output |', fmt3(koen_actual(kind)), '|', fmt3(koen_actual(kind)), '| %.1f (KoEn roles) |' % line_f1(None, kind, True))
        for name, pred in res.items():
            print('|', name, '|', fmt3(score(pred, kind)), '|', fmt3(hybrid(pred, kind)), '| %.1f |' % line_f1(pred, kind))
        print('\nthreshold sweep, stacked HGB (hybrid F1; chosen after the fact, so optimistic):',
              ' '.join('%.2f:%.1f' % (t, hybrid(ps >= t, kind)[2]) for t in (0.2, 0.3, 0.4, 0.5, 0.6)))
        print('threshold sweep, model without KoEn (run-span F1):',
              ' '.join('%.2f:%.1f' % (t, score(pm >= t, kind)[2]) for t in (0.2, 0.3, 0.4, 0.5)))
        # candidate-level accuracy
        m = kinds == kind
        for name in ('KoEn rules, per candidate', 'model stacked on KoEn (HGB)'):
            p = np.asarray(res[name]).astype(int)[m]
            yy = y[m]
            print(f'{name}: candidates TP {int((p & yy).sum())} FP {int((p & (1 - yy)).sum())} FN {int(((1 - p) & yy).sum())}')
    if '--ablate' in args:
        print('\n## Ablation (stacked HGB, drop one feature family): hybrid F1 ko-doc / l10n, run-span F1 ko-doc / l10n')
        print('| - none |', '%.1f | %.1f | %.1f | %.1f |' % (hybrid(ps >= 0.5, 'ko-doc')[2], hybrid(ps >= 0.5, 'l10n')[2], score(ps >= 0.5, 'ko-doc')[2], score(ps >= 0.5, 'l10n')[2]))
        fam = {
            'koen decision': KOEN,
            'word lists (SCOWL/wamerican/function words)': [k for k in NUM if 'small' in k or 'big' in k or 'func' in k],
            'capitalization': [k for k in NUM if k.startswith('caps_')],
            'Hangul glue/particles': ['glued_after', 'glued_before', 'particle', 'han_before', 'han_after'],
            'line context (whole line, Hangul share, neighbours)': ['whole_line', 'han_prev_line', 'han_next_line', 'line_han_share', 'cand_line_share', 'n_cands_line', 'starts_line', 'ends_line'],
            'markup (heading/list/table/bold/link/quotes/parens/colon)': ['heading', 'list_item', 'table', 'bold', 'italic', 'link_text', 'in_parens', 'paren_after_han', 'glossed_after', 'in_quotes', 'colon_after'],
            'document (occurrences, code words, URL words, glued/glossed elsewhere)': ['doc_occ', 'doc_occ_min', 'text_occ_lines', 'code_any', 'code_share', 'url_any', 'glued_elsewhere', 'glossed_elsewhere', 'doc_lat_share'],
            'catalogue/comment/source flags': ['comment', 'code_comment', 'html_comment', 'source_line', 'kv_line'],
            'size/shape': ['n_words', 'letters', 'chars', 'has_digit', 'has_joiner', 'has_hyphen', 'has_apos', 'has_colon_in', 'has_comma', 'sentence_punct', 'word_len_mean', 'has_icode', 'has_url'],
        }
        base_cols = [k for k in NUM if k not in KOEN] if '--nokoen' in args else NUM
        if '--nokoen' in args:
            fam.pop('koen decision')
            print('(model without KoEn features; none dropped: %.1f | %.1f, run-span)' % (score(pm >= 0.5, 'ko-doc')[2], score(pm >= 0.5, 'l10n')[2]))
        for fname, cols in fam.items():
            keep = [k for k in base_cols if k not in cols]
            X, _ = matrix(keep)
            p = cv_predict(X, hgb) >= 0.5
            print('| -', fname, '| %.1f | %.1f | %.1f | %.1f |' % (hybrid(p, 'ko-doc')[2], hybrid(p, 'l10n')[2], score(p, 'ko-doc')[2], score(p, 'l10n')[2]), flush=True)
    # logistic coefficients on all data (for reading weights)
    lr = logreg().fit(Xs, y)
    coef = lr[-1].coef_[0]
    order = np.argsort(-np.abs(coef))
    print('\n## Logistic regression weights (standardized features, fit on all candidates), top 25')
    for i in order[:25]:
        print('| %s | %+.2f |' % (names_s[i], coef[i]))
    json.dump({n: [int(v) for v in np.asarray(p).astype(int)] for n, p in res.items()}, open(f'{OUT}/predictions.json', 'w'))
