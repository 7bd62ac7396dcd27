#!/usr/bin/env python3
"""Generate pii_blind4.jsonl: 400 labelled French free-text answers (AI in schools).

Deterministic (seed 1122026), standard library only.
Placeholders in templates are replaced by generated values; entities are
recorded in order of appearance while substituting.
"""
import json
import os
import random
import re
import unicodedata
from collections import Counter

SEED = 1122026
N_TOTAL = 400
N_TRAPS = 70
TARGETS = {"PERSONNE": 430, "EMAIL": 65, "TELEPHONE": 65, "NIR": 65,
           "IBAN": 65, "UAI": 65, "ADRESSE": 65}

rng = random.Random(SEED)

# ---------------------------------------------------------------- names
FIRST_M = {
    "fr": ["Jean-Baptiste", "Pierre", "Constant", "Thibault", "Loïc", "Aurélien", "Jean-Marc",
           "Sébastien", "Romain", "Benoît", "Hervé", "Quentin", "Geoffroy", "Lucien", "Bertrand",
           "Jean-Michel", "Gaëtan", "Baptiste", "Florent", "Marc-Antoine", "Éric", "Didier"],
    "bzh": ["Erwan", "Tanguy", "Ronan", "Yann", "Goulven", "Gwenaël", "Corentin", "Malo", "Yannick", "Per"],
    "co": ["Paul-Antoine", "Anghjulu", "Orsu", "Ghjuvanni", "Dumè", "Jean-Toussaint", "Santu"],
    "mag": ["Karim", "Sofiane", "Yanis", "Mohamed", "Rachid", "Abdelkader", "Nassim", "Hocine",
            "Walid", "Mehdi", "Farid", "Djamel", "Youssef", "Bilal", "Amine"],
    "waf": ["Moussa", "Mamadou", "Ousmane", "Adama", "Seydou", "Ibrahima", "Souleymane", "Cheikh",
            "Boubacar", "Lamine", "Modibo"],
    "pt": ["João", "Manuel", "Rui", "Joaquim", "Tiago", "Nuno", "Vasco", "Duarte"],
    "vn": ["Minh", "Quang", "Thanh", "Bao", "Duc", "Tuan", "Hieu", "Van Long"],
    "pl": ["Krzysztof", "Wojciech", "Piotr", "Tomasz", "Grzegorz", "Łukasz", "Jakub"],
    "tr": ["Emre", "Mehmet", "Burak", "Serkan", "Gökhan", "Oğuz", "Kemal"],
    "ant": ["Joël", "Fritz", "Jocelyn", "Rudy", "Teddy", "Harry", "Sully", "Max-Henri", "Dorville"],
    "int": ["Dmitri", "Wei", "Rajesh", "Matteo", "Alejandro", "Nikos", "Björn", "Aidan", "Kwame"],
}
FIRST_F = {
    "fr": ["Marie", "Hélène", "Rose", "Olive", "Victoire", "Camille", "Mathilde", "Anne-Sophie",
           "Bérénice", "Ghislaine", "Clémence", "Marie-Claude", "Odile", "Capucine", "Lucienne",
           "Frédérique", "Nathalie", "Véronique", "Solène", "Agathe", "Marie-Hélène", "Sandrine",
           "Blanche", "Aurore", "Pascale"],
    "bzh": ["Soizic", "Gwenaëlle", "Nolwenn", "Katell", "Maïwenn", "Enora", "Maëlle", "Annaïg", "Rozenn"],
    "co": ["Dumenica", "Marie-Dominique", "Ghjulia", "Letizia", "Paola", "Santa"],
    "mag": ["Nadia", "Fatima-Zahra", "Samira", "Leïla", "Yasmine", "Imane", "Amel", "Khadija",
            "Soraya", "Malika", "Naïma", "Houria", "Sabrina", "Dounia"],
    "waf": ["Aminata", "Fatoumata", "Awa", "Kadiatou", "Binta", "Mariam", "Aïssatou", "Rokia",
            "Ndeye", "Coumba"],
    "pt": ["Ana", "Filipa", "Conceição", "Inês", "Sílvia", "Rosa", "Graça", "Fernanda"],
    "vn": ["Thi Lan", "Huong", "Linh", "Phuong", "Mai", "Ngoc Anh", "Thuy"],
    "pl": ["Katarzyna", "Agnieszka", "Małgorzata", "Zofia", "Jadwiga", "Ewa", "Bożena"],
    "tr": ["Ayşe", "Elif", "Zeynep", "Hülya", "Özlem", "Derya", "Songül"],
    "ant": ["Lucette", "Marie-Line", "Ginette", "Nadège", "Murielle", "Josiane", "Rosemonde", "Lydia"],
    "int": ["Anastasia", "Oksana", "Priya", "Svetlana", "Giulia", "Lucía", "Siobhan", "Chiamaka"],
}
LAST = {
    "fr": ["Dupont", "Marchal", "Roux", "Lefebvre", "Girard", "Bonnefoy", "Chevalier", "Fontaine",
           "Mercier", "Perrin", "Morel", "Garnier", "Lemaire", "Vasseur", "Delattre", "Caron",
           "Brunet", "Rousseau", "Pichon", "Lacombe", "Aubert", "Fauvel", "Pierre", "Constant",
           "Rose", "Olive", "Lenoir", "Boulanger", "Petitjean", "Delacroix", "Vidal", "Barbier",
           "Deschamps", "Hennebelle", "Wattiez", "Dubreuil", "Mallet", "Vaillant"],
    "bzh": ["Le Goff", "Le Gall", "Kermarrec", "Tanguy", "Le Bihan", "Guivarc'h", "Le Floc'h",
            "Morvan", "Quéré", "Cloarec", "Le Duff", "Kerhervé", "Le Roux", "Jaouen", "Riou"],
    "co": ["Santoni", "Paoli", "Casanova", "Mattei", "Leca", "Giacomoni", "Filippi", "Orsini",
           "Albertini", "Ceccaldi", "Poli", "Susini"],
    "mag": ["Mansouri", "Benali", "Haddad", "Bouzid", "Cherif", "El Amrani", "Aït Ahmed", "Belkacem",
            "Ziani", "Hamdi", "Boukhari", "Ould Ali", "Benyahia", "Messaoudi", "Ben Saïd", "Lahlou"],
    "waf": ["N'Diaye", "Diallo", "Traoré", "Koné", "Sow", "Camara", "Diop", "Keïta", "Sissoko",
            "Ouédraogo", "Coulibaly", "Mbaye", "Fofana", "Sy", "Ba", "Diarra"],
    "pt": ["da Silva", "Pereira", "Ferreira", "Gonçalves", "Rodrigues", "dos Santos", "Carvalho",
           "Teixeira", "Lopes", "Fernandes", "de Sousa", "Magalhães", "Monteiro"],
    "vn": ["Nguyen", "Tran", "Le Van", "Pham", "Hoang", "Vu", "Dang", "Bui", "Ngo", "Truong"],
    "pl": ["Kowalski", "Nowak", "Wiśniewska", "Lewandowski", "Kaczmarek", "Zielińska", "Szymański",
           "Wójcik", "Grabowski", "Kowalczyk"],
    "tr": ["Yılmaz", "Demir", "Çelik", "Öztürk", "Aydın", "Kaya", "Şahin", "Arslan", "Doğan"],
    "ant": ["Jean-Louis", "Marie-Sainte", "Bellance", "Zébus", "Pélage", "Lautric", "Désiré",
            "Saint-Cyr", "Agénor", "Célestine", "Jean-Baptiste", "Nelson", "Théodose"],
    "int": ["Ivanova", "Chen", "Patel", "Rossi", "García", "Papadopoulos", "Müller", "O'Brien",
            "MacLeod", "van der Berg", "Okafor", "Schmitt"],
}
ORIGINS = list(LAST.keys())
ORIGIN_W = [6, 2, 1.5, 3, 2.5, 1.5, 1.2, 1, 1, 1.5, 1.2]

RARE_A = ["Bra", "Quen", "Vil", "Mar", "Tou", "Gau", "Lav", "Roch", "Fou", "Cha", "Ber", "Dela",
          "Mon", "Sau", "Gri", "Pou", "Bel", "Cour", "Tri", "Vau"]
RARE_B = ["ignac", "ardière", "elot", "ouze", "tin", "eron", "asse", "ignol", "ault", "ercy",
          "ouet", "andon", "illat", "ebœuf", "adour", "enave", "ichon", "ollet"]
BZH_A = ["Ker", "Pen", "Lan", "Tre", "Guen", "Plou"]
BZH_B = ["marec", "goat", "elen", "diou", "venec", "nen", "brat", "hervé", "zel", "ouan"]

CHILD_M = ["Kevin", "Nolan", "Enzo", "Lucas", "Rayan", "Adam", "Kylian", "Wassim", "Timéo", "Aylan",
           "Dylan", "Jordan", "Ethan", "Ibrahim", "Naël", "Lyam", "Ilyes", "Tiago", "Killian", "Eliott",
           "Gabin", "Mathéo", "Mamadou", "Kenzo", "Yacine", "Minh-Duc", "Erwan", "Noam"]
CHILD_F = ["Inès", "Lina", "Jade", "Chloé", "Léa", "Ambre", "Maëlys", "Shaïna", "Louna", "Océane",
           "Kenza", "Manon", "Zoé", "Maïssa", "Oumou", "Lilou", "Assia", "Yasmina", "Bintou", "Nour",
           "Mia", "Anh", "Maëlle", "Aïcha", "Clémentine", "Jeanne"]
CHILD = ["Kevin", "Inès", "Lina", "Nolan", "Enzo", "Jade", "Lucas", "Chloé", "Rayan", "Léa",
         "Ambre", "Adam", "Kylian", "Maëlys", "Shaïna", "Wassim", "Timéo", "Louna", "Aylan",
         "Nour", "Océane", "Dylan", "Jordan", "Kenza", "Ethan", "Manon", "Zoé", "Ibrahim",
         "Sacha", "Naël", "Lyam", "Mia", "Ilyes", "Maïssa", "Anh", "Oumou", "Tiago", "Lilou",
         "Killian", "Assia", "Noa", "Eliott", "Yasmina", "Bintou", "Gabin", "Mathéo", "Loan"]
WORDNAMES_F = ["Rose", "Olive", "Victoire", "Blanche", "Aurore", "Félicité", "Espérance", "Prudence", "Capucine"]
WORDNAMES_M = ["Pierre", "Constant", "Prosper", "Aimé", "Clément", "Modeste", "Désiré", "Marin", "Fidèle"]

FIGURES = ["Philippe Meirieu", "Cédric Villani", "Yann LeCun", "Luc Julia", "Laurence Devillers",
           "Stanislas Dehaene", "Célestin Freinet", "Maria Montessori", "Michel Serres",
           "Pap Ndiaye", "Gabriel Attal", "Sam Altman", "Geoffrey Hinton", "Alan Turing",
           "Meirieu", "Villani", "Dehaene", "Bourdieu", "Éric Sadin", "Serge Tisseron",
           "Olivier Houdé", "Franck Ramus", "Yuval Noah Harari", "Hannah Arendt", "Montaigne",
           "Rabelais", "Elon Musk", "Jean-Michel Blanquer", "Nicole Belloubet", "Sal Khan"]

MALE_TITLES = ["M.", "M.", "M.", "Monsieur", "Mr", "Dr", "M"]
FEMALE_TITLES = ["Mme", "Mme", "Mme", "Madame", "Mlle", "Dr", "Mme."]


def strip_accents(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("œ", "oe")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def gen_last():
    r = rng.random()
    if r < 0.07:
        return rng.choice(RARE_A) + rng.choice(RARE_B)
    if r < 0.11:
        return rng.choice(BZH_A) + rng.choice(BZH_B)
    if r < 0.18:
        a = rng.choice(LAST["fr"] + LAST["co"] + LAST["pt"])
        b = rng.choice(LAST["fr"] + LAST["ant"] + LAST["mag"])
        if a != b and " " not in a and " " not in b:
            return a + "-" + b
    o = rng.choices(ORIGINS, ORIGIN_W)[0]
    return rng.choice(LAST[o])


class Person:
    def __init__(self, child=False, wordname=False, figure=False):
        self.gender = rng.choice("MF")
        self.figure = None
        if figure:
            self.figure = rng.choice(FIGURES)
            self.first, self.last = "", self.figure
            return
        if wordname:
            self.first = rng.choice(WORDNAMES_M if self.gender == "M" else WORDNAMES_F)
        elif child:
            self.first = rng.choice(CHILD_M if self.gender == "M" else CHILD_F)
        else:
            o = rng.choices(ORIGINS, ORIGIN_W)[0]
            pool = FIRST_M if self.gender == "M" else FIRST_F
            self.first = rng.choice(pool[o])
        self.last = gen_last()

    def title(self):
        return rng.choice(MALE_TITLES if self.gender == "M" else FEMALE_TITLES)


def initials(first):
    parts = re.split(r"([- ])", first)
    out = ""
    for p in parts:
        if p == "-":
            out += "-"
        elif p == " ":
            out += " "
        elif p:
            out += p[0] + "."
    return out


def render_person(p, typ):
    """Return (display, label)."""
    if p.figure:
        return p.figure, p.figure
    f, l = p.first, p.last
    if typ == "PX":
        typ = rng.choice(["PN", "PN", "PU", "PT", "PI", "PF", "PK"])
    if typ in ("PN", "PS"):
        r = rng.random()
        if typ == "PS" and r < 0.15:
            s = initials(f) + " " + l
        elif r < 0.25:
            s = f + " " + l.upper()
        elif r < 0.33:
            s = l + " " + f
        else:
            s = f + " " + l
        return s, s
    if typ == "PU":
        s = l.upper() + " " + f
        return s, s
    if typ == "PT":
        t = p.title()
        name = (f + " " + l) if rng.random() < 0.25 else l
        return t + " " + name, name
    if typ == "PL":
        return l, l
    if typ in ("PF", "PC", "PW"):
        if typ == "PC" and rng.random() < 0.2:
            s = f + " " + l[0].upper()
            return s + ".", s
        return f, f
    if typ in ("PFL", "PCL", "PWL"):
        s = f + " " + l
        return s, s
    if typ == "PI":
        s = initials(f) + " " + l
        return s, s
    if typ == "PK":
        s = f + " " + strip_accents(l)[0].upper()
        return s + ".", s
    if typ == "PTI":
        s = strip_accents(l)[0].upper()
        return p.title().rstrip(".") + " " + s + ".", s
    if typ in ("pf", "pc"):
        s = strip_accents(f).lower()
        return s, s
    if typ == "pn":
        s = strip_accents(f + " " + l).lower() if rng.random() < 0.6 else (f + " " + l).lower()
        return s, s
    if typ == "pl":
        s = strip_accents(l).lower()
        return s, s
    raise ValueError(typ)


PERSON_TYPES = {"PN", "PF", "PT", "PU", "PI", "PK", "PTI", "PX", "PC", "PS", "PW", "FIG",
                "pf", "pn", "pc", "PL", "pl", "PFL", "PCL", "PWL"}
GENDERED = {b + g for b in ("PN", "PF", "PT", "PS", "PU", "pf", "pn", "PC", "pc", "PFL") for g in "FM"}
PERSON_TYPES |= GENDERED

# ---------------------------------------------------------------- identifiers
ACADS = ["ac-lille.fr", "ac-rennes.fr", "ac-aix-marseille.fr", "ac-guadeloupe.fr", "ac-corse.fr",
         "ac-lyon.fr", "ac-toulouse.fr", "ac-strasbourg.fr", "ac-nantes.fr", "ac-limoges.fr",
         "ac-clermont.fr", "ac-versailles.fr", "ac-creteil.fr", "ac-paris.fr", "ac-normandie.fr",
         "ac-montpellier.fr", "ac-bordeaux.fr", "ac-grenoble.fr", "ac-reunion.fr", "ac-martinique.fr",
         "ac-amiens.fr", "ac-poitiers.fr", "ac-dijon.fr", "ac-besancon.fr", "ac-nancy-metz.fr"]
PERSO = ["gmail.com", "hotmail.fr", "orange.fr", "laposte.net", "free.fr", "wanadoo.fr",
         "yahoo.fr", "outlook.com", "protonmail.com", "sfr.fr", "icloud.com", "live.fr"]


def slug(s):
    s = strip_accents(s).lower()
    return re.sub(r"[^a-z]", "", s)


def slug_h(s):
    s = strip_accents(s).lower().replace("'", "").replace(" ", "-")
    return re.sub(r"[^a-z-]", "", s)


def gen_email(p=None):
    if p is None or p.figure:
        p = Person()
    fn, ln = slug_h(p.first), slug_h(p.last)
    f0 = slug(p.first)[0]
    acad = rng.choice(ACADS)
    perso = rng.choice(PERSO)
    k = rng.randint(0, 17)
    if k <= 3:
        return f"{fn}.{ln}@{acad}"
    if k == 4:
        return f"{f0}.{ln}@{acad}"
    if k == 5:
        return f"{fn}.{ln}{rng.randint(1, 9)}@{acad}"
    if k == 6:
        return f"{slug(p.first)}{slug(p.last)}{rng.randint(60, 99)}@{perso}"
    if k == 7:
        return f"{ln}.{fn}@{perso}"
    if k == 8:
        return f"{f0}{slug(p.last)}@{perso}"
    if k == 9:
        return f"{strip_accents(p.first).replace(' ', '')}.{strip_accents(p.last).replace(' ', '').replace(chr(39), '')}@{acad.upper()}"
    if k == 10:
        sub = rng.choice(["etu.univ-lille.fr", "ens.univ-rennes2.fr", "inspe-lyon.fr",
                          "mail.college-lesdunes.fr", "cned.fr", "reseau-canope.fr", "education.gouv.fr"])
        return f"{fn}.{ln}@{sub}"
    if k == 11:
        return f"ce.{gen_uai(valid=True).lower()}@{acad}"
    if k == 12:
        return f"{fn}.{ln} [at] {acad}"
    if k == 13:
        return f"{fn}.{ln}(at){acad.replace('.', '(dot)')}"
    if k == 14:
        return f"{fn}.{ln} arobase {acad}"
    if k == 15:
        return f"{fn}_{ln}{rng.randint(1, 99)}@{perso}"
    if k == 16:
        return f"{f0}{slug(p.last)[:6]}{rng.randint(10, 9999)}@{acad}"
    return f"{fn}-{ln}@{perso}"


def gen_tel():
    first = rng.choice("6676671234597")
    rest = "".join(str(rng.randint(0, 9)) for _ in range(8))
    d = "0" + first + rest
    pairs = [d[i:i + 2] for i in range(0, 10, 2)]
    k = rng.randint(0, 11)
    if k <= 3:
        return " ".join(pairs)
    if k == 4:
        return ".".join(pairs)
    if k == 5:
        return d
    if k == 6:
        return "+33 " + d[1] + " " + " ".join(pairs[1:])
    if k == 7:
        return "+33 (0)" + d[1] + " " + " ".join(pairs[1:])
    if k == 8:
        return "-".join(pairs)
    if k == 9:
        return "+33" + d[1:]
    if k == 10:
        return "0033 " + d[1] + " " + " ".join(pairs[1:])
    return "/".join(pairs) if rng.random() < 0.5 else d[:2] + " " + d[2:6] + " " + d[6:]


STATS = Counter()


def pick_valid(kind):
    """About 40 % wrong check values, spread evenly (answers are shuffled later)."""
    n = STATS[kind + "_valid"] + STATS[kind + "_wrong"]
    wrong = int((n + 1) * 0.4) > int(n * 0.4)
    STATS[kind + ("_wrong" if wrong else "_valid")] += 1
    return not wrong


def gen_nir():
    sex = rng.choice("12")
    yy = f"{rng.randint(45, 99) if rng.random() < 0.8 else rng.randint(0, 8):02d}"
    mm = f"{rng.randint(1, 12):02d}"
    dep = rng.choice([d for d in range(1, 96) if d != 20] + [99])
    dep = f"{dep:02d}"
    com = f"{rng.randint(1, 990):03d}"
    ordr = f"{rng.randint(1, 999):03d}"
    body = sex + yy + mm + dep + com + ordr
    key = 97 - int(body) % 97
    valid = pick_valid("NIR")
    if not valid:
        key = (key - 1 + rng.randint(1, 96)) % 97 + 1
    k2 = f"{key:02d}"
    k = rng.randint(0, 5)
    if k <= 1:
        return f"{sex} {yy} {mm} {dep} {com} {ordr} {k2}"
    if k == 2:
        return body + k2
    if k == 3:
        return body + " " + k2
    if k == 4:
        return f"{sex}.{yy}.{mm}.{dep}.{com}.{ordr}.{k2}"
    return f"{sex} {yy} {mm} {dep} {com} {ordr} - {k2}"


BANKS = ["30004", "30002", "20041", "10278", "16006", "30003", "10107", "11306", "13335",
         "14505", "17515", "18206", "12506", "15589", "13507", "30066"]


def iban_check(bban):
    num = int(bban + "1527" + "00")
    return 98 - num % 97


def gen_iban():
    bank = rng.choice(BANKS)
    branch = f"{rng.randint(0, 99999):05d}"
    acct = "".join(str(rng.randint(0, 9)) for _ in range(11))
    rib = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
    bban = bank + branch + acct + f"{rib:02d}"
    chk = iban_check(bban)
    valid = pick_valid("IBAN")
    if not valid:
        if rng.random() < 0.5:  # typo in account digits, keeps FR76
            i = rng.randint(10, 20)
            nd = str((int(bban[i]) + rng.randint(1, 9)) % 10)
            bban = bban[:i] + nd + bban[i + 1:]
        else:
            chk = (chk + rng.randint(1, 60)) % 97 + 2
            if chk == iban_check(bban):
                chk = chk + 1
    s = f"FR{chk:02d}{bban}"
    if valid:
        assert iban_check(bban) == chk
    k = rng.randint(0, 6)
    if k <= 3:
        out = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    elif k == 4:
        out = s
    elif k == 5:
        out = " ".join(s[i:i + 4] for i in range(0, len(s), 4)).lower()
    else:
        out = s.lower()
    return out


UAI_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ"
UAI_DEPS = ["059", "062", "035", "029", "013", "075", "069", "033", "031", "067", "044", "087",
            "063", "093", "094", "092", "971", "972", "974", "976", "057", "080", "021", "056",
            "022", "034", "006", "038", "076", "014"]


def gen_uai(valid=None):
    num = rng.choice(UAI_DEPS) + f"{rng.randint(0, 9999):04d}"
    letter = UAI_ALPHA[int(num) % 23]
    if valid is None:
        valid = pick_valid("UAI")
    if not valid:
        letter = rng.choice([c for c in UAI_ALPHA if c != letter])
    out = num + letter
    if rng.random() < 0.08:
        out = out.lower()
    return out


STREETS = ["des Lilas", "du Général-de-Gaulle", "Jean-Jaurès", "de la République", "Pasteur",
           "des Écoles", "du Moulin", "Victor-Hugo", "de la Gare", "des Acacias", "du Port",
           "Saint-Michel", "de Brest", "des Peupliers", "du Maréchal-Foch", "Émile-Zola",
           "de l'Église", "des Mimosas", "du Stade", "Aristide-Briand", "des Frères-Lumière",
           "de la Paix", "du 8-Mai-1945", "de Verdun", "des Tanneurs", "de la Liberté",
           "Gambetta", "des Cordeliers", "du Vieux-Marché", "de Kerlann", "Paul-Doumer",
           "des Hortensias", "Henri-Barbusse", "du Docteur-Schweitzer", "de Strasbourg"]
WAYS = ["rue", "rue", "rue", "rue", "avenue", "av.", "bd", "boulevard", "chemin", "impasse",
        "allée", "place", "route", "quai", "cours", "Rue", "Av.", "Bd"]
LIEUDITS = ["Les Granges", "Kerlouan", "Le Bourg", "La Croix-Blanche", "Mezou Vras",
            "Les Hauts de Saint-Jean", "La Bergerie", "Pont-Hélé"]
RESID = ["Les Tilleuls", "Le Parc", "Les Jardins de Flore", "Bellevue", "Les Cèdres"]


def gen_adr():
    r = rng.random()
    if r < 0.07:
        return ("lieu-dit " if rng.random() < 0.7 else "Lieu-dit ") + rng.choice(LIEUDITS)
    if r < 0.12:
        return "résidence " + rng.choice(RESID) + rng.choice(["", ", bât. B", ", appt 12", " bât C"])
    num = str(rng.randint(1, 180))
    if rng.random() < 0.18:
        num += rng.choice([" bis", " ter", "bis", " B"])
    way = rng.choice(WAYS)
    name = rng.choice(STREETS)
    if way == "route" and rng.random() < 0.6:
        name = rng.choice(["de Quimper", "de Lyon", "Nationale", "des Crêtes", "de Bastia"])
    sep = ", " if rng.random() < 0.15 else " "
    s = num + sep + way + " " + name
    if rng.random() < 0.07:
        s = s.upper()
    return s


# ---------------------------------------------------------------- non-entity fillers
CPS = ["59000 Lille", "35000 Rennes", "13008 Marseille", "97110 Pointe-à-Pitre", "20000 Ajaccio",
       "29200 Brest", "69003 Lyon", "31000 Toulouse", "67000 Strasbourg", "44000 Nantes",
       "87000 Limoges", "63000 Clermont-Ferrand", "62300 Lens", "93200 Saint-Denis",
       "97400 Saint-Denis", "29270 Carhaix-Plouguer", "20200 Bastia", "80000 Amiens",
       "22300 Lannion", "33000 Bordeaux", "76600 Le Havre", "57000 Metz"]
AIS = ["ChatGPT", "Mistral", "Le Chat", "Gemini", "Copilot", "Claude", "Perplexity", "Albert",
       "DeepL", "MagicSchool", "Canva", "NotebookLM", "Bard", "Midjourney"]
SCHOOLS = ["lycée Victor-Hugo", "collège Jean-Moulin", "école Jules-Ferry", "lycée Marie-Curie",
           "collège Simone-Veil", "lycée Aimé-Césaire", "collège Louise-Michel", "école Jacques-Prévert",
           "lycée Chateaubriand", "collège Pasteur", "lycée Pablo-Picasso", "collège Anne-Frank",
           "lycée Jean-Monnet", "école Paul-Langevin", "collège Gisèle-Halimi"]


def f_pct():
    return rng.choice([f"{rng.randint(2, 98)} %", f"{rng.randint(2, 98)}%", f"{rng.randint(1, 99)},{rng.randint(1, 9)} %"])


def f_year():
    return str(rng.randint(2015, 2026))


def f_price():
    return rng.choice([f"{rng.randint(2, 90)} 000 €", f"{rng.randint(10, 999)},{rng.randint(10, 99)} €",
                       f"{rng.randint(100, 9999)} euros", f"{rng.randint(2, 40)} k€"])


def f_law():
    return rng.choice(["L. 131-1", "L. 111-1", "L. 312-9", "R. 421-20", "D. 331-23", "L. 511-5",
                       "L. 121-1", "article 9 du RGPD", "article L. 401-1", "L. 912-1-1"])


def f_isbn():
    return rng.choice(["978-2-07-036822-8", "978-2-09-171234-5", "978-2-7256-4521-3",
                       "979-10-358-0912-4", "978-2-206-30115-7", "9782091712345"])


def f_class():
    return rng.choice(["5e C", "4e B", "3e A", "6e D", "2nde 4", "1re STMG 2", "Tle G3", "CM2 B",
                       "3e Prépa-Métiers", "BTS SIO 1", "1G5", "TSTI2D", "CE1-CE2"])


def f_room():
    return rng.choice(["B214", "salle 108", "A-12", "CDI", "bât. C salle 3", "labo 2", "E003", "salle 2.17"])


def f_ver():
    return rng.choice(["GPT-4o", "GPT-3.5", "v2.3.1", "version 12.4", "Moodle 4.1", "Windows 11",
                       "Pronote 2024", "Llama 3", "o1", "Mistral 7B", "iOS 17.2", "Android 14"])


def f_stat():
    return rng.choice([f"{rng.randint(1, 9)} {rng.randint(100, 999)} élèves",
                       f"{rng.randint(10, 900)} 000 enseignants", f"{rng.randint(1, 40)} millions d'utilisateurs",
                       f"{rng.randint(2, 12)} 500 000 copies", "1 300 000 000 paramètres",
                       f"{rng.randint(100, 999)} établissements"])


def f_date():
    return rng.choice([f"{rng.randint(1, 28)}/{rng.randint(1, 12):02d}/{rng.randint(2022, 2026)}",
                       f"{rng.randint(1, 28)} {rng.choice(['janvier', 'mars', 'mai', 'septembre', 'novembre', 'juin'])} {rng.randint(2022, 2026)}",
                       f"{rng.randint(2022, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])


def f_ticket():
    return rng.choice([f"#{rng.randint(100000, 999999)}", f"INC{rng.randint(1000000, 9999999)}",
                       f"2024-{rng.randint(10000, 99999)}", f"n° {rng.randint(1000, 99999)}"])


def f_bignum():
    return rng.choice([f"{rng.randint(1, 9)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
                       str(rng.randint(10 ** 7, 10 ** 9)), f"{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}"])


def f_time():
    return rng.choice(["8h", "10h30", "17 h", "13h45", "midi", "16h15"])


FILLERS = {"CP": lambda: rng.choice(CPS), "AI": lambda: rng.choice(AIS),
           "SCHOOL": lambda: rng.choice(SCHOOLS), "PCT": f_pct, "YEAR": f_year, "PRICE": f_price,
           "LAW": f_law, "ISBN": f_isbn, "CLASS": f_class, "ROOM": f_room, "VER": f_ver,
           "STAT": f_stat, "DATE": f_date, "TICKET": f_ticket, "BIGNUM": f_bignum, "TIME": f_time,
           "ACAD": lambda: rng.choice(ACADS)}
ID_GENS = {"TEL": ("TELEPHONE", gen_tel), "NIR": ("NIR", gen_nir), "IBAN": ("IBAN", gen_iban),
           "UAI": ("UAI", gen_uai), "ADR": ("ADRESSE", gen_adr)}

PH = re.compile(r"\{([A-Za-z]+)(?:#(\d+))?\}")


def render(tpl):
    persons = {}

    def get_person(key, typ):
        g = None
        if typ in GENDERED:
            g, typ = typ[-1], typ[:-1]
        p = _get_person(key, typ)
        if g and p.figure is None and p.gender != g:
            # regenerate first name with the required gender
            p.gender = g
            if typ in ("PC", "pc", "PCL"):
                p.first = rng.choice(CHILD_M if g == "M" else CHILD_F)
            else:
                o = rng.choices(ORIGINS, ORIGIN_W)[0]
                p.first = rng.choice((FIRST_M if g == "M" else FIRST_F)[o])
        return p

    def _get_person(key, typ):
        if key is None:
            return Person(child=typ in ("PC", "pc", "PCL"), wordname=typ in ("PW", "PWL"), figure=typ == "FIG")
        if key not in persons:
            persons[key] = Person(child=typ in ("PC", "pc", "PCL"), wordname=typ in ("PW", "PWL"), figure=typ == "FIG")
        return persons[key]

    out, ents, pos = [], [], 0
    for m in PH.finditer(tpl):
        out.append(tpl[pos:m.start()])
        typ, key = m.group(1), m.group(2)
        if typ in PERSON_TYPES:
            disp, label = render_person(get_person(key, typ), typ[:-1] if typ in GENDERED else typ)
            kind = "PERSONNE"
        elif typ == "EM":
            disp = label = gen_email(persons.get(key) if key else None)
            kind = "EMAIL"
        elif typ in ID_GENS:
            kind, g = ID_GENS[typ]
            disp = label = g()
        elif typ in FILLERS:
            disp, label, kind = FILLERS[typ](), None, None
        else:
            raise ValueError("unknown placeholder " + typ + " in " + tpl)
        if kind:
            assert label in disp, (label, disp)
            offset = sum(len(x) for x in out) + disp.index(label)
            ents.append({"kind": kind, "text": label, "_at": offset})
        out.append(disp)
        pos = m.end()
    out.append(tpl[pos:])
    return "".join(out), ents


def render_ok(tpl):
    """Render; retry until a left-to-right search of each label finds it exactly where it was planted."""
    for _ in range(50):
        text, ents = render(tpl)
        prev, ok = 0, True
        for e in ents:
            if text.find(e["text"], prev) != e["_at"]:
                ok = False
                break
            prev = e["_at"] + len(e["text"])
        if ok:
            return text, [{"kind": e["kind"], "text": e["text"]} for e in ents]
    raise RuntimeError("cannot render " + tpl)


def static_kinds(tpl):
    c = Counter()
    for m in PH.finditer(tpl):
        t = m.group(1)
        if t in PERSON_TYPES:
            c["PERSONNE"] += 1
        elif t == "EM":
            c["EMAIL"] += 1
        elif t in ID_GENS:
            c[ID_GENS[t][0]] += 1
    return c


# ---------------------------------------------------------------- frames (hand-written)
# Frames written by hand for the blind4 set. Placeholders: see pii_make_blind4.py
ENTITY_TEMPLATES = [
    # --- formal letters / e-mails
    "Madame, Monsieur,\nJe me permets de vous signaler que l'usage de {AI} par nos élèves de 3e pose de réelles questions d'intégrité. Vous pouvez joindre {PT#1} au {TEL} ou par courriel : {EM#1}.\nCordialement,\n{PS#1}",
    "Bonjour,\nsuite à notre échange, je vous transmets les coordonnées du collège pour la convention : {SCHOOL}, {ADR}, {CP}, UAI {UAI}. La personne référente est {PN}.\nBien à vous,\n{PS}",
    "Objet : demande de remboursement des frais de formation IA\nMadame la Gestionnaire,\nveuillez trouver ci-dessous mon RIB pour le remboursement : IBAN {IBAN}.\nTitulaire : {PU}\nAdresse : {ADR}, {CP}",
    "Cordialement,\n{PSF}\nProfesseure de lettres – {SCHOOL}\nTél. : {TEL}\n{EM}",
    "--\n{PS#1}\nCPE | {SCHOOL} ({UAI})\n{ADR} – {CP}\nLigne directe {TEL} · {EM#1}",
    "Je pense que l'IA peut aider à différencier, à condition d'être encadrée. Je reste disponible pour en discuter.\n\nBien cordialement,\n{PSF}\nChargée de mission numérique, DANE de {ACAD}",
    "Monsieur l'Inspecteur,\nj'ai l'honneur de vous informer que {PTM#1}, professeur de technologie, a conçu une séquence sur les biais des IA génératives. Il souhaiterait la présenter au PAF. Son adresse : {EM#1}.\nVeuillez agréer mes salutations respectueuses.\n{PSF}, principale adjointe",
    "Bonjour {PF},\nmerci pour la formation d'hier sur {AI}. Est-ce que tu peux me renvoyer le diaporama sur {EM} ? Mon ancienne adresse ne marche plus.\nBonne soirée\n{PF}",
    "Chère {PFF#1},\nJe te remercie pour l'atelier. Comme convenu je t'envoie mes coordonnées bancaires pour la vacation : {IBAN} (au nom de {PN#1}).\nÀ bientôt,\n{PS}",
    "Bonjour, je suis la maman de {PCM} en {CLASS}. Je ne suis pas d'accord pour que mon fils utilise {AI} en classe sans notre accord. Merci de me rappeler au {TEL}. {PN}",
    "Madame la Principale,\nnous, parents de {PCL#1}, demeurant {ADR} à {CP}, refusons la création d'un compte sur une plateforme d'IA pour notre enfant.\n{PN} et {PN}",
    "Bonjour,\nPour l'inscription au stage \"IA et évaluation\", voici mes informations : {PU}, né le 12/03/1979, n° de sécurité sociale {NIR}, établissement {UAI}.\nMerci",
    # --- hurried notes lowercase no accents
    "franchement l'ia c'est pas le probleme, le probleme c'est le temps. j'en ai parle a {pfF} (notre coordo) elle est d'accord",
    "perso je m'en sers pour les bulletins mais jamais pour noter. {pn} m'a montre {AI}, ca fait gagner du temps",
    "pas le temps de detailler, voir avec {pf} au {TEL}",
    "on a eu un souci avec un eleve ({pc}) qui a rendu un devoir fait par chatgpt a 100%, les parents ont mal pris la chose. mon num si besoin {TEL}",
    "formation tres bien, formateur {pn} au top. par contre salle trop petite",
    "ia = triche pour la moitie de mes 4e. {pc} et {pc} m'ont avoue qu'ils faisaient tout avec snapchat my ai",
    "mail de la referente : {EM}  (elle repond vite)",
    "je suis aed, {pf} pour les eleves. on voit les gamins utiliser l'ia sur leur tel en perm tout le temps",
    "msg pour {pf} : ton rib est pas passe, renvoie le stp -> {IBAN}",
    "ecrire a {EM} pour l'acces a la plateforme, c'est {pn} qui gere",
    # --- SMS style
    "slt {pf}, tu px m'envoyer le lien du webinaire IA ? jsuis dispo que le mercredi. rappel moi au {TEL} thx",
    "ok pr demain, on se retrouve {ADR} a {TIME} avec {pf} et {pf}",
    "jpp de l'ENT... bref {pf} a dit que c'etait l'IA qui avait fait planter pronote lol",
    "dsl pas pu venir, {pc} malade. la maitresse c {PT} ?",
    "Rdv chez {PF} ({ADR}) pour préparer l'atelier IA parents. Son 06 : {TEL}",
    # --- lists / forms
    "Référent numérique : {PN}\nMail : {EM}\nTéléphone : {TEL}\nÉtablissement : {SCHOOL} ({UAI})",
    "- nom : {PU}\n- fonction : professeur documentaliste\n- code établissement : {UAI}\n- adresse perso : {ADR}, {CP}\n- tél : {TEL}",
    "Participants à la formation IA du {DATE} :\n1. {PN}\n2. {PN}\n3. {PT}\n4. {PU}\n5. {PI}",
    "Équipe projet :\n* {PN} (maths)\n* {PN} (SVT)\n* {PF} (AED)\n* {PI} (principal adjoint)",
    "Nom : {PL#1}\nPrénom : {PF#1}\nN° sécu : {NIR}\nIBAN : {IBAN}\nAdresse : {ADR}",
    "NOM Prénom : {PU}\nRNE : {UAI}\nNIR : {NIR}\nCourriel : {EM}",
    "Contacts utiles :\n- secrétariat : {TEL}\n- intendance : {TEL}\n- infirmière, {PTF} : {TEL}",
    "Initiative : club IA le jeudi midi\nPorteur : {PN}\nÉtablissement : {UAI}\nNombre d'élèves : 14",
    "Établissements partenaires : {UAI}, {UAI} et {UAI} (réseau d'éducation prioritaire).",
    # --- copied tables
    "Nom\tPrénom\tDiscipline\tTéléphone\n{PL#1}\t{PF#1}\tAnglais\t{TEL}\n{PL#2}\t{PF#2}\tHistoire-géo\t{TEL}",
    "| Établissement | UAI | Référent |\n|---|---|---|\n| {SCHOOL} | {UAI} | {PN} |\n| collège de la Vallée | {UAI} | {PT} |",
    "NOM;PRENOM;MAIL\n{PL#1};{PF#1};{EM#1}\n{PL#2};{PF#2};{EM#2}",
    "élève | classe | remarque\n{PC} | {CLASS} | devoir rédigé par IA\n{PC} | {CLASS} | ras\n{PC} | {CLASS} | a copié sur {PC}",
    "Code RNE\tCommune\tContact\n{UAI}\tLens\t{EM}\n{UAI}\tLiévin\t{EM}",
    # --- opinions with names of colleagues / pupils
    "Dans mon collège, c'est {PT} qui a lancé un projet d'écriture avec {AI}. Les élèves de {CLASS} ont adoré, surtout {PC}.",
    "Notre AED {PF} a remarqué que plusieurs élèves utilisaient l'IA pendant les heures de permanence. On en a parlé avec {PT} en conseil pédagogique.",
    "Mon élève {PC} m'a dit : « Madame, pourquoi j'apprendrais si l'IA sait tout ? » Ça m'a fait réfléchir.",
    "La petite {PCF} en CM1 a demandé à l'assistant vocal de faire sa poésie. On a ri, mais bon.",
    "Je suis d'accord avec ce que dit {FIG} : l'école doit apprendre à douter des machines.",
    "J'ai relu {FIG} récemment ; l'IA ne change pas la question de fond, qui est celle de l'autonomie de l'élève.",
    "Comme le rappelle {FIG} dans sa conférence, il ne faut ni diaboliser ni idolâtrer ces outils. Notre principal, {PTM}, l'a diffusée à toute l'équipe.",
    "{PN} et moi avons animé un atelier « IA et fake news » avec les délégués. {PC} a posé les meilleures questions.",
    "Je travaille avec {PFL} depuis 3 ans sur la robotique ; l'IA est venue naturellement.",
    "C'est {PW} qui gère le CDI : expo sur l'IA montée en deux semaines, superbe travail.",
    "Notre PP, {PW}, reste très réservé·e sur l'IA mais a accepté de tester.",
    "{PWL} (parent d'élève élu) a demandé une réunion sur la protection des données.",
    "Le collègue de physique, {PTM}, a interdit les téléphones, point. Moi je préfère apprendre aux élèves à s'en servir.",
    "En conseil de classe, {PT} a soupçonné {PC} d'avoir utilisé l'IA. Sans preuve, c'est délicat.",
    "Ma fille {PCF} est en {CLASS} au {SCHOOL}, et son prof de français, {PTM}, leur a fait analyser un texte écrit par IA. Bonne idée.",
    "J'ai eu l'inspectrice, {PTF}, qui nous a dit d'attendre les consignes nationales. En attendant les élèves s'en servent.",
    "{PU}, professeur de SES. L'IA doit être un objet d'étude, pas seulement un outil.",
    "Je m'appelle {PNF} et je suis directrice d'école à {CP}. On manque de tout, alors l'IA…",
    "J'ai formé mes collègues {PF}, {PF} et {PF} à l'usage de {AI} pour préparer des QCM.",
    "{PK} (prof de maths) pense que l'IA va tuer le calcul mental ; je ne suis pas d'accord.",
    "Avec {PI} on a testé la correction assistée : résultats très inégaux.",
    "L'élève {PU} ({CLASS}) a rendu un exposé où toutes les sources étaient inventées par l'IA.",
    "Réponse de {PFL#1}, parent : je ne veux pas que mon enfant soit un cobaye. Contact : {EM#1}",
    "M. le proviseur {PL} dit que c'est l'avenir. Mme {PL} (CPE) dit que c'est la fin de l'écrit. Moi je ne sais pas.",
    "Problème rencontré : {PC}, élève en situation de handicap, utilise un outil de dictée avec IA que l'AESH, {PFF}, ne maîtrise pas.",
    "Mon stagiaire {PFLM} a préparé toutes ses séquences avec l'IA. Il a fallu reprendre les bases.",
    "{PT} et {PT} ont co-animé le stage. Très concret.",
    "Je pense comme ma collègue {PFF} : l'IA, oui, mais avec une charte signée par les familles.",
    "Quand {PC} a montré à la classe comment l'IA se trompait en histoire, tout le monde a compris. Merci {PC} !",
    "Le petit {PCM} (6 ans) parle à l'enceinte connectée plus qu'à sa maîtresse, d'après sa mère {PFF}.",
    "Ce sont {PN} et {PN} qui portent le projet eTwinning sur l'IA avec un lycée de Cracovie (partenaire : {PN}).",
    "Je suis {PNF}, infirmière scolaire. Certains élèves demandent des conseils de santé à {AI}, c'est inquiétant.",
    "Proviseure : {PUF}. Adjoint : {PUM}. Tous deux favorables à une expérimentation encadrée.",
    "{PSM} – enseignant en ULIS – pense que l'IA peut vraiment aider ses élèves à lire des consignes.",
    # --- mixed identifier-heavy answers
    "Pour la prise en charge de la formation, le rectorat m'a demandé mon n° de sécu ({NIR}) et mon RIB ({IBAN}) par mail non chiffré. C'est ça le RGPD ?",
    "Sur la plateforme d'IA testée, il fallait saisir le NIR des élèves ! J'ai vu passer {NIR} dans un tableau partagé. Signalé au DPO.",
    "numéro de sécurité sociale : {NIR}",
    "Mon numéro de sécu c'est {NIR}, mais je ne comprends pas pourquoi le formulaire de formation IA le demande.",
    "Le prestataire a envoyé un fichier avec les NIR des AESH, par exemple {NIR} et {NIR}. Inadmissible.",
    "NIR : {NIR} (attention la clé est peut-être fausse, je l'ai recopiée à la main)",
    "Pour les frais de déplacement : {PU}, sécu {NIR}, RIB {IBAN}.",
    "je renvois mon num de secu : {NIR}. merci de ne pas le mettre sur l'ENT cette fois",
    "Nous avons découvert qu'un élève avait collé dans {AI} une fiche contenant le numéro de sécurité sociale de sa mère ({NIR}) et son adresse ({ADR}).",
    "IBAN : {IBAN}\nBIC : AGRIFRPP\nTitulaire : association des parents d'élèves",
    "Pour l'achat de licences, virement sur le compte de la coopérative : {IBAN}. Contact trésorière : {PNF}, {TEL}.",
    "RIB joint en PJ, au cas où : {IBAN}",
    "mon iban a changé : {IBAN} (nouvelle banque)",
    "La facture du logiciel d'IA indique l'IBAN {IBAN} ; le fournisseur est à {ADR}, {CP}.",
    "L'IA nous a généré un faux RIB d'exemple pour la séance d'éducation financière… sauf que c'était le vrai IBAN de la collègue : {IBAN}. Effacé depuis.",
    "Je donne des cours particuliers en plus ; les parents me paient sur {IBAN}. Et oui, certains élèves me demandent si j'utilise l'IA.",
    "RIB : {IBAN} – {PU}",
    "code établissement {UAI} – on n'a reçu aucune dotation pour les outils d'IA.",
    "RNE {UAI}. Établissement rural, 180 élèves, connexion très lente, l'IA on en est loin.",
    "{UAI} : collège REP+, nous voudrions participer à l'expérimentation.",
    "UAI de mon école : {UAI}. UAI de l'école voisine : {UAI}. On mutualise la formation.",
    "Lycée pro, UAI {UAI}, section commerce. Les élèves utilisent l'IA pour leurs rapports de stage.",
    "notre uai c'est {UAI} je crois, a verifier",
    "Je suis en poste sur deux établissements ({UAI} et {UAI}) et les règles sur l'IA y sont contradictoires.",
    "L'école (RNE {UAI}) se situe {ADR}, {CP}. Nous accueillons volontiers la formation.",
    "Adresse pour l'envoi des tablettes : {SCHOOL}, {ADR}, {CP}. À l'attention de {PT}.",
    "J'habite {ADR} à {CP} et mon fils prend le bus à 6h50 ; les devoirs faits avec l'IA, c'est aussi parce qu'il est épuisé.",
    "Formation prévue au centre Canopé, {ADR}, {CP}, le {DATE}.",
    "rdv {ADR} (salle des fêtes) pour la réunion parents sur l'IA",
    "Courrier à renvoyer à : {PU}, {ADR}, {CP}",
    "Nous habitons {ADR} ; la fibre n'arrive pas, donc l'IA à la maison, non.",
    "Le lieu du stage a changé : désormais {ADR}, {CP} (parking derrière).",
    "Ancienne adresse : {ADR}. Nouvelle adresse : {ADR}, {CP}.",
    "Expéditeur : {PN}\n{ADR}\n{CP}\nTél {TEL}",
    "Je joins le formulaire : {PU} – {ADR} – {CP} – {TEL} – {EM}",
    "Pour toute question sur l'expérimentation : {EM} ou {EM}.",
    "contact : {EM}",
    "Mes coordonnées : {EM} / {TEL}",
    "Écrivez plutôt à mon adresse perso {EM}, la messagerie académique filtre tout.",
    "La DANE ({EM}) n'a jamais répondu. J'ai relancé {PT} au {TEL}, sans succès.",
    "Le formateur ({PNM}, {EM}) a partagé un padlet très riche.",
    "Pour le projet, voir avec le professeur relais : {PN} – {EM} – {TEL}.",
    "Téléphone portable du principal pour urgences : {TEL} (ne pas diffuser)",
    "Appelez le {TEL} ou le {TEL} (le soir).",
    "On peut me joindre au {TEL}, je suis parent élu et j'aimerais une réunion sur l'IA.",
    "Tel fixe : {TEL}\nPortable : {TEL}",
    "La ligne du collège ({TEL}) ne répond jamais, j'ai dû appeler {PT} sur son portable.",
    "un parent m'a laissé son numero sur une copie : {TEL}. je trouve ca limite",
    "L'IA a inventé un numéro de téléphone pour le collège, mais le vrai c'est le {TEL}.",
    # --- longer paragraphs
    "Je suis professeure de lettres depuis vingt ans. L'arrivée de {AI} a bouleversé ma façon de donner des devoirs maison : je n'en donne presque plus. Nous avons travaillé avec {PNF}, formatrice, sur des activités d'écriture en classe. Les élèves comme {PC} ou {PC} ont retrouvé le goût d'écrire à la main. Si vous voulez en savoir plus : {EM}.",
    "En tant que chef d'établissement ({UAI}), je constate trois choses : 1) les élèves ont de l'avance, 2) les enseignants manquent de formation, 3) le cadre juridique est flou. Nous avons sollicité {PT}, IA-IPR, qui doit venir le {DATE}. Coordonnées du secrétariat : {TEL}.",
    "Initiative : « Débat mouvant sur l'IA » avec les {CLASS}. Les élèves se placent d'un côté ou de l'autre de la salle. Idée piquée à {PFF}, une collègue de {CP}. Le plus convaincant a été {PC}, qui d'habitude ne parle jamais.",
    "Problème : une mère d'élève, {PTF}, a publié sur un réseau social une capture d'écran d'une conversation avec l'IA où figurait le nom de mon collègue {PN}. Nous avons dû faire intervenir la principale.",
    "Formation suivie : « IA générative et pédagogie », 6 h, animée par {PN} et {PI}. Points forts : cas concrets. Points faibles : rien sur la protection des données. J'ai envoyé mes remarques à {EM}.",
    "L'association de parents a organisé une soirée sur les écrans et l'IA à la salle municipale ({ADR}). Intervenante : {PNF}. Une centaine de personnes, beaucoup de questions. Contact de l'asso : {EM} ou {TEL}.",
    "Je suis AESH. J'accompagne {PC} qui est dyslexique ; la synthèse vocale avec IA l'aide énormément. Mais le matériel appartient à la famille et le collège ({UAI}) ne veut pas l'assurer.",
    "Notre lycée a signé une convention avec une start-up d'IA. Je m'y oppose : ils demandent les NIR des enseignants (le mien : {NIR}) pour « vérifier l'identité ». J'ai prévenu le syndicat ({PN}, {TEL}).",
    "Compte-rendu du conseil pédagogique du {DATE} : présents {PT}, {PT}, {PFL}, {PU}. Décision : une charte d'usage de l'IA sera proposée au CA.",
    "Je m'occupe de la gestion. Le vacataire {PNM} qui anime l'atelier IA n'a toujours pas été payé : son IBAN ({IBAN}) a été mal saisi, et son numéro de sécu ({NIR}) aussi. Merci de corriger.",
    "Bonjour à tous, je relaie le message de {PF} : « Le webinaire IA est reporté, inscriptions auprès de {EM} ». Bonne journée, {PF}",
    "Le lycée agricole où je travaille (code {UAI}, {ADR}, {CP}) a expérimenté un chatbot pour l'orientation. Les élèves de BTS l'ont trouvé utile ; {PT}, notre CPE, beaucoup moins.",
    "J'ai 3 enfants : {PC} en {CLASS}, {PC} en {CLASS} et {PC} en maternelle. Seul le grand utilise l'IA, et je ne sais jamais si c'est pour tricher ou apprendre.",
    "Nous sommes une petite école de campagne, {ADR}. Deux classes. La directrice, {PNF}, fait tout. L'IA pourrait alléger l'administratif, pas la classe.",
    "Correction des copies du bac blanc : le collègue {PL} a repéré 6 copies identiques, probablement générées par IA. Les élèves concernés ({PC}, {PC}, {PC}…) ont été convoqués par {PT}.",
    "Au collège de mon fils, le prof de techno {PTM} a fait créer un petit chatbot aux {CLASS}. Mon fils {PCM} était ravi. Je trouve ça bien, tant que les données restent sur le serveur du collège ({UAI}).",
    "merci d'envoyer les justificatifs à {PT}, service des frais de déplacement, {ADR}, {CP}. joindre un RIB ({IBAN} pour moi) et l'attestation de présence",
    "Bonjour, ici {PF} de l'ERUN de la circonscription. Je centralise les demandes de formation IA : {EM}, {TEL}. Les écoles {UAI} et {UAI} sont prioritaires.",
    "L'élève {PU}, {CLASS}, domicilié {ADR}, a été sanctionné pour avoir diffusé un deepfake d'un professeur ({PT}). Dossier transmis.",
    "Je voulais signaler que {AI} a « inventé » une biographie de notre principal, {PNM}, avec de fausses infos. Les élèves y ont cru.",
    "{PS#1}\n{ADR}\n{CP}\n{EM#1}\n\nObjet : opposition à l'usage de l'IA pour l'orientation de ma fille {PCF}",
    "Bonjour Madame {PL},\nje vous confirme la venue de {PN} le {DATE} pour l'atelier « Esprit critique et IA ». Merci de prévoir un vidéoprojecteur.\n{PS}",
    "Pour info, le lien Visio est envoyé par {PK}. Si problème : {TEL}",
    "Je suis d'origine portugaise et j'ai appris le français avec ma prof {PTF}. Aujourd'hui mes élèves apprennent avec l'IA. Pas sûr que ce soit mieux. {PN}",
    "{PTI} nous a parlé d'une formation IA, mais personne n'a eu les infos. Qui contacter ?",
    "{PU} / {PU} / {PU} : volontaires pour tester Albert en salle des profs.",
    "Le webinaire de {FIG} était passionnant, notamment sur la mémoire et l'attention. Je l'ai conseillé à ma collègue {PF}.",
    "Le nouvel agent d'accueil, {PF}, m'a dit que des parents appellent le standard pour savoir si l'IA fait les emplois du temps. Non !",
    # --- extra NIR / IBAN frames
    "Dossier vacataire incomplet : il manque le NIR ({NIR} sur la fiche, mais la clé ne colle pas) et un RIB lisible.",
    "Suite à la formation IA, merci de me rembourser sur ce compte : {IBAN}. Numéro de sécurité sociale si besoin : {NIR}.",
    "n secu {NIR} / iban {IBAN} / {pn}",
    "Je colle ici ce que l'IA a « anonymisé »… elle a laissé le NIR complet : {NIR}. Bravo.",
    "Identifiant : {NIR} (numéro INSEE)",
    "Sécurité sociale : {NIR}\nMutuelle : MGEN\nMédecin traitant : Dr {PL}",
    "Attestation employeur à établir au nom de {PN} ({NIR}), affecté au {SCHOOL}.",
    "Le test de l'outil de détection de données : j'ai tapé mon vrai numéro {NIR} et il ne l'a pas repéré. Inquiétant.",
    "Coordonnées bancaires de l'intervenant : {IBAN} – domiciliation {CP}.",
    "paiement de la sortie + atelier IA : virement sur {IBAN} svp, libellé « sortie {CLASS} »",
    "Le FSE a changé de banque. Nouveau RIB : {IBAN}. L'ancien ({IBAN}) est clôturé.",
    "Titulaire du compte : {PN}\nIBAN {IBAN}\nMotif : vacation formation IA",
    "Je ne veux pas que mes élèves mettent mon IBAN ({IBAN}) dans {AI}, c'est arrivé pour la cagnotte de fin d'année !",
    "L'agent comptable demande le RIB de chaque intervenant : {PN} → {IBAN} ; {PN} → {IBAN}.",
    "Pour la mutuelle de ma fille {PCF} : n° sécu de l'assurée {NIR}. (Désolé, mauvaise case, je ne sais pas comment effacer.)",
    "Mon RIB : {IBAN}\nMon numéro de sécurité sociale : {NIR}\nMon adresse : {ADR}, {CP}",
    "NIR agent : {NIR} — grade : certifié — discipline : lettres modernes",
    "Cette année on a un élève majeur en BTS qui a mis son NIR ({NIR}) dans son CV généré par IA. On lui a expliqué pourquoi ce n'était pas une bonne idée.",
    "virement effectué depuis le compte {IBAN}, merci de confirmer. {PF}",
    "La plateforme d'IA du prestataire stocke les RIB des familles en clair (j'ai vu {IBAN} dans un export). Merci de vérifier.",
]

TRAP_TEMPLATES = [
    "L'IA c'est un outil comme un autre. En {YEAR}, on avait déjà {PCT} des élèves de {CLASS} qui s'en servaient pour leurs devoirs.",
    "Nous avons suivi la formation Pix+Édu, très bien. Mais Moodle + ENT + Éduscol + Lumni, ça fait beaucoup d'outils pour des collègues déjà débordés.",
    "Madame la Principale a rappelé l'article {LAW} du code de l'éducation lors de la réunion de rentrée. Rien de précis sur l'IA.",
    "Le manuel (ISBN {ISBN}) propose des activités avec {AI}, mais rien n'est adapté à nos élèves.",
    "{ROOM} : le vidéoprojecteur ne marche pas, impossible de montrer la vidéo Lumni sur l'IA.",
    "Albert, l'IA de l'État, n'est toujours pas accessible aux enseignants du second degré. Dommage.",
    "J'utilise Claude et Gemini pour préparer mes cours, jamais pour noter. Mistral aussi, parce que c'est français.",
    "Le {SCHOOL} à Marseille a un beau projet avec Canopé, on aimerait faire pareil en Bretagne.",
    "Un article du Monde du {DATE} citait une étude : {STAT} concernés par la triche assistée par IA.",
    "Pierre, feuille, ciseaux : c'est à peu près comme ça qu'on choisit les outils numériques chez nous.",
    "La victoire de l'IA aux échecs ne dit rien de ce qu'est apprendre. Restons humbles.",
    "Le débit est constant le matin, mais l'ENT rame à partir de {TIME}. Alors l'IA en classe…",
    "Budget demandé : {PRICE} pour {STAT}. Refusé par le conseil départemental.",
    "Nous sommes passés à la {VER} du logiciel et plus rien ne fonctionne. Ticket {TICKET} toujours ouvert.",
    "On est sur la {VER}, ça marche bien pour la traduction, moins pour les maths.",
    "Le {SCHOOL} et le {SCHOOL} ont mutualisé leurs heures de formation. C'est une bonne idée.",
    "Les {CLASS} et les {CLASS} ont testé un chatbot de révision en {ROOM}. Moyenne passée de 9,5 à 11,2.",
    "décret n° 2023-{BIGNUM} ? je ne retrouve plus la référence, quelqu'un l'a ?",
    "calcul rapide : 1 254 élèves / 36 classes = 34,8 élèves par classe. Et on nous parle d'IA…",
    "Pas de RNE ni d'UAI à donner, je suis dans le privé hors contrat.",
    "Le numéro de sécurité sociale n'a rien à faire dans un outil d'IA. Point.",
    "Il faudrait un IBAN pour l'achat des licences, mais la gestionnaire n'est pas là avant le {DATE}.",
    "Madame la Rectrice, Monsieur le Directeur académique, je vous alerte sur l'absence de cadre clair.",
    "Le rapport de l'Inspection générale ({YEAR}) recommande {PCT} du temps de formation consacré au numérique.",
    "Nos élèves de {CLASS} écrivent mieux que {AI} quand on leur laisse du temps !",
    "La rose des vents, le Rhône, la Loire : l'IA confond tout en géographie.",
    "Le ministère a annoncé {PRICE} pour l'IA. On attend de voir.",
    "ChatGPT, Le Chat, Copilot, Gemini… les élèves les connaissent tous. Pas nous.",
    "Ma note : 7/10. Points faibles : durée (2 h), horaire ({TIME}), salle {ROOM}.",
    "Plus de {STAT} utilisent {AI} chaque semaine selon l'éditeur. Je n'y crois pas trop.",
    "Code de la formation au PAF : 24A0130512. Inscriptions closes le {DATE}.",
    "J'enseigne en Guadeloupe, la connexion coupe sans arrêt. L'IA ? Priorité numéro 15.",
    "La semaine du {DATE} on fait la semaine de la presse avec Le Monde et Ouest-France, thème : les IA.",
    "Le Conseil supérieur des programmes devrait se saisir du sujet. Ce n'est pas à chaque établissement de décider.",
    "L'article {LAW} ne prévoit rien pour l'IA, il faudrait une circulaire.",
    "Les élèves de la section européenne ont comparé DeepL et Google Traduction : {PCT} d'erreurs en moins pour DeepL.",
    "Ils ont voté à {PCT} pour une charte IA, {PCT} contre, le reste blanc.",
    "Réunion en visio le {DATE} à {TIME}. ID de réunion : {BIGNUM}. Code : 4471.",
    "Marseille, Lille, Rennes : partout les mêmes constats. Le Monde l'a bien montré.",
    "Très bonne formation. Merci à la formatrice !",
    "Je n'ai pas d'avis tranché. L'IA peut aider, mais elle ne remplace pas un adulte.",
    "Mon collègue {PF} a montré que {VER} se trompe sur {PCT} des exercices de géométrie du manuel (ISBN {ISBN}).",
    "Notre principal adjoint, {PTM}, a présenté les chiffres : {STAT}, {PCT} de réussite, budget {PRICE}.",
    "Le collège Jean-Moulin organise une soirée IA ; la salle {ROOM} est réservée, tarif {PRICE} pour les extérieurs.",
    "constat : {PCT} des copies de {CLASS} suspectes. le reste ok. ticket ENT {TICKET}",
    "Je suis entrée dans l'éducation nationale en {YEAR}. Jamais vu un changement aussi rapide.",
    "Madame la Principale, Monsieur le Principal adjoint, mesdames et messieurs les professeurs principaux : merci pour votre engagement.",
    "le truc c'est que personne sait qui est le referent numerique. pas de nom sur l'ent, pas de mail",
    "La formation sur Éduscol dure {TIME} ; on l'a faite en salle des profs, à 12 sur 3 ordinateurs.",
    "Les cours de Pix sont bien faits mais le niveau 3 est trop dur pour les {CLASS}.",
    "Nos ordinateurs datent de {YEAR} et tournent sous {VER}. Alors l'IA, vous comprenez…",
    "On a reçu 30 tablettes à {PRICE} pièce, sans formation. Elles dorment en {ROOM}.",
    "Selon la DEPP, {PCT} des enseignants déclarent n'avoir reçu aucune formation sur l'IA (note {YEAR}-{TICKET}).",
    "En Corse, en Martinique ou en Bretagne, la question est la même : qui paye ?",
    "pas d'avis, je suis en dispo depuis {YEAR}",
    "L'IA ne remplacera jamais le conseil de classe. Enfin j'espère.",
    "Olive, abricot, cerise : mes élèves de CP ont demandé à l'IA de dessiner un verger, c'était raté.",
    "Un élève m'a dit que Mistral était « un vent » et ChatGPT « un chat qui parle ». Pas faux.",
    "Le lycée Aimé-Césaire et l'école Jules-Ferry devraient échanger sur leurs pratiques.",
    "Article {LAW} + RGPD + charte : on a tout ce qu'il faut, il manque juste du temps.",
    "Les notes ont progressé de 1,7 point en moyenne (n = 212, écart-type 3,4).",
    "Réf. circulaire : n° {YEAR}-{TICKET} du {DATE}. Rien sur l'IA générative.",
    "Sur le forum Tribu, 1 200 messages sur l'IA en {YEAR}. Ça montre l'intérêt.",
    "Le Chat de Mistral est gratuit, ChatGPT aussi en partie. Mais les données partent où ?",
    "Le prix du manuel papier : {PRICE}. Le prix de l'abonnement IA : {PRICE} par an et par élève.",
    "Constant dans mes convictions : pas d'IA avant la 4e.",
    "Merci au rectorat pour cette enquête. Je réponds en tant que parent ET enseignante.",
    "On demande un numéro de téléphone dans le formulaire, je ne le donne pas.",
    "NIR, IBAN, adresse : aucune de ces données ne devrait sortir de l'établissement.",
    "Séance du {DATE}, {CLASS}, {ROOM} : 26 élèves, 4 absents, 11 ont utilisé {AI}.",
    "Le code de la salle informatique a changé : c'est maintenant 4 chiffres, demandez à la vie scolaire.",
    "Victor-Hugo, Jean-Moulin, Jules-Ferry : nos écoles portent des noms de grands hommes, l'IA n'en a pas.",
    "j'ai lu sur Lumni que 3 ados sur 4 utilisent l'ia. chez nous c'est plutot 9 sur 10",


]


def main():
    assert len(ENTITY_TEMPLATES) == len(set(ENTITY_TEMPLATES))
    assert len(TRAP_TEMPLATES) == len(set(TRAP_TEMPLATES))
    records = []
    # traps: every trap frame at least once, then random ones
    trap_order = list(range(len(TRAP_TEMPLATES)))
    rng.shuffle(trap_order)
    while len(trap_order) < N_TRAPS:
        trap_order.append(rng.randrange(len(TRAP_TEMPLATES)))
    cur = Counter()
    for i in trap_order[:N_TRAPS]:
        text, ents = render_ok(TRAP_TEMPLATES[i])
        records.append(("T", text, ents))
        for e in ents:
            cur[e["kind"]] += 1
    # entity answers: greedy pro-rata selection among least-used frames
    n_ent = N_TOTAL - N_TRAPS
    kinds = list(TARGETS)
    vecs = [static_kinds(t) for t in ENTITY_TEMPLATES]
    base = dict(cur)
    usage = [0] * len(ENTITY_TEMPLATES)
    for step in range(n_ent):
        m = min(usage)
        pool = [j for j in range(len(usage)) if usage[j] <= m + 2]
        cands = rng.sample(pool, min(14, len(pool)))
        frac = (step + 1) / n_ent

        def cost(j):
            s = 0.0
            for k in kinds:
                goal = base.get(k, 0) + (TARGETS[k] - base.get(k, 0)) * frac
                s += ((cur[k] + vecs[j][k]) - goal) ** 2 / TARGETS[k]
            return s + 0.1 * usage[j]
        j = min(cands, key=cost)
        usage[j] += 1
        text, ents = render_ok(ENTITY_TEMPLATES[j])
        records.append(("E", text, ents))
        for e in ents:
            cur[e["kind"]] += 1
    rng.shuffle(records)
    out = []
    ids = set()
    for n, (_, text, ents) in enumerate(records, 1):
        rid = f"d{n:03d}"
        assert rid not in ids
        ids.add(rid)
        pos = 0
        for e in ents:
            assert e["kind"] in TARGETS, e
            assert e["text"] and e["text"] in text, (rid, e, text)
            p = text.find(e["text"], pos)
            assert p >= 0, ("order", rid, e, text)
            pos = p + len(e["text"])
        out.append({"id": rid, "text": text, "entities": ents})
    assert len(out) == N_TOTAL and len(ids) == N_TOTAL
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pii_blind4.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    total = Counter(e["kind"] for o in out for e in o["entities"])
    print("answers:", len(out), "| entity frames:", len(ENTITY_TEMPLATES), "used",
          sum(1 for u in usage if u), "| trap frames:", len(TRAP_TEMPLATES))
    print("answers without entity:", sum(1 for o in out if not o["entities"]))
    for k in kinds:
        print(f"{k:10s} {total[k]}")
    print("total entities:", sum(total.values()))
    print("validity:", dict(sorted(STATS.items())))


if __name__ == "__main__":
    main()
