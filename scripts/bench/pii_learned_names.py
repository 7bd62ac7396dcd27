#!/usr/bin/env python3
"""A learned name tagger for the masker, prototyped offline (issue 15, 2026-12-01). Superseded by
NameTagger.swift and scripts/bench/pii_train_tagger.py (features computed by the product); kept
for the measurements of docs/benchmarks/privacy.md.

An averaged perceptron tags each word as part of a person's name or not, from features the rules
also use (shape, the word lists, the words and gaps around it). It is trained on the labelled sets
of Tests/PrivacyTests/Fixtures and compared with the rules' findings, which
`scripts/bench/pii-harness.sh` writes with `--spans`:

  for f in testset evalset holdout dev4 dev5 blind2 blind3 blind4; do
    cp Tests/PrivacyTests/Fixtures/pii_$f.jsonl /tmp/s_$f.jsonl    # the harness refuses « blind » paths
    /tmp/observatoire-pii-harness-$(id -u)/pii-harness --spans /tmp/s_$f.jsonl > /tmp/rules_$f.jsonl
  done
  python3 scripts/bench/pii_learned_names.py /tmp        # leave-one-set-out, then the fourth blind set
  python3 scripts/bench/pii_learned_names.py /tmp --real # spans on real République numérique answers
  python3 scripts/bench/pii_learned_names.py /tmp --weak # with real answers weakly labelled by the rules

Run from the repository root after scripts/setup (lexiques/, /usr/share/dict). Stdlib only. Prints
tables only: the fourth blind set's misses are never printed.
"""
import json, re, sys, unicodedata, random, collections
R='/work/main/Sources/Privacy/Resources/'; F='/work/main/Tests/PrivacyTests/Fixtures/'
def fold(s):
    s=unicodedata.normalize('NFD',s.lower()); return ''.join(c for c in s if unicodedata.category(c)!='Mn')
def load(p): return set(fold(l.strip()) for l in open(p,encoding='utf-8',errors='ignore') if l.strip() and not l.startswith('#'))
FIRST=load('/work/main/lexiques/prenoms.txt')|load(R+'prenoms.txt'); AMB=load('/work/main/lexiques/prenoms-ambigus.txt')|load(R+'ambigus.txt')
SUR=load(R+'noms.txt'); PLACES=load(R+'lieux.txt')
COMMON=set()
for p in ['/usr/share/dict/french','/usr/share/dict/american-english']:
    for l in open(p,encoding='utf-8',errors='ignore'):
        w=l.strip()
        if w and not w[0].isupper(): COMMON.add(fold(w))
TOK=re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
def tokens(text):
    out=[];prev=0
    for m in TOK.finditer(text):
        out.append((m.group(),m.start(),m.end(),text[prev:m.start()])); prev=m.end()
    return out
def feats(toks,i):
    w,s,e,gap=toks[i]; f=fold(w)
    shape='A' if w.isupper() and len(w)>1 else ('C' if w[0].isupper() else 'l')
    def wc(j):
        if j<0: return 'BOS'
        if j>=len(toks): return 'EOS'
        x=toks[j][0]; fx=fold(x); sh='A' if x.isupper() and len(x)>1 else ('C' if x[0].isupper() else 'l')
        lex=('F' if fx in FIRST else '')+('S' if fx in SUR else '')+('W' if fx in COMMON else '')
        return sh+lex
    g=gap.strip()
    gapc='nl' if '\n' in gap else ('.' if g.endswith('.') or g.endswith('!') or g.endswith('?') else (g[-1:] if g else 'sp'))
    if any(c.isdigit() for c in gap): gapc+='#'
    nextgap=toks[i+1][3].strip()[:2] if i+1<len(toks) else 'EOS'
    lex=[]
    if f in FIRST: lex.append('first')
    if f in AMB: lex.append('amb')
    if f in SUR: lex.append('sur')
    if f in COMMON: lex.append('common')
    if f in PLACES: lex.append('place')
    if not lex: lex.append('unknown')
    F=['b','sh='+shape,'len='+str(min(len(w),8)),'suf3='+f[-3:],'suf2='+f[-2:],'gap='+gapc,'ngap='+nextgap,
       'p1='+(fold(toks[i-1][0]) if i>0 else 'BOS'),'n1='+(fold(toks[i+1][0]) if i+1<len(toks) else 'EOS'),
       'p2='+(fold(toks[i-2][0]) if i>1 else 'BOS'),'pc='+wc(i-1),'nc='+wc(i+1),'pc2='+wc(i-2),'nc2='+wc(i+2)]
    F+=['lex='+x for x in lex]; F+=['shlex='+shape+x for x in lex]
    F+=['p1sh='+F[7]+shape, 'gapsh='+gapc+shape, 'pcsh='+wc(i-1)+'|'+shape+'|'+'|'.join(lex), 'ncsh='+wc(i+1)+'|'+shape+'|'+'|'.join(lex)]
    if '-' in w: F.append('hyph')
    return F
def examples(path):
    out=[]
    for l in open(path):
        r=json.loads(l); text=r['text']; toks=tokens(text)
        lab=[0]*len(toks); spans=[]
        pos=0
        for ent in r['entities']:
            k=text.find(ent['text'],pos)
            if k<0: k=text.find(ent['text'])
            if ent['kind']=='PERSONNE' and k>=0: spans.append((k,k+len(ent['text'])))
            if k>=0: pos=k+len(ent['text'])
        for i,(w,s,e,g) in enumerate(toks):
            if any(s>=a and e<=b for a,b in spans): lab[i]=1
        out.append((toks,lab,spans,text))
    return out
class AP:
    def __init__(s): s.w=collections.defaultdict(float); s.tot=collections.defaultdict(float); s.ts=collections.defaultdict(int); s.t=0
    def score(s,F): return sum(s.w.get(f,0) for f in F)
    def update(s,F,y):
        s.t+=1
        for f in F:
            s.tot[f]+=(s.t-s.ts[f])*s.w[f]; s.ts[f]=s.t; s.w[f]+=y
    def average(s):
        for f in list(s.w): s.tot[f]+=(s.t-s.ts[f])*s.w[f]; s.ts[f]=s.t; s.w[f]=s.tot[f]/s.t
def train(sets,epochs=8):
    m=AP(); data=[(feats(t,i),lab[i]) for ex in sets for (t,lab,_,_) in ex for i in range(len(t))]
    rnd=random.Random(1)
    for ep in range(epochs):
        rnd.shuffle(data)
        for F,y in data:
            p=1 if m.score(F)>0 else 0
            if p!=y: m.update(F,1 if y else -1)
    m.average(); return m
def evaluate(m,ex,bias=0.0):
    tp=fn=fp=0
    for (t,lab,spans,text) in ex:
        pred=[1 if m.score(feats(t,i))>bias else 0 for i in range(len(t))]
        # predicted spans: runs of predicted tokens joined by spaces
        ps=[];i=0
        while i<len(t):
            if pred[i]:
                j=i
                while j+1<len(t) and pred[j+1] and t[j+1][3] in (' ','-',"'"): j+=1
                ps.append((t[i][1],t[j][2])); i=j+1
            else: i+=1
        for a,b in spans:
            if any(x<b and y>a for x,y in ps): tp+=1
            else: fn+=1
        for x,y in ps:
            if not any(x<b and y>a for a,b in spans): fp+=1
    return tp,fn,fp

RULES = sys.argv[1] if len(sys.argv) > 1 else "/tmp"
names = ['testset', 'evalset', 'holdout', 'dev4', 'dev5', 'blind2', 'blind3']

F='/work/main/Tests/PrivacyTests/Fixtures/'
def spans_model(m,t,bias=0.0):
    pred=[1 if m.score(feats(t,i))>bias else 0 for i in range(len(t))]
    ps=[];i=0
    while i<len(t):
        if pred[i]:
            j=i
            while j+1<len(t) and pred[j+1] and t[j+1][3] in (' ','-',"'",'. '): j+=1
            ps.append((t[i][1],t[j][2])); i=j+1
        else: i+=1
    return ps
def metrics(records, predicted):  # predicted: list of list of (start,end) PERSONNE spans; plus other masks
    tp=fm=lab=fp=npred=0
    for (r,(pers,other)) in zip(records,predicted):
        text=r['text']; ents=[]
        pos=0
        for e in r['entities']:
            k=text.find(e['text'],pos)
            if k<0: k=text.find(e['text'])
            ents.append((e['kind'],k,k+len(e['text']))); pos=k+len(e['text']) if k>=0 else pos
        cov=[False]*len(text)
        for a,b in pers+other:
            for x in range(a,b): cov[x]=True
        for kind,a,b in ents:
            if kind!='PERSONNE' or a<0: continue
            lab+=1
            if all(cov[x] or not text[x].isalnum() for x in range(a,b)): fm+=1
            if any(text[x:y].rstrip('.')==text[a:b].rstrip('.') for x,y in pers): tp+=1
        for x,y in pers:
            npred+=1
            if not any(x<b and y>a for _,a,b in ents if a>=0): fp+=1
    return lab, 100*fm/lab, 100*tp/lab, 100*(npred-fp)/max(npred,1)
recs={n:[json.loads(l) for l in open(F+f'pii_{n}.jsonl')] for n in names}
exs={n:examples(F+f'pii_{n}.jsonl') for n in names}
rules={n:[json.loads(l) for l in open(f'{RULES}/rules_{n}.jsonl')] for n in names}
def rule_spans(n):
    return [([(f['start'],f['end']) for f in r['findings'] if f['kind']=='PERSONNE'],[(f['start'],f['end']) for f in r['findings'] if f['kind']!='PERSONNE']) for r in rules[n]]

if "--weak" in sys.argv:
    # Real answers weakly labelled by the rules (a word inside a rule's name finding is a name, every
    # other word is not): teaches the tagger that products and institutions are not people. The
    # rules' spans: pii-harness --spans on arguments.jsonl and debate_comments.jsonl (rules_rn.jsonl,
    # rules_lille.jsonl in the same folder). The second half of République numérique is kept aside.
    def weak(path, rules_path, limit):
        texts = [json.loads(l).get("text", "") for l in open(path)]
        found = [json.loads(l) for l in open(rules_path)]
        out = []
        for text, r in list(zip(texts, found))[:limit]:
            toks = tokens(text)
            spans = [(f["start"], f["end"]) for f in r["findings"] if f["kind"] == "PERSONNE"]
            labels = [1 if any(s >= a and e <= b for a, b in spans) else 0 for (w, s, e, g) in toks]
            out.append((toks, labels, spans, text))
        return out
    rn = weak("/work/shared/data/republique_numerique_fr/arguments.jsonl", f"{RULES}/rules_rn.jsonl", 4000)
    lille = weak("/work/shared/data/decidim_mel_granddebat_fr/debate_comments.jsonl", f"{RULES}/rules_lille.jsonl", 700)
    real = rn[:2000] + lille[:350]
    for held in ["blind2", "blind3"]:
        m = train([exs[k] for k in names if k != held] + [real])
        rs = rule_spans(held)
        ms = [(spans_model(m, t), []) for (t, _, _, _) in exs[held]]
        us = [(a + b, o) for (a, o), (b, _) in zip(rs, ms)]
        print(f"{held}: model {metrics(recs[held], ms)[1]:.1f} % masked; rules + model {metrics(recs[held], us)[1]:.1f} % masked, precision {metrics(recs[held], us)[3]:.1f} %")
    m = train([exs[k] for k in names] + [real])
    recs["blind4"] = [json.loads(l) for l in open(F + "pii_blind4.jsonl")]
    exs["blind4"] = examples(F + "pii_blind4.jsonl")
    rules["blind4"] = [json.loads(l) for l in open(f"{RULES}/rules_blind4.jsonl")]
    rs = rule_spans("blind4")
    ms = [(spans_model(m, t), []) for (t, _, _, _) in exs["blind4"]]
    us = [(a + b, o) for (a, o), (b, _) in zip(rs, ms)]
    for label, spans in [("rules", rs), ("model", ms), ("rules + model", us)]:
        L, masked, exact, precision = metrics(recs["blind4"], spans)
        print(f"blind4 {label}: names fully masked {masked:.1f} %, exact {exact:.1f} %, precision {precision:.1f} %")
    extra = [text[a:b] for (t, _, spans, text) in rn[2000:] for a, b in spans_model(m, t)
             if not any(a < y and b > x for x, y in spans)]
    ruled = sum(len(spans) for (_, _, spans, _) in rn[2000:])
    print(f"République numérique, {len(rn) - 2000} arguments kept aside: rules {ruled} name spans, the model {len(extra)} more")
    for word, count in collections.Counter(extra).most_common(30):
        print(f"  {count:3d} {word}")
    sys.exit(0)
if "--real" in sys.argv:
    m = train([exs[k] for k in names])
    texts = [json.loads(l).get("text", "") for l in open("/work/shared/data/republique_numerique_fr/arguments.jsonl")]
    found = [t[a:b] for t in texts for a, b in spans_model(m, tokens(t))]
    print(f"République numérique: {len(texts)} arguments, {len(found)} name spans from the model")
    for word, count in collections.Counter(found).most_common(40):
        print(f"  {count:3d} {word}")
    sys.exit(0)
print("held-out set | rules: masked / exact / precision | model: same | rules + model: masked / precision")
for held in names:
    m = train([exs[k] for k in names if k != held])
    rs = rule_spans(held)
    ms = [(spans_model(m, t), []) for (t, _, _, _) in exs[held]]
    us = [(a + b, o) for (a, o), (b, _) in zip(rs, ms)]
    R = metrics(recs[held], rs); M = metrics(recs[held], ms); U = metrics(recs[held], us)
    print(f"{held:8s} n={R[0]} | {R[1]:.1f} / {R[2]:.1f} / {R[3]:.1f} | {M[1]:.1f} / {M[2]:.1f} / {M[3]:.1f} | {U[1]:.1f} / {U[3]:.1f}", flush=True)
recs["blind4"] = [json.loads(l) for l in open(F + "pii_blind4.jsonl")]
exs["blind4"] = examples(F + "pii_blind4.jsonl")
rules["blind4"] = [json.loads(l) for l in open(f"{RULES}/rules_blind4.jsonl")]
m = train([exs[k] for k in names])
rs = rule_spans("blind4")
ms = [(spans_model(m, t), []) for (t, _, _, _) in exs["blind4"]]
us = [(a + b, o) for (a, o), (b, _) in zip(rs, ms)]
for label, spans in [("rules", rs), ("model", ms), ("rules + model", us)]:
    L, masked, exact, precision = metrics(recs["blind4"], spans)
    print(f"blind4 {label}: names fully masked {masked:.1f} %, exact {exact:.1f} %, precision {precision:.1f} % (n={L})")
