#!/usr/bin/env python3
"""Per-desk threshold calibration on the tune halves (issue 12, eighth topic pass).

For every desk of taxonomy/source/topic-rules.json, tries one-step moves of its
thresholds (min_unique and min_evidence together, min_evidence, min_strong,
relative) on a copy of the taxonomy, and prints the change in exact topic sets
on tune L3S half a, tune L3S half b and tune AnnoCTR against the unchanged
rules. Never reads held-out documents. A move is worth keeping only when it
gains on the half it is chosen on and holds on the other.

Run from the repository root (needs ../shared/data):

    python3 services/classifier/testdata/devset/calibrate.py [--relative]
"""
import copy, json, os, subprocess, sys, tempfile

ROOT = os.getcwd()
CL = os.path.join(ROOT, 'services/classifier')
TMP = tempfile.mkdtemp(prefix='calibrate-')
for cmd in ('taxonomy-import', 'tag-eval'):
    subprocess.run(['go', 'build', '-o', os.path.join(TMP, cmd), './services/classifier/cmd/' + cmd], check=True)
base = json.load(open(os.path.join(CL, 'taxonomy/source/topic-rules.json')))


def tag(rules, half=None):
    src, out = os.path.join(TMP, 'src'), os.path.join(TMP, 'out')
    os.makedirs(src, exist_ok=True)
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(os.path.join(CL, 'taxonomy/source')):
        if f != 'topic-rules.json':
            subprocess.run(['cp', os.path.join(CL, 'taxonomy/source', f), src], check=True)
    json.dump(rules, open(os.path.join(src, 'topic-rules.json'), 'w'))
    subprocess.run([os.path.join(TMP, 'taxonomy-import'), '-misp', '../../../shared/data/actors', '-iptc', '../../../shared/data/iptc',
                    '-words', '/usr/share/dict/words', '-source', src, '-out', out, '-date', '2026-12-06'],
                   cwd=CL, check=True, stdout=subprocess.DEVNULL)
    args = [os.path.join(TMP, 'tag-eval'), '--split', 'tune', '--taxonomy', out, '--json']
    if half:
        args += ['--half', half]
    return json.loads(subprocess.run(args, check=True, capture_output=True).stdout)['docs']


half_a = {x['set'] + x['id'] for x in tag(base, 'a')}


def exact(rules):
    a = b = c = 0
    for x in tag(rules):
        if not x['topics_exact']:
            continue
        if x['set'] == 'annoctr':
            c += 1
        elif x['set'] + x['id'] in half_a:
            a += 1
        else:
            b += 1
    return a, b, c


b0 = exact(base)
print('unchanged: exact sets half a, half b, annoctr', b0, flush=True)
for i, d in enumerate(base['desks']):
    u, e, s, rel = d.get('min_unique', 3), d.get('min_evidence', 4), d.get('min_strong', 1), d.get('relative', 0.6)
    if '--relative' in sys.argv:
        moves = [('relative-0.1', dict(relative=round(rel - 0.1, 2))), ('relative+0.1', dict(relative=round(rel + 0.1, 2)))]
    else:
        moves = [('u-1e-1', dict(min_unique=u - 1, min_evidence=e - 1)), ('u+1e+1', dict(min_unique=u + 1, min_evidence=e + 1)),
                 ('e-1', dict(min_evidence=e - 1)), ('e+1', dict(min_evidence=e + 1)), ('s+1', dict(min_strong=s + 1))]
        if s > 1:
            moves.append(('s-1', dict(min_strong=s - 1)))
    for name, change in moves:
        r = copy.deepcopy(base)
        r['desks'][i].update(change)
        dv = tuple(x - y for x, y in zip(exact(r), b0))
        if dv != (0, 0, 0):
            print(d['id'], name, dv, flush=True)
