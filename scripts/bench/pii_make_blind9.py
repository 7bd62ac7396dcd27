#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Blind evaluation set n° 9 for the personal-data masker (French, school survey on AI).

WRITTEN BLIND: this generator was written without reading the detector, its
sources, its tests, its documentation or any other generator / fixture of the
benchmark folder.  Templates, name lists and value generators are original.
Standard library only; fully deterministic.

    SEED   = 5122027   (random.Random(SEED); no other source of randomness)
    OUTPUT = Tests/PrivacyTests/Fixtures/pii_blind9.jsonl   (relative to the repo root)
    RUN    = python3 scripts/bench/pii_make_blind9.py        (from the repo root)

Each of the 400 lines is
    {"id": "k001", "text": "...", "entities": [{"kind": K, "text": "..."}]}
Entities are listed in order of appearance; each one is found by
text.find(entity_text, end_of_previous_entity) exactly at its place (asserted),
and no two entities overlap.  The script prints the count per kind, the share of
deliberately wrong check keys and the md5 of the output file.

Content: French free-text answers to the survey « Que pensez-vous de l'usage de
l'IA dans les établissements scolaires ? » (teachers of every discipline, heads of
school, CPE, AESH, school nurses, librarians, parents, pupils' delegates,
inspectors, local officials), answers to a follow-up form where people leave
contact details, letters, e-mails, chat-like messages, meeting minutes and lists.
Mix (by construction):
    60 answers with no personal data,
    70 "trap" answers (AI products, software, brands, named schools, streets and
       places in general talk without a number, cities, regions, dates, hours,
       percentages, class names, room numbers, versions, law articles, ISBN,
       amounts, phone-like statistics, a city's postcode alone, school years),
    150 survey answers with names / identifiers woven into opinions,
    120 form / letter / e-mail / chat answers with contact details.
Targets: about 420 PERSONNE and about 62 of each of EMAIL, TELEPHONE, NIR, IBAN,
UAI, ADRESSE.  About 40 % of NIR, IBAN and UAI carry a deliberately wrong check
key; they are labelled all the same.

Labelling conventions:
  PERSONNE  titles (M., Mme, Mlle, Dr, Pr, monsieur, madame...) excluded; an
            initial after a title is the letter alone (« Mme L. » -> « L »);
            first name + surname = one entity; a first name next to a role or a
            class is labelled alone; trailing abbreviation dots excluded
            (« J.-P. R. » -> « J.-P. R »); public figures are persons; names
            inside e-mails, schools, streets, places, pets, brands and AI
            products are not persons.
  EMAIL     the whole address, obfuscated forms included.
  TELEPHONE the number with its international prefix, no label.
  NIR / IBAN / UAI  the whole identifier with its inner separators; labels
            (« NIR : », « UAI ») excluded.
  ADRESSE   from the house number (or the street type when there is no number,
            or « lieu-dit ») to the end of the city, CEDEX and its number
            included (or to the end of the street / postcode when no city is
            given; a city joined by « à » is part of the span); complements
            (bâtiment, escalier, étage, appartement, porte, BP, CS, zone)
            included; a « chez M. X » complement is not part of the address
            (X is labelled PERSONNE if present, and the address starts after it).
"""

import hashlib
import json
import os
import re
import unicodedata
import random
from collections import Counter, defaultdict

SEED = 5122027
rng = random.Random(SEED)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT_REL = os.path.join("Tests", "PrivacyTests", "Fixtures", "pii_blind9.jsonl")
OUT = os.path.join(ROOT, OUT_REL)

KINDS = ["PERSONNE", "EMAIL", "TELEPHONE", "NIR", "IBAN", "UAI", "ADRESSE"]
N_ITEMS = {"none": 60, "trap": 70, "survey": 150, "form": 120}
TARGETS = {
    "none": {k: 0 for k in KINDS},
    "trap": {k: 0 for k in KINDS},
    "survey": {"PERSONNE": 322, "EMAIL": 10, "TELEPHONE": 10, "NIR": 6,
               "IBAN": 5, "UAI": 9, "ADRESSE": 9},
    "form": {"PERSONNE": 99, "EMAIL": 54, "TELEPHONE": 53, "NIR": 59,
             "IBAN": 57, "UAI": 55, "ADRESSE": 54},
}

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------


def ch(seq):
    return rng.choice(seq)


def wch(pairs):
    """weighted choice over [(value, weight), ...]"""
    total = sum(w for _, w in pairs)
    r = rng.random() * total
    acc = 0.0
    for v, w in pairs:
        acc += w
        if r < acc:
            return v
    return pairs[-1][0]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


def ascii_slug(s):
    s = strip_accents(s).lower()
    s = s.replace("ı", "i").replace("ł", "l").replace("ș", "s").replace("ş", "s")
    s = s.replace("ğ", "g").replace("œ", "oe")
    return re.sub(r"[^a-z0-9]", "", s)


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


# ---------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------

ORIGINS = {
    "fr": (
        ["Sophie", "Nathalie", "Isabelle", "Céline", "Aurélie", "Camille", "Léa", "Chloé",
         "Manon", "Juliette", "Louise", "Alice", "Émilie", "Sandrine", "Valérie",
         "Christine", "Catherine", "Martine", "Brigitte", "Françoise", "Hélène", "Laure",
         "Claire", "Agnès", "Delphine", "Virginie", "Élodie", "Anne-Sophie",
         "Marie-Claire", "Marie-Hélène", "Anne-Laure", "Marie-Noëlle", "Marie-Thérèse",
         "Bérénice", "Héloïse", "Apolline", "Clotilde", "Blandine", "Ghislaine",
         "Ludivine", "Séverine", "Solène", "Capucine", "Quitterie", "Sixtine",
         "Marjolaine", "Gwendoline"],
        ["Thierry", "Pascal", "Philippe", "Christophe", "Stéphane", "Frédéric", "Hervé",
         "Didier", "Laurent", "Nicolas", "Julien", "Sébastien", "Guillaume", "Antoine",
         "Mathieu", "Olivier", "Benoît", "Vincent", "Lucas", "Hugo", "Théo", "Louis",
         "Arthur", "Raphaël", "Jean-Baptiste", "Pierre-Yves", "Jean-Marc", "Jean-Luc",
         "Paul-Henri", "Jean-Philippe", "Jean-Pierre", "Marc-Antoine", "Aymeric",
         "Enguerrand", "Maximilien", "Anatole", "Gaspard", "Barthélemy", "Timothée",
         "Grégoire"],
        ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
         "Leroy", "Moreau", "Simon", "Lefebvre", "Michel", "David", "Bertrand", "Roux",
         "Fournier", "Morel", "Girard", "Mercier", "Dupont", "Lambert", "Bonnet",
         "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Roussel",
         "Perrin", "Morin", "Clément", "Gauthier", "Dumont", "Chevalier", "Masson",
         "Marchand", "Duval", "Lemoine", "Barbier", "Picard", "Brunet", "Charpentier",
         "Lacroix", "Boucher", "Renaud", "Hubert", "Carpentier", "de Villiers",
         "de La Tour", "d'Arvieux", "du Plessis", "de Kerguelen", "de Montaigu",
         "des Roches", "Martin-Lefebvre", "Moreau-Nguyen", "Lopez-Garnier",
         "Benali-Rousseau", "Lacroix-Vaubois", "Dubois-Mensah", "Courtecuisse",
         "Quenouille", "Tribouillard", "Chaudesaigues", "Poulain-Desgranges",
         "Coquelin", "Vergnaud", "Labrousse", "Bidault"],
    ),
    "bzh": (
        ["Gwenaëlle", "Soizic", "Nolwenn", "Katell", "Gaëlle", "Morgane", "Maïwenn",
         "Enora", "Rozenn", "Anaïg"],
        ["Yann", "Erwan", "Loïc", "Ronan", "Goulven", "Brieuc", "Maël", "Tanguy",
         "Gwenolé", "Corentin", "Yannick"],
        ["Le Goff", "Le Bihan", "Kerléo", "Le Gall", "Quéré", "Guivarc'h", "Le Floc'h",
         "Kervella", "Le Dantec", "Prigent", "Le Bris", "Morvan", "Le Meur", "Cadiou",
         "Jaouen"],
    ),
    "als": (
        ["Odile", "Adèle", "Marlène", "Doris", "Cunégonde"],
        ["Thiébaut", "Rémi", "Florian", "Joseph", "Xavier"],
        ["Schneider", "Muller", "Meyer", "Kieffer", "Ehrhardt", "Schaeffer", "Wurtz",
         "Oberlin", "Hummel", "Zimmermann", "Ritter"],
    ),
    "eus": (
        ["Maite", "Ainhoa", "Amaia", "Itziar", "Garazi"],
        ["Iñaki", "Peio", "Xabi", "Beñat", "Ximun", "Aitor"],
        ["Etxeberria", "Iriarte", "Harispe", "Ospital", "Larralde", "Goyheneche",
         "Elizondo", "Arrieta"],
    ),
    "cor": (
        ["Letizia", "Dumenica", "Ghjulia", "Maria-Stella"],
        ["Ghjuvan", "Orsu", "Paul-Antoine", "Petru", "Santu"],
        ["Santoni", "Luciani", "Pietri", "Casanova", "Orsini", "Filippi", "Paoli",
         "Agostini", "Mattei", "Giacometti", "Leca"],
    ),
    "oc": (
        ["Magali", "Mireille", "Fanny", "Estelle", "Maguelone"],
        ["Jordi", "Marius", "Fabien", "Bastien", "Baptistin"],
        ["Fabre", "Vidal", "Bousquet", "Sabatier", "Rouquette", "Castagné", "Pujol",
         "Carrère", "Teulade"],
    ),
    "nord": (
        ["Ginette", "Maryline", "Bernadette", "Mélanie"],
        ["Gérard", "Jean-Claude", "Dimitri", "Kévin"],
        ["Vandamme", "Delattre", "Lemaire", "Deprez", "Wattebled", "Vanhoutte", "Desmet",
         "Dewaele", "Vandenbussche", "Leclercq"],
    ),
    "rare": (
        ["Eudoxie", "Léocadie", "Honorine", "Perpétue", "Aldegonde", "Ermeline",
         "Philomène"],
        ["Philibert", "Saturnin", "Évariste", "Ambroise", "Clodomir", "Firmin",
         "Anselme", "Eudes"],
        ["Troudet", "Bourguignon", "Pétrequin", "Malecot", "Tourneboeuf"],
    ),
    "magh": (
        ["Karima", "Fatima", "Yasmine", "Nadia", "Leïla", "Soraya", "Khadija", "Houria",
         "Zineb", "Malika", "Assia", "Djamila", "Nour", "Anissa", "Samira", "Hafsa",
         "Meriem", "Imane", "Sabrina", "Farida", "Rachida", "Ouarda"],
        ["Karim", "Mohamed", "Samir", "Rachid", "Youssef", "Amine", "Nassim", "Mehdi",
         "Sofiane", "Abdelkader", "Farid", "Ilyes", "Walid", "Hakim", "Mohamed-Amine",
         "Abdelhakim", "Mourad", "Nabil", "Djamel", "Saïd", "Larbi", "Bilal"],
        ["Benali", "Haddad", "Bouzid", "Mansouri", "Belkacem", "Cherif", "Amrani",
         "El Idrissi", "Ben Salah", "Boudjema", "Zerrouki", "Khelifi", "Saadi",
         "Meziane", "Hamidi", "Aït Ouali", "Bensaïd", "Taleb", "Ouchène", "Abdelli",
         "Benyahia", "Chaouch", "El Amrani", "Ait-Ahmed", "Bouabdallah", "Lahlou",
         "Tazi", "Ben Youssef", "Guerfi", "Messaoudi"],
    ),
    "afr": (
        ["Aminata", "Fatoumata", "Awa", "Kadiatou", "Mariama", "Ama", "Chiamaka", "Oumou",
         "Aïssatou", "Djénéba", "Ndeye", "Nkechi", "Akissi", "Rokia", "Coumba",
         "Bintou", "Adjoa", "Grâce", "Espérance"],
        ["Moussa", "Mamadou", "Ousmane", "Seydou", "Adama", "Ibrahima", "Kofi",
         "Boubacar", "Cheikh", "Désiré", "Prosper", "Koffi", "Souleymane", "Lamine",
         "Abdoulaye", "Serge-Alain", "Jean-Bosco", "Kwame", "Tidiane"],
        ["Diallo", "Traoré", "Koné", "Ndiaye", "Diop", "Camara", "Sow", "Coulibaly",
         "Keïta", "Touré", "Ouédraogo", "Mensah", "Kouassi", "Okafor", "Sissoko",
         "Fofana", "N'Diaye", "Bamba", "Kabongo", "Mukendi", "Tshibanda", "Ekotto",
         "Mbarga", "Nguema", "Sylla", "Dembélé", "Konaté", "Adjovi", "Agbodjan",
         "Nkoulou", "Ba", "Sy"],
    ),
    "por": (
        ["Maria", "Ana", "Inês", "Filipa", "Conceição", "Fernanda", "Beatriz", "Rosário"],
        ["João", "Rui", "Tiago", "Gonçalo", "Joaquim", "Nuno", "Duarte", "Sérgio"],
        ["da Silva", "dos Santos", "Pereira", "Ferreira", "Rodrigues", "Gonçalves",
         "Oliveira", "Carvalho", "de Sousa", "Almeida", "Teixeira", "Figueiredo",
         "Da Costa", "Fernandes", "Azevedo", "Marques"],
    ),
    "esp": (
        ["Carmen", "Pilar", "Lucía", "Mercedes", "Rocío", "Montserrat", "Dolores", "Nuria"],
        ["Javier", "Alejandro", "Iñigo", "Álvaro", "Manuel", "Sergio", "Paco"],
        ["Garcia", "Martinez", "Lopez", "Sánchez", "Jiménez", "Ruiz", "Navarro", "Moreno",
         "Gutiérrez", "Ortega", "Castillo", "Iglesias", "Fernández", "Romero", "Blasco"],
    ),
    "ita": (
        ["Francesca", "Giulia", "Chiara", "Rosaria", "Alessandra", "Graziella", "Loredana"],
        ["Giuseppe", "Luca", "Matteo", "Alessandro", "Salvatore", "Gianluca", "Fabrizio"],
        ["Rossi", "Russo", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Bruno",
         "Greco", "Lo Presti", "Di Stefano", "Marchetti", "Ferrara", "De Luca",
         "Capuano", "Santangelo"],
    ),
    "pol": (
        ["Agnieszka", "Katarzyna", "Małgorzata", "Zofia", "Joanna", "Ewa"],
        ["Piotr", "Wojciech", "Krzysztof", "Bartosz", "Tomasz", "Paweł"],
        ["Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Kamiński", "Lewandowska",
         "Zieliński", "Szymański", "Kaczmarek", "Grabowski", "Kowalczyk"],
    ),
    "rou": (
        ["Ioana", "Elena", "Raluca", "Cristina", "Andreea", "Mihaela"],
        ["Andrei", "Mihai", "Ștefan", "Florin", "Bogdan", "Vlad", "Radu"],
        ["Popescu", "Ionescu", "Dumitru", "Constantinescu", "Gheorghiu", "Munteanu",
         "Vasilescu", "Popa", "Marinescu"],
    ),
    "tur": (
        ["Ayşe", "Zeynep", "Elif", "Hatice", "Özlem", "Merve", "Büşra"],
        ["Mehmet", "Emre", "Burak", "Yusuf", "Serkan", "Mustafa", "Oğuz"],
        ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk",
         "Arslan", "Doğan", "Koç", "Kılıç", "Aksoy"],
    ),
    "vn": (
        ["Huong", "Linh", "Phuong", "Thu", "Ngoc Anh", "Thi Hoa", "Lan"],
        ["Tuan", "Thanh", "Quang", "Duc", "Bao", "Minh", "Hung"],
        ["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui", "Ngo", "Duong",
         "Truong", "Phan", "Huynh", "Le", "Do"],
    ),
    "chn": (
        ["Mei", "Li Na", "Yan", "Hui", "Ling", "Xiaoli", "Fang"],
        ["Wei", "Jun", "Xiaoming", "Hao", "Zhen", "Tao", "Jian"],
        ["Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Lin",
         "Zheng", "Li", "Wu"],
    ),
    "lka": (
        ["Kavitha", "Nirosha", "Thivya", "Janani", "Sharmila", "Vithya"],
        ["Tharshan", "Suresh", "Pradeep", "Kumaran", "Sivakumar", "Niroshan", "Rajeev"],
        ["Sivarajah", "Thurairajah", "Navaratnam", "Balasubramaniam", "Jeyakumar",
         "Kandiah", "Ratnasingam", "Selvarajah", "Yogarajah", "Ponnambalam"],
    ),
    "com": (
        ["Zaïnaba", "Fatouma", "Anfiati", "Moinécha", "Echati", "Mariame"],
        ["Nourdine", "Ahamada", "Djaffar", "Anli", "Ibrahim", "Soulaïmana"],
        ["Soilihi", "Abdallah", "Msaidié", "Boina", "Djoumoi", "Madi", "Said Omar",
         "Toihiri", "Attoumane", "Mzé"],
    ),
    "ant": (
        ["Jocelyne", "Lucette", "Félicité", "Josélita", "Maryse", "Dorothée", "Cindy",
         "Murielle", "Rosette", "Lylia"],
        ["Rosan", "Jérémie", "Lylian", "Rudy", "Teddy", "Johan", "Mickaël", "Gesner",
         "Fritz"],
        ["Jean-Baptiste", "Bélizaire", "Chérubin", "Fortuné", "Toussaint", "Sainte-Rose",
         "Mondésir", "Bellance", "Cornélie", "Ursulet", "Zébina", "Hilaire", "Nérée",
         "Démosthène", "Romain-Zébina", "Saint-Éloi", "Aristide"],
    ),
    "reu": (
        ["Marie-Josée", "Priscilla", "Mélissa", "Noémie", "Vanessa", "Marie-Ange"],
        ["Jean-Hugues", "Fabrice", "Jean-Max", "Dany", "Willy", "Jean-Fred"],
        ["Payet", "Hoarau", "Grondin", "Técher", "Boyer", "Hoareau", "Rivière", "Lebon",
         "Maillot", "Sautron", "Ramassamy", "Nativel", "Clain", "Turpin", "Lauret",
         "Bègue", "Mussard", "Ah-Fat", "Ah-Kiem", "Valliamé"],
    ),
    "pyf": (
        ["Moana", "Hinano", "Tehani", "Vaitiare", "Tiare", "Hinatea", "Poerava", "Maeva"],
        ["Teva", "Manua", "Heiarii", "Rahiti", "Hiro", "Tamatoa", "Teiki", "Raiarii"],
        ["Teriitehau", "Tetuanui", "Temarii", "Tuheiava", "Teihotu", "Maraetefau",
         "Tehei", "Tauhiro", "Faatau", "Teriierooiterai"],
    ),
    "ncl": (
        ["Pascaline", "Hnalaïne", "Waia", "Célestine", "Marie-Lise"],
        ["Yeiwéné", "Wassissi", "Élie", "Jean-Marie", "Kaloni"],
        ["Wamytan", "Gowé", "Wéa", "Naisseline", "Poigoune", "Hnawia", "Kasarhérou",
         "Wahéo", "Kaloï", "Ounou", "Trolue", "Xowie", "Waminya"],
    ),
    "mdg": (
        ["Fanja", "Voahangy", "Tiana", "Lalaina", "Hanitra", "Haingo"],
        ["Hery", "Rivo", "Njaka", "Mamy", "Andry", "Tojo", "Fidy"],
        ["Rakoto", "Rakotomalala", "Randriamanana", "Razafindrakoto", "Rasoanaivo",
         "Andrianarisoa", "Ravelomanana", "Rabemananjara", "Randrianasolo"],
    ),
}
ORIGIN_WEIGHTS = [("fr", 30), ("bzh", 5), ("als", 3), ("eus", 2), ("cor", 3), ("oc", 3),
                  ("nord", 3), ("rare", 2), ("magh", 12), ("afr", 9), ("por", 5),
                  ("esp", 3), ("ita", 3), ("pol", 2), ("rou", 2), ("tur", 3), ("vn", 3),
                  ("chn", 2), ("lka", 2), ("com", 2), ("ant", 4), ("reu", 4), ("pyf", 2),
                  ("ncl", 2), ("mdg", 3)]

PUPILS_F = ["Inès", "Jade", "Emma", "Lina", "Aya", "Maëlys", "Lyna", "Louna", "Ambre",
            "Anaïs", "Chaïma", "Hinatea", "Maëva", "Thaïs", "Sarah", "Yasmina", "Zoé", "Assa",
            "Mia", "Oumou", "Nélia", "Hanaé", "Keziah", "Wiktoria", "Tahina", "Mélina",
            "Shaïna", "Lou-Anne", "Fatoumata", "Rose", "Ayşegül", "Jeanne", "Kenza", "Maïmouna"]
PUPILS_M = ["Lucas", "Léo", "Noah", "Adam", "Rayan", "Nolan", "Kaïs", "Timéo", "Mathéo",
            "Ilyès", "Kylian", "Ethan", "Teiki", "Youssouf", "Diego", "Wassim", "Eliott",
            "Gabin", "Ibrahim", "Noé", "Lenny", "Kenzo", "Tiago", "Milo", "Souleymane",
            "Bilel", "Eyüp", "Dayan", "Enzo", "Jean-Eudes", "Anh", "Moana", "Sacha", "Oscar"]

NICKNAMES = ["Jojo", "Momo", "Fanfan", "Steph", "Nico", "Babeth", "Domi", "Cricri", "Juju",
             "Flo", "Seb", "Isa", "Manu", "Titi", "Gégé", "Val", "Fred", "Marco", "Zaza",
             "Bibi", "Doudou", "Ti-Jean", "Kiki", "Yaya"]

PUBLIC = ["Victor Hugo", "Jules Ferry", "Marie Curie", "Jean Jaurès", "Simone Veil",
          "Aimé Césaire", "Albert Camus", "Alan Turing", "Ada Lovelace", "Yann LeCun",
          "Cédric Villani", "Luc Julia", "Sam Altman", "Elon Musk", "Philippe Meirieu",
          "Célestin Freinet", "Maria Montessori", "Condorcet", "Montaigne", "Rabelais",
          "Jean-Jacques Rousseau", "Stanislas Dehaene", "Geoffrey Hinton", "Arthur Mensch",
          "Bill Gates", "Steve Jobs", "Gisèle Halimi", "Joséphine Baker",
          "Toussaint Louverture", "Olympe de Gouges", "Voltaire", "Hannah Arendt",
          "Edgar Morin", "Françoise Dolto", "Jean Piaget", "Michel Serres"]

TITLES_M = ["M.", "M.", "M.", "M.", "Monsieur", "monsieur", "M", "Mr", "Mr.", "m."]
TITLES_F = ["Mme", "Mme", "Mme", "Mme", "Madame", "madame", "Mme.", "mme", "Mlle",
            "Mademoiselle"]
TITLES_N = ["Dr", "Dr.", "Docteur", "docteur", "Pr", "Pr.", "Me"]


def pick_name(gender=None):
    origin = wch(ORIGIN_WEIGHTS)
    fem, mal, sur = ORIGINS[origin]
    if gender is None:
        gender = ch("FM")
    first = ch(fem if gender == "F" else mal)
    if rng.random() < 0.25:  # mixed families
        sur = ORIGINS[wch(ORIGIN_WEIGHTS)][2]
    last = ch(sur)
    return first, last, gender


def initials(first):
    parts = first.split("-")
    return "-".join(p[0] + "." for p in parts)


def surname_initial(last):
    for c in last:
        if c.isupper():
            return c
    return last[0].upper()


def title_for(gender, allow_neutral=True):
    if allow_neutral and rng.random() < 0.08:
        return ch(TITLES_N)
    return ch(TITLES_F if gender == "F" else TITLES_M)


def seg_person(form, gender=None, title=None):
    """returns list of (text, kind) segments for one person mention"""
    first, last, g = pick_name(gender)
    while form in ("init_last", "full_init") and first[0] in "MPD":
        first, last, g = pick_name(gender)  # « M. X », « P. X », « D. X » would read as titles
    P = "PERSONNE"
    if form == "full":
        return [(first + " " + last, P)]
    if form == "fullCAP":
        return [(first + " " + last.upper(), P)]
    if form == "surfirst":
        return [(last.upper() + " " + first, P)]
    if form == "lower":
        return [((first + " " + last).lower(), P)]
    if form == "upper":
        return [((first + " " + last).upper(), P)]
    if form == "init_last":
        return [(initials(first) + " " + last, P)]
    if form == "full_init":
        return [(initials(first) + " " + surname_initial(last), P), (".", None)]
    if form == "first_init":
        return [(first + " " + surname_initial(last), P), (".", None)]
    if form == "first":
        return [(first, P)]
    t = title or title_for(g)
    if form == "t_last":
        return [(t + " ", None), (last, P)]
    if form == "t_full":
        return [(t + " ", None), (first + " " + last, P)]
    if form == "t_init":
        return [(t + " ", None), (surname_initial(last), P), (".", None)]
    if form == "t_lastlow":
        return [(t.lower() + " ", None), (last.lower(), P)]
    raise ValueError(form)


def s_P():
    form = wch([("full", 30), ("fullCAP", 8), ("surfirst", 7), ("t_last", 22), ("t_full", 8),
                ("t_init", 4), ("init_last", 6), ("full_init", 3), ("lower", 4),
                ("upper", 3), ("t_lastlow", 3), ("first_init", 2)])
    return seg_person(form)


def s_PT(gender=None):
    form = wch([("t_last", 68), ("t_full", 18), ("t_init", 9), ("t_lastlow", 5)])
    return seg_person(form, gender)


def s_PTF():
    return s_PT("F")


def s_PTM():
    return s_PT("M")


def s_PDR():
    g = ch("FM")
    t = ch(["Dr", "Dr", "Dr.", "docteur", "Docteur"])
    return seg_person(wch([("t_last", 70), ("t_full", 30)]), g, title=t)


def s_PPR():
    g = ch("FM")
    t = ch(["Pr", "Pr", "Pr.", "Pr", "professeur"])
    return seg_person(wch([("t_last", 70), ("t_full", 30)]), g, title=t)


def s_PFULL():
    return seg_person(wch([("full", 62), ("fullCAP", 14), ("init_last", 9), ("upper", 5),
                           ("lower", 4), ("surfirst", 6)]))


def s_PFULLF():
    return seg_person(wch([("full", 75), ("fullCAP", 15), ("init_last", 10)]), "F")


def s_PFULLM():
    return seg_person(wch([("full", 75), ("fullCAP", 15), ("init_last", 10)]), "M")


def s_PSF():
    return seg_person("surfirst")


def s_PINI():
    return seg_person(wch([("full_init", 55), ("init_last", 45)]))


def s_PSIG():
    return seg_person(wch([("full", 45), ("fullCAP", 14), ("first_init", 9), ("init_last", 10),
                           ("surfirst", 8), ("upper", 5), ("first", 6), ("lower", 3)]))


def s_PF(gender=None):
    return seg_person("first", gender)


def s_PFF():
    return s_PF("F")


def s_PFM():
    return s_PF("M")


def s_PE():
    return [(ch(PUPILS_F + PUPILS_M), "PERSONNE")]


def s_PEF():
    return [(ch(PUPILS_F), "PERSONNE")]


def s_PEM():
    return [(ch(PUPILS_M), "PERSONNE")]


def s_PNK():
    return [(ch(NICKNAMES), "PERSONNE")]


def s_PPUB():
    return [(ch(PUBLIC), "PERSONNE")]


# ---------------------------------------------------------------------------
# check-key identifiers (with steering of the wrong-key share to ~40 %)
# ---------------------------------------------------------------------------

WRONG_STATS = {"NIR": [0, 0], "IBAN": [0, 0], "UAI": [0, 0]}  # [wrong, total] among chosen items


def want_wrong(kind):
    w, t = WRONG_STATS[kind]
    p = 0.40 + 0.30 * (0.40 * t - w)
    p = min(0.9, max(0.1, p))
    return rng.random() < p


def nir_value(wrong):
    sex = wch([("1", 48), ("2", 48), ("7", 2), ("8", 2)])
    yy = "%02d" % rng.randint(0, 99)
    mm = "%02d" % wch([(rng.randint(1, 12), 95), (rng.choice([20, 30, 42, 99]), 5)])
    r = rng.random()
    if r < 0.06:
        dept = ch(["2A", "2B"])
        commune = "%03d" % rng.randint(1, 366)
    elif r < 0.16:
        dept = "97"
        commune = str(rng.randint(1, 6)) + "%02d" % rng.randint(1, 34)
    elif r < 0.22:
        dept = "99"
        commune = "%03d" % rng.choice([109, 127, 131, 134, 139, 141, 212, 216, 223, 350,
                                       351, 352, 328, 336, 341, 397, 406, 408, 432])
    else:
        d = rng.randint(1, 95)
        if d == 20:
            d = 21
        dept = "%02d" % d
        commune = "%03d" % rng.randint(1, 700)
    order = "%03d" % rng.randint(1, 999)
    body = sex + yy + mm + dept + commune + order
    num = int(body.replace("2A", "19").replace("2B", "18"))
    key = 97 - (num % 97)
    if wrong:
        bad = key
        while bad == key:
            bad = rng.randint(1, 97)
        key = bad
    k = "%02d" % key
    fmt = wch([("sp", 40), ("none", 18), ("dot", 8), ("sp2", 10), ("slash", 6), ("dash", 6),
               ("tight", 12)])
    if fmt == "sp":
        return " ".join([sex, yy, mm, dept, commune, order, k])
    if fmt == "none":
        return body + k
    if fmt == "dot":
        return ".".join([sex, yy, mm, dept, commune, order]) + "." + k
    if fmt == "sp2":
        return " ".join([sex, yy, mm, dept, commune, order]) + " - " + k
    if fmt == "slash":
        return " ".join([sex, yy, mm, dept, commune, order]) + " / " + k
    if fmt == "dash":
        return "-".join([sex, yy, mm, dept, commune, order, k])
    return body + " " + k


def s_NIR():
    wrong = want_wrong("NIR")
    return [(nir_value(wrong), "NIR", wrong)]


def iban_letters_to_digits(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_check(cc, bban):
    n = int(iban_letters_to_digits(bban + cc + "00"))
    return 98 - (n % 97)


RIB_MAP = {}
for _i, _grp in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]):
    for _c in _grp:
        RIB_MAP[_c] = str(_i + 1)


def rib_key(bank, guichet, account):
    acc = "".join(RIB_MAP.get(c, c) for c in account)
    return 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(acc)) % 97)


FR_BANKS = ["30004", "30002", "30003", "20041", "10278", "11006", "17515", "10107",
            "12506", "16606", "13335", "30066", "14505", "18206", "16806", "13825",
            "11315", "12135", "19106", "10057", "15589", "42559"]


def iban_value(wrong):
    cc = wch([("FR", 74), ("MC", 3), ("BE", 6), ("DE", 4), ("ES", 4), ("IT", 3), ("PT", 4),
              ("LU", 2)])
    if cc in ("FR", "MC"):
        bank = ch(FR_BANKS) if cc == "FR" else ch(["12739", "11478", "18079"])
        guichet = digits(5)
        if rng.random() < 0.15:
            account = digits(7) + ch("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(3)
        else:
            account = digits(11)
        bban = bank + guichet + account + "%02d" % rib_key(bank, guichet, account)
    elif cc == "BE":
        base = digits(10)
        m = int(base) % 97 or 97
        bban = base + "%02d" % m
    elif cc == "DE":
        bban = digits(18)
    elif cc == "ES":
        bban = digits(20)
    elif cc == "IT":
        bban = ch("ABCDEFGHIJKLMNOPRSTUVWXYZ") + digits(22)
    elif cc == "PT":
        b19 = "0035" + digits(15)
        nib = 98 - (int(b19) * 100 % 97)
        bban = b19 + "%02d" % nib
    else:  # LU
        bban = digits(3) + digits(13)
    check = iban_check(cc, bban)
    if cc == "PT":
        assert check == 50
    if wrong:
        bad = check
        while bad == check:
            bad = rng.randint(2, 98)
        check = bad
    raw = cc + "%02d" % check + bban
    fmt = wch([("g4", 58), ("none", 16), ("low", 5), ("dash", 4), ("g4b", 9), ("dot", 3),
               ("g4nbsp", 5)])
    groups = [raw[i:i + 4] for i in range(0, len(raw), 4)]
    if fmt == "g4":
        return " ".join(groups)
    if fmt == "none":
        return raw
    if fmt == "low":
        return " ".join(groups).lower()
    if fmt == "dash":
        return "-".join(groups)
    if fmt == "dot":
        return ".".join(groups)
    if fmt == "g4nbsp":
        return "  ".join(groups)
    # bank-statement style: country+check then the BBAN in groups
    return raw[:4] + " " + " ".join(groups[1:])


def s_IBAN():
    wrong = want_wrong("IBAN")
    return [(iban_value(wrong), "IBAN", wrong)]


UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uai_raw(wrong):
    r = rng.random()
    if r < 0.05:
        dep = ch(["620", "720"])
    elif r < 0.15:
        dep = ch(["971", "972", "973", "974", "976"])
    else:
        d = rng.randint(1, 95)
        if d == 20:
            d = 21
        dep = "0%02d" % d
    num = dep + "%04d" % rng.randint(1, 2999)
    key = UAI_LETTERS[int(num) % 23]
    if wrong:
        key = ch([c for c in UAI_LETTERS if c != key])
    return num, key


def uai_value(wrong):
    num, key = uai_raw(wrong)
    fmt = wch([("plain", 56), ("sp", 12), ("low", 10), ("sp3", 8), ("sp3b", 5), ("dash", 5),
               ("splow", 4)])
    if fmt == "plain":
        return num + key
    if fmt == "sp":
        return num + " " + key
    if fmt == "low":
        return num + key.lower()
    if fmt == "sp3":
        return num[:3] + " " + num[3:] + " " + key
    if fmt == "sp3b":
        return num[:3] + " " + num[3:] + key
    if fmt == "dash":
        return num + "-" + key
    return num + " " + key.lower()


def s_UAI():
    wrong = want_wrong("UAI")
    return [(uai_value(wrong), "UAI", wrong)]


# ---------------------------------------------------------------------------
# telephones
# ---------------------------------------------------------------------------


def pairs(s):
    return [s[i:i + 2] for i in range(0, len(s), 2)]


def phone_value():
    if rng.random() < 0.74:
        lead = wch([("6", 40), ("7", 15), ("1", 9), ("2", 6), ("3", 6), ("4", 9), ("5", 6),
                    ("9", 9)])
        nat = "0" + lead + (str(rng.randint(3, 8)) if lead == "7" else str(rng.randint(0, 9))) + digits(7)
        p = pairs(nat)
        fmt = wch([("sp", 30), ("dot", 11), ("dash", 5), ("tight", 9), ("i33", 14),
                   ("i33t", 5), ("i33p", 6), ("00", 5), ("00t", 2), ("slash", 3),
                   ("i33dot", 3), ("grp", 3), ("i33p2", 3)])
        rest = nat[1:]
        if fmt == "sp":
            return " ".join(p)
        if fmt == "dot":
            return ".".join(p)
        if fmt == "dash":
            return "-".join(p)
        if fmt == "tight":
            return nat
        if fmt == "slash":
            return "/".join(p)
        if fmt == "grp":
            return nat[:4] + " " + " ".join(pairs(nat[4:]))
        if fmt == "i33":
            return "+33 " + rest[0] + " " + " ".join(pairs(rest[1:]))
        if fmt == "i33t":
            return "+33" + rest
        if fmt == "i33p":
            return "+33 (0)" + rest[0] + " " + " ".join(pairs(rest[1:]))
        if fmt == "i33p2":
            return "+33(0)" + rest
        if fmt == "i33dot":
            return "+33 " + rest[0] + "." + ".".join(pairs(rest[1:]))
        if fmt == "00":
            return "0033 " + rest[0] + " " + " ".join(pairs(rest[1:]))
        return "0033" + rest
    # overseas
    zone = wch([("reu", 30), ("glp", 15), ("mtq", 15), ("guf", 10), ("myt", 8), ("ncl", 8),
                ("pyf", 8), ("spm", 3), ("com", 3)])
    if zone in ("reu", "glp", "mtq", "guf", "myt"):
        cc = {"reu": "262", "glp": "590", "mtq": "596", "guf": "594", "myt": "262"}[zone]
        mob = {"reu": ch(["692", "693"]), "glp": "690", "mtq": "696", "guf": "694",
               "myt": "639"}[zone]
        fix = {"reu": "262", "glp": "590", "mtq": "596", "guf": "594", "myt": "269"}[zone]
        pre = mob if rng.random() < 0.65 else fix
        tail = digits(6)
        fmt = wch([("nat4", 30), ("nat2", 20), ("intl", 30), ("intlt", 8), ("00", 6),
                   ("natdot", 6)])
        if fmt == "nat4":
            return "0" + pre + " " + " ".join(pairs(tail))
        if fmt == "nat2":
            return " ".join(pairs("0" + pre + tail))
        if fmt == "natdot":
            return ".".join(pairs("0" + pre + tail))
        if fmt == "intl":
            return "+" + cc + " " + pre + " " + " ".join(pairs(tail))
        if fmt == "intlt":
            return "+" + cc + pre + tail
        return "00" + cc + " " + pre + " " + " ".join(pairs(tail))
    if zone == "ncl":
        tail = ch(["7", "7", "5", "9", "2"]) + digits(5)
        return ch(["+687 ", "+687 ", "00687 "]) + \
            ch([" ".join(pairs(tail)), ".".join(pairs(tail)), tail])
    if zone == "pyf":
        tail = ch(["87", "89", "40"]) + digits(6)
        return ch(["+689 ", "+689 ", "00689 "]) + " ".join(pairs(tail))
    if zone == "spm":
        return "+508 41 " + " ".join(pairs(digits(4)))
    return "+269 " + ch(["3", "4"]) + digits(2) + " " + " ".join(pairs(digits(4)))


def s_TEL():
    return [(phone_value(), "TELEPHONE")]


# ---------------------------------------------------------------------------
# e-mails
# ---------------------------------------------------------------------------

PERSO_DOMAINS = ["gmail.com", "gmail.com", "orange.fr", "wanadoo.fr", "free.fr",
                 "laposte.net", "sfr.fr", "hotmail.fr", "hotmail.com", "outlook.fr",
                 "yahoo.fr", "icloud.com", "protonmail.com", "proton.me", "bbox.fr",
                 "neuf.fr", "live.fr", "aol.com", "mailo.com", "gmx.fr"]
ACAD_DOMAINS = ["ac-lyon.fr", "ac-grenoble.fr", "ac-creteil.fr", "ac-versailles.fr",
                "ac-paris.fr", "ac-lille.fr", "ac-nantes.fr", "ac-rennes.fr",
                "ac-bordeaux.fr", "ac-toulouse.fr", "ac-montpellier.fr",
                "ac-aix-marseille.fr", "ac-nice.fr", "ac-strasbourg.fr",
                "ac-nancy-metz.fr", "ac-reims.fr", "ac-amiens.fr", "ac-normandie.fr",
                "ac-dijon.fr", "ac-besancon.fr", "ac-clermont.fr", "ac-limoges.fr",
                "ac-poitiers.fr", "ac-orleans-tours.fr", "ac-corse.fr", "ac-reunion.fr",
                "ac-guadeloupe.fr", "ac-martinique.fr", "ac-guyane.fr", "ac-mayotte.fr",
                "ac-noumea.nc", "education.pf", "education.gouv.fr"]
OTHER_DOMAINS = ["mairie-villeurbanne.fr", "ville-brest.fr", "mairie-saint-denis.re",
                 "fcpe69.fr", "peep-nantes.fr", "univ-lorraine.fr", "univ-reunion.fr",
                 "cd31.fr", "hautsdefrance.fr", "ville-ajaccio.fr", "lycee-durzy.fr",
                 "college-kerichen.org", "ape-les-tilleuls.fr"]


def email_parts():
    first, last, _ = pick_name()
    f = ascii_slug(first)
    l = ascii_slug(last)
    pat = wch([("f.l", 34), ("fl", 6), ("f_l", 5), ("f-l", 4), ("il", 9), ("l.f", 6),
               ("f.l2", 7), ("l2", 4), ("fyear", 5), ("i.l", 6), ("ce", 6), ("role", 8)])
    dom_kind = wch([("perso", 60), ("acad", 30), ("other", 10)])
    dom = ch(PERSO_DOMAINS if dom_kind == "perso" else ACAD_DOMAINS if dom_kind == "acad"
             else OTHER_DOMAINS)
    if pat == "f.l":
        local = f + "." + l
    elif pat == "fl":
        local = f + l
    elif pat == "f_l":
        local = f + "_" + l
    elif pat == "f-l":
        local = f + "-" + l
    elif pat == "il":
        local = f[0] + l
    elif pat == "l.f":
        local = l + "." + f
    elif pat == "f.l2":
        local = f + "." + l + str(rng.randint(1, 99))
    elif pat == "l2":
        local = l + str(rng.randint(10, 99))
    elif pat == "fyear":
        local = f + str(rng.randint(1960, 2009))
    elif pat == "i.l":
        local = f[0] + "." + l
    elif pat == "ce":
        num, key = uai_raw(False)
        local = "ce." + num + key.lower()
        dom = ch(ACAD_DOMAINS[:-3])
    else:
        local = ch(["secretariat", "cdi", "vie-scolaire", "infirmerie", "direction",
                    "contact", "numerique", "gestion", "ape", "cpe", "intendance"])
        if rng.random() < 0.5:
            local += "." + ch(["college", "lycee", "ecole"])
        dom = ch(ACAD_DOMAINS + OTHER_DOMAINS)
    return local, dom


def email_value(obf=None):
    local, dom = email_parts()
    if obf is None:
        obf = rng.random() < 0.22
    if not obf:
        if rng.random() < 0.06:
            local = ".".join(p.capitalize() for p in local.split("."))
        return local + "@" + dom
    name, _, tld = dom.rpartition(".")
    style = wch([("brk", 22), ("par", 16), ("word", 16), ("at", 12), ("spaces", 10),
                 ("brkat", 8), ("fullword", 8), ("pararo", 8)])
    if style == "brk":
        return local + " [at] " + name + " [dot] " + tld
    if style == "par":
        return local + "(at)" + dom
    if style == "word":
        return local + " arobase " + name + " point " + tld
    if style == "at":
        return local + " AT " + name + " DOT " + tld
    if style == "spaces":
        return local + " @ " + dom
    if style == "brkat":
        return local + "[@]" + dom
    if style == "fullword":
        return local.replace(".", " point ") + " arobase " + name.replace(".", " point ") + \
            " point " + tld
    return local + " (arobase) " + dom


def s_EM():
    return [(email_value(), "EMAIL")]


def s_EMC():
    return [(email_value(False), "EMAIL")]


def s_EMO():
    return [(email_value(True), "EMAIL")]


# ---------------------------------------------------------------------------
# addresses
# ---------------------------------------------------------------------------

CITIES_CP = [
    ("69003", "Lyon"), ("69100", "Villeurbanne"), ("75011", "Paris"), ("75019", "Paris"),
    ("13001", "Marseille"), ("13014", "Marseille"), ("59000", "Lille"), ("59100", "Roubaix"),
    ("67000", "Strasbourg"), ("29200", "Brest"), ("64100", "Bayonne"), ("31000", "Toulouse"),
    ("33000", "Bordeaux"), ("33600", "Pessac"), ("44000", "Nantes"), ("35000", "Rennes"),
    ("21000", "Dijon"), ("25000", "Besançon"), ("63000", "Clermont-Ferrand"),
    ("87000", "Limoges"), ("86000", "Poitiers"), ("80000", "Amiens"), ("76600", "Le Havre"),
    ("14000", "Caen"), ("51100", "Reims"), ("57000", "Metz"), ("54000", "Nancy"),
    ("68100", "Mulhouse"), ("66000", "Perpignan"), ("34000", "Montpellier"),
    ("30000", "Nîmes"), ("06000", "Nice"), ("83000", "Toulon"), ("84000", "Avignon"),
    ("38000", "Grenoble"), ("73000", "Chambéry"), ("74000", "Annecy"),
    ("01000", "Bourg-en-Bresse"), ("02000", "Laon"), ("09000", "Foix"), ("12000", "Rodez"),
    ("15000", "Aurillac"), ("19100", "Brive-la-Gaillarde"), ("23000", "Guéret"),
    ("24000", "Périgueux"), ("24200", "Sarlat-la-Canéda"), ("40000", "Mont-de-Marsan"),
    ("46000", "Cahors"), ("48000", "Mende"), ("56100", "Lorient"), ("22000", "Saint-Brieuc"),
    ("50100", "Cherbourg-en-Cotentin"), ("62200", "Boulogne-sur-Mer"),
    ("93200", "Saint-Denis"), ("92130", "Issy-les-Moulineaux"), ("95000", "Cergy"),
    ("78000", "Versailles"), ("91000", "Évry-Courcouronnes"), ("77100", "Meaux"),
    ("45000", "Orléans"), ("37000", "Tours"), ("41000", "Blois"), ("18000", "Bourges"),
    ("36000", "Châteauroux"), ("03000", "Moulins"), ("58000", "Nevers"),
    ("71100", "Chalon-sur-Saône"), ("89000", "Auxerre"), ("10000", "Troyes"),
    ("52000", "Chaumont"), ("55100", "Verdun"), ("88000", "Épinal"), ("90000", "Belfort"),
    ("39000", "Lons-le-Saunier"), ("26000", "Valence"), ("07200", "Aubenas"), ("05000", "Gap"),
    ("04000", "Digne-les-Bains"), ("11000", "Carcassonne"), ("81000", "Albi"),
    ("82000", "Montauban"), ("32000", "Auch"), ("65000", "Tarbes"), ("64000", "Pau"),
    ("47000", "Agen"), ("17000", "La Rochelle"), ("79000", "Niort"),
    ("85000", "La Roche-sur-Yon"), ("49000", "Angers"), ("53000", "Laval"),
    ("72000", "Le Mans"), ("61000", "Alençon"), ("27000", "Évreux"), ("60000", "Beauvais"),
    ("08000", "Charleville-Mézières"), ("16000", "Angoulême"), ("28000", "Chartres"),
    ("42000", "Saint-Étienne"), ("43000", "Le Puy-en-Velay"), ("94240", "L'Haÿ-les-Roses"),
    ("13100", "Aix-en-Provence"), ("06400", "Cannes"), ("20000", "Ajaccio"),
    ("20200", "Bastia"), ("20250", "Corte"), ("97400", "Saint-Denis"), ("97410", "Saint-Pierre"),
    ("97460", "Saint-Paul"), ("97430", "Le Tampon"), ("97110", "Pointe-à-Pitre"),
    ("97180", "Sainte-Anne"), ("97200", "Fort-de-France"), ("97232", "Le Lamentin"),
    ("97300", "Cayenne"), ("97320", "Saint-Laurent-du-Maroni"), ("97600", "Mamoudzou"),
    ("98800", "Nouméa"), ("98714", "Papeete"), ("98718", "Punaauia"),
    ("97500", "Saint-Pierre"), ("97150", "Saint-Martin"), ("29600", "Morlaix"),
    ("22300", "Lannion"), ("64500", "Saint-Jean-de-Luz"), ("68000", "Colmar"),
    ("59140", "Dunkerque"), ("62300", "Lens"), ("93100", "Montreuil"),
    ("94000", "Créteil"), ("92000", "Nanterre"), ("38400", "Saint-Martin-d'Hères"),
    ("74400", "Chamonix-Mont-Blanc"), ("05100", "Briançon"), ("12100", "Millau"),
    ("30700", "Uzès"), ("87200", "Saint-Junien"), ("23200", "Aubusson"),
    ("03100", "Montluçon"), ("15100", "Saint-Flour"), ("50400", "Granville"),
]

NAMES_GENERIC = [
    "de la République", "Victor Hugo", "Jean Jaurès", "du 11 Novembre 1918",
    "du 8 Mai 1945", "du 19 Mars 1962", "du 14 Juillet", "du 4 Septembre",
    "du 18 Juin 1940", "Saint-Jacques", "Sainte-Anne", "Saint-Michel", "Notre-Dame",
    "des Tilleuls", "des Lilas", "des Acacias", "des Marronniers", "des Platanes",
    "des Peupliers", "des Frênes", "des Oliviers", "des Flamboyants", "des Cocotiers",
    "de Bretagne", "de Provence", "d'Alsace", "de Normandie", "des Pyrénées",
    "de Lorraine", "de Savoie", "du Languedoc", "d'Auvergne", "de Picardie",
    "des Cévennes", "Gambetta", "Pasteur", "Aimé Césaire", "Louise Michel",
    "Simone Veil", "Toussaint Louverture", "Félix Éboué", "Victor Schœlcher",
    "Gaston Monnerville", "Rosa Parks", "Nelson Mandela", "Frédéric Mistral",
    "Anne de Bretagne", "Paul Cézanne", "Émile Zola", "Jeanne d'Arc", "Georges Brassens",
    "du Docteur Schweitzer", "du Général de Gaulle", "du Maréchal Foch",
    "du Commandant Charcot", "de la Paix", "de la Gare", "des Écoles", "du Stade",
    "de la Fontaine", "du Puits", "Neuve", "Haute", "de la Liberté", "Roland Garros",
    "Léopold Sédar Senghor", "du Président Wilson", "Pierre et Marie Curie",
    "de l'Égalité", "Ampère", "des Quatre Vents", "de la Mairie",
    "Leconte de Lisle", "Jules Verne", "Marcel Pagnol",
]
NAMES_RURAL = ["du Moulin", "des Chênes", "de la Source", "des Vignes", "de Bellevue",
               "du Lavoir", "des Saules", "de la Croix", "des Prés", "du Bois Joli",
               "des Crêtes", "de la Forge", "du Château d'Eau"]
NAMES_ROUTE = ["de Grasse", "de Lyon", "de Vannes", "de Paris", "de Toulouse", "de Corte",
               "du Lamentin", "de Montgenèvre", "de la Plage", "de Saint-Gilles",
               "des Crêtes", "nationale 7", "départementale 12"]
NAMES_ESTATE = ["les Pins", "Les Flamboyants", "du Parc", "Beauséjour", "des Fleurs",
                "Les Hauts de Bellevue", "Les Jardins de l'Ill", "Le Clos Fleuri",
                "les Vignes", "Les Coteaux", "Les Lauriers-Roses", "du Lac"]
LIEUXDITS = ["Les Granges", "La Croix Blanche", "Le Bourg", "Kerhuel", "Les Mazets",
             "Bellevue", "La Ferme Neuve", "Le Moulin Bas", "Prat Coum", "Goarem Vraz",
             "Les Trois Chênes", "Piquecos", "L'Étang Salé", "Bois-Rouge"]
ZONES = ["des Bréguières", "du Moulin", "de la Plaine", "des Estroublans", "Nord",
         "de Kervidanou", "de la Gare", "du Bois de l'Épine", "de Jarry", "Ducos",
         "Les Portes de l'Océan", "Sud"]

STREET_TYPES = [
    # (variants, weight, name pool)
    (["rue", "rue", "rue", "rue", "Rue", "r.", "RUE", "R."], 30, "generic"),
    (["avenue", "avenue", "Avenue", "av.", "Av.", "av", "AV."], 10, "generic"),
    (["boulevard", "Boulevard", "bd", "Bd", "bd.", "BD", "Bld"], 8, "generic"),
    (["allée", "Allée", "all.", "allee"], 5, "generic"),
    (["impasse", "Impasse", "imp.", "Imp."], 5, "mixed"),
    (["chemin", "Chemin", "ch.", "chem."], 5, "rural"),
    (["place", "Place", "pl.", "Pl."], 4, "generic"),
    (["quai", "Quai"], 3, "generic"),
    (["cours", "Cours"], 3, "generic"),
    (["route", "Route", "rte", "Rte"], 4, "route"),
    (["sentier", "Sentier"], 1, "rural"),
    (["square", "Square", "sq."], 2, "generic"),
    (["passage", "Passage"], 2, "generic"),
    (["cité", "Cité"], 2, "estate"),
    (["résidence", "Résidence", "rés."], 2, "estate"),
    (["lotissement", "Lotissement", "lot."], 2, "estate"),
    (["faubourg", "fbg"], 1, "generic"),
    (["traverse", "Traverse"], 1, "rural"),
    (["venelle"], 1, "rural"),
    (["montée", "Montée"], 1, "rural"),
    (["esplanade"], 1, "generic"),
    (["ruelle"], 1, "rural"),
]


def house_number(big=False):
    if big:
        return str(rng.choice([rng.randint(100, 3500), rng.randint(10, 99)]))
    n = wch([(rng.randint(1, 20), 50), (rng.randint(21, 90), 30), (rng.randint(91, 260), 20)])
    kind = wch([("plain", 62), ("bis", 12), ("ter", 4), ("letter", 9), ("range", 9),
                ("comma", 4)])
    if kind == "plain":
        return str(n)
    if kind == "bis":
        return str(n) + ch([" bis", "bis", " Bis", " BIS", "b"])
    if kind == "ter":
        return str(n) + ch([" ter", "ter", " Ter"])
    if kind == "letter":
        return str(n) + ch(["A", "B", " A", " B", "C"])
    if kind == "range":
        m = n + ch([1, 2, 2, 4, 6])
        return str(n) + ch(["-", "-", " - ", "/", " à "]) + str(m)
    return str(n) + ","  # "12, rue ..." handled by caller stripping


def street_core():
    """(text, has_number) for the street part"""
    r = rng.random()
    if r < 0.05:
        return ch(["lieu-dit", "Lieu-dit", "lieudit", "LD", "Lieu dit"]) + " " + ch(LIEUXDITS), False
    if r < 0.08:
        return ch(["hameau", "Hameau"]) + " " + ch(["de Bellevue", "des Combes", "du Villard",
                                                       "de la Chapelle", "les Agneaux"]), False
    if r < 0.11:
        return ch(["ZI", "Z.I.", "ZA", "Z.A.", "ZAC", "zone artisanale"]) + " " + ch(ZONES), False
    if r < 0.14:
        road = ch(["RN", "RD", "N", "D", "RN"]) + " " + str(rng.randint(1, 990))
        if rng.random() < 0.6:
            return str(rng.randint(2, 2800)) + " " + road, True
        return road, False
    variants, _, pool = wch([(t, t[1]) for t in STREET_TYPES])
    typ = ch(variants)
    if pool == "generic":
        name = ch(NAMES_GENERIC)
    elif pool == "rural":
        name = ch(NAMES_RURAL)
    elif pool == "route":
        name = ch(NAMES_ROUTE)
    elif pool == "estate":
        name = ch(NAMES_ESTATE)
    else:
        name = ch(NAMES_GENERIC + NAMES_RURAL)
    if typ.lower().startswith("all") and rng.random() < 0.2:
        pass
    street = typ + " " + name
    if pool == "estate" and rng.random() < 0.45:
        return street, False
    num = house_number(big=(pool in ("route", "rural") and rng.random() < 0.5))
    if num.endswith(","):
        return num + " " + street, True
    return num + " " + street, True


COMPLEMENT_GROUPS = [
    ["bât. B", "Bâtiment C", "bât C", "bâtiment 4", "Bât. A2", "bât. H"],
    ["escalier 2", "esc. A", "escalier B"],
    ["3e étage", "2ème étage", "étage 5", "rez-de-chaussée", "1er étage"],
    ["appartement 12", "apt 34", "Appt 5", "app. 208", "logement 7", "porte 17",
     "porte gauche", "boîte 6"],
    ["entrée 3", "entrée B"],
    ["BP 45", "BP 1123", "CS 70123", "CS 20001", "BP 70"],
    ["ZA du Moulin", "ZI de la Plaine", "Parc d'activités des Glaisins"],
]
COMPLEMENTS = [c for g in COMPLEMENT_GROUPS for c in g]


def city_part(cedex=False):
    cp, city = ch(CITIES_CP)
    case = wch([("title", 68), ("upper", 24), ("lower", 8)])
    if cedex:
        cp = cp[:2] + "%03d" % rng.randint(1, 999) if not cp.startswith("97") and \
            not cp.startswith("98") else cp[:3] + "%02d" % rng.randint(1, 99)
        cx = ch(["Cedex", "CEDEX", "cedex", "Cedex"])
        if rng.random() < 0.6:
            cx += " " + ch(["1", "2", "03", "9", "07", "12", "4"])
        city = city + " " + cx
    if case == "upper":
        city = city.upper()
    elif case == "lower":
        city = city.lower()
    if rng.random() < 0.03:
        cp = cp[:2] + " " + cp[2:]
    if rng.random() < 0.02:
        cp = "F-" + cp
    return cp, city


def address_value(layout=None, residential=False):
    street, has_num = street_core()
    while residential and not has_num:
        street, has_num = street_core()
    comps = []
    if rng.random() < 0.32:
        groups = list(range(len(COMPLEMENT_GROUPS)))
        if not has_num:
            groups = [0, 1, 2, 3, 4, 5]
        picked = sorted(rng.sample(groups, 2 if rng.random() < 0.3 else 1))
        comps = [ch(COMPLEMENT_GROUPS[gi]) for gi in picked]
        if residential:
            comps = [c for c in comps if not c.startswith(("BP", "CS", "ZA"))]
    cedex = any(c.startswith(("BP", "CS")) for c in comps) or \
        (not residential and rng.random() < 0.07)
    cp, city = city_part(cedex)
    if layout is None:
        layout = wch([("comma", 30), ("plain", 12), ("dash", 6), ("ml2", 18), ("ml3", 10),
                      ("cponly", 4), ("nocity", 4), ("a", 6), ("citynocp", 4),
                      ("cpnewcity", 2), ("parens", 4)])
    if layout in ("nocity", "a", "citynocp") and not has_num:
        layout = "comma"
    if layout == "ml3" and not comps:
        comps = [ch(COMPLEMENT_GROUPS[rng.randrange(5)])]
    comp_txt = ", ".join(comps)
    city_only = city.split(" Cedex")[0].split(" CEDEX")[0].split(" cedex")[0]
    if layout == "comma":
        return ", ".join([street] + comps + [cp + " " + city])
    if layout == "plain":
        return " ".join([street] + comps + [cp, city])
    if layout == "dash":
        return street + (" " + comp_txt if comps else "") + ch([" - ", " – "]) + cp + " " + city
    if layout == "ml2":
        return street + (", " + comp_txt if comps else "") + "\n" + cp + " " + city
    if layout == "ml3":
        return street + "\n" + comp_txt + "\n" + cp + " " + city
    if layout == "cponly":
        return ", ".join([street] + comps + [cp])
    if layout == "nocity":
        return ", ".join([street] + comps)
    if layout == "a":
        return street + (", " + comp_txt if comps else "") + " à " + city_only
    if layout == "citynocp":
        return street + ", " + city_only
    if layout == "cpnewcity":
        return street + ", " + cp + "\n" + city
    return street + " (" + cp + " " + city + ")"


def s_ADR():
    return [(address_value(), "ADRESSE")]


def s_ADR1():
    return [(address_value(wch([("comma", 60), ("plain", 20), ("dash", 10), ("cponly", 5),
                                ("parens", 5)])), "ADRESSE")]


def s_ADRIN():
    return [(address_value(wch([("a", 40), ("comma", 30), ("nocity", 15), ("citynocp", 10),
                                ("plain", 5)]), residential=True), "ADRESSE")]


def s_ADRCHEZ():
    r = rng.random()
    sep = ch([", ", "\n", " - ", ", "])
    if r < 0.7:
        g = ch("FM")
        t = ch(TITLES_F[:6] if g == "F" else TITLES_M[:6])
        first, last, _ = pick_name(g)
        who = wch([(last, 70), (first + " " + last, 30)])
        segs = [("chez " + t + " ", None), (who, "PERSONNE")]
    elif r < 0.85:
        first, last, _ = pick_name()
        segs = [("chez ", None), (first + " " + ch([last, last.upper()]), "PERSONNE")]
    else:
        segs = [(ch(["chez mes parents", "chez ma sœur", "chez mes grands-parents",
                     "chez mon père", "c/o famille d'accueil"]), None)]
    layout = wch([("comma", 45), ("ml2", 30), ("plain", 15), ("dash", 10)])
    return segs + [(sep, None), (address_value(layout, residential=True), "ADRESSE")]


# ---------------------------------------------------------------------------
# non-personal fillers (traps and context)
# ---------------------------------------------------------------------------

SCHOOLS = ["lycée Marie Curie", "collège Jean Moulin", "lycée Victor Hugo",
           "collège Simone Veil", "lycée professionnel Aimé Césaire", "lycée Condorcet",
           "collège Les Tilleuls", "lycée Lapérouse", "collège Paul Éluard",
           "lycée agricole de Fontaines", "LP Gustave Eiffel", "lycée Leconte-de-Lisle",
           "lycée Gerville-Réache", "collège Terre-Sainte", "lycée Lamartine",
           "collège de Kerichen", "lycée Jules Garnier", "lycée Paul Gauguin",
           "collège Anne de Bretagne", "lycée Saint-Joseph", "collège Jeanne d'Arc",
           "lycée Pierre-Gilles de Gennes", "collège Rosa Parks", "lycée Toussaint Louverture",
           "collège Olympe de Gouges", "lycée Jean Jaurès", "lycée Voltaire",
           "collège Ada Lovelace", "groupe scolaire Louise Michel", "collège Jules Ferry",
           "lycée Albert Camus", "collège Frédéric Mistral", "lycée Joséphine Baker",
           "collège du Vieux-Port", "lycée des Métiers de la Mer", "collège Marcel Pagnol",
           "lycée Henri Wallon", "collège Pablo Picasso", "lycée polyvalent Bellevue",
           "collège Nelson Mandela"]
ECOLES = ["école élémentaire Jules Ferry", "école maternelle Les Coquelicots",
          "école primaire du Centre", "école Jean de La Fontaine", "école des Flamboyants",
          "école maternelle Pauline Kergomard", "école Saint-Exupéry"]
CITIES = ["Lyon", "Marseille", "Lille", "Brest", "Bayonne", "Toulouse", "Nantes", "Rennes",
          "Dijon", "Limoges", "Amiens", "Caen", "Metz", "Nancy", "Perpignan", "Montpellier",
          "Nice", "Grenoble", "Annecy", "Rodez", "Aurillac", "Guéret", "Cahors", "Mende",
          "Lorient", "Saint-Brieuc", "Saint-Denis", "Cergy", "Versailles", "Orléans",
          "Tours", "Bourges", "Nevers", "Troyes", "Épinal", "Belfort", "Gap", "Albi",
          "Tarbes", "Pau", "Niort", "Angers", "Laval", "Évreux", "Beauvais", "Ajaccio",
          "Bastia", "Fort-de-France", "Pointe-à-Pitre", "Cayenne", "Mamoudzou", "Nouméa",
          "Papeete", "Saint-Étienne", "Clermont-Ferrand", "Strasbourg", "Bordeaux"]
REGIONS = ["Bretagne", "Occitanie", "Hauts-de-France", "Grand Est", "Auvergne-Rhône-Alpes",
           "Normandie", "Nouvelle-Aquitaine", "Bourgogne-Franche-Comté", "Centre-Val de Loire",
           "Pays de la Loire", "Île-de-France", "Provence-Alpes-Côte d'Azur"]
AIS = ["ChatGPT", "Claude", "Gemini", "Mistral", "Le Chat", "Copilot", "Perplexity",
       "Albert", "Lucie", "MagicSchool", "Khanmigo", "DeepL", "Grammarly", "Midjourney",
       "DALL-E", "Siri", "Alexa", "Character.ai", "NotebookLM", "Llama", "MIA Seconde",
       "GPT-4o", "Claude 3.5 Sonnet", "Gemini 1.5 Pro", "Copilot Edu", "Snapchat My AI"]
SOFTS = ["Pronote", "l'ENT", "Moodle", "Éléa", "Capytale", "Pix", "Vittascience", "Kwyk",
         "Lalilo", "Padlet", "Canva", "Kahoot", "Quizlet", "Digipad", "Genially", "Scratch",
         "Tactileo", "Lumni", "Toutatice", "Skolengo", "EcoleDirecte", "ONDE", "Parcoursup",
         "Teams", "BigBlueButton", "Apps Éducation", "Nextcloud", "LibreOffice", "GeoGebra",
         "La Quiz'inière", "Mon Bureau Numérique", "Labomep"]
BRANDS = ["Apple", "Samsung", "Lenovo", "HP", "Dell", "Acer", "Microsoft", "Google", "Orange",
          "Bouygues", "Leclerc", "Decathlon", "Fnac", "Darty", "Renault", "Michelin", "Lego",
          "Nintendo", "Huawei", "Xiaomi", "Epson", "Boulanger", "Casio", "Texas Instruments",
          "Numworks"]
DISCS = ["mathématiques", "français", "histoire-géographie", "SVT", "physique-chimie",
         "anglais", "espagnol", "allemand", "italien", "EPS", "arts plastiques",
         "éducation musicale", "technologie", "philosophie", "SES", "NSI",
         "lettres classiques", "économie-gestion", "STI2D", "hôtellerie-restauration",
         "maintenance automobile", "occitan", "breton", "créole", "tahitien", "chinois",
         "portugais", "arabe", "sciences numériques et technologie", "biotechnologies"]
ROLES = ["professeur de mathématiques", "professeure des écoles", "CPE", "AESH",
         "infirmière scolaire", "professeure documentaliste", "principal de collège",
         "proviseure adjointe", "directrice d'école", "IEN", "IA-IPR de lettres",
         "parent d'élève", "délégué de classe", "conseillère municipale",
         "adjoint au maire chargé de l'éducation", "assistante sociale scolaire",
         "psychologue de l'Éducation nationale", "bibliothécaire", "AED",
         "professeur de lycée professionnel", "gestionnaire", "médecin scolaire",
         "référente numérique", "coordonnatrice ULIS", "élue au CVL"]
PLACES = [("la", "place Bellecour"), ("le", "parc de la Tête d'Or"), ("la", "gare Saint-Lazare"),
          ("le", "Vieux-Port"), ("la", "Cité des sciences"), ("le", "musée du Louvre"),
          ("la", "place Stanislas"), ("le", "Capitole"), ("le", "jardin du Luxembourg"),
          ("la", "Croix-Rousse"), ("le", "Barachois"), ("la", "Canebière"),
          ("le", "quartier de la Part-Dieu"), ("le", "pont Jacques Chaban-Delmas"),
          ("l'", "aéroport Roland Garros"), ("le", "stade Pierre Mauroy"),
          ("la", "médiathèque François Mitterrand"), ("la", "plage des Salines"),
          ("le", "marché de Papeete"), ("la", "place des Cocotiers"),
          ("l'", "hôpital Édouard Herriot"), ("le", "musée Soulages"),
          ("la", "presqu'île de Crozon"), ("le", "lac d'Annecy"), ("le", "cirque de Mafate")]
STREETS_G = ["rue de la République", "avenue Jean Jaurès", "boulevard Gambetta",
             "rue Victor Hugo", "avenue du Général de Gaulle", "cours Lafayette",
             "rue du 8 Mai 1945", "boulevard de la Liberté", "quai des Chartrons",
             "rue Sainte-Catherine", "avenue Foch", "la Canebière", "rue de Siam",
             "boulevard Haussmann", "rue de Paris", "avenue de la Marne",
             "chemin des Écoliers", "place du Marché", "rue des Écoles",
             "route de Saint-Pierre", "rue Schœlcher", "avenue Pasteur"]


def s_SCHOOL():
    return [(ch(SCHOOLS), None)]


def s_ECOLE():
    return [(ch(ECOLES), None)]


def s_CITY():
    return [(ch(CITIES), None)]


def s_DCITY():
    c = ch(CITIES)
    return [(("d'" if c.startswith(VOWEL_START) else "de ") + c, None)]


def s_REGION():
    return [(ch(REGIONS), None)]


def s_AI():
    return [(ch(AIS), None)]


def s_SOFT():
    return [(ch(SOFTS), None)]


def s_BRAND():
    return [(ch(BRANDS), None)]


def s_DISC():
    return [(ch(DISCS), None)]


VOWEL_START = tuple("aeiouyéèêâîôhAEIOUYÉÈÊÂÎÔH")


def s_DDISC():
    d = ch(DISCS)
    return [(("d'" if d.startswith(VOWEL_START) else "de ") + d, None)]


def s_ROLE():
    return [(ch(ROLES), None)]


def s_CLS():
    v = wch([(lambda: "%de %s" % (rng.randint(3, 6), ch("ABCDEFG")), 30),
             (lambda: "%de%s" % (rng.randint(3, 6), ch("ABCD1234")), 8),
             (lambda: ch(["2nde", "seconde", "2de"]) + " " + str(rng.randint(1, 12)), 12),
             (lambda: ch(["1re", "1ère", "première"]) + " " + ch(["STMG", "G2", "STI2D", "ST2S", "3", "spé NSI"]), 10),
             (lambda: ch(["Tle", "Terminale", "Term"]) + " " + ch(["G3", "STMG 2", "bac pro MELEC", "A", "5"]), 10),
             (lambda: ch(["CP", "CE1", "CE2", "CM1", "CM2", "CM1-CM2", "GS", "MS", "PS-MS"]), 14),
             (lambda: ch(["BTS SIO 1", "CAP 1", "2nde bac pro", "ULIS", "UPE2A", "SEGPA 4e",
                          "3e prépa-métiers", "BTS MCO 2"]), 10)])
    return [(v(), None)]


def s_ROOM():
    return [(ch(["B204", "112", "C3.12", "A01", "207", "D-105", "3.05", "E12", "polyvalente",
                 "info 2", "G 214", "101 bis", "S17"]), None)]


MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "septembre",
          "octobre", "novembre", "décembre"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]


def s_DATE():
    d = rng.randint(1, 28)
    v = wch([("%d %s %d" % (d, ch(MONTHS), ch([2024, 2025, 2026])), 35),
             ("%d %s" % (d, ch(MONTHS)), 20),
             ("%s %d %s" % (ch(DAYS), d, ch(MONTHS)), 15),
             ("%02d/%02d/%d" % (d, rng.randint(1, 12), ch([2024, 2025])), 15),
             ("1er " + ch(MONTHS), 5),
             ("%02d/%02d" % (d, rng.randint(1, 12)), 10)])
    return [(v, None)]


def s_HOUR():
    return [(ch(["8h30", "10 h", "14h15", "17h", "16:30", "9h", "13 h 30", "12h", "18h45",
                 "7h55", "15 h"]), None)]


def s_HRANGE():
    a = rng.choice([(8, 0), (8, 30), (9, 0), (10, 0), (10, 15), (13, 30), (14, 0), (16, 0)])
    b = (a[0] + rng.choice([1, 2, 2, 3]), rng.choice([0, 0, 30, 15]))
    f = ch(["%dh%02d", "%d h %02d", "%d:%02d"])
    return [((f % a).replace("h00", "h").replace(" h 00", " h") + ch(["-", " - ", " à "]) +
             (f % b).replace("h00", "h").replace(" h 00", " h"), None)]


def s_NOTES():
    sep = ch([" ", " ", " - ", " / ", " ; "])
    return [(sep.join("%02d" % rng.randint(4, 19) for _ in range(5)), None)]


def s_BIC():
    return [(ch(["BNPAFRPPXXX", "CCBPFRPPLYO", "AGRIFRPP882", "PSSTFRPPLIL", "CMCIFR2A",
                 "SOGEFRPP", "CEPAFRPP751", "BREDFRPPXXX"]), None)]


def s_PCT():
    return [(ch(["42 %", "12%", "67 pour cent", "3,5 %", "80 %", "15 %", "9,8%", "54 %",
                 "un tiers", "27 %"]), None)]


def s_YEAR():
    y = rng.randint(2019, 2025)
    return [(ch(["%d-%d" % (y, y + 1), "%d/%d" % (y, y + 1), "%d-%d" % (y, y + 1)]), None)]


def s_VER():
    return [(ch(["3.2.1", "v2.0", "4o", "17.5", "2024.3", "1.12.7", "5.1", "2.4.0-beta",
                 "11", "v0.9"]), None)]


def s_LAW():
    return [(ch(["L. 131-1 du Code de l'éducation", "9 du RGPD", "L. 511-5",
                 "R. 421-20", "6 de la loi n° 78-17 du 6 janvier 1978", "L. 312-9",
                 "D. 332-6", "L. 121-1 du Code de l'éducation", "22 du RGPD",
                 "L. 401-1", "5 de l'AI Act", "R. 511-13"]), None)]


def s_ISBN():
    core = "978" + ch(["2", "2", "2", "1"]) + digits(8)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core))
    full = core + str((10 - s % 10) % 10)
    v = ch([full, full[:3] + "-" + full[3] + "-" + full[4:6] + "-" + full[6:12] + "-" + full[12],
            full[:3] + " " + full[3] + " " + full[4:8] + " " + full[8:12] + " " + full[12]])
    return [(v, None)]


def s_AMT():
    return [(ch(["1 250 €", "45,90 €", "3 000 euros", "12 500 € HT", "890€", "2,5 millions d'euros",
                 "15 € par élève", "78 000 €", "350 euros", "4,99 € par mois"]), None)]


def s_NUM():
    return [(str(ch([3, 4, 6, 8, 12, 15, 20, 24, 30, 32, 45, 60, 120, 250])), None)]


def s_STATS():
    r = rng.random()
    if r < 0.5:
        sep = ch([" ", " ", " - ", " / ", " ; "])
        v = sep.join("%02d" % rng.randint(4, 19) for _ in range(5))
    elif r < 0.75:
        v = "%d %03d %03d" % (rng.randint(1, 9), rng.randint(0, 999), rng.randint(0, 999))
    else:
        v = " ".join("%02d" % rng.randint(20, 34) for _ in range(6))
    return [(v, None)]


def s_CPCITY():
    cp, city = ch(CITIES_CP)
    v = wch([(city + " (" + cp + ")", 60), ("le " + cp, 20), (cp + " " + city, 20)])
    return [(v, None)]


def s_STREETG():
    return [(ch(STREETS_G), None)]


def s_PLACE_DE():
    det, name = ch(PLACES)
    if det == "le":
        return [("du " + name, None)]
    return [("de " + det + (" " if det == "la" else "") + name, None)]


def s_PLACE_A():
    det, name = ch(PLACES)
    if det == "le":
        return [("au " + name, None)]
    return [("à " + det + (" " if det == "la" else "") + name, None)]


def s_PET():
    return [(ch(["Max", "Oscar", "Nala", "Simba", "Caramel", "Félix", "Ulysse", "Rocky"]), None)]


SLOTS = {name[2:]: fn for name, fn in list(globals().items()) if name.startswith("s_")}

# ---------------------------------------------------------------------------
# templates (hand-written frames)
# ---------------------------------------------------------------------------

NONE_FRAMES = [
    "Je pense que l'IA peut aider les élèves à réviser, mais elle ne remplacera jamais un enseignant.",
    "Franchement ? On n'a pas le temps de se former. On nous demande tout et son contraire.",
    "c'est un outil comme un autre, tout dépend de ce qu'on en fait",
    "L'IA en classe : OUI pour la différenciation, NON pour l'évaluation.",
    "Je suis partagée.\nD'un côté les élèves gagnent du temps, de l'autre ils ne réfléchissent plus.",
    "- utile pour préparer des exercices\n- dangereux pour les devoirs à la maison\n- il faut former les collègues",
    "Pas d'avis, je ne l'utilise pas.",
    "En tant qu'infirmière scolaire, je m'inquiète surtout pour la confidentialité des échanges avec les élèves.",
    "Les parents ne sont jamais consultés. On découvre les choses après coup.",
    "jsp trop, c bien pr les devoirs mais les profs aiment pas",
    "Il faudrait une charte claire, écrite AVEC les élèves, et révisée chaque année.",
    "Comme documentaliste, je vois surtout des élèves qui copient-collent sans vérifier les sources.",
    "L'accessibilité ! Pour les élèves dys, la synthèse vocale et la reformulation changent tout.",
    "Je n'ai rien contre, à condition que les données restent en Europe.",
    "Trop tôt pour juger.",
    "On parle beaucoup d'IA mais les salles n'ont même pas un wifi qui fonctionne...",
    "Mon avis de CPE : l'IA ne réglera pas les problèmes de vie scolaire. Ce qu'il faut, ce sont des adultes.",
    "Les élèves de lycée pro l'utilisent pour rédiger leurs rapports de stage, et honnêtement ça les aide à structurer.",
    "Je suis AESH et les outils de dictée aident énormément l'élève que j'accompagne.",
    "Inquiétude sur l'évaluation : comment savoir si c'est vraiment l'élève qui a écrit ?",
    "a mon avis il faut interdire les portables ET l'ia avant le lycée. point.",
    "Pourquoi pas, mais qui paie les licences ?",
    "L'IA générative oblige à repenser les devoirs : plus d'oral, plus de travail en classe, moins de « maison ».",
    "Je suis déléguée et les élèves de ma classe l'utilisent tous, même ceux qui disent que non.",
    "Très bonne question. Pas de réponse simple. Je dirais : prudence, curiosité, esprit critique.",
    "En maths, ça invente des démonstrations fausses avec un aplomb incroyable. Excellent support pour travailler l'esprit critique !",
    "En EPS on est peu concernés... sauf pour l'analyse vidéo du geste.",
    "Un inspecteur nous a présenté les enjeux lors d'une animation pédagogique ; intéressant mais très théorique.",
    "La question est mal posée : l'IA est DÉJÀ dans les établissements, qu'on le veuille ou non.",
    "Pour les langues vivantes c'est une révolution pour la compréhension, beaucoup moins pour l'expression.",
    "je suis contre. les enfants doivent d'abord apprendre à écrire à la main",
    "RAS.",
    "Comme parent d'un enfant en situation de handicap, j'y vois surtout une chance.",
    "Les collègues de philosophie sont en première ligne : la dissertation à la maison ne veut plus rien dire.",
    "Il manque une formation continue digne de ce nom, pas deux heures en visio un mercredi après-midi.",
    "Les élus locaux devraient financer l'équipement, mais sans cadre national on avance à l'aveugle.",
    "l'ia c nul ça fait des fautes et ça ment",
    "Pratique pour traduire les messages aux familles allophones, on gagne un temps fou.",
    "Je crains une école à deux vitesses : ceux qui ont un abonnement payant et les autres.",
    "Sans commentaire particulier.\nMerci pour ce questionnaire.",
    "Sujet passionnant ! Il faudrait en parler en conseil pédagogique, en CA et avec les élèves délégués.",
    "Nous avons besoin de temps, de moyens et de confiance. Pas d'une énième plateforme.",
    "Impact écologique : personne n'en parle. Chaque requête consomme de l'énergie et de l'eau.",
    "bof",
    "En histoire-géo, pratique pour générer des frises et des cartes mentales, mais les erreurs factuelles sont nombreuses.",
    "Bibliothécaire : j'ai monté un atelier « vrai ou faux ? » avec des textes générés, les élèves adorent.",
    "Ce n'est ni bien ni mal, c'est un outil. Le problème, c'est l'absence de règles communes d'une classe à l'autre.",
    "Les élèves allophones progressent plus vite avec la traduction automatique, mais ils parlent moins avec les autres.",
    "Mes collègues sont très divisés.\nCertains refusent d'en entendre parler, d'autres s'en servent tous les jours.",
    "Je me méfie du discours commercial. On nous vend de l'IA partout, y compris là où elle n'apporte rien.",
    "ENFIN un questionnaire sur le sujet !! merci",
    "L'infirmerie reçoit des élèves stressés par la peur de « se faire prendre ». Il faut dédramatiser et expliquer.",
    "Je suis principal adjoint. Mon souci : harmoniser les pratiques sans brider les équipes.",
    "Pour les élèves en décrochage, un tuteur disponible à toute heure peut être une aide... ou une béquille.",
    "Questions à se poser :\n1) qui contrôle les données ?\n2) qui forme les profs ?\n3) qui évalue les effets ?",
    "Je ne vois pas l'intérêt en maternelle. Les petits ont besoin de manipuler, de parler, de bouger.",
    "mdr on l'utilise tous en cachette de toute façon",
    "Honnêtement, je préférerais qu'on investisse dans des AESH plutôt que dans des logiciels.",
    "L'IA me fait gagner du temps sur les tâches administratives. C'est déjà ça.",
    "J'ai peur pour l'orthographe. Et pour la patience. Les élèves veulent tout, tout de suite.",
]

TRAP_FRAMES = [
    "Au {SCHOOL}, on utilise {AI} depuis la rentrée {YEAR} en {CLS}, surtout en salle {ROOM}.",
    "Nous avons comparé {AI} et {AI} : {PCT} des élèves de {CLS} préfèrent le second.",
    "La formation a eu lieu le {DATE} ({HRANGE}) au {SCHOOL} à {CITY}.",
    "L'article {LAW} rappelle nos obligations. Personne ne l'a lu.",
    "Le manuel {DDISC} (ISBN {ISBN}) propose déjà des activités avec {AI}.",
    "Budget voté en CA : {AMT} pour {NUM} licences {SOFT}. C'est beaucoup trop.",
    "Depuis la mise à jour {VER} de {SOFT}, les bugs se multiplient.",
    "Notes de mes élèves au contrôle avec l'IA : {NOTES}. Sans l'IA : {NOTES}. À méditer.",
    "On est à {CPCITY} et les établissements du secteur n'ont pas du tout le même équipement.",
    "Les travaux {STREETG} empêchent les bus d'arriver à l'heure ; l'IA, c'est le cadet de nos soucis.",
    "Claude, Gemini, Le Chat, Copilot, Perplexity : les élèves connaissent tout, et nous rien.",
    "Alexa et Siri sont déjà dans les chambres des enfants. L'école arrive après la bataille.",
    "Le rectorat {DCITY} a publié une note le {DATE}. Trois pages, zéro consigne concrète.",
    "Notre salle {ROOM} vient d'être équipée de {NUM} tablettes {BRAND}.",
    "Horaires du club IA : mardi {HRANGE}, salle {ROOM}. Venez nombreux !",
    "En {CLS}, on a préparé une sortie {PLACE_A} en demandant un itinéraire à {AI}. Il s'est trompé deux fois.",
    "Le {SCHOOL} et le {SCHOOL} mutualisent leurs ressources depuis {YEAR}.",
    "{AI} est bien meilleur que l'ancien modèle pour corriger les rédactions, d'après la version {VER} du comparatif interne.",
    "{PCT} des collègues de l'académie disent l'utiliser au moins une fois par semaine (enquête {YEAR}).",
    "RGPD, article {LAW}... franchement on ne sait plus ce qu'on a le droit de faire.",
    "Nous avons reçu {NUM} ordinateurs {BRAND} et {NUM} vidéoprojecteurs pour {AMT}.",
    "Réservation de la salle {ROOM} : le {DATE}, créneau {HRANGE}. Accès à {AI} bloqué par le proxy.",
    "Les {CLS} et les {CLS} ont participé au concours {SOFT} le {DATE}.",
    "Le lycée donne sur la {STREETG_ART}, près {PLACE_DE}, on ne manque pas de ressources culturelles.",
    "Statistiques de connexion à l'ENT (lundi à vendredi) : {STATS}.",
    "Le projet a coûté {AMT} TTC, subventionné à {PCT} par la région {REGION}.",
    "Entre 2021 et {YEAR}, l'usage déclaré a doublé.",
    "Albert, l'IA de l'État, n'est toujours pas ouverte aux enseignants. Dommage.",
    "Mon chat s'appelle {PET} et même lui réagit à la voix de l'assistant vocal. C'est dire.",
    "Rdv le {DATE} à {HOUR}, {SCHOOL}, salle {ROOM}. Ordre du jour : IA et évaluation.",
    "Le dossier est sur {SOFT}, rubrique « IA », version {VER}.",
    "Le département du Rhône (69) et la métropole ont cofinancé le projet à hauteur de {AMT}.",
    "Le bus 38 passe {STREETG} toutes les 12 minutes, les élèves révisent dedans avec {AI}.",
    "Plan de formation : {NUM} heures, {NUM} modules, {PCT} en présentiel.",
    "Les brevets blancs du {DATE} ont été en partie corrigés avec {AI}. Ça m'a choquée.",
    "Téléphone portable interdit au {SCHOOL} depuis {YEAR} (article {LAW}). L'IA passe par les ordinateurs.",
    "L'adresse du site est dans le carnet de liaison, page 12. Personne ne la trouve.",
    "Contact : voir le secrétariat (bureau {ROOM}, {HRANGE}).",
    "Mail envoyé à tout le personnel le {DATE}. Aucune réponse.",
    "Dossier n° 2024-0457 de demande de subvention : refusé, faute de « projet IA structurant ».",
    "{BRAND} a offert {NUM} casques de réalité virtuelle. Rien sur l'IA.",
    "Lycée Marie Curie, lycée Jean Moulin, collège Simone Veil : tous ont signé la charte du bassin.",
    "Nous avons visité Station F et le Campus Cyber à Paris avec les {CLS}. Très inspirant.",
    "Les classes de 6e A, 6e B et 6e C ont testé {SOFT} pendant {NUM} semaines.",
    "Version {VER} du référentiel, domaine 4.2 « protection et sécurité ». À relire.",
    "Coût par élève : {AMT}. Rapport qualité-prix douteux.",
    "Au salon Educatech, porte de Versailles, tous les stands parlaient d'IA.",
    "Les résultats du bac {YEAR} n'ont pas bougé, IA ou pas.",
    "Ils ont installé {SOFT} sur les {NUM} postes de la salle {ROOM}, sans nous demander.",
    "Numéro de classe, numéro de salle, numéro de badge : les élèves sont déjà des numéros, ne rajoutons pas l'IA.",
    "Nous habitons {CPCITY}, la fibre n'est toujours pas arrivée dans tous les foyers.",
    "Semaine du {DATE} : {NUM} cas de copies générées détectés en {CLS}.",
    "Avec le pass Culture ({AMT}), certains élèves ont acheté des abonnements d'IA !",
    "horaires : 8h-12h / 13h30-17h, sauf le mercredi. l'ia ne change rien à ça",
    "Le questionnaire arrive en plein conseil de classe ({DATE}, {HOUR}). Mauvais timing.",
    "La médiathèque {PLACE_DE} propose des ateliers IA le samedi. Gratuit, ouvert aux familles.",
    "{REGION} : {NUM} lycées pilotes, {PCT} d'élèves satisfaits selon la région.",
    "L'{ECOLE} n'a qu'un seul ordinateur pour {NUM} élèves. L'IA ? On en rit.",
    "Le rapport de l'inspection générale ({YEAR}) cite {SOFT} et {AI} comme exemples. Aucun chiffre.",
    "Code postal {CPCODE}, zone rurale, 40 minutes de bus : l'IA ne remplace pas un prof absent.",
    "Notre classe de {CLS} a un chien médiateur, {PET}. Il est plus utile que n'importe quel chatbot.",
    "Tarif éducation de {AI} : {AMT}. Pour {NUM} classes, faites le calcul.",
    "Le débat du {DATE} à l'amphithéâtre {ROOM} a réuni {NUM} personnes. Salle trop petite !",
    "Mistral, Lucie, Albert : on a des IA françaises, qu'on les utilise à l'école !",
    "Notre ENT est passé à la version {VER}. Le module « assistant IA » est désactivé par défaut.",
    "Moyennes du trimestre par classe : {NOTES}. Aucune corrélation avec l'usage de l'IA.",
    "Calculatrices {BRAND} obligatoires en {CLS}, IA interdite. Cohérent ?",
    "Réunion parents-profs le {DATE} à {HOUR} au {SCHOOL}, thème : écrans et IA.",
    "Le collège donne sur la {STREETG_ART}, juste en face {PLACE_DE}. Sorties faciles, IA inutile.",
    "Les chiffres de l'académie : {STATS} (en milliers de connexions).",
]

SURVEY_FRAMES = [
    "Au {SCHOOL}, c'est {PT}, professeur {DDISC}, qui a lancé l'expérimentation avec {AI}. Les élèves de {CLS} adorent, les collègues beaucoup moins.",
    "{PFF}, l'AESH de ma fille, utilise la dictée vocale avec elle depuis la Toussaint. Pour une enfant dyspraxique c'est un vrai soulagement.",
    "Je suis la maman de {PEM} ({CLS}). Il rend des rédactions parfaites à la maison et catastrophiques en classe... tout est dit.",
    "Réunion du {DATE} avec {PTM} (principal adjoint) et {PTF} (référente numérique) : on nous promet une charte « avant l'été ». On attend.",
    "Moi c'est {PFF}, déléguée des {CLS}. En heure de vie de classe avec {PT}, on a voté : la majorité veut apprendre à bien s'en servir plutôt qu'une interdiction.",
    "{PNK}, notre collègue {DDISC}, génère toutes ses fiches avec {AI}. Elles sont pas mal, mais il ne vérifie rien.",
    "Je repense souvent à une phrase de {PPUB} que ma professeure de philo aimait citer. L'outil ne doit pas penser à notre place.",
    "Les élèves m'ont cité {PPUB} et {PPUB} comme « inventeurs de ChatGPT ». Il y a du travail en éducation aux médias !",
    "J'ai signalé à {PT} le {DATE} qu'un élève avait fait rédiger tout son rapport de stage par l'IA. Aucune réponse à ce jour.",
    "Le {PDR}, médecin scolaire du secteur, nous a alertés : des élèves demandent des conseils de santé à un chatbot au lieu de venir à l'infirmerie.",
    "Le {PPR} est venu parler d'IA au {SCHOOL} : conférence passionnante, mais deux heures c'est court pour des {CLS}.",
    "{PINI} a rédigé pour le collège une charte d'usage très claire. On devrait la diffuser dans tout le département.",
    "« Madame, l'IA dit que {PPUB} a écrit Germinal ! » m'a lancé {PE} en plein cours. Début d'une excellente séance sur les sources.",
    "Compte rendu du conseil pédagogique – {DATE}\nPrésents : {PT}, {PT}, {PT}, {PF} (CPE)\nExcusé(e)s : {PT}\n1. Usage de l'IA en classe : pas de consensus.\n2. Prochaine réunion à fixer.",
    "Mon fils {PEM} a eu 18 au devoir maison et 6 au contrôle. Cherchez l'erreur. Merci {AI} 🙄",
    "slt c {PF} de {CLS}, perso jutilise l'ia pr les maths mais pas pr le francais sinon {PT} le voit direct mdr",
    "Avec {PNK} et {PNK}, on a testé le chatbot de l'ENT : il confond les emplois du temps des {CLS} et des {CLS}. Pas au point.",
    "{PT} a déclaré en conseil de classe : « Ceux qui utilisent l'IA auront zéro. » Ce n'est pas une politique éducative, c'est de l'intimidation.",
    "Je suis {PFULLF}, infirmière scolaire. Certains élèves se confient à un chatbot plutôt qu'à un adulte. Ça m'inquiète beaucoup.",
    "Le maire, {PTM}, a promis des tablettes « avec IA intégrée » pour toutes les écoles de la commune. Personne ne sait ce que ça veut dire.",
    "L'adjointe à l'éducation, {PFULLF}, nous soutient, mais le budget ne suit pas.",
    "Nous avons invité {PFULLF}, chercheuse à l'université {DCITY}, pour une conférence sur les biais des algorithmes. Salle comble !",
    "{PSF} et {PSF} animent depuis deux ans un atelier d'éducation aux médias au CDI. Ils y intègrent maintenant l'IA, c'est génial.",
    "Bilan en {CLS} :\n- {PE} : a compris qu'il fallait vérifier\n- {PE} : copie encore tout\n- {PE} : refuse de s'en servir\nBref, comme les adultes.",
    "En réunion, {PFULL} (IEN) nous a dit que l'IA était « une chance pour l'école inclusive ». Sur le terrain on ne voit rien venir.",
    "La proviseure, {PTF}, a interdit l'IA au lycée. Résultat : les élèves l'utilisent en cachette sur leur téléphone.",
    "Merci à {PF}, notre documentaliste, qui a créé des tutoriels pour apprendre à citer une réponse d'IA comme source.",
    "Je suis le père de {PE} et {PE}. Franchement je n'ai aucune idée de ce qu'ils font avec l'IA, et l'école non plus.",
    "D'après {PTM}, inspecteur {DDISC}, l'IA sera au programme d'ici deux ans. J'y crois moyennement.",
    "{PFULLF} m'a montré comment elle prépare sa différenciation avec {AI} : trois niveaux de texte en dix minutes. Bluffant.",
    "Notre CPE, {PF}, a repéré un groupe de {CLS} qui utilisait l'IA pour écrire des messages de harcèlement. C'est ça aussi, la réalité.",
    "ACCORD TOTAL avec {PT} : on ne peut pas évaluer un devoir maison aujourd'hui comme il y a dix ans.",
    "Pour moi (parent), le vrai souci c'est la protection des données. Le directeur, {PTM}, n'a jamais su me dire où partaient les données de {AI}.",
    "Je travaille en binôme avec {PFF} (AESH) : elle reformule les consignes, l'outil simplifie les textes. Le duo humain + machine marche bien.",
    "Ma collègue {PFULLF} pense que c'est la fin de la dissertation. Moi je pense que c'est le début d'autre chose.",
    "{PE} (6e B) m'a demandé si ChatGPT « était vivant ». Question très sérieuse, on en a parlé vingt minutes.",
    "À {CITY}, {PTF} coordonne un réseau d'écoles qui partagent leurs usages. Très utile pour les petites écoles rurales.",
    "{PFULL}\nProfesseur {DDISC}\n\nL'IA ? Un outil. Ni diable, ni sauveur.",
    "Je m'appelle {PFF} et je suis élue au conseil de la vie lycéenne. On demande une vraie formation, pas des interdictions.",
    "{PSF}, parent élu FCPE : nous voulons être associés aux décisions sur le numérique.",
    "On en a parlé au CA du {DATE}. {PT} (représentant des parents) était pour, {PT} (personnels) contre, {PTF} s'est abstenue.",
    "Les cours de {PT} sont devenus des « chasses à l'erreur » dans les textes générés. Mes enfants adorent.",
    "Ma fille {PEF} est en {CLS} au {SCHOOL}. Son professeur principal, {PTM}, leur a fait écrire une lettre à une IA. Drôle d'idée, mais ça les a fait réfléchir.",
    "Je suis d'accord avec ce que disait {PPUB} : l'instruction doit émanciper. Une IA qui pense à la place de l'élève fait l'inverse.",
    "Dans notre équipe : {PF} (maths), {PF} (anglais), {PF} (SVT) et moi. Quatre positions différentes, et c'est très bien comme ça.",
    "{PNK} m'a dit : « t'inquiète, l'IA elle corrige mieux que toi ». Merci pour la confiance 😅",
    "Les {CLS} de {PT} ont gagné un concours académique avec un projet sur l'IA et l'environnement. Bravo à eux !",
    "Je suis AED. {PFM}, en {CLS}, m'a expliqué comment contourner le filtre du réseau pour accéder à {AI}. Il a 12 ans.",
    "Pas d'avis tranché. Je fais confiance à {PT} et à l'équipe de direction pour proposer un cadre.",
    "{PFULLF} (professeure {DDISC}) et {PFULLM} (professeur {DDISC}) ont co-écrit un guide pour les collègues, disponible au CDI.",
    "Si vous voulez en discuter : {EM}.\n{PFULL}, enseignant {DDISC}",
    "Prête à témoigner si besoin, appelez-moi au {TEL}. {PFF}",
    "Un élève a collé dans le chatbot le numéro de sécu de sa mère ({NIR}) pour « remplir un formulaire ». Voilà où on en est de la sensibilisation.",
    "Une réponse de l'IA contenait le RIB de l'établissement, {IBAN}. Je l'ai signalé à {PT} immédiatement.",
    "Pour croiser avec d'autres réponses, notre UAI est {UAI}. {PFF}, principale adjointe.",
    "J'habite au {ADRIN} et aucune école du quartier n'a vu passer le moindre plan IA.",
    "Je suis {PFULL}, AESH à {CITY}. Mon téléphone pro : {TEL}. Je veux bien participer à un groupe de travail.",
    "{PT} m'a transmis votre questionnaire. Je réponds volontiers : l'IA est utile en {DISC}, à condition d'être encadrée. Contact : {EM}",
    "ma prof {PT} utilise chatgpt pour faire les controles et ca se voit trop lol",
    "Bonjour, {PFULL}, documentaliste au {SCHOOL} (UAI {UAI}). Nous organisons une semaine de l'IA en mars et cherchons des intervenants.",
    "Les agents de la mairie, notamment {PF} à l'accueil périscolaire, voient les enfants parler aux assistants vocaux. Il faut former tout le monde, pas seulement les profs.",
    "Nous avons eu un cas grave : un montage truqué visant une élève, {PEF}, a circulé. L'IA générative d'images est un vrai danger.",
    "Excellente initiative de {PT} : un « permis IA » pour les {CLS}, sur le modèle du permis internet.",
    "Ce que dit {PPUB} sur l'intelligence me semble juste : c'est un outil puissant mais sans jugement. Je le répète à mes élèves.",
    "Je suis inspectrice. Dans les classes que je visite, seule {PTF} a mis en place une réflexion structurée avec les élèves.",
    "Mon binôme {PNK} et moi on a comparé : {AI} fait moins de fautes que nous en orthographe, mais il invente des dates.",
    "Présents : {P} ; {P} ; {P}.\nSujet : l'IA au CDI.\nDécision : atelier pilote avec les {CLS}, animé par {PF}.",
    "Je donne la parole à ma fille, {PEF}, 14 ans : « l'IA ça aide mais ça rend flemmard ». Voilà.",
    "{PT} et {PT} ont monté un projet eTwinning sur l'IA avec un lycée de Cracovie. Les élèves ont adoré.",
    "Notre délégué {PEM} a posé la question au CVC : pourquoi les profs ont le droit et pas nous ? Personne n'a su répondre.",
    "Quand {PT} m'a montré le devoir rendu par mon fils {PEM}, j'ai compris que ce n'était pas lui qui l'avait écrit. On en a parlé à trois.",
    "Une citation attribuée à {PPUB} tourne en salle des profs : « la machine calcule, l'humain juge ». Vraie ou fausse, elle résume mon avis.",
    "Lettre ouverte des élèves de {CLS}\n\nNous demandons une formation à l'IA plutôt que des sanctions.\n\nSignataires : {PE}, {PE}, {PE}, {PE}.",
    "{PINI} (prof {DDISC}) et {PINI} (CPE) font un super boulot de prévention.",
    "RAS de mon côté. Par contre {PT} voudrait que vous le recontactiez au {TEL}.",
    "Il faudrait demander à {PT}, qui s'occupe du numérique à la circonscription {DCITY}. Son adresse : {EMC}.",
    "Je tiens à saluer {PFULLF}, notre ancienne principale, qui avait anticipé tout ça bien avant tout le monde.",
    "moi jsuis d'accord avec {PNK} : l'ia c'est pour les devoirs pas pour les contrôles 😂",
    "{PSF} (directeur d'école à {CITY}) : « Nous n'avons même pas un ordinateur par classe. Parler d'IA me paraît lunaire. »",
    "Mon fils {PEM} est suivi par l'orthophoniste {PT}, qui recommande certains outils. L'école, elle, les interdit. Incohérence totale.",
    "En tant qu'élue municipale, j'ai proposé avec {PFULL} un budget pour former les animateurs. Refusé.",
    "Le club robotique de {PTM} utilise l'IA pour la reconnaissance d'images. Les {CLS} sont à fond.",
    "Les grandes sections de {PTF} ont « discuté » avec un robot conversationnel. Les enfants ont vite compris que ce n'était « pas quelqu'un ».",
    "Conseil d'école du {DATE}\n• {PTF} (directrice) : présente le projet\n• {PT} (parents élus) : demande des garanties\n• {PF} (ATSEM) : rappelle le rôle des adultes",
    "{PE} et {PE}, mes deux délégués de {CLS}, ont fait un sondage : {PCT} des élèves utilisent l'IA chaque semaine.",
    "Sondage réalisé par {PFF} ({CLS}) pour le journal du lycée : l'IA est surtout utilisée la veille des contrôles.",
    "L'IEN, {PT}, nous a envoyé un guide. {PFULL}, conseiller pédagogique, propose un accompagnement. Bonne dynamique dans la circo.",
    "Question pour {PT} : pourquoi les parents n'ont-ils pas été invités à la réunion sur l'IA ?",
    "« Tu l'as fait toi-même ? » « Oui m'dame, juste relu par l'IA. » Dialogue réel avec {PE}, {CLS}.",
    "On a une AESH géniale, {PFF}, qui a appris toute seule à utiliser les outils de simplification de texte. Personne ne l'a formée.",
    "Je réponds au nom de l'équipe {DDISC} : {PT}, {PT} et moi-même sommes favorables à une expérimentation encadrée.",
    "Mlle {LASTONLY}, stagiaire en {DISC}, a fait une séance remarquable sur les biais de l'IA. Elle ira loin.",
    "MON AVIS : STOP. {PT} nous impose {AI} sans concertation. On n'est pas des cobayes.",
    "Je remercie {PPUB}... enfin, ses livres, qui m'ont donné envie d'enseigner autrement. L'IA n'y changera rien.",
    "{PFULL} ({ROLE}) : « l'IA peut aider, mais seulement si l'adulte reste présent. »",
    "ya {PEM} qui a fait tout son exposé avec l'ia et il a eu 17, {PT} a rien vu",
    "Nous sommes trois parents ({PFULL}, {PFULL} et moi) à avoir écrit au principal. Pas de réponse.",
    "{PFULL} a été la seule à nous proposer une formation à l'IA cette année. Merci à elle.",
    "Compte rendu – commission numérique\nPrésents : {PT}, {PT}, {PINI}, {PF} (élève)\nAbsent : {PT}\nLa commission propose une charte commune pour {YEAR}.",
    "Je suis {PFULL}, prof {DDISC} en lycée. Franchement je préfère qu'on apprenne aux élèves à s'en servir. Pour en parler : {TEL}.",
    "Notre principal {PTM} a lu la charte à voix haute devant tous les {CLS}. Personne n'a écouté.",
    "Le chauffeur du car, {PF}, m'a dit que les élèves ne parlent plus entre eux : ils parlent à leur téléphone.",
    "{PT}, psychologue de l'Éducation nationale, observe une anxiété nouvelle liée à l'IA chez certains élèves.",
    "J'ai vu {PFM} ({CLS}) expliquer à sa grand-mère comment fonctionne {AI}. Magnifique moment de transmission à l'envers.",
    "Parent, je vous écris depuis {CITY}. Mon adresse, puisque vous demandez d'où on répond : {ADRIN}.",
    "L'infirmière, {PTF}, a créé une affiche « Parle à un humain ». Simple et efficace.",
    "Mes élèves ont interviewé {PFULLF}, ingénieure chez un éditeur de logiciels, sur le fonctionnement des modèles de langage. Passionnant.",
    "Un parent, {PT}, m'a envoyé un mail de trois pages contre l'IA. Je le comprends en partie.",
    "Sur Pronote, {PT} a publié une consigne : « IA interdite pour le devoir de {DATE} ». Comment vérifier ?",
    "La CPE ({PFF}) et l'assistante sociale ({PFF}) ont organisé une soirée parents sur les écrans et l'IA.",
    "{PT} s'occupe du dossier numérique depuis le départ de {PT}. Depuis, plus rien n'avance.",
    "Mon fils {PEM} demande à {AI} de lui expliquer ses leçons « comme à un enfant de 5 ans ». Il comprend mieux. Je ne sais pas quoi en penser.",
    "Pour info, le collège a changé d'adresse, c'est maintenant {ADR1}. {PF} du secrétariat.",
    "Depuis l'incendie de notre immeuble, on vit {ADRCHEZ}. Mon fils {PEM} fait ses devoirs sur le téléphone de son cousin, avec l'IA évidemment.",
    "Sur la plateforme, il fallait saisir l'UAI ({UAI}) et même le NIR de l'élève ({NIR}) ! C'est légal, ça ? {PFF}, parent.",
]

FORM_FRAMES = [
    "Nom et prénom : {PSF}\nFonction : {ROLE}\nÉtablissement : {SCHOOL} – UAI {UAI}\nCourriel : {EM}\nTél. : {TEL}",
    "Madame, Monsieur,\n\nSuite à votre questionnaire, je vous communique mes coordonnées pour le groupe de travail :\n{ADR}\nTél. {TEL}\nMél : {EMC}\n\nVeuillez agréer, Madame, Monsieur, mes salutations distinguées.\n\n{PSIG}",
    "Objet : questionnaire IA – recontact\n\nBonjour,\nJe veux bien participer aux entretiens. Mon numéro : {TEL}.\nBonne journée,\n{PF}",
    "[14:02] {PF_1} : tu as le mail de la référente ?\n[14:03] {PF_2} : {EM}\n[14:03] {PF_1} : merci !!",
    "Pour le remboursement de mes frais (formation IA du {DATE}) :\nTitulaire : {PFULL}\nIBAN : {IBAN}\nAdresse : {ADR1}",
    "Intervenant : {PT}\nN° de sécurité sociale : {NIR}\nIBAN : {IBAN}\nAdresse :\n{ADR}",
    "Coordonnées de l'établissement : {SCHOOL}, {ADR1}. UAI : {UAI}. Secrétariat : {TEL} – {EMC}",
    "Oui je veux bien être recontactée, plutôt le soir au {TEL} ou par mail : {EMO}",
    "Mes coordonnées : {PSF} — {ADR1} — {TEL}",
    "Merci de m'envoyer la synthèse à {EM}.\nPS : j'ai déménagé, ma nouvelle adresse est {ADRIN}.",
    "Convention d'intervention – élève stagiaire\nNom, prénom : {PFULL}\nNé(e) le {DATE}\nNIR : {NIR}\nDomicile : {ADRCHEZ}\nResponsable légal : {PT}, {TEL}",
    "À renvoyer signé à : {PT}, {ADR}",
    "--\n{PFULL}\n{ROLE}\n{SCHOOL}\n{ADR}\nTél : {TEL} | {EMC}",
    "Contacts du groupe IA du bassin :\n- {P} : {EMC}\n- {P} : {TEL}\n- {P} : {EMC}\n- {P} ({SCHOOL}, {UAI})",
    "tel {TEL} mail {EM} merci de rappeler apres 17h",
    "Je suis {PFULL}, AESH. Vous pouvez m'écrire au {ADRIN}, ou m'appeler au {TEL}.",
    "Inscription formation IA : {PFULL} / {UAI} / {EMC} / {TEL}",
    "Pour la prime d'équipement : NIR {NIR}, RIB ci-dessous.\n{IBAN}\nMerci !\n{PF}",
    "Madame l'Inspectrice,\n\nJe me permets de vous adresser ma candidature pour la mission « IA et pédagogie ». J'enseigne au {SCHOOL} (UAI {UAI}) depuis plusieurs années.\n\nVous pouvez me joindre au {TEL} ou par courrier :\n{ADR}\n\nRespectueusement,\n{PSIG}",
    "Bonjour,\nje suis la maman de {PE} ({CLS}). Je voudrais qu'on me rappelle au sujet de l'IA en classe.\n{TEL}\n{PTF}",
    "Coordonnées bancaires de l'association des parents (achat de licences) :\nIBAN {IBAN}\nTrésorière : {PFULLF}, {ADRIN}",
    "Nouveau contact enregistré :\n{PFULL}\n{EM}\n{TEL}\n{ADR}",
    "Salut ! c'est {PNK}. mon num a changé : {TEL}. et mon mail perso c'est {EMO}",
    "Veuillez trouver ci-dessous ma fiche de renseignements :\n• Nom : {PSF}\n• N° SS : {NIR}\n• Adresse : {ADR1}\n• IBAN : {IBAN}",
    "Dossier de vacation – intervenant extérieur\n{PT}\nNIR {NIR}\n{ADR}\nRIB : {IBAN}",
    "L'établissement pilote est le {SCHOOL} ({UAI}), {ADR1}. Référent : {PT}, {EMC}.",
    "Établissements participants :\n1. {UAI} – {SCHOOL}\n2. {UAI} – {SCHOOL}\n3. {UAI} – {SCHOOL}",
    "Merci de contacter {PF} à la vie scolaire : {TEL} (ligne directe) ou {EMC}.",
    "Bonjour, c'est pour la réunion de jeudi. Je viendrai avec {PT}. Si retard : {TEL}. À jeudi, {PF}",
    "Adresse pour l'envoi des tablettes :\n{ADRCHEZ}",
    "Je veux bien être recontacté.\n{PFULLM}\n{ADR}",
    "mon adresse c {ADRIN} et mon tel {TEL}",
    "Formulaire de recontact\nIdentité : {PT}\nCourriel : {EM}\nTéléphone : {TEL}\nDisponibilités : le mercredi après-midi",
    "Pour le versement de l'indemnité de jury, voici mon IBAN : {IBAN} ainsi que mon numéro de sécurité sociale : {NIR}.\nCordialement,\n{PSIG}",
    "Mairie {DCITY} – Service éducation\nAffaire suivie par {PFULL}\n{ADR}\n{TEL}",
    "RIB du foyer socio-éducatif : {IBAN} (titulaire : FSE du {SCHOOL})",
    "Écrivez-moi plutôt à {EMO}, l'adresse académique ne marche plus.",
    "Coordonnées complètes :\n{PFULL}\n{ADR}\nPortable : {TEL}\nFixe : {TEL}\nMail : {EMC}",
    "Bonjour, voici les infos demandées pour mon fils {PEM} :\nNIR du parent : {NIR}\nAdresse : {ADR1}\nTél : {TEL}",
    "Délégué à la protection des données : {PT} – {EMC} – {TEL}",
    "Le chèque est à envoyer à {PT}, trésorier de l'APE, {ADR}.",
    "Je souhaite recevoir le compte rendu. {EM}",
    "UAI : {UAI}\nAdresse : {ADR}\nChef d'établissement : {PT}",
    "Pour les parents qui veulent nous rejoindre : {PFULLF} (présidente) {TEL}, {PFULL} (secrétaire) {EMC}",
    "Remboursement à faire sur le compte {IBAN}, au nom de {PSF}. Merci.",
    "Mon NIR, puisque le formulaire le demande (je ne vois pas pourquoi...) : {NIR}",
    "Envoyez le questionnaire papier à : {ADRCHEZ}. Merci.",
    "Bonsoir, je n'arrive pas à me connecter au formulaire. Pouvez-vous me rappeler au {TEL} ? {PT}",
    "Cordonnées (sic) : {PFULL}, {ADRIN}, {TEL}, {EM}",
    "Pour tout contact : {EMC}\nou par courrier : {ADR}",
    "Cabinet du {PDR}\n{ADR}\nTél. {TEL}",
    "Fiche intervenant :\nNom : {PSF}\nUAI de rattachement : {UAI}\nNIR : {NIR}\nIBAN : {IBAN}\nTéléphone : {TEL}",
    "Je vous laisse mon RIB : {IBAN}\net mon adresse : {ADR}",
    "hello c {PF} ! voila mon mail {EMO} et mon portable : {TEL}",
    "Secrétariat du {SCHOOL}\n{ADR}\nUAI {UAI}\n{TEL}\n{EMC}",
    "Je soussignée {PFULLF}, demeurant {ADRIN}, autorise l'utilisation de mes réponses à des fins de recherche.",
    "Adresse de facturation : {ADR1}\nAdresse de livraison : {ADRCHEZ}",
    "Coordonnées du délégué des parents : {P}, {TEL}, {EMC}",
    "Nous sommes joignables au standard du lycée ({TEL}) ou sur place : {ADR1}.",
    "Je vous transmets mes coordonnées pour l'atelier :\n{PFULL}\n{ADR}\n{TEL}\n\nPS : je suis disponible le mercredi.",
    "Re: groupe de travail IA\n\n> Pouvez-vous nous confirmer vos coordonnées ?\n\nOui : {EM}, {TEL}. Et l'UAI de mon école : {UAI}.\n{PF}",
    "Liste des référents numériques :\n{PSF} – {UAI} – {EMC}\n{PSF} – {UAI} – {EMC}",
    "Bonjour, je suis {PTF}, la grand-mère de {PE}. Je n'ai pas internet, écrivez-moi à : {ADR}",
    "Paiement de l'intervention du {DATE} : virement sur {IBAN} ({PFULL}). Numéro de sécurité sociale pour la DSN : {NIR}.",
    "Pièces du dossier de {PFULL} :\n- NIR : {NIR}\n- RIB : {IBAN}\n- justificatif de domicile : {ADR1}",
    "Pouvez-vous corriger mon IBAN ? Le bon est {IBAN}, pas {IBAN}. Merci. {PF}",
    "Fiche de liaison\nÉlève : {PE} ({CLS})\nResponsable 1 : {PT} – {TEL}\nResponsable 2 : {PT} – {TEL}\nAdresse : {ADR}",
    "Expéditeur : {PT}\n{ADR}\n\nDestinataire : Rectorat – DANE\n{ADR}",
    "Le lycée a deux sites : {ADR1} et {ADR1}. UAI principal : {UAI}.",
    "Coordonnées pour la convention : {SCHOOL}, UAI {UAI}, représenté par {PT}, {ROLE}. Adresse : {ADR1}.",
    "Je mets aussi en copie {PFULL} ({EMC}) qui pilote le projet côté mairie.",
    "À l'attention de {PT}\nObjet : candidature atelier IA\nNIR : {NIR}\nTél : {TEL}\n\nBien cordialement,\n{PSIG}",
    "mon numero de secu c {NIR} et mon iban {IBAN} voila pour le remboursement",
    "Pour l'assurance de la sortie au salon de l'IA : {PFULL}, NIR {NIR}, {ADRIN}.",
    "Coordonnées de l'association :\nAPE {ECOLE}\n{ADR}\nIBAN : {IBAN}\nContact : {EMO}",
    "Je vous rappelle mon adresse :\n{ADRCHEZ}\nTél. {TEL}",
    "Correspondant à l'étranger : {PFULL}, {EMC}, {TEL}",
    "Je suis hébergée en ce moment, merci de m'écrire {ADRCHEZ}. {PFF}",
    "Adresse de correspondance (provisoire) :\n{ADRCHEZ}\nTél. {TEL}",
    "Remboursement des frais de mission\nBénéficiaire : {PFULL}\nNIR : {NIR}\nIBAN : {IBAN} (BIC {BIC})\nÉtablissement d'exercice : {UAI}",
    "Erratum : mon numéro de sécurité sociale est {NIR} (et non {NIR} comme indiqué sur la fiche). {PSIG}",
    "Écoles du réseau concernées : {UAI}, {UAI}, {UAI} et {UAI}.",
    "Pour le paiement des heures : IBAN {IBAN} – BIC {BIC} – titulaire {PSF}.",
    "Dossier complet de {PT} :\nUAI d'affectation : {UAI}\nN° INSEE : {NIR}\nCompte : {IBAN}",
]

SURVEY_OPENERS = ["Bonjour,\n", "Réponse d'une enseignante : ", "Avis perso : ", "Alors.\n",
                  "Question difficile !\n", "Parent d'élève ici. ", "En tant que {ROLE}, je dirais ceci.\n",
                  "Q : Que pensez-vous de l'usage de l'IA dans les établissements scolaires ?\nR : ",
                  "Mon avis en bref :\n", "Bonsoir. "]
SURVEY_PS = ["\n\nPS : désolé pour les fautes, je réponds depuis mon téléphone.",
             "\n\nPS : merci à {PF} qui m'a transmis le lien.",
             "\n\nP.S. Si besoin, je suis joignable au {TEL}.",
             "\nPS: mon mail si vous voulez : {EM}",
             "\n\nPs : {PTF} est d'accord avec moi, elle n'a pas eu le temps de répondre.",
             "\n\nP.-S. : lisez {PPUB}, tout y est.",
             "\nPS : vive les profs !",
             "\n\nPS : je reste disponible pour en parler ({EMC}).",
             "\n\nPS - pardon pour la longueur.",
             "\n\nPS : ma collègue {PFULLF} voudrait aussi répondre, pouvez-vous lui renvoyer le lien ?",
             "\n\nPS : notre UAI si utile : {UAI}"]
SURVEY_SIGNS = ["\n\nCordialement,\n{PSIG}", "\n\nBien à vous,\n{PSIG}", "\n\nMerci pour cette enquête.\n{PSIG}",
                "\n— {PSIG}, {ROLE}", "\n\nBonne continuation,\n{PF}", "\nAmicalement, {PF}",
                "\n\nSalutations,\n{PSIG}\n{ROLE}", "\nbisous {PNK}", "\n\n{PSIG}"]
FORM_OPENERS = ["Bonjour,\n", "Bonjour,\n\n", "Madame, Monsieur,\n", "Re-bonjour,\n", "Hello,\n",
                "Chère Madame,\n", "Monsieur l'Inspecteur,\n\n", "Suite à notre échange, "]
FORM_CLOSINGS = ["\n\nCordialement,\n{PSIG}", "\n\nBien cordialement,\n{PSIG}", "\nMerci d'avance.\n{PSIG}",
                 "\n\nBonne soirée,\n{PF}", "\n\nBien à vous\n{PSIG}\n{ROLE}", "\nA+ {PNK}",
                 "\n\nRespectueusement,\n\n{PSIG}"]

# ---------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------

SLOT_RE = re.compile(r"\{([A-Z][A-Z0-9_]*?)(?:_(\d))?\}")


def extra_slot(name):
    if name == "LASTONLY":
        first, last, _ = pick_name("F")
        return [(last, "PERSONNE")]
    if name == "STREETG_ART":
        s = ch([x for x in STREETS_G if x.startswith(("rue", "place"))])
        return [(s, None)]
    if name == "CPCODE":
        return [(ch(CITIES_CP)[0], None)]
    raise KeyError(name)


def render(template):
    segs = []
    memo = {}
    pos = 0
    for m in SLOT_RE.finditer(template):
        if m.start() > pos:
            segs.append((template[pos:m.start()], None))
        name, ref = m.group(1), m.group(2)
        key = (name, ref)
        if ref is not None and key in memo:
            segs.extend(memo[key])
        else:
            fn = SLOTS.get(name)
            out = fn() if fn else extra_slot(name)
            out = [tuple(s) for s in out]
            if ref is not None:
                memo[key] = out
            segs.extend(out)
        pos = m.end()
    if pos < len(template):
        segs.append((template[pos:], None))
    return segs


def norm_segs(segs):
    """(text, kind[, wrong]) -> list of [text, kind, wrong]"""
    out = []
    for s in segs:
        text, kind = s[0], s[1]
        wrong = s[2] if len(s) > 2 else None
        out.append([text, kind, wrong])
    return out


TRANSFORMABLE = (None, "PERSONNE", "ADRESSE")


def apply_transforms(segs, cat):
    if cat == "form":
        p_low, p_noacc, p_typo, p_up = 0.04, 0.05, 0.05, 0.0
    else:
        p_low, p_noacc, p_typo, p_up = 0.10, 0.08, 0.10, 0.02
    if rng.random() < p_up:
        for s in segs:
            if s[1] in TRANSFORMABLE:
                s[0] = s[0].upper()
    elif rng.random() < p_low:
        for s in segs:
            if s[1] in TRANSFORMABLE:
                s[0] = s[0].lower()
    if rng.random() < p_noacc:
        for s in segs:
            if s[1] in TRANSFORMABLE:
                s[0] = strip_accents(s[0])
    if rng.random() < p_typo:
        cands = [i for i, s in enumerate(segs) if s[1] is None and
                 re.search(r"[a-zà-ÿ]{6,}", s[0])]
        for _ in range(rng.randint(1, 2)):
            if not cands:
                break
            i = ch(cands)
            words = list(re.finditer(r"[a-zà-ÿ]{6,}", segs[i][0]))
            if not words:
                continue
            w = ch(words)
            t = w.group(0)
            j = rng.randint(1, len(t) - 3)
            op = ch(["swap", "drop", "double"])
            if op == "swap":
                nt = t[:j] + t[j + 1] + t[j] + t[j + 2:]
            elif op == "drop":
                nt = t[:j] + t[j + 1:]
            else:
                nt = t[:j] + t[j] + t[j:]
            s0 = segs[i][0]
            segs[i][0] = s0[:w.start()] + nt + s0[w.end():]
    return segs


def assemble(segs):
    """join segments; returns (text, entities[(kind, text, start, end, wrong)]) or None"""
    merged = []
    for text, kind, wrong in segs:
        if text == "":
            continue
        if kind is None and merged and merged[-1][1] is None:
            # avoid doubled dots produced by "L." + "."
            if merged[-1][0].endswith(".") and text.startswith(".") and not text.startswith(".."):
                text = text[1:]
            merged[-1][0] += text
        else:
            if kind is None and merged and merged[-1][1] is not None and \
                    text.startswith(".") and merged[-1][0].endswith("."):
                text = text[1:]
            merged.append([text, kind, wrong])
    out = []
    ents = []
    pos = 0
    for text, kind, wrong in merged:
        if kind is not None:
            ents.append((kind, text, pos, pos + len(text), wrong))
        out.append(text)
        pos += len(text)
    full = "".join(out)
    # validation: find() from end of previous entity must land exactly on each entity
    prev_end = 0
    for kind, et, a, b, _ in ents:
        if et != et.strip() or not et:
            return None
        if full.find(et, prev_end) != a:
            return None
        prev_end = b
    if full != full.strip():
        full_stripped = full.strip()
        lead = len(full) - len(full.lstrip())
        full = full_stripped
        ents = [(k, t, a - lead, b - lead, w) for k, t, a, b, w in ents]
    return full, ents


def compose(cat):
    """returns (template_key, template_string)"""
    if cat == "none":
        i = rng.randrange(len(NONE_FRAMES))
        t = NONE_FRAMES[i]
        if rng.random() < 0.12:
            j = rng.randrange(len(NONE_FRAMES))
            if j != i:
                t = t + ch([" ", "\n", "\n\n"]) + NONE_FRAMES[j]
        return ("none", i), t
    if cat == "trap":
        i = rng.randrange(len(TRAP_FRAMES))
        t = TRAP_FRAMES[i]
        if rng.random() < 0.15:
            t = ch(NONE_FRAMES) + ch([" ", "\n"]) + t
        elif rng.random() < 0.1:
            t = ch(["Bonjour,\n", "Avis : ", "Alors voilà. ", "Réponse rapide : "]) + t
        return ("trap", i), t
    if cat == "survey":
        i = rng.randrange(len(SURVEY_FRAMES))
        t = SURVEY_FRAMES[i]
        if rng.random() < 0.14:
            t = ch(SURVEY_OPENERS) + t
        if rng.random() < 0.08:
            t = t + ch(["\n", "\n\n"]) + ch(NONE_FRAMES)
        if rng.random() < 0.14:
            t = t + ch(SURVEY_PS)
        if rng.random() < 0.10 and not t.rstrip().endswith("}"):
            t = t + ch(SURVEY_SIGNS)
        return ("survey", i), t
    i = rng.randrange(len(FORM_FRAMES))
    t = FORM_FRAMES[i]
    if rng.random() < 0.2 and (":\n{ADR}" in t or ": {ADR}" in t):
        t = t.replace(":\n{ADR}", ":\n{ADRCHEZ}", 1).replace(": {ADR}", ": {ADRCHEZ}", 1)
    if rng.random() < 0.15 and not t.startswith(("Madame", "Bonjour", "--", "[", "Objet")):
        t = ch(FORM_OPENERS) + t
    if rng.random() < 0.12 and "{PSIG}" not in t and "{PF}" not in t[-8:]:
        t = t + ch(FORM_CLOSINGS)
    return ("form", i), t


def make_candidate(cat):
    while True:
        key, tpl = compose(cat)
        segs = norm_segs(render(tpl))
        segs = apply_transforms(segs, cat)
        res = assemble(segs)
        if res is None:
            continue
        text, ents = res
        assert "{" not in text and "}" not in text, text
        if cat in ("none", "trap"):
            assert not ents
        return key, text, ents


def main():
    cats = []
    for c, n in N_ITEMS.items():
        cats += [c] * n
    rng.shuffle(cats)
    done = {c: 0 for c in N_ITEMS}
    cur = {c: Counter() for c in N_ITEMS}
    uses = Counter()
    items = []
    for cat in cats:
        n = N_ITEMS[cat]
        i = done[cat]
        best = None
        for _ in range(9):
            key, text, ents = make_candidate(cat)
            c = Counter(k for k, *_ in ents)
            cost = 0.0
            for k in KINDS:
                T = TARGETS[cat][k]
                expected = T * (i + 1) / n
                rate = T / n
                dev = cur[cat][k] + c[k] - expected
                cost += dev * dev / (rate + 0.5)
            cost += 0.35 * uses[key]
            cost += rng.random() * 1e-6
            if best is None or cost < best[0]:
                best = (cost, key, text, ents)
        _, key, text, ents = best
        uses[key] += 1
        done[cat] += 1
        for k, *_ in ents:
            cur[cat][k] += 1
        for k, _t, _a, _b, wrong in ents:
            if k in WRONG_STATS:
                WRONG_STATS[k][1] += 1
                WRONG_STATS[k][0] += 1 if wrong else 0
        items.append((cat, key, text, ents))

    # final checks and output
    lines = []
    totals = Counter()
    for idx, (cat, key, text, ents) in enumerate(items, 1):
        prev_end = 0
        out_ents = []
        for k, et, a, b, _w in ents:
            assert k in KINDS
            pos = text.find(et, prev_end)
            assert pos == a, (idx, k, et)
            assert text[a:b] == et
            assert a >= prev_end  # no overlap, in order
            prev_end = b
            out_ents.append({"kind": k, "text": et})
            totals[k] += 1
        lines.append(json.dumps({"id": "k%03d" % idx, "text": text, "entities": out_ents},
                                ensure_ascii=False))
    assert len(lines) == 400
    assert len(set(l for l in lines)) == 400
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(OUT, "wb") as f:
        f.write(data)

    # re-read and re-check the written file
    with open(OUT, encoding="utf-8") as f:
        rows = [json.loads(l) for l in f]
    assert len(rows) == 400
    for r in rows:
        prev = 0
        for e in r["entities"]:
            p = r["text"].find(e["text"], prev)
            assert p >= 0
            prev = p + len(e["text"])

    cat_counts = Counter(c for c, *_ in items)
    distinct = len(set(key for _, key, _, _ in items))
    print("items per category:", dict(cat_counts))
    print("distinct frames used:", distinct,
          "/ available:", len(NONE_FRAMES) + len(TRAP_FRAMES) + len(SURVEY_FRAMES) + len(FORM_FRAMES),
          "(+ %d openers / PS / closings)" % (len(SURVEY_OPENERS) + len(SURVEY_PS) + len(SURVEY_SIGNS)
                                              + len(FORM_OPENERS) + len(FORM_CLOSINGS)))
    for c in ("survey", "form"):
        print("  %-7s" % c, " ".join("%s=%d/%d" % (k, cur[c][k], TARGETS[c][k]) for k in KINDS))
    print("entities per kind:")
    for k in KINDS:
        print("  %-10s %d" % (k, totals[k]))
    print("  %-10s %d" % ("TOTAL", sum(totals.values())))
    print("wrong check keys:")
    for k in ("NIR", "IBAN", "UAI"):
        w, t = WRONG_STATS[k]
        print("  %-5s %d / %d = %.1f %%" % (k, w, t, 100.0 * w / t if t else 0.0))
    print("output:", OUT_REL)
    print("md5:", hashlib.md5(data).hexdigest())


if __name__ == "__main__":
    main()
