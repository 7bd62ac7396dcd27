#!/usr/bin/env python3
"""BLINDNESS STATEMENT. This generator was written from a written brief only:
nothing of the project (its masker, code, tests, fixtures, history or docs)
was opened, listed, searched or read while writing it. Every template, first
name, surname, street, place, school, e-mail domain and phrasing was written
fresh from general knowledge.

Theme: « Que pensez-vous de l'usage de l'IA dans les établissements
scolaires ? » -- free-text survey answers and school correspondence written by
teachers, heads, inspectors, parents, pupils, AESH, CPE, librarians, nurses,
PsyEN, secretaries, IT referents, trainers, union reps, AED, ATSEM, DDFPT,
retired teachers..., in mainland France, overseas and French schools abroad.

Output: JSON Lines, 400 lines, ids q001..q400 in a deterministically shuffled
order; each line {"id", "text", "entities": [{"kind", "text"}...]} with the
entities in text order (each found by text.find(e, end_of_previous)). One
random.Random(SEED) drives everything.

Mix: nopii 60 (no personal data), trap 70 (no personal data but look-alikes:
AI products, software, brands, associations/unions, schools/streets named
after people without house number, town + postcode alone, dates, hours,
amounts, class names, law references, order/ticket/invoice numbers,
SIRET/SIREN, short and toll-free numbers, ISBN, book/film titles, works cited
by their author's name, capitalised common words at line starts, roles without
names, software versions, room numbers), survey 150 (>= 60 templates) and
letter 120 (>= 45 templates: letters, forms, minutes, lists, chats, tables,
headers, signatures).

Kinds: PERSONNE, ADRESSE, EMAIL, TELEPHONE, NIR, IBAN, UAI.

Wrong-key rules: about 40 % of NIR, IBAN and UAI carry a deliberately wrong
check key and are labelled all the same.
  NIR: sex, YY, MM, département (2A/2B, or 97x + 2-digit commune, or 99 +
  country), commune, order, key = 97 - (n mod 97) on the 13 first characters
  (2A -> 19, 2B -> 18); with or without spaces.
  IBAN: French, ISO 7064 mod 97-10 (check = 98 - n mod 97); inner RIB key
  always correct, only the IBAN check digits made wrong; grouped by 4 or not.
  UAI: 7 digits (département on 3, then 4) + "ABCDEFGHJKLMNPRSTUVWXYZ"[n % 23].
  Phones in many groupings/prefixes (+33, 0033, overseas, foreign); e-mails
  plain and obfuscated; French addresses of many shapes and foreign ones.

Labelling conventions: titles never inside PERSONNE; an initial after a title
is the letter alone; first name + surname is one entity in either order (also
in table cells/list items); a first name next to a role or class is labelled
alone; no trailing abbreviation dot; public figures are persons; names inside
e-mails, schools, streets, places, brands, AI products are not persons;
separate form fields / table cells give separate entities. EMAIL: whole
address, obfuscated forms included. TELEPHONE: number with its international
prefix, no label. NIR/IBAN/UAI: whole identifier with inner separators.
ADRESSE: from the first element (number, street type, named place or leading
complement) to the end of the city (CEDEX + number included), else to the end
of the street / postcode; may span lines; « chez X » / « c/o X » lines are not
part of it; « à <ville> » joined to the street is part of it; foreign
addresses include the country.

Self-check: templates carry inline marks ⟦KIND|value⟧; rendering removes them
and records intended offsets. A draw is accepted only if every entity is found
by text.find(entity, end_of_previous) at exactly its intended offset, has no
surrounding spaces, no title word at its start, no trailing dot on a PERSONNE,
no two PERSONNE separated only by spaces, no letter/digit glued to either
side; otherwise it is redrawn (counted). Duplicate texts are redrawn (counted).
After writing, the file is re-read and every entity checked again; any failure
exits with an error. Counts per kind / category, total (summed from the file),
wrong-key shares (as drawn and re-measured with validators) and redraw counts
are printed.
"""
import hashlib
import json
import os
import re
import sys
import unicodedata
import random

SEED = 2323917
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "Tests", "PrivacyTests",
                                    "Fixtures", "pii_blind23.jsonl"))
WRONG_P = 0.40
KINDS = ["PERSONNE", "ADRESSE", "EMAIL", "TELEPHONE", "NIR", "IBAN", "UAI"]
UAI_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ"

# --------------------------------------------------------------- pools
FIRST = [
    ("Camille", "f"), ("Léa", "f"), ("Chloé", "f"), ("Manon", "f"), ("Inès", "f"),
    ("Jade", "f"), ("Louise", "f"), ("Zoé", "f"), ("Anne-Sophie", "f"),
    ("Marie-Hélène", "f"), ("Bernadette", "f"), ("Gisèle", "f"), ("Sylvie", "f"),
    ("Nathalie", "f"), ("Véronique", "f"), ("Gaëlle", "f"), ("Soizic", "f"),
    ("Maïwenn", "f"), ("Yasmine", "f"), ("Nour", "f"), ("Nadia", "f"),
    ("Samira", "f"), ("Leïla", "f"), ("Khadija", "f"), ("Aminata", "f"),
    ("Fatoumata", "f"), ("Awa", "f"), ("Adjoa", "f"), ("Filipa", "f"),
    ("Linh", "f"), ("Xiaoling", "f"), ("Elif", "f"), ("Agnieszka", "f"),
    ("Ketty", "f"), ("Rosemonde", "f"), ("Maéva", "f"), ("Hinatea", "f"),
    ("Zaïnaba", "f"), ("Guadalupe", "f"), ("Anahit", "f"), ("Voahangy", "f"),
    ("Priya", "f"), ("Ophélie", "f"), ("Solène", "f"), ("Margaux", "f"),
    ("Clémence", "f"), ("Josiane", "f"), ("Noémie", "f"), ("Lisa", "f"),
    ("Lucas", "m"), ("Hugo", "m"), ("Louis", "m"), ("Gabriel", "m"),
    ("Arthur", "m"), ("Jules", "m"), ("Théo", "m"), ("Nathan", "m"),
    ("Maël", "m"), ("Enzo", "m"), ("Jean-Marc", "m"), ("Pierre-Yves", "m"),
    ("Thierry", "m"), ("Pascal", "m"), ("Hervé", "m"), ("Gwenaël", "m"),
    ("Loïc", "m"), ("Yannick", "m"), ("Corentin", "m"), ("Sofiane", "m"),
    ("Karim", "m"), ("Mehdi", "m"), ("Rachid", "m"), ("Farid", "m"),
    ("Amine", "m"), ("Walid", "m"), ("Moussa", "m"), ("Mamadou", "m"),
    ("Ibrahima", "m"), ("Koffi", "m"), ("João", "m"), ("Tiago", "m"),
    ("Minh", "m"), ("Wei", "m"), ("Emre", "m"), ("Wojciech", "m"),
    ("Ludovic", "m"), ("Teva", "m"), ("Tamatea", "m"), ("Anli", "m"),
    ("Javier", "m"), ("Hery", "m"), ("Karthik", "m"), ("Bastien", "m"),
    ("Mathis", "m"), ("Timothée", "m"), ("Dylan", "m"), ("Évan", "m"),
    ("Raphaël", "m"), ("Jean-Baptiste", "m"), ("Gérard", "m"),
]
LAST = [
    "Quéméneur", "Le Gall", "Kerhervé", "Lagadec", "Trémeau", "Vuillermoz",
    "Quintard", "Jaouen", "Larrieu", "Etcheverry", "Harismendy", "Castagnet",
    "Vidalenc", "Bourdarias", "Mazoyer", "Rouquette", "Faugeras", "Dussutour",
    "Thévenot", "Guégan", "Kervella", "Le Bihan", "Olivari", "Santoni",
    "Pietri", "Ferrandi", "Boulanger", "Marchand", "Berger", "Poisson",
    "Rossignol", "Fontaine", "Printemps", "Loiseau", "Bonheur", "Lapierre",
    "Boucher", "Rivière", "Cordonnier", "Sauvage", "Lecoq", "Jolivet",
    "Martin-Delorme", "Dubois-Carrère", "Bensaïd-Morel", "Nguyen-Roche",
    "de La Roche", "du Plessis", "d'Aubigny", "Le Floch", "de Sousa",
    "dos Santos", "Van den Berghe", "El Amrani", "Ben Youssef", "Da Silva",
    "Tran", "Pham", "Zhang", "Diallo", "Traoré", "Konaté", "Ndiaye",
    "Kouassi", "Benali", "Haddad", "Cherif", "Bouaziz", "Yilmaz", "Öztürk",
    "Kowalski", "Nowak", "Pereira", "Ferreira", "Rakotomalala",
    "Randrianarisoa", "Teriitehau", "Pahuatini", "Soilihi", "Ahamada",
    "Jean-Baptiste", "Pierre-Louis", "Sainte-Rose", "Marie-Sainte",
    "Mérault", "Gasparini", "Chevrier", "Desmoulins", "Lefranc",
    "Abgrall", "Hoarau", "Payet", "Grondin", "Zobda", "Théodose",
]
PUB = ["Yann LeCun", "Sam Altman", "Arthur Mensch", "Cédric Villani",
       "Luc Julia", "Philippe Meirieu", "Stanislas Dehaene",
       "Maria Montessori", "Alan Turing", "Geoffrey Hinton", "Fei-Fei Li",
       "Elon Musk", "Gabriel Attal", "Pap Ndiaye", "Jean-Michel Blanquer",
       "Nicole Belloubet", "Célestin Freinet", "Michel Serres",
       "Bernard Stiegler", "Laurence Devillers", "Joël de Rosnay"]
IA = ["ChatGPT", "Claude", "Le Chat de Mistral", "Gemini", "Copilot",
      "Perplexity", "Albert", "Lucie", "DeepSeek", "MagicSchool",
      "NotebookLM", "DeepL", "Mistral"]
OUTIL = ["Pronote", "l'ENT", "Moodle", "Éléa", "Capytale", "Vittascience",
         "Teams", "Canva", "Kahoot!", "La Quizinière", "La Digitale", "Padlet",
         "Genially", "Tactileo", "Lalilo", "ÉcoleDirecte", "Skolengo"]
MATIERE = ["maths", "français", "histoire-géo", "SVT", "physique-chimie",
           "anglais", "espagnol", "allemand", "EPS", "technologie",
           "philosophie", "SES", "NSI", "arts plastiques",
           "éducation musicale", "lettres-histoire", "éco-gestion"]
CLASSE = ["6e A", "5e2", "4e B", "3e Prépa-Métiers", "2nde 4", "1re STMG 2",
          "Tle G3", "CM1-CM2", "CE1", "CP", "GS", "MS", "BTS SIO 1",
          "1re Bac Pro MELEC", "CAP AEPE", "Tle spé NSI", "ULIS", "4e SEGPA",
          "CE2", "6e Bilangue", "2nde GT 7", "Tle STI2D"]
ETAB = ["collège Jean-Moulin", "lycée Marie-Curie", "école Jules-Ferry",
        "lycée professionnel Louise-Michel", "collège Aimé-Césaire",
        "lycée Victor-Schœlcher", "école maternelle Jacques-Prévert",
        "collège Simone-Veil", "lycée Gaston-Monnerville",
        "collège des Tilleuls", "lycée Pablo-Neruda", "collège Rosa-Parks",
        "LP Paul-Éluard", "école Paul-Langevin", "lycée Condorcet",
        "collège George-Sand", "lycée Jean-Rostand", "collège Olympe-de-Gouges",
        "école du Centre", "lycée agricole de la Vallée"]
ETR = ["Rabat", "Dakar", "Madrid", "Montréal", "Abidjan", "Hanoï", "Mexico",
       "Bruxelles", "Londres", "Tokyo", "Beyrouth", "Pondichéry", "Casablanca",
       "Lisbonne", "Tananarive"]
ROLE = ["professeure de SVT", "professeur de maths", "CPE", "AESH",
        "principal adjoint", "proviseure", "gestionnaire", "infirmière",
        "professeur documentaliste", "référent numérique", "AED",
        "psychologue de l'Éducation nationale", "secrétaire de direction",
        "DDFPT", "professeure des écoles", "ATSEM", "IEN", "formatrice"]
TOWNS = [("75011", "Paris"), ("69007", "Lyon"), ("13005", "Marseille"),
         ("31400", "Toulouse"), ("44000", "Nantes"), ("67000", "Strasbourg"),
         ("59800", "Lille"), ("33000", "Bordeaux"), ("35000", "Rennes"),
         ("34070", "Montpellier"), ("06300", "Nice"), ("21000", "Dijon"),
         ("63000", "Clermont-Ferrand"), ("29200", "Brest"), ("87000", "Limoges"),
         ("25000", "Besançon"), ("86000", "Poitiers"), ("80000", "Amiens"),
         ("45000", "Orléans"), ("20000", "Ajaccio"), ("20200", "Bastia"),
         ("64100", "Bayonne"), ("73000", "Chambéry"), ("88000", "Épinal"),
         ("12000", "Rodez"), ("05000", "Gap"), ("58000", "Nevers"),
         ("93200", "Saint-Denis"), ("94000", "Créteil"), ("78000", "Versailles"),
         ("95000", "Cergy"), ("22300", "Lannion"), ("46000", "Cahors"),
         ("71100", "Chalon-sur-Saône"), ("04000", "Digne-les-Bains"),
         ("24560", "Issigeac"), ("15300", "Murat"), ("39200", "Saint-Claude"),
         ("48000", "Mende"), ("56340", "Carnac"), ("76600", "Le Havre"),
         ("42000", "Saint-Étienne"), ("57000", "Metz"), ("51100", "Reims")]
STREETS = ["rue des Tilleuls", "rue du Moulin", "avenue de la République",
           "boulevard Gambetta", "chemin des Vignes", "impasse des Lilas",
           "allée des Marronniers", "place de l'Église", "route de Quimper",
           "quai des Chartrons", "cours Mirabeau", "rue du Four",
           "rue Lamartine", "rue Jean-Jaurès", "rue Pasteur",
           "rue du 8-Mai-1945", "avenue du Général-Leclerc",
           "rue Frédéric-Mistral", "rue des Écoles", "chemin de la Croix-Rouge",
           "rue de la Gare", "rue des Remparts", "rue Paul-Bert",
           "rue du Château-d'Eau", "avenue des Platanes", "rue de la Fontaine",
           "rue des Charmilles", "boulevard de la Liberté", "rue du Stade",
           "chemin du Lavoir", "square des Acacias", "montée des Capucins",
           "faubourg Saint-Antoine", "rue de l'Abbé-Grégoire"]
COMPL = ["Résidence Les Mimosas, bât. C", "Appartement 12, 3e étage",
         "Bâtiment B, escalier 2", "Lotissement Le Clos Fleuri",
         "Résidence du Parc, appt 41", "Porte 7, 2e étage gauche",
         "Les Jardins de la Sarre, entrée D"]
PERSO_DOM = ["gmail.com", "orange.fr", "free.fr", "laposte.net", "sfr.fr",
             "wanadoo.fr", "hotmail.fr", "yahoo.fr", "outlook.fr", "icloud.com",
             "proton.me", "live.fr", "bbox.fr"]
AC_DOM = ["ac-paris.fr", "ac-lyon.fr", "ac-aix-marseille.fr",
          "ac-toulouse.fr", "ac-nantes.fr", "ac-lille.fr", "ac-bordeaux.fr",
          "ac-rennes.fr", "ac-creteil.fr", "ac-versailles.fr", "ac-reunion.fr",
          "ac-martinique.fr", "ac-guadeloupe.fr", "ac-guyane.fr",
          "ac-mayotte.fr", "ac-corse.fr", "ac-strasbourg.fr",
          "ac-normandie.fr", "ac-noumea.nc", "education.pf", "lfdakar.org",
          "lycee-francais-madrid.es"]

# --------------------------------------------------------------- helpers
def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


def slug(s):
    s = strip_acc(s).lower()
    return re.sub(r"[^a-z0-9-]", "", s.replace(" ", ""))


def pairs(d):
    return [d[i:i + 2] for i in range(0, len(d), 2)]


def rdigits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


# ---- NIR
COUNTRIES = ["350", "351", "352", "109", "139", "134", "216", "328", "341",
             "401", "127", "212"]


def nir_body_num(body):
    return int(body.replace("2A", "19").replace("2B", "18"))


def make_nir(wrong):
    sex = rng.choice("12")
    yy = "%02d" % rng.randint(0, 99)
    mm = "%02d" % rng.randint(1, 12)
    r = rng.random()
    if r < 0.12:
        dep, com = rng.choice(["2A", "2B"]), "%03d" % rng.randint(1, 366)
    elif r < 0.26:
        dep, com = "97" + rng.choice("12346"), "%02d" % rng.randint(1, 34)
    elif r < 0.36:
        dep, com = "99", rng.choice(COUNTRIES)
    else:
        dep = "%02d" % rng.choice([x for x in range(1, 96) if x != 20])
        com = "%03d" % rng.randint(1, 899)
    order = "%03d" % rng.randint(1, 999)
    body = sex + yy + mm + dep + com + order
    assert len(body) == 13
    key = 97 - nir_body_num(body) % 97
    if wrong:
        key = rng.choice([k for k in range(1, 98) if k != key])
    parts = [sex, yy, mm, dep, com, order, "%02d" % key]
    f = rng.random()
    if f < 0.45:
        return " ".join(parts)
    if f < 0.8:
        return "".join(parts)
    return "".join(parts[:6]) + " " + parts[6]


def nir_valid(v):
    s = v.replace(" ", "")
    if len(s) != 15:
        return False
    return 97 - nir_body_num(s[:13]) % 97 == int(s[13:])


# ---- IBAN
RIBMAP = {}
for i, grp in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]):
    for ch in grp:
        RIBMAP[ch] = str(i + 1)
BANKS = ["30004", "30003", "20041", "10278", "30002", "11315", "13807",
         "17515", "10107", "16606", "14505", "18206", "12506"]


def rib_key(bank, guichet, acc):
    a = "".join(RIBMAP.get(c, c) for c in acc)
    return 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(a)) % 97)


def iban_num(s):
    return int("".join(str(ord(c) - 55) if c.isalpha() else c for c in s))


def make_iban(wrong):
    bank = rng.choice(BANKS)
    guichet = rdigits(5)
    acc = rdigits(11)
    if rng.random() < 0.2:
        p = rng.randint(0, 10)
        acc = acc[:p] + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + acc[p + 1:]
    bban = bank + guichet + acc + "%02d" % rib_key(bank, guichet, acc)
    chk = 98 - iban_num(bban + "FR00") % 97
    if wrong:
        chk = rng.choice([k for k in range(2, 99) if k != chk])
    s = "FR%02d" % chk + bban
    if rng.random() < 0.65:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban_valid(v):
    s = v.replace(" ", "")
    return iban_num(s[4:] + s[:4]) % 97 == 1


def iban_rib_ok(v):
    s = v.replace(" ", "")
    b = s[4:]
    return rib_key(b[:5], b[5:10], b[10:21]) == int(b[21:23])


# ---- UAI
UAI_DEPS = ["075", "069", "013", "031", "033", "059", "067", "035", "044",
            "006", "093", "094", "092", "971", "972", "973", "974", "976",
            "002", "063", "029", "064", "021", "057", "087"]


def make_uai(wrong):
    d = rng.choice(UAI_DEPS) + rdigits(4)
    letter = UAI_ALPHA[int(d) % 23]
    if wrong:
        letter = rng.choice([c for c in UAI_ALPHA if c != letter])
    return d + letter


def uai_valid(v):
    return len(v) == 8 and UAI_ALPHA[int(v[:7]) % 23] == v[7]


# ---- phones
def fmt_fr(d):
    r = rng.randrange(11)
    p = pairs(d)
    if r == 0:
        return " ".join(p)
    if r == 1:
        return ".".join(p)
    if r == 2:
        return "-".join(p)
    if r == 3:
        return d
    if r == 4:
        return "+33 " + d[1] + " " + " ".join(pairs(d[2:]))
    if r == 5:
        return "+33 (0)" + d[1] + " " + " ".join(pairs(d[2:]))
    if r == 6:
        return "0033 " + d[1] + " " + " ".join(pairs(d[2:]))
    if r == 7:
        return "+33" + d[1:]
    if r == 8:
        return d[:2] + " " + d[2:6] + " " + d[6:]
    if r == 9:
        return "+33 " + d[1:4] + " " + d[4:7] + " " + d[7:]
    return " ".join(p)


def mob():
    return fmt_fr(rng.choice(["06", "07"]) + rdigits(8))


def fixe():
    return fmt_fr(rng.choice(["01", "02", "03", "04", "05", "09"]) + rdigits(8))


DOMPFX = {"0590": "590", "0690": "590", "0596": "596", "0696": "596",
          "0594": "594", "0694": "594", "0262": "262", "0692": "262",
          "0693": "262", "0269": "262", "0639": "262"}


def telom():
    r = rng.random()
    if r < 0.7:
        pf = rng.choice(sorted(DOMPFX))
        d = pf + rdigits(6)
        f = rng.randrange(4)
        if f == 0:
            return " ".join(pairs(d))
        if f == 1:
            return d[:4] + " " + " ".join(pairs(d[4:]))
        if f == 2:
            return "+" + DOMPFX[pf] + " " + d[1:4] + " " + " ".join(pairs(d[4:]))
        return ".".join(pairs(d))
    c = rng.randrange(4)
    if c == 0:
        return "+687 " + " ".join(pairs(rng.choice(["2", "4", "7"]) + rdigits(5)))
    if c == 1:
        return "+689 " + " ".join(pairs(rng.choice(["40", "87", "89"]) + rdigits(6)))
    if c == 2:
        return "+508 41 " + " ".join(pairs(rdigits(4)))
    return "+681 72 " + " ".join(pairs(rdigits(4)))


def telint():
    c = rng.randrange(11)
    if c == 0:
        return "+32 2 " + rdigits(3) + " " + rdigits(2) + " " + rdigits(2)
    if c == 1:
        return "+41 22 " + rdigits(3) + " " + rdigits(2) + " " + rdigits(2)
    if c == 2:
        return "+212 6 " + " ".join(pairs(rdigits(8)))
    if c == 3:
        return "+221 77 " + rdigits(3) + " " + rdigits(2) + " " + rdigits(2)
    if c == 4:
        return "+1 514 " + rdigits(3) + "-" + rdigits(4)
    if c == 5:
        return "+44 20 7" + rdigits(3) + " " + rdigits(4)
    if c == 6:
        return "+34 91 " + rdigits(3) + " " + rdigits(2) + " " + rdigits(2)
    if c == 7:
        return "+49 30 " + rdigits(7)
    if c == 8:
        return "+225 07 " + " ".join(pairs(rdigits(8)))
    if c == 9:
        return "+961 1 " + rdigits(3) + " " + rdigits(3)
    return "+84 24 " + rdigits(4) + " " + rdigits(4)


def tel():
    r = rng.random()
    if r < 0.5:
        return mob()
    if r < 0.75:
        return fixe()
    if r < 0.9:
        return telom()
    return telint()


# ---- addresses
def num():
    n = str(rng.choice([rng.randint(1, 40), rng.randint(1, 250)]))
    r = rng.random()
    if r < 0.1:
        n += " bis"
    elif r < 0.14:
        n += " ter"
    elif r < 0.18:
        n += rng.choice("AB")
    return n


def adr_line():
    cp, city = rng.choice(TOWNS)
    st = rng.choice(STREETS)
    n = num()
    r = rng.randrange(10)
    if r == 0:
        return "%s %s %s %s" % (n, st, cp, city)
    if r == 1:
        return "%s %s à %s" % (n, st, city)
    if r == 2:
        return "%s, %s, CS %d, %s %s CEDEX" % (n, st, rng.randint(10000, 99999), cp[:2] + "9" + cp[3:], city)
    if r == 3:
        return "%s %s, %s %s CEDEX %02d" % (n, st, cp[:2] + "7" + rdigits(2), city, rng.randint(1, 20))
    if r == 4:
        return "%s %s" % (n, st)
    if r == 5:
        return "%s %s, %s" % (n, st, cp)
    if r == 6:
        return "%s %s - %s %s" % (n, st, cp, city.upper())
    return "%s %s, %s %s" % (n, st, cp, city)


def adr_ml():
    cp, city = rng.choice(TOWNS)
    st = rng.choice(STREETS)
    r = rng.randrange(4)
    if r == 0:
        return "%s\n%s %s\n%s %s" % (rng.choice(COMPL), num(), st, cp, city)
    if r == 1:
        return "%s %s\n%s %s" % (num(), st, cp, city.upper())
    if r == 2:
        return "lieu-dit %s\n%s %s" % (rng.choice(["Kerbrat", "La Croix Blanche", "Les Essarts", "Le Pradel"]), cp, city)
    return "%s %s\n%s\n%s %s" % (num(), st, rng.choice(["BP 12", "CS 30021", "Bât. A"]), cp, city)


def adr_om():
    n = rng.randint(1, 99)
    c = rng.randrange(9)
    return [
        "%d rue des Flamboyants, Lotissement Bellevue, 97190 Le Gosier" % n,
        "Immeuble Les Alizés, %d boulevard du Général-de-Gaulle, 97200 Fort-de-France" % n,
        "%d chemin Bœuf-Mort, 97410 Saint-Pierre" % n,
        "%d rue Mangin, Kawéni, 97600 Mamoudzou" % n,
        "%d rue de Sébastopol, Quartier Latin, 98800 Nouméa" % n,
        "BP %d, 98713 Papeete" % rng.randint(100, 9999),
        "Route de Montabo, 97300 Cayenne",
        "%d rue du Général-Leclerc, 97500 Saint-Pierre" % n,
        "PK %d côté montagne\n98718 Punaauia" % rng.randint(5, 25),
    ][c]


def adr_int():
    n = rng.randint(1, 180)
    c = rng.randrange(11)
    return [
        "Calle de Alcalá %d, 28009 Madrid, Espagne" % n,
        "Avenue Louise %d, 1050 Bruxelles, Belgique" % n,
        "Rue du Rhône %d, 1204 Genève, Suisse" % n,
        "%d rue Ibn Toumert, Hassan, 10000 Rabat, Maroc" % n,
        "Villa n° %d, Cité Keur Gorgui, Dakar, Sénégal" % n,
        "%d rue Sherbrooke Ouest, Montréal (Québec) H3A 1B9, Canada" % (n * 10),
        "Via Garibaldi %d, 10122 Torino, Italie" % n,
        "%d Marylebone High Street, London W1U 4NB, Royaume-Uni" % n,
        "Rua Augusta %d, 1100-053 Lisboa, Portugal" % n,
        "Hauptstraße %d\n10827 Berlin\nAllemagne" % n,
        "%d rue Hamra, Beyrouth, Liban" % n,
    ][c]


def adr():
    r = rng.random()
    if r < 0.75:
        return adr_line()
    if r < 0.88:
        return adr_om()
    return adr_int()


# ---- e-mails
def email_local(first, last):
    f, l = slug(first), slug(last)
    r = rng.randrange(7)
    return [f + "." + l, f[0] + "." + l, f + "-" + l, l + f[0],
            f + "." + l + str(rng.randint(1, 99)), f + "_" + l, f + l][r]


def email_dom(academic):
    if academic is None:
        academic = rng.random() < 0.5
    return rng.choice(AC_DOM if academic else PERSO_DOM)


def obfuscate(local, dom):
    r = rng.randrange(6)
    if r == 0:
        return local + " arobase " + dom.replace(".", " point ")
    if r == 1:
        return local + "[at]" + dom.replace(".", "[dot]")
    if r == 2:
        return local + "(at)" + dom
    if r == 3:
        return local + " chez " + dom.replace(".", " point ")
    if r == 4:
        return local + " AT " + dom.replace(".", " DOT ")
    return local + " [at] " + dom


def generic_email():
    r = rng.randrange(6)
    dom = rng.choice(AC_DOM)
    if r == 0:
        d = rng.choice(UAI_DEPS) + rdigits(4)
        return "ce." + d + UAI_ALPHA[int(d) % 23] + "@" + dom
    return [None, "secretariat.direction@" + dom, "dane@" + dom,
            "vie-scolaire.college@" + dom, "inscriptions.formation@" + dom,
            "contact@fcpe-" + slug(rng.choice(TOWNS)[1]) + ".fr"][r]


# --------------------------------------------------------------- trap pools
STREET_PERS = ["rue Victor-Hugo", "place Jean-Jaurès", "avenue Aristide-Briand",
               "boulevard Jules-Ferry", "rue Émile-Zola", "allée Louise-Weiss",
               "quai Paul-Doumer", "place Charles-de-Gaulle"]
ASSO = ["la FCPE", "la PEEP", "l'APEL", "l'UNSS", "le SNES-FSU", "le SE-Unsa",
        "le SGEN-CFDT", "SUD Éducation", "le SNALC", "le SNUipp-FSU",
        "la Ligue de l'enseignement", "les Restos du Cœur",
        "la Fondation Abbé-Pierre", "l'Institut Pasteur", "Réseau Canopé",
        "le CLEMI", "les Petits Débrouillards"]
BRAND = ["Renault", "Peugeot", "Michelin", "Lacoste", "Hermès", "Decathlon",
         "Bic", "Darty", "Boulanger", "Leroy Merlin", "Casio", "Texas Instruments"]
LIVRE = ["« Le Petit Prince »", "« Les Misérables »", "« L'Étranger »",
         "« Vingt mille lieues sous les mers »", "« 2001, l'Odyssée de l'espace »",
         "« Her »", "« Matrix »", "« WALL-E »", "« Le Cercle des poètes disparus »",
         "« Entre les murs »", "« La Gloire de mon père »", "« Blade Runner »"]
REFAUT = ["le Bescherelle", "le Larousse", "le Petit Robert", "le Gaffiot",
          "le Bled", "le Littré", "le Lagarde et Michard", "le Grevisse"]
LOI = ["l'article L. 111-1 du Code de l'éducation",
       "la loi n° 2019-791 du 26 juillet 2019", "l'article 6 du RGPD",
       "la circulaire du 4 septembre 2023", "l'article R. 421-20 du Code de l'éducation",
       "le règlement (UE) 2024/1689 sur l'IA", "l'article L. 312-9 du Code de l'éducation"]
VERSION = ["Pronote 2024.2.7", "Moodle 4.3", "Python 3.12", "Windows 11 23H2",
           "GPT-4o", "Mistral Large 2", "Scratch 3.0", "LibreOffice 24.2",
           "Firefox 128 ESR", "Claude 3.5 Sonnet", "Gemini 1.5 Pro", "iOS 17.4"]
COURT = ["le 3018", "le 3020", "le 119", "le 15", "le 17", "le 112", "le 3919"]
VERT = ["0 800 235 236", "0 805 200 069", "0 800 130 000", "0800 40 50 60"]
MOTS = ["Prudence", "Patience", "Claire", "Pierre angulaire du projet", "Rose",
        "Constance", "Victoire", "Aurore", "Espérance", "Prudence toujours",
        "Olive", "Blanche"]


def luhn_ok(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def siren():
    while True:
        s = rdigits(9)
        if s[0] != "0" and luhn_ok(s):
            return s


def siret():
    s9 = siren()
    while True:
        s = s9 + rdigits(5)
        if luhn_ok(s):
            return "%s %s %s %s" % (s[:3], s[3:6], s[6:9], s[9:])


def isbn():
    b = "9782" + rdigits(8)
    t = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
    b += str((10 - t % 10) % 10)
    return "%s-%s-%s-%s-%s" % (b[:3], b[3], b[4:7], b[7:12], b[12])


def date():
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2026])
    mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
            "août", "septembre", "octobre", "novembre", "décembre"][m - 1]
    r = rng.randrange(4)
    if r == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if r == 1:
        return "%d %s %d" % (d, mois, y)
    if r == 2:
        return "%d-%02d-%02d" % (y, m, d)
    return "%d %s" % (d, mois)


def heure():
    h, m = rng.randint(7, 22), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55, 3, 12, 27, 48])
    return rng.choice(["%02d:%02d", "%dh%02d", "%02dh%02d"]) % (h, m)


# --------------------------------------------------------------- expansion
class Person:
    def __init__(self, g=None):
        cands = [f for f in FIRST if g in (None, "", f[1])]
        self.first, self.g = rng.choice(cands)
        self.last = rng.choice(LAST)

    @property
    def ini(self):
        for ch in self.last:
            if ch.isupper():
                return ch
        return self.last[0].upper()


def M(kind, val):
    return "⟦%s|%s⟧" % (kind, val)


SLOT = re.compile(r"\{(\w+)(?:#(\d+)([fm]?))?\}")


class Ctx:
    def __init__(self):
        self.persons = {}
        self.cache = {}
        self.ids = []  # (kind, value, wrong)

    def person(self, idx, g):
        if idx not in self.persons:
            used = {(p.first, p.last) for p in self.persons.values()}
            usedl = {p.last for p in self.persons.values()}
            usedf = {p.first for p in self.persons.values()}
            for _ in range(50):
                p = Person(g or None)
                if p.last not in usedl and p.first not in usedf:
                    break
            self.persons[idx] = p
        return self.persons[idx]

    def ident(self, kind):
        # keep the accepted share close to WRONG_P (with a little jitter)
        n, w = wrong_drawn[kind]
        pn = sum(1 for k, _, _ in self.ids if k == kind)
        pw = sum(1 for k, _, x in self.ids if k == kind and x)
        wrong = (w + pw) < round(WRONG_P * (n + pn + 1) + rng.uniform(-0.45, 0.45))
        v = {"NIR": make_nir, "IBAN": make_iban, "UAI": make_uai}[kind](wrong)
        self.ids.append((kind, v, wrong))
        return M(kind, v)

    def slot(self, m):
        name, idx, g = m.group(1), m.group(2), m.group(3) or ""
        PSLOTS = {"fl", "LF", "full", "fn", "ln", "LN", "ini", "fi", "ii",
                  "low", "t", "T", "tw", "e", "il", "em", "emo", "fL", "Lf"}
        if name in PSLOTS:
            p = self.person(idx or "0", g)
            F, L = p.first, p.last
            if name == "fl":
                return M("PERSONNE", F + " " + L)
            if name == "LF":
                return M("PERSONNE", L.upper() + " " + F)
            if name == "Lf":
                return M("PERSONNE", L + " " + F)
            if name == "fL":
                return M("PERSONNE", F + " " + L.upper())
            if name == "full":
                r = rng.random()
                v = F + " " + L if r < 0.7 else (L.upper() + " " + F if r < 0.9 else F + " " + L.upper())
                return M("PERSONNE", v)
            if name == "fn":
                return M("PERSONNE", F)
            if name == "ln":
                return M("PERSONNE", L)
            if name == "LN":
                return M("PERSONNE", L.upper())
            if name == "ini":
                return M("PERSONNE", p.ini)
            if name == "fi":
                return M("PERSONNE", F + " " + p.ini)
            if name == "ii":
                return M("PERSONNE", "-".join(x[0] + "." for x in F.split("-")) + " " + p.ini)
            if name == "low":
                return M("PERSONNE", (F + " " + L).lower())
            if name == "t":
                return "Mme" if p.g == "f" else "M."
            if name == "T":
                return "Madame" if p.g == "f" else "Monsieur"
            if name == "tw":
                return "madame" if p.g == "f" else "monsieur"
            if name == "e":
                return "e" if p.g == "f" else ""
            if name == "il":
                return "elle" if p.g == "f" else "il"
            key = ("em", idx)
            if key not in self.cache:
                self.cache[key] = (email_local(F, L), email_dom(None))
            loc, dom = self.cache[key]
            if name == "em":
                return M("EMAIL", loc + "@" + dom)
            return M("EMAIL", obfuscate(loc, dom))
        key = (name, idx)
        if idx is not None and key in self.cache:
            return self.cache[key]
        v = self.gen(name)
        if idx is not None:
            self.cache[key] = v
        return v

    def gen(self, name):
        simple = {
            "tel": lambda: M("TELEPHONE", tel()), "mob": lambda: M("TELEPHONE", mob()),
            "fixe": lambda: M("TELEPHONE", fixe()), "telom": lambda: M("TELEPHONE", telom()),
            "telint": lambda: M("TELEPHONE", telint()),
            "adr": lambda: M("ADRESSE", adr()), "adrl": lambda: M("ADRESSE", adr_line()),
            "adrml": lambda: M("ADRESSE", adr_ml()), "adrom": lambda: M("ADRESSE", adr_om()),
            "adrint": lambda: M("ADRESSE", adr_int()),
            "emg": lambda: M("EMAIL", generic_email()),
            "pub": lambda: M("PERSONNE", rng.choice(PUB)),
            "ville": lambda: rng.choice(TOWNS)[1], "cpville": lambda: " ".join(rng.choice(TOWNS)),
            "etr": lambda: rng.choice(ETR), "etab": lambda: rng.choice(ETAB),
            "classe": lambda: rng.choice(CLASSE), "matiere": lambda: rng.choice(MATIERE),
            "ia": lambda: rng.choice(IA), "outil": lambda: rng.choice(OUTIL),
            "date": date, "heure": heure, "role": lambda: rng.choice(ROLE),
            "n": lambda: str(rng.randint(2, 45)), "pct": lambda: str(rng.randint(5, 95)),
            "rueP": lambda: rng.choice(STREET_PERS), "asso": lambda: rng.choice(ASSO),
            "marque": lambda: rng.choice(BRAND), "livre": lambda: rng.choice(LIVRE),
            "refaut": lambda: rng.choice(REFAUT), "loi": lambda: rng.choice(LOI),
            "version": lambda: rng.choice(VERSION), "court": lambda: rng.choice(COURT),
            "vert": lambda: rng.choice(VERT), "mot": lambda: rng.choice(MOTS),
            "siret": siret, "siren": lambda: " ".join([siren()[i:i + 3] for i in (0, 3, 6)]),
            "isbn": isbn,
            "salle": lambda: rng.choice(["salle B204", "salle 112", "le CDI (salle 0.14)", "la salle informatique C3", "l'amphi 2", "salle polyvalente"]),
            "montant": lambda: "%d %03d,%02d €" % (rng.randint(1, 9), rng.randint(0, 999), rng.randint(0, 99)),
            "cmd": lambda: "CMD-%d-%05d" % (rng.choice([2024, 2025]), rng.randint(1, 99999)),
            "ticket": lambda: "#%d" % rng.randint(10000, 999999),
            "facture": lambda: "FAC-%d-%04d" % (rng.choice([2024, 2025]), rng.randint(1, 9999)),
            "dom": lambda: rng.choice(AC_DOM),
        }
        if name in ("nir", "iban", "uai"):
            return self.ident(name.upper())
        if name not in simple:
            raise KeyError(name)
        return simple[name]()


def expand(tpl, ctx):
    prev = None
    s = tpl
    while prev != s:
        prev = s
        s = SLOT.sub(ctx.slot, s)
    return s


MARK = re.compile(r"⟦([A-Z]+)\|(.*?)⟧", re.S)
TITLES = {"m.", "mme", "mlle", "dr", "dr.", "pr", "pr.", "me", "maître",
          "maitre", "monsieur", "madame", "mademoiselle", "mmes", "mm."}


def typo(s):
    words = [m for m in re.finditer(r"[a-zà-ÿ]{6,}", s)]
    if not words:
        return s
    w = rng.choice(words)
    i = rng.randint(w.start() + 1, w.end() - 3)
    return s[:i] + s[i + 1] + s[i] + s[i + 2:]


def render(marked, style):
    segs, pos = [], 0
    for m in MARK.finditer(marked):
        segs.append([None, marked[pos:m.start()]])
        segs.append([m.group(1), m.group(2)])
        pos = m.end()
    segs.append([None, marked[pos:]])
    low, noacc, ty = style
    for sg in segs:
        k, v = sg
        if low and (k is None or k in ("PERSONNE", "ADRESSE", "EMAIL")):
            v = v.lower()
        if noacc and (k is None or k in ("PERSONNE", "ADRESSE")):
            v = strip_acc(v)
        sg[1] = v
    if ty:
        lits = [sg for sg in segs if sg[0] is None and re.search(r"[a-zà-ÿ]{6,}", sg[1])]
        if lits:
            sg = rng.choice(lits)
            sg[1] = typo(sg[1])
    text, ents = "", []
    for k, v in segs:
        if k is not None:
            ents.append((k, v, len(text)))
        text += v
    return text, ents


def check_entities(text, ents, intended=True):
    """ents: list of (kind, value, offset or None). Returns error or None."""
    prev_end = 0
    prev_pers = None
    for k, v, off in ents:
        if k not in KINDS:
            return "bad kind " + k
        if not v or v != v.strip():
            return "surrounding space %r" % v
        at = text.find(v, prev_end)
        if at < 0:
            return "not found %r" % v
        if intended and at != off:
            return "offset mismatch %r" % v
        if at > 0 and text[at - 1].isalnum():
            return "glued left %r" % v
        e = at + len(v)
        if e < len(text) and text[e].isalnum():
            return "glued right %r" % v
        if k == "PERSONNE":
            if v.split()[0].lower() in TITLES:
                return "title inside %r" % v
            if v.endswith("."):
                return "trailing dot %r" % v
            if prev_pers is not None:
                between = text[prev_pers:at]
                if between.strip(" ") == "":
                    return "persons split by spaces %r" % v
        prev_pers = e if k == "PERSONNE" else None
        prev_end = e
    return None


# --------------------------------------------------------------- templates
NOPII = [
    "Je pense que l'IA peut aider à préparer les cours, à condition de garder un regard critique. En {matiere}, je l'utilise surtout pour générer des exercices de niveau {classe}.",
    "!low bof pas convaincu. on a deja du mal avec les {n} tablettes du college dont la moitie marche pas",
    "Sur {n} collègues interrogés dans mon établissement, environ {pct} % utilisent déjà un outil d'IA générative, souvent sans le dire.",
    "Il faudrait une formation obligatoire d'au moins {n} heures par an, sur le temps de service, et pas le mercredi après-midi.",
    "L'IA ne doit pas remplacer l'effort d'écriture. En {classe}, je fais rédiger à la main en classe et je n'ai plus de problème.",
    "Les élèves de {classe} savent très bien s'en servir, mieux que nous. Le problème, c'est qu'ils ne vérifient rien. Environ {pct} % des copies de ce trimestre étaient suspectes.",
    "Aucune opinion arrêtée. Je découvre. J'ai essayé une fois pour un sujet de {matiere} et le résultat était correct mais plat.",
    "!noacc Je trouve que c'est une bonne chose pour les eleves a besoins particuliers, la reformulation aide beaucoup. Il faut des moyens, au moins {n} licences par college.",
    "Question mal posée : l'IA est déjà dans les établissements, que nous le voulions ou non. La vraie question est celle de l'évaluation en {matiere} et ailleurs.",
    "Je suis contre. Les données des élèves partent on ne sait où, et on nous demande d'aller vite. {pct} % de mes collègues pensent comme moi d'après notre sondage interne.",
    "Pour l'instant j'observe. Nous avons prévu un temps d'échange en conseil pédagogique au {n}e jour de la rentrée.",
    "!low ia = outil. ni plus ni moins. faut apprendre aux eleves de {classe} a s en servir correctement",
    "En tant que parent, j'aimerais être informé de quels outils sont utilisés en {matiere} et pourquoi. Une réunion en début d'année suffirait.",
    "Les évaluations écrites à la maison n'ont plus de sens. Nous sommes passés à {pct} % d'évaluations en classe cette année.",
    "L'IA m'a fait gagner du temps sur les tâches administratives (environ {n} minutes par jour), mais pas sur la pédagogie.",
    "J'ai peur que les élèves perdent l'habitude de chercher. En {classe}, certains ne savent plus ouvrir un dictionnaire.",
    "Très bien pour les langues vivantes : les élèves peuvent s'entraîner à l'oral avec un assistant. Nous l'avons testé sur {n} séances.",
    "Franchement, le sujet me fatigue. On nous parle d'IA alors qu'il manque {n} heures de remplacement par semaine.",
    "Il faut enseigner le fonctionnement de ces modèles : probabilités, données d'entraînement, biais. Ça peut se faire en {matiere} dès la {classe}.",
    "!low jsp trop. ma fille dit que tout le monde l'utilise en {classe}. moi je comprends rien a ces trucs",
    "Nous avons rédigé une charte d'usage en {n} réunions. Elle sera présentée au conseil d'administration du trimestre prochain.",
    "L'enjeu écologique est oublié : chaque requête consomme de l'énergie. J'en parle en {matiere} avec mes élèves de {classe}.",
    "Je suis favorable à un usage encadré, avec des consignes claires affichées dans chaque salle. Nous avons imprimé {n} affiches.",
    "Dans mon école rurale de {n} élèves, la question ne se pose pas encore : la connexion est trop lente.",
    "Ce qui m'inquiète, c'est l'inégalité entre familles : certaines paient des abonnements, d'autres n'ont pas d'ordinateur. Environ {pct} % de nos élèves sont concernés.",
    "Bonne idée de consulter tout le monde. J'espère que les réponses seront lues. Je réponds depuis la salle des profs, entre deux cours de {matiere}.",
    "!noacc En lycee pro, l'IA change deja les metiers. Nos eleves de {classe} doivent y etre prepares, sinon ils seront depasses d'ici {n} ans.",
    "L'usage par les enseignants pour corriger me pose problème : on ne peut pas déléguer le jugement. J'ai {n} copies à corriger ce week-end et je les lirai moi-même.",
    "Mon avis évolue : sceptique en septembre, plutôt convaincu en juin, après {n} séances bien préparées en {classe}.",
    "Merci pour ce questionnaire. Je n'ai rien à ajouter si ce n'est qu'il faudrait du temps, beaucoup de temps, au moins {n} demi-journées.",
]

TRAP = [
    "On compare {ia} et {ia} avec les élèves de {classe} : même question, réponses différentes. Très formateur.",
    "Au {etab}, la salle informatique est fermée depuis le {date}. Les postes tournent encore sous {version}.",
    "Lieu de la réunion : {salle}, {rueP}, à {heure}. Prévoir une clé USB.",
    "Lieu de la formation : {cpville}, {salle}. Accueil à partir de {heure}.",
    "Le devis de la licence (commande {cmd}) s'élève à {montant} TTC. Facture {facture} reçue le {date}.",
    "Ticket {ticket} : {ia} est bloqué par le filtrage du rectorat sur le réseau pédagogique. Merci de vérifier avec le prestataire.",
    "Rappel : en cas de cyberharcèlement, appelez {court} ou le numéro vert {vert}. Le service est gratuit et anonyme.",
    "Fournisseur : SIRET {siret}, SIREN {siren}. Marché passé selon {loi}.",
    "En {matiere}, nous lisons {livre} puis nous regardons {livre} pour parler des machines qui pensent.",
    "Les élèves confondent {refaut} et {ia} : l'un vérifie, l'autre invente parfois. J'ai commandé {n} exemplaires du premier.",
    "Manuel utilisé : ISBN {isbn}. L'éditeur propose désormais un assistant IA intégré, payant.",
    "{mot}, voilà ce que je retiens.\nConfiance aussi, mais vérifiée.\nÉnergie enfin, car il en faut pour tout revoir.",
    "Le proviseur, la CPE et le référent numérique ont validé la charte. Le gestionnaire doit encore chiffrer le coût ({montant}).",
    "Partenariat avec {asso} et {asso} pour une semaine de sensibilisation aux IA, du {date} au {date}.",
    "Les élèves de BTS ont visité l'usine {marque} : les robots y utilisent déjà de l'IA. Retour prévu en {classe} le {date}.",
    "{ia} et {ia} ont été comparés par {asso} : aucun n'est conforme à {loi} selon eux.",
    "Notre collège se trouve {rueP}, juste en face de la médiathèque. Le parking est fermé le mercredi.",
    "Le {etab} et le {etab} mutualisent leurs licences {ia}. Une réunion est prévue à {heure} en visio.",
    "Mise à jour de {outil} prévue ce soir : passage à {version}. Coupure de 22h à 23h30.",
    "Dans la classe des Rossignol, des Pinson et des Mésange (maternelle), les enfants ont « parlé » à une IA sur tablette. Les ATSEM étaient réservées.",
    "{mot} : c'est le mot qui revient le plus dans les réponses des {n} collègues de mon équipe.",
    "Les calculatrices {marque} programmables seront interdites à l'examen en mode non examen, cf. {loi}.",
    "Cours de philosophie : peut-on dire qu'{ia} pense ? Lecture de Descartes en {classe}, les élèves ont adoré. Devoir à rendre le {date}.",
    "Le lycée Marie-Curie et le collège Jean-Moulin organisent un hackathon IA le {date} à {heure}, {salle}.",
    "Avenue Aristide-Briand, les travaux bloquent l'accès au bâtiment C. Les cours de {matiere} sont déplacés : {salle}.",
    "Commande groupée de casques audio {marque} : {n} unités, bon de commande {cmd}, livraison {cpville}.",
    "Le CDI prête {refaut} et {refaut} ; nous avons ajouté un poste avec {ia} en accès surveillé.",
    "Tarif de la formation Canopé : {montant} par stagiaire. Paiement par mandat administratif, SIRET {siret}.",
    "L'inspecteur, la formatrice et deux conseillers pédagogiques viendront observer en {classe} le {date}.",
    "Renault, Michelin, Lacoste : nos élèves de {classe} ont étudié comment ces marques utilisent l'IA dans la publicité.",
    "{ia} version {version} vs {ia} : test réalisé en {matiere} sur {n} questions, {pct} % de réponses justes pour le premier.",
    "Accueil téléphonique du rectorat : composez le {vert} (gratuit). Pour les urgences : {court}.",
    "Réf. dossier 2025-IA-{n} / salle {n} / groupe {n}. Le planning sera affiché place Jean-Jaurès devant l'entrée.",
    "La Fondation Abbé-Pierre et les Restos du Cœur nous ont aidés à équiper {n} familles en ordinateurs. Merci à eux.",
    "Le prix {marque} de l'innovation pédagogique a été remis au {etab} pour son projet autour de {ia}.",
    "« {ia}, écris-moi une dissertation sur {livre} » : voilà ce que j'ai trouvé dans l'historique d'un poste {salle}.",
]

SURVEY = [
    "Je trouve l'IA utile pour différencier en {matiere}, mais ma collègue {fl#1} a constaté que {ia} inventait des sources. On en a parlé avec {t#2} {ln#2}, notre IEN, qui reste très prudent{e#2}.",
    "Parent d'élève en {classe}. Mon fils {fn#1m} fait ses rédactions avec {ia} et je ne sais pas comment l'en empêcher. Si la FCPE veut me contacter : {mob}.",
    "!low pas d'avis tranché. en {classe} les élèves copient-collent tout, j'ai eu le cas de {fn#1} et {fn#2} la semaine dernière. la cpe mme {ln#3f} a convoqué les familles",
    "Un grand merci à {fl#1f}, formatrice académique au numérique, pour son atelier sur les prompts. Je recommande ! Elle est joignable au {fixe} ou par mail ({em#1}).",
    "L'IA oui, mais encadrée. Au dernier conseil pédagogique, {ii#1}. a rappelé que le RGPD s'applique aussi aux outils gratuits.",
    "!low slt jsuis prof de {matiere} a {ville} l'ia c pa le diable mdr. {fn#1} en {classe} sen sert pr reviser et ses notes ont monté. si vs voulez en parler {mob}",
    "alors moi je pense que l'intelligence artificielle ça peut aider les élèves en difficulté comme {fn#1} qui est dyslexique mais il faut former les enseignants ma collègue {fl#2} est d'accord avec moi et l'inspecteur {ln#3m} aussi je crois",
    "Comme le dit {pub}, l'IA ne remplacera pas les enseignants, mais ceux qui l'utilisent remplaceront peut-être les autres. Je n'y crois pas trop. Prof de {matiere}, {ville}.",
    "je suis {low#1}, AESH au {etab}. j'accompagne {fn#2} en {classe} et la dictée vocale + reformulation par IA l'aide beaucoup. personne ne nous a formés.",
    "Je suis AED. Pour créer mon compte sur la plateforme d'IA du lycée, la gestionnaire m'a demandé mon numéro de sécu ({nir}). C'est normal ?? Ça me paraît excessif.",
    "Toujours pas remboursée de mes frais pour la formation IA à {ville}. J'ai renvoyé mon RIB ({iban}) trois fois au service. {fl#1f}, professeure contractuelle.",
    "Dans notre établissement (UAI {uai}), la direction a interdit les IA génératives sur les postes élèves, sauf dérogation du référent numérique, {t#1} {ln#1}.",
    "{t#1} {ini#1}. nous a présenté {ia} en salle des profs. Tout le monde n'était pas convaincu, surtout {fn#2} qui enseigne la philo depuis trente ans.",
    "Ma fille {fn#1f} ({classe}) a été accusée d'avoir triché avec l'IA par {t#2} {ln#2}. Elle avait juste utilisé le correcteur orthographique ! Je demande un rendez-vous : {em#3}",
    "Je suis infirmière scolaire au {etab}. Des élèves demandent des conseils de santé à {ia} au lieu de venir me voir. {fn#1}, en {classe}, m'a montré une réponse complètement fausse sur les médicaments.",
    "PsyEN : l'IA pour l'orientation, pourquoi pas, mais Parcoursup reste humain. Ma collègue {fl#1f} et moi avons testé un chatbot d'orientation : décevant. Contact : {emo#2}",
    "!noacc Je suis a la retraite depuis 2019, ancien prof de lettres a {ville}. {fl#1m}, mon ancien eleve, est devenu ingenieur en IA et m'explique tout ca. Je reste sceptique.",
    "Professeur documentaliste : j'anime un atelier « démêler le vrai du faux » avec {ia}. La semaine dernière, {fn#1} et {fn#2} ont repéré une fausse citation attribuée à {pub}.",
    "Notre principal, {t#1} {LN#1}, veut une charte IA d'ici juin. Personne n'a été consulté. Signé : un prof de {matiere} en colère (et {fn#2f} aussi, ma voisine de salle).",
    "J'habite {adr} et l'école de mon fils envoie tout par l'ENT avec des résumés faits par IA. Illisible. {fl#1f}, maman de {fn#2m} ({classe}).",
    "{fL#1m}, délégué des élèves de {classe} : on voudrait des cours sur l'IA, pas des interdictions. Les profs comme M. {ln#2m} l'utilisent eux-mêmes !",
    "Secrétaire de direction depuis 12 ans. On me demande de rédiger les comptes rendus avec {ia}. Je veux bien mais qui relit ? Mon chef, {t#1} {ln#1}, n'a pas le temps. {tel}",
    "Référent numérique au {etab} : j'ai déployé un assistant sur Moodle. Les retours de {fl#1} (SVT) et {fl#2} (anglais) sont très positifs. Pour les collègues intéressés : {em#3}",
    "!low les élèves de {classe} ont demandé à {ia} de faire leur exposé sur {pub}, ils ont tous rendu le même texte à la virgule près ! bon courage à {fn#1} qui corrige",
    "Représentant SNES-FSU au CA : nous avons voté contre l'achat de licences IA. Voir le compte rendu envoyé par {fl#1}. Me joindre : {mob} ou {emo#2}.",
    "En tant qu'ATSEM, je ne vois pas l'intérêt en maternelle. Par contre la maîtresse, {t#1f} {ln#1}, utilise l'IA pour les mots aux parents et c'est plus clair.",
    "DDFPT du LP : l'IA change les métiers de nos élèves de Bac Pro. J'ai invité {fl#1f}, cheffe d'atelier chez un sous-traitant aéronautique, à témoigner devant les {classe}.",
    "!low franchement on nous impose tout sans moyens. le formateur {fn#1m} etait super mais 3h c'est rien. {ln#2f} (la principale adjointe) nous a dit de nous debrouiller",
    "Je suis CPE. Des images truquées par IA ont visé {fn#1f} en {classe}. Nous avons saisi le référent harcèlement et appelé le 3018. La famille habite {adrl}, nous l'avons reçue.",
    "Je voudrais remercier {T#1} {ln#1} ({matiere}) qui a pris le temps d'expliquer à ma fille comment vérifier les réponses de {ia}. Cordialement, {fl#2}",
    "Prof en lycée français à l'étranger ({etr}). Ici l'IA est partout. Mes élèves {fn#1}, {fn#2} et {fn#3} l'utilisent en trois langues. Tel : {telint}",
    "Enseignante en Guadeloupe. Connexion instable, donc l'IA... Ma collègue {fl#1f} a quand même monté un projet en créole avec {ia}. Je suis joignable au {telom}.",
    "Directrice d'école à {ville}. Je n'ai pas le temps d'utiliser l'IA. Ma seule aide : {fn#1f}, notre service civique. Adresse de l'école : {adrl}.",
    "Inspecteur de l'Éducation nationale. Je conseille la prudence. J'ai relu les séquences de {t#1} {ini#1}. et de {t#2} {ini#2}. : pertinentes, mais sans recul critique.",
    "Je suis parent et élu au CA. {fl#1}, {fl#2} et moi-même avons demandé une réunion d'information. Réponse de la direction : rien. Mon numéro : {mob}",
    "Stagiaire INSPÉ. Ma tutrice, {fl#1f}, m'interdit d'utiliser l'IA pour mes séquences. Mon formateur {fn#2m} dit le contraire. Qui croire ?",
    "L'IA en classe ? Lisez le rapport de {pub}. Moi je suis AED, j'ai vu {fn#1} et {fn#2} se faire exclure pour triche au bac blanc. {fn#3m} aussi mais il a nié.",
    "bonjour je suis la maman de {fn#1m} en {classe} au {etab} mon fils s'est fait voler son compte ENT et quelqu'un a utilisé l'IA pour écrire des messages à sa prof {t#2f} {ln#2} merci de me rappeler au {mob}",
    "Très bonne initiative ce questionnaire. Au {etab}, {fl#1} a créé un club IA le mercredi. {fn#2}, {fn#3} et une dizaine d'élèves y vont. {ln#4f}, la gestionnaire, a trouvé un budget.",
    "!noacc L'IA c'est surtout un probleme d'equite : {fn#1} a un abonnement payant, {fn#2} n'a meme pas d'ordinateur. Voila. {fi#3}. prof de {matiere}",
    "Bibliothécaire au réseau de {ville}, nous accueillons des classes pour parler IA. Merci à {t#1} {ln#1} et à ses élèves de {classe}. Réservations : {fixe}, {emo#2}",
    "Confidentialité : un collègue a collé dans {ia} le bulletin de ma fille, {fL#1f}, avec ses notes et notre adresse ({adr}). Inadmissible.",
    "Ancienne élève de {t#1} {ln#1} au {etab}, aujourd'hui data scientist : l'IA doit s'apprendre tôt. Je propose d'intervenir bénévolement. {fl#2f}, {emo#2}",
    "SGEN-CFDT : nous demandons un cadre national. Notre déléguée {fl#1f} porte le dossier au CSA académique. Contact : {mob}.",
    "Je m'appelle {fl#1} et j'enseigne outre-mer. Beaucoup d'élèves ne parlent pas français à la maison, l'IA les comprend mal. {fn#2} et {fn#3}, en {classe}, ont pourtant essayé. Adresse : {adrom}",
    "Voici mon avis : interdire est illusoire. Mon petit-fils {fn#1m}, au lycée de {ville}, fait tout avec. Je suis grand-mère et ancienne institutrice. {low#2f}",
    "Petit retour : le tuteur IA de {outil} a bloqué le compte de {fn#1} (ULIS). Ticket ouvert par la référente, {fl#2f}. Toujours pas de réponse.",
    "Je suis professeur en SEGPA. Pour {fn#1} et {fn#2}, la synthèse vocale + IA, c'est une révolution. Merci à {fl#3} du pôle inclusif, joignable au {tel}.",
    "!low j'ai 15 ans, en {classe}. les profs disent que l'ia c'est de la triche mais {t#1} {ln#1} en {matiere} l'utilise pour les qcm lol. {fn#2} confirme",
    "Bonjour, je suis {T#1} {LF#1}, gestionnaire. Les devis IA passent par moi : tout est trop cher. Mon poste : {fixe}",
    "Les internes de {classe} me posent beaucoup de questions. Avec {fn#1}, l'autre AED, on a fait une affiche. L'infirmière {t#2f} {ln#2} nous a aidés.",
    "Je suis professeure des écoles à {ville}. Les dessins générés par IA de {fn#1} et {fn#2} (CE2) étaient magnifiques, mais est-ce encore leur travail ? {fl#3f}",
    "!low ancien principal, retraité. du temps de {pub} on parlait déjà de machines à enseigner. rien de nouveau. cordialement {LF#1}",
    "Contractuel en {matiere}, je n'ai reçu ni formation ni matériel. Mon tuteur {fn#1m} m'a dépanné. Si l'académie veut me joindre : {emo#2}\n{adrml}",
    "Coordinatrice REP+ : l'IA creuse les écarts. {fn#1m} n'a pas internet chez lui. Sa famille est hébergée chez {t#2} {ln#2}, {adrl}.",
    "Parent (père de {fn#1f}, {classe}). Lors de la réunion, {t#2} {LN#2} a dit que les devoirs faits avec IA auraient 0. Bonne chose. {fl#3m}",
    "Je travaille à la DANE. Nous avons formé 300 collègues. Merci à {fl#1}, {fl#2} et {fl#3} pour l'animation. Inscriptions : {em#4}",
    "Enseignante au lycée français de {etr}, joignable au {telint}. Mes collègues {fn#1} et {fl#2} ont créé une formation IA pour tout le réseau AEFE.",
    "!low le prof {ln#1m} a mis zero a {fn#2} pour un devoir fait par ia alors que c'etait pas vrai. on conteste. {fn#3f} (sa soeur) et moi",
    "Assistante sociale scolaire : une famille ({fL#1}, {adr}) a reçu un faux courriel « de l'école » rédigé par IA demandant son IBAN. Heureusement elle a appelé. Vigilance.",
    "Compte rendu perso : réunion avec {t#1} {ln#1} et {t#2} {ln#2} (DSDEN) sur l'IA. Beaucoup de diapos, peu de moyens. Prochaine réunion le {date}.",
    "Je remercie {fn#1}, service civique au collège, qui a aidé {fn#2} à comprendre comment {ia} fonctionne. C'est ça l'éducation au numérique. — {ii#3}.",
    "!low {low#1} prof de techno. ia = outil comme un autre. mon num si besoin {mob}. ps: {fn#2} de {classe} est un génie du prompt",
    "Je suis en BTS. Mon maître de stage, {fl#1m}, utilise l'IA tous les jours. Au lycée, {t#2} {ln#2} nous l'interdit. Incohérent.",
    "Inspectrice pédagogique régionale. J'ai observé en {classe} une séance remarquable de {t#1} {ln#1} : les élèves critiquaient des réponses de {ia}. Bravo aussi à {fn#2}, l'assistant{e#2} d'éducation.",
    "Père d'élève à {ville}. Rappelez-moi : {tel}. Je suis {fl#1m}, j'ai des questions sur l'usage des données de mon fils {fn#2m} par les outils IA.",
    "Prof de {matiere} en Polynésie. Mes élèves {fn#1}, {fn#2} et {fn#3} ont traduit un conte en reo tahiti avec l'aide de l'IA, relu par {t#4} {ln#4}. Tél. {telom}",
    "Je mets mes coordonnées au cas où : {fl#1}, {adrl}, {mob}, n° SS {nir}. (oui je sais, je n'aurais pas dû)",
    "Mme {ini#1f}. (prof de {matiere}) a fait une super séance sur les biais. {fn#2m}, mon fils, en parle encore. Merci à elle ! Une maman de {classe}",
    "!noacc Ma collegue {Lf#1} dit que l'IA c'est la fin de la dissertation. Moi je pense que {pub} a raison : il faut apprendre a poser les bonnes questions.",
    "Notre collège (RNE {uai}) est pilote IA cette année. La principale, {t#1f} {ln#1}, est enthousiaste ; l'équipe beaucoup moins.",
    "Fuite de données : la fiche de paie de ma collègue {fl#1} (avec son n° de sécu {nir}) s'est retrouvée dans un document partagé « résumé par IA ». Grave.",
    "!low on m'a demandé mon iban {iban} sur un formulaire soi-disant ia de la mairie pour la cantine, c'est une arnaque ? {fn#1f} maman de {fn#2} ({classe})",
    "Je signale : un site qui se fait passer pour le lycée (UAI {uai}) propose un « abonnement IA » et demande un virement sur {iban}. Nous avons prévenu {t#1} {ln#1}.",
    "Les stats IA sont publiées par UAI : {uai} pour nous, {uai} pour le collège voisin. Les chiffres sont faux. {fl#1}, principal{e#1} adjoint{e#1}.",
    "Le référent harcèlement, {fl#1m}, a dû gérer un deepfake. L'élève visée, {fn#2f}, a changé d'établissement. Le père ({tel}) n'a jamais eu de réponse écrite.",
    "Je suis élève de {classe} et je trouve injuste que {ln#1} (le prof principal) nous interdise tout alors que {t#2} {ln#2} nous apprend à bien utiliser {ia}.",
]

LETTER = [
    "{fl#1}\n{adrml}\nTél. : {mob}\nCourriel : {em#1}\n\n{ville}, le {date}\n\nObjet : usage de l'IA par mon enfant\n\n{T#2},\n\nJe me permets de vous écrire au sujet de mon fils {fn#3m}, élève de {classe}. Son professeur lui a retiré des points pour un devoir qu'il soupçonne rédigé par une IA. Nous contestons.\n\nVeuillez agréer, {T#2}, mes salutations distinguées.\n\n{fl#1}",
    "De : {fl#1} <{em#1}>\nÀ : {fl#2} <{em#2}>\nCc : {emg}\nDate : {date} {heure}\nObjet : Charte IA — relecture\n\nBonjour {fn#2},\n\nCi-joint la version 3 de la charte. Peux-tu relire la partie données personnelles ?\n\n{fn#1}\n{role}\n{etab}\n{fixe}",
    lambda: "Liste d'émargement — formation « IA et pédagogie » — {date}\nNom | Prénom | Fonction | Signature\n" + "\n".join("{LN#%d} | {fn#%d} | {role} | " % (i, i) for i in range(1, rng.randint(4, 7))),
    lambda: "nom;prenom;classe;mail_responsable\n" + "\n".join("{LN#%d};{fn#%d};{classe};{em#%d}" % (i, i, i + 10) for i in range(1, rng.randint(3, 6))),
    lambda: "NOM Prénom\tClasse\tAutorisation IA\n" + "\n".join("{LF#%d}\t{classe}\t%s" % (i, rng.choice(["oui", "non", "en attente"])) for i in range(1, rng.randint(4, 7))),
    "COMPTE RENDU — Conseil pédagogique du {date}\nPrésents : {t#1} {ln#1} (principal{e#1}), {t#2} {ln#2}, {fl#3}, {fl#4}\nExcusé(e)s : {fl#5}\nSecrétaire de séance : {fi#6}.\n\n1. Usage de l'IA générative : un groupe de travail est constitué.\n2. Questions diverses.",
    "[{date}, {heure}] {fl#1}: vous avez vu le mail du rectorat sur l'IA ?\n[{date}, {heure}] {fn#2}: oui... encore une charte\n[{date}, {heure}] {fl#1}: {fn#3} propose qu'on en parle jeudi\n[{date}, {heure}] {fl#4}: ok pour moi, mon num si besoin {mob}",
    "Pronote — Discussion\nDe : {t#1} {LN#1} ({matiere})\nÀ : Responsables de {fL#2}\nObjet : Devoir maison\n\nBonjour,\nLe devoir rendu par {fn#2} présente toutes les caractéristiques d'un texte généré par IA. Je souhaite vous rencontrer.\nCordialement,\n{t#1} {LN#1}",
    "Message ENT\nExpéditeur : {fl#1}\nDestinataires : Équipe pédagogique {classe}\n\nBonjour à tous, je vous transmets le protocole IA validé en CA. Les questions sont à adresser à {fl#2} ({em#2}).\nBonne journée",
    "{LF#1}\n{role}\n{adrl}\n{mob} · {em#1}\n\nCOMPÉTENCES\n- Usage raisonné de l'IA en classe\n- Formation de formateurs (académie)\n\nEXPÉRIENCE\n2019-2025 : {etab}",
    "FORMULAIRE D'INSCRIPTION — Atelier IA\nNom : {LN#1}\nPrénom : {fn#1}\nN° de sécurité sociale : {nir}\nAdresse : {adrl}\nTéléphone : {tel}\nCourriel : {em#1}\nÉtablissement : {etab} (UAI {uai})",
    "Demande de remboursement de frais — formation IA du {date}\nBénéficiaire : {LF#1}\nGrade : certifié{e#1}\nIBAN : {iban}\nBIC : AGRIFRPP\nMontant : {montant}\nSignature : {fi#1}.",
    "Le principal du {etab} (UAI {uai}) a le plaisir de vous inviter à la conférence « L'IA à l'école : promesses et limites », animée par {fl#1}, chercheur{e#1} en sciences de l'éducation, le {date} à {heure}.\nLieu : {adrl}\nRéponse souhaitée : {emg}",
    "Conseil de classe {classe} — {date}\nPrésidence : {t#1} {ln#1}\nProf. principal : {t#2} {ln#2}\nDélégués élèves : {fl#3}, {fl#4}\nDélégués parents : {fl#5}\n\n{LF#6} : travail sérieux mais usage non maîtrisé de l'IA.\n{LF#7} : félicitations.",
    "Bien cordialement,\n\n{fl#1f}\nProfesseure documentaliste\n{etab}\n{adrml}\nTél. {fixe} | Port. {mob}\n{em#1}",
    "Madame, Monsieur,\n\nVotre enfant {fL#1}, élève de {classe}, est convoqué(e) le {date} à {heure} au bureau de la vie scolaire suite à l'utilisation non autorisée d'une IA lors d'une évaluation.\n\nLa CPE,\n{fl#2f}",
    "{fl#1}\n{adrint}\n{telint}\n\nÀ l'attention de {T#2} {ln#2}, proviseur{e#2}\n\nObjet : inscription de ma fille {fn#3f}\n\nNous rentrons en France à la rentrée. Ma fille utilisait des outils d'IA encadrés au lycée français. Qu'en est-il chez vous ?\n\nRespectueusement,\n{fl#1}",
    "Objet : demande de matériel adapté\n\nJe soussignée {fl#1f}, AESH, sollicite pour {fn#2} ({classe}) l'installation d'un logiciel de dictée vocale. L'ergothérapeute, {fl#3}, l'a préconisé.\nJe reste joignable au {mob}.",
    "SNUipp-FSU — section départementale\n{adrml}\n\nÀ l'attention de {T#1} {ln#1}, IEN\n\n{T#1},\nNous vous alertons sur l'usage d'outils d'IA non validés dans les écoles de la circonscription. Contact : {fl#2}, {tel}.",
    "Bonjour,\nDepuis ce matin, {ia} ne fonctionne plus en salle B12 (ticket {ticket}). Pouvez-vous intervenir ? Je suis en cours jusqu'à 16h mais joignable au {mob}.\n{fl#1}\n{role}",
    "Association des parents d'élèves — bureau {date}\nPrésidente : {fL#1f}\nTrésorier : {fL#2m}\nSecrétaire : {fL#3}\nMembres : {fl#4}, {fl#5}, {fl#6}\nContact : {emo#1}",
    "CONVENTION DE STAGE\nEntreprise : Atelier numérique du Port\nTuteur : {fl#1}\nTél. : {tel}\nÉlève : {LF#2}\nClasse : {classe}\nN° SS élève : {nir}\nAdresse de l'élève : {adrl}",
    "{heure} - {fn#1}: t'as fini la fiche sur l'IA pour demain ?\n{heure} - {fn#2}: nn je demande à {ia} lol\n{heure} - {fn#1}: {t#3} {ln#3} va le voir direct\n{heure} - {fn#2}: bah appelle moi {mob}",
    "{fl#1}  {heure}\nQuelqu'un a le lien vers le questionnaire IA ?\n{fl#2}  {heure}\nOui, je te l'envoie. Pense à le transférer à {fn#3}.\n{fl#1}  {heure}\nMerci !",
    "{fl#1}\nchez {t#2} {ln#2}\n{adrml}\n\nMonsieur le Recteur,\n\nJe sollicite une formation à l'IA dans le cadre du plan académique. Vous pouvez me joindre au {mob}.\n\n{fl#1}",
    "{fl#1}\nc/o {fl#2}\n{adrml}\n\nObjet : réclamation — plateforme IA\n\nMadame, Monsieur, les données de mon fils {fn#3m} ont été partagées sans mon accord. Je demande leur suppression.\n{fl#1}",
    "ATTESTATION DE FORMATION\n\nJe soussigné{e#1} {fl#1}, {role}, atteste que {t#2} {fl#2} a suivi la formation « IA et évaluation » ({n} heures) le {date}.\n\nFait à {ville}, le {date}.\n{fi#1}.",
    "FICHE DE LIAISON INFIRMERIE\nÉlève : {LF#1}\nClasse : {classe}\nMotif : anxiété liée aux évaluations (usage d'IA suspecté)\nResponsable légal : {LF#2}, {tel}\nInfirmière : {t#3f} {ln#3}",
    "Rendez-vous PsyEN\nÉlève : {fl#1}\nDate : {date} à {heure}\nObjet : orientation, métiers du numérique et de l'IA\nParent présent : {tw#2} {ln#2} — {mob}",
    "Courrier des lecteurs\n\nAncien professeur de mathématiques, j'ai lu avec intérêt votre dossier sur l'IA à l'école. Du temps où j'enseignais avec {fl#1} au {etab}, on craignait déjà la calculatrice !\n\n{fl#2}, {adrl}",
    "Lycée de la Pointe — Martinique\n{adrom}\nTél. : {telom}\n\nObjet : journée académique IA\n\nMadame la Rectrice,\nNous proposons que {fl#1} et {fl#2} animent l'atelier « IA et créole ».\n{fl#3}, proviseur{e#3}",
    "Vice-rectorat — Nouméa\nRéunion du {date}\nParticipants : {fl#1}, {fl#2}, {fl#3}\nNotes : l'IA et les langues kanak. Suivi par {fn#1}, joignable au {telom}.",
    "Lycée français — {etr}\n{adrint}\n{telint}\n\nChers parents,\nLa charte d'usage de l'IA entre en vigueur. Pour toute question, contactez {fl#1}, conseiller{e#1} principal{e#1} d'éducation : {em#1}",
    "Destinataires : {em#1}; {em#2}; {emo#3}\nObjet : groupe de travail IA\n\nBonjour à tous,\nPremière réunion le {date} à {heure}, salle des professeurs.\n{fl#4}",
    "Extrait du procès-verbal du conseil d'administration du {date}\nPrésident : {t#1} {LN#1}\nVote de la charte IA : 18 pour, 3 contre, 2 abstentions.\nInterventions : {t#2} {ln#2} (représentant{e#2} des parents), {t#3} {ln#3} (SNES).",
    lambda: "| Élève | Classe | Outil IA | Référent |\n|---|---|---|---|\n" + "\n".join("| {full#%d} | {classe} | {ia} | {t#%d} {ln#%d} |" % (i, i + 10, i + 10) for i in range(1, rng.randint(3, 5))),
    "Planning ATSEM — semaine du {date}\nLundi : {fn#1f} (MS), {fn#2f} (GS)\nMardi : {fn#3f} (PS)\nRemplaçante : {fl#4f}, {mob}",
    "FACTURE N° {facture}\nFormateur : {fl#1}\n{adrl}\nSIRET : {siret}\nPrestation : atelier IA ({n} h)\nMontant : {montant}\nIBAN : {iban}",
    "{FLn#1}\n{adrl}\n{tel}\n{emo#1}\nN° SS : {nir}\n\nCandidature — poste de référent numérique au {etab}",
    "Relance CDI\n\nBonjour {fn#1},\nTu as emprunté le livre « L'IA expliquée aux enfants » le {date}. Merci de le rapporter ou de me contacter au {fixe}.\n{fl#2}, professeure documentaliste",
    "MESSAGE TÉLÉPHONIQUE\nPour : {t#1} {ln#1}\nDe la part de : {tw#2} {ln#2}\nHeure : {heure}\nMessage : souhaite parler de l'usage de l'IA par son enfant. Rappeler au {tel}.",
    "!low bonjour je vous écris pour ma fille {fn#1f} en {classe} on habite {adrl} et on a pas internet donc elle peut pas faire les exercices avec l'ia demandés par {t#2} {ln#2} merci de comprendre {fl#3}",
    "FICHE DE RENSEIGNEMENTS\nNom de l'élève : {LN#1}\nPrénom : {fn#1}\nResponsable 1 : {LF#2}\nAdresse : {adrml}\nTél. : {mob}\nCourriel : {em#2}\nResponsable 2 : {LF#3}\nTél. : {tel}",
    lambda: "date;AED;créneau;lieu\n" + "\n".join("{date};{fL#%d};{heure}-{heure};%s" % (i, rng.choice(["permanence", "cour", "CDI", "internat"])) for i in range(1, rng.randint(4, 6))),
    "Objet : visites d'écoles — usage de l'IA\n\nÉcoles concernées : école Jules-Ferry ({uai#1}), {etab} ({uai#2}).\nL'IEN, {fl#1}, sera accompagné{e#1} de {fl#2}, conseiller pédagogique numérique.\nSecrétariat : {fixe}",
    "--\n{fL#1}\nDDFPT — {etab}\n{adrl}\nLigne directe : {fixe}\nMobile : {mob}\n{em#1}",
    "Le {date} à {heure}, {fl#1} <{em#1}> a écrit :\n> Bonjour {fn#2}, peux-tu m'envoyer le tableau des usages IA ?\n\nVoilà {fn#1}, en pièce jointe.\n{fn#2}\n{tel}",
    "Groupe WhatsApp « Parents {classe} »\n[{heure}] {tel}: quelqu'un sait si l'IA est autorisée pour l'exposé ?\n[{heure}] {fl#1}: non, {t#2} {ln#2} a dit que non\n[{heure}] {tel}: merci !",
    "{T#1} {LF#1}\n{adrml}\n\nM. et Mme {ln#2}\n{adrl}",
    "Invitation — remise des prix du concours « IA et citoyenneté »\n\nLes lauréats : {fl#1} ({classe}), {fl#2} ({classe}) et {fl#3} ({classe}).\nJury présidé par {pub}.\nRSVP avant le {date} : {emo#4}",
    "Fiche agent — rentrée {date}\nNom d'usage : {LN#1}\nPrénom : {fn#1}\nNIR : {nir}\nIBAN : {iban}\nAffectation : {etab} — UAI {uai}\nTél. : {tel}",
    "Autorisation de prélèvement SEPA — restauration scolaire\nDébiteur : {LF#1}\n{adrml}\nIBAN : {iban}\nCréancier : service de restauration du collège (UAI {uai})\nFait le {date}",
    lambda: "UAI;Établissement;Commune;Référent IA\n" + "\n".join("{uai};{etab};{ville};{fL#%d}" % i for i in range(1, rng.randint(3, 5))),
    "CONTRAT AESH — pièces à fournir\nNom : {LN#1}\nPrénom(s) : {fn#1}\nN° de sécurité sociale : {nir}\nDomicile : {adrl}\nCoordonnées bancaires : {iban}\nAffectation : PIAL de {ville}",
    "Bonjour,\nComme demandé par le secrétariat, voici mon RIB pour le remboursement du voyage au salon de l'IA :\nTitulaire : {fl#1}\nIBAN : {iban}\nMerci d'avance,\n{fn#1}\n{mob}",
    "DEMANDE DE MUTATION — enseignant du second degré\nAgent : {fL#1}\nNIR : {nir}\nÉtablissement actuel : {uai} ({etab})\nVœu 1 : {uai}\nVœu 2 : {uai}\nMotif : rapprochement de conjoint",
    "DÉCLARATION D'ACCIDENT — élève\nÉlève : {LF#1}, {classe}\nResponsable légal : {fl#2}, {tel}\nN° de sécurité sociale du responsable : {nir}\nÉtablissement : UAI {uai}\nCirconstances : chute en salle informatique pendant l'atelier IA.",
    "RÉUNION DE L'ÉQUIPE DE DIRECTION\nDate : {date}\nPrésents : {ii#1}, {ii#2}, {ii#3}\nPoint IA : devis reçu ({montant}). Décision reportée.\nProchaine réunion : {date}",
]

# The "FLn" slot (surname upper + first name on one line, CV style) is an alias.
LETTER = [t if callable(t) else t.replace("{FLn#", "{LF#") for t in LETTER]


# --------------------------------------------------------------- drawing
redraws = {"check": 0, "duplicate": 0}
errors_seen = {}
seen = set()
records = []
wrong_drawn = {"NIR": [0, 0], "IBAN": [0, 0], "UAI": [0, 0]}
tpl_used = {"survey": set(), "letter": set(), "nopii": set(), "trap": set()}


def draw(cat, pool, i):
    attempts = 0
    while True:
        attempts += 1
        if cat in ("survey", "letter") and attempts <= 40:
            ti = i % len(pool)
        else:
            ti = rng.randrange(len(pool))
        tpl = pool[ti]
        if callable(tpl):
            tpl = tpl()
        low = noacc = False
        if tpl.startswith("!low "):
            tpl, low = tpl[5:], True
        elif tpl.startswith("!noacc "):
            tpl, noacc = tpl[7:], True
        elif cat in ("survey", "nopii"):
            r = rng.random()
            low, noacc = r < 0.1, 0.1 <= r < 0.2
        ty = cat in ("survey", "nopii", "trap") and rng.random() < 0.2
        ctx = Ctx()
        marked = expand(tpl, ctx)
        text, ents = render(marked, (low, noacc, ty))
        err = check_entities(text, ents)
        if err is None and cat in ("nopii", "trap") and ents:
            err = "entity in no-PII category"
        if err is None and "⟦" in text:
            err = "leftover mark"
        if err:
            redraws["check"] += 1
            errors_seen[err.split(" ")[0]] = errors_seen.get(err.split(" ")[0], 0) + 1
            if attempts > 500:
                sys.exit("cannot draw %s template %d: %s" % (cat, ti, err))
            continue
        if text in seen:
            redraws["duplicate"] += 1
            continue
        seen.add(text)
        tpl_used[cat].add(ti)
        for k, v, w in ctx.ids:
            wrong_drawn[k][0] += 1
            wrong_drawn[k][1] += int(w)
        return {"cat": cat, "text": text,
                "entities": [{"kind": k, "text": v} for k, v, _ in ents]}


def main():
    plan = [("nopii", NOPII, 60), ("trap", TRAP, 70),
            ("survey", SURVEY, 150), ("letter", LETTER, 120)]
    for cat, pool, n in plan:
        for i in range(n):
            records.append(draw(cat, pool, i))
    rng.shuffle(records)
    cats = {}
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(records):
            rid = "q%03d" % (i + 1)
            cats[rid] = r["cat"]
            f.write(json.dumps({"id": rid, "text": r["text"], "entities": r["entities"]},
                               ensure_ascii=False) + "\n")

    # ---- re-read and re-check
    fails = 0
    per_kind = {k: 0 for k in KINDS}
    per_cat = {}
    measured = {"NIR": [0, 0], "IBAN": [0, 0], "UAI": [0, 0]}
    ids = []
    texts = set()
    total = 0
    with open(OUT, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for line in lines:
        o = json.loads(line)
        ids.append(o["id"])
        if set(o) != {"id", "text", "entities"}:
            fails += 1
        texts.add(o["text"])
        ents = [(e["kind"], e["text"], None) for e in o["entities"]]
        err = check_entities(o["text"], ents, intended=False)
        if err:
            print("FAIL", o["id"], err)
            fails += 1
        c = cats[o["id"]]
        pc = per_cat.setdefault(c, {"lines": 0, "entities": 0})
        pc["lines"] += 1
        pc["entities"] += len(ents)
        if c in ("nopii", "trap") and ents:
            print("FAIL", o["id"], "entities in", c)
            fails += 1
        for k, v, _ in ents:
            per_kind[k] += 1
            total += 1
            if k == "NIR":
                measured[k][0] += 1
                measured[k][1] += int(not nir_valid(v))
            elif k == "IBAN":
                measured[k][0] += 1
                measured[k][1] += int(not iban_valid(v))
                if not iban_rib_ok(v):
                    print("FAIL", o["id"], "RIB key wrong", v)
                    fails += 1
            elif k == "UAI":
                measured[k][0] += 1
                measured[k][1] += int(not uai_valid(v))
    if ids != ["q%03d" % i for i in range(1, 401)] or len(lines) != 400:
        print("FAIL ids/line count")
        fails += 1
    if len(texts) != 400:
        print("FAIL duplicate texts")
        fails += 1
    want = {"nopii": 60, "trap": 70, "survey": 150, "letter": 120}
    for c, n in want.items():
        if per_cat.get(c, {}).get("lines") != n:
            print("FAIL category size", c)
            fails += 1
    if len(tpl_used["survey"]) < 60 or len(tpl_used["letter"]) < 45:
        print("FAIL template coverage", len(tpl_used["survey"]), len(tpl_used["letter"]))
        fails += 1
    for k in ("NIR", "IBAN", "UAI"):
        if measured[k] != wrong_drawn[k]:
            print("FAIL wrong-key drawn vs measured mismatch", k, wrong_drawn[k], measured[k])
            fails += 1

    md5 = hashlib.md5(open(OUT, "rb").read()).hexdigest()
    print("seed:", SEED)
    print("file:", OUT)
    print("md5:", md5)
    print("lines:", len(lines))
    print("per kind:", json.dumps(per_kind, ensure_ascii=False))
    print("total entities (summed from file):", total, "| sum of per-kind:", sum(per_kind.values()))
    print("per category:", json.dumps(per_cat, ensure_ascii=False))
    print("templates used:", {k: len(v) for k, v in tpl_used.items()},
          "pool sizes:", {"nopii": len(NOPII), "trap": len(TRAP), "survey": len(SURVEY), "letter": len(LETTER)})
    for k in ("NIR", "IBAN", "UAI"):
        d, m = wrong_drawn[k], measured[k]
        print("wrong-key %s: drawn %d/%d (%.1f %%), re-measured %d/%d (%.1f %%)" % (
            k, d[1], d[0], 100.0 * d[1] / max(d[0], 1), m[1], m[0], 100.0 * m[1] / max(m[0], 1)))
    allw = [sum(wrong_drawn[k][j] for k in wrong_drawn) for j in (0, 1)]
    print("wrong-key overall: %d/%d (%.1f %%)" % (allw[1], allw[0], 100.0 * allw[1] / max(allw[0], 1)))
    print("redraws:", redraws, "check-failure reasons:", errors_seen)
    if fails:
        sys.exit("self-check failed: %d problem(s)" % fails)
    print("self-check OK")


if __name__ == "__main__":
    main()
