#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Blind evaluation set no. 6 for the personal-data masker.

Written without reading the detector, its rules, its word lists or any other
evaluation set.  Free-text answers (French) to the survey
« Que pensez-vous de l'usage de l'IA dans les établissements scolaires ? ».

Run from the repository root (standard library only, deterministic):

    python3 scripts/bench/pii_make_blind6.py

Writes Tests/PrivacyTests/Fixtures/pii_blind6.jsonl: 400 JSON lines
    {"id": "f001", "text": "...", "entities": [{"kind": K, "text": "..."}]}
entities in order of appearance (each one is found with text.find(e, end of
previous entity) at exactly the labelled place).

Labelling conventions
  * PERSONNE: a title (M., Mme, Dr, Pr, le proviseur...) is not part of the
    name; an initial after a title is the letter alone (« Mme L. » -> « L »);
    first name + surname = one entity; a first name next to a role or a class
    is labelled alone (« la CPE Sandrine », « Noa (5e2) » -> « Noa »);
    public figures are persons.  Names inside e-mail addresses, school /
    street / place names, pets, brands and AI products (Claude, Mistral...)
    are not persons.
  * EMAIL: the whole address, obfuscated forms included (« x [at] y.fr »).
  * TELEPHONE: the number with its prefix (+33, 0033, +262...), no label.
  * NIR / IBAN / UAI: the whole identifier with its inner spaces, dots,
    dashes or line break; ~40 % carry a wrong check key on purpose and are
    labelled all the same.
  * ADRESSE: from the house number (bis/ter included) to the end of the city,
    or to the end of the street when no city is given; may span two lines.
    A street name without a house number is not an address.
"""
import hashlib
import json
import os
import random
import re
import sys
import unicodedata

SEED = 2122026
OUT_PATH = os.path.join("Tests", "PrivacyTests", "Fixtures", "pii_blind6.jsonl")
N_TRAP = 70
N_PLAIN = 60
N_PERSON_ONLY = 60
ID_TARGET = 62
PERSON_TARGET = 420
WRONG_PER_KIND = 25                          # 25 / 62 = 40.3 %
GROUP_SIZES = [1] * 90 + [2] * 78 + [3] * 42  # 372 identifiers over 210 answers
ID_KINDS = ["EMAIL", "TELEPHONE", "NIR", "IBAN", "UAI", "ADRESSE"]
ALL_KINDS = ["PERSONNE"] + ID_KINDS

# --------------------------------------------------------------------------
# Names (chosen for this set)
# --------------------------------------------------------------------------
ORIGINS = {
    "fr": (
        ["Sandrine", "Nathalie", "Séverine", "Mireille", "Bernadette", "Ghislaine",
         "Solène", "Clothilde", "Margaux", "Anaïs", "Estelle", "Laetitia", "Pascale",
         "Marie-Claude", "Anne-Sophie", "Ségolène", "Fanny", "Lilou", "Maëlys",
         "Chloé", "Manon", "Camille", "Jeanne", "Agathe", "Élodie", "Sylvie",
         "Véronique", "Brigitte", "Odile", "Hélène", "Apolline", "Perrine"],
        ["Hervé", "Thierry", "Baptiste", "Quentin", "Aurélien", "Romain",
         "Jean-Baptiste", "Pierre-Yves", "Jean-Marc", "Loïc", "Gaëtan", "Benoît",
         "Titouan", "Enzo", "Timéo", "Nolan", "Jules", "Mathis", "Hugo", "Didier",
         "Gilles", "Laurent", "Olivier", "Régis", "Jean-Michel", "Xavier",
         "Guillaume", "Bastien", "Cyril", "Fabien", "Marc-Antoine", "Noa"],
        ["Martin", "Bernard", "Lefèvre", "Dubois", "Garnier", "Rousseau", "Chevalier",
         "Fontaine", "Mercier", "Girard", "Perrin", "Vasseur", "Delattre", "Lemaire",
         "Dhondt", "Vandenbussche", "Roux", "Fabre", "Bonnet", "Pagès", "Marty",
         "Castagné", "Arnaud", "Lacroix", "Brunet", "Carpentier", "Leclercq",
         "Deschamps", "Pagnol", "Tessier", "Morel", "Guérin", "Boucher",
         "Charpentier", "Poulain", "Vidal", "Barbier", "Delmas", "Cazenave",
         "Lhomme", "Dupuis", "du Plessis", "de Villiers", "Besnard", "Rigaud", "Joly"]),
    "bzh": (
        ["Maëlle", "Gwenaëlle", "Soizic", "Maïwenn", "Nolwenn", "Enora", "Rozenn", "Annaïg"],
        ["Yannick", "Erwan", "Goulven", "Tanguy", "Ronan", "Gwendal", "Yann", "Loïg"],
        ["Le Goff", "Le Bihan", "Kerjean", "Guillou", "Le Gall", "Morvan", "Quéméner",
         "Le Corre", "Tanguy", "Kervella", "Le Floc'h", "Riou", "de Kerguelen"]),
    "reg": (
        ["Maialen", "Ainhoa", "Letizia", "Marie-Ange", "Mathilde", "Lucienne", "Odile"],
        ["Peio", "Xabi", "Ange-Marie", "Battista", "Ghjuvan", "Lucien", "Joseph",
         "Jean-Dominique"],
        ["Etcheverry", "Iriarte", "Harispe", "Casanova", "Santoni", "Pietri",
         "Albertini", "Muller", "Schmitt", "Kieffer", "Wagner", "Oberlé", "Susini",
         "Ospital"]),
    "magh": (
        ["Yasmine", "Nour", "Samira", "Karima", "Fatima-Zahra", "Lina", "Salma", "Inès",
         "Zineb", "Malika", "Houria", "Djamila", "Leïla", "Amel", "Nawel", "Imane"],
        ["Rachid", "Mehdi", "Karim", "Youssef", "Sofiane", "Bilal", "Nabil", "Hakim",
         "Amine", "Rayan", "Ilyes", "Farid", "Abdelkader", "Walid", "Mohamed-Amine",
         "Samir", "Yanis"],
        ["Benali", "Haddad", "Belkacem", "Bouzid", "Ait Ahmed", "Aït-Kaci", "Cherif",
         "Mansouri", "El Amrani", "Ben Youssef", "Zerrouki", "Boumediene", "Khelifi",
         "Saïdi", "Hamdani", "Benchekroun", "El Idrissi", "Ould Ahmed", "Ould Cheikh",
         "Meziane", "Ouali", "Tazi"]),
    "waf": (
        ["Aminata", "Fatoumata", "Awa", "Mariama", "Kadiatou", "Aïssatou", "Oumou",
         "Aya", "Adjoa", "Ramatoulaye", "Binta", "Coumba", "Ndeye"],
        ["Moussa", "Mamadou", "Ousmane", "Ibrahima", "Seydou", "Boubacar", "Adama",
         "Cheikh", "Souleymane", "Koffi", "Yao", "Lamine", "Modibo", "Issa"],
        ["N'Diaye", "Diallo", "Traoré", "Koné", "Coulibaly", "Sissoko", "Diop",
         "Camara", "Sow", "Ba", "Keïta", "Touré", "Konaté", "Kouassi", "Yéo",
         "N'Guessan", "Ouédraogo", "Sanogo", "Fofana", "Dembélé", "Mbaye", "Sylla"]),
    "vn": (
        ["Linh", "Thu", "Huong", "Ngoc-Anh", "Hoa", "Phuong", "Mai", "Lan", "Trang"],
        ["Minh", "Quang", "Tuan", "Bao", "Khanh", "Duc", "Long", "Hung", "Thanh"],
        ["Nguyen", "Tran", "Lê", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngo",
         "Truong", "Dinh", "Phan"]),
    "pt": (
        ["Joana", "Beatriz", "Filipa", "Conceição", "Mariana", "Rita", "Ana-Maria", "Sofia"],
        ["João", "Rui", "Tiago", "Gonçalo", "Manuel", "Vitor", "Nuno", "Duarte", "Fernando"],
        ["Da Silva", "Dos Santos", "Ferreira", "Pereira", "Rodrigues", "Gonçalves",
         "Carvalho", "Teixeira", "Da Costa", "De Oliveira", "Fernandes", "Lopes",
         "Marques", "Sousa", "Mendes", "Da Cunha"]),
    "est": (
        ["Agnieszka", "Katarzyna", "Oksana", "Olena", "Irina", "Ioana", "Zsófia",
         "Milena", "Jelena", "Natalia", "Daria", "Alina", "Svetlana"],
        ["Piotr", "Tomasz", "Dmytro", "Bogdan", "Andrei", "Mihai", "Dragan",
         "Wojciech", "Vasyl", "Nikola", "Radu", "Pavel"],
        ["Kowalski", "Nowak", "Wiśniewska", "Lewandowski", "Kovalenko", "Shevchenko",
         "Popescu", "Ionescu", "Petrović", "Horváth", "Novák", "Dvořák", "Zielińska",
         "Marinescu", "Bondarenko", "Jankowska", "Stoica", "Kuznetsova"]),
    "ant": (
        ["Mylène", "Rosemonde", "Maryse", "Murielle", "Gilberte", "Ketsia", "Josiane",
         "Marie-Line", "Yolène", "Nadège"],
        ["Ludovic", "Joël", "Frantz", "Teddy", "Josué", "Jessy", "Fabrice", "Loïs",
         "Dimitri", "Yoann", "Rudy", "Jean-Luc"],
        ["Jean-Louis", "Marie-Sainte", "Sainte-Rose", "Lubin", "Jean-Baptiste",
         "Bellemare", "Sylvestre", "Désir", "Loza", "Pierre-Charles", "Louisy",
         "Thélamon", "Hippolyte", "Zamor", "Nestoret", "Célestine", "Jean-Joseph",
         "Bellance", "Cadenet"]),
    "com": (
        ["Zaïnaba", "Chamsia", "Nafissa", "Zalifa", "Anfiati", "Mariame", "Roukia", "Echata"],
        ["Soilihi", "Anli", "Houmadi", "Chamsidine", "Mouhamadi", "Nassur", "Ahmed",
         "Ismaël", "Dhoiffir"],
        ["Soilihi", "Abdallah", "Mohamed", "Said Omar", "Ahamada", "Madi", "Attoumani",
         "Boinali", "Houmadi", "Mzé", "Msaidié", "Chanfi", "Youssouf", "Ali Mdahoma"]),
    "tam": (
        ["Kavitha", "Priya", "Lakshmi", "Thushara", "Nirosha", "Janani", "Keerthana",
         "Sharmila", "Vasuki"],
        ["Arun", "Karthik", "Suresh", "Vithusan", "Tharshan", "Prakash", "Kajan", "Nirojan"],
        ["Sivakumar", "Rajendran", "Balasingham", "Thevarajah", "Kanagaratnam",
         "Subramaniam", "Selvarajah", "Murugesu", "Pathmanathan", "Nadarajah",
         "Jeyakumar"]),
    "oth": (
        ["Elif", "Zeynep", "Mei-Ling", "Anahit", "Fanja", "Voahangy", "Chiara"],
        ["Emre", "Mehmet", "Wei", "Hery", "Arto", "Hao", "Luca", "Giorgos"],
        ["Yılmaz", "Demir", "Kaya", "Wang", "Chen", "Rakotomalala", "Randriamampionona",
         "Andriamanana", "Hovsepian", "Petrossian", "Esposito", "Papadopoulos", "Zhang"]),
}
ORIGIN_KEYS = ["fr", "bzh", "reg", "magh", "waf", "vn", "pt", "est", "ant", "com", "tam", "oth"]
ORIGIN_W = [30, 6, 6, 14, 10, 5, 7, 7, 6, 4, 3, 4]

PUBLIC = [
    ("Emmanuel Macron", "Macron"), ("Gabriel Attal", "Attal"), ("Élisabeth Borne", None),
    ("Pap Ndiaye", None), ("Jean-Michel Blanquer", "Blanquer"), ("Nicole Belloubet", None),
    ("Najat Vallaud-Belkacem", None), ("Elon Musk", "Musk"), ("Sam Altman", "Altman"),
    ("Yann LeCun", "LeCun"), ("Cédric Villani", "Villani"), ("Luc Julia", None),
    ("Arthur Mensch", None), ("Geoffrey Hinton", "Hinton"), ("Bill Gates", None),
    ("Mark Zuckerberg", "Zuckerberg"), ("Philippe Meirieu", "Meirieu"),
    ("Stanislas Dehaene", "Dehaene"), ("François Taddei", None), ("Serge Tisseron", "Tisseron"),
    ("Laurence Devillers", None), ("Xavier Niel", None), ("Michel Serres", None),
    ("Edgar Morin", None),
]

# --------------------------------------------------------------------------
# Other value lists
# --------------------------------------------------------------------------
SCHOOLS = [
    "collège Jean-Moulin", "lycée Marie-Curie", "école Jules-Ferry", "lycée Victor-Hugo",
    "collège Aimé-Césaire", "lycée Louise-Michel", "collège Simone-Veil",
    "école Jacques-Prévert", "lycée Gustave-Eiffel", "collège Jean-Jaurès", "lycée Condorcet",
    "collège Pablo-Picasso", "lycée Léopold-Sédar-Senghor", "collège Toussaint-Louverture",
    "groupe scolaire Nelson-Mandela", "collège Anne-Frank", "lycée Paul-Valéry",
    "collège Camille-Claudel", "lycée professionnel Jean-Monnet", "collège Les Tilleuls",
    "lycée du Parc", "collège de la Vallée", "école maternelle Les Coquelicots",
    "lycée Bellevue", "collège Frantz-Fanon", "lycée Georges-Brassens", "collège Rosa-Parks",
    "collège Marcel-Pagnol", "lycée Jean-Baptiste-Say", "collège Gisèle-Halimi",
]
CITIES = [
    ("59000", "Lille"), ("59100", "Roubaix"), ("62300", "Lens"), ("75011", "Paris"),
    ("75019", "Paris"), ("93200", "Saint-Denis"), ("93000", "Bobigny"), ("94000", "Créteil"),
    ("69003", "Lyon"), ("13015", "Marseille"), ("31000", "Toulouse"), ("33000", "Bordeaux"),
    ("44000", "Nantes"), ("29200", "Brest"), ("29000", "Quimper"), ("35000", "Rennes"),
    ("64100", "Bayonne"), ("64500", "Saint-Jean-de-Luz"), ("20000", "Ajaccio"),
    ("20200", "Bastia"), ("67000", "Strasbourg"), ("68100", "Mulhouse"),
    ("97400", "Saint-Denis"), ("97410", "Saint-Pierre"), ("97200", "Fort-de-France"),
    ("97110", "Pointe-à-Pitre"), ("97300", "Cayenne"), ("97600", "Mamoudzou"),
    ("76600", "Le Havre"), ("14000", "Caen"), ("80000", "Amiens"), ("21000", "Dijon"),
    ("63000", "Clermont-Ferrand"), ("87000", "Limoges"), ("34000", "Montpellier"),
    ("06000", "Nice"), ("38000", "Grenoble"), ("51100", "Reims"), ("57000", "Metz"),
    ("54000", "Nancy"), ("86000", "Poitiers"), ("24200", "Sarlat-la-Canéda"),
    ("12000", "Rodez"), ("59140", "Dunkerque"), ("02100", "Saint-Quentin"),
    ("95100", "Argenteuil"), ("91000", "Évry-Courcouronnes"), ("78000", "Versailles"),
    ("45000", "Orléans"), ("37000", "Tours"), ("49100", "Angers"), ("29410", "Pleyber-Christ"),
    ("22300", "Lannion"), ("97450", "Saint-Louis"), ("97232", "Le Lamentin"),
]
CLASSES = ["6e1", "6eB", "5e2", "5e3", "4e2", "4eA", "3e4", "3e1", "2nde 3", "2nde B",
           "1re G2", "1re STMG", "Tle G4", "Tle STI2D", "CM1", "CM2", "CE2", "CP", "ULIS",
           "4e SEGPA", "BTS SIO 1", "CAP 1"]
ROLES = ["Professeure de lettres modernes", "Professeur de mathématiques", "Principal adjoint",
         "CPE", "Proviseure", "Professeur documentaliste", "Directrice d'école",
         "Enseignante ULIS", "Professeur d'histoire-géographie", "Coordonnatrice REP+",
         "Professeure d'anglais", "Référent numérique"]
AIS = ["ChatGPT", "Mistral", "Le Chat", "Claude", "Gemini", "Copilot", "Perplexity",
       "DeepL", "Meta AI"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "septembre", "octobre",
          "novembre", "décembre"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]

ACAD_DOMAINS = ["ac-lille.fr", "ac-versailles.fr", "ac-creteil.fr", "ac-reunion.fr",
                "ac-martinique.fr", "ac-guadeloupe.fr", "ac-mayotte.fr", "ac-normandie.fr",
                "ac-aix-marseille.fr", "ac-toulouse.fr", "ac-rennes.fr", "ac-bordeaux.fr",
                "ac-strasbourg.fr", "ac-nancy-metz.fr", "ac-lyon.fr", "ac-montpellier.fr",
                "ac-corse.fr", "ac-paris.fr", "ac-amiens.fr", "ac-nantes.fr", "ac-guyane.fr"]
OTHER_DOMAINS = ["gmail.com", "laposte.net", "orange.fr", "free.fr", "hotmail.fr", "yahoo.fr",
                 "outlook.fr", "wanadoo.fr", "sfr.fr", "icloud.com", "protonmail.com",
                 "live.fr", "education.gouv.fr", "univ-lille.fr", "proton.me", "neuf.fr"]

# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------


class Deck:
    """Draw without replacement, reshuffle when empty (variety of frames)."""

    def __init__(self, items, r):
        self.items = list(items)
        self.r = r
        self.pool = []

    def draw(self):
        if not self.pool:
            self.pool = self.items[:]
            self.r.shuffle(self.pool)
        return self.pool.pop()


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def pairs(s):
    return [s[i:i + 2] for i in range(0, len(s), 2)]


def fold(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("œ", "oe")
    n = unicodedata.normalize("NFKD", s)
    n = "".join(c for c in n if not unicodedata.combining(c))
    return n.lower().replace("'", "").replace("\u2019", "")


def wchoice(r, items, weights):
    return r.choices(items, weights=weights)[0]


def alter_key(r, key, lo=1, hi=97):
    """Return a different 2-digit key (typo-like alterations)."""
    while True:
        m = r.choice(["pm1", "pm", "swap", "rand"])
        if m == "pm1":
            k = key + r.choice([-1, 1])
        elif m == "pm":
            k = key + r.choice([-10, 10, -3, 3, 2, -2])
        elif m == "swap":
            k = int(("%02d" % key)[::-1])
        else:
            k = r.randint(lo, hi)
        if k != key and 0 <= k <= 99:
            return k


# --------------------------------------------------------------------------
# Identifier generators
# --------------------------------------------------------------------------
DOM_PHONES = [("262", "692"), ("262", "693"), ("262", "639"), ("596", "696"), ("590", "690"),
              ("594", "694"), ("596", "596"), ("262", "262"), ("590", "590")]


def gen_phone(r, overseas=False):
    if overseas or r.random() < 0.10:
        cc, pre = r.choice(DOM_PHONES)
        rest = digits(r, 6)
        f = wchoice(r, ["intl", "nat", "glued", "00"], [45, 30, 15, 10])
        if f == "intl":
            return "+%s %s %s" % (cc, pre, " ".join(pairs(rest)))
        if f == "nat":
            return "0%s %s" % (pre, " ".join(pairs(rest)))
        if f == "glued":
            return "+%s%s%s" % (cc, pre, rest)
        return "00%s %s %s" % (cc, pre, " ".join(pairs(rest)))
    lead = r.choice("67") if r.random() < 0.65 else r.choice("123459")
    rest = digits(r, 8)
    nat = "0" + lead + rest
    p = pairs(nat)
    tail = lead + " " + " ".join(pairs(rest))
    f = wchoice(r, ["sp", "dot", "dash", "glued", "i_sp", "i_glued", "i_zero", "00_sp",
                    "00_glued", "odd"], [30, 13, 7, 10, 12, 5, 3, 6, 3, 4])
    if f == "sp":
        return " ".join(p)
    if f == "dot":
        return ".".join(p)
    if f == "dash":
        return "-".join(p)
    if f == "glued":
        return nat
    if f == "i_sp":
        return "+33 " + tail
    if f == "i_glued":
        return "+33" + lead + rest
    if f == "i_zero":
        return "+33 (0)" + tail
    if f == "00_sp":
        return "0033 " + tail
    if f == "00_glued":
        return "0033" + lead + rest
    return nat[:2] + " " + nat[2:6] + " " + nat[6:]


NIR_DEPTS = ["59", "62", "75", "93", "92", "94", "13", "69", "31", "33", "44", "29", "35",
             "64", "67", "06", "80", "14", "76", "01", "38", "57", "02", "91", "95", "34"]
NIR_COUNTRIES = ["350", "352", "351", "139", "341", "335", "243", "122", "397", "235", "208"]


def nir_key(body13):
    return 97 - int(body13) % 97


def gen_nir(r, wrong):
    sex = r.choice("12")
    yy = "%02d" % r.randint(0, 99)
    mm = "%02d" % r.randint(1, 12)
    k = r.random()
    if k < 0.10:
        place = "99" + r.choice(NIR_COUNTRIES)
    elif k < 0.18:
        place = "97" + r.choice("12346") + "%02d" % r.randint(1, 34)
    else:
        place = r.choice(NIR_DEPTS) + "%03d" % r.randint(1, 650)
    order = "%03d" % r.randint(1, 999)
    body = sex + yy + mm + place + order
    assert len(body) == 13
    key = nir_key(body)
    if wrong:
        key = alter_key(r, key)
    ks = "%02d" % key
    g = [body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], ks]
    f = wchoice(r, ["sp", "glued", "dot", "keysep", "dash"], [42, 25, 12, 13, 8])
    if f == "sp":
        return " ".join(g)
    if f == "glued":
        return body + ks
    if f == "dot":
        return ".".join(g)
    if f == "keysep":
        return body + " " + ks
    return "-".join(g)


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_check(country, bban):
    return 98 - iban_num(bban + country + "00") % 97


def iban_valid(s):
    s = re.sub(r"[\s\-]", "", s).upper()
    return iban_num(s[4:] + s[:4]) % 97 == 1


FR_BANKS = ["30004", "30003", "30002", "20041", "10278", "30066", "11315", "12506", "17515",
            "16606", "14445", "10907", "13335", "18206", "15589", "13807", "10107", "30076",
            "12548", "19106"]


def rib_key(bank, branch, acct):
    return 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)


def gen_bban(r, c):
    if c == "DE":
        return digits(r, 18)
    if c == "BE":
        first = digits(r, 10)
        chk = int(first) % 97 or 97
        return first + "%02d" % chk
    if c == "ES":
        return digits(r, 20)
    if c == "IT":
        return r.choice("ABCDEFGHJKLMNPRSTUVWXZ") + digits(r, 22)
    if c == "PT":
        return digits(r, 21)
    if c == "LU":
        return digits(r, 16)
    if c == "NL":
        return r.choice(["INGB", "ABNA", "RABO", "SNSB", "TRIO", "ASNB"]) + digits(r, 10)
    if c == "AT":
        return digits(r, 16)
    raise ValueError(c)


def gen_iban(r, wrong, foreign=None):
    if foreign is None:
        foreign = r.random() < 0.22
    if not foreign:
        bank, branch, acct = r.choice(FR_BANKS), digits(r, 5), digits(r, 11)
        key = rib_key(bank, branch, acct)
        bban = bank + branch + acct + "%02d" % key
        cd = iban_check("FR", bban)
        assert cd == 76, cd
        if wrong:
            if r.random() < 0.5:   # wrong RIB key, keeps the familiar FR76 head
                bban = bank + branch + acct + "%02d" % alter_key(r, key)
            else:                  # wrong IBAN check digits
                cd = alter_key(r, cd, 2, 98)
        s = "FR%02d%s" % (cd, bban)
    else:
        c = r.choice(["DE", "BE", "ES", "IT", "PT", "LU", "NL", "AT"])
        bban = gen_bban(r, c)
        cd = iban_check(c, bban)
        if wrong:
            cd = alter_key(r, cd, 2, 98)
        s = "%s%02d%s" % (c, cd, bban)
    assert iban_valid(s) == (not wrong)
    g = [s[i:i + 4] for i in range(0, len(s), 4)]
    f = wchoice(r, ["g4", "glued", "nl", "dash"], [50, 25, 17, 8])
    if f == "g4":
        return " ".join(g)
    if f == "glued":
        return s
    if f == "dash":
        return "-".join(g)
    k = r.randint(2, len(g) - 2)
    return " ".join(g[:k]) + "\n" + " ".join(g[k:])


UAI_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ"
UAI_PREFIX = ["059", "062", "075", "093", "092", "094", "013", "069", "031", "033", "044",
              "029", "035", "064", "067", "080", "014", "076", "038", "057", "974", "971",
              "972", "973", "976", "620", "720", "095", "078", "060"]


def gen_uai(r, wrong):
    num = r.choice(UAI_PREFIX) + digits(r, 4)
    letter = UAI_ALPHA[int(num) % 23]
    if wrong:
        letter = r.choice([c for c in UAI_ALPHA if c != letter])
    sep = " " if r.random() < 0.06 else ""
    return num + sep + letter


STREET_NAMES = ["des Lilas", "du Moulin", "de la Gare", "des Écoles", "Pasteur",
                "de la République", "des Peupliers", "Victor-Hugo", "Jean-Jaurès",
                "du Général-de-Gaulle", "Aimé-Césaire", "Frédéric-Mistral", "Gambetta",
                "de Verdun", "des Tisserands", "du Stade", "de Kerhallet", "des Cordiers",
                "de la Liberté", "Émile-Zola", "Louise-Michel", "des Flamboyants", "du Lagon",
                "Saint-Exupéry", "Paul-Vaillant-Couturier", "des Acacias", "du 8-Mai-1945",
                "Victor-Schœlcher", "des Hirondelles", "de la Paix", "du Maréchal-Foch",
                "Roger-Salengro", "des Frères-Lumière", "Nelson-Mandela", "de Strasbourg",
                "Carnot", "des Tanneurs", "Sainte-Catherine", "du Port"]
STREET_TYPES = {
    "rue": (34, STREET_NAMES),
    "avenue": (9, STREET_NAMES + ["de la Marne", "Foch", "du Président-Wilson"]),
    "av.": (3, ["de la Marne", "Foch", "Jean-Médecin", "des Champs"]),
    "boulevard": (6, STREET_NAMES + ["de la Marne", "Foch"]),
    "bd": (4, ["Gambetta", "Carnot", "de la Liberté", "Voltaire", "Jean-Jaurès"]),
    "allée": (7, ["des Tilleuls", "des Cerisiers", "Marie-Curie", "des Érables", "du Bois"]),
    "impasse": (7, ["des Mésanges", "du Four", "des Glycines", "Bellevue", "du Puits"]),
    "chemin": (7, ["des Vignes", "de la Source", "du Pigeonnier", "de Morne Rouge",
                   "des Crêtes", "du Lavoir"]),
    "place": (4, ["de la Mairie", "du Marché", "de l'Église", "Jean-Moulin", "du 14-Juillet"]),
    "route": (4, ["de Paris", "de Brest", "de Saint-Pierre", "de la Plage", "de Bordeaux"]),
    "quai": (2, ["des Chartrons", "de la Loire", "Saint-Laurent"]),
    "cours": (2, ["Mirabeau", "Victor-Hugo", "de l'Intendance"]),
    "lieu-dit": (4, ["Le Bourg", "Kerhervé", "La Croix Blanche", "Les Granges", "Pen Ar Hoat",
                     "Bellevue", "Le Moulin Neuf"]),
    "résidence": (5, ["Les Hortensias", "Les Tilleuls", "du Parc", "Les Jardins de Flore",
                      "Le Clos Fleuri", "Les Cocotiers"]),
}
RESIDENCES = ["Les Tilleuls", "du Parc", "Les Cocotiers", "Le Clos Fleuri", "Les Iris",
              "Les Jardins du Lac"]


def gen_address(r):
    n = r.randint(1, 30) if r.random() < 0.7 else r.randint(31, 250)
    suf = wchoice(r, ["", " bis", "bis", " ter", "ter", " B"], [84, 6, 3, 4, 1, 2])
    types = list(STREET_TYPES)
    typ = wchoice(r, types, [STREET_TYPES[t][0] for t in types])
    name = r.choice(STREET_TYPES[typ][1])
    if typ in ("lieu-dit", "impasse", "allée", "résidence"):
        n = min(n, r.randint(1, 40))
    comma = "," if r.random() < 0.08 else ""
    street = "%d%s%s %s %s" % (n, suf, comma, typ, name)
    if typ == "résidence":
        street += r.choice([", bâtiment ", ", bât. ", " bât "]) + r.choice("ABCDE")
    elif typ in ("rue", "avenue", "boulevard", "allée", "chemin") and r.random() < 0.15:
        street += ", %s %s, %s %s" % (r.choice(["résidence", "rés."]), r.choice(RESIDENCES),
                                        r.choice(["bât.", "bâtiment", "bât"]), r.choice("ABC1234"))
    elif r.random() < 0.06:
        street += ", %s %d" % (r.choice(["appt", "apt", "appartement"]), r.randint(1, 60))
    if r.random() < 0.2:
        return street
    pc, city = r.choice(CITIES)
    if r.random() < 0.25:
        city = city.upper()
    sep = wchoice(r, [", ", " ", " - ", "\n", ",\n"], [55, 15, 8, 15, 7])
    return street + sep + pc + " " + city


def gen_email(r, parts=None):
    first, last = parts if parts else name_parts(r)[:2]
    f = fold(first).replace(" ", "")
    lraw = fold(last)
    l = lraw.replace(" ", "-" if r.random() < 0.3 else "")
    dom = r.choice(ACAD_DOMAINS) if r.random() < 0.45 else r.choice(OTHER_DOMAINS)
    fmt = wchoice(r, ["f.l", "i.l", "f-l", "fl99", "f.l+tag", "l.f", "f_l", "f.l2", "fam"],
                  [35, 12, 8, 10, 8, 7, 6, 8, 6])
    if fmt == "f.l":
        local = "%s.%s" % (f, l)
    elif fmt == "i.l":
        local = "%s.%s" % (f[0], l)
    elif fmt == "f-l":
        local = "%s-%s" % (f, l)
    elif fmt == "fl99":
        local = "%s%s%d" % (f, l, r.randint(1, 99))
    elif fmt == "f.l+tag":
        local = "%s.%s+%s" % (f, l, r.choice(["ia", "enquete", "ecole", "pronote", "news"]))
    elif fmt == "l.f":
        local = "%s.%s" % (l, f)
    elif fmt == "f_l":
        local = "%s_%s" % (f, l)
    elif fmt == "f.l2":
        local = "%s.%s%d" % (f, l, r.randint(1, 9))
    else:
        local = "famille.%s" % l
    assert re.fullmatch(r"[a-z0-9][a-z0-9._+\-]*", local), local
    style = wchoice(r, ["plain", "upper", "cap", "at", "arobase", "arobase_sp", "at_nosp"],
                    [74, 4, 6, 6, 5, 3, 2])
    if style == "plain":
        return local + "@" + dom
    if style == "upper":
        return (local + "@" + dom).upper()
    if style == "cap":
        return ".".join(p[:1].upper() + p[1:] for p in local.split(".")) + "@" + dom
    if style == "at":
        return local + " [at] " + dom
    if style == "arobase":
        return local + "(arobase)" + dom
    if style == "arobase_sp":
        return local + " (arobase) " + dom
    return local + "[at]" + dom


# --------------------------------------------------------------------------
# Person generators
# --------------------------------------------------------------------------
def pick_origin(r):
    return wchoice(r, ORIGIN_KEYS, ORIGIN_W)


def first_name(r, gender=None, origin=None):
    o = origin or pick_origin(r)
    F, M, _ = ORIGINS[o]
    g = gender or r.choice("FM")
    return r.choice(F if g == "F" else M), o, g


def surname(r, origin=None):
    o = origin or pick_origin(r)
    return r.choice(ORIGINS[o][2])


def name_parts(r, gender=None):
    first, o, g = first_name(r, gender)
    lo = o if r.random() < 0.85 else pick_origin(r)
    last = surname(r, lo)
    if r.random() < 0.06 and " " not in last and "'" not in last:
        last2 = surname(r)
        if " " not in last2 and last2 != last:
            last = last + "-" + last2
    mid = None
    if o == "vn" and lo == "vn" and r.random() < 0.45:
        mid = "Thi" if g == "F" else "Van"
    return first, last, o, mid


_LAST_NAME = [None]   # (first, last) of the last full name rendered


def render_full(r, gender=None, sig=False):
    first, last, _o, mid = name_parts(r, gender)
    _LAST_NAME[0] = (first, last)
    if sig:
        st = wchoice(r, ["FL", "FLU", "LUF", "low", "ini"], [35, 40, 15, 5, 5])
    else:
        st = wchoice(r, ["FL", "FLU", "LUF", "low", "LF"], [58, 17, 10, 10, 5])
    if mid:  # Vietnamese order: surname, middle name, given name
        if st in ("FLU", "LUF"):
            return "%s %s %s" % (last.upper(), mid, first)
        if st == "low":
            return ("%s %s %s" % (last, mid, first)).lower()
        return "%s %s %s" % (last, mid, first)
    if st == "FL":
        return first + " " + last
    if st == "FLU":
        return first + " " + last.upper()
    if st == "LUF":
        return last.upper() + " " + first
    if st == "low":
        return (first + " " + last).lower()
    if st == "LF":
        return last + " " + first
    return initials(first) + " " + last.upper()


def initials(first):
    return "-".join(p[0] + "." for p in first.split("-"))


def render_person(slot, r):
    if slot in ("PN", "PNF", "PNM"):
        return render_full(r, {"PN": None, "PNF": "F", "PNM": "M"}[slot])
    if slot in ("PS", "PSF", "PSM"):
        return render_full(r, {"PS": None, "PSF": "F", "PSM": "M"}[slot], sig=True)
    if slot in ("PF", "PFF", "PFM", "PK", "PKF", "PKM"):
        g = {"PF": None, "PK": None, "PFF": "F", "PKF": "F", "PFM": "M", "PKM": "M"}[slot]
        f = first_name(r, g)[0]
        return f.lower() if r.random() < 0.08 else f
    if slot == "PL":
        s = surname(r)
        return s.upper() if r.random() < 0.2 else s
    if slot == "PI":
        return fold(surname(r)).replace(" ", "")[0].upper()
    if slot == "PJ":
        f = first_name(r)[0]
        if "-" not in f and r.random() < 0.5:
            f = r.choice(["Jean-Marc", "Marie-Claude", "Anne-Sophie", "Jean-Michel",
                          "Pierre-Yves", "Fatima-Zahra", "Marie-Line"])
        s = surname(r)
        return initials(f) + " " + (s.upper() if r.random() < 0.3 else s)
    if slot == "PUB":
        full, short = r.choice(PUBLIC)
        return short if (short and r.random() < 0.3) else full
    if slot == "PCLAUDE":
        s = surname(r)
        return "Claude " + (s.upper() if r.random() < 0.3 else s)
    raise KeyError(slot)


# --------------------------------------------------------------------------
# Misc (non-entity) slot generators
# --------------------------------------------------------------------------
def gen_date(r):
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2024, 2025])
    f = r.choice(["slash", "word", "dayword", "dot", "iso"])
    if f == "slash":
        return "%02d/%02d/%d" % (d, m, y)
    if f == "word":
        return "%d %s" % (d, MONTHS[m % 10])
    if f == "dayword":
        return "%s %d %s" % (r.choice(DAYS), d, MONTHS[m % 10])
    if f == "dot":
        return "%02d.%02d.%02d" % (d, m, y % 100)
    return "%d-%02d-%02d" % (y, m, d)


def gen_isbn(r):
    body = "9782" + digits(r, 8)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    chk = str((10 - s % 10) % 10)
    if r.random() < 0.5:
        return "%s-%s-%s-%s-%s" % (body[:3], body[3], body[4:6], body[6:], chk)
    return body + chk


def gen_misc(slot, r):
    if slot == "SCHOOL":
        return r.choice(SCHOOLS)
    if slot == "CITY":
        return r.choice(CITIES)[1]
    if slot == "AI":
        return r.choice(AIS)
    if slot == "CLASS":
        return r.choice(CLASSES)
    if slot == "ROLE":
        return r.choice(ROLES)
    if slot == "DATE":
        return gen_date(r)
    if slot == "FWDDATE":
        return "%s %d %s %d à %02d:%02d" % (r.choice(DAYS), r.randint(1, 28), r.choice(MONTHS),
                                            r.choice([2024, 2025]), r.randint(7, 22),
                                            r.randint(0, 59))
    if slot == "HOUR":
        return r.choice(["8 h 30", "14h", "17:45", "10 h 15", "13h30", "9 h"])
    if slot == "YEAR":
        return r.choice(["2023", "2024", "2025"])
    if slot == "MONTH":
        return r.choice(MONTHS)
    if slot == "AMOUNT":
        return r.choice(["%d %03d €" % (r.randint(2, 95), r.randint(0, 999)),
                         "%d 000 euros" % r.randint(2, 60),
                         "%d %03d,%02d €" % (r.randint(1, 9), r.randint(0, 999), r.randint(0, 99)),
                         "%d € HT" % r.randint(300, 990)])
    if slot == "ROOM":
        return r.choice(["B214", "104", "2.14", "C-003", "A12", "309", "E1.07"])
    if slot == "PCT":
        return r.choice(["%d,%04d %%" % (r.randint(20, 90), r.randint(0, 9999)),
                         "%d %%" % r.randint(20, 95), "%d,%d%%" % (r.randint(10, 90), r.randint(1, 9))])
    if slot == "ISBN":
        return gen_isbn(r)
    if slot == "ORDER":
        return r.choice(["CMD-%s-%s" % (r.choice(["2024", "2025"]), digits(r, 6)),
                         "A-%s" % digits(r, 8), "%s/%s" % (digits(r, 5), digits(r, 3)),
                         "BC%s" % digits(r, 7)])
    if slot == "BIGNUM":
        return r.choice(["70 000 000 000", "175 000 000 000", "1 800 000 000 000",
                         "7 000 000 000", "405 000 000 000"])
    raise KeyError(slot)


ID_SLOTS = {"EMAIL": "EMAIL", "TEL": "TELEPHONE", "TELDOM": "TELEPHONE", "NIR": "NIR",
            "IBAN": "IBAN", "IBANX": "IBAN", "UAI": "UAI", "ADR": "ADRESSE"}
PERSON_SLOTS = {"PN", "PNF", "PNM", "PSF", "PSM", "PF", "PFF", "PFM", "PK", "PKF", "PKM", "PL", "PI",
                "PJ", "PUB", "PS", "PCLAUDE"}
MISC_SLOTS = {"SCHOOL", "CITY", "AI", "CLASS", "ROLE", "DATE", "FWDDATE", "HOUR", "YEAR",
              "MONTH", "AMOUNT", "ROOM", "PCT", "ISBN", "ORDER", "BIGNUM"}
SLOT_RE = re.compile(r"\{([A-Z]+)\}")


def id_kinds_of(tpl):
    return [ID_SLOTS[s] for s in SLOT_RE.findall(tpl) if s in ID_SLOTS]


def gen_id(slot, tok, r, name_parts_hint=None):
    w = tok["wrong"]
    if slot == "EMAIL":
        return gen_email(r, name_parts_hint)
    if slot == "TEL":
        return gen_phone(r)
    if slot == "TELDOM":
        return gen_phone(r, overseas=True)
    if slot == "NIR":
        return gen_nir(r, w)
    if slot == "IBAN":
        return gen_iban(r, w)
    if slot == "IBANX":
        return gen_iban(r, w, foreign=True)
    if slot == "UAI":
        return gen_uai(r, w)
    if slot == "ADR":
        return gen_address(r)
    raise KeyError(slot)


def render(tpl, r, tokens=None):
    """Template -> list of (text, kind or None) segments."""
    tpl = tpl.lstrip("^$")
    segs = []
    _LAST_NAME[0] = None
    parts = SLOT_RE.split(tpl)
    for i, p in enumerate(parts):
        if i % 2 == 0:
            if p:
                segs.append((p, None))
        elif p in ID_SLOTS:
            kind = ID_SLOTS[p]
            j = next(k for k, t in enumerate(tokens) if t["kind"] == kind)
            tok = tokens.pop(j)
            hint = None
            if p == "EMAIL" and segs and segs[-1][0].endswith("<"):
                hint = _LAST_NAME[0]   # « De : Nom <adresse> »: address built on that name
            segs.append((gen_id(p, tok, r, hint), kind))
        elif p in PERSON_SLOTS:
            assert tokens is not None, tpl
            val = render_person(p, r)
            if segs and segs[-1][1] is None and re.search(r"(^|\s)de $", segs[-1][0]) \
                    and fold(val[0]) in "aeiou":
                segs[-1] = (segs[-1][0][:-3] + "d'", None)   # de + Inès -> d'Inès
            segs.append((val, "PERSONNE"))
        elif p in MISC_SLOTS:
            segs.append((gen_misc(p, r), None))
        else:
            raise KeyError(p)
    return segs


# --------------------------------------------------------------------------
# Hand-written frames
# --------------------------------------------------------------------------
EMAIL_T = [
    "Si vous voulez en discuter, écrivez-moi à {EMAIL}.",
    "Mon adresse : {EMAIL} (je réponds plutôt le soir).",
    "Pour la suite de l'enquête, mon mail pro c'est {EMAIL}",
    "contact : {EMAIL}",
    "Un élève a généré avec ChatGPT un faux message signé de Mme {PL} et l'a envoyé depuis {EMAIL}, on a mis deux semaines à comprendre.",
    "Je suis référente numérique, vous pouvez me contacter sur {EMAIL} pour les ateliers IA.",
    "La plateforme a envoyé mes identifiants à {EMAIL} alors que ce n'est même pas mon adresse !!",
    "merci de transmettre les résultats à notre association de parents : {EMAIL}",
    "Écrire à {PNF} ({EMAIL}), c'est elle qui coordonne le projet Mistral au lycée.",
    "Mon fils a reçu un mail de {EMAIL} qui se faisait passer pour le collège, c'était clairement rédigé par une IA.",
    "Je veux bien participer à un entretien : {EMAIL}.",
    "Envoyez-moi le compte rendu svp sur {EMAIL} merci",
    "j'ai écrit 3 fois à {EMAIL} sans réponse, bravo l'institution",
    "Pour toute question sur notre expérimentation, M. {PL} (coordonnateur) : {EMAIL}",
    "Vous avez mon mail : {EMAIL}. N'hésitez pas.",
    "(réponse collective de l'équipe de lettres, contact {EMAIL})",
    "Mail perso si ça vous intéresse : {EMAIL} — pas l'adresse académique, je ne la consulte jamais.",
    "Ma fille {PKF} a créé un compte sur une appli d'IA avec l'adresse {EMAIL} sans nous demander.",
    "Les élèves doivent rendre leurs textes à {EMAIL} et je passe tout dans un détecteur, qui se trompe une fois sur deux.",
    "Un parent a partagé {EMAIL} dans le groupe WhatsApp de la classe en disant que c'était l'adresse pour signaler les triches à l'IA...",
    "joignable à {EMAIL} ou via l'ENT",
    "Le formulaire de l'ENT demande {EMAIL} comme adresse de secours, c'est l'adresse de mon ancien collègue M. {PL}, rien n'est à jour.",
    "Réponse de {PN} pour le conseil pédagogique — {EMAIL}",
    "écrire à {EMAIL} pour avoir notre charte IA (on l'a rédigée avec les délégués).",
    "Mon identifiant Pronote est lié à {EMAIL}, et l'outil d'IA intégré a récupéré tout mon carnet d'adresses, c'est inadmissible.",
    "J'aimerais être tenue au courant : {EMAIL}",
    "Adresse pour les retours : {EMAIL} ; je coordonne le groupe IA du bassin.",
    "bonjour je suis en 4e et mon adresse c {EMAIL} si vous voulez des avis d'élèves",
    "Vous trouverez mon tutoriel sur l'IA en SVT en m'écrivant à {EMAIL}, je le partage volontiers.",
    "NB : mon adresse a changé, c'est désormais {EMAIL}.",
    "^De : {PN} <{EMAIL}>\nObjet : TR: questionnaire IA",
    "Mon adresse gmail ({EMAIL}) a fuité après l'inscription à un « concours IA » pour les profs, j'ai eu 40 spams le lendemain.",
]
TEL_T = [
    "Vous pouvez me joindre au {TEL} si besoin.",
    "Mon numéro : {TEL} (pas avant 18h svp).",
    "Pour en parler de vive voix, appelez Mme {PL} au {TEL}.",
    "La CPE {PFF} avait laissé son portable pro, {TEL}, sur une affiche ; des élèves l'ont donné à un chatbot qui l'a appelée en boucle avec une voix synthétique.",
    "tel {TEL}",
    "Je suis disponible pour un entretien téléphonique : {TEL}.",
    "Le standard du collège ({TEL}) reçoit maintenant des appels générés par IA, c'est assez fou.",
    "rappelez moi au {TEL} jai des choses a dire sur ce qui se passe en 3e",
    "Mon fils {PKM} a donné mon numéro ({TEL}) à une appli de devoirs « gratuite » et depuis je reçois des SMS publicitaires tous les jours.",
    "En cas d'urgence, le principal adjoint M. {PL} est au {TEL}.",
    "Joignable au {TEL} le mercredi après-midi.",
    "Portable : {TEL}",
    "Je préfère être appelée : {TEL}. Les mails, je ne les lis plus.",
    "Un parent d'élève m'a envoyé une note vocale clonée par IA depuis le {TEL}, je ne sais même pas si c'était vraiment lui.",
    "si vous voulez un témoignage de terrain appelez le {TEL} (demandez {PFF})",
    "Pour l'atelier IA avec les parents, inscription par SMS au {TEL}.",
    "Le numéro de la vie scolaire a changé : {TEL}, mais l'assistant IA du site donne toujours l'ancien.",
    "Je laisse mon numéro, {TEL}, pour une éventuelle suite.",
    "Contact de {PN}, notre référent numérique : {TEL}",
    "mon tel c'est le {TEL} envoyez moi un sms",
    "Nous sommes en outre-mer, appelez plutôt le {TELDOM} (attention au décalage horaire !).",
    "Fixe du secrétariat : {TEL}.",
    "Appelez-moi au {TEL} ou passez au CDI, je suis là tous les jours sauf le jeudi.",
    "Dans le groupe de classe, quelqu'un a demandé à une IA de « retrouver » le numéro de M. {PL} et elle a sorti le {TEL}… c'était le bon.",
    "Je suis AESH, on ne nous demande jamais notre avis. Mon numéro si vous voulez : {TEL}.",
    "Parent délégué, {TEL}",
    "N° de portable de mon mari pour l'enquête : {TEL}",
    "joignable au {TEL} de 8h à 12h",
    "Tel: {TEL} / whatsapp ok",
    "Je vous donne le numéro direct de la direction : {TEL}.",
    "Appeler {PNM} au {TEL}, il a monté un club IA au lycée.",
    "Numéro (fixe) : {TEL}.",
    "Ici à Mamoudzou les familles n'ont souvent qu'un téléphone pour trois enfants ; le mien c'est le {TELDOM} si vous voulez en parler.",
    "jsp trop quoi dire mais mon num c {TEL} si vs voulez",
]
NIR_T = [
    "Pour ouvrir un compte sur l'outil d'IA de l'académie, on nous a demandé notre numéro de sécurité sociale ! J'ai donné le mien, {NIR}, sans réfléchir.",
    "Un élève a trouvé sur l'ENT une attestation avec mon NIR ({NIR}) et l'a collée dans ChatGPT « pour voir ».",
    "Mon numéro de sécu : {NIR} — je le mets ici parce que votre formulaire me le demandait à la page précédente, ce qui est déjà un problème.",
    "N° SS {NIR}",
    "La secrétaire a envoyé par erreur un tableur avec les numéros de sécu des AED, dont le mien ({NIR}), à toute la liste de diffusion.",
    "Je vous transmets le numéro de sécurité sociale de mon fils pour l'autorisation : {NIR}.",
    "L'IA de l'assurance m'a demandé de dicter mon numéro {NIR} à voix haute, en salle des profs, devant tout le monde.",
    "numero secu de ma fille {NIR} c pour le dossier de bourse que l'ia a rempli a moitié",
    "Dans le dossier d'inscription numérisé figurait le NIR de l'élève, {NIR}, en clair.",
    "Sur la fiche de liaison, le numéro d'assuré ({NIR}) est recopié par un logiciel de reconnaissance qui fait des erreurs.",
    "Mon n° de sécurité sociale est le {NIR}, si jamais vous devez vérifier que je suis bien enseignante.",
    "On demande aux stagiaires de donner leur NIR sur une plateforme privée hébergée on ne sait où ; moi j'ai mis {NIR} et je le regrette.",
    "Je ne comprends pas pourquoi l'appli de cantine a besoin du numéro de sécu de mon enfant : {NIR}.",
    "Exemple réel vu en conseil de classe : « {PN}, n° {NIR} » affiché au vidéoprojecteur pendant que l'IA résumait les bulletins.",
    "Mme {PL} m'a dit de mettre mon numéro de sécu ici : {NIR}",
    "NIR : {NIR}",
    "Le médecin scolaire, Dr {PL}, a reçu un certificat rédigé par une IA avec le numéro de sécu d'un élève, {NIR}, recopié dedans.",
    "immatriculation de mon fils : {NIR} (il est en 6e)",
    "J'ai dû scanner ma carte Vitale pour l'inscription au MOOC IA ; le numéro {NIR} apparaît maintenant dans mon profil.",
    "ma sécu c'est {NIR} mais pourquoi vous demandez ça",
    "Le PAP de {PK} contenait son numéro de sécurité sociale ({NIR}) et il a été partagé avec l'outil de reformulation.",
    "Un collègue a mis son numéro de sécu {NIR} dans un prompt pour que l'IA remplisse son formulaire de mutation.",
    "Voici le numéro demandé : {NIR}.",
    "N° sécurité sociale du responsable légal : {NIR}",
    "Je donne mon NIR, {NIR}, uniquement parce que le questionnaire l'exigeait.",
    "numéro d'assuré social : {NIR}",
    "la fiche infirmerie avec le numéro de sécu de ma fille ({NIR}) traînait sur le bureau partagé",
    "Le stagiaire de l'INSPE a publié son NIR {NIR} sur un forum en demandant à l'IA de calculer sa date de titularisation.",
    "carte vitale {NIR}",
    "Mon numéro : {NIR}, clé comprise.",
    "Lors d'un atelier, nous avons montré aux élèves comment une IA retrouve une date de naissance à partir d'un numéro comme {NIR}, le mien, avec mon accord.",
]
IBAN_T = [
    "Pour le remboursement de la formation, mon IBAN : {IBAN}.",
    "RIB de l'association des parents : {IBAN}",
    "L'intendance a envoyé un mail avec l'IBAN du collège {IBAN} et une IA de phishing l'a recopié pour faire un faux appel aux dons.",
    "Un escroc a envoyé aux familles un courrier « généré par IA » demandant de payer le voyage scolaire sur {IBAN}.",
    "Je vous donne mon IBAN pour la participation à l'enquête rémunérée : {IBAN}",
    "iban {IBAN}",
    "Voici les coordonnées bancaires demandées :\n{IBAN}",
    "Mon mari travaille à l'étranger, notre compte est là-bas : {IBANX}.",
    "La coopérative scolaire a pour IBAN {IBAN}, je le mets ici car on cherche des financements pour des tablettes.",
    "Le FSE a reçu un virement d'un compte {IBAN} sans explication, après qu'un élève a demandé à une IA comment « faire un don anonyme ».",
    "IBAN pour le don à la classe de neige : {IBAN} (titulaire : {PN})",
    "Mme {PL} a collé son IBAN {IBAN} dans le chat de la visio, devant 200 personnes, pendant la formation sur l'IA.",
    "Merci de verser l'indemnité sur {IBAN}.",
    "mon rib c'est {IBAN} pour le remboursement de la sortie",
    "Coordonnées bancaires (compte à l'étranger) : {IBANX}",
    "La facture de la licence IA a été payée sur le mauvais compte, {IBAN}, à cause d'un mail frauduleux très bien écrit.",
    "Numéro IBAN : {IBAN}\nBIC : AGRIFRPP",
    "Je me suis fait avoir par un « conseiller » qui m'a fait valider un virement vers {IBAN}, sa voix était générée par IA, j'en suis sûre maintenant.",
    "IBAN de la cagnotte pour le départ de {PNF} : {IBAN}",
    "RIB joint en texte car la pièce jointe ne passait pas : {IBAN}",
    "compte pour les frais de déplacement : {IBAN}, au nom de {PN}",
    "On m'a demandé mon IBAN ({IBAN}) pour activer une appli éducative « gratuite »...",
    "IBAN : {IBAN} — c'est pour le remboursement des manuels numériques.",
    "Le trésorier, M. {PL}, nous a fait suivre le relevé : {IBAN}.",
    "Une IA de la banque a bloqué mon compte {IBAN} pendant trois jours, plus de cantine pour les enfants.",
    "Pour la subvention du projet « IA et citoyenneté », le compte de l'établissement est {IBAN}.",
    "mon iban {IBAN} merci",
    "Vous trouverez ci-dessous le RIB du foyer :\nIBAN {IBAN}",
    "Le prestataire (start-up basée à l'étranger) demande un paiement sur {IBANX}, est-ce normal ?",
    "IBAN du compte du collège pour les dons de matériel : {IBAN}.",
    "Donc mon IBAN, pour la troisième fois : {IBAN}",
]
UAI_T = [
    "Établissement : {SCHOOL}, UAI {UAI}.",
    "Notre code UAI est {UAI}, vous pouvez vérifier.",
    "RNE {UAI}",
    "Je réponds pour le lycée ({UAI}) où l'on teste Mistral depuis septembre.",
    "UAI : {UAI}",
    "Le numéro de l'établissement ({UAI}) apparaît dans tous les exports Pronote que les élèves donnent à l'IA.",
    "Nous sommes l'école {UAI} en REP+, et nous n'avons aucun équipement pour faire de l'IA.",
    "établissement {UAI} — réponse de l'équipe de direction",
    "Direction de l'établissement ({SCHOOL}, {UAI}) : nous avons interdit les IA génératives en classe.",
    "code établissement {UAI} pour vos statistiques",
    "Nous sommes deux collègues du même lycée, UAI {UAI}, à répondre.",
    "Pour retrouver notre projet sur la plateforme académique, chercher l'UAI {UAI}.",
    "Le formulaire demandait l'UAI : {UAI}. Je ne vois pas le rapport avec l'IA.",
    "(lycée pro, {UAI})",
    "Identifiant de l'école : {UAI}",
    "mon collège c'est le {UAI} je crois (c'est marqué sur le carnet)",
    "École primaire — UAI {UAI} — circonscription de {CITY}.",
    "{SCHOOL}, {UAI}, {CITY}",
    "Le rectorat a confondu notre établissement avec le {UAI} dans le bilan IA, merci de corriger.",
    "Numéro UAI de la cité scolaire : {UAI}.",
    "Dans l'appel à projets « IA en classe », notre dossier porte le numéro de l'établissement, {UAI}.",
    "RNE/UAI : {UAI} (SEGPA rattachée)",
    "On nous a demandé l'UAI {UAI} pour créer les comptes élèves sur l'outil d'IA, aucune information sur l'hébergement des données.",
    "Pour info, code UAI du collège : {UAI}.",
    "LP {UAI} — filière commerce, les élèves utilisent l'IA pour les CV.",
    "je suis au lycée {UAI} en 1re",
    "réponse de la direction de l'EREA ({UAI})",
    "L'établissement {UAI} a signé une convention avec une entreprise d'IA sans consulter le conseil d'administration.",
    "UAI de rattachement : {UAI}",
    "Ecole élémentaire de {CITY}, {UAI}.",
    "Si vous avez besoin de notre code : {UAI}.",
    "La principale, Mme {PL}, m'a demandé d'indiquer l'UAI {UAI} pour que la réponse soit comptée.",
]
ADR_T = [
    "Vous pouvez m'écrire au {ADR}.",
    "Adresse postale : {ADR}",
    "Nous habitons {ADR} et le car scolaire ne passe plus, l'IA de la région a « optimisé » les tournées.",
    "Mon adresse pour l'envoi du livret : {ADR}.",
    "Le collège a envoyé le courrier chez mon ex-mari, {ADR}, parce que l'outil automatique a mal fusionné les fiches.",
    "courrier à envoyer au {ADR} svp",
    "Une élève a fait une vidéo avec une IA qui montrait la maison de Mme {PL}, {ADR}, c'est du harcèlement.",
    "Je reçois les bulletins à l'ancienne adresse, {ADR}, alors qu'on a déménagé il y a un an.",
    "Domicile : {ADR}",
    "Adresse du siège de notre association : {ADR}.",
    "Pour la remise des prix du concours « IA et poésie », rendez-vous au {ADR}.",
    "L'appli de covoiturage des parents affiche l'adresse de tout le monde, la nôtre c'est {ADR}.",
    "Envoyez les questionnaires papier à {ADR}, je les distribuerai.",
    "j'habite {ADR} et franchement personne ne nous a demandé notre avis",
    "Adresse de facturation : {ADR}",
    "Nouvelle adresse de la famille {PL} : {ADR}",
    "Le logiciel de vie scolaire a mélangé deux fiches et attribué à {PK} l'adresse {ADR}, qui est celle d'une autre famille.",
    "Coordonnées : {ADR}",
    "Mon fils est interne, adresse des parents : {ADR}.",
    "Nous organisons une réunion d'information sur l'IA le jeudi au {ADR}.",
    "Je vous réponds depuis le CIO, {ADR}.",
    "adresse : {ADR}",
    "Le dossier de {PN} a été envoyé par erreur au {ADR}.",
    "Venez voir notre fablab, {ADR}, on y fait de la robotique et de l'IA avec les 3e.",
    "Siège de l'entreprise qui nous vend l'IA : {ADR}.",
    "nous sommes au {ADR} si vous voulez passer",
    "Pour les retours de matériel : {ADR}.",
    "Lieu de la formation : {ADR} (salle polyvalente).",
    "Ma mère vit au {ADR}, elle ne sait pas se servir de l'ENT et encore moins de l'IA.",
    "Livraison des tablettes à l'adresse suivante :\n{ADR}",
]
COMBO_T = [
    "${PS}\n{ADR}\n{TEL}\n{EMAIL}",
    "Contact : {EMAIL} / {TEL}",
    "Mme {PL} — {TEL} — {EMAIL}",
    "Pour le remboursement de la formation IA : NIR {NIR}, IBAN {IBAN}.",
    "^De : {PN} <{EMAIL}>\nEnvoyé : {FWDDATE}\nÀ : vie-scolaire\nObjet : TR: enquête IA",
    "${PS}\n{ROLE}\n{SCHOOL} ({UAI})\n{TEL}",
    "Si vous faites une restitution, prévenez {EMAIL} et {EMAIL}.",
    "Je travaille sur deux sites : {UAI} et {UAI}.",
    "Mon adresse : {ADR}. Mon portable : {TEL}.",
    "Le dossier de bourse pré-rempli par l'IA du département contenait tout : nom {PL}, NIR {NIR}, adresse {ADR}, IBAN {IBAN}. Envoyé par mail non chiffré.",
    "Établissement {UAI}, {ADR}",
    "tel {TEL} ou {TEL}",
    "Coordonnées de l'association : {ADR} — {EMAIL} — IBAN {IBAN}",
    "J'ai reçu ce message : « Bonjour, je suis {PN}, conseillère de votre banque. Merci de confirmer votre numéro de sécurité sociale {NIR} et votre IBAN {IBAN} ». Évidemment c'était une arnaque écrite par IA.",
    "^---------- Message transféré ---------\nDe : {PN} <{EMAIL}>\nDate : {FWDDATE}\nObjet : Re: IA en classe",
    "{ADR}\n{TEL}",
    "École {UAI} — {ADR} — {TEL}",
    "Tél. {TEL} – Mél. {EMAIL}",
    "N° sécu : {NIR}\nTél : {TEL}",
    "mail {EMAIL} tel {TEL} adresse {ADR}",
    "Contacts utiles :\n- {PN} : {TEL}\n- {PN} : {EMAIL}\n- secrétariat : {TEL}",
    "Pour le remboursement des frais de la formation IA, mon numéro de sécu est le {NIR} et mon RIB {IBAN}.",
    "${PS}\n{TEL}",
    "Établissement : {SCHOOL} ({UAI}), {ADR}.",
    "Les coordonnées de mon fils {PKM} ont été données à une start-up sans notre accord : {ADR}, {TEL}. Qui a autorisé ça ?",
]
PERSON_T = [
    "Mon élève {PK} ({CLASS}) a rendu une dissertation entièrement écrite par ChatGPT, même les citations étaient inventées.",
    "{PNF}, ma collègue de SVT, a testé Mistral avec ses 4e et elle est convaincue.",
    "J'en ai parlé avec M. {PL} et Mme {PL}, qui sont plutôt d'accord avec moi.",
    "La CPE {PFF} a dû gérer un montage photo fait par IA qui visait {PK} en {CLASS}.",
    "Comme le dit {PUB}, l'IA ne remplacera pas les enseignants, mais les enseignants qui l'utilisent remplaceront peut-être les autres.",
    "le proviseur M. {PL} a décidé tout seul d'acheter des licences.",
    "madame la principale, Mme {PL}, nous a fait une formation de 30 minutes, c'est tout.",
    "Dr {PL}, médecin scolaire, s'inquiète de l'usage des chatbots « psy » par les ados.",
    "Mon fils {PKM} passe ses soirées à discuter avec une IA, je ne sais plus quoi faire.",
    "Ma fille {PKF} (CM2) utilise Gemini pour ses exposés, la maîtresse, Mme {PL}, ne dit rien.",
    "{PJ} m'a montré comment générer des QCM en deux minutes, c'est bluffant.",
    "mme {PI}. nous a interdit d'utiliser l'IA alors que M. {PL} l'impose, faudrait savoir",
    "J'ai écouté une conférence où {PUB} parlait justement de l'école, très éclairant.",
    "Élèves qui ont triché au dernier contrôle :\n- {PK} ({CLASS})\n- {PK} ({CLASS})\n- {PN}",
    "Je remercie {PNF} et {PNM} pour leur atelier sur l'IA au CDI.",
    "Pr {PL} (université) est venu parler d'IA aux terminales, passionnant.",
    "l'assistante sociale {PFF} dit que des élèves confient leurs problèmes à un chatbot plutôt qu'à elle",
    "{PK} en {CLASS} m'a dit : « madame, pourquoi j'apprendrais si l'IA sait déjà ? »",
    "Ma collègue {PNF} a été victime d'un deepfake audio, le rectorat n'a rien fait.",
    "mon voisin de table {PKM} copie tout sur l'IA de Snapchat",
    "Nous avons invité {PUB} à une conférence, aucune réponse.",
    "M. {PL}, notre prof de maths, dit que l'IA c'est juste des statistiques.",
    "J'ai signalé à la DANE (M. {PL}) que la plateforme ne respecte pas le RGPD.",
    "mon prof principal {PNM} est trop fort avec l'IA il nous montre des trucs",
    "Avec {PFF}, l'AESH de {PKM}, on utilise une IA de synthèse vocale et ça change tout pour lui.",
    "Mon collègue {PCLAUDE} utilise Claude tous les jours, ça ne s'invente pas.",
    "Bravo à {PN} ({CLASS}) qui a gagné le concours académique avec un projet sur les biais de l'IA.",
    "L'inspecteur, M. {PL}, nous a conseillé de « nous approprier l'outil ».",
    "Pour ma part, je rejoins {PUB} : prudence.",
    "{PNM} et moi avons créé un club « esprit critique et IA » au collège.",
    "j'ai demandé à {PKF} de ma classe ce qu'elle en pense : « c'est pratique pour les maths »",
    "Merci à Mme {PI}., professeure documentaliste, qui fait un travail remarquable.",
    "Lors du conseil de classe de {CLASS}, {PNF} (déléguée) a demandé qu'on autorise l'IA pour les exposés.",
    "Le père de {PKM}, M. {PL}, est venu se plaindre qu'on avait puni son fils pour usage de ChatGPT.",
    "{PJ}, IEN de circonscription, a diffusé une note très floue.",
    "Ma femme, {PNF}, est aussi prof et elle pense l'inverse de moi.",
    "mon frère {PKM} (1re) fait tous ses devoirs avec l'ia et il a 18 de moyenne lol",
    "Nos AED, {PFF} et {PFM}, ont repéré des élèves qui utilisent des IA pendant les évaluations.",
    "On a eu une réunion avec {PN} de la DRANE, rien de concret.",
    "Le professeur de technologie, M. {PL}, a fait entraîner un petit modèle de reconnaissance d'images aux élèves de {CLASS}.",
    "{PK}, {PK} et {PK} ({CLASS}) ont créé une chanson avec une IA pour la fête du collège.",
    "Je suis la maman de {PK} ({CLASS}) et je suis inquiète.",
    "Mr {PL} a dit en cours que Pronote allait intégrer une IA qui lit nos messages c vrai ?",
    "Le débat organisé par {PNF}, professeure de philosophie, a été le meilleur moment de l'année.",
    "la prof d'anglais ({PFF}) nous laisse utiliser DeepL mais pas ChatGPT",
    "Selon {PUB}, il faudrait enseigner l'IA dès le primaire ; je ne suis pas d'accord.",
    "Voir avec {PN}.",
    "Je réponds aussi pour {PNM}, absent aujourd'hui : il partage entièrement cet avis.",
    "Monsieur {PL}, professeur d'EPS, a filmé les élèves et fait analyser leurs gestes par une IA sans autorisation parentale.",
    "Ma petite sœur {PKF} parle à son « ami virtuel » plus qu'à nous.",
    "Dans notre établissement ({SCHOOL}), c'est {PNF} qui porte tout le projet IA, seule, sans décharge.",
    "Madame {PL} nous a dit que si on utilise l'IA on aura zéro, mais elle l'utilise pour faire les sujets",
    "notre directrice mme {PL} a organisé une soirée parents sur les écrans et l'IA, super initiative",
    "{PK} ({CLASS}) a demandé à l'IA de faire son exposé sur {PUB}, et il y avait trois erreurs de dates.",
]
SIGN_T = [
    "Cordialement,\n{PS}",
    "Bien à vous,\n{PS}",
    "Cordialement, {PS}",
    "{PSF}\nProfesseure de lettres modernes",
    "-- \n{PSM}\nProfesseur de mathématiques\n{SCHOOL}",
    "Merci, {PF}",
    "Mme {PL}, principale adjointe",
    "bisous {PK}",
    "{PS} (parent de {PK}, {CLASS})",
    "Bien cordialement\n{PS}, CPE",
    "Salutations distinguées. {PS}",
    "M. {PL}, proviseur",
    "Signé : {PS}",
    "{PS} – {ROLE} – {SCHOOL}",
    "Amitiés, {PF}",
    "Cdlt\n{PS}",
    "{PJ}, professeur documentaliste",
    "Respectueusement,\n{PSF}\nReprésentante des parents d'élèves",
    "— {PK}, élève de {CLASS}",
    "Bonne journée.\n{PS}",
    "Sincères salutations,\nDr {PL}, médecin scolaire",
    "{PS}\n{ROLE}",
]
FILLERS = [
    "L'IA peut aider, mais personne ne nous a formés.",
    "Je trouve que c'est un outil intéressant pour différencier, à condition d'encadrer son usage.",
    "Les élèves l'utilisent déjà massivement, on ne peut plus faire semblant.",
    "franchement c'est n'importe quoi, les élèves ne réfléchissent plus du tout",
    "On manque de temps pour se former et les outils changent tous les trois mois.",
    "Le vrai problème, c'est l'évaluation : comment noter un devoir maison aujourd'hui ?",
    "Je m'inquiète surtout pour la protection des données des enfants.",
    "En tant que parent, j'aimerais qu'on nous explique clairement ce qui est autorisé ou non.",
    "Les devoirs à la maison n'ont plus aucun sens.",
    "C'est génial pour les élèves dys, la synthèse vocale et la reformulation les aident énormément.",
    "je pense que sa peut etre bien mais il faut faire attention a pas tout copier",
    "Notre établissement n'a aucune charte, chacun fait ce qu'il veut.",
    "Il faudrait former les enseignants avant d'équiper les classes.",
    "Les inégalités vont se creuser entre ceux qui ont un abonnement payant et les autres.",
    "Je l'utilise pour préparer mes cours et ça me fait gagner un temps fou, je l'avoue.",
    "On nous demande d'être innovants sans nous donner le moindre moyen.",
    "L'IA fait des erreurs et les élèves ne les voient pas.",
    "j'ai testé pour voir et la réponse était fausse mais très bien écrite, c'est ça qui fait peur",
    "Pourquoi ne pas apprendre aux élèves à vérifier leurs sources plutôt que d'interdire ?",
    "Le ministère communique beaucoup mais sur le terrain rien ne change.",
    "Mes collègues sont partagés : la moitié est enthousiaste, l'autre moitié refuse d'en entendre parler.",
    "Je suis contre, point.",
    "C'est l'avenir, il faut vivre avec son temps.",
    "Les enfants passent déjà trop de temps sur les écrans, l'IA va encore aggraver les choses.",
    "en vrai ça aide pour comprendre les exos quand le prof explique trop vite",
    "Il faut une réflexion éthique à l'échelle de l'établissement, pas des décisions isolées.",
    "Le conseil pédagogique en a parlé deux fois sans rien décider.",
    "J'ai l'impression que les élèves savent mieux s'en servir que nous.",
    "Les outils détecteurs d'IA ne fonctionnent pas, il faut arrêter de les utiliser pour sanctionner.",
    "Je ne suis pas technophobe mais là on va trop vite.",
    "Ce qui me gêne, c'est que les données partent aux États-Unis.",
    "Pour les langues vivantes, c'est une catastrophe : plus personne ne fait l'effort de traduire.",
    "on a pas le droit au collège mais tout le monde le fait quand même",
    "Je souhaiterais davantage de ressources concrètes, des exemples de séquences, pas des grands discours.",
    "Les parents ne sont jamais consultés sur ces questions.",
    "En lycée professionnel, ça pourrait vraiment aider nos élèves pour la rédaction des rapports de stage.",
    "L'IA ne remplacera jamais la relation humaine entre l'enseignant et l'élève.",
    "Il y a un vrai risque de dépendance, j'en vois les effets en classe.",
    "Honnêtement je ne sais pas quoi en penser, c'est trop récent.",
    "Ce questionnaire est trop long et les questions sont orientées.",
    "Nous avons mis en place des évaluations en classe, sur table, pour contourner le problème.",
    "le wifi marche même pas dans ma salle alors l'IA on verra plus tard",
    "Je trouve ça intéressant pour travailler l'esprit critique : on analyse ensemble les erreurs du chatbot.",
    "Beaucoup d'élèves n'ont pas d'ordinateur à la maison, seulement un téléphone.",
    "Je voudrais qu'on arrête de culpabiliser les profs qui ne s'en servent pas.",
    "L'administration utilise l'IA pour rédiger ses notes de service, ça se voit et ça se sent.",
    "Mon enfant est en primaire, je ne vois pas l'intérêt à cet âge.",
    "c'est bien pour les exposé mais les profs le voit direct",
    "Il faudrait un cadre national clair, avec des outils souverains et gratuits.",
    "J'ai arrêté de donner des rédactions à faire à la maison, c'est triste mais c'est comme ça",
    "On parle beaucoup de triche, pas assez de ce que l'IA pourrait apporter aux élèves en difficulté.",
    "Les élèves allophones s'en servent pour traduire les consignes, et franchement ça les aide.",
    "Je suis chef d'établissement et je n'ai reçu aucune consigne claire de ma hiérarchie.",
    "l'IA c'est pratique mais ça invente des trucs, mon exposé sur la Révolution avait des dates fausses",
    "Il y a un risque énorme de harcèlement avec les fausses images, les élèves ne mesurent pas la gravité.",
    "Aucune formation proposée dans notre bassin cette année, malgré les annonces.",
    "Je suis assez optimiste, à condition que l'école reste un lieu où l'on apprend à penser.",
    "ça me fait peur pour l'avenir de mes enfants, quels métiers leur resteront ?",
    "Les élèves de SEGPA sont très demandeurs, l'IA les rassure.",
    "Pourquoi payer des licences alors qu'il existe des outils libres ?",
    "On utilise Claude et Mistral en salle des profs, ChatGPT est bloqué par le réseau.",
    "Le Chat de Mistral serait plus respectueux des données, paraît-il.",
    "Pronote + IA = cauchemar pour la vie privée.",
    "La CNIL devrait se pencher sur ce qui se passe dans les ENT.",
    "Les AESH devraient être formées en priorité.",
    "alors voila moi je suis en 3e et on nous dit tout le temps que l'ia c'est de la triche mais en meme temps les profs ils l'utilise pour faire les controles donc c'est un peu hypocrite et en plus personne nous explique comment bien s'en servir alors forcement on fait n'importe quoi",
    "je suis maman de trois enfants et je vois bien que le grand passe des heures avec son téléphone à demander des choses à l'ia et quand je lui demande ce qu'il a appris il ne sait pas me répondre donc pour moi ça ne sert à rien à part à faire les devoirs à leur place",
    "En tant que professeure depuis vingt-deux ans j'ai vu passer le TBI les tablettes l'ENT les classes inversées et maintenant l'IA et à chaque fois on nous promet une révolution et à chaque fois on se retrouve seuls devant trente élèves avec du matériel qui ne marche pas",
    "Bonjour,",
    "Merci pour cette enquête.",
    "Je réponds en tant que parent et en tant qu'enseignante, ce qui n'est pas toujours simple.",
    "pk on nous demande ça maintenant alors que tout le monde l'utilise depuis deux ans",
    "Les élèves de 6e arrivent déjà avec des habitudes prises en primaire.",
]
SHORT_PLAIN = ["Aucun avis.", "RAS", "Trop tôt pour le dire.", "Non.", "Pas concerné.",
               "Bof.", "Plutôt favorable.", "contre", "Je ne sais pas.", "Voir réponse précédente."]
TRAP_T = [
    "Le devoir sur l'IA est à rendre le {DATE}, salle {ROOM}.",
    "On a payé {AMOUNT} la licence annuelle pour tout le collège, pour un outil que personne n'utilise.",
    "Le manuel numérique (ISBN {ISBN}) propose maintenant un « assistant IA » qui donne directement les réponses.",
    "Commande n° {ORDER} de 30 tablettes, toujours pas livrée depuis {MONTH}.",
    "D'après notre sondage interne, {PCT} des élèves de {CLASS} utilisent l'IA pour leurs devoirs.",
    "Claude répond mieux que ChatGPT pour la philo, Gemini est nul en maths, et Mistral parle mieux français.",
    "La pierre angulaire du problème, c'est la formation.",
    "Rose, bleu ou vert, peu importe la couleur du badge « IA responsable », ce qu'il faut c'est du temps.",
    "En arts plastiques, les élèves ont dessiné une rose puis l'ont fait « améliorer » par une IA : le débat qui a suivi était passionnant.",
    "On cultive des olives au lycée agricole et l'IA nous aide à prévoir l'irrigation, c'est un usage intelligent.",
    "Prudence est mère de sûreté : pas d'IA avant la 4e.",
    "Le collège Jean-Moulin et le lycée Marie-Curie de notre ville ont des politiques totalement opposées.",
    "La CPE, le CDI, l'ENT, la DANE, le RGPD : tout le monde se renvoie la balle.",
    "Les 3e4 et les 4e2 ont fait un débat sur l'IA le {DATE}, les 6eB étaient spectateurs.",
    "Victoire ! Le conseil d'administration a enfin voté une charte d'usage le {DATE}.",
    "Le modèle aurait {BIGNUM} paramètres, mais il ne sait toujours pas accorder un participe passé.",
    "Entre le {DATE} et le {DATE}, le réseau de l'établissement a bloqué ChatGPT 1 843 fois.",
    "Note moyenne au devoir fait sans IA : 11,25/20 ; avec IA : 15,5/20. Cherchez l'erreur.",
    "Pronote, Éléa, Moodle, Canva, Kahoot… et maintenant l'IA : trop d'outils tue l'outil.",
    "À Saint-Denis comme à Fort-de-France, les élèves ont les mêmes téléphones et les mêmes applis.",
    "Avant Noël, on a organisé une semaine « sans écran » ; après les vacances, tout le monde était revenu sur ChatGPT.",
    "Le budget numérique de la région est passé de {AMOUNT} à presque rien.",
    "Article L. 131-1 du code de l'éducation : l'instruction est obligatoire. Rien sur l'IA.",
    "Version 4.2.1 de l'appli installée sur les 250 tablettes, et toujours les mêmes bugs.",
    "Salle {ROOM}, 28 élèves, 1 vidéoprojecteur qui marche une fois sur deux : parlons d'IA.",
    "Le BO n° 35 du 26 septembre 2024 ne dit pas un mot sur l'intelligence artificielle.",
    "Aurore, crépuscule, nuit : mes élèves ont écrit des haïkus avec une IA, puis sans, et ont comparé.",
    "Pierre qui roule n'amasse pas mousse : l'IA évolue si vite que nos formations sont obsolètes avant d'avoir lieu.",
    "Nous avons été classés 3e sur 45 établissements au concours « IA et climat ».",
    "Le lycée Victor-Hugo teste une IA de correction depuis {YEAR}, les résultats sont mitigés.",
    "Le taux de réussite au DNB est passé de 87,3 % à 91,06 % sans qu'on sache si l'IA y est pour quelque chose.",
    "J'ai rendez-vous le {DATE} à {HOUR} avec l'inspection pour parler de notre projet.",
    "Code de la salle informatique : demander à la vie scolaire (pas de mot de passe ici, on a appris la leçon).",
    "Le PPMS, le PAP, le PPS, le PAI : les familles s'y perdent déjà, alors l'IA…",
    "Les élèves de 1re STMG ont réalisé une étude de marché sur {AI} avec 312 réponses.",
    "Ma classe de CM1-CM2 a 27 élèves, dont 6 allophones ; l'IA de traduction nous sauve au quotidien.",
    "Page blanche : c'est ce que les élèves ne connaissent plus, l'IA écrit le premier jet à leur place.",
    "Le Bon Coin, Amazon, Vinted : les pubs ciblées par IA envahissent les téléphones des élèves.",
    "Pour info, le colis de matériel (réf. {ORDER}) pesait 42,5 kg.",
    "En EPS on utilise une appli qui analyse la course, 0,01 s de précision, les élèves adorent.",
    "Ambre, jade, rubis : en chimie on a demandé à l'IA la composition des pierres précieuses, elle a tout confondu.",
    "Je suis passé par la rue Jean-Jaurès pour aller au rectorat, 45 minutes de bouchons pour une réunion de 20 minutes sur l'IA.",
    "Notre académie (Lille) compte plus de 300 collèges et seulement 4 formateurs IA.",
    "La violette, la marguerite et le muguet : l'IA a reconnu les fleurs du jardin pédagogique à 98,7 %.",
    "Le programme de 2nde est déjà trop lourd, 1 h 30 de SNT par semaine ne suffit pas.",
    "Coût estimé pour équiper chaque élève : 450 € × 620 élèves = 279 000 €.",
    "Il fait 38 °C dans ma salle en juin, commencez par installer des stores avant de parler d'IA.",
    "Le collège Aimé-Césaire et l'école Jacques-Prévert partagent le même réseau, qui tombe tous les jours à {HOUR}.",
    "Grâce à l'IA, mes élèves de Segpa osent écrire. Grâce à rien d'autre, avouons-le.",
    "Clémence du jury ou pas, les copies générées par IA se repèrent à trois kilomètres.",
    "Trimestre 1 : 14 sanctions pour usage d'IA. Trimestre 2 : 3. Trimestre 3 : 0, car on a arrêté de chercher.",
    "Je suis passée de 18 à 24 heures de cours par semaine, je n'ai pas le temps de m'intéresser à l'IA.",
    "Sondage de la FCPE : 62 % des parents inquiets. Sondage de la PEEP : 58 %. On est d'accord au moins.",
    "Le chatbot de l'ONISEP a conseillé à un élève de 3e de devenir astronaute. Pourquoi pas.",
    "Mot de passe ENT réinitialisé 4 fois ce trimestre, identifiant à 8 chiffres impossible à retenir pour un enfant de 6e.",
    "On a fêté les 50 ans du collège Simone-Veil avec une expo photo restaurée par IA.",
    "Copilot est installé par défaut sur les PC de la région depuis la rentrée {YEAR}, sans aucune information.",
    "Entre 2019 et {YEAR}, le nombre d'élèves par classe a augmenté ; voilà la vraie urgence.",
    "Bordeaux, Toulouse, Montpellier : trois académies, trois doctrines différentes sur l'IA.",
    "L'olivier planté par les 5e en 2021 pousse mieux que notre stratégie numérique.",
    "Colombe de la paix, poème étudié en 1re, réécrit par l'IA en rap : les élèves ont adoré, moi moins.",
    "Sur 1 200 élèves, 856 ont répondu au questionnaire de la maison des lycéens.",
    "Le n° de dossier de notre demande de subvention est le 2024-IA-00347, toujours sans réponse.",
    "Numéro vert d'aide aux parents ? Il n'y en a pas. Le 3018 existe pour le cyberharcèlement, c'est tout.",
    "Le Lycée Condorcet a fait la une du journal local pour son « IA conseillère d'orientation ».",
    "Hauts-de-France, Occitanie, Mayotte : mêmes questions, moyens très différents.",
    "Perplexity, DeepL, Grammarly : mes élèves de BTS connaissent tout, sauf les règles de citation.",
    "Le poids du cartable a baissé de 1,2 kg avec les manuels numériques, celui des écrans a explosé.",
    "Espérance de vie d'un outil numérique dans notre collège : 18 mois en moyenne.",
    "Les élèves de 5e3 ont remarqué que l'IA se trompait sur les dates de la guerre de Cent Ans.",
    "Oscar, le hamster de la classe de CP, est plus populaire que n'importe quelle IA.",
    "Le chien de ma fille s'appelle Siri, ça crée des situations cocasses avec le téléphone.",
    "Le proviseur a annoncé 12 000 € pour l'IA et 0 € pour les toilettes.",
    "Salle 104, bâtiment C, 3e étage : le seul endroit où le wifi passe.",
    "Facture FR-2024-11873 de la société de maintenance, réglée avec 7 mois de retard.",
    "Jade, notre tortue de classe, a eu droit à un poème généré par ChatGPT, les CE2 étaient ravis.",
    "En Bretagne comme en Guadeloupe, la DRANE propose des webinaires à 17 h, quand on est encore en conseil de classe.",
]


# --------------------------------------------------------------------------
# Record assembly
# --------------------------------------------------------------------------
def finalize(parts_segs, lower):
    """parts_segs: list of segment lists already joined -> text, entities."""
    text = []
    ents = []
    pos = 0
    for t, k in parts_segs:
        if lower:
            t = t.lower()
        if k:
            ents.append((pos, pos + len(t), k, t))
        text.append(t)
        pos += len(t)
    return "".join(text), ents


def check_positions(text, ents):
    cur = 0
    for s, e, _k, t in ents:
        if not t or t != t.strip():
            return False
        if text.find(t, cur) != s:
            return False
        cur = e
    return True


def join_parts(parts, sep):
    out = []
    for i, p in enumerate(parts):
        if i:
            out.append((sep, None))
        out.extend(p)
    return out


def count_persons(segs):
    return sum(1 for _t, k in segs if k == "PERSONNE")


class Builder:
    def __init__(self, r):
        self.r = r
        self.decks = {
            "EMAIL": Deck([t for t in EMAIL_T], r), "TELEPHONE": Deck(TEL_T, r),
            "NIR": Deck(NIR_T, r), "IBAN": Deck(IBAN_T, r), "UAI": Deck(UAI_T, r),
            "ADRESSE": Deck(ADR_T, r),
        }
        self.person = Deck(PERSON_T, r)
        self.sign = Deck(SIGN_T, r)
        self.filler = Deck(FILLERS, r)
        self.trap = Deck(TRAP_T, r)
        self.seen = set()

    def fillers(self, n):
        return [[(self.filler.draw(), None)] for _ in range(n)]

    def try_entity(self, spec, expected, persons_so_far):
        r = self.r
        tokens = [dict(t) for t in spec["tokens"]]
        heads, frags, tails = [], [], []

        def place(tpl, toks):
            segs = render(tpl, r, toks)
            (heads if tpl.startswith("^") else tails if tpl.startswith("$") else frags).append(segs)

        remaining = tokens[:]
        if len(remaining) >= 2 and r.random() < 0.45:
            have = sorted(t["kind"] for t in remaining)
            cands = []
            for c in COMBO_T:
                need = sorted(id_kinds_of(c))
                pool = have[:]
                ok = True
                for k in need:
                    if k in pool:
                        pool.remove(k)
                    else:
                        ok = False
                        break
                if ok:
                    cands.append(c)
            if cands:
                c = r.choice(cands)
                used = []
                for k in id_kinds_of(c):
                    j = next(i for i, t in enumerate(remaining) if t["kind"] == k)
                    used.append(remaining.pop(j))
                place(c, used)
        for tok in remaining:
            tpl = self.decks[tok["kind"]].draw()
            place(tpl, [tok])
        if spec["type"] == "person":
            frags.append(render(self.person.draw(), r, []))

        def npers():
            return sum(count_persons(p) for p in heads + frags + tails)

        bare = len(spec["tokens"]) == 1 and not heads and not tails and r.random() < 0.2
        if not bare:
            added = 0
            while persons_so_far + npers() < expected - 1.5 and added < 3:
                frags.append(render(self.person.draw(), r, []))
                added += 1
            if not tails and persons_so_far + npers() < expected + 1.0 and r.random() < 0.6:
                tails.append(render(self.sign.draw(), r, []))
        r.shuffle(frags)
        opening, closing = [], []
        if not bare:
            if r.random() < 0.15:          # long answer (80+ words)
                n = r.randint(3, 6)
            else:
                n = wchoice(r, [0, 1, 2, 3], [30, 40, 20, 10])
            k = r.randint(0, n)
            opening, closing = self.fillers(k), self.fillers(n - k)
        body = opening + frags + closing
        sep = wchoice(r, [" ", "\n", "\n\n"], [50, 25, 25])
        segs = []
        if heads:
            segs = join_parts(heads, "\n") + [("\n\n", None)]
        segs += join_parts(body, sep)
        if tails:
            segs += [(wchoice(r, ["\n", "\n\n", " "], [45, 40, 15]), None)]
            segs += join_parts(tails, "\n")
        lower = r.random() < 0.07
        text, ents = finalize(segs, lower)
        if not check_positions(text, ents) or text in self.seen:
            return None
        return text, ents

    def entity_record(self, spec, expected, persons_so_far):
        for _ in range(500):
            res = self.try_entity(spec, expected, persons_so_far)
            if res:
                self.seen.add(res[0])
                return res
        raise RuntimeError("could not build record %r" % spec)

    def trap_record(self):
        r = self.r
        for _ in range(200):
            segs = render(self.trap.draw(), r, None)
            parts = [segs]
            if r.random() < 0.3:
                parts.insert(0, [(self.filler.draw(), None)])
            if r.random() < 0.2:
                parts.append([(self.filler.draw(), None)])
            segs = join_parts(parts, wchoice(r, [" ", "\n"], [70, 30]))
            text, ents = finalize(segs, r.random() < 0.1)
            assert not ents
            if text not in self.seen:
                self.seen.add(text)
                return text, []
        raise RuntimeError("trap")

    def plain_record(self, i):
        r = self.r
        for _ in range(200):
            if i < len(SHORT_PLAIN):
                text = SHORT_PLAIN[i]
            else:
                n = wchoice(r, [1, 2, 3, 4, 6], [25, 30, 20, 15, 10])
                text = wchoice(r, [" ", "\n"], [75, 25]).join(self.filler.draw() for _ in range(n))
            if text not in self.seen:
                self.seen.add(text)
                return text, []
        raise RuntimeError("plain")


# --------------------------------------------------------------------------
# Validation helpers (applied to the written file)
# --------------------------------------------------------------------------
def nir_ok(t):
    d = re.sub(r"\D", "", t)
    assert len(d) == 15, t
    return nir_key(d[:13]) == int(d[13:])


def uai_ok(t):
    s = re.sub(r"\s", "", t).upper()
    assert re.fullmatch(r"\d{7}[A-Z]", s), t
    return UAI_ALPHA[int(s[:7]) % 23] == s[7]


def iban_ok(t):
    s = re.sub(r"[\s\-]", "", t).upper()
    assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s), t
    return iban_valid(s)


def main():
    if not os.path.isdir("Tests") or not os.path.isdir("scripts"):
        sys.exit("run from the repository root")
    r = random.Random(SEED)
    # identifier tokens: 62 per kind, 25 wrong keys for NIR / IBAN / UAI
    tokens = []
    for k in ID_KINDS:
        flags = [True] * WRONG_PER_KIND + [False] * (ID_TARGET - WRONG_PER_KIND) \
            if k in ("NIR", "IBAN", "UAI") else [False] * ID_TARGET
        r.shuffle(flags)
        tokens += [{"kind": k, "wrong": w} for w in flags]
    r.shuffle(tokens)
    sizes = GROUP_SIZES[:]
    r.shuffle(sizes)
    specs, i = [], 0
    for s in sizes:
        specs.append({"type": "id", "tokens": tokens[i:i + s]})
        i += s
    assert i == len(tokens)
    specs += [{"type": "person", "tokens": []} for _ in range(N_PERSON_ONLY)]
    r.shuffle(specs)

    b = Builder(r)
    records = []
    persons = 0
    for idx, spec in enumerate(specs):
        expected = PERSON_TARGET * (idx + 1) / len(specs)
        text, ents = b.entity_record(spec, expected, persons)
        persons += sum(1 for e in ents if e[2] == "PERSONNE")
        records.append((text, ents, "entity"))
    for _ in range(N_TRAP):
        records.append(b.trap_record() + ("trap",))
    for j in range(N_PLAIN):
        records.append(b.plain_record(j) + ("plain",))
    r.shuffle(records)

    os.makedirs(os.path.dirname(OUT_PATH), exist_ok=True)
    with open(OUT_PATH, "w", encoding="utf-8", newline="\n") as fh:
        for n, (text, ents, _cat) in enumerate(records, 1):
            obj = {"id": "f%03d" % n, "text": text,
                   "entities": [{"kind": k, "text": t} for _s, _e, k, t in ents]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    # ---------------- self-check on the written file ----------------
    counts = {k: 0 for k in ALL_KINDS}
    wrong = {"NIR": 0, "IBAN": 0, "UAI": 0}
    no_entity = long_answers = one_liners = 0
    ids = set()
    with open(OUT_PATH, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    assert len(lines) == 400, len(lines)
    for line in lines:
        obj = json.loads(line)
        assert set(obj) == {"id", "text", "entities"}
        assert obj["id"] not in ids
        ids.add(obj["id"])
        text, cur = obj["text"], 0
        for e in obj["entities"]:
            assert e["kind"] in counts, e
            p = text.find(e["text"], cur)
            assert p >= 0, (obj["id"], e)
            cur = p + len(e["text"])
            counts[e["kind"]] += 1
            if e["kind"] == "NIR" and not nir_ok(e["text"]):
                wrong["NIR"] += 1
            elif e["kind"] == "IBAN" and not iban_ok(e["text"]):
                wrong["IBAN"] += 1
            elif e["kind"] == "UAI" and not uai_ok(e["text"]):
                wrong["UAI"] += 1
            elif e["kind"] == "EMAIL":
                assert re.search(r"@|\[at\]|\(arobase\)", e["text"], re.I), e
        if not obj["entities"]:
            no_entity += 1
        nw = len(text.split())
        long_answers += nw >= 80
        one_liners += "\n" not in text and nw <= 12
    n_trap = sum(1 for x in records if x[2] == "trap")
    n_plain = sum(1 for x in records if x[2] == "plain")
    print("records: %d (no entity: %d = %d traps + %d plain)" % (len(lines), no_entity, n_trap, n_plain))
    print("answers >= 80 words: %d, one-line answers <= 12 words: %d" % (long_answers, one_liners))
    for k in ALL_KINDS:
        print("%-10s %4d" % (k, counts[k]))
    print("total      %4d" % sum(counts.values()))
    for k in ("NIR", "IBAN", "UAI"):
        print("wrong check key %-5s %2d/%d = %.1f %%" % (k, wrong[k], counts[k], 100.0 * wrong[k] / counts[k]))
    frames = (len(EMAIL_T) + len(TEL_T) + len(NIR_T) + len(IBAN_T) + len(UAI_T) + len(ADR_T)
              + len(COMBO_T) + len(PERSON_T) + len(SIGN_T) + len(FILLERS) + len(TRAP_T)
              + len(SHORT_PLAIN))
    print("hand-written frames: %d" % frames)
    with open(OUT_PATH, "rb") as fh:
        print("md5 %s  %s" % (hashlib.md5(fh.read()).hexdigest(), OUT_PATH))


if __name__ == "__main__":
    main()
