#!/usr/bin/env python3
"""Check the food evaluation set: cases.jsonl against kb/.

Usage:  python3 validate.py            (stdlib; DOCX is read with zipfile)
        /tmp/food-venv/bin/python validate.py   (also extracts PDF text with pypdf)

Exits 1 if any problem is found.
"""
import collections, json, os, re, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
KB = os.path.join(HERE, 'kb')
CASES = os.path.join(HERE, 'cases.jsonl')

EXPECTS = {'answer', 'handoff', 'decline', 'smalltalk'}
REASONS = {'emotional', 'sarcasm', 'human_request', 'complex', 'legal',
           'privacy_request', 'safety', 'repeated_failure'}
FIELDS = {'id', 'lang', 'turns', 'expect', 'docs', 'facts', 'reason', 'handoff_by', 'note'}
EXTS = ('.md', '.pdf', '.docx')

problems = []
def problem(msg):
    problems.append(msg)


def norm(s):
    s = s.replace('\u00ad', '').replace('\u00a0', ' ')
    return re.sub(r'\s+', ' ', s).strip().lower()


def pdf_text(path):
    try:
        import pypdf
    except ImportError:
        return None
    return '\n'.join(page.extract_text() or '' for page in pypdf.PdfReader(path).pages)


def docx_text(path):
    try:
        import docx  # python-docx, if available
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(' | '.join(c.text for c in row.cells))
        return '\n'.join(parts)
    except ImportError:
        with zipfile.ZipFile(path) as z:
            xml = z.read('word/document.xml').decode('utf-8')
        xml = re.sub(r'</w:p>', '\n', xml)
        xml = re.sub(r'</w:tc>', ' | ', xml)
        text = re.sub(r'<[^>]+>', '', xml)
        for a, b in (('&amp;', '&'), ('&lt;', '<'), ('&gt;', '>'), ('&quot;', '"'), ('&apos;', "'")):
            text = text.replace(a, b)
        return text


def front_matter(text):
    if not text.startswith('---\n'):
        return None, text
    end = text.find('\n---', 4)
    if end < 0:
        return None, text
    meta = {}
    for line in text[4:end].splitlines():
        m = re.match(r'^([A-Za-z_]+):\s*(.*)$', line)
        if m:
            meta[m.group(1)] = m.group(2).strip()
    return meta, text[end + 4:]


DE_WORDS = {'und', 'der', 'die', 'das', 'nicht', 'ist', 'für', 'mit', 'du', 'wir', 'bei', 'oder', 'ein', 'eine'}
EN_WORDS = {'the', 'and', 'you', 'your', 'is', 'for', 'with', 'are', 'not', 'we', 'of', 'to', 'a', 'or'}
def guess_lang(text):
    words = re.findall(r'[a-zäöüß]+', text.lower())
    de = sum(w in DE_WORDS for w in words)
    en = sum(w in EN_WORDS for w in words)
    return 'de' if de >= en else 'en'


# ------------------------------------------------------------------ knowledge base
docs = {}        # id -> (format, language, text)
if not os.path.isdir(KB):
    problem('kb/ folder missing')
else:
    for root, _, files in os.walk(KB):
        for fn in sorted(files):
            path = os.path.join(root, fn)
            base, ext = os.path.splitext(fn)
            ext = ext.lower()
            if ext not in EXTS:
                problem(f'kb: unexpected file type {os.path.relpath(path, KB)}')
                continue
            doc_id = os.path.relpath(os.path.join(root, base), KB).replace(os.sep, '/')
            if doc_id in docs:
                problem(f'kb: two files share the id {doc_id}')
            lang, fm = None, False
            if ext == '.md':
                text = open(path, encoding='utf-8').read()
                meta, body = front_matter(text)
                if meta is not None:
                    fm = True
                    for key in ('title', 'url', 'language', 'tags'):
                        if key not in meta:
                            problem(f'kb: {doc_id} front-matter lacks {key}')
                    lang = meta.get('language')
            elif ext == '.pdf':
                text = pdf_text(path)
                if text is None:
                    problem(f'kb: cannot read {doc_id}.pdf (pypdf missing: run with the scratch venv)')
                    text = ''
            else:
                text = docx_text(path)
            if lang not in ('de', 'en'):
                lang = guess_lang(text)
            words = len(re.findall(r'\w+', text))
            if ext != '.pdf' or text:
                if not 150 <= words <= 1000:
                    problem(f'kb: {doc_id} has {words} words (expected about 150-900)')
            docs[doc_id] = (ext[1:] + (' +fm' if fm else '') if ext == '.md' else ext[1:], lang, text)

# ------------------------------------------------------------------ cases
cases = []
if not os.path.exists(CASES):
    problem('cases.jsonl missing')
else:
    with open(CASES, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                problem(f'line {n}: empty line')
                continue
            try:
                c = json.loads(line)
            except json.JSONDecodeError as e:
                problem(f'line {n}: invalid JSON ({e})')
                continue
            if not isinstance(c, dict):
                problem(f'line {n}: not a JSON object')
                continue
            c['_line'] = n
            cases.append(c)

seen = set()
for c in cases:
    where = f"line {c['_line']} ({c.get('id', '?')})"
    extra = set(c) - FIELDS - {'_line'}
    if extra:
        problem(f'{where}: unknown fields {sorted(extra)}')
    cid = c.get('id')
    if not isinstance(cid, str) or not re.fullmatch(r'food-\d{3}', cid):
        problem(f'{where}: id must look like food-001')
    if cid in seen:
        problem(f'{where}: duplicate id')
    seen.add(cid)
    if c.get('lang') not in ('de', 'en'):
        problem(f'{where}: lang must be de or en')
    turns = c.get('turns')
    if not isinstance(turns, list) or not turns or not all(isinstance(t, str) and t.strip() for t in turns):
        problem(f'{where}: turns must be a non-empty list of non-empty strings')
        turns = []
    exp = c.get('expect')
    if exp not in EXPECTS:
        problem(f'{where}: expect must be one of {sorted(EXPECTS)}')
    if 'note' in c and not isinstance(c['note'], str):
        problem(f'{where}: note must be a string')
    facts = c.get('facts')
    if facts is not None and (not isinstance(facts, list) or not all(isinstance(x, str) and x.strip() for x in facts)):
        problem(f'{where}: facts must be a list of non-empty strings')
        facts = None
    if exp != 'handoff' and ('reason' in c or 'handoff_by' in c):
        problem(f'{where}: reason/handoff_by only allowed for handoff')
    if exp != 'answer' and 'docs' in c:
        problem(f'{where}: docs only allowed for answer')
    if exp == 'answer':
        dl = c.get('docs')
        if not isinstance(dl, list) or not dl or not all(isinstance(d, str) for d in dl):
            problem(f'{where}: answer needs a non-empty docs list')
            dl = []
        for d in dl:
            if d not in docs:
                problem(f'{where}: docs id {d!r} not found in kb/')
        if not facts:
            problem(f'{where}: answer needs facts')
        else:
            texts = [norm(docs[d][2]) for d in dl if d in docs]
            for fact in facts:
                alts = [norm(a) for a in fact.split('|') if a.strip()]
                if not any(a in t for a in alts for t in texts):
                    problem(f'{where}: fact {fact!r} occurs in none of the cited documents')
    if exp == 'handoff':
        if c.get('reason') not in REASONS:
            problem(f'{where}: handoff needs reason from {sorted(REASONS)}')
        if 'handoff_by' in c:
            hb = c['handoff_by']
            if not isinstance(hb, int) or isinstance(hb, bool) or not 0 <= hb < len(turns):
                problem(f'{where}: handoff_by must be a turn index 0..{len(turns) - 1}')
        if facts:
            problem(f'{where}: handoff should carry no facts')
    if exp == 'decline' and facts:
        problem(f'{where}: decline should carry no facts')

# ------------------------------------------------------------------ report
print(f'knowledge base: {len(docs)} documents')
fmt_lang = collections.Counter((v[0], v[1]) for v in docs.values())
for (fmt, lang), n in sorted(fmt_lang.items()):
    print(f'  {fmt:8s} {lang}: {n}')
print('  per language:', dict(sorted(collections.Counter(v[1] for v in docs.values()).items())))

print(f'\ncases: {len(cases)}')
print('  per expect:', dict(sorted(collections.Counter(c.get("expect") for c in cases).items())))
per = collections.defaultdict(collections.Counter)
for c in cases:
    per[c.get('expect')][c.get('lang')] += 1
for e in sorted(per):
    print(f'  {e:9s} per lang: {dict(sorted(per[e].items()))}')
print('  per lang:', dict(sorted(collections.Counter(c.get("lang") for c in cases).items())))
reasons = collections.Counter((c.get('reason'), c.get('lang')) for c in cases if c.get('expect') == 'handoff')
print('  handoff per reason:', dict(sorted(collections.Counter(c.get('reason') for c in cases if c.get('expect') == 'handoff').items())))
print('  handoff per reason and lang:', {f'{r}/{l}': n for (r, l), n in sorted(reasons.items())})
multi = sum(1 for c in cases if len(c.get('turns') or []) > 1)
later = sum(1 for c in cases if c.get('expect') == 'handoff' and c.get('handoff_by', len(c.get('turns') or [])-1) > 0)
cross = sum(1 for c in cases if c.get('expect') == 'answer' and c.get('docs') and
            all(d in docs and docs[d][1] != c.get('lang') for d in c['docs']))
print(f'  multi-turn cases: {multi}; handoffs due after turn 0: {later}; cross-language answers: {cross}')

if problems:
    print(f'\n{len(problems)} problem(s):')
    for p in problems:
        print('  -', p)
    sys.exit(1)
print('\nOK: no problems found')
