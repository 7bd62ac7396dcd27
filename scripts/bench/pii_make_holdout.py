#!/usr/bin/env python3
"""Held-out evaluation set for the personal-data masker, written blind to the detector.

    cd /work/main && python3 scripts/bench/pii_make_holdout.py

Writes Tests/PrivacyTests/Fixtures/pii_holdout.jsonl (about 400 lines, ids h001...), one answer a
line: {"id": "h001", "text": ..., "entities": [{"kind": KIND, "text": exact substring}, ...]}.
Standard library only, seeded with random.Random(20261130): the output is byte-identical each run.
The author of this generator never saw the detector's source, its other test sets or its docs.

Labelling conventions
---------------------
* Kinds: PERSONNE, EMAIL, TELEPHONE, NIR, IBAN, UAI, ADRESSE. Entities are listed in order of
  appearance. Each entity text occurs exactly once in its answer, at word boundaries, and never
  inside another entity or another word (answers that break this are redrawn), so a scorer can
  locate every label by plain substring search.
* PERSONNE = the name only, never the title or role:
    "Mme Dupont" -> "Dupont"; "Dr Traoré" -> "Traoré"; "Mme Julie Martin" -> "Julie Martin";
    "notre principale adjointe, Sonia," -> "Sonia"; "ma fille lou-anne" -> "lou-anne".
  Particles belong to the surname: "Mme de Saint-Aubin" -> "de Saint-Aubin", "M. Le Goff" ->
  "Le Goff", "M. d'Almeida" -> "d'Almeida". Case is kept as written ("PEREIRA Joana", "kevin").
  Initials are labelled as written, dots included: "K. R.", "K.R.", "J. Pereira", "J.-B. Caron",
  "Nadia B.". A name inside an e-mail address is not a PERSONNE (the whole address is one EMAIL).
  A name inside a street name ("rue Victor Hugo") is part of the ADRESSE, not a PERSONNE.
  Names of institutions and products are not persons: "collège Jean-Moulin", "lycée Victor-Hugo",
  "Albert" (the State's AI), "Lucie" (the French LLM), "Claude" (the assistant), "Le Chat".
* ADRESSE = from the street number through the street name, bis/ter and a comma after the number
  included ("12 rue des Lilas", "15 ter, chemin du Moulin", "8 bd gambetta"). The postcode and
  city that may follow ("59100 Roubaix") are NEVER included and are left unlabelled.
* EMAIL = the whole address as written, obfuscated forms included ("lea.martin at ac-lille.fr",
  "k.diallo [arobase] gmail.com"). Institutional addresses (ce.0592345X@ac-lille.fr) are EMAIL
  too; the UAI inside such an address is not labelled separately.
* TELEPHONE = the whole number as written, prefix included ("+33 (0)6 12 34 56 78", "0033 7...").
  Numbers are labelled by form, whoever they belong to (a school secretariat too). Short service
  numbers (3018) are not phone numbers here.
* NIR, IBAN, UAI = the identifier as written (spaces, dots, dashes included). About half carry a
  wrong checksum (NIR key, IBAN mod-97, UAI letter): they are still labelled, since a person would
  still call them personal data (a typo'd social-security number is still one).
* Hard negatives (never labelled): AI products, platforms, institutions, roles without names,
  places used as places, dates/levels/durations/counts/rooms/prices, capitalised common words
  that are also first names (« Grâce à », « Prudence : », « Patience, »).
"""

import json
import os
import random
import re
import unicodedata
from collections import Counter

RNG = random.Random(20261130)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                   "Tests", "PrivacyTests", "Fixtures", "pii_holdout.jsonl")
N_TOTAL = 400
N_HARD = 40        # dedicated hard-negative answers (no personal data)
N_PLAIN = 24       # plain answers with no personal data
NBSP, NNBSP = "\u00a0", "\u202f"

# --------------------------------------------------------------------------------------------
# Names (first names and surnames drawn separately, so the full names are invented combinations)
# --------------------------------------------------------------------------------------------
FIRST = {  # origin -> (female, male)
    "fr": ("Julie Sophie Nathalie Isabelle Sandrine Céline Aurélie Émilie Camille Manon Léa Chloé "
           "Jade Louise Zoé Clémence Margaux Élodie Agnès Brigitte Maryse Hélène Françoise "
           "Véronique Gwenaëlle Maëlys Anaïs Océane Marie-Claire Anne-Sophie Marie-Hélène Lou-Anne "
           "Solène Capucine Bérénice Ségolène Pauline Justine Coralie Laëtitia",
           "Thomas Nicolas Julien Sébastien Mathieu Olivier Christophe Stéphane Pascal Thierry Hugo "
           "Lucas Théo Nathan Enzo Kevin Dylan Jordan Maxime Baptiste Quentin Romain Benoît Grégoire "
           "Timothée Gaëtan Loïc Yann Erwan Jean-Baptiste Pierre-Yves Jean-Marc Jean-Luc Paul-Henri "
           "Anthony Jérémy Cédric Florian"),
    "maghreb": ("Fatima Nadia Samira Leïla Yasmine Inès Amira Salma Nour Khadija Meriem Sonia "
                "Souad Rania Lina Hanane Assia Dounia",
                "Yanis Rayan Karim Mehdi Sofiane Nassim Bilal Samir Walid Amine Yassine Hakim Djamel "
                "Farid Ilyes Anis Rachid Mourad"),
    "wafrica": ("Aminata Fatoumata Awa Mariama Aïssatou Kadiatou Oumou Coumba Ramatoulaye Ndeye",
                "Mamadou Moussa Ousmane Abdoulaye Ibrahima Seydou Boubacar Cheikh Adama Lamine"),
    "portugal": ("Inês Beatriz Joana Mariana Filipa Conceição Ana-Rita Leonor Catarina",
                 "João Tiago Rui Nuno Diogo Gonçalo Vasco Duarte Fábio"),
    "vietnam": ("Linh Huong Trang Hoa Lan Phuong Thu Mai",
                "Minh Thanh Quang Tuan Duc Long Khanh Bao"),
    "easteu": ("Katarzyna Agnieszka Olena Oksana Ioana Elena Milena Vesna Zuzana Irina Daria",
               "Piotr Tomasz Dmitri Andriy Bogdan Mihai Radu Nikola Dragan Pavel Marek"),
    "turkey": ("Hatice Aylin Elif Zeynep", "Emre Mehmet Burak Kerem"),
}
LAST = {
    "fr": "Lefèvre Dubois Moreau Girard Fontaine Rousseau Vasseur Delattre Carpentier Lemaire "
          "Descamps Dewulf Vandenbussche Lecoq Duhamel Boucher Masson Marchand Perrin Guérin Morel "
          "Roussel Lacroix Caron Hennebelle Delannoy Pruvost Lesage Thibault Chevalier Renard "
          "Maréchal Barbier Joly Gauthier Brunet Picard Prévost Hamel Besnard Tessier Cordier "
          "Régnier Lagarde Baudouin Leclercq Deschamps Wallart Bocquet Dupuis Lamblin",
    "fr_part": "de|La|Roche Le|Goff Le|Gall Le|Bihan de|Saint-Aubin du|Plessis Van|Acker "
               "De|Smet Lefebvre-Duval Martin-Lagarde Vanderhaeghe d'Hondt de|Kerviel Le|Moal "
               "Dumont-Leroy Le|Corre",
    "maghreb": "Benali Haddad Boukhari Mansouri Chaoui Belkacem Bouzid Zerrouki Amrani Khelifi "
               "Saïdi Hamdi Ouali Meziane Djebbar Ben|Salah Ben|Ahmed El|Idrissi Aït|Ouali "
               "Benyoucef Lahlou Cherif",
    "wafrica": "Diallo Traoré Koné Coulibaly Diop Ndiaye Sow Camara Keïta Sissoko Touré Bâ Fofana "
               "Cissé Diarra Sylla N'Diaye Konaté Dembélé",
    "portugal": "Pereira Ferreira Rodrigues Gonçalves Carvalho Teixeira Fernandes Lopes Marques "
                "Sousa Pinto Correia Moreira da|Silva dos|Santos de|Oliveira d'Almeida",
    "vietnam": "Nguyen Tran Pham Hoang Vu Dang Bui Ngo Truong Vo",
    "easteu": "Kowalski Nowak Wiśniewska Lewandowski Kaczmarek Popescu Ionescu Petrov Ivanova "
              "Kovačević Horvat Novák Shevchenko Bondarenko Dvořák Zielińska",
    "turkey": "Yilmaz Demir Kaya Öztürk Çelik",
}
ORIGIN_W = [("fr", 44), ("maghreb", 18), ("wafrica", 10), ("portugal", 9), ("vietnam", 6),
            ("easteu", 9), ("turkey", 4)]


def _split(s):
    return [w.replace("|", " ") for w in s.split()]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def weighted(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


class Person:
    def __init__(self, rng, gender=None):
        origin = weighted(rng, ORIGIN_W)
        self.gender = gender or rng.choice("FM")
        fem, masc = FIRST[origin]
        self.first = rng.choice(_split(fem if self.gender == "F" else masc))
        if origin == "fr" and rng.random() < 0.3:
            self.last = rng.choice(_split(LAST["fr_part"]))
        else:
            self.last = rng.choice(_split(LAST[origin]))
        if origin == "vietnam" and rng.random() < 0.4:
            # Vietnamese order with middle name, e.g. "Nguyen Thi Lan"
            mid = "Thi" if self.gender == "F" else "Van"
            self.first, self.last = f"{self.last} {mid}", self.first
            self.viet = True
        else:
            self.viet = False
        self.origin = origin

    def full(self, rng, style=None):
        if self.viet:
            return f"{self.first} {self.last}"
        style = style or weighted(rng, [("std", 62), ("UPfirst", 8), ("lower", 10),
                                        ("UPlast", 8), ("noacc", 7), ("lowerlast", 5)])
        if style == "std":
            return f"{self.first} {self.last}"
        if style == "UPfirst":
            return f"{self.last.upper()} {self.first}"
        if style == "UPlast":
            return f"{self.first} {self.last.upper()}"
        if style == "lower":
            return f"{self.first} {self.last}".lower()
        if style == "noacc":
            return strip_accents(f"{self.first} {self.last}")
        return f"{self.first} {self.last.lower()}"  # lowercase surname typo

    def initials(self, rng):
        f, l = self.first, self.last
        fi = "-".join(p[0] + "." for p in f.split("-"))  # Jean-Baptiste -> J.-B.
        li = l.split()[-1][0] + "."
        return weighted(rng, [(f"{fi} {l}", 40), (f"{fi} {li}", 20), (f"{fi}{li}", 8),
                              (f"{f} {li}", 25), (f"{fi} {l.upper()}", 7)])


def title_for(rng, g, lower=False):
    t = weighted(rng, [("Mme", 40), ("Madame", 12), ("Mlle", 4), ("Dr", 5), ("Pr", 3)]) if g == "F" \
        else weighted(rng, [("M.", 40), ("Monsieur", 12), ("Mr", 6), ("Dr", 5), ("Pr", 3)])
    return t.lower() if lower else t


# --------------------------------------------------------------------------------------------
# Identifier generators
# --------------------------------------------------------------------------------------------
def spaced(s, sep, groups):
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def gen_phone(rng):
    first = weighted(rng, [("6", 45), ("7", 20), ("1", 8), ("2", 6), ("3", 8), ("4", 5), ("5", 3),
                           ("9", 5)])
    rest = "".join(rng.choice("0123456789") for _ in range(8))
    nat = "0" + first + rest
    pairs = [nat[i:i + 2] for i in range(0, 10, 2)]
    intl8 = [first] + [rest[i:i + 2] for i in range(0, 8, 2)]
    f = weighted(rng, [("sp", 30), ("dot", 12), ("dash", 6), ("raw", 12), ("+33", 12),
                       ("+33(0)", 7), ("0033", 6), ("+33raw", 4), ("nbsp", 6), ("slash", 3),
                       ("odd", 3)])
    if f == "sp":
        return " ".join(pairs)
    if f == "dot":
        return ".".join(pairs)
    if f == "dash":
        return "-".join(pairs)
    if f == "raw":
        return nat
    if f == "+33":
        return "+33 " + " ".join(intl8)
    if f == "+33(0)":
        return "+33 (0)" + " ".join(intl8)
    if f == "0033":
        return "0033 " + " ".join(intl8)
    if f == "+33raw":
        return "+33" + nat[1:]
    if f == "nbsp":
        return rng.choice([NBSP, NNBSP]).join(pairs)
    if f == "slash":
        return "/".join(pairs)
    return nat[:4] + " " + nat[4:7] + " " + nat[7:]  # 0612 345 678


def gen_nir(rng):
    sex = rng.choice("12")
    yy = f"{rng.randint(0, 99):02d}"
    mm = f"{rng.randint(1, 12):02d}"
    dep = f"{rng.choice([d for d in range(1, 96) if d != 20]):02d}"
    com = f"{rng.randint(1, 999):03d}"
    order = f"{rng.randint(1, 999):03d}"
    body = sex + yy + mm + dep + com + order
    key = 97 - int(body) % 97
    valid = rng.random() < 0.5
    if not valid:
        key = rng.choice([k for k in range(1, 98) if k != key])
    k = f"{key:02d}"
    f = weighted(rng, [("std", 40), ("raw", 20), ("raw_sp_key", 12), ("dot", 8), ("nbsp", 8),
                       ("dashkey", 7), ("pairs", 5)])
    if f == "std":
        return f"{sex} {yy} {mm} {dep} {com} {order} {k}"
    if f == "raw":
        return body + k
    if f == "raw_sp_key":
        return body + " " + k
    if f == "dot":
        return ".".join([sex, yy, mm, dep, com, order, k])
    if f == "nbsp":
        return NBSP.join([sex, yy, mm, dep, com, order, k])
    if f == "dashkey":
        return f"{sex} {yy} {mm} {dep} {com} {order} - {k}"
    return spaced(body + k, " ", [1, 2, 2, 2, 3, 3, 2])


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


IBAN_FMT = {  # country -> BBAN pattern (n digit, a upper letter, c alnum)
    "FR": "nnnnnnnnnnnnnnnnnnnnnnn", "BE": "nnnnnnnnnnnn", "DE": "nnnnnnnnnnnnnnnnnn",
    "ES": "nnnnnnnnnnnnnnnnnnnn", "PT": "nnnnnnnnnnnnnnnnnnnnn", "IT": "annnnnnnnnnnnnnnnnnnnnn",
    "CH": "nnnnnnnnnnnnnnnnn", "LU": "nnnnnnnnnnnnnnnn", "NL": "aaaannnnnnnnnn",
    "GB": "aaaannnnnnnnnnnnnn", "TN": "nnnnnnnnnnnnnnnnnnnn", "PL": "nnnnnnnnnnnnnnnnnnnnnnnn",
    "RO": "aaaacccccccccccccccc",
}


def gen_iban(rng):
    cc = weighted(rng, [("FR", 50), ("BE", 8), ("DE", 6), ("ES", 5), ("PT", 7), ("IT", 4),
                        ("CH", 3), ("LU", 3), ("NL", 3), ("GB", 3), ("TN", 3), ("PL", 3),
                        ("RO", 2)])
    bban = ""
    for ch in IBAN_FMT[cc]:
        if ch == "n":
            bban += rng.choice("0123456789")
        elif ch == "a":
            bban += rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        else:
            bban += rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
    if cc == "FR":  # a French BBAN is 5+5 digits, 11-char account, 2-digit RIB key
        bban = "30004" if rng.random() < 0.2 else bban
        bban = (bban + "".join(rng.choice("0123456789") for _ in range(23)))[:23]
    check = 98 - _iban_num(bban + cc + "00") % 97
    valid = rng.random() < 0.5
    if not valid:
        if rng.random() < 0.5:
            check = rng.choice([c for c in range(2, 99) if c != check])
        else:  # flip one digit of the BBAN: always detected by mod-97
            idx = [i for i, c in enumerate(bban) if c.isdigit()]
            i = rng.choice(idx)
            bban = bban[:i] + str((int(bban[i]) + rng.randint(1, 9)) % 10) + bban[i + 1:]
    iban = f"{cc}{check:02d}{bban}"
    assert (_iban_num(iban[4:] + iban[:4]) % 97 == 1) == valid
    f = weighted(rng, [("g4", 50), ("raw", 18), ("lower", 8), ("lowerg4", 6), ("nbsp", 8),
                       ("dash", 4), ("g4trail", 6)])
    g4 = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    if f == "g4":
        return g4
    if f == "raw":
        return iban
    if f == "lower":
        return iban.lower()
    if f == "lowerg4":
        return g4.lower()
    if f == "nbsp":
        return g4.replace(" ", NBSP)
    if f == "dash":
        return g4.replace(" ", "-")
    return g4.replace(" ", "  ", 1)  # double space typo after the country block


UAI_KEYS = "ABCDEFGHJKLMNPRSTUVWXYZ"
UAI_DEPS = ["059", "062", "080", "060", "002", "075", "093", "094", "092", "013", "069", "033",
            "031", "067", "035", "044", "974", "971", "076", "057"]


def gen_uai(rng):
    num = rng.choice(UAI_DEPS) + "".join(rng.choice("0123456789") for _ in range(4))
    key = UAI_KEYS[int(num) % 23]
    valid = rng.random() < 0.5
    if not valid:
        key = rng.choice([c for c in UAI_KEYS if c != key])
    f = weighted(rng, [("std", 70), ("lower", 15), ("sp", 8), ("spall", 7)])
    if f == "std":
        return num + key
    if f == "lower":
        return num + key.lower()
    if f == "sp":
        return num + " " + key
    return num[:3] + " " + num[3:] + " " + key


STREET_TYPES = [("rue", 40), ("avenue", 10), ("av.", 3), ("boulevard", 6), ("bd", 5), ("allée", 7),
                ("chemin", 6), ("impasse", 5), ("place", 4), ("route", 4), ("quai", 3), ("cours", 2),
                ("Rue", 5), ("square", 2), ("sentier", 1)]
STREET_NAMES = ["des Lilas", "Jean Jaurès", "de la République", "Victor Hugo", "du Moulin",
                "des Écoles", "Pasteur", "du Général de Gaulle", "de la Gare", "des Érables",
                "Gambetta", "de Lens", "du Marché", "de la Deûle", "des Glycines", "Saint-Exupéry",
                "des Tisserands", "Roger Salengro", "de Tourcoing", "du 8 Mai 1945", "Louise Michel",
                "des Peupliers", "Jules Guesde", "de l'Abbé Lemire", "des Coquelicots", "Faidherbe",
                "du Château d'Eau", "Henri Barbusse", "des Acacias", "de Verdun", "Nationale",
                "des Mésanges", "du Bois Joli", "Aristide Briand", "Lamartine", "de la Liberté"]
CITIES = [("59100", "Roubaix"), ("59200", "Tourcoing"), ("59000", "Lille"), ("62300", "Lens"),
          ("59650", "Villeneuve-d'Ascq"), ("80000", "Amiens"), ("93200", "Saint-Denis"),
          ("13003", "Marseille"), ("69008", "Lyon"), ("33000", "Bordeaux"), ("62100", "Calais"),
          ("59300", "Valenciennes"), ("02100", "Saint-Quentin"), ("60000", "Beauvais"),
          ("35000", "Rennes"), ("44000", "Nantes"), ("97400", "Saint-Denis"), ("57000", "Metz")]


def gen_address(rng):
    n = str(weighted(rng, [(rng.randint(1, 30), 60), (rng.randint(31, 250), 40)]))
    suf = weighted(rng, [("", 70), (" bis", 12), ("bis", 5), (" ter", 7), ("B", 3), (" Bis", 3)])
    comma = "," if rng.random() < 0.15 else ""
    st = weighted(rng, STREET_TYPES)
    name = rng.choice(STREET_NAMES)
    adr = f"{n}{suf}{comma} {st} {name}"
    f = weighted(rng, [("std", 75), ("lower", 18), ("noacc", 7)])
    if f == "lower":
        adr = adr.lower()
    elif f == "noacc":
        adr = strip_accents(adr)
    return adr


def city_tail(rng):
    cp, city = rng.choice(CITIES)
    return weighted(rng, [(f", {cp} {city}", 45), (f" à {city}", 15), (f" ({cp} {city})", 10),
                          (f" {cp} {city.upper()}", 5), ("", 25)])


ACAD = ["ac-lille.fr", "ac-amiens.fr", "ac-creteil.fr", "ac-versailles.fr", "ac-lyon.fr",
        "ac-normandie.fr", "ac-aix-marseille.fr", "ac-bordeaux.fr", "ac-rennes.fr", "ac-nancy-metz.fr"]
PERSO = ["gmail.com", "yahoo.fr", "hotmail.com", "hotmail.fr", "orange.fr", "free.fr", "laposte.net",
         "sfr.fr", "outlook.fr", "icloud.com", "protonmail.com", "wanadoo.fr"]


def slug(s, rng):
    s = strip_accents(s).lower().replace("'", "")
    return s.replace(" ", rng.choice(["", "", "-"]))


def gen_email(rng, p=None, pro=None, pupil=False):
    p = p or Person(rng)
    f, l = slug(p.first, rng), slug(p.last, rng)
    if pupil:
        local = weighted(rng, [(f"{f}.{l}{rng.randint(1, 99)}", 30), (f"{f}{rng.randint(2000, 2014)}", 25),
                               (f"{f}_{l}", 20), (f"{f[:5]}{l[:4]}{rng.randint(10, 99)}", 25)])
        dom = rng.choice(PERSO[:8])
    else:
        pro = (rng.random() < 0.5) if pro is None else pro
        local = weighted(rng, [(f"{f}.{l}", 50), (f"{f[0]}.{l}", 15), (f"{f}{l}", 8), (f"{l}.{f}", 7),
                               (f"{f}.{l}{rng.randint(1, 9)}", 8), (f"{f}_{l}", 6), (f"{l}-{f[0]}", 6)])
        dom = rng.choice(ACAD) if pro else rng.choice(PERSO)
    at = weighted(rng, [("@", 70), (" at ", 7), (" [arobase] ", 6), ("[at]", 4), (" (at) ", 4),
                        (" arobase ", 5), (" @ ", 4)])
    e = local + at + dom
    if at != "@" and rng.random() < 0.25:
        e = e.replace(".", " point ").replace("  ", " ") if rng.random() < 0.5 else \
            e[:e.rfind(".")] + " (dot) " + e[e.rfind(".") + 1:]
    if at == "@" and rng.random() < 0.08:
        e = e[0].upper() + e[1:]
    return e


def gen_school_email(rng, uai=None):
    uai = uai or gen_uai(rng).replace(" ", "")
    return rng.choice([f"ce.{uai}@{rng.choice(ACAD)}", f"secretariat.{uai.lower()}@{rng.choice(ACAD)}",
                       f"contact@college-{rng.choice(['les-tilleuls', 'du-parc', 'lamartine', 'les-sablons'])}.fr"])


# --------------------------------------------------------------------------------------------
# Text assembly: a template with {slots}; each slot is a list of parts (str, or (kind, text))
# --------------------------------------------------------------------------------------------
def E(kind, text):
    return [(kind, text)]


def fill(tpl, **slots):
    parts = []
    for i, chunk in enumerate(re.split(r"\{(\w+)\}", tpl)):
        if i % 2 == 0:
            if chunk:
                parts.append(chunk)
        else:
            v = slots[chunk]
            parts.extend([v] if isinstance(v, str) else v)
    return parts


def Pn(t):
    return E("PERSONNE", t)


def titled(rng, p, lower=False, full=False):
    t = title_for(rng, p.gender, lower)
    name = p.full(rng) if full else (p.last.lower() if lower else p.last)
    if p.viet and not full:
        name = p.first.split()[0]  # family name of "Nguyen Thi Lan"
    return [t + " ", ("PERSONNE", name)]


def first(rng, p, lower=False):
    f = p.first.split()[-1] if p.viet else p.first
    return Pn(f.lower() if lower else f)


def full(rng, p):
    return Pn(p.full(rng))


def fem(rng):
    return Person(rng, "F")


def masc(rng):
    return Person(rng, "M")


def tel(rng):
    return E("TELEPHONE", gen_phone(rng))


def mail(rng, p=None, **kw):
    return E("EMAIL", gen_email(rng, p, **kw))


def uai(rng):
    return E("UAI", gen_uai(rng))


def nir(rng):
    return E("NIR", gen_nir(rng))


def iban(rng):
    return E("IBAN", gen_iban(rng))


def adr(rng):
    return E("ADRESSE", gen_address(rng)) + [city_tail(rng)]


# PII-bearing sentences by role. Each is a function rng -> parts.
TEACHER = [
    lambda r: fill("Mon collègue {N} a testé Mistral avec ses 4e et les résultats sont mitigés.", N=full(r, masc(r))),
    lambda r: fill("{N}, professeure de SVT, m'a montré comment elle corrige avec l'IA : ça m'a choquée.", N=full(r, fem(r))),
    lambda r: fill("Notre principale adjointe, {F}, a interdit ChatGPT sans aucune concertation.", F=first(r, fem(r))),
    lambda r: fill("Mon élève {F} a rendu un commentaire de texte manifestement généré, avec des références inventées.", F=first(r, Person(r))),
    lambda r: (lambda p: fill("J'ai surpris {N} en train de copier une réponse de Gemini pendant le contrôle.",
                              N=Pn(p.first + " " + p.last.split()[-1][0] + ".")))(Person(r)),
    lambda r: fill("L'inspecteur, {T}, nous a conseillé Le Chat de Mistral plutôt que ChatGPT.", T=titled(r, masc(r))),
    lambda r: fill("Si vous voulez en parler : {E}.", E=mail(r, pro=True)),
    lambda r: fill("Je reste joignable au {T} (laisser un message, je suis en cours le matin).", T=tel(r)),
    lambda r: fill("Je suis prof de lettres dans un collège REP ({U}) et je vois les dégâts tous les jours.", U=uai(r)),
    lambda r: fill("Code établissement : {U}.", U=uai(r)),
    lambda r: fill("Ma collègue {T} utilise l'IA pour différencier ses exercices, c'est bluffant.", T=titled(r, fem(r))),
    lambda r: fill("Avec {A} et {B}, deux élèves de 1re, on a fait un atelier sur les hallucinations.", A=first(r, Person(r)), B=first(r, Person(r))),
    lambda r: fill("Quand {F} (3e C) m'a expliqué qu'il « demandait juste le plan », j'ai compris qu'on avait perdu.", F=first(r, masc(r))),
    lambda r: fill("Le Dr {L}, médecin scolaire, alerte sur la dépendance aux écrans.", L=Pn(Person(r).last)),
    lambda r: fill("Le Pr {L}, de l'université de Lille, est venu nous parler des biais des modèles.", L=Pn(Person(r).last)),
    lambda r: fill("{N}, AESH, accompagne un élève dys pour qui la dictée vocale change tout.", N=full(r, Person(r))),
    lambda r: fill("Notre documentaliste, {F}, a monté une expo sur les deepfakes au CDI.", F=first(r, fem(r))),
    lambda r: fill("envoyer vos retours à {E} svp", E=mail(r, pro=True)),
    lambda r: fill("La DRH m'a demandé mon numéro de sécu ({N}) pour m'inscrire à une formation IA, je ne vois pas le rapport.", N=nir(r)),
    lambda r: (lambda p: fill("Mes coordonnées pour le groupe de travail : {N}, {T}, {E}.", N=full(r, p), T=tel(r), E=mail(r, p, pro=True)))(Person(r)),
    lambda r: fill("Pour la cagnotte du départ en retraite de {N}, virement sur {I} (merci !).", N=full(r, Person(r)), I=iban(r)),
    lambda r: fill("Le rectorat m'a remboursé la formation sur un vieux compte, {I}, au lieu du nouveau.", I=iban(r)),
    lambda r: fill("{F} passe ses soirées sur ChatGPT d'après sa mère, et ça se voit dans ses copies.", F=first(r, Person(r))),
    lambda r: fill("j'ai demandé à {T} (maths) de partager ses prompts, elle a refusé", T=titled(r, fem(r), lower=r.random() < 0.5)),
    lambda r: fill("Mon binôme en techno, {F}, pense qu'il faut apprendre à coder avant d'utiliser Copilot.", F=first(r, masc(r))),
    lambda r: fill("Je travaille au lycée {U} et nous n'avons reçu aucune consigne.", U=uai(r)),
    lambda r: fill("La mère de {F} m'a appelée au {T} pour se plaindre de la note, alors que le devoir était copié.", F=first(r, Person(r)), T=tel(r)),
    lambda r: fill("Notre CPE {T} tient un tableau des cas de fraude.", T=titled(r, Person(r), full=r.random() < 0.4)),
    lambda r: fill("Mon numéro de sécurité sociale, {N}, figure en clair sur l'attestation de formation IA envoyée par mail : bravo la protection des données.", N=nir(r)),
    lambda r: fill("Pour l'achat groupé de licences, le fournisseur nous a donné l'IBAN {I}, c'est sérieux ?", I=iban(r)),
    lambda r: fill("J'ai avancé les frais de la sortie « IA et métiers », remboursement sur {I} svp.", I=iban(r)),
    lambda r: fill("Je donne des cours particuliers chez moi, {A}, et les parents me demandent si j'utilise l'IA.", A=E("ADRESSE", gen_address(r))),
    lambda r: fill("Mon adresse perso pour m'envoyer le livret : {A}.", A=adr(r)),
    lambda r: fill("Mon adresse académique : {E}. Portable : {T}.", E=mail(r, pro=True), T=tel(r)),
    lambda r: fill("n° SS {N} demandé par la plateforme de formation, je ne l'ai pas donné", N=nir(r)),
]
HEAD = [
    lambda r: fill("En tant que principal du collège ({U}), je constate une hausse des devoirs « trop parfaits ».", U=uai(r)),
    lambda r: fill("Notre CPE, {T}, a recensé 14 cas de triche avec l'IA au premier trimestre.", T=titled(r, Person(r))),
    lambda r: fill("J'ai signalé au rectorat la situation de l'élève {N} (2nde 4), qui a diffusé un deepfake d'une camarade.", N=full(r, Person(r))),
    lambda r: fill("Mon adjoint, {N}, pilote le groupe numérique depuis septembre.", N=full(r, masc(r))),
    lambda r: fill("Contact du secrétariat de direction : {T} / {E}.", T=tel(r), E=E("EMAIL", gen_school_email(r))),
    lambda r: fill("Établissement {U}, {A}.", U=uai(r), A=adr(r)),
    lambda r: fill("Je remercie {A} et {B} pour leur travail sur la charte d'usage.", A=titled(r, Person(r)), B=titled(r, Person(r))),
    lambda r: fill("Le Dr {L} a rencontré nos délégués pour parler sommeil et écrans.", L=Pn(Person(r).last)),
    lambda r: fill("{N} (professeur de philosophie) anime un débat mensuel sur l'IA, très suivi.", N=full(r, masc(r))),
    lambda r: fill("Le lycée, situé au {A}, accueille 1 200 élèves et nous manquons de tout.", A=E("ADRESSE", gen_address(r)) + [""]),
    lambda r: fill("Adresse de l'établissement pour les courriers : {A}.", A=adr(r)),
    lambda r: fill("La gestionnaire, {T}, refuse d'engager 3 000 € pour des licences.", T=titled(r, fem(r))),
    lambda r: fill("Notre principale adjointe, {F}, a rédigé une charte que je recommande.", F=first(r, fem(r))),
    lambda r: fill("UAI {U} – réponse collective de l'équipe de direction.", U=uai(r)),
    lambda r: fill("Pour toute question, écrire à {E} ou appeler le {T}.", E=mail(r, pro=True), T=tel(r)),
    lambda r: fill("Un fournisseur d'« IA pédagogique » nous a démarchés ; son IBAN ({I}) est domicilié à l'étranger, j'ai refusé.", I=iban(r)),
    lambda r: fill("Une famille a déposé par erreur sur l'ENT un document avec le NIR de l'enfant ({N}) : voilà le niveau de vigilance.", N=nir(r)),
]
PARENT = [
    lambda r: fill("Ma fille {F} est en 5e et elle utilise ChatGPT pour tout, même pour ses messages.", F=first(r, fem(r), lower=r.random() < 0.4)),
    lambda r: fill("Mon fils {N}, en CM2, revient de l'école en parlant de « l'IA du maître ».", N=full(r, masc(r))),
    lambda r: fill("la maîtresse de mon fils, {T}, leur a montré une vidéo sur l'IA et il a fait des cauchemars", T=titled(r, fem(r), lower=r.random() < 0.5)),
    lambda r: fill("J'habite au {A}, à deux pas du collège, et je vois les élèves rivés à leur téléphone.", A=E("ADRESSE", gen_address(r))),
    lambda r: fill("Pour me recontacter : {T} ou {E}.", T=tel(r), E=mail(r, pro=False)),
    lambda r: fill("On m'a demandé mon numéro de sécurité sociale, {N}, sur un formulaire en ligne de l'école : est-ce normal ?", N=nir(r)),
    lambda r: fill("Le prélèvement de la cantine se fait sur mon compte {I}, et maintenant ils veulent une appli IA pour la cantine ?!", I=iban(r)),
    lambda r: fill("maman de {A} et {B} (CP et CE2)", A=first(r, Person(r)), B=first(r, Person(r))),
    lambda r: fill("{T}, la directrice, est très ouverte sur le sujet.", T=titled(r, fem(r))),
    lambda r: fill("Je suis {N}, parent élu au conseil d'école.", N=full(r, Person(r))),
    lambda r: fill("Mon adresse si vous voulez m'envoyer le compte rendu : {A}.", A=adr(r)),
    lambda r: fill("Notre fils {F} a un PAP et l'IA l'aide vraiment à s'organiser.", F=first(r, masc(r))),
    lambda r: fill("Numéro de sécu de ma fille demandé par l'appli de l'ENT : {N}. Je trouve ça abusé.", N=nir(r)),
    lambda r: fill("Mon mari, {F}, est développeur et il est plus inquiet que moi.", F=first(r, masc(r))),
    lambda r: fill("La prof principale de {F}, {T}, ne répond jamais sur Pronote.", F=first(r, Person(r)), T=titled(r, fem(r))),
    lambda r: fill("ma fille {F} a eu 4/20 parce que le prof pensait que c'était l'IA alors qu'elle a tout écrit seule", F=first(r, fem(r), lower=True)),
    lambda r: fill("RIB pour la coopérative scolaire (je suis trésorière) : {I}.", I=iban(r)),
    lambda r: fill("Nous habitons {A} et le bus scolaire ne passe plus.", A=adr(r)),
    lambda r: fill("{N}, papa d'une élève de 3e au collège {U}.", N=full(r, masc(r)), U=uai(r)),
    lambda r: fill("Le professeur de mon fils, {T}, lui a dit que l'IA c'était de la triche, point.", T=titled(r, masc(r))),
    lambda r: fill("mon tel {T}, rappelez moi", T=tel(r)),
    lambda r: fill("Mes enfants {A} et {B} n'ont pas le même discours de leurs profs, c'est incohérent.", A=first(r, Person(r)), B=first(r, Person(r))),
    lambda r: fill("Ecrivez-moi plutôt à {E}, je ne consulte pas l'ENT.", E=mail(r, pro=False)),
    lambda r: fill("Établissement de ma fille : {U}, en zone rurale, sans aucun projet sur l'IA.", U=uai(r)),
    lambda r: fill("Nous avons déménagé au {A} et le nouveau collège n'a aucune politique sur l'IA.", A=adr(r)),
    lambda r: fill("Le formulaire de l'appli demandait notre adresse ({A}) et l'e-mail des enfants, j'ai abandonné.", A=E("ADRESSE", gen_address(r))),
    lambda r: fill("{E} (c'est ma boîte perso), joignable au {T} après 18 h.", E=mail(r, pro=False), T=tel(r)),
    lambda r: fill("Pour le voyage scolaire, virement sur le compte de l'association : {I}.", I=iban(r)),
    lambda r: fill("mon numero de secu {N} a été demandé pour la bourse, rien à voir avec l'IA mais bon", N=nir(r)),
    lambda r: fill("Remboursement du manuel numérique à faire sur {I}, merci.", I=iban(r)),
    lambda r: fill("Ils ont même voulu le numéro de sécurité sociale de mon fils ({N}) pour créer un compte sur une appli d'IA !", N=nir(r)),
]
PUPIL = [
    lambda r: fill("moi c {F}, en 3eme, chatgpt m'aide trop pour les maths", F=first(r, Person(r), lower=r.random() < 0.7)),
    lambda r: fill("mon pote {F} il fait tout ses devoirs avec snap IA et il a des bonnes notes", F=first(r, masc(r), lower=r.random() < 0.6)),
    lambda r: fill("la prof de francais {T} elle voit direct quand c l'ia", T=titled(r, fem(r), lower=r.random() < 0.6)),
    lambda r: fill("Je m'appelle {N} et je suis en 1re au lycée.", N=full(r, Person(r))),
    lambda r: fill("{F} et moi on a fait un exposé sur l'IA et on a eu 18/20.", F=first(r, Person(r))),
    lambda r: fill("si vous voulez mon avis ecrivez moi {E}", E=mail(r, pupil=True)),
    lambda r: fill("mon num c'est le {T} si vous avez des questions", T=tel(r)),
    lambda r: fill("{T} le prof de techno dit que l'IA va remplacer les codeurs mdr", T=titled(r, masc(r), lower=r.random() < 0.3)),
    lambda r: fill("Ma sœur {F} (en 6e) utilise Gemini pour ses rédactions et ma mère sait pas.", F=first(r, fem(r), lower=r.random() < 0.3)),
    lambda r: fill("{N} de ma classe s'est fait choper avec ChatGPT, il a eu 0.", N=full(r, masc(r))),
    lambda r: fill("jsuis en 4eme au college {U} et personne nous explique comment ça marche", U=uai(r)),
    lambda r: fill("jhabite {A} et au collège on a pas le droit", A=E("ADRESSE", gen_address(r))),
    lambda r: fill("Notre prof principal, {T}, nous a appris à vérifier les sources.", T=titled(r, masc(r), full=r.random() < 0.3)),
    lambda r: fill("avec {A}, {B} et {C} on utilise Perplexity pour les exposés", A=first(r, Person(r), lower=True), B=first(r, Person(r), lower=True), C=first(r, Person(r), lower=True)),
    lambda r: fill("vous pouvez m'envoyer un courrier au {A}", A=E("ADRESSE", gen_address(r).lower())),
    lambda r: fill("notre lycée c'est le {U} (c'est marqué sur le carnet)", U=uai(r)),
    lambda r: fill("mon mail c {E}", E=mail(r, pupil=True)),
    lambda r: fill("ma mère a mis son RIB {I} sur l'appli de la cantine", I=iban(r)),
    lambda r: fill("on nous a fait remplir une fiche avec le numero de secu de nos parents, moi j'ai mis {N}", N=nir(r)),
]
ROLE_BANK = {"enseignant": TEACHER, "direction": HEAD, "parent": PARENT, "eleve": PUPIL}


def signature(rng, role):
    p = Person(rng)
    if role == "eleve":
        return weighted(rng, [(lambda: fill("\n{F}", F=first(rng, p, lower=rng.random() < 0.5)), 50),
                              (lambda: fill(" - {F}, 3e B", F=first(rng, p)), 30),
                              (lambda: fill("\n{N}", N=Pn(p.full(rng, "lower"))), 20)])()
    opts = [
        (lambda: fill("\n\nCordialement,\n{N}", N=full(rng, p)), 20),
        (lambda: fill(" Cordialement, {I}", I=Pn(p.initials(rng))), 20),
        (lambda: fill("\n— {N}, professeur·e de lettres", N=full(rng, p)), 8),
        (lambda: fill(" Bien à vous, {T}", T=titled(rng, p)), 10),
        (lambda: fill("\n{I}", I=Pn(p.initials(rng))), 8),
        (lambda: fill("\nSigné {N} ({E})", N=full(rng, p), E=mail(rng, p)), 8),
        (lambda: fill("\n{N} – {T}", N=full(rng, p), T=tel(rng)), 8),
        (lambda: fill("\n{N}\n{E}\n{T}", N=full(rng, p), E=mail(rng, p), T=tel(rng)), 6),
        (lambda: fill(" Merci. {F}", F=first(rng, p)), 6),
    ]
    if role == "parent":
        opts.append((lambda: fill("\n{T}, maman de {F} (CE1)", T=titled(rng, fem(rng)), F=first(rng, Person(rng))), 10))
    if role == "direction":
        opts.append((lambda: fill("\n{N}, proviseure adjointe, {U}", N=full(rng, fem(rng)), U=uai(rng)), 10))
    return weighted(rng, opts)()


# --------------------------------------------------------------------------------------------
# Opinion sentences with no personal data (several carry hard-negative material too)
# --------------------------------------------------------------------------------------------
OPINION = {
    "enseignant": [
        "L'IA peut aider à préparer des cours, mais elle ne remplace pas la relation pédagogique.",
        "Je l'utilise pour générer des exercices différenciés, c'est un vrai gain de temps.",
        "Les élèves copient-collent sans lire, il faut repenser complètement l'évaluation.",
        "On nous demande d'intégrer l'IA sans formation ni matériel, c'est absurde.",
        "Franchement je suis partagée : outil formidable, mais risque énorme sur l'esprit critique.",
        "je pense qu'il faut l'enseigner plutot que l'interdire, comme on l'a fait pour internet",
        "Mes devoirs maison n'ont plus aucun sens, je fais tout en classe désormais.",
        "L'IA générative pose des questions de droit d'auteur qu'on n'aborde jamais avec les élèves.",
        "Pour les élèves allophones, la traduction automatique est une aide précieuse.",
        "Je crains surtout pour les données des élèves envoyées à des entreprises américaines.",
        "En français, les rédactions se ressemblent toutes depuis un an.",
        "Il faudrait une vraie formation, pas un webinaire d'une heure.",
    ],
    "direction": [
        "Nous avons intégré un paragraphe sur l'IA au règlement intérieur cette année.",
        "Le sujet divise l'équipe pédagogique, et c'est normal.",
        "Il nous faut un cadre national clair, les établissements ne peuvent pas tout porter seuls.",
        "La question de la protection des données est centrale pour nous.",
        "Les familles attendent des réponses que nous n'avons pas encore.",
        "Nous avons proposé une demi-journée banalisée sur le sujet, très appréciée.",
        "Je suis favorable à une expérimentation encadrée, avec évaluation.",
    ],
    "parent": [
        "Je suis inquiète, mes enfants ne font plus l'effort de chercher par eux-mêmes.",
        "Ça peut être utile si c'est encadré par les enseignants, sinon c'est de la triche.",
        "Personne ne nous a demandé notre avis avant d'installer ces outils.",
        "L'école devrait apprendre aux enfants à s'en méfier.",
        "je trouve ça bien pour les devoirs mais les profs sont contre",
        "Mon fils a des troubles dys et l'IA l'aide énormément, il ne faut pas l'interdire.",
        "On manque d'information, on découvre tout par les enfants.",
        "c'est l'avenir, autant qu'ils apprennent tôt",
        "Nous n'avons pas d'ordinateur à la maison, ce n'est pas juste pour tout le monde.",
    ],
    "eleve": [
        "perso je trouve ca utile pour comprendre les cours quand jai pas compris",
        "les profs disent que c'est de la triche mais eux ils l'utilisent aussi",
        "Je pense que l'IA devrait être autorisée pour les recherches mais pas pour les contrôles.",
        "ça fait peur un peu, on sait pas ce qu'ils font de nos données",
        "c'est pratique pour les langues, je m'entraîne à parler anglais avec",
        "on devrait avoir des cours pour apprendre à bien l'utiliser",
        "franchement ça aide mais après on apprend rien",
    ],
}

# Sentences built around hard negatives (no personal data inside).
TRAPS = [
    "Grâce à ChatGPT, mes élèves de 3e rédigent plus vite, mais ils ne comprennent plus ce qu'ils écrivent.",
    "Prudence : Mistral et Le Chat sont français, mais ça ne règle pas la question des données.",
    "Madame la Proviseure nous a réunis le 14 novembre 2024 en salle B204 pour parler de l'IA.",
    "Le Rectorat de Lille a envoyé une note, mais personne ne l'a lue en salle des profs.",
    "La DRANE propose des formations, 12 heures sur l'année, c'est trop peu.",
    "Le Conseil d'administration a voté contre l'usage de Copilot sur les postes du CDI.",
    "À Roubaix comme à Tourcoing, les familles n'ont pas toutes un ordinateur.",
    "Nous avons 25 élèves par classe et 2 heures d'accompagnement personnalisé par semaine.",
    "Pronote et l'ENT suffisent déjà à saturer les parents de notifications.",
    "Sur Moodle, j'ai vu 30 copies quasi identiques en 2023.",
    "L'abonnement coûte 22,99 € par mois, impossible pour un collège.",
    "Albert, l'IA de l'État, n'est pas accessible aux enseignants du second degré.",
    "Lucie, le modèle français, a fait rire tout le monde à sa sortie.",
    "Gemini et Copilot sont intégrés partout, on ne peut plus y échapper.",
    "La principale est favorable, le CPE beaucoup moins.",
    "Monsieur le Principal a demandé un avis au conseil pédagogique avant juin.",
    "L'Éducation nationale devrait fournir un outil souverain au lieu de laisser faire Google.",
    "Canva propose de l'IA générative, mes élèves de 6e l'utilisent sans le savoir.",
    "Depuis la rentrée 2024, 3 collègues sur 10 utilisent l'IA pour préparer leurs cours.",
    "Au lycée Victor-Hugo, le règlement intérieur interdit déjà le téléphone.",
    "Constance et rigueur restent la base, l'IA ne remplacera pas le travail.",
    "Patience : on manque encore de recul, l'étude de l'OCDE date de 2023.",
    "La circulaire du 12 mars rappelle le RGPD et son article 8 pour les moins de 15 ans.",
    "Salle 112, un seul vidéoprojecteur pour 28 élèves, alors l'IA...",
    "L'Inspection académique de Seine-Saint-Denis n'a donné aucune consigne.",
    "Claude, Perplexity, DeepL : les élèves connaissent tout ça mieux que nous.",
    "Siri et Alexa ont habitué les enfants à parler aux machines.",
    "Le réseau Canopé de Saint-Étienne a organisé un webinaire de 90 minutes.",
    "En 4e, la moitié des rédactions sont passées par une IA, j'en suis sûr à 80 %.",
    "France Travail utilise déjà l'IA, pourquoi pas l'école ?",
    "Le bac 2025 a été un révélateur : copies trop parfaites, formules identiques.",
    "La référente numérique de l'établissement fait ce qu'elle peut avec 2 heures de décharge.",
    "Notre collège de 650 élèves n'a que 15 ordinateurs portables.",
    "Les élèves de Terminale utilisent Photomath et Gauth pour tout.",
    "Mme la directrice académique est venue en visite, sans annoncer de plan IA.",
    "Le plan numérique 2023-2027 prévoit 1 million d'euros pour l'académie, soit presque rien par élève.",
    "Quiz sur Kahoot, fiches sur Quizlet, résumés par ChatGPT : voilà le quotidien.",
    "Réunion parents-profs le 05/06/2025 à 17 h 30, aucune question sur l'IA.",
    "Le collège Jean-Moulin, comme tout le réseau REP+ de Lille-Sud, manque de moyens.",
    "La salle informatique, bâtiment C, 2e étage, n'a que 12 postes qui marchent.",
    "Les fédérations de parents (FCPE, PEEP) demandent une charte nationale.",
    "Pour le cyberharcèlement amplifié par l'IA, on rappelle le 3018 aux élèves.",
    "L'Académie de Versailles a publié un vade-mecum de 40 pages.",
    "Mistral AI a levé des millions, tant mieux pour la France.",
    "Classe de 2nde 7, 35 élèves, 1 ordinateur pour deux.",
    "Madame la Principale adjointe a installé un filtre sur le réseau du collège.",
    "Le Chat de Mistral est gratuit, mais qui le connaît à Villeneuve-d'Ascq ?",
    "Blanche ou noire, l'IA n'est ni bonne ni mauvaise, tout dépend de l'usage.",
    "Aurore, la nouvelle plateforme de la région Hauts-de-France, n'intègre pas encore d'IA.",
    "Les 1 500 élèves du lycée ont reçu un identifiant EduConnect en septembre.",
]


def make_answer(rng, kind):
    """kind: 'pii', 'plain' or 'hard'. Returns (parts, role)."""
    role = weighted(rng, [("enseignant", 40), ("direction", 12), ("parent", 28), ("eleve", 20)])
    ops = OPINION[role]
    if kind == "plain":
        sents = rng.sample(ops, rng.randint(1, 3))
        return [" ".join(sents)], role
    if kind == "hard":
        traps = [TRAPS[i] for i in rng.sample(range(len(TRAPS)), rng.randint(2, 3))]
        if rng.random() < 0.5:
            traps.insert(rng.randint(0, len(traps)), rng.choice(ops))
        return [" ".join(traps)], role
    bank = ROLE_BANK[role]
    n_pii = weighted(rng, [(1, 55), (2, 35), (3, 10)])
    pii_sents = [f(rng) for f in rng.sample(bank, n_pii)]
    fillers = rng.sample(ops, weighted(rng, [(0, 20), (1, 55), (2, 25)]))
    if rng.random() < 0.18:
        fillers.append(rng.choice(TRAPS))  # hard negatives mixed into answers with PII
    rng.shuffle(fillers)
    sents = fillers + pii_sents
    order = list(range(len(sents)))
    rng.shuffle(order)
    parts = []
    for k, i in enumerate(order):
        if k:
            parts.append(" ")
        parts.extend(sents[i])
    if rng.random() < 0.25:
        parts.extend(signature(rng, role))
    return parts, role


def render(parts):
    """Joins the parts. Returns (text, entities), or None when an entity's text also occurs
    somewhere else than where it was placed (inside a word, inside another entity, or as a
    non-personal word): such an answer would be ambiguous to score by text, so it is redrawn."""
    text, ents, spans = "", [], []
    for p in parts:
        if isinstance(p, tuple):
            k, t = p
            assert t and t == t.strip(), (k, t)
            if any(e["text"] == t for e in ents):
                return None  # the same name twice ("Sandrine et Sandrine"): redraw
            ents.append({"kind": k, "text": t})
            spans.append((len(text), len(text) + len(t)))
            text += t
        else:
            text += p
    for e in ents:
        assert e["text"] in text, (e, text)
        for m in re.finditer(re.escape(e["text"]), text, re.IGNORECASE):
            if (m.start(), m.end()) not in spans:
                return None
    return text, ents


def _compact(t):
    return re.sub(r"[\s.\-\u00a0\u202f]", "", t).upper()


def nir_ok(t):
    d = _compact(t)
    return len(d) == 15 and d.isdigit() and 97 - int(d[:13]) % 97 == int(d[13:])


def iban_ok(t):
    d = _compact(t)
    return _iban_num(d[4:] + d[:4]) % 97 == 1


def uai_ok(t):
    d = _compact(t)
    return UAI_KEYS[int(d[:7]) % 23] == d[7]


CHECKS = {"NIR": nir_ok, "IBAN": iban_ok, "UAI": uai_ok}


def main():
    kinds = ["hard"] * N_HARD + ["plain"] * N_PLAIN + ["pii"] * (N_TOTAL - N_HARD - N_PLAIN)
    RNG.shuffle(kinds)
    rows, per_kind, seen = [], Counter(), set()
    for i, k in enumerate(kinds):
        while True:
            parts, role = make_answer(RNG, k)
            out = render(parts)
            if out is not None and out[0] not in seen:
                text, ents = out
                break
        seen.add(text)
        assert (not ents) == (k != "pii")
        per_kind.update(e["kind"] for e in ents)
        rows.append({"id": f"h{i + 1:03d}", "text": text, "entities": ents})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} answers to {os.path.normpath(OUT)}")
    print(f"  without personal data: {sum(1 for r in rows if not r['entities'])} "
          f"({N_HARD} hard-negative answers, {N_PLAIN} plain)")
    print(f"  answers with PII that also carry a hard-negative sentence: "
          f"{sum(1 for r in rows if r['entities'] and any(t in r['text'] for t in TRAPS))}")
    for k in ["PERSONNE", "EMAIL", "TELEPHONE", "NIR", "IBAN", "UAI", "ADRESSE"]:
        print(f"  {k:<10} {per_kind[k]}")
    print(f"  total entities {sum(per_kind.values())}")
    chk = Counter()
    for r in rows:
        for e in r["entities"]:
            if e["kind"] in CHECKS:
                chk[(e["kind"], CHECKS[e["kind"]](e["text"]))] += 1
            if e["kind"] == "EMAIL":
                chk[("EMAIL", "@" in e["text"] and " " not in e["text"])] += 1
    for k in CHECKS:
        print(f"  {k}: {chk[(k, True)]} valid checksum, {chk[(k, False)]} wrong")
    print(f"  EMAIL: {chk[('EMAIL', True)]} plain, {chk[('EMAIL', False)]} obfuscated or spaced")


if __name__ == "__main__":
    main()
