#!/usr/bin/env python3
"""Blind evaluation set no. 10 for the personal-data masker (French).

WRITTEN BLIND: this generator was written without reading the detector, its
tests, its documentation or any other generator / fixture of the project.  It
uses the Python 3 standard library only and is fully deterministic:
random.Random(SEED) with SEED = 6122028.

Run from the repository root:
    python3 scripts/bench/pii_make_blind10.py
Output: Tests/PrivacyTests/Fixtures/pii_blind10.jsonl, 400 lines
    {"id": "m001", "text": "...", "entities": [{"kind": K, "text": "..."}]}
Entities are listed in order of appearance; each one is found by
text.find(entity_text, end_of_previous_entity) at exactly its place (asserted
below) and no two entities overlap.  At the end the script prints the count
per kind, the share of deliberately wrong check keys and the md5 of the file.

Content: French free-text answers to a survey « Que pensez-vous de l'usage de
l'IA dans les établissements scolaires ? » written by teachers, heads of
school, school staff, parents and local officials, plus answers to a
follow-up form where people leave contact details, letters and e-mails,
messages to a school's secretary, delivery or reimbursement requests,
registration forms for a training day, complaint letters and minutes of
meetings.  Mix: 60 answers with no personal data, 70 "trap" answers (AI
products, platforms, brands, schools and places named after people, streets
and squares named in general talk without a house number, cities and
postcodes of a whole town cited alone, dates, hours, room numbers, class
names, law articles, amounts, statistics, years), 130 survey answers with
names / identifiers woven into opinions, 140 form / letter answers with
contact details.  Targets: about 380 PERSONNE, about 100 ADRESSE and about 50
each of EMAIL, TELEPHONE, NIR, IBAN, UAI.  The set especially stresses postal
addresses (bis/ter/quater/A/B numbers, ranges, number after the street, all
street types and abbreviations, street names of every kind, complements
before or after the street, BP/CS/TSA, CEDEX, overseas and Corsican
postcodes, one to four lines, commas/dashes/slashes, addresses inside
sentences, typos and missing accents, school addresses).  About 40 % of the
NIR, IBAN and UAI carry a deliberately wrong check key; they are labelled
all the same.

Labelling conventions:
  PERSONNE  titles (M., Mme, Dr, monsieur...) excluded; an initial after a
            title is the letter alone (« Mme L. » -> « L »); first name +
            surname = one entity; a first name next to a role or a class is
            labelled alone; trailing abbreviation dots excluded; public
            figures are persons; names inside e-mails, schools, streets,
            places, pets, brands and AI products are not persons.
  EMAIL     the whole address, obfuscated forms included.
  TELEPHONE the number with its international prefix, no label.
  NIR / IBAN / UAI  the whole identifier with its inner separators; labels
            excluded.
  ADRESSE   from the house number (or the street type when the number
            follows the street or there is none, or « lieu-dit », or the
            complement when it comes first) to the end of the city, CEDEX and
            its number included (or to the end of the street / postcode when
            no city is given); complements included; a « chez M. X » or
            « c/o X » complement is not part of the address (X is labelled
            PERSONNE) and the address starts after it; a city joined to the
            street by « à » (« 3 rue X à Lille ») is part of the address,
            « à » included.
"""
import hashlib
import json
import math
import re
import random
import unicodedata
from collections import Counter

SEED = 6122028
OUT = "Tests/PrivacyTests/Fixtures/pii_blind10.jsonl"
N_NONE, N_TRAP, N_SURVEY, N_FORM = 60, 70, 130, 140

r = random.Random(SEED)
P = "PERSONNE"


def wchoice(pairs):
    items = [p[0] for p in pairs]
    weights = [p[1] for p in pairs]
    return r.choices(items, weights=weights)[0]


def fold(s):
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# --------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------
FIRST_F = ["Marie", "Sophie", "Camille", "Nathalie", "Isabelle", "Catherine", "Sylvie", "Valérie",
           "Élodie", "Anne-Sophie", "Marie-Hélène", "Céline", "Aurélie", "Émilie", "Chloé", "Manon",
           "Inès", "Yasmine", "Fatima", "Nadia", "Leïla", "Amina", "Samira", "Khadija", "Aïssatou",
           "Fatoumata", "Awa", "Mariam", "Ana", "Carmen", "Lucía", "Giulia", "Chiara", "Mei", "Linh",
           "Thi Hoa", "Yuki", "Agnieszka", "Olena", "Svetlana", "Maëlle", "Soizic", "Gwenaëlle",
           "Josiane", "Rosemonde", "Marie-Josée", "Elif", "Zeynep", "Anahit", "Rachel", "Myriam",
           "Noémie", "Océane", "Brigitte", "Françoise", "Ginette", "Hélène", "Rose", "Victoire",
           "Claude", "Dominique", "Maryse", "Laëtitia", "Sandrine", "Virginie", "Stéphanie", "Karine",
           "Coralie", "Ophélie", "Nour", "Salomé", "Bérénice", "Ioana", "Priya", "Aminata"]
FIRST_M = ["Jean", "Nicolas", "Julien", "Philippe", "Thierry", "Éric", "Pierre-Yves", "Jean-Baptiste",
           "Jean-Marc", "François", "Laurent", "Christophe", "Stéphane", "Olivier", "Sébastien",
           "Mathieu", "Karim", "Mohamed", "Rachid", "Samir", "Mehdi", "Sofiane", "Youssef", "Bilal",
           "Mamadou", "Moussa", "Ousmane", "Ibrahima", "Cheikh", "João", "Luis", "Miguel", "Marco",
           "Lorenzo", "Kenji", "Thanh", "Minh", "Wei", "Piotr", "Dmitri", "Andriy", "Yann", "Gwenaël",
           "Erwan", "Loïc", "Ludovic", "Emre", "Mehmet", "Aram", "David", "Samuel", "Élie", "Pascal",
           "Aimé", "Dominique", "Claude", "Ange", "Gérard", "Bernard", "Michel", "Jacques", "Didier",
           "Patrick", "Kevin", "Jordan", "Hervé", "Régis", "Abdoulaye", "Anh", "Rajesh", "Tiago"]
KIDS_F = ["Léa", "Emma", "Jade", "Louise", "Alice", "Chloé", "Inaya", "Lina", "Mila", "Ambre", "Rose",
          "Anna", "Maëlys", "Nour", "Aya", "Kenza", "Zoé", "Sofia", "Assia", "Camille", "Eden", "Fatou",
          "Océane", "Elsa", "Héloïse", "Maïwenn", "Lou", "Inès", "Mariama", "Tiphaine"]
KIDS_M = ["Hugo", "Gabriel", "Léo", "Raphaël", "Louis", "Arthur", "Jules", "Adam", "Lucas", "Maël", "Noé",
          "Sacha", "Ethan", "Nolan", "Ayoub", "Ilyes", "Wassim", "Moussa", "Matteo", "Timéo", "Kylian",
          "Younès", "Liam", "Tom", "Marius", "Aylan", "Naël", "Mathis", "Yanis", "Djibril", "Lenny",
          "Soan", "Tiago", "Kaïs", "Camille", "Eden"]
LAST = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
        "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
        "Vincent", "Fournier", "Morel", "Girard", "André", "Lefèvre", "Mercier", "Dupont", "Lambert",
        "Bonnet", "François", "Martinez", "Benali", "Haddad", "Benmansour", "Bouzid", "Cherif",
        "Diallo", "Traoré", "Konaté", "Ndiaye", "N'Diaye", "Diop", "Camara", "Nguyen", "Tran", "Pham",
        "Le Goff", "Le Gall", "Kerbrat", "Le Bihan", "Tanguy", "Morvan", "Da Silva", "Pereira",
        "Ferreira", "Dos Santos", "Rodrigues", "Lopez", "Fernandez", "Rossi", "Bianchi", "Esposito",
        "Kowalski", "Nowak", "Wiśniewski", "Schmitt", "Muller", "Meyer", "Klein", "Weber", "Yilmaz",
        "Demir", "Kaya", "Zhang", "Wang", "Chen", "Sato", "Kim", "de La Fontaine", "de Villiers",
        "du Bellay", "Van der Berg", "O'Brien", "McAllister", "Lefèvre-Duval", "Grandjean",
        "Chevalier", "Boulanger", "Lebrun", "Leblanc", "Petitjean", "Abitbol", "Cohen", "Lévy",
        "Azoulay", "Hakobyan", "Papadopoulos", "Ivanov", "Kovalenko", "Fall", "Gomis", "Mendy",
        "Rakotomalala", "Randrianarisoa", "Saint-Just", "Marie-Sainte", "Jean-Louis", "Bellegarde",
        "Hoarau", "Payet", "Grondin", "Santoni", "Casanova", "Albertini", "Etcheverry", "Urrutia"]
TIT_F = ["Mme", "Mme", "Mme", "Mme", "Madame", "madame", "Mlle", "MME"]
TIT_M = ["M.", "M.", "M.", "M.", "Monsieur", "monsieur", "M", "Mr", "Mr."]
TIT_X = ["Dr", "Dr.", "Docteur", "Pr", "Me"]
PUB = [("Yann LeCun", "LeCun"), ("Cédric Villani", "Villani"), ("Luc Julia", "Julia"),
       ("Alan Turing", "Turing"), ("Sam Altman", "Altman"), ("Elon Musk", "Musk"),
       ("Geoffrey Hinton", "Hinton"), ("Arthur Mensch", "Mensch"), ("Laurence Devillers", "Devillers"),
       ("Philippe Meirieu", "Meirieu"), ("Stanislas Dehaene", "Dehaene"), ("Serge Tisseron", "Tisseron"),
       ("Bill Gates", "Gates"), ("Yoshua Bengio", "Bengio"), ("Aurélie Jean", None),
       ("Gérald Bronner", "Bronner"), ("Boris Cyrulnik", "Cyrulnik"), ("Michel Serres", None),
       ("Joëlle Pineau", "Pineau"), ("Demis Hassabis", "Hassabis")]
HIST = ["Jules Ferry", "Célestin Freinet", "Maria Montessori", "Condorcet", "Jean Zay", "Montaigne",
        "Rabelais", "Jean Piaget", "Hannah Arendt", "Paulo Freire", "John Dewey", "Victor Hugo",
        "Ferdinand Buisson", "Pauline Kergomard"]


class Ctx:
    def __init__(self):
        self.people = {}

    def person(self, key, kid=False):
        k = (("kid:" if kid else "") + key) if key else None
        if k and k in self.people:
            return self.people[k]
        g = "F" if key and key[0] == "f" else "M" if key and key[0] == "m" else r.choice("FM")
        if kid:
            first = r.choice(KIDS_F if g == "F" else KIDS_M)
        else:
            first = r.choice(FIRST_F if g == "F" else FIRST_M)
        p = {"g": g, "first": first, "last": r.choice(LAST)}
        if k:
            self.people[k] = p
        return p


def title(p):
    if r.random() < 0.06:
        return r.choice(TIT_X)
    return r.choice(TIT_F if p["g"] == "F" else TIT_M)


def ini_first(first):
    return "-".join(x[0] + "." for x in first.split("-"))


def ini_last(last):
    return next(c for c in last if c.isupper())


def full(p):
    return f"{p['first']} {p['last']}"


def r_full(p):
    if r.random() < 0.82:
        return [(P, full(p))]
    return [(P, f"{p['first']} {p['last'].upper()}")]


def r_title_full(p):
    return [(None, title(p) + " "), (P, full(p))]


def r_title_last(p):
    return [(None, title(p) + " "), (P, p["last"])]


def r_title_init(p):
    return [(None, title(p) + " "), (P, ini_last(p["last"])), (None, ".")]


def r_init_last(p):
    return [(P, f"{ini_first(p['first'])} {p['last']}")]


def r_first_init(p):
    return [(P, f"{p['first']} {ini_last(p['last'])}"), (None, ".")]


def r_rev(p):
    if r.random() < 0.7:
        return [(P, f"{p['last'].upper()} {p['first']}")]
    return [(P, f"{p['last']} {p['first']}")]


def r_caps(p):
    s = full(p) if r.random() < 0.6 else f"{p['last']} {p['first']}"
    return [(P, s.upper())]


def r_low(p):
    return [(P, full(p).lower())]


def r_sign(p):
    return wchoice([(r_full, 5), (lambda q: [(P, f"{q['first']} {q['last'].upper()}")], 2),
                    (r_init_last, 2), (r_rev, 1), (r_first_init, 1)])(p)


def r_any(p):
    return wchoice([(r_full, 30), (lambda q: [(P, f"{q['first']} {q['last'].upper()}")], 6),
                    (r_rev, 7), (r_title_full, 14), (r_title_last, 14), (r_title_init, 5),
                    (r_init_last, 8), (r_first_init, 5), (r_caps, 3), (r_low, 3)])(p)


def r_pt(p):
    return wchoice([(r_title_full, 5), (r_title_last, 4), (r_title_init, 1.5)])(p)


# --------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------
INTENDED = {}  # identifier text -> intended validity


class Bag:
    """Exactly two wrong keys in every block of five draws (40 %)."""

    def __init__(self):
        self.bag = []

    def bad(self):
        if not self.bag:
            self.bag = [True, True, False, False, False]
            r.shuffle(self.bag)
        return self.bag.pop()


BAGS = {"NIR": Bag(), "IBAN": Bag(), "UAI": Bag()}


def digits(n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def gen_nir():
    bad = BAGS["NIR"].bad()
    sex = r.choice("1122")
    yy = f"{r.randint(0, 99):02d}"
    mm = f"{r.randint(1, 12):02d}"
    k = r.random()
    if k < 0.78:
        dep = f"{r.choice([d for d in range(1, 96) if d != 20]):02d}"
        com = f"{r.randint(1, 999):03d}"
    elif k < 0.86:
        dep = r.choice(["2A", "2B"])
        com = f"{r.randint(1, 366):03d}"
    elif k < 0.95:
        dep = "97"
        com = r.choice("12346") + f"{r.randint(1, 34):02d}"
    else:
        dep = "99"
        com = r.choice(["350", "352", "351", "139", "134", "109", "216", "217", "123", "427"])
    order = f"{r.randint(1, 999):03d}"
    body = sex + yy + mm + dep + com + order
    key = 97 - int(body.replace("2A", "19").replace("2B", "18")) % 97
    if bad:
        key = (key - 1 + r.randint(1, 95)) % 97 + 1
    ks = f"{key:02d}"
    g = [sex, yy, mm, dep, com, order, ks]
    f = wchoice([("sp", 7), ("compact", 3), ("compkey", 2), ("dot", 1), ("dash", 1)])
    s = {"sp": " ".join(g), "compact": "".join(g), "compkey": "".join(g[:6]) + " " + ks,
         "dot": ".".join(g), "dash": "-".join(g)}[f]
    INTENDED[s] = not bad
    return s


BANKS = ["30004", "30003", "30002", "10278", "20041", "16606", "17515", "13335", "18206", "12506",
         "11315", "14505", "30066", "10096", "40618", "30056", "18306", "16807", "13507", "10107"]


def iban_check(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return 98 - int(num) % 97


def gen_iban():
    bad = BAGS["IBAN"].bad()
    cc = wchoice([("FR", 84), ("MC", 3), ("BE", 5), ("DE", 4), ("LU", 2), ("CH", 2)])
    rib = None
    if cc in ("FR", "MC"):
        bank = r.choice(BANKS) if cc == "FR" else r.choice(["11068", "12739", "30003"])
        branch, acct = digits(5), digits(11)
        rib = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        bban = bank + branch + acct + f"{rib:02d}"
    elif cc == "BE":
        first10 = digits(10)
        bban = first10 + f"{(int(first10) % 97) or 97:02d}"
    elif cc == "DE":
        bban = digits(18)
    elif cc == "LU":
        bban = digits(16)
    else:
        bban = digits(17)
    chk = iban_check(cc, bban)
    if bad:
        chk = r.choice([c for c in range(2, 99) if c != chk])
    ib = f"{cc}{chk:02d}{bban}"
    groups = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    fm = wchoice([("g4", 6), ("compact", 2), ("lower", 1), ("dash", 1), ("rib", 1 if rib is not None else 0)])
    if fm == "g4":
        s = groups
    elif fm == "compact":
        s = ib
    elif fm == "lower":
        s = groups.lower()
    elif fm == "dash":
        s = groups.replace(" ", "-")
    else:
        s = f"{ib[:4]} {ib[4:9]} {ib[9:14]} {ib[14:25]} {ib[25:]}"
    INTENDED[s] = not bad
    return s


UAI_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uai_dept():
    k = r.random()
    if k < 0.85:
        return f"{r.choice([d for d in range(1, 96) if d != 20]):03d}"
    if k < 0.9:
        return r.choice(["620", "720"])
    return r.choice(["971", "972", "973", "974", "976"])


def gen_uai(valid_only=False):
    bad = False if valid_only else BAGS["UAI"].bad()
    num = uai_dept() + digits(4)
    key = UAI_ALPHA[int(num) % 23]
    if bad:
        key = r.choice([c for c in UAI_ALPHA if c != key])
    if valid_only:
        return num + key
    fm = wchoice([("c", 7), ("sp", 1), ("dash", 1), ("low", 1), ("grp", 1)])
    s = {"c": num + key, "sp": num + " " + key, "dash": num + "-" + key,
         "low": (num + key).lower(), "grp": num[:3] + " " + num[3:] + " " + key}[fm]
    INTENDED[s] = not bad
    return s


def pairs(d):
    return [d[i:i + 2] for i in range(0, len(d), 2)]


def gen_phone():
    k = r.random()
    if k < 0.8:
        d = r.choice(["01", "02", "03", "04", "05", "06", "06", "06", "07", "07", "09"]) + digits(8)
        pr, tail = pairs(d), pairs(d[2:])
        return wchoice([
            (" ".join(pr), 10), (".".join(pr), 4), ("-".join(pr), 2), (d, 3), ("/".join(pr), 1),
            ("+33 " + d[1] + " " + " ".join(tail), 4), ("+33 (0)" + d[1] + " " + " ".join(tail), 2),
            ("+33 (0) " + d[1] + " " + " ".join(tail), 1), ("+33" + d[1:], 2),
            ("0033 " + d[1] + " " + " ".join(tail), 2), ("0033" + d[1:], 1),
            ("+33." + d[1] + "." + ".".join(tail), 1), ("+33-" + d[1] + "-" + "-".join(tail), 1),
            (d[:2] + " " + d[2:6] + " " + d[6:], 1)])
    if k < 0.94:
        cc, fixe, mob = r.choice([("590", "0590", "0690"), ("596", "0596", "0696"), ("594", "0594", "0694"),
                                  ("262", "0262", "0692"), ("262", "0269", "0639"), ("262", "0262", "0693")])
        p4 = r.choice([fixe, mob])
        rest = digits(6)
        rp = " ".join(pairs(rest))
        return wchoice([(f"{p4} {rp}", 4), (" ".join(pairs(p4 + rest)), 3), (f"+{cc} {p4[1:]} {rp}", 3),
                        (p4 + rest, 1), (f"00{cc} {p4[1:]} {rp}", 1), (f"+{cc}{p4[1:]}{rest}", 1),
                        (f"+33 {p4[1:]} {rp}", 1)])
    if r.random() < 0.5:
        return r.choice(["+687 ", "00687 "]) + " ".join(pairs(digits(6)))
    return "+689 " + r.choice(["87", "89", "40"]) + " " + " ".join(pairs(digits(6)))


DOMAINS = (["gmail.com"] * 6 + ["orange.fr"] * 3 + ["wanadoo.fr", "free.fr", "free.fr", "laposte.net",
           "laposte.net", "hotmail.fr", "hotmail.com", "outlook.fr", "yahoo.fr", "sfr.fr", "icloud.com",
           "gmx.fr", "protonmail.com", "neuf.fr", "bbox.fr", "live.fr", "orange.mq", "canl.nc"])
ACADS = ["lyon", "versailles", "creteil", "paris", "lille", "aix-marseille", "toulouse", "bordeaux",
         "nantes", "rennes", "grenoble", "montpellier", "strasbourg", "nice", "normandie", "reunion",
         "martinique", "guadeloupe", "guyane", "corse", "dijon", "besancon", "nancy-metz", "amiens",
         "orleans-tours", "poitiers", "limoges", "clermont", "reims", "mayotte"]


def slug(s, keep_hyphen=False):
    s = fold(s).lower().replace(" ", "-" if keep_hyphen else "")
    return re.sub(r"[^a-z0-9-]" if keep_hyphen else r"[^a-z0-9]", "", s)


def obfuscate(a):
    loc, dom = a.split("@")
    name, tld = dom.rsplit(".", 1)
    return r.choice([f"{loc} [at] {name} [dot] {tld}", f"{loc}(at){dom}", f"{loc} AT {name} DOT {tld}",
                     f"{loc} @ {dom}", f"{loc}[arobase]{dom}", f"{loc} arobase {name} point {tld}",
                     f"{loc} (a) {dom}", f"{loc} [@] {dom}"])


def gen_email(p):
    f = slug(p["first"], keep_hyphen=r.random() < 0.5)
    l = slug(p["last"], keep_hyphen=r.random() < 0.3)
    f0 = f[0]
    local = wchoice([(f"{f}.{l}", 10), (f"{f0}.{l}", 4), (f"{f}{l}", 2), (f"{l}.{f}", 2), (f"{f}_{l}", 1),
                     (f"{f}-{l}", 1), (f"{l}{f0}", 1), (f"{f}.{l}{r.randint(1, 99)}", 2),
                     (f"{f0}{l}{r.randint(60, 99)}", 1), (f"{f}.{l}.pro", 1)])
    dom = r.choice(DOMAINS) if r.random() < 0.72 else f"ac-{r.choice(ACADS)}.fr"
    a = f"{local}@{dom}"
    if r.random() < 0.2:
        a = obfuscate(a)
    return a


# --------------------------------------------------------------------------
# Schools, places, plain fillers
# --------------------------------------------------------------------------
SCHOOL_TYPES = [("collège", "au", "du", "le"), ("lycée", "au", "du", "le"), ("école", "à l'", "de l'", "l'"),
                ("école élémentaire", "à l'", "de l'", "l'"), ("école maternelle", "à l'", "de l'", "l'"),
                ("lycée professionnel", "au", "du", "le"), ("cité scolaire", "à la", "de la", "la"),
                ("groupe scolaire", "au", "du", "le"), ("lycée agricole", "au", "du", "le")]
SCHOOL_NAMES = ["Jean Moulin", "Victor Hugo", "Jules Ferry", "Marie Curie", "Simone Veil", "Louise Michel",
                "Aimé Césaire", "Jean Jaurès", "Paul Langevin", "Françoise Dolto", "Gustave Eiffel",
                "Rosa Parks", "Albert Camus", "Jacques Prévert", "Jean de La Fontaine", "Condorcet",
                "Léon Blum", "Marguerite Yourcenar", "Antoine de Saint-Exupéry", "Nelson Mandela",
                "Olivier de Serres", "Camille Claudel", "Georges Brassens", "Joséphine Baker",
                "Frantz Fanon", "Gisèle Halimi", "Louis Pasteur", "Pierre Mendès France", "Alfred Kastler",
                "des Tilleuls", "du Parc", "Les Marronniers", "Lucie Aubrac", "Toussaint Louverture",
                "Pascal Paoli", "Évariste Galois", "Sonia Delaunay", "Anne Frank", "Émile Zola"]


def school():
    return r.choice(SCHOOL_TYPES), r.choice(SCHOOL_NAMES)


CITIES = [("75011", "Paris"), ("75012", "Paris"), ("75018", "Paris"), ("69003", "Lyon"), ("69007", "Lyon"),
          ("13005", "Marseille"), ("13013", "Marseille"), ("31000", "Toulouse"), ("31300", "Toulouse"),
          ("59000", "Lille"), ("33000", "Bordeaux"), ("44000", "Nantes"), ("67000", "Strasbourg"),
          ("34000", "Montpellier"), ("35000", "Rennes"), ("06000", "Nice"), ("76600", "Le Havre"),
          ("38000", "Grenoble"), ("21000", "Dijon"), ("49100", "Angers"), ("37000", "Tours"),
          ("63000", "Clermont-Ferrand"), ("29200", "Brest"), ("87000", "Limoges"), ("80000", "Amiens"),
          ("57000", "Metz"), ("54000", "Nancy"), ("45000", "Orléans"), ("42000", "Saint-Étienne"),
          ("93200", "Saint-Denis"), ("95100", "Argenteuil"), ("94200", "Ivry-sur-Seine"),
          ("92130", "Issy-les-Moulineaux"), ("78000", "Versailles"), ("13100", "Aix-en-Provence"),
          ("74000", "Annecy"), ("84000", "Avignon"), ("64100", "Bayonne"), ("60200", "Compiègne"),
          ("71100", "Chalon-sur-Saône"), ("26000", "Valence"), ("30000", "Nîmes"), ("17000", "La Rochelle"),
          ("83000", "Toulon"), ("62100", "Calais"), ("59100", "Roubaix"), ("14000", "Caen"),
          ("51100", "Reims"), ("25000", "Besançon"), ("43000", "Le Puy-en-Velay"), ("22000", "Saint-Brieuc"),
          ("44600", "Saint-Nazaire"), ("85000", "La Roche-sur-Yon"), ("76000", "Rouen"), ("05000", "Gap"),
          ("01000", "Bourg-en-Bresse"), ("04000", "Digne-les-Bains"), ("27000", "Évreux"),
          ("91000", "Évry-Courcouronnes"), ("12000", "Rodez"), ("81000", "Albi"), ("09000", "Foix"),
          ("88000", "Épinal"), ("02100", "Saint-Quentin"), ("69100", "Villeurbanne"),
          ("07000", "Privas"), ("16000", "Angoulême"), ("73000", "Chambéry"), ("35400", "Saint-Malo"),
          ("29000", "Quimper"), ("56100", "Lorient"), ("50100", "Cherbourg-en-Cotentin"),
          ("68100", "Mulhouse"), ("39000", "Lons-le-Saunier"), ("59650", "Villeneuve-d'Ascq"),
          ("38080", "L'Isle-d'Abeau"), ("94240", "L'Haÿ-les-Roses"), ("64500", "Saint-Jean-de-Luz"),
          ("83120", "Sainte-Maxime"), ("85100", "Les Sables-d'Olonne"), ("95880", "Enghien-les-Bains"),
          ("93100", "Montreuil"), ("92100", "Boulogne-Billancourt"), ("72000", "Le Mans"),
          ("08000", "Charleville-Mézières"), ("66000", "Perpignan"), ("11000", "Carcassonne"),
          ("29410", "Pleyber-Christ"), ("24200", "Sarlat-la-Canéda"), ("46000", "Cahors"),
          ("97400", "Saint-Denis"), ("97200", "Fort-de-France"), ("97110", "Pointe-à-Pitre"),
          ("97300", "Cayenne"), ("97600", "Mamoudzou"), ("97460", "Saint-Paul"), ("97100", "Basse-Terre"),
          ("97410", "Saint-Pierre"), ("97233", "Schœlcher"), ("98800", "Nouméa"), ("98714", "Papeete"),
          ("20000", "Ajaccio"), ("20200", "Bastia"), ("20090", "Ajaccio"), ("20250", "Corte"),
          ("20137", "Porto-Vecchio"), ("20260", "Calvi")]

AIS = ["ChatGPT", "Mistral", "Le Chat de Mistral", "Claude", "Gemini", "Copilot", "Perplexity", "Llama",
       "DeepL", "MagicSchool", "Khanmigo", "Grok", "Midjourney", "DALL-E", "NotebookLM", "Character.ai",
       "ChatGPT Edu", "Gemini for Education", "Le Chat"]
PLATS = ["Pronote", "l'ENT", "Moodle", "Éléa", "Capytale", "Pix", "Lalilo", "Adaptiv'Math", "Folios",
         "Parcoursup", "Éduscol", "Canopé", "Vittascience", "Kwyk", "LaboMEP", "Tactileo", "Genially",
         "Padlet", "Digipad", "EcoleDirecte", "Mon Bureau Numérique", "Toutatice"]
CLASSES = ["CP", "CE1", "CE2", "CM1", "CM2", "6e A", "5e B", "4e C", "3e D", "3e Prépa-Métiers", "seconde 4",
           "2nde 7", "1re STMG", "1ère G3", "terminale spé NSI", "Tle STI2D", "BTS SIO 1", "CAP cuisine",
           "ULIS", "SEGPA", "MS-GS", "petite section", "6ème 2", "4e3", "5°1", "Terminale B"]
SUBJECTS = ["français", "mathématiques", "histoire-géographie", "anglais", "espagnol", "allemand", "SVT",
            "physique-chimie", "technologie", "EPS", "arts plastiques", "éducation musicale", "philosophie",
            "SES", "NSI", "lettres classiques", "économie-gestion"]
ROLES = ["professeur de mathématiques", "professeure des écoles", "CPE", "principal adjoint", "proviseure",
         "directrice d'école", "documentaliste", "AESH", "assistant d'éducation", "gestionnaire",
         "secrétaire de direction", "infirmière scolaire", "conseillère municipale", "adjoint au maire",
         "référent numérique", "IEN", "parent d'élève", "coordonnatrice ULIS", "professeur de SVT",
         "DDFPT", "psychologue de l'Éducation nationale", "agent d'accueil"]
PLACES = ["l'espace Simone Veil", "la médiathèque Aimé Césaire", "l'auditorium Maurice Ravel",
          "la salle Jean Vilar", "le centre culturel Jacques Brel", "la maison des associations Louise Weiss",
          "l'amphithéâtre Marie Curie", "le gymnase Pierre de Coubertin", "la salle des fêtes Georges Brassens",
          "la Cité des sciences", "le centre Georges Pompidou", "l'hôpital Édouard Herriot",
          "la halle Tony Garnier", "le stade Charles Ehrmann"]
BRANDS = ["Nathan", "Hachette", "Bordas", "Magnard", "Hatier", "Belin", "Larousse", "Le Robert", "Didier",
          "Foucher", "Lelivrescolaire.fr", "Retz"]
PETS = ["notre chien Oscar", "le chat de la famille, Félix", "notre perroquet Coco", "mon chat Gaston",
        "le hamster de la classe, Noisette", "notre chienne Lola", "le lapin de ma fille, Caramel"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"]

PERSON_ST = ["Jean Jaurès", "Victor Hugo", "du Général de Gaulle", "Charles de Gaulle", "du Maréchal Foch",
             "Pierre et Marie Curie", "Jean-Baptiste Clément", "Louise Michel", "Simone Veil", "Aimé Césaire",
             "Nelson Mandela", "Frédéric Mistral", "Anatole France", "Jean de La Fontaine", "Émile Zola",
             "Gambetta", "Voltaire", "Pasteur", "Paul Vaillant-Couturier", "Gabriel Péri", "Jules Guesde",
             "Lazare Carnot", "Albert 1er", "Henri Barbusse", "de Lattre de Tassigny", "du Docteur Schweitzer",
             "du Professeur Calmette", "Olympe de Gouges", "Toussaint Louverture", "Victor Schœlcher",
             "Pascal Paoli", "Jean-Jacques Rousseau", "Georges Clemenceau", "Lamartine", "Alphonse Daudet",
             "Jeanne d'Arc", "Martin Luther King", "Salvador Allende", "du Président Wilson", "Abbé Grégoire"]
DATE_ST = ["du 8 Mai 1945", "du 11 Novembre 1918", "du 14 Juillet", "du 19 Mars 1962", "du 4 Septembre",
           "du 18 Juin 1940", "du 1er Mai", "du 8-Mai-1945", "du 11-Novembre", "du 25 Août 1944",
           "du 22 Septembre", "du 27 Avril 1848"]
SAINT_ST = ["Saint-Éloi", "St Jean", "Sainte-Catherine", "St-Michel", "Saint Roch", "Sainte-Anne",
            "St-Nicolas", "Saint-Vincent-de-Paul", "Saint-Pierre", "Ste Marguerite", "Saint-Honoré",
            "Saint-Jacques", "St Exupéry"]
TREE_ST = ["des Tilleuls", "des Chênes", "des Peupliers", "des Platanes", "du Marronnier", "des Acacias",
           "des Érables", "des Oliviers", "des Châtaigniers", "des Lilas", "des Mimosas", "des Cerisiers",
           "du Vieux Noyer", "des Pins", "des Bouleaux", "des Flamboyants", "des Manguiers", "des Cocotiers"]
CRAFT_ST = ["des Tanneurs", "des Tisserands", "des Forgerons", "des Bouchers", "de la Poterie", "des Orfèvres",
            "des Teinturiers", "des Charpentiers", "des Meuniers", "des Vignerons", "des Verriers",
            "des Cordiers", "des Sabotiers", "des Boulangers"]
REGION_ST = ["de Bretagne", "d'Alsace", "de Provence", "de Normandie", "du Limousin", "de Savoie",
             "d'Auvergne", "de Picardie", "du Béarn", "de Corse", "des Flandres", "de Lorraine", "du Périgord"]
FOREIGN_ST = ["de Berlin", "de Stalingrad", "Rembrandt", "Goethe", "de Varsovie", "Garibaldi", "Mozart",
              "de Lisbonne", "de Madrid", "Churchill", "Kennedy", "de Québec", "de Dakar", "Gandhi",
              "de Bucarest", "Van Gogh", "Bolívar"]
NUMBER_ST = ["des Trois Ponts", "des Quatre Vents", "des Cent Marches", "des Sept Fontaines",
             "des Deux Églises", "des Trois Rois", "des Neuf Écluses", "des Mille Étangs", "des Cinq Chemins"]
GENERIC_ST = ["de la République", "de la Gare", "de l'Église", "du Moulin", "de la Mairie", "des Écoles",
              "de Paris", "Nationale", "de la Liberté", "du Stade", "des Vignes", "du Château",
              "de la Fontaine", "du Port", "des Jardins", "du Lavoir", "de la Paix", "des Prés",
              "de l'Industrie", "du Commerce", "des Sports", "de la Croix Blanche", "du Pont Neuf",
              "des Fleurs", "des Cigales", "de la Source", "du Bois", "du Four"]
ROUTE_NAMES = ["de Lyon", "de Grenoble", "de la Mer", "des Crêtes", "de Saint-Malo", "du Littoral",
               "de Bayonne", "d'Espagne", "de Lorient", "des Carrières", "de la Corniche", "du Col"]
RES_NAMES = ["Les Glycines", "du Parc", "Les Jardins de l'Ill", "Le Clos Fleuri", "Les Terrasses du Lac",
             "Bellevue", "Les Hauts de Saint-Jean", "Victor Hugo", "Les Flamboyants", "Le Belvédère",
             "Les Cèdres", "Beau Site", "Les Alizés", "Le Moulin Vert", "Les Tamaris", "Port-Royal"]
LOT_NAMES = ["Les Vignes", "Le Hameau des Pins", "du Moulin", "Les Hauts de la Combe", "Bel Air",
             "Les Coquelicots", "La Clairière", "Les Cannes"]
HAMEAU_NAMES = ["de la Combe", "des Granges", "du Bourg", "de Chantemerle", "des Rousses", "de Kerlann"]
LIEUDIT = ["Kerhervé", "Les Granges", "La Croix Blanche", "Le Moulin Neuf", "Coat an Noz",
           "La Grange aux Dîmes", "Les Trois Chênes", "Pont-Callec", "Bellevue", "Le Bois Joli",
           "Mas de l'Olivier", "Morne-Rouge", "Le Petit Paris"]
ZONES = ["ZI des Paluds", "ZA de la Gare", "ZAC du Parc", "Z.I. Nord", "ZA Les Bruyères",
         "zone industrielle de la Plaine", "ZAC de la Croix Blanche", "ZI de Jarry",
         "Parc d'activités de la Rivière", "parc d'activités du Moulin", "ZA du Bois Joli",
         "Z.A.C. des Portes de l'Océan"]
ROADS = ["RN 7", "RD 113", "D 940", "route départementale 12", "N 20", "RN7", "D940", "RD 1085",
         "route nationale 10", "CD 38"]
IMM_NAMES = ["Le Central", "Les Arcades", "Horizon", "Le Méridien", "Panorama"]

STREET_TYPES = [
    (30, "rue", ["rue", "rue", "rue", "rue", "Rue", "r.", "r", "R.", "RUE"]),
    (8, "avenue", ["avenue", "avenue", "Avenue", "av.", "Av.", "av", "ave", "AV"]),
    (7, "boulevard", ["boulevard", "Boulevard", "bd", "Bd", "bd.", "BD", "boul."]),
    (5, "allée", ["allée", "Allée", "all.", "allee", "All."]),
    (4, "impasse", ["impasse", "Impasse", "imp.", "imp", "Imp."]),
    (4, "chemin", ["chemin", "Chemin", "ch.", "chem.", "ch", "Chem."]),
    (4, "place", ["place", "Place", "pl.", "Pl.", "pl"]),
    (3, "quai", ["quai", "Quai"]),
    (2, "cours", ["cours", "Cours", "crs", "crs."]),
    (3, "route", ["route", "Route", "rte", "rte.", "Rte"]),
    (1, "sentier", ["sentier", "Sentier"]),
    (2, "square", ["square", "Square", "sq.", "sq"]),
    (2, "passage", ["passage", "Passage", "pass."]),
    (2, "cité", ["cité", "Cité", "cite"]),
    (1, "esplanade", ["esplanade", "Esplanade"]),
    (1, "promenade", ["promenade", "Promenade", "prom."]),
    (1, "montée", ["montée", "Montée", "montee"]),
    (2, "faubourg", ["faubourg", "Faubourg", "fg", "Fg", "fbg", "faub."]),
    (1, "rond-point", ["rond-point", "Rond-Point", "rd-pt"]),
    (1, "voie", ["voie", "Voie"]),
    (1, "villa", ["villa", "Villa"]),
    (1, "clos", ["clos", "Clos"]),
    (1, "mail", ["mail", "Mail"]),
    (1, "parvis", ["parvis", "Parvis"]),
    (1, "résidence", ["résidence", "Résidence", "rés.", "Rés.", "res."]),
    (1, "lotissement", ["lotissement", "lot.", "Lotissement", "lotiss."]),
    (1, "hameau", ["hameau", "Hameau", "ham."]),
]
NONUM_OK = {"place", "hameau", "lotissement", "résidence", "cité", "square", "chemin", "parvis",
            "esplanade", "mail", "clos", "villa", "rond-point", "quai", "cours"}


# --------------------------------------------------------------------------
# Addresses
# --------------------------------------------------------------------------
def pick_type(allowed=None):
    rows = [t for t in STREET_TYPES if allowed is None or t[1] in allowed]
    row = r.choices(rows, weights=[t[0] for t in rows])[0]
    return row[1], r.choice(row[2])


def street_name_for(canon):
    if canon == "résidence":
        return r.choice(RES_NAMES)
    if canon == "lotissement":
        return r.choice(LOT_NAMES)
    if canon == "hameau":
        return r.choice(HAMEAU_NAMES)
    if canon in ("route", "chemin") and r.random() < 0.5:
        return r.choice(ROUTE_NAMES)
    cat = r.choice([PERSON_ST, PERSON_ST, DATE_ST, SAINT_ST, TREE_ST, CRAFT_ST, REGION_ST, FOREIGN_ST,
                    NUMBER_ST, GENERIC_ST, GENERIC_ST])
    return r.choice(cat)


def house_num(simple=False):
    n = r.choice([r.randint(1, 30), r.randint(1, 30), r.randint(1, 120), r.randint(100, 480)])
    k = r.random()
    if k < 0.5 or (simple and k < 0.8):
        return str(n)
    if k < 0.8:
        return f"{n}{r.choice([' bis', 'bis', ' Bis', ' BIS', ' ter', 'ter', ' Ter', ' quater', ' A', 'A', ' B', 'B', 'b', ' C'])}"
    if simple:
        return f"{n} bis"
    m = n + r.choice([2, 2, 4, 6])
    return r.choice([f"{n}-{m}", f"{n} à {m}", f"{n}-{m}", f"{n}/{m}", f"{n} et {m}"])


def std_street():
    canon, t = pick_type()
    sep = ", " if r.random() < 0.12 else " "
    return f"{house_num()}{sep}{t} {street_name_for(canon)}"


def street_line(mode):
    if mode == "num":
        form = wchoice([("std", 88), ("road", 8), ("grande", 4)])
    elif mode == "school":
        form = wchoice([("std", 80), ("after", 14), ("zone", 6)])
    else:
        form = wchoice([("std", 66), ("after", 10), ("nonum", 5), ("lieudit", 5), ("zone", 5),
                        ("road", 4), ("grande", 2), ("bp", 3)])
    if form == "std":
        return std_street()
    if form == "after":
        canon, t = pick_type()
        sep = r.choice([" n°", " n° ", " no ", ", ", " N°", ", n°"])
        return f"{t} {street_name_for(canon)}{sep}{house_num(simple=True)}"
    if form == "nonum":
        canon, t = pick_type(NONUM_OK)
        return f"{t} {street_name_for(canon)}"
    if form == "lieudit":
        ld = r.choice(["lieu-dit", "Lieu-dit", "lieu dit", "Lieu-Dit", "lieudit", "LIEU-DIT"])
        return f"{ld} {r.choice(LIEUDIT)}"
    if form == "zone":
        z = r.choice(ZONES)
        if mode == "school" or r.random() < 0.5:
            return f"{z}{r.choice([', ', ' - ', ' '])}{std_street()}"
        return z
    if form == "road":
        rd = r.choice(ROADS)
        if mode == "num" or r.random() < 0.6:
            return f"{r.choice([house_num(), str(r.randint(100, 2500))])} {rd}"
        return rd
    if form == "grande":
        return f"{house_num()} {r.choice(['Grande Rue', 'Grande-Rue', 'Grand' + chr(39) + 'Rue', 'Grand Rue'])}"
    return ""  # "bp": postal box only


COMP_ORDER = ["res", "imm", "bat", "esc", "et", "porte", "app", "log"]
COMP_WEIGHTS = {"res": 3, "imm": 1, "bat": 5, "esc": 3, "et": 3, "porte": 2, "app": 4, "log": 1}


def comp_item(k):
    if k == "bat":
        return f"{r.choice(['bâtiment', 'bât.', 'bât', 'Bât.', 'Bât', 'bat', 'Bat.', 'BAT'])} " \
               f"{r.choice(['A', 'B', 'C', 'D', 'E', '2', '3', 'A2', 'B4', 'Les Iris', 'Le Cèdre'])}"
    if k == "esc":
        return f"{r.choice(['escalier', 'esc.', 'Esc.', 'esc', 'ESC'])} {r.choice(['1', '2', '3', 'A', 'B', 'C', 'droit', 'gauche'])}"
    if k == "et":
        return r.choice([f"{r.choice(['1er', '2e', '3e', '4e', '5e', '6e', '2ème', '3ème', '4ème', '7ème'])} étage",
                         f"étage {r.randint(1, 9)}", "rez-de-chaussée", "RDC", f"{r.randint(2, 9)}e ét"])
    if k == "app":
        num = r.choice([str(r.randint(1, 160)), f"{r.randint(1, 9)}{r.choice('ABC')}",
                        f"{r.choice('ABCD')}{r.randint(1, 40)}"])
        return f"{r.choice(['appartement', 'appt', 'Appt', 'appt.', 'apt', 'Apt', 'app.', 'App', 'APPT'])} {num}"
    if k == "porte":
        return f"porte {r.choice([str(r.randint(1, 40)), 'gauche', 'droite', 'B', '12A'])}"
    if k == "log":
        return f"{r.choice(['logement', 'Logement', 'lgt'])} {r.randint(1, 300)}"
    if k == "res":
        return f"{r.choice(['résidence', 'Résidence', 'Rés.', 'rés.', 'Res.'])} {r.choice(RES_NAMES)}"
    return f"{r.choice(['immeuble', 'Immeuble', 'imm.'])} {r.choice(IMM_NAMES)}"


def comp_block():
    n = r.choice([1, 1, 1, 2, 2, 3])
    kinds = []
    while len(kinds) < n:
        k = wchoice(list(COMP_WEIGHTS.items()))
        if k not in kinds and not (k in ("app", "log") and ("app" in kinds or "log" in kinds)):
            kinds.append(k)
    kinds.sort(key=COMP_ORDER.index)
    return r.choice([", ", " ", " - "]).join(comp_item(k) for k in kinds)


def postal_box():
    return r.choice([f"BP {r.randint(1, 999)}", f"B.P. {r.randint(1, 99)}", f"BP{r.randint(100, 9999)}",
                     f"CS {r.randint(10, 99)}{r.randint(100, 999)}", f"CS{r.randint(10000, 99999)}",
                     f"TSA {r.randint(10000, 99999)}", f"TSA{r.randint(10000, 99999)}"])


def city_line(cp, city, cedex=False):
    c = wchoice([(city, 70), (city.upper(), 20), (city.lower(), 5), (fold(city), 5)])
    if cedex:
        ccp = cp[:3] + f"{r.randint(0, 99):02d}"
        ced = r.choice(["Cedex", "CEDEX", "cedex", "Cédex"])
        num = r.choice(["", f" {r.randint(1, 20)}", f" {r.randint(1, 20):02d}"])
        return f"{ccp} {c} {ced}{num}"
    return f"{cp}{wchoice([(' ', 20), (' - ', 1)])}{c}"


def typo(s):
    words = list(re.finditer(r"[A-Za-zÀ-ÿ]{5,}", s))
    if not words:
        return s
    m = r.choice(words)
    w = m.group()
    i = r.randrange(1, len(w) - 2)
    k = r.random()
    if k < 0.5:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif k < 0.8:
        w2 = w[:i] + w[i + 1:]
    else:
        w2 = w[:i] + w[i] + w[i:]
    return s[:m.start()] + w2 + s[m.end():]


def make_address(multiline=False, mode="any", a_bias=0.5):
    cp, city = r.choice(CITIES)
    line = street_line(mode)
    before, after, bp = [], [], []
    if mode == "any" and line and re.match(r"\d|[a-zA-Z]+\.? ", line) and not re.match(r"(?i)lieu|z", line) \
            and r.random() < (0.35 if multiline else 0.15):
        before = [comp_block()]
    if line and r.random() < ((0.45 if multiline else 0.25) if mode == "any" else 0.08):
        after = [comp_block()]
    if not line:
        bp = [postal_box()]
    elif r.random() < (0.18 if mode == "school" else 0.05):
        bp = [postal_box()]
    cedex = (bool(bp) and r.random() < 0.7) or r.random() < 0.07
    if mode == "school" or bp:
        cm = "cpcity"
    elif multiline:
        cm = wchoice([("cpcity", 92), ("cityonly", 4), ("cponly", 4)])
    else:
        cm = wchoice([("cpcity", 62), ("cityonly", 18), ("cponly", 8), ("none", 12)])
    parts = before + ([line] if line else []) + after + bp
    if multiline:
        if before and r.random() < 0.25:
            parts = [before[0] + ", " + (line or "")] + parts[2:]
        tail = {"cpcity": city_line(cp, city, cedex), "cponly": cp, "cityonly": city}[cm]
        addr = "\n".join(parts + [tail])
        if r.random() < 0.15:
            addr = re.sub(r"[.,]", "", fold(addr).upper())
    else:
        sep = wchoice([(", ", 10), (" - ", 2), (" / ", 1), (" – ", 1), (" ", 1)])
        body = sep.join(parts)
        if cm in ("cpcity", "cponly"):
            tail = city_line(cp, city, cedex) if cm == "cpcity" else cp
            addr = body + wchoice([(sep, 6), (" ", 3), (", ", 2)]) + tail
        elif cm == "cityonly":
            c = city if r.random() < 0.8 else city.upper()
            use_a = r.random() < a_bias and not re.match(r"(Le|Les|La|L')[ -']", city)
            addr = body + (" à " if use_a else sep) + c
        else:
            addr = body
    if r.random() < 0.1:
        addr = fold(addr)
    if r.random() < 0.07:
        addr = typo(addr)
    return addr.strip()


def chez_segs(ctx, multiline):
    p = ctx.person(None)
    k = r.random()
    if k < 0.4:
        segs = [(None, "chez " + title(p) + " "), (P, p["last"])]
    elif k < 0.55:
        segs = [(None, "chez "), (P, full(p))]
    elif k < 0.85:
        segs = [(None, r.choice(["c/o ", "C/O ", "c/o "])), (P, full(p))]
    else:
        segs = [(None, "chez " + title(p) + " "), (P, full(p))]
    segs.append((None, "\n" if multiline else ", "))
    segs.append(("ADRESSE", make_address(multiline=multiline)))
    return segs


# --------------------------------------------------------------------------
# Plain fillers (never entities)
# --------------------------------------------------------------------------
def date():
    k = r.random()
    d, m, y = r.randint(1, 28), r.randrange(12), r.choice([2023, 2024, 2025, 2026])
    if k < 0.35:
        return f"{d if d > 1 else '1er'} {MONTHS[m]} {y}"
    if k < 0.55:
        return f"{r.choice(DAYS)} {d if d > 1 else '1er'} {MONTHS[m]}"
    if k < 0.75:
        return f"{d:02d}/{m + 1:02d}/{y}"
    if k < 0.85:
        return f"{d}.{m + 1:02d}.{y % 100:02d}"
    return f"{d if d > 1 else '1er'} {MONTHS[m]}"


def amount():
    return r.choice([f"{r.randint(2, 95) * 10} €", f"{r.randint(1, 40)} {r.randint(100, 999)} €",
                     f"{r.randint(3, 90)},{r.randint(10, 99)} €", f"{r.randint(2, 50)} 000 euros",
                     "3,5 millions d'euros", f"{r.randint(12, 95)} euros", f"€ {r.randint(2, 9)} {r.randint(100, 999)}"])


OPS = [
    "L'IA peut aider les élèves en difficulté à reformuler les consignes, à condition qu'un adulte garde la main.",
    "Je crains surtout une perte d'autonomie : les élèves copient les réponses sans les comprendre.",
    "Il faudrait d'abord former les enseignants avant de déployer quoi que ce soit dans les classes.",
    "Pour les devoirs à la maison, c'est devenu ingérable, on ne sait plus qui a écrit quoi.",
    "Utilisée intelligemment, l'IA libère du temps pour l'accompagnement individuel.",
    "La question des données personnelles des élèves me paraît centrale et trop peu abordée.",
    "Je ne suis pas contre, mais il faut un cadre clair, commun à tout l'établissement.",
    "Nos élèves les plus fragiles risquent d'être les premiers perdants si on laisse faire.",
    "Les outils de traduction automatique ont déjà changé la façon d'enseigner les langues.",
    "On nous demande de nous adapter sans moyens ni temps de concertation.",
    "C'est un outil comme un autre ; ce qui compte, c'est la pédagogie qu'on met autour.",
    "Je m'inquiète de l'impact énergétique de ces technologies, rarement évoqué.",
    "En vie scolaire, on voit surtout des usages pour tricher ou pour harceler, ce qui m'inquiète.",
    "L'évaluation doit évoluer : plus d'oral, plus de travail en classe, moins de devoirs maison.",
    "Les parents ne sont pas informés de ce qui est utilisé en classe, c'est regrettable.",
    "Une charte d'usage, écrite avec les élèves, serait un bon point de départ.",
    "J'ai testé avec mes élèves pour analyser des textes, les résultats étaient inégaux.",
    "L'IA ne remplacera jamais la relation humaine entre un enseignant et sa classe.",
    "Il y a une fracture entre les familles qui paient des abonnements et les autres.",
    "Former à l'esprit critique face aux réponses générées devrait être une priorité.",
    "Je trouve que l'institution réagit avec beaucoup de retard.",
    "Dans le premier degré, je ne vois pas l'intérêt pour l'instant.",
    "Pour les élèves dyslexiques, la synthèse vocale et la reformulation sont une vraie aide.",
    "Les collègues sont très partagés ; certains refusent d'en entendre parler.",
    "L'administration pourrait gagner du temps sur les tâches répétitives, comme les comptes rendus.",
    "Je ne veux pas que mon enfant soit noté par une machine.",
    "La confidentialité des copies et des appréciations doit être garantie.",
    "Il faudrait des ressources publiques, pas des outils commerciaux gratuits qui exploitent les données.",
    "On devrait apprendre aux élèves comment fonctionnent ces modèles, pas seulement à s'en servir.",
    "Sans équipement correct ni connexion stable, le débat reste assez théorique chez nous.",
    "Je l'utilise pour préparer des exercices différenciés, ça me fait gagner un temps fou.",
    "Les élèves en parlent entre eux bien plus que nous ne le pensons.",
    "Le risque de désinformation est réel, surtout en histoire et en sciences.",
    "J'aimerais des temps de formation sur le temps de travail, pas le mercredi après-midi.",
    "Mon fils s'en sert pour réviser et je trouve ça plutôt positif.",
    "On manque de recul, il faut expérimenter avant de généraliser.",
    "C'est une révolution comparable à l'arrivée d'internet dans les classes.",
    "Je préfère qu'on interdise ces outils en évaluation et qu'on les autorise en entraînement.",
    "La surveillance des élèves par des algorithmes me pose un problème éthique.",
    "Aucun avis tranché, j'attends de voir ce que proposera l'académie.",
    "Les agents administratifs devraient aussi être consultés, nous sommes concernés.",
    "Pour l'orientation, l'IA donne parfois des conseils complètement à côté.",
    "Il faut protéger le droit à l'erreur des élèves, qui apprennent en se trompant.",
    "Rien ne remplace un bon livre et un adulte disponible.",
    "Je souhaite que la commune accompagne les écoles sur l'équipement.",
    "La cantine, les transports, les bâtiments : il y a d'autres priorités pour la collectivité.",
    "Je trouve positif que le sujet soit enfin mis en discussion.",
    "Les élèves allophones y trouvent un appui précieux pour comprendre les cours.",
    "Les devoirs écrits perdent leur sens si une machine peut les faire en trente secondes.",
    "Nous devons rester vigilants sur les biais des réponses produites.",
    "Franchement, je ne sais pas si on forme encore des élèves ou des utilisateurs.",
    "Les enseignants remplaçants n'ont accès à rien, ni formation ni outils.",
]
OPENERS = ["", "", "", "Question importante.", "Vaste sujet.", "Je réponds en tant qu'enseignante.",
           "Je réponds en tant que parent.", "Je réponds au nom de l'équipe de direction.",
           "Réponse d'un agent administratif.", "Avis personnel :", "Mon avis, en quelques mots :",
           "Difficile de répondre en quelques lignes.", "Je suis partagé.", "Je suis plutôt favorable.",
           "Je suis plutôt réservée.", "Élue locale, je réponds à titre personnel."]
CLOSINGS = ["", "", "", "Merci pour cette consultation.", "Bon courage pour la synthèse.",
            "Merci de nous demander notre avis.", "Cordialement.", "À suivre.", "Voilà.", "Bonne journée à vous."]
SHORTS = ["Sans avis.", "Aucune idée, je ne l'utilise pas.", "Favorable, avec un encadrement.",
          "Contre, clairement.", "Je préfère ne pas répondre.", "Plutôt pour, si c'est gratuit et sans pub."]


def school_text(form):
    (typ, au, du, le), name = school()
    cap = r.random() < 0.3
    t = typ.capitalize() if cap and form == "bare" else typ
    if form == "bare":
        return f"{t} {name}"
    art = {"au": au, "du": du, "le": le, "auc": au.capitalize()}[form]
    space = "" if art.endswith("'") else " "
    return f"{art}{space}{typ} {name}"


def plain(name):
    if name == "OP":
        return r.choice(OPS)
    if name == "AI":
        return r.choice(AIS)
    if name == "PLAT":
        return r.choice(PLATS)
    if name == "SCHOOL":
        return school_text("bare")
    if name == "ASCHOOL":
        return school_text("au")
    if name == "ASCHOOLC":
        return school_text("auc")
    if name == "DSCHOOL":
        return school_text("du")
    if name == "LSCHOOL":
        return school_text("le")
    if name == "CITY":
        return r.choice(CITIES)[1]
    if name == "CITYCP":
        cp, c = r.choice(CITIES)
        return r.choice([f"{c} ({cp})", f"{c} ({cp[:2]})", f"{cp} {c}"])
    if name == "STREET":
        canon, t = pick_type({"rue", "avenue", "boulevard", "place", "quai", "cours", "allée", "impasse"})
        t = {"rue": "rue", "avenue": "avenue", "boulevard": "boulevard", "place": "place", "quai": "quai",
             "cours": "cours", "allée": "allée", "impasse": "impasse"}[canon]
        return f"{t} {street_name_for(canon)}"
    if name == "DATE":
        return date()
    if name == "HOUR":
        return r.choice(["8 h", "8h30", "9h", "10 h 15", "12h", "13:30", "14 h", "16h30", "17h45",
                         "18 heures", "midi", "9h15"])
    if name == "ROOM":
        return r.choice(["salle 204", "salle B12", "salle polyvalente", "CDI", "salle 3.14", "bâtiment C",
                         "amphithéâtre 2", "salle des professeurs", "salle informatique 118", "salle A008"])
    if name == "ROOMNUM":
        return r.choice(["204", "B12", "3.14", "A008", "118", "12bis"])
    if name == "CLASS":
        return r.choice(CLASSES)
    if name == "LAW":
        return r.choice(["L. 111-1", "L. 312-9", "L. 131-1", "D. 332-5", "R. 421-20", "L. 401-1",
                         "L.511-5", "L. 121-1", "D. 321-10"])
    if name == "AMOUNT":
        return amount()
    if name == "PCT":
        return r.choice([f"{r.randint(5, 95)} %", f"{r.randint(5, 95)}%", f"{r.randint(1, 9)},{r.randint(1, 9)} %"])
    if name == "YEAR":
        return r.choice(["2019", "2020", "2021", "2022", "2023", "2024", "2025", "2030", "2023-2024",
                         "2024-2025", "1989", "2018"])
    if name == "SUBJ":
        return r.choice(SUBJECTS)
    if name == "DESUBJ":
        sj = r.choice(SUBJECTS)
        return ("d'" if fold(sj)[0] in "aeiouAEIOU" else "de ") + sj
    if name == "ROLE":
        return r.choice(ROLES)
    if name == "N":
        return str(r.randint(2, 35))
    if name == "NUM3":
        return str(r.randint(100, 999))
    if name == "MONTH":
        return r.choice(MONTHS)
    if name == "PLACE":
        return r.choice(PLACES)
    if name == "BRAND":
        return r.choice(BRANDS)
    if name == "PET":
        return r.choice(PETS)
    raise KeyError(name)


# --------------------------------------------------------------------------
# Template filling
# --------------------------------------------------------------------------
def fill(name, key, ctx):
    if name == "PER":
        return r_any(ctx.person(key))
    if name == "PFULL":
        return r_full(ctx.person(key))
    if name == "PT":
        return r_pt(ctx.person(key))
    if name == "PTL":
        return r_title_last(ctx.person(key))
    if name == "PTI":
        return r_title_init(ctx.person(key))
    if name == "PF":
        return [(P, ctx.person(key)["first"])]
    if name == "PL":
        return [(P, ctx.person(key)["last"])]
    if name == "PLC":
        return [(P, ctx.person(key)["last"].upper())]
    if name == "PSIGN":
        return r_sign(ctx.person(key))
    if name == "PCAPS":
        return r_caps(ctx.person(key))
    if name == "PLOW":
        return r_low(ctx.person(key))
    if name == "PRV":
        return r_rev(ctx.person(key))
    if name == "KID":
        return [(P, ctx.person(key, kid=True)["first"])]
    if name == "KIDLOW":
        return [(P, ctx.person(key, kid=True)["first"].lower())]
    if name == "KIDFULL":
        p = ctx.person(key, kid=True)
        return [(P, full(p) if r.random() < 0.75 else f"{p['first']} {p['last'].upper()}")]
    if name == "PUB":
        f, s = r.choice(PUB)
        return [(P, s if s and r.random() < 0.2 else f)]
    if name == "HIST":
        return [(P, r.choice(HIST))]
    if name == "EMAIL":
        return [("EMAIL", gen_email(ctx.person(key)))]
    if name == "EMAILS":
        u = gen_uai(valid_only=True).lower()
        acad = r.choice(ACADS)
        (typ, _, _, _), sname = school()
        sl = slug(typ.split()[0], True) + "-" + slug(sname, True)
        return [("EMAIL", wchoice([(f"ce.{u}@ac-{acad}.fr", 5), (f"gestion.{u}@ac-{acad}.fr", 1),
                                   (f"secretariat.{u}@ac-{acad}.fr", 1),
                                   (f"{r.choice(['contact', 'secretariat', 'direction', 'vie-scolaire'])}@{sl}.fr", 3)]))]
    if name == "TEL":
        return [("TELEPHONE", gen_phone())]
    if name == "NIR":
        return [("NIR", gen_nir())]
    if name == "IBAN":
        return [("IBAN", gen_iban())]
    if name == "UAI":
        return [("UAI", gen_uai())]
    if name == "ADDR1":
        return [("ADRESSE", make_address())]
    if name == "ADDRML":
        return [("ADRESSE", make_address(multiline=True))]
    if name == "ADDRN":
        return [("ADRESSE", make_address(mode="num", a_bias=0.85))]
    if name == "ADDRS":
        return [("ADRESSE", make_address(mode="school"))]
    if name == "ADDRSML":
        return [("ADRESSE", make_address(multiline=True, mode="school"))]
    if name == "CHEZ":
        return chez_segs(ctx, True)
    if name == "CHEZ1":
        return chez_segs(ctx, False)
    return [(None, plain(name))]


TOKEN = re.compile(r"\{([A-Z0-9]+)(?::([a-z0-9]+))?\}")


def render(tpl, ctx):
    segs, pos = [], 0
    for m in TOKEN.finditer(tpl):
        segs.append((None, tpl[pos:m.start()]))
        segs.extend(fill(m.group(1), m.group(2), ctx))
        pos = m.end()
    segs.append((None, tpl[pos:]))
    return segs


def assemble(segs):
    text, ents = "", []
    for kind, s in segs:
        if kind is None:
            if text.endswith(".") and s.startswith(".") and not s.startswith(".."):
                s = s[1:]
            text += s
        else:
            ents.append((kind, s, len(text)))
            text += s
    return text, ents


def check(text, ents):
    prev = 0
    for kind, s, start in ents:
        if not s or s != s.strip() or s[-1] in ".,;:":
            return False
        if text.find(s, prev) != start:
            return False
        prev = start + len(s)
    return True


# --------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------
TRAPS = [
    "On utilise {AI} en {CLASS} pour reformuler les consignes.",
    "Nos élèves passent tous par {PLAT}, et maintenant {AI} s'invite dans les devoirs.",
    "{ASCHOOLC}, une expérimentation avec {AI} a eu lieu entre {MONTH} et {MONTH} {YEAR}.",
    "La réunion d'information aura lieu le {DATE} à {HOUR}, {ROOM}.",
    "L'article {LAW} du Code de l'éducation mériterait d'être actualisé.",
    "Le budget numérique de la commune s'élève à {AMOUNT} pour {YEAR}.",
    "Selon notre enquête interne, {PCT} des élèves de {CLASS} l'utilisent chaque semaine.",
    "Le rectorat de {CITY} a organisé une journée d'étude sur le sujet en {YEAR}.",
    "Dans le quartier autour de la {STREET}, beaucoup de familles n'ont pas d'ordinateur.",
    "Beaucoup de familles de {CITYCP} n'ont qu'un smartphone pour toute la fratrie.",
    "Mistral, Claude, Gemini, Copilot : les élèves les connaissent tous mieux que nous.",
    "J'ai lu le rapport de {YEAR} sur l'IA et l'éducation, notamment les pages {N} à {NUM3}.",
    "La salle {ROOMNUM}, au 2e étage du bâtiment B, est la seule équipée de tablettes.",
    "Chez nous, {LSCHOOL} et {LSCHOOL} partagent le même ENT depuis {YEAR}.",
    "Nous avons assisté à une conférence organisée dans {PLACE} sur les enjeux éthiques.",
    "Classe de {CLASS} : {N} élèves, {N} heures par semaine, {N} ordinateurs qui fonctionnent.",
    "Le décret n° {YEAR}-{NUM3} a déjà fixé un cadre pour ce type de traitement.",
    "Le RGPD fixe en France à 15 ans l'âge du consentement numérique.",
    "Les épreuves du brevet commencent le {DATE} ; pas question d'y autoriser {AI}.",
    "Les manuels {BRAND} proposent déjà des exercices générés automatiquement.",
    "Même {PET} a eu droit à un poème écrit par {AI}, c'est dire l'engouement à la maison.",
    "L'assistant Albert, proposé par l'État aux agents publics, sera-t-il ouvert aux enseignants ?",
    "Le modèle français Lucie a fait parler de lui, pas forcément en bien.",
    "Le carrefour de l'{STREET} est dangereux à la sortie des classes, c'est plus urgent que l'IA.",
    "Le CDI ouvre de {HOUR} à {HOUR}, sauf le mercredi.",
    "Référence de notre projet académique : {YEAR}-IA-{NUM3}.",
    "Le code wifi de la salle des professeurs est affiché près de la photocopieuse.",
    "En {YEAR}, seulement {PCT} des écoles du département avaient un vidéoprojecteur.",
    "Nous sommes {N} enseignants pour {NUM3} élèves.",
    "Les collègues de {CITY} ont déjà adopté une charte, on pourrait s'en inspirer.",
    "Le {DATE}, {N} classes de {CLASS} ont participé à un hackathon organisé dans {PLACE}.",
    "L'atelier se tiendra en salle {ROOMNUM} de {HOUR} à {HOUR}, bâtiment C, escalier 2.",
    "Le tarif de la formation est de {AMOUNT}, remboursable à {PCT}.",
    "Le lycée est au bout de la {STREET}, à dix minutes de la gare.",
    "La DRANE de {CITY} recommande {PLAT} et {PLAT}.",
    "Le bus de la ligne {N} dessert l'établissement toutes les {N} minutes.",
    "{AI} a écrit le discours de la fête de l'école et personne ne l'a remarqué.",
    "Nos élèves de {CLASS} utilisent {PLAT} pour coder et {AI} pour déboguer.",
    "Les inscriptions sur Parcoursup ouvrent le {DATE}.",
    "Le projet a reçu une subvention de {AMOUNT} de la région en {YEAR}.",
    "Sur {NUM3} répondants, {PCT} se disent favorables à un usage encadré.",
    "Le collège est classé REP+ depuis {YEAR}, avec des classes de {N} élèves.",
    "La place {SAINTPL} accueille chaque année le forum des métiers.",
    "Les écoles du 93 et du 13 ont reçu leurs tablettes avant nous.",
    "Au {ROOMNUM}, c'est-à-dire en salle de technologie, les postes datent de {YEAR}.",
    "Les élèves de {LSCHOOL} vont au gymnase Pierre de Coubertin le jeudi de {HOUR} à {HOUR}.",
    "Le plan « Territoires numériques éducatifs » prévoit {AMOUNT} par classe.",
    "Le dictionnaire Larousse et le Robert ont sorti leurs propres assistants.",
    "Le 1er trimestre se termine le {DATE} ; les bulletins sont sur {PLAT}.",
    "Depuis l'arrêté du {DATE}, le téléphone est interdit au collège.",
    "La piscine Jean Bouin ferme le {DATE}, les cours de natation de {CLASS} sont annulés.",
    "Le tramway T2 s'arrête devant le lycée Jean Jaurès, avenue de la Gare.",
    "Le centre de loisirs de {CITY} propose un stage « robots et IA » pendant les vacances.",
]

SURVEY = [
    (2, "Je suis {PFULL:fa}, professeure {DESUBJ} {ASCHOOL}. {OP} {OP}"),
    (2, "{OP} Ma collègue {PF:fb}, qui a une {CLASS} cette année, s'en sert déjà avec ses élèves allophones et elle en est ravie."),
    (2, "Mon fils {KID:mk}, en {CLASS}, a rendu une rédaction écrite avec {AI}. Son professeur, {PTL:mb}, l'a repéré tout de suite et je l'en remercie. {OP}"),
    (1, "Je partage l'analyse de {PUB} : il faut apprendre à s'en servir plutôt que l'interdire. {OP}"),
    (2, "{OP} {OP}\n\n{PSIGN:a}, CPE"),
    (2, "Réponse de {PT:a}, chef d'établissement {DSCHOOL} (UAI {UAI}). {OP}"),
    (1, "Nous en avons débattu en conseil pédagogique avec {PTL:b} et {PTL:c}. {OP}"),
    (1, "{PF:fa}, AESH en {CLASS}, me dit que les élèves qu'elle accompagne en profitent beaucoup pour la lecture des consignes."),
    (1, "En tant qu'adjoint au maire chargé de l'éducation à {CITY}, je souhaite que la commune soit associée aux choix. {OP}\n{PSIGN:ma}"),
    (1, "Ma fille {KID:fk} et sa copine {KID:fl} préparent leurs exposés avec {AI}. Je ne sais pas trop quoi en penser, franchement."),
    (1, "Je rejoins l'avis de {PTL:fb}, notre inspectrice de circonscription : pas d'interdiction, mais un usage encadré. {OP}"),
    (1, "{OP}\nSigné : {PCAPS:a}, parent élu au conseil d'administration"),
    (1, "coucou c'est {PLOW:fa} (maman de {KIDLOW:k} en {CLASS}) ! perso je trouve ça flippant. si vous voulez en parler : {EMAIL:fa}"),
    (1, "{OP} Vous pouvez me joindre au {TEL} si vous souhaitez un témoignage plus long. {PSIGN:a}"),
    (1, "Le professeur de mathématiques de mon fils, {PTI:mb}, interdit tout outil numérique en classe, alors l'IA, n'en parlons pas. {OP}"),
    (1, "J'ai relu {HIST} et écouté {PUB} la même semaine : deux époques, deux visions. {OP}"),
    (1, "{ASCHOOLC}, {PTL:fb}, notre professeure documentaliste, a monté un atelier d'éducation aux médias autour de {AI}. Les élèves de {CLASS}, dont {KID:k} et {KID:l}, ont adoré."),
    (1, "Moi c'est {PF:fa}, maman de {KID:k} et de {KID:l}. {OP}"),
    (3, "{OP} J'habite au {ADDRN} et l'école de mes enfants n'a même pas une connexion correcte."),
    (1, "Question posée par {PFULL:a} lors de la réunion du {DATE} : qui vérifie ce que la machine raconte aux élèves ? Personne n'a su répondre."),
    (1, "Avis collectif de l'équipe de lettres-histoire ({PFULL:a}, {PFULL:b} et {PFULL:c}). {OP} {OP}"),
    (1, "{PF:a} (secrétariat de direction). {OP}"),
    (1, "Notre principale, {PFULL:fa}, nous a présenté un projet de charte. {OP}"),
    (1, "Dr {PL:a}, médecin scolaire. {OP} Je note aussi une hausse de l'anxiété chez certains élèves."),
    (1, "Avec {PFULL:a}, mon binôme en {SUBJ}, on a comparé {AI} et {AI} sur des sujets d'examen : les erreurs sont nombreuses."),
    (1, "Notre élève {KID:k}, dyslexique, a enfin pu suivre un cours complet grâce à la synthèse vocale. {OP}"),
    (1, "Comme le rappelait {HIST}, l'école doit former des esprits libres. {OP}"),
    (1, "Réponse des délégués de {CLASS} : {KID:a}, {KID:b}, {KID:c} et {KID:d}. On veut pouvoir utiliser l'IA pour réviser, pas être surveillés."),
    (1, "{PRV:a}\n{OP} {OP}"),
    (1, "Je suis le grand-père de {KIDFULL:k} et je trouve que tout va trop vite. {OP}"),
    (1, "Au conseil d'école du {DATE}, {PT:a} a proposé une soirée d'information pour les parents. Très bonne idée."),
    (1, "{PF:a}, de la vie scolaire, me signale que les téléphones restent le vrai problème, bien avant l'IA."),
    (1, "Selon {PUB}, la moitié des métiers vont changer. {OP}"),
    (1, "Merci à {PT:a} d'avoir lancé cette consultation. {OP}"),
    (1, "J'ai échangé avec {PT:a}, de la délégation académique au numérique, qui recommande la prudence. {OP}"),
    (1, "AVIS DE {PCAPS:a} : {OP}"),
    (2, "Je vous invite à venir voir notre projet {ASCHOOL}, {ADDRS}. {OP}"),
    (2, "Parent d'élève {ASCHOOL} (UAI {UAI}), je m'inquiète surtout pour les données. {OP}"),
    (3, "Établissement : {SCHOOL} — UAI : {UAI}\nRépondant : {PFULL:a}\n{OP}"),
    (1, "{PFULL:a}, maire de {CITY}. {OP} La commune est prête à financer des ateliers pour les parents."),
    (1, "Notre assistante d'éducation, {PF:fa}, passe ses soirées à expliquer aux élèves pourquoi copier-coller une réponse n'est pas apprendre."),
    (3, "{OP} Si besoin, écrivez-moi : {EMAIL:a}\n{PFULL:a}"),
    (1, "Enseignant à la retraite, {PFULL:ma}, j'interviens bénévolement en aide aux devoirs. {OP}"),
    (1, "Les élèves de {PTL:a} en {CLASS} ont réalisé un podcast sur {AI}, bravo à eux. {OP}"),
    (1, "Mon mari, {PF:mb}, est développeur ; il est bien plus enthousiaste que moi. {OP}"),
    (1, "Lettre ouverte de {PFULL:a} et {PFULL:b}, parents d'élèves :\n{OP} {OP}"),
    (3, "{OP}\n-- \n{PSIGN:a}\n{SCHOOL}\n{EMAIL:a}"),
    (1, "Ma belle-sœur {PF:fb}, professeure en {CLASS} à {CITY}, pense exactement le contraire de moi !"),
    (1, "Quand j'étais l'élève de {PT:mb}, on apprenait tout par cœur. {OP}"),
    (1, "{KIDFULL:mk}, élève de {CLASS}, a gagné un concours d'écriture et on l'a accusé à tort d'avoir utilisé {AI}. Voilà le vrai danger."),
    (1, "je suis {PLOW:a}, prof {DESUBJ}. {OP}"),
    (1, "{PCAPS:a}\n{OP}"),
    (3, "{OP} Pour le remboursement de mes frais de la journée de formation, je vous redonne mon IBAN : {IBAN}. {PSIGN:a}"),
    (3, "On m'a demandé le numéro de sécurité sociale de ma fille {KID:fk} ({NIR}) pour lui créer un compte sur une plateforme d'IA : est-ce bien légal ?"),
    (1, "{OP} Je suis joignable au {TEL} ou par mail : {EMAIL:a}.\n{PSIGN:a}"),
    (1, "Avec mon collègue {PF:mb} (EPS), nous avons testé une IA qui analyse les vidéos de course. {OP}"),
    (1, "{PT:a} a dit en réunion que l'IA était « le nouveau Wikipédia ». {OP}"),
    (1, "Mes élèves {KID:a} et {KID:b} m'en ont appris plus sur ces outils que n'importe quelle formation."),
    (2, "Je suis {PFULL:a}, élu(e) municipal(e) à {CITY}, et je vous laisse mon adresse pour la suite : {ADDR1}."),
    (2, "Contact pour la suite : {PSIGN:a}, {ADDRN}, {TEL}"),
    (1, "{PER:a} et {PER:b} ont animé l'atelier, très apprécié des collègues. {OP}"),
    (1, "D'après {PER:a}, notre référent numérique, {AI} sera bientôt intégré à l'ENT. Je reste sceptique."),
    (1, "Remarque de {PER:a}, professeur principal de {CLASS}. {OP}"),
    (1, "Mon fils {KID:mk} me dit que {AI} « sait tout ». {OP} Son enseignante, {PT:fb}, a pris le temps de lui montrer les erreurs."),
    (1, "{OP} — {PER:a}, {ROLE}"),
    (2, "Le dossier de {KIDFULL:k} (UAI de l'école : {UAI}) a été transmis à une plateforme sans notre accord. {OP}"),
    (1, "Au nom de l'association de parents {DSCHOOL} : {PFULL:fa}, présidente, et {PFULL:mb}, trésorier. {OP}"),
    (1, "Mes élèves de {CLASS} ont interviewé {PT:fa}, chercheuse en IA, et c'était passionnant."),
    (1, "Notre école, {SCHOOL} ({UAI}), n'a reçu aucune consigne. {OP}"),
    (1, "{OP} Si vous passez, nous sommes au {ADDRN}. {PSIGN:a}"),
    (1, "Avec {PER:a}, directrice {DSCHOOL} (UAI {UAI}), nous préparons une réunion pour les familles."),
]

FORMS = [
    (3, "Nom : {PLC:a}\nPrénom : {PF:a}\nFonction : {ROLE}\nÉtablissement : {SCHOOL} ({UAI})\nAdresse : {ADDR1}\nCourriel : {EMAIL:a}\nTéléphone : {TEL}"),
    (2, "Nom et prénom : {PRV:a}\nQualité : parent d'élève\nAdresse postale :\n{ADDRML}\nMail : {EMAIL:a}\nTél. : {TEL}\nJ'accepte d'être recontacté(e)."),
    (2, "Je veux bien être recontactée : {PFULL:fa} – {TEL} – {EMAIL:fa}"),
    (4, "Coordonnées : {PFULL:a}, {ADDR1}. Portable : {TEL}."),
    (3, "{PT:a}\n{ADDRML}\n\n{CITY}, le {DATE}\n\nObjet : usage de l'IA {ASCHOOL}\n\nMadame la Principale,\n\n{OP} {OP}\n\nVeuillez agréer, Madame, l'expression de mes salutations distinguées.\n\n{PSIGN:a}"),
    (2, "Madame, Monsieur,\nJe me permets de vous écrire au sujet de mon fils {KID:mk}, élève de {CLASS}, accusé par {PTL:b} d'avoir utilisé {AI} pour un devoir qu'il a rédigé seul. Je demande un rendez-vous.\n\n{PSIGN:a}\n{ADDRML}\n{TEL}"),
    (2, "Bonjour {PF:fs},\nPourriez-vous transmettre à {PTL:b} le certificat de scolarité de {KID:k} ({CLASS}) ? Je ne peux pas passer avant le {DATE}.\nMerci d'avance,\n{PSIGN:a}\n{TEL}"),
    (2, "Bonjour,\nJe suis la maman de {KIDFULL:k} en {CLASS}. Nous avons déménagé, voici notre nouvelle adresse :\n{ADDRML}\nMon numéro ne change pas : {TEL}.\nCordialement, {PFULL:fa}"),
    (1, "Message pour le secrétariat : {KID:mk} sera absent jeudi (rendez-vous médical). Merci de prévenir {PT:b}. {PSIGN:a} — {TEL}"),
    (2, "Livraison des {N} tablettes commandées : merci de livrer au {ADDRN}, à l'attention de {PT:a} (gestionnaire). Contact sur place : {TEL}."),
    (2, "Adresse de livraison :\n{SCHOOL}\nà l'attention de {PT:a}\n{ADDRSML}\nTél. : {TEL}\nHoraires de réception : {HOUR} – {HOUR}"),
    (2, "Merci d'expédier les manuels {CHEZ1}. Destinataire : {PFULL:a}."),
    (2, "Colis à livrer à {PFULL:a}\n{CHEZ}\nDigicode 4512B, interphone au nom de {PLC:a}."),
    (6, "Demande de remboursement — journée de formation du {DATE}\nNom : {PFULL:a}\nN° de sécurité sociale : {NIR}\nIBAN : {IBAN}\nAdresse : {ADDR1}\nMontant : {AMOUNT}"),
    (3, "Bonjour, suite à la journée « IA et pédagogie », je sollicite le remboursement de mes frais de transport ({AMOUNT}). Mon RIB : {IBAN}. Merci. {PSIGN:a}"),
    (3, "Remboursement de la sortie scolaire annulée : titulaire du compte {PCAPS:a}, IBAN {IBAN}. Enfant : {KIDFULL:k} ({CLASS})."),
    (5, "Objet : remboursement\nJe soussigné(e) {PFULL:a}, demeurant {ADDR1}, demande le remboursement des frais avancés pour l'atelier du {DATE}.\nNIR : {NIR}\nCoordonnées bancaires : {IBAN}\nFait à {CITY}, le {DATE}.\n{PSIGN:a}"),
    (4, "Inscription — journée « IA et enseignement » du {DATE}\n{PRV:a}\nÉtablissement : {SCHOOL}, UAI {UAI}\nMail : {EMAIL:a} / Tél. {TEL}\nN° de sécurité sociale (assurance) : {NIR}\nRepas : végétarien"),
    (4, "Bulletin d'inscription\nParticipant : {PT:a}\nFonction : {ROLE}\nUAI de l'établissement : {UAI}\nAdresse professionnelle : {SCHOOL}, {ADDRS}\nCourriel : {EMAIL:a}"),
    (3, "Je m'inscris à la formation du {DATE} ({ROOM}, {HOUR}). {PFULL:a}, {ROLE} {ASCHOOL} ({UAI}). Mon numéro de sécu pour la convention : {NIR}."),
    (2, "Réclamation\nMadame, Monsieur,\nMalgré mes courriers du {DATE} et du {DATE}, je n'ai reçu aucune réponse concernant la plateforme imposée à ma fille {KID:fk}. Ses données ne doivent pas être partagées sans notre accord.\n{PT:a}\n{ADDRML}\n{EMAIL:a}"),
    (2, "Je conteste la sanction infligée à mon fils {KIDFULL:mk} par {PTI:b}. Aucune preuve qu'il ait utilisé {AI} n'a été apportée. Vous pouvez me joindre au {TEL}. {PSIGN:a}"),
    (2, "Lettre recommandée avec AR\n{PFULL:a}\n{ADDRML}\n\nÀ l'attention de {PT:b}\n{SCHOOL}\n{ADDRSML}\n\nObjet : réclamation\n{OP}\n{PSIGN:a}"),
    (1, "Compte rendu de la réunion du {DATE} – {ROOM}\nPrésents : {PT:a}, {PT:b}, {PFULL:c}, {PF:d} (AED)\nExcusés : {PTL:e}, {PTI:f}\n1. Charte IA : adoptée à l'unanimité moins une voix.\n2. Formation : {PT:g} se renseigne auprès de la DANE.\nProchaine réunion le {DATE} à {HOUR}."),
    (2, "PV du conseil d'administration {DSCHOOL} (UAI {UAI}) – séance du {DATE}\nPrésidence : {PT:a}\nSecrétaire de séance : {PFULL:b}\nLe conseil adopte la charte d'usage du numérique ({N} voix pour)."),
    (1, "Relevé de décisions – réunion parents/professeurs\nAnimée par {PT:a} et {PT:b}.\n{PF:fc}, représentante des parents, demande une information sur {AI}. La direction s'engage à répondre avant le {DATE}."),
    (3, "De : {PFULL:a} <{EMAIL:a}>\nÀ : secrétariat\nObjet : absence\n\nBonjour, {KID:k} ne viendra pas demain. Bonne journée."),
    (2, "Bonjour,\nJe vous transmets les coordonnées de l'intervenant pour la journée du {DATE} : {PT:a}, {EMAIL:a}, {TEL}.\nBien à vous,\n{PSIGN:b}"),
    (2, "Pour toute question : {PFULL:a}\n{ROLE}\n{SCHOOL}\n{ADDRSML}\nTél. {TEL}\n{EMAILS}"),
    (2, "{SCHOOL}\n{ADDRSML}\nUAI : {UAI}\nTéléphone : {TEL} – Courriel : {EMAILS}\n\nLe {DATE}\nObjet : enquête sur l'IA\nAffaire suivie par {PT:a}"),
    (2, "Je soussigné {PFULL:ma}, domicilié {ADDRN}, atteste avoir participé à la journée de formation du {DATE}."),
    (1, "Attestation d'hébergement : je soussignée {PFULL:fa} certifie héberger {PFULL:b} à mon domicile, {ADDR1}, depuis le {DATE}."),
    (2, "Mon adresse a changé : {ADDR1}. Merci de mettre à jour le dossier de {KIDFULL:k}. {PSIGN:a}"),
    (2, "Merci de renvoyer le formulaire signé à {PT:a}, {CHEZ1}."),
    (1, "Ancienne adresse : {ADDR1}\nNouvelle adresse : {ADDR1}\n{PSIGN:a}"),
    (3, "Merci de livrer au {ADDRN} entre {HOUR} et {HOUR}. Appeler {PF:a} au {TEL} en arrivant."),
    (3, "Pour l'assurance scolaire de {KIDFULL:k} : NIR du parent assuré {NIR}, {PT:a}, {ADDR1}."),
    (3, "Je vous prie de trouver ci-joint mon RIB ({IBAN}) pour le versement de la bourse de {KID:k}. {PSIGN:a}"),
    (2, "Inscription de {KIDFULL:k}\nResponsable légal : {PT:a}\nAdresse : {ADDR1}\nTél. portable : {TEL}\nCourriel : {EMAIL:a}"),
    (4, "Mutuelle – demande de remboursement\nAssuré : {PRV:a}\nN° SS : {NIR}\nRIB : {IBAN}\n{ADDRML}"),
    (3, "Titulaire : {PCAPS:a} – IBAN : {IBAN} – BIC : BNPAFRPPXXX\nMotif : remboursement de l'inscription à la journée IA du {DATE}."),
    (3, "Merci de rembourser l'acompte sur le compte {IBAN} ; pour la mutuelle, mon numéro de sécurité sociale est le {NIR}. {OP}"),
    (3, "Objet : prise en charge des frais de mission\nAgent : {PT:a}, {ROLE}\nNIR : {NIR}\nIBAN : {IBAN}"),
]


def make_none():
    if r.random() < 0.12:
        parts = [r.choice(SHORTS), r.choice(CLOSINGS)]
    else:
        ops = r.sample(OPS, r.choice([1, 2, 2, 3]))
        parts = [r.choice(OPENERS)] + ops + [r.choice(CLOSINGS)]
    return " ".join(p for p in parts if p)


def make_trap():
    sents = r.sample(TRAPS, r.choice([1, 2, 2, 3]))
    if r.random() < 0.5:
        sents.insert(r.randrange(len(sents) + 1), "{OP}")
    return r.choice([" ", " ", "\n"]).join(sents)


TARGETS = {"PERSONNE": 380, "ADRESSE": 100, "EMAIL": 50, "TELEPHONE": 50, "NIR": 50, "IBAN": 50, "UAI": 50}
TOKEN_KIND = {"ADDR1": "ADRESSE", "ADDRML": "ADRESSE", "ADDRN": "ADRESSE", "ADDRS": "ADRESSE",
              "ADDRSML": "ADRESSE", "EMAIL": "EMAIL", "EMAILS": "EMAIL", "TEL": "TELEPHONE", "NIR": "NIR",
              "IBAN": "IBAN", "UAI": "UAI"}
PERSON_TOKENS = {"PER", "PFULL", "PT", "PTL", "PTI", "PF", "PL", "PLC", "PSIGN", "PCAPS", "PLOW", "PRV",
                 "KID", "KIDLOW", "KIDFULL", "PUB", "HIST"}
COUNTS = Counter()
PROGRESS = [0]  # entity-bearing entries already built


def expected(tpl):
    v = Counter()
    for m in TOKEN.finditer(tpl):
        name = m.group(1)
        if name in PERSON_TOKENS:
            v["PERSONNE"] += 1
        elif name in ("CHEZ", "CHEZ1"):
            v["PERSONNE"] += 1
            v["ADRESSE"] += 1
        elif name in TOKEN_KIND:
            v[TOKEN_KIND[name]] += 1
    return v


def pick(tpls):
    """Weighted choice, gently steered towards the per-kind targets."""
    frac = (PROGRESS[0] + 1) / (N_SURVEY + N_FORM)
    deficit = {k: (t * frac - COUNTS[k]) / t for k, t in TARGETS.items()}
    weights = []
    for w, t in tpls:
        score = sum(n * deficit[k] for k, n in expected(t).items())
        weights.append(w * math.exp(max(-3.0, min(3.0, 12.0 * score))))
    return r.choices([t for _, t in tpls], weights=weights)[0]


SAINT_PLACES = ["Saint-Michel", "Bellecour", "de la Comédie", "Stanislas", "du Capitole", "Jean Jaurès",
                "de la Victoire", "Charles de Gaulle"]


def build(group, seen):
    for _ in range(400):
        ctx = Ctx()
        if group == "none":
            segs = [(None, make_none())]
        elif group == "trap":
            segs = render(make_trap().replace("{SAINTPL}", r.choice(SAINT_PLACES)), ctx)
        elif group == "survey":
            segs = render(pick(SURVEY), ctx)
        else:
            segs = render(pick(FORMS), ctx)
        text, ents = assemble(segs)
        if group in ("none", "trap"):
            assert not ents
        if check(text, ents) and text not in seen:
            return text, ents
    raise SystemExit(f"could not build a {group} entry")


# --------------------------------------------------------------------------
# Validators (for the report of wrong check keys)
# --------------------------------------------------------------------------
def nir_valid(s):
    c = re.sub(r"[\s.\-]", "", s).upper()
    return 97 - int(c[:13].replace("2A", "19").replace("2B", "18")) % 97 == int(c[13:])


def iban_valid(s):
    c = re.sub(r"[\s\-]", "", s).upper()
    t = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def uai_valid(s):
    c = re.sub(r"[\s\-]", "", s).upper()
    return len(c) == 8 and UAI_ALPHA[int(c[:7]) % 23] == c[7]


VALIDATORS = {"NIR": nir_valid, "IBAN": iban_valid, "UAI": uai_valid}


def main():
    groups = ["none"] * N_NONE + ["trap"] * N_TRAP + ["survey"] * N_SURVEY + ["form"] * N_FORM
    r.shuffle(groups)
    seen, rows, starts = set(), [], []
    for i, g in enumerate(groups, 1):
        text, ents = build(g, seen)
        starts.append([st for _, _, st in ents])
        seen.add(text)
        if g in ("survey", "form"):
            PROGRESS[0] += 1
            COUNTS.update(k for k, _, _ in ents)
        rows.append({"id": f"m{i:03d}", "text": text,
                     "entities": [{"kind": k, "text": s} for k, s, _ in ents]})

    # Final assertions: each entity is found by text.find(entity, end_of_previous)
    # exactly where it was placed; entities are in order and never overlap.
    assert len(rows) == 400 and len({row["id"] for row in rows}) == 400
    for row, sts in zip(rows, starts):
        prev = 0
        for e, st in zip(row["entities"], sts):
            assert e["text"] and e["text"] == e["text"].strip(), (row["id"], e)
            assert row["text"].find(e["text"], prev) == st, (row["id"], e)
            assert st >= prev, (row["id"], e)
            prev = st + len(e["text"])
    counts = Counter(e["kind"] for row in rows for e in row["entities"])
    wrong = Counter()
    for row in rows:
        for e in row["entities"]:
            if e["kind"] in VALIDATORS:
                ok = VALIDATORS[e["kind"]](e["text"])
                assert ok == INTENDED[e["text"]], e
                if not ok:
                    wrong[e["kind"]] += 1

    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    print(f"wrote {len(rows)} lines to {OUT}")
    for kind in ["PERSONNE", "ADRESSE", "EMAIL", "TELEPHONE", "NIR", "IBAN", "UAI"]:
        extra = ""
        if kind in VALIDATORS:
            extra = f"  (wrong check key: {wrong[kind]}/{counts[kind]} = {100.0 * wrong[kind] / max(1, counts[kind]):.0f} %)"
        print(f"{kind:10s} {counts[kind]:4d}{extra}")
    print(f"total      {sum(counts.values()):4d}")
    with open(OUT, "rb") as fh:
        print("md5", hashlib.md5(fh.read()).hexdigest())


if __name__ == "__main__":
    main()
