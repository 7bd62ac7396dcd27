#!/usr/bin/env python3
"""Blind evaluation set n°3 for the personal-data masker (pii_blind3.jsonl).

Independent, held-out set: written from scratch (own templates, own value
generators, own name pools) without looking at the masker or at any earlier
fixture or generator.  Domain: free-text answers to a French public
consultation on AI in schools (teachers, heads of school, parents, CPE, AED,
inspectors, pupils' words reported by adults).

Output
------
Tests/PrivacyTests/Fixtures/pii_blind3.jsonl, one answer per line:

    {"id": "c001", "text": "...", "entities": [{"kind": KIND, "text": SUBSTRING}]}

Kinds: PERSONNE, EMAIL, TELEPHONE, NIR, IBAN, UAI, ADRESSE.

Deterministic: random.Random(3112026); Python 3 standard library only.
Run:  python3 scripts/bench/pii_make_blind3.py   (prints counts per kind).

Counts (as generated with the seed above; printed when run)
-----------------------------------------------------------
400 answers, 815 entities:
PERSONNE 429, EMAIL 67, TELEPHONE 67, NIR 62, IBAN 64, UAI 63, ADRESSE 63.
65 trap answers (21 of them also contain real entities, 44 contain none),
20 plain answers without any entity or trap; 64 answers have no entity.
Wrong check keys: NIR 24/62, IBAN 26/64, UAI 26/63 (about 40 %; a fixed
cycle of 2 wrong keys in 5 draws).  IBANs: 44 French, 20 other countries.
The script refuses to write the file when the minima (PERSONNE >= 380,
each other kind >= 50, >= 700 in all) are missed.  Entity answers draw
their template by weight, steered towards whichever kind lags its target.

Labelling conventions
---------------------
* PERSONNE: the name only, never the title (Mme, M., Madame, Monsieur, Mlle,
  Dr, docteur, Pr, Me) nor the role in apposition.
  « Mme Lefèvre » → « Lefèvre »; « M. Jean Dupuis » → « Jean Dupuis ».
  Titles stripped include « Docteure », « Mlle ».
  Initials carry no trailing dot: « P. M. » → « P. M », « J.-M. K. » →
  « J.-M. K », « M. D. » → « D », « Karim B. » → « Karim B »
  (inner dots stay: « A. Lemoine-Diallo »).
  Particles belong to the surname (« da Silva », « de Kerguelen »,
  « El Amrani », « Le Bihan », « N'Diaye »).  Names written in capitals or in
  lowercase are labelled exactly as written.  Nicknames (« Momo », « Juju »)
  and a first name alone count.  « NOM Prénom » order is one entity.
* EMAIL: the whole address as written, obfuscated forms included
  (« prenom.nom [at] ac-lyon [dot] fr », « x arobase free point fr »),
  without surrounding <> or « ».  A school's generic mailbox
  (« ce.0691234k@ac-lyon.fr ») is an EMAIL; the UAI inside it is NOT labelled
  separately (it is part of the address).
* TELEPHONE: the whole number with its separators (spaces, NBSP, dots,
  dashes, slashes, a line break) and +33 / 0033 / +33 (0) / +262 … prefixes.
  All ten-digit numbers are labelled, a school switchboard included.
* NIR, IBAN, UAI: the whole identifier with its inner spaces/separators,
  whether the check key is right or wrong (about 40 % wrong).  IBANs are French
  and other European formats (BE, DE, ES, PT, IT, LU, NL, PL, RO, CH, MC).
* ADRESSE: from the street number (with bis/ter, an optional comma) through
  the end of the street name; never the building/flat, postcode or city.

Decisions on ambiguous cases (NOT labelled):
* Authors, scholars, historical and public figures cited for their work or
  their role in history (Montaigne, Bourdieu, Condorcet, Jules Ferry, Marie
  Curie, Freinet, Montessori, Piaget, Hannah Arendt, Victor Hugo …) are NOT
  PERSONNE: they are references, not data about an identifiable private
  person of the consultation.  Fictional characters (Candide, Harry Potter)
  likewise.
* Persons inside institution names (« collège Jules-Ferry », « lycée
  Simone-Veil »), inside street names (« rue Jean-Jaurès », with or without a
  number) and AI products / assistants (Claude, Lucie, Albert, Mistral, Le
  Chat, Copilot, Gemini, ChatGPT) are NOT PERSONNE, even when the product is
  addressed like a person (« j'ai demandé à Claude »).  For that reason the
  first-name pools contain no Claude/Lucie/Albert.
* A street named without a number used as a place (« le lycée de la rue
  Pasteur ») is NOT an ADRESSE.
* Titles without a name (« Madame la Proviseure », « M. le Principal »).
* Short public-service numbers (3018, 119, 15, 17), postal codes and cities
  on their own, BIC codes, SIRET numbers, ISBNs, dates and birth dates,
  years, decimals, percentages, amounts, law/article/decree numbers, course
  codes, room numbers, class names (« 4e B », « Tle G2 »), version numbers.

Each entity text occurs in its answer exactly as many times as it is
labelled (checked below; the script raises if not), so a plain
case-sensitive substring search finds every span.
"""

import json
import os
import random
import sys
import unicodedata
from collections import Counter

SEED = 3112026
N_ANSWERS = 400
N_TRAP = 65
N_PLAIN = 20
TARGETS = {"PERSONNE": 430, "EMAIL": 66, "TELEPHONE": 66, "NIR": 62, "IBAN": 62,
           "UAI": 62, "ADRESSE": 62}

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "Tests", "PrivacyTests", "Fixtures", "pii_blind3.jsonl")

NBSP = "\u00a0"
NNBSP = "\u202f"

# --------------------------------------------------------------------------
# Name pools (first names with gender, surnames) by origin
# --------------------------------------------------------------------------
ORIGINS = {
    "fr": (
        [("Nathalie", "f"), ("Sandrine", "f"), ("Philippe", "m"), ("Thierry", "m"),
         ("Isabelle", "f"), ("Sébastien", "m"), ("Camille", "f"), ("Manon", "f"),
         ("Enzo", "m"), ("Kevin", "m"), ("Jordan", "m"), ("Océane", "f"),
         ("Maëlys", "f"), ("Timéo", "m"), ("Anne-Sophie", "f"), ("Jean-Marc", "m"),
         ("Marie-Hélène", "f"), ("Marc-Antoine", "m"), ("Éloïse", "f"),
         ("Aurélien", "m"), ("Bérénice", "f"), ("Grégoire", "m"), ("Solène", "f"),
         ("Benoît", "m"), ("Laurence", "f"), ("Quentin", "m"), ("Apolline", "f"),
         ("Jean-Christophe", "m"), ("Ghislaine", "f"), ("Dylan", "m"), ("Lou-Anne", "f")],
        ["Lefèvre", "Dupuis", "Marchand", "Garnier", "Bertin", "Vasseur", "Lagarde",
         "Chevallier", "Perrotin", "Etchebarne", "Iriart", "Santucci", "Paoli",
         "Schaeffer", "Hincker", "Wendling", "Vandenbussche", "Delattre", "Dewailly",
         "Puech", "Cazals", "Fabre", "Quintal", "Bourgeteau", "Larrouturou",
         "Pouzancre", "Ytier", "Vauquelin", "Gouzenne", "Lhuillier", "Pennequin",
         "Roussel", "Maréchal", "Thévenot", "Carrère", "Berthomieu", "Sauvageot",
         "Grosjean", "Laffargue", "de Villeneuve", "Desmarais", "Jolivet"],
    ),
    "bzh": (
        [("Gwenaël", "m"), ("Yannick", "m"), ("Maïwenn", "f"), ("Loïc", "m"),
         ("Soizic", "f"), ("Erwan", "m"), ("Tugdual", "m"), ("Gwenola", "f"),
         ("Corentin", "m"), ("Nolwenn", "f"), ("Ronan", "m"), ("Armelle", "f"),
         ("Pierre-Yves", "m"), ("Enora", "f")],
        ["Le Goff", "Le Bihan", "Kerjean", "Quéméner", "Le Gall", "Tanguy", "Morvan",
         "Guivarc'h", "de Kerguelen", "Le Floc'h", "Kerhervé", "Prigent", "Le Duff",
         "Cadiou", "Le Meur", "Jaouen"],
    ),
    "mgh": (
        [("Karim", "m"), ("Yasmine", "f"), ("Mehdi", "m"), ("Nadia", "f"),
         ("Sofiane", "m"), ("Inès", "f"), ("Rachid", "m"), ("Samira", "f"),
         ("Bilal", "m"), ("Fatima-Zahra", "f"), ("Mohamed-Amine", "m"), ("Zineb", "f"),
         ("Walid", "m"), ("Ayoub", "m"), ("Kenza", "f"), ("Lounès", "m"),
         ("Souad", "f"), ("Hakim", "m"), ("Malika", "f"), ("Idir", "m")],
        ["El Amrani", "Benali", "Bouzid", "Haddad", "Cherif", "Belkacem",
         "Aït Ouarab", "Zeroual", "Mansouri", "Ben Youssef", "Aït-Kaci", "Boudjema",
         "Lahlou", "Tazi", "Hamidi", "Ouahabi", "El Khattabi", "Benmoussa",
         "Saïdani", "Bendjelloul"],
    ),
    "waf": (
        [("Aminata", "f"), ("Moussa", "m"), ("Mamadou", "m"), ("Fatoumata", "f"),
         ("Ousmane", "m"), ("Awa", "f"), ("Seydou", "m"), ("Mariam", "f"),
         ("Ibrahima", "m"), ("Adama", "m"), ("Kadiatou", "f"), ("Boubacar", "m"),
         ("Ramatoulaye", "f"), ("Cheikh", "m")],
        ["Diallo", "Ba", "Ndiaye", "Traoré", "Coulibaly", "Konaté", "Sow", "Diop",
         "Kouyaté", "Ouédraogo", "Sanogo", "Camara", "Fofana", "Keïta", "N'Diaye",
         "Touré", "Mbaye", "Sissoko", "Diakité", "Gueye"],
    ),
    "pt": (
        [("João", "m"), ("Inês", "f"), ("Tiago", "m"), ("Ana-Rita", "f"), ("Rui", "m"),
         ("Beatriz", "f"), ("Duarte", "m"), ("Filipa", "f")],
        ["da Silva", "Ferreira", "Gonçalves", "dos Santos", "Pereira", "Rodrigues",
         "Carvalho", "Teixeira", "de Sousa", "Magalhães", "Fernandes", "da Costa"],
    ),
    "pl": (
        [("Agnieszka", "f"), ("Piotr", "m"), ("Katarzyna", "f"), ("Tomasz", "m"),
         ("Małgorzata", "f"), ("Krzysztof", "m"), ("Zofia", "f")],
        ["Kowalski", "Wiśniewska", "Nowak", "Zieliński", "Grabowski", "Szymańska",
         "Lewandowska", "Kaczmarek", "Wojciechowski", "Przybylski"],
    ),
    "vn": (
        [("Thi Lan", "f"), ("Minh", "m"), ("Quang", "m"), ("Thuy", "f"), ("Huong", "f"),
         ("Duc", "m"), ("Linh", "f"), ("Bao", "m")],
        ["Nguyen", "Tran", "Pham", "Le Van", "Hoang", "Vu", "Dang", "Bui", "Truong",
         "Nguyễn", "Xu", "Lam"],
    ),
    "tr": (
        [("Emre", "m"), ("Elif", "f"), ("Zeynep", "f"), ("Mehmet", "m"), ("Ayşe", "f"),
         ("Burak", "m"), ("Cem", "m"), ("Melike", "f")],
        ["Yılmaz", "Demir", "Öztürk", "Kaya", "Şahin", "Çelik", "Aydın", "Yildiz",
         "Korkmaz", "Arslan"],
    ),
    "ro": (
        [("Ioana", "f"), ("Andrei", "m"), ("Mihai", "m"), ("Ionela", "f"),
         ("Florin", "m"), ("Alexandru", "m"), ("Roxana", "f")],
        ["Popescu", "Ionescu", "Dumitrescu", "Munteanu", "Georgescu", "Stoica",
         "Vasilescu", "Bălan", "Țurcanu"],
    ),
    "km": (
        [("Nassur", "m"), ("Faïza", "f"), ("Anrifa", "f"), ("Saïd", "m"),
         ("Zaïnaba", "f"), ("Ansufati", "f"), ("Djamal", "m")],
        ["Madi", "Abdallah", "Ahamadi", "Soilihi", "Mzé", "Msaidie", "Said Omar",
         "Attoumani", "Chanfi"],
    ),
    "car": (
        [("Ludovic", "m"), ("Nadège", "f"), ("Rosemonde", "f"), ("Dieudonné", "m"),
         ("Marlène", "f"), ("Josué", "m"), ("Steevy", "m"), ("Cynthia", "f")],
        ["Jean-Baptiste", "Célestine", "Lubin", "Bélizaire", "Zénon", "Jean-Louis",
         "Adélaïde", "Pierre-Louis", "Théodose", "Mirville", "Racon", "Calixte"],
    ),
}
ORIGIN_WEIGHTS = {"fr": 30, "bzh": 8, "mgh": 16, "waf": 12, "pt": 7, "pl": 5,
                  "vn": 6, "tr": 5, "ro": 5, "km": 4, "car": 6}
NICKNAMES = ["Momo", "Juju", "Nico", "Steph", "Fafa", "Mimi", "Yaya", "Zouzou",
             "Loulou", "Seb", "Flo", "Titi", "Doudou", "Kiki"]
COMPOUND_SECOND = ["Diallo", "Ferreira", "Le Gall", "Nguyen", "Benali", "Martin",
                   "Kowalski", "Mirville"]

CITIES = [("69003", "Lyon"), ("13005", "Marseille"), ("59000", "Lille"),
          ("35000", "Rennes"), ("29200", "Brest"), ("67000", "Strasbourg"),
          ("31000", "Toulouse"), ("93200", "Saint-Denis"), ("97400", "Saint-Denis"),
          ("97110", "Pointe-à-Pitre"), ("44000", "Nantes"), ("63000", "Clermont-Ferrand"),
          ("76600", "Le Havre"), ("87000", "Limoges"), ("20000", "Ajaccio"),
          ("64100", "Bayonne"), ("57000", "Metz"), ("21000", "Dijon"),
          ("34000", "Montpellier"), ("95000", "Cergy"), ("97600", "Mamoudzou"),
          ("80000", "Amiens"), ("56100", "Lorient"), ("62300", "Lens")]
ACADS = ["ac-lyon.fr", "ac-aix-marseille.fr", "ac-lille.fr", "ac-rennes.fr",
         "ac-strasbourg.fr", "ac-toulouse.fr", "ac-creteil.fr", "ac-reunion.fr",
         "ac-guadeloupe.fr", "ac-nantes.fr", "ac-clermont.fr", "ac-normandie.fr",
         "ac-limoges.fr", "ac-bordeaux.fr", "ac-nancy-metz.fr", "ac-dijon.fr",
         "ac-montpellier.fr", "ac-versailles.fr", "ac-mayotte.fr", "ac-amiens.fr"]
PERSO_DOMAINS = ["gmail.com", "orange.fr", "laposte.net", "free.fr", "hotmail.fr",
                 "yahoo.fr", "wanadoo.fr", "sfr.fr", "outlook.fr", "icloud.com",
                 "protonmail.com", "neuf.fr", "live.fr", "gmx.fr"]
DEPTS = ["075", "069", "013", "059", "035", "029", "067", "031", "093", "974",
         "971", "044", "063", "076", "087", "062", "064", "057", "021", "034",
         "095", "976", "080", "056", "033", "054"]
STREET_TYPES = ["rue", "rue", "rue", "avenue", "av.", "boulevard", "bd", "allée",
                "impasse", "chemin", "place", "quai", "route", "cours", "square",
                "Rue", "Avenue", "Allée"]
STREET_NAMES = ["des Lilas", "Jean-Jaurès", "du Général-de-Gaulle", "de la République",
                "Pasteur", "des Tanneurs", "du Moulin-Vert", "Lamartine", "des Écoles",
                "Saint-Nicolas", "de Kerbernard", "du Docteur-Roux", "des Acacias",
                "Gambetta", "de la Gare", "Paul-Vaillant-Couturier",
                "des Martyrs-de-la-Résistance", "Aimé-Césaire", "du Port",
                "des Peupliers", "Louise-Michel", "de l'Abbé-Grégoire",
                "du 8-Mai-1945", "du 19-Mars-1962", "des Glycines", "de Verdun",
                "Frédéric-Mistral", "des Capucins", "du Pré-Catelan", "de Coat-Ar-Gueven",
                "des Cordeliers", "Toussaint-Louverture", "de la Fontaine-au-Roi",
                "Saint-Exupéry", "des Mimosas", "du Stade", "Émile-Zola", "des Chartreux"]
SCHOOLS = ["collège Jules-Ferry", "lycée Victor-Hugo", "école Marie-Curie",
           "lycée Simone-Veil", "collège Jean-Moulin", "lycée Condorcet",
           "collège Louise-Michel", "école Jacques-Prévert", "lycée Aimé-Césaire",
           "collège Anne-Frank", "lycée professionnel Gustave-Eiffel",
           "collège Françoise-Dolto", "école élémentaire Paul-Bert",
           "lycée Montaigne", "collège Albert-Camus", "LP Léonard-de-Vinci"]
CLASSES = ["6e A", "6e 2", "5e B", "5e C", "4e B", "4e D", "3e A", "3e C", "3e 4",
           "2nde 5", "2de 3", "1re G3", "1re STMG", "Tle G2", "Tle STI2D", "CM2",
           "CE1", "CM1-CM2", "ULIS", "SEGPA", "BTS SIO 1", "CAP ECMS"]
SUBJECTS = ["maths", "français", "histoire-géo", "SVT", "physique-chimie",
            "anglais", "espagnol", "techno", "EPS", "SES", "philo", "NSI",
            "arts plastiques", "éducation musicale", "allemand", "documentation"]
AI_PRODUCTS = ["ChatGPT", "Claude", "Mistral", "Le Chat", "Copilot", "Gemini",
               "Lucie", "Albert", "Perplexity", "MIA Seconde"]

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn").replace("\u0131", "i")


def _elide(s):
    return s[:1] in "éeaiouEÉ"


def le(s):
    return ("l'" if _elide(s) else "le ") + s


def du(s):
    return ("de l'" if _elide(s) else "du ") + s


def au(s):
    return ("à l'" if _elide(s) else "au ") + s


def cap(s):
    return s[:1].upper() + s[1:]


def ascii_slug(s):
    s = strip_accents(s).lower()
    return "".join(c for c in s if c.isalnum())


UAI_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uai_letter(d7):
    return UAI_ALPHA[int(d7) % 23]


def nir_key(d13):
    return 97 - int(d13) % 97


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s.upper())
    return "%02d" % (98 - int(num) % 97)


def rib_key(bank, guichet, account):
    return "%02d" % (97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(account)) % 97)


IBAN_SPECS = {  # country: list of (kind, length); n digits, a upper letters, c alnum
    "BE": [("n", 12)], "DE": [("n", 18)], "ES": [("n", 20)], "PT": [("n", 21)],
    "IT": [("a", 1), ("n", 10), ("c", 12)], "LU": [("n", 3), ("c", 13)],
    "NL": [("a", 4), ("n", 10)], "PL": [("n", 24)], "RO": [("a", 4), ("c", 16)],
    "CH": [("n", 5), ("c", 12)], "MC": [("n", 23)],
}


WRONG_CYCLE = [False, True, False, False, True]  # 40 % wrong check keys
_key_draws = Counter()


def draw_wrong(kind):
    _key_draws[kind] += 1
    return WRONG_CYCLE[_key_draws[kind] % len(WRONG_CYCLE)]


class B:
    """Answer builder: records entities while templates write the text."""

    def __init__(self, r):
        self.r = r
        self.ents = []
        self.traps = 0

    def add(self, kind, s):
        self.ents.append((kind, s))
        return s

    # ---------------- persons ----------------
    def new_person(self, origin=None, gender=None):
        r = self.r
        if origin is None:
            origin = r.choices(list(ORIGIN_WEIGHTS), weights=list(ORIGIN_WEIGHTS.values()))[0]
        firsts, lasts = ORIGINS[origin]
        pool = [f for f in firsts if gender is None or f[1] == gender]
        if not pool:
            pool = firsts
        first, g = r.choice(pool)
        if r.random() < 0.12:  # mixed couples / other origin surname
            lasts = ORIGINS[r.choice(list(ORIGINS))][1]
        last = r.choice(lasts)
        if r.random() < 0.06:
            second = r.choice(COMPOUND_SECOND)
            if second != last and " " not in last:
                last = last + "-" + second
        return (first, last, g)

    def title(self, g, short_only=False):
        r = self.r
        if g == "f":
            opts = ["Mme", "Mme", "Mme", "Madame"] + ([] if short_only else ["Mlle"])
        else:
            opts = ["M.", "M.", "M.", "Monsieur"]
        return r.choice(opts)

    def P(self, form=None, p=None, gender=None, origin=None):
        """Render a person in a given form, record the label, return display."""
        r = self.r
        if p is None:
            p = self.new_person(origin, gender)
        first, last, g = p
        self._last_gender = g
        if form is None:
            form = r.choice(["full", "full", "title_last", "title_last", "title_full",
                             "first", "sig", "first_init", "caps_full", "last_first"])
        li = [w for w in last.replace("-", " ").split() if w[:1].isupper()]
        L = (li[0] if li else last)[0].upper()
        fi = "-".join(x[0] + "." for x in first.split("-")) if "-" in first else first[0] + "."
        if form == "full":
            d = lab = f"{first} {last}"
        elif form == "last_first":
            d = lab = f"{last} {first}"
        elif form == "caps_full":
            d = lab = f"{last.upper()} {first}"
        elif form == "caps_last":
            d = lab = last.upper()
        elif form == "title_last":
            lab = last
            d = f"{self.title(g)} {last}"
        elif form == "title_caps":
            lab = last.upper()
            d = f"{self.title(g)} {lab}"
        elif form == "title_full":
            lab = f"{first} {last}"
            d = f"{self.title(g)} {lab}"
        elif form == "first":
            d = lab = first
        elif form == "first_lower":
            d = lab = first.lower()
        elif form == "last":
            d = lab = last
        elif form == "first_init":
            lab = f"{first} {L}"
            d = lab + "."
        elif form == "initials":
            lab = f"{fi} {L}"
            d = lab + "."
        elif form == "title_init":
            lab = L
            d = f"{self.title(g, short_only=True)} {L}."
        elif form == "sig":
            d = lab = f"{fi} {last}"
        elif form == "dr":
            lab = last
            d = f"{r.choice(['Dr', 'Dr', 'docteur', 'Docteure' if g == 'f' else 'Docteur'])} {last}"
        elif form == "nick":
            d = lab = r.choice(NICKNAMES)
        else:
            raise ValueError(form)
        self.add("PERSONNE", lab)
        return d

    @property
    def last_gender(self):
        return self._last_gender

    def person_and(self, form=None, gender=None):
        p = self.new_person(gender=gender)
        return p, self.P(form, p)

    # ---------------- identifiers ----------------
    def email(self, p=None, kind=None, obf=None):
        r = self.r
        given = p is not None
        if p is None:
            p = self.new_person()
        f, l = ascii_slug(p[0]), ascii_slug(p[1])
        if kind is None:
            kind = r.choice(["acad", "perso", "perso"] + ([] if given else ["school"]))
        if kind == "acad":
            local = r.choice([f"{f}.{l}", f"{f}.{l}", f"{f[0]}{l}", f"{f}.{l}{r.randint(1, 9)}"])
            dom = r.choice(ACADS)
        elif kind == "school":
            d7 = r.choice(DEPTS) + "%04d" % r.randint(0, 9999)
            d7 = d7[:7]
            local = "ce." + d7 + uai_letter(d7).lower()
            dom = r.choice(ACADS)
        else:
            local = r.choice([f"{f}.{l}", f"{f}{l}{r.randint(60, 99)}", f"{l}.{f}",
                              f"{f}_{l}", f"{f}-{l}", f"{f[0]}.{l}", f"{l}{f[0]}",
                              f"{f}{r.randint(1, 2024)}", f"{l}.famille"])
            dom = r.choice(PERSO_DOMAINS)
        if obf is None:
            obf = r.random() < 0.2
        if obf:
            name, tld = dom.rsplit(".", 1)
            style = r.randrange(6)
            if style == 0:
                s = f"{local} [at] {name} [dot] {tld}"
            elif style == 1:
                s = f"{local}(at){dom}"
            elif style == 2:
                s = f"{local} arobase {name} point {tld}"
            elif style == 3:
                s = f"{local} @ {dom}"
            elif style == 4:
                s = f"{local} AT {name} DOT {tld}"
            else:
                s = f"{local}[@]{dom}"
        else:
            s = f"{local}@{dom}"
            if r.random() < 0.05:
                s = s.upper() if r.random() < 0.5 else s[0].upper() + s[1:]
        return self.add("EMAIL", s)

    def phone(self, dom=None):
        r = self.r
        if dom is None:
            dom = r.random() < 0.1
        if dom:
            ind, pre = r.choice([("+262", "692"), ("+262", "693"), ("+590", "690"),
                                 ("+596", "696"), ("+262", "639"), ("+594", "694")])
            rest = "".join(str(r.randint(0, 9)) for _ in range(6))
            pairs = [rest[0:2], rest[2:4], rest[4:6]]
            style = r.randrange(3)
            if style == 0:
                s = f"0{pre} " + " ".join(pairs)
            elif style == 1:
                s = f"{ind} {pre} " + " ".join(pairs)
            else:
                s = f"0{pre}" + "".join(pairs)
            return self.add("TELEPHONE", s)
        lead = r.choice("6667712345999")
        digits = "0" + lead + "".join(str(r.randint(0, 9)) for _ in range(8))
        pairs = [digits[i:i + 2] for i in range(0, 10, 2)]
        style = r.choices(range(11), weights=[30, 12, 6, 6, 10, 5, 6, 4, 4, 3, 3])[0]
        if style == 0:
            s = " ".join(pairs)
        elif style == 1:
            s = ".".join(pairs)
        elif style == 2:
            s = "-".join(pairs)
        elif style == 3:
            s = NBSP.join(pairs)
        elif style == 4:
            s = digits
        elif style == 5:
            s = "/".join(pairs)
        elif style == 6:
            s = "+33 " + digits[1] + " " + " ".join(pairs[1:])
        elif style == 7:
            s = "+33 (0)" + digits[1] + " " + " ".join(pairs[1:])
        elif style == 8:
            s = "+33" + digits[1:]
        elif style == 9:
            s = "0033 " + digits[1] + " " + " ".join(pairs[1:])
        else:
            s = " ".join(pairs[:3]) + "\n" + " ".join(pairs[3:])
        return self.add("TELEPHONE", s)

    def nir(self, sex=None, wrong=None):
        r = self.r
        sex = sex or r.choice("12")
        yy = "%02d" % r.randint(0, 99)
        mm = "%02d" % r.randint(1, 12)
        dep = "%02d" % r.choice([x for x in range(1, 96) if x != 20])
        com = "%03d" % r.randint(1, 989)
        order = "%03d" % r.randint(1, 999)
        d13 = sex + yy + mm + dep + com + order
        key = nir_key(d13)
        if wrong is None:
            wrong = draw_wrong("NIR")
        if wrong:
            key = r.choice([k for k in range(1, 98) if k != key])
        k = "%02d" % key
        parts = [sex, yy, mm, dep, com, order, k]
        style = r.choices(range(7), weights=[35, 20, 10, 10, 8, 10, 7])[0]
        if style == 0:
            s = " ".join(parts)
        elif style == 1:
            s = "".join(parts)
        elif style == 2:
            s = NBSP.join(parts)
        elif style == 3:
            s = d13 + " " + k
        elif style == 4:
            s = ".".join(parts)
        elif style == 5:
            s = " ".join(parts[:6]) + " - " + k
        else:
            s = "-".join(parts)
        return self.add("NIR", s)

    def iban(self, country=None, wrong=None):
        r = self.r
        if country is None:
            country = "FR" if r.random() < 0.7 else r.choice(list(IBAN_SPECS))
        if country == "FR":
            bank = r.choice(["30004", "30003", "20041", "10278", "11315", "17515",
                             "14505", "30002", "12548", "16006", "13335"])
            gui = "%05d" % r.randint(0, 99999)
            acc = "%011d" % r.randint(0, 10 ** 11 - 1)
            bban = bank + gui + acc + rib_key(bank, gui, acc)
        else:
            bban = ""
            for kind, n in IBAN_SPECS[country]:
                for _ in range(n):
                    if kind == "n":
                        bban += str(r.randint(0, 9))
                    elif kind == "a":
                        bban += r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ")
                    else:
                        bban += r.choice("0123456789012345678ABCDEFGHKLMNPRSTXZ")
        chk = iban_check(country, bban)
        if wrong is None:
            wrong = draw_wrong("IBAN")
        if wrong:
            if r.random() < 0.6:
                chk = r.choice(["%02d" % k for k in range(2, 99) if "%02d" % k != chk])
            else:  # one digit of the BBAN altered, check digits left as they were
                idx = [i for i, c in enumerate(bban) if c.isdigit()]
                i = r.choice(idx)
                bban = bban[:i] + str((int(bban[i]) + r.randint(1, 9)) % 10) + bban[i + 1:]
        full = country + chk + bban
        groups = [full[i:i + 4] for i in range(0, len(full), 4)]
        style = r.choices(range(6), weights=[50, 18, 10, 6, 8, 8])[0]
        if style == 0:
            s = " ".join(groups)
        elif style == 1:
            s = full
        elif style == 2:
            s = NBSP.join(groups)
        elif style == 3:
            s = " ".join(groups).lower() if r.random() < 0.5 else "-".join(groups)
        elif style == 4:
            cut = len(groups) // 2
            s = " ".join(groups[:cut]) + "\n" + " ".join(groups[cut:])
        else:  # French RIB-style spacing FR76 30004 01234 ...
            if country == "FR":
                s = full[:4] + " " + " ".join([full[4:9], full[9:14], full[14:25], full[25:]])
            else:
                s = " ".join(groups)
        return self.add("IBAN", s)

    def uai(self, wrong=None):
        r = self.r
        d7 = (r.choice(DEPTS) + "%04d" % r.randint(0, 9999))[:7]
        letter = uai_letter(d7)
        if wrong is None:
            wrong = draw_wrong("UAI")
        if wrong:
            letter = r.choice([c for c in UAI_ALPHA if c != letter])
        style = r.choices(range(5), weights=[60, 14, 8, 10, 8])[0]
        if style == 0:
            s = d7 + letter
        elif style == 1:
            s = d7 + " " + letter
        elif style == 2:
            s = d7 + "-" + letter
        elif style == 3:
            s = d7 + letter.lower()
        else:
            s = d7[:3] + " " + d7[3:] + " " + letter
        return self.add("UAI", s)

    def adresse(self):
        r = self.r
        num = str(r.choice([r.randint(1, 30), r.randint(1, 30), r.randint(31, 260)]))
        x = r.random()
        if x < 0.12:
            num += r.choice([" bis", " ter", "bis", " B"])
        comma = r.random() < 0.2
        s = num + ("," if comma else "") + " " + r.choice(STREET_TYPES) + " " + r.choice(STREET_NAMES)
        if r.random() < 0.05:
            s = s.upper()
        return self.add("ADRESSE", s)

    def city(self):
        cp, c = self.r.choice(CITIES)
        return f"{cp} {c}"

    # ---------------- misc ----------------
    def c(self, *opts):
        return self.r.choice(opts)

    def cls(self):
        return self.r.choice(CLASSES)

    def subj(self):
        return self.r.choice(SUBJECTS)

    def de_subj(self):
        s = self.subj()
        return ("d'" if s[0] in "aeéiouhAEÉIOUH" else "de ") + s

    def school(self):
        return self.r.choice(SCHOOLS)

    def ai(self):
        return self.r.choice(["ChatGPT", "ChatGPT", "ChatGPT", "Mistral", "Le Chat",
                              "Copilot", "Gemini", "Claude", "Snapchat My AI"])

    def date(self):
        r = self.r
        return r.choice([f"{r.randint(1, 28)}/{r.randint(1, 12):02d}/{r.choice([2024, 2025, 2026])}",
                         f"{r.randint(1, 28)} {r.choice(['janvier', 'mars', 'mai', 'octobre', 'novembre', 'février'])}"])


# --------------------------------------------------------------------------
# entity templates.  Each returns (text, mode) or text; mode may be
# "caps" (whole answer in capitals) or "noacc" (texting style, no accents).
# --------------------------------------------------------------------------
T = []


def tpl(weight=1):
    def deco(f):
        T.append((f, weight))
        return f
    return deco


@tpl(3)
def t_pupil_cheat(b):
    p = b.new_person()
    parent = (p[0], p[1], b.r.choice("fm"))
    return (f"En {b.cls()}, {b.c('mon élève', 'une de mes élèves', 'un élève,')} {b.P('first', p)} "
            f"a rendu une dissertation entièrement produite par {b.ai()}. "
            f"J'en ai parlé avec {b.c('sa mère', 'son père', 'sa responsable légale')}, "
            f"{b.P('title_last', parent)}, qui ne savait même pas que l'outil existait. "
            f"{b.c('Il faut former les familles, pas seulement les profs.', 'On ne peut pas tout porter seuls.', 'Les familles sont démunies.')}")


@tpl(3)
def t_forum(b):
    return (f"{b.c('perso', 'franchement', 'bon', 'alors')} je suis {b.c('plutôt contre', 'partagée', 'pour, mais encadré')}. "
            f"{b.P('first_lower')} ({b.cls()}) m'a montré comment il faisait faire ses exos {b.de_subj()} "
            f"par l'appli en prenant une photo, en 10 secondes c'est plié. "
            f"{b.c('bref', 'voilà', 'du coup')}, on fait quoi ?")


@tpl(2)
def t_formal_letter(b):
    p = b.new_person()
    if p[2] == "f":
        role = b.c("Principale", "Proviseure", "Principale adjointe", "Directrice d'école",
                   "Proviseure adjointe", "Directrice déléguée aux formations")
    else:
        role = b.c("Principal", "Proviseur", "Principal adjoint", "Directeur d'école",
                   "Proviseur adjoint", "Directeur délégué aux formations")
    return (f"Madame, Monsieur,\n\nEn ma qualité de {role.lower()} ({b.school()}, "
            f"UAI {b.uai()}), je souhaite vous faire part de notre expérience. "
            f"Depuis la rentrée, l'équipe a testé un assistant conversationnel avec deux "
            f"classes de {b.c('troisième', 'seconde', 'quatrième', 'CM2')}. Les résultats sont contrastés.\n"
            f"Je reste joignable au {b.phone()} ou par courriel : {b.email(p, 'acad')}.\n\n"
            f"Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n"
            f"{b.P(b.c('sig', 'full', 'caps_full'), p)}\n{role}")


@tpl(3)
def t_email_sig(b):
    p = b.new_person()
    return (f"{b.c('Je colle ici le mail envoyé à mon IEN :', 'Copie de ma réponse au questionnaire interne :', 'Réponse transmise par mail au conseil pédagogique :')}\n"
            f"« Les élèves de {b.cls()} utilisent l'IA pour les exposés, sans citer les sources. "
            f"Je demande un temps de formation en {b.subj()} sur ce sujet. »\n"
            f"--\n{b.P(b.c('full', 'sig', 'title_full'), p)}\n"
            f"Professeur{'e' if p[2] == 'f' else ''} {b.de_subj()}\n"
            f"{cap(b.school())}\n"
            f"{b.adresse()}, {b.city()}\n"
            f"Tél. : {b.phone()}\n{b.email(p)}")


@tpl(4)
def t_parent_refund(b):
    child = b.new_person()
    return (f"Je suis {b.c('la maman', 'le papa', 'la mère')} de {b.P('first', child)} ({b.cls()}). "
            f"Le collège nous a fait acheter une licence pour un logiciel d'aide aux devoirs \"avec IA\" "
            f"qui n'a jamais fonctionné. {b.c('Je demande le remboursement', 'Merci de rembourser les familles', 'Nous attendons toujours le remboursement')}, "
            f"voici mon RIB : {b.iban()}. {b.c('Merci.', 'Cordialement', 'Bonne journée')}")


@tpl(5)
def t_nir_platform(b):
    return (f"{b.c('La plateforme', 'Le formulaire d’inscription à la formation', 'Le questionnaire de l’éditeur')} "
            f"demandait notre numéro de sécurité sociale ! J'ai saisi le mien ({b.nir()}) "
            f"avant de comprendre que c'était un prestataire privé. "
            f"{b.c('Qui contrôle ces données ?', 'Inadmissible.', 'Je veux savoir où il est stocké.')}"
            + (f"\n{b.P(b.c('sig', 'full', 'initials'))}" if b.r.random() < 0.5 else ""))


@tpl(3)
def t_nir_pupil_pasted(b):
    child = b.new_person()
    return (f"Exemple vécu : {b.P(b.c('first_init', 'first', 'full'), child)} a copié dans {b.ai()} "
            f"l'attestation de sa mère pour \"la résumer\", avec le numéro de sécu dedans : "
            f"{b.nir(sex='2')}. Les élèves n'ont aucune idée de ce qu'ils partagent.")


@tpl(3)
def t_inspector(b):
    t = b.new_person()
    return (f"Inspect{b.c('rice', 'eur')} pédagogique, {b.subj()}. Lors de ma visite du {b.date()} "
            f"{au(b.school())} (RNE {b.uai()}), j'ai observé la séance de {b.P('title_last', t)} : "
            f"usage réfléchi de l'IA pour comparer des traductions. "
            f"{b.P('title_full')}, dans la même équipe, a au contraire interdit tout outil. "
            f"Il faudrait harmoniser.")


@tpl(4)
def t_list_team(b):
    lines = []
    for _ in range(b.r.randint(3, 5)):
        f = b.c("title_last", "title_last", "full", "first_init", "title_caps", "last_first",
                "title_init")
        lines.append(f"{b.c('-', '*', '•')} {b.P(f)} ({b.subj()}) : "
                     f"{b.c('favorable', 'contre', 'sans avis', 'favorable sous conditions', 'plutôt pour')}")
    return "Avis de l'équipe :\n" + "\n".join(lines)


@tpl(3)
def t_texting(b):
    return ((f"slt jsuis {b.c('AED', 'surveillante', 'prof stagiaire', 'AESH')}, les eleves genre "
             f"{b.P('first_lower')} et {b.P('first_lower')} utilisent l ia de snap tt le tps meme en etude. "
             f"si vs voulez en parler {b.phone()} ou {b.email()}"), "noacc")


@tpl(2)
def t_caps(b):
    child = b.new_person()
    return ((f"JE SUIS TOTALEMENT CONTRE. MON FILS {b.P('first', child)} EN {b.cls()} "
             f"NE FAIT PLUS RIEN DEPUIS QU'IL A DÉCOUVERT {b.ai()}. "
             f"SON PROFESSEUR {b.P('title_last')} EST DÉPASSÉ. "
             f"APPELEZ-MOI AU {b.phone()}."), "caps")


@tpl(3)
def t_pupil_voice(b):
    p = b.new_person(gender="f")
    return (f"Une élève, {b.P(b.c('first_init', 'first', 'initials'), p)}, m'a dit en fin de cours : "
            f"« {b.c('madame', 'monsieur', 'm’dame')}, l'IA elle explique mieux que vous et elle s'énerve jamais ». "
            f"{b.c('Ça fait réfléchir.', 'Ça m’a vexée, mais elle n’a pas tort.', 'J’ai ri jaune.')}")


@tpl(3)
def t_cpe(b):
    return (f"{b.c('Cette année', 'Le mois dernier', 'En novembre')} la CPE {b.P('title_last', gender='f')} "
            f"a dû gérer un montage photo fait par IA visant {b.P(b.c('first', 'full', 'first_init'))} "
            f"({b.cls()}). Plainte déposée par la famille. {b.c('Il faut des protocoles clairs.', 'Personne n’était préparé.')}")


@tpl(2)
def t_proviseur_adj(b):
    return (f"Notre proviseur adjoint, {b.P(b.c('title_last', 'title_full', 'title_init'), gender='m')}, "
            f"a mis en place une charte d'usage de l'IA signée par les élèves. "
            f"{b.c('Ça marche plutôt bien.', 'Bonne initiative.', 'Ça reste symbolique.')}")


@tpl(4)
def t_address_meeting(b):
    host = b.new_person()
    return (f"Nous organisons une réunion parents-profs sur l'IA {b.c('samedi', 'le mercredi', 'jeudi soir')} "
            f"chez {b.P(b.c('full', 'title_last', 'title_full'), host)}, {b.adresse()}, {b.city()}. "
            f"Inscriptions auprès de {b.email(host)}.")


@tpl(4)
def t_address_home(b):
    return (f"{b.c('J’habite', 'Nous habitons', 'Je vis')} au {b.adresse()}, "
            f"{b.c('juste en face du collège', 'à deux pas de l’école', 'près du lycée')}, et je vois les élèves "
            f"à la sortie tous sur leur téléphone à demander des réponses à une IA. "
            f"{b.c('Triste.', 'Où va-t-on ?', 'Ça m’inquiète.')}")


@tpl(2)
def t_head_form(b):
    h = b.new_person()
    return (f"Établissement : {b.school()}\nUAI : {b.uai()}\n"
            f"Chef d'établissement : {b.P(b.c('full', 'caps_full', 'title_full'), h)}\n"
            f"Contact : {b.email(h, 'acad')} / {b.phone()}\n"
            f"Observations : usage massif de l'IA générative pour les devoirs maison, nous "
            f"réfléchissons à les supprimer.")


@tpl(3)
def t_uai_no_cue(b):
    return (f"{b.uai()} – réponse collective de l'équipe {b.de_subj()}. Nous demandons un cadre "
            f"national clair et des outils souverains. {b.c('Signé :', 'Rédigé par')} "
            f"{b.P(b.c('sig', 'full', 'title_last'))}")


@tpl(2)
def t_raw_contact(b):
    p = b.new_person()
    return (f"{b.P(b.c('full', 'caps_full', 'last_first'), p)} / {b.phone()} / {b.email(p)}\n"
            f"prof {b.de_subj()}, dispo pour témoigner")


@tpl(3)
def t_iban_asso(b):
    tr = b.new_person()
    bic = b.c("AGRIFRPP882", "CCBPFRPPMTG", "CMCIFR2A", "SOGEFRPP", "BNPAFRPPXXX", "PSSTFRPPLIL")
    return (f"L'association des parents finance un atelier \"esprit critique et IA\". "
            f"Dons par virement : {b.iban('FR')} (BIC {bic}). Trésorier{'e' if tr[2] == 'f' else ''} : "
            f"{b.P(b.c('full', 'title_full', 'caps_full'), tr)}.")


@tpl(3)
def t_iban_foreign(b):
    country = b.c("RO", "PT", "PL", "DE", "BE", "IT", "ES", "LU", "NL", "CH", "MC")
    lang = {"RO": "roumaine", "PT": "portugaise", "PL": "polonaise", "DE": "allemande",
            "BE": "belge", "IT": "italienne", "ES": "espagnole", "LU": "luxembourgeoise",
            "NL": "néerlandaise", "CH": "suisse", "MC": "monégasque"}[country]
    origin = {"RO": "ro", "PT": "pt", "PL": "pl"}.get(country)
    p = b.new_person(origin=origin)
    return (f"Je suis assistant{'e' if p[2] == 'f' else ''} de langue, de nationalité {lang}. "
            f"On m'a demandé d'utiliser un outil d'IA pour préparer mes séances mais je n'ai "
            f"toujours pas été payé{'e' if p[2] == 'f' else ''} : mon compte est {b.iban(country)}. "
            f"{b.P(b.c('full', 'sig'), p)}")


@tpl(3)
def t_pupils_list(b):
    n = b.r.randint(3, 5)
    names = ", ".join(b.P(b.c("first_init", "first_init", "first", "initials")) for _ in range(n))
    return (f"Élèves repérés pour du copier-coller d'IA au dernier devoir ({b.cls()}) : {names} ; "
            f"je ne sanctionne pas, je veux en discuter.")


@tpl(2)
def t_nickname(b):
    return (f"Le petit {b.P('nick')}, comme l'appellent ses copains, a demandé à {b.ai()} "
            f"d'écrire une lettre d'excuse à ma place. "
            f"{b.c('C’était presque touchant.', 'Culotté !', 'On en rit encore en salle des profs.')}")


@tpl(3)
def t_name_start(b):
    d = b.P(b.c('full', 'last', 'first'))
    fem = b.last_gender == "f"
    return (f"{d} est {'la seule collègue' if fem else 'le seul collègue'} "
            f"de l'établissement formé{'e' if fem else ''} à l'IA, et on lui demande tout. "
            f"{b.c('Il faut des référents officiels et rémunérés.', 'Ce n’est pas tenable.')}")


@tpl(2)
def t_harassment(b):
    v = b.new_person()
    return (f"Cas grave : une fausse image de {b.P('full', v)} ({b.cls()}) a circulé sur les réseaux, "
            f"générée par une appli. {b.P(b.c('title_last', 'title_full'), gender=b.r.choice('fm'))}, "
            f"{'principale' if b.last_gender == 'f' else 'principal'}, "
            f"a prévenu le référent harcèlement. Le numéro de la mère figurait dans la capture : "
            f"{b.phone()}.")


@tpl(2)
def t_substitute(b):
    g = b.r.choice("fm")
    return (f"Remplacement de {b.P('title_last')} assuré depuis {b.c('octobre', 'la Toussaint', 'janvier')} par "
            f"{b.P(b.c('full', 'title_full'), gender=g)}, contractuel{'le' if g == 'f' else ''} qui prépare tous ses cours avec une IA. "
            f"Les élèves le sentent.")


@tpl(2)
def t_ipr_contact(b):
    p = b.new_person()
    return (f"IA-IPR {b.de_subj()}. Nous accompagnons les équipes sur ces usages ; les collègues "
            f"peuvent me joindre : {b.P(b.c('full', 'title_full', 'sig'), p)}, {b.email(p, 'acad')}.")


@tpl(2)
def t_doctor(b):
    return (f"{b.c('Le', 'Notre')} médecin scolaire, {b.P('dr')}, alerte sur le temps d'écran. "
            f"L'IA ajoute une couche. {b.c('Infirmière', 'Psy-EN')} : {b.P(b.c('title_last', 'full'), gender='f')}.")


@tpl(2)
def t_colleague_quote(b):
    p = b.new_person()
    p = (p[0], p[1], "f") if p[2] == "f" else b.new_person(gender="f")
    return (f"Comme me l'écrivait ma collègue {b.P('first', p)} ({b.email(p)}) : « on nous demande "
            f"d'évaluer des compétences que la machine possède mieux que les élèves ». Tout est dit.")


@tpl(2)
def t_signature_cordialement(b):
    return (f"{b.c('Je reste favorable à une expérimentation encadrée', 'Il faut interdire les téléphones d’abord', 'Formez-nous, c’est tout')}. "
            f"{b.c('Cordialement,', 'Bien à vous,', 'Merci.')}\n{b.P(b.c('sig', 'sig', 'full', 'caps_full', 'initials'))}")


@tpl(3)
def t_title_initial(b):
    return (f"{b.c('Le', 'Un')} collègue d'histoire, {b.P('title_init', gender='m')}, a fait un "
            f"excellent travail sur les fake news avec les 3e. {b.c('À généraliser.', 'Bravo à lui.')}")


@tpl(2)
def t_phone_no_cue(b):
    return (f"{b.c('Prof de techno', 'Professeure documentaliste', 'Parent d’élève élu', 'Directeur d’école')} "
            f"en {b.c('REP+', 'zone rurale', 'Seine-Saint-Denis', 'Guadeloupe', 'Bretagne')}, dispo : {b.phone()}. "
            f"Je peux montrer ce qu'on fait en classe.")


@tpl(3)
def t_nir_noisy(b):
    p = b.new_person()
    return (f"Mon dossier de formation a été rejeté parce que mon NIR était \"invalide\" "
            f"alors que c'est bien {b.nir(sex='2' if p[2] == 'f' else '1')}. "
            f"{b.P(b.c('full', 'title_full', 'last_first'), p)}, {b.c('PE', 'certifiée', 'agrégé', 'PLP')}")


@tpl(3)
def t_parent_letter_full(b):
    parent = b.new_person()
    child = (b.new_person()[0], parent[1], b.r.choice("fm"))
    return (f"Objet : utilisation de l'IA {au(b.school())}\n\n"
            f"Madame la Principale,\nJe me permets de vous écrire au sujet de mon enfant, "
            f"{b.P('full', child)}, scolarisé{'e' if child[2] == 'f' else ''} en {b.cls()}. "
            f"Ses devoirs sont désormais corrigés par une IA et non par son professeur. "
            f"Je souhaite un rendez-vous.\n{b.P(b.c('title_full', 'caps_full'), parent)}\n"
            f"{b.adresse()}\n{b.city()}\n{b.phone()}")


@tpl(2)
def t_numbered_list(b):
    return (f"1. Former les enseignants.\n2. Fournir un outil public (pas {b.ai()}).\n"
            f"3. Impliquer les familles : {b.P(b.c('title_last', 'full'), gender='f')} (présidente FCPE) est volontaire.\n"
            f"4. Contact : {b.email()}")


@tpl(3)
def t_ent_leak(b):
    return (f"Sur l'ENT, un parent a publié par erreur dans le fil de la classe son RIB "
            f"({b.iban()}) et son numéro de sécu ({b.nir()}). Avec l'IA qui aspire tout, c'est "
            f"inquiétant. L'info a été retirée par {b.P(b.c('title_last', 'first'))}.")


@tpl(2)
def t_aesh(b):
    child = b.new_person()
    return (f"AESH auprès de {b.P(b.c('first', 'first_init', 'first_lower'), child)} (dys), je trouve que la "
            f"synthèse vocale et l'IA l'aident énormément. {b.P('title_last', gender='f')}, l'enseignante, est d'accord. "
            f"{b.c('Ne supprimez pas ces outils.', 'Pensez aux élèves à besoins particuliers.')}")


@tpl(2)
def t_caps_head(b):
    h = b.new_person()
    return ((f"RÉPONSE {du(b.school())} ({b.uai()}).\nNOUS DEMANDONS DES MOYENS. "
             f"CONTACT : {b.P('title_last', h)}, {b.email(h, 'acad')}."), "caps")


@tpl(2)
def t_noacc_parent(b):
    child = b.new_person(gender="f")
    return ((f"bonjour, ma fille {b.P(b.c('first', 'first_lower'), child)} en {b.cls()} "
             f"a eu 2/20 parce que le prof pense quelle a triche avec l ia alors que non. "
             f"jai envoye un mail a {b.P('title_last')} sans reponse. mon num {b.phone()}"), "noacc")


@tpl(2)
def t_exchange(b):
    return (f"Projet eTwinning avec une école de {b.c('Cluj', 'Porto', 'Cracovie', 'Liège', 'Hambourg')} : "
            f"l'enseignant partenaire, {b.P('full')}, utilise l'IA pour traduire les échanges. "
            f"Côté français, c'est {b.P(b.c('title_last', 'first'))} qui coordonne.")


@tpl(3)
def t_address_bat(b):
    return (f"Adresse pour l'envoi des tablettes : {b.school()}, Bât. {b.c('A', 'C', 'E')}, "
            f"{b.adresse()}, {b.city()}. À l'attention de {b.P(b.c('title_full', 'title_last'))}.")


@tpl(1)
def t_breton(b):
    return (f"Ecole Diwan : {b.P('full', b.new_person(origin='bzh'))} et {b.P('full', b.new_person(origin='bzh'))} "
            f"s'inquiètent : les IA sont nulles en breton, nos élèves vont décrocher.")


@tpl(1)
def t_mayotte(b):
    return (f"À Mayotte, {b.P('title_full', b.new_person(origin='km'))} nous signale que la connexion ne permet "
            f"même pas d'utiliser ces outils. Joignable au {b.phone(dom=True)}.")


@tpl(1)
def t_antilles(b):
    return (f"Collègue de Guadeloupe : {b.P(b.c('full', 'title_last'), b.new_person(origin='car'))} "
            f"({b.email()}) propose un atelier créole + IA. À soutenir !")


@tpl(3)
def t_multi_ids(b):
    p = b.new_person()
    return (f"Pour la prise en charge des frais de la formation IA :\nNom : {b.P(b.c('caps_full', 'last_first', 'full'), p)}\n"
            f"N° SS : {b.nir(sex='2' if p[2] == 'f' else '1')}\nIBAN : {b.iban()}\n"
            f"Adresse : {b.adresse()}\n{b.city()}")


@tpl(3)
def t_poste(b):
    return (f"Je signale que les codes de l'établissement ({b.uai()}) et le mail "
            f"{b.email(kind='school')} ont été utilisés pour s'inscrire à un service d'IA sans "
            f"l'accord de la direction.")


@tpl(3)
def t_lowercase_names(b):
    return (f"dans mon groupe {b.de_subj()} il y a {b.P('first_lower')}, {b.P('first_lower')} et "
            f"{b.P('first_lower')} qui ont tout compris à l'IA, les autres sont perdus. "
            f"l'écart se creuse.")


@tpl(3)
def t_iban_cantine(b):
    return (f"Hors sujet mais : le prélèvement de la cantine a échoué sur mon compte {b.iban('FR')} "
            f"et l'assistant virtuel de la mairie tourne en rond. {b.c('Un humain svp.', 'Merci l’IA…')}")


@tpl(3)
def t_uai_list(b):
    return (f"Réseau d'éducation prioritaire : {b.uai()}, {b.uai()} et les écoles du secteur. "
            f"Coordonnatrice : {b.P(b.c('title_last', 'full', 'title_full'), gender='f')}.")


@tpl(3)
def t_pupil_reported_quote(b):
    return (f"Ce que disent les élèves (recueilli en vie de classe, {b.cls()}) :\n"
            f"- « c'est comme un prof particulier gratuit » ({b.P(b.c('first', 'first_init'))})\n"
            f"- « moi j'ai peur que ça remplace mon père qui est traducteur » ({b.P(b.c('first', 'first_init'))})\n"
            f"- « on sait jamais si c'est vrai » ({b.P(b.c('first', 'first_init', 'nick'))})")


@tpl(2)
def t_phone_linebreak(b):
    return (f"Vous pouvez rappeler {b.P(b.c('title_last', 'full'))} au secrétariat :\n{b.phone()} "
            f"(de 8h à 12h).")


@tpl(3)
def t_two_ids_adresse(b):
    return (f"Correspondance à adresser à {b.P(b.c('title_full', 'full', 'caps_full'))}, "
            f"{b.c('', 'Résidence Les Tilleuls, ', 'appt 12, ')}{b.adresse()} – {b.city()}.")


@tpl(2)
def t_nir_caps(b):
    return ((f"ON NOUS DEMANDE DE DONNER NOTRE NUMÉRO DE SÉCURITÉ SOCIALE ({b.nir()}) POUR "
             f"CRÉER UN COMPTE SUR L'OUTIL D'IA DU RECTORAT. C'EST NON."), "caps")


@tpl(3)
def t_uai_forum(b):
    return (f"prof {b.de_subj()} au {b.uai()} ({b.c('REP+', 'rural', 'cité scolaire', 'LP')}), "
            f"{b.c('on a zéro formation', 'les élèves sont plus à l’aise que nous', 'on bricole')}. "
            f"{b.c('Voilà.', 'Merci de nous écouter enfin.', '')}")


@tpl(3)
def t_iban_noacc(b):
    return ((f"jai paye la sortie au futuroscope (atelier IA) mais elle a ete annulee, remboursez moi "
             f"sur {b.iban('FR')} svp. maman de {b.P(b.c('first', 'first_lower'))} en {b.cls()}"), "noacc")


@tpl(2)
def t_uai_dossier(b):
    return (f"{cap(b.school())} — UAI n° {b.uai()} — dossier de candidature à l'appel à projets "
            f"« IA et apprentissages ». Porteur du projet : {b.P(b.c('title_full', 'full', 'title_last'))}. "
            f"Établissement partenaire : {b.uai()}.")


@tpl(2)
def t_nir_two(b):
    return (f"Mon contrat d'AESH comporte une erreur : au lieu de {b.nir()} il est écrit {b.nir()}. "
            f"Le chatbot RH me répond à côté depuis trois semaines.")


@tpl(3)
def t_iban_two(b):
    return (f"Changement de coordonnées bancaires pour la prime d'équipement informatique : "
            f"ancien compte {b.iban()}, nouveau compte {b.iban()}. "
            f"{b.P(b.c('caps_full', 'full', 'sig'))}")


@tpl(2)
def t_address_noacc(b):
    return ((f"les cours de soutien IA du samedi c est au centre social, {b.adresse()} "
             f"(a cote de la pharmacie). demandez {b.P(b.c('first', 'first_lower', 'nick'))}"), "noacc")


@tpl(2)
def t_address_fablab(b):
    return (f"Le fablab municipal ({b.adresse()}, {b.city()}) accueille nos élèves de {b.cls()} "
            f"pour des ateliers de programmation d'IA. Animateur : {b.P(b.c('full', 'first'))}. "
            f"Seconde adresse, pour les lycéens : {b.adresse()}.")


# --------------------------------------------------------------------------
# trap templates (no personal data, or mostly none)
# --------------------------------------------------------------------------
TRAPS = []


def trap(f):
    TRAPS.append(f)
    return f


@trap
def x_stats(b):
    r = b.r
    n = f"{r.randint(1000, 99999):,}".replace(",", NBSP)
    return (f"Dans notre académie, sur {n} élèves interrogés"
            f", {r.randint(10, 90)},{r.randint(0, 9)}{NNBSP}% déclarent utiliser une IA chaque semaine, "
            f"contre {r.randint(5, 40)}{NNBSP}% en {r.choice([2022, 2023])}. Budget annoncé : "
            f"{r.randint(1, 9)} {r.randint(100, 999)} {r.randint(100, 999)} € pour {r.randint(120, 980)} établissements.")


@trap
def x_law(b):
    r = b.r
    return (f"L'article L. {r.choice([111, 121, 131, 312, 511])}-{r.randint(1, 9)} du Code de l'éducation et la loi "
            f"n° {r.choice([2019, 2021, 2023])}-{r.randint(100, 1500)} du {r.randint(1, 28)} juillet {r.choice([2019, 2021, 2023])} "
            f"encadrent déjà le numérique. Le décret n° {r.randint(2018, 2025)}-{r.randint(100, 1999)} "
            f"et la circulaire du {r.randint(1, 28)}-{r.randint(1, 12):02d}-{r.randint(2019, 2025)} ne disent rien sur l'IA. "
            f"Le RGPD (art. {r.randint(5, 35)}) s'applique.")


@trap
def x_products(b):
    r = b.r
    a, c = r.sample(AI_PRODUCTS, 2)
    return (f"J'ai comparé {a} et {c} pour préparer mes cours ; j'ai aussi demandé à Claude de "
            f"corriger une copie. Lucie, le modèle français, est décevant. Albert est réservé aux agents. "
            f"Mistral s'en sort mieux en français que Copilot.")


@trap
def x_school_names(b):
    s1, s2 = b.r.sample(SCHOOLS, 2)
    return (f"{cap(le(s1))} et {le(s2)} ont mutualisé une formation. Les élèves {du(b.r.choice(SCHOOLS))} "
            f"viendront aussi. Rien à voir avec Jules Ferry, qui n'aurait pas imaginé ça !")


@trap
def x_authors(b):
    r = b.r
    a = r.sample(["Montaigne", "Bourdieu", "Rabelais", "Freinet", "Montessori", "Meirieu",
                  "Piaget", "Vygotski", "Condorcet", "Hannah Arendt", "Michel Serres",
                  "Edgar Morin", "Bernard Stiegler", "Jean-Jacques Rousseau", "Célestin Freinet"], 3)
    return (f"Comme disait {a[0]}, mieux vaut une tête bien faite que bien pleine. {a[1]} et "
            f"{a[2]} nous ont appris que l'école reproduit les inégalités ; l'IA risque de les creuser. "
            f"Relisons-les.")


@trap
def x_history(b):
    return (f"On a connu la même panique avec la calculatrice, puis Wikipédia. "
            f"{b.c('Napoléon', 'Charlemagne', 'Jules Ferry', 'Marie Curie', 'Victor Hugo')} n'a pas eu besoin "
            f"d'IA. Mes 4e B ont fait un exposé sur {b.c('Louis XIV', 'Olympe de Gouges', 'Toussaint Louverture', 'Jean Moulin')} "
            f"sans aucune machine, et c'était très bien.")


@trap
def x_streets(b):
    return (f"Le lycée de la rue {b.c('Pasteur', 'Jean-Jaurès', 'Gambetta', 'Victor-Hugo')} a interdit "
            f"les téléphones ; celui de l'avenue {b.c('Foch', 'de la République', 'Jean-Moulin')} "
            f"les autorise. Même ville, deux politiques. À la place {b.c('Bellecour', 'Stanislas', 'du Capitole')} "
            f"on voit les élèves sur ChatGPT.")


@trap
def x_codes(b):
    r = b.r
    return (f"Module {r.choice(['M1.04', 'UE 3.2', 'NSI-T2', 'SES 1.3', 'BC02'])} du BTS, salle "
            f"{r.choice(['B204', 'C112', '017', 'A3-12'])}, le mardi à {r.randint(8, 17)}h{r.choice(['00', '30'])}. "
            f"Manuel : ISBN 978-2-{r.randint(10, 99)}-{r.randint(100000, 999999)}-{r.randint(0, 9)}. "
            f"Version {r.randint(1, 4)}.{r.randint(0, 9)}.{r.randint(0, 20)} de l'ENT.")


@trap
def x_classes(b):
    c1, c2, c3 = b.r.sample(CLASSES, 3)
    return (f"En {c1} et en {c2}, j'ai testé les devoirs sans IA ; en {c3} non. "
            f"Moyennes : {b.r.randint(8, 14)},{b.r.randint(10, 99)} contre {b.r.randint(8, 14)},{b.r.randint(10, 99)}. "
            f"Groupe de {b.r.randint(12, 35)} élèves, {b.r.randint(1, 6)} h par semaine.")


@trap
def x_titles(b):
    return (f"Madame, Monsieur, Madame la Proviseure et M. le Principal ont été destinataires "
            f"de notre courrier du {b.date()}. Monsieur le Ministre, nous attendons une réponse. "
            f"Mme la Directrice académique n'a pas répondu non plus.")


@trap
def x_dates(b):
    r = b.r
    return (f"Réunion le {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.choice([2025, 2026])} à "
            f"{r.randint(14, 18)}h{r.choice(['00', '15', '30'])}, puis le {r.randint(1, 28)}.{r.randint(1, 12):02d}."
            f"{r.choice([2025, 2026])}. Calendrier {r.choice(['2025-2026', '2026/2027'])} : "
            f"{r.randint(36, 40)} semaines, {r.randint(800, 1100)} heures annuelles.")


@trap
def x_helplines(b):
    return (f"Pour le cyberharcèlement, rappeler aux élèves le 3018, et le 119 pour l'enfance en danger. "
            f"Le 17 en urgence. Les deepfakes concernent déjà {b.r.randint(2, 15)}{NNBSP}% des collégiens.")


@trap
def x_siret_bic(b):
    r = b.r
    return (f"Le prestataire (SIRET {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)} "
            f"{r.randint(10000, 99999)}, code APE 6201Z) facture {r.randint(2, 9)}{NBSP}{r.randint(100, 999)},{r.randint(10, 99)} € "
            f"par an. Référence du marché : {r.choice(['MAPA-2025-017', 'AO 24/113', 'DAF-2026-0042'])}.")


@trap
def x_fiction(b):
    return (f"En lecture, on a demandé à l'IA de réécrire Candide et Harry Potter en langage SMS. "
            f"Les élèves ont adoré Gargantua version rap. Madame Bovary a moins plu.")


@trap
def x_postcodes(b):
    cp, city = b.r.choice(CITIES)
    return (f"Collège rural ({cp} {city}), {b.r.randint(150, 600)} élèves, zone blanche : "
            f"parler d'IA alors que le débit est de {b.r.randint(1, 9)},{b.r.randint(0, 9)} Mb/s, c'est "
            f"irréaliste. Rendez-vous place de la Mairie pour la manif.")


@trap
def x_numbers_like(b):
    r = b.r
    return (f"Référence du dossier : {r.randint(2024, 2026)}-{r.randint(10000, 99999)}. "
            f"Ticket d'assistance n° {r.randint(1000000, 9999999)}. "
            f"Coût : {r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)} de tokens, "
            f"soit {r.randint(100, 999)},{r.randint(10, 99)} €. Modèle GPT-4o, {r.randint(7, 70)}B paramètres.")


TRAP_MIXERS = [t_forum, t_pupil_voice, t_name_start, t_phone_no_cue, t_uai_no_cue,
               t_signature_cordialement, t_colleague_quote, t_nir_platform, t_iban_cantine,
               t_address_home, t_title_initial, t_cpe]

# --------------------------------------------------------------------------
# plain answers (no personal data, no particular trap)
# --------------------------------------------------------------------------
PLAIN = [
    "Je pense que l'IA peut aider les élèves en difficulté, à condition que l'enseignant garde la main.",
    "Il faut d'abord former les professeurs. On nous demande tout sans nous donner de temps.",
    "contre. les eleves ne lisent deja plus rien",
    "L'évaluation doit changer : plus d'oral, moins de devoirs à la maison.",
    "Favorable, mais avec des outils hébergés en Europe et sans collecte de données.",
    "Je n'ai pas d'avis tranché. Je vois des usages intéressants et d'autres catastrophiques.",
    "NON À L'IA À L'ÉCOLE PRIMAIRE.",
    "Les familles les plus aisées paieront des abonnements premium, les autres non : inégalités garanties.",
    "Mes élèves de lycée professionnel s'en servent pour rédiger des CV, c'est plutôt positif.",
    "Il faudrait une vraie réflexion sur la sobriété numérique avant d'équiper toutes les classes.",
    "En tant que parent, je veux savoir quelles données sont collectées sur mes enfants.",
    "L'IA ne remplacera jamais la relation humaine. Point.",
    "Très utile pour différencier les exercices, je gagne un temps fou.",
    "On manque de matériel de base (photocopieuses, vidéoprojecteurs) et on parle d'IA…",
    "Je suis documentaliste : l'éducation aux médias doit intégrer l'IA dès le collège.",
    "ras",
    "Aucune formation reçue à ce jour.",
    "Pour : oui. Sans cadre : non.",
    "Les inspecteurs devraient donner l'exemple et expliquer ce qui est autorisé en examen.",
    "Je crains surtout pour l'apprentissage de l'écriture manuscrite et de la rédaction.",
    "C'est un outil, ni bon ni mauvais, tout dépend de l'usage pédagogique.",
    "Les élèves allophones progressent plus vite avec la traduction automatique, je le constate.",
]


# --------------------------------------------------------------------------
# build + verify
# --------------------------------------------------------------------------

def finalize(text, ents, mode):
    if mode == "caps":
        text = text.upper()
        ents = [(k, s.upper()) for k, s in ents]
    elif mode == "noacc":
        text = strip_accents(text).replace("’", "'")
        ents = [(k, strip_accents(s)) for k, s in ents]
    return text, ents


def valid(text, ents):
    labelled = Counter(s for _, s in ents)
    for s, n in labelled.items():
        if not s or s != s.strip(" ,.;:") or text.count(s) != n:
            return False
    # the same string never gets two different kinds
    kinds = {}
    for k, s in ents:
        if kinds.setdefault(s, k) != k:
            return False
    return True


def key_ok(kind, s):
    """Check-key validity of an identifier as written (for the report only)."""
    a = "".join(c for c in s if c.isalnum()).upper()
    if kind == "NIR":
        return len(a) == 15 and a.isdigit() and nir_key(a[:13]) == int(a[13:])
    if kind == "IBAN":
        num = "".join(str(int(c, 36)) for c in a[4:] + a[:4])
        return int(num) % 97 == 1
    if kind == "UAI":
        return len(a) == 8 and a[:7].isdigit() and uai_letter(a[:7]) == a[7]
    raise ValueError(kind)


def run_template(r, f):
    b = B(r)
    out = f(b)
    mode = None
    if isinstance(out, tuple):
        out, mode = out
    text, ents = finalize(out, b.ents, mode)
    return text, ents


def make(r, f, tries=200):
    for _ in range(tries):
        text, ents = run_template(r, f)
        if valid(text, ents):
            return text, ents
    raise SystemExit(f"could not build a valid answer from {f.__name__}")


def make_trap(r):
    """1-2 trap paragraphs, sometimes followed/preceded by a real entity paragraph."""
    for _ in range(200):
        parts = []
        ents = []
        for f in r.sample(TRAPS, r.choice([1, 1, 2])):
            text, e = run_template(r, f)
            parts.append(text)
            ents += e
        if r.random() < 0.35:
            text, e = run_template(r, r.choice(TRAP_MIXERS))
            if r.random() < 0.5:
                parts.append(text)
            else:
                parts.insert(0, text)
            ents += e
        text = r.choice(["\n", " ", "\n\n"]).join(parts)
        if valid(text, ents):
            return text, ents
    raise SystemExit("could not build a trap answer")


def main():
    r = random.Random(SEED)
    funcs = [f for f, _ in T]
    kinds_plan = (["trap"] * N_TRAP + ["plain"] * N_PLAIN
                  + ["ent"] * (N_ANSWERS - N_TRAP - N_PLAIN))
    r.shuffle(kinds_plan)
    # Trap answers first (their mixed-in entities count towards the targets).
    counts = Counter()
    trap_rows, trap_with_ents = [], 0
    for _ in range(N_TRAP):
        text, ents = make_trap(r)
        trap_with_ents += bool(ents)
        counts.update(k for k, _ in ents)
        trap_rows.append((text, ents))
    # Kinds each template produces (dry run on a separate generator).
    r2 = random.Random(SEED + 1)
    produces = {f: Counter(k for k, _ in make(r2, f)[1]) for f in funcs}
    # Entity answers: every template twice, then deficit-driven weighted draws
    # so that each kind keeps pace with its target.
    n_ent = kinds_plan.count("ent")
    queue = funcs * 2
    r.shuffle(queue)
    ent_rows = []
    for i in range(n_ent):
        if queue:
            f = queue.pop()
        else:
            progress = (i + 1) / n_ent
            deficit = {k: (TARGETS[k] * progress - counts[k]) / TARGETS[k] for k in TARGETS}
            k_need = max(deficit, key=deficit.get)
            if deficit[k_need] > 0:
                cand = [(g, w * produces[g][k_need]) for g, w in T if produces[g][k_need]]
            else:
                cand = T
            f = r.choices([g for g, _ in cand], weights=[w for _, w in cand])[0]
        text, ents = make(r, f)
        counts.update(k for k, _ in ents)
        ent_rows.append((text, ents))
    plains = r.sample(PLAIN, N_PLAIN)

    rows = []
    for i, kind in enumerate(kinds_plan):
        if kind == "trap":
            text, ents = trap_rows.pop()
        elif kind == "plain":
            text, ents = plains.pop(), []
        else:
            text, ents = ent_rows.pop()
        rows.append({"id": "c%03d" % (i + 1), "text": text,
                     "entities": [{"kind": k, "text": s} for k, s in ents]})

    # ---- loud final verification ----
    errors = []
    for row in rows:
        c = Counter(e["text"] for e in row["entities"])
        for s, n in c.items():
            got = row["text"].count(s)
            if got != n:
                errors.append(f'{row["id"]}: {s!r} labelled {n}x, occurs {got}x')
        for e in row["entities"]:
            if e["kind"] not in {"PERSONNE", "EMAIL", "TELEPHONE", "NIR", "IBAN", "UAI", "ADRESSE"}:
                errors.append(f'{row["id"]}: bad kind {e["kind"]}')
    if errors:
        print("\n".join(errors), file=sys.stderr)
        raise SystemExit(f"{len(errors)} substring-rule violations")

    counts = Counter(e["kind"] for row in rows for e in row["entities"])
    total = sum(counts.values())
    mins = {"PERSONNE": 380, "EMAIL": 50, "TELEPHONE": 50, "NIR": 50, "IBAN": 50,
            "UAI": 50, "ADRESSE": 50}
    short = [k for k, m in mins.items() if counts[k] < m]
    if len(rows) != N_ANSWERS or total < 700 or short:
        raise SystemExit(f"count targets missed: rows={len(rows)} total={total} short={short}")

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    print(f"wrote {OUT}")
    print(f"answers: {len(rows)}  entities: {total}")
    for k in ["PERSONNE", "EMAIL", "TELEPHONE", "NIR", "IBAN", "UAI", "ADRESSE"]:
        print(f"  {k:10s} {counts[k]}")
    print(f"trap answers: {N_TRAP} ({trap_with_ents} also with real entities); "
          f"plain answers: {N_PLAIN}; answers without entities: "
          f"{sum(1 for row in rows if not row['entities'])}")
    for k in ["NIR", "IBAN", "UAI"]:
        vals = [e["text"] for row in rows for e in row["entities"] if e["kind"] == k]
        w = sum(not key_ok(k, v) for v in vals)
        print(f"  wrong {k} check keys: {w}/{len(vals)} = {100 * w / max(len(vals), 1):.0f}%")


if __name__ == "__main__":
    main()
