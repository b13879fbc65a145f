"""Copy the allowed documents (dominant ko, split not *-unseen) under their meta path and run koen analyze."""
import os as _os
ROOT = _os.path.dirname(_os.path.dirname(_os.path.dirname(_os.path.abspath(__file__))))
# Where the study writes: KOEN_STUDY_DIR, or .build/fragment-model-study (outside git).
OUT = _os.environ.get('KOEN_STUDY_DIR', _os.path.join(ROOT, '.build', 'fragment-model-study'))
import json, glob, os, shutil, subprocess, sys
SRC = _os.path.join(ROOT, 'Corpora', 'Documents')
KOEN = _os.environ.get('KOEN', _os.path.join(ROOT, '.build', 'release', 'koen'))
DOCS = _os.path.join(OUT, 'docs')
docs = []
for mf in sorted(glob.glob(f'{SRC}/*.meta.json')):
    m = json.load(open(mf))
    if m.get('dominant') != 'ko' or m.get('split', '').endswith('-unseen'):
        continue
    name = os.path.basename(mf)[:-len('.meta.json')]
    path = m.get('path') or (name + '.txt')
    dst = os.path.join(DOCS, name, path)
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    shutil.copyfile(f'{SRC}/{name}.txt', dst)
    docs.append(dict(name=name, kind=m['kind'], group=m.get('group', name), split=m.get('split', ''), path=path, file=dst))
json.dump(docs, open(_os.path.join(OUT, 'docs.json'), 'w'), indent=1)
for d in docs:
    r = subprocess.run([KOEN, 'analyze', '--format', 'jsonl', '--offsets', 'scalars', '--no-progress', '-j', '1', d['file']],
                       capture_output=True, text=True)
    open(os.path.join(DOCS, d['name'] + '.koen.jsonl'), 'w').write(r.stdout)
    if r.returncode: print(d['name'], r.returncode, r.stderr[:200], file=sys.stderr)
print(len(docs))
