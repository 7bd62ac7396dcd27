#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Blind evaluation set n°7 for the personal-data masker.

Written independently of the detector, of its tuning data and of the other
generators of this folder (none of them was read).  Standard library only,
fully deterministic (random.Random(SEED)).

Run from the repository root:

    python3 scripts/bench/pii_make_blind7.py

Writes Tests/PrivacyTests/Fixtures/pii_blind7.jsonl : 400 lines
    {"id": "g001", "text": "...", "entities": [{"kind": K, "text": "..."}]}
Entities are listed in order of appearance; each one is found by
text.find(entity_text, end_of_previous_entity) at exactly its place
(asserted below), and no two entities overlap.

Content: French free-text answers to the survey
« Que pensez-vous de l'usage de l'IA dans les établissements scolaires ? »
(teachers, heads of school, staff) plus answers to the follow-up form where
people leave contact details.

Labelling conventions
  PERSONNE  titles (M., Mme, Dr, monsieur...) excluded; an initial after a
            title is the letter alone (« Mme L. » -> « L »); first name +
            surname = one entity; a first name next to a role or a class is
            labelled alone; trailing abbreviation dots excluded
            (« J.-P. R. » -> « J.-P. R »); public figures are persons;
            names inside e-mails, schools, streets, places, pets, brands and
            AI products are not persons.
  EMAIL     the whole address, obfuscated forms included.
  TELEPHONE the number with its international prefix, no label.
  NIR / IBAN / UAI  the whole identifier with its inner separators; about
            40 % carry a deliberately wrong check key, labelled all the same.
  ADRESSE   from the house number to the end of the city (or of the street
            / postcode when no city is given); complements included.
"""

import hashlib
import json
import os
import re
import random
import sys
import unicodedata
from collections import Counter

SEED = 3122026
OUT_PATH = os.path.join("Tests", "PrivacyTests", "Fixtures", "pii_blind7.jsonl")

N_TOTAL = 400
N_PLAIN = 60
N_TRAP = 70
N_SURVEY = 150
N_FORM = 120
N_SURVEY_WITH_ID = 60
TARGET_ID = 62
TARGET_PERSON = 420
WRONG_RATE = 0.40

P = "PERSONNE"
KINDS = ["PERSONNE", "EMAIL", "TELEPHONE", "NIR", "IBAN", "UAI", "ADRESSE"]
ID_KINDS = KINDS[1:]
CHECKED = ("NIR", "IBAN", "UAI")

assert N_PLAIN + N_TRAP + N_SURVEY + N_FORM == N_TOTAL

# ---------------------------------------------------------------------------
# Names (hand-picked for this set; several origins; some are common words)
# ---------------------------------------------------------------------------

FIRST = {
    "fr": {
        "f": ["Aurélie", "Sandrine", "Hélène", "Maëlle", "Solène", "Clémence", "Anne-Laure",
              "Marie-Claude", "Rose", "Blanche", "Capucine", "Violette", "Bérénice", "Ghislaine",
              "Murielle", "Pascale", "Delphine", "Albane", "Apolline", "Mathilde", "Géraldine",
              "Coralie", "Marjorie", "Laëtitia", "Gaëlle", "Véronique", "Élodie", "Noémie",
              "Colombe", "Marguerite", "Perrine", "Adèle", "Françoise", "Camille"],
        "m": ["Thibault", "Grégoire", "Benoît", "Pierre", "Jean-Baptiste", "Pierre-Yves",
              "Jean-Philippe", "Marc", "Hugues", "Anatole", "Baptiste", "Régis", "Didier",
              "Gaëtan", "Arnaud", "Clément", "Romain", "Sylvain", "Fabrice", "Hervé", "Jean-Marc",
              "Lionel", "Florent", "Aymeric", "Constant", "Gautier", "Basile", "Olivier",
              "Laurent", "Noël", "Claude", "Albert", "Vincent", "Dominique"],
    },
    "bzh": {
        "f": ["Nolwenn", "Gwenaëlle", "Soizic", "Maïwenn", "Anaïg", "Rozenn", "Katell", "Enora",
              "Morgane"],
        "m": ["Erwan", "Ronan", "Loïc", "Yannick", "Gwénolé", "Tanguy", "Corentin", "Yann",
              "Goulven"],
    },
    "corse": {
        "f": ["Marie-Ange", "Letizia", "Francesca", "Paola", "Santina", "Antonia", "Ghjulia"],
        "m": ["Ange", "Jean-Toussaint", "Paul-Antoine", "Saveriu", "Orsu", "Pierre-Paul",
              "Ghjuvan", "Dumenicu"],
    },
    "magh": {
        "f": ["Samira", "Nadia", "Fatima-Zahra", "Leïla", "Khadija", "Myriam", "Zineb", "Salima",
              "Houria", "Naïma", "Yasmina", "Kenza", "Rania", "Souad"],
        "m": ["Karim", "Yassine", "Mehdi", "Rachid", "Amine", "Sofiane", "Nassim", "Ilyès", "Bilal",
              "Farid", "Hocine", "Mourad", "Abdelkader", "Djamel", "Walid", "Tarek"],
    },
    "afr": {
        "f": ["Aminata", "Fatoumata", "Awa", "Kadiatou", "Aïssatou", "Mariam", "Ramatoulaye",
              "Adjoa", "Nafissatou", "Coumba", "Rokia"],
        "m": ["Moussa", "Mamadou", "Ousmane", "Seydou", "Ibrahima", "Boubacar", "Souleymane",
              "Cheikh", "Lamine", "Kofi", "Abdoulaye", "Modibo"],
    },
    "pt": {
        "f": ["Inês", "Filipa", "Joana", "Conceição", "Beatriz", "Mariana", "Rita", "Sofia"],
        "m": ["João", "Tiago", "Gonçalo", "Rui", "Sérgio", "Nuno", "Duarte", "Vasco", "Joaquim"],
    },
    "tr": {
        "f": ["Elif", "Zeynep", "Ayşe", "Selin", "Büşra", "Merve", "Esra", "Derya"],
        "m": ["Emre", "Mehmet", "Burak", "Deniz", "Oğuz", "Murat", "Kemal", "Serkan", "Hakan"],
    },
    "vn": {
        "f": ["Linh", "Thu", "Huong", "Lan", "Ngoc", "Thao", "Trang", "Hoa"],
        "m": ["Minh", "Quang", "Thanh", "Bao", "Duc", "Hieu", "Tuan", "Khanh"],
    },
    "est": {
        "f": ["Agnieszka", "Oksana", "Katarzyna", "Irina", "Vesna", "Jelena", "Ioana", "Magdalena",
              "Svetlana", "Milena", "Zuzana"],
        "m": ["Piotr", "Dmitri", "Bogdan", "Milan", "Andrei", "Tomasz", "Mihai", "Pavel",
              "Jaroslav", "Goran", "Vasile"],
    },
    "ant": {
        "f": ["Maryse", "Lucette", "Christiane", "Marie-Line", "Ginette", "Sylvaine", "Francette",
              "Rosette", "Murielle"],
        "m": ["Joël", "Firmin", "Ludovic", "Harry", "Dany", "Jocelyn", "Teddy", "Rony", "Fritz",
              "Max"],
    },
    "reu": {
        "f": ["Marie-Josée", "Annick", "Clarisse", "Nadège", "Priscilla", "Mélissa", "Jessica"],
        "m": ["Jean-Hugues", "Dimitri", "Mickaël", "Jean-Claude", "Johnny", "Gilbert", "Ruddy",
              "Jean-Max"],
    },
    "als": {
        "f": ["Odile", "Christelle", "Sabine", "Doris", "Anne-Catherine"],
        "m": ["Gérard", "Bernard", "Joseph", "Frédéric", "Jean-Luc"],
    },
    "basq": {
        "f": ["Maite", "Amaia", "Itziar", "Garazi"],
        "m": ["Peio", "Xabi", "Iñaki", "Beñat", "Ximun"],
    },
}
FIRST["nord"] = FIRST["fr"]
FIRST["part"] = FIRST["fr"]

SUR = {
    "fr": ["Vasseur", "Quesnel", "Delahaye", "Tessier", "Brossard", "Guérineau", "Pelletier",
           "Ravier", "Jolivet", "Carpentier", "Sauvageot", "Thiébaut", "Castagné", "Lamarque",
           "Fauvel", "Dubreuil", "Maupetit", "Lagarde", "Bouvier", "Escudié", "Monfort",
           "Bessière", "Pujol", "Cazenave", "Cazalis", "Grosjean", "Vuillemin", "Houdebine",
           "Pouzet", "Rabouin", "Lévêque", "Marsollier", "Tournebize", "Blanc", "Petit",
           "Mercier", "Marchand", "Berger", "Lebrun", "Lenoir", "Boulanger", "Chevalier",
           "Meunier", "Masson", "Roussel-Dumas", "Martin-Lefèvre", "Garnier-Lambert", "Bonnefoy",
           "Chassagne", "Dieudonné", "Lhermitte", "Laborde", "Pradel", "Rouquette", "Tixier",
           "Hamelin", "Bourdon", "Gaillard", "Sabatier", "Peyrot", "Couderc", "Vigouroux"],
    "part": ["de la Fontaine", "du Plessis", "de Villeneuve", "de Saint-Amand", "des Rosiers",
             "de Kerautem", "d'Halluin", "du Bouëxic", "de La Tour"],
    "bzh": ["Le Goff", "Le Gall", "Kerouédan", "Le Bihan", "Quéméner", "Morvan", "Guivarc'h",
            "Le Floc'h", "Kerjean", "Le Dréau", "Cozic", "Prigent", "Riou", "Gourvennec",
            "Tréguer", "Le Quéré", "Jaouen", "Kervella", "Le Cam", "Caradec"],
    "corse": ["Santoni", "Pietri", "Casanova", "Colonna", "Filippi", "Mattei", "Albertini",
              "Luciani", "Orsini", "Paoli", "Versini", "Acquaviva", "Battesti", "Ceccaldi",
              "Giacomoni"],
    "magh": ["Benali", "Ben Salah", "Bouzid", "Haddad", "El Amrani", "Zerrouki", "Benmansour",
             "Aït Ouarab", "Cherif", "Khelifi", "Boukhalfa", "Lahlou", "Mebarki", "Ouali",
             "Ziani", "Belkacem", "Hadjadj", "Messaoudi", "Chaouch", "Ben Amor", "Taleb",
             "Bensaïd"],
    "afr": ["N'Diaye", "Diallo", "Traoré", "Coulibaly", "Konaté", "Sissoko", "Diop", "Camara",
            "Keïta", "Ouédraogo", "Bamba", "Kouyaté", "Fofana", "N'Guessan", "Dembélé",
            "Sanogo", "Kaboré", "Gueye", "Mbaye", "Tounkara"],
    "pt": ["Ferreira", "Da Silva", "Gonçalves", "Pereira", "Carvalho", "Teixeira", "Magalhães",
           "Fonseca", "Pinto", "Oliveira", "Dos Santos", "De Sousa", "Cardoso", "Moreira",
           "Azevedo", "Rebelo"],
    "tr": ["Yılmaz", "Öztürk", "Demir", "Kaya", "Çelik", "Aydın", "Şahin", "Arslan", "Doğan",
           "Korkmaz", "Yıldız", "Kılıç", "Özdemir", "Erdem", "Polat"],
    "vn": ["Nguyen", "Tran", "Pham", "Lê", "Hoang", "Vu", "Dang", "Bui", "Trinh", "Ngo", "Phan",
           "Truong", "Luong", "Huynh"],
    "est": ["Kowalski", "Nowak", "Wiśniewska", "Petrescu", "Popescu", "Ivanova", "Horvat",
            "Novák", "Dvořák", "Kovalenko", "Szabó", "Wójcik", "Lewandowski", "Jovanović",
            "Mazur", "Bondarenko", "Constantinescu"],
    "ant": ["Célestine", "Théodose", "Agénor", "Bellemare", "Toussaint", "Délice", "Fortuné",
            "Sainte-Rose", "Calixte", "Zénon", "Jean-Louis", "Marie-Sainte", "Sylvestre",
            "Eustache", "Lucrèce", "Siméon", "Dorville", "Chéry"],
    "reu": ["Payet", "Hoarau", "Grondin", "Técher", "Lebon", "Rivière", "Maillot", "Sinimalé",
            "Moutoussamy", "Ramassamy", "Nativel", "Turpin", "Virapoullé", "Dijoux", "Lauret",
            "Damour", "Mussard", "Fontaine"],
    "als": ["Schaeffer", "Kieffer", "Hueber", "Wendling", "Burckel", "Ehrhart", "Zimmermann",
            "Haegel", "Oberlé", "Schwoerer"],
    "basq": ["Etchegaray", "Harispe", "Iribarne", "Etcheverry", "Larrouy", "Elissalde",
             "Goyhenetche", "Indart"],
    "nord": ["Vanden Bossche", "Van der Meersch", "Wattebled", "Vandamme", "Debaecker",
             "Courtecuisse", "Delbecq", "Verhaeghe", "Coppin", "Ghesquière", "Delattre"],
}

ORIGINS = [("fr", 26), ("part", 3), ("bzh", 7), ("corse", 5), ("magh", 12), ("afr", 9),
           ("pt", 6), ("tr", 5), ("vn", 5), ("est", 6), ("ant", 5), ("reu", 5), ("als", 3),
           ("basq", 2), ("nord", 4)]

PUPILS = {
    "f": ["Inès", "Noa", "Lina", "Jade", "Aya", "Lou", "Ambre", "Maëlys", "Chaïma", "Anaïs",
          "Louna", "Zoé", "Sohane", "Thaïs", "Nahia", "Océane", "Loane", "Assia", "Elif", "Eden",
          "Mila", "Romy", "Kenza", "Maïssa", "Rose", "Fatou", "Yuna", "Nour"],
    "m": ["Kevin", "Enzo", "Mohamed", "Adam", "Maël", "Nolan", "Kylian", "Rayan", "Sacha",
          "Wassim", "Imrane", "Moussa", "Tiago", "Yanis", "Ilyes", "Timéo", "Ethan", "Kenzo",
          "Ewen", "Soan", "Kaïs", "Dorian", "Lenny", "Bryan", "Mathéo", "Naël", "Minh", "Gabin",
          "Pierre", "Noé", "Mamadou", "Lucas"],
}

# (full name, gender, short form usable alone or None)
PUBLIC = [("Pap Ndiaye", "m", "Ndiaye"), ("Gabriel Attal", "m", "Attal"),
          ("Emmanuel Macron", "m", "Macron"), ("Élisabeth Borne", "f", None),
          ("Nicole Belloubet", "f", None), ("Jean-Michel Blanquer", "m", "Blanquer"),
          ("Najat Vallaud-Belkacem", "f", None), ("Sam Altman", "m", "Altman"),
          ("Elon Musk", "m", "Musk"), ("Yann LeCun", "m", None), ("Arthur Mensch", "m", None),
          ("Luc Julia", "m", None), ("Cédric Villani", "m", "Villani"),
          ("Philippe Meirieu", "m", "Meirieu"), ("Stanislas Dehaene", "m", None),
          ("Bill Gates", "m", None), ("Geoffrey Hinton", "m", None), ("Edgar Morin", "m", None),
          ("Serge Tisseron", "m", None), ("Mark Zuckerberg", "m", None),
          ("Laurent Alexandre", "m", None), ("Amélie de Montchalin", "f", None)]

ROLES = [("le CPE", "la CPE"), ("notre documentaliste", "notre documentaliste"),
         ("l'infirmier", "l'infirmière"), ("mon collègue de maths", "ma collègue de maths"),
         ("l'AESH de la classe", "l'AESH de la classe"), ("le prof de techno", "la prof de techno"),
         ("notre AED", "notre AED"), ("le référent numérique", "la référente numérique"),
         ("le gestionnaire", "la gestionnaire"), ("le coordo ULIS", "la coordo ULIS"),
         ("mon binôme en SNT", "ma binôme en SNT"), ("le DDFPT", "la DDFPT"),
         ("l'assistant social", "l'assistante sociale"), ("le collègue d'EPS", "la collègue d'EPS"),
         ("notre ERUN", "notre ERUN"), ("le directeur de l'école", "la directrice de l'école"),
         ("mon tuteur", "ma tutrice"), ("le psyEN", "la psyEN"),
         ("le prof principal de 3e", "la prof principale de 3e"),
         ("le secrétaire de direction", "la secrétaire de direction")]

ROLE_ME = {
    "f": ["Professeure de lettres modernes", "Professeure documentaliste", "CPE",
          "Principale adjointe", "Proviseure", "Directrice d'école", "Infirmière scolaire",
          "Gestionnaire", "Professeure des écoles", "AESH", "Enseignante de SVT",
          "Professeure de physique-chimie", "Cheffe de travaux"],
    "m": ["Professeur de mathématiques", "Principal", "Proviseur adjoint", "Directeur d'école",
          "CPE", "Professeur d'EPS", "AED", "Enseignant en lycée professionnel",
          "Professeur des écoles", "Référent numérique", "Professeur d'histoire-géographie",
          "Gestionnaire", "Professeur de technologie"],
}

# ---------------------------------------------------------------------------
# Non-personal vocabulary (traps and fillers)
# ---------------------------------------------------------------------------

AI = ["ChatGPT", "Claude", "Mistral", "Gemini", "Copilot", "Le Chat", "Perplexity", "DeepSeek",
      "Llama", "Grok", "MagicSchool", "Albert", "Claude d'Anthropic", "Gemini de Google",
      "Microsoft Copilot", "NotebookLM", "Mistral AI", "ChatGPT-4o", "Le Chat de Mistral"]
BRANDS = ["Pronote", "ÉduConnect", "Moodle", "Padlet", "Kahoot", "Quizlet", "Genially", "Canva",
          "Teams", "Google Classroom", "Capytale", "Éléa", "Lumni", "Labomep", "Toutatice",
          "l'ENT Monlycée.net", "Microsoft 365", "des Chromebook", "des iPad"]
EDITEURS = ["Nathan", "Hatier", "Bordas", "Belin", "Magnard", "Hachette Éducation", "Le Robert",
            "Didier", "Lelivrescolaire.fr", "Foucher"]
SCHOOLS = ["collège Jean Moulin", "lycée Victor Hugo", "école Jules Ferry", "collège Simone Veil",
           "lycée Marie Curie", "collège Louise Michel", "lycée Jean Jaurès",
           "groupe scolaire Jacques Prévert", "collège Albert Camus", "lycée Condorcet",
           "collège Antoine de Saint-Exupéry", "lycée professionnel Gustave Eiffel",
           "collège Paul Éluard", "école maternelle Marcel Pagnol", "lycée Leconte de Lisle",
           "collège Aimé Césaire", "lycée Schœlcher", "collège Anne Frank", "lycée Montaigne",
           "collège Georges Brassens", "lycée Jean Monnet", "collège François Rabelais",
           "école Françoise Dolto", "collège Rosa Parks", "lycée Pasteur", "collège Les Tilleuls",
           "cité scolaire Émile Zola", "lycée agricole de Kerplouz", "collège Pascal Paoli",
           "lycée Gerville-Réache", "collège Camille Claudel", "lycée Joliot-Curie"]
SCHOOLS_M = [s for s in SCHOOLS if s.startswith(("collège", "lycée", "groupe"))]
TOWNS = ["Lille", "Roubaix", "Tourcoing", "Amiens", "Saint-Denis", "Créteil", "Bobigny",
         "Marseille", "Nantes", "Quimper", "Bastia", "Ajaccio", "Saint-Pierre", "Cayenne",
         "Mamoudzou", "Pointe-à-Pitre", "Besançon", "Mulhouse", "Vesoul", "Aurillac", "Guéret",
         "Lens", "Corte", "Bayonne", "Le Havre", "Limoges"]
ACADS = ["académie de Lille", "académie de Créteil", "académie de La Réunion",
         "académie d'Aix-Marseille", "académie de Corse", "académie de Rennes",
         "académie de Guadeloupe", "académie de Mayotte", "académie de Normandie",
         "académie de Besançon", "académie de Strasbourg", "académie de Limoges"]
REGIONS = ["région Hauts-de-France", "région Grand Est", "région Occitanie", "région Bretagne",
           "région Normandie", "région Auvergne-Rhône-Alpes"]
STREETNAMES = ["rue Pasteur", "avenue de la République", "rue Victor Hugo", "boulevard Gambetta",
               "rue Jean Jaurès", "place de la Mairie", "allée des Tilleuls", "rue des Écoles",
               "avenue du Général de Gaulle", "rue du 8 Mai 1945", "chemin des Vignes"]
PETS = ["Caramel", "Prune", "Oscar", "Biscotte", "Nemo", "Rocky", "Filou", "Moustache", "Léon",
        "Pistache", "Simba", "Max", "Rosie", "Chaussette", "Gaston", "Noisette"]
CLASSES = ["4eB", "3e2", "6eA", "5e1", "2nde 5", "1re STMG", "Tle G3", "CM2", "CE1", "BTS SIO",
           "3e Prépa-Métiers", "1re Bac Pro MELEC", "4e3", "6e B", "Terminale 4", "seconde 7",
           "CAP 1", "5eC", "3eD", "ULIS"]
SUBJECTS = ["maths", "français", "histoire-géo", "SVT", "physique-chimie", "anglais", "espagnol",
            "allemand", "EPS", "technologie", "SES", "philo", "NSI", "arts plastiques",
            "éducation musicale", "lettres classiques", "SNT", "économie-gestion"]
COUNTRIES = ["Pologne", "Espagne", "Italie", "Finlande", "Portugal", "Roumanie", "Estonie"]
LAWREFS = ["l'article L. 131-1 du Code de l'éducation", "l'article 9 du RGPD",
           "l'article L. 511-5 du Code de l'éducation", "la loi n° 2019-791 du 26 juillet 2019",
           "l'article R. 421-20 du Code de l'éducation", "l'article 6 du RGPD",
           "l'article L. 312-9 du Code de l'éducation", "l'article 371-1 du Code civil"]
BICS = ["BNPAFRPP", "SOGEFRPP", "CCBPFRPPLIL", "AGRIFRPP882", "PSSTFRPPLIL", "CMCIFR2A",
        "CEPAFRPP627", "CRLYFRPP", "BREDFRPPXXX", "CMBRFR2BARK"]
VERSIONS = ["GPT-4o", "Mistral Large", "Llama 3", "Gemini 1.5 Pro", "Claude 3.5 Sonnet",
            "o1-mini", "Mixtral 8x7B"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "septembre", "octobre",
          "novembre", "décembre"]

# Addresses
STREETS = [("rue", "des Lilas"), ("rue", "Pasteur"), ("avenue", "Jean Jaurès"),
           ("boulevard", "de la République"), ("allée", "des Tilleuls"),
           ("impasse", "des Mésanges"), ("chemin", "du Moulin"), ("place", "de la Mairie"),
           ("route", "de Quimper"), ("rue", "du Général Leclerc"), ("rue", "du 8 Mai 1945"),
           ("avenue", "du 11 Novembre"), ("rue", "des Frères Lumière"), ("rue", "Aristide Briand"),
           ("quai", "de la Fosse"), ("cours", "Lafayette"), ("rue", "Saint-Exupéry"),
           ("boulevard", "Gambetta"), ("rue", "de la Gare"), ("rue", "des Écoles"),
           ("rue", "Victor Hugo"), ("rue", "Voltaire"), ("avenue", "des Acacias"),
           ("rue", "du Four à Chaux"), ("rue", "de Kerguélen"), ("allée", "Simone Signoret"),
           ("rue", "Georges Brassens"), ("rue", "de l'Abbé Lemire"), ("chemin", "des Vignes"),
           ("rue", "Nationale"), ("rue", "du Faubourg Saint-Antoine"),
           ("square", "des Marronniers"), ("résidence", "du Parc"), ("rue", "Édouard Vaillant"),
           ("rue", "Jean-Baptiste Lebas"), ("avenue", "de Verdun"), ("rue", "des Peupliers"),
           ("rue", "d'Isly"), ("place", "du Marché"), ("hameau", "des Granges"),
           ("rue", "Paul Bert"), ("lieu-dit", "Kerhuel"), ("route", "de Tréguier"),
           ("rue", "des Trois Cailloux"), ("chemin", "de la Croix Blanche")]
ABBREV = {"rue": ["r."], "avenue": ["av.", "Av."], "boulevard": ["bd", "Bd", "boul."],
          "allée": ["all."], "impasse": ["imp."], "chemin": ["chem."], "place": ["pl."],
          "route": ["rte"]}
CITIES = [("59000", "Lille"), ("59100", "Roubaix"), ("62000", "Arras"), ("80000", "Amiens"),
          ("75011", "Paris"), ("75019", "Paris"), ("93200", "Saint-Denis"), ("94000", "Créteil"),
          ("69007", "Lyon"), ("13003", "Marseille"), ("31000", "Toulouse"), ("33000", "Bordeaux"),
          ("44000", "Nantes"), ("35000", "Rennes"), ("29200", "Brest"), ("29000", "Quimper"),
          ("67000", "Strasbourg"), ("68100", "Mulhouse"), ("57000", "Metz"), ("54000", "Nancy"),
          ("21000", "Dijon"), ("25000", "Besançon"), ("63000", "Clermont-Ferrand"),
          ("87000", "Limoges"), ("86000", "Poitiers"), ("37000", "Tours"), ("45000", "Orléans"),
          ("76000", "Rouen"), ("14000", "Caen"), ("34000", "Montpellier"), ("06000", "Nice"),
          ("20000", "Ajaccio"), ("20200", "Bastia"), ("64100", "Bayonne"), ("65000", "Tarbes"),
          ("22300", "Lannion"), ("56100", "Lorient"), ("24000", "Périgueux"), ("46100", "Figeac"),
          ("12000", "Rodez"), ("05000", "Gap"), ("38000", "Grenoble"), ("73000", "Chambéry"),
          ("22580", "Plouha"), ("29800", "Landerneau"), ("23000", "Guéret"), ("15000", "Aurillac"),
          ("70000", "Vesoul"), ("59280", "Armentières"), ("62300", "Lens"),
          ("92230", "Gennevilliers"), ("20250", "Corte"), ("64220", "Saint-Jean-Pied-de-Port"),
          ("67600", "Sélestat"), ("59200", "Tourcoing"), ("95200", "Sarcelles")]
DOM_ADDR = [("rue", "Juliette Dodu", "97400", "Saint-Denis"),
            ("chemin", "des Goyaviers", "97430", "Le Tampon"),
            ("rue", "du Général de Gaulle", "97410", "Saint-Pierre"),
            ("allée", "des Flamboyants", "97122", "Baie-Mahault"),
            ("rue", "Schœlcher", "97200", "Fort-de-France"),
            ("avenue", "du Général de Gaulle", "97300", "Cayenne"),
            ("rue", "du Commerce", "97600", "Mamoudzou"),
            ("rue", "de Sébastopol", "98800", "Nouméa"),
            ("rue", "Frébault", "97110", "Pointe-à-Pitre"),
            ("chemin", "Ligne Paradis", "97410", "Saint-Pierre"),
            ("lotissement", "Les Hibiscus", "97232", "Le Lamentin"),
            ("rue", "Lamartine", "97100", "Basse-Terre"),
            ("impasse", "des Letchis", "97440", "Saint-André"),
            ("rue", "des Bougainvilliers", "97310", "Kourou"),
            ("route", "nationale 2", "97232", "Le Lamentin")]
RESIDENCES = ["les Tilleuls", "du Parc", "Les Jardins de Flore", "Bellevue", "les Érables",
              "Le Clos Fleuri"]
LIEUDITS = ["Kerhuel", "Le Moulin Neuf", "La Croix Rouge", "Kerbriant", "Les Granges", "Pen Ar Hoat"]

# identifiers
UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
UAI_PREFIX = ["059", "062", "075", "093", "094", "092", "069", "013", "033", "031", "044", "035",
              "029", "067", "068", "057", "054", "021", "025", "063", "087", "086", "037", "045",
              "076", "014", "034", "006", "064", "080", "022", "056", "023", "015", "046", "974",
              "971", "972", "973", "976", "620", "720"]
NIR_DEPTS = ["01", "02", "06", "13", "14", "21", "25", "29", "31", "33", "34", "35", "38", "44",
             "45", "49", "54", "57", "59", "62", "63", "64", "67", "68", "69", "72", "75", "76",
             "77", "78", "80", "83", "87", "91", "92", "93", "94", "95", "22", "56", "15", "23",
             "46", "05"]
NIR_DOM = ["971", "972", "973", "974", "976"]
NIR_COUNTRY = ["350", "352", "351", "139", "208", "243", "341", "335", "326", "122", "114", "127"]
FR_BANKS = ["30004", "30003", "30002", "20041", "10278", "16606", "17515", "13335", "18206",
            "10107", "14505", "30066", "12506", "19106", "11315", "13507", "15589", "42559",
            "10096", "16807"]
ACAD_DOMAINS = ["ac-lille.fr", "ac-versailles.fr", "ac-creteil.fr", "ac-reunion.fr",
                "ac-guadeloupe.fr", "ac-martinique.fr", "ac-guyane.fr", "ac-mayotte.fr",
                "ac-rennes.fr", "ac-corse.fr", "ac-lyon.fr", "ac-normandie.fr",
                "ac-aix-marseille.fr", "ac-toulouse.fr", "ac-bordeaux.fr", "ac-nantes.fr",
                "ac-strasbourg.fr", "ac-besancon.fr", "ac-montpellier.fr", "ac-grenoble.fr",
                "ac-amiens.fr", "ac-nancy-metz.fr", "ac-poitiers.fr", "ac-limoges.fr",
                "ac-dijon.fr", "ac-orleans-tours.fr", "ac-clermont.fr", "ac-nice.fr",
                "ac-paris.fr", "education.gouv.fr"]
PERSO_DOMAINS = ["gmail.com", "laposte.net", "orange.fr", "free.fr", "outlook.fr", "hotmail.fr",
                 "yahoo.fr", "wanadoo.fr", "sfr.fr", "protonmail.com", "icloud.com", "live.fr",
                 "outlook.com", "gmx.fr", "hotmail.com", "neuf.fr", "bbox.fr", "proton.me"]

# ---------------------------------------------------------------------------
# Frames (all hand-written for this set)
# ---------------------------------------------------------------------------

PLAIN_FRAMES = [
    "Je pense que l'IA peut être un outil utile, à condition de former les enseignants avant de l'imposer.",
    "Honnêtement, je n'ai pas d'avis tranché. Ça dépend de l'usage qu'on en fait.",
    "Pas d'avis.",
    "RAS",
    "C'est une catastrophe pour l'apprentissage de l'écriture. Les élèves ne savent plus construire une phrase par eux-mêmes.",
    "On nous demande de nous adapter à tout, tout le temps, sans moyens et sans temps. L'IA, c'est juste une couche de plus.",
    "L'IA ne remplacera jamais la relation pédagogique.",
    "Il faudrait des formations concrètes, en présentiel, pas des webinaires d'une heure à la fin de la journée.",
    "je suis plutot pour mais il faut un cadre clair",
    "Je m'interroge surtout sur la protection des données des élèves : où partent les textes qu'ils tapent ?",
    "Intéressant pour différencier : je génère des exercices de niveaux différents en quelques minutes.",
    "Les devoirs à la maison n'ont plus aucun sens. Tout se fait désormais en classe, à l'écrit, sur papier.",
    "bof",
    "Je l'utilise pour reformuler mes consignes quand des élèves ne comprennent pas, et ça marche plutôt bien.",
    "Trop tôt pour dire. On manque de recul.",
    "Il faut apprendre aux élèves à vérifier les sources : l'IA invente des références avec un aplomb incroyable.",
    "Comme documentaliste, je vois surtout une perte de l'esprit critique.",
    "En vie scolaire, on s'en sert pour rédiger des courriers aux familles, ça fait gagner du temps.",
    "Ma crainte : creuser encore les inégalités entre les familles qui paient des abonnements et les autres.",
    "Je ne suis pas contre, mais qu'on arrête de nous vendre ça comme la solution miracle au manque de profs.",
    "Aucune idée, je ne m'en sers pas.",
    "L'évaluation doit complètement changer. On ne peut plus noter un texte rédigé à la maison.",
    "Pour les élèves allophones, la traduction instantanée est une vraie aide au quotidien.",
    "Les élèves en situation de handicap peuvent y gagner beaucoup en autonomie.",
    "Ça me fait peur. Vraiment.",
    "On parle beaucoup d'IA mais on n'a toujours pas de vidéoprojecteur qui fonctionne dans la moitié des salles.",
    "Il faudrait une charte nationale, claire, et surtout la même pour tout le monde.",
    "J'ai essayé une fois pour préparer une séquence : résultat très moyen, plein d'erreurs. Je n'y reviendrai pas.",
    "Outil formidable pour les enseignants, dangereux pour les élèves qui n'ont pas encore les bases.",
    "Le problème n'est pas l'outil mais la paresse intellectuelle qu'il encourage.",
    "Les parents sont souvent plus perdus que leurs enfants sur ce sujet.",
    "oui",
    "Non merci.",
    "Je trouve le questionnaire trop orienté. On sent que la décision est déjà prise.",
    "Il faut interdire l'IA générative avant le lycée, point.",
    "J'aimerais qu'on nous laisse expérimenter sans avoir à remplir trois formulaires.",
    "En {SUBJ}, c'est surtout utile pour produire des exemples et des contre-exemples.",
    "Temps gagné sur la préparation = temps perdu sur la correction, car il faut tout vérifier.",
    "Pourquoi pas, mais pas sans l'avis des équipes.",
    "Je suis AED, on ne nous demande jamais notre avis : merci de le faire.",
    "Le vrai sujet, c'est l'écran en général. L'IA n'est qu'un symptôme.",
    "Il faut absolument associer les élèves à la réflexion, ils ont des choses à dire.",
    "trop de questions dans ce sondage",
    "Je ne sais pas trop quoi penser. D'un côté c'est pratique, de l'autre je vois bien que les élèves décrochent.",
    "Plutôt favorable pour les tâches administratives, beaucoup plus réservé pour la pédagogie.",
    "Il faut former, former, former.",
    "L'IA corrige mieux l'orthographe que moi à 23 heures après quarante copies, je l'avoue.",
    "Ce qui manque, c'est du temps de concertation entre collègues pour partager les pratiques.",
    "Les élèves les plus fragiles sont ceux qui l'utilisent le plus mal.",
    "Attention à l'impact écologique, on n'en parle jamais.",
    "Je n'ai rien à ajouter.",
    "À mon avis, on devrait d'abord régler la question du plagiat avant d'aller plus loin.",
    "Un collègue {DE_SUBJ} l'utilise tous les jours, moi jamais. On a des visions très différentes.",
    "Les inspecteurs nous encouragent à l'utiliser, certains chefs d'établissement nous le déconseillent. Qui croire ?",
    "Ce serait bien d'avoir un retour sur les résultats de cette enquête.",
    "L'oral va redevenir central, et c'est tant mieux.",
    "Je suis en fin de carrière, je laisse ça aux jeunes collègues.",
    "Une élève m'a demandé : « Madame, si l'IA sait déjà tout, pourquoi on apprend ? » Je n'avais pas de bonne réponse sur le moment.",
    "Mes élèves disent « je demande à l'IA » comme on disait « je regarde dans le dico ».",
    "Faut arrêter de diaboliser, c'est un outil comme un autre.",
    "Nous n'avons reçu aucune consigne de l'institution. Chacun fait comme il peut.",
    "La correction des copies devient un travail d'enquêteur.",
]

TRAP_FRAMES = [
    "On utilise {AI} en salle des profs, et certains élèves ont {AI2} sur leur téléphone.",
    "J'ai testé {AI}, {AI2} et Le Chat pour préparer mes cours {DE_SUBJ} : trois réponses différentes à la même question.",
    "Au {SCHOOL}, on a {NB} par classe en moyenne, alors l'IA pour individualiser, pourquoi pas.",
    "Claude est plus prudent que ChatGPT sur les sujets sensibles, je trouve.",
    "Le rectorat a annoncé qu'on aurait accès à Albert, l'IA de l'État, mais personne ne sait quand.",
    "Depuis la rentrée {YEAR}, le nombre de copies suspectes a explosé, surtout en {CLASS}.",
    "Le collège est situé {STREETNAME}, en plein centre {DE_TOWN}, et on n'a toujours pas la fibre.",
    "Mon chat {PET} passe plus de temps sur mon clavier que moi sur {AI}.",
    "Ticket {TICKET} ouvert le {DATE} auprès de la DANE : toujours pas de réponse.",
    "Rappel : {LAWREF} s'applique aussi aux outils numériques, il serait temps de le lire.",
    "Le nouveau manuel {EDITEUR} (ISBN {ISBN}) propose des activités « avec IA », sans aucune réflexion sur les données.",
    "D'après un petit sondage maison, {PCT} de mes élèves de {CLASS} utilisent {AI} pour les devoirs.",
    "Dans l'{ACAD}, on nous a imposé {BRAND} sans consultation.",
    "Cours à {TIME} le lundi, {NB}, et un vidéoprojecteur sur deux en panne. L'IA, ce sera pour plus tard.",
    "Les élèves disent « je demande à Gemini » comme on disait « je regarde sur Google ».",
    "J'ai vu passer une publicité pour Copilot dans l'ENT. C'est normal ?",
    "{AI} a écrit une très bonne lettre de motivation Parcoursup à la place d'un élève de {CLASS}. Comment on évalue ça ?",
    "La salle Marie Curie est la seule équipée de postes récents.",
    "Formation prévue le {DATE} de {TIME} à {TIME2} au {SCHOOL} : on verra bien.",
    "Les {NB} de l'internat n'ont accès au wifi qu'entre {TIME} et {TIME2}, donc la question se pose peu.",
    "Nous sommes un petit établissement rural près {DE_TOWN}, {NB} au total.",
    "Mistral, c'est français, c'est déjà ça. Mais ça ne règle pas le problème de fond.",
    "En {CLASS}, j'ai fait comparer une traduction DeepL et une traduction faite par les élèves. Très instructif.",
    "Le projet « IA et citoyenneté » a été présenté au conseil pédagogique du {DATE}, vote prévu pour {YEAR}.",
    "Selon {LAWREF}, c'est au conseil d'administration de trancher, pas à la direction seule.",
    "Le {SCHOOL2} à côté a tout bloqué sur le réseau. Nous non. Résultat : on est seuls à gérer.",
    "Ma chienne s'appelle {PET}, et je crois qu'elle a plus de bon sens que certains chatbots.",
    "Réunion sur le sujet au rectorat {DE_TOWN} le {DATE}. Compte rendu jamais reçu.",
    "Notre ENT ({BRAND}) plante tous les lundis matin, alors l'IA…",
    "Les élèves utilisent My AI dans Snapchat bien plus que ChatGPT, on l'oublie souvent.",
    "J'enseigne en {CLASS} et en {CLASS2}, soit deux fois {NB}.",
    "Les sujets du bac {YEARONE} ont circulé sur TikTok avec des corrigés générés en moins d'une heure.",
    "Lecture conseillée : les recommandations de la CNIL sur l'IA à l'école.",
    "Le collège Jean Moulin et le collège Louise Michel partagent le même référent numérique pour {NB}.",
    "Version gratuite de {AI} = modèle bridé, version payante = 20 € par mois. Qui paie ?",
    "On a monté un club IA le mercredi de {TIME} à {TIME2}, avec {NB} inscrits.",
    "Dans la {REGION}, les lycéens ont reçu un ordinateur portable, mais aucune formation.",
    "Les copies de {CLASS} rendues le {DATE} étaient à {PCT} générées par IA, selon le détecteur. Je n'y crois pas une seconde, à ces détecteurs.",
    "La pédagogie Freinet avait déjà tout compris : partir de l'expression des élèves. L'IA va à l'inverse.",
    "Salle 214, bâtiment B : le seul endroit où le wifi fonctionne.",
    "Le prix Goncourt des lycéens, on le fait encore à la main, heureusement.",
    "Nos étudiants de BTS utilisent GitHub Copilot en permanence, c'est devenu la norme dans le métier.",
    "Plus de réseau au CDI depuis le {DATE}, ticket {TICKET}.",
    "Les {CLASS} ont fait un débat « pour ou contre l'IA » : {PCT} pour.",
    "On a un poisson rouge en classe, {PET}. Les CP lui ont demandé s'il connaissait ChatGPT. Blague à part, ils sont très curieux.",
    "À {TOWN}, le réseau d'éducation prioritaire a reçu des tablettes en {YEARONE}. Elles dorment dans un placard.",
    "On nous a proposé Gemini for Education, puis Microsoft Copilot, puis plus rien.",
    "Notre établissement, le {SCHOOL}, a fait un travail de mémoire sans aucun écran. Ça a très bien marché.",
    "Les élèves de l'option NSI codent avec {AI}, le prof est un peu dépassé.",
    "Prochaine réunion : jeudi {DATE}, {TIME}, salle du conseil, {STREETNAME}.",
    "Le Chat de Mistral AI répond bien en français mais se trompe sur les programmes de {CLASS}.",
    "Un élève m'a dit : « M'sieur, c'est pas tricher, c'est {AI} qui l'a fait ». Véridique.",
    "La version {VERSION} est meilleure en maths, paraît-il. Mes {NB} ne voient pas la différence.",
    "Le lycée Montaigne organise une journée « IA et esprit critique » le {DATE}, ouverte aux collèges du secteur.",
    "Le collège est rue de la Gare, le lycée avenue Jean Jaurès, et aucun des deux n'a de politique commune.",
    "Budget numérique {YEAR} : 12 000 € pour {NB}. Faites le calcul.",
    "Mon lapin {PET} a plus d'abonnés sur Instagram que la page du collège, c'est dire.",
    "Les manuels {EDITEUR} et Hatier intègrent maintenant des QR codes vers des assistants IA.",
    "Les élèves nés en 2011 n'ont jamais connu le monde sans smartphone.",
    "Comme on dit à Saint-Pierre : « tout' zafèr néna son tan ». L'IA aussi.",
    "Le {SCHOOL} {DE_TOWN} est passé à Pronote + {AI} pour les appréciations. On verra au conseil de classe du {DATE}.",
    "Consigne de la DSDEN du Nord : ne rien installer sans validation, {LAWREF} à l'appui.",
]

PERSON_FRAMES = [
    "J'en ai parlé avec {ROLEFN}, qui pense que ça peut aider les élèves dys si c'est encadré.",
    "{^ROLEFN} nous a fait une démo de {AI} en salle des profs : bluffant, mais un peu flippant.",
    "Mon élève {PUPIL} m'a rendu une dissertation parfaite. Trop parfaite. Quand je lui ai demandé d'expliquer le mot « paradigme », silence.",
    "La petite {PUPIL_F} m'a dit : « maîtresse, l'ordinateur il sait tout ». Ça m'a fait réfléchir.",
    "Je rejoins ce que disait {TNAME} au dernier conseil pédagogique : former d'abord, équiper ensuite.",
    "Depuis le départ de {PN}, plus personne ne s'occupe du numérique dans l'établissement.",
    "j'en ai parlé a {LFIRST} qui gère l'ENT, on est d'accord sur le fond",
    "{PUPCLASS} a traduit tout son exposé d'anglais avec {AI}, même les tournures idiomatiques étaient parfaites.",
    "J'ai assisté à une conférence de {PUB} sur le sujet : intéressant, mais très loin du terrain.",
    "Comme disait {HIST_MONTAIGNE}, mieux vaut une tête bien faite que bien pleine. Avec l'IA, c'est encore plus vrai.",
    "« Science sans conscience n'est que ruine de l'âme », écrivait {HIST_RABELAIS}. On y est.",
    "Merci à {FULL} pour l'atelier IA du mercredi, de loin la formation la plus utile de l'année.",
    "{TNAME_F}, notre principale, a interdit les téléphones mais pas les ordinateurs portables. Cherchez l'erreur.",
    "Nous avons monté un projet avec {FULL} et {FULL} (lettres et SNT) sur la détection des fausses informations.",
    "{FIRST} et {FIRST}, mes deux stagiaires, utilisent l'IA pour TOUT préparer. Je ne sais pas si je dois m'en inquiéter.",
    "« {TNAME}, je l'ai pas copié, je l'ai juste reformulé ! » m'a lancé {PUPIL} hier en rendant sa copie.",
    "Voir avec {TINIT} pour le bilan de l'expérimentation en {CLASS}.",
    "{INITS} (coordo numérique) a rédigé une charte, on attend la validation du CA.",
    "Notre documentaliste {FIRST_F} a créé des fiches « vérifier une réponse d'IA » : à généraliser !",
    "L'inspecteur, {TNAME_M}, nous a dit en réunion qu'il fallait « accompagner sans interdire ». Facile à dire.",
    "J'ai demandé à {FINIT} de la DANE de venir en salle des profs, on attend toujours.",
    "Les parents de {PUPIL} m'ont demandé si l'IA pouvait remplacer les cours particuliers. Je n'ai pas su quoi répondre.",
    "Mon collègue {FIRST_M} a fait corriger des copies par {AI} pour comparer : 3 points d'écart en moyenne avec sa propre notation.",
    "On a un élève très brillant, {PUPIL_M}, qui s'en sert pour aller plus loin que le programme. C'est l'autre face de la médaille.",
    "je suis d'accord avec {LFULL} qui a du répondre la meme chose que moi",
    "{FULL_F} (AESH) m'a montré comment elle adapte les textes pour un élève dyslexique grâce à l'IA.",
    "Le proviseur, {TNAME_M}, a décidé seul d'acheter des licences. Aucune concertation.",
    "Mme la Principale ({TNAME_F}) nous a demandé de répondre avant vendredi, donc voilà.",
    "Je travaille en binôme avec {FULL} sur un projet eTwinning, et les élèves du partenaire en {COUNTRY} utilisent l'IA beaucoup plus librement.",
    "Ce que {PUPIL_F} a écrit dans son bilan de fin d'année : « j'ai appris à dire non à {AI} ». Je garde ça précieusement.",
    "Il faudrait demander à {TNAME_F} (infirmerie) ce qu'elle voit : des élèves qui confient leurs problèmes à un chatbot.",
    "{FIRST_M}, notre AED, a surpris des 6e en train de demander à un chatbot comment contourner le filtrage.",
    "Avec {PN}, on a fait écrire une nouvelle aux 4e puis on l'a comparée avec celle de l'IA. Les élèves ont préféré la leur !",
    "Pour info, {TNAME} n'a jamais été consulté·e sur ce sujet.",
    "Le DDFPT, {FULL_M}, voudrait qu'on forme les bac pro à l'IA « comme en entreprise ».",
    "{PUPCLASS} : « Madame, à quoi ça sert d'apprendre si l'IA sait déjà ? » Cette question me hante.",
    "Notre ERUN, {FULL}, passe dans les écoles une fois par trimestre. C'est trop peu.",
    "J'ai lu la tribune de {PUB} : je n'en partage pas un mot.",
    "{CAPS} m'a transmis le questionnaire, je réponds au nom de l'équipe {DE_SUBJ}.",
    "L'an dernier, {FIRST_F} (ma stagiaire) avait fait un mémoire sur l'IA en classe, très éclairant.",
    "Ma fille {PUPIL_F} est en 5e et elle l'utilise déjà tous les soirs, donc je réponds aussi en tant que parent.",
    "{^ROLEFN} a bloqué tous les sites d'IA sur le réseau pédagogique ; les élèves passent par la 4G.",
    "En conseil de vie collégienne, {PUPIL_M} a dit : « si les profs s'en servent, pourquoi pas nous ? ». Pas faux.",
    "Je transmets aussi l'avis de {TNAME} et de {TNAME}, qui n'ont pas eu le temps de répondre.",
    "Grâce à {FULL_F}, formatrice académique, j'ai enfin compris ce qu'était un « prompt ».",
    "Quand {PN} a présenté son projet au CA, les représentants des parents étaient plutôt pour.",
    "{FIRST} m'a dit hier : « on va tous finir remplacés ». Je ne crois pas, mais l'ambiance est lourde.",
    "Merci {FIRST} pour le lien vers le questionnaire !",
    "(réponse rédigée avec {FULL}, collègue d'histoire-géo)",
    "J'ai un élève, {PUPIL_M}, qui m'a demandé si je pouvais lui prouver que je n'étais pas une IA. Fou rire général.",
    "Les conseils de {TNAME} (IA-IPR de lettres) sont précieux mais arrivent toujours trop tard.",
    "C'est {FIRST} de la vie scolaire qui m'a montré que les élèves utilisaient My AI sur Snapchat pour leurs devoirs.",
    "{INITS} et moi avons testé un correcteur automatique sur {N2} copies : décevant.",
    "Je suis prof en {CLASS} au {SCHOOL}, et je partage l'avis de {TNAME}.",
    "D'après {FINIT}, notre gestionnaire, le budget numérique a été divisé par deux.",
    "Le collègue qui a le plus d'expérience, c'est {FULL_M}, en techno. Il faudrait l'écouter.",
    "Dans la classe de {LFIRST}, on a fait un atelier « démonter une réponse d'IA », les élèves ont adoré.",
    "{PUB_M} peut dire ce qu'il veut sur l'IA, dans nos classes c'est la débrouille.",
    "Mon ancien élève {FULL_M}, aujourd'hui développeur, m'a dit que sa boîte ne recrutait presque plus de juniors. Ça interroge sur ce qu'on prépare.",
    "Demandez à {TNAME} au {SCHOOL}, ils ont une expérimentation en cours depuis septembre.",
    "La classe de {TNAME} a gagné le concours académique avec un projet sur les biais des IA.",
    "Note : {FULL} et moi avons co-rédigé cette réponse.",
    "Un parent, {TNAME_M}, est venu se plaindre qu'on « interdise le progrès ».",
    "ma collegue {LFIRST_F} pense pareil",
    "Le chef, {LAST}, ne répond jamais aux mails sur ce sujet.",
    "Je laisse la parole à {PUPIL_F}, élève de {CLASS} : « l'IA m'aide à comprendre quand le prof va trop vite ».",
    "Tout ça, je l'ai déjà dit à {TNAME}",
    "Question posée aussi à {DRNAME}, médecin scolaire, qui s'inquiète surtout du temps d'écran.",
    "{^TNAME} m'a prêté son ordinateur pour tester, je n'en reviens toujours pas de ce que ça produit.",
    "Bravo à {PUPIL} et {PUPIL}, qui ont présenté un exposé sur les deepfakes devant tout le collège.",
    "Je pense à {PUPIL_M}, élève allophone arrivé en janvier : sans traducteur automatique, il serait perdu.",
    "{CAPS} (professeur principal) a été le premier à repérer les copies générées.",
    "Nous en avons discuté avec {FULL}, {FULL} et {FULL} lors du dernier conseil d'enseignement.",
    "Témoignage de {FIRST_F}, ma collègue de CM1 : elle fait lire les textes à voix haute par l'IA pour les élèves non-lecteurs.",
    "par contre {LFULL} dit que c'est de la triche organisée, et je suis pas loin de penser pareil",
    "On en rit avec {FIRST}, mais au fond on est inquiets.",
    "{^ROLEFN} pense qu'il faut l'interdire avant la 4e.",
    "On n'est pas chez {PUB_M}, on n'a pas ses moyens.",
    "Les élèves de {TNAME} ont créé un chatbot « Molière » qui répond en alexandrins. Génial et inquiétant à la fois.",
    "Hier {PUPIL_F} (6e) m'a expliqué comment faire un bon prompt. J'ai pris des notes.",
    "Je cite mon élève {PUPIL} : « l'IA, c'est comme un pote qui a toujours réponse à tout mais qui ment parfois ».",
    "Ça fait trois ans que {FULL} réclame une formation sur le sujet, sans réponse.",
    "Selon {FINIT} (DRANE), les licences seront financées par la région l'an prochain.",
    "{^ROLEFN} m'a conseillé de répondre franchement, alors voilà : je suis contre.",
    "Relancé {TINIT} trois fois pour obtenir un créneau de formation, rien.",
    "Mes collègues {FIRST} et {FIRST} ne jurent que par {AI}, moi je reste sceptique.",
]

ANECDOTE_FRAMES = [
    "Le pire : une collègue a collé dans {AI} un tableau avec le numéro de sécu d'un élève ({NIR}) pour « faire une synthèse ».",
    "J'ai vu passer dans un prompt le NIR d'un élève, {NIR}, tapé en clair. Personne ne réalise.",
    "Le formulaire d'inscription à la formation IA demandait notre numéro de sécurité sociale ({NIR}). Pourquoi ?!",
    "Un collègue m'a transféré un prompt qui commençait par « Voici le dossier de l'élève, NIR {NIR} ». On en est là.",
    "Des élèves prennent leur carte Vitale en photo pour demander à l'IA « à quoi ça sert ». Sur l'une d'elles, le numéro {NIR} était parfaitement lisible.",
    "Le secrétariat a copié le RIB d'une famille ({IBAN}) dans un chatbot pour générer une relance de cantine. On ne maîtrise rien.",
    "En BTS, les étudiants ont monté un faux dossier avec un IBAN inventé ({IBAN}) pour tester l'IA : elle n'a rien vu.",
    "Consigne de la gestion : pour les frais de mission, envoyer l'IBAN ({IBAN}) par mail et surtout pas via l'ENT. Sauf que le mail en question a été résumé par Copilot…",
    "Dans une capture d'écran partagée au conseil pédagogique, on voyait un IBAN en entier : {IBAN}.",
    "Quand on demande à {AI} l'UAI du collège, il invente : il m'a sorti {UAI}, qui n'est pas le nôtre.",
    "Pour info je réponds pour l'établissement {UAI} (collège rural, 280 élèves).",
    "Réponse collective de l'équipe du {SCHOOL}, UAI {UAI}.",
    "Le collège voisin ({UAI}) a déjà une charte IA, on pourrait s'en inspirer.",
    "Si vous voulez en discuter : {ME_EMAIL}",
    "Un parent m'a écrit sur ma boîte perso ({ME_EMAIL}) pour savoir si son fils pouvait utiliser l'IA au brevet.",
    "Pour me contacter directement : {EMAIL_OBF}",
    "Je suis joignable au {TEL} si besoin de précisions.",
    "Mon numéro ({TEL_MOB}) a été retrouvé par un élève via un chatbot connecté au web. J'ai changé de numéro depuis.",
    "On a trouvé un document généré par IA qui contenait le portable d'une élève, {TEL_MOB}. La famille a été prévenue.",
    "Un élève a mis son adresse, {ADR}, dans un générateur de CV en ligne. Les parents n'étaient même pas au courant.",
    "Test fait en salle des profs : j'ai demandé à {AI} l'adresse d'un collègue, et il m'a sorti {ADR_NC}. Heureusement c'était faux.",
    "Dans le tableur partagé des stages, il y a les adresses des familles, par exemple {ADR}, et tout le monde y a accès.",
    "Écrivez à {TNAME} ({EMAIL}) pour le retour d'expérience de son lycée.",
    "{^ROLEFN} ({TEL}) coordonne le projet IA pour tout le bassin.",
    "Tout est parti de {PUPIL} qui a diffusé l'adresse d'une prof ({ADR_NC}) dans un groupe après l'avoir « trouvée » avec une IA.",
    "L'IA du fournisseur d'ENT a affiché la fiche complète d'un élève, NIR compris : {NIR}. Signalé au DPD.",
    "{FULL} m'a demandé de vous transmettre son numéro de sécu pour la formation : {NIR}. Je trouve ça fou de le faire passer par ici.",
    "Contactez plutôt le secrétariat : {SCHOOL_EMAIL}",
    "Je recopie le mail reçu : « merci de confirmer votre IBAN {IBAN} avant vendredi ». Du phishing, évidemment, rédigé par une IA, sans une faute.",
    "L'adresse de l'établissement est {ADR}, si vous souhaitez venir observer une séance.",
    "Le standard du collège ({TEL_FIXE}) reçoit maintenant des appels de robots vocaux, c'est nouveau.",
    "Nous avons signalé l'incident à la DPD académique ({EMAIL}), sans retour à ce jour.",
]

FORM_FRAMES = [
    "Nom : {ME_LAST}\nPrénom : {ME_FIRST}",
    "Courriel : {ME_EMAIL}",
    "Mail : {ME_EMAIL}",
    "Tél : {TEL}",
    "Portable : {TEL_MOB}",
    "Téléphone fixe (bureau) : {TEL_FIXE}",
    "Adresse : {ADR}",
    "Adresse postale :\n{ADR_2L}",
    "Établissement : {SCHOOL_ANY} (UAI {UAI})",
    "Code UAI : {UAI}",
    "N° de sécurité sociale : {NIR}",
    "IBAN : {IBAN}",
    "IBAN : {IBAN}\nBIC : {BIC}",
    "RIB pour le défraiement : {IBAN}",
    "Je souhaite être recontacté·e pour la suite de la consultation. Mon mail : {ME_EMAIL}, ou par téléphone au {TEL}.",
    "Vous pouvez me joindre au {TEL} de préférence après {TIME}.",
    "Contact : {ME_FULL} – {TEL} – {ME_EMAIL}",
    "Pour l'envoi des documents : {ME_FULL}, {ADR}",
    "Établissement : {SCHOOL_ANY} – {ADR}",
    "Mon établissement : {UAI}, {ADR}",
    "Coordonnées pro : {ME_EMAIL} / {TEL_FIXE}",
    "mail perso {ME_EMAIL} tel {TEL_MOB}",
    "Je préfère être contacté·e par courrier : {ADR}.",
    "J'habite au {ADR_NC}, je peux venir aux réunions à pied.",
    "Ne pas utiliser mon adresse académique, plutôt {EMAIL_OBF}.",
    "Pour le remboursement des frais de déplacement : IBAN {IBAN}, titulaire {ME_FULL}.",
    "Numéro de sécu (demandé pour la vacation) : {NIR}",
    "NIR {NIR} – je ne comprends pas pourquoi il est obligatoire.",
    "Je vous envoie mon RIB : {IBAN_X} (compte ouvert quand je travaillais à l'étranger).",
    "Secrétariat : {SCHOOL_EMAIL}, standard {TEL_FIXE}.",
    "Personne à contacter : {TNAME}, {EMAIL}",
    "Référent du projet : {ROLEFN}, joignable au {TEL}.",
    "Adresse de l'école : {ADR_DOM}",
    "Je suis en poste outre-mer, {ADR_DOM} : attention au décalage horaire si vous m'appelez au {TEL_DOM}.",
    "Nom, prénom : {ME_CAPS}",
    "Numéro de sécurité sociale : {NIR}\nIBAN : {IBAN}",
    "UAI de l'établissement d'exercice : {UAI} ; établissement de rattachement : {UAI}.",
    "Téléphone : {TEL} ou {TEL}",
    "Mes coordonnées ont changé, nouvelle adresse : {ADR}",
    "Identité : {ME_FULL}\nNIR : {NIR}",
    "Pour la lettre de mission, écrire au chef d'établissement, {TNAME}, {ADR}.",
    "Le mieux, c'est par SMS au {TEL_MOB}.",
    "Adresse perso (pas celle du lycée) : {ADR}",
    "Tél. : {TEL_DOM}",
    "e-mail: {EMAIL_OBF}",
    "Je suis TZR sur trois établissements : {UAI}, {UAI} et {UAI}.",
    "Code établissement : {UAI}\nAdresse : {ADR}\nTél. : {TEL_FIXE}",
    "Adresse mail : {ME_EMAIL} (je la consulte peu, préférez le {TEL_MOB})",
    "Mon adresse : {ADR_NC}",
    "Joindre {FIRST} au secrétariat : {TEL_FIXE}",
    "Courrier à adresser à : {ME_CAPS}, {ADR_2L}",
    "Numéro de sécurité sociale de l'intervenant : {NIR}",
    "Coordonnées bancaires : {IBAN}",
    "Je réponds pour deux écoles du RPI : {UAI} et {UAI}.",
    "Adresse de livraison du matériel : {ADR}",
    "Mail pro {ME_EMAIL}, perso {EMAIL_OBF}",
    "Nom de famille : {ME_LAST}",
]

SIG_FRAMES = [
    "Cordialement,\n{ME_FULL}",
    "Bien cordialement,\n\n{ME_FULL}\n{ROLE_ME}",
    "--\n{ME_FULL}\n{ROLE_ME} – {SCHOOL_ANY}",
    "{ME_FIRST}, prof {DE_SUBJ}",
    "Merci. {ME_FULL}",
    "bonne journée\n{ME_LFULL}",
    "{ME_CAPS}\n{ROLE_ME}",
    "Sincères salutations,\n{ME_TNAME}",
    "Respectueusement,\n{ME_FULL}, {ROLE_ME}",
    "{ME_INITS}",
    "Cordialement\n{ME_FULL}\n{ME_EMAIL}",
    "--\n{ME_FULL}\nTél. {TEL}",
    "{ME_FULL}\n{ROLE_ME}\n{SCHOOL_ANY}\n{ADR}",
    "{ME_FULL} — {ROLE_ME}, {SCHOOL_ANY} ({UAI})",
    "A+\n{ME_LFIRST}",
    "Signé : {ME_FINIT}",
    "Bien à vous,\n{ME_FULL}\n{ME_EMAIL}\n{TEL}",
    "{ME_FULL}, {ROLE_ME}",
    "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n{ME_FULL}",
    "{ME_FIRST}",
]

GREETINGS = ["Bonjour,", "Madame, Monsieur,", "Bonjour à toute l'équipe,", "Bonjour", "Mesdames, Messieurs,",
             "Salut,", "Bjr,", "Bonsoir,", "À l'attention du groupe de travail IA,"]
FORM_INTROS = ["Suite à la consultation, voici mes coordonnées :", "Formulaire de suivi – consultation IA",
               "Bonjour, je suis volontaire pour participer aux groupes de travail.",
               "Coordonnées pour le groupe de travail :", "Merci de me tenir informé·e des suites.",
               "Je veux bien témoigner lors de la restitution.", "Informations demandées :",
               "Réponse au formulaire de recontact", "Volontaire pour l'entretien individuel.",
               "Pour la suite :", "OK pour être recontacté(e)."]
FORM_COMMENTS = ["Disponible le mercredi après-midi uniquement.", "Merci pour cette consultation.",
                 "Je peux me déplacer dans tout le département.",
                 "Pas disponible pendant les vacances scolaires.", "Je préfère la visio.",
                 "Merci de ne pas diffuser ces informations.", "Pas avant 16h30 svp.",
                 "Je serai en congé en mai.", "Joignable surtout le vendredi.",
                 "J'ai déjà rempli le formulaire une fois, il a peut-être été perdu."]
ANON_SIGS = ["Un prof de maths en REP+", "— une CPE de collège", "Une directrice d'école rurale",
             "Un AED qui en a marre", "prof de lettres, 22 ans de carrière",
             "Un principal adjoint de l'académie de Lille", "(professeure des écoles, cycle 3)"]

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def ascii_fold(s):
    for a, b in (("ı", "i"), ("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("ł", "l"), ("Ł", "L"),
                 ("đ", "d"), ("İ", "I")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


def slug(s, sep=""):
    s = ascii_fold(s).lower().replace("'", "")
    return re.sub(r"\s+", sep, s)


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def upper_initial(last):
    for c in last:
        if c.isupper():
            return c
    return last[0].upper()


def first_initials(first):
    return "-".join(part[0] + "." for part in first.split("-"))


class Person:
    __slots__ = ("first", "last", "g")

    def __init__(self, first, last, g):
        self.first, self.last, self.g = first, last, g


def wchoice(r, pairs):
    items = [p[0] for p in pairs]
    weights = [p[1] for p in pairs]
    return r.choices(items, weights)[0]


def make_person(r, g=None):
    g = g or r.choice("fm")
    origin = wchoice(r, ORIGINS)
    first = r.choice(FIRST[origin][g])
    sorigin = origin if r.random() < 0.85 else wchoice(r, ORIGINS)
    last = r.choice(SUR[sorigin])
    return Person(first, last, g)


# ---------------------------------------------------------------------------
# Checksums
# ---------------------------------------------------------------------------


def nir_key(body13):
    b = body13.upper().replace("2A", "19").replace("2B", "18")
    return 97 - int(b) % 97


def nir_is_valid(text):
    s = re.sub(r"[\s.\-/]", "", text).upper()
    if len(s) != 15:
        return False
    return nir_key(s[:13]) == int(s[13:])


def iban_to_int(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_check_digits(country, bban):
    return 98 - iban_to_int(bban + country + "00") % 97


def iban_is_valid(text):
    s = re.sub(r"[^0-9A-Za-z]", "", text).upper()
    return iban_to_int(s[4:] + s[:4]) % 97 == 1


RIB_CONV = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")


def rib_key(bank, branch, account):
    acc = account.upper().translate(RIB_CONV)
    return 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)


def uai_letter(seven):
    return UAI_LETTERS[int(seven) % 23]


def uai_is_valid(text):
    s = re.sub(r"[\s.\-]", "", text).upper()
    return len(s) == 8 and s[:7].isdigit() and uai_letter(s[:7]) == s[7]


def other_key(r, true_key, lo=1, hi=97):
    while True:
        k = r.randint(lo, hi)
        if k != true_key:
            return k


# ---------------------------------------------------------------------------
# Value generators
# ---------------------------------------------------------------------------


class Ctx:
    def __init__(self, r, style):
        self.r = r
        self.style = style
        self.no_init = ("lower" in style) or ("sms" in style)
        self.me = make_person(r)
        self.checks = []  # (kind, wrong)
        self.ai_used = []

    def person(self, g=None):
        return make_person(self.r, g)

    def want_wrong(self, kind):
        # Exact quota: a pre-shuffled list of flags per checked kind, consumed in
        # order by the entities that end up in the file.
        idx = ACCEPTED[kind] + sum(1 for k, _ in self.checks if k == kind)
        flags = WRONG_FLAGS[kind]
        if idx < len(flags):
            return flags[idx]
        return self.r.random() < WRONG_RATE


def title_for(r, g):
    if g == "f":
        return r.choice(["Mme", "Mme", "Mme", "Madame", "madame", "Mme.", "Mlle"])
    return r.choice(["M.", "M.", "M.", "Monsieur", "monsieur", "Mr", "Mr."])


def full_text(r, p):
    x = r.random()
    if x < 0.68:
        return f"{p.first} {p.last}"
    if x < 0.78:
        return f"{p.last.upper()} {p.first}"
    if x < 0.88:
        return f"{p.first} {p.last.upper()}"
    return f"{p.last} {p.first}"


def caps_text(r, p):
    x = r.random()
    if x < 0.55:
        return f"{p.last.upper()} {p.first}"
    if x < 0.8:
        return f"{p.first.upper()} {p.last.upper()}"
    return f"{p.last.upper()} {p.first.upper()}"


def seg_full(ctx, p):
    return [(P, full_text(ctx.r, p))]


def seg_tname(ctx, p):
    r = ctx.r
    t = title_for(r, p.g)
    if r.random() < 0.15:
        return [t + " ", (P, f"{p.first} {p.last}")]
    return [t + " ", (P, p.last)]


def seg_tinit(ctx, p):
    if ctx.no_init:
        return seg_tname(ctx, p)
    while not p.last[0].isupper():
        p = ctx.person(p.g)
    return [title_for(ctx.r, p.g) + " ", (P, upper_initial(p.last)), "."]


def seg_inits(ctx, p):
    if ctx.no_init:
        return seg_full(ctx, p)
    while (p.first[0] == "M" and "-" not in p.first) or not p.last[0].isupper():
        p = ctx.person(p.g)
    fi = first_initials(p.first)
    sep = " " if ctx.r.random() < 0.85 else ""
    return [(P, f"{fi}{sep}{upper_initial(p.last)}"), "."]


def seg_finit(ctx, p):
    if ctx.no_init:
        return seg_full(ctx, p)
    while not p.last[0].isupper():
        p = ctx.person(p.g)
    return [(P, f"{p.first} {upper_initial(p.last)}"), "."]


def seg_pn(ctx, p):
    r = ctx.r
    forms = [("full", 35), ("tname", 25), ("caps", 7), ("lfull", 7), ("first", 5)]
    if not ctx.no_init:
        forms += [("tinit", 8), ("finit", 8), ("inits", 5)]
    f = wchoice(r, forms)
    if f == "full":
        return seg_full(ctx, p)
    if f == "tname":
        return seg_tname(ctx, p)
    if f == "caps":
        return [(P, caps_text(r, p))]
    if f == "lfull":
        return [(P, f"{p.first} {p.last}".lower())]
    if f == "first":
        return [(P, p.first)]
    if f == "tinit":
        return seg_tinit(ctx, p)
    if f == "finit":
        return seg_finit(ctx, p)
    return seg_inits(ctx, p)


def g_person_factory(kind):
    def gen(ctx, g):
        p = ctx.person(g)
        r = ctx.r
        if kind == "FULL":
            return seg_full(ctx, p)
        if kind == "PN":
            return seg_pn(ctx, p)
        if kind == "FIRST":
            return [(P, p.first)]
        if kind == "LFIRST":
            return [(P, p.first.lower())]
        if kind == "LAST":
            return [(P, p.last)]
        if kind == "LFULL":
            return [(P, f"{p.first} {p.last}".lower())]
        if kind == "CAPS":
            return [(P, caps_text(r, p))]
        if kind == "TNAME":
            return seg_tname(ctx, p)
        if kind == "TINIT":
            return seg_tinit(ctx, p)
        if kind == "INITS":
            return seg_inits(ctx, p)
        if kind == "FINIT":
            return seg_finit(ctx, p)
        if kind == "DRNAME":
            return [r.choice(["le Dr ", "le docteur ", "Dr ", "la Dre "]) if p.g == "f" else
                    r.choice(["le Dr ", "le docteur ", "Dr "]), (P, p.last)]
        if kind == "ROLEFN":
            role = r.choice(ROLES)
            return [(role[1] if p.g == "f" else role[0]) + " ", (P, p.first)]
        raise KeyError(kind)
    return gen


def g_pupil(ctx, g):
    g = g or ctx.r.choice("fm")
    return [(P, ctx.r.choice(PUPILS[g]))]


def g_pupclass(ctx, g):
    r = ctx.r
    g = g or r.choice("fm")
    name = r.choice(PUPILS[g])
    if r.random() < 0.7:
        return [(P, name), f" ({r.choice(CLASSES)})"]
    return [(P, name), f", en {r.choice(CLASSES)},"]


def g_pub(ctx, g):
    r = ctx.r
    cands = [x for x in PUBLIC if g is None or x[1] == g]
    full, _, short = r.choice(cands)
    if short and r.random() < 0.4:
        return [(P, short)]
    return [(P, full)]


def me_gen(kind):
    def gen(ctx, g):
        p = ctx.me
        r = ctx.r
        if kind == "ME_FULL":
            return seg_full(ctx, p)
        if kind == "ME_FIRST":
            return [(P, p.first)]
        if kind == "ME_LFIRST":
            return [(P, p.first.lower())]
        if kind == "ME_LAST":
            return [(P, p.last.upper() if r.random() < 0.35 else p.last)]
        if kind == "ME_CAPS":
            return [(P, caps_text(r, p))]
        if kind == "ME_LFULL":
            return [(P, f"{p.first} {p.last}".lower())]
        if kind == "ME_TNAME":
            return [title_for(r, p.g) + " ", (P, p.last)]
        if kind == "ME_INITS":
            if ctx.no_init or (p.first[0] == "M" and "-" not in p.first) or not p.last[0].isupper():
                return seg_full(ctx, p)
            return [(P, f"{first_initials(p.first)} {upper_initial(p.last)}"), "."]
        if kind == "ME_FINIT":
            if ctx.no_init or not p.last[0].isupper():
                return seg_full(ctx, p)
            return [(P, f"{p.first} {upper_initial(p.last)}"), "."]
        raise KeyError(kind)
    return gen


# --- e-mail ---------------------------------------------------------------

def email_local(r, p):
    f, l = slug(p.first), slug(p.last)
    l2 = slug(p.last, "-")
    pat = r.choice(["f.l", "f.l", "f.l", "fl", "il", "f_l", "l.f", "f.lN", "i.l", "li", "f-l2",
                    "fN"])
    return {"f.l": f"{f}.{l}", "fl": f"{f}{l}", "il": f"{f[0]}{l}", "f_l": f"{f}_{l}",
            "l.f": f"{l}.{f}", "f.lN": f"{f}.{l}{r.randint(1, 99)}", "i.l": f"{f[0]}.{l}",
            "li": f"{l}{f[0]}", "f-l2": f"{f}.{l2}", "fN": f"{f}{r.randint(70, 99)}"}[pat]


def email_for(ctx, p, academic=None):
    r = ctx.r
    if academic is None:
        academic = r.random() < 0.55
    local = email_local(r, p)
    dom = r.choice(ACAD_DOMAINS) if academic else r.choice(PERSO_DOMAINS)
    addr = f"{local}@{dom}"
    if r.random() < 0.06:
        addr = addr[0].upper() + addr[1:]
    return addr


def obfuscate(r, addr):
    local, dom = addr.split("@")
    at = r.choice([" [at] ", "(at)", " (at) ", " at ", "[arobase]", " arobase ", " @ ", "@ ",
                   " @", " [@] "])
    if r.random() < 0.45:
        dot = r.choice([" [dot] ", "(dot)", " point ", "[.]", " . "])
        dom = dom.replace(".", dot)
    return f"{local}{at}{dom}"


def g_email(ctx, g):
    addr = email_for(ctx, ctx.person(g))
    if ctx.r.random() < 0.12:
        addr = obfuscate(ctx.r, addr)
    return [("EMAIL", addr)]


def g_email_obf(ctx, g):
    p = ctx.me if ctx.r.random() < 0.5 else ctx.person(g)
    return [("EMAIL", obfuscate(ctx.r, email_for(ctx, p)))]


def g_me_email(ctx, g):
    addr = email_for(ctx, ctx.me)
    if ctx.r.random() < 0.08:
        addr = obfuscate(ctx.r, addr)
    return [("EMAIL", addr)]


def g_school_email(ctx, g):
    r = ctx.r
    pre = r.choice(UAI_PREFIX[:40])
    seven = pre + digits(r, 4)
    uai = seven + uai_letter(seven)
    if r.random() < 0.5:
        uai = uai.lower()
    box = r.choice(["ce", "ce", "gestion", "secretariat", "int"])
    dom = r.choice(ACAD_DOMAINS[:-1])
    if r.random() < 0.25:
        return [("EMAIL", f"secretariat.{slug(r.choice(SCHOOLS), '-')}@{r.choice(PERSO_DOMAINS[:4])}")]
    return [("EMAIL", f"{box}.{uai}@{dom}")]


# --- telephone ------------------------------------------------------------

DOM_TEL = [("262", "0692"), ("262", "0693"), ("262", "0262"), ("590", "0690"), ("590", "0590"),
           ("596", "0696"), ("596", "0596"), ("594", "0694"), ("594", "0594"), ("262", "0639"),
           ("262", "0269")]


def pairs(s):
    return [s[i:i + 2] for i in range(0, len(s), 2)]


def make_tel(ctx, kind=None):
    r = ctx.r
    kind = kind or wchoice(r, [("mob", 60), ("fixe", 22), ("dom", 14), ("foreign", 4)])
    if kind == "foreign":
        return r.choice([f"+32 4{r.randint(60, 99)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}",
                         f"+41 79 {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}",
                         f"+351 9{r.randint(1, 6)}{digits(r, 1)} {digits(r, 3)} {digits(r, 3)}"])
    if kind == "dom":
        cc, pfx = r.choice(DOM_TEL)
        nat = pfx + digits(r, 6)
        x = r.random()
        if x < 0.35:
            return f"+{cc} {nat[1:4]} " + " ".join(pairs(nat[4:]))
        if x < 0.5:
            return f"+{cc}{nat[1:]}"
        if x < 0.6:
            return f"00{cc} {nat[1:4]} " + " ".join(pairs(nat[4:]))
        if x < 0.8:
            return f"{nat[:4]} " + " ".join(pairs(nat[4:]))
        if x < 0.9:
            return " ".join(pairs(nat))
        return ".".join(pairs(nat))
    if kind == "mob":
        nat = "0" + r.choice("67") + digits(r, 8)
    else:
        nat = "0" + r.choice("1234559") + digits(r, 8)
    x = r.random()
    p = pairs(nat)
    if x < 0.40:
        return " ".join(p)
    if x < 0.52:
        return ".".join(p)
    if x < 0.58:
        return "-".join(p)
    if x < 0.68:
        return nat
    if x < 0.78:
        return f"+33 {nat[1]} " + " ".join(pairs(nat[2:]))
    if x < 0.84:
        return f"+33 (0){nat[1]} " + " ".join(pairs(nat[2:]))
    if x < 0.89:
        return f"+33{nat[1:]}"
    if x < 0.94:
        return f"0033 {nat[1]} " + " ".join(pairs(nat[2:]))
    if x < 0.97:
        return f"+33 {nat[1]}." + ".".join(pairs(nat[2:]))
    return "/".join(p)


def tel_gen(kind):
    def gen(ctx, g):
        return [("TELEPHONE", make_tel(ctx, kind))]
    return gen


# --- NIR ------------------------------------------------------------------

def g_nir(ctx, g):
    r = ctx.r
    sex = r.choice("12")
    yy = f"{r.choice([r.randint(60, 99), r.randint(60, 99), r.randint(0, 16)]):02d}"
    mm = f"{r.randint(1, 12):02d}"
    t = r.random()
    dom = False
    if t < 0.08:
        dept, com = r.choice(["2A", "2B"]), f"{r.randint(1, 366):03d}"
    elif t < 0.18:
        dept, com, dom = r.choice(NIR_DOM), f"{r.randint(1, 34):02d}", True
    elif t < 0.26:
        dept, com = "99", r.choice(NIR_COUNTRY)
    else:
        dept, com = r.choice(NIR_DEPTS), f"{r.randint(1, 899):03d}"
    order = f"{r.randint(1, 999):03d}"
    body = sex + yy + mm + dept + com + order
    assert len(body) == 13
    key = nir_key(body)
    wrong = ctx.want_wrong("NIR")
    if wrong:
        key = other_key(r, key)
    k = f"{key:02d}"
    if dom and r.random() < 0.5:
        grp = [body[0], body[1:3], body[3:5], body[5:8], body[8:10], body[10:13], k]
    else:
        grp = [body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], k]
    x = r.random()
    if x < 0.50:
        txt = " ".join(grp)
    elif x < 0.68:
        txt = "".join(grp)
    elif x < 0.78:
        txt = body + " " + k
    elif x < 0.85:
        txt = ".".join(grp)
    elif x < 0.90:
        txt = "-".join(grp)
    else:
        txt = " ".join(grp[:4]) + "\n" + " ".join(grp[4:])
    assert nir_is_valid(txt) == (not wrong)
    ctx.checks.append(("NIR", wrong))
    return [("NIR", txt)]


# --- IBAN -----------------------------------------------------------------

def bban_fr(r):
    bank = r.choice(FR_BANKS)
    branch = digits(r, 5)
    if bank == "20041" and r.random() < 0.6:
        account = digits(r, 7) + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "0" + digits(r, 2)
    else:
        account = digits(r, 11)
    return bank, branch, account


def foreign_bban(r):
    c = r.choice(["DE", "BE", "ES", "PT", "IT", "CH", "LU", "GB", "NL"])
    if c == "DE":
        return c, digits(r, 8) + digits(r, 10)
    if c == "BE":
        n = digits(r, 10)
        chk = int(n) % 97 or 97
        return c, n + f"{chk:02d}"
    if c == "ES":
        return c, digits(r, 20)
    if c == "PT":
        return c, digits(r, 21)
    if c == "IT":
        return c, r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(r, 22)
    if c == "CH":
        return c, digits(r, 17)
    if c == "LU":
        return c, digits(r, 16)
    if c == "GB":
        return c, r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(r, 14)
    return c, r.choice(["ABNA", "INGB", "RABO"]) + digits(r, 10)


def fmt_iban(r, iban, fr_like):
    groups = [iban[i:i + 4] for i in range(0, len(iban), 4)]
    x = r.random()
    if x < 0.58:
        return " ".join(groups)
    if x < 0.76:
        return iban
    if x < 0.84:
        k = r.randint(2, len(groups) - 2)
        return " ".join(groups[:k]) + "\n" + " ".join(groups[k:])
    if x < 0.89:
        return "-".join(groups)
    if x < 0.95 and fr_like:
        return f"{iban[:4]} {iban[4:9]} {iban[9:14]} {iban[14:25]} {iban[25:27]}"
    return iban[:4] + " " + " ".join(iban[i:i + 4] for i in range(4, len(iban), 4))


def make_iban(ctx, foreign=None):
    r = ctx.r
    if foreign is None:
        foreign = r.random() < 0.12
    wrong = ctx.want_wrong("IBAN")
    if not foreign:
        country = "MC" if r.random() < 0.03 else "FR"
        bank, branch, account = bban_fr(r)
        key = rib_key(bank, branch, account)
        bban = bank + branch + account + f"{key:02d}"
        chk = iban_check_digits(country, bban)
        if wrong:
            if r.random() < 0.5:
                bban = bank + branch + account + f"{other_key(r, key):02d}"
            else:
                chk = other_key(r, chk, 2, 98)
        iban = f"{country}{chk:02d}{bban}"
        fr_like = True
    else:
        country, bban = foreign_bban(r)
        chk = iban_check_digits(country, bban)
        if wrong:
            chk = other_key(r, chk, 2, 98)
        iban = f"{country}{chk:02d}{bban}"
        fr_like = False
    txt = fmt_iban(r, iban, fr_like)
    assert iban_is_valid(txt) == (not wrong), (txt, wrong)
    ctx.checks.append(("IBAN", wrong))
    return [("IBAN", txt)]


def g_iban(ctx, g):
    return make_iban(ctx)


def g_iban_x(ctx, g):
    return make_iban(ctx, foreign=True)


def g_bic(ctx, g):
    return [ctx.r.choice(BICS)]


# --- UAI ------------------------------------------------------------------

def g_uai(ctx, g):
    r = ctx.r
    seven = r.choice(UAI_PREFIX) + digits(r, 4)
    letter = uai_letter(seven)
    wrong = ctx.want_wrong("UAI")
    if wrong:
        letter = r.choice([c for c in UAI_LETTERS if c != letter])
    x = r.random()
    if x < 0.55:
        txt = seven + letter
    elif x < 0.65:
        txt = seven + " " + letter
    elif x < 0.73:
        txt = f"{seven[:3]} {seven[3:]} {letter}"
    elif x < 0.81:
        txt = seven + letter.lower()
    elif x < 0.86:
        txt = f"{seven[:3]}.{seven[3:]}.{letter}"
    elif x < 0.93:
        txt = seven + "-" + letter
    else:
        txt = f"{seven[:3]} {seven[3:]}{letter}"
    assert uai_is_valid(txt) == (not wrong)
    ctx.checks.append(("UAI", wrong))
    return [("UAI", txt)]


# --- addresses ------------------------------------------------------------

def house_number(r):
    n = str(r.choice([r.randint(1, 30), r.randint(1, 30), r.randint(1, 199)]))
    x = r.random()
    if x < 0.06:
        n += " bis"
    elif x < 0.09:
        n += " ter"
    elif x < 0.11:
        n += "bis"
    elif x < 0.13:
        n += "B"
    return n


def complement(r):
    k = r.randrange(9)
    if k == 0:
        return r.choice(["bât. ", "Bât ", "bâtiment "]) + r.choice("ABCDE")
    if k == 1:
        return r.choice(["appt ", "appartement ", "apt "]) + str(r.randint(1, 48))
    if k == 2:
        return "résidence " + r.choice(RESIDENCES)
    if k == 3:
        return "BP " + str(r.randint(10, 990))
    if k == 4:
        return "CS " + digits(r, 5)
    if k == 5:
        return "lieu-dit " + r.choice(LIEUDITS)
    if k == 6:
        return f"esc. {r.randint(1, 6)}, {r.randint(1, 9)}e étage"
    if k == 7:
        return f"bât. {r.choice('ABC')}, appt {r.randint(1, 60)}"
    return f"porte {r.randint(1, 30)}"


def street_type(r, st):
    x = r.random()
    if x < 0.12 and st in ABBREV:
        return r.choice(ABBREV[st])
    if x < 0.27:
        return st[0].upper() + st[1:]
    return st


def city_case(r, city):
    x = r.random()
    if x < 0.55:
        return city
    if x < 0.88:
        return city.upper()
    return city.lower()


def make_address(ctx, mode="full", dom=None):
    """mode: full | nc (no city) | 2l (two lines)."""
    r = ctx.r
    if dom is None:
        dom = r.random() < 0.12
    if dom:
        st, sname, cp, city = r.choice(DOM_ADDR)
    else:
        st, sname = r.choice(STREETS)
        cp, city = r.choice(CITIES)
    num = house_number(r)
    sep = ", " if r.random() < 0.1 else " "
    street = f"{num}{sep}{street_type(r, st)} {sname}"
    if mode == "nc":
        if r.random() < 0.62:
            return street
        return street + r.choice([", ", " "]) + cp
    comp = complement(r) if r.random() < 0.3 else None
    cedex = comp is not None and comp[:2] in ("BP", "CS") and r.random() < 0.7
    cityname = city_case(r, city)
    if cedex:
        cp = cp[:2] + "0" + digits(r, 2)
        cityline = f"{cp} {cityname} {r.choice(['Cedex', 'CEDEX', 'cedex'])}"
        if r.random() < 0.3:
            cityline += f" {r.randint(1, 9)}"
    else:
        cityline = f"{cp} {cityname}"
    head = street + (", " + comp if comp else "")
    if mode == "2l":
        return head + r.choice([",\n", "\n", "\n"]) + cityline
    joiner = wchoice(r, [(", ", 60), (" ", 22), (" – ", 8), ("\n", 10)])
    return head + joiner + cityline


def adr_gen(mode, dom=None):
    def gen(ctx, g):
        return [("ADRESSE", make_address(ctx, mode, dom))]
    return gen


# --- non-entity fillers ---------------------------------------------------

def g_ai(ctx, g):
    c = ctx.r.choice([a for a in AI if a not in ctx.ai_used])
    ctx.ai_used.append(c)
    return [c]


def isbn13(r):
    pub = r.choice(["07", "09", "210", "218", "01", "7011", "04", "35", "216"])
    body = "9782" + pub + digits(r, 8 - len(pub))
    s = sum((1 if i % 2 == 0 else 3) * int(d) for i, d in enumerate(body))
    chk = (10 - s % 10) % 10
    return f"978-2-{pub}-{body[4 + len(pub):]}-{chk}"


def g_ticket(ctx, g):
    r = ctx.r
    return [r.choice([f"n° {r.randint(2023, 2025)}-{digits(r, 6)}", f"#{r.randint(10000, 99999)}",
                      f"INC{digits(r, 7)}", f"GLPI {r.randint(10000, 99999)}",
                      f"REQ-{r.randint(2023, 2025)}-{r.randint(1000, 99999)}"])]


def g_date(ctx, g):
    r = ctx.r
    x = r.random()
    if x < 0.4:
        return [f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.choice([2024, 2025])}"]
    if x < 0.8:
        return [f"{r.randint(1, 28)} {r.choice(MONTHS)}"]
    return [f"{r.randint(1, 28)} {r.choice(MONTHS)} {r.choice([2024, 2025])}"]


def g_time(ctx, g):
    r = ctx.r
    h = r.randint(8, 15)
    ctx.last_hour = h
    return [r.choice([f"{h}h", f"{h}h30", f"{h} h 30", f"{h}:15", f"{h}h45"])]


def g_time2(ctx, g):
    r = ctx.r
    h = getattr(ctx, "last_hour", 12) + r.randint(1, 3)
    return [r.choice([f"{h}h", f"{h}h30", f"{h} h 30", f"{h}:15", f"{h}h45"])]


def g_de_town(ctx, g):
    t = ctx.r.choice(TOWNS)
    return [("d'" if t[0] in VOWELS else "de ") + t]


def g_nb(ctx, g):
    r = ctx.r
    if r.random() < 0.75:
        return [f"{r.randint(18, 36)} élèves"]
    return [f"{r.choice(['1 150', '1 400', '480', '620', '850', '1 250', '2 100'])} élèves"]


def g_pct(ctx, g):
    r = ctx.r
    n = r.randint(15, 95)
    return [r.choice([f"{n} %", f"{n}%", f"près de {n} %", f"{n} pour cent"])]


def g_de_subj(ctx, g):
    s = ctx.r.choice(SUBJECTS)
    return [("d'" if s[0] in "aeiouéhAEIOUÉH" else "de ") + s]


def simple(lst):
    def gen(ctx, g):
        return [ctx.r.choice(lst)]
    return gen


def g_role_me(ctx, g):
    return [ctx.r.choice(ROLE_ME[ctx.me.g])]


def fixed_person(name):
    def gen(ctx, g):
        return [(P, name)]
    return gen


GEN = {
    # persons
    "FULL": g_person_factory("FULL"), "PN": g_person_factory("PN"),
    "FIRST": g_person_factory("FIRST"), "LFIRST": g_person_factory("LFIRST"),
    "LAST": g_person_factory("LAST"), "LFULL": g_person_factory("LFULL"),
    "CAPS": g_person_factory("CAPS"), "TNAME": g_person_factory("TNAME"),
    "TINIT": g_person_factory("TINIT"), "INITS": g_person_factory("INITS"),
    "FINIT": g_person_factory("FINIT"), "DRNAME": g_person_factory("DRNAME"),
    "ROLEFN": g_person_factory("ROLEFN"), "PUPIL": g_pupil, "PUPCLASS": g_pupclass,
    "PUB": g_pub, "HIST_MONTAIGNE": fixed_person("Montaigne"),
    "HIST_RABELAIS": fixed_person("Rabelais"),
    "ME_FULL": me_gen("ME_FULL"), "ME_FIRST": me_gen("ME_FIRST"), "ME_LAST": me_gen("ME_LAST"),
    "ME_CAPS": me_gen("ME_CAPS"), "ME_LFULL": me_gen("ME_LFULL"),
    "ME_LFIRST": me_gen("ME_LFIRST"), "ME_TNAME": me_gen("ME_TNAME"),
    "ME_INITS": me_gen("ME_INITS"), "ME_FINIT": me_gen("ME_FINIT"),
    # identifiers
    "EMAIL": g_email, "EMAIL_OBF": g_email_obf, "ME_EMAIL": g_me_email,
    "SCHOOL_EMAIL": g_school_email,
    "TEL": tel_gen(None), "TEL_MOB": tel_gen("mob"), "TEL_FIXE": tel_gen("fixe"),
    "TEL_DOM": tel_gen("dom"),
    "NIR": g_nir, "IBAN": g_iban, "IBAN_X": g_iban_x, "UAI": g_uai,
    "ADR": adr_gen("full"), "ADR_NC": adr_gen("nc"), "ADR_2L": adr_gen("2l"),
    "ADR_DOM": adr_gen("full", True),
    # fillers / traps
    "AI": g_ai, "AI2": g_ai, "BRAND": simple(BRANDS), "EDITEUR": simple(EDITEURS),
    "SCHOOL": simple(SCHOOLS_M), "SCHOOL2": simple(SCHOOLS_M), "SCHOOL_ANY": simple(SCHOOLS),
    "DE_SUBJ": g_de_subj, "TOWN": simple(TOWNS),
    "ACAD": simple(ACADS), "REGION": simple(REGIONS), "STREETNAME": simple(STREETNAMES),
    "PET": simple(PETS), "CLASS": simple(CLASSES), "CLASS2": simple(CLASSES),
    "SUBJ": simple(SUBJECTS), "COUNTRY": simple(COUNTRIES), "LAWREF": simple(LAWREFS),
    "BIC": g_bic, "VERSION": simple(VERSIONS), "TICKET": g_ticket, "DATE": g_date,
    "TIME": g_time, "TIME2": g_time2, "DE_TOWN": g_de_town, "NB": g_nb, "PCT": g_pct,
    "YEAR": simple(["2024-2025", "2023-2024", "2025-2026", "2022/2023", "2024/2025"]),
    "YEARONE": simple(["2023", "2024", "2025"]),
    "ISBN": lambda ctx, g: [isbn13(ctx.r)],
    "N2": lambda ctx, g: [str(ctx.r.randint(18, 64))],
    "ROLE_ME": g_role_me,
}

KIND_OF = {}
for _n in ["FULL", "PN", "FIRST", "LFIRST", "LAST", "LFULL", "CAPS", "TNAME", "TINIT", "INITS",
           "FINIT", "DRNAME", "ROLEFN", "PUPIL", "PUPCLASS", "PUB", "HIST_MONTAIGNE",
           "HIST_RABELAIS", "ME_FULL", "ME_FIRST", "ME_LAST", "ME_CAPS", "ME_LFULL", "ME_LFIRST",
           "ME_TNAME", "ME_INITS", "ME_FINIT"]:
    KIND_OF[_n] = P
for _n in ["EMAIL", "EMAIL_OBF", "ME_EMAIL", "SCHOOL_EMAIL"]:
    KIND_OF[_n] = "EMAIL"
for _n in ["TEL", "TEL_MOB", "TEL_FIXE", "TEL_DOM"]:
    KIND_OF[_n] = "TELEPHONE"
KIND_OF.update({"NIR": "NIR", "IBAN": "IBAN", "IBAN_X": "IBAN", "UAI": "UAI"})
for _n in ["ADR", "ADR_NC", "ADR_2L", "ADR_DOM"]:
    KIND_OF[_n] = "ADRESSE"

PH_RE = re.compile(r"(\{\^?[A-Z0-9_]+\})")
PH_ONE = re.compile(r"\{(\^?)([A-Z0-9_]+)\}")


def resolve(name):
    if name in GEN:
        return name, None
    if name[-2:] in ("_F", "_M") and name[:-2] in GEN:
        return name[:-2], name[-1].lower()
    raise KeyError(name)


class Frame:
    def __init__(self, fid, text):
        self.id = fid
        self.text = text
        self.kinds = Counter()
        for m in PH_ONE.finditer(text):
            base, _ = resolve(m.group(2))
            if base in KIND_OF:
                self.kinds[KIND_OF[base]] += 1


def frames(prefix, texts):
    return [Frame(f"{prefix}{i}", t) for i, t in enumerate(texts)]


F_PLAIN = frames("plain", PLAIN_FRAMES)
F_TRAP = frames("trap", TRAP_FRAMES)
F_PERSON = frames("pers", PERSON_FRAMES)
F_ANEC = frames("anec", ANECDOTE_FRAMES)
F_FORM = frames("form", FORM_FRAMES)
F_SIG = frames("sig", SIG_FRAMES)

for f in F_PLAIN + F_TRAP:
    assert not f.kinds, f.text
for f in F_PERSON + F_ANEC + F_FORM + F_SIG:
    assert f.kinds, f.text


VOWELS = "AEIOUÉÈÊÂÎÔÛÖaeiouéèêâîôûöŒœ"


def elide(segs):
    """French elision « de » + vowel -> « d' » across segment boundaries."""
    for i in range(len(segs) - 1):
        a, b = segs[i], segs[i + 1]
        if not isinstance(a, str):
            continue
        nxt = b[1] if isinstance(b, tuple) else b
        if nxt and nxt[0] in VOWELS and re.search(r"(^|[\s(«'])[dD]e $", a):
            segs[i] = a[:-3] + a[-3] + "'"
        elif isinstance(b, str) and b.startswith("Le ") and re.search(r"(^|\s)(à|de) $", a):
            # « à Le Chat » -> « au Chat », « de Le Chat » -> « du Chat »
            if a.endswith("de "):
                segs[i] = a[:-3] + "du "
            else:
                segs[i] = a[:-2] + "au "
            segs[i + 1] = b[3:]
    return segs


def render(frame_text, ctx):
    segs = []
    for tok in PH_RE.split(frame_text):
        if not tok:
            continue
        m = PH_ONE.fullmatch(tok)
        if not m:
            segs.append(tok)
            continue
        caret, name = m.groups()
        base, g = resolve(name)
        out = list(GEN[base](ctx, g))
        if caret and out and isinstance(out[0], str) and out[0]:
            out[0] = out[0][0].upper() + out[0][1:]
        segs.extend(out)
    return elide(segs)


# ---------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------

SMS_RULES = [(r"\bparce que\b", "pcq"), (r"\bc'est\b", "c"), (r"\bbeaucoup\b", "bcp"),
             (r"\btoujours\b", "tjrs"), (r"\bpour\b", "pr"), (r"\bquand\b", "qd"),
             (r"\bavec\b", "avc"), (r"\bvraiment\b", "vrmt"), (r"\bje suis\b", "jsuis"),
             (r"\baujourd'hui\b", "auj"), (r"\bd'accord\b", "dac"),
             (r"\bquelque chose\b", "qqch"), (r"\btout le monde\b", "tlm"),
             (r"\bprofesseurs?\b", "profs"), (r"\bbonjour\b", "bjr"), (r"\bmerci\b", "mci"),
             (r"\bque\b", "ke"), (r"\bje ne sais pas\b", "jsp"), (r"\bil y a\b", "ya"),
             (r"\bquoi\b", "koi"), (r"\bs'il vous plait\b", "svp"), (r"\bne (\w+) pas\b", r"\1 pas"),
             (r"\bn'(\w+) pas\b", r"\1 pas"), (r"\bcomment\b", "cmt"), (r"\btemps\b", "tps")]


def sms(t, r):
    for pat, rep in SMS_RULES:
        if r.random() < 0.75:
            t = re.sub(pat, rep, t)
    if r.random() < 0.6:
        t = re.sub(r"\.(\s|$)", r"\1", t)
    return t


def typos(t, r, rate):
    parts = re.split(r"(\W+)", t)
    for i, w in enumerate(parts):
        if len(w) >= 5 and w.isalpha() and r.random() < rate:
            op = r.randrange(4)
            j = r.randrange(1, len(w) - 1)
            if op == 0:
                w = w[:j - 1] + w[j] + w[j - 1] + w[j + 1:]
            elif op == 1:
                w = w[:j] + w[j + 1:]
            elif op == 2:
                w = w[:j] + w[j] + w[j:]
            else:
                w = ascii_fold(w)
            parts[i] = w
    return "".join(parts)


def apply_style(segs, style, r):
    out = []
    for s in segs:
        if isinstance(s, tuple):
            k, t = s
            if "lower" in style or "sms" in style:
                t = t.lower()
            if "noacc" in style or "sms" in style:
                t = ascii_fold(t)
            out.append((k, t))
        else:
            t = s
            if "lower" in style or "sms" in style:
                t = t.lower()
            if "noacc" in style or "sms" in style:
                t = ascii_fold(t)
            if "sms" in style:
                t = sms(t, r)
            if "typo" in style:
                t = typos(t, r, 0.07)
            if "caps" in style:
                t = t.upper()
            out.append(t)
    return out


SURVEY_STYLES = [("normal", 38), ("typo", 14), ("lower", 8), ("noacc", 9), ("lower noacc", 7),
                 ("sms", 8), ("lower typo", 5), ("noacc typo", 5), ("formal", 6)]
FORM_STYLES = [("normal", 60), ("typo", 8), ("lower", 10), ("noacc", 10), ("lower noacc", 7),
               ("formal", 5)]
PLAIN_STYLES = [("normal", 45), ("typo", 14), ("lower", 10), ("noacc", 8), ("lower noacc", 8),
                ("sms", 9), ("caps", 6)]

# ---------------------------------------------------------------------------
# Answer builders
# ---------------------------------------------------------------------------


def join_frames(r, rendered, mode):
    """rendered: list of segment lists. mode: space | nl | nl2 | list."""
    segs = []
    bullet = r.choice(["- ", "* ", "• ", "1) "])
    for i, fs in enumerate(rendered):
        if mode == "list":
            b = bullet if bullet != "1) " else f"{i + 1}) "
            if i > 0:
                segs.append("\n")
            segs.append(b)
        elif i > 0:
            segs.append({"space": " ", "nl": "\n", "nl2": "\n\n"}[mode])
        segs.extend(fs)
    return segs


def pick_frames(r, pool, plan, reserve_sig):
    remaining = Counter(plan)
    chosen = []
    sig = None
    if reserve_sig:
        cands = [f for f in F_SIG if all(remaining[k] >= v for k, v in f.kinds.items())]
        if cands:
            sig = r.choice(cands)
            remaining.subtract(sig.kinds)
    used = set()
    while sum(remaining.values()) > 0:
        cands = [f for f in pool if f.id not in used and
                 all(remaining[k] >= v for k, v in f.kinds.items())]
        if not cands:
            cands = [f for f in pool if all(remaining[k] >= v for k, v in f.kinds.items())]
        if not cands:
            raise RuntimeError(f"no frame for {remaining}")
        weights = [1.0 + 0.7 * (sum(f.kinds.values()) - 1) +
                   1.5 * sum(v for k, v in f.kinds.items() if k != P) for f in cands]
        f = r.choices(cands, weights)[0]
        used.add(f.id)
        chosen.append(f)
        remaining.subtract(f.kinds)
    r.shuffle(chosen)
    return chosen, sig


def build_survey(ctx, plan):
    r = ctx.r
    reserve_sig = plan[P] >= 1 and (r.random() < 0.35 or ctx.style == "formal")
    chosen, sig = pick_frames(r, F_PERSON + F_ANEC, plan, reserve_sig)
    body = [render(f.text, ctx) for f in chosen]
    n_extra = wchoice(r, [(0, 30), (1, 35), (2, 22), (3, 13)])
    for _ in range(n_extra):
        f = r.choice(F_PLAIN if r.random() < 0.6 else F_TRAP)
        body.insert(r.randint(0, len(body)), render(f.text, ctx))
    if not body:
        body.append(render(r.choice(F_PLAIN if r.random() < 0.6 else F_TRAP).text, ctx))
    mode = wchoice(r, [("space", 50), ("nl", 22), ("nl2", 16), ("list", 12)])
    segs = []
    if ctx.style == "formal" or r.random() < 0.15:
        segs += [r.choice(GREETINGS), "\n" if r.random() < 0.5 else "\n\n"]
    segs += join_frames(r, body, mode)
    if sig:
        segs += ["\n\n" if r.random() < 0.6 else "\n"] + render(sig.text, ctx)
    return segs


def build_form(ctx, plan):
    r = ctx.r
    reserve_sig = plan[P] >= 1 and (r.random() < 0.4 or ctx.style == "formal")
    chosen, sig = pick_frames(r, F_FORM, plan, reserve_sig)
    body = [render(f.text, ctx) for f in chosen]
    segs = []
    if ctx.style == "formal":
        segs += [r.choice(GREETINGS), "\n\n"]
    if r.random() < 0.65:
        segs += [r.choice(FORM_INTROS), "\n"]
    multi_line = any("\n" in s for fs in body for s in fs if isinstance(s, str))
    if multi_line or r.random() < 0.75:
        mode = "nl"
        segs += join_frames(r, body, mode)
    else:
        sep = r.choice([" ; ", " – ", " | ", " / "])
        for i, fs in enumerate(body):
            if i:
                segs.append(sep)
            segs.extend(fs)
    if r.random() < 0.35:
        segs += ["\n", r.choice(FORM_COMMENTS)]
    if r.random() < 0.2:
        segs += ["\n"] + render(r.choice(F_PLAIN).text, ctx)
    if sig:
        segs += ["\n\n" if r.random() < 0.5 else "\n"] + render(sig.text, ctx)
    return segs


def build_trap(ctx):
    r = ctx.r
    n = wchoice(r, [(1, 35), (2, 35), (3, 20), (4, 10)])
    fs = [r.choice(F_TRAP)]
    for _ in range(n - 1):
        fs.append(r.choice(F_TRAP if r.random() < 0.5 else F_PLAIN))
    r.shuffle(fs)
    body = [render(f.text, ctx) for f in fs]
    mode = wchoice(r, [("space", 55), ("nl", 20), ("nl2", 15), ("list", 10)])
    segs = []
    if r.random() < 0.12:
        segs += [r.choice(GREETINGS), "\n"]
    segs += join_frames(r, body, mode)
    if r.random() < 0.15:
        segs += ["\n", r.choice(ANON_SIGS)]
    return segs


def build_plain(ctx):
    r = ctx.r
    n = wchoice(r, [(1, 45), (2, 30), (3, 17), (4, 8)])
    fs = r.sample(F_PLAIN, n)
    body = [render(f.text, ctx) for f in fs]
    mode = wchoice(r, [("space", 60), ("nl", 20), ("nl2", 10), ("list", 10)])
    segs = join_frames(r, body, mode)
    if r.random() < 0.1:
        segs += ["\n", r.choice(ANON_SIGS)]
    return segs


# ---------------------------------------------------------------------------
# Assembly and verification
# ---------------------------------------------------------------------------


def assemble(segs):
    """-> (text, [(kind, text, start)]) or None when the find-contract fails."""
    text_parts, ents, pos = [], [], 0
    for s in segs:
        if isinstance(s, tuple):
            k, t = s
            ents.append((k, t, pos))
            text_parts.append(t)
            pos += len(t)
        else:
            text_parts.append(s)
            pos += len(s)
    text = "".join(text_parts)
    if text != text.strip():
        return None
    prev_end = 0
    for k, t, start in ents:
        if not t or t != t.strip():
            return None
        if start < prev_end:
            return None
        if text.find(t, prev_end) != start:
            return None
        prev_end = start + len(t)
    return text, ents


def make_plans(r):
    tokens = []
    for k in ID_KINDS:
        tokens += [k] * TARGET_ID
    r.shuffle(tokens)
    survey = [Counter() for _ in range(N_SURVEY)]
    form = [Counter() for _ in range(N_FORM)]
    for i in range(N_SURVEY_WITH_ID):
        survey[i][tokens.pop()] += 1
    for f in form:
        f[tokens.pop()] += 1
    cap = {"NIR": 1, "IBAN": 1, "UAI": 3, "EMAIL": 2, "TELEPHONE": 2, "ADRESSE": 2}
    while tokens:
        k = tokens.pop()
        cands = [f for f in form if f[k] < cap[k] and sum(f.values()) < 5]
        if not cands:
            cands = [s for s in survey[:N_SURVEY_WITH_ID] if s[k] == 0 and sum(s.values()) < 2]
        r.choice(cands)[k] += 1
    for f in form:
        f[P] = wchoice(r, [(0, 15), (1, 60), (2, 25)])
    for i, s in enumerate(survey):
        s[P] = (0 if r.random() < 0.35 else 1) if i < N_SURVEY_WITH_ID else 1
    left = TARGET_PERSON - sum(c[P] for c in survey + form)
    assert left > 0
    for _ in range(left):
        cands = [s for s in survey if s[P] < 6]
        r.choice(cands)[P] += 1
    return [("survey", s) for s in survey] + [("form", f) for f in form]


ACCEPTED = Counter()
WRONG_FLAGS = {}


def main():
    rng = random.Random(SEED)
    n_wrong = round(TARGET_ID * WRONG_RATE)
    for k in CHECKED:
        flags = [True] * n_wrong + [False] * (TARGET_ID - n_wrong)
        rng.shuffle(flags)
        WRONG_FLAGS[k] = flags
    plans = make_plans(rng)
    slots = [("plain", None)] * N_PLAIN + [("trap", None)] * N_TRAP + plans
    rng.shuffle(slots)

    lines = []
    kind_count = Counter()
    wrong_count = Counter()
    retries = 0
    for idx, (cat, plan) in enumerate(slots):
        for attempt in range(500):
            if cat == "survey":
                style = wchoice(rng, SURVEY_STYLES)
            elif cat == "form":
                style = wchoice(rng, FORM_STYLES)
            else:
                style = wchoice(rng, PLAIN_STYLES)
            ctx = Ctx(rng, style)
            if cat == "survey":
                segs = build_survey(ctx, plan)
            elif cat == "form":
                segs = build_form(ctx, plan)
            elif cat == "trap":
                segs = build_trap(ctx)
            else:
                segs = build_plain(ctx)
            segs = apply_style(segs, style, rng)
            res = assemble(segs)
            if res is not None:
                break
            retries += 1
        else:
            raise RuntimeError(f"could not build line {idx}")
        text, ents = res
        got = Counter(k for k, _, _ in ents)
        if cat in ("plain", "trap"):
            assert not ents
        else:
            assert got == +plan, (got, plan)
        for k, w in ctx.checks:
            ACCEPTED[k] += 1
            if w:
                wrong_count[k] += 1
        kind_count.update(got)
        lines.append({"id": f"g{idx + 1:03d}", "text": text,
                      "entities": [{"kind": k, "text": t} for k, t, _ in ents]})

    # ---- final verification on the serialised objects
    assert len(lines) == N_TOTAL
    recount_wrong = Counter()
    for obj in lines:
        text = obj["text"]
        prev_end = 0
        for e in obj["entities"]:
            assert e["kind"] in KINDS
            pos = text.find(e["text"], prev_end)
            assert pos >= prev_end, (obj["id"], e)
            prev_end = pos + len(e["text"])
            if e["kind"] == "NIR" and not nir_is_valid(e["text"]):
                recount_wrong["NIR"] += 1
            if e["kind"] == "IBAN" and not iban_is_valid(e["text"]):
                recount_wrong["IBAN"] += 1
            if e["kind"] == "UAI" and not uai_is_valid(e["text"]):
                recount_wrong["UAI"] += 1
    for k in CHECKED:
        assert recount_wrong[k] == wrong_count[k], (k, recount_wrong[k], wrong_count[k])

    n_frames = len(F_PLAIN) + len(F_TRAP) + len(F_PERSON) + len(F_ANEC) + len(F_FORM) + len(F_SIG)
    assert n_frames >= 150

    os.makedirs(os.path.dirname(OUT_PATH), exist_ok=True)
    with open(OUT_PATH, "w", encoding="utf-8", newline="\n") as fh:
        for obj in lines:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    with open(OUT_PATH, "rb") as fh:
        md5 = hashlib.md5(fh.read()).hexdigest()

    n_empty = sum(1 for o in lines if not o["entities"])
    print(f"wrote {OUT_PATH}: {len(lines)} lines ({n_empty} without entity), "
          f"{n_frames} hand-written frames, {retries} rebuilds")
    for k in KINDS:
        extra = ""
        if k in CHECKED:
            extra = f"  (wrong check key: {wrong_count[k]})"
        print(f"  {k:<10} {kind_count[k]:4d}{extra}")
    print(f"  total      {sum(kind_count.values()):4d}")
    print(f"md5 {md5}")


if __name__ == "__main__":
    sys.exit(main())
