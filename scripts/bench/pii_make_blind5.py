#!/usr/bin/env python3
"""Blind evaluation set n°5 for the personal-data masker (French survey answers).

Written independently of the detector (never looked at it). Standard library only.
Deterministic (seed 5122026). Run from the repository root:

    python3 scripts/bench/pii_make_blind5.py

Writes Tests/PrivacyTests/Fixtures/pii_blind5.jsonl : 400 JSON lines
{"id": "e001", "text": "...", "entities": [{"kind": K, "text": "..."}]}
with entities in order of appearance (each one found after the end of the
previous one).

Kinds: PERSONNE, EMAIL, TELEPHONE, NIR, IBAN, UAI, ADRESSE.
Label conventions:
  * a title (M., Mme, Dr, monsieur, le proviseur...) is not part of a PERSONNE;
    an initial after a title is the letter alone (« Mme H. » -> « H »);
  * first name + surname together = one PERSONNE;
  * names inside e-mail addresses are not PERSONNE (the address is one EMAIL);
  * names used as school / street / place names are not PERSONNE;
  * public figures named by a respondent are PERSONNE; pets and brands are not;
  * a mistyped identifier (bad NIR / IBAN / UAI key) is still labelled.
About 40 % of NIR, IBAN and UAI carry a wrong check key on purpose.
"""

import json
import os
import random
import re
import sys
import unicodedata

SEED = 5122026
OUT_PATH = os.path.join("Tests", "PrivacyTests", "Fixtures", "pii_blind5.jsonl")

N_TOTAL = 400
N_TRAP = 70
N_PLAIN = 60
N_ENTITY = N_TOTAL - N_TRAP - N_PLAIN
TARGETS = {"PERSONNE": 420, "EMAIL": 62, "TELEPHONE": 62, "NIR": 62,
           "IBAN": 62, "UAI": 62, "ADRESSE": 62}
KINDS = list(TARGETS)

rng = random.Random(SEED)

# ---------------------------------------------------------------------------
# Invented name lists (written for this set)
# ---------------------------------------------------------------------------

FIRST_F = """Sophie Ludivine Nadège Solène Gwenaëlle Maïwenn Soizic Bénédicte Ghislaine
Apolline Clémence Perrine Fatoumata Aminata Aïssatou Kadiatou Ndeye Adjoa Khadija Yasmina
Meriem Nawel Souad Kenza Fatima-Zahra Leïla Samira Linh Thuy Mai Ioana Andreea Roxana
Mădălina Agnieszka Katarzyna Zofia Svetlana Oksana Milena Dragana Elif Zeynep Ayşe Derya
Rosemonde Marie-Flore Josiane Murielle Anfiati Faouzia Zaharia Marie-Annick Ketty Priscilla
Anahit Lusine Siranouche Nairi Tharshika Kavitha Nirosha Mei Xiaoling Yufei Thaís Luana
Juliana Raíssa Conceição Filipa Inês Maïté Amaia Mireille Odile Bernadette Anne-Laure
Marie-Ange Véronique Isabelle Nathalie Sandrine Aurélie Émilie Cécile Pascale Hélène
Brigitte Axelle Morgane Typhaine Enora Gaëlle Armelle Hortense""".split()

FIRST_M = """Marc Kevin Jean-Pierre Théo Loïc Yann Erwan Gwendal Ronan Iñaki Xabi Peio Maxence
Aurélien Baptiste Thibault Gonzague Enguerrand Ludovic Hervé Didier Gérard Yvon Karim Mehdi
Youssef Rachid Nordine Abdelkader Ilyes Amine Moussa Mamadou Seydou Ousmane Kofi Boubacar
Joaquim João Rui Tiago Nuno Duc Minh Huy Quang Bogdan Piotr Wojciech Vasile Mihai Radu
Ionuț Emre Mehmet Burak Yusuf Jocelyn Teddy Harry Fabrice Anli Soilihi Ibrahim Jean-Hugues
Willy Gilles Aram Hovhannès Tigran Vartan Tharshan Kajan Niroshan Sajeevan Wei Jun Hao
Zhiwei Thiago Caio Rafael Leandro Pierre-Yves Jean-Marc Christophe Stéphane Frédéric
Olivier Sébastien Mathieu Grégory Cyril Bastien Killian Dylan Tanguy Gurvan""".split()

# first names that are also common words
FIRST_CW_F = ["Rose", "Olive", "Prudence", "Victoire", "Patience", "Violette",
              "Capucine", "Aurore", "Colombe", "Océane", "Margot", "Claire"]
FIRST_CW_M = ["Pierre", "Constant", "Aimé", "Désiré", "Clément", "Modeste",
              "Prosper", "Blaise", "Fortuné", "Sylvestre"]

FIRST_CP_F = ["Anne-Laure", "Marie-Flore", "Fatima-Zahra", "Marie-Ange", "Marie-Annick",
              "Anne-Sophie", "Marie-Josée", "Marie-Christine", "Ngoc Anh", "Marie-Noëlle"]
FIRST_CP_M = ["Jean-Pierre", "Jean-Hugues", "Pierre-Yves", "Jean-Marc", "Jean-Baptiste",
              "Paul-Henri", "Jean-Luc", "Jean-Philippe", "Mohamed-Amine", "Louis-Marie"]

KIDS = [("Inaya", "f"), ("Maëlys", "f"), ("Lina", "f"), ("Jade", "f"), ("Lyana", "f"),
        ("Chloé", "f"), ("Ambre", "f"), ("Nélia", "f"), ("Ilyana", "f"), ("Maryam", "f"),
        ("Louna", "f"), ("Zoé", "f"), ("Anaïs", "f"), ("Léna", "f"), ("Shaïna", "f"),
        ("Fatou", "f"), ("Sofia", "f"), ("Anaëlle", "f"), ("Kaïna", "f"), ("Aya", "f"),
        ("Assia", "f"), ("Romane", "f"), ("Naïla", "f"), ("Ornella", "f"), ("Thaïs", "f"),
        ("Kevin", "m"), ("Noah", "m"), ("Ayden", "m"), ("Timéo", "m"), ("Nolan", "m"),
        ("Mathis", "m"), ("Enzo", "m"), ("Sacha", "m"), ("Wassim", "m"), ("Aylan", "m"),
        ("Kaïs", "m"), ("Soan", "m"), ("Lyam", "m"), ("Ethan", "m"), ("Rayan", "m"),
        ("Kenzo", "m"), ("Yanis", "m"), ("Adam", "m"), ("Nahil", "m"), ("Mamoudou", "m"),
        ("Dinh", "m"), ("Tuan", "m"), ("Mateo", "m"), ("Darius", "m"), ("Issa", "m"),
        ("Ilan", "m"), ("Gabin", "m"), ("Lenny", "m"), ("Jibril", "m"), ("Eden", "m")]

NICKS = ["Juju", "Dédé", "Loulou", "Titi", "Nono", "Mimi", "Fanfan", "Jojo", "Bébert",
         "Riri", "Manu", "Seb", "Steph", "Fred", "Flo", "Caro", "Béa", "Val", "Babeth",
         "Gégé", "Momo", "Soso", "Lulu", "Kiki", "Mumu", "Zaza", "Pat", "Domi"]

SURNAMES = """Dupuis Xhaferi Okonkwo Nguyen Le_Bihan Kerhervé Le_Gall Tanguy Quéméner
Guivarc'h Le_Floch Etcheverry Iribarne Harispe Elizalde Schoettel Hürstel Wintzenrieth
Chassagne Vernadet Faugeron Mazoyer Lamouroux Delattre Vanhoutte Deswarte Verbeke Bonifay
Olivari Santoni Paoli Filippi Leca Benali Bouzid Haddad Belkacem Zerrouki Mebarki Cherif
Lahlou Bensaïd Ouali Diallo Traoré Koné Coulibaly Sow Ouédraogo Mensah Adjovi Kouassi Bamba
Diop Fall Ferreira Gonçalves Rodrigues Pereira Carvalho Fonseca Tran Pham Hoang Vu Dang
Kowalczyk Wiśniewski Zieliński Nowak Popescu Ionescu Dumitrescu Moldovan Petrov Horváth
Kovačević Yılmaz Demir Öztürk Şahin Çelik Aydın Kaya Zébina Ursulet Bélizaire Lollia
Nestoret Attoumani Soilihi Msaidie Payet Hoarau Grondin Techer Rivière Kasparian Manoukian
Hagopian Tchakerian Sivakumar Rajendran Thevarajah Kanagaratnam Jeyakumar Zhang Wang Liu
Chen Zhou Huang Oliveira Souza Albuquerque Nascimento Cavalcanti Moreau Garnier Roux Fabre
Gauthier Perrin Brunet Vasseur Lemaire Carpentier Lacoste Poulain Cordier Tessier Jacquet
Aubry Rolland Barbier Guérin Morvan Hamon Pichon Besnard Colas Gaudin Brossard Fleury
Raynaud Mallet Peltier Ragot Vidal Okafor Mbemba Rakotomalala Andrianarisoa Tshibanda
Nkemelu Hakobyan Grigoryan Sokolova Lindqvist Ferrand Bouvier Quintard""".split()
SURNAMES = [s.replace("_", " ") for s in SURNAMES]

SURNAMES_CP = ["Saint-Cyr", "Le Goff", "da Silva", "N'Diaye", "El Amrani", "dos Santos",
               "de Oliveira", "Ben Salah", "Ait Ouarab", "Van den Bossche", "Le Van",
               "Der Sarkissian", "Lefèvre-Dumas", "Martin-Lavigne", "Boissier-Roux",
               "d'Almeida", "De Sousa", "El Khattabi", "N'Guessan", "Abou-Khalil",
               "Saint-Pierre", "Da Costa", "Le Roux", "Ould Ahmed", "Ben Youssef",
               "Mac Gregor", "O'Sullivan", "Le Meur", "de La Tour", "Nguyen-Duval"]

SURNAMES_CW = ["Blanc", "Petit", "Marchand", "Lebrun", "Fort", "Rose", "Pierre", "Olive",
               "Boulanger", "Berger", "Meunier", "Lenoir", "Legrand", "Chevalier", "Fontaine",
               "Sage", "Bonhomme", "Lamour", "Printemps", "Vacher", "Juste", "Loiseau",
               "Lapierre", "Leloup", "Renard", "Mercier", "Charpentier", "Boucher",
               "Lecomte", "Masson"]

FIGURES = [  # (first, last, gender, tag)
    ("Emmanuel", "Macron", "m", "pol"), ("Gabriel", "Attal", "m", "pol"),
    ("Pap", "Ndiaye", "m", "pol"), ("Jean-Michel", "Blanquer", "m", "pol"),
    ("Najat", "Vallaud-Belkacem", "f", "pol"), ("Élisabeth", "Borne", "f", "pol"),
    ("Nicole", "Belloubet", "f", "pol"), ("Amélie", "Oudéa-Castéra", "f", "pol"),
    ("Anne", "Genetet", "f", "pol"), ("Clara", "Chappaz", "f", "pol"),
    ("Sam", "Altman", "m", "tech"), ("Elon", "Musk", "m", "tech"),
    ("Yann", "LeCun", "m", "tech"), ("Arthur", "Mensch", "m", "tech"),
    ("Bill", "Gates", "m", "tech"), ("Mark", "Zuckerberg", "m", "tech"),
    ("Sundar", "Pichai", "m", "tech"), ("Satya", "Nadella", "m", "tech"),
    ("Demis", "Hassabis", "m", "tech"), ("Luc", "Julia", "m", "tech"),
    ("Stanislas", "Dehaene", "m", "sci"), ("Philippe", "Meirieu", "m", "sci"),
    ("Céline", "Alvarez", "f", "sci"), ("Edgar", "Morin", "m", "sci"),
    ("Serge", "Tisseron", "m", "sci"), ("Michel", "Desmurget", "m", "sci"),
    ("François", "Taddei", "m", "sci"), ("Cédric", "Villani", "m", "sci"),
    ("Laurent", "Alexandre", "m", "sci"), ("Geoffrey", "Hinton", "m", "sci"),
    ("Fei-Fei", "Li", "f", "sci"),
]

TITLES_F = ["Mme", "Mme", "Mme", "Madame", "madame", "Mme."]
TITLES_M = ["M.", "M.", "M.", "Monsieur", "monsieur", "Mr", "Mr."]

# ---------------------------------------------------------------------------
# Places, schools, fillers (never entities by themselves)
# ---------------------------------------------------------------------------

TOWNS = [("69003", "Lyon"), ("59000", "Lille"), ("13005", "Marseille"), ("35000", "Rennes"),
         ("64100", "Bayonne"), ("97400", "Saint-Denis"), ("97110", "Pointe-à-Pitre"),
         ("97600", "Mamoudzou"), ("20000", "Ajaccio"), ("67000", "Strasbourg"),
         ("63000", "Clermont-Ferrand"), ("87000", "Limoges"), ("29200", "Brest"),
         ("33000", "Bordeaux"), ("31400", "Toulouse"), ("93200", "Saint-Denis"),
         ("44000", "Nantes"), ("21000", "Dijon"), ("80000", "Amiens"), ("57000", "Metz"),
         ("06000", "Nice"), ("34070", "Montpellier"), ("76600", "Le Havre"),
         ("42000", "Saint-Étienne"), ("17000", "La Rochelle"), ("51100", "Reims"),
         ("25000", "Besançon"), ("66000", "Perpignan"), ("72000", "Le Mans"),
         ("97200", "Fort-de-France"), ("97300", "Cayenne"), ("97410", "Saint-Pierre"),
         ("59100", "Roubaix"), ("93140", "Bondy"), ("38000", "Grenoble"), ("62300", "Lens"),
         ("22300", "Lannion"), ("40000", "Mont-de-Marsan"), ("71100", "Chalon-sur-Saône"),
         ("08000", "Charleville-Mézières"), ("56100", "Lorient"), ("95100", "Argenteuil"),
         ("84000", "Avignon"), ("12000", "Rodez"), ("23000", "Guéret"), ("20200", "Bastia"),
         ("68100", "Mulhouse"), ("94000", "Créteil"), ("14000", "Caen"), ("86000", "Poitiers")]
VILLES = sorted(set(t for _, t in TOWNS)) + ["Aurillac", "Vierzon", "Hazebrouck",
                                              "Saint-Laurent-du-Maroni", "Dzaoudzi",
                                              "Quimperlé", "Oyonnax", "Millau"]

STREET_TYPES = ["rue", "rue", "rue", "avenue", "boulevard", "allée", "impasse", "chemin",
                "place", "route", "quai", "cours", "square", "rue"]
STREET_NAMES = ["des Lilas", "Victor-Hugo", "Victor Hugo", "du Général-de-Gaulle",
                "Jean Jaurès", "de la République", "des Écoles", "du Moulin", "Pasteur",
                "de Verdun", "des Tanneurs", "Saint-Exupéry", "Marie Curie", "des Coquelicots",
                "de la Gare", "du Stade", "des Peupliers", "Gambetta", "de Paris",
                "Aristide Briand", "du 8 Mai 1945", "Paul Éluard", "des Mimosas",
                "de la Liberté", "Schoelcher", "Frédéric Chopin", "des Bleuets", "du Port",
                "Sadi-Carnot", "Lamartine", "des Acacias", "du Maréchal-Foch", "Louise Michel",
                "Jean Moulin", "des Flamboyants", "de la Chapelle", "du Lavoir",
                "des Frères Lumière", "Anatole France", "de Kerbernez", "des Vignes"]
ADDR_COMPL = ["bât. C", "appt 12", "résidence Les Pins", "escalier B", "2e étage",
              "lot. Les Hauts", "porte 3"]

SCHOOLS = ["Jacques-Prévert", "Jean-Jaurès", "Paul-Bert", "Louise-Michel", "Marie-Curie",
           "Victor-Hugo", "Jules-Verne", "Simone-Veil", "Pablo-Picasso", "Saint-Exupéry",
           "Les Tilleuls", "du Centre", "Jean-Moulin", "Aimé-Césaire", "Olympe-de-Gouges",
           "Condorcet", "Jules-Ferry", "Georges-Brassens", "Les Mimosas", "Camille-Claudel"]

ACADEMIES = ["ac-lille.fr", "ac-lyon.fr", "ac-creteil.fr", "ac-versailles.fr",
             "ac-reunion.fr", "ac-guadeloupe.fr", "ac-martinique.fr", "ac-mayotte.fr",
             "ac-corse.fr", "ac-rennes.fr", "ac-bordeaux.fr", "ac-aix-marseille.fr",
             "ac-normandie.fr", "ac-toulouse.fr", "ac-nantes.fr", "ac-strasbourg.fr",
             "ac-grenoble.fr", "ac-montpellier.fr", "ac-nancy-metz.fr",
             "ac-orleans-tours.fr", "ac-dijon.fr", "ac-guyane.fr", "ac-poitiers.fr"]
MAIL_PERSO = ["gmail.com", "gmail.com", "gmail.com", "yahoo.fr", "hotmail.fr", "hotmail.com",
              "outlook.fr", "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "laposte.net",
              "icloud.com", "proton.me", "gmx.fr", "live.fr", "neuf.fr"]
ORG_SLUGS = ["college-jaures", "ecolepasteur", "lycee.monge", "ecole-les-tilleuls",
             "college.prevert", "lp-hugo", "ecole.curie", "cite-scolaire-condorcet",
             "college-simone-veil", "ecole-du-centre"]

CLASSES = ["4e B", "6e3", "5e A", "3e C", "CM2", "1re STMG", "Tle G2", "2nde 5",
           "BTS SIO 1", "CAP cuisine", "4eB", "3e Prépa-Métiers", "1re spé NSI",
           "Terminale bac pro MELEC", "6e SEGPA", "5e2", "2nde 12", "1re G3"]
DATES = ["12/03/2024", "3 mars 2024", "14 octobre", "lundi 18 novembre", "03.11.2023",
         "15 janvier 2025", "2024-02-06", "9/10", "27 septembre 2023", "jeudi 5 décembre",
         "1er avril", "22/05/2024"]
MONTANTS = ["1 250 €", "35,90 €", "12 euros", "4 500 €", "0,99 €/mois", "2 300 euros",
            "18 000 €", "149 € TTC", "7,50 €", "240 €", "62 000 euros", "3,2 M€"]
ANNEES = ["2023-2024", "2024/2025", "2022", "2023", "2019-2020", "2021-2022"]
HEURES = ["8h15", "10 h", "14h30", "16 h 45", "17h", "12h05", "9h"]


def fold(s):
    s = s.translate(str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "ß": "ss",
                                   "œ": "oe", "æ": "ae", "đ": "d"}))
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", fold(s).lower()).strip("-")


# ---------------------------------------------------------------------------
# Identifier generators (with check keys)
# ---------------------------------------------------------------------------

def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def nir_key(body13):
    num = body13.replace("2A", "19").replace("2B", "18")
    return 97 - int(num) % 97


def nir_is_valid(text):
    t = re.sub(r"[\s.\-/]", "", text).upper()
    if len(t) != 15:
        return False
    return nir_key(t[:13]) == int(t[13:])


def gen_nir():
    valid = rng.random() >= 0.4
    sex = rng.choice("1122")
    yy = "%02d" % rng.randint(0, 99)
    mm = "%02d" % rng.choice(list(range(1, 13)) * 6 + [20, 30])
    r = rng.random()
    if r < 0.07:
        dept, com = rng.choice(["2A", "2B"]), "%03d" % rng.randint(1, 360)
    elif r < 0.17:
        dept, com = rng.choice(["971", "972", "973", "974", "976"]), "%02d" % rng.randint(1, 34)
    elif r < 0.27:
        dept, com = "99", rng.choice(["350", "352", "351", "139", "341", "114", "208", "243",
                                       "397", "127", "122", "335"])
    else:
        d = rng.randint(1, 95)
        while d == 20:
            d = rng.randint(1, 95)
        dept, com = "%02d" % d, "%03d" % rng.randint(1, 600)
    order = "%03d" % rng.randint(1, 999)
    body = sex + yy + mm + dept + com + order
    assert len(body) == 13
    key = nir_key(body)
    if not valid:
        key = ((key - 1 + rng.randint(1, 96)) % 97) + 1
    k = "%02d" % key
    parts = [sex, yy, mm, dept, com, order]
    f = rng.random()
    if f < 0.40:
        s = " ".join(parts) + " " + k
    elif f < 0.58:
        s = body + k
    elif f < 0.70:
        s = body + " " + k
    elif f < 0.78:
        s = ".".join(parts) + "." + k
    elif f < 0.84:
        s = "-".join(parts) + "-" + k
    elif f < 0.91:
        s = " ".join(parts[:4]) + "\n" + " ".join(parts[4:]) + " " + k
    else:
        s = " ".join(parts) + "  " + k
    assert nir_is_valid(s) == valid, (s, valid)
    return s


def iban_check(country, bban):
    rearranged = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearranged)
    return 98 - int(num) % 97


def iban_is_valid(text):
    t = re.sub(r"[\s\-]", "", text).upper()
    num = "".join(str(int(c, 36)) for c in t[4:] + t[:4])
    return int(num) % 97 == 1


def rib_key(bank, branch, account):
    conv = {}
    for i, c in enumerate("ABCDEFGHI"):
        conv[c] = str(i + 1)
    for i, c in enumerate("JKLMNOPQR"):
        conv[c] = str(i + 1)
    for i, c in enumerate("STUVWXYZ"):
        conv[c] = str(i + 2)
    acc = "".join(conv.get(c, c) for c in account)
    return 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)


def alnum(n):
    return "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(n))


def gen_bban(country):
    if country in ("FR", "MC"):
        bank = rng.choice(["30006", "30004", "10278", "20041", "17515", "11315", "30003",
                           "12506", "14707", "16606", "30002", "18206", "42559"])
        branch = digits(5)
        acc = digits(11)
        return bank + branch + acc + "%02d" % rib_key(bank, branch, acc)
    if country == "DE":
        return digits(18)
    if country == "BE":
        b = digits(10)
        c = int(b) % 97 or 97
        return b + "%02d" % c
    if country == "ES":
        return digits(20)
    if country == "IT":
        return rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(10) + digits(12)
    if country == "PT":
        return digits(21)
    if country == "NL":
        return rng.choice(["INGB", "ABNA", "RABO", "TRIO", "SNSB"]) + digits(10)
    if country == "LU":
        return digits(3) + alnum(13)
    if country == "RO":
        return rng.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + alnum(16)
    if country == "PL":
        return digits(24)
    if country == "AT":
        return digits(16)
    if country == "IE":
        return rng.choice(["AIBK", "BOFI"]) + digits(14)
    raise ValueError(country)


def gen_iban(arg=None):
    valid = rng.random() >= 0.4
    if arg == "eu":
        country = rng.choice(["DE", "BE", "ES", "IT", "PT", "NL", "LU", "RO", "PL", "AT", "IE"])
    elif arg and re.fullmatch(r"[A-Z]{2}(/[A-Z]{2})*", arg):
        country = rng.choice(arg.split("/"))
    elif arg == "fr":
        country = "FR"
    else:
        country = rng.choice(["FR"] * 11 + ["MC", "DE", "BE", "ES", "IT", "PT", "NL", "RO"])
    bban = gen_bban(country)
    chk = iban_check(country, bban)
    if not valid:
        if rng.random() < 0.5:
            chk = ((chk - 2 + rng.randint(1, 96)) % 97) + 2
        else:
            i = rng.randrange(len(bban))
            while not bban[i].isdigit():
                i = rng.randrange(len(bban))
            bban = bban[:i] + str((int(bban[i]) + rng.randint(1, 9)) % 10) + bban[i + 1:]
    raw = country + "%02d" % chk + bban
    groups = [raw[i:i + 4] for i in range(0, len(raw), 4)]
    f = rng.random()
    if f < 0.55:
        s = " ".join(groups)
    elif f < 0.70:
        s = raw
    elif f < 0.77:
        s = " ".join(groups).lower()
    elif f < 0.80:
        s = raw.lower()
    elif f < 0.88:
        cut = rng.randint(2, len(groups) - 2)
        s = " ".join(groups[:cut]) + "\n" + " ".join(groups[cut:])
    elif f < 0.92:
        s = "-".join(groups)
    elif country == "FR":
        s = raw[:4] + " " + raw[4:9] + " " + raw[9:14] + " " + raw[14:25] + " " + raw[25:]
    else:
        s = "  ".join(groups)
    assert iban_is_valid(s) == valid, (s, valid)
    return s


UAI_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uai_is_valid(text):
    t = re.sub(r"\s", "", text).upper()
    return len(t) == 8 and t[:7].isdigit() and UAI_ALPHA[int(t[:7]) % 23] == t[7]


def uai_raw(valid=True):
    r = rng.random()
    if r < 0.12:
        dep = rng.choice(["971", "972", "973", "974", "976"])
    elif r < 0.16:
        dep = rng.choice(["620", "720"])
    else:
        d = rng.randint(1, 95)
        while d == 20:
            d = rng.randint(1, 95)
        dep = "0%02d" % d
    num = dep + rng.choice("0001123456789") + digits(3)
    letter = UAI_ALPHA[int(num) % 23]
    if not valid:
        letter = rng.choice([c for c in UAI_ALPHA if c != letter])
    return num, letter


def gen_uai():
    valid = rng.random() >= 0.4
    num, letter = uai_raw(valid)
    f = rng.random()
    if f < 0.55:
        s = num + letter
    elif f < 0.75:
        s = num + letter.lower()
    elif f < 0.87:
        s = num + " " + letter
    elif f < 0.95:
        s = num[:3] + " " + num[3:] + letter
    else:
        s = num + " " + letter.lower()
    assert uai_is_valid(s) == valid, (s, valid)
    return s


DOM_PREFIXES = {
    "gp": [("0690", "590"), ("0691", "590"), ("0590", "590")],
    "mq": [("0696", "596"), ("0697", "596"), ("0596", "596")],
    "gf": [("0694", "594"), ("0594", "594")],
    "re": [("0692", "262"), ("0693", "262"), ("0262", "262")],
    "yt": [("0639", "262"), ("0269", "262")],
}


def pairs(d):
    return [d[i:i + 2] for i in range(0, len(d), 2)]


def gen_tel(arg=None):
    if arg is None:
        arg = rng.choice(["mob"] * 10 + ["fixe"] * 4 + ["intl33"] * 3 + ["dom"] * 2 + ["foreign"])
    elif arg == "intl":
        arg = rng.choice(["intl33", "intl33", "foreign", "foreign", "dom"])
    if arg in ("mob", "fixe", "intl33"):
        if arg == "fixe":
            d = "0" + rng.choice("123459") + digits(8)
        else:
            d = "0" + rng.choice("667") + digits(8)
        if arg == "intl33" or rng.random() < 0.18:
            rest = d[1:]
            f = rng.random()
            if f < 0.35:
                return "+33 " + rest[0] + " " + " ".join(pairs(rest[1:]))
            if f < 0.55:
                return "+33" + rest
            if f < 0.72:
                return "0033 " + rest[0] + " " + " ".join(pairs(rest[1:]))
            if f < 0.90:
                return "+33 (0)" + rest[0] + " " + " ".join(pairs(rest[1:]))
            return "(+33) " + rest[0] + "." + ".".join(pairs(rest[1:]))
        f = rng.random()
        if f < 0.45:
            return " ".join(pairs(d))
        if f < 0.60:
            return ".".join(pairs(d))
        if f < 0.68:
            return "-".join(pairs(d))
        if f < 0.86:
            return d
        if f < 0.93:
            return d[:2] + " " + d[2:6] + " " + d[6:]
        return d[:2] + "/" + ".".join(pairs(d[2:]))
    if arg in DOM_PREFIXES or arg == "dom":
        pool = DOM_PREFIXES.get(arg) or [x for v in DOM_PREFIXES.values() for x in v]
        pre, cc = rng.choice(pool)
        rest = digits(6)
        f = rng.random()
        if f < 0.4:
            return pre + " " + " ".join(pairs(rest))
        if f < 0.6:
            return " ".join(pairs(pre + rest))
        if f < 0.75:
            return pre + rest
        return "+" + cc + " " + pre[1:] + " " + " ".join(pairs(rest))
    # foreign numbers of parents living abroad
    return rng.choice([
        lambda: "+32 4" + digits(2) + " " + " ".join(pairs(digits(6))),
        lambda: "+269 3" + digits(2) + " " + " ".join(pairs(digits(4))),
        lambda: "+352 621 " + digits(3) + " " + digits(3),
        lambda: "+212 6 " + " ".join(pairs(digits(8))),
        lambda: "+41 79 " + digits(3) + " " + " ".join(pairs(digits(4))),
        lambda: "+351 91" + digits(1) + " " + digits(3) + " " + digits(3),
        lambda: "+49 151 " + digits(8),
        lambda: "+221 77 " + digits(3) + " " + " ".join(pairs(digits(4))),
    ])()


def gen_isbn():
    body = "9782" + rng.choice(["09", "01", "21", "7011", "04", "218"])
    body += digits(12 - len(body))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    c = (10 - s % 10) % 10
    return "%s-%s-%s-%s-%d" % (body[:3], body[3], body[4:7], body[7:], c)


def gen_address(arg=None):
    n = str(rng.choice(list(range(1, 60)) * 3 + list(range(60, 260))))
    r = rng.random()
    if r < 0.10:
        n += rng.choice([" bis", "bis", " ter", "B"])
    st = rng.choice(STREET_TYPES) + " " + rng.choice(STREET_NAMES)
    cp, town = rng.choice(TOWNS)
    if arg == "short" or (arg is None and rng.random() < 0.22):
        f = rng.random()
        if f < 0.75:
            return n + " " + st
        if f < 0.9:
            return (n + " " + st).lower()
        return n + ", " + st
    f = rng.random()
    if f < 0.30:
        return "%s %s, %s %s" % (n, st, cp, town)
    if f < 0.42:
        return "%s, %s %s %s" % (n, st, cp, town)
    if f < 0.52:
        return "%s %s %s %s" % (n, st, cp, town.upper())
    if f < 0.62:
        return "%s %s\n%s %s" % (n, st, cp, town)
    if f < 0.70:
        return fold("%s %s\n%s %s" % (n, st, cp, town)).upper()
    if f < 0.78:
        return ("%s %s %s %s" % (n, st, cp, town)).lower()
    if f < 0.88:
        return "%s %s, %s, %s %s" % (n, st, rng.choice(ADDR_COMPL), cp, town)
    return "%s %s, %s" % (n, st, town)


# ---------------------------------------------------------------------------
# Persons
# ---------------------------------------------------------------------------

class Person:
    def __init__(self, first, last, g, nick=None):
        self.first, self.last, self.g = first, last, g
        self.nick = nick or rng.choice(NICKS)


def make_person(mods, used=()):
    for _ in range(100):
        p = _make_person(mods)
        keys = {fold(p.first).lower(), fold(p.last).lower()}
        if fold(p.first).lower() != fold(p.last).lower() and not keys & set(used):
            return p
    raise RuntimeError("no fresh name")


def _make_person(mods):
    g = "f" if "f" in mods else "m" if "m" in mods else rng.choice("fm")
    if "kid" in mods:
        first = rng.choice([n for n, kg in KIDS if kg == g])
    elif "cwf" in mods:
        first = rng.choice(FIRST_CW_F if g == "f" else FIRST_CW_M)
    elif "cpf" in mods:
        first = rng.choice(FIRST_CP_F if g == "f" else FIRST_CP_M)
    else:
        r = rng.random()
        if r < 0.08:
            first = rng.choice(FIRST_CW_F if g == "f" else FIRST_CW_M)
        elif r < 0.15:
            first = rng.choice(FIRST_CP_F if g == "f" else FIRST_CP_M)
        else:
            first = rng.choice(FIRST_F if g == "f" else FIRST_M)
    if "cwl" in mods:
        last = rng.choice(SURNAMES_CW)
    elif "cpl" in mods:
        last = rng.choice(SURNAMES_CP)
    else:
        r = rng.random()
        if r < 0.12:
            last = rng.choice(SURNAMES_CP)
        elif r < 0.22:
            last = rng.choice(SURNAMES_CW)
        else:
            last = rng.choice(SURNAMES)
    return Person(first, last, g)


def make_figure(mods, exclude=()):
    pool = [x for x in FIGURES if x[1] not in exclude]
    for tag in ("pol", "tech", "sci"):
        if tag in mods:
            pool = [x for x in pool if x[3] == tag]
    for g in ("f", "m"):
        if g in mods:
            pool = [x for x in pool if x[2] == g]
    first, last, g, _ = rng.choice(pool)
    return Person(first, last, g)


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


def person_segments(p, form):
    """Return list of (text, is_entity)."""
    P = True
    if form == "any":
        form = rng.choice(["full", "full", "fullc", "first", "tlast", "tlast", "last"])
    if form == "full":
        return [(p.first + " " + p.last, P)]
    if form == "fullc":
        if rng.random() < 0.6:
            return [(p.last.upper() + " " + p.first, P)]
        return [(p.first + " " + p.last.upper(), P)]
    if form == "fullr":
        return [(p.last + " " + p.first, P)]
    if form == "fulllc":
        return [((p.first + " " + p.last).lower(), P)]
    if form == "first":
        return [(p.first, P)]
    if form == "firstlc":
        return [(p.first.lower(), P)]
    if form == "last":
        return [(p.last, P)]
    if form == "lastc":
        return [(p.last.upper(), P)]
    if form == "lastlc":
        return [(p.last.lower(), P)]
    if form in ("tlast", "tlastc"):
        t = rng.choice(TITLES_F if p.g == "f" else TITLES_M)
        name = p.last.upper() if form == "tlastc" else p.last
        return [(t + " ", False), (name, P)]
    if form == "tinit":
        t = rng.choice(["Mme", "Mme", "Madame"] if p.g == "f" else ["M.", "M.", "Monsieur"])
        core = re.sub(r"^(?:(?:da|dos|de|d'|van|von|der|la)\s*)+", "", p.last) or p.last
        return [(t + " ", False), (fold(core)[0].upper(), P), (".", False)]
    if form == "ilast":
        return [(initials(p.first) + " " + p.last, P)]
    if form == "nick":
        return [(p.nick, P)]
    raise ValueError(form)


def email_local(p, ac=False):
    f, l = slug(p.first), slug(p.last)
    lnd = l.replace("-", "")
    fnd = f.replace("-", "")
    if ac:
        return rng.choice([f + "." + lnd, f + "." + lnd, fnd + "." + lnd + str(rng.randint(1, 9)),
                           f + "." + l])
    return rng.choice([f + "." + lnd, f + "." + lnd, f[0] + "." + lnd, lnd + "." + fnd,
                       fnd + lnd, f + "." + lnd + str(rng.randint(1, 99)), fnd + "_" + lnd,
                       lnd + f[0], fnd + "-" + lnd, fnd + lnd + str(rng.randint(1970, 2012)),
                       lnd + "." + fnd[0]])


def obfuscate(addr):
    local, dom = addr.split("@")
    f = rng.random()
    if f < 0.25:
        return local + " [at] " + dom
    if f < 0.45:
        return local + "(at)" + dom
    if f < 0.60:
        return local + " arobase " + dom
    if f < 0.72:
        return local + "[@]" + dom
    if f < 0.84:
        return local + " @ " + dom
    if f < 0.92:
        return local + " at " + dom.replace(".", " dot ")
    return local + "@" + dom.replace(".", "[.]")


def gen_email(args, slots):
    pslot = next((a for a in args if re.fullmatch(r"P\d+", a)), None)
    if "org" in args:
        s = rng.choice([rng.choice(["fcpe", "apel", "peep", "parents", "ape"]) + "." +
                        rng.choice(ORG_SLUGS) + "@" + rng.choice(["gmail.com", "orange.fr",
                                                                    "laposte.net", "free.fr"]),
                        "contact@" + rng.choice(ORG_SLUGS).replace(".", "-") + ".fr",
                        "secretariat." + rng.choice(ORG_SLUGS) + "@" + rng.choice(ACADEMIES)])
    elif "uai" in args:
        num, letter = uai_raw(rng.random() < 0.7)
        s = rng.choice(["ce.", "ce.", "0.", "ien."]) + num + letter.lower() + "@" + rng.choice(ACADEMIES)
        if s.startswith("0.") or s.startswith("ien."):
            s = "ce." + num + letter.lower() + "@" + rng.choice(ACADEMIES)
    else:
        p = slots[pslot] if pslot else make_person(set())
        ac = "ac" in args or rng.random() < 0.3
        s = email_local(p, ac) + "@" + (rng.choice(ACADEMIES) if ac else rng.choice(MAIL_PERSO))
    if "obf" in args or rng.random() < 0.2:
        s = obfuscate(s)
    elif rng.random() < 0.05:
        s = s.upper()
    return s


# ---------------------------------------------------------------------------
# Frame rendering
# ---------------------------------------------------------------------------

TOKEN = re.compile(r"\{([A-Z]+)(\d*)(?::([^}]*))?\}|\[\[(.*?)\]\]", re.S)
ENTITY_TYPES = {"P": "PERSONNE", "F": "PERSONNE", "EMAIL": "EMAIL", "TEL": "TELEPHONE",
                "NIR": "NIR", "IBAN": "IBAN", "UAI": "UAI", "ADR": "ADRESSE"}
FILLERS = {
    "CLASSE": lambda: rng.choice(CLASSES),
    "DATE": lambda: rng.choice(DATES),
    "MONTANT": lambda: rng.choice(MONTANTS),
    "ISBN": gen_isbn,
    "CMD": lambda: rng.choice([digits(8), digits(10), "CMD-" + rng.choice(["2023", "2024"]) + "-" + digits(6),
                               "BC" + digits(2) + "-" + digits(4)]),
    "ANNEE": lambda: rng.choice(ANNEES),
    "HEURE": lambda: rng.choice(HEURES),
    "VILLE": lambda: rng.choice(VILLES),
    "SCHOOL": lambda: rng.choice(SCHOOLS),
    "TICKET": lambda: digits(5),
    "COLIS": lambda: rng.choice(["6A", "8R", "6C"]) + digits(11),
    "REF": lambda: rng.choice(["NX.", "UN.", "GP."]) + alnum(5) + "." + digits(3),
    "NUM": lambda: str(rng.randint(2, 48)),
}


def signature(frame):
    sig = dict.fromkeys(KINDS, 0)
    for m in TOKEN.finditer(frame):
        if m.group(1):
            k = ENTITY_TYPES.get(m.group(1))
            if k:
                sig[k] += 1
            else:
                assert m.group(1) in FILLERS, (m.group(1), frame)
        else:
            assert "{" not in m.group(4), frame
    return sig


def render(frame):
    slots = {}
    premods = {}
    for m in TOKEN.finditer(frame):
        if m.group(1) == "P" and m.group(3):
            premods.setdefault("P" + m.group(2), set(m.group(3).split(":")[1:]))

    def used_names():
        u = set()
        for v in slots.values():
            u.add(fold(v.first).lower())
            u.add(fold(v.last).lower())
        return u
    out = []
    ents = []  # (start, end, kind)
    pos = 0
    for m in TOKEN.finditer(frame):
        out.append(frame[pos:m.start()])
        pos = m.end()
        cur = sum(len(x) for x in out)
        if m.group(4) is not None:
            out.append(rng.choice(m.group(4).split("|")))
            continue
        typ, num, arg = m.group(1), m.group(2), m.group(3)
        args = arg.split(":") if arg else []
        if typ in ("P", "F"):
            key = typ + num
            form, mods = args[0], set(args[1:])
            if key not in slots:
                if typ == "P":
                    slots[key] = make_person(premods.get(key, mods), used_names())
                else:
                    used = [v.last for k2, v in slots.items() if k2.startswith("F")]
                    slots[key] = make_figure(mods, used)
            segs = person_segments(slots[key], form)
            for t, is_ent in segs:
                if is_ent:
                    ents.append((cur, cur + len(t), "PERSONNE"))
                out.append(t)
                cur += len(t)
            continue
        if typ in FILLERS:
            out.append(FILLERS[typ]())
            continue
        if typ == "EMAIL":
            for a in args:
                if re.fullmatch(r"P\d+", a) and a not in slots:
                    slots[a] = make_person(premods.get(a, set()), used_names())
            val = gen_email(args, slots)
        elif typ == "TEL":
            val = gen_tel(args[0] if args else None)
        elif typ == "NIR":
            val = gen_nir()
        elif typ == "IBAN":
            val = gen_iban(args[0] if args else None)
        elif typ == "UAI":
            val = gen_uai()
        elif typ == "ADR":
            val = gen_address(args[0] if args else None)
        else:
            raise ValueError(typ)
        ents.append((cur, cur + len(val), ENTITY_TYPES[typ]))
        out.append(val)
    out.append(frame[pos:])
    text = "".join(out)
    return text, ents


def order_ok(text, ents):
    prev = 0
    for s, e, _ in ents:
        if text.find(text[s:e], prev) != s:
            return False
        prev = e
    return True


# ---------------------------------------------------------------------------
# Frames with entities (hand-written)
# ---------------------------------------------------------------------------

ENTITY_FRAMES = [
    # --- signatures, formal ---
    "Madame, Monsieur,\n\nEn tant que principale adjointe, je constate que l'IA générative s'installe dans les pratiques sans aucun cadre. Les enseignants bricolent, les élèves aussi. Il faudrait une formation académique sérieuse.\n\nBien cordialement,\n{P1:full:f}\nPrincipale adjointe\n{EMAIL:P1:ac}",
    "Cordialement,\n\n{P1:fullc}\nProfesseur documentaliste\nCollège {SCHOOL} ({UAI})\nTél. : {TEL}",
    "Je reste à votre disposition pour un entretien.\n{P1:full} — {TEL} — {EMAIL:P1}",
    "--\n{P1:fullc}\nEnseignant en SES\n{ADR:full}\n{TEL}\n{EMAIL:P1}",
    "Bien à vous,\n{P1:ilast}\nIEN circonscription de {VILLE}\n{TEL:fixe} – {EMAIL:P1:ac}",
    "Merci pour ce questionnaire. Si vous souhaitez un retour plus détaillé, écrivez-moi à {EMAIL:P1} ({P1:first}, prof de techno).",
    "{P1:full:f}, directrice de l'école élémentaire {SCHOOL}. Nous n'avons aucun outil d'IA validé par l'institution, donc nous n'en utilisons pas. Contact : {TEL:fixe}.",
    "Salutations,\n{P1:fullc}\nParent d'élève élu au CA\n{ADR:full}\n{EMAIL:P1}",
    "Professeur principal de [[3e B|4e C|2nde 1|1re STMG|Tle G5]], je m'appelle {P1:full:m} et je voudrais signaler que plusieurs parents m'ont demandé des conseils sur ChatGPT. On n'a rien à leur répondre. Mon numéro : {TEL:mob}. Ma collègue {P2:full:f} partage cet avis.",
    "Pour toute question : {P1:tlast:f}, référente harcèlement, {EMAIL:P1:ac}. Ou {P2:tlast}, CPE, au {TEL:fixe}.",
    # --- colleagues ---
    "j'en ai parlé avec {P1:firstlc:f} ma collegue de svt et on pense pareil : l'ia c'est bien pour nous mais pas pour les gamins. meme {P2:firstlc:m} de techno est d'accord",
    "Notre CPE, {P1:first:f}, a organisé une réunion sur le sujet en novembre. C'était très utile. Merci à elle et à {P2:tlast} qui a animé l'atelier.",
    "Le proviseur M. {P1:last:m} refuse toute discussion sur le sujet, malgré la demande de {P2:full} et de {P3:tlast}. Nous avons écrit au rectorat, sans réponse à ce jour.",
    "Ma collègue {P1:full:f:cpl} a testé Mistral avec ses BTS : résultats bluffants en rédaction, catastrophiques en calcul. {P2:first:m}, son collègue de maths, confirme.",
    "En salle des profs, {P1:first:m} et {P2:first:f} ne jurent que par l'IA pour leurs fiches de révision. Moi je reste sceptique.",
    "Mme {P1:last:f} (anglais) utilise un outil de correction automatique et les élèves adorent, surtout {P2:first:kid} et {P3:first:kid}. Je ne sais pas si c'est autorisé.",
    "{P1:lastc} et {P2:lastc} ont lancé un club IA au CDI. Bonne initiative, mais ce sont toujours les mêmes élèves qui viennent ({P3:first:kid}, {P4:first:kid}…).",
    "Je travaille avec {P1:ilast} sur un projet eTwinning ; l'IA nous sert à traduire les échanges avec la classe polonaise de {P2:full}.",
    "Notre inspecteur, M. {P1:last:m:cpl}, nous a encouragés à « expérimenter ». Expérimenter quoi, avec quels moyens ? Demandez à {P2:tlast:f}, elle a quitté son poste de référente pour cette raison.",
    "L'an dernier, {P1:tinit:f} nous avait fait une formation géniale sur les prompts. Dommage qu'elle soit partie à {VILLE}. Son mail : {EMAIL:P1:ac}.",
    "Dans mon équipe de maths, {P1:fulllc:f} est la seule à s'en servir vraiment, elle m'a montré comment générer des exercices différenciés pour {P2:first:kid} et {P3:first:kid}.",
    "Mon binôme en co-enseignement, {P1:nick}, dit que l'IA va nous faire gagner du temps. J'attends de voir. Moi c'est {P2:full}, {TEL}.",
    "Petite anecdote : {P1:first:m}, notre AED, a surpris {P2:first:kid:m} qui dictait sa rédaction à Siri dans les toilettes 😂",
    "Le Dr {P1:last} du CMP nous a dit que certains ados parlent plus à leur chatbot qu'à leurs parents. Ça fait froid dans le dos.\n{P2:fullc:f}, infirmière scolaire, {EMAIL:P2:ac}",
    "La prof de philo, {P1:tlast:f}, a eu une idée géniale : faire critiquer par les élèves une dissertation écrite par l'IA. Même {P2:first:kid:m}, qui déteste la philo, a adoré.",
    "Conseil pédagogique du 12 mars : {P1:full}, {P2:full}, {P3:full} et moi-même avons voté contre l'usage de l'IA pour rédiger les bulletins.",
    "En tant que coordonnateur ULIS, je trouve que les outils de synthèse vocale aident énormément. Merci à {P1:first:f} (AESH) qui m'a tout appris.\n{P2:full:m} – {UAI}",
    "Notre gestionnaire, {P1:fullr}, pense qu'on pourrait utiliser l'IA pour les commandes. Je ne suis pas sûr que ce soit une bonne idée. {P2:tlast:m}, le principal, non plus.",
    # --- pupils ---
    "Mon élève {P1:first:kid:m} m'a rendu un devoir impeccable... avec la phrase « En tant qu'IA, je ne peux pas ». Fou rire en salle des profs.\n{P2:ilast}, professeur de français",
    "La petite {P1:first:kid:f} en CM1 m'a demandé si « l'ordinateur qui parle » allait remplacer la maîtresse. Ça résume bien l'inquiétude des enfants.",
    "— Madame, c'est ChatGPT qui a fait mon exposé, ça compte quand même ?\n— Non {P1:first:kid}, ça ne compte pas.\nVoilà où on en est en {CLASSE}. Avec {P2:tlast:f}, ma collègue de SES, on en rit jaune.",
    "Dans ma classe de {CLASSE}, {P1:first:kid}, {P2:first:kid} et {P3:first:kid} ont rendu exactement le même texte. Trois copies identiques, au mot près. J'ai prévenu {P4:tlast}.",
    "{P1:first:kid:m} (3e C) m'a expliqué qu'il utilisait l'IA pour comprendre ses cours de physique, et honnêtement ses notes ont remonté. Sa mère, {P2:full:f}, me l'a confirmé.",
    "j'ai une eleve, {P1:firstlc:kid:f}, dyslexique, pour elle l'ia c'est une vraie aide pour reformuler les consignes",
    "Exemple concret : {P1:full:kid:m} a été exclu deux jours pour avoir diffusé un montage IA d'une prof. Il faut en parler. La victime, {P2:tlast:f}, est encore en arrêt.",
    "Je suis en terminale et franchement tout le monde l'utilise. Même {P1:first:kid:m}, le premier de la classe, l'avoue.\nSigné : {P2:firstlc:kid}, élève de [[Tle G2|terminale 3|TG4|Tle STMG]]",
    "Ma fille {P1:first:kid:f} est en 6e au collège {SCHOOL}. Elle a eu un devoir où l'enseignant autorisait l'IA et un autre où c'était interdit. C'est incohérent. {P2:fullc}, {TEL}",
    "Mon fils {P1:first:m:kid} est en 4e et il me dit que la moitié de la classe fait ses rédactions avec Snapchat. Vous pouvez me joindre au {TEL} si besoin. {P2:full}",
    "Parent de {P1:first:kid} et {P2:first:kid} (CE2 et CM2). Je ne veux pas que mes enfants utilisent l'IA à l'école primaire, point.\n{P3:fullc}\n{ADR:full}",
    "Bonjour c'est la maman de {P1:firstlc:kid} en cp, on nous a pas demandé notre avis pour l'appli de lecture avec ia, je trouve ça pas normal. rappelez moi au {TEL:mob} c {P2:firstlc:f}",
    "Élèves concernés par le projet : {P1:fullr}, {P2:fullr}, {P3:fullr}, {P4:fullr}. Ils ont réalisé un podcast sans IA, et c'était très réussi.",
    "En aide aux devoirs, j'accompagne {P1:first:kid:m}, un garçon de 5e très brillant mais qui copie-colle tout ce que lui dit le chatbot. Sa mère, {P2:tlast:f}, ne voit pas le problème.",
    "Mon neveu, qu'on surnomme {P1:nick}, passe ses soirées à discuter avec une IA. Ses profs ne sont même pas au courant.\n{P2:fullc}, {EMAIL:P2}",
    "{P1:first:kid:f} et {P2:first:kid:f}, deux élèves de {CLASSE}, ont fait un exposé remarquable sur les biais des IA. Bravo à elles et à leur professeure, {P3:tlast:f}.",
    # --- contact requests ---
    "Je souhaite être recontactée pour participer au groupe de travail. {P1:full:f}, {ADR:full}, {TEL}.",
    "Vous pouvez me rappeler au {TEL} ou m'écrire à {EMAIL}. Je suis disponible le mercredi après-midi. {P1:fullc}",
    "mon num c {TEL:mob} si vous voulez en parler, je suis parent et j'ai plein de trucs à dire, {P1:fulllc}",
    "Contact : {EMAIL}",
    "Je suis intéressé par une formation. Mon adresse pro : {EMAIL:P1:ac}. Merci ! {P1:first:m}",
    "Pour le suivi : {P1:tlast}, {ADR:full}, {TEL:fixe}",
    "N'hésitez pas à contacter notre directeur, M. {P1:last:m}, au {TEL:fixe} ou par mail : {EMAIL:P1}.",
    "joignable au {TEL} apres 18h, demandez {P1:firstlc}",
    "Si l'équipe de recherche veut venir observer nos classes, écrivez à {EMAIL}, la direction est d'accord. Demandez {P1:tlast}, {TEL:fixe}.",
    "Tél perso : {TEL}\nMail : {EMAIL:P1}\n(je préfère le mail)\n{P1:full}",
    "Je suis la mère de {P1:full:kid}, élève de {CLASSE}. Merci de me contacter au {TEL} au sujet du devoir de français qui lui a valu un zéro pour « usage d'IA ».\n{P2:fullc}\n{ADR:full}",
    # --- complaints ---
    "Mon fils a eu 0 parce que {P1:tlast} l'accuse d'avoir utilisé l'IA, sans aucune preuve. Je demande un rendez-vous. {P2:full}, {ADR}, {TEL}",
    "Plainte : l'enseignante {P1:tlast:f} a mis le nom de ma fille dans ChatGPT pour générer son appréciation. C'est une fuite de données ! Ma fille s'appelle {P2:full:kid:f}, je n'ai jamais donné mon accord. {P3:fullc}, {ADR:full}, {TEL}",
    "Je conteste la sanction contre {P1:first:kid}. Le logiciel de détection d'IA n'est pas fiable. Mon adresse : {ADR:full}. {P2:fullc}",
    "Le collège a communiqué nos adresses e-mail à un prestataire d'IA sans notre accord. La mienne ({EMAIL}) reçoit depuis des publicités. {P1:full}, parent d'élève au collège {UAI}",
    "inadmissible, le prof de maths {P1:lastlc:m} dit aux eleves d'utiliser photomath pour verifier leurs devoirs, a quoi ça sert d'apprendre alors",
    "Je signale que {P1:full} , AED, montre des vidéos deepfake aux élèves « pour rire ». Ce n'est pas drôle. J'en ai parlé à {P2:tlast}, qui a haussé les épaules.",
    "Ma demande de remboursement des frais de formation (IA et pédagogie, Canopé) n'a jamais été traitée. IBAN : {IBAN}. Merci de faire le nécessaire. {P1:fullc} (NIR {NIR})",
    # --- thanks ---
    "Un grand merci à {P1:tlast} pour son atelier sur l'esprit critique face aux IA. Les élèves en parlent encore, en particulier {P2:first:kid} et {P3:first:kid}.",
    "Merci à {P1:first}, {P2:first} et {P3:first} de l'équipe numérique, vous êtes au top ! {P4:nick}",
    "Bravo à {P1:full:m} pour le guide « IA en classe » qu'il a rédigé pour le bassin. Très clair. On peut le lui demander à {EMAIL:P1:ac}.",
    "merci a mme {P1:lastlc:f} qui a pris le temps d'expliquer a mon fils comment verifier les sources, c'est ça qu'il faut",
    "Je tiens à remercier notre principal, M. {P1:lastc:m}, qui a pris position clairement contre l'IA pendant les évaluations.\n{P2:fullc}, professeur de mathématiques, {UAI}",
    # --- bank / admin ---
    "Pour le remboursement de la sortie pédagogique, voici mon RIB : {IBAN} — titulaire {P1:fullc}, {ADR:full}.",
    "Coordonnées bancaires pour la participation à l'étude :\nTitulaire : {P1:full}\nIBAN : {IBAN}\nAdresse : {ADR:full}",
    "Je vous transmets mon numéro de sécurité sociale pour le dossier de la formation IA : {NIR}. {P1:full}, {EMAIL:P1}",
    "N° SS : {NIR}\nNom : {P1:fullc}\nÉtablissement : {UAI}",
    "numero secu {NIR} pour l'inscription a la formation pix+ ia, c'est bien ça qu'il faut ? {P1:fulllc}",
    "Pour l'indemnité de jury, mon IBAN est {IBAN} et mon NIR {NIR}. Désolé de passer par ce questionnaire mais le service ne répond pas. {P1:fullc:m}, {UAI}",
    "RIB de l'association des parents (APEL) : {IBAN}. Trésorière : {P1:full:f}, {ADR:full}.",
    "Ma fille est en échange à l'étranger, les frais peuvent être versés sur ce compte : {IBAN:eu}. Merci, {P1:full}, {ADR:full}",
    "Je suis contractuel et je n'ai toujours pas été payé pour les heures de formation IA. IBAN {IBAN}, sécu {NIR}, établissement {UAI}. Aidez-moi. {P1:fullc:m}",
    "Remboursement svp sur {IBAN} (compte de {P1:fulllc}) mon num de secu si besoin : {NIR}",
    "Attestation demandée par le rectorat : {P1:fullc}, n° de sécurité sociale {NIR}, domicilié(e) {ADR:full}.",
    "Mon IBAN a changé, voici le nouveau : {IBAN}. L'ancien ({IBAN}) est clôturé.\n{P1:fullc}\n{NIR}",
    "Code établissement {UAI}, circonscription de {VILLE}. Nous avons besoin de matériel avant de parler d'IA ! {P1:tlast:m}, directeur",
    "Notre école ({UAI}) a été retenue pour l'expérimentation. Directrice : {P1:tlast:f}, {TEL:fixe}.",
    "Le lycée {SCHOOL} (UAI {UAI}) n'a reçu aucune consigne sur l'IA. Personne à contacter : {P1:full:m}, proviseur adjoint, {TEL:fixe}.",
    "rne {UAI} - ecole primaire - on n'utilise pas l'ia, pas le temps",
    "UAI : {UAI} / {UAI} (nous sommes une cité scolaire, collège + lycée). Globalement les collègues sont méfiants. {P1:full}, proviseur",
    "Je réponds pour l'établissement {UAI} et pour l'école annexe {UAI}. Coordonnées : {ADR:full}. {P1:tlast:m}, directeur d'école.",
    # --- addresses ---
    "Adresse pour l'envoi des questionnaires papier : {ADR:full}. À l'attention de {P1:tlast} ({EMAIL:P1:ac}).",
    "Si vous organisez une réunion publique, la salle des fêtes est au {ADR:short}, c'est gratuit pour les associations. Voir avec {P1:full}, {TEL}.",
    "Envoyez le courrier à mon domicile : {P1:fullc}, {ADR}. Merci.",
    "Nous habitons {ADR} et l'école est à 5 minutes. Mon fils y va à pied et il m'a dit que l'IA faisait les devoirs de ses copains.\nFamille {P1:lastc}",
    "j habite au {ADR:short} si vous voulez passer en parler, je suis toujours là le soir, demandez {P1:firstlc}",
    "Réunion parents-profs sur l'IA : le jeudi 16 à 18h au {ADR:full} (foyer rural). Inscriptions auprès de {P1:full:f}, {TEL}.",
    # --- long answers ---
    "Je suis enseignante depuis 22 ans.\n\nD'abord, l'IA ne me fait pas peur. Je l'utilise pour créer des textes adaptés à mes élèves allophones, notamment {P1:first:kid} et {P2:first:kid} qui sont arrivés en janvier.\n\nEnsuite, je trouve que l'institution est absente : aucune formation, aucun outil souverain. On nous parle de Mistral mais on n'y a pas accès.\n\nEnfin, je m'inquiète pour les données. Qui sait ce que deviennent les textes qu'on y colle ?\n\n{P3:full:f}\n{EMAIL:P3:ac}",
    "Points positifs :\n- gain de temps pour préparer\n- différenciation\n\nPoints négatifs :\n- triche\n- perte de l'effort\n\nMa collègue {P1:full:f} et moi avons fait une présentation au conseil pédagogique, je peux vous l'envoyer : {EMAIL:P2}",
    "1) Oui, j'utilise l'IA.\n2) Pour préparer mes cours.\n3) Non, pas avec les élèves.\n4) Je souhaite être contacté : {P1:full:m}, {TEL:mob}.",
    "Bonjour,\n\nJe suis maman de trois enfants scolarisés au collège et au lycée. Mon aîné, {P1:first:m}, utilise ChatGPT tous les soirs. Au début j'étais contre, puis j'ai vu qu'il s'en servait pour se faire expliquer les exercices.\n\nMa cadette {P2:first:f}, par contre, copie tout. Sa prof principale, {P3:tlast:f}, m'a convoquée.\n\nBref, tout dépend de l'usage. Il faut éduquer, pas interdire.\n\n{P4:full:f}",
    "Je vais être honnête : je suis contre.\n\nMon expérience : en {CLASSE}, sur 28 copies, 11 étaient manifestement générées. Quand j'ai interrogé {P1:first:kid:m} à l'oral sur sa propre copie, il était incapable d'expliquer le mot « paradigme ».\n\nJe propose que l'on revienne à l'écrit en classe. Signé {P2:tlast}, professeur de lettres.",
    "Bonjour à l'équipe,\n\nje vous écris en tant que directeur d'école. Nous avons testé un assistant de correction cette année, sur proposition de {P1:tlast:f} (conseillère pédagogique). Résultat mitigé.\n\nJe suis joignable au {TEL:fixe} (école) ou au {TEL:mob} (portable).\n\n{P2:ilast:m}",
    # --- public figures ---
    "{F1:full:m} a dit que l'IA allait révolutionner l'école. Qu'il vienne passer une journée dans ma classe de {CLASSE}.\n{P1:fullc}, professeur à {VILLE}",
    "Quand j'entends {F1:last:m} parler d'IA à l'école, j'ai l'impression qu'il n'a jamais mis les pieds dans un collège. Contrairement à {F2:full:sci}, qui sait de quoi il parle.",
    "Les déclarations de {F1:full:pol} sur le « choc des savoirs » et l'IA, c'est de la communication.",
    "J'ai lu le livre de {F1:full:sci} sur l'apprentissage, et je pense que l'IA ne remplace pas l'effort de mémorisation.",
    "{F1:fulllc:tech:m} il s'en fiche de nos eleves, il veut juste vendre son truc. et {F2:lastlc:tech:m} pareil",
    "Comme le dit {F1:full:sci}, les écrans ne sont pas neutres. L'IA encore moins. — {P1:ilast}",
    "Le ministre {F1:last:pol:m} avait promis des assistants IA pour tous les profs. On attend toujours. Pareil pour {F2:full:pol:f}.",
    "Mme {F1:last:pol:f} avait annoncé un plan, puis plus rien.",
    "{F1:full:tech} et {F2:full:tech} nous expliquent que l'IA va tout changer. Ils ne sont pas enseignants. Moi si : {P1:full}, {UAI}.",
    # --- texting ---
    "jsuis en 1ere et ma prof de francais mme {P1:lastlc:f} elle dit que si on utilise chatgpt c 0 direct. pourtant ca aide grave pour comprendre les textes. {P2:firstlc:kid} en 1ere 3",
    "wsh l'ia c trop bien, meme {P1:firstlc:m:kid} il fait ses dm avec et il a 18 lol. moi c {P2:firstlc:kid}",
    "ptdr le prof d'histoire {P1:lastlc:m} il a demandé a chatgpt de faire le controle et ya des erreurs dedans mdr, {P2:firstlc:kid} peut confirmer",
    "moi jsuis parent et jcomprends rien a tout ca, mon fils {P1:firstlc:kid:m} me dit que tout le monde le fait. contactez moi {TEL:mob}",
    "slt c {P1:firstlc:kid} de 2nde 4, l'ia c cool mais faudrait qu'on nous apprenne a bien l'utiliser",
    "perso g demandé a {P1:firstlc:kid} et {P2:firstlc:kid} ce quils en pensaient, ils disent que c'est de la triche mais ils l'utilisent qd meme mdr",
    "mon mail si besoin {EMAIL} bisous {P1:firstlc}",
    "jsp trop, ma soeur {P1:firstlc:f} elle est prof et elle dit que c la cata. moi c {P2:firstlc:kid}, en 3e",
    # --- lists ---
    "Liste des membres du groupe de réflexion IA :\n- {P1:fullc}\n- {P2:fullc}\n- {P3:fullc}\n- {P4:full}\nCoordination : {EMAIL:P1}",
    "Présents à la réunion : {P1:tlast}, {P2:tlast}, {P3:tlast}, {P4:first} (AED). Excusés : {P5:tlast}.",
    "Équipe projet « IA et oral » :\n• {P1:full} (lettres)\n• {P2:full} (anglais)\n• {P3:full} (documentation)\nContact : {EMAIL:P1}",
    # --- compound / particles ---
    "Ma collègue {P1:full:f:cpf:cpl} coordonne le projet IA du bassin, elle est formidable. Son mail : {EMAIL:P1:ac}",
    "On a eu une inspection de M. {P1:last:m:cpl} qui nous a reproché de ne pas utiliser l'IA. Le monde à l'envers. {P2:fullc}, {UAI}",
    "Je remercie {P1:full:cpl} pour son aide précieuse lors de la journée pédagogique, ainsi que {P2:tlast} et {P3:tlast}.",
    "{P1:tlastc:cpl} (professeur d'EPS) filme ses élèves et utilise une IA d'analyse du mouvement. Accord des parents ? Aucun. {P2:full}, parent d'élève, {TEL}",
    # --- common-word names ---
    "Ma collègue {P1:full:f:cwf:cwl} pense que l'IA est un outil comme un autre. Moi non.\n{P2:fullc}",
    "J'en ai parlé avec M. {P1:last:m:cwl}, le principal adjoint, il est d'accord avec moi. {P2:first:f:cwf} aussi.",
    "{P1:first:m:cwf} nous a montré un site où l'IA corrige les dictées. Bof. {P2:tlast:f:cwl} était plus enthousiaste.",
    "Notre ATSEM, {P1:first:f:cwf}, trouve que les petits n'ont pas besoin de ça. Elle a raison. {P2:full:f}, directrice",
    "Mme {P1:last:f:cwl} et M. {P2:last:m:cwl} se sont disputés en conseil de classe à propos d'un élève soupçonné de triche, le petit {P3:first:kid:m}.",
    "{P1:full:cwl} (professeur de physique) a écrit une charte d'usage de l'IA pour le lycée. Je la recommande. Elle est sur l'ENT ou à demander à {EMAIL:P1:ac}.",
    # --- e-mail / phone specific ---
    "Pour me joindre : {EMAIL:P1:obf} (remplacez ce qu'il faut, je n'aime pas les robots 😉) — {P1:first}",
    "adresse mail de l'association de parents du collège : {EMAIL:org} (présidente : {P1:full:f}, {TEL})",
    "Écrivez au secrétariat de direction : {EMAIL:uai}, à l'attention de {P1:tlast}.",
    "Je vis en Guadeloupe, ici l'IA c'est loin d'être la priorité, on manque de profs. {P1:full}, {TEL:gp}",
    "Depuis La Réunion : les élèves utilisent l'IA comme partout. Appelez-moi au {TEL:re} si vous voulez un témoignage ultramarin.\n{P1:fullc}, {ADR:full}",
    "Mayotte : classes surchargées, pas de connexion stable, alors l'IA… Contact {P1:tlast} {TEL:yt}",
    "Je suis expatriée mais mes enfants suivent le CNED. Mon numéro : {TEL:intl}. {P1:first:f}",
    "tel fixe {TEL:fixe} / portable {TEL:mob} / demander {P1:first}",
    # --- misc ---
    "Je suis AESH et j'accompagne {P1:first:kid} (TSA) en 5e. Le logiciel de dictée vocale l'aide beaucoup, mais la prof d'anglais, {P2:tlast:f}, l'interdit. Pouvez-vous clarifier les règles ? {P3:fullc}, {EMAIL:P3}",
    "Intervention à prévoir auprès de la famille {P1:lastc}, qui refuse que leur enfant utilise un ordinateur. Ça bloque tout le projet. Le père, {P2:first:m}, ne répond pas au {TEL}.",
    "Réponse collective de l'équipe de l'école maternelle {SCHOOL} : nous ne sommes pas concernés. Signé {P1:first}, {P2:first}, {P3:first} et {P4:first}.",
    "Il faudrait interroger {P1:tlast:f}, notre RUPN, c'est elle qui gère Pronote et l'ENT : {EMAIL:P1:ac}.",
    "« Monsieur {P1:last:m}, vous pouvez nous laisser utiliser l'IA pour le brevet blanc ? » Voilà la question qu'on m'a posée ce matin.",
    "Ma belle-sœur {P1:full:f} enseigne au Portugal, là-bas ils ont déjà des consignes nationales. Pourquoi pas nous ? Vous pouvez la contacter : {EMAIL:P1}.",
    "Je suis {P1:full:kid:m}, délégué de classe en [[3e B|2nde 4|1re G2|Tle STI2D]]. Les élèves veulent une formation, pas une interdiction. Mon prof principal, {P2:tlast:m}, est d'accord.",
    "Mes élèves de BTS (dont {P1:first}, {P2:first} et {P3:first}) ont construit un chatbot pour l'accueil du lycée. Super projet. Plus d'infos : {EMAIL:P4:ac} ({P4:full})",
    "L'IA, oui, mais encadrée. D'ailleurs {P1:tlast} nous avait envoyé une charte en septembre que personne n'a lue.",
    "Je suis psychologue de l'EN. Plusieurs élèves m'ont parlé de leur « ami IA ». Je peux témoigner : {P1:fullc}, {EMAIL:P1:ac}, {TEL}.",
    "Le professeur {P1:full:m} nous a dit qu'il utilisait l'IA pour ses appréciations. On a trouvé ça nul, c'est pas personnalisé. {P2:first:kid}, {P3:first:kid} et {P4:first:kid}, élèves de [[3e A|4e D|2nde 7|1re G1]]",
    "Notre fils {P1:first:kid:m} a été victime d'un deepfake réalisé par un camarade ({P2:first:kid:m}). La plainte est en cours. Contactez-moi : {EMAIL:P3}",
    "M. {P1:last:m} et Mme {P2:last:f} ont fait la formation Pix+Édu. Les autres attendent.",
    "C'est {P1:fulllc:f} qui m'a conseillé de répondre, elle est prof au lycée de mon fils. moi c {P2:firstlc:f}, {TEL:mob}",
    "Le chef d'établissement adjoint, M. {P1:lastc:m}, nous a imposé Copilot pour les comptes rendus. Aucune concertation. {P2:ilast}, {UAI}",
    "{P1:first:f} (maman de {P2:first:kid}, CE1) : on aimerait une réunion d'information. {TEL}",
    "Je m'appelle {P1:full:kid} et j'ai 15 ans. Je pense que l'IA c'est comme la calculatrice : il faut apprendre à faire sans avant. Ma prof de maths, {P2:tlast:f}, est d'accord.",
    "Bonjour, {P1:tlast} à l'appareil... enfin au clavier 😅. Mon numéro pour un échange : {TEL}. Mail : {EMAIL:P1}.",
    "Mon adresse personnelle est {ADR:full} et mon téléphone {TEL}. Je souhaite recevoir les résultats de l'enquête. {P1:fullc}",
    "J'ai signalé à {P1:tinit:m} (principal) qu'un élève avait généré une fausse note de service. Aucune suite.\n{P2:fullc}, professeur de technologie, {UAI}",
    "Mes collègues {P1:tinit} et {P2:tinit} sont d'accord avec moi mais n'osent pas répondre.",
    "Réponse de {P1:ilast}, professeur agrégé de lettres classiques. L'IA traduit le latin mieux que mes élèves, c'est dire. {EMAIL:P1:ac}",
    "Inscription atelier IA parents :\n{P1:fullr} — {TEL} — {EMAIL:P1}\n{P2:fullr} — {TEL} — {EMAIL:P2}",
    "Le sujet est important. Je connais bien {P1:full:f}, chercheuse à l'INSPÉ, qui travaille dessus : contactez-la de ma part ({EMAIL:P1:ac}). {P2:ilast}",
    "coucou c'est {P1:nick} 😁 franchement l'ia au lycée ça dépend des profs, avec mme {P2:lastlc:f} c interdit, avec {P3:lastlc:m} c autorisé",
    "Nos enfants {P1:first:kid}, {P2:first:kid} et {P3:first:kid} sont scolarisés à l'école {SCHOOL}, {ADR:full}. Nous refusons l'usage de l'IA en primaire.",
    "Conformément au RGPD, je demande la suppression des données de ma fille {P1:full:kid:f} collectées par l'application de lecture. Mon adresse : {ADR:full}. Mon e-mail : {EMAIL}.",
    "Signé : {P1:fullc}, {ADR}, {TEL}, {EMAIL:P1}",
    "Pour le jury de l'oral, je propose {P1:tlast} et {P2:tlast}, qui connaissent bien les outils d'IA. Leurs mails : {EMAIL:P1:ac} et {EMAIL:P2:ac}.",
    "Dédicace à {P1:nick} et {P2:nick}, mes collègues préférés de la vie scolaire.",
    "Avis d'une grand-mère : mon petit-fils {P1:first:kid:m} ne sait plus écrire à la main. L'IA n'arrange rien.\n{P2:fullr:f}\n{ADR:full}",
    "Je suis chef d'établissement au collège {SCHOOL} ({UAI}). Mon adjoint {P1:full:m} et moi-même préparons une charte. Contact : {EMAIL:uai}",
    "Mon NIR est {NIR} — c'est demandé dans le formulaire d'inscription à la formation, mais je trouve ça excessif. {P1:fullc}, {UAI}",
    "J'ai reçu un mail frauduleux me demandant mon numéro de sécurité sociale. J'ai répondu {NIR} avant de réaliser… et j'ai aussi donné mon IBAN, {IBAN}. Que faire ? {P1:full}",
    "Virement de la coopérative scolaire à effectuer sur : {IBAN} (coopérative OCCE de l'école). Responsable : {P1:tlast}.",
    "Mon compte est au Portugal : {IBAN:PT}. Titulaire {P1:full}.",
    "iban {IBAN} merci",
    "Pour l'achat des licences, nous avons payé sur le compte {IBAN:eu} indiqué par l'éditeur. Était-ce une arnaque ? {P1:tlast}, gestionnaire, lycée {UAI}",
    "La sécu de mon fils : {NIR}, la mienne : {NIR}. C'est pour l'assurance de la sortie au Futuroscope. Mère : {P1:full:f}, {ADR:full}.",
    # --- UAI ---
    "Établissement {UAI} — nous n'avons pas de référent numérique depuis deux ans. {P1:full}, professeur de mathématiques",
    "Je suis directeur de l'école {SCHOOL} à {VILLE}, numéro UAI {UAI}. Nous aimerions participer à l'expérimentation. {P1:full:m}",
    "Code RNE du lycée : {UAI}. Questionnaire rempli par l'équipe de direction ({P1:tlast} et {P2:tlast}).",
    "uai {UAI} college rural, 180 eleves, 0 ordinateur qui marche. l'ia c'est pas pour nous",
    "Pour le rattachement administratif : {UAI} (collège) et {UAI} (SEGPA). Merci de ne pas confondre. {P1:fullc}, secrétariat",
    "Notre lycée agricole ({UAI}) travaille avec l'IA pour la gestion des serres, les élèves adorent. Contact : {P1:tlast}, {EMAIL:P1:ac}.",
    "(réponse de l'établissement {UAI}) Avis partagé au sein de l'équipe.",
    "Je suis TZR, rattachée à l'établissement {UAI} mais j'interviens aussi au {UAI}. Les pratiques sont très différentes d'un collège à l'autre. {P1:full:f}",
    "Merci d'indiquer le code établissement : {UAI}\nFonction : CPE\nAvis : favorable à un usage encadré.\nSignature : {P1:fullc}",
    "L'école {UAI} a déjà été contactée l'an dernier pour la même enquête. Directrice : {P1:full:f}, {TEL:fixe}.",
    "Le formulaire refusait mon code UAI ({UAI}), j'ai dû le taper trois fois. {P1:fullc}, {EMAIL:P1}",
    "Réponse pour le réseau REP+ : écoles {UAI}, {UAI} et {UAI}, collège de secteur {UAI}. Coordonnatrice REP+ : {P1:full:f}, {EMAIL:P1:ac}.",
    # --- NIR ---
    "Mon numéro de sécu c'est le {NIR}, je le mets ici parce que le lien de la formation ne marche pas. {P1:full}, professeur contractuel, {ADR:full}",
    "NIR : {NIR}\nNom : {P1:lastc}\nPrénom : {P1:first}",
    "Je suis assistante d'éducation, mon numéro INSEE est {NIR}. Je n'ai pas été payée pour la formation Pix. {P1:fullc:f}, {IBAN}",
    "Mon fils {P1:first:kid:m} (n° sécu {NIR}) a été filmé sans autorisation par une application d'IA du collège.\n{P2:fullc}, {ADR:full}",
    "Dossier de {P1:full}, NIR {NIR}, à transmettre au service des pensions s'il vous plaît. Adresse : {ADR:full}.",
    "Sécurité sociale : {NIR} (c'est celui de mon mari, {P1:first:m}, qui est l'assuré). IBAN du foyer : {IBAN}.",
    "Erreur de saisie sur mon numéro de sécu la dernière fois ({NIR}), le bon est : {NIR}\n{P1:fullc}",
    "Pour l'accident survenu en cours de technologie (imprimante 3D), numéro de sécurité sociale de l'élève : {NIR}. Mère : {P1:full:f}, {TEL}.",
    "no secu {NIR} iban {IBAN}",
    "Je suis vacataire, NIR {NIR}, et je souhaite être payée pour les deux ateliers IA animés au lycée {SCHOOL}. IBAN : {IBAN}. {P1:fullc:f}",
    # --- IBAN ---
    "Merci de verser la subvention du projet « IA et citoyenneté » sur le compte de l'association : {IBAN}. Présidente : {P1:full:f}, {ADR:full}.",
    "IBAN (compte joint {P1:first} et {P2:first}) : {IBAN}\n{ADR:full}",
    "Ci-dessous mes coordonnées bancaires :\n{IBAN}\nBanque : Crédit Mutuel, agence de {VILLE}\nTitulaire : {P1:fullc}",
    "Remboursement des frais de déplacement (formation IA à {VILLE}) : {IBAN}. {P1:tlast}, professeur d'histoire-géographie. NIR : {NIR}.",
    "j'ai payé le voyage en double !! remboursez moi sur {IBAN} svp c pour {P1:firstlc:kid} en 4e",
    "IBAN de ma banque : {IBAN:BE/DE/LU} (je suis frontalière). {P1:fullc}, {ADR:full}",
    "Compte pour la cagnotte du départ en retraite de {P1:tlast} : {IBAN}. Rien à voir avec l'IA mais tout le monde lit ce questionnaire 😄",
    # --- addresses ---
    "Je déménage : nouvelle adresse à partir du 1er mars, {ADR:full}. Pensez à mettre à jour mon RIB aussi : {IBAN}. {P1:full}, {UAI}",
    "Courrier à envoyer chez moi plutôt qu'au collège : {P1:full}, {ADR:full}\nNuméro de sécu (pour le dossier de mutation) : {NIR}",
    "La réunion du collectif aura lieu chez {P1:first}, {ADR}, à 20h. Prévenir {P2:first}.",
    "Adresse de facturation : {ADR:full}\nAdresse de livraison : {ADR:full}\nDestinataire : {P1:fullc}",
    "Je vous invite à venir voir notre projet au {ADR:full}, portes ouvertes le samedi 6 avril. Contact : {P1:tlast}.",
    "{P1:fullc}\n{ADR:full}\n{TEL}\n{EMAIL:P1}",
    "Mon ancienne adresse ({ADR}) apparaît encore dans Pronote malgré mes demandes. L'IA ne règle pas les vrais problèmes ! {P1:full}, {EMAIL:P1}",
    "l'adresse de l'ecole c {ADR} mais envoyez plutot a la mairie a lattention de mme {P1:lastlc:f}",
    # --- dense answers (forms pasted, several identifiers) ---
    "Fiche de contact\nNom : {P1:lastc}\nPrénom : {P1:first}\nAdresse : {ADR:full}\nTél. : {TEL}\nCourriel : {EMAIL:P1}\nN° de sécurité sociale : {NIR}\nIBAN : {IBAN}\nÉtablissement d'exercice : {UAI}",
    "Bonjour,\nje n'arrive pas à joindre le service de la formation continue, je mets donc ici mes informations pour le stage « IA et pédagogie » :\n{P1:full:f}, professeure de SVT au collège {SCHOOL} ({UAI})\nNIR : {NIR}\nRIB : {IBAN}\nMerci d'avance.",
    "Dossier d'inscription de mon fils {P1:full:kid:m} :\n- n° de sécurité sociale : {NIR}\n- adresse : {ADR:full}\n- téléphone du responsable légal ({P2:full}) : {TEL}\n- école d'origine : {UAI}\n- IBAN pour la bourse : {IBAN}",
    "Remboursement des frais de transport scolaire :\nBénéficiaire : {P1:fullr}\nIBAN : {IBAN}\nAdresse : {ADR}\nMail : {EMAIL:P1}\nNIR : {NIR}",
    "Je suis {P1:full:f}, AESH au collège {SCHOOL}. Mon numéro de sécurité sociale ({NIR}) a été diffusé par erreur dans un tableur partagé avec un outil d'IA. J'ai prévenu {P2:tlast} et {P3:tlast}, sans réponse. Joignable au {TEL}.",
    "Parent 1 : {P1:fullc}, {TEL}, {EMAIL:P1}\nParent 2 : {P2:fullc}, {TEL}, {EMAIL:P2}\nAdresse commune : {ADR:full}",
    "Pour le voyage à Berlin (projet IA franco-allemand), voici les informations demandées :\nÉlève : {P1:full:kid}\nNIR de l'élève : {NIR}\nResponsable légal : {P2:full}\nIBAN pour le remboursement de l'acompte : {IBAN}",
    "Merci de rembourser {P1:tlast} (IBAN {IBAN}) et {P2:tlast} (IBAN {IBAN}) pour l'achat des livres sur l'IA.",
    "Les écoles du secteur concernées par le projet sont : {UAI} (école {SCHOOL}), {UAI} (école {SCHOOL}) et {UAI}. Coordination : {P1:full:m}, conseiller pédagogique, {EMAIL:P1:ac}.",
    "Nouvelle adresse de l'association : {ADR:full}. Présidente : {P1:full:f}. Trésorier : {P2:full:m}, {EMAIL:P2}. IBAN inchangé : {IBAN}.",
    "Le numéro de sécurité sociale de ma fille {P1:first:kid:f} est {NIR}, le mien est {NIR}. L'infirmière, {P2:tlast:f}, les a demandés pour le PAI.",
    "Madame {P1:last:f}, voici enfin mon RIB : {IBAN}. Et mon adresse : {ADR:full}.\nBien à vous,\n{P2:fullc}",
    "Signataires de la motion contre l'IA en évaluation :\n{P1:fullc} ({UAI})\n{P2:fullc} ({UAI})\n{P3:fullc} ({UAI})\n{P4:fullc} ({UAI})",
    "j'ai donné mon numero de secu ({NIR}) et mon iban ({IBAN}) sur un site soi disant de l'education nationale, c'etait une arnaque generee par ia, ma collegue {P1:firstlc:f} aussi s'est fait avoir",
    "{P1:tlast}, gestionnaire du lycée {UAI}, demande que les remboursements se fassent sur le compte de l'établissement : {IBAN}. Adresse du lycée : {ADR:full}.",
    "Mes coordonnées :\n{P1:full}\n{ADR:full}\n{TEL}\nNIR {NIR}\nIBAN {IBAN}",
    "Suite à l'accident de {P1:first:kid} en cours d'EPS, voici le n° de sécurité sociale de l'enfant : {NIR}. Le médecin traitant est le Dr {P2:last}, {ADR:full}, {TEL:fixe}.",
    "Je fais partie du jury académique IA avec {P1:full}, {P2:full} et {P3:full}. Pour les frais de mission : NIR {NIR}, IBAN {IBAN}.",
    "La cotisation FCPE peut être payée par virement ({IBAN}) ou par chèque à l'ordre de l'association, à déposer chez {P1:full:f}, {ADR}.",
    "Pour info, l'adresse officielle de l'école {SCHOOL} ({UAI}) est {ADR:full}, et pas celle qui figure dans votre base.",
    "Etablissement: {UAI}\nNom du répondant: {P1:fullc}\nFonction: professeur principal\nTéléphone: {TEL}\nCommentaire: l'IA devrait être abordée en EMC.",
    "Bonsoir, je suis {P1:first:f}, maman de {P2:first:kid} et {P3:first:kid}. Ma voisine {P4:full:f} (qui habite au {ADR:short}) m'a transmis le questionnaire. Je trouve que l'école va trop vite sur l'IA.",
    "Liste des intervenants de la journée « IA et école » :\n1. {F1:full:sci} (conférence d'ouverture)\n2. {P1:full}, {UAI}\n3. {P2:full}, {UAI}\n4. {P3:tlast}, DANE\nInscriptions : {EMAIL:org}",
    "Je suis contre, et je ne suis pas la seule : {P1:full:f}, {P2:full:f}, {P3:full} et {P4:full} pensent comme moi. Écrivez-nous : {EMAIL}.",
    "Pour le remboursement du stage : {P1:fullc} / NIR {NIR} / IBAN {IBAN} / {ADR:full}",
    "Pour le dossier de bourse de ma fille, on me demande mon NIR ({NIR}) et celui de mon ex-mari, {P1:full:m} ({NIR}). Quel rapport avec l'IA ??",
    "Cc {P1:tlast} ; {P2:tlast} ; {P3:tlast}\nObjet : questionnaire IA\nJe transfère à toute l'équipe. {P4:first}",
    "{P1:fullc}\nProfesseur des écoles – {UAI}\n{ADR:full}\n{EMAIL:P1:ac}",
    "Mon fils {P1:full:kid:m} et sa cousine {P2:full:kid:f} ont été pris en photo par une application d'IA pendant la sortie. Je veux savoir où sont ces images. {P3:fullc}, {TEL}, {EMAIL:P3}",
    "Merci de virer la participation de la mairie sur le compte de la coopérative scolaire : {IBAN}. Le directeur, {P1:tlast:m}, est au courant. École {UAI}.",
    "Adresse : {ADR:full}\nNIR : {NIR}\n(je le redonne parce que le premier formulaire l'avait mal enregistré)",
    "Voici les numéros de sécurité sociale des accompagnateurs de la sortie :\n{P1:fullc} : {NIR}\n{P2:fullc} : {NIR}\n{P3:fullc} : {NIR}",
    "Relevé d'identité bancaire\nTitulaire : {P1:fullc}\nDomiciliation : {ADR:full}\nIBAN : {IBAN}",
    "Je remplis ce questionnaire pour mon père, {P1:full:m}, qui est principal au collège {UAI} et ne sait pas se servir d'internet 😅. Son numéro : {TEL:fixe}.",
    "lycée {UAI} / {P1:fulllc} / {EMAIL:P1} / pour : une formation obligatoire sur l'ia",
    "Pour la convention de stage dans une entreprise d'IA, l'élève {P1:full:kid} (NIR {NIR}) sera accueilli par {P2:full}, {ADR:full}, {TEL}.",
    "IBAN FR : {IBAN:fr}\nIBAN étranger (compte en Roumanie) : {IBAN:RO}\nMerci de privilégier le premier. {P1:full}",
    "Mes deux enfants sont dans deux établissements différents ({UAI} et {UAI}) et n'ont pas du tout les mêmes règles sur l'IA. {P1:first:kid} a le droit, {P2:first:kid} non.",
    "Je transmets les coordonnées de notre nouvelle principale, {P1:full:f} : {EMAIL:P1:ac}, {TEL:fixe}. L'ancien principal, {P2:tlast:m}, est parti en retraite.",
    "Le remboursement doit se faire au nom de {P1:fullr}, {ADR:full}. NIR {NIR}. IBAN {IBAN}. Merci.",
    "Je ne comprends pas pourquoi le formulaire de candidature au projet IA demande le NIR. Je l'ai mis quand même : {NIR}. Et celui de ma fille, tant qu'on y est : {NIR}.",
    "Mon numéro de sécurité sociale : {NIR}. Mon IBAN : {IBAN}. Mon nom : {P1:fullc}. Voilà, comme ça c'est fait.",
    "ATTENTION : un faux mail du « rectorat » circule et demande le NIR et l'IBAN des enseignants. Ma collègue a envoyé les siens ({NIR} / {IBAN}) avant qu'on s'en rende compte.",
    "Les n° de sécu des élèves ({NIR}, {NIR}…) figuraient sur les copies scannées envoyées à l'IA de correction. C'est grave.",
    "sécu : {NIR}\niban : {IBAN}\nc'est pour le remboursement de la formation à {VILLE}",
    "Pour le paiement des heures supplémentaires (projet IA), merci d'utiliser ce RIB : {IBAN}, et pas celui de l'an dernier ({IBAN}).",
    "Dans le logiciel de vie scolaire, on voit le numéro de sécurité sociale des élèves, par exemple {NIR} pour {P1:first:kid} ou {NIR} pour {P2:first:kid}. Et on veut brancher une IA là-dessus ?",
    "Je suis l'épouse de {P1:full:m}, décédé en mars. Merci de verser le solde de ses vacations sur mon compte : {IBAN}. Son numéro de sécurité sociale : {NIR}.",
    "IBAN école (coopérative) : {IBAN}\nIBAN association sportive : {IBAN}",
    "Mon numéro de sécu était faux dans Chorus ({NIR}), le bon c'est {NIR}. Et mon IBAN pour Chorus : {IBAN}.",
    "Je joins mon RIB pour le remboursement des manuels numériques : {IBAN} ({P1:fullc})",
    "Remboursement de la licence payée de ma poche : {IBAN}. Numéro de sécurité sociale : {NIR}. {P1:full}, {UAI}.",
    "Le NIR de mon fils {P1:first:kid:m} ({NIR}) apparaît en clair dans l'ENT. Je l'ai signalé à {P2:tlast}.",
    "mon iban c {IBAN} pour les 15 € de la sortie",
    "Virement à faire sur le compte {IBAN:eu} (je vis à l'étranger). Merci !",
]


# ---------------------------------------------------------------------------
# Trap frames: no entity, but things that look like names or identifiers
# ---------------------------------------------------------------------------

TRAP_FRAMES = [
    "Franchement, ChatGPT en classe, je suis contre. Pronote suffit largement comme outil numérique.",
    "Rose, bleu ou vert : les couleurs des groupes de compétences changent tous les ans. L'IA ne réglera pas ce problème d'organisation.",
    "Pierre angulaire de la réforme, l'IA ? Je n'y crois pas une seconde.",
    "Petit bémol : Mistral est français mais les élèves ne le connaissent pas, ils utilisent tous Gemini ou Copilot.",
    "Au collège Jules-Ferry, nous avons interdit les téléphones et donc l'IA de fait. Ça marche plutôt bien.",
    "L'Éducation nationale doit fournir un outil souverain. L'Académie de Lyon a commencé, il faut généraliser.",
    "En {CLASSE}, la moitié des élèves n'a pas d'ordinateur à la maison. Commençons par là.",
    "Article L. 111-1 du Code de l'éducation : le service public d'éducation contribue à l'égalité des chances. L'IA payante, c'est l'inverse.",
    "Le manuel Nathan de 5e (ISBN {ISBN}) propose déjà des activités avec l'IA. C'est très mal fait.",
    "Commande n° {CMD} de 30 tablettes passée en {ANNEE}, jamais livrée. Alors l'IA…",
    "Budget numérique de l'établissement : {MONTANT} pour toute l'année. Un abonnement IA par élève, c'est impossible.",
    "Blanc ou noir, il n'y a pas de position simple. Tout dépend de l'âge des élèves.",
    "Fort heureusement, notre lycée a organisé une conférence avec Canopé sur le sujet.",
    "Marchand de rêves, voilà ce que sont les éditeurs d'IA pour l'école.",
    "Le rectorat de Créteil a publié un vade-mecum le {DATE}, personne ne l'a reçu dans mon collège.",
    "Nous sommes au lycée Victor-Hugo à {VILLE} et nous attendons toujours les consignes de la DRANE.",
    "Le 3018 est utile en cas de cyberharcèlement, il faudrait le rappeler aux élèves à propos des deepfakes.",
    "Mes élèves de {CLASSE} utilisent DeepL pour l'anglais, Photomath pour les maths et Snapchat pour le reste.",
    "Salle B204, {HEURE} : panne de vidéoprojecteur. On parle d'IA alors qu'on n'a pas de matériel qui fonctionne.",
    "Version 4.0 de l'ENT installée le {DATE}, et toujours aucun module d'IA. Tant mieux peut-être.",
    "Saint-Denis, Saint-Pierre, Saint-Paul : à La Réunion, tous les établissements ne sont pas égaux face au numérique.",
    "Le conseil d'administration du {DATE} a voté une motion contre l'IA générative en évaluation (vote : 14 pour, 3 contre, 2 abstentions).",
    "Pix, Lumni, Eduscol : il existe déjà beaucoup de ressources publiques. Pourquoi aller chez Google ?",
    "En {ANNEE}, 62 % de mes élèves déclaraient utiliser une IA. Aujourd'hui c'est presque 100 %.",
    "Claude, Gemini, ChatGPT, Le Chat… les élèves connaissent tous les noms des assistants, les profs beaucoup moins.",
    "Alexa et Siri ont déjà habitué les enfants à parler aux machines. L'école doit en tenir compte.",
    "Nous avons adopté la charte de l'Académie de Versailles (version du {DATE}) en l'adaptant à notre collège.",
    "Le lycée Marie-Curie et le collège Louise-Michel travaillent ensemble sur un projet IA. Belle dynamique.",
    "Le BO n° 31 du 29 août ne dit rien sur l'IA. C'est un vide juridique.",
    "Dans la rue Victor-Hugo, devant le collège, les élèves sortent leurs téléphones dès la grille franchie.",
    "Mistral souffle fort à Marseille aujourd'hui et le réseau du lycée est en panne, comme souvent.",
    "Le logiciel coûte {MONTANT} par licence ; pour 900 élèves, faites le calcul.",
    "Le dictionnaire Le Robert et le Bescherelle restent plus fiables que n'importe quel chatbot.",
    "Avril [[2023|2024|2025]] : premiers tests en classe. Juin : bilan positif. Septembre : généralisation prévue.",
    "Le Petit Prince réécrit par l'IA en langage SMS : voilà ce qu'un élève de {CLASSE} m'a rendu. J'ai ri jaune.",
    "Référence de la circulaire : n° 2023-{NUM}0 du {DATE}. À lire avant de se lancer.",
    "J'ai acheté « L'IA expliquée aux enfants » chez Hachette (ISBN {ISBN}). Je le recommande.",
    "Le ticket #{TICKET} ouvert auprès de l'assistance de l'ENT depuis le {DATE} n'est toujours pas résolu.",
    "Les élèves en jean troué et sweat à capuche me demandent tous la même chose : « Madame, on peut utiliser l'IA ? »",
    "Grâce à Canva et à son IA, mes élèves de {CLASSE} ont créé des affiches superbes pour la semaine de la presse.",
    "Notre chat Caramel a plus de bon sens que ChatGPT 😄 Plus sérieusement : prudence.",
    "Le chien d'assistance de la classe (il s'appelle Filou) est bien plus populaire que l'IA.",
    "Montant de la dotation : [[12 000 €|8 450 euros|3 200 €|25 300 €]]. Numéro de marché : {CMD}. Rien pour l'IA.",
    "Le collège Simone-Veil de {VILLE} a fait un super travail de sensibilisation. Inspirez-vous-en.",
    "Merci à toute l'équipe de la DANE de l'Académie de Nantes pour les webinaires.",
    "L'Inspé de {VILLE} ne forme pas les stagiaires à l'IA. C'est une faute.",
    "Parcoursup + IA = lettres de motivation toutes identiques. Les commissions le voient bien.",
    "École Jacques-Prévert, classe de CM2 : expérience menée du {DATE} au {DATE} avec un outil de dictée. Résultats encourageants.",
    "Le lycée Condorcet et le lycée Voltaire n'ont pas la même politique sur l'IA. Incompréhensible, à deux rues d'écart.",
    "Duolingo, Kahoot, Quizlet : les élèves adorent, et tous intègrent de l'IA maintenant.",
    "La CNIL a publié des recommandations. Avez-vous seulement consulté la CNIL avant de lancer ce questionnaire ?",
    "Prix de l'abonnement ChatGPT Plus : 20 $ par mois, soit environ [[220|230|240]] € par an et par élève. Qui paie ?",
    "Le 8 mai et le 14 juillet, personne ne parle d'IA. Le reste de l'année, on n'entend que ça.",
    "GPT-4o, Gemini 1.5, Llama 3 : les versions changent tous les trois mois. Impossible de former les enseignants à ce rythme.",
    "Le manuel Hatier de {CLASSE}, page 142, exercice 7 : « Demande à l'IA de résumer le texte ». Sérieusement ?",
    "Avec Moodle et Elea on a déjà de quoi faire. Pas besoin de Copilot.",
    "Le département de la Seine-Saint-Denis a distribué des ordinateurs à tous les collégiens de 6e. Avec l'IA dessus ? Non.",
    "Au lycée Saint-Exupéry, les BTS utilisent l'IA en programmation. Au collège d'à côté, interdiction totale.",
    "Numéro de colis {COLIS} : les casques VR commandés pour le projet IA sont bloqués en douane.",
    "Référence produit : Chromebook 311 ({REF}). Trop lent pour faire tourner quoi que ce soit d'intéressant.",
    "Tous les mardis, de [[12h30 à 13h30|16h à 17h|13 h à 14 h|17h15 à 18h15]], atelier « IA et esprit critique » au CDI. Inscriptions auprès de la vie scolaire.",
    "Nous sommes près de [[Aurillac|Millau|Guéret|Quimperlé|Oyonnax]], en zone rurale, à 40 km du premier lycée. L'IA pourrait aider, si on avait la fibre.",
    "Résultat du sondage interne ({DATE}) : 48 réponses sur 61 enseignants, 70 % favorables à une formation.",
    "La loi du 15 mars 2004 et la circulaire de {ANNEE} ne prévoient rien pour l'IA, évidemment.",
    "Copilot est intégré à Microsoft 365 Éducation depuis la rentrée : personne ne nous a prévenus.",
    "Le collectif « Parents vigilants 69 » demande un moratoire. Nous avons écrit à l'Académie de Lyon et au Conseil supérieur des programmes.",
    "Perplexity cite ses sources, ChatGPT invente. Autant apprendre aux élèves à faire la différence.",
    "Printemps des poètes : cette année un élève a fait écrire son poème par l'IA. Il a gagné le prix du jury 😬",
    "Olive, tapenade et pan bagnat : même le menu de la cantine est généré par l'IA chez nous maintenant 🙃",
    "Grand merci à la Maison des lycéens et au Foyer socio-éducatif pour l'organisation du débat sur l'IA du {DATE}.",
]


# ---------------------------------------------------------------------------
# Plain frames: no entity, no trap
# ---------------------------------------------------------------------------

PLAIN_FRAMES = [
    "Je pense que l'IA peut être [[utile|intéressante|pertinente]] si elle est bien encadrée[[ par les enseignants| par l'équipe pédagogique|]].",
    "Contre. Les élèves doivent apprendre à réfléchir par eux-mêmes[[.| !|, tout simplement.]]",
    "[[pas d'avis|Pas d'avis.|sans avis]]",
    "c'est l'avenir, il faut vivre avec son temps[[| !|...]]",
    "Je suis partagée : outil formidable pour les enseignants, danger pour les apprentissages des élèves.",
    "Il faudrait d'abord former les enseignants avant de parler des élèves[[.| !]]",
    "Aucune idée, je ne sais pas ce que c'est exactement.",
    "L'IA doit rester un outil, jamais remplacer le professeur.",
    "[[trop tot pour se prononcer|Trop tôt pour se prononcer.]]",
    "Je suis favorable à un usage encadré dès le lycée, pas avant.",
    "Ça dépend complètement de l'usage qu'on en fait. Pour la recherche d'idées, oui ; pour rédiger à la place de l'élève, non.",
    "En tant que parent, je m'inquiète surtout pour la protection des données de mes enfants.",
    "Les élèves en difficulté risquent d'être encore plus en difficulté s'ils délèguent tout à une machine.",
    "Je m'en sers pour préparer des exercices différenciés et ça me fait gagner un temps fou.",
    "[[nul|Nul.|bof]]",
    "Très bonne chose si c'est accompagné d'une vraie éducation à l'esprit critique.",
    "On ne peut pas interdire ce qui est dans la poche de chaque élève. Il faut apprendre à s'en servir.",
    "Je n'ai pas d'opinion tranchée. J'observe, j'attends de voir les études sérieuses.",
    "Dangereux pour l'écriture, intéressant pour les langues.",
    "Les évaluations doivent évoluer : plus d'oral, plus de travail en classe.",
    "j'utilise pas et je compte pas utiliser",
    "Le vrai problème, c'est le manque de temps et de moyens, pas l'IA.",
    "Il faut une réflexion éthique avant tout déploiement.",
    "Mes enfants s'en servent pour réviser, et franchement ça les aide.",
    "Je suis enseignant en lycée professionnel : nos élèves ont besoin de compétences concrètes, l'IA en fait partie désormais.",
    "Attention à la fracture numérique entre familles.",
    "Ça me fait peur. On va former des élèves incapables d'écrire une phrase.",
    "Bonne question. Je n'ai pas assez de recul.",
    "Oui pour les enseignants, non pour les élèves de moins de 15 ans.",
    "Les devoirs à la maison n'ont plus aucun sens. Il faut tout faire en classe.",
    "C'est comme internet il y a vingt ans : on a eu peur, puis on a appris.",
    "[[ras|RAS|rien à signaler]]",
    "Je trouve qu'on en parle trop et qu'on agit trop peu.",
    "La priorité devrait être la lecture et l'écriture, pas les gadgets.",
    "Je souhaite que les parents soient davantage associés aux décisions.",
    "L'école doit rester un lieu où l'on apprend à penser, avec ou sans machine.",
    "[[mitigé|Mitigé.|plutôt mitigé]]",
    "Les enseignants documentalistes ont un rôle clé à jouer dans l'éducation aux médias et à l'information.",
    "Il manque un cadre clair : que peut-on faire, que doit-on interdire ?",
    "Mon enfant est en maternelle, je ne me sens pas encore concernée.",
    "pour moi c'est de la triche point",
    "Utile pour les élèves à besoins particuliers, à condition d'être accompagné.",
    "Je suis pour, à condition que les outils soient gratuits et respectueux des données.",
    "Ça va creuser les inégalités entre ceux qui savent s'en servir et les autres.",
    "L'IA ne remplacera jamais la relation humaine entre un enseignant et ses élèves.",
    "Je préfère ne pas répondre à cette question.",
    "Un outil de plus, ni bon ni mauvais en soi.",
    "Les élèves sont souvent plus à l'aise que nous. Apprenons avec eux.",
    "Je crains que l'on perde le goût de l'effort[[.|...| chez les jeunes.]]",
    "Ni pour ni contre, bien au contraire 🙂",
    "Je découvre le sujet avec ce questionnaire, merci de l'avoir proposé.",
    "En primaire, c'est non. Les enfants ont besoin de manipuler, de dessiner, d'écrire à la main.",
    "Il faut apprendre aux élèves à vérifier ce que leur répond la machine, comme on apprend à vérifier une source.",
    "honnêtement je ne vois pas l'intérêt pour des enfants de cet âge",
    "Plutôt favorable, mais avec une vraie formation des équipes et du temps pour l'expérimenter.",
    "Il faut en parler avec les élèves plutôt que de faire semblant que ça n'existe pas.",
    "Je suis inquiète pour l'environnement : ces outils consomment énormément d'énergie.",
    "C'est une bonne aide pour les enseignants débutants qui manquent de ressources.",
    "Les jeunes n'ont plus envie de chercher, ils veulent la réponse tout de suite. L'IA ne fait qu'accentuer ça.",
    "À mon avis il faut interdire en classe et tolérer à la maison, on ne peut pas tout contrôler.",
    "je sais pas trop, ca depend des matieres je pense",
]


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------

def choose_entity_frames():
    sigs = [signature(f) for f in ENTITY_FRAMES]
    uses = [1] * len(ENTITY_FRAMES)
    counts = dict.fromkeys(KINDS, 0)
    for s in sigs:
        for k in KINDS:
            counts[k] += s[k]
    n = len(ENTITY_FRAMES)
    order = list(range(len(ENTITY_FRAMES)))
    rng.shuffle(order)
    while n < N_ENTITY:
        best, best_score = None, None
        for i in order:
            if uses[i] >= 2:
                continue
            score = 0.0
            for k in KINDS:
                want = TARGETS[k] * (n + 1) / N_ENTITY
                score += ((counts[k] + sigs[i][k]) - want) ** 2 / TARGETS[k]
            if best_score is None or score < best_score - 1e-12:
                best, best_score = i, score
        uses[best] += 1
        for k in KINDS:
            counts[k] += sigs[best][k]
        n += 1
    chosen = []
    for i, u in enumerate(uses):
        chosen.extend([i] * u)
    return chosen, counts


def fill_frames(frames, n_needed):
    idx = list(range(len(frames)))
    if n_needed <= len(frames):
        rng.shuffle(idx)
        return sorted(idx[:n_needed])
    varying = [i for i in idx if TOKEN.search(frames[i])]
    rng.shuffle(varying)
    extra = []
    while len(idx) + len(extra) < n_needed:
        extra.append(varying[len(extra) % len(varying)])
    return idx + extra


def main():
    assert len(set(FIRST_F + FIRST_M + FIRST_CW_F + FIRST_CW_M + FIRST_CP_F + FIRST_CP_M
                   + [k for k, _ in KIDS])) >= 150
    assert len(set(SURNAMES + SURNAMES_CP + SURNAMES_CW)) >= 150
    n_frames = len(ENTITY_FRAMES) + len(TRAP_FRAMES) + len(PLAIN_FRAMES)
    assert len(set(ENTITY_FRAMES)) == len(ENTITY_FRAMES)
    assert len(set(TRAP_FRAMES)) == len(TRAP_FRAMES)
    assert len(set(PLAIN_FRAMES)) == len(PLAIN_FRAMES)
    assert n_frames >= 250, n_frames
    for f in ENTITY_FRAMES:
        assert sum(signature(f).values()) > 0, f
    for f in TRAP_FRAMES + PLAIN_FRAMES:
        assert sum(signature(f).values()) == 0, f

    chosen, planned = choose_entity_frames()
    trap_idx = fill_frames(TRAP_FRAMES, N_TRAP)
    plain_idx = fill_frames(PLAIN_FRAMES, N_PLAIN)

    items = []  # (category, text, ents)
    seen = set()

    def produce(frame, cat):
        for _ in range(200):
            text, ents = render(frame)
            if text in seen or not order_ok(text, ents):
                continue
            seen.add(text)
            items.append((cat, text, ents))
            return
        raise RuntimeError("cannot render: " + frame)

    for i in chosen:
        produce(ENTITY_FRAMES[i], "E")
    for i in trap_idx:
        produce(TRAP_FRAMES[i], "T")
    for i in plain_idx:
        produce(PLAIN_FRAMES[i], "N")
    rng.shuffle(items)
    assert len(items) == N_TOTAL

    counts = dict.fromkeys(KINDS, 0)
    cats = {"E": 0, "T": 0, "N": 0}
    lines = []
    for n, (cat, text, ents) in enumerate(items, 1):
        cats[cat] += 1
        entities = []
        prev = 0
        for s, e, k in ents:
            t = text[s:e]
            assert t and t == t.strip(), (t, text)
            assert text.find(t, prev) == s, (t, text)
            prev = e
            counts[k] += 1
            entities.append({"kind": k, "text": t})
        if cat == "E":
            assert entities
        else:
            assert not entities
        lines.append(json.dumps({"id": "e%03d" % n, "text": text, "entities": entities},
                                ensure_ascii=False))

    # re-check identifiers from the written spans
    check = {"NIR": [0, 0], "IBAN": [0, 0], "UAI": [0, 0]}
    for line in lines:
        obj = json.loads(line)
        for ent in obj["entities"]:
            k, t = ent["kind"], ent["text"]
            assert k in KINDS
            if k == "NIR":
                check[k][0 if nir_is_valid(t) else 1] += 1
            elif k == "IBAN":
                check[k][0 if iban_is_valid(t) else 1] += 1
            elif k == "UAI":
                check[k][0 if uai_is_valid(t) else 1] += 1
            elif k == "EMAIL":
                assert re.search(r"@|\(at\)|\[at\]| at |arobase|\[@\]", t), t
    for k, (v, inv) in check.items():
        ratio = inv / (v + inv)
        assert 0.28 <= ratio <= 0.52, (k, ratio)

    assert cats == {"E": N_ENTITY, "T": N_TRAP, "N": N_PLAIN}, cats
    assert counts == planned, (counts, planned)
    assert 400 <= counts["PERSONNE"] <= 440, counts
    for k in KINDS[1:]:
        assert 58 <= counts[k] <= 67, (k, counts[k])
    assert len(lines) == N_TOTAL
    ids = [json.loads(l)["id"] for l in lines]
    assert ids == ["e%03d" % i for i in range(1, N_TOTAL + 1)]

    os.makedirs(os.path.dirname(OUT_PATH), exist_ok=True)
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")

    print("wrote %s (%d lines)" % (OUT_PATH, len(lines)))
    print("frames: %d (entity %d, trap %d, plain %d)" % (
        n_frames, len(ENTITY_FRAMES), len(TRAP_FRAMES), len(PLAIN_FRAMES)))
    used = len(set(chosen)) + len(set(trap_idx)) + len(set(plain_idx))
    assert used >= 250, used
    print("distinct frames used: %d" % used)
    print("answers: with entities %d, traps %d, plain %d" % (cats["E"], cats["T"], cats["N"]))
    for k in KINDS:
        print("  %-10s %d" % (k, counts[k]))
    print("  %-10s %d" % ("TOTAL", sum(counts.values())))
    for k, (v, inv) in check.items():
        print("  %s: %d valid key, %d wrong key (%.0f %%)" % (k, v, inv, 100.0 * inv / (v + inv)))


if __name__ == "__main__":
    main()
