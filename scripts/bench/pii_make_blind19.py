#!/usr/bin/env python3
"""BLINDNESS STATEMENT: this generator was written from a written brief only.
Nothing of the project (its masker, code, tests, fixtures, history or any
repository/web search) was opened, read, listed or searched while writing it;
every template, name, street, place, school, domain and phrasing comes from
the author's general knowledge.

Held-out ("blind") evaluation set n°19 for a French personal-data masker.

THEME  « Que pensez-vous de l'usage de l'IA dans les établissements
scolaires ? » -- survey answers and school correspondence written by teachers,
heads, inspectors, parents, pupils, AESH, CPE, librarians, nurses, PsyEN,
secretaries, IT referents, trainers, union reps, AED, ATSEM, DDFPT, retired
teachers..., in mainland France, overseas and French schools abroad, in many
registers (formal, casual, no accents, lowercase, SMS, voice-typed, bullet
lists, | or ; tables, timestamped chats, forwarded e-mails, signatures,
minutes).

MIX  400 JSON lines, ids q001..q400, shuffled deterministically:
  nopii 60 (no personal data), trap 70 (no personal data but look-alikes:
  AI products, brands, schools/streets/squares named after people without a
  house number, postcode+town alone, dates, hours, amounts, classes, law
  references, order/ticket/invoice numbers, SIRET/SIREN, short and toll-free
  numbers, ISBN, book/film titles, works cited by author's name, capitalised
  common words at line starts, roles without names, versions, rooms),
  survey 130 (>= 50 templates), letter 140 (>= 50 templates).
  Line format: {"id", "text", "entities": [{"kind", "text"}, ...]} with the
  entities in text order (each found by text.find(e, end_of_previous)).

KINDS  PERSONNE, ADRESSE, EMAIL, TELEPHONE, NIR, IBAN, UAI.

WRONG-KEY RULES  about 40 % of NIR, IBAN and UAI carry a deliberately wrong
check key and are labelled all the same.
  NIR : sex, YY, MM, département (2A/2B, or 97x + 2-digit commune, or 99 +
        country), commune, order, key = 97 - (n mod 97) on the 13 first
        characters (2A -> 19, 2B -> 18 for the computation); spaced or not.
  IBAN: French, ISO 7064 mod 97-10 (check = 98 - n mod 97), grouped by 4 or
        not; the inner RIB key is always right, only the IBAN check digits
        are made wrong.
  UAI : 7 digits (département on 3, then 4) + letter
        "ABCDEFGHJKLMNPRSTUVWXYZ"[n mod 23].
  Phones in many groupings / separators, +33 and 0033, overseas, foreign.
  E-mails plain and obfuscated (arobase, [at], (at), chez, AT/DOT...).
  Addresses of every shape (bis/ter, lieu-dit, résidence/bât./esc., BP,
  CEDEX, CS, overseas, postcodes with or without space, foreign), one line
  or several.

LABELLING CONVENTIONS
  PERSONNE: titles excluded; an initial after a title is the letter alone;
  first name + surname = one entity; a first name next to a role or class is
  labelled alone; no trailing abbreviation dot; public figures are persons;
  names inside e-mails, schools, streets, places, brands and AI products are
  not persons; separate form fields give two entities; one entity per table
  cell.  EMAIL: whole address, obfuscated forms included.  TELEPHONE: number
  with its international prefix, no label.  NIR/IBAN/UAI: whole identifier
  with inner separators, no label.  ADRESSE: from the first element (number,
  street type, named place or leading complement) to the end of the city
  (CEDEX + number included); without a city it ends with the street or the
  postcode; may span lines; a « chez M. X » / « c/o X » line is not part of
  it; « à Ville » joined to the street is part of it; a foreign address
  includes its country.

SELF-CHECK  templates carry inline marks ⟦KIND|value⟧; rendering removes them
and records each entity's intended offset.  A draw is accepted only if every
entity is found by text.find(entity, end_of_previous) at exactly its intended
offset, has no surrounding spaces, no trailing dot on a PERSONNE and no letter
or digit glued on either side; otherwise it is redrawn (counted).  Duplicate
texts are redrawn (counted).  After writing, the file is re-read and every
entity checked again (find chain, glue, format validators); any failure exits
with an error.  Counts per kind and per category, wrong-key shares (as drawn
and re-measured with validators) and redraw counts are printed.

A single random.Random(SEED) drives everything.  Python 3 standard library.
Usage: python3 pii_make_blind19.py [output_path]
"""
import hashlib
import json
import os
import re
import sys
import unicodedata
import random

SEED = 19042025
R = random.Random(SEED)

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(
    HERE, "..", "..", "Tests", "PrivacyTests", "Fixtures", "pii_blind19.jsonl"))

MIX = [("nopii", 60), ("trap", 70), ("survey", 130), ("letter", 140)]
KINDS = ["PERSONNE", "ADRESSE", "EMAIL", "TELEPHONE", "NIR", "IBAN", "UAI"]
WRONG_SHARE = 0.40
UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

# ---------------------------------------------------------------------------
# name pools (invented from general knowledge)
# ---------------------------------------------------------------------------
NAMES = {
    "fr": dict(
        f=["Camille", "Sophie", "Aurélie", "Céline", "Nathalie", "Claire", "Émilie", "Isabelle",
           "Élodie", "Sandrine", "Hélène", "Brigitte", "Martine", "Anne-Sophie", "Marie-Claude",
           "Véronique", "Gaëlle", "Solène", "Maud", "Ségolène", "Pauline", "Agnès", "Rose",
           "Marine", "Aurore", "Victoire", "Blanche", "Océane", "Mireille", "Josette", "Laëtitia",
           "Bérénice", "Armelle", "Ghislaine", "Capucine", "Clémence"],
        m=["Julien", "Nicolas", "Thomas", "Mathieu", "Olivier", "Sébastien", "Laurent",
           "Guillaume", "Gérard", "Jean-Marc", "Pierre", "Benoît", "Yannick", "Hervé", "Loïc",
           "Didier", "Frédéric", "Arnaud", "Grégoire", "Jean-Baptiste", "Rémi", "Thierry",
           "Gwenaël", "Pascal", "Xavier", "Fabien", "Matthias", "Corentin", "Bertrand", "Alban"],
        s=["Martin", "Bernard", "Dubois", "Durand", "Moreau", "Laurent", "Lefebvre", "Garnier",
           "Faure", "Rousseau", "Guérin", "Muller", "Perrin", "Morel", "Giraud", "Lemaire",
           "Colin", "Vidal", "Caron", "Picard", "Brun", "Gauthier", "Arnaud", "Jacquet",
           "Le Goff", "Le Bihan", "Kerjean", "Abgrall", "Etchegaray", "Irigoyen", "Lacombe",
           "Tessier", "Vasseur", "Delmas", "Barbier", "Humbert", "Rey", "Maréchal", "Collet",
           "Poulain", "Schneider", "Weber", "Hoffmann", "Lambert", "Renaud", "Bourgeois"]),
    "maghreb": dict(
        f=["Nour", "Inès", "Samira", "Meryem", "Lina", "Yasmina", "Fatima-Zahra", "Leïla",
           "Nadia", "Soraya", "Khadija", "Amel"],
        m=["Yacine", "Karim", "Rayan", "Sofiane", "Walid", "Mehdi", "Nabil", "Rachid", "Amine",
           "Bilal", "Hakim", "Youssef"],
        s=["Benali", "Haddad", "Boumediene", "El Idrissi", "Cherkaoui", "Bensaïd", "Amrani",
           "Zeroual", "Aït Ouali", "Belkacem", "Meziane", "Bouazza", "Hamdi", "Ouardi",
           "Tazi", "Benchekroun"]),
    "waf": dict(
        f=["Aminata", "Fatoumata", "Awa", "Mariama", "Kadiatou", "Aïssatou", "Ndeye", "Binta",
           "Rokia", "Oumou"],
        m=["Moussa", "Ousmane", "Mamadou", "Adama", "Ibrahima", "Souleymane", "Cheikh",
           "Boubacar", "Lamine", "Modibo"],
        s=["Diallo", "Traoré", "Koné", "Ndiaye", "Sow", "Cissé", "Ouédraogo", "Keïta", "Diop",
           "Sané", "Camara", "Coulibaly", "Fofana", "Sylla", "Mbaye", "Kouassi", "Yao",
           "Konaté"]),
    "pt": dict(
        f=["Inês", "Beatriz", "Filipa", "Joana", "Mariana", "Catarina"],
        m=["João", "Tiago", "Rui", "Nuno", "Rodrigo", "Duarte"],
        s=["Ferreira", "Rodrigues", "Gonçalves", "Pereira", "Teixeira", "Carvalho", "Sousa",
           "Fernandes", "Azevedo", "Da Silva", "Dos Santos", "Lopes Monteiro"]),
    "vn": dict(
        f=["Thi Lan", "Huong", "Linh", "Mai", "Thu Trang", "Ngoc Anh"],
        m=["Minh", "Quang", "Duc", "Tuan", "Van Long", "Bao"],
        s=["Nguyen", "Tran", "Pham", "Hoang", "Vo", "Dang", "Bui", "Le Van", "Truong", "Dinh"]),
    "tr": dict(
        f=["Elif", "Zeynep", "Ayşe", "Merve", "Büşra", "Esra"],
        m=["Emre", "Mehmet", "Burak", "Yusuf", "Serkan", "Kerem"],
        s=["Yilmaz", "Demir", "Kaya", "Çelik", "Öztürk", "Aydin", "Arslan", "Doğan", "Şahin",
           "Kılıç"]),
    "est": dict(
        f=["Oksana", "Agnieszka", "Ioana", "Katarzyna", "Milena", "Olena", "Zuzana"],
        m=["Piotr", "Andrei", "Dmytro", "Bogdan", "Tomasz", "Vasile", "Marek"],
        s=["Kowalski", "Nowak", "Wiśniewska", "Popescu", "Ionescu", "Petrov", "Horváth",
           "Novák", "Kovalenko", "Shevchenko", "Dumitrescu", "Zielińska"]),
    "antilles": dict(
        f=["Ludivine", "Josiane", "Maëva", "Stéphanie", "Murielle", "Cynthia", "Gladys"],
        m=["Fabrice", "Rudy", "Joël", "Harry", "Teddy", "Ludovic", "Dimitri"],
        s=["Bellance", "Marie-Sainte", "Moutoussamy", "Jean-Gilles", "Sainte-Rose", "Théodose",
           "Céleste", "Dorival", "Clémenté", "Rosemain", "Lubin", "Zébina", "Nérée",
           "Ramassamy"]),
    "reunion": dict(
        f=["Cindy", "Mélissa", "Jessica", "Annabelle", "Sabine", "Vanessa"],
        m=["Jean-Hugues", "Sully", "Ludovic", "Johnny", "Willy", "Jean-Max"],
        s=["Payet", "Hoarau", "Grondin", "Técher", "Maillot", "Nativel", "Lauret", "Babet",
           "Boyer", "Dijoux", "Fontaine", "Rivière", "Sautron", "Ah-Hot", "Mussard"]),
    "poly": dict(
        f=["Hinano", "Vaitiare", "Tehani", "Moana", "Heimiri", "Titaua"],
        m=["Teva", "Manutea", "Heimana", "Tamatea", "Raiarii", "Teiki"],
        s=["Teriierooiterai", "Tehei", "Tetuanui", "Temarii", "Maraetaata", "Tauhiro",
           "Mahinui", "Teriitehau", "Tuheiava"]),
    "comores": dict(
        f=["Zaïnaba", "Faïza", "Mariama", "Zaïnati", "Anrafa", "Echati"],
        m=["Anli", "Nassim", "Chamsidine", "Ibrahim", "Soulaimana", "Ahmed"],
        s=["Saïd", "Ahamada", "Soilihi", "Mohamed Ali", "Abdallah", "Madi", "Ousseni",
           "Attoumani", "Combo", "Youssouf"]),
}
ORIGIN_W = [("fr", 34), ("maghreb", 10), ("waf", 9), ("pt", 6), ("vn", 5), ("tr", 5),
            ("est", 6), ("antilles", 7), ("reunion", 6), ("poly", 4), ("comores", 5)]
COMMON_WORD_SURNAMES = ["Petit", "Blanc", "Boucher", "Berger", "Marchand", "Chevalier",
                        "Fontaine", "Meunier", "Boulanger", "Mercier", "Charpentier", "Legrand",
                        "Lenoir", "Sauvage", "Lamour", "Printemps", "Moulin", "Poisson",
                        "Mouton", "Lapierre", "Loiseau", "Jardin", "Renard", "Pigeon",
                        "Bouvier", "Lion", "Carré", "Juste", "Fleur", "Marteau"]
PARTICLE_SURNAMES = ["de Villeneuve", "du Plessis", "de La Roche-Aymon", "de Kerviler",
                     "d'Abbadie", "de Castelnau", "du Fresne", "de Saint-Aubin",
                     "de Lesquen", "des Roseaux"]
RARE_SURNAMES = ["Quéméner", "Vuillermoz", "Ptak", "Gourdeau", "Esnault", "Trouillard",
                 "Couillaud", "Pelletreau", "Goasdoué", "Taillefer", "Brizard", "Escoffier",
                 "Laffargue", "Poujade", "Castagné", "Barthoulot", "Quintard", "Hascoët",
                 "Pouliquen", "Tardivel", "Jaffrézic", "Berthelémy", "Daguerre", "Cazenave",
                 "Ollivro", "Vercoutère", "Zimmerlin", "Fradet", "Gorgeon", "Lhuillier",
                 "Mahéas", "Rigoulot", "Salomé-Bruck", "Thévenoux", "Uzureau", "Wurtz"]
PUPIL_F = ["Léa", "Manon", "Chloé", "Jade", "Louise", "Lilou", "Maëlys", "Ambre", "Inaya",
           "Nélia", "Lyna", "Romy", "Kenza", "Aya", "Maïssa", "Anaïs", "Zoé", "Éléna", "Naëlle",
           "Sirine", "Assia", "Hawa", "Tiphaine", "Kiara", "Emmy"]
PUPIL_M = ["Kevin", "Enzo", "Lucas", "Noah", "Hugo", "Mattéo", "Kylian", "Timéo", "Nathan",
           "Ilyes", "Rayan", "Mohamed", "Sacha", "Esteban", "Wassim", "Théo", "Jordan",
           "Kaïs", "Bastien", "Yanis", "Ethan", "Amadou", "Loan", "Dylan", "Mathéo"]
PUBLIC = ["Philippe Meirieu", "Stanislas Dehaene", "Cédric Villani", "Yann LeCun",
          "Sam Altman", "Arthur Mensch", "Laurence Devillers", "Luc Julia", "Elon Musk",
          "Najat Vallaud-Belkacem", "Pap Ndiaye", "Jean-Michel Blanquer", "Gabriel Attal",
          "Emmanuel Macron", "Edgar Morin", "Michel Serres", "Serge Tisseron",
          "Geoffrey Hinton", "Demis Hassabis", "Sundar Pichai"]

# ---------------------------------------------------------------------------
# unmarked fillers
# ---------------------------------------------------------------------------
IA = ["ChatGPT", "Claude", "Albert", "Lucie", "Le Chat", "Mistral", "Gemini", "Copilot",
      "Perplexity", "DeepL", "Mistral Large", "Claude 3.5 Sonnet", "GPT-4o", "Gemini 1.5 Pro",
      "Llama 3", "MagicSchool", "Le Chat de Mistral", "Microsoft Copilot"]
MAT = ["français", "maths", "histoire-géo", "SVT", "physique-chimie", "anglais", "espagnol",
       "allemand", "philosophie", "SES", "technologie", "EPS", "arts plastiques",
       "éducation musicale", "NSI", "SNT", "lettres classiques", "STI2D", "éco-gestion"]
CLASSES = ["6e B", "5e2", "4eA", "3e4", "seconde 3", "2nde 7", "1re STMG", "1ère G2",
           "terminale 5", "Tle STI2D", "CM2", "CE1", "CP", "grande section", "petite section",
           "BTS SIO 1", "CAP ECMS", "bac pro MELEC", "ULIS", "SEGPA 4e", "3e prépa-métiers",
           "MS", "CE2-CM1"]
ECOLES = ["collège Jean-Moulin", "lycée Marie-Curie", "école élémentaire Jules-Ferry",
          "collège Aimé-Césaire", "lycée Victor-Schœlcher", "collège Simone-Veil",
          "lycée professionnel Gustave-Eiffel", "école maternelle Louise-Michel",
          "lycée Leconte-de-Lisle", "collège Gerty-Archimède", "lycée Paul-Gauguin",
          "collège Rosa-Parks", "lycée Albert-Camus", "collège Olympe-de-Gouges",
          "lycée Jean-Monnet", "collège Les Tilleuls", "lycée du Bois-Joli",
          "école des Capucines", "collège de la Vallée", "lycée Louis-Massignon",
          "lycée Alexandre-Yersin", "lycée Jean-Mermoz", "collège Françoise-Dolto",
          "lycée Condorcet", "école Paul-Bert", "collège Léopold-Sédar-Senghor",
          "lycée agricole de Kernilien", "collège Marcel-Pagnol", "lycée Émile-Zola",
          "école primaire du Centre", "collège Henri-Matisse", "lycée Georges-Brassens"]
ECOLES_ETR = ["lycée français de Dakar", "lycée Lyautey de Casablanca", "lycée français de Hanoï",
              "Grand Lycée franco-libanais de Beyrouth", "lycée français de Bruxelles",
              "collège international de Montréal", "lycée français de Genève",
              "lycée Blaise-Pascal d'Abidjan", "lycée français de Lisbonne"]
VILLES = ["Brest", "Lyon", "Lille", "Rennes", "Nantes", "Toulouse", "Bordeaux", "Strasbourg",
          "Grenoble", "Limoges", "Poitiers", "Dijon", "Metz", "Amiens", "Rouen", "Caen",
          "Montpellier", "Perpignan", "Pau", "Ajaccio", "Saint-Denis", "Fort-de-France",
          "Cayenne", "Mamoudzou", "Papeete", "Nouméa", "Créteil", "Bobigny", "Cergy",
          "Roubaix", "Quimper", "Angers", "Aurillac", "Colmar", "Gap", "Guéret"]
ROLES = ["le principal", "la principale adjointe", "le proviseur", "la CPE", "le référent numérique",
         "l'inspectrice", "l'IEN de circonscription", "la documentaliste", "le DDFPT",
         "l'infirmière scolaire", "la PsyEN", "la secrétaire de direction", "le gestionnaire",
         "la coordonnatrice ULIS", "le chef de travaux", "la directrice d'école",
         "le délégué syndical", "l'assistante sociale", "le conseiller pédagogique"]
ACADS = ["Lille", "Créteil", "Versailles", "Lyon", "Bordeaux", "Rennes", "Nantes", "Toulouse",
         "La Réunion", "Martinique", "Guadeloupe", "Guyane", "Mayotte", "Normandie",
         "Aix-Marseille", "Nancy-Metz", "Grenoble", "Corse", "Besançon", "Orléans-Tours"]
ENTS = ["Pronote", "l'ENT", "Éduconnect", "Mon Bureau Numérique", "ENT Toutatice", "Ecole Directe",
        "l'ENT Néo", "Moodle", "Elea", "Klassroom", "Beneylu"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]

OPINIONS = [
    "L'IA peut aider à différencier, mais elle ne remplace pas le regard de l'enseignant.",
    "Il faudrait une vraie formation plutôt que des tutoriels bricolés le mercredi après-midi.",
    "Les élèves s'en servent déjà, autant leur apprendre à vérifier les réponses.",
    "Je crains surtout pour l'effort d'écriture : on perd le brouillon, on perd la pensée.",
    "Pour les élèves dys, la synthèse vocale et la reformulation sont une vraie aide.",
    "Rien n'est clair sur la protection des données des mineurs, et ça m'inquiète.",
    "On nous demande d'innover sans matériel : la moitié des ordinateurs ne démarrent pas.",
    "L'outil invente des références, c'est un bon support pour travailler l'esprit critique.",
    "Je l'utilise pour générer des exercices, jamais pour évaluer.",
    "Les devoirs maison n'ont plus grand sens, il faut repenser l'évaluation.",
    "C'est un gain de temps pour les tâches administratives, pas pour la pédagogie.",
    "Il faut une charte commune à l'établissement, sinon chacun fait à sa sauce.",
    "L'énergie consommée par ces modèles devrait aussi faire partie du débat.",
    "Les parents ne savent pas ce que leurs enfants font avec ces outils.",
    "Mieux vaut une IA souveraine et hébergée en France que des services américains.",
    "Je ne suis pas contre, mais pas avant le lycée.",
    "En maternelle, franchement, la question ne se pose pas.",
    "Ça accentue les inégalités entre ceux qui ont un abonnement payant et les autres.",
    "L'IA traduit très bien, c'est précieux pour communiquer avec les familles allophones.",
    "Nous manquons de temps de concertation pour construire des séquences sérieuses.",
    "Les élèves confondent encore moteur de recherche et agent conversationnel.",
    "Un cadre national serait bienvenu, les consignes changent tous les six mois.",
    "La correction automatique des copies me paraît une ligne rouge.",
    "Pour l'orientation, les élèves posent des questions à l'IA plutôt qu'aux PsyEN.",
    "Je préfère les projets où les élèves entraînent eux-mêmes un petit modèle.",
    "Il faut apprendre à rédiger une consigne précise, c'est une compétence en soi.",
    "On parle beaucoup de triche, pas assez d'apprentissage.",
    "Les outils évoluent plus vite que les programmes scolaires.",
    "En voie professionnelle, c'est déjà utilisé dans les entreprises de stage.",
    "J'ai l'impression qu'on teste ces outils sur nos élèves sans évaluation sérieuse.",
]
OPENINGS = ["Bonjour,", "Alors,", "Franchement,", "Pour ma part,", "Honnêtement,", "Bon.",
            "Réponse au questionnaire :", "Mon avis :", "Question difficile.", "Oula...",
            "En tant qu'enseignant,", "Vu du terrain,", "Je vais être bref.", "Hello,"]
CLOSINGS = ["Merci pour ce questionnaire.", "Bon courage pour la synthèse.", "Voilà.",
            "Cordialement.", "À suivre...", "Merci de nous consulter enfin.", "Bonne journée",
            "C'est tout pour moi.", ""]


TPRE = ["", "", "", "", "Info : ", "Rappel : ", "PS : ", "Note de la direction :\n", "Bonjour,\n",
        "Réponse : ", "Pour info, ", "À noter : ", "Commentaire libre : ", "Q12 – ", "> ",
        "Message du CDI : ", "Extrait du compte rendu : ", "[Annonce] ", "NB : ", "Bonsoir,\n"]
TSUF = ["", "", "", "", " Merci.", " Bonne journée.", "\nCordialement", " (fin du message)",
        " À bientôt.", " 👍", "\n-- \nL'équipe de direction", " Voilà.", " Bon week-end à tous.",
        "\nEnvoyé depuis mon téléphone", " Merci de faire suivre.", " Affaire à suivre.",
        " :)", "\nBien à vous", " Merci d'avance."]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


def slug(s, sep=""):
    s = strip_accents(s).lower().replace("ı", "i").replace("ł", "l")
    s = re.sub(r"[^a-z0-9]+", sep, s)
    return s.strip("-_.")


# ---------------------------------------------------------------------------
# identifiers
# ---------------------------------------------------------------------------
def nir_key(body13):
    n = int(body13.replace("2A", "19").replace("2B", "18"))
    return 97 - (n % 97)


def nir_valid(s):
    c = s.replace(" ", "")
    if len(c) != 15 or not re.fullmatch(r"[12]\d{4}(\d{2}|2[AB])\d{8}", c):
        return None
    return nir_key(c[:13]) == int(c[13:])


COUNTRY_CODES = ["350", "352", "351", "341", "139", "208", "243", "326", "397", "122", "114",
                 "131", "205", "401", "155"]


WK = {"NIR": [0, 0], "IBAN": [0, 0], "UAI": [0, 0]}  # accepted [n, wrong]


def draw_wrong(r, kind):
    n, w = WK[kind]
    deficit = WRONG_SHARE * (n + 1) - w
    p = min(0.95, max(0.05, WRONG_SHARE + 0.35 * deficit))
    return r.random() < p


def make_nir(r, ctx):
    wrong = draw_wrong(r, "NIR")
    sex = r.choice("12")
    yy = "%02d" % r.randint(0, 99)
    mm = "%02d" % r.randint(1, 12)
    t = r.random()
    if t < 0.12:
        dep, com = r.choice(["2A", "2B"]), "%03d" % r.randint(1, 366)
    elif t < 0.30:
        dep, com = r.choice(["971", "972", "973", "974", "976"]), "%02d" % r.randint(1, 34)
    elif t < 0.42:
        dep, com = "99", r.choice(COUNTRY_CODES)
    else:
        dep, com = "%02d" % r.choice([x for x in range(1, 96) if x != 20]), "%03d" % r.randint(1, 700)
    order = "%03d" % r.randint(1, 999)
    body = sex + yy + mm + dep + com + order
    key = nir_key(body)
    if wrong:
        key = r.choice([k for k in range(1, 98) if k != key and abs(k - key) <= 9] or [1])
        if key == nir_key(body):
            key = key % 97 + 1
    k = "%02d" % key
    f = r.random()
    if f < 0.6:
        s = " ".join([sex, yy, mm, dep, com, order, k])
    elif f < 0.88:
        s = body + k
    else:
        s = body + " " + k
    ctx.ids.append(("NIR", wrong))
    return s


RIB_MAP = {}
for _i, _grp in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]):
    for _c in _grp:
        RIB_MAP[_c] = str(_i + 1)


def rib_key(bank, guichet, compte):
    c = "".join(RIB_MAP.get(ch, ch) for ch in compte)
    return 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(c)) % 97)


def iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_check(bban):
    return 98 - iban_num(bban + "FR00") % 97


def iban_valid(s):
    c = s.replace(" ", "")
    if not re.fullmatch(r"FR\d{12}[0-9A-Z]{11}\d{2}", c):
        return None, None
    ok = iban_num(c[4:] + c[:4]) % 97 == 1
    rib_ok = rib_key(c[4:9], c[9:14], c[14:25]) == int(c[25:27])
    return ok, rib_ok


BANKS = ["30004", "30003", "20041", "10278", "17515", "18206", "30002", "12506", "14445",
         "10907", "13335", "11315", "16958", "30066", "10096", "12135", "19106", "15135"]


def make_iban(r, ctx):
    wrong = draw_wrong(r, "IBAN")
    bank = r.choice(BANKS)
    guichet = "%05d" % r.randint(0, 99999)
    compte = "".join(str(r.randint(0, 9)) for _ in range(11))
    if bank == "20041" and r.random() < 0.6:
        compte = compte[:7] + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + compte[8:]
    key = "%02d" % rib_key(bank, guichet, compte)
    bban = bank + guichet + compte + key
    chk = iban_check(bban)
    if wrong:
        chk = r.choice([c for c in range(2, 99) if c != chk and abs(c - chk) <= 11])
    full = "FR%02d" % chk + bban
    if r.random() < 0.68:
        s = " ".join(full[i:i + 4] for i in range(0, len(full), 4))
    else:
        s = full
    ctx.ids.append(("IBAN", wrong))
    return s


UAI_DEPS = ["069", "075", "093", "094", "095", "059", "062", "013", "033", "031", "029", "035",
            "044", "067", "971", "972", "973", "974", "976", "620", "720", "038", "063", "087",
            "021", "057", "080", "076", "014", "034", "066", "064", "078", "091", "092"]


def uai_letter(d7):
    return UAI_LETTERS[int(d7) % 23]


def uai_valid(s):
    if not re.fullmatch(r"\d{7}[A-Z]", s):
        return None
    return uai_letter(s[:7]) == s[7]


def make_uai(r, ctx):
    wrong = draw_wrong(r, "UAI")
    d7 = r.choice(UAI_DEPS) + "%04d" % r.randint(1, 2999)
    ltr = uai_letter(d7)
    if wrong:
        ltr = r.choice([c for c in UAI_LETTERS if c != ltr])
    ctx.ids.append(("UAI", wrong))
    return d7 + ltr


# ---------------------------------------------------------------------------
# phones
# ---------------------------------------------------------------------------
def digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def pairs(s):
    return [s[i:i + 2] for i in range(0, len(s), 2)]


def phone_fr(r, mobile=None):
    if mobile is None:
        mobile = r.random() < 0.5
    d = (r.choice(["06", "07"]) if mobile else r.choice(["01", "02", "03", "04", "05", "09"]))
    d += str(r.randint(1, 9)) + digits(r, 7)
    st = r.randrange(11)
    p = pairs(d)
    if st == 0 or st == 1:
        return " ".join(p)
    if st == 2:
        return ".".join(p)
    if st == 3:
        return "-".join(p)
    if st == 4:
        return d
    if st == 5:
        return "+33 " + d[1] + " " + " ".join(pairs(d[2:]))
    if st == 6:
        return "+33" + d[1:]
    if st == 7:
        return "+33 (0)" + d[1] + " " + " ".join(pairs(d[2:]))
    if st == 8:
        return "0033 " + d[1] + " " + " ".join(pairs(d[2:]))
    if st == 9:
        return "+33." + d[1] + "." + ".".join(pairs(d[2:]))
    return d[:2] + " " + d[2:4] + " " + d[4:6] + " " + d[6:]


DOM_PHONES = [("0262", "262"), ("0692", "262"), ("0693", "262"), ("0590", "590"),
              ("0690", "590"), ("0594", "594"), ("0694", "594"), ("0596", "596"),
              ("0696", "596"), ("0269", "262"), ("0639", "262")]


def phone_dom(r):
    t = r.random()
    if t < 0.14:
        d = r.choice(["87", "89", "40"]) + digits(r, 6)
        return r.choice(["+689 " + " ".join(pairs(d)), "(+689) " + ".".join(pairs(d)),
                         " ".join(pairs(d))])
    if t < 0.22:
        d = r.choice(["7", "8", "2"]) + digits(r, 5)
        return r.choice(["+687 " + " ".join(pairs(d)), "+687 " + ".".join(pairs(d))])
    if t < 0.26:
        return "+508 41 " + " ".join(pairs(digits(r, 4)))
    pre, cc = r.choice(DOM_PHONES)
    d = pre + digits(r, 6)
    st = r.randrange(6)
    if st == 0:
        return d[:4] + " " + " ".join(pairs(d[4:]))
    if st == 1:
        return " ".join(pairs(d))
    if st == 2:
        return "+" + cc + " " + d[1:4] + " " + " ".join(pairs(d[4:]))
    if st == 3:
        return d
    if st == 4:
        return ".".join(pairs(d))
    return "00" + cc + " " + d[1:]


def phone_foreign(r):
    t = r.randrange(14)
    if t == 0:
        return "+32 4" + str(r.randint(70, 99)) + " " + " ".join(pairs(digits(r, 6)))
    if t == 1:
        return "+32 (0)2 " + digits(r, 3) + " " + " ".join(pairs(digits(r, 4)))
    if t == 2:
        return "+41 " + r.choice(["22", "21", "79", "78"]) + " " + digits(r, 3) + " " + " ".join(pairs(digits(r, 4)))
    if t == 3:
        return "+212 6 " + " ".join(pairs(digits(r, 8)))
    if t == 4:
        return "00212 5" + r.choice(["22", "37", "24"]) + digits(r, 6)
    if t == 5:
        return "+221 " + r.choice(["77", "76", "78", "70"]) + " " + digits(r, 3) + " " + " ".join(pairs(digits(r, 4)))
    if t == 6:
        return "+225 " + r.choice(["07", "05", "01", "27"]) + " " + " ".join(pairs(digits(r, 8)))
    if t == 7:
        return "+1 (" + r.choice(["514", "438", "418", "613", "819"]) + ") " + digits(r, 3) + "-" + digits(r, 4)
    if t == 8:
        return "+1 " + r.choice(["514", "581", "450"]) + " " + digits(r, 3) + " " + digits(r, 4)
    if t == 9:
        return "+961 " + r.choice(["1", "3", "70", "71"]) + " " + digits(r, 3) + " " + digits(r, 3)
    if t == 10:
        return "+84 " + r.choice(["24", "28", "90", "91"]) + " " + digits(r, 4) + " " + digits(r, 4)
    if t == 11:
        return "+216 " + r.choice(["71", "98", "22"]) + " " + digits(r, 3) + " " + digits(r, 3)
    if t == 12:
        return "+269 3" + digits(r, 2) + " " + " ".join(pairs(digits(r, 4)))
    return "+261 3" + r.choice(["2", "3", "4"]) + " " + digits(r, 2) + " " + digits(r, 3) + " " + digits(r, 2)


def phone_any(r):
    t = r.random()
    if t < 0.68:
        return phone_fr(r)
    if t < 0.86:
        return phone_dom(r)
    return phone_foreign(r)


# ---------------------------------------------------------------------------
# e-mails
# ---------------------------------------------------------------------------
PERSO_DOMAINS = ["gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr", "yahoo.fr",
                 "sfr.fr", "outlook.fr", "wanadoo.fr", "icloud.com", "protonmail.com", "gmx.fr",
                 "live.fr", "aol.com", "bbox.fr", "neuf.fr"]
WORK_DOMAINS = ["ac-lille.fr", "ac-creteil.fr", "ac-lyon.fr", "ac-rennes.fr", "ac-reunion.fr",
                "ac-martinique.fr", "ac-guadeloupe.fr", "ac-guyane.fr", "ac-mayotte.fr",
                "ac-normandie.fr", "ac-aix-marseille.fr", "ac-bordeaux.fr", "ac-toulouse.fr",
                "ac-nantes.fr", "ac-versailles.fr", "ac-grenoble.fr", "ac-corse.fr",
                "college-lestilleuls.fr", "lycee-boisjoli.org", "apel-sainte-anne.org",
                "fcpe-quimper.fr", "sgen-cfdt-bretagne.org", "lfdakar.org", "lfhanoi.edu.vn",
                "aefe-zone-maghreb.org", "lycee-lyautey.ma", "mission-laique-asso.org",
                "educagri-kernilien.fr", "retraites-mgen29.fr"]
FOREIGN_DOMAINS = ["menara.ma", "skynet.be", "bluewin.ch", "orange.sn", "videotron.ca",
                   "sympatico.ca", "mail.pf", "lagoon.nc", "canl.nc", "outlook.be", "topnet.tn"]


def obfuscate(r, local, dom, p=0.3):
    if r.random() > p:
        return local + "@" + dom
    name, tld = dom.rsplit(".", 1)
    st = r.randrange(8)
    if st == 0:
        return local + " arobase " + dom
    if st == 1:
        return local + " [at] " + name + " [dot] " + tld
    if st == 2:
        return local + "(at)" + dom
    if st == 3:
        return local + " chez " + dom
    if st == 4:
        return local + " AT " + name + " DOT " + tld
    if st == 5:
        return local + " (arobase) " + name + " (point) " + tld
    if st == 6:
        return local + "[@]" + name + "[.]" + tld
    return local + " @ " + name + " . " + tld


def email_for(r, p, work=None):
    f, l = slug(p["first"]), slug(p["last"])
    f = f or "x"
    l = l or "y"
    st = r.randrange(8)
    local = [f + "." + l, f[0] + "." + l, f + l, l + "." + f, f + "." + l + str(r.randint(1, 99)),
             f + "_" + l, l + f[0], f + "-" + l + str(r.randint(70, 99))][st]
    if work is None:
        work = r.random() < 0.45
    if work:
        dom = r.choice(WORK_DOMAINS)
    elif r.random() < 0.15:
        dom = r.choice(FOREIGN_DOMAINS)
    else:
        dom = r.choice(PERSO_DOMAINS)
    return obfuscate(r, local, dom)


FUNC_LOCALS = ["secretariat", "vie-scolaire", "cdi", "intendance", "direction", "infirmerie",
               "contact", "ce.ien-nord", "dane", "pole-numerique", "accueil", "orientation"]


def email_func(r):
    return obfuscate(r, r.choice(FUNC_LOCALS), r.choice(WORK_DOMAINS), p=0.2)


# ---------------------------------------------------------------------------
# addresses
# ---------------------------------------------------------------------------
TOWNS = [("69003", "Lyon"), ("13008", "Marseille"), ("59000", "Lille"), ("35000", "Rennes"),
         ("29200", "Brest"), ("44000", "Nantes"), ("31400", "Toulouse"), ("33000", "Bordeaux"),
         ("67000", "Strasbourg"), ("38000", "Grenoble"), ("63000", "Clermont-Ferrand"),
         ("87000", "Limoges"), ("86000", "Poitiers"), ("21000", "Dijon"), ("25000", "Besançon"),
         ("57000", "Metz"), ("54000", "Nancy"), ("51100", "Reims"), ("80000", "Amiens"),
         ("76000", "Rouen"), ("14000", "Caen"), ("37000", "Tours"), ("45000", "Orléans"),
         ("34000", "Montpellier"), ("30000", "Nîmes"), ("66000", "Perpignan"), ("64000", "Pau"),
         ("64100", "Bayonne"), ("20000", "Ajaccio"), ("20200", "Bastia"), ("94000", "Créteil"),
         ("93000", "Bobigny"), ("93200", "Saint-Denis"), ("93300", "Aubervilliers"),
         ("91000", "Évry-Courcouronnes"), ("95000", "Cergy"), ("78000", "Versailles"),
         ("78200", "Mantes-la-Jolie"), ("69100", "Villeurbanne"), ("69200", "Vénissieux"),
         ("59100", "Roubaix"), ("59200", "Tourcoing"), ("29000", "Quimper"), ("56100", "Lorient"),
         ("56000", "Vannes"), ("22000", "Saint-Brieuc"), ("49000", "Angers"), ("72000", "Le Mans"),
         ("53000", "Laval"), ("49300", "Cholet"), ("15000", "Aurillac"), ("12000", "Rodez"),
         ("81000", "Albi"), ("46000", "Cahors"), ("05000", "Gap"), ("04000", "Digne-les-Bains"),
         ("48000", "Mende"), ("23000", "Guéret"), ("19000", "Tulle"), ("52000", "Chaumont"),
         ("88000", "Épinal"), ("68000", "Colmar"), ("68100", "Mulhouse"), ("75011", "Paris"),
         ("75018", "Paris"), ("75005", "Paris"), ("92100", "Boulogne-Billancourt"),
         ("06000", "Nice"), ("83000", "Toulon"), ("84000", "Avignon"), ("17000", "La Rochelle")]
SMALL_TOWNS = [("56800", "Ploërmel"), ("24200", "Sarlat-la-Canéda"), ("12300", "Decazeville"),
               ("46100", "Figeac"), ("23200", "Aubusson"), ("39300", "Champagnole"),
               ("05100", "Briançon"), ("09000", "Foix"), ("29410", "Pleyber-Christ"),
               ("22450", "La Roche-Jaudy"), ("32000", "Auch"), ("43100", "Brioude"),
               ("71250", "Cluny"), ("26110", "Nyons"), ("40200", "Mimizan")]
DOM_TOWNS = [("97412", "Bras-Panon"), ("97430", "Le Tampon"), ("97460", "Saint-Paul"),
             ("97490", "Sainte-Clotilde"), ("97420", "Le Port"), ("97410", "Saint-Pierre"),
             ("97139", "Les Abymes"), ("97110", "Pointe-à-Pitre"), ("97122", "Baie-Mahault"),
             ("97200", "Fort-de-France"), ("97232", "Le Lamentin"), ("97300", "Cayenne"),
             ("97310", "Kourou"), ("97320", "Saint-Laurent-du-Maroni"), ("97600", "Mamoudzou"),
             ("97615", "Pamandzi"), ("98714", "Papeete"), ("98718", "Punaauia"),
             ("98800", "Nouméa"), ("97500", "Saint-Pierre"), ("97133", "Saint-Barthélemy"),
             ("97150", "Saint-Martin"), ("97400", "Saint-Denis")]
STREET_TYPES = ["rue", "rue", "rue", "avenue", "boulevard", "impasse", "allée", "chemin",
                "place", "route", "quai", "cours", "square", "passage", "Rue", "Avenue", "bd",
                "av.", "Bd", "Allée", "Chemin", "sentier", "voie"]
STREET_NAMES = ["des Lilas", "du Moulin", "de la Gare", "des Écoles", "Jean-Jaurès", "Victor-Hugo",
                "du Général-Leclerc", "des Acacias", "de la République", "Pasteur",
                "du Château-d'Eau", "des Tanneurs", "de la Paix", "Saint-Exupéry", "du Stade",
                "de Verdun", "Émile-Zola", "des Mésanges", "de Kerlann", "du Vieux-Port",
                "de Bretagne", "des Vignes", "Lamartine", "des Frères-Lumière", "du 8-Mai-1945",
                "des Coquelicots", "de la Fontaine-aux-Loups", "du Pont-Neuf", "des Peupliers",
                "de l'Abbaye", "des Cordeliers", "Paul-Vaillant-Couturier", "de la Liberté",
                "du Maréchal-Foch", "des Glycines", "de Strasbourg", "Gambetta", "des Hirondelles"]
DOM_STREETS = ["des Flamboyants", "des Manguiers", "des Hibiscus", "du Général-de-Gaulle",
               "Schœlcher", "des Filaos", "des Badamiers", "de la Ravine Blanche",
               "des Bougainvilliers", "des Goyaviers", "des Alamandas", "des Letchis"]
RESIDENCES = ["Les Mimosas", "Le Clos des Vignes", "Les Jardins de l'Europe", "Le Parc Fleuri",
              "Les Terrasses du Lac", "Les Hauts de Sainte-Anne", "Le Belvédère", "Les Camélias",
              "Plein Sud", "Les Alizés", "Le Ponant"]
LIEUDITS = ["Lieu-dit Kerhuel", "Lieu-dit La Boissière", "Le Bourg", "Hameau des Granges",
            "Lieu-dit Les Combes", "Mas de la Garrigue", "Ferme du Petit-Bois", "La Métairie Neuve",
            "Lieu-dit Coat Menez", "Domaine de Peyrelongue"]


def cp_fmt(r, cp):
    if r.random() < 0.12 and cp[:2] not in ("97", "98"):
        return cp[:2] + " " + cp[2:]
    return cp


def house_no(r):
    n = str(r.randint(1, 248))
    t = r.random()
    if t < 0.10:
        return n + " bis"
    if t < 0.15:
        return n + " ter"
    if t < 0.19:
        return n + "bis"
    if t < 0.23:
        return n + r.choice(["B", "A"])
    if t < 0.26:
        return n + "-" + str(int(n) + 2)
    return n


def street(r, dom=False):
    nm = r.choice(DOM_STREETS if dom else STREET_NAMES)
    ty = r.choice(STREET_TYPES)
    sep = ", " if r.random() < 0.15 else " "
    return house_no(r) + sep + ty + " " + nm


def town(r, cp, tw):
    if r.random() < 0.2:
        tw = tw.upper()
    return cp_fmt(r, cp) + " " + tw


def addr_fr(r, multi=None):
    if multi is None:
        multi = r.random() < 0.3
    joiner = "\n" if multi else r.choice([", ", ", ", " - ", " "])
    cp, tw = r.choice(TOWNS)
    t = r.random()
    if t < 0.45:
        parts = [street(r), town(r, cp, tw)]
    elif t < 0.58:
        parts = ["Résidence " + r.choice(RESIDENCES) + ", bât. " + r.choice("ABCDEF")
                 + ", esc. " + str(r.randint(1, 4)), street(r), town(r, cp, tw)]
    elif t < 0.68:
        parts = [r.choice(["Appartement ", "Appt ", "Apt. "]) + str(r.randint(1, 80))
                 + r.choice(["", ", " + str(r.randint(1, 9)) + "e étage"]), street(r),
                 town(r, cp, tw)]
    elif t < 0.78:
        cp, tw = r.choice(SMALL_TOWNS)
        parts = [r.choice(LIEUDITS), town(r, cp, tw)]
    elif t < 0.86:
        parts = [street(r), "BP " + str(r.randint(10, 999)), cp_fmt(r, cp) + " " + tw + " CEDEX"]
    elif t < 0.93:
        parts = [street(r), "CS " + str(r.randint(10000, 99999)),
                 cp[:2] + str(r.randint(7, 9)) + "%02d" % r.randint(0, 99) + " " + tw + " "
                 + r.choice(["Cedex", "CEDEX"]) + " " + str(r.randint(1, 9))]
    else:
        parts = [street(r), r.choice(["Bâtiment ", "Bât. "]) + r.choice("ABCDE") + ", porte "
                 + str(r.randint(1, 30)), town(r, cp, tw)]
    return joiner.join(parts)


def addr_dom(r, multi=None):
    if multi is None:
        multi = r.random() < 0.25
    joiner = "\n" if multi else ", "
    cp, tw = r.choice(DOM_TOWNS)
    t = r.randrange(7)
    if cp.startswith("987") or cp in ("98714", "98718"):
        parts = ["Lotissement " + r.choice(["Tepapa", "Miri", "Erima", "Ahonu"]),
                 "PK " + str(r.randint(2, 30)) + r.choice([",5", ""]) + " côté "
                 + r.choice(["mer", "montagne"]), cp + " " + tw]
    elif cp == "98800":
        parts = [street(r, True), r.choice(["Baie des Citrons", "Magenta", "Vallée du Tir", "Ouémo"]),
                 cp + " " + tw]
    elif t == 0:
        parts = ["Résidence " + r.choice(RESIDENCES) + ", appt " + str(r.randint(1, 60)),
                 street(r, True), cp + " " + tw]
    elif t == 1:
        parts = ["Quartier " + r.choice(["Bois-Rouge", "Trénelle", "Cité Mirza", "Kawéni",
                                          "Bellepierre", "Sainte-Thérèse", "Terre-Rouge"]),
                 street(r, True), cp + " " + tw]
    elif t == 2:
        parts = ["Lotissement " + r.choice(["Bellevue", "Les Orchidées", "Caféière", "Moulin à Vent"])
                 + ", lot " + str(r.randint(1, 120)), cp + " " + tw]
    elif t == 3:
        parts = ["Cité " + r.choice(["Césaire", "Massabielle", "Eau Lisette", "Bonhomme"])
                 + ", bât. " + r.choice("ABCDEFG"), cp + " " + tw]
    elif t == 4:
        parts = ["BP " + str(r.randint(100, 9999)), cp + " " + tw + " CEDEX"]
    else:
        parts = [street(r, True), cp + " " + tw]
    return joiner.join(parts)


def addr_foreign(r, multi=None):
    if multi is None:
        multi = r.random() < 0.25
    j = "\n" if multi else ", "
    t = r.randrange(13)
    n = str(r.randint(1, 180))
    if t == 0:
        cp, c = r.choice([("1050", "Ixelles"), ("1180", "Uccle"), ("4000", "Liège"),
                          ("5000", "Namur"), ("7000", "Mons"), ("1000", "Bruxelles")])
        st = r.choice(["Rue de la Station", "Avenue Brugmann", "Chaussée de Waterloo",
                       "Rue Haute", "Avenue des Saisons"])
        return j.join([st + " " + n + r.choice(["", "/3", " bte 2"]), cp + " " + c, "Belgique"])
    if t == 1:
        cp, c = r.choice([("1204", "Genève"), ("1003", "Lausanne"), ("2000", "Neuchâtel"),
                          ("1218", "Le Grand-Saconnex"), ("1700", "Fribourg")])
        st = r.choice(["Rue du Rhône", "Chemin des Crêts", "Avenue de la Gare", "Route de Chêne"])
        return j.join([st + " " + n, cp + " " + c, "Suisse"])
    if t == 2:
        cp, c = r.choice([("20100", "Casablanca"), ("10090", "Rabat"), ("40000", "Marrakech"),
                          ("90000", "Tanger")])
        st = r.choice(["rue Ibn Batouta", "boulevard Zerktouni", "rue Moulay Youssef",
                       "avenue Mohammed V", "rue Al Farabi"])
        q = r.choice(["Maârif", "Agdal", "Guéliz", "Gauthier", "Hay Riad"])
        return j.join([n + ", " + st, "quartier " + q, cp + " " + c, "Maroc"])
    if t == 3:
        return j.join([r.choice(["Villa n° ", "Villa "]) + n + ", " + r.choice(
            ["Sicap Liberté 6", "Cité Keur Gorgui", "Mermoz Pyrotechnie", "Ouakam Cité Asecna"]),
            "Dakar", "Sénégal"])
    if t == 4:
        c, prov, pc = r.choice([("Montréal", "Québec", "H2J 2L2"), ("Québec", "Québec", "G1R 4P5"),
                                ("Gatineau", "Québec", "J8X 3X7"), ("Ottawa", "Ontario", "K1N 6N5")])
        st = r.choice(["rue Saint-Denis", "avenue du Mont-Royal Est", "rue Saint-Jean",
                       "boulevard René-Lévesque", "rue Laurier"])
        return j.join([n + r.choice(["", "0"]) + ", " + st, c + " (" + prov + ") " + pc, "Canada"])
    if t == 5:
        return j.join(["Immeuble " + r.choice(["Khoury", "Haddad", "Sursock Center", "Al Nour"]) + ", "
                       + str(r.randint(1, 9)) + "e étage", "rue " + r.choice(["Abdel Aziz", "Gouraud", "Monot", "de Damas"]),
                       r.choice(["Achrafieh", "Hamra", "Badaro", "Gemmayzé"]), "Beyrouth", "Liban"])
    if t == 6:
        if r.random() < 0.5:
            return j.join([n + " phố Hàng Bài", "quận Hoàn Kiếm", "Hanoï", "Vietnam"])
        return j.join([n + " đường Nguyễn Du", "Quận 1", "Hô-Chi-Minh-Ville", "Vietnam"])
    if t == 7:
        return j.join(["Cocody Riviera " + str(r.randint(2, 4)) + ", lot " + n,
                       "08 BP " + str(r.randint(100, 3999)) + " Abidjan 08", "Côte d'Ivoire"])
    if t == 8:
        return j.join([n + " rue de Marseille", "1000 Tunis", "Tunisie"])
    if t == 9:
        return j.join(["Calle de Serrano " + n, "28006 Madrid", "Espagne"])
    if t == 10:
        return j.join(["Lindenstraße " + n, "10969 Berlin", "Allemagne"])
    if t == 11:
        return j.join([n + ", rue de Hollerich", "L-1741 Luxembourg", "Luxembourg"])
    return j.join([n + " Rua de São Bento", "1200-820 Lisboa", "Portugal"])


def addr_street_only(r):
    return street(r)


def addr_a_ville(r):
    cp, tw = r.choice(TOWNS + DOM_TOWNS)
    return street(r, dom=cp.startswith("97")) + " à " + tw


def addr_any(r, multi=None):
    t = r.random()
    if t < 0.62:
        return addr_fr(r, multi)
    if t < 0.82:
        return addr_dom(r, multi)
    return addr_foreign(r, multi)


# ---------------------------------------------------------------------------
# persons
# ---------------------------------------------------------------------------
def pick_origin(r):
    tot = sum(w for _, w in ORIGIN_W)
    x = r.uniform(0, tot)
    for o, w in ORIGIN_W:
        x -= w
        if x <= 0:
            return o
    return "fr"


def new_person(r, pupil=False, g=None):
    o = pick_origin(r)
    if g is None:
        g = r.choice("fm")
    pool = NAMES[o]
    if pupil and r.random() < 0.85:
        first = r.choice(PUPIL_F if g == "f" else PUPIL_M)
    else:
        first = r.choice(pool[g])
    last = r.choice(pool["s"])
    t = r.random()
    if o == "fr" and t < 0.22:
        last = r.choice(COMMON_WORD_SURNAMES)
    elif o == "fr" and t < 0.32:
        last = r.choice(PARTICLE_SURNAMES)
    elif t < 0.42:
        last2 = r.choice(pool["s"] + COMMON_WORD_SURNAMES[:6])
        if last2 != last and not re.search(r"[ '-]", last + last2):
            last = last + "-" + last2
    return {"first": first, "last": last, "g": g, "origin": o}


def initial_of(p):
    for ch in p["last"]:
        if ch.isupper():
            return ch
    return p["last"][0].upper()


def civ(r, p):
    if p["g"] == "f":
        return r.choice(["Mme", "Mme", "Madame", "Mme"])
    return r.choice(["M.", "M.", "Monsieur", "M."])


def M(kind, val):
    return "⟦" + kind + "|" + val + "⟧"


class Ctx:
    def __init__(self, r):
        self.r = r
        self.persons = {}
        self.ids = []

    def person(self, tag, pupil=False):
        g = tag[0] if tag and len(tag) >= 2 and tag[0] in "fm" else None
        if tag is None:
            return new_person(self.r, pupil, g)
        if tag not in self.persons:
            self.persons[tag] = new_person(self.r, pupil, g)
        return self.persons[tag]


def lower_noacc(s):
    return strip_accents(s).lower()


def date_fr(r):
    d = r.randint(1, 28)
    m = r.randint(1, 12)
    y = r.choice([2024, 2025, 2026])
    st = r.randrange(4)
    if st == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if st == 1:
        return "%d %s %d" % (d, MOIS[m - 1], y)
    if st == 2:
        return "%d %s" % (d, MOIS[m - 1])
    return "%d-%02d-%02d" % (y, m, d)


def heure(r):
    h = r.randint(7, 19)
    mi = r.choice([0, 15, 30, 45, 5, 10])
    return r.choice(["%dh%02d" % (h, mi), "%d h %02d" % (h, mi), "%02d:%02d" % (h, mi), "%dh" % h])


def montant(r):
    v = r.randint(3, 4800)
    c = r.choice([0, 50, 90, 25])
    return r.choice(["%d,%02d €" % (v, c), "%d €" % v, "%d euros" % v, "€%d" % v])


def siret(r):
    s = digits(r, 14)
    return s[:3] + " " + s[3:6] + " " + s[6:9] + " " + s[9:]


def isbn(r):
    return "978-2-" + str(r.randint(10, 99)) + "-" + digits(r, 6) + "-" + str(r.randint(0, 9))


# ---------------------------------------------------------------------------
# slot filler
# ---------------------------------------------------------------------------
SLOT_RE = re.compile(r"\{([A-Z][A-Z0-9_]*)(?::([a-z0-9]+))?\}")


def fill_slot(ctx, name, tag):
    r = ctx.r
    if name in ("PF", "PP", "PN", "PI", "PL", "PU", "PNU", "PFL", "CIV", "MAIL", "MAILW",
                "MAILP", "PLF", "PPN"):
        p = ctx.person(tag)
        if name == "PF":
            return M("PERSONNE", p["first"] + " " + p["last"])
        if name == "PFL":  # lowercase no accents
            return M("PERSONNE", lower_noacc(p["first"] + " " + p["last"]))
        if name == "PLF":  # surname first
            return M("PERSONNE", p["last"] + " " + p["first"])
        if name == "PP":
            return M("PERSONNE", p["first"])
        if name == "PPN":
            return M("PERSONNE", lower_noacc(p["first"]))
        if name == "PN":
            return M("PERSONNE", p["last"])
        if name == "PI":
            return M("PERSONNE", initial_of(p))
        if name == "PL":
            return M("PERSONNE", (p["first"] + " " + p["last"]).lower())
        if name == "PU":
            return M("PERSONNE", p["last"].upper() + " " + p["first"])
        if name == "PNU":
            return M("PERSONNE", p["last"].upper())
        if name == "CIV":
            return civ(r, p)
        if name == "MAIL":
            return M("EMAIL", email_for(r, p))
        if name == "MAILW":
            return M("EMAIL", email_for(r, p, work=True))
        if name == "MAILP":
            return M("EMAIL", email_for(r, p, work=False))
    if name in ("EF", "EP", "EFL"):
        p = ctx.person(tag, pupil=True)
        if name == "EP":
            return M("PERSONNE", p["first"])
        if name == "EFL":
            return M("PERSONNE", lower_noacc(p["first"] + " " + p["last"]))
        return M("PERSONNE", p["first"] + " " + p["last"])
    if name == "PR":
        return M("PERSONNE", r.choice(RARE_SURNAMES))
    if name == "PUB":
        return M("PERSONNE", r.choice(PUBLIC))
    if name == "MAILF":
        return M("EMAIL", email_func(r))
    if name == "TEL":
        return M("TELEPHONE", phone_any(r))
    if name == "TELM":
        return M("TELEPHONE", phone_fr(r, mobile=True))
    if name == "TELF":
        return M("TELEPHONE", phone_fr(r))
    if name == "TELD":
        return M("TELEPHONE", phone_dom(r))
    if name == "TELX":
        return M("TELEPHONE", phone_foreign(r))
    if name == "ADR":
        return M("ADRESSE", addr_any(r, multi=False))
    if name == "ADRM":
        return M("ADRESSE", addr_any(r, multi=True))
    if name == "ADRFR":
        return M("ADRESSE", addr_fr(r))
    if name == "ADRD":
        return M("ADRESSE", addr_dom(r))
    if name == "ADRX":
        return M("ADRESSE", addr_foreign(r))
    if name == "ADRS":
        return M("ADRESSE", addr_street_only(r))
    if name == "ADRV":
        return M("ADRESSE", addr_a_ville(r))
    if name == "NIR":
        return M("NIR", make_nir(r, ctx))
    if name == "IBAN":
        return M("IBAN", make_iban(r, ctx))
    if name == "UAI":
        return M("UAI", make_uai(r, ctx))
    # ---- unmarked fillers
    if name == "TPRE":
        return r.choice(TPRE)
    if name == "TSUF":
        return r.choice(TSUF)
    if name == "OPI":
        return r.choice(OPINIONS)
    if name == "OPIC":  # continuation after an opening ending with a comma
        o = r.choice(OPINIONS)
        return o[0].lower() + o[1:]
    if name == "OPIL":
        return lower_noacc(r.choice(OPINIONS))
    if name == "OPEN":
        return r.choice(OPENINGS)
    if name == "CLOSE":
        return r.choice(CLOSINGS)
    if name == "IA":
        return r.choice(IA)
    if name == "MAT":
        return r.choice(MAT)
    if name == "CLASSE":
        return r.choice(CLASSES)
    if name == "ECOLE":
        return r.choice(ECOLES)
    if name == "ECOLEX":
        return r.choice(ECOLES_ETR)
    if name == "VILLE":
        return r.choice(VILLES)
    if name == "CPV":
        cp, tw = r.choice(TOWNS + DOM_TOWNS)
        return cp + " " + tw
    if name == "DATE":
        return date_fr(r)
    if name == "HEURE":
        return heure(r)
    if name == "ROLE":
        return r.choice(ROLES)
    if name == "ACAD":
        return r.choice(ACADS)
    if name == "ENT":
        return r.choice(ENTS)
    if name == "N":
        return str(r.randint(2, 35))
    if name == "AGE":
        return str(r.randint(3, 38))
    if name == "SALLE":
        return r.choice(["B214", "salle 12", "A003", "C1-07", "salle polyvalente", "CDI", "E105"])
    if name == "MONTANT":
        return montant(r)
    if name == "SIRET":
        return siret(r)
    if name == "ISBN":
        return isbn(r)
    if name == "CMD":
        return r.choice(["CMD-", "BC", "n° ", "PO-"]) + str(r.randint(2024, 2026)) + "-" + digits(r, 5)
    if name == "TICKET":
        return r.choice(["#", "INC", "GLPI-", "REQ"]) + digits(r, r.randint(5, 7))
    if name == "VERSION":
        return r.choice(["2024.3.2", "v2.1.7", "5.4", "2025.1", "17.0.3", "1.12b", "4.0"])
    raise KeyError(name)


def fill(ctx, tpl):
    return SLOT_RE.sub(lambda m: fill_slot(ctx, m.group(1), m.group(2)), tpl)


MARK_RE = re.compile(r"⟦([A-Z]+)\|(.*?)⟧", re.S)


def render(marked):
    out, ents, pos, length = [], [], 0, 0
    for m in MARK_RE.finditer(marked):
        pre = marked[pos:m.start()]
        out.append(pre)
        length += len(pre)
        ents.append({"kind": m.group(1), "text": m.group(2), "start": length})
        out.append(m.group(2))
        length += len(m.group(2))
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), ents


def check_entities(text, ents, offsets=True):
    prev = 0
    for e in ents:
        t = e["text"]
        if e["kind"] not in KINDS:
            return "kind"
        if not t or t != t.strip():
            return "space"
        i = text.find(t, prev)
        if i < 0:
            return "notfound"
        if offsets and i != e["start"]:
            return "offset"
        if e["kind"] == "PERSONNE" and t.endswith("."):
            return "dot"
        j = i + len(t)
        if i > 0 and text[i - 1].isalnum():
            return "glue-left"
        if j < len(text) and text[j].isalnum():
            return "glue-right"
        prev = j
    return None


# ---------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------
from_templates = {}  # filled below

SURVEY = [
    "Franchement je trouve ça utile pour préparer les cours. Ma collègue {PF:fa}, prof de {MAT}, l'utilise avec ses {CLASSE} et ça marche plutôt bien. {OPI}",
    "Au dernier conseil pédagogique, {CIV:a} {PI:a}. a proposé une charte IA. On attend toujours le texte. {OPI}",
    "mon élève {EP:a} a rendu une rédaction entièrement écrite par {IA}, mot pour mot. je l'ai vu tout de suite, le style était trop lisse. {OPIL}",
    "{OPEN} Mme {PR} (documentaliste) a monté un atelier « esprit critique et IA » au CDI : excellent, à généraliser.",
    "Je suis AESH et j'accompagne {EP:a} en {CLASSE}. La dictée vocale l'aide énormément pour écrire. Si vous voulez en parler : {TELM}.",
    "En tant que parente d'élève, je veux être informée de ce qui est utilisé en classe. Contactez-moi : {MAILP:a} ({PF:a}, parent en {CLASSE})",
    "prof de philo depuis {AGE} ans. l'IA ne pense pas, elle prédit des mots. point. — {PFL:a}",
    "slt c {PPN:a} en {CLASSE}, jtrouve que chatgpt c pratik pr réviser mais la prof de francais {CIV:fb} {PN:fb} elle veut pa qu'on lutilise",
    "bonjour virgule je m'appelle {PL:fa} et je suis infirmière scolaire point à la ligne je pense que l'IA ne doit pas remplacer l'écoute des élèves point",
    "CPE au {ECOLE}. Avec {PP:a} (AED), on a repéré des élèves qui demandent des conseils personnels à un chatbot la nuit. {OPI}",
    "Notre principal, {CIV:a} {PN:a}, a interdit tout usage en classe sans concertation. Résultat : ça se fait en cachette.",
    "{OPI} Je cite souvent {PUB} en réunion, mais personne ne lit les rapports.",
    "J'ai testé {IA} avec ma classe de {CLASSE}. {EP:a} et {EP:b} ont trouvé trois erreurs factuelles en dix minutes. Très formateur !",
    "Réponse de {PF:a}, PsyEN, CIO de {VILLE} : les élèves me citent {IA} pour leurs vœux Parcoursup. {OPI}",
    "moi je suis ATSEM, on me demande pas mon avis d'habitude. la maîtresse, {PPN:fa}, s'en sert pour les mots aux familles. ça va plus vite. {OPIL}",
    "Retraité de l'enseignement ({MAT}), je suis inquiet. Mon petit-fils {EP:ma} fait tous ses devoirs avec son téléphone.",
    "Pour le collège de ma fille {EP:fa}, j'aurais aimé une réunion d'information. Si l'équipe veut un parent référent : {PF:b}, {TEL}.",
    "Référent numérique ici. Les demandes passent par moi : {MAILW:ma}. {OPI} — {PF:ma}",
    "{OPI} Mon collègue {PP:ma}, en {MAT}, n'est pas d'accord avec moi et c'est très bien.",
    "Mme {PR} et M. {PR} ont animé la formation de bassin : clair, concret, sans jargon. Bravo à eux.",
    "Le souci c'est les familles. La maman de {EP:ma} m'a appelé fâchée parce que {IA} avait « corrigé » le devoir de son fils avec des fautes.",
    "DDFPT en lycée pro. En bac pro, nos tuteurs en entreprise utilisent déjà ces outils. {CIV:a} {PN:a}, de l'entreprise partenaire, est prêt à venir en parler.",
    "je suis en terminale et franchement tout le monde l'utilise. même {EFL:a}... pardon je voulais pas citer de nom",
    "L'inspectrice, {CIV:fa} {PF:fa}, nous a présenté Albert et Le Chat en animation pédagogique. {OPI}",
    "{OPEN} Mon fils {EP:ma} est en {CLASSE} au {ECOLEX}. Là-bas, l'IA est déjà au programme. On peut me joindre au {TELX}.",
    "Enseignant à {VILLE}, je pense que {OPIL} Mais ma collègue {PF:fa} vous dira le contraire.",
    "A mon avis il faut former les profs d'abord. Pendant le stage, le formateur {PP:ma} nous a dit de ne jamais mettre de nom d'élève dans un prompt. Logique.",
    "Je suis délégué syndical ({PF:ma}, {MAILW:ma}). Notre position : pas d'outil imposé sans accord du CHSCT. {OPI}",
    "Secrétaire de direction : l'IA m'aide à rédiger les courriers types. Par contre je n'y mets jamais les adresses des familles, genre {ADRFR}. C'est la règle.",
    "C'est compliqué ici en {ACAD}. Le réseau tombe, la tablette de {EP:a} ne marche pas. Avant l'IA, il faudrait la fibre. {OPI}",
    "J'ai été prof {AGE} ans à {VILLE}. Je me souviens de {PUB} qui disait déjà que l'école devait s'adapter. Aujourd'hui je reste prudent.",
    "{OPI} En classe ULIS, {EP:a} utilise un lecteur vocal. C'est une aide technique, pas un tricheur. Mme {PR}, coordonnatrice.",
    "Parent à Mamoudzou. Mes enfants {EP:a} et {EP:b} n'ont pas d'ordinateur à la maison. L'IA à l'école, d'accord, mais pour tous. {PF:c}",
    "Les élèves de {CLASSE} m'ont demandé si {IA} était une vraie personne. {EP:ma} était persuadé qu'elle avait des sentiments !",
    "m. {PI:a} (techno) l'utilise pour corriger les fiches, moi non. {OPIL}",
    "bibliothécaire / prof doc : on a fait un escape game sur les fake news générées par IA. Merci à {PF:a} pour les scénarios !",
    "{OPI}\n\n{PU:a}\nEnseignement : {MAT}",
    "En Polynésie on a d'autres priorités. Mais {PP:a}, collègue de {MAT} à Punaauia, a fait un super projet de traduction en reo tahiti. {OPI}",
    "Je partage l'avis de {PUB}. {OPI} Cordialement, {PF:a}.",
    "AED au collège, je vois les élèves en permanence. {EP:ma} m'a montré comment il faisait faire ses exos par {IA} en deux secondes. Ça fait peur.",
    "Inspecteur (IEN) : je note une grande hétérogénéité. Dans la circonscription, seule l'école de Mme {PN:fa} a un projet structuré.",
    "La vraie question c'est la confidentialité. Ma collègue a mis les notes de {EF:a} dans un chatbot pour écrire l'appréciation !! {OPI}",
    "Réunion d'équipe ce midi : {PP:a} (maths), {PP:b} (anglais) et {PP:c} (EPS) sont pour, moi je suis contre. {OPI}",
    "{OPEN} je m'appelle {PFL:fa}, maman de {EP:b} en {CLASSE}. je suis pas contre mais faut des règles. mon numero si besoin {TEL}",
    "Le proviseur adjoint {CIV:a} {PN:a} a envoyé un sondage sur {ENT}. On a eu deux jours pour répondre. Pas sérieux. {OPI}",
    "Prof stagiaire : mon tuteur, {PF:ma}, m'a conseillé de construire mes séquences sans IA la première année. Je trouve ça sage.",
    "Antillais et prof de créole. {OPI} J'en ai parlé avec {PF:a} du rectorat de Martinique, qui suit le dossier.",
    "Pour info, un collectif de parents s'est créé : écrivez à {MAIL:a} ou passez au {ADRV} le mercredi. {OPI}",
    "élève de 3e. jsuis d'accord avec la prof {PN:a} : l'ia ca aide mais faut comprendre sinon au brevet on est mort",
    "Directrice d'école à {VILLE}, 6 classes. {OPI} Mes adjoints {PP:a} et {PP:b} testent un outil de lecture. — {PF:fc}",
    "Je suis {PF:fa}, formatrice à l'INSPÉ. Mes étudiants produisent des plans de cours avec {IA}. {OPI}",
    "{OPI} (Réponse envoyée par {PU:a}, AESH, via le formulaire.)",
    "Prof au {ECOLEX}. Ici les familles attendent beaucoup du numérique. Mon contact pro : {MAILW:a} / {TELX}.",
    "Dans ma classe de {CLASSE}, {EP:a} a demandé à l'IA d'écrire une lettre d'excuse à {EP:b}. On en a parlé en vie de classe. {OPI}",
    "Je ne réponds pas au nom du lycée mais en mon nom propre ({PF:a}). {OPI} {CLOSE}",
    "{OPEN} notre conseiller pédagogique {PP:ma} a fait une démo de Lucie et de Mistral. {OPIL} voila voila",
    "Le vrai danger, c'est le harcèlement : un montage « IA » de {EF:a} a circulé en {CLASSE}. {OPI}",
    "Mme {PN:fa}, gestionnaire, rappelle que tout abonnement doit passer par le marché public. {OPI}",
    "Code UAI de l'établissement : {UAI}\nFonction : enseignant·e\nAvis : {OPI}\nNom (facultatif) : {PF:a}",
    "Établissement : {ECOLE} – {UAI}\nRéponse : {OPI} Ma collègue {PP:fa} partage cet avis.",
    "AESH : pour s'inscrire sur la plateforme de formation IA on nous a demandé notre numéro de sécu ! J'ai donné le mien, {NIR}, et je le regrette. {OPI}",
    "Le lycée ({UAI}) a reçu une dotation pour des licences. {CIV:a} {PN:a}, gestionnaire, n'a pas su dire combien. {OPI}",
    "Remboursez-moi plutôt mes frais de formation ! Mon IBAN est sur le formulaire depuis des mois : {IBAN}. {OPI} — {PF:a}",
    "uai {UAI} / prof de {MAT} / {OPIL}",
    "Répondant : {PU:a} | UAI : {UAI} | avis : {OPI}",
    "Je n'ai pas d'avis tranché. Par contre, la secrétaire a saisi mon numéro de sécu ({NIR}) dans un outil en ligne pour « gagner du temps »... {OPI}",
    "Parent d'élève à {VILLE}. On m'a demandé par mail un RIB pour la cantine, j'ai envoyé {IBAN} sans réfléchir. Avec l'IA, les arnaques vont exploser. {OPI}",
    "Réponse anonyme... enfin presque : {PFL:a}, {ADRV}. {OPIL}",
    "En Guyane, au collège de Saint-Laurent, mon élève {EP:ma} traduit tout du sranan tongo avec l'IA. C'est génial. Contact : {TELD}.",
    "Prof en SEGPA. {OPI} Si l'enquête veut un témoignage : {PF:a}, {TEL}, {ADR}.",
    "Je suis {PF:ma}, CPE. {OPI} Mon établissement : {UAI}.",
    "Selon M. {PI:ma}., notre IEN, il faut attendre le cadrage national. {OPI}",
    "Les remarques de Mme {PI:fa}. et de M. {PI:mb}. au conseil d'école étaient très justes. {OPI}",
]

LETTER = [
    # 1 formal letter with address block
    "{PF:a}\n{ADRM}\n{TEL}\n\nDestinataire : {ROLE}\n{ECOLE}\n\nObjet : usage de l'IA dans les devoirs\n\nMadame, Monsieur,\n{OPI}\nJe vous prie d'agréer mes salutations distinguées.\n\n{PF:a}",
    # 2 forwarded email
    "---------- Message transféré ----------\nDe : {PF:a} <{MAILW:a}>\nDate : {DATE} {HEURE}\nÀ : {PF:b} <{MAILW:b}>\nObjet : Tr: questionnaire IA\n\nBonjour {PP:b},\nje te transfère les réponses du collège. {OPI}\nBien à toi,\n{PP:a}",
    # 3 AESH contract form with NIR
    "FICHE DE RENSEIGNEMENTS – AESH\nNom : {PNU:a}\nPrénom : {PP:a}\nN° de sécurité sociale : {NIR}\nAdresse : {ADR}\nTéléphone : {TEL}\nCourriel : {MAILP:a}\nÉtablissement d'affectation : {ECOLE} (UAI {UAI})",
    # 4 reimbursement request with IBAN
    "Demande de remboursement – formation « IA et pédagogie »\nAgent : {CIV:a} {PF:a}\nAdresse personnelle : {ADRM}\nIBAN : {IBAN}\nMontant : {MONTANT}\nFait le {DATE}",
    # 5 signature
    "Bonjour à toutes et à tous,\n{OPI}\nN'hésitez pas à passer au CDI.\n\n--\n{PF:fa}\nProfesseure documentaliste – {ECOLE}\nTél. : {TELF}\n{MAILW:fa}",
    # 6 minutes
    "COMPTE RENDU – Conseil pédagogique du {DATE}\nPrésents : {PF:fa} (principale), {PF:b} (CPE), {CIV:c} {PN:c} (maths), {PP:d} (référent numérique)\nExcusé : {PF:e}\n1. Charte IA : {OPI}\n2. Questions diverses : néant.",
    # 7 attendance table |
    "Liste d'émargement – animation pédagogique IA\nNom | Prénom | École | Signature\n{PNU:a} | {PP:a} | {ECOLE} | ok\n{PNU:b} | {PP:b} | {ECOLE} | ok\n{PNU:c} | {PP:c} | {ECOLE} | absent",
    # 8 ; table with phones
    "nom;prenom;classe;tel responsable\n{PNU:a};{EP:a};{CLASSE};{TEL}\n{PNU:b};{EP:b};{CLASSE};{TEL}",
    # 9 WhatsApp chat
    "[{HEURE}] {PP:a}: vous avez vu le mail de la direction sur l'IA ?\n[{HEURE}] {PP:b}: oui... encore un truc à faire pour demain\n[{HEURE}] {PP:a}: {PP:c} propose qu'on se voie chez elle, {ADRV}\n[{HEURE}] {PP:b}: ok 👍",
    # 10 Pronote message
    "Message Pronote – de {CIV:a} {PN:a} à {PF:b} (responsable de {EP:c})\nBonjour,\nle devoir rendu par {EP:c} semble généré par {IA}. Pouvez-vous me rappeler au {TELF} ?\nCordialement",
    # 11 invitation
    "INVITATION\nLa FCPE du {ECOLE} vous invite à une soirée-débat « L'IA à l'école » le {DATE} à {HEURE}.\nInscription auprès de {PF:a} : {MAIL:a} ou {TEL}.\nLieu : {ADR}",
    # 12 CV header
    "{PU:a}\n{ADRM}\n{TEL} · {MAILP:a}\n\nProfesseur certifié de {MAT}\nCompétences : intégration raisonnée de l'IA générative en classe, formation de pairs.",
    # 13 class council notes
    "Conseil de classe {CLASSE} – 2e trimestre\nProfesseur principal : {CIV:a} {PN:a}\n- {EF:b} : bon trimestre, attention aux devoirs faits avec l'IA.\n- {EF:c} : investi, félicitations.\n- {EF:d} : doit travailler sans outil.",
    # 14 overseas letter
    "{CIV:a} {PF:a}\n{ADRD}\nTél : {TELD}\n\nObjet : demande de formation numérique\n\nMonsieur l'Inspecteur,\n{OPI}\nRespectueusement,\n{PF:a}",
    # 15 foreign school letter
    "{ECOLEX}\nService de la vie scolaire\n\nMadame {PN:fa},\nnous accusons réception de votre courrier concernant votre fils {EP:mb}. Vous pouvez joindre la CPE, {PP:c}, au {TELX}.\nAdresse de correspondance : {ADRX}",
    # 16 chez / c/o
    "Expéditeur :\n{PF:a}\nchez {PF:b}\n{ADRM}\n\nJe souhaite inscrire ma fille à l'atelier « robotique et IA ».",
    # 17 union email
    "De : {MAILW:a}\nÀ : {MAILF}\nObjet : motion sur l'IA\n\nCher·es collègues,\nla section syndicale, par la voix de {PF:a}, demande un moratoire. {OPI}\n{PP:a}",
    # 18 nurse form NIR
    "INFIRMERIE SCOLAIRE – fiche d'urgence\nÉlève : {EF:a}  Classe : {CLASSE}\nRepr. légal : {PF:b}\nN° SS du représentant : {NIR}\nTél. domicile : {TELF}  Portable : {TELM}\nMédecin traitant : Dr {PN:c}",
    # 19 retired teacher letter
    "{PF:ma}\nProfesseur honoraire\n{ADRM}\n\nMadame la Rectrice,\nretraité depuis peu, je m'inquiète de l'usage de l'IA. {OPI}\nVeuillez agréer...\n{PF:ma}",
    # 20 IT referent ticket
    "Ticket {TICKET} – Demande d'accès à Le Chat Pro\nDemandeur : {PF:a} ({MAILW:a})\nPoste : {TELF}\nÉtablissement : UAI {UAI}\nStatut : en attente de validation par {ROLE}",
    # 21 SMS
    "Bjr c {PP:fa} la maman de {EP:b}, g pa compri le mot sur l'IA dans le carnet. Vous pouvez m'appeler au {TELM} ? merci",
    # 22 voice-typed
    "bonjour c'est {PL:a} du lycée professionnel je vous laisse mes coordonnées mon numéro c'est le {TEL} et mon adresse mail c'est {MAIL:a} merci de me rappeler pour la formation",
    # 23 bullet list contacts
    "Contacts utiles – projet IA\n• Coordination : {PF:a} – {MAILW:a}\n• Référent RGPD : {PF:b} – {TELF}\n• DANE : {MAILF}\n• Partenaire universitaire : {PF:c}",
    # 24 staff list abroad
    "Équipe du {ECOLEX}\n- Proviseure : {CIV:a} {PF:a}\n- CPE : {PF:b}, {TELX}\n- Secrétariat : {ADRX}",
    # 25 bank form
    "AUTORISATION DE PRÉLÈVEMENT – cantine et sorties\nTitulaire du compte : {PF:a}\nIBAN : {IBAN}\nAdresse : {ADR}\nSignature : {PP:a} {PN:a}",
    # 26 apprentices
    "Convention de stage – bac pro SN\nÉlève : {EF:a}\nTuteur entreprise : {CIV:b} {PF:b}, {TEL}\nLieu du stage : {ADR}\nEnseignant référent : {PF:c}\nDDFPT : {CIV:d} {PN:d}",
    # 27 invitation meeting ENT
    "Publié sur l'ENT par {CIV:a} {PN:a} le {DATE} :\nChers parents, une réunion sur l'IA aura lieu en {SALLE}. Pour toute question : {MAILW:a}.",
    # 28 PsyEN report
    "CIO de {VILLE} – {PF:a}, psychologue de l'Éducation nationale\nRDV avec {EF:b} ({CLASSE}) le {DATE} : l'élève s'est appuyé sur {IA} pour son projet d'orientation. {OPI}",
    # 29 request letter to mairie
    "{PF:fa}\nDirectrice de l'école maternelle\n{ADRM}\n{TEL}\n\nMonsieur le Maire,\nnous sollicitons l'achat de tablettes. {OPI}",
    # 30 email with footer
    "Bonjour,\n{OPI}\nBien cordialement,\n\n{PF:a}\nSecrétariat de direction\n{ADR}\nTél. {TELF} – {MAILW:a}\nUAI : {UAI}",
    # 31 pension NIR retired
    "Objet : attestation pour ma pension\nNom d'usage : {PNU:a}  Prénom : {PP:a}\nNIR : {NIR}\nDernier établissement : {ECOLE}, UAI {UAI}\nAdresse actuelle : {ADR}",
    # 32 parent association table
    "Bureau de l'APE 2025-2026\nPrésidente | {PF:a} | {TEL}\nTrésorier | {PF:b} | {MAIL:b}\nSecrétaire | {PF:c} | {TEL}",
    # 33 WhatsApp group parents
    "{DATE} {HEURE} - {PF:a}: qqn sait si l'IA est autorisée pour l'exposé ?\n{DATE} {HEURE} - {PF:b}: la prof a dit non\n{DATE} {HEURE} - {PF:a}: ok merci 🙏",
    # 34 register
    "Dossier d'inscription – école de {VILLE}\nEnfant : {EF:a}\nMère : {PF:fb} – {TELM}\nPère : {PF:mc} – {TELM}\nDomicile : {ADRFR}",
    # 35 formal complaint
    "Madame la Principale,\n\nJe me permets de vous écrire au sujet de mon fils {EP:ma}, accusé d'avoir utilisé une IA. {OPI}\n\n{PF:b}\n{ADR}\n{MAIL:b}",
    # 36 trainer certificate
    "ATTESTATION DE FORMATION\nJe soussignée {PF:fa}, formatrice académique, atteste que {CIV:b} {PF:b} a suivi le module « IA générative » ({N} h) le {DATE}.",
    # 37 CEDEX rectorat
    "Rectorat de l'académie de {ACAD}\nDivision des personnels\n{ADRM}\n\nDossier suivi par : {PF:a}\nTél. : {TELF}\nMél : {MAILW:a}",
    # 38 minutes CA
    "Procès-verbal du conseil d'administration\nSecrétaire de séance : {PF:a}\nVote sur la charte IA : 14 pour, 3 contre.\nM. {PN:mb} (représentant des parents) demande un suivi. Mme {PR} (professeurs) approuve.",
    # 39 lowercase no accent email
    "salut {PPN:a}, je t'envoie le lien du sondage ia. tu peux le faire passer a {PPN:b} ? son mail c'est {MAIL:b} je crois. a+ {PPN:c}",
    # 40 student internship abroad
    "Mobilité Erasmus+ – fiche contact\nÉlève : {EF:a}\nFamille d'accueil : {PF:b}\nAdresse : {ADRX}\nTéléphone : {TELX}\nAccompagnateur : {PF:c} ({TELM})",
    # 41 Moodle forum post
    "Forum de la formation > Fil « IA et évaluation »\nPosté par {PF:a}, {DATE}\n{OPI}\n↳ Réponse de {PF:b} : d'accord, voir aussi l'avis de {PUB}.",
    # 42 Teams/Tchap chat
    "{PP:a} {HEURE}\nquelqu'un a le numéro du référent numérique ?\n{PP:b} {HEURE}\n{TELF} (c'est {PF:c})",
    # 43 letter to parents with UAI
    "{ECOLE} – UAI {UAI}\n{ADR}\n\nChers parents,\n{OPI}\nLa directrice, {PF:a}",
    # 44 SEPA for school trip with IBAN wrong
    "Voyage scolaire – paiement\nRIB de l'établissement : {IBAN}\nÀ l'ordre de l'agent comptable. Contact intendance : {PF:a}, {MAILW:a}",
    # 45 candidate CV short
    "CV\n{PF:a}\nNé(e) le {DATE}\n{ADRM}\nPortable : {TELM}\nE-mail : {MAILP:a}\nExpérience : AED au {ECOLE}, animatrice d'un club IA.",
    # 46 pupil ENT message
    "Message de {EF:a} ({CLASSE}) à {CIV:b} {PN:b} :\nmadame jai pas compris si on a le droit a {IA} pour l'exposé. mon père veut vous appeler, son num c {TELM}",
    # 47 school social fund IBAN + NIR
    "Demande d'aide au fonds social\nResponsable : {PF:a}\nNIR : {NIR}\nIBAN : {IBAN}\nAdresse : {ADRM}\nÉlève concerné : {EP:b}, {CLASSE}",
    # 48 inspector visit report
    "Rapport de visite – {CIV:a} {PF:a}, IA-IPR de {MAT}\nEnseignant visité : {PF:b}\nÉtablissement : {ECOLE} ({UAI})\nObservation : séance sur la vérification des sources avec {IA}. {OPI}",
    # 49 out-of-office
    "Réponse automatique : je suis absente jusqu'au {DATE}. Pour toute urgence, contactez {PF:a} au {TEL} ou à {MAILW:a}.",
    # 50 library loan
    "CDI – prêt de tablettes\nEmprunteur : {EF:a} ({CLASSE})\nResponsable : {PF:b}\nTél. : {TEL}\nRetour prévu le {DATE}",
    # 51 nested forward from abroad
    "> Le {DATE}, {PF:a} <{MAIL:a}> a écrit :\n> Bonjour, je suis parent au {ECOLEX}. {OPI}\n> Mon numéro : {TELX}\n\nMerci {PP:a}, je transmets à {PF:b}.",
    # 52 Corsica / foreign-born NIR form
    "Formulaire de prise en charge – assistant d'éducation\nNom : {PN:a}\nPrénom(s) : {PP:a}\nNuméro d'inscription au répertoire : {NIR}\nRIB (IBAN) : {IBAN}",
    # 53 Polynesia letter
    "Ia ora na,\nje suis {PF:fa}, enseignante à Faa'a. {OPI}\nMauruuru,\n{PP:fa} – {TELD}",
    # 54 one-line address + street only
    "Bonjour, la réunion des AESH se tiendra au local syndical, {ADRS}, le {DATE}. Covoiturage : {PP:a} ({TELM}).",
    # 55 minutes with dictated style
    "compte rendu dicté : étaient présents madame {PN:fa} monsieur {PN:mb} et {PF:c} virgule le projet IA est reporté point",
    # 56 signature block with multiple phones
    "Cordialement,\n{PF:a}\nProviseur adjoint\nLigne directe : {TELF}\nStandard : {TELF}\nPortable : {TELM}",
    # 57 DOM parent
    "Madame, Monsieur,\nje suis la mère de {EF:ma}, scolarisé au {ECOLE}. Adresse : {ADRD}. {OPI}\n{PF:fb}\n{TELD}",
    # 58 table with emails
    "| Prénom | Nom | Rôle | Courriel |\n| {PP:a} | {PN:a} | coordinatrice | {MAILW:a} |\n| {PP:b} | {PN:b} | formateur | {MAILW:b} |",
    # 59 postal envelope mention c/o
    "Merci d'envoyer le dossier à :\nc/o {PF:a}\n{ADRM}\nen précisant « candidature {PF:b} ».",
    "Bulletin d'adhésion syndicale\nNom : {PNU:a}\nPrénom : {PP:a}\nÉtablissement (UAI) : {UAI}\nIBAN pour prélèvement : {IBAN}\nMél : {MAIL:a}",
    "Déclaration d'accident de service\nVictime : {CIV:a} {PF:a}\nNIR : {NIR}\nÉtablissement : {ECOLE}, {UAI}\nTémoin : {PF:b}, {TEL}",
    "Mutation inter-académique – pièce jointe\nCandidat : {PU:a}\nNuméro INSEE : {NIR}\nÉtablissement actuel : {UAI}\nÉtablissement souhaité : {UAI}\nContact : {TEL}",
    "Vacation – formation IA\nIntervenant : {PF:a}\nN° SS : {NIR}\nCoordonnées bancaires : {IBAN}\n{ADRM}",
    "Frais de déplacement (état de frais)\nBénéficiaire : {PF:a}\nRésidence administrative : {UAI}\nRésidence familiale : {ADR}\nIBAN : {IBAN}\nMontant : {MONTANT}",
    "Liste des établissements du réseau\n{UAI} ; {ECOLE} ; référent : {PF:a}\n{UAI} ; {ECOLE} ; référent : {PF:b}\n{UAI} ; {ECOLE} ; référent : {PF:c}",
    "Bonjour {PP:a},\npeux-tu vérifier le RIB que le parent m'a envoyé ? {IBAN}\nLe virement pour le voyage est au nom de {PF:b}.\nMerci, {PP:c}",
    "Arrêt maladie – AED\nNom : {PN:a} / Prénom : {PP:a}\nSécurité sociale : {NIR}\nÉtablissement : {UAI}\nTél. : {TELM}",
    "Fiche enseignant·e vacataire – {ECOLEX}\nNom complet : {PF:a}\nAdresse à l'étranger : {ADRX}\nNIR (si affilié en France) : {NIR}\nIBAN (compte français) : {IBAN}",
    "Note interne n° {N}\nDe : {ROLE}\nÀ : {PF:a}, {PF:b}\nObjet : déploiement de Le Chat dans l'établissement {UAI}\n{OPI}",
    "RIB – coopérative scolaire\nTitulaire : OCCE, école {VILLE}\nMandataire : {PF:a}\nIBAN : {IBAN}\nUAI de l'école : {UAI}",
]

NOPII = [
    "{OPEN} {OPI} {OPI} {CLOSE}",
    "Pour ma part, {OPIC} {CLOSE}",
    "Honnêtement, {OPIC} {OPI}",
    "Vu du terrain, {OPIC}",
    "{OPI}\n{OPI}",
    "Je suis professeur de {MAT}. {OPI} {CLOSE}",
    "- {OPI}\n- {OPI}\n- {OPI}",
    "{OPIL} {OPIL}",
    "pour : gain de temps. contre : {OPIL}",
    "Avis de l'équipe de {MAT} : {OPI} Nous demandons un temps de formation. {CLOSE}",
    "Note globale : 3/5. {OPI}",
    "Sans opinion, je n'utilise pas ces outils. {CLOSE}",
    "Question 4 – Quels usages ?\nRéponse : préparation de cours, traduction, remédiation. {OPI}",
    "En tant que parent : {OPI}",
    "En tant qu'élève : {OPIL}",
    "{OPEN} je suis AESH. {OPI}",
    "Je travaille en maternelle. {OPI} {OPI}",
    "ok pour l'ia mais encadrée. {OPIL}",
    "Points positifs :\n* rapidité\n* accessibilité\nPoints négatifs :\n* {OPI}",
    "{OPI} Bref, ni pour ni contre, bien au contraire.",
    "CPE depuis {AGE} ans : {OPI}",
    "mdr l'ia elle sait meme pas compter les r dans fraise. {OPIL}",
    "Il faudrait interroger aussi les élèves. {OPI} {CLOSE}",
    "{OPI} C'est mon avis personnel, pas celui de l'établissement.",
    "Je suis infirmière scolaire. {OPI}",
    "Réponse collective de la salle des profs : {OPI} {OPI}",
]

TRAP = [
    "J'ai comparé {IA}, Claude et Gemini sur un même sujet de bac : Claude a été le plus nuancé, Gemini le plus rapide.",
    "Réunion le {DATE} à {HEURE}, {SALLE}, au {ECOLE}. Ordre du jour : présentation d'Albert et de Lucie, les IA publiques.",
    "Le lycée se trouve place Charles-de-Gaulle, juste à côté de l'avenue Jean-Jaurès. Arrêt de bus : rue Victor-Hugo.",
    "Adresse de l'académie pour les candidatures : voir le site. Ville : {CPV}.",
    "Commande {CMD} : 30 licences {IA} Pro, montant {MONTANT} TTC. Facture FA-{N}0412 à régler sous 30 jours.",
    "Fournisseur : SIRET {SIRET}, SIREN 412 786 530. Ticket support {TICKET} ouvert le {DATE}.",
    "En cas de harcèlement, appelez le 3020 (gratuit) ou le 3018 pour le cyberharcèlement. Urgence : 15, 17, 18 ou 112.",
    "Numéro vert de l'assistance ENT : 0 800 730 415 (appel gratuit), du lundi au vendredi de 8h à 18h.",
    "Lecture conseillée : « Le Petit Prince », ISBN {ISBN}, et le film « Her ». Nous lirons aussi du Maupassant en {CLASSE}.",
    "Pierre angulaire du projet : la formation.\nRose des vents : l'outil d'orientation du CIO.\nMarine nationale : partenaire du lycée pour le stage.",
    "Prudence avant tout.\nConstance dans l'effort.\nVictoire d'étape : la charte est votée.",
    "Le principal et la CPE ont présenté le projet. Le référent numérique a installé {IA} version {VERSION} sur les postes de la {SALLE}.",
    "Article L. 111-1 du Code de l'éducation, loi n° 2019-791 du 26 juillet 2019, RGPD art. 8 : les textes sont clairs.",
    "Classe de {CLASSE}, salle B214, mardi 10h-12h : atelier « Mistral ou ChatGPT ? ».",
    "Tarif de la sortie : {MONTANT} par élève. Date limite : {DATE}. Bus à {HEURE} devant le {ECOLE}.",
    "Le Bescherelle, le Petit Robert et le Larousse restent plus fiables que n'importe quel chatbot.",
    "On a étudié un Zola en seconde et un Molière en 5e ; les élèves ont demandé à Le Chat de résumer le Molière.",
    "Mistral AI (Paris) et Anthropic (San Francisco) ne proposent pas les mêmes conditions pour les mineurs.",
    "École élémentaire Jean-Jaurès, collège Louise-Michel et lycée Marie-Curie participent au projet de bassin.",
    "Salle 204, bâtiment C, 2e étage. Code porte : A1234. Wifi : EDU-IA-2025.",
    "Version {VERSION} de Pronote installée. Le module IA est désactivé par défaut.",
    "Colombe, Aurore et Espérance : les noms des trois salles rénovées du CDI.",
    "Horaires : 7h45-17h30. Permanence téléphonique le 3939 (service public) pour les familles.",
    "La conférence « L'IA à l'école » du {DATE} se tiendra à {CPV}, salle des fêtes, à {HEURE}.",
    "Le proviseur adjoint, le gestionnaire et l'infirmière ont validé la procédure. Aucune donnée d'élève ne sera saisie.",
    "Budget numérique 2025 : {MONTANT} (crédits), dont 1 200 € pour les abonnements Canva et Kahoot.",
    "Gemini 2.0, Claude 3.7, Mistral Small 3 et Llama 3.1 ont été comparés par les élèves de NSI.",
    "Rendez-vous square Aimé-Césaire puis rue Léopold-Sédar-Senghor pour le rallye photo.",
    "Bac 2025 : épreuve de philosophie le lundi 16 juin à 8 h. Durée : 4 heures.",
    "Dossier n° 2025/0412 – marché public n° 25-IA-003 – bon de commande BC-884213.",
    "Ouvrages au programme : « L'Étranger », « La Gloire de mon père ». En classe on dit « le Camus » et « le Pagnol ».",
    "{OPI} Référence : circulaire de rentrée 2025, BO n° 26 du 26 juin 2025.",
    "Albert, l'IA de l'administration, n'est pas ouvert aux élèves. Lucie, le modèle ouvert, est encore expérimental.",
    "Notre charte s'inspire du cadre d'usage publié par le ministère en juin. Contact : le secrétariat de direction.",
    "Blanche, la mascotte du club robotique, est un robot Thymio. Olive, la tortue du labo, va bien.",
    "Bureau 12, rez-de-chaussée. Permanence du délégué syndical le jeudi de 12h à 14h.",
    "Le lycée Victor-Schœlcher et le collège Gerty-Archimède organisent un hackathon IA le {DATE}.",
    "Prix du livre numérique : 9,99 €. Abonnement annuel : 120 € HT. TVA 20 %.",
    "Marie-Curie (lycée), Jules-Ferry (école) et Simone-Veil (collège) : ce sont les trois sites du réseau.",
    "{N} élèves de {CLASSE} ont testé Copilot, Perplexity et DeepL pendant la semaine du numérique.",
]


# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------
def make_item(r, cat, tpl):
    ctx = Ctx(r)
    marked = fill(ctx, tpl)
    text, ents = render(marked)
    return text, ents, ctx


def generate():
    pools = {"nopii": NOPII, "trap": TRAP, "survey": SURVEY, "letter": LETTER}
    items = []
    seen = set()
    stats = {"redraw_check": 0, "redraw_dup": 0, "redraw_reasons": {}}
    for cat, n in MIX:
        tpls = list(pools[cat])
        R.shuffle(tpls)
        k = 0
        while sum(1 for it in items if it["cat"] == cat) < n:
            tpl = tpls[k % len(tpls)]
            k += 1
            if cat in ("trap", "nopii"):
                tpl = "{TPRE}" + tpl + "{TSUF}"
            for attempt in range(200):
                text, ents, ctx = make_item(R, cat, tpl)
                if "⟦" in text or "⟧" in text or SLOT_RE.search(text):
                    raise SystemExit("unrendered mark in: " + tpl)
                if cat in ("nopii", "trap") and ents:
                    raise SystemExit("entity in a no-PII template: " + tpl)
                if cat in ("survey", "letter") and not ents:
                    raise SystemExit("no entity in a PII template: " + tpl)
                why = check_entities(text, ents)
                if why:
                    stats["redraw_check"] += 1
                    stats["redraw_reasons"][why] = stats["redraw_reasons"].get(why, 0) + 1
                    continue
                if text in seen:
                    stats["redraw_dup"] += 1
                    continue
                seen.add(text)
                items.append({"cat": cat, "text": text, "ents": ents, "ids": ctx.ids})
                for kind, wrong in ctx.ids:
                    WK[kind][0] += 1
                    WK[kind][1] += int(wrong)
                break
            else:
                stats.setdefault("abandoned", 0)
                stats["abandoned"] = stats.get("abandoned", 0) + 1
                if stats["abandoned"] > 1000:
                    raise SystemExit("too many abandoned templates")
    return items, stats


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT
    items, stats = generate()
    R.shuffle(items)
    lines = []
    for i, it in enumerate(items):
        rec = {"id": "q%03d" % (i + 1), "text": it["text"],
               "entities": [{"kind": e["kind"], "text": e["text"]} for e in it["ents"]]}
        lines.append(json.dumps(rec, ensure_ascii=False))
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    with open(out_path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")

    # ---- report (as drawn)
    cat_counts, kind_counts, cat_kind = {}, {k: 0 for k in KINDS}, {}
    drawn = {"NIR": [0, 0], "IBAN": [0, 0], "UAI": [0, 0]}
    for it in items:
        cat_counts[it["cat"]] = cat_counts.get(it["cat"], 0) + 1
        for e in it["ents"]:
            kind_counts[e["kind"]] += 1
            cat_kind.setdefault(it["cat"], {}).setdefault(e["kind"], 0)
            cat_kind[it["cat"]][e["kind"]] += 1
        for kind, wrong in it["ids"]:
            drawn[kind][0] += 1
            drawn[kind][1] += int(wrong)

    # ---- re-read and re-check
    errors = []
    remeasured = {"NIR": [0, 0], "IBAN": [0, 0], "UAI": [0, 0]}
    file_kinds = {k: 0 for k in KINDS}
    ids_seen = set()
    texts_seen = set()
    with open(out_path, encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh if line.strip()]
    if len(recs) != 400:
        errors.append("line count %d" % len(recs))
    for i, rec in enumerate(recs):
        if rec["id"] != "q%03d" % (i + 1) or rec["id"] in ids_seen:
            errors.append("bad id " + rec["id"])
        ids_seen.add(rec["id"])
        if rec["text"] in texts_seen:
            errors.append("dup text " + rec["id"])
        texts_seen.add(rec["text"])
        why = check_entities(rec["text"], rec["entities"], offsets=False)
        if why:
            errors.append("%s: %s" % (rec["id"], why))
        for e in rec["entities"]:
            file_kinds[e["kind"]] += 1
            t = e["text"]
            if e["kind"] == "NIR":
                v = nir_valid(t)
                if v is None:
                    errors.append("%s: malformed NIR %r" % (rec["id"], t))
                else:
                    remeasured["NIR"][0] += 1
                    remeasured["NIR"][1] += int(not v)
            elif e["kind"] == "IBAN":
                v, rib = iban_valid(t)
                if v is None or not rib:
                    errors.append("%s: malformed IBAN / RIB key %r" % (rec["id"], t))
                else:
                    remeasured["IBAN"][0] += 1
                    remeasured["IBAN"][1] += int(not v)
            elif e["kind"] == "UAI":
                v = uai_valid(t)
                if v is None:
                    errors.append("%s: malformed UAI %r" % (rec["id"], t))
                else:
                    remeasured["UAI"][0] += 1
                    remeasured["UAI"][1] += int(not v)
            elif e["kind"] == "EMAIL":
                if not re.search(r"(@|arobase|\[at\]|\(at\)| chez | AT )", t):
                    errors.append("%s: odd EMAIL %r" % (rec["id"], t))
            elif e["kind"] == "TELEPHONE":
                if sum(ch.isdigit() for ch in t) < 8:
                    errors.append("%s: odd TELEPHONE %r" % (rec["id"], t))
    if file_kinds != kind_counts:
        errors.append("kind counts differ between memory and file")
    for k in drawn:
        if drawn[k] != remeasured[k]:
            errors.append("wrong-key share differs for %s: drawn %s remeasured %s"
                          % (k, drawn[k], remeasured[k]))

    md5 = hashlib.md5(open(out_path, "rb").read()).hexdigest()
    print("seed:", SEED)
    print("output:", out_path)
    print("md5:", md5)
    print("templates: survey %d, letter %d, nopii %d, trap %d"
          % (len(SURVEY), len(LETTER), len(NOPII), len(TRAP)))
    print("per category:", json.dumps(cat_counts, ensure_ascii=False))
    print("per kind:", json.dumps(kind_counts))
    print("per category x kind:", json.dumps(cat_kind))
    for k in ("NIR", "IBAN", "UAI"):
        n, w = drawn[k]
        n2, w2 = remeasured[k]
        print("wrong-key %s: drawn %d/%d (%.1f %%), re-measured %d/%d (%.1f %%)"
              % (k, w, n, 100.0 * w / max(n, 1), w2, n2, 100.0 * w2 / max(n2, 1)))
    print("redraws: check %d %s, duplicate %d, abandoned templates %d"
          % (stats["redraw_check"], json.dumps(stats["redraw_reasons"]), stats["redraw_dup"],
             stats.get("abandoned", 0)))
    if errors:
        for e in errors[:50]:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    print("self-check: OK")


if __name__ == "__main__":
    main()
