#!/usr/bin/env python3
"""Blind evaluation set no. 8 for the personal-data masker (French, school / AI survey).

WRITTEN BLIND: this generator was written without reading the detector, its
tests, its docs or any other generator / fixture of scripts/bench.  All sentence
frames and all value generators below are original to this file.  Standard
library only, fully deterministic.

    SEED   = 4122026   (random.Random(SEED), single generator for everything)
    OUTPUT = Tests/PrivacyTests/Fixtures/pii_blind8.jsonl   (400 lines)
    RUN    = python3 scripts/bench/pii_make_blind8.py       (from the repo root)

Each line:  {"id": "h001", "text": "...", "entities": [{"kind": K, "text": "..."}]}
Entities are listed in order of appearance; each one is found by
text.find(entity_text, end_of_previous_entity) exactly at its place (asserted),
and no two entities overlap.  At the end the script prints the count per kind,
the share of deliberately wrong check keys (NIR / IBAN / UAI) and the md5 of the
output file.

Content: French free-text answers to the survey « Que pensez-vous de l'usage de
l'IA dans les établissements scolaires ? » (teachers, heads of school, CPE,
AESH, parents' delegates, inspectors, staff), answers to a follow-up form where
people leave contact details, e-mail-like messages and forum-like posts.
Mix (400 answers):
  *  60 answers with no personal data at all;
  *  70 "trap" answers with things that look like data but are not (AI products
     ChatGPT / Mistral / Copilot / Gemini / Claude / Le Chat / Albert..., Pronote
     and ENT names, brands, school names « collège Jean Moulin », streets
     without a number, cities alone, dates, times, percentages, class names,
     rooms, versions, law articles, ISBN, pages, years, scores, amounts, pets);
     they carry no entity;
  * 150 survey answers with names / identifiers woven into opinions;
  * 120 follow-up form answers, e-mails and forum posts with contact details.
Targets: about 420 PERSONNE and exactly 62 of each identifier kind (EMAIL,
TELEPHONE, NIR, IBAN, UAI, ADRESSE).  About 40 % of NIR, IBAN and UAI carry a
deliberately wrong check key; they are labelled exactly like the valid ones.
Registers vary: formal, casual, SMS-style, typos, missing accents, all-lowercase
answers, ALL CAPS words, line breaks, dash lists, signatures.

Labelling conventions:
  PERSONNE  titles (M., Mme, Dr, monsieur...) excluded; an initial after a
            title is the letter alone (« Mme L. » -> « L »); first name +
            surname = one entity (also « DIALLO Fatou »); a first name next to a
            role or a class is labelled alone; trailing abbreviation dots are
            excluded (« J.-P. R. » -> « J.-P. R »); public figures are persons;
            names inside e-mails, schools, streets, places, pets, brands and AI
            products are not persons.  Separate form fields (« Nom : X » /
            « Prénom : Y ») give two entities.
  EMAIL     the whole address, obfuscated forms included (« [at] », « (dot) »,
            « arobase ... point ... »).
  TELEPHONE the number with its international prefix (+33, 0033, (+33),
            +262...), no label.
  NIR / IBAN / UAI  the whole identifier with its inner separators, label
            (« NIR : », « IBAN », « UAI : », « RNE ») excluded.
  ADRESSE   from the house number to the end of the city (or of the street /
            postcode when no city is given); complements (bis/ter, bâtiment,
            appartement, résidence, escalier, BP) included, line breaks
            included, « CEDEX » (and its number) counted as part of the city.
"""

import hashlib
import json
import os
import re
import sys
import unicodedata
import random
from collections import Counter

SEED = 4122026
OUT_PATH = os.path.join("Tests", "PrivacyTests", "Fixtures", "pii_blind8.jsonl")
N_CLEAN, N_TRAP, N_SURVEY, N_FORM = 60, 70, 150, 120
ID_KINDS = ["EMAIL", "TELEPHONE", "NIR", "IBAN", "UAI", "ADRESSE"]
PER_ID_KIND = 62
WRONG_SHARE = 0.40

rng = random.Random(SEED)

# ---------------------------------------------------------------------------
# Name material
# ---------------------------------------------------------------------------
FIRST_F = [
    "Nathalie", "Sandrine", "Sylvie", "Isabelle", "Véronique", "Brigitte", "Élodie",
    "Aurélie", "Camille", "Léa", "Manon", "Chloé", "Géraldine", "Ghislaine", "Bérénice",
    "Apolline", "Capucine", "Hortense", "Solène", "Maëlle", "Gwenaëlle", "Nolwenn",
    "Armelle", "Maïwenn", "Katell", "Soizic", "Rozenn", "Odile", "Aloïse", "Letizia",
    "Ghjulia", "Maialen", "Ainhoa", "Kattalin", "Nadia", "Samira", "Yasmina", "Fatima",
    "Khadija", "Nassima", "Leïla", "Djamila", "Zineb", "Meriem", "Aïcha", "Fatou",
    "Aminata", "Awa", "Aïssatou", "Kadiatou", "Mariama", "Coumba", "Oumou",
    "Conceição", "Fernanda", "Inês", "Filipa", "Huong", "Linh", "Phuong", "Thuy",
    "Agnieszka", "Katarzyna", "Milena", "Oksana", "Ioana", "Svetlana", "Jelena",
    "Zofia", "Josépha", "Dorothée", "Félicité", "Lucette", "Mylène", "Marie-Claire",
    "Anne-Sophie", "Marie-Thérèse", "Anne-Laure", "Marie-Hélène", "Marie-Flore",
    "Christelle", "Murielle", "Joëlle", "Annick", "Françoise", "Pascale", "Laetitia",
    "Sabrina", "Séverine", "Ophélie", "Clémence", "Margaux", "Noémie", "Anaïs",
    "Yvette", "Gisèle", "Dominique", "Ségolène", "Gwladys", "Hélène", "Rahma",
]
FIRST_M = [
    "Jean", "Pierre", "Michel", "Christophe", "Stéphane", "Thierry", "Hugo", "Théo",
    "Kevin", "Jordan", "Dylan", "Mathis", "Clément", "Romain", "Guillaume", "Anatole",
    "Eudes", "Gonzague", "Loïc", "Yannick", "Erwan", "Tanguy", "Ronan", "Goulven",
    "Joseph", "Materne", "Pascal", "Ange-Marie", "Paul-Antoine", "Orsu", "Santu",
    "Iñaki", "Xabi", "Peio", "Ramuntxo", "Eneko", "Mohamed", "Karim", "Rachid",
    "Youssef", "Amine", "Sofiane", "Bilal", "Farid", "Mourad", "Hocine", "Walid",
    "Moussa", "Mamadou", "Ousmane", "Seydou", "Boubacar", "Ibrahima", "Adama",
    "Souleymane", "Yacouba", "João", "Manuel", "Joaquim", "Rui", "Tiago", "Gonçalo",
    "Luís", "Minh", "Thanh", "Tuan", "Duc", "Quang", "Bao", "Piotr", "Dragan",
    "Bogdan", "Radu", "Dmitri", "Tomasz", "Vasile", "Rosan", "Jocelyn", "Harry",
    "Ludovic", "Gérald", "Rudy", "Jean-Baptiste", "Paul-Henri", "Jean-Pierre",
    "Pierre-Yves", "Jean-Luc", "Charles-Édouard", "Louis-Marie", "Hervé", "Didier",
    "Patrick", "Bruno", "Olivier", "Franck", "Fabrice", "Gilles", "Benoît", "Arnaud",
    "Yves", "Gaëtan", "Florian", "Claude", "Albert", "Dieudonné", "Marius",
]
LAST = [
    # France (various regions), some rare
    "Martin", "Bernard", "Durand", "Petit", "Leroy", "Moreau", "Lefebvre", "Garnier",
    "Faure", "Rousseau", "Blanchard", "Chevallier", "Gauthier", "Perrin", "Marchand",
    "Boucher", "Picard", "Lemaire", "Vasseur", "Dubois", "Fontaine", "Caron",
    "Deschamps", "Masson", "Renaud", "Barbier", "Tessier", "Pelletier", "Courtois",
    "Lacroix", "Vandenbussche", "Dufourcq", "Puyjalon", "Delattre", "Vanhoutte",
    "Brunet-Lecomte", "Grosjean", "Chabrol", "Rivoal", "Peyrusse", "Lagarrigue",
    # Brittany
    "Abgrall", "Quéméner", "Kerjean", "Le Gall", "Le Floch", "Le Bihan", "Guéguen",
    "Morvan", "Le Goff", "Riou", "Kerleroux", "Le Corre", "Jaouen",
    # Alsace
    "Schmitt", "Muller", "Meyer", "Klein", "Weber", "Hoffmann", "Kieffer", "Ehrhart",
    "Bleesz", "Ostermann", "Zimmermann", "Grunenwald",
    # Corsica
    "Santoni", "Luciani", "Casanova", "Giacomoni", "Paoli", "Pieri", "Colonna",
    "Ottaviani", "Mattei", "Antonetti",
    # Basque country
    "Etcheverry", "Iriarte", "Elissalde", "Harispe", "Urruty", "Etchegaray",
    "Bidegain", "Arrieta", "Larralde", "Olhagaray",
    # Maghreb
    "Benali", "Haddad", "Bouzid", "Cherif", "Mansouri", "Belkacem", "Khelifi",
    "Amrani", "Zerrouki", "Benmoussa", "El Idrissi", "Ait Ouali", "Boumediene",
    "Saïdi", "Hamidi", "Lahlou", "Ben Salah",
    # West Africa
    "Diallo", "Traoré", "Koné", "Sawadogo", "Ouédraogo", "Diop", "Ndiaye", "Camara",
    "Keïta", "Coulibaly", "Sow", "Bamba", "Kaboré", "Touré", "Sissoko", "Fofana",
    "Diarra", "Mbaye", "N'Diaye",
    # Portugal
    "Da Silva", "Pereira", "Ferreira", "Gonçalves", "Rodrigues", "Fernandes",
    "Carvalho", "Teixeira", "Lopes", "Almeida", "Sousa", "Moreira", "Figueiredo",
    "Dos Santos",
    # Vietnam
    "Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui", "Ngo", "Duong", "Truong",
    "Lê",
    # Eastern Europe
    "Kowalski", "Nowak", "Wiśniewska", "Popescu", "Ionescu", "Petrović", "Jovanović",
    "Kovalenko", "Shevchenko", "Horvat", "Dvořák", "Wojcik", "Zielinska",
    "Lewandowski",
    # Antilles / Guyane / Réunion
    "Bellance", "Dorival", "Zébina", "Alcindor", "Marie-Sainte", "Saint-Éloi",
    "Célestine", "Nestoret", "Cyrille", "Calixte", "Pierre-Charles", "Hoarau",
    "Payet", "Grondin",
    # particles, hyphenated
    "de La Fontaine", "de Villiers", "du Pontavice", "d'Harcourt", "de Kerautem",
    "de Saint-Aubin", "Martin-Lavigne", "Bourdin-Chevalier", "Cohen-Solal",
    "Garcia-Lopez", "Diallo-Mercier", "Nguyen-Vautrin", "Mercier-Ndiaye",
]
KIDS_F = [
    "Inès", "Jade", "Louise", "Lina", "Aya", "Kenza", "Lyna", "Emma", "Rose", "Ambre",
    "Alicia", "Océane", "Maëlys", "Chaïma", "Zoé", "Anaëlle", "Assia", "Élise",
    "Thuy-Tien", "Aylin", "Luna", "Romane", "Mila", "Keyla", "Maïssa", "Loane",
    "Nour", "Awa", "Kiara", "Lisa", "Yasmine", "Malak", "Mathilde", "Rokia",
]
KIDS_M = [
    "Kevin", "Léo", "Nolan", "Mohamed", "Maël", "Timéo", "Ibrahim", "Gabriel",
    "Sacha", "Mamadou", "Youssef", "Nino", "Bryan", "Killian", "Ethan", "Wassim",
    "Ilyes", "Lenny", "Mathéo", "Diego", "Nathanaël", "Kofi", "Hamza", "Tiago",
    "Noam", "Yanis", "Djibril", "Évan", "Soan", "Naïm", "Jibril", "Enzo", "Lucas",
    "Matteo", "Adrien", "Kylian",
]
PUBLIC = [
    ("Emmanuel Macron", "Macron", "M"), ("Gabriel Attal", "Attal", "M"),
    ("Pap Ndiaye", "Ndiaye", "M"), ("Jean-Michel Blanquer", "Blanquer", "M"),
    ("Nicole Belloubet", "Belloubet", "F"), ("Élisabeth Borne", "Borne", "F"),
    ("Najat Vallaud-Belkacem", "Vallaud-Belkacem", "F"), ("Anne Genetet", "Genetet", "F"),
    ("Philippe Meirieu", "Meirieu", "M"), ("Stanislas Dehaene", "Dehaene", "M"),
    ("Célestin Freinet", "Freinet", "M"), ("Maria Montessori", "Montessori", "F"),
    ("Yann LeCun", "LeCun", "M"), ("Cédric Villani", "Villani", "M"),
    ("Luc Julia", "Julia", "M"), ("Laurent Alexandre", "Alexandre", "M"),
    ("Sam Altman", "Altman", "M"), ("Elon Musk", "Musk", "M"),
    ("Arthur Mensch", "Mensch", "M"), ("Bill Gates", "Gates", "M"),
    ("Xavier Niel", "Niel", "M"), ("Françoise Dolto", "Dolto", "F"),
    ("Edgar Morin", "Morin", "M"), ("Boris Cyrulnik", "Cyrulnik", "M"),
    ("Michel Serres", "Serres", "M"), ("Geoffrey Hinton", "Hinton", "M"),
    ("Albert Jacquard", "Jacquard", "M"), ("Jean Piaget", "Piaget", "M"),
    ("Simone Veil", "Veil", "F"), ("Marie Curie", "Curie", "F"),
]

# ---------------------------------------------------------------------------
# Filler material (never labelled)
# ---------------------------------------------------------------------------
AI_PRODUCTS = [
    "ChatGPT", "Chat GPT", "chatgpt", "Mistral", "Mistral AI", "Copilot",
    "Microsoft Copilot", "Gemini", "Claude", "Le Chat", "Perplexity", "DeepL",
    "Grammarly", "Khanmigo", "MagicSchool", "Albert", "GPT-4o", "MIA Seconde",
    "Canva", "Midjourney", "NotebookLM", "Llama", "Copilot Édu", "Gemini Advanced",
]
ENTS = [
    "Pronote", "l'ENT", "Éclat-BFC", "Toutatice", "Mon Bureau Numérique",
    "Monlycée.net", "Skolengo", "ÉduConnect", "Arsène76", "Beneylu", "Moodle",
    "Éléa", "Pix", "la plateforme Magistère", "Vittascience", "Lalilo", "Atrium",
]
SCHOOLS = [
    "collège Jean Moulin", "lycée Victor Hugo", "école Jules Ferry", "lycée Marie Curie",
    "collège Louise Michel", "école maternelle Les Coquelicots",
    "lycée professionnel Gustave Eiffel", "collège Simone Veil", "lycée Condorcet",
    "école élémentaire Jean Jaurès", "collège Albert Camus", "lycée Saint-Exupéry",
    "collège Aimé Césaire", "lycée Gaston Monnerville", "collège Pierre Loti",
    "école Paul Bert", "lycée agricole de Tulle", "collège Les Tilleuls",
    "collège Anne Frank", "lycée Jean-Baptiste Corot", "collège Jean de La Fontaine",
    "lycée Bellevue", "école du Centre", "collège Marcel Pagnol",
]
CITIES = [
    "Lille", "Roubaix", "Amiens", "Rennes", "Quimper", "Brest", "Strasbourg", "Colmar",
    "Mulhouse", "Ajaccio", "Bastia", "Bayonne", "Pau", "Toulouse", "Marseille", "Nice",
    "Lyon", "Grenoble", "Clermont-Ferrand", "Limoges", "Nantes", "Angers", "Dijon",
    "Besançon", "Metz", "Nancy", "Reims", "Rouen", "Caen", "Orléans", "Tours",
    "Poitiers", "Bordeaux", "Montpellier", "Perpignan", "Saint-Denis", "Pointe-à-Pitre",
    "Fort-de-France", "Cayenne", "Mamoudzou", "Créteil", "Bobigny", "Aubervilliers",
    "Villeneuve-d'Ascq", "Charleville-Mézières", "Lorient", "Tulle",
]
CLASSES = [
    "4e B", "6e A", "3e2", "5eC", "2nde 4", "1re STMG", "Tle G3", "4e D", "3e Prépa-Métiers",
    "BTS SIO 1", "CAP 1", "terminale pro", "seconde 7", "ULIS", "SEGPA 4e", "5e1",
]
PCLASSES = ["CP", "CE1", "CE2", "CM1", "CM2", "GS", "MS", "CM1-CM2", "CE1/CE2"]
SUBJECTS = [
    "maths", "français", "histoire-géo", "SVT", "anglais", "physique-chimie", "techno",
    "EPS", "philo", "SES", "arts plastiques", "musique", "espagnol", "allemand", "NSI",
    "lettres", "éco-gestion",
]
ROOMS = [
    "salle 112", "salle B204", "au CDI", "en salle informatique 3", "bâtiment C, salle 12",
    "salle 2.14", "à l'amphi A", "en salle polyvalente", "salle 07",
]
VERSIONS = [
    "la version 4.0", "la v2.3.1", "Pronote 2024", "la mise à jour 12.4", "Windows 11",
    "iOS 17", "la version 3.5", "Moodle 4.1", "la 1.8.2",
]
LAWS = [
    "l'article L. 131-1 du Code de l'éducation", "l'article 9 du RGPD",
    "le règlement (UE) 2016/679", "la loi n° 2019-791 du 26 juillet 2019",
    "l'article L. 111-1 du Code de l'éducation", "la circulaire n° 2023-090",
    "l'article 4 de la charte informatique", "le décret n° 2014-1377",
    "l'AI Act (règlement 2024/1689)", "l'article 226-1 du Code pénal",
]
ISBNS = [
    "ISBN 978-2-09-171234-5", "ISBN 978-2-210-10758-3", "ISBN 978-2-7011-9872-1",
    "ISBN 979-10-358-0412-7", "ISBN 978-2-01-395117-4",
]
PAGES = ["page 47", "p. 112", "pages 30 à 35", "p.8", "page 203", "p. 64-65"]
YEARS = ["2019", "2021", "2022", "2023", "2024", "2025", "1998", "2030"]
SCORES = ["12/20", "8,5/20", "15 sur 20", "3/10", "17/20", "9/20", "4/5", "14,25/20"]
AMOUNTS = [
    "1 200 €", "45 euros", "3,50 €", "2 millions d'euros", "150 € par an", "30 000 €",
    "12€", "800 euros", "0,99 €",
]
PCTS = ["30 %", "80%", "12,5 %", "90 %", "2 %", "65%", "45 %", "100 %"]
DATES = [
    "le 12 mars", "le 3 octobre 2024", "le 15/01/2025", "lundi 9 septembre", "le 1er avril",
    "jeudi 14/11", "mardi dernier", "le 28 juin 2024", "le 07/02", "mercredi 22 mai",
]
TIMES = ["8h30", "17 h", "12h15", "10h", "14h", "18h30", "7h45", "16h05"]
STREETS = [
    "la rue de la République", "l'avenue Jean Jaurès", "le boulevard Gambetta",
    "la place de la Mairie", "le chemin des Écoliers", "la route de Quimper",
    "l'allée des Tilleuls", "la rue Victor Hugo", "le quai de la Fosse",
    "la rue Frédéric Mistral", "l'impasse des Vignes",
]
BRANDS = [
    "Apple", "Samsung", "Microsoft", "Google", "Renault", "Decathlon", "Leclerc",
    "Carrefour", "Nathan", "Hachette", "Bordas", "Lego", "Nintendo", "TikTok",
    "Snapchat", "Instagram", "YouTube", "Bic", "Lacoste", "Michelin",
]
PETS = [
    "mon chat Caramel", "notre chien Pistache", "le hamster de la classe, Noisette",
    "mon chien Rocky", "le poisson rouge de la classe, Gaston", "ma chatte Cannelle",
    "le lapin de la maternelle, Oscar", "mon perroquet Coco",
]
ACADS = [
    "l'académie de Lille", "l'académie de Créteil", "l'académie de Rennes",
    "l'académie de Strasbourg", "l'académie de Corse", "l'académie de La Réunion",
    "l'académie de la Guadeloupe", "l'académie de Mayotte", "l'académie d'Aix-Marseille",
    "l'académie de Normandie", "l'académie de Bordeaux", "l'académie de Lyon",
    "l'académie de Versailles", "l'académie de la Martinique",
]
ROLES = [
    "professeur de {SUBJ}", "professeure des écoles", "principal", "principale adjointe",
    "proviseur", "CPE", "AESH", "AED", "documentaliste", "infirmière scolaire", "IEN",
    "IA-IPR de {SUBJ}", "parent délégué", "représentante des parents FCPE",
    "secrétaire de direction", "gestionnaire", "agent d'accueil", "directrice d'école",
    "référent numérique", "chef de travaux", "psychologue EN", "assistante sociale",
    "prof de {SUBJ} en {CLASS}", "enseignante en ULIS", "CPE stagiaire",
]

# ---------------------------------------------------------------------------
# Address material
# ---------------------------------------------------------------------------
STREET_TYPES = [
    ("rue", 12), ("avenue", 4), ("av.", 1), ("boulevard", 2), ("bd", 2), ("allée", 3),
    ("impasse", 3), ("chemin", 3), ("place", 2), ("route", 2), ("résidence", 2),
    ("lotissement", 2), ("quai", 1), ("cours", 1), ("square", 1), ("Rue", 2),
    ("Avenue", 1), ("Bd", 1), ("chem.", 1), ("imp.", 1),
]
STREET_NAMES = [
    "des Lilas", "Victor Hugo", "Jean Jaurès", "de la République", "du Général Leclerc",
    "des Écoles", "Pasteur", "de la Gare", "du Moulin", "des Tisserands", "Paul Bert",
    "de Verdun", "Anatole France", "du 8 Mai 1945", "des Flamboyants",
    "Victor Schoelcher", "du Port", "de l'Église", "Louise Michel", "Simone Veil",
    "des Mimosas", "des Hortensias", "du Stade", "Saint-Exupéry", "des Acacias",
    "de Kerlaouen", "des Vignes", "Marcel Pagnol", "de la Liberté", "Aimé Césaire",
    "des Cigales", "du Maréchal Foch", "Gambetta", "des Peupliers", "du Château d'Eau",
    "de la Forge", "Frédéric Mistral", "des Goélands", "du 19 Mars 1962", "Pierre Loti",
]
ESTATE_NAMES = [
    "Les Tilleuls", "Le Clos des Vignes", "Les Hauts de Plaisance", "Bellevue",
    "Les Alizés", "Beau Soleil", "Les Jardins de l'Europe", "Les Cocotiers",
    "Le Domaine du Lac",
]
POSTCODES_METRO = [
    ("59000", "Lille"), ("59100", "Roubaix"), ("59650", "Villeneuve-d'Ascq"),
    ("80000", "Amiens"), ("35000", "Rennes"), ("29000", "Quimper"), ("29200", "Brest"),
    ("29120", "Pont-l'Abbé"), ("67000", "Strasbourg"), ("68000", "Colmar"),
    ("68100", "Mulhouse"), ("20000", "Ajaccio"), ("20200", "Bastia"), ("20250", "Corte"),
    ("64100", "Bayonne"), ("64500", "Saint-Jean-de-Luz"), ("64000", "Pau"),
    ("31000", "Toulouse"), ("13001", "Marseille"), ("13090", "Aix-en-Provence"),
    ("06000", "Nice"), ("69003", "Lyon"), ("38000", "Grenoble"),
    ("63000", "Clermont-Ferrand"), ("87000", "Limoges"), ("44000", "Nantes"),
    ("49000", "Angers"), ("21000", "Dijon"), ("25000", "Besançon"), ("57000", "Metz"),
    ("54000", "Nancy"), ("51100", "Reims"), ("76000", "Rouen"), ("14000", "Caen"),
    ("45000", "Orléans"), ("37000", "Tours"), ("86000", "Poitiers"),
    ("33000", "Bordeaux"), ("33600", "Pessac"), ("34000", "Montpellier"),
    ("66000", "Perpignan"), ("93200", "Saint-Denis"), ("93300", "Aubervilliers"),
    ("94000", "Créteil"), ("95000", "Cergy"), ("75011", "Paris"), ("75019", "Paris"),
    ("08000", "Charleville-Mézières"), ("22300", "Lannion"), ("56100", "Lorient"),
    ("19000", "Tulle"), ("01000", "Bourg-en-Bresse"),
]
POSTCODES_DOM = [
    ("97110", "Pointe-à-Pitre"), ("97139", "Les Abymes"), ("97200", "Fort-de-France"),
    ("97232", "Le Lamentin"), ("97300", "Cayenne"), ("97354", "Rémire-Montjoly"),
    ("97400", "Saint-Denis"), ("97410", "Saint-Pierre"), ("97600", "Mamoudzou"),
    ("97615", "Pamandzi"), ("97320", "Saint-Laurent-du-Maroni"), ("97430", "Le Tampon"),
]

ACAD_DOMAINS = [
    "ac-lille.fr", "ac-versailles.fr", "ac-creteil.fr", "ac-paris.fr", "ac-lyon.fr",
    "ac-aix-marseille.fr", "ac-bordeaux.fr", "ac-toulouse.fr", "ac-rennes.fr",
    "ac-nantes.fr", "ac-strasbourg.fr", "ac-montpellier.fr", "ac-grenoble.fr",
    "ac-nice.fr", "ac-normandie.fr", "ac-reims.fr", "ac-nancy-metz.fr",
    "ac-besancon.fr", "ac-dijon.fr", "ac-orleans-tours.fr", "ac-poitiers.fr",
    "ac-limoges.fr", "ac-clermont.fr", "ac-amiens.fr", "ac-corse.fr",
    "ac-martinique.fr", "ac-guadeloupe.fr", "ac-guyane.fr", "ac-reunion.fr",
    "ac-mayotte.fr", "education.gouv.fr",
]
PERSO_DOMAINS = [
    "gmail.com", "orange.fr", "laposte.net", "wanadoo.fr", "free.fr", "sfr.fr",
    "hotmail.fr", "yahoo.fr", "outlook.fr", "icloud.com", "protonmail.com", "live.fr",
    "gmx.fr", "neuf.fr",
]
BANK_CODES = [
    "30004", "30003", "30002", "20041", "10278", "17515", "10107", "13335", "14505",
    "11315", "18206", "12506", "30066", "10057", "16606", "13825", "19106", "12169",
]

# ---------------------------------------------------------------------------
# Check-key algorithms
# ---------------------------------------------------------------------------
UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"  # 23 letters, no I, O, Q
RIB_MAP = {}
for _letters, _v in [("AJ", 1), ("BKS", 2), ("CLT", 3), ("DMU", 4), ("ENV", 5),
                     ("FOW", 6), ("GPX", 7), ("HQY", 8), ("IRZ", 9)]:
    for _c in _letters:
        RIB_MAP[_c] = _v


def nir_key(body13):
    num = body13.upper().replace("2A", "19").replace("2B", "18")
    return 97 - int(num) % 97


def nir_ok(s):
    t = re.sub(r"[^0-9A-Za-z]", "", s).upper()
    if len(t) != 15:
        return False
    return int(t[13:]) == nir_key(t[:13])


def rib_digits(s):
    return "".join(str(RIB_MAP[c]) if c.isalpha() else c for c in s.upper())


def rib_key(bank, branch, acct):
    b, g, c = int(rib_digits(bank)), int(rib_digits(branch)), int(rib_digits(acct))
    return 97 - ((89 * b + 15 * g + 3 * c) % 97)


def iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_check_digits(country, bban):
    return 98 - iban_num(bban + country + "00") % 97


def iban_ok(s):
    t = re.sub(r"[^0-9A-Za-z]", "", s).upper()
    return iban_num(t[4:] + t[:4]) % 97 == 1


def uai_letter(seven):
    return UAI_LETTERS[int(seven) % 23]


def uai_ok(s):
    t = re.sub(r"[^0-9A-Za-z]", "", s).upper()
    return len(t) == 8 and t[:7].isdigit() and t[7] == uai_letter(t[:7])


CHECKERS = {"NIR": nir_ok, "IBAN": iban_ok, "UAI": uai_ok}


class FlagPool:
    """Exactly round(n*share) wrong keys among the first n draws (then blocks of 5)."""

    def __init__(self, n, share):
        k = round(n * share)
        self.flags = [True] * k + [False] * (n - k)
        rng.shuffle(self.flags)
        self.i = 0

    def next(self):
        if self.i >= len(self.flags):
            blk = [True, True, False, False, False]
            rng.shuffle(blk)
            self.flags.extend(blk)
        f = self.flags[self.i]
        self.i += 1
        return f


POOLS = {k: FlagPool(PER_ID_KIND, WRONG_SHARE) for k in ("NIR", "IBAN", "UAI")}


def pools_save():
    return {k: p.i for k, p in POOLS.items()}


def pools_restore(st):
    for k, v in st.items():
        POOLS[k].i = v


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------
def P(t):  # plain (non-entity) segment
    return [(t, None)]


def E(kind, t):
    return [(t, kind)]


def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


def slug(s, sep=""):
    s = strip_acc(s).lower().replace("'", "")
    return re.sub(r"[^a-z0-9-]+", sep, s)


def initial_of(name):
    # "Jean-Pierre" -> "J.-P" ; "Élodie" -> "É"  (without the final dot)
    parts = [p for p in name.split("-") if p]
    return ".-".join(p[0].upper() for p in parts)


def surname_initial(last):
    core = last.split(" ")[-1]
    if core.startswith("d'"):
        core = core[2:]
    return core[0].upper()


def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def new_person(g=None):
    g = g or rng.choice("FM")
    first = rng.choice(FIRST_F if g == "F" else FIRST_M)
    return first, rng.choice(LAST), g


def style_last(last):
    r = rng.random()
    if r < 0.70:
        return last
    if r < 0.92:
        return last.upper()
    return last.lower()


def style_first(first):
    r = rng.random()
    if r < 0.86:
        return first
    if r < 0.94:
        return first.lower()
    return first.upper()


def full_name(first, last):
    r = rng.random()
    if r < 0.55:
        return f"{first} {last}"
    if r < 0.75:
        return f"{first} {last.upper()}"
    if r < 0.85:
        return f"{last.upper()} {first}"
    if r < 0.93:
        return f"{first} {last}".lower()
    return f"{first} {last}".upper()


def title_for(g):
    if g == "F":
        return wchoice([("Mme", 48), ("Madame", 18), ("madame", 9), ("Mme.", 4),
                        ("Mlle", 4), ("Dr", 5), ("MME", 3), ("mme", 4), ("Docteure", 2)])
    return wchoice([("M.", 44), ("Monsieur", 18), ("monsieur", 8), ("M", 9), ("Mr", 7),
                    ("Dr", 5), ("Mr.", 4), ("Docteur", 2), ("MONSIEUR", 3)])


# ---------------------------------------------------------------------------
# Person slots
# ---------------------------------------------------------------------------
def s_full(ctx, g=None):
    first, last, _ = new_person(g)
    return E("PERSONNE", full_name(first, last))


def s_titled(ctx, g=None):
    first, last, g = new_person(g)
    t = title_for(g)
    if t.islower():
        name = last.lower() if rng.random() < 0.65 else last
    elif t.isupper():
        name = last.upper()
    else:
        name = style_last(last)
    return P(t + " ") + E("PERSONNE", name)


def s_titled_full(ctx, g=None):
    first, last, g = new_person(g)
    t = title_for(g)
    name = full_name(first, last)
    if t.islower():
        name = name.lower()
    return P(t + " ") + E("PERSONNE", name)


def s_initials(ctx, g=None):
    first, last, g = new_person(g)
    while " " in last:
        last = rng.choice(LAST)
    r = rng.random()
    if r < 0.35:    # J. D.   /  J.-P. R.
        return E("PERSONNE", f"{initial_of(first)}. {surname_initial(last)}") + P(".")
    if r < 0.60:    # Jean D.
        return E("PERSONNE", f"{first} {surname_initial(last)}") + P(".")
    if r < 0.80:    # J. Dupont
        return E("PERSONNE", f"{initial_of(first)}. {last}")
    t = rng.choice(["Mme", "Madame"] if g == "F" else ["M.", "Monsieur"])
    return P(t + " ") + E("PERSONNE", surname_initial(last)) + P(".")


def s_title_initial(ctx, g):
    first, last, g = new_person(g)
    t = rng.choice(["Mme", "Mme", "Madame"] if g == "F" else ["M.", "M.", "Monsieur"])
    return P(t + " ") + E("PERSONNE", surname_initial(last)) + P(".")


def s_first(ctx, g=None):
    first, _, _ = new_person(g)
    return E("PERSONNE", style_first(first))


def s_kid(ctx, g=None):
    g = g or rng.choice("FM")
    name = rng.choice(KIDS_F if g == "F" else KIDS_M)
    r = rng.random()
    if r < 0.12:
        return E("PERSONNE", f"{name} {rng.choice('BCDGKLMNPRST')}") + P(".")
    if r < 0.19:
        return E("PERSONNE", name.lower())
    if r < 0.23:
        return E("PERSONNE", name.upper())
    return E("PERSONNE", name)


def s_surname(ctx):
    last = rng.choice(LAST)
    return E("PERSONNE", last if rng.random() < 0.7 else last.upper())


def s_caps(ctx):
    first, last, _ = new_person()
    return E("PERSONNE", (f"{first} {last}" if rng.random() < 0.6 else last).upper())


def s_public(ctx):
    full, last, g = rng.choice(PUBLIC)
    r = rng.random()
    if r < 0.58:
        return E("PERSONNE", full)
    if r < 0.82:
        return E("PERSONNE", last)
    if r < 0.94:
        return P("M. " if g == "M" else "Mme ") + E("PERSONNE", last)
    return E("PERSONNE", full.upper())


def persona(ctx):
    if "me" not in ctx:
        ctx["me"] = new_person()
    return ctx["me"]


def s_sig(ctx):
    first, last, g = persona(ctx)
    r = rng.random()
    if r < 0.28:
        return E("PERSONNE", f"{first} {last.upper()}")
    if r < 0.52:
        return E("PERSONNE", f"{first} {last}")
    if r < 0.60 and " " not in last:
        return E("PERSONNE", f"{initial_of(first)}. {last}")
    if r < 0.70:
        return E("PERSONNE", first)
    if r < 0.78 and " " not in last:
        return E("PERSONNE", f"{first} {surname_initial(last)}") + P(".")
    if r < 0.86:
        return E("PERSONNE", f"{last.upper()} {first}")
    if r < 0.93:
        return P(("Mme " if g == "F" else "M. ")) + E("PERSONNE", last)
    return E("PERSONNE", f"{first} {last}".lower())


def s_me_first(ctx):
    return E("PERSONNE", persona(ctx)[0])


def s_me_last(ctx):
    last = persona(ctx)[1]
    return E("PERSONNE", last.upper() if rng.random() < 0.6 else last)


def s_me_full(ctx):
    first, last, _ = persona(ctx)
    return E("PERSONNE", full_name(first, last))


def s_me_caps(ctx):
    first, last, _ = persona(ctx)
    return E("PERSONNE", f"{last.upper()} {first}")


# ---------------------------------------------------------------------------
# Identifier slots
# ---------------------------------------------------------------------------
def gen_nir():
    wrong = POOLS["NIR"].next()
    sex = rng.choice("12")
    yy = rng.randint(0, 99)
    mm = rng.randint(1, 12)
    r = rng.random()
    if r < 0.08:
        dept, commune = rng.choice(["2A", "2B"]), "%03d" % rng.randint(1, 366)
    elif r < 0.20:
        dept, commune = rng.choice(["97", "97", "97"]), rng.choice("12346") + "%02d" % rng.randint(1, 34)
    else:
        dept = "%02d" % rng.choice([d for d in range(1, 96) if d != 20])
        commune = "%03d" % rng.randint(1, 890)
    order = "%03d" % rng.randint(1, 999)
    body = f"{sex}{yy:02d}{mm:02d}{dept}{commune}{order}"
    key = nir_key(body)
    if wrong:
        key = rng.choice([k for k in range(1, 98) if k != key])
    k = "%02d" % key
    parts = [body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], k]
    f = wchoice([("sp", 45), ("none", 28), ("dot", 8), ("dash", 7), ("keysep", 12)])
    if f == "sp":
        s = " ".join(parts)
    elif f == "none":
        s = "".join(parts)
    elif f == "dot":
        s = ".".join(parts)
    elif f == "dash":
        s = "-".join(parts)
    else:
        s = "".join(parts[:-1]) + " " + k
    assert nir_ok(s) != wrong, s
    return s


def gen_iban():
    wrong = POOLS["IBAN"].next()
    bank = rng.choice(BANK_CODES)
    branch = "%05d" % rng.randint(1, 99999)
    if rng.random() < 0.22:   # account number with a letter (check digits != 76)
        acct = "%07d" % rng.randint(0, 9999999) + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "%03d" % rng.randint(0, 999)
    else:
        acct = "%011d" % rng.randint(0, 99999999999)
    key = "%02d" % rib_key(bank, branch, acct)
    bban = bank + branch + acct + key
    cc = iban_check_digits("FR", bban)
    if wrong:
        if rng.random() < 0.5:
            cc = rng.choice([c for c in range(2, 99) if c != cc])
        else:
            digit_pos = [i for i, ch in enumerate(acct) if ch.isdigit()]
            i = rng.choice(digit_pos)
            nd = rng.choice([d for d in "0123456789" if d != acct[i]])
            acct = acct[:i] + nd + acct[i + 1:]
            bban = bank + branch + acct + key
    full = "FR%02d" % cc + bban
    f = wchoice([("g4", 52), ("none", 24), ("rib", 12), ("g4lower", 5), ("g4dash", 4), ("g4nbsp", 3)])
    if f == "g4":
        s = " ".join(full[i:i + 4] for i in range(0, len(full), 4))
    elif f == "none":
        s = full
    elif f == "rib":
        s = " ".join([full[:4], bank, branch, acct, key])
    elif f == "g4lower":
        s = " ".join(full[i:i + 4] for i in range(0, len(full), 4)).lower()
    elif f == "g4dash":
        s = "-".join(full[i:i + 4] for i in range(0, len(full), 4))
    else:
        s = "\u00a0".join(full[i:i + 4] for i in range(0, len(full), 4))
    assert iban_ok(s) != wrong, s
    return s


def gen_uai():
    wrong = POOLS["UAI"].next()
    r = rng.random()
    if r < 0.08:
        dept = rng.choice(["620", "720"])
    elif r < 0.22:
        dept = rng.choice(["971", "972", "973", "974", "976"])
    else:
        dept = "0%02d" % rng.choice([d for d in range(1, 96) if d != 20])
    seven = dept + "%04d" % rng.randint(1, 9999)
    letter = uai_letter(seven)
    if wrong:
        letter = rng.choice([c for c in UAI_LETTERS if c != letter])
    if rng.random() < 0.25:
        letter = letter.lower()
    s = seven + letter
    assert uai_ok(s) != wrong, s
    return s


DOM_PHONES = [("0262", "262"), ("0692", "262"), ("0693", "262"), ("0590", "590"),
              ("0690", "590"), ("0596", "596"), ("0696", "596"), ("0594", "594"),
              ("0694", "594"), ("0269", "262"), ("0639", "262")]


def gen_phone():
    if rng.random() < 0.17:
        pfx, intl = rng.choice(DOM_PHONES)
        nat = pfx + "".join(rng.choice("0123456789") for _ in range(6))
        if rng.random() < 0.5:
            return "+%s %s %s %s %s" % (intl, nat[1:4], nat[4:6], nat[6:8], nat[8:10])
        return " ".join(nat[i:i + 2] for i in range(0, 10, 2))
    nat = rng.choice(["01", "02", "03", "04", "05", "06", "06", "07", "07", "09"]) + \
        "".join(rng.choice("0123456789") for _ in range(8))
    pairs = [nat[i:i + 2] for i in range(0, 10, 2)]
    f = wchoice([("sp", 33), ("dot", 10), ("dash", 7), ("none", 10), ("+33", 12),
                 ("+33c", 5), ("0033", 6), ("(+33)", 6), ("+33(0)", 5), ("4-4", 3), ("sl", 3)])
    if f == "sp":
        return " ".join(pairs)
    if f == "dot":
        return ".".join(pairs)
    if f == "dash":
        return "-".join(pairs)
    if f == "none":
        return nat
    if f == "sl":
        return "/".join(pairs)
    rest = nat[1] + " " + " ".join(pairs[1:])
    if f == "+33":
        return "+33 " + rest
    if f == "+33c":
        return "+33" + nat[1:]
    if f == "0033":
        return "0033 " + rest
    if f == "(+33)":
        return "(+33) " + rest
    if f == "+33(0)":
        return "+33 (0)" + rest
    return nat[:2] + " " + nat[2:6] + " " + nat[6:]


def gen_email(ctx):
    if rng.random() < 0.55 and "me" in ctx:
        first, last, _ = ctx["me"]
    else:
        first, last, _ = new_person()
    fs, ls = slug(first, "-"), slug(last, "")
    r = rng.random()
    acad = rng.random() < 0.45
    if r < 0.38:
        local = f"{fs}.{ls}"
    elif r < 0.48:
        local = f"{fs}.{ls}{rng.randint(1, 9)}"
    elif r < 0.56:
        local = f"{fs[0]}.{ls}"
    elif r < 0.63:
        local = f"{fs}{ls}".replace("-", "")
    elif r < 0.69:
        local = f"{ls}.{fs}"
    elif r < 0.74:
        local = f"{fs}_{ls}"
    elif r < 0.80:
        local = f"{fs[0]}{ls}{rng.choice(['59', '974', '33', '1984', '06', '2b'])}"
    elif r < 0.88:
        acad = True
        local = "ce." + gen_uai_like().lower()
    else:
        acad = rng.random() < 0.5
        local = rng.choice(["secretariat", "direction", "fcpe", "cdi", "vie-scolaire",
                            "parents.delegues", "ape", "gestion", "ecole"]) + \
            rng.choice(["", ".", "-"]) + slug(rng.choice(CITIES + ["jmoulin", "vhugo", "lestilleuls"]), "")
        local = local.rstrip(".-")
    domain = rng.choice(ACAD_DOMAINS) if acad else rng.choice(PERSO_DOMAINS)
    if rng.random() < 0.06:
        local = local.title()
    o = wchoice([("plain", 76), ("[at]", 6), ("(at)", 5), ("arobase", 4), ("[@]", 3),
                 ("at dot", 3), ("(a)", 3)])
    if o == "plain":
        return f"{local}@{domain}"
    if o == "[at]":
        return f"{local} [at] {domain}"
    if o == "(at)":
        return f"{local}(at){domain.replace('.', '(dot)')}"
    if o == "arobase":
        return f"{local} arobase {domain.replace('.', ' point ')}"
    if o == "[@]":
        return f"{local}[@]{domain}"
    if o == "at dot":
        return f"{local} at {domain.replace('.', ' dot ')}"
    return f"{local} (a) {domain}"


def gen_uai_like():
    # used only inside e-mail local parts (ce.0591234a@...) -> never a UAI entity
    seven = "0%02d%04d" % (rng.choice([d for d in range(1, 96) if d != 20]), rng.randint(1, 9999))
    return seven + uai_letter(seven)


def gen_address(single_line=False):
    n = str(rng.randint(1, 180))
    r = rng.random()
    if r < 0.07:
        n += " bis"
    elif r < 0.10:
        n += " ter"
    elif r < 0.13:
        n += "bis"
    elif r < 0.15:
        n += " B"
    if rng.random() < 0.08:
        n += ","
    st = wchoice(STREET_TYPES)
    if st in ("résidence", "lotissement"):
        name = rng.choice(ESTATE_NAMES)
    else:
        name = rng.choice(STREET_NAMES)
    street = f"{n} {st} {name}"
    compl = ""
    rc = rng.random()
    if rc < 0.30:
        compl = rng.choice([
            "bât. B", "bâtiment C, appt 12", "appartement 34", "Résidence Les Tilleuls",
            "escalier 2, 3e étage", "porte 5", "Apt 7", "Bât. A2", "Résidence Beau Soleil, appt 104",
            "bâtiment Hibiscus", "2e étage gauche", "Lotissement Les Alizés",
        ])
    dom = rng.random() < 0.18
    cp, city = rng.choice(POSTCODES_DOM if dom else POSTCODES_METRO)
    if rng.random() < 0.18:
        city = city.upper()
    shape = wchoice([("line", 44), ("nocomma", 10), ("multi", 20), ("nocp", 10),
                     ("street", 7), ("cponly", 3), ("cedex", 10)])
    if single_line and shape == "multi":
        shape = "line"
    if shape == "line":
        return street + (", " + compl if compl else "") + f", {cp} {city}"
    if shape == "nocomma":
        return street + (" " + compl if compl else "") + f" {cp} {city}"
    if shape == "multi":
        return street + ("\n" + compl[0].upper() + compl[1:] if compl else "") + f"\n{cp} {city}"
    if shape == "nocp":
        return street + (", " + compl if compl else "") + f", {city}"
    if shape == "street":
        return street + (", " + compl if compl else "")
    if shape == "cponly":
        return street + f", {cp}"
    bp = "BP %d" % rng.randint(10, 990)
    cdx = rng.choice(["CEDEX", "Cedex", "CEDEX 9", "Cedex 2", "cedex"])
    cp2 = cp[:2] + "%03d" % rng.randint(1, 999)
    sep = "\n" if (not single_line and rng.random() < 0.4) else ", "
    return street + f", {bp}" + sep + f"{cp2} {city} {cdx}"


def s_email(ctx):
    return E("EMAIL", gen_email(ctx))


def s_tel(ctx):
    return E("TELEPHONE", gen_phone())


def s_nir(ctx):
    return E("NIR", gen_nir())


def s_iban(ctx):
    return E("IBAN", gen_iban())


def s_uai(ctx):
    return E("UAI", gen_uai())


def s_adr(ctx):
    return E("ADRESSE", gen_address())


def s_adr1(ctx):
    return E("ADRESSE", gen_address(single_line=True))


def pick(lst):
    return lambda ctx: P(rng.choice(lst))


def s_role(ctx):
    return render(rng.choice(ROLES), ctx)


SLOTS = {
    "PF": lambda c: s_full(c), "PFf": lambda c: s_full(c, "F"), "PFm": lambda c: s_full(c, "M"),
    "PT": lambda c: s_titled(c), "PTf": lambda c: s_titled(c, "F"), "PTm": lambda c: s_titled(c, "M"),
    "PTFf": lambda c: s_titled_full(c, "F"), "PTFm": lambda c: s_titled_full(c, "M"),
    "PI": lambda c: s_initials(c), "PIf": lambda c: s_title_initial(c, "F"),
    "PIm": lambda c: s_title_initial(c, "M"),
    "FF": lambda c: s_first(c, "F"), "FM": lambda c: s_first(c, "M"), "FN": lambda c: s_first(c),
    "KID": lambda c: s_kid(c), "KIDf": lambda c: s_kid(c, "F"), "KIDm": lambda c: s_kid(c, "M"),
    "SIG": s_sig, "PUB": s_public, "SN": s_surname, "PCAPS": s_caps,
    "MEFIRST": s_me_first, "MELAST": s_me_last, "MEFULL": s_me_full, "MECAPS": s_me_caps,
    "EMAIL": s_email, "TEL": s_tel, "NIR": s_nir, "IBAN": s_iban, "UAI": s_uai,
    "ADR": s_adr, "ADR1": s_adr1,
    "AI": pick(AI_PRODUCTS), "ENT": pick(ENTS), "SCHOOL": pick(SCHOOLS), "CITY": pick(CITIES),
    "CLASS": pick(CLASSES), "PCLASS": pick(PCLASSES), "SUBJ": pick(SUBJECTS),
    "DATE": pick(DATES), "TIME": pick(TIMES), "PCT": pick(PCTS), "ROOM": pick(ROOMS),
    "VER": pick(VERSIONS), "LAW": pick(LAWS), "ISBN": pick(ISBNS), "PAGE": pick(PAGES),
    "YEAR": pick(YEARS), "SCORE": pick(SCORES), "AMOUNT": pick(AMOUNTS),
    "STREET": pick(STREETS), "BRAND": pick(BRANDS), "PET": pick(PETS), "ACAD": pick(ACADS),
    "ROLE": s_role, "N": lambda c: P(str(rng.randint(2, 31))),
}
SLOT_RE = re.compile(r"\{([A-Za-z0-9_]+)\}")


def render(tmpl, ctx):
    out, pos = [], 0
    for m in SLOT_RE.finditer(tmpl):
        if m.start() > pos:
            out.append((tmpl[pos:m.start()], None))
        out.extend(SLOTS[m.group(1)](ctx))
        pos = m.end()
    if pos < len(tmpl):
        out.append((tmpl[pos:], None))
    return out


# ---------------------------------------------------------------------------
# Hand-written sentence frames
# ---------------------------------------------------------------------------
CLEAN = [
    "L'IA peut aider à différencier les exercices, mais il faut former les enseignants avant tout.",
    "Je suis plutôt réservée : les élèves copient sans comprendre.",
    "Franchement je ne vois pas l'intérêt, on a déjà du mal avec le numérique de base.",
    "c'est un outil comme un autre, tout dépend de l'usage qu'on en fait",
    "Les élèves s'en servent déjà à la maison, autant leur apprendre à bien l'utiliser.",
    "Il faudrait une vraie réflexion éthique, pas juste des annonces.",
    "Pour les élèves à besoins particuliers, ça peut être une aide précieuse.",
    "Je crains surtout pour l'esprit critique des jeunes.",
    "On manque de temps pour se former, c'est le problème principal.",
    "Aucune opinion tranchée, j'attends de voir.",
    "Ça va creuser les inégalités entre ceux qui ont un ordinateur à la maison et les autres.",
    "Je l'utilise pour préparer mes cours, ça me fait gagner du temps sur les exercices.",
    "Les devoirs à la maison n'ont plus vraiment de sens.",
    "Il faut revenir à l'écrit en classe, sur papier.",
    "Très bonne chose si c'est encadré.",
    "trop tôt pour le primaire a mon avis",
    "Je ne suis pas contre mais je veux savoir où vont les données.",
    "Les parents ne sont pas assez informés.",
    "Une formation obligatoire serait la bienvenue.",
    "ça fait peur, honnêtement",
    "Cela pose la question de l'évaluation : que note-t-on vraiment ?",
    "En vie scolaire, on n'en a pas l'usage pour l'instant.",
    "L'institution a toujours un train de retard.",
    "Je trouve que les élèves deviennent paresseux.",
    "Les plus fragiles risquent de décrocher encore plus.",
    "Pourquoi pas, mais pas à la place de l'humain.",
    "C'est l'avenir, il faut s'y mettre.",
    "Aucune idée, je ne connais pas assez.",
    "Mes élèves sont plus malins que l'outil, parfois !",
    "Le vrai sujet, c'est la sobriété numérique : l'IA consomme énormément d'énergie.",
    "On nous demande tout et son contraire.",
    "Utile pour traduire des messages aux familles allophones.",
    "Je préférerais des moyens humains supplémentaires.",
    "Ça ne remplacera JAMAIS un AESH.",
    "Pour la correction, non merci : je veux garder la main.",
    "Il faut apprendre aux élèves à vérifier les sources.",
    "Beaucoup d'hallucinations, on ne peut pas s'y fier.",
    "j'ai testé une fois, résultats décevants",
    "L'école doit rester un lieu protégé des écrans.",
    "L'IA générative change le rapport au savoir, il faut l'accepter.",
    "Nous manquons d'un cadre clair de la part du ministère.",
    "Ça dépend vraiment des disciplines.",
    "En langues, c'est une catastrophe pour les rédactions.",
    "En maths, ça aide à produire des exercices variés.",
    "Enfin un outil qui aide les élèves dys !",
    "Je suis partagée.",
    "Il faudrait associer les élèves à la réflexion.",
    "Tout va trop vite.",
    "Ras le bol des réformes.",
    "Si c'est pour surveiller les élèves, c'est NON.",
    "Ça peut alléger les tâches administratives.",
    "En tant qu'agent d'entretien, je ne suis pas concerné mais mes enfants oui.",
    "La question de la formation continue est centrale.",
    "Je m'inquiète du cyberharcèlement avec les images truquées.",
    "Les fausses images générées circulent déjà entre élèves.",
    "L'IA, c'est surtout du marketing.",
    "sa peut aider mais faut pas que sa remplace la reflexion",
    "Je n'ai pas d'avis tranché, mais je reste VRAIMENT vigilante.",
    "Les élèves doivent comprendre que la machine se trompe.",
    "Moins de paperasse, plus de pédagogie : si l'IA aide à ça, tant mieux.",
]
CLEAN_OPENERS = [
    "En tant que parent : ", "Avis de CPE : ", "Enseignante en primaire. ", "Côté AESH, ",
    "Point de vue d'inspecteur : ", "Personnel administratif ici. ", "", "", "", "",
    "Réponse rapide : ", "Pour moi, ",
]
CLEAN_PROS = [
    "gain de temps pour les préparations", "aide à la différenciation",
    "utile pour les élèves allophones", "motivation de certains élèves",
    "aide à la reformulation des consignes",
]
CLEAN_CONS = [
    "triche facilitée", "perte d'autonomie", "données personnelles",
    "coût énergétique", "inégalités d'accès", "manque de formation",
]

TRAP = [
    "Au {SCHOOL} de {CITY}, on a testé {AI} avec les {CLASS} : {PCT} des élèves ont trouvé ça utile.",
    "{AI} a donné une réponse fausse sur {LAW}, j'ai dû corriger en classe.",
    "Les notes ont grimpé : {SCORE} de moyenne contre 10/20 avant. Suspect !",
    "La licence coûte {AMOUNT}, qui paie ? Pas le {SCHOOL} en tout cas.",
    "Réunion d'info {DATE} à {TIME}, {ROOM}. Personne n'est venu.",
    "Le manuel de {SUBJ} ({ISBN}) a un chapitre sur l'IA {PAGE}, c'est déjà ça.",
    "Depuis {VER}, {ENT} propose une fonction d'IA, mais personne ne sait l'activer.",
    "Mes {CLASS} préfèrent {AI} à {AI}, allez savoir pourquoi.",
    "En {YEAR}, on parlait de tablettes ; aujourd'hui c'est {AI}. Et dans dix ans ?",
    "Pas de réseau dans la moitié des salles du lycée, alors l'IA... Et les travaux sur {STREET} n'arrangent rien.",
    "J'ai demandé à {AI} de résumer {LAW} : réponse correcte à {PCT} environ.",
    "Budget numérique de l'établissement : {AMOUNT} pour 600 élèves.",
    "Le {SCHOOL} a reçu 30 ordinateurs {BRAND} en {YEAR}, déjà obsolètes.",
    "Formation Magistère {DATE}, de {TIME} à 17h, parcours n° 41237. Trop théorique.",
    "Dans {ACAD}, on attend toujours les consignes.",
    "{PET} a plus de bon sens que {AI}, je plaisante à peine.",
    "Les {CLASS} ont eu {SCORE} en moyenne au devoir fait sans écran, {SCORE} avec. Cherchez l'erreur.",
    "Je suis en poste à {CITY} depuis {YEAR}, je n'ai jamais vu autant de changements.",
    "Le CDI a commandé « L'IA expliquée aux ados » ({ISBN}), 12,90 €.",
    "Code wifi affiché {ROOM} : les élèves se connectent tous à {AI} pendant les cours.",
    "L'ordinateur de la salle des profs tourne sous {VER}, impossible d'installer quoi que ce soit.",
    "Animation pédagogique {DATE} {TIME} : thème « {AI} en {SUBJ} ».",
    "Sondage interne : {PCT} pour, {PCT} contre, le reste sans avis.",
    "Circulaire de rentrée {YEAR}, {PAGE} : une ligne sur l'IA. UNE LIGNE !",
    "Les élèves de {CLASS} ont créé un chatbot sur Vittascience, version 1.2, c'était top.",
    "Sur {ENT}, le module « IA » est en bêta depuis {DATE}.",
    "{BRAND} et {BRAND} vendent du rêve, mais {ROOM} on n'a même pas de vidéoprojecteur.",
    "Le stage de {SUBJ} a lieu {DATE} au {SCHOOL}, sur {STREET}, à {CITY}.",
    "Séquence 4, {PAGE} du manuel, exercice 12 : {AI} donne une solution fausse.",
    "Le réseau tombe tous les jours entre {TIME} et 13h.",
    "L'inspection a fixé l'objectif : {PCT} des enseignants formés d'ici {YEAR}.",
    "Au {SCHOOL}, tout le monde dit « le chat » pour parler de {AI}, ça m'amuse.",
    "Le CA du {DATE} a voté {AMOUNT} pour des licences.",
    "Prix d'un abonnement à {AI} : environ 20 € par mois et par prof ? Non merci.",
    "Version courte : {AI} oui, mais pas en {CLASS}.",
    "Chambre 12 de l'internat : on a trouvé des devoirs entièrement générés.",
    "Bac {YEAR} : {PCT} de copies suspectes selon certains collègues.",
    "Le bus 42 passe devant le {SCHOOL} à {TIME}, les élèves font leurs devoirs avec {AI} dedans.",
    "Salle des profs, {DATE} : débat houleux sur {AI}.",
    "Bâtiment B, 2e étage : la seule salle où le wifi marche.",
    "J'ai lu l'article de Libération du {DATE}, {PAGE}, sur l'IA à l'école. Intéressant.",
    "{SUBJ} : {SCORE} de moyenne, {SUBJ} : 11/20. Aucune différence avec ou sans IA.",
    "{ENT} plante dès qu'on dépasse 30 connexions simultanées.",
    "Article 3.2 du règlement intérieur : « l'usage de l'IA est interdit en évaluation ».",
    "Dossier n° 2024-EDU-0457 envoyé au rectorat, toujours pas de réponse.",
    "Le collège est à 300 m de la gare de {CITY}, tous les élèves ont un smartphone.",
    "4e B, 4e C et 3e A ont testé {AI}, les autres classes non.",
    "Le webinaire « {AI} et éducation » du {DATE} à {TIME} est en replay sur Canopé.",
    "Mon score Pix : 412 pix. Je ne suis pas une experte mais bon.",
    "Les délégués de {CLASS} ont rédigé une charte IA en 10 points.",
    "Rectorat de {CITY} : aucune consigne, silence radio.",
    "Même {AI} sait que 2+2=4, mais il ne sait pas que le conseil de classe est {DATE}.",
    "Coût d'un AESH : bien plus que {AMOUNT}, mais irremplaçable.",
    "On compare {AI}, {AI} et {AI} en {CLASS} : aucun ne cite ses sources correctement.",
    "Ticket n° 58213 ouvert auprès de l'assistance {ENT} le {DATE}... toujours en attente.",
    "Moyenne de la {CLASS} au devoir commun : {SCORE}. On n'a pas attendu l'IA pour progresser.",
    "Le {SCHOOL} et le {SCHOOL} mutualisent une formation {DATE}, {ROOM}.",
    "Tablettes {BRAND} distribuées en {YEAR}, 40 % en panne aujourd'hui.",
    "j'ai mis 2h30 a corriger 28 copies dont 9 faites avec {AI}",
    "Horaires du CDI : 8h-17h30, fermé le mercredi après-midi. Les élèves y utilisent {AI} en cachette.",
]

SURVEY = [
    "Ma collègue {FF} (lettres) s'en sert pour générer des dictées adaptées, je trouve ça malin.",
    "{PTf}, notre principale, nous a imposé une formation sur {AI} sans nous consulter.",
    "Mon élève {KIDm} a rendu une rédaction parfaite... trop parfaite. Il a avoué avoir utilisé {AI}.",
    "la petite {KIDf} ({PCLASS}) m'a demandé si l'ordinateur allait remplacer la maîtresse, ça m'a touchée",
    "Je suis AESH auprès de {KIDm} en {CLASS}. Pour lui, la synthèse vocale + l'IA c'est une vraie béquille.",
    "Notre IEN, {PTFf}, a présenté {AI} en animation pédagogique. Beaucoup de promesses.",
    "Comme le dit {PUB}, il ne faut pas avoir peur de la technologie. Moi j'ai peur quand même.",
    "{PUB} a annoncé des assistants IA pour tous les profs. On attend toujours les ordinateurs.",
    "Mon collègue {FM} a fait écrire un poème à {AI} et les élèves devaient trouver les erreurs. Génial.",
    "L'AESH {FF} m'a montré comment elle reformule les consignes avec {AI} pour {KIDm}.",
    "J'ai eu un souci avec {PTm}, parent d'élève, qui m'accusait d'avoir corrigé avec une IA. C'est faux.",
    "Le CPE, {PTm}, a repéré des montages truqués de collègues qui circulaient sur Snapchat. Grave.",
    "En conseil pédagogique, {PFm} et {PFf} ont défendu l'usage de l'IA, moi j'étais contre.",
    "Je remercie {PTf} (documentaliste) pour sa séance sur les hallucinations de {AI}.",
    "mon fils {KIDm} fait tous ses devoirs avec {AI}, et sa prof {PTf} ne voit rien",
    "Ma fille {KIDf} est en {CLASS}, elle dit que la moitié de la classe utilise {AI}.",
    "{PFf}, déléguée des parents, a demandé une réunion sur le sujet : on est nombreux à s'inquiéter.",
    "Lors de l'inspection, {PTm} m'a conseillé de « tester sans crainte ». Facile à dire.",
    "Bonjour, ici {FF}, AESH depuis 6 ans. L'IA m'aide à préparer les supports pour mes élèves.",
    "Je suis d'accord avec {PUB} : il faut apprendre à coder... et à douter.",
    "Un élève, {KIDm}, a fabriqué une fausse photo de {PTm} (prof de {SUBJ}). Conseil de discipline.",
    "Les collègues {FF} et {FM} ont monté un club IA le jeudi midi, gros succès.",
    "{SN} (le prof de techno) dit que c'est la révolution, {SN} (histoire) dit que c'est la fin de la pensée.",
    "Parlez-en à {PTFm}, c'est le référent numérique, il est passionné.",
    "Je cite {PUB} : « l'école doit former des esprits libres ». L'IA y contribue-t-elle ?",
    "PS : désolée {PTf}, je n'ai pas pu finir le questionnaire la dernière fois.",
    "{KIDf} en {CLASS} a demandé à {AI} de faire son exposé sur {PUB}. Elle a eu 4/20.",
    "Avec {PI} on a créé une séquence sur la désinformation, les élèves ont adoré.",
    "Rapporté par {PIf}, infirmière : des élèves demandent des conseils médicaux à {AI}.",
    "Notre proviseur {PTFm} veut équiper tout le lycée. Pourquoi pas, mais avec quel budget ?",
    "La secrétaire, {FF}, utilise déjà une IA pour les courriers. Personne ne lui a demandé où vont les données.",
    "- {PTf} : pour\n- {PTm} : contre\n- moi : ne sais pas\nVoilà l'état de la salle des profs.",
    "Notre dir, {PTm}, a interdit les portables, alors l'IA...",
    "jai parlé avec {PT} la prof principale de mon fils elle est pour moi non",
    "{FM} (AED) surprend régulièrement des élèves en train d'utiliser {AI} en permanence.",
    "Je suis inspectrice. J'ai vu chez {PTf}, à {CITY}, une très belle séance sur l'esprit critique.",
    "Voir le livre de {PUB} sur le sujet, très éclairant.",
    "L'élève {KIDf} m'a dit : « madame, {AI} c'est mon meilleur ami ». J'ai eu froid dans le dos.",
    "Mon binôme {PFm} et moi (AESH) avons testé une IA de reformulation. Résultat : bof.",
    "{PFf} — CPE — « On n'a pas besoin d'IA, on a besoin de surveillants. »",
    "C'est {PTm} qui gère le dossier numérique au collège, demandez-lui.",
    "J'ai signalé à {PTf} qu'un élève avait utilisé {AI} pour écrire une histoire humiliante sur une prof.",
    "{KIDm}, {KIDf} et {KIDm} ont triché avec {AI} au DS, les trois !",
    "mon eleve {KIDm} ma dit que {AI} ecrit mieux que moi lol",
    "Au conseil de classe du 2e trimestre, {PTf} a soulevé le problème des devoirs faits par IA.",
    "J'ai parlé de l'enquête à {PTFf}, IA-IPR de {SUBJ}, elle va relayer.",
    "Signé : {PCAPS}, prof de {SUBJ} en colère.",
    "Pour info, {PI} et moi animons une formation sur l'IA au bassin de {CITY}.",
    "Ce questionnaire m'a été transmis par {PTFm}, merci à lui.",
    "Franchement {FN}, si tu lis ça : ton atelier IA était top !",
    "Le Dr {SN}, médecin scolaire, nous a alertés sur la dépendance aux écrans.",
    "Ma voisine {PFf} est prof à {CITY}, elle pense comme moi : prudence.",
    "{PUB} peut bien faire des annonces, sur le terrain c'est autre chose.",
    "La stagiaire, {FF}, maîtrise bien mieux ces outils que nous tous.",
    "Mon collègue de {SUBJ}, {PTm}, corrige ses copies avec {AI}. Je trouve ça limite.",
    "{PIf} (ma collègue de {SUBJ}) est très investie sur le sujet.",
    "L'élève {KID} (en {CLASS}) a été harcelé avec une image truquée. L'IA a aussi ce visage-là.",
    "{PF} m'a fait découvrir {AI}, depuis je l'utilise pour mes progressions.",
    "Je travaille avec {FF} (AESH) et {FM} (éducateur) : l'IA ne les remplacera jamais.",
    "Notre principal adjoint, {PTFm}, a rédigé une charte IA très claire.",
    "Selon {PUB}, l'IA va transformer l'éducation. Encore faudrait-il des profs.",
    "Les parents de {KIDm} ({CLASS}) ont demandé une dispense des activités avec IA.",
    "J'ai demandé à {AI} qui était {PUB} : il a inventé la moitié de la biographie.",
    "{KIDf}, 8 ans : « c'est comme un génie dans l'ordi ». Tout est dit.",
    "cc {FN} ! on en parle lundi en salle des profs ?",
    "Re: IA et devoirs maison\n> {FN} a écrit : on devrait tout faire en classe\nTout à fait d'accord avec toi.",
    "[Forum des profs] Sujet : L'IA en {SUBJ}\nMessage de {FN}, {CITY} : j'ai testé avec mes {CLASS}, bilan mitigé.",
    "Pour répondre à {FN} plus haut : non, {AI} n'est pas autorisé au brevet.",
    "@{FN} oui moi aussi j'ai eu des copies générées, 5 sur 28 !",
    "Le jour où {PTm} a découvert {AI}, il a voulu tout automatiser. On l'a calmé.",
    "{PF}, {PF} et {PF} (équipe de direction) sont favorables, pas l'équipe.",
    "Je rejoins l'avis de ma collègue {PTf} : prudence.",
    "L'auteur du guide IA de {ACAD}, {PFm}, est venu dans notre établissement.",
    "MON COLLÈGUE {PCAPS} EST TOTALEMENT CONTRE ET IL L'A DIT EN RÉUNION !!!",
    "Remarque de {PIm} (prof de philo) : « penser, c'est dire non ». À méditer.",
    "Chez nous c'est {PTf} qui a formé tout le monde sur {AI}, bravo à elle.",
    "{KIDm} a 14 ans, il est en {CLASS}, il écrit mieux avec {AI} qu'avec moi. Je suis son AESH.",
    "Mes élèves de {CLASS} ({KID}, {KID}, {KID} notamment) ont fait un super travail d'analyse de réponses d'IA.",
    "Le documentaliste, {FM}, a organisé un escape game sur les fausses infos.",
    "{FN} (professeur des écoles à {CITY}) : l'IA en maternelle, c'est non.",
    "Déléguée parents : je relaie la question de {PTf}, maman de {KIDf} : qui contrôle les données ?",
    "Un inspecteur, {PTm}, nous a dit en off que personne au rectorat ne savait quoi faire.",
    "Réponse collective de l'équipe de {SUBJ} ({PF}, {PF}, {PI}).",
    "Notre agent d'accueil, {FF}, se demande si son poste sera remplacé par un chatbot.",
    "Mon ancien prof, {PT}, disait déjà « les machines ne pensent pas ». Il avait raison.",
    "L'animatrice TICE, {PFf}, est géniale mais débordée.",
    "Vu avec {PTm} (chef de travaux) : l'IA sert déjà en atelier pour la maintenance.",
    "Je suis {PFf}, parent d'élève élue. Mon avis : pas avant le lycée.",
    "Moi c'est {FN}, prof de {SUBJ} depuis 20 ans : ça me désespère.",
    "Écrit avec l'aide de ma fille {KIDf}, parce que moi et l'informatique...",
    "{SN} (mon tuteur) m'a conseillé de ne pas trop en parler aux parents.",
    "Quand {PTf} a vu que {KIDm} avait rendu un devoir d'anglais parfait, elle a compris.",
    "L'équipe de l'ULIS ({FF}, {FF}, {FM}) y voit plutôt des avantages.",
    "Le principal, {PTm}, et son adjointe, {PTf}, n'ont pas du tout le même avis !",
    "Quelqu'un connaît {PTFf} ? Elle a fait une conf géniale sur l'IA à {CITY}.",
    "Signalement transmis à {PTf}, référente harcèlement : une image truquée de {KIDf} ({CLASS}).",
    "Merci à {PI} pour le tuto sur {AI}.",
    "{PT} (gestionnaire) : « encore un logiciel à payer ».",
    "Mon collègue {FM} ne jure que par {AI}, moi je reste au manuel.",
    "ma fille {KIDf} en {PCLASS} a une maîtresse, {PTf}, qui refuse les écrans, et je l'en remercie",
    "Bravo à {FF} et à {KIDm} ({CLASS}) pour leur vidéo « L'IA expliquée aux parents ».",
    "je suis daccord avec {PT} qui a parlé au conseil d'école",
    "En réunion, {PTFm} a lu un texte écrit par {AI} sans le dire. Malaise quand on l'a su.",
    "Les élèves de {PTf} ont gagné un concours d'écriture... sans IA, précisons.",
    "Une pensée pour {PUB} qui rêvait d'une école qui émancipe.",
    "{FN} de la vie scolaire a trouvé une appli qui détecte les textes générés. Pas fiable.",
    "Mes remerciements à {PTm}, IEN, pour son écoute.",
    "Avant-hier, {KIDm} m'a demandé si {AI} était vivant. Question philosophique !",
    "Réponse de {PTFf}, directrice de l'école : nous n'avons ni le temps ni le matériel.",
    "Pour {PF}, c'est une chance ; pour moi, une menace. On en débat encore.",
    "L'ancien principal, {PT}, avait refusé l'ENT. Le nouveau veut de l'IA partout.",
    "{PTm} et {PTm} (profs de {SUBJ}) ont créé une banque d'exercices avec {AI}.",
    "l'AESH de mon fils, {FF}, est formidable ; aucune machine ne fera ce qu'elle fait",
    "NOTRE PRINCIPAL {PCAPS} NE RÉPOND JAMAIS AUX MAILS, ALORS L'IA...",
    "Je partage l'avis de {PI} : former d'abord, équiper ensuite.",
    "Parmi les collègues :\n- {PF} (pour)\n- {PT} (contre)\n- {FN} de l'ULIS (mitigée)",
    "{PTm} (principal) et {PTf} (CPE) ont présenté la charte ; {FN}, élève de {CLASS}, a posé les meilleures questions.",
    "Dans mon équipe : {FF} adore, {FM} déteste, {FN} s'en fiche.",
    "Mon fils {KIDm} et sa copine {KIDf} comparent leurs réponses de {AI}, c'est devenu un jeu.",
    "Formation animée par {PTFf} et {PTFm} : claire, concrète, enfin !",
    "{PF} cite souvent {PUB} ; moi je préfère {PUB}.",
    "Lettre ouverte signée par {PF}, {PF}, {PF} et 40 collègues contre l'IA au collège.",
    "Les AESH {FF} et {FF} accompagnent {KIDm} et {KIDf} : pour eux, la dictée vocale change tout.",
    "À la réunion parents-profs, {PTf} (maman de {KIDm}) et {PTm} se sont disputés sur l'IA.",
    "Jury du concours d'écriture : {PI}, {PTf} et moi. Aucun texte généré n'a été primé.",
    "{KIDf} ({PCLASS}) a demandé à {AI} une histoire où sa maîtresse, {PTf}, devient un dragon. Adorable.",
    "Stage d'observation : {FN} (élève de {CLASS}) a aidé {PTm} à paramétrer {AI} pour le CDI.",
    "Entre {PUB} qui dit oui et {PUB} qui dit non, les profs sont perdus.",
    "Témoignage recueilli par {PTFf} auprès de {KIDm} : « je comprends mieux quand l'IA réexplique ».",
    "{SN} et {SN}, les deux profs de {SUBJ}, ne se parlent plus depuis le débat sur {AI}.",
    "Merci à {FF} (AED) et à {FM} (agent) d'avoir installé la salle pour la formation de {PTFm}.",
    "j'ai montré a {FN} et {FN} comment verifier une source, ils ont adoré",
    "Notre inspectrice, {PTf}, a cité {PUB} pendant une heure. On voulait du concret.",
    "En {CLASS}, {KIDm} a défendu l'IA et {KIDf} l'a démontée : débat magnifique.",
    "Signé : {PF} et {PF}, parents délégués du {SCHOOL}.",
    "Rappel de {PTm} aux collègues : pas de noms d'élèves dans {AI}. {FN} l'a appris à ses dépens.",
]

SURVEY_ID = [
    "Un collègue a collé le numéro de sécu d'un élève ({NIR}) dans {AI} pour remplir un dossier MDPH. C'est exactement ce qu'il ne faut pas faire.",
    "Pour ceux que ça intéresse, je partage mes ressources, écrivez-moi : {EMAIL} ({FN}, prof de {SUBJ}).",
    "Notre établissement (UAI {UAI}) a été retenu pour l'expérimentation {AI}.",
    "{PTf} nous a envoyé le compte rendu depuis {EMAIL}, je ne sais pas si c'est très RGPD.",
    "J'ai vu passer sur le groupe des parents l'IBAN de la coopérative ({IBAN}) : une IA l'avait recopié dans un résumé de réunion !",
    "Si le rectorat veut des retours concrets, je suis joignable au {TEL}. {PFm}, CPE.",
    "Le collège ({ADR1}) n'a même pas la fibre, alors l'IA...",
    "Mon collègue {FM} a mis dans {AI} une fiche élève avec l'adresse ({ADR1}) et le téléphone des parents ({TEL}). Aïe.",
    "RNE {UAI} : on a eu la formation, mais sans matériel.",
    "Pour le groupe de travail IA de {ACAD}, contact : {PTFf}, {EMAIL}.",
    "Je donne mon numéro au cas où : {TEL} (demandez {FN}).",
    "On a retrouvé sur une clé USB perdue une liste d'élèves avec leur NIR, ex. {NIR}. L'IA n'y est pour rien mais la vigilance, si.",
    "École primaire {UAI} : les enseignants n'ont reçu aucune info.",
    "Le prestataire nous demandait un RIB ({IBAN}) pour un « essai gratuit » d'IA. Arnaque ?",
    "Je fais partie du réseau des référents IA, mail académique : {EMAIL}.",
    "Notre école, {ADR1}, a été choisie pour tester un assistant IA en CP.",
    "Un parent a reçu un faux mail « du collège » signé {PTm}, avec un IBAN ({IBAN}) pour payer la cantine. Les arnaques dopées à l'IA arrivent.",
    "Le formulaire généré par {AI} demandait le NIR des élèves ({NIR} en exemple !). Aberrant.",
    "Question à {PTFm} (DRANE) : {EMAIL} est-elle encore la bonne adresse pour les retours ?",
    "Si vous voulez visiter notre projet, l'école est au {ADR1}. Appelez avant : {TEL}.",
    "Mon lycée ({UAI}, {CITY}) refuse tout usage. Dommage.",
    "N'importe qui peut retrouver l'adresse de {PTf} ({ADR1}) avec une IA et trois clics. C'est ça qui m'inquiète.",
    "J'ai testé : j'ai donné à {AI} mon propre NIR, {NIR}, et il en a « déduit » ma date de naissance. Les élèves doivent savoir ça.",
    "forum : qqn a le mail de la DRANE ? j'ai {EMAIL} mais ça rebondit",
    "Le secrétariat ({TEL}, {EMAIL}) reçoit déjà des mails de parents écrits par IA.",
    "uai {UAI} - collège rural, 0 formation, 0 matériel. voila.",
    "Pour l'atelier parents, s'adresser à {PFf} : {TEL} ou {EMAIL}.",
    "{KIDm} a tapé l'adresse de sa mamie ({ADR1}) dans un chatbot « pour avoir la météo ». Il faut éduquer !",
    "Pour le projet eTwinning sur l'IA, contactez {PTFf} ({EMAIL}) ou son collègue {FM}.",
    "{PFm}, principal du collège (UAI {UAI}), a banni les téléphones ET l'IA.",
    "L'AESH {FF} m'a laissé son numéro ({TEL}) pour qu'on échange sur {KIDm}.",
    "Courrier reçu de {PTm} (adresse : {ADR1}) qui exige qu'on interdise l'IA. Réponse envoyée.",
]

# --- follow-up forms / e-mails / forum posts --------------------------------
LABEL_FRAMES = {
    "EMAIL": ["Mail : {EMAIL}", "E-mail : {EMAIL}", "Courriel : {EMAIL}",
              "Adresse électronique : {EMAIL}", "mail perso : {EMAIL}", "Email pro - {EMAIL}",
              "Contact mail : {EMAIL}", "MAIL : {EMAIL}"],
    "TELEPHONE": ["Tél. : {TEL}", "Téléphone : {TEL}", "Portable : {TEL}", "Tel fixe : {TEL}",
                  "N° de téléphone : {TEL}", "Mobile - {TEL}", "tél : {TEL}",
                  "Téléphone (secrétariat) : {TEL}"],
    "NIR": ["N° de sécurité sociale : {NIR}", "NIR : {NIR}", "Numéro INSEE : {NIR}",
            "N° SS : {NIR}", "Numéro d'immatriculation : {NIR}", "Sécu : {NIR}",
            "N° sécu (pour l'ordre de mission) : {NIR}"],
    "IBAN": ["IBAN : {IBAN}", "RIB : {IBAN}", "Coordonnées bancaires : {IBAN}",
             "IBAN (remboursement) : {IBAN}", "Compte : {IBAN} – BIC CCBPFRPPLIL",
             "IBAN coopérative scolaire : {IBAN}", "Iban pour la vacation : {IBAN}"],
    "UAI": ["UAI : {UAI}", "Code UAI : {UAI}", "RNE : {UAI}", "N° RNE / UAI : {UAI}",
            "Établissement : {SCHOOL} ({UAI})", "Code établissement : {UAI}",
            "UAI établissement d'exercice : {UAI}"],
    "ADRESSE": ["Adresse : {ADR}", "Adresse postale :\n{ADR}", "Adresse personnelle : {ADR}",
                "Adresse de l'établissement : {ADR}", "Domicile : {ADR}",
                "Adresse d'envoi du livret : {ADR}"],
}
INLINE_FRAMES = {
    "EMAIL": ["vous pouvez m'écrire à {EMAIL}", "mon mail c'est {EMAIL}",
              "écrivez-moi plutôt sur {EMAIL} (je ne lis pas la messagerie académique)",
              "le plus simple est de passer par {EMAIL}", "je réponds vite sur {EMAIL}",
              "contact : {EMAIL}", "mon adresse mail perso est {EMAIL}"],
    "TELEPHONE": ["vous pouvez m'appeler au {TEL}", "je suis joignable au {TEL} après 17 h",
                  "mon numéro : {TEL}", "appelez-moi au {TEL}, plutôt le mercredi",
                  "par téléphone au {TEL} (laisser un message)", "sur WhatsApp au {TEL}",
                  "tel {TEL}"],
    "NIR": ["pour le dossier de vacation, mon numéro de sécurité sociale est le {NIR}",
            "mon NIR (demandé pour l'ordre de mission) : {NIR}", "n° de sécu {NIR}",
            "je vous communique mon numéro INSEE, {NIR}, pour l'inscription à la formation",
            "le numéro de sécu de mon fils est {NIR} si besoin pour l'assurance de la sortie"],
    "IBAN": ["pour le remboursement des frais, voici mon IBAN : {IBAN}",
             "virement possible sur {IBAN}", "mon RIB : {IBAN}",
             "l'IBAN de l'association des parents est {IBAN}",
             "merci de verser l'indemnité sur le compte {IBAN}"],
    "UAI": ["je travaille au {SCHOOL} (UAI {UAI})", "notre école, UAI {UAI}, est volontaire",
            "mon établissement de rattachement : {UAI}", "code RNE {UAI}",
            "établissement {UAI} à {CITY}"],
    "ADRESSE": ["j'habite au {ADR1}", "vous pouvez m'envoyer le courrier au {ADR1}",
                "notre collège est situé au {ADR1}", "adresse pour le colis : {ADR1}",
                "l'école se trouve au {ADR1}"],
}
SIGBLOCK_FRAMES = {
    "EMAIL": ["{EMAIL}", "Mél : {EMAIL}"],
    "TELEPHONE": ["Tél. {TEL}", "{TEL}", "Ligne directe : {TEL}"],
    "UAI": ["{SCHOOL} – UAI {UAI}", "{SCHOOL} (RNE {UAI})"],
    "ADRESSE": ["{ADR}"],
}
SMS_FRAMES = {
    "EMAIL": ["mail {EMAIL}", "{EMAIL}"], "TELEPHONE": ["tel {TEL}", "{TEL}", "mon num {TEL}"],
    "NIR": ["nir {NIR}", "secu {NIR}"], "IBAN": ["iban {IBAN}"],
    "UAI": ["uai {UAI}", "rne {UAI}"], "ADRESSE": ["adresse {ADR1}", "jhabite {ADR1}"],
}
FORM_HEADERS = [
    "Formulaire de recontact – enquête IA", "Q12. Acceptez-vous d'être recontacté(e) ? Oui",
    "Suite de l'enquête « IA et établissements scolaires »", "COORDONNÉES (facultatif)",
    "Inscription au groupe de travail IA",
]
FREE_INTROS = [
    "Oui, je veux bien être recontactée.", "D'accord pour un entretien.",
    "Je suis volontaire pour participer au groupe de travail.", "ok pour être recontacté",
    "Oui !", "Disponible pour en parler, surtout le mercredi après-midi.",
    "Je préfère être contacté par écrit.", "Volontiers, c'est un sujet qui me tient à cœur.",
    "Je souhaite recevoir les résultats de l'enquête.",
    "Pour l'atelier parents sur l'IA, je m'inscris.",
    "OUI pour l'entretien, NON pour l'enregistrement vidéo.",
    "Pour la formation {DATE}, voici mes infos.",
]
FREE_OUTROS = [
    "Merci !", "Bonne continuation.", "À bientôt.", "Merci de ne pas diffuser ces informations.",
    "Je reste disponible.", "bonne journée", "(pas de démarchage svp)",
]
MAIL_SUBJECTS = [
    "Enquête IA – recontact", "RE: questionnaire IA dans les établissements",
    "Fwd: Formation IA (remboursement)", "Suite à l'enquête", "candidature groupe de travail IA",
    "inscription atelier IA parents", "Ordre de mission – journée IA {DATE}",
    "Demande d'accès à {AI}",
]
MAIL_GREETINGS = [
    "Bonjour,", "Bonjour {PT},", "Madame, Monsieur,", "Bonjour à tous,", "Chère {FF},",
    "Salut {FN} !", "Monsieur l'Inspecteur,", "Bonjour Madame,", "Bonsoir {PTFf},",
]
MAIL_BODIES = [
    "Suite à votre questionnaire sur l'usage de l'IA, je suis volontaire pour un entretien.",
    "Je vous transmets mes coordonnées comme convenu pour le groupe de travail.",
    "Pour le remboursement de mes frais de déplacement (formation IA {DATE}), voici mes informations.",
    "Je souhaiterais inscrire mon établissement à l'expérimentation.",
    "Merci pour ce questionnaire. Je suis prête à témoigner.",
    "Vous trouverez ci-dessous les informations demandées pour l'ordre de mission.",
    "Je me permets de vous relancer concernant ma demande d'accès à {AI}.",
    "Comme demandé par {PTf}, je vous envoie mes coordonnées.",
    "Mon fils {KIDm} est en {CLASS} ; nous acceptons d'être contactés pour l'étude.",
    "Je n'ai pas pu répondre en ligne, je vous réponds donc par mail : je suis plutôt favorable à l'IA, avec un cadre.",
    "Je représente les parents d'élèves de l'école et nous aimerions être associés à la réflexion.",
    "je vous reecris car je n'ai pas eu de reponse a mon premier message",
]
MAIL_CLOSINGS = [
    "Cordialement,", "Bien cordialement,", "Bien à vous,", "Très cordialement", "Merci d'avance,",
    "Bonne journée,", "A+", "Amitiés,", "Respectueusement,", "cdlt",
]
FORUM_TITLES = [
    "Re: [Enquête IA] vos retours", "Sujet : cherche collègues pour projet IA",
    "[Forum AESH] IA et accompagnement", "Re: Re: IA en {SUBJ}, vous faites comment ?",
]
FORUM_BODIES = [
    "Je cherche des collègues intéressés par un projet IA en {SUBJ}.",
    "Je partage ma progression, demandez-la-moi.",
    "On monte un groupe d'échange entre AESH, rejoignez-nous.",
    "Pour ceux qui veulent le tableau comparatif des outils, je l'envoie volontiers.",
]
EXTRA_PERSON = [
    "Je remplis ce formulaire pour {PTf}, qui n'a pas d'ordinateur.", "Recommandé par {PTm}.",
    "Mon fils {KIDm} est en {CLASS}.", "Je suis la maman de {KIDf} ({PCLASS}).",
    "En binôme avec ma collègue {FF}.", "Copie à {PTFm}.", "Merci à {PI} de m'avoir transmis l'enquête.",
]
SMS_INTROS = ["ok pr etre recontactee", "oui pr l'entretien", "dispo le mercredi", "ok",
              "vs pouvez me joindre"]


ALL_FRAME_LISTS = [CLEAN, CLEAN_OPENERS, CLEAN_PROS, CLEAN_CONS, TRAP, SURVEY, SURVEY_ID,
                   FORM_HEADERS, FREE_INTROS, FREE_OUTROS, MAIL_SUBJECTS, MAIL_GREETINGS,
                   MAIL_BODIES, MAIL_CLOSINGS, FORUM_TITLES, FORUM_BODIES, EXTRA_PERSON,
                   SMS_INTROS] + list(LABEL_FRAMES.values()) + list(INLINE_FRAMES.values()) + \
    list(SIGBLOCK_FRAMES.values()) + list(SMS_FRAMES.values())
N_FRAMES = sum(len(x) for x in ALL_FRAME_LISTS)
assert N_FRAMES >= 200, N_FRAMES


class Deck:
    """Draw frames without replacement, reshuffling when exhausted (full coverage)."""

    def __init__(self, items):
        self.items = list(items)
        self.buf = []

    def draw(self):
        if not self.buf:
            self.buf = list(self.items)
            rng.shuffle(self.buf)
        return self.buf.pop()


# ---------------------------------------------------------------------------
# Register transforms (segment level)
# ---------------------------------------------------------------------------
SMS_REPL = [
    (r"\bje suis\b", "jsuis"), (r"\bc'est\b", "c"), (r"\bbeaucoup\b", "bcp"),
    (r"\bquelque chose\b", "qqch"), (r"\bpour\b", "pr"), (r"\baujourd'hui\b", "auj"),
    (r"\bvraiment\b", "vrmt"), (r"\bparce que\b", "pcq"), (r"\btoujours\b", "tjr"),
    (r"\bquand\b", "qd"), (r"\bavec\b", "avc"), (r"\bbonjour\b", "bjr"),
    (r"\bs'il vous plaît\b", "svp"), (r"\btout le monde\b", "tlm"), (r"\bje ne\b", "j"),
]


def t_lower(segs):
    return [(t.lower(), k) for t, k in segs]


def t_noacc(segs):
    return [(strip_acc(t), k) for t, k in segs]


def t_sms(segs):
    out = []
    for t, k in segs:
        if k is None:
            for a, b in SMS_REPL:
                t = re.sub(a, b, t, flags=re.IGNORECASE)
        out.append((t, k))
    return out


def t_typos(segs):
    out = []
    for t, k in segs:
        if k is None and rng.random() < 0.5:
            parts = re.split(r"(\W+)", t)
            idx = [i for i, w in enumerate(parts) if len(w) >= 5 and w.isalpha()]
            if idx:
                i = rng.choice(idx)
                w = parts[i]
                j = rng.randrange(1, len(w) - 2)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
                t = "".join(parts)
        out.append((t, k))
    return out


def apply_register(segs, p_lower=0.07, p_noacc=0.08, p_sms=0.05, p_typo=0.10):
    tags = []
    if rng.random() < p_typo:
        segs = t_typos(segs)
        tags.append("typo")
    if rng.random() < p_sms:
        segs = t_sms(segs)
        tags.append("sms")
    if rng.random() < p_noacc:
        segs = t_noacc(segs)
        tags.append("noacc")
    if rng.random() < p_lower:
        segs = t_lower(segs)
        tags.append("lower")
    return segs


# ---------------------------------------------------------------------------
# Finalisation and checks
# ---------------------------------------------------------------------------
def finalize(segs):
    text, ents, pos = "", [], 0
    for t, k in segs:
        if k is not None:
            ents.append((k, t, pos))
        text += t
        pos += len(t)
    prev_end = 0
    for k, t, start in ents:
        if not t or t != t.strip():
            return None
        if k == "PERSONNE" and t.endswith("."):
            return None
        if text.find(t, prev_end) != start:
            return None
        prev_end = start + len(t)
    return {"text": text, "entities": [{"kind": k, "text": t} for k, t, _ in ents]}


def attempt(builder, tries=400):
    for _ in range(tries):
        st = pools_save()
        rec = finalize(builder({}))
        if rec is not None:
            return rec
        pools_restore(st)
    raise RuntimeError("could not build a valid answer")


def end_sentence(s):
    return s if s.rstrip()[-1:] in ".!?…»" else s + "."


def cap(s):
    return s[:1].upper() + s[1:]


def cap_segs(segs):
    if segs and segs[0][1] is None:
        segs = [(cap(segs[0][0]), None)] + segs[1:]
    return segs


# ---------------------------------------------------------------------------
# Builders per category
# ---------------------------------------------------------------------------
clean_deck = Deck(CLEAN)
trap_deck = Deck(TRAP)
survey_deck = Deck(SURVEY)
survey_id_deck = Deck(SURVEY_ID)


def build_clean(ctx):
    shape = rng.random()
    if shape < 0.12:
        pros = rng.sample(CLEAN_PROS, rng.randint(1, 3))
        cons = rng.sample(CLEAN_CONS, rng.randint(1, 3))
        txt = "Points positifs :\n" + "\n".join("- " + p for p in pros) + \
              "\nPoints négatifs :\n" + "\n".join("- " + c for c in cons)
        segs = P(txt)
    else:
        n = rng.choice([1, 1, 2, 2, 3])
        sents = [clean_deck.draw() for _ in range(n)]
        sep = rng.choice([" ", " ", "\n", "\n\n"])
        body = sep.join(end_sentence(x) for x in sents[:-1]) + (sep if n > 1 else "") + sents[-1]
        opener = rng.choice(CLEAN_OPENERS)
        if opener.endswith(", ") and not body.startswith("L'IA"):
            body = body[:1].lower() + body[1:]
        segs = P(opener + body)
    return apply_register(segs)


def build_trap(ctx):
    segs = render(trap_deck.draw(), ctx)
    if rng.random() < 0.3:
        segs = seal(segs) + P(rng.choice([" ", "\n"]) + clean_deck.draw())
    return apply_register(segs)


P_SECOND_FRAME = 0.38


def seal(segs):
    """Make sure the segment list ends with a sentence end before appending more."""
    segs = list(segs)
    if segs[-1][1] is None:
        segs[-1] = (end_sentence(segs[-1][0]), None)
    else:
        segs.append((".", None))
    return segs


def build_survey(ctx, with_id):
    if with_id:
        segs = render(survey_id_deck.draw(), ctx)
    else:
        segs = render(survey_deck.draw(), ctx)
        if rng.random() < P_SECOND_FRAME:
            segs = seal(segs) + P(rng.choice([" ", "\n", "\n\n"])) + render(survey_deck.draw(), ctx)
    r = rng.random()
    if r < 0.18:
        segs = P(end_sentence(clean_deck.draw()) + rng.choice([" ", "\n"])) + segs
    elif r < 0.33:
        segs = seal(segs) + P(rng.choice([" ", "\n"]) + clean_deck.draw())
    return apply_register(segs)


def join_segs(parts, sep):
    out = []
    for i, p in enumerate(parts):
        if i:
            out += P(sep)
        out += p
    return out


def build_form(ctx, kinds):
    persona(ctx)
    style = wchoice([("fields", 30), ("free", 24), ("mail", 32), ("forum", 7), ("sms", 7)])
    kinds = list(kinds)
    if style == "fields":
        lines = []
        if rng.random() < 0.5:
            lines.append(P(rng.choice(FORM_HEADERS)))
        nb = wchoice([("split", 35), ("full", 30), ("caps", 15), ("none", 20)])
        if nb == "split":
            lines.append(render("Nom : {MELAST}", ctx))
            lines.append(render("Prénom : {MEFIRST}", ctx))
        elif nb == "full":
            lines.append(render(rng.choice(["Nom et prénom : {MEFULL}", "Nom / prénom : {MEFULL}",
                                            "Identité : {MEFULL}"]), ctx))
        elif nb == "caps":
            lines.append(render("NOM Prénom : {MECAPS}", ctx))
        if rng.random() < 0.7:
            lines.append(render("Fonction : {ROLE}", ctx))
        dash = rng.random() < 0.35
        for k in kinds:
            ln = render(rng.choice(LABEL_FRAMES[k]), ctx)
            lines.append(P("- ") + ln if dash else ln)
        if rng.random() < 0.40:
            lines.append(P("Commentaire : ") + render(rng.choice(EXTRA_PERSON + EXTRA_PERSON + CLEAN[:12]), ctx))
        segs = join_segs(lines, "\n")
    elif style == "free":
        parts = [render(rng.choice(FREE_INTROS), ctx)]
        inl = [render(rng.choice(INLINE_FRAMES[k]), ctx) for k in kinds]
        joiner = rng.choice([", ", " ; ", ". "])
        body = join_segs(inl, joiner)
        if joiner == ". ":
            body = []
            for i, p in enumerate(inl):
                if i:
                    body += P(". ")
                body += cap_segs(p)
        else:
            body = cap_segs(body)
        parts.append(body + P("."))
        if rng.random() < 0.50:
            parts.append(render(rng.choice(EXTRA_PERSON), ctx))
        if rng.random() < 0.5:
            parts.append(P(rng.choice(FREE_OUTROS)))
        segs = join_segs(parts, rng.choice([" ", "\n"]))
        if rng.random() < 0.55:
            segs += P(rng.choice(["\n", "\n-- \n", " — ", "\n\n"])) + render("{SIG}", ctx)
    elif style == "mail":
        sig_kinds = [k for k in kinds if k in SIGBLOCK_FRAMES and rng.random() < 0.5]
        body_kinds = [k for k in kinds if k not in sig_kinds]
        parts = []
        if rng.random() < 0.7:
            parts.append(P("Objet : ") + render(rng.choice(MAIL_SUBJECTS), ctx))
        parts.append(render(rng.choice(MAIL_GREETINGS), ctx))
        parts.append(render(rng.choice(MAIL_BODIES), ctx))
        if body_kinds:
            if rng.random() < 0.5:
                parts.append(join_segs([render(rng.choice(LABEL_FRAMES[k]), ctx) for k in body_kinds], "\n"))
            else:
                inl = [cap_segs(render(rng.choice(INLINE_FRAMES[k]), ctx)) for k in body_kinds]
                parts.append(join_segs(inl, ".\n") + P("."))
        if rng.random() < 0.40:
            parts.append(render(rng.choice(EXTRA_PERSON), ctx))
        close = P(rng.choice(MAIL_CLOSINGS))
        sig = [render("{SIG}", ctx)]
        if rng.random() < 0.6:
            sig.append(render("{ROLE}", ctx))
        for k in sig_kinds:
            sig.append(render(rng.choice(SIGBLOCK_FRAMES[k]), ctx))
        signature = close + P(rng.choice(["\n", "\n", " "])) + join_segs(sig, "\n")
        parts.append(signature)
        segs = join_segs(parts, rng.choice(["\n\n", "\n"]))
    elif style == "forum":
        inl = [cap_segs(render(rng.choice(INLINE_FRAMES[k]), ctx)) for k in kinds]
        segs = render(rng.choice(FORUM_TITLES), ctx) + P("\n") + \
            render(rng.choice(FORUM_BODIES), ctx) + P("\n") + join_segs(inl, ".\n") + P(".") + \
            P("\n-- \n") + render(rng.choice(["{MEFIRST}, {ROLE}", "{MEFIRST} ({ROLE}, {CITY})", "{SIG}"]), ctx)
    else:
        items = [render(rng.choice(SMS_FRAMES[k]), ctx) for k in kinds]
        segs = P(rng.choice(SMS_INTROS) + " ") + join_segs(items, rng.choice([" / ", " ", ", "]))
        if rng.random() < 0.5:
            segs += P(rng.choice([" merci ", " ", " thx "])) + render("{MEFIRST}", ctx)
        if rng.random() < 0.5:
            segs = t_lower(segs)
        return segs
    return apply_register(segs, p_lower=0.05, p_noacc=0.07, p_sms=0.03, p_typo=0.08)


def count_kinds(recs):
    c = Counter()
    for r in recs:
        for e in r["entities"]:
            c[e["kind"]] += 1
    return c


def allocate_form_kinds(need, n_forms):
    items = [k for k in ID_KINDS for _ in range(need[k])]
    rng.shuffle(items)
    sizes = [1] * n_forms
    extra = len(items) - n_forms
    assert extra >= 0
    while extra:
        i = rng.randrange(n_forms)
        if sizes[i] < 5:
            sizes[i] += 1
            extra -= 1
    groups, p = [], 0
    for s in sizes:
        groups.append(items[p:p + s])
        p += s
    # repair duplicate kinds inside one answer by swapping with another answer
    for _ in range(10000):
        bad = [(gi, k) for gi, g in enumerate(groups) for k in ID_KINDS if g.count(k) > 1]
        if not bad:
            break
        gi, k = bad[0]
        order = list(range(n_forms))
        rng.shuffle(order)
        for hi in order:
            h = groups[hi]
            if hi == gi or k in h:
                continue
            swaps = [j for j in h if j not in groups[gi]]
            if swaps:
                j = rng.choice(swaps)
                groups[gi].remove(k)
                groups[gi].append(j)
                h.remove(j)
                h.append(k)
                break
    for g in groups:
        assert len(set(g)) == len(g), g
        g.sort(key=lambda k: rng.random())
    return groups


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
def main():
    records = []
    for _ in range(N_CLEAN):
        r = attempt(build_clean)
        assert not r["entities"]
        r["cat"] = "clean"
        records.append(r)
    for _ in range(N_TRAP):
        r = attempt(build_trap)
        assert not r["entities"], r
        r["cat"] = "trap"
        records.append(r)
    id_flags = [i < 30 for i in range(N_SURVEY)]
    rng.shuffle(id_flags)
    for f in id_flags:
        r = attempt(lambda ctx, f=f: build_survey(ctx, f))
        assert r["entities"]
        r["cat"] = "survey"
        records.append(r)
    c = count_kinds(records)
    need = {k: PER_ID_KIND - c[k] for k in ID_KINDS}
    assert all(v >= 0 for v in need.values()), need
    groups = allocate_form_kinds(need, N_FORM)
    for g in groups:
        r = attempt(lambda ctx, g=g: build_form(ctx, g))
        got = sorted(e["kind"] for e in r["entities"] if e["kind"] != "PERSONNE")
        assert got == sorted(g), (got, g)
        r["cat"] = "form"
        records.append(r)

    rng.shuffle(records)
    os.makedirs(os.path.dirname(OUT_PATH), exist_ok=True)
    with open(OUT_PATH, "w", encoding="utf-8", newline="\n") as fh:
        for i, r in enumerate(records, 1):
            line = {"id": "h%03d" % i, "text": r["text"], "entities": r["entities"]}
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")

    # ---- independent re-check of the written file ----
    kinds_ok = {"PERSONNE"} | set(ID_KINDS)
    n, ids = 0, set()
    counts, wrong, nonempty = Counter(), Counter(), Counter()
    with open(OUT_PATH, encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            n += 1
            assert obj["id"] not in ids
            ids.add(obj["id"])
            text, prev_end = obj["text"], 0
            for e in obj["entities"]:
                assert e["kind"] in kinds_ok, e
                pos = text.find(e["text"], prev_end)
                assert pos >= prev_end and text[pos:pos + len(e["text"])] == e["text"], (obj["id"], e)
                prev_end = pos + len(e["text"])
                counts[e["kind"]] += 1
                if e["kind"] in CHECKERS and not CHECKERS[e["kind"]](e["text"]):
                    wrong[e["kind"]] += 1
            if obj["entities"]:
                nonempty["with entities"] += 1
    assert n == N_CLEAN + N_TRAP + N_SURVEY + N_FORM == 400, n
    for k in ID_KINDS:
        assert counts[k] == PER_ID_KIND, (k, counts[k])

    cats = Counter(r["cat"] for r in records)
    print("wrote %s: %d lines (%s), %d hand-written frames" % (
        OUT_PATH, n, ", ".join("%s=%d" % (k, cats[k]) for k in ("clean", "trap", "survey", "form")),
        N_FRAMES))
    print("answers without any entity: %d" % (n - nonempty["with entities"]))
    per_cat = Counter()
    for r in records:
        per_cat[r["cat"]] += sum(1 for e in r["entities"] if e["kind"] == "PERSONNE")
    print("PERSONNE per category: %s" % ", ".join("%s=%d" % (k, per_cat[k]) for k in ("survey", "form")))
    for k in ["PERSONNE"] + ID_KINDS:
        extra = ""
        if k in CHECKERS:
            extra = "  (wrong check key: %d = %.1f %%)" % (wrong[k], 100.0 * wrong[k] / counts[k])
        print("%-10s %4d%s" % (k, counts[k], extra))
    print("total      %4d" % sum(counts.values()))
    with open(OUT_PATH, "rb") as fh:
        print("md5 %s" % hashlib.md5(fh.read()).hexdigest())


if __name__ == "__main__":
    main()
