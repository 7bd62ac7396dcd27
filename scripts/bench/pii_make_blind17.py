#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate Tests/PrivacyTests/Fixtures/pii_blind17.jsonl, a BLIND held-out
evaluation set for the French personal-data masker.

WRITTEN BLIND
-------------
A helper session wrote this script to be independent of the project.
While writing it, the author did NOT open, read, list, grep or search anything
under /work/main except this script and the file it writes. The same goes for
/work/shared and for any git history. git was never run, and no search or
repository tool was used. The only command that touched /work/main besides
running this script was `mkdir -p /work/main/scripts/bench`, which lists
nothing. The output folder is created with os.makedirs(exist_ok=True), again
without listing it. The author also ran small python3 snippets that read the
output file, or import this script, to test its validators against well-known
public examples (UAI 0750655E / 0750654D, the textbook IBAN
FR14 2004 1010 0505 0001 3M02 606, a textbook NIR whose key is 80).
Everything the author knows about the project comes from the brief: the two
paths, the JSONL format, the seven kinds, the wrong-key rule and the labelling
conventions repeated below. Nothing else about the masker was seen (its code,
rules, word lists, other fixtures or earlier "blind" sets).
All templates, names, streets, places and phrasings are the author's own,
drawn from general knowledge of how people write in mainland France, in
overseas departments and collectivities, and in French schools abroad.

Theme
-----
« Que pensez-vous de l'usage de l'IA dans les établissements scolaires ? » :
survey answers and school correspondence from teachers, heads of school,
inspectors, parents, pupils, AESH, CPE, librarians and others.

Determinism
-----------
A single random.Random(SEED) with SEED = 17042039 drives everything, so the
output is the same on every run.

Mix (400 lines, ids q001..q400, shuffled deterministically)
-----------------------------------------------------------
  60  texts without personal data (opinions, minutes, chats, lists)
  70  trap texts without personal data: AI products and software, brands,
      schools, streets and squares named after people WITHOUT a house number,
      towns with a postcode alone, dates, hours, amounts, class names, law
      references, order and ticket numbers, SIRET, short and toll-free
      numbers, ISBN, book and film titles, works cited by the author's name,
      capitalised common words at line starts, roles without names
 130  survey answers with names and identifiers woven into opinions (formal,
      casual, no accents, lowercase, SMS style, initials, first names next
      to a role or a class, names of many origins, surnames that are also
      common French words), from 50 survey templates
 140  letters, forms, e-mails, requests, minutes, attendance lists,
      invitations, signatures, CV headers, chats, class-council notes and
      WhatsApp/ENT messages with contact details, from 53 letter templates

Kinds
-----
PERSONNE, ADRESSE, EMAIL, TELEPHONE, NIR, IBAN, UAI.
Roughly 40 % of the NIR, IBAN and UAI carry a deliberately WRONG check key
and are labelled all the same. Each key is drawn at random, with a feedback
term that keeps the running share of each kind close to 40 %; the script
prints the share it actually achieved.
  NIR : key = 97 - (n mod 97) on the first 13 characters (2A -> 19 and
        2B -> 18 for the computation); written with or without spaces.
  IBAN: French IBAN, ISO 7064 mod 97-10 (check digits = 98 - (n mod 97)),
        grouped by 4 or not. The inner RIB key is always correct; only the
        IBAN check digits are made wrong.
  UAI : 7 digits (département on 3, then 4) + the letter
        "ABCDEFGHJKLMNPRSTUVWXYZ"[n mod 23] of those 7 digits.

Labelling conventions
---------------------
PERSONNE: titles (M., Mme, Dr, monsieur, madame, Maître, Me...) are excluded.
  An initial after a title is the letter alone (« Mme L. » -> « L »).
  First name + surname form one entity. A first name next to a role or a
  class is labelled on its own. Trailing abbreviation dots are excluded.
  Public figures count as persons. Names inside e-mails, schools, streets,
  places, pets, brands and AI products are NOT persons. Separate form fields
  (« Nom : X » / « Prénom : Y ») give two entities; table cells give one
  entity per cell.
EMAIL: the whole address, obfuscated forms included (arobase, [at], (at),
  chez, AT/DOT...).
TELEPHONE: the number with its international prefix, without the label.
NIR / IBAN / UAI: the whole identifier with its inner separators, without
  the label.
ADRESSE: one entity from the first element of the address (house number,
  street type, named place, or a complement that comes first) to the end of
  the city (CEDEX and its number included). When no city is given, it ends
  at the end of the street or of the postcode. It may span several lines.
  A « chez M. X » / « c/o X » line is not part of the address (X is a
  PERSONNE). A city joined to the street by « à » is part of the address,
  « à » included. For a foreign address the country is part of it.

Check
-----
Templates are written with inline marks ⟦KIND|value⟧. Rendering removes the
marks and records each entity's intended offset. A draw is accepted only if
every entity is found by text.find(entity, end_of_previous_entity) at exactly
its intended offset. Otherwise the draw is redrawn, and the script counts and
prints the redraws (duplicate texts are redrawn too and counted separately).
Each entity is also sanity-checked: no surrounding spaces, no trailing
abbreviation dot on PERSONNE, and no letter or digit glued to either side.
After writing, the script re-reads the file and checks every entity of every
line again: it must be found in order, at the same offset, with a valid kind.
Any failure makes the script exit with an error. At the end it prints counts
per kind and per category, the wrong-key shares and the redraw counts.
"""

import json
import os
import random
import re
import sys
import unicodedata

SEED = 17042039
R = random.Random(SEED)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT_PATH = os.path.join(ROOT, "Tests", "PrivacyTests", "Fixtures", "pii_blind17.jsonl")

KINDS = ("PERSONNE", "ADRESSE", "EMAIL", "TELEPHONE", "NIR", "IBAN", "UAI")
ALPH23 = "ABCDEFGHJKLMNPRSTUVWXYZ"


# ---------------------------------------------------------------- basics

def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def deaccent(s):
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


def mk(kind, value):
    assert kind in KINDS, kind
    return "\u27e6" + kind + "|" + value + "\u27e7"


def P(v):
    return mk("PERSONNE", v)


def A(v):
    return mk("ADRESSE", v)


def EM(v):
    return mk("EMAIL", v)


def T(v):
    return mk("TELEPHONE", v)


def N(v):
    return mk("NIR", v)


def I(v):
    return mk("IBAN", v)


def U(v):
    return mk("UAI", v)


# ---------------------------------------------------------------- pools

FIRST_F = """Camille Léa Manon Chloé Inès Sarah Emma Jade Louise Alice Lina Zoé Nathalie
Isabelle Sandrine Valérie Sophie Christine Catherine Sylvie Aurélie Émilie Céline
Stéphanie Fatima Aïcha Yasmina Khadija Nadia Samira Leïla Mariam Aminata Fatoumata
Awa Binta Mai Linh Mei Svetlana Agnieszka Ana Lucía Giulia Maëlys Océane Anaïs
Margaux Élodie Karine Marie-Claude Anne-Sophie Marie-Hélène Soizic Maïwenn Nolwenn
Gwenaëlle Mahina Vaimiti Hinatea Tiare Kahina Dalila Noura Zeynep Elif Hawa Mariama
Rokia Rosalie Josiane Ginette Yvette Marie-Josée Gisèle Ludivine Maëva Claire Aurore
Capucine Murielle Brigitte Françoise Martine Hélène Agathe Clémence Salomé Noémie
Yaëlle Ophélie Naïma Rania Assia Ngoc Sokhna Ramatoulaye Fanta Oumou Kadiatou
Séverine Laetitia Corinne Pascale Véronique Annick Solène Gaëlle Chantal
Marie-France Coralie Jessica Priscilla Sonia Dounia Héloïse Bérénice Apolline""".split()

FIRST_M = """Lucas Hugo Louis Gabriel Arthur Jules Adam Raphaël Nathan Ethan Noah Mohamed
Karim Youssef Mehdi Bilal Rayan Ibrahima Mamadou Moussa Ousmane Seydou Thierry
Philippe Laurent Stéphane Olivier Frédéric Pascal Christophe Éric Patrick
Jean-Pierre Jean-Marc Pierre-Yves Jean-Baptiste Marc-Antoine Yannick Gwenaël Erwan
Loïc Ronan Teva Heimana Manaarii Tehei Kévin Dylan Jordan Anthony Steeve Wilfried
Rudy Grégory Dimitri Piotr Tomasz Andrés Diego João Matteo Luca Minh Quang Wei Hao
Arjun Emre Mustafa Hakim Samir Abdou Sékou Lamine Félix Aimé Fabrice Gérald Saïd
Jean-Claude Marcel Gérard Bernard Henri Baptiste Maxime Antoine Thomas Nicolas
Julien Romain Clément Victor Florian Benoît Vincent Jérôme Sébastien Cédric Fabien
Ludovic Mickaël Johan Anis Ilyes Nassim Amadou Boubacar Cheikh Dieudonné Serge
Jean-Luc Didier Alain Hervé Bruno Gilles Yves Rémi Enzo Timéo Sacha Ismaël Elias
Gaspard Côme Aurélien""".split()

CHILD_F = """Léa Jade Louise Emma Chloé Inès Lina Zoé Manon Maëlys Ambre Rose Anna Mila
Nour Aya Sofia Yasmine Maryam Kenza Assia Fatou Awa Océane Romane Clara Mahina
Hinatea Naïa Lilou Maëlle Sirine""".split()
CHILD_M = """Lucas Hugo Noah Adam Gabriel Raphaël Nathan Ethan Rayan Mohamed Ibrahim
Moussa Sacha Timéo Kylian Ilyes Nolan Enzo Liam Théo Mathis Yanis Amir Wassim Teiva
Kenzo Aylan Jules Maël Bastien Evan""".split()

FIRST_DIVERSE = ["Ngoc Anh", "Moussa", "Zeynep", "Oksana", "Darius", "Aylin",
                 "Mamadou", "Yusuf", "Fatoumata", "Bogdan", "Shirin", "Kenji",
                 "Mariana", "Tenzin", "Rokia", "Hamza", "Wen", "Ilyas", "Soraya",
                 "Teiki", "Anouar", "Dragan", "Precious", "Jawad", "Svetlana",
                 "Luana", "Kofi", "Siaka", "Mei-Ling", "Rahma"]

LAST_COMMON = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard",
               "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre",
               "Michel", "Garcia", "David", "Bertrand", "Vincent", "Fournier",
               "Morel", "Girard", "André", "Lefebvre", "Dupont", "Lambert",
               "Bonnet", "François", "Martinez", "Garnier", "Faure", "Rousseau",
               "Guérin", "Muller", "Henry", "Roussel", "Perrin", "Morin",
               "Mathieu", "Gauthier", "Dumont", "Lopez", "Robin", "Masson",
               "Sanchez", "Boyer", "Denis", "Lemaire", "Duval", "Joly",
               "Gautier", "Roger", "Roche", "Meyer", "Dufour", "Blanchard",
               "Barbier", "Dumas", "Brunet", "Schmitt", "Leroux", "Colin",
               "Fernandez", "Arnaud", "Rolland", "Caron", "Aubert", "Giraud",
               "Leclerc", "Vidal", "Bourgeois", "Renaud", "Lemoine", "Picard",
               "Gaillard", "Lacroix", "Dupuis", "Rodriguez", "Da Silva",
               "Hubert", "Guillot", "Le Gall", "Rey", "Gonzalez", "Lecomte",
               "Ménard", "Fleury", "Deschamps", "Maillard", "Marchal", "Aubry",
               "Vasseur", "Le Roux", "Renault", "Jacquet", "Collet", "Prévost",
               "Poirier", "Royer", "Huet", "Dupuy", "Pons", "Perrot", "Guyot",
               "Barré", "Marty", "Tessier", "Hamon", "Lebreton", "Chauvin",
               "Besson", "Cordier", "Humbert", "Maréchal", "Perret", "Gilbert",
               "Lemonnier", "Texier", "Delmas"]
# surnames that are also common French words
LAST_WORD = ["Boulanger", "Boucher", "Berger", "Marchand", "Meunier", "Lenoir",
             "Petit", "Blanc", "Brun", "Roux", "Fontaine", "Moulin", "Cousin",
             "Baron", "Renard", "Carré", "Poisson", "Mouton", "Rossignol",
             "Loiseau", "Bontemps", "Lamour", "Lesage", "Vacher", "Charpentier",
             "Lejeune", "Bonhomme", "Chevalier", "Legrand", "Lebon", "Lefort",
             "Printemps", "Sage", "Noël", "Rivière", "Leblanc", "Breton",
             "Lavigne", "Lapierre", "Pierre", "Marie", "Paris", "Roy",
             "Bouvier", "Mercier", "Fabre", "Couturier", "Vallée"]
LAST_AFR = ["Diallo", "Traoré", "Koné", "Coulibaly", "Diop", "Ndiaye", "Sow",
            "Camara", "Keïta", "Touré", "Sylla", "Cissé", "Konaté", "Fofana",
            "Sangaré", "Ndour", "Faye", "Gueye", "Mendy", "Kouassi", "Yao",
            "N'Diaye", "Mbala", "Nkounkou", "Okafor", "Ba"]
LAST_MAGH = ["Benali", "Benaïssa", "Bouaziz", "Haddad", "Mansouri", "Belkacem",
             "Cherif", "Amrani", "El Idrissi", "Ait Ahmed", "Boumediene",
             "Hamidi", "Khelifi", "Meziane", "Saïdi", "Benyahia", "Rahmani",
             "Zerrouki", "Bensalem", "Chaouch", "Ouali", "Djebbar", "Hadj-Ali",
             "Ben Amor", "Tahiri", "El Fassi"]
LAST_ASIA = ["Nguyen", "Tran", "Pham", "Huynh", "Chen", "Wang", "Zhang", "Liu",
             "Kim", "Park", "Sharma", "Patel", "Singh", "Yamamoto", "Phan",
             "Truong", "Vo", "Hoang"]
LAST_EUR = ["Kowalski", "Nowak", "Wiśniewski", "Popescu", "Ionescu", "Petrov",
            "Ivanova", "Yilmaz", "Demir", "Kaya", "Öztürk", "Ferreira", "Pereira",
            "Rodrigues", "Oliveira", "Esposito", "Russo", "Romano", "Bianchi",
            "Rossi", "Schmidt", "Weber", "O'Connor", "Van den Berg", "De Smet",
            "Janssens", "Papadopoulos", "Novák", "Horvat"]
LAST_REG = ["Kerhervé", "Le Goff", "Le Bihan", "Tanguy", "Quéméner", "Etcheverry",
            "Goikoetxea", "Casanova", "Santoni", "Pieri", "Paoli", "Albertini",
            "Mattei", "Ollivier", "Riou", "Guivarc'h", "Le Floch", "Iriart",
            "Larrieu"]
LAST_ANTILLES = ["Marie-Sainte", "Bellance", "Lubin", "Céleste", "Jean-Baptiste",
                 "Joseph", "Saint-Louis", "Belfort", "Zébina", "Rosine",
                 "Théodore", "Laviolette", "Jean-Louis", "Bajazet", "Calixte",
                 "Lucien", "Sainte-Rose", "Édouard"]
LAST_REUNION = ["Hoarau", "Payet", "Grondin", "Técher", "Boyer", "Maillot",
                "Fontaine", "Lauret", "Turpin", "Nativel", "Dijoux", "Ethève",
                "Sautron", "Hoareau", "Clain", "Cadet", "Morel", "Lebon"]
LAST_MAYOTTE = ["Abdallah", "Madi", "Said Ahmed", "Ali Mohamed", "Attoumani",
                "Soilihi", "Ahamada", "Houmadi", "Combo", "Youssouf", "Anli",
                "Bacar", "Assani"]
LAST_PACIF = ["Tetuanui", "Teriitahi", "Temauri", "Wamytan", "Tauhiri",
              "Raapoto", "Tuheiava", "Wejieme", "Kaloi", "Gopoea",
              "Teriierooiterai", "Maono"]
LAST_GUYANE = ["Horth", "Pindard", "Karam", "Chow-Chine", "Linguet", "Amadieu",
               "Appolinaire", "Tiouka", "Opoya", "Pierre-Louis", "Jean-Élie"]

PUBLIC = ["Yann LeCun", "Cédric Villani", "Laurence Devillers", "Stanislas Dehaene",
          "Philippe Meirieu", "Serge Tisseron", "Luc Julia", "Arthur Mensch",
          "Sam Altman", "Gabriel Attal", "Pap Ndiaye", "Jean-Michel Blanquer",
          "Élisabeth Borne", "Nicole Belloubet", "Edgar Morin", "Michel Serres",
          "Geoffrey Hinton", "Demis Hassabis", "Bill Gates", "Clara Chappaz",
          "Gérald Bronner", "François Taddei", "Emmanuel Macron"]

COLLEGES = ["collège Jean-Moulin", "collège Simone-Veil", "collège Louise-Michel",
            "collège Anne-Frank", "collège Jacques-Prévert", "collège Edmond-Michelet",
            "collège Les Tamarins", "collège Albert-Camus", "collège Jules-Verne",
            "collège Georges-Brassens", "collège du Vieux-Port", "collège Pablo-Neruda",
            "collège Olympe-de-Gouges", "collège Rosa-Parks", "collège La Fontaine",
            "collège Victor-Schœlcher", "collège Marcel-Pagnol"]
LYCEES = ["lycée Victor-Hugo", "lycée Marie-Curie", "lycée Jean-Jaurès",
          "lycée Montaigne", "lycée Condorcet", "lycée professionnel Gustave-Eiffel",
          "lycée Lislet-Geoffroy", "lycée Gaston-Monnerville", "lycée Félix-Éboué",
          "lycée Camille-Claudel", "lycée polyvalent Léonard-de-Vinci",
          "lycée Jean-Monnet", "lycée agricole du Chesnoy", "lycée Clemenceau",
          "lycée Pierre-Mendès-France", "lycée Joseph-Gaillard"]
ECOLES = ["école Jules-Ferry", "école élémentaire Paul-Langevin",
          "école maternelle Les Coquelicots", "école primaire Jean-de-La-Fontaine",
          "école du Centre", "école élémentaire Pasteur", "école des Flamboyants",
          "école maternelle Pauline-Kergomard", "école élémentaire Lucie-Aubrac"]

DISC = ["français", "mathématiques", "histoire-géographie", "SVT", "physique-chimie",
        "anglais", "espagnol", "allemand", "philosophie", "EPS", "technologie",
        "arts plastiques", "éducation musicale", "SES", "NSI", "lettres classiques",
        "économie-gestion", "italien", "arabe"]

CLASSES_SEC = ["6e A", "6e3", "5e B", "5e2", "4e C", "4e1", "3e D", "3e4", "seconde 2",
               "2nde 5", "1re G3", "1re STMG", "terminale 4", "Tle G2", "1re bac pro",
               "CAP 2", "BTS SIO 1", "3e prépa-métiers", "SEGPA 5e", "4e SEGPA"]
CLASSES_PRIM = ["CP", "CE1", "CE2", "CM1", "CM2", "GS", "MS", "PS", "CE1-CE2", "CM1-CM2"]

CITIES = [("75011", "Paris"), ("75019", "Paris"), ("69003", "Lyon"), ("69100", "Villeurbanne"),
          ("13008", "Marseille"), ("13100", "Aix-en-Provence"), ("31000", "Toulouse"),
          ("33000", "Bordeaux"), ("44000", "Nantes"), ("59000", "Lille"), ("59100", "Roubaix"),
          ("67000", "Strasbourg"), ("35000", "Rennes"), ("34000", "Montpellier"),
          ("06000", "Nice"), ("38000", "Grenoble"), ("21000", "Dijon"), ("29200", "Brest"),
          ("63000", "Clermont-Ferrand"), ("87000", "Limoges"), ("76600", "Le Havre"),
          ("93200", "Saint-Denis"), ("94000", "Créteil"), ("92100", "Boulogne-Billancourt"),
          ("95000", "Cergy"), ("78000", "Versailles"), ("57000", "Metz"), ("54000", "Nancy"),
          ("51100", "Reims"), ("80000", "Amiens"), ("14000", "Caen"), ("37000", "Tours"),
          ("45000", "Orléans"), ("86000", "Poitiers"), ("17000", "La Rochelle"),
          ("64100", "Bayonne"), ("64000", "Pau"), ("66000", "Perpignan"), ("30000", "Nîmes"),
          ("84000", "Avignon"), ("83000", "Toulon"), ("20000", "Ajaccio"), ("20200", "Bastia"),
          ("73000", "Chambéry"), ("74000", "Annecy"), ("25000", "Besançon"),
          ("68100", "Mulhouse"), ("42000", "Saint-Étienne"), ("03100", "Montluçon"),
          ("24000", "Périgueux"), ("12000", "Rodez"), ("23000", "Guéret"), ("58000", "Nevers"),
          ("72000", "Le Mans"), ("22000", "Saint-Brieuc"), ("56100", "Lorient"),
          ("29000", "Quimper"), ("50100", "Cherbourg-en-Cotentin"), ("62100", "Calais"),
          ("62300", "Lens"), ("02100", "Saint-Quentin"), ("08000", "Charleville-Mézières"),
          ("10000", "Troyes"), ("88000", "Épinal"), ("90000", "Belfort"),
          ("01000", "Bourg-en-Bresse"), ("26000", "Valence"), ("05000", "Gap"),
          ("81000", "Albi"), ("82000", "Montauban"), ("47000", "Agen"),
          ("40000", "Mont-de-Marsan"), ("19100", "Brive-la-Gaillarde"), ("15000", "Aurillac"),
          ("71100", "Chalon-sur-Saône"), ("89000", "Auxerre"), ("18000", "Bourges"),
          ("41000", "Blois"), ("28000", "Chartres"), ("27000", "Évreux"), ("49100", "Angers"),
          ("85000", "La Roche-sur-Yon"), ("79000", "Niort"), ("16000", "Angoulême"),
          ("91000", "Évry-Courcouronnes"), ("77100", "Meaux"), ("93140", "Bondy"),
          ("94200", "Ivry-sur-Seine"), ("92000", "Nanterre"), ("60000", "Beauvais")]
CITYNAMES = sorted(set(c for _, c in CITIES))
RURAL = [("29450", "Sizun"), ("23200", "Aubusson"), ("46100", "Figeac"),
         ("12200", "Villefranche-de-Rouergue"), ("24200", "Sarlat-la-Canéda"),
         ("48400", "Florac-Trois-Rivières"), ("22160", "Callac"), ("56500", "Locminé"),
         ("43100", "Brioude"), ("15100", "Saint-Flour"), ("58800", "Corbigny"),
         ("39300", "Champagnole"), ("04300", "Forcalquier"), ("32000", "Auch"),
         ("09200", "Saint-Girons")]
CEDEX = [("69361", "Lyon Cedex 07"), ("33060", "Bordeaux Cedex"),
         ("13621", "Aix-en-Provence Cedex 1"), ("59044", "Lille Cedex"),
         ("67081", "Strasbourg Cedex"), ("31068", "Toulouse Cedex 7"),
         ("35044", "Rennes Cedex"), ("44326", "Nantes Cedex 3"), ("94011", "Créteil Cedex"),
         ("78012", "Versailles Cedex"), ("75357", "Paris Cedex 07"),
         ("86022", "Poitiers Cedex"), ("21033", "Dijon Cedex"), ("38021", "Grenoble Cedex 1"),
         ("63037", "Clermont-Ferrand Cedex 1"), ("54035", "Nancy Cedex"),
         ("45043", "Orléans Cedex 1"), ("80063", "Amiens Cedex 9")]
ACADS = ["ac-lyon.fr", "ac-creteil.fr", "ac-versailles.fr", "ac-paris.fr", "ac-lille.fr",
         "ac-aix-marseille.fr", "ac-toulouse.fr", "ac-bordeaux.fr", "ac-nantes.fr",
         "ac-rennes.fr", "ac-strasbourg.fr", "ac-montpellier.fr", "ac-grenoble.fr",
         "ac-nice.fr", "ac-normandie.fr", "ac-dijon.fr", "ac-poitiers.fr",
         "ac-orleans-tours.fr", "ac-amiens.fr", "ac-reims.fr", "ac-nancy-metz.fr",
         "ac-besancon.fr", "ac-clermont.fr", "ac-limoges.fr", "ac-corse.fr"]
DOMAINS = ["gmail.com", "gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr",
           "yahoo.fr", "wanadoo.fr", "sfr.fr", "outlook.fr", "icloud.com",
           "protonmail.com", "live.fr", "neuf.fr", "bbox.fr"]

STYPES = ["rue", "rue", "rue", "rue", "avenue", "boulevard", "allée", "impasse",
          "chemin", "place", "route", "quai", "cours", "square", "passage"]
SNAMES = ["des Lilas", "de la République", "Victor-Hugo", "Jean-Jaurès",
          "du Général-Leclerc", "Pasteur", "des Écoles", "du Moulin", "de la Gare",
          "Gambetta", "des Acacias", "Lamartine", "du Stade", "de Verdun", "Émile-Zola",
          "des Tilleuls", "de la Paix", "Carnot", "du Maréchal-Foch", "des Peupliers",
          "Voltaire", "de Bretagne", "de la Liberté", "Jules-Ferry", "des Cerisiers",
          "du Château", "des Vignes", "Paul-Bert", "Saint-Exupéry", "de l'Église",
          "des Prés", "Anatole-France", "du Port", "de la Mairie", "des Sources",
          "Jean-Moulin", "Marcel-Pagnol", "des Mimosas", "du Lavoir", "Albert-Camus",
          "de Strasbourg", "Condorcet", "des Glycines", "des Hirondelles",
          "de la Fontaine", "du 8-Mai-1945", "du 11-Novembre", "des Rosiers",
          "Sainte-Catherine", "de Paris", "du Général-de-Gaulle", "Aristide-Briand",
          "des Martyrs-de-la-Résistance", "Louise-Michel", "des Bleuets",
          "du Docteur-Roux"]
RESID = ["Les Tilleuls", "du Parc", "Les Glycines", "Le Clos des Vignes",
         "Les Jardins de la Cité", "Beausoleil", "Les Terrasses", "Le Belvédère",
         "Bellevue", "Le Hameau du Lac", "Les Castors"]
LIEUDIT = ["La Garenne", "Kerbastard", "Le Bourg", "Les Granges", "La Croix-Blanche",
           "Le Moulin-Neuf", "Les Bruyères", "Kervénec", "La Grange-aux-Bois",
           "Le Pré-Haut", "Les Quatre-Chemins"]

DOM_CITIES = {
    "MQ": [("97200", "Fort-de-France"), ("97232", "Le Lamentin"), ("97220", "La Trinité"),
           ("97230", "Sainte-Marie"), ("97290", "Le Marin")],
    "GP": [("97110", "Pointe-à-Pitre"), ("97139", "Les Abymes"), ("97122", "Baie-Mahault"),
           ("97100", "Basse-Terre"), ("97160", "Le Moule")],
    "GF": [("97300", "Cayenne"), ("97320", "Saint-Laurent-du-Maroni"), ("97351", "Matoury"),
           ("97310", "Kourou"), ("97354", "Remire-Montjoly")],
    "RE": [("97400", "Saint-Denis"), ("97410", "Saint-Pierre"), ("97430", "Le Tampon"),
           ("97460", "Saint-Paul"), ("97420", "Le Port"), ("97490", "Sainte-Clotilde")],
    "YT": [("97600", "Mamoudzou"), ("97615", "Pamandzi"), ("97690", "Koungou"),
           ("97650", "Bandraboua"), ("97660", "Dembéni")],
    "NC": [("98800", "Nouméa"), ("98835", "Dumbéa"), ("98809", "Mont-Dore"), ("98890", "Païta")],
    "PF": [("98713", "Papeete"), ("98718", "Punaauia"), ("98702", "Faa'a"), ("98728", "Moorea")],
    "PM": [("97500", "Saint-Pierre"), ("97500", "Miquelon-Langlade")],
    "WF": [("98600", "Mata-Utu")],
}
DOM_STREETS = {
    "ANT": ["rue Victor-Schœlcher", "boulevard du Général-de-Gaulle", "rue Lamartine",
            "avenue des Caraïbes", "rue Félix-Éboué", "chemin des Flamboyants",
            "allée des Frangipaniers", "rue du Commandant-Mouchotte", "rue de la Liberté",
            "rue des Manguiers", "impasse des Bougainvilliers", "chemin Morne-Vert"],
    "RE": ["chemin des Goyaviers", "rue Jean-Chatel", "allée des Tamarins",
           "rue du Général-de-Gaulle", "chemin Summer", "rue de Paris", "rue Juliette-Dodu"],
    "YT": ["rue de la Mosquée", "route nationale 1", "rue du Commerce", "chemin de Cavani"],
    "NC": ["rue de Sébastopol", "rue Jean-Jaurès", "avenue du Maréchal-Foch",
           "promenade Roger-Laroque", "rue de l'Alma"],
    "PF": ["avenue Pouvanaa-a-Oopa", "rue des Poilus-Tahitiens", "servitude Teharuru",
           "route de la Pointe-Vénus"],
}
DOM_RES = ["Les Alizés", "Les Flamboyants", "Bellevue", "Le Corail", "Les Cocotiers",
           "Les Hauts de Jarry"]
DOM_LOT = ["Les Hibiscus", "Bellevue", "Les Jardins de Jarry", "Cocoyer",
           "Les Orchidées", "Morne-Pitault"]
DOM_Q = ["Bellevue", "Terres-Sainville", "Trénelle", "Vatable", "Cité Mirza", "Cacao"]

FOREIGN = [
    {"lines": ["Avenue Louise 250", "1050 Bruxelles", "Belgique"], "cc": "BE"},
    {"lines": ["Calle de Serrano 87, 3º izquierda", "28006 Madrid", "Espagne"], "cc": "ES"},
    {"lines": ["Via Nomentana 62", "00161 Roma", "Italie"], "cc": "IT"},
    {"lines": ["Rue de Lausanne 56", "1202 Genève", "Suisse"], "cc": "CH"},
    {"lines": ["Hauptstraße 15", "10115 Berlin", "Allemagne"], "cc": "DE"},
    {"lines": ["12, rue Ibn Batouta", "20250 Casablanca", "Maroc"], "cc": "MA"},
    {"lines": ["Boulevard Mohammed V 118", "10000 Rabat", "Maroc"], "cc": "MA"},
    {"lines": ["Rue du Lac Biwa, Les Berges du Lac", "1053 Tunis", "Tunisie"], "cc": "TN"},
    {"lines": ["Villa 14, cité Keur Gorgui", "BP 5020 Dakar-Fann", "Sénégal"], "cc": "SN"},
    {"lines": ["4521, rue Saint-Denis", "Montréal (Québec) H2J 2L4", "Canada"], "cc": "CA"},
    {"lines": ["27 Sukhumvit Soi 11", "Bangkok 10110", "Thaïlande"], "cc": "TH"},
    {"lines": ["88 rue Nguyen Hue, district 1", "Hô Chi Minh-Ville", "Viêt Nam"], "cc": "VN"},
    {"lines": ["14 Harley Street", "London W1G 9PQ", "Royaume-Uni"], "cc": "UK"},
    {"lines": ["Rua Castilho 44, 2.º Dto", "1250-071 Lisboa", "Portugal"], "cc": "PT"},
    {"lines": ["Rue des Bains 3", "L-1212 Luxembourg", "Luxembourg"], "cc": "LU"},
    {"lines": ["Al Wasl Road, villa 22", "Dubaï", "Émirats arabes unis"], "cc": "AE"},
    {"lines": ["Cocody Riviera 3, lot 812", "08 BP 1245 Abidjan 08", "Côte d'Ivoire"], "cc": "CI"},
    {"lines": ["Carrera 7 No 84-72, apto 501", "Bogotá", "Colombie"], "cc": "CO"},
    {"lines": ["Avenida Paulista 1578, apto 92", "São Paulo - SP, 01310-200", "Brésil"], "cc": "BR"},
    {"lines": ["Avenue Habib Bourguiba 31", "1001 Tunis", "Tunisie"], "cc": "TN"},
]

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]


# ---------------------------------------------------------------- small generators

def sx_():
    return "F" if R.random() < 0.55 else "M"


def fn(sx):
    return ch(FIRST_F) if sx == "F" else ch(FIRST_M)


def kid(sx=None):
    sx = sx or sx_()
    return ch(CHILD_F) if sx == "F" else ch(CHILD_M)


def ln():
    r = R.random()
    if r < 0.42:
        return ch(LAST_COMMON)
    if r < 0.58:
        return ch(LAST_WORD)
    if r < 0.72:
        return ch(LAST_AFR + LAST_MAGH)
    if r < 0.80:
        return ch(LAST_ASIA)
    if r < 0.90:
        return ch(LAST_EUR)
    return ch(LAST_REG)


def fem(sx, f="e", m=""):
    return f if sx == "F" else m


def civ(sx, long=None):
    if long is None:
        long = chance(0.3)
    if sx == "F":
        return "Madame" if long else "Mme"
    return "Monsieur" if long else "M."


def fn_init(sx):
    """First name for initials: never starting with M, so that « M. X » cannot be read as a title."""
    f = fn(sx)
    while f.startswith("M"):
        f = fn(sx)
    return f


def de(word):
    """French elision: de + discipline."""
    return ("d'" + word) if deaccent(word[0]).lower() in "aeiouh" else ("de " + word)


def deP(name):
    """« de » + a marked person name, with elision before a vowel or h."""
    return ("d'" if deaccent(name[0]).lower() in "aeiouyh" else "de ") + P(name)


def initials(first):
    return "-".join(p[0] + "." for p in first.split("-"))


def full(f, l, style=None):
    style = style or ch(["fl", "fl", "fl", "fl", "fL", "Lf", "lf"])
    if style == "fl":
        return f + " " + l
    if style == "fL":
        return f + " " + l.upper()
    if style == "Lf":
        return l.upper() + " " + f
    if style == "lf":
        return l + " " + f
    if style == "iL":
        return initials(f) + " " + l
    raise ValueError(style)


def school(kind=None):
    kind = kind or ch(["col", "col", "lyc", "ec"])
    return ch({"col": COLLEGES, "lyc": LYCEES, "ec": ECOLES}[kind])


def at_school(kind=None):
    s = school(kind)
    return ("à l'" + s) if s.startswith("école") else ("au " + s)


def of_school(kind=None):
    s = school(kind)
    return ("de l'" + s) if s.startswith("école") else ("du " + s)


def cap(s):
    return s[0].upper() + s[1:]


def date_fr():
    d = R.randint(1, 28)
    return ("1er" if d == 1 else str(d)) + " " + ch(MONTHS) + " " + str(ch([2024, 2025, 2025, 2026]))


def date_num():
    return "%02d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), ch([2024, 2025, 2026]))


def birth_num():
    return "%02d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2007, 2018))


def hour():
    h = R.randint(8, 18)
    return ch(["%dh%s" % (h, ch(["00", "15", "30", "45"])), "%d h %s" % (h, ch(["00", "30"])),
               "%d:%s" % (h, ch(["00", "15", "30", "45"])), "%dh" % h])


def hhmm():
    return "%02d:%02d" % (R.randint(7, 22), R.randint(0, 59))


# ---------------------------------------------------------------- identifiers

class WrongKeys(object):
    """Feedback draw: keeps the share of wrong keys near 40 % per kind."""

    def __init__(self):
        self.n = {}
        self.w = {}

    def want(self, kind):
        n = self.n.get(kind, 0)
        w = self.w.get(kind, 0)
        p = 0.4 + 0.5 * (0.4 * (n + 1) - w)
        p = min(0.9, max(0.05, p))
        res = R.random() < p
        self.n[kind] = n + 1
        self.w[kind] = w + (1 if res else 0)
        return res


WRONG = WrongKeys()


def nir_key(base13):
    n = int(base13.upper().replace("2A", "19").replace("2B", "18"))
    return 97 - n % 97


def gen_nir(sex=None, fmt=None):
    s = sex or ch("12")
    yy = "%02d" % R.randint(0, 99)
    mm = "%02d" % R.randint(1, 12)
    r = R.random()
    if r < 0.08:
        dep = ch(["2A", "2B"])
        com = "%03d" % R.randint(1, 366)
    elif r < 0.20:
        dep = "97"
        com = ch("12346") + "%02d" % R.randint(1, 34)
    elif r < 0.27:
        dep = "99"
        com = ch(["350", "351", "352", "109", "134", "127", "139", "401", "243", "341", "322"])
    else:
        dep = "%02d" % ch([d for d in range(1, 96) if d != 20])
        com = "%03d" % R.randint(1, 600)
    order = "%03d" % R.randint(1, 999)
    base = s + yy + mm + dep + com + order
    key = nir_key(base)
    if WRONG.want("NIR"):
        key = ch([k for k in range(1, 98) if k != key])
    k = "%02d" % key
    style = fmt or ch(["sp", "sp", "sp", "none", "none", "spkey"])
    if style == "sp":
        return " ".join([s, yy, mm, dep, com, order, k])
    if style == "spkey":
        return base + " " + k
    return base + k


def nir_is_valid(v):
    t = v.replace(" ", "")
    return len(t) == 15 and nir_key(t[:13]) == int(t[13:])


BANKS = ["30004", "30003", "30002", "20041", "10278", "30066", "11306", "17515",
         "13807", "18206", "12506", "10907", "14707", "40618", "16958", "15589",
         "13335", "42559", "10096", "12135"]


def gen_iban(fmt=None):
    bank = ch(BANKS)
    gui = digits(5)
    acc = digits(11)
    rk = 97 - ((89 * int(bank) + 15 * int(gui) + 3 * int(acc)) % 97)
    bban = bank + gui + acc + "%02d" % rk
    chk = 98 - int(bban + "152700") % 97
    if WRONG.want("IBAN"):
        chk = ch([c for c in range(2, 99) if c != chk])
    iban = "FR%02d" % chk + bban
    style = fmt or ch(["g4", "g4", "g4", "none"])
    if style == "g4":
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def iban_is_valid(v):
    t = v.replace(" ", "")
    rr = t[4:] + t[:4]
    n = int("".join(str(int(c, 36)) for c in rr))
    return n % 97 == 1


UAI_DEPTS = ["075", "069", "013", "093", "059", "033", "031", "067", "035", "044",
             "006", "034", "038", "062", "092", "094", "095", "078", "091", "077",
             "021", "029", "063", "087", "057", "054", "971", "972", "973", "974",
             "976", "620", "720", "080", "086", "045"]


def gen_uai():
    d7 = ch(UAI_DEPTS) + digits(4)
    letter = ALPH23[int(d7) % 23]
    if WRONG.want("UAI"):
        letter = ch([c for c in ALPH23 if c != letter])
    return d7 + letter


def uai_is_valid(v):
    return len(v) == 8 and ALPH23[int(v[:7]) % 23] == v[7]


# ---------------------------------------------------------------- phones

DOM_PH = {"GP": ("+590", ["0590"], ["0690", "0691"]),
          "MQ": ("+596", ["0596"], ["0696", "0697"]),
          "GF": ("+594", ["0594"], ["0694"]),
          "RE": ("+262", ["0262"], ["0692", "0693"]),
          "YT": ("+262", ["0269"], ["0639"])}
PAC = ("NC", "PF", "WF", "PM")


def ph_fr(mobile=None, style=None, prefix=None):
    if mobile is None:
        mobile = chance(0.65)
    if prefix:
        d = prefix + digits(10 - len(prefix))
    else:
        d = (ch(["06", "07"]) if mobile else ch(["01", "02", "03", "04", "05", "09"])) + digits(8)
    style = style or ch(["sp", "sp", "sp", "sp", "dot", "dot", "dash", "none", "sp4",
                         "p33", "p33", "p33paren", "p33none", "p0033", "p33dot"])
    pairs = [d[i:i + 2] for i in range(0, 10, 2)]
    rest = d[1:]
    tail4 = " ".join(rest[1 + 2 * i:3 + 2 * i] for i in range(4))
    if style == "sp":
        return " ".join(pairs)
    if style == "dot":
        return ".".join(pairs)
    if style == "dash":
        return "-".join(pairs)
    if style == "none":
        return d
    if style == "sp4":
        return d[:4] + " " + d[4:7] + " " + d[7:]
    if style == "p33":
        return "+33 " + rest[0] + " " + tail4
    if style == "p33paren":
        if chance(0.6):
            return "+33 (0)" + rest[0] + " " + tail4
        return "+33 (0) " + rest[0] + " " + tail4
    if style == "p33none":
        return "+33" + rest
    if style == "p0033":
        return "0033 " + rest[0] + " " + tail4
    if style == "p33dot":
        return "+33 " + rest[0] + "." + tail4.replace(" ", ".")
    raise ValueError(style)


def ph_dom(terr, style=None):
    cc, fixes, mobs = DOM_PH[terr]
    p = ch(mobs) if chance(0.7) else ch(fixes)
    d = p + digits(6)
    style = style or ch(["l4", "l4", "l2", "l2", "intl", "intl", "intlnone", "dot"])
    s6 = " ".join(d[4 + 2 * i:6 + 2 * i] for i in range(3))
    if style == "l4":
        return p + " " + s6
    if style == "l2":
        return " ".join(d[i:i + 2] for i in range(0, 10, 2))
    if style == "intl":
        return cc + " " + d[1:4] + " " + s6
    if style == "intlnone":
        return cc + d[1:]
    return ".".join(d[i:i + 2] for i in range(0, 10, 2))


def ph_pac(terr):
    if terr == "NC":
        d, cc = ch("2789") + digits(5), "+687"
    elif terr == "PF":
        d, cc = ch(["87", "89", "40"]) + digits(6), "+689"
    elif terr == "WF":
        d, cc = ch(["72", "82"]) + digits(4), "+681"
    else:
        d, cc = ch(["41", "55"]) + digits(4), "+508"
    loc = " ".join(d[i:i + 2] for i in range(0, len(d), 2))
    r = R.random()
    if r < 0.5:
        return cc + " " + loc
    if r < 0.7:
        return cc + d
    if r < 0.85:
        return loc.replace(" ", ".")
    return loc


def ph_foreign(cc):
    g = digits
    if cc == "BE":
        return ch(["+32 2 %s %s %s" % (g(3), g(2), g(2)),
                   "+32 4%s%s %s %s %s" % (ch("789"), g(1), g(2), g(2), g(2)),
                   "0032 2 %s %s %s" % (g(3), g(2), g(2))])
    if cc == "MA":
        return ch(["+212 6 %s %s %s %s" % (g(2), g(2), g(2), g(2)),
                   "+212 537 %s %s %s" % (g(2), g(2), g(2)),
                   "+212 6%s-%s" % (g(2), g(6))])
    if cc == "ES":
        return ch(["+34 6%s %s %s" % (g(2), g(3), g(3)), "+34 91 %s %s %s" % (g(3), g(2), g(2))])
    if cc == "IT":
        return "+39 06 %s %s" % (g(4), g(4))
    if cc == "CH":
        return ch(["+41 22 %s %s %s" % (g(3), g(2), g(2)), "+41 79 %s %s %s" % (g(3), g(2), g(2))])
    if cc == "DE":
        return ch(["+49 30 %s" % g(8), "+49 151 %s %s" % (g(4), g(4))])
    if cc == "SN":
        return "+221 77 %s %s %s" % (g(3), g(2), g(2))
    if cc == "TN":
        return "+216 %s %s %s" % (g(2), g(3), g(3))
    if cc == "CA":
        return ch(["+1 514 %s-%s" % (g(3), g(4)), "+1 (438) %s-%s" % (g(3), g(4))])
    if cc == "TH":
        return "+66 2 %s %s" % (g(3), g(4))
    if cc == "VN":
        return "+84 28 %s %s" % (g(4), g(4))
    if cc == "UK":
        return ch(["+44 20 %s %s" % (g(4), g(4)), "+44 7%s %s" % (g(3), g(6))])
    if cc == "PT":
        return "+351 21%s %s %s" % (g(1), g(3), g(3))
    if cc == "LU":
        return "+352 621 %s %s" % (g(3), g(3))
    if cc == "AE":
        return "+971 50 %s %s" % (g(3), g(4))
    if cc == "CI":
        return "+225 07 %s %s %s %s" % (g(2), g(2), g(2), g(2))
    if cc == "CO":
        return "+57 601 %s %s" % (g(3), g(4))
    if cc == "BR":
        return "+55 11 9%s-%s" % (g(4), g(4))
    raise ValueError(cc)


def tel(kind=None, style=None):
    if kind is None:
        kind = ch(["mob", "mob", "fix"])
    if kind == "mob":
        s = ph_fr(True, style)
    elif kind == "fix":
        s = ph_fr(False, style)
    elif kind == "corse":
        s = ph_fr(False, style, prefix="0495")
    elif kind in DOM_PH:
        s = ph_dom(kind, style)
    elif kind in PAC:
        s = ph_pac(kind)
    else:
        s = ph_foreign(kind)
    return T(s)


# ---------------------------------------------------------------- e-mails

def slug(s):
    s = deaccent(s).lower().replace("œ", "oe").replace("'", "").replace(" ", "")
    return re.sub(r"[^a-z0-9.-]", "", s)


def local_part(f, l):
    fs, ls = slug(f), slug(l)
    return ch([fs + "." + ls, fs + "." + ls, fs + ls, fs[0] + ls, fs + "_" + ls,
               ls + "." + fs, fs + "." + ls + str(R.randint(1, 99)),
               fs + str(R.randint(70, 99)), fs[0] + "." + ls, ls + fs[0]])


def email_str(f, l, dom=None, acad=False):
    if acad:
        local = slug(f) + "." + slug(l) + (str(R.randint(1, 3)) if chance(0.1) else "")
        return local + "@" + (dom or ch(ACADS))
    return local_part(f, l) + "@" + (dom or ch(DOMAINS))


def obf_email_str(f, l, dom=None):
    local = local_part(f, l)
    dom = dom or ch(DOMAINS + ACADS[:6])
    parts = dom.split(".")
    return ch([local + " arobase " + " point ".join(parts),
               local + " [at] " + dom,
               local + "[at]" + "[dot]".join(parts),
               local + " (at) " + dom,
               local + " chez " + dom,
               local + " @ " + dom,
               local + " (arobase) " + dom,
               local + " AT " + " DOT ".join(parts),
               local + "(a)" + dom,
               local + " [arobase] " + " [point] ".join(parts)])


def mail(f, l, dom=None):
    return EM(email_str(f, l, dom))


def mail_acad(f, l, dom=None):
    return EM(email_str(f, l, dom, acad=True))


def omail(f, l, dom=None):
    return EM(obf_email_str(f, l, dom))


# ---------------------------------------------------------------- addresses

def num():
    n = str(ch([R.randint(1, 30), R.randint(1, 30), R.randint(1, 200)]))
    r = R.random()
    if r < 0.08:
        n += " bis"
    elif r < 0.11:
        n += "bis"
    elif r < 0.14:
        n += " ter"
    elif r < 0.17:
        n += "B"
    return n


def ns_part(capital=None):
    t = ch(STYPES)
    if t == "avenue" and chance(0.3):
        t = "av."
    if t == "boulevard" and chance(0.3):
        t = "bd"
    if capital or (capital is None and chance(0.3)):
        t = cap(t)
    sep = ", " if chance(0.12) else " "
    return num() + sep + t + " " + ch(SNAMES)


def cpc(cedex=False, upper=None, rural=False):
    if cedex:
        cp, city = ch(CEDEX)
    elif rural:
        cp, city = ch(RURAL)
    else:
        cp, city = ch(CITIES)
    if upper is None:
        upper = chance(0.2)
    if upper:
        city = city.upper()
    return cp + " " + city


def compl():
    return ch(["Bâtiment " + ch("ABCDEF"), "Bât. " + ch("ABCD") + ch(["", "1", "2"]),
               "Appartement %d" % R.randint(1, 120), "Appt %d" % R.randint(1, 60),
               "Résidence " + ch(RESID), "Résidence " + ch(RESID) + ", bâtiment " + ch("ABC"),
               "Escalier %d, %de étage" % (R.randint(1, 6), R.randint(1, 9)),
               "Porte %d" % R.randint(1, 40), "Entrée " + ch("ABC")])


def adr_fr_str(layout=None):
    L = layout or ch(["line", "line", "line", "nocomma", "multi", "multi", "multi",
                      "compl_first", "compl_first_multi", "compl_after", "lieudit",
                      "bp_cedex", "cs_cedex", "tsa"])
    if L == "line":
        return ns_part() + ", " + cpc()
    if L == "nocomma":
        return ns_part() + " " + cpc()
    if L == "multi":
        return ns_part() + "\n" + cpc()
    if L == "compl_first":
        return compl() + ", " + ns_part() + ", " + cpc()
    if L == "compl_first_multi":
        return compl() + "\n" + ns_part() + "\n" + cpc()
    if L == "compl_after":
        return ns_part() + ", " + compl() + ", " + cpc()
    if L == "lieudit":
        ld = ch(LIEUDIT)
        return ch(["Lieu-dit " + ld + ", " + cpc(rural=True),
                   "lieu-dit " + ld + "\n" + cpc(rural=True),
                   ch(["Hameau des Granges", "Hameau de Vareilles", "Ferme de la Motte"]) + "\n" + cpc(rural=True)])
    if L == "bp_cedex":
        if chance(0.5):
            return ns_part() + "\nBP %d\n" % R.randint(10, 9999) + cpc(cedex=True)
        return ns_part() + ", BP %d, " % R.randint(10, 999) + cpc(cedex=True)
    if L == "cs_cedex":
        if chance(0.6):
            return ns_part() + "\nCS %d\n" % R.randint(10000, 99999) + cpc(cedex=True)
        return ns_part() + " – CS %d – " % R.randint(10000, 99999) + cpc(cedex=True)
    if L == "tsa":
        if chance(0.5):
            return "TSA %d\n" % R.randint(10000, 99999) + cpc(cedex=True)
        return "TSA %d, " % R.randint(10000, 99999) + cpc(cedex=True)
    raise ValueError(L)


def dom_street(terr):
    key = terr if terr in ("RE", "YT", "NC", "PF") else "ANT"
    return ch(DOM_STREETS[key])


def adr_dom_str(terr, layout=None):
    cp, city = ch(DOM_CITIES[terr])
    st = dom_street(terr)
    if terr in ("NC", "PF", "WF", "PM"):
        L = layout or ch(["line", "multi", "bp", "bp"] + (["pk"] if terr == "PF" else []))
    elif terr == "YT":
        L = layout or ch(["line", "multi", "village", "village"])
    else:
        L = layout or ch(["line", "multi", "resid", "lot", "quartier"])
    if L == "line":
        return num() + " " + st + ", " + cp + " " + city
    if L == "multi":
        return num() + " " + st + "\n" + cp + " " + city
    if L == "resid":
        return ("Résidence %s, bât. %s, appt %d\n%s %s\n%s %s"
                % (ch(DOM_RES), ch("ABCD"), R.randint(1, 40), num(), st, cp, city))
    if L == "lot":
        return "Lotissement %s, lot n° %d, %s %s" % (ch(DOM_LOT), R.randint(1, 80), cp, city)
    if L == "quartier":
        return "Quartier %s\n%s %s" % (ch(DOM_Q), cp, city)
    if L == "bp":
        return ch(["BP %d, %s %s" % (R.randint(100, 9999), cp, city),
                   "BP %d\n%s %s" % (R.randint(100, 9999), cp, city)])
    if L == "pk":
        return "PK %d,%d côté %s, %s %s" % (R.randint(1, 40), R.randint(1, 9), ch(["mer", "montagne"]), cp, city)
    if L == "village":
        return "Village de %s, %s, %s %s" % (ch(["Tsoundzou", "Passamainty", "Vahibé", "Kawéni"]), st, cp, city)
    raise ValueError(L)


def fadr(fa, multi=None, upper_country=None):
    lines = list(fa["lines"])
    if upper_country is None:
        upper_country = chance(0.25)
    if upper_country:
        lines[-1] = lines[-1].upper()
    if multi is None:
        multi = chance(0.5)
    return ("\n" if multi else ", ").join(lines)


# ---------------------------------------------------------------- misc pools for texts

NEU_OPEN = ["L'IA à l'école ? Oui, mais pas n'importe comment.",
            "Je n'ai pas d'avis tranché.",
            "Honnêtement, je suis partagée.",
            "Je suis plutôt favorable.",
            "Je suis contre, et je l'assume.",
            "Question difficile.",
            "C'est un outil, ni plus ni moins.",
            "Je crois qu'on se trompe de débat.",
            "Enseignante depuis vingt ans, j'ai vu passer beaucoup de « révolutions ».",
            "En tant que parent, je me sens un peu dépassé.",
            "Côté élèves, l'usage est massif, qu'on le veuille ou non.",
            "Mon avis a beaucoup évolué en un an.",
            "Je réponds en tant que professeur principal d'une classe de troisième.",
            "Vaste sujet !"]
NEU_ARG = ["Les élèves s'en servent déjà, il vaut mieux leur apprendre à le faire intelligemment.",
           "Le risque principal, c'est de ne plus faire l'effort d'apprendre.",
           "Pour les élèves à besoins particuliers, les outils de reformulation sont une aide réelle.",
           "On manque cruellement de formation sur le sujet.",
           "Les questions de protection des données ne sont pas réglées.",
           "L'IA peut faire gagner du temps sur les tâches administratives.",
           "Évaluer devient compliqué quand n'importe quel devoir maison peut être généré en dix secondes.",
           "Il faut repenser les devoirs à la maison plutôt que de les interdire.",
           "Les inégalités d'équipement entre familles vont se creuser.",
           "L'esprit critique s'enseigne aussi en montrant les erreurs des machines.",
           "Les réponses sont souvent justes en apparence, et fausses dans le détail.",
           "L'oral et l'écrit en classe redeviennent essentiels.",
           "Un outil ne remplace pas la relation entre un professeur et ses élèves.",
           "Le coût énergétique de ces outils est rarement évoqué.",
           "Les entreprises qui les fournissent ne partagent pas forcément nos valeurs éducatives.",
           "En langues vivantes, la traduction automatique a déjà changé la donne.",
           "Pour préparer des exercices différenciés, c'est un gain de temps réel.",
           "Je crains une standardisation des productions des élèves.",
           "Les élèves en difficulté risquent de déléguer sans comprendre.",
           "Il faudrait des outils publics, hébergés en Europe et sans publicité.",
           "Il faut associer les familles à la réflexion.",
           "Les programmes devraient intégrer une vraie culture numérique dès le collège.",
           "La charte d'établissement doit être simple et connue de tous.",
           "On pourrait commencer par des usages enseignants avant de l'ouvrir aux élèves.",
           "Les consignes changent d'une classe à l'autre, c'est illisible pour les familles.",
           "Je vois des copies très bien écrites et totalement creuses.",
           "La question de la triche masque celle, plus profonde, du sens des apprentissages.",
           "Certains collègues sont très à l'aise, d'autres complètement perdus.",
           "Le matériel ne suit pas : pas assez d'ordinateurs, un réseau qui sature.",
           "Les élèves de maternelle n'ont évidemment pas besoin de ça."]
NEU_CLOSE = ["Merci pour cette consultation.", "Bon courage pour la synthèse.", "À suivre.",
             "Voilà mon avis.", "Merci de nous demander notre avis.",
             "J'espère que ces réponses seront lues.", "", ""]
NEU_CASUAL = ["perso je suis pas fan", "ça dépend vraiment des profs", "faut pas tout interdire non plus",
              "mes enfants l'utilisent en cachette de toute façon", "c'est l'avenir, autant s'y mettre",
              "franchement ça fait un peu peur", "les profs sont pas formés", "moi ça m'aide pour réviser",
              "si c'est pour tricher non", "on nous demande jamais notre avis", "ça rend feignant",
              "vivement que ce soit encadré", "au moins ça explique mieux que certains manuels",
              "le wifi du collège marche même pas", "on verra bien", "trop de pub autour de ça"]

AVIS_LONG = ["favorable à un usage encadré, avec une formation préalable des équipes.",
             "très réservé : nous n'avons aucune garantie sur les données.",
             "utile pour différencier, dangereux pour l'évaluation.",
             "je l'utilise pour préparer mes cours, jamais devant les élèves.",
             "il faut l'enseigner comme un objet d'étude, pas seulement l'utiliser.",
             "plutôt contre avant le lycée."]


# ================================================================ SURVEY TEMPLATES

def s01():
    sx = sx_(); f, l = fn(sx), ln(); csx = sx_(); cf, cl = fn(csx), ln()
    coll = ch(["Ma collègue", "Ma collègue de lettres"]) if csx == "F" else ch(["Mon collègue", "Mon collègue de maths"])
    return ("Je suis professeur%s %s %s. J'utilise l'IA générative ponctuellement, surtout pour varier les exercices "
            "et reformuler des consignes trop longues. %s %s s'en sert bien plus que moi, avec des résultats intéressants "
            "en remédiation. En revanche, je refuse qu'elle serve à évaluer les élèves.\n\n%s\n%s"
            % (fem(sx), de(ch(DISC)), at_school("col"), coll, P(cf + " " + cl), P(full(f, l)), mail_acad(f, l)))


def s02():
    aesh = fn("F"); prof = ln()
    t = ("franchement je suis pas contre. l'AESH de mon fils, %s, s'en sert pour simplifier les textes et ça l'aide vraiment. "
         "par contre le prof de maths, M. %s, l'interdit complètement et mon fils se fait gronder dès qu'il l'utilise à la maison... "
         "faudrait que les profs se mettent d'accord entre eux. vous pouvez me rappeler au %s"
         % (P(aesh), P(prof), tel()))
    return t, "lower_noacc"


def s03():
    pote = kid(); cl = ch(["4eB", "3e2", "5eA", "2nde4", "1ere3", "4e1"])
    t = ("slt moi jtrouve que l'ia c pratik pr reviser mé les profs disent que c d la triche. mon pote %s en %s "
         "s'est fé grillé avec chatgpt sur une rédac mdr. bref fo juste pas tt copier coller. si vs voulez mon avis en + : %s"
         % (P(pote), cl, tel("mob", ch(["none", "sp", "dot"]))))
    return t, "lower"


def s04():
    sx = sx_(); f, l = fn(sx), ln()
    return ("Parent d'élève élu%s (%s) %s, je m'inquiète surtout de la collecte des données de nos enfants par des "
            "entreprises privées. Qui contrôle ce que deviennent les copies envoyées dans ces outils ? Qui paie ? "
            "Je reste à votre disposition pour en parler :\n%s\n%s\n%s"
            % (fem(sx), ch(["FCPE", "PEEP", "liste indépendante"]), at_school(), P(full(f, l)),
               A(adr_fr_str(ch(["multi", "line", "compl_first_multi", "nocomma"]))), tel()))


def s05():
    sx = sx_(); u = gen_uai(); acad = ch(ACADS); t1, t2 = ln(), ln()
    return ("En tant que %s %s (UAI %s), j'ai confié au conseil pédagogique une réflexion sur une charte d'usage de l'IA. "
            "M. %s (technologie) et Mme %s (lettres modernes) pilotent le groupe de travail ; nous présenterons nos "
            "conclusions au conseil d'administration de juin. Pour toute question : %s"
            % ("principale" if sx == "F" else "principal", of_school("col"), U(u), P(t1), P(t2),
               EM("ce." + u.lower() + "@" + acad)))


def s06():
    ini = ch("BDFGHJKMNPRTVWZ"); l2 = ln(); sx = sx_()
    return ("IEN de la circonscription de %s, je constate des usages très hétérogènes. Dans certaines écoles, comme celle "
            "de Mme %s., l'IA sert déjà à produire des fiches de lecture adaptées ; ailleurs, elle est totalement ignorée. "
            "%s %s, %s pédagogique au numérique, propose des animations sur le sujet. Il faut former avant d'équiper, "
            "et non l'inverse." % (ch(CITYNAMES), P(ini), civ(sx, False), P(l2),
                                   "conseillère" if sx == "F" else "conseiller"))


def s07():
    sx = "F" if chance(0.8) else "M"; f, l = fn(sx), ln()
    e1 = kid(); e2 = kid()
    while e2 == e1:
        e2 = kid()
    return ("AESH depuis %d ans, j'accompagne cette année %s (%s) et %s (%s). Les outils de synthèse vocale et de "
            "reformulation les aident énormément, mais personne ne nous a formés. On bricole. Je m'appelle %s, "
            "je suis joignable au %s si vous voulez un témoignage plus long."
            % (R.randint(2, 12), P(e1), ch(CLASSES_PRIM), P(e2), ch(CLASSES_PRIM), P(f + " " + l), tel()))


def s08():
    v = kid("F"); sx = sx_(); f, l = fn(sx), ln()
    return ("CPE %s, je vois surtout les dérives. L'an dernier, une élève de %s, %s, a été victime d'un montage truqué "
            "diffusé sur les réseaux. Nous avons accompagné la famille, appelé le 3018 et signalé les faits. "
            "L'IA à l'école, oui, mais d'abord une vraie éducation aux images.\n— %s, CPE"
            % (at_school("lyc"), ch(["seconde", "2nde 3", "première générale", "1re STMG"]), P(v), P(full(f, l))))


def s09():
    cf, cl = fn("F"), ln(); fig = ch(PUBLIC)
    return ("Professeure documentaliste, j'anime avec %s des ateliers d'éducation aux médias sur les IA génératives. "
            "Nous partons souvent d'une intervention %s pour lancer le débat. Les élèves découvrent que le chatbot "
            "invente des références : c'est le meilleur déclencheur d'esprit critique que je connaisse."
            % (P(cf + " " + cl), deP(fig)))


def s10():
    prof = ln(); sx = sx_()
    t = ("je suis en terminale et l'IA m'aide surtout à comprendre les cours de philo que j'ai pas compris en classe. "
         "mais %s %s a dit que %s voyait un texte généré ce serait 0 direct. je trouve ça abusé, on devrait nous "
         "apprendre à bien s'en servir au lieu de l'interdire"
         % ("M." if sx == "M" else "Mme", P(prof), "s'il" if sx == "M" else "si elle"))
    return t, ch([None, "noacc"])


def s11():
    dsx = sx_(); d = ln()
    return ("Attention aux fuites de données ! Un collègue a collé dans un chatbot la fiche complète d'un élève, numéro "
            "de sécurité sociale compris (%s), pour « rédiger un PAP plus vite ». Je l'ai signalé à notre délégué%s à la "
            "protection des données, %s %s. Une formation RGPD devrait être obligatoire avant tout usage."
            % (N(gen_nir()), fem(dsx), civ(dsx), P(d)))


def s12():
    f, l = fn_init(sx_()), ln()
    return ("Même à l'intendance, les usages posent question : j'ai vu passer le RIB d'une famille (%s) dans une "
            "conversation avec un assistant en ligne, pour générer un échéancier de paiement. Personne n'avait pensé "
            "que c'était une donnée personnelle. Il faut des outils hébergés en France et des consignes nettes.\n%s."
            % (I(gen_iban()), P(initials(f) + " " + l[0])))


def s13():
    sx = sx_(); f, l = fn(sx), ch(LAST_ANTILLES)
    return ("Ici en Martinique, au %s, le problème n'est pas l'IA mais la connexion : la moitié des salles n'a pas de "
            "Wi-Fi stable. Avant de parler d'intelligence artificielle, équipons les établissements ! Les élèves, eux, "
            "utilisent déjà tous l'assistant intégré à leur messagerie.\n%s, professeur%s %s — %s"
            % (ch(["collège Aimé-Césaire", "lycée Joseph-Gaillard", "collège Paulette-Nardal", "lycée Frantz-Fanon"]),
               P(full(f, l)), fem(sx), de(ch(DISC)), tel("MQ")))


def s14():
    sx = sx_(); f, l = fn(sx), ch(LAST_MAYOTTE)
    return ("À Mayotte, beaucoup de nos élèves n'ont ni ordinateur ni électricité stable à la maison. L'IA risque de "
            "creuser encore les inégalités. Au collège de %s, nous avons fait un essai avec les tablettes du CDI : très "
            "concluant pour la lecture en français, langue seconde pour beaucoup.\n— %s, %s (%s)"
            % (ch(["Kawéni", "Tsingoni", "Dembéni", "Sada", "Chiconi"]), P(f + " " + l),
               ch(["professeur%s de FLS" % fem(sx), "CPE", "principal%s adjoint%s" % (fem(sx), fem(sx))]),
               mail_acad(f, l, "ac-mayotte.fr")))


def s15():
    sx = sx_(); f, l = fn(sx), ch(LAST_REUNION)
    cp, city = ch(DOM_CITIES["RE"])
    a = num() + " " + dom_street("RE") + " à " + city
    return ("Enseignant%s en %s à La Réunion. Je trouve l'IA très utile pour produire des textes en créole et en français "
            "à comparer avec les élèves, mais elle se trompe souvent sur notre histoire locale. Si vous organisez des "
            "entretiens, je suis au %s, ou au %s. %s"
            % (fem(sx), ch(["CM2", "CE2", "6e", "collège", "lycée"]), A(a), tel("RE"), P(f + " " + l)))


def s16():
    f, l = fn("F"), ch(LAST_PACIF + LAST_COMMON)
    cp, city = ch(DOM_CITIES["NC"])
    return ("Enseignante en collège à %s, en Nouvelle-Calédonie. Nos élèves parlent souvent une langue kanak à la "
            "maison ; l'IA traduit mal ces langues et les invisibilise. C'est un vrai sujet culturel, pas seulement "
            "technique. %s — %s" % (city, P(f + " " + l), tel("NC")))


def s17():
    sx = sx_(); f, l = fn(sx), ln(); fa = ch(FOREIGN)
    return ("J'enseigne dans un lycée du réseau AEFE depuis %d ans. Nos élèves sont trilingues et utilisent l'IA pour "
            "traduire, parfois trop. Nous avons mis en place un « contrat de confiance » signé par les familles. Mes "
            "coordonnées pour la suite de l'enquête : %s, %s, %s."
            % (R.randint(3, 15), P(full(f, l)), A(fadr(fa, multi=False)), T(ph_foreign(fa["cc"]))))


def s18():
    f, l = fn_init(sx_()), ln()
    return ("Réponse de %s., professeur %s en lycée : l'IA ne remplacera jamais la relation pédagogique, mais elle "
            "peut alléger les tâches répétitives. Corriger trente-cinq copies reste notre cœur de métier ; générer des "
            "exercices d'entraînement, non." % (P(initials(f) + " " + l[0]), de(ch(DISC))))


def s19():
    a, b = R.sample(LAST_WORD, 2)
    return ("Dans notre collège, ça dépend complètement des profs. M. %s, en musique, fait composer les élèves avec une "
            "IA et c'est génial ; Mme %s, en français, interdit tout écran. Les élèves ne comprennent plus rien. Il "
            "faudrait une règle commune à l'échelle de l'établissement." % (P(a), P(b)))


def s20():
    n = R.sample(FIRST_DIVERSE, 4)
    return ("Mes élèves de %s — %s, %s, %s et %s — m'ont montré comment ils traduisent leurs cours dans leur langue "
            "maternelle avec l'IA. Pour des élèves allophones, c'est un vrai levier. Pour moi, la question n'est pas "
            "« pour ou contre » mais « comment »." % (ch(["UPE2A", "3e FLE", "5e B", "4e2"]), P(n[0]), P(n[1]), P(n[2]), P(n[3])))


def s21():
    sx = sx_(); f, l = fn(sx), ln()
    return ("Nom : %s\nPrénom : %s\nFonction : %s\nÉtablissement : %s\nVotre avis sur l'IA à l'école : %s"
            % (P(l.upper() if chance(0.6) else l), P(f),
               ch(["Professeur des écoles", "AESH", "CPE", "Professeur de SVT", "Assistant d'éducation", "Principal adjoint"]),
               school(), ch(AVIS_LONG)))


def s22():
    sx = sx_(); f, l = fn(sx), ln()
    return ("Très bonne initiative que cette consultation. Je suis enseignant%s en SEGPA et l'IA m'aide à adapter les "
            "supports à chaque élève ; sans elle je n'y arriverais pas avec autant de niveaux différents dans la même "
            "salle. Je veux bien participer à un groupe de travail, écrivez-moi : %s (j'écris l'adresse comme ça à "
            "cause des robots)." % (fem(sx), omail(f, l)))


def s23():
    a, b = R.sample(PUBLIC, 2)
    return ("J'ai écouté %s puis %s à la radio sur ce sujet : l'un promet une révolution, l'autre appelle à la prudence. "
            "Moi, sur le terrain, je vois surtout des élèves qui copient-collent sans lire. Entre les deux discours, il "
            "manque la parole des enseignants." % (P(a), P(b)))


def s24():
    sx = sx_(); c = kid(sx); pp = ln()
    t = ("%s %s est en %s et sa prof principale mme %s leur a fait utiliser une ia en cours d'anglais, %s a adoré. "
         "moi ça me va tant que ça reste encadré et qu'on nous demande notre avis avant"
         % ("ma fille" if sx == "F" else "mon fils", P(c), ch(CLASSES_SEC), P(pp), "elle" if sx == "F" else "il"))
    return t, "lower"


def s25():
    sx = sx_(); f, l = fn(sx), ln()
    return ("Je suis résolument contre. Penser, c'est d'abord peiner sur une page blanche ; confier cette peine à une "
            "machine, c'est renoncer à former des esprits libres. Je ne suis pas technophobe, j'utilise un traitement "
            "de texte comme tout le monde, mais là il s'agit d'autre chose.\n\n%s\nProfesseur%s agrégé%s de philosophie\n%s"
            % (P(full(f, l)), fem(sx), fem(sx), tel(None, ch(["p33paren", "p33", "p0033", "p33none"]))))


def s26():
    sx = sx_(); a, b = R.sample(CHILD_F + CHILD_M, 2); f, l = fn(sx), ln()
    return ("Élu%s au CVL, j'ai fait un sondage avec %s et %s auprès de 312 lycéens : 87 %% utilisent une IA au moins une "
            "fois par semaine, surtout pour les devoirs. Ce qu'on demande : des règles claires et les mêmes pour tous "
            "les profs. %s, %s" % (fem(sx), P(a), P(b), P(f + " " + l), ch(["1re G4", "Tle G1", "2nde 6", "terminale STI2D"])))


def s27():
    a = fn("F"); b = fn("M")
    return ("Dans mon école, c'est %s, la directrice, et %s, l'ERUN de la circonscription, qui ont lancé le projet : "
            "les CM2 créent des histoires illustrées avec une IA et les lisent aux maternelles. Les parents étaient "
            "inquiets au début, plus maintenant. Tout se fait sans compte élève, sur l'ordinateur de la classe." % (P(a), P(b)))


def s28():
    e = kid("F"); sx = sx_(); f, l = fn(sx), ln()
    return ("Psychologue de l'Éducation nationale sur le secteur de %s, je reçois de plus en plus d'adolescents qui "
            "confient leurs angoisses à un chatbot. Une élève de %s, %s, m'a dit qu'« il l'écoutait mieux que les "
            "adultes ». Cela doit nous interroger.\n%s, psyEN" % (ch(CITYNAMES), ch(["4e", "3e", "seconde"]), P(e), P(full(f, l))))


def s29():
    sx = sx_(); f, l = fn(sx), ln(); a = (fn(sx_()), ln()); b = (fn(sx_()), ln())
    return ("Référent%s numérique de mon lycée, j'ai formé une quarantaine de collègues cette année, dont %s et %s qui "
            "animent désormais eux-mêmes des ateliers. Le frein principal reste le temps. Pour échanger : %s"
            % (fem(sx), P(a[0] + " " + a[1]), P(full(b[0], b[1], "fL")), omail(f, l)))


def s30():
    n1, n2, n3 = R.sample(CHILD_F + CHILD_M, 3); cl = ch(["4e", "3e", "5e"])
    return ("Extrait du groupe de parole (%s B) :\nAnimatrice : Vous utilisez l'IA pour les devoirs ?\n%s (%s) : Oui, "
            "surtout pour les maths, quand je bloque.\n%s (%s) : Moi non, ma mère vérifie tout.\n%s (%s) : Moi je lui "
            "demande de m'expliquer, pas de faire à ma place.\nAnimatrice : Et vos professeurs, ils en pensent quoi ?"
            % (cl, P(n1), cl, P(n2), cl, P(n3), cl))


def s31():
    sx = sx_(); f, l = fn(sx), ln()
    v = R.random()
    if v < 0.5:
        where = "Je vis au %s et je travaille à 45 minutes de chez moi" % A(ns_part(False) + " à " + ch(CITYNAMES))
    elif v < 0.8:
        where = "J'habite %s, loin de mon établissement" % A(ns_part(False))
    else:
        cp, _c = ch(CITIES)
        where = "J'habite %s, à une heure de route de mon collège" % A(ns_part(False) + ", " + cp)
    return ("Je préfère répondre par écrit. %s : l'IA me fait gagner un temps précieux pour préparer mes cours, que je "
            "n'ai plus le soir. Je suis %s, %s." % (where, P(f + " " + l),
                                                   ch(["contractuel" + fem(sx, "le"), "titulaire sur zone de remplacement",
                                                       "stagiaire"])))


def s32():
    a, b = R.sample(CHILD_F + CHILD_M, 2); g = fn("F")
    return ("Grand-mère %s (%s) et %s (%s), je les garde tous les mercredis. Ils parlent à Alexa comme à une "
            "personne, ça m'inquiète un peu. À l'école, j'aimerais qu'on leur explique que ce n'est pas un ami. %s, %d ans"
            % (deP(a), ch(CLASSES_PRIM), deP(b), ch(CLASSES_PRIM), P(g), R.randint(62, 84)))


def s33():
    pet = ch(["Oscar", "Pilou", "Caramel", "Moka", "Filou", "Réglisse", "Simba", "Nala"]); sx = sx_(); c = kid(sx)
    return ("Chez nous l'IA est partout : même notre chat %s a eu droit à son poème généré, dixit %s %s, en %s. Plus "
            "sérieusement, je voudrais que l'école apprenne aux enfants à vérifier les informations, parce qu'à la "
            "maison on n'a pas toujours le temps." % (pet, "ma fille" if sx == "F" else "mon fils", P(c), ch(CLASSES_SEC)))


def s34():
    f, l = fn("F"), ln()
    t = ("bonjour, je suis maman de trois enfants scolarisés de la maternelle au lycée. je trouve qu'on en fait trop sur "
         "l'ia, les enfants ont surtout besoin de savoir lire et écrire correctement. si vous voulez plus de détails mon "
         "mail c'est %s . %s" % (mail(f, l), P(f)))
    return t, "lower_noacc"


def s35():
    sx = sx_(); f, l = fn(sx), ln()
    return ("Actuellement en disponibilité au Québec, j'observe que les écoles d'ici ont publié très tôt des repères "
            "clairs sur l'IA. Je rentre en septembre et serais %s de partager ce que j'ai vu : %s, %s, %s."
            % ("heureuse" if sx == "F" else "heureux", P(full(f, l)), T(ph_foreign("CA")), mail(f, l)))


def s36():
    sx = sx_(); f, l = fn(sx), ln()
    return ("Docteur%s en sciences de l'éducation et ancien%s professeur%s des écoles, je rappelle que chaque innovation "
            "(la télévision scolaire, le plan Informatique pour tous, les tablettes) a suscité les mêmes espoirs. "
            "Évaluons avant de généraliser.\n%s %s"
            % (fem(sx), fem(sx, "ne"), fem(sx), ch(["Dr", "Dr."]) if sx == "M" else ch(["Dr", "Dre"]), P(full(f, l))))


def s37():
    msx = sx_(); m = ln()
    title = ch(["le Dr", "le docteur"]) if msx == "M" else ch(["la Dre", "la docteure", "le Dr"])
    return ("Infirmière scolaire dans un collège REP+, je constate des troubles du sommeil liés aux écrans, et "
            "maintenant des élèves qui demandent des diagnostics à l'IA. Avec %s %s, médecin scolaire, nous préparons "
            "une intervention en 4e sur la santé et le numérique." % (title, P(m)))


def s38():
    sx = sx_(); f, l = fn(sx), ln()
    return ("Au nom de la section départementale du %s, nous demandons que l'IA ne serve pas de prétexte à supprimer des "
            "postes ni à contrôler le travail des enseignants. Contact presse : %s, secrétaire départemental%s, %s."
            % (ch(["SNES-FSU", "SE-Unsa", "Sgen-CFDT", "SNUipp-FSU", "SNALC", "SUD éducation"]), P(f + " " + l),
               fem(sx), tel("mob")))


def s39():
    sx = sx_(); f, l = fn(sx), ln()
    return ("En BTS SIO, l'IA fait déjà partie du métier : nos étudiants s'en servent pour coder et nous l'intégrons aux "
            "épreuves pratiques. Mon établissement (%s) a signé une convention avec une entreprise locale pour des "
            "ateliers. %s, %s" % (U(gen_uai()), P(full(f, l, "fL")), mail_acad(f, l)))


def s40():
    sx = sx_(); f, l = fn(sx), ch(LAST_GUYANE)
    cp, city = ch(DOM_CITIES["GF"])
    return ("À %s, en Guyane, beaucoup de mes élèves parlent nenge tongo, portugais, sranan tongo ou créole haïtien à la "
            "maison. L'IA pourrait aider à faire le pont entre les langues, mais elle se trompe beaucoup. Je serais "
            "ravi%s d'en discuter : %s, %s." % (city, fem(sx), P(f + " " + l), tel("GF")))


def s41():
    terr = ch(["PM", "WF"]); f, l = fn(sx_()), ln()
    place = "Saint-Pierre-et-Miquelon" if terr == "PM" else "Wallis-et-Futuna"
    return ("Depuis %s, on se sent un peu loin des débats nationaux. Ici, le petit nombre d'élèves permet un vrai suivi "
            "individuel, et l'IA n'apporte pas grand-chose à mon sens. Je me tiens à disposition : %s, tél. %s."
            % (place, P(full(f, l)), tel(terr)))


def s42():
    names = [(kid(), ln()) for _ in range(3)]
    lst = ", ".join(P(l.upper() + " " + f) for f, l in names[:2]) + " et " + P(names[2][1].upper() + " " + names[2][0])
    return ("J'ai reçu trois copies strictement identiques (%s), toutes générées. Je n'ai pas sanctionné mais j'ai repris "
            "la méthode du commentaire avec toute la classe. Ce genre de situation arrive désormais chaque semaine." % lst)


def s43():
    t = ln(); sx = sx_(); ff, fl = fn(sx_()), ln()
    return ("Professeur%s stagiaire, je découvre le métier et l'IA m'aide à construire mes séquences. Ma tutrice, Mme %s, "
            "m'encourage à vérifier chaque contenu produit. À l'INSPÉ, %s nous a fait un cours passionnant sur les biais "
            "des modèles." % (fem(sx), P(t), P(full(ff, fl))))


def s44():
    sx = sx_(); c = kid(sx); f, l = fn("F"), ln()
    return ("Nous vivons à Rabat et %s %s est scolarisé%s au lycée Descartes. L'établissement a organisé une conférence "
            "très claire sur l'IA pour les familles. En France, mes neveux n'ont rien eu de tel. %s, %s"
            % ("notre fille" if sx == "F" else "notre fils", P(c), fem(sx), P(f + " " + l), tel("MA")))


def s45():
    a = fn("F"); f, l = fn("F"), ln()
    while f == a:
        f = fn("F")
    return ("Directrice d'école, j'ai proposé à l'équipe un essai de dictée vocale avec une IA. Ma collègue de CP, %s, "
            "était sceptique ; elle est aujourd'hui la plus convaincue. Le vrai problème : l'absence de matériel. %s"
            % (P(a), P(f + " " + l.upper())))


def s46():
    f, l = fn(sx_()), ln()
    t = ("Prof de techno en collège rural. On n'a pas attendu l'institution pour tester, mais on manque de cadre "
         "juridique : qui est responsable si une IA donne une info fausse à un élève ? Dispo pour en parler : %s / %s - %s"
         % (omail(f, l), tel(), P(f)))
    return t, "noacc"


def s47():
    sx = sx_(); f, l = fn(sx), ch(["Santoni", "Pieri", "Paoli", "Albertini", "Mattei", "Casanova", "Luciani", "Orsini"])
    return ("En Corse, on enseigne aussi la langue corse et l'IA la maîtrise très mal : elle la mélange avec l'italien. "
            "Pour les langues régionales, c'est un risque d'appauvrissement. %s, professeur%s de langue corse à %s — %s"
            % (P(full(f, l)), fem(sx), ch(["Bastia", "Ajaccio", "Corte", "Porto-Vecchio"]), tel("corse")))


def s48():
    name, sx = ch([("NGUYEN Thi Mai", "F"), ("TRAN Van Minh", "M"), ("PHAM Thi Lan", "F"), ("LE Quang Huy", "M"),
                   ("HOANG Thi Thu", "F"), ("VO Van Long", "M")])
    return ("Je m'appelle %s, je suis AED et %s en informatique. J'aide souvent les élèves de l'internat le soir : l'IA "
            "leur explique des notions, mais ils ont besoin de quelqu'un pour vérifier. L'humain reste indispensable."
            % (P(name), "étudiante" if sx == "F" else "étudiant"))


def s49():
    sx = sx_(); f = fn(sx)
    return ("Je travaille en lycée professionnel. Un élève a demandé à un chatbot de remplir sa convention de stage et a "
            "collé tout son dossier, y compris son numéro de sécu : %s. On n'apprend pas assez aux jeunes ce qu'est une "
            "donnée sensible. — %s, professeur%s d'économie-gestion" % (N(gen_nir(fmt=ch(["sp", "none"]))), P(f), fem(sx)))


def s50():
    sx = sx_(); c = kid(sx); f, l = fn("F" if chance(0.6) else "M"), ln()
    return ("Je suis favorable à l'IA, mais l'administration devrait d'abord apprendre à protéger nos données : l'an "
            "dernier, un tableau envoyé à tous les parents contenait le numéro de sécurité sociale de %s %s (%s) ! "
            "On nous parle de RGPD, commençons par là. %s, parent d'élève"
            % ("ma fille" if sx == "F" else "mon fils", P(c), N(gen_nir()), P(full(f, l))))


SURVEY = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14, s15, s16, s17, s18, s19,
          s20, s21, s22, s23, s24, s25, s26, s27, s28, s29, s30, s31, s32, s33, s34, s35, s36, s37, s38,
          s39, s40, s41, s42, s43, s44, s45, s46, s47, s48, s49, s50]


# ================================================================ LETTER / FORM TEMPLATES

def l01():
    sx = sx_(); f, l = fn(sx), ln(); csx = sx_(); child = kid(csx)
    psx = sx_()
    rec = "Madame la Principale" if psx == "F" else "Monsieur le Principal"
    return ("%s\n%s\n%s\n%s\n\n%s\n%s\n%s\n\n%s, le %s\n\nObjet : utilisation d'outils d'intelligence artificielle en classe\n\n"
            "%s,\n\nMon enfant, %s, scolarisé%s en %s, m'a indiqué qu'un logiciel d'IA était utilisé en cours. Je souhaiterais "
            "savoir quelles données sont transmises, à quelle entreprise, et si une autorisation parentale est prévue.\n\n"
            "Je vous prie d'agréer, %s, l'expression de mes salutations distinguées.\n\n%s"
            % (P(full(f, l, "fL")), A(adr_fr_str(ch(["multi", "compl_first_multi", "multi", "lieudit"]))), tel(), mail(f, l),
               rec, cap(school("col")), A(adr_fr_str("multi")), ch(CITYNAMES), date_fr(),
               "Madame" if psx == "F" else "Monsieur", P(child), fem(csx), ch(CLASSES_SEC),
               rec, P(f + " " + l)))


def l02():
    sx = sx_(); f, l = fn_init(sx), ln(); cl = ch(CLASSES_SEC)
    return ("De : %s %s (professeur%s %s)\nÀ : Responsables légaux – %s\nObjet : Devoir maison et outils d'IA\n\n"
            "Bonjour,\n\nLe prochain devoir maison devra être rédigé à la main. L'usage d'un outil d'IA est autorisé "
            "uniquement pour la recherche d'idées et devra être signalé sur la copie.\nJe reste joignable via la messagerie "
            "de l'ENT.\n\nCordialement,\n%s"
            % (civ(sx, False), P(full(f, l, "fL")), fem(sx), de(ch(DISC)), cl, P(initials(f) + " " + l)))


def l03():
    cl = ch(CLASSES_SEC); psx = sx_(); pp = (fn(psx), ln())
    d1, d2 = R.sample(CHILD_F + CHILD_M, 2); dl1, dl2 = ln(), ln()
    r1, r2 = sx_(), sx_()
    return ("CONVOCATION – CONSEIL DE CLASSE\n\nClasse : %s\nDate : %s à %s\nLieu : salle du conseil\n\n"
            "Professeur principal : %s %s\nDélégués élèves : %s, %s\nReprésentants des parents : %s %s, %s %s\n\n"
            "Ordre du jour : bilan du trimestre ; point sur l'usage des outils numériques et de l'IA pour les devoirs."
            % (cl, date_fr(), hour(), civ(psx, False), P(full(pp[0], pp[1])), P(d1 + " " + dl1), P(d2 + " " + dl2),
               civ(r1, False), P(ln()), civ(r2, False), P(ln())))


def l04():
    a, b, c, d, e = ln(), ln(), (fn("F"), ln()), ln(), ln()
    return ("Compte rendu – groupe de travail « IA et pédagogie »\nRéunion du %s\n\nPrésents : Mme %s (principale "
            "adjointe), M. %s (CPE), Mme %s (documentaliste), M. %s (mathématiques)\nExcusée : Mme %s\n\n1. État des "
            "lieux : la moitié des collègues utilisent déjà un outil d'IA pour préparer leurs cours.\n2. Projet de charte : "
            "une première version sera soumise au conseil pédagogique.\n3. Formation : demande d'une animation "
            "d'établissement au second trimestre."
            % (date_fr(), P(a), P(b), P(full(c[0], c[1])), P(d), P(e)))


def l05():
    s1 = ch(PUBLIC); s2 = (fn(sx_()), ln()); osx = sx_(); org = (fn(osx), ln())
    return ("INVITATION\n\nConférence-débat « L'intelligence artificielle à l'école : promesses et vigilances »\n%s, %s\n"
            "Amphithéâtre %s\n%s\n\nAvec %s et %s, %s.\n\nInscription obligatoire auprès de %s : %s ou %s."
            % (cap(date_fr()), hour(), of_school("lyc"), A(adr_fr_str(ch(["line", "multi", "nocomma"]))),
               P(s1), P(s2[0] + " " + s2[1]), ch(["chercheuse au CNRS", "maître de conférences", "formateur à l'INSPÉ"]),
               P(full(org[0], org[1])), mail_acad(org[0], org[1]), tel("fix")))


def l06():
    sx = "F" if chance(0.75) else "M"; f, l = fn(sx), ln()
    maiden = ("Nom de naissance : %s\n" % P(ln().upper())) if sx == "F" and chance(0.5) else ""
    return ("FICHE DE RENSEIGNEMENTS – PERSONNEL AESH\n\nNom d'usage : %s\n%sPrénom : %s\nAdresse : %s\nTéléphone : %s\n"
            "Courriel : %s\nN° de sécurité sociale : %s\nIBAN : %s\nÉtablissement d'exercice : %s\n\nJ'accepte que ces "
            "informations soient utilisées pour la gestion de mon contrat."
            % (P(l.upper()), maiden, P(f), A(adr_fr_str(ch(["line", "compl_after", "compl_first", "nocomma"]))), tel(),
               mail(f, l), N(gen_nir("2" if sx == "F" else "1")), I(gen_iban()), school()))


def l07():
    sx = sx_(); f, l = fn(sx), ln()
    nir_line = ("N° INSEE : %s\n" % N(gen_nir("2" if sx == "F" else "1"))) if chance(0.8) else ""
    return ("ÉTAT DE FRAIS DE DÉPLACEMENT\nFormation : « IA générative et enseignement » – %s\n\nAgent : %s %s\n%s"
            "Grade : %s\nRésidence administrative : %s (%s)\nRésidence familiale : %s\nTrajet aller-retour : %d km\n"
            "Montant demandé : %d,%02d €\nRIB : %s"
            % (date_fr(), civ(sx, False), P(full(f, l, "Lf")), nir_line,
               ch(["professeur certifié", "professeur des écoles", "professeur agrégé", "CPE"]), school(), U(gen_uai()),
               A(adr_fr_str(ch(["line", "nocomma", "compl_first"]))), R.randint(20, 180), R.randint(10, 150),
               R.randint(0, 99), I(gen_iban())))


def l08():
    sx = sx_(); f, l = fn(sx), ln()
    return ("%s\n%s\n%s · %s\n\n%s\n\nEXPÉRIENCE\n2019-2025 : %s\n2015-2019 : %s\n\nFORMATION\nCertificat « IA et "
            "éducation » (2024)\nMaster MEEF"
            % (P(full(f, l, ch(["fL", "fl"]))), A(adr_fr_str(ch(["multi", "line", "compl_first_multi"]))), tel("mob"),
               mail(f, l), ch(["Professeure certifiée d'anglais – Référente numérique" if sx == "F"
                               else "Professeur certifié d'anglais – Référent numérique",
                               "Professeur%s des écoles – Maître formateur" % fem(sx)]),
               cap(school()), cap(school())))


def l09():
    a = (fn("F"), ln()); b = fn(sx_()); c = fn("F"); child = kid()
    d = date_num()
    ts = sorted(hhmm() for _ in range(5))
    return ("[%s %s] %s.: Vous avez vu le mot sur Pronote à propos de l'IA ?\n[%s %s] %s: oui, on doit signer "
            "l'autorisation avant vendredi\n[%s %s] %s: Moi je ne signe pas tant qu'on ne sait pas où vont les données\n"
            "[%s %s] %s (maman %s): pareil, je demande une réunion\n[%s %s] %s: je relaie au bureau de l'asso"
            % (d, ts[0], P(a[0] + " " + a[1][0]), d, ts[1], P(b), d, ts[2], T(ph_fr(True, "p33")),
               d, ts[3], P(c), deP(child), d, ts[4], P(full(fn(sx_()), ln(), "fl"))))


def l10():
    sx = sx_(); f, l = fn(sx), ln(); psx = sx_(); pf, pl = fn(psx), ln()
    return ("Message ENT\nExpéditeur : %s – CPE\nDestinataire : %s %s\nObjet : Rendez-vous\n\n%s,\n\nSuite à l'incident "
            "de jeudi (usage d'une IA pendant une évaluation), je vous propose un rendez-vous le %s à %s. En cas "
            "d'empêchement, vous pouvez me joindre au %s (ligne directe).\n\nBien à vous,\n%s"
            % (P(full(f, l)), civ(psx, False), P(full(pf, pl)), "Madame" if psx == "F" else "Monsieur", date_fr(), hour(),
               tel("fix"), P(f + " " + l)))


def l11():
    cl = ch(CLASSES_SEC)
    apps = ["Bon trimestre. Attention à l'usage de l'IA dans les rédactions.", "Travail sérieux, progrès nets.",
            "Des devoirs manifestement générés : il faut s'investir personnellement.", "Excellent trimestre, félicitations.",
            "Ensemble trop juste, manque de travail personnel.", "Élève discret mais efficace."]
    rows = []
    for ap in R.sample(apps, 4):
        rows.append("| %s | %s | %s |" % (P(ln().upper()), P(kid()), ap))
    return ("Conseil de classe – %s – 2e trimestre\n\n| Nom | Prénom | Appréciation |\n|---|---|---|\n%s"
            % (cl, "\n".join(rows)))


def l12():
    sx = sx_(); f, l = fn(sx), ln(); csx = sx_(); c = (kid(csx), l if chance(0.7) else ln())
    return ("AUTORISATION PARENTALE – Usage d'outils d'IA en classe\n\nJe soussigné%s %s, demeurant %s, responsable "
            "légal%s de l'élève %s, en classe de %s, autorise mon enfant à utiliser les outils d'IA proposés en classe "
            "dans le cadre défini par la charte de l'établissement.\nTéléphone : %s\n\nFait à %s, le %s\nSignature :"
            % (fem(sx), P(full(f, l)), A(adr_fr_str("line")), fem(sx), P(c[0] + " " + c[1].upper()), ch(CLASSES_SEC),
               tel(), ch(CITYNAMES), date_num()))


def l13():
    sx = sx_(); f, l = fn(sx), ln()
    return ("Bonjour à toutes et à tous,\n\nVous trouverez ci-joint la charte d'usage de l'IA adoptée hier en conseil "
            "pédagogique. Merci d'en prendre connaissance avant la réunion de rentrée.\n\nBien cordialement,\n\n--\n%s\n%s\n%s\n%s\n"
            "Tél. : %s | Port. : %s\n%s"
            % (P(full(f, l)), "Principale adjointe" if sx == "F" else "Principal adjoint", cap(school("col")),
               A(adr_fr_str(ch(["line", "multi"]))), tel("fix"), tel("mob"), mail_acad(f, l)))


def l14():
    sx = sx_(); f, l = fn(sx), ln()
    acad = ch(["Lyon", "Lille", "Bordeaux", "Toulouse", "Rennes", "Nantes", "Créteil", "Versailles", "Grenoble"])
    return ("%s\n%s\n%s\n\nà\n\nMonsieur le Recteur de l'académie de %s\nDivision des personnels enseignants\n%s\n\n"
            "Objet : demande de formation sur l'IA générative\n\nMonsieur le Recteur,\n\nProfesseur%s %s depuis %d ans, je "
            "sollicite une inscription au module « IA et pratiques pédagogiques » du plan académique de formation.\n\n"
            "Veuillez agréer, Monsieur le Recteur, l'expression de ma haute considération.\n\n%s"
            % (P(full(f, l)), A(adr_fr_str(ch(["multi", "line", "compl_first_multi"]))), mail(f, l), acad,
               A(adr_fr_str(ch(["bp_cedex", "cs_cedex", "tsa"]))), fem(sx), de(ch(DISC)), R.randint(3, 25), P(f + " " + l)))


def l15():
    sx = sx_(); f, l = fn(sx), ln()
    return ("BULLETIN D'INSCRIPTION – Semaine du numérique\n\nNom et prénom : %s\nDiscipline : %s\nÉtablissement : %s – "
            "UAI : %s\nCourriel : %s\nTéléphone portable : %s\n\nAtelier choisi : ☐ Créer un quiz  ☒ Comprendre les IA "
            "génératives  ☐ Robotique"
            % (P(full(f, l, "Lf")), ch(DISC), school(), U(gen_uai()), mail_acad(f, l), tel("mob")))


def l16():
    sx = sx_(); f, l = fn(sx), ln(); child = (kid(), l); asx = "F" if chance(0.8) else "M"
    return ("Demande d'aide au titre du fonds social collégien\n\nResponsable légal : %s %s\nAdresse : %s\nTéléphone : %s\n"
            "Élève : %s, %s\nMotif : achat d'un ordinateur portable pour le travail à la maison (outils numériques et IA "
            "utilisés en classe)\nCoordonnées bancaires (IBAN) : %s\n\nAvis de %s %s, assistant%s social%s : favorable."
            % (civ(sx), P(full(f, l)), A(adr_fr_str(ch(["line", "compl_after", "compl_first"]))), tel(),
               P(child[0] + " " + child[1].upper()), ch(CLASSES_SEC), I(gen_iban()), civ(asx, False), P(ln()),
               fem(asx), fem(asx, "e", "")))


def l17():
    sx = sx_(); f, l = fn(sx), ln(); c = kid()
    return ("Objet : remboursement – voyage « Cité des sciences, exposition IA »\n\nMadame l'Agente comptable,\n\nLe voyage "
            "du %s ayant été annulé, je vous remercie de bien vouloir rembourser l'acompte de %d € versé pour mon enfant "
            "%s (%s) sur le compte suivant :\nTitulaire : %s\nIBAN : %s\n\nCordialement,\n%s %s"
            % (date_fr(), R.randint(40, 180), P(c), ch(CLASSES_SEC), P(full(f, l, "Lf")), I(gen_iban()),
               civ(sx, False), P(l)))


def l18():
    sx = sx_(); f, l = fn(sx), ln(); u1, u2, u3 = gen_uai(), gen_uai(), gen_uai()
    s1, s2, s3 = R.sample(COLLEGES, 3)
    return ("Direction des services départementaux de l'Éducation nationale\nService de la vie scolaire\n%s\n\n"
            "Affaire suivie par : %s\nTél. : %s\nMél : %s\n\n%s, le %s\n\nL'inspecteur d'académie, directeur académique\n"
            "à\nMesdames et Messieurs les principaux de collège\n\nObjet : expérimentation d'un assistant d'IA pour les "
            "enseignants\n\nLes établissements retenus sont : %s (%s), %s (%s) et %s (%s). Un bilan sera présenté en juin."
            % (A(adr_fr_str(ch(["bp_cedex", "cs_cedex", "multi"]))), P(full(f, l)), tel("fix"), mail_acad(f, l),
               ch(CITYNAMES), date_fr(), s1, U(u1), s2, U(u2), s3, U(u3)))


def l19():
    psx = sx_(); ssx = sx_()
    return ("Procès-verbal du conseil d'administration\n%s – UAI %s\nSéance du %s\n\nPrésidence : %s %s, principal%s\n"
            "Secrétaire de séance : %s %s\n\nPoint 4 – Charte d'usage de l'IA : adoptée (22 voix pour, 2 abstentions).\n"
            "Point 5 – Achat de 15 ordinateurs portables : adopté à l'unanimité."
            % (cap(school("col")), U(gen_uai()), date_fr(), civ(psx, False), P(ln()), fem(psx), civ(ssx, False),
               P(full(fn(ssx), ln()))))


def l20():
    sx = sx_(); f, l = fn(sx), ln(); tsx = sx_()
    return ("Objet : rendez-vous de carrière\n\n%s,\n\nJe vous confirme ma visite le %s à %s. Nous pourrons notamment "
            "aborder la place des outils d'IA dans vos pratiques.\n\nBien cordialement,\n\n%s\n%s d'académie – "
            "%s pédagogique régional%s\n%s\nRectorat de l'académie\n%s\n%s"
            % ("Madame" if tsx == "F" else "Monsieur", date_fr(), hour(), P(full(f, l)),
               "Inspectrice" if sx == "F" else "Inspecteur", "inspectrice" if sx == "F" else "inspecteur", fem(sx),
               cap(ch(DISC)), A(adr_fr_str(ch(["cs_cedex", "bp_cedex", "tsa"]))), tel("fix")))


def l21():
    people = [(fn(sx_()), ln()) for _ in range(3)]
    psx = sx_(); pf = fn_init(psx); pl = ln()
    return ("NOTE DE SERVICE n° %d-%02d\n\nObjet : désignation des référents IA\n\nSont désignés pour l'année "
            "scolaire 2025-2026 :\n- %s, professeur %s, pour le pôle sciences ;\n- %s, professeur %s, pour le "
            "pôle lettres et langues ;\n- %s, pour la vie scolaire.\n\nIls peuvent être contactés par la messagerie "
            "académique.\n\n%s\n%s"
            % (R.randint(2024, 2025), R.randint(1, 60), P(full(*people[0])), de(ch(["SVT", "mathématiques", "NSI"])),
               P(full(*people[1])), de(ch(["lettres", "anglais", "espagnol"])), P(full(*people[2])),
               "La proviseure" if psx == "F" else "Le proviseur", P(initials(pf) + " " + pl.upper())))


def l22():
    a = (fn(sx_()), ln()); b = (fn(sx_()), ln()); c = (fn("F"), ln())
    ts = sorted(hhmm() for _ in range(4))
    return ("%s  %s\nQuelqu'un a testé l'assistant proposé par l'académie pour les appréciations ?\n%s  %s\nOui, "
            "c'est correct mais très générique. Je reprends tout derrière.\n%s  %s\n@%s tu peux partager ton prompt ? "
            "Je suis preneuse.\n%s  %s\nJe le mets dans le dossier partagé."
            % (P(a[0] + " " + a[1]), ts[0], P(b[0] + " " + b[1]), ts[1], P(c[0] + " " + c[1]), ts[2], P(b[0]),
               P(b[0] + " " + b[1]), ts[3]))


def l23():
    sx = sx_(); f, l = fn(sx), ch(LAST_ANTILLES); tsx = sx_(); terr = ch(["GP", "MQ"])
    return ("%s\n%s\n%s\n\nÀ l'attention de %s %s, professeur%s principal%s de %s\n\n%s,\n\nMa fille m'a dit que des "
            "élèves utilisaient une application d'IA pendant les contrôles. Je ne veux pas qu'elle soit pénalisée "
            "parce qu'elle, elle ne triche pas. Pouvez-vous me recevoir ?\n\nRespectueusement,\n%s"
            % (P(full(f, l)), A(adr_dom_str(terr)), tel(terr), civ(tsx, False), P(ln()), fem(tsx), fem(tsx),
               ch(CLASSES_SEC), "Madame" if tsx == "F" else "Monsieur", P(f + " " + l)))


def l24():
    fa = ch(FOREIGN); psx = sx_()
    return ("Lycée français international\n%s\nTél. : %s\n\nAux familles des élèves de seconde\n\nObjet : charte "
            "numérique et intelligence artificielle\n\nMadame, Monsieur,\n\nVous trouverez ci-joint la charte que nous "
            "vous demandons de signer avec votre enfant avant le %s.\n\n%s, %s"
            % (A(fadr(fa)), T(ph_foreign(fa["cc"])), date_fr(), P(full(fn(psx), ln())),
               "proviseure" if psx == "F" else "proviseur"))


def l25():
    rows = []
    for _ in range(R.randint(4, 6)):
        rows.append("%s | %s | %s | " % (P(ln().upper()), P(fn(sx_())), cap(school())))
    return ("LISTE D'ÉMARGEMENT – Formation « IA et évaluation » – %s\n\nNom | Prénom | Établissement | Signature\n%s"
            % (date_fr(), "\n".join(r.rstrip() for r in rows)))


def l26():
    sx = sx_(); f, l = fn(sx), ln()
    return ("%s\n%s\n%s\n%s\nN° de sécurité sociale : %s\n\nMadame la Cheffe de division,\n\nTitulaire d'un master "
            "d'informatique, je souhaite poser ma candidature à un poste de professeur%s contractuel%s en NSI. Je "
            "m'intéresse particulièrement à l'enseignement de l'IA au lycée.\n\nJe vous prie d'agréer, Madame, "
            "mes salutations respectueuses.\n\n%s"
            % (P(full(f, l)), A(adr_fr_str(ch(["multi", "compl_first_multi", "line"]))), tel(), mail(f, l),
               N(gen_nir("2" if sx == "F" else "1")), fem(sx), fem(sx, "le"), P(f + " " + l)))


def l27():
    psx = sx_(); asx = "F" if chance(0.8) else "M"; af, al = fn(asx), ln()
    return ("ATTESTATION D'EMPLOI\n\nJe soussigné%s, %s, %s %s (%s), atteste que %s %s, né%s le %s, NIR %s, demeurant "
            "%s, est employé%s en qualité d'AESH depuis le %s.\n\nFait pour servir et valoir ce que de droit."
            % (fem(psx), P(full(fn(psx), ln())), "proviseure" if psx == "F" else "proviseur", of_school("lyc"),
               U(gen_uai()), civ(asx, False), P(full(af, al)), fem(asx), "%d %s %d" % (R.randint(2, 28), ch(MONTHS), R.randint(1965, 2000)),
               N(gen_nir("2" if asx == "F" else "1")), A(adr_fr_str("line")), fem(asx), date_fr()))


def l28():
    sx = sx_(); f, l = fn(sx), ln(); hsx = sx_()
    host = ("chez %s %s" % (civ(hsx, False), P(full(fn(hsx), ln())))) if chance(0.5) else ("c/o %s" % P(full(fn(hsx), ln())))
    return ("Expéditeur :\n%s\n%s\n%s\n\nObjet : réclamation – note de devoir\n\nMadame, Monsieur,\n\nMon fils a obtenu "
            "zéro à un devoir au motif qu'il aurait été rédigé par une IA. Aucune explication ne nous a été donnée. "
            "Je demande un entretien avec le professeur concerné.\n\n%s"
            % (P(full(f, l, "fL")), host, A(adr_fr_str(ch(["multi", "compl_first_multi"]))), P(f + " " + l)))


def l29():
    sx = sx_(); f, l = fn(sx), ln(); media = ch(["Ouest-France", "La Dépêche du Midi", "France 3 Régions",
                                                 "Le Café pédagogique", "Nice-Matin", "Le Progrès", "L'Est républicain"])
    return ("Bonjour,\n\nJe suis journaliste à %s et je prépare un article sur l'IA dans les collèges. Seriez-vous "
            "d'accord pour un entretien de vingt minutes ? Je peux venir sur place ou vous appeler.\n\n%s\n%s\n%s – %s"
            % (media, P(full(f, l)), media, tel("mob"), mail(f, l)))


def l30():
    psx = sx_(); csx = sx_(); c = kid(csx)
    t = ("Bjr %s %s, c la maman de %s (%s). %s a pas pu faire le DM hier, l'ordi était en panne et %s voulait pas "
         "utiliser l'IA sur mon tel. Vous pouvez m'appeler au %s. Merci bcp"
         % ("Mme" if psx == "F" else "M.", P(ln()), P(c), ch(CLASSES_SEC), "elle" if csx == "F" else "il",
            "elle" if csx == "F" else "il", tel("mob", ch(["none", "sp", "dot"]))))
    return t, ch([None, "noacc"])


def l31():
    cf, cl_ = kid(), ln(); r1 = sx_(); r2 = "M" if r1 == "F" else "F"
    nir_line = ("N° de sécurité sociale (responsable 1) : %s\n" % N(gen_nir("2" if r1 == "F" else "1"))) if chance(0.85) else ""
    return ("FICHE D'URGENCE (non confidentielle)\n\nNom de l'élève : %s\nPrénom : %s\nClasse : %s\n\nResponsable 1 : %s "
            "%s – %s (portable) – %s (travail)\n%sResponsable 2 : %s %s – %s\nMédecin traitant : Dr %s, %s\n\n"
            "Adresse du domicile : %s"
            % (P(cl_.upper()), P(cf), ch(CLASSES_SEC), civ(r1, False), P(full(fn(r1), cl_)), tel("mob"), tel("fix"),
               nir_line, civ(r2, False), P(full(fn(r2), ln())), tel(), P(ln()), tel("fix"),
               A(adr_fr_str(ch(["line", "compl_after", "nocomma"])))))


def l32():
    sx = sx_(); f, l = fn(sx), ln()
    return ("Re: IA en classe, retours d'expérience ?\n\nMessage de prof_svt_38 » %s\n\nSalut à tous, de mon côté j'utilise "
            "l'IA pour générer des schémas à compléter, et les élèves adorent corriger les erreurs de la machine. Si "
            "quelqu'un veut mes fiches, écrivez-moi.\n\n%s, prof de SVT en Isère\n(contact : %s)"
            % (date_num(), P(f), omail(f, l)))


def l33():
    cands = [(fn(sx_()), ln(), kid()) for _ in range(3)]
    lines = []
    for i, (f, l, c) in enumerate(cands, 1):
        lines.append("%d. %s (parent %s, %s)" % (i, P(full(f, l)), deP(c), ch(CLASSES_SEC)))
    return ("Élections des représentants des parents d'élèves – liste « Parents vigilants sur le numérique »\n\n%s\n\n"
            "Notre priorité : une charte claire sur l'IA, élaborée avec les familles."
            % "\n".join(lines))


def l34():
    sx = sx_(); f, l = fn(sx), ln(); c1, c2 = R.sample(CHILD_F + CHILD_M, 2)
    return ("BULLETIN D'ADHÉSION 2025-2026 – Association des parents d'élèves %s\n\nNom : %s   Prénom : %s\nAdresse : %s\n"
            "Courriel : %s\nTéléphone : %s\nEnfant(s) scolarisé(s) : %s (%s), %s (%s)\n\nCotisation : 15 € ☐ chèque ☒ "
            "prélèvement (IBAN : %s)"
            % (of_school(), P(l), P(f), A(adr_fr_str(ch(["line", "nocomma", "compl_first"]))), mail(f, l), tel(),
               P(c1), ch(CLASSES_SEC), P(c2), ch(CLASSES_PRIM), I(gen_iban())))


def l35():
    sx = sx_(); f, l = fn(sx), ln()
    return ("MANDAT DE PRÉLÈVEMENT SEPA\nRéférence unique du mandat : RUM-2025-%s\nIdentifiant créancier SEPA : FR%sZZZ%s\n\n"
            "Débiteur : %s\nAdresse : %s\nIBAN : %s\nBIC : %s\n\nCréancier : Service de restauration scolaire – %s\n"
            "Type de paiement : récurrent"
            % (digits(6), digits(2), digits(6), P(full(f, l, "Lf")), A(adr_fr_str(ch(["line", "multi", "compl_first_multi"]))),
               I(gen_iban()), ch(["AGRIFRPP882", "CCBPFRPPLYO", "SOGEFRPP", "PSSTFRPPLIL", "CMCIFR2A"]), school()))


def l36():
    pres = kid("F"); a, b = R.sample(CHILD_F + CHILD_M, 2); sx = sx_(); f, l = kid(sx), ln()
    return ("À l'attention de %s, présidente du CVL\n\nSalut %s !\n\nAvec %s et %s de la %s, on voudrait proposer un "
            "atelier « bien utiliser l'IA pour réviser » pendant la pause méridienne. Tu peux nous répondre sur l'ENT ou "
            "par mail : %s.\n\n%s"
            % (P(pres), P(pres), P(a), P(b), ch(["2nde 3", "1re G2", "Tle G5"]), mail(f, l), P(f + " " + l)))


def l37():
    cl = ch(CLASSES_SEC); names = [(kid(), ln()) for _ in range(4)]; psx = sx_()
    return ("PROCÈS-VERBAL D'ÉLECTION DES DÉLÉGUÉS DE CLASSE\nClasse : %s – Année 2025-2026\n\nInscrits : %d – Votants : "
            "%d – Blancs : 1\n\nTitulaires élus : %s (15 voix), %s (14 voix)\nSuppléants : %s, %s\n\n%s principal%s : %s %s\n\n"
            "Les délégués suivront une formation incluant un module sur les usages responsables de l'IA."
            % (cl, 28, 27, P(full(*names[0])), P(full(*names[1])), P(full(*names[2])), P(full(*names[3])),
               "La professeure" if psx == "F" else "Le professeur", fem(psx), civ(psx, False), P(ln())))


def l38():
    sx = sx_(); f, l = fn(sx), ln(); csx = sx_(); c = kid(csx)
    return ("Demande de dérogation à la carte scolaire\n\nResponsable légal : %s\nAdresse actuelle : %s\nTél. : %s\n"
            "Courriel : %s\n\nEnfant : %s, né%s le %s, actuellement en CM2 %s\nÉtablissement demandé : %s (%s)\n"
            "Motif : parcours particulier (option « Numérique et sciences informatiques »)"
            % (P(full(f, l)), A(adr_fr_str(ch(["line", "compl_after", "nocomma"]))), tel(), mail(f, l),
               P(c + " " + l.upper()), fem(csx), birth_num(), at_school("ec"), cap(school("col")), U(gen_uai())))


def l39():
    psx = sx_(); csx = sx_()
    return ("CERTIFICAT DE SCOLARITÉ\n\nJe soussigné%s, %s, %s %s, %s, UAI %s, certifie que l'élève %s, né%s le %s, est "
            "régulièrement inscrit%s en classe de %s pour l'année scolaire 2025-2026.\n\nFait à %s, le %s."
            % (fem(psx), P(full(fn(psx), ln())), "principale" if psx == "F" else "principal", of_school("col"),
               A(adr_fr_str(ch(["line", "nocomma"]))), U(gen_uai()), P(full(kid(csx), ln(), ch(["fL", "Lf"]))), fem(csx),
               birth_num(), fem(csx), ch(CLASSES_SEC), ch(CITYNAMES), date_num()))


def l40():
    c = kid("F"); a, b = ln(), ln(); sx = sx_(); f, l = fn(sx), ln(); csx = sx_(); rsx = sx_()
    return ("Madame, Monsieur,\n\nJ'accuse réception de votre signalement du %s concernant la diffusion d'une image "
            "truquée de votre fille %s par un élève de %s. Les faits ont été transmis à %s %s, CPE, et à %s %s, "
            "référent%s harcèlement. Une procédure disciplinaire est engagée.\n\nJe vous prie d'agréer, Madame, "
            "Monsieur, l'expression de mes salutations distinguées.\n\n%s\n%s\n%s"
            % (date_fr(), P(c), ch(CLASSES_SEC), civ(csx, False), P(a), civ(rsx, False), P(b), fem(rsx),
               P(full(f, l)), "Principale" if sx == "F" else "Principal", tel("fix")))


def l41():
    af, al = fn(sx_()), ln(); bf, bl = fn(sx_()), ln()
    day = ch(["lun.", "mar.", "mer.", "jeu.", "ven."])
    return ("Merci pour ton retour, je transmets à l'équipe.\n\n%s\n\nLe %s %s à %s, %s <%s> a écrit :\n> Bonjour %s,\n"
            "> Voici le compte rendu de l'atelier IA de mardi.\n> Bonne journée,\n> %s"
            % (P(af), day, date_fr(), hhmm(), P(bf + " " + bl), mail_acad(bf, bl), P(af), P(bf)))


def l42():
    sx = sx_(); f, l = fn(sx), ln()
    return ("Candidature – mission de référent IA (IMP)\n\nNom : %s\nPrénom : %s\nCorps / grade : %s\nÉtablissement : "
            "%s (UAI %s)\nTéléphone : %s\nMél : %s\n\nMotivation : accompagner les collègues vers des usages raisonnés, "
            "conformes au RGPD, et construire des séances sur les biais des modèles."
            % (P(l.upper()), P(f), ch(["certifié%s" % fem(sx), "agrégé%s" % fem(sx), "PLP"]), school(), U(gen_uai()),
               tel(), mail_acad(f, l)))


def l43():
    cl = ch(CLASSES_SEC); t = [ln() for _ in range(4)]; d1, d2 = R.sample(CHILD_F + CHILD_M, 2)
    fel = [(kid(), ln()), (kid(), ln())]; av = (kid(), ln())
    return ("Conseil de classe de %s – 1er trimestre\n\nPrésents : Mme %s (français, professeure principale), M. %s "
            "(mathématiques), Mme %s (anglais), M. %s (histoire-géographie) ; %s et %s, délégués ; Mme %s, représentante "
            "des parents.\n\nBilan : classe agréable mais travail personnel insuffisant. Plusieurs devoirs maison ont "
            "manifestement été générés par IA ; le conseil rappelle la charte.\n\nFélicitations : %s, %s\n"
            "Avertissement travail : %s."
            % (cl, P(t[0]), P(t[1]), P(t[2]), P(t[3]), P(d1), P(d2), P(ln()), P(full(*fel[0])), P(full(*fel[1])),
               P(av[0] + " " + av[1][0])))


def l44():
    f, l = fn("F"), ln()
    return ("Le CDI vous invite !\n\nExposition « Quand les machines écrivent » du %s au %s.\nVernissage le %s à %s, en "
            "présence des élèves de %s.\n\nRenseignements : %s, professeure documentaliste – %s – poste %d"
            % (date_fr(), date_fr(), date_fr(), hour(), ch(CLASSES_SEC), P(full(f, l)), mail_acad(f, l), R.randint(200, 299)))


def l45():
    terr = ch(["PF", "NC"]); psx = sx_()
    greet = "Ia ora na," if terr == "PF" else "Bonjour à toutes les familles,"
    return ("Collège %s\n%s\nTél. : %s\n\nNote aux familles\n\n%s\n\nL'usage des outils d'IA est désormais encadré "
            "par une charte votée en conseil d'administration. Elle sera présentée lors de la réunion parents-professeurs.\n\n"
            "%s,\n%s"
            % (ch(["de la Presqu'île", "des Cocotiers", "du Lagon"]) if terr == "PF" else ch(["des Flamboyants", "du Récif", "de la Baie"]),
               A(adr_dom_str(terr, ch(["bp", "line", "multi"]))), tel(terr), greet,
               "La principale" if psx == "F" else "Le principal", P(full(fn(psx), ch(LAST_PACIF + LAST_COMMON)))))


def l46():
    sx = sx_(); c = kid(sx); cl_ = ln(); tsx = sx_()
    return ("Fiche de liaison CM2 – 6e\n\nÉlève : %s\nÉcole d'origine : %s – %s\nEnseignant%s de CM2 : %s %s\nAESH : %s "
            "(12 h/semaine)\nBesoins particuliers : dyslexie ; utilise un logiciel de synthèse vocale et un outil de "
            "reformulation.\nContact famille : %s"
            % (P(c + " " + cl_.upper()), cap(school("ec")), ch(CITYNAMES), fem(tsx), civ(tsx, False), P(ln()),
               P(fn("F")), tel()))


def l47():
    sx = sx_(); f, l = fn(sx), ln()
    role = ch(["Proviseure adjointe" if sx == "F" else "Proviseur adjoint", "Conseillère principale d'éducation" if sx == "F"
               else "Conseiller principal d'éducation", "Référent%s numérique" % fem(sx)])
    return ("%s\n%s\n%s\n%s\n☎ %s\n✉ %s"
            % (P(full(f, l, "fL")), role, cap(school("lyc")), A(adr_fr_str(ch(["line", "nocomma", "bp_cedex"]))),
               tel("fix"), mail_acad(f, l)))


def l48():
    f, l = fn("F"), ln(); c = kid()
    return ("Message vocal (transcription automatique) : « Oui bonjour, c'est %s, la maman %s en %s. Je vous appelle au "
            "sujet du devoir sur l'IA, il y a eu un malentendu. Vous pouvez me rappeler au %s, merci, bonne journée. »"
            % (P(f + " " + l), deP(c), ch(CLASSES_SEC), tel("mob", "sp")))


def l49():
    asx = sx_(); af, al = fn_init(asx), ln(); csx = sx_(); c = kid("M"); hsx = sx_()
    return ("Maître %s\nAvocat%s au barreau de %s\n%s\n%s\n\n%s,\n\nJ'interviens pour le compte de %s %s, représentant%s "
            "légal%s de l'élève %s, sanctionné pour avoir prétendument utilisé un outil d'intelligence artificielle lors "
            "d'une évaluation. Je vous remercie de bien vouloir me transmettre le dossier disciplinaire.\n\nVeuillez "
            "agréer l'expression de mes salutations distinguées.\n\nMe %s"
            % (P(af + " " + al), fem(asx), ch(["Lyon", "Paris", "Bordeaux", "Lille", "Marseille", "Rennes"]),
               A(adr_fr_str(ch(["multi", "compl_after", "line"]))), tel("fix"),
               "Madame la Proviseure" if hsx == "F" else "Monsieur le Proviseur", civ(csx, False), P(ln()), fem(csx),
               fem(csx), P(c), P(initials(af) + " " + al)))


def l50():
    roles = R.sample([("Principale", "F"), ("Principal adjoint", "M"), ("CPE", None), ("Gestionnaire", None),
                      ("Secrétariat de direction", "F"), ("Infirmière", "F"), ("Professeur documentaliste", "M"),
                      ("Référente numérique", "F")], 4)
    rows = []
    for role, s in roles:
        sx = s or sx_(); f, l = fn(sx), ln()
        rows.append("| %s | %s | %s | %s |" % (role, P(full(f, l, "fL")), T(ph_fr(False, ch(["sp", "dot"]))), mail_acad(f, l)))
    return ("Annuaire interne – %s\n\n| Fonction | Nom | Téléphone | Courriel |\n|---|---|---|---|\n%s"
            % (cap(school("col")), "\n".join(rows)))


def l51():
    sx = sx_(); f, l = fn(sx), ln(); tsx = sx_()
    return ("CONVENTION DE STAGE – Bac pro %s\n\nÉtablissement : %s – UAI : %s\n\nSTAGIAIRE\nNom : %s\nPrénom : %s\n"
            "Date de naissance : %s\nN° de sécurité sociale : %s\nAdresse : %s\nTél. : %s\n\nTUTEUR EN ENTREPRISE\n%s %s, %s\n\n"
            "Gratification : le cas échéant, versement sur le compte du stagiaire : %s\n\nActivités prévues : découverte "
            "d'outils d'IA de maintenance prédictive, assistance aux utilisateurs."
            % (ch(["MELEC", "CIEL", "AGORA", "MCV"]), cap(school("lyc")), U(gen_uai()), P(l.upper()), P(f), birth_num(),
               N(gen_nir("2" if sx == "F" else "1")), A(adr_fr_str(ch(["line", "nocomma"]))), tel("mob"),
               civ(tsx, False), P(full(fn(tsx), ln())), ch(["responsable informatique", "gérant%s" % fem(tsx),
                                                           "chef%s de projet" % fem(tsx, "fe")]),
               I(gen_iban())))


def l52():
    csx = sx_(); c = kid(csx); cl_ = ln(); rsx = sx_(); wsx = sx_()
    return ("DÉCLARATION D'ACCIDENT D'ÉLÈVE\n\nÉlève : %s, %s\nResponsable légal : %s %s\nN° de sécurité sociale de "
            "l'assuré : %s\nAdresse : %s\nTéléphone : %s\n\nCirconstances : l'élève a trébuché sur le câble d'un ordinateur "
            "pendant l'atelier IA en salle %d. Témoin : %s %s, AED."
            % (P(c + " " + cl_.upper()), ch(CLASSES_SEC), civ(rsx, False), P(full(fn(rsx), cl_)),
               N(gen_nir("2" if rsx == "F" else "1")), A(adr_fr_str(ch(["multi", "line", "compl_first_multi"]))),
               tel(), R.randint(100, 320), civ(wsx, False), P(ln())))


def l53():
    sx = sx_(); f, l = fn(sx), ln(); csx = sx_(); c = kid(csx)
    return ("DEMANDE DE COMPENSATION – Scolarisation (accompagnement AESH, matériel pédagogique adapté)\n\n"
            "Enfant : %s %s, né%s le %s\nÉtablissement : %s\n\nParent demandeur : %s %s\nN° de sécurité sociale de "
            "l'ouvrant droit : %s\nAdresse : %s\nTéléphone : %s\n\nDemande : ordinateur avec logiciel de dictée vocale "
            "et outil de reformulation ; maintien de l'accompagnement par %s (AESH)."
            % (P(l.upper()), P(c), fem(csx), birth_num(), school(), civ(sx, False), P(full(f, l)),
               N(gen_nir("2" if sx == "F" else "1", fmt=ch(["sp", "none", "spkey"]))),
               A(adr_fr_str(ch(["line", "multi", "compl_first"]))), tel(), P(fn("F"))))


LETTER = [l01, l02, l03, l04, l05, l06, l07, l08, l09, l10, l11, l12, l13, l14, l15, l16, l17, l18, l19, l20,
          l21, l22, l23, l24, l25, l26, l27, l28, l29, l30, l31, l32, l33, l34, l35, l36, l37, l38, l39, l40,
          l41, l42, l43, l44, l45, l46, l47, l48, l49, l50, l51, l52, l53]


# ================================================================ TRAP TEMPLATES (no personal data)

def isbn13():
    pub = ch(["07", "09", "01", "210", "218", "7011", "35", "04", "266"])
    body = "9782" + pub
    title = digits(12 - len(body))
    body12 = body + title
    s = sum((1 if i % 2 == 0 else 3) * int(c) for i, c in enumerate(body12))
    chk = (10 - s % 10) % 10
    return "978-2-%s-%s-%d" % (pub, title, chk)


def t01():
    tools = R.sample(["ChatGPT", "Le Chat de Mistral AI", "Gemini", "Copilot", "Claude", "Perplexity", "DeepSeek",
                      "Meta AI", "Grok"], 4)
    return ("J'ai comparé %s, %s, %s et %s avec ma classe de %s. Verdict des élèves : aucun ne sait compter les syllabes "
            "d'un alexandrin ! Albert, l'IA de l'administration, n'est pas ouverte aux élèves ; on attend MIA Seconde "
            "avec curiosité." % (tools[0], tools[1], tools[2], tools[3], ch(CLASSES_SEC)))


def t02():
    return ("Réunion d'information « IA et devoirs à la maison » au %s, salle %s, le %s à %s. Entrée côté rue %s. "
            "Parking réservé aux personnels." % (ch(LYCEES), ch(["B204", "A12", "polyvalente", "du conseil"]), date_fr(),
                                                 hour(), ch(["Jean-Jaurès", "Émile-Zola", "Paul-Bert", "Victor-Hugo", "Gambetta"])))


def t03():
    return ("Rassemblement des classes de 4e place %s à %s pour la sortie à la Cité des sciences (exposition sur l'IA). "
            "Retour prévu vers 17 h devant le %s, avenue %s." % (ch(["Charles-de-Gaulle", "Jean-Jaurès", "de la République",
                                                                    "Aristide-Briand"]), hour(), ch(COLLEGES),
                                                                ch(["Georges-Pompidou", "Jean-Moulin", "Pierre-Brossolette"])))


def t04():
    picks = R.sample(CITIES, 3)
    return ("Établissements participant à l'expérimentation : %s, %s %s ; %s, %s %s ; %s, %s %s. Les résultats seront "
            "publiés en fin d'année." % (cap(school()), picks[0][0], picks[0][1], school(), picks[1][0], picks[1][1],
                                         school(), picks[2][0], picks[2][1]))


def t05():
    return ("Bonjour, le ticket n° INC%s concernant l'accès à l'ENT est toujours ouvert. La commande CMD-2025-%s de 30 "
            "licences (bon de commande n° BC %d/%04d) n'a pas été livrée. Merci de relancer le fournisseur avant le %s."
            % (digits(7), digits(6), ch([2024, 2025]), R.randint(1, 9999), date_num()))


def t06():
    siren = digits(9)
    return ("Le prestataire retenu pour la plateforme d'IA (SIRET %s %s %s %s, code APE 6201Z) facture %d € HT par "
            "établissement. Numéro de TVA intracommunautaire : FR%s %s. Marché n° 2025-%s."
            % (siren[:3], siren[3:6], siren[6:], digits(5), R.randint(800, 4000), digits(2), siren, digits(4)))


def t07():
    return ("En cas de cyberharcèlement, un réflexe : le 3018 (gratuit, anonyme). Pour le harcèlement à l'école, "
            "composez le 3020. Enfance en danger : 119. Numéro vert pour les familles : %s. Urgences : 15 ou 112."
            % ch(["0 800 %s %s" % (digits(3), digits(3)), "0800 %s %s %s" % (digits(2), digits(2), digits(2)),
                  "0 805 %s %s" % (digits(3), digits(3))]))


def t08():
    return ("Le manuel %s de chez %s (ISBN %s) consacre un chapitre entier à l'IA. Prix public : %d,%02d €. Le cahier "
            "d'exercices (ISBN %s) propose des activités débranchées très bien faites."
            % (de(ch(DISC)), ch(["Nathan", "Hachette Éducation", "Bordas", "Magnard", "Hatier", "Belin", "Lelivrescolaire.fr"]),
               isbn13(), R.randint(12, 32), ch([0, 50, 90, 95]), isbn13()))


def t09():
    return ("En 4e, on lit %s par trimestre et les élèves n'ont plus le droit d'ouvrir %s pendant les évaluations, alors "
            "l'IA... Mon vieux %s et %s suffisent largement à mes latinistes."
            % (ch(["un Maupassant", "un Zola", "un Simenon", "un Jules Verne"]), ch(["le Bescherelle", "le Bled"]),
               ch(["Gaffiot", "Bailly"]), ch(["le Petit Robert", "le Larousse", "le Littré"])))


def t10():
    return ("Rappel du cadre : article L. %d-%d du Code de l'éducation, RGPD (règlement (UE) 2016/679), règlement "
            "européen sur l'IA (UE) 2024/1689 et loi n° 78-17 du 6 janvier 1978. Voir aussi la circulaire publiée au BO "
            "n° %d du %s." % (ch([111, 121, 131, 312, 401]), R.randint(1, 12), R.randint(1, 45), date_fr()))


def t11():
    return ("Budget du projet IA : %d %03d € TTC, dont %d %03d € de licences et %d,%02d € par élève pour les casques. "
            "Versement prévu le %s, avant %s. Reliquat : %d,%02d €."
            % (R.randint(5, 9), R.randint(0, 999), R.randint(1, 3), R.randint(0, 999), R.randint(5, 30), R.randint(0, 99),
               date_num(), hour(), R.randint(10, 900), R.randint(0, 99)))


def t12():
    return ("Emploi du temps modifié : la %s passe en salle %s le lundi de 10 h à 11 h ; la %s rejoint le CDI le jeudi à "
            "14h30 pour l'atelier IA ; les %s iront en salle informatique le vendredi matin."
            % (ch(CLASSES_SEC), ch(["C12", "B104", "S3", "labo 2"]), ch(CLASSES_SEC), ch(CLASSES_PRIM)))


def t13():
    lines = R.sample(["Prudence avec les données.", "Constance dans les règles.", "Clémence pour les premières erreurs.",
                      "Franchise : on dit quand on a utilisé un outil.", "Patience, tout le monde apprend.",
                      "Espérance raisonnable, pas d'enthousiasme aveugle.", "Aurore d'une nouvelle ère ? Pas si vite.",
                      "Rose ou noir ? Ni l'un ni l'autre : lucide.", "Grâce à l'IA, rien n'est gagné d'avance."], 5)
    return "Nos principes pour l'IA en classe :\n" + "\n".join(lines)


def t14():
    return ("Madame la Proviseure, Monsieur le Proviseur adjoint, Madame la Conseillère principale d'éducation, Mesdames "
            "et Messieurs les professeurs,\n\nLe conseil de la vie lycéenne souhaite être associé à la rédaction de la "
            "charte sur l'IA. Nous proposons une réunion %s.\n\n%s" % (ch(["avant les vacances", "le mois prochain",
                                                                                     "en début de trimestre", "un mercredi après-midi"]),
                                                 ch(["Les élus du CVL", "Le bureau du CVL", "Les délégués lycéens"])))


def t15():
    films = R.sample(["« Her »", "« Ex Machina »", "« 2001, l'Odyssée de l'espace »", "« WALL-E »", "« I, Robot »",
                      "« Blade Runner »", "« Matrix »"], 3)
    return ("Ciné-club du jeudi : après %s et %s, les élèves de seconde ont débattu de %s. En français, lecture de "
            "« Frankenstein » et du « Horla ». Prochaine séance le %s." % (films[0], films[1], films[2], date_fr()))


def t16():
    return ("Notre école applique la pédagogie Freinet en %s et des ateliers Montessori en maternelle. En EMC, le "
            "test de Turing a fait un tabac ; en maths, les élèves ont découvert %s. Aucune IA générative n'est "
            "utilisée avant le %s." % (ch(["cycle 3", "cycle 2", "CM1-CM2"]),
                                       ch(["la loi de Moore", "la suite de Fibonacci", "le théorème de Pythagore",
                                           "le triangle de Pascal"]), ch(["CM2", "collège", "CM1"])))


def t17():
    tools = R.sample(["Pronote", "l'ENT", "Éduconnect", "Capytale", "Vittascience", "Lalilo", "Kahoot!", "Padlet",
                      "Canva", "Quizlet", "Moodle", "Genially"], 6)
    return ("%s, %s, %s, %s, %s, %s : nos élèves jonglent déjà entre dix plateformes. Ajouter une IA par-dessus ? Il "
            "faudrait d'abord simplifier." % tuple([cap(tools[0])] + tools[1:]))


def t18():
    return ("Assistance ENT : ouverte du lundi au vendredi de 8 h à 18 h au %s (appel gratuit). Référence de votre "
            "demande : REQ-%s. Délai moyen de traitement : 48 h."
            % (ch(["0 800 %s %s" % (digits(3), digits(3)), "0 805 %s %s" % (digits(3), digits(3))]), digits(8)))


def t19():
    y = ch([2025, 2026])
    d0 = R.randint(7, 15)
    return ("Calendrier : formation IA le mercredi %d janvier %d (13h30-16h30), conseil pédagogique le %d janvier %d, "
            "vacances d'hiver zone %s du %d au %d février %d." % (R.randint(8, 28), y, R.randint(8, 28), y, ch("ABC"),
                                                                   d0, d0 + 16, y))


def t20():
    return ("Selon l'enquête, %d %% des enseignants du 93, %d %% de ceux du 974 et %d %% dans le 13 déclarent utiliser une "
            "IA au moins une fois par mois. Échantillon : 1 %03d répondants, marge d'erreur ± 2,5 points."
            % (R.randint(40, 70), R.randint(30, 60), R.randint(40, 70), R.randint(0, 999)))


def t21():
    return ("Pour le bac blanc, les sujets 25-PHILGEMLR1 et 25-MATSPEME1 ont été soumis à une IA : elle obtient %d/20 en "
            "philosophie et %d/20 en mathématiques. La session officielle aura lieu le %s."
            % (R.randint(8, 13), R.randint(14, 19), date_fr()))


def t22():
    return ("Le réseau Wi-Fi EDU-ELEVES est coupé après 18 h. Le VPI de la salle %d ne reconnaît plus le stylet ; la borne "
            "n° %d du CDI est hors service. Merci de le signaler sur la plateforme de tickets." % (R.randint(100, 320), R.randint(1, 9)))


def t23():
    return ("Nos %s programment le robot Thymio, les %s ont adopté Nao, le petit humanoïde du labo, qu'ils ont baptisé "
            "« %s ». Personne ne parle encore d'IA générative, et c'est très bien comme ça."
            % (ch(["CE2", "CE1", "CP"]), ch(["CM2", "CM1", "6e"]), ch(["Professeur Boulon", "Capitaine Circuit",
                                                                    "Docteur Rouage"])))


def t24():
    return ("GPT-4o, Llama 3.1 70B, Mistral Large, Gemini 1.5 Pro... les noms changent tous les trois mois. Notre lycée "
            "a choisi un modèle de 7B paramètres hébergé localement sur un serveur à %d %03d €." % (R.randint(1, 4), R.randint(0, 999)))


def t25():
    return ("Ressources : eduscol.education.fr, la page « IA et éducation » du site académique et le parcours « IA pour "
            "les enseignants » sur Magistère. Hashtag du colloque : #%s%d." % (ch(["IAEcole", "IAetEducation", "EduIA"]), ch([2025, 2026])))


def t26():
    cp, city = ch(CITIES)
    return ("Monsieur le Directeur académique,\n\nLes enseignants du %s (%s %s) demandent un moratoire sur l'usage des "
            "assistants d'IA tant qu'aucune garantie n'est donnée sur les données. Réponse attendue avant le %s.\n\n"
            "Les représentants des personnels au CA" % (ch(LYCEES), cp, city, date_fr()))


def t27():
    return ("Lucie, le modèle open source français, Albert pour les agents publics, Claude chez Anthropic, Le Chat chez "
            "Mistral : la souveraineté numérique se joue aussi dans nos classes. Et pendant ce temps, Siri ne comprend "
            "toujours pas l'accent de mes élèves de %s." % ch(["Marseille", "Toulouse", "Lille", "Fort-de-France", "Saint-Denis"]))


def t28():
    return ("Le professeur principal, la CPE, l'infirmière scolaire et l'assistante sociale se sont réunis le %s. La "
            "principale adjointe rappelle que l'IEN et l'IA-IPR doivent être informés de tout projet pédagogique "
            "impliquant une IA." % date_fr())


TRAP = [t01, t02, t03, t04, t05, t06, t07, t08, t09, t10, t11, t12, t13, t14, t15, t16, t17, t18, t19, t20,
        t21, t22, t23, t24, t25, t26, t27, t28]


# ================================================================ NEUTRAL TEMPLATES (no personal data)

def n01():
    parts = [ch(NEU_OPEN)] + R.sample(NEU_ARG, R.randint(2, 4)) + [ch(NEU_CLOSE)]
    return " ".join(p for p in parts if p)


def n02():
    parts = R.sample(NEU_CASUAL, R.randint(3, 5))
    return ch([", ", ". ", " / ", "... "]).join(parts), ch(["lower", "lower_noacc"])


def n03():
    a = R.sample(NEU_ARG, 4)
    return "Points positifs :\n- %s\n- %s\nPoints de vigilance :\n- %s\n- %s" % tuple(a)


def n04():
    a = R.sample(NEU_ARG, 2)
    return ("Compte rendu du conseil pédagogique du %s\n\nPrésents : l'équipe de direction, les coordonnateurs de "
            "discipline, la CPE, le professeur documentaliste.\n\n1. Usages constatés : %s\n2. Propositions : %s\n"
            "3. Suite : un groupe de travail sera constitué ; prochaine réunion le %s à %s."
            % (date_fr(), a[0], a[1], date_fr(), hour()))


def n05():
    c = R.sample(NEU_CASUAL, 2)
    return ("— Vous en pensez quoi, vous, de l'IA en classe ?\n— %s.\n— %s.\n— Bon, on en reparle en salle des profs."
            % (cap(c[0]), cap(c[1])))


def n06():
    return ("Je suis en %s. %s Mais %s" % (ch(["3e", "seconde", "première", "terminale"]),
                                          ch(["Moi j'utilise l'IA pour réviser, surtout en histoire.",
                                              "Je ne l'utilise presque jamais, je préfère demander à mes amis.",
                                              "J'ai déjà utilisé l'IA pour un exposé et le prof l'a vu tout de suite."]),
                                          ch(["je pense qu'il faudrait qu'on nous explique comment ça marche vraiment.",
                                              "franchement ça ne remplace pas un bon cours.",
                                              "on ne sait jamais si c'est vrai ou pas."])))


def n07():
    return ("Parent de deux enfants, je %s %s %s" % (ch(["m'interroge beaucoup.", "suis plutôt confiant.", "suis inquiète."]),
                                                    ch(NEU_ARG), ch(NEU_ARG)))


def n08():
    place = ch(["Ici à La Réunion", "En Guyane", "À Mayotte", "En Guadeloupe", "En Polynésie", "Dans les îles Loyauté"])
    return ("%s, %s %s" % (place, ch(["la question de l'équipement passe avant tout.", "les élèves sont très connectés, "
                                      "mais souvent sur téléphone seulement.", "la connexion reste le premier obstacle."]),
                          ch(NEU_ARG)))


def n09():
    return ("Dans notre établissement à l'étranger, %s %s" % (ch(["les familles sont très demandeuses de repères.",
                                                                "les élèves passent d'une langue à l'autre avec l'IA.",
                                                                "les règles du pays d'accueil s'ajoutent aux nôtres."]),
                                                            ch(NEU_ARG)))


def n10():
    return ("En tant qu'%s, %s" % (ch(["AESH", "AED", "assistante d'éducation", "accompagnant"]),
                                  ch(["je vois surtout l'intérêt pour les élèves dys.", "je n'ai jamais été consultée.",
                                      "je trouve que les élèves se reposent trop sur la machine.",
                                      "j'aimerais être formé comme les enseignants."])))


def n11():
    return ch(["Aucun avis.", "Plutôt favorable.", "Non.", "Pas concerné.", "Oui, mais avec des règles claires.",
               "Ne se prononce pas.", "Contre.", "Trop tôt pour le dire.", "Je ne sais pas.", "Favorable au lycée seulement."])


def n12():
    a = R.sample(NEU_ARG, 3)
    return ("Synthèse des visites de classe (premier trimestre). Constats : %s %s Préconisations : %s"
            % (a[0], a[1], a[2]))


def n13():
    a = R.sample(NEU_ARG, 2)
    return ("Q : Utilisez-vous l'IA dans votre pratique ?\nR : %s\nQ : Quelles craintes ?\nR : %s\nQ : Une suggestion ?\n"
            "R : %s" % (ch(["Oui, chaque semaine.", "Rarement.", "Jamais en classe.", "Uniquement pour préparer."]), a[0], a[1]))


def n14():
    return ("Mes questions : qui paie les licences ? Où sont stockées les données ? Les élèves pourront-ils refuser ? "
            "Qui forme les enseignants ? %s" % ch(NEU_ARG))


def n15():
    return ("Re: sondage IA\n\n%s %s\n\n%s" % (ch(["D'accord avec le message précédent.", "Pas tout à fait d'accord.",
                                                 "Je rejoins ce qui a été dit."]), ch(NEU_ARG), ch(NEU_CLOSE) or "Bonne soirée."))


NEUTRAL = [n01, n02, n03, n04, n05, n06, n07, n08, n09, n10, n11, n12, n13, n14, n15]


# ================================================================ rendering and checks

MARK_RE = re.compile("\u27e6([A-Z]+)\\|(.*?)\u27e7", re.S)
TF = {None: lambda s: s,
      "lower": lambda s: s.lower(),
      "noacc": deaccent,
      "lower_noacc": lambda s: deaccent(s).lower()}
TF_KINDS = ("PERSONNE", "ADRESSE", "EMAIL")


class TemplateBug(Exception):
    pass


def render(marked, tf, tname):
    f = TF[tf]
    parts, ents = [], []
    pos = cur = 0
    for m in MARK_RE.finditer(marked):
        plain = f(marked[pos:m.start()])
        parts.append(plain)
        cur += len(plain)
        kind, val = m.group(1), m.group(2)
        if kind in TF_KINDS:
            val = f(val)
        ents.append({"kind": kind, "text": val, "start": cur})
        parts.append(val)
        cur += len(val)
        pos = m.end()
    parts.append(f(marked[pos:]))
    text = "".join(parts)
    if "\u27e6" in text or "\u27e7" in text:
        raise TemplateBug("%s: stray mark in %r" % (tname, text))
    for e in ents:
        v, s = e["text"], e["start"]
        end = s + len(v)
        if e["kind"] not in KINDS:
            raise TemplateBug("%s: bad kind %s" % (tname, e["kind"]))
        if not v or v != v.strip():
            raise TemplateBug("%s: empty or padded entity %r" % (tname, v))
        if e["kind"] == "PERSONNE" and v.endswith("."):
            raise TemplateBug("%s: trailing dot on person %r" % (tname, v))
        if v[-1] in ",;:":
            raise TemplateBug("%s: trailing punctuation %r" % (tname, v))
        if s > 0 and text[s - 1].isalnum():
            raise TemplateBug("%s: glued before %r in %r" % (tname, v, text))
        if end < len(text) and text[end].isalnum():
            raise TemplateBug("%s: glued after %r in %r" % (tname, v, text))
    return text, ents


def placed_ok(text, ents):
    prev = 0
    for e in ents:
        if text.find(e["text"], prev) != e["start"]:
            return False
        prev = e["start"] + len(e["text"])
    return True


REDRAWS = {"placement": 0, "duplicate": 0}


def draw(tfunc):
    for _ in range(400):
        out = tfunc()
        marked, tf = out if isinstance(out, tuple) else (out, None)
        text, ents = render(marked, tf, tfunc.__name__)
        if placed_ok(text, ents):
            return text, ents
        REDRAWS["placement"] += 1
    raise SystemExit("template %s: no valid draw in 400 tries" % tfunc.__name__)


def main():
    assert len(SURVEY) >= 40 and len(LETTER) >= 45, (len(SURVEY), len(LETTER))
    plan = ([("neutral", NEUTRAL[i % len(NEUTRAL)]) for i in range(60)]
            + [("trap", TRAP[i % len(TRAP)]) for i in range(70)]
            + [("survey", SURVEY[i % len(SURVEY)]) for i in range(130)]
            + [("letter", LETTER[i % len(LETTER)]) for i in range(140)])
    R.shuffle(plan)

    records, seen = [], set()
    for cat, tfunc in plan:
        for _ in range(200):
            text, ents = draw(tfunc)
            if text not in seen:
                break
            REDRAWS["duplicate"] += 1
        else:
            raise SystemExit("template %s: only duplicate texts in 200 tries" % tfunc.__name__)
        seen.add(text)
        if cat in ("neutral", "trap") and ents:
            raise SystemExit("%s (%s) produced entities" % (tfunc.__name__, cat))
        if cat in ("survey", "letter") and not ents:
            raise SystemExit("%s (%s) produced no entity" % (tfunc.__name__, cat))
        records.append((cat, tfunc.__name__, text, ents))

    os.makedirs(os.path.dirname(OUT_PATH), exist_ok=True)
    with open(OUT_PATH, "w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, tname, text, ents) in enumerate(records, 1):
            obj = {"id": "q%03d" % i, "text": text,
                   "entities": [{"kind": e["kind"], "text": e["text"]} for e in ents]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    # ---------------- re-read and re-check everything
    errors = []
    with open(OUT_PATH, encoding="utf-8") as fh:
        raw = fh.read()
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != 400:
        errors.append("expected 400 lines, got %d" % len(lines))
    for i, line in enumerate(lines):
        obj = json.loads(line)
        if obj.get("id") != "q%03d" % (i + 1):
            errors.append("line %d: bad id %r" % (i + 1, obj.get("id")))
        if set(obj) != {"id", "text", "entities"}:
            errors.append("line %d: bad keys %r" % (i + 1, sorted(obj)))
        text = obj["text"]
        if text != records[i][2]:
            errors.append("%s: text differs after re-read" % obj["id"])
        prev = 0
        for j, e in enumerate(obj["entities"]):
            if e.get("kind") not in KINDS:
                errors.append("%s: bad kind %r" % (obj["id"], e.get("kind")))
            idx = text.find(e["text"], prev)
            if idx < 0:
                errors.append("%s: entity %r not found after %d" % (obj["id"], e["text"], prev))
                break
            if idx != records[i][3][j]["start"]:
                errors.append("%s: entity %r found at %d, intended %d"
                              % (obj["id"], e["text"], idx, records[i][3][j]["start"]))
            prev = idx + len(e["text"])
    if errors:
        for e in errors[:50]:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)

    # ---------------- statistics
    per_kind = dict((k, 0) for k in KINDS)
    per_cat = {}
    valid = {"NIR": [0, 0], "IBAN": [0, 0], "UAI": [0, 0]}
    checkers = {"NIR": nir_is_valid, "IBAN": iban_is_valid, "UAI": uai_is_valid}
    for cat, tname, text, ents in records:
        per_cat[cat] = per_cat.get(cat, 0) + 1
        for e in ents:
            per_kind[e["kind"]] += 1
            if e["kind"] in checkers:
                valid[e["kind"]][0] += 1
                if not checkers[e["kind"]](e["text"]):
                    valid[e["kind"]][1] += 1

    print("wrote %s (%d lines)" % (OUT_PATH, len(records)))
    print("categories:", ", ".join("%s=%d" % (k, per_cat.get(k, 0)) for k in ("neutral", "trap", "survey", "letter")))
    print("templates: survey=%d letter=%d trap=%d neutral=%d" % (len(SURVEY), len(LETTER), len(TRAP), len(NEUTRAL)))
    print("entities per kind:")
    for k in KINDS:
        print("  %-10s %d" % (k, per_kind[k]))
    print("  %-10s %d" % ("TOTAL", sum(per_kind.values())))
    tw = tt = 0
    print("wrong check keys (labelled all the same):")
    for k in ("NIR", "IBAN", "UAI"):
        n, w = valid[k]
        tw += w
        tt += n
        print("  %-5s %d / %d wrong = %.1f %%" % (k, w, n, 100.0 * w / n if n else 0.0))
    print("  %-5s %d / %d wrong = %.1f %%" % ("ALL", tw, tt, 100.0 * tw / tt if tt else 0.0))
    print("redraws: placement=%d duplicate=%d" % (REDRAWS["placement"], REDRAWS["duplicate"]))
    print("re-read check: OK (every entity found in order at its intended offset)")


if __name__ == "__main__":
    main()
