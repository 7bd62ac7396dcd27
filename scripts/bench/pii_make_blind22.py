#!/usr/bin/env python3
"""BLINDNESS STATEMENT. This generator was written from a written brief only:
nothing of the project (no masker code, no rules, no tests, no fixtures, no
other data, no history) was opened, listed, searched or read while writing it.
Every template, first name, surname, street, place, school, e-mail domain and
phrasing below was written fresh from general knowledge.

Held-out ("blind") evaluation set for a French personal-data masker.

THEME  « Que pensez-vous de l'usage de l'IA dans les établissements
       scolaires ? » - free-text survey answers and school correspondence
       written by teachers, heads, inspectors, parents, pupils, AESH, CPE,
       librarians, nurses, PsyEN, secretaries, IT referents, trainers, union
       representatives, AED, ATSEM, DDFPT, retired teachers..., in mainland
       France, overseas departments/collectivities and French schools abroad.

OUTPUT JSON Lines, 400 lines, ids q001..q400, order shuffled deterministically:
       {"id", "text", "entities": [{"kind", "text"}, ...]} with entities in
       text order (each found by text.find(entity, end_of_previous_entity)).
       One random.Random(SEED) drives everything.

MIX    nopii 60 (no personal data), trap 70 (no personal data, look-alikes:
       AI products, brands, associations/unions, schools/streets/buildings
       named after people without house number, town with postcode alone,
       dates, hours, amounts, class names, law references, order/ticket/
       invoice numbers, SIRET/SIREN, short and toll-free numbers, ISBN, book
       and film titles, works cited by their author's name, capitalised common
       words at line start, roles without names, software versions, rooms),
       survey 150 (>= 60 templates), letter 120 (>= 45 templates).

KINDS  PERSONNE, ADRESSE, EMAIL, TELEPHONE, NIR, IBAN, UAI.

WRONG-KEY RULES  about 40 % of NIR, IBAN and UAI carry a deliberately wrong
       check key and are labelled all the same.
       NIR : 15 chars = sex, YY, MM, département (2 digits, 2A/2B, or 97x +
             2-digit commune, or 99 + country), commune, order, key;
             key = 97 - (n mod 97) on the first 13 chars (2A->19, 2B->18);
             written with or without spaces.
       IBAN: French, ISO 7064 mod 97-10 (check = 98 - (n mod 97)), grouped by
             4 or not; inner RIB key always correct, only the IBAN check
             digits are made wrong.
       UAI : 7 digits (département on 3, then 4) + letter
             "ABCDEFGHJKLMNPRSTUVWXYZ"[n mod 23].
       Phones in many groupings/separators, +33 / 0033, overseas, foreign.
       E-mails plain and obfuscated (arobase, [at], (at), chez, AT/DOT...).
       Addresses of every shape, one line or several, some foreign.

LABELLING CONVENTIONS
       PERSONNE: titles (M., Mme, Dr, monsieur, madame, Maître, Me...) never
       part of the entity; an initial after a title is the letter alone;
       first name + surname = one entity; a first name next to a role or a
       class is labelled alone; trailing abbreviation dots excluded; public
       figures are persons; names inside e-mails, schools, streets, places,
       pets, brands and AI products are not persons; separate form fields
       give two entities; table cells give one entity per cell.
       EMAIL: whole address, obfuscated forms included.
       TELEPHONE: number with its international prefix, without the label.
       NIR / IBAN / UAI: whole identifier with inner separators, no label.
       ADRESSE: from the first element (number, street type, named place or a
       leading complement) to the end of the city (CEDEX + number included);
       without city it ends at the street or the postcode; may span lines;
       a "chez M. X" / "c/o X" line is not part of it (X is a PERSONNE); a
       city joined by "à" is included with "à"; foreign: country included.

SELF-CHECK  Templates carry inline marks ⟦KIND|value⟧; rendering removes them
       and records each entity's intended offset. A draw is accepted only if
       every entity is found by text.find(entity, end_of_previous) at exactly
       its intended offset, has no surrounding spaces, no title word at its
       start, no trailing dot on a PERSONNE, and no letter/digit glued to
       either side (nor two PERSONNE separated by spaces only, which would be
       ambiguous); otherwise it is redrawn (counted). Duplicate texts are
       redrawn (counted). After writing, the file is re-read and every entity
       checked again; any failure exits non-zero. Counts per kind / category,
       total (summed from the file), wrong-key shares (as drawn and as
       re-measured with validators) and redraw counts are printed.
"""
import hashlib
import json
import os
import re
import sys
import unicodedata
import random

SEED = 2207_1942
rng = random.Random(SEED)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "Tests", "PrivacyTests",
                                    "Fixtures", "pii_blind22.jsonl"))
if len(sys.argv) > 1:
    OUT = sys.argv[1]

N_NOPII, N_TRAP, N_SURVEY, N_LETTER = 60, 70, 150, 120
KINDS = ["PERSONNE", "ADRESSE", "EMAIL", "TELEPHONE", "NIR", "IBAN", "UAI"]
TITLES = {"m", "mme", "mlle", "mr", "mrs", "dr", "pr", "monsieur", "madame",
          "mademoiselle", "maître", "maitre", "me", "docteur", "professeur",
          "mgr", "sr", "père", "soeur"}

# --------------------------------------------------------------------------
# name pools
FIRST_F = """Camille Léa Manon Chloé Inès Jade Louise Zoé Sarah Anaïs Clémence
Margaux Élodie Nathalie Sandrine Valérie Isabelle Sylvie Catherine Brigitte
Martine Françoise Christelle Aurélie Stéphanie Karine Fatoumata Aminata Awa
Mariama Khadija Fatima Yasmine Leïla Nour Samira Malika Soraya Naïma Mélissa
Océane Maëlys Ambre Anne-Sophie Marie-Claude Marie-Hélène Thuy Mei Xiaoling
Aiko Ioana Oksana Agnieszka Giulia Chiara Lucía Maëva Hinano Tehani Raïssa
Dounia Esther Rachel Myriam Svetlana Bérénice Gwenaëlle Maïwenn Nolwenn
Cécile Ghislaine Josiane Marthe Éloïse Priya Yéléna Solène Armelle Hélène
Odile Laurence Capucine Ophélie Sabrina Rokia Hawa Tiphaine Gaëlle Marjolaine""".split()
FIRST_M = """Lucas Hugo Nathan Enzo Gabriel Louis Arthur Jules Raphaël Mathis
Théo Noah Mohamed Mehdi Karim Youssef Rayan Bilal Ibrahim Moussa Mamadou
Ousmane Cheikh Kévin Jérôme Thierry Pascal Philippe Laurent Stéphane Frédéric
Olivier Christophe Didier Patrick Bernard Jean-Marc Jean-Pierre Pierre-Yves
Marc-Antoine Loïc Yann Erwan Gwénaël Tanguy Matteo Giovanni Diego Joaquim
João Piotr Dmitri Bogdan Minh Wei Kenji Rahul Arjun Teva Tehei Heimana
Manaarii Jean-Baptiste Aurélien Baptiste Maxence Timothée Amadou Sékou Lamine
Kader Samuel Élie Naël Ilyès Wassim Grégoire Hervé Régis Yannick Florian
Benoît Sylvain Ludovic Anthony Fabrice Abdoulaye Vincenzo Tristan Gilles""".split()
KIDS_F = """Emma Jade Louise Lina Mia Aya Ambre Maëlys Inès Nour Assia Ilyana
Rose Alba Anna Julia Lou Agathe Romane Capucine Sohane Maïssa Kenza Fanta
Hinatea Vaimiti Naomie Léna Lyna Éva Zélie Mila Jeanne Céleste Maryam""".split()
KIDS_M = """Lucas Léo Gabriel Mohamed Adam Ethan Nolan Kylian Sacha Timéo
Yanis Rayan Kaïs Teiki Ayoub Ismaël Malo Axel Noé Tiago Elio Wael Sohan
Mathéo Evan Liam Marius Aaron Naïm Hamza Ilan Joakim Moana Lenny Soan""".split()
SURN = {
    "common": """Martin Bernard Dubois Thomas Robert Richard Durand Moreau Simon
Michel Lefebvre Leroy Roux Bertrand Morel Fournier Girard Bonnet Dupont Lambert
Rousseau Vincent Muller Faure Mercier Guérin Boyer Garnier Gauthier Perrin
Robin Clément Morin Henry Roussel Mathieu Masson Duval Denis Dumas Brun Blanchard
Giraud Joly Rivière Lucas Brunet Gaillard Barbier Arnaud Martinez Gérard
Roche Renaud Schmitt Colin Vidal Caron Picard Roger Fabre Aubert Lemoine""".split(),
    "rare": """Quéméner Kerboriou Pélissou Abgrall Tréguer Bézard Rabiller Chaumeil
Fromentin Grosjean Lhuillier Pouzols Vigouroux Lagarrigue Mazeyrat Escudié
Puech Taillefer Sabathier Quintard Hoarau Payet Grondin Técher Nativel Lauret
Célestine Bellance Fléreau Zami Santoni Luciani Peretti Agostini Filippi
Tetuanui Teriitehau Temauri Taputu Kieffer Wurtz Heitzmann Oberlin Vasseur
Guivarc'h Le Bihan Kerjean Morvan Quéré Cazenave Larrouy Etcheverry Iribarne
Dutheil Fargeix Chabrol Mourgues Lacombe-Aurières Tessereau Hauchecorne""".split(),
    "word": """Boulanger Boucher Meunier Berger Chevalier Marchand Petit Legrand
Lenoir Leblanc Lebrun Fontaine Lamour Bonheur Printemps Soleil Lapierre Laporte
Lavigne Mouton Poisson Renard Rossignol Pigeon Bouquet Roy Lecomte Baron Prince
Gentil Beaufils Charpentier Sauvage Moulin Jardin Loiseau Lecoq Bonnefoy
Rocher Cordonnier Ferrand Bœuf Vacher Chapelle Labbé Lévêque Lesage""".split(),
    "double": """Martin-Diallo|Lefèvre-Nguyen|Dupuis-Moreau|Haddad-Lemaire|Roux-Combaluzier|Garnier-Koné|Da Silva Pereira|de Villeneuve|du Plessis|de Saint-Amand|d'Aubigny|de Kerviler|Le Floch|Le Gall|Le Goff|van der Berg|von Essen|di Benedetto|Dos Santos|De Oliveira|El Amrani|Ben Youssef|Ait Ahmed|Le Van Thanh|Bourdin-Mbaye|Lacroix-Sow|Perret-Gentil|de La Salle-Rivière|Saint-Hilaire|Jean-Louis|Marie-Sainte|Sainte-Rose""".split("|"),
    "origin": """Benali Haddad Bensaïd Mansouri Belkacem Cherkaoui Bouzid Amrani
Zerrouki Boudjemaa Diallo Traoré Koné Diop Ndiaye Sow Coulibaly Camara Keïta
Cissé Touré Mbaye Fofana Pereira Ferreira Rodrigues Gonçalves Fernandes Oliveira
Lopez Sanchez Fernández Ruiz Rossi Bianchi Esposito Romano Ricci Lombardi
Kowalski Nowak Wiśniewska Lewandowski Nguyen Tran Pham Hoang Wang Zhang Chen Liu
Yilmaz Demir Kaya Öztürk Çelik Hovhannessian Petrossian Manoukian Kovalenko
Shevchenko Tanaka Sato Okafor Mensah Rakotomalala Andrianarivo Sharma Iyer""".split(),
}
PUBLIC = [("Sam Altman", "Altman"), ("Yann LeCun", "LeCun"), ("Cédric Villani", "Villani"),
          ("Luc Julia", "Julia"), ("Elon Musk", "Musk"), ("Arthur Mensch", "Mensch"),
          ("Geoffrey Hinton", "Hinton"), ("Alan Turing", "Turing"), ("Philippe Meirieu", "Meirieu"),
          ("Stanislas Dehaene", "Dehaene"), ("Maria Montessori", "Montessori"),
          ("Jean Piaget", "Piaget"), ("Bill Gates", "Gates"), ("Laurence Devillers", "Devillers"),
          ("Gérald Bronner", "Bronner"), ("Serge Tisseron", "Tisseron"), ("Edgar Morin", "Morin"),
          ("Michel Serres", "Serres"), ("Najat Vallaud-Belkacem", "Vallaud-Belkacem"),
          ("Pap Ndiaye", "Ndiaye"), ("Jean-Michel Blanquer", "Blanquer"),
          ("Gabriel Attal", "Attal"), ("Emmanuel Macron", "Macron"), ("Nicole Belloubet", "Belloubet"),
          ("Élisabeth Borne", "Borne"), ("Mark Zuckerberg", "Zuckerberg"), ("Ada Lovelace", "Lovelace"),
          ("Fei-Fei Li", "Li"), ("Daniel Pennac", "Pennac"), ("Boris Cyrulnik", "Cyrulnik")]

# --------------------------------------------------------------------------
# place pools
CITIES = """75011 Paris|75019 Paris|69003 Lyon|69007 Lyon|13005 Marseille|31000 Toulouse|33000 Bordeaux|44000 Nantes|59000 Lille|67000 Strasbourg|35000 Rennes|34000 Montpellier|06000 Nice|21000 Dijon|29200 Brest|63000 Clermont-Ferrand|87000 Limoges|80000 Amiens|86000 Poitiers|45000 Orléans|25000 Besançon|57000 Metz|54000 Nancy|51100 Reims|76000 Rouen|14000 Caen|72000 Le Mans|37000 Tours|49000 Angers|38000 Grenoble|42000 Saint-Étienne|30000 Nîmes|84000 Avignon|64000 Pau|65000 Tarbes|40000 Mont-de-Marsan|46000 Cahors|12000 Rodez|48000 Mende|23000 Guéret|15000 Aurillac|03000 Moulins|58000 Nevers|89000 Auxerre|10000 Troyes|08000 Charleville-Mézières|02000 Laon|62000 Arras|62100 Calais|59140 Dunkerque|93200 Saint-Denis|94000 Créteil|92100 Boulogne-Billancourt|78000 Versailles|91000 Évry-Courcouronnes|95000 Cergy|77000 Melun|20000 Ajaccio|20200 Bastia|20250 Corte|22000 Saint-Brieuc|56100 Lorient|29000 Quimper|50100 Cherbourg-en-Cotentin|61000 Alençon|53000 Laval|85000 La Roche-sur-Yon|17000 La Rochelle|16000 Angoulême|24000 Périgueux|47000 Agen|82000 Montauban|81000 Albi|11000 Carcassonne|66000 Perpignan|09000 Foix|05000 Gap|83000 Toulon|73000 Chambéry|74000 Annecy|01000 Bourg-en-Bresse|39000 Lons-le-Saunier|70000 Vesoul|90000 Belfort|68000 Colmar|88000 Épinal|55000 Bar-le-Duc|71000 Mâcon|18000 Bourges|36000 Châteauroux|41000 Blois|28000 Chartres|27000 Évreux|60000 Beauvais|43000 Le Puy-en-Velay|07000 Privas|26000 Valence|19000 Tulle|79000 Niort|46120 Leyme|12390 Rignac|48400 Florac|23200 Aubusson|29690 Huelgoat|05100 Briançon|63240 Le Mont-Dore|32700 Lectoure|26110 Nyons|71250 Cluny|64500 Saint-Jean-de-Luz|56340 Carnac""".split("|")
DOM_CITIES = """97110 Pointe-à-Pitre|97100 Basse-Terre|97122 Baie-Mahault|97200 Fort-de-France|97231 Le Robert|97232 Le Lamentin|97300 Cayenne|97310 Kourou|97320 Saint-Laurent-du-Maroni|97400 Saint-Denis|97410 Saint-Pierre|97430 Le Tampon|97460 Saint-Paul|97600 Mamoudzou|97615 Pamandzi|98800 Nouméa|98714 Papeete|97500 Saint-Pierre|97133 Saint-Barthélemy|97150 Saint-Martin""".split("|")
STREET_TYPES = ["rue", "rue", "rue", "avenue", "boulevard", "allée", "impasse", "chemin",
                "place", "quai", "route", "cours", "square", "passage", "sentier"]
STREET_NAMES = ["des Tilleuls", "du Moulin", "Pasteur", "Victor Hugo", "de la Gare", "des Écoles",
                "Jean Jaurès", "du Général de Gaulle", "des Lavandières", "de l'Église", "Paul Bert",
                "des Coquelicots", "du Stade", "Émile Zola", "des Pins", "de la République",
                "Saint-Exupéry", "des Tanneurs", "du Four à Chaux", "des Mésanges", "de Verdun",
                "Lamartine", "des Capucins", "du Docteur Roux", "de la Fontaine", "des Acacias",
                "Gambetta", "du Port", "des Vignes", "de Bretagne", "Condorcet", "des Peupliers",
                "du 8 Mai 1945", "Montgolfier", "des Glycines", "de la Liberté", "du Château d'Eau"]
DOM_STREETS = ["des Flamboyants", "des Frangipaniers", "Schoelcher", "des Letchis", "Bois de Nèfles",
               "du Commandant Mortenol", "des Hibiscus", "des Manguiers", "Félix Éboué",
               "des Cocotiers", "de la Pointe des Sables", "Lislet Geoffroy", "des Balisiers"]
COMPLEMENTS = ["Résidence Les Glycines", "Bâtiment C, appt 24", "Escalier B, 3e étage",
               "Résidence du Parc, bât. 2", "Appartement 12", "Les Jardins d'Alizé, porte 5",
               "Cité scolaire, logement de fonction", "Immeuble Le Vendôme"]
LIEUDITS = ["Lieu-dit Les Bories", "Hameau de la Combe", "Le Bourg", "Mas des Oliviers, route de Vaison",
            "Ferme de la Vallée", "Lieu-dit Kerlann", "Domaine de Pradines", "Moulin de la Serre"]

# --------------------------------------------------------------------------
# fillers (never entities)
IA = ["ChatGPT", "Mistral", "Le Chat de Mistral", "Claude", "Gemini", "Copilot", "Perplexity",
      "DeepL", "Midjourney", "Albert", "MagicSchool", "Canva IA", "NotebookLM", "Grok", "Llama",
      "Lucie", "Khanmigo", "My AI de Snapchat", "Vittascience", "Copilot Edu"]
CLASSES = ["6e A", "5e 3", "4e B", "3e Prépa-Métiers", "2nde 4", "1re STMG 2", "Tle G3", "CM1",
           "CE2-CM1", "GS", "MS-GS", "BTS SIO 1", "CAP AEPE", "Tle Bac Pro MELEC", "ULIS",
           "4e SEGPA", "1re spé NSI", "3e C", "CP", "CM2", "6e Bleue", "2nde 7", "Tle STI2D"]
MATS = ["maths", "français", "histoire-géo", "SVT", "physique-chimie", "anglais", "espagnol",
        "allemand", "philo", "NSI", "SES", "EPS", "techno", "arts plastiques", "éducation musicale",
        "lettres classiques", "éco-gestion", "lettres-histoire"]
ECOLES = ["collège Jean Moulin", "lycée Marie Curie", "école Jules Ferry", "lycée Victor Hugo",
          "collège Simone Veil", "lycée Aimé Césaire", "collège Gaston Monnerville",
          "lycée Louis Pasteur", "école Paul Éluard", "collège Georges Brassens",
          "lycée Camille Claudel", "école maternelle Françoise Dolto", "collège Olympe de Gouges",
          "lycée professionnel Léopold Sédar Senghor", "lycée Jean Monnet", "collège Rosa Parks",
          "école Louise Michel", "lycée Condorcet", "collège Jacques Prévert",
          "lycée Leconte de Lisle", "lycée Schoelcher", "collège Félix Éboué", "lycée Lapérouse",
          "collège Jean Rostand", "lycée agricole Théodore Monod", "collège Pierre de Ronsard"]
ACAS = ["Lyon", "Créteil", "Versailles", "Aix-Marseille", "Lille", "Nantes", "Rennes", "Bordeaux",
        "Toulouse", "Grenoble", "Normandie", "Strasbourg", "Corse", "La Réunion", "Guadeloupe",
        "Martinique", "Guyane", "Mayotte", "Dijon", "Poitiers", "Montpellier", "Nancy-Metz"]
OPI = [
    "Je pense que l'IA peut aider, à condition d'apprendre aux élèves à s'en méfier.",
    "Honnêtement je suis partagé : gain de temps énorme, mais perte d'autonomie des élèves.",
    "C'est un outil comme un autre, tout dépend de ce qu'on en fait.",
    "On ne peut pas interdire ce que les élèves ont déjà dans leur poche.",
    "L'IA ne remplacera jamais la relation pédagogique.",
    "Le vrai problème c'est l'évaluation : comment noter un devoir maison maintenant ?",
    "Je crains surtout pour les données personnelles des élèves.",
    "Il faudrait une vraie formation, pas un webinaire d'une heure un mercredi.",
    "Les inégalités vont se creuser entre ceux qui savent s'en servir et les autres.",
    "Pour la différenciation c'est franchement génial.",
    "franchement ça fait peur, on va vers des élèves qui ne savent plus rédiger.",
    "Utile pour préparer les cours, dangereux pour les devoirs.",
    "L'institution a dix ans de retard, comme d'habitude.",
    "Je l'utilise pour les élèves dys et ça change tout.",
    "On nous demande de l'intégrer sans matériel ni connexion correcte.",
    "Je suis contre : trop d'erreurs, trop d'énergie consommée.",
    "Ça dépend de l'âge : pas avant le lycée à mon avis.",
    "c bien pour reviser mais faut pas tout croire.",
    "L'esprit critique, c'est ça qu'il faut enseigner en priorité.",
    "Les élèves copient-collent sans lire, c'est désespérant.",
]
CAPWORDS = ["Bref", "Voilà", "Bilan", "Attention", "Prudence", "Formation", "Budget", "Vigilance",
            "Conclusion", "Remarque", "Question", "Enfin", "Sinon", "Merci", "Franchement"]
RUES_TRAP = ["rue Victor Hugo", "avenue Jean Jaurès", "place Charles de Gaulle", "boulevard Gambetta",
             "allée Simone Signoret", "rue Frédéric Mistral", "quai Louis Blériot", "square Marcel Pagnol",
             "impasse Colette", "rue Pierre et Marie Curie", "place Aimé Césaire", "cours Jean Jaurès",
             "avenue du Maréchal Foch", "rue Jean de La Fontaine", "rue Gaston Monnerville"]
BATS = ["gymnase Alain Mimoun", "salle Marie Marvingt", "amphithéâtre Condorcet",
        "médiathèque Louise Michel", "espace culturel Aimé Césaire", "stade Pierre de Coubertin",
        "centre social Nelson Mandela", "bâtiment Marie Curie", "internat Jean Zay",
        "salle des fêtes Georges Pompidou", "CDI Anne Frank"]
LIVRES = ["Le Petit Prince", "Les Misérables", "Frankenstein", "1984", "Le Meilleur des mondes",
          "Fahrenheit 451", "La Planète des singes", "L'Homme bicentenaire", "Les Fourmis",
          "Petite Poucette", "Germinal", "Vendredi ou la Vie sauvage"]
FILMS = ["Her", "Ex Machina", "WALL-E", "2001, l'Odyssée de l'espace", "Matrix", "Terminator 2",
         "I, Robot", "A.I. Intelligence artificielle", "Les Temps modernes", "Le Cercle", "M3GAN"]
OEUVRES = ["le Bescherelle", "le Petit Robert", "le Larousse", "le Gaffiot", "le Bailly",
           "un vieux Lagarde et Michard", "le Grevisse", "un Maupassant", "du Zola",
           "le dernier Musso", "un Jules Verne"]
MARQUES = ["Apple", "Samsung", "Lenovo", "Microsoft", "Google", "Orange", "Lego Education",
           "Nathan", "Hachette Éducation", "Bordas", "Magnard", "Hatier", "Lelivrescolaire.fr",
           "Michelin", "Peugeot", "Chanel", "Casio", "Texas Instruments", "Decathlon"]
ASSOS = ["la Ligue de l'enseignement", "les Petits Débrouillards", "l'association e-Enfance",
         "les Francas", "la Fondation Abbé Pierre", "l'OCCE", "les CEMEA", "la Fondation Jean Jaurès",
         "Génération Numérique", "la FCPE", "la PEEP", "Emmaüs Connect"]
SYNDS = ["SNES-FSU", "SNUipp-FSU", "SE-Unsa", "Sgen-CFDT", "SNALC", "FO", "CGT Éduc'action",
         "SUD éducation", "SNPDEN-Unsa", "SNEP-FSU"]
ROLES = ["la principale adjointe", "l'IEN de circonscription", "le DASEN", "la CPE",
         "le gestionnaire", "le référent numérique", "la directrice", "notre inspectrice",
         "le proviseur", "la documentaliste", "l'infirmière", "le chef de travaux"]
FONCTIONS = ["professeur certifié", "professeure des écoles", "CPE", "AESH", "AED",
             "professeur documentaliste", "PsyEN", "personnel de direction", "ATSEM"]
BICS = ["BNPAFRPPXXX", "SOGEFRPP", "CCBPFRPPNAN", "PSSTFRPPLIL", "AGRIFRPP882", "CMCIFR2A",
        "CEPAFRPP751", "CRLYFRPP"]
FOREIGN_CITIES = ["Madrid", "Bruxelles", "Rabat", "Dakar", "Montréal", "Lisbonne", "Tunis",
                  "Beyrouth", "Abidjan", "Tokyo", "Mexico", "Vienne"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]

# --------------------------------------------------------------------------
# helpers


def D(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def slug(s):
    s = strip_accents(s).lower().replace("œ", "oe")
    return re.sub(r"[^a-z0-9-]", "", s.replace(" ", "-")).strip("-")


def mk(kind, val):
    return "⟦%s|%s⟧" % (kind, val)


def rand_date():
    y = rng.choice([2023, 2024, 2025, 2026])
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    k = rng.randrange(4)
    if k == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if k == 1:
        return "%d %s %d" % (d, MONTHS[m - 1], y)
    if k == 2:
        return "%s %d %s" % (rng.choice(["lundi", "mardi", "jeudi", "vendredi"]), d, MONTHS[m - 1])
    return "%02d.%02d.%02d" % (d, m, y % 100)


def birth_date():
    return "%02d/%02d/%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(1955, 2014))


def amount():
    return rng.choice(["%d €" % rng.randint(20, 9000), "%d,%02d € TTC" % (rng.randint(5, 4000), rng.randint(0, 99)),
                       "%d %03d euros" % (rng.randint(1, 40), rng.randint(0, 999))])

# --------------------------------------------------------------------------
# identifiers + validators


NIR_COUNTRIES = ["350", "351", "352", "341", "139", "109", "127", "134", "216", "401", "132", "243"]


WRONG_TARGET = 0.4
ACCEPTED = {"NIR": [0, 0], "IBAN": [0, 0], "UAI": [0, 0]}   # [count, wrong] over accepted draws


def want_wrong(kind):
    """Random draw whose probability leans towards keeping the accepted share near 40 %."""
    n, w = ACCEPTED[kind]
    p = WRONG_TARGET + 0.5 * (WRONG_TARGET * (n + 1) - w)
    return rng.random() < min(0.9, max(0.1, p))


def make_nir():
    sex = rng.choice("12")
    yy = "%02d" % rng.randint(0, 99)
    mm = "%02d" % rng.randint(1, 12)
    t = rng.random()
    if t < 0.62:
        dep = "%02d" % rng.choice([x for x in range(1, 96) if x != 20])
        com = "%03d" % rng.randint(1, 899)
    elif t < 0.75:
        dep = rng.choice(["2A", "2B"])
        com = "%03d" % rng.randint(1, 370)
    elif t < 0.88:
        dep = rng.choice(["971", "972", "973", "974", "976"])
        com = "%02d" % rng.randint(1, 34)
    else:
        dep = "99"
        com = rng.choice(NIR_COUNTRIES)
    order = "%03d" % rng.randint(1, 999)
    body = sex + yy + mm + dep + com + order
    num = int(body[:5] + {"2A": "19", "2B": "18"}.get(dep, dep) + body[5 + len(dep):])
    key = 97 - num % 97
    wrong = want_wrong("NIR")
    if wrong:
        key = rng.choice([k for k in range(1, 98) if k != key])
    k = rng.randrange(4)
    if k == 0:
        s = "%s%02d" % (body, key)
    elif k == 1:
        s = "%s %s %s %s %s %s %02d" % (sex, yy, mm, dep, com, order, key)
    elif k == 2:
        s = "%s %02d" % (body, key)
    else:
        s = "%s %s %s %s %s %s %02d" % (sex, yy, mm, dep, com, order, key)
        s = s.replace(" ", "\u00a0") if rng.random() < 0.3 else s
    return s, wrong


def nir_valid(s):
    t = re.sub(r"\s", "", s)
    if len(t) != 15:
        return False
    dep = t[5:7]
    body = t[:13]
    if dep in ("2A", "2B"):
        body = body[:5] + ("19" if dep == "2A" else "18") + body[7:]
    if not (body.isdigit() and t[13:].isdigit()):
        return False
    return 97 - int(body) % 97 == int(t[13:])


RIB_LET = {}
for _i, _c in enumerate("ABCDEFGHI"):
    RIB_LET[_c] = _i + 1
for _i, _c in enumerate("JKLMNOPQR"):
    RIB_LET[_c] = _i + 1
for _i, _c in enumerate("STUVWXYZ"):
    RIB_LET[_c] = _i + 2


def rib_key(bank, guichet, account):
    acc = "".join(str(RIB_LET[c]) if c.isalpha() else c for c in account)
    return 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(acc)) % 97)


def iban_num(s):
    return int("".join(str(ord(c) - 55) if c.isalpha() else c for c in s))


def make_iban():
    bank = rng.choice(["30004", "30003", "10278", "20041", "30002", "16006", "14505", "17515",
                       "12506", "10107", "13335", "18206", "11315", "15589", "19106"])
    guichet = D(5)
    acc = D(11)
    if rng.random() < 0.15:
        p = rng.randrange(11)
        acc = acc[:p] + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + acc[p + 1:]
    bban = bank + guichet + acc + "%02d" % rib_key(bank, guichet, acc)
    chk = 98 - iban_num(bban + "FR00") % 97
    wrong = want_wrong("IBAN")
    if wrong:
        chk = rng.choice([k for k in range(2, 99) if k != chk])
    iban = "FR%02d" % chk + bban
    if rng.random() < 0.65:
        iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban, wrong


def iban_valid(s):
    t = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"FR\d{2}[0-9A-Z]{23}", t):
        return False
    return iban_num(t[4:] + t[:4]) % 97 == 1


UAI_LET = "ABCDEFGHJKLMNPRSTUVWXYZ"
UAI_DEPS = ["075", "069", "013", "059", "033", "031", "067", "044", "974", "971", "972", "973",
            "976", "620", "720", "034", "006", "092", "093", "094", "095", "078", "091", "077",
            "062", "035", "029", "056", "022", "038", "063", "021", "080", "087", "046", "023"]


def make_uai():
    seven = rng.choice(UAI_DEPS) + D(4)
    letter = UAI_LET[int(seven) % 23]
    wrong = want_wrong("UAI")
    if wrong:
        letter = rng.choice([c for c in UAI_LET if c != letter])
    return seven + letter, wrong


def uai_valid(s):
    t = s.strip().upper()
    return bool(re.fullmatch(r"\d{7}[A-Z]", t)) and UAI_LET[int(t[:7]) % 23] == t[7]

# --------------------------------------------------------------------------
# phones


def fmt_fr(d):
    p = [d[i:i + 2] for i in range(0, 10, 2)]
    n = d[1:]
    k = rng.randrange(13)
    if k == 0:
        return " ".join(p)
    if k == 1:
        return ".".join(p)
    if k == 2:
        return "-".join(p)
    if k == 3:
        return d
    if k == 4:
        return "+33 %s %s" % (n[0], " ".join(n[i:i + 2] for i in range(1, 9, 2)))
    if k == 5:
        return "+33 (0)%s %s" % (n[0], " ".join(n[i:i + 2] for i in range(1, 9, 2)))
    if k == 6:
        return "+33" + n
    if k == 7:
        return "0033 %s %s" % (n[0], " ".join(n[i:i + 2] for i in range(1, 9, 2)))
    if k == 8:
        return "0033" + n
    if k == 9:
        return "/".join(p)
    if k == 10:
        return "+33 %s.%s" % (n[0], ".".join(n[i:i + 2] for i in range(1, 9, 2)))
    if k == 11:
        return "%s %s %s %s" % (d[:2], d[2:4], d[4:7], d[7:])
    return "+33 %s %s %s %s" % (n[0], n[1:3], n[3:6], n[6:])


def tel_mobile():
    return fmt_fr("0" + rng.choice("67") + D(8))


def tel_fixed():
    return fmt_fr("0" + rng.choice("123459") + D(8))


def tel_any():
    return tel_mobile() if rng.random() < 0.5 else tel_fixed()


DOM_PREF = [("0690", "590"), ("0590", "590"), ("0696", "596"), ("0596", "596"), ("0694", "594"),
            ("0594", "594"), ("0692", "262"), ("0693", "262"), ("0262", "262"), ("0639", "262"),
            ("0269", "262")]


def tel_dom():
    k = rng.randrange(9)
    if k < 6:
        pre, cc = rng.choice(DOM_PREF)
        r = D(6)
        f = rng.randrange(4)
        if f == 0:
            return "%s %s %s %s" % (pre, r[:2], r[2:4], r[4:])
        if f == 1:
            return "%s %s %s %s %s" % (pre[:2], pre[2:], r[:2], r[2:4], r[4:])
        if f == 2:
            return "+%s %s %s %s %s" % (cc, pre[1:], r[:2], r[2:4], r[4:])
        return "00%s %s%s" % (cc, pre[1:], r)
    if k == 6:
        r = D(6)
        return "+687 %s.%s.%s" % (r[:2], r[2:4], r[4:])
    if k == 7:
        return "+689 %s %s %s %s" % (rng.choice(["87", "89", "40"]), D(2), D(2), D(2))
    return "+508 41 %s %s" % (D(2), D(2))


def tel_foreign():
    return rng.choice([
        lambda: "+32 2 %s %s %s" % (D(3), D(2), D(2)),
        lambda: "+32 47%s %s %s %s" % (D(1), D(2), D(2), D(2)),
        lambda: "+41 22 %s %s %s" % (D(3), D(2), D(2)),
        lambda: "+41 79 %s %s %s" % (D(3), D(2), D(2)),
        lambda: "+1 514 %s-%s" % (D(3), D(4)),
        lambda: "+212 6 %s %s %s %s" % (D(2), D(2), D(2), D(2)),
        lambda: "+221 77 %s %s %s" % (D(3), D(2), D(2)),
        lambda: "+34 6%s %s %s" % (D(2), D(3), D(3)),
        lambda: "+49 30 %s" % D(8),
        lambda: "+44 20 7%s %s" % (D(3), D(4)),
        lambda: "+352 621 %s %s" % (D(3), D(3)),
        lambda: "+216 98 %s %s" % (D(3), D(3)),
        lambda: "+225 07 %s %s %s %s" % (D(2), D(2), D(2), D(2)),
        lambda: "+81 3-%s-%s" % (D(4), D(4)),
        lambda: "+961 1 %s %s" % (D(3), D(3)),
        lambda: "+351 21 %s %s" % (D(3), D(4)),
        lambda: "+52 55 %s %s" % (D(4), D(4)),
    ])()

# --------------------------------------------------------------------------
# e-mails


DOM_ACA = ["ac-lyon.fr", "ac-versailles.fr", "ac-creteil.fr", "ac-aix-marseille.fr", "ac-reunion.fr",
           "ac-guadeloupe.fr", "ac-martinique.fr", "ac-guyane.fr", "ac-mayotte.fr", "ac-normandie.fr",
           "ac-bordeaux.fr", "ac-toulouse.fr", "ac-lille.fr", "ac-strasbourg.fr", "ac-corse.fr",
           "ac-nantes.fr", "ac-rennes.fr", "ac-grenoble.fr", "ac-noumea.nc", "ac-dijon.fr"]
DOM_PERSO = ["gmail.com", "orange.fr", "free.fr", "laposte.net", "sfr.fr", "hotmail.fr", "outlook.fr",
             "yahoo.fr", "wanadoo.fr", "icloud.com", "protonmail.com", "aefe.fr", "mail.pf",
             "canl.nc", "lfmadrid.es", "lycee-francais-dakar.sn", "numericable.fr", "bbox.fr"]


def person_local(p):
    f = slug(p.first)
    l = slug(p.last).replace("-", "")
    return rng.choice(["%s.%s" % (f, l), "%s.%s" % (f[0], l), "%s%s" % (f, l), "%s.%s" % (l, f),
                       "%s-%s" % (f, l), "%s.%s%d" % (f, l, rng.randint(1, 99)), "%s%s" % (f[0], l),
                       "%s_%s" % (f, l[:3])])


def domain_for(p):
    return rng.choice(DOM_ACA) if rng.random() < 0.45 else rng.choice(DOM_PERSO)


def obfuscate(local, domain):
    parts = domain.split(".")
    k = rng.randrange(9)
    if k == 0:
        return "%s arobase %s" % (local, domain)
    if k == 1:
        return "%s[at]%s" % (local, domain)
    if k == 2:
        return "%s (at) %s" % (local, domain)
    if k == 3:
        return "%s chez %s" % (local, domain)
    if k == 4:
        return "%s AT %s" % (local, " DOT ".join(parts))
    if k == 5:
        return "%s [arobase] %s" % (local, " [point] ".join(parts))
    if k == 6:
        return "%s@%s" % (local, "[.]".join(parts))
    if k == 7:
        return "%s @ %s" % (local, domain)
    return "%s (arobase) %s (point) %s" % (local, ".".join(parts[:-1]), parts[-1])


def generic_mail():
    k = rng.randrange(5)
    if k == 0:
        u, _ = make_uai()
        return "ce.%s@%s" % (u.lower(), rng.choice(DOM_ACA))
    if k == 1:
        return "%s@%s" % (rng.choice(["secretariat", "vie-scolaire", "intendance", "direction",
                                      "cdi", "infirmerie", "dane"]), rng.choice(DOM_ACA))
    p = Person("A")
    return "%s@%s" % (person_local(p), domain_for(p))

# --------------------------------------------------------------------------
# addresses


def housenum():
    n = str(rng.choice([rng.randint(1, 30), rng.randint(1, 180)]))
    r = rng.random()
    if r < 0.1:
        n += " bis"
    elif r < 0.14:
        n += " ter"
    elif r < 0.18:
        n += "B"
    return n


def street(dom=False):
    return "%s %s" % (rng.choice(STREET_TYPES), rng.choice(DOM_STREETS if dom else STREET_NAMES))


def num_street(dom=False):
    n = housenum()
    sep = ", " if rng.random() < 0.2 else " "
    s = street(dom)
    if rng.random() < 0.08:
        s = s.upper()
    return n + sep + s


def adr_fr(dom=False, multiline=None):
    city = rng.choice(DOM_CITIES if dom else CITIES)
    if rng.random() < 0.12:
        city = city.upper()
    if multiline is None:
        multiline = rng.random() < 0.25
    sep = "\n" if multiline else rng.choice([", ", ", ", " ", " - ", " – "])
    k = rng.randrange(10)
    if k < 5:
        return num_street(dom) + sep + city
    sep2 = ", " if sep == " " else sep
    if k == 5:
        return rng.choice(COMPLEMENTS) + sep2 + num_street(dom) + sep + city
    if k == 6:
        return rng.choice(LIEUDITS) + sep2 + city
    if k == 7:
        return num_street(dom) + sep2 + "BP %d" % rng.randint(10, 999) + sep + city
    if k == 8 and dom:
        return rng.choice(["Lotissement Les Flamboyants", "Quartier Bellevue", "Village Kawéni",
                           "Cité Bois d'Olives"]) + sep2 + city
    return num_street(dom) + sep + city


def adr_cedex():
    cp, city = rng.choice(CITIES).split(" ", 1)
    cp = cp[:2] + D(3)
    sep = rng.choice([", ", "\n", " – "])
    return "%s%s%s%s%s %s CEDEX%s" % (num_street(), sep, rng.choice(["BP ", "CS "]) + D(5), sep, cp,
                                      city.upper(), rng.choice(["", " %d" % rng.randint(1, 9), " 0%d" % rng.randint(1, 9)]))


def adr_a():
    city = rng.choice(CITIES).split(" ", 1)[1]
    return "%s à %s" % (num_street(), city)


def adr_street():
    if rng.random() < 0.2:
        return num_street() + ", " + rng.choice(CITIES).split(" ", 1)[0]
    return num_street()


def adr_foreign():
    n = str(rng.randint(1, 140))
    return rng.choice([
        "Avenue Louise %s, 1050 Ixelles, Belgique" % n,
        "Chemin des Crêts %s, 1209 Genève, Suisse" % n,
        "%s avenue Mohammed V, 10000 Rabat, Maroc" % n,
        "Calle de Alcalá %s, 28009 Madrid, Espagne" % n,
        "Via Garibaldi %s, 10122 Torino, Italie" % n,
        "Schillerstraße %s, 60313 Frankfurt am Main, Allemagne" % n,
        "%s Fitzjohn's Avenue, London NW3 5NA, Royaume-Uni" % n,
        "%s rue Sainte-Catherine Ouest, Montréal (Québec) H3B 1A7, Canada" % (n + "0"),
        "Rua Augusta %s, 1100-053 Lisboa, Portugal" % n,
        "Villa %s, route de la Corniche Ouest, Dakar, Sénégal" % n,
        "%s rue de Marseille, 1000 Tunis, Tunisie" % n,
        "Rue Abdel Aziz %s, Achrafieh, Beyrouth, Liban" % n,
        "%s boulevard Zerktouni\n20000 Casablanca\nMaroc" % n,
        "Rue du Fossé %s, L-1536 Luxembourg, Luxembourg" % n,
        "%s, rue des Jardins, Cocody, Abidjan, Côte d'Ivoire" % n,
        "%s East 62nd Street, New York, NY 10065, États-Unis" % n,
        "Hauptstraße %s\n1010 Wien\nAutriche" % n,
    ])


def adr_any():
    r = rng.random()
    if r < 0.62:
        return adr_fr()
    if r < 0.72:
        return adr_fr(dom=True)
    if r < 0.8:
        return adr_cedex()
    if r < 0.87:
        return adr_a()
    return adr_foreign()

# --------------------------------------------------------------------------
# persons


class Person:
    def __init__(self, key, used=()):
        for _ in range(50):
            self.g = rng.choice("FM")
            if key[0] in "FQ":
                self.g = "F"
            elif key[0] in "MG":
                self.g = "M"
            kid = key[0] in "KJGQ"
            if kid:
                self.first = rng.choice(KIDS_F if self.g == "F" else KIDS_M)
            else:
                self.first = rng.choice(FIRST_F if self.g == "F" else FIRST_M)
            cat = {"R": "rare", "W": "word", "X": "double", "O": "origin"}.get(key[0])
            if cat is None:
                cat = rng.choices(["common", "rare", "word", "double", "origin"], [4, 2, 1.5, 1.2, 3])[0]
            self.last = rng.choice(SURN[cat])
            if self.first not in used and self.last not in used:
                break
        self.last2 = rng.choice(SURN["common"] + SURN["origin"])

    def initial_last(self):
        for c in self.last:
            if c.isupper():
                return c
        return self.last[0].upper()

    def first_inits(self):
        return "-".join(x[0] + "." for x in self.first.split("-"))

    def attr(self, a):
        F = self.g == "F"
        P = "PERSONNE"
        if a == "":
            a = rng.choice(["fl", "fl", "FL", "LF"])
        if a == "fl":
            return mk(P, "%s %s" % (self.first, self.last))
        if a == "FL":
            return mk(P, "%s %s" % (self.first, self.last.upper()))
        if a == "LF":
            return mk(P, "%s %s" % (self.last.upper(), self.first))
        if a == "f":
            return mk(P, self.first)
        if a == "F":
            return mk(P, self.first.upper())
        if a == "l":
            return mk(P, self.last)
        if a == "L":
            return mk(P, self.last.upper())
        if a == "L2":
            return mk(P, self.last2.upper())
        if a == "i":
            return mk(P, self.initial_last())
        if a == "ii":
            return mk(P, "%s.%s" % (self.first[0], self.initial_last()))
        if a == "ii2":
            return mk(P, "%s%s" % (self.first[0], self.initial_last()))
        if a == "pl":
            return mk(P, "%s %s" % (self.first_inits(), self.last))
        if a == "low":
            return mk(P, ("%s %s" % (self.first, self.last)).lower())
        if a == "lowf":
            return mk(P, self.first.lower())
        if a == "lowl":
            return mk(P, self.last.lower())
        if a == "mail":
            return mk("EMAIL", "%s@%s" % (person_local(self), domain_for(self)))
        if a == "mailo":
            return mk("EMAIL", obfuscate(person_local(self), domain_for(self)))
        if a == "civ":
            return "Mme" if F else "M."
        if a == "Civ":
            return "Madame" if F else "Monsieur"
        if a == "e":
            return "e" if F else ""
        if a == "EU":
            return "E" if F else ""
        if a == "ere":
            return "ère" if F else "er"
        if a == "ne":
            return "ne" if F else ""
        if a == "teur":
            return "trice" if F else "teur"
        if a == "il":
            return "elle" if F else "il"
        raise KeyError(a)

# --------------------------------------------------------------------------
# rendering engine


class Ctx:
    def __init__(self):
        self.persons = {}
        self.used = set()
        self.flags = []      # (kind, wrong)
        self.cache = {}
        self.clock = rng.randint(7 * 60, 19 * 60)

    def person(self, key):
        if key not in self.persons:
            p = Person(key, self.used)
            self.used.add(p.first)
            self.used.add(p.last)
            self.persons[key] = p
        return self.persons[key]

    def hour(self):
        self.clock = min(self.clock + rng.randint(1, 40), 23 * 60 + 50)
        h, m = divmod(self.clock, 60)
        return rng.choice(["%dh%02d" % (h, m), "%02d:%02d" % (h, m), "%dh%02d" % (h, m)])

    def ident(self, fn, kind):
        v, w = fn()
        self.flags.append((kind, w))
        return mk(kind, v)

    def cached(self, name, fn):
        if name not in self.cache:
            self.cache[name] = fn()
        return self.cache[name]

    def resolve(self, name, attr):
        G = {
            "TEL": lambda: mk("TELEPHONE", tel_any()),
            "TELM": lambda: mk("TELEPHONE", tel_mobile()),
            "TELF": lambda: mk("TELEPHONE", tel_fixed()),
            "TELD": lambda: mk("TELEPHONE", tel_dom()),
            "TELX": lambda: mk("TELEPHONE", tel_foreign()),
            "TELA": lambda: mk("TELEPHONE", rng.choice([tel_any, tel_any, tel_dom, tel_foreign])()),
            "MAIL": lambda: mk("EMAIL", generic_mail()),
            "MAILO": lambda: mk("EMAIL", obfuscate(*generic_mail().split("@"))),
            "ADR": lambda: mk("ADRESSE", adr_fr()),
            "ADR2": lambda: mk("ADRESSE", adr_fr(multiline=True)),
            "ADRA": lambda: mk("ADRESSE", adr_a()),
            "ADRS": lambda: mk("ADRESSE", adr_street()),
            "ADRF": lambda: mk("ADRESSE", adr_foreign()),
            "ADRD": lambda: mk("ADRESSE", adr_fr(dom=True)),
            "ADRC": lambda: mk("ADRESSE", adr_cedex()),
            "ADRX": lambda: mk("ADRESSE", adr_any()),
            "NIR": lambda: self.ident(make_nir, "NIR"),
            "IBAN": lambda: self.ident(make_iban, "IBAN"),
            "UAI": lambda: self.ident(make_uai, "UAI"),
            "PUB": lambda: mk("PERSONNE", self.cached("PUB", lambda: rng.choice(PUBLIC))[0]),
            "PUB2": lambda: mk("PERSONNE", self.cached("PUB2", lambda: rng.choice(
                [p for p in PUBLIC if p != self.cached("PUB", lambda: rng.choice(PUBLIC))]))[0]),
            "PUBL": lambda: mk("PERSONNE", self.cached("PUBL", lambda: rng.choice(PUBLIC))[1]),
            # fillers
            "IA": lambda: rng.choice(IA),
            "CL": lambda: rng.choice(CLASSES),
            "MAT": lambda: rng.choice(MATS),
            "ECOLE": lambda: self.cached("ECOLE", lambda: rng.choice(ECOLES)),
            "ECOLE2": lambda: rng.choice(ECOLES),
            "VILLE": lambda: rng.choice(CITIES).split(" ", 1)[1],
            "VILLEX": lambda: rng.choice(FOREIGN_CITIES),
            "CPV": lambda: rng.choice(CITIES + DOM_CITIES),
            "ACA": lambda: rng.choice(ACAS),
            "DATE": lambda: self.cached("DATE", rand_date),
            "DATE2": lambda: rand_date(),
            "DATEN": lambda: birth_date(),
            "H": lambda: self.hour(),
            "OPI": lambda: rng.choice(OPI),
            "N2": lambda: str(rng.randint(2, 60)),
            "N5": lambda: D(5),
            "SALLE": lambda: rng.choice(["B204", "A12", "C003", "informatique 2", "polyvalente", "107", "D1-14"]),
            "BIC": lambda: rng.choice(BICS),
            "FONCTION": lambda: rng.choice(FONCTIONS),
            "SYND": lambda: rng.choice(SYNDS),
            "ROLE": lambda: rng.choice(ROLES),
            "RUE": lambda: rng.choice(RUES_TRAP),
            "BAT": lambda: rng.choice(BATS),
            "LIVRE": lambda: rng.choice(LIVRES),
            "FILM": lambda: rng.choice(FILMS),
            "OEUVRE": lambda: rng.choice(OEUVRES),
            "MARQUE": lambda: rng.choice(MARQUES),
            "ASSO": lambda: rng.choice(ASSOS),
            "CAP": lambda: rng.choice(CAPWORDS),
            "MONT": amount,
            "SIRET": lambda: "%s %s %s %s" % (D(3), D(3), D(3), D(5)),
            "SIREN": lambda: "%s %s %s" % (D(3), D(3), D(3)),
            "ISBN": lambda: "978-2-%s-%s-%s" % (D(2), D(5), D(1)),
            "CMD": lambda: "CMD-%d-%s" % (rng.choice([2024, 2025]), D(6)),
            "TICKET": lambda: rng.choice(["#", "INC", "GLPI-", "n° "]) + D(5),
            "FACT": lambda: "FA-%d-%s" % (rng.choice([2024, 2025]), D(4)),
            "LOI": lambda: rng.choice([
                "la loi n° 2019-791 du 26 juillet 2019", "l'article L. 111-1 du Code de l'éducation",
                "l'article 6 du RGPD", "le règlement (UE) 2016/679", "l'article L. 131-1 du Code de l'éducation",
                "la loi n° 78-17 du 6 janvier 1978", "le décret n° 2014-940 du 20 août 2014",
                "la circulaire n° 2024-%s" % D(3), "le BO n° %d du %s" % (rng.randint(1, 45), rand_date()),
                "l'AI Act (règlement UE 2024/1689)"]),
            "VER": lambda: rng.choice(["Windows 11 23H2", "Pronote 2024 v1.4", "Python 3.12",
                                       "iPadOS 17.5", "Moodle 4.3", "LibreOffice 24.2", "Scratch 3.0",
                                       "GPT-4o", "Mistral Large 2", "Claude 3.5", "Android 14"]),
            "SHORT": lambda: rng.choice(["3018", "3020", "119", "15", "17", "112", "114", "3114", "3919"]),
            "VERT": lambda: rng.choice(["0 800 %s %s" % (D(3), D(3)), "0800 %s %s %s" % (D(2), D(2), D(2)),
                                        "0 805 %s %s" % (D(3), D(3))]),
        }
        if name in G:
            if attr:
                raise KeyError(name + "." + attr)
            return G[name]()
        if re.fullmatch(r"[A-Z]\d?", name):
            return self.person(name).attr(attr or "")
        raise KeyError(name)


PH = re.compile(r"\{([A-Z][A-Z0-9]*)(?:\.([A-Za-z0-9]+))?\}")
MARK = re.compile(r"⟦([A-Z]+)\|(.*?)⟧", re.S)


def degrade(lit, mode):
    if "noacc" in mode:
        lit = strip_accents(lit)
    if "lower" in mode:
        lit = lit.lower()
    return lit


def fill(template, ctx, mode=""):
    out = []
    pos = 0
    for m in PH.finditer(template):
        out.append(degrade(template[pos:m.start()], mode))
        out.append(ctx.resolve(m.group(1), m.group(2)))
        pos = m.end()
    out.append(degrade(template[pos:], mode))
    return "".join(out)


def render(marked):
    out, ents, cur, pos = [], [], 0, 0
    for m in MARK.finditer(marked):
        lit = marked[pos:m.start()]
        out.append(lit)
        cur += len(lit)
        ents.append((m.group(1), m.group(2), cur))
        out.append(m.group(2))
        cur += len(m.group(2))
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text
    return text, ents


def check(text, ents):
    """ents: list of (kind, value, offset or None). Returns error string or ''."""
    prev = 0
    prev_kind = None
    for kind, val, off in ents:
        if kind not in KINDS:
            return "kind %s" % kind
        if not val or val != val.strip():
            return "spaces %r" % val
        f = text.find(val, prev)
        if off is not None and f != off:
            return "offset %r" % val
        if f < 0:
            return "missing %r" % val
        first = val.split()[0].rstrip(".").lower()
        if first in TITLES:
            return "title %r" % val
        if kind == "PERSONNE" and val.endswith("."):
            return "dot %r" % val
        end = f + len(val)
        if kind == prev_kind == "PERSONNE" and set(text[prev:f]) <= {" "}:
            return "adjacent-persons %r" % val
        if f > 0 and text[f - 1].isalnum():
            return "glued-left %r" % val
        if end < len(text) and text[end].isalnum():
            return "glued-right %r" % val
        prev = end
        prev_kind = kind
    return ""

# --------------------------------------------------------------------------
# SURVEY templates (>= 60)
SURVEY = [
    "Je suis prof de {MAT} au {ECOLE}. {OPI} Ma collègue {A.f} (doc) a monté un atelier « esprit critique et {IA} » avec les {CL}, c'était vraiment bien. Par contre Mme {R.l}, notre IEN, reste très réservée et je la comprends un peu.",
    "{OPI} J'ai un élève, {G.f}, en {CL}, qui m'a rendu un commentaire entièrement généré par {IA}. Quand je lui ai demandé ce que voulait dire « anaphore » il a séché. Voilà.\nMme {B.i}., lettres modernes",
    "perso jutilise {IA} presque tt les soirs pr preparer mes fiches. {A.lowf} ma collegue de {MAT} dit que c de la triche mdr. bref jsuis pour si on nous forme. {B.low}",
    "Parent d'élève ({CL}). Mon fils {G.f} utilise l'IA pour ses devoirs et je ne sais pas trop quoi en penser. J'en ai parlé à M. {B.l}, son professeur principal, qui m'a conseillé de lire ce qu'écrit {PUB} sur le sujet. Si besoin : {A.mail} ou {TELM}.",
    "En tant qu'AESH j'accompagne {K.f} ({CL}) et la synthèse vocale l'aide énormément, vraiment. Mais on n'est jamais formés, on bricole.\n{A.FL}, AESH au {ECOLE}",
    "CPE depuis douze ans. Les AED, notamment {A.f} et {B.f}, voient circuler des montages truqués entre élèves, c'est un vrai sujet de harcèlement et on est démunis. {C.fl}, CPE",
    "moi je trouve ça bien mais faudrait que les profs se mettent d'accord. Mme {R.l} interdit tout, M. {W.l} autorise tout, on est perdus. {K.f} {CL}",
    "L'inspection nous pousse à expérimenter. Lors de sa visite, Mme {R.l} (IA-IPR de {MAT}) a cité {PUB} et les travaux de {PUBL}. Très bien, mais avec quels moyens ? Pour échanger : {A.mail}",
    "Je suis infirmière scolaire. Plusieurs élèves m'ont dit qu'ils « parlent » à un chatbot le soir quand ça ne va pas. Une élève de {CL}, {Q.f}, m'a montré ses conversations... ça m'inquiète. Je suis joignable au {TELF}. {F.fl}",
    "Psychologue EN. {OPI} J'ai signalé à M. {B.l} (principal) un cas préoccupant en {CL}. Pour la cellule de veille : {A.fl}, {A.mail}, {TEL}.",
    "Bonjour, je suis le référent numérique du {ECOLE} ({UAI}). On a déployé {IA} en test avec 3 collègues : {A.fl}, {B.fl} et {C.fl}. Retours mitigés. Contact : {D.mail}",
    "Retraitée de l'Éducation nationale ({MAT}). Mes petits-enfants {K.f} et {J.f} font leurs exposés avec l'IA, ça me laisse perplexe. De mon temps on avait le Quid ! {F.fl}, {ADRA}",
    "Secrétaire de direction : on me demande de rédiger des courriers avec {IA}. Je refuse d'y mettre des données d'élèves. Ma cheffe, Mme {W.l}, est d'accord. Signé {A.f}",
    "L'IA c'est l'avenir !!! mon prof de {MAT} M. {X.l} nous a appris a bien faire les prompts c trop bien. {K.low} en {CL}",
    "Formateur INSPÉ. J'ai animé le stage « IA et évaluation » avec {A.fl} le {DATE}. Les stagiaires (dont {B.f}, {C.f} et {D.f}) avaient déjà tous {IA} sur leur téléphone. Mes coordonnées : {E.mail}, {TEL}",
    "Représentante syndicale ({SYND}), je vois surtout la charge de travail qui augmente. La rectrice, Mme {R.l}, parle d'« accompagnement », on attend toujours.\n{F.FL} – {TELM}",
    "ATSEM en maternelle : rien à voir avec nous pour l'instant. Sauf que la maîtresse, {F.f}, a utilisé une IA pour faire des images pour les GS et les enfants ont adoré. {B.fl}",
    "DDFPT en lycée pro. En Bac Pro MELEC l'IA commence à être utile pour les schémas. M. {W.l} (chef de travaux parti à la retraite) aurait adoré. Contact : {A.FL}, {A.mail}",
    "Professeure documentaliste. J'enseigne la vérification des sources. Exemple en {CL} : {K.f} pensait que {PUB} avait écrit un texte inventé par {IA}. Il faut former ! {A.fl}",
    "Je suis parent et délégué FCPE. Ma fille {Q.f} ({CL}) m'a dit que la prof, Mme {R.l}, leur a fait comparer une rédaction humaine et une rédaction IA. Génial. {A.LF}, {TEL}",
    "AED au {ECOLE}. Franchement les élèves sont plus forts que nous. {K.f} et {J.f} m'ont montré comment générer une fausse note de prof. Flippant. {A.f}",
    "ras. pas d'avis particulier, je laisse les collègues répondre.\n{A.low}",
    "Enseignante en Guadeloupe. Chez nous le réseau coupe tout le temps, alors l'IA... Mon collègue {M.FL} a essayé en {CL}, ça a planté 3 fois. Joignable au {TELD}.",
    "Je travaille dans un lycée français à l'étranger (AEFE). {OPI} La proviseure, Mme {X.l}, a rédigé une charte avec {A.fl}. Mon adresse : {ADRF}. {B.fl}, {TELX}",
    "Prof de philo. Je fais lire {PUB} et je leur demande de débattre avec une IA. L'élève {K.fl} ({CL}) a gagné le débat, je crois. Mes amitiés à {B.f} qui a eu l'idée.",
    "Je suis directrice d'école, je n'ai ni le temps ni les moyens. Mon adjointe {F.f} s'y intéresse, tant mieux. {B.Civ} {B.l}, si vous lisez ceci : il nous faut des formations !\n{F1.FL}, école {UAI}",
    "Mon enfant {G.f} est en {CL} et il a un PAP. L'outil de dictée l'aide beaucoup. Merci à {A.f}, son AESH, et à Mme {R.l}. {B.fl} — {B.mailo}",
    "Enseignant à Mayotte. Les élèves n'ont souvent pas d'ordi à la maison. {OPI}\n{M.fl}\n{ADRD}\n{TELD}",
    "j'ai 15 ans je suis en {CL} et jutilise {IA} pour reviser. ma prof mme {R.lowl} dit que c pas bien mais elle l'utilise aussi lol",
    "Je suis prof de {MAT}. Anecdote : {K.f} m'a rendu un devoir où l'IA avait inventé une citation de {PUB}. On en a ri avec {A.f}, ma collègue d'anglais. Bon courage à tous. {B.pl}",
    "Avis d'un IEN : il faut une doctrine claire. J'en ai discuté avec {PUB} lors d'un colloque à {VILLE}. {M.fl}, inspecteur de l'éducation nationale, circonscription de {VILLE}",
    "Très favorable. {OPI} Merci à {A.fl} et {B.fl} pour le webinaire. {C.ii}.",
    "Je suis parent séparé ; le père de {K.f}, {M.fl}, laisse l'enfant utiliser {IA} sans contrôle. Je ne suis pas d'accord. Pour toute question, écrire à {B.mail}.",
    "prof en SEGPA. mes eleves ont bcp de mal a lire, l'IA peut les aider OU les rendre encore plus dependants. on verra. {A.lowf} (PLP) et {B.lowf} (PE) bossent la dessus avec moi",
    "Bonjour. Je m'appelle {F.fl}, je suis AESH mutualisée sur 3 écoles. Personne ne m'a demandé mon avis avant. Voilà c'est fait. Mon tel : {TELM}",
    "le proviseur adjoint M. {W.l} nous a dit en réunion quil fallait « s'approprier les outils ». ok mais lesquels ?? {A.fl}, prof de {MAT}",
    "Dans ma classe de {CL}, {K.f}, {J.f} et {K2.f} ont fait un exposé sur {PUB} avec l'aide de l'IA. Très réussi, mais j'ai dû vérifier chaque date. {A.fl}",
    "IA = triche, point. J'ai surpris {G.fl} en plein contrôle avec {IA} sur son téléphone. Mme {R.l} l'a convoqué. {A.LF}, prof principal",
    "Chère équipe de l'enquête, merci de nous consulter ! Je suis AED et étudiant en master. Si vous voulez un entretien : {M.fl}, {M.mail}, {TELM}, {ADR}.",
    "Prof documentaliste à la Réunion. On a organisé une semaine de l'IA au CDI. Merci à {A.fl} (IAN) et à {B.f} de la DRANE. {C.FL}, {TELD}",
    "Témoignage de parent : ma fille {Q.f} a été victime d'un montage avec son visage. Le CPE, M. {W.l}, a été formidable. Je laisse mon contact si d'autres parents veulent en parler : {A.mailo}",
    "Avis mitigé. Voir ce qu'en disent {PUB} et {PUB2}. Cordialement, {A.pl}",
    "Enseignant·e en ULIS. L'IA génère des textes adaptés FALC, super gain de temps. Mon AESH {A.f} les relit.\n-- {B.fl}",
    "Question : qui paie les licences ? On nous a proposé {IA} mais le gestionnaire, M. {R.l}, dit qu'il n'y a pas de ligne budgétaire. {A.FL}, {UAI}",
    "Je suis élève délégué de {CL}. On a voté en classe : 18 pour, 6 contre. {K.f} a proposé qu'on écrive une charte. Signé {K.FL} et {J.FL}.",
    "Enseignant retraité, j'ai formé des générations à la dissertation. Mon ancienne élève {F.fl}, devenue ingénieure, m'explique que tout cela est inéluctable. Soit.\n{M.fl}\n{ADR2}",
    "Je suis AESH et maman de {Q.f}. Double casquette ! Merci à l'enseignante de ma fille, Mme {X.l}, qui prend le temps d'expliquer les risques. {F.f}",
    "RAS de mon côté, l'IA ne me concerne pas, je suis agent d'accueil. Mais ma collègue {A.fl} voudrait être formée. Son mail : {A.mail}",
    "Avis d'une prof de langues : la traduction automatique a tué la version. Mes élèves de {CL} (sauf {K.f}, qui adore traduire) ne cherchent plus un mot. {A.fl}",
    "on est en 2025 il faut vivre avec son temps mon fils {G.lowf} utilise l'IA et moi aussi au boulot voila {A.low} {TELM}",
    "Je veux signaler que mon nom et celui de mon fils ({A.fl} et {G.fl}) ont été saisis par une enseignante dans un outil d'IA sans notre accord. Mon numéro de sécu a même été demandé pour une sortie : {NIR}. Est-ce normal ?",
    "Le principal {M.fl} a imposé {IA} pour les bulletins. Les appréciations se ressemblent toutes. Pour {K.f} : « élève sérieux ». Pour {J.f} : « élève sérieux ». Bravo. {B.ii}",
    "CPE en lycée agricole. Les internes utilisent l'IA la nuit. Avec {A.f} et {B.f} (AED) on a fait une soirée débat. Top. {C.fl}, {C.mail}",
    "Prof de {MAT} à Nouméa. La connexion est chère, les élèves des tribus n'ont pas accès. Ma collègue {A.fl} pense pareil. {TELD}",
    "Mme {R.l} (principale adjointe) a tout compris : on teste, on évalue, on arrête si ça ne marche pas. M. {W.l}, lui, veut tout interdire. Moi je suis entre les deux. {A.f}, prof de {MAT}",
    "Pour le remboursement de ma formation IA, je n'ai toujours rien reçu. J'ai pourtant envoyé mon IBAN ({IBAN}) à M. {R.l} au service de gestion. {A.fl}",
    "{OPI} Je cite mon élève {K.f}, {CL} : « Madame, l'IA elle sait tout sauf ce qu'on a fait en cours. » Tout est dit. {A.FL}",
    "Enseignante en Guyane, à Saint-Laurent. Beaucoup d'élèves parlent le sranan tongo ou le bushinengue tongo, l'IA ne les comprend pas. {F.fl}, {F.mailo}",
    "je suis nul en orthographe et l'IA m'aide bcp. merci a Mr {W.l} de nous avoir montré. {K.fl}",
    "En tant que parent, je demande que l'établissement ({UAI}) publie sa politique IA. J'ai écrit à Mme {R.l} le {DATE}, sans réponse.\n{A.fl}\n{ADR}",
    "Prof de {MAT} au {ECOLE} : notre projet eTwinning avec la classe de {A.fl} à Cracovie utilise l'IA pour traduire. Génial. {B.fl}, {TELX}",
    "Je tiens à remercier {F.fl}, notre formatrice, et {PUB} pour sa conférence en ligne. Grâce à eux j'ai compris. {B.f} (CM2)",
    "Directeur d'école en Polynésie. Les familles ont peur. Nous avons réuni les parents de {K.f} et {J.f} pour expliquer. {M.fl}, {TELD}",
    "bonjour alors moi je suis maman de trois enfants {K.f} qui a 12 ans {J.f} qui en a 9 et le petit {G.f} et je trouve que l'ia c'est pas pour les petits voila si vous voulez me joindre c'est le {TELM} merci {F.fl}",
    "Mon avis (enseignant en lycée français à l'étranger) : {OPI} Nos élèves trilingues s'en servent déjà. Mon collègue {A.fl} a écrit un guide. Contact : {B.mail}, {TELX}, {ADRF}",
    "Trop de questions dans ce questionnaire ^^. Pour l'IA : oui mais encadrée. Dr {R.l}, médecin scolaire, m'a d'ailleurs alertée sur le sommeil des ados. {F.fl} (infirmière, {ECOLE})",
    "J'ai découvert l'IA grâce à mon stagiaire, {M.f}. Il prépare ses séances de {MAT} avec. Je reste sceptique mais curieux. {B.FL}, tuteur, {B.mail}",
    "Le référent numérique {A.fl} nous a fait une démo de {IA} en salle des profs. 20 minutes, pas de questions possibles. {OPI} {B.ii2}",
    "Comme disait mon ancien formateur {M.fl} : « un outil n'est jamais neutre ». Je l'ai montré à mes {CL}. Ils ont cité {PUB} sans savoir qui c'était. {B.f}",
    "Je suis gestionnaire. Des familles envoient leur RIB par mail non chiffré et certains collègues le collent dans {IA} pour « vérifier »... Exemple reçu hier : {IBAN}. Inadmissible. {A.fl}, {UAI}",
    "AED ici. Pour mon dossier de recrutement on m'a demandé mon numéro de sécu ({NIR}) et mon RIB ({IBAN}) par WhatsApp. Rien à voir avec l'IA mais bon, la protection des données... {A.fl}",
    "Parent d'élève à {VILLEX}, lycée français. Pour la bourse on nous demande NIR ({NIR}) et IBAN ({IBAN}) sur une plateforme « avec IA ». {OPI} {A.fl}, {ADRF}",
    "Le soir les élèves de {CL} se retrouvent chez {K.f}, au {ADRS}, et font les devoirs avec {IA} en dix minutes. Sa mère, {F.fl}, m'en a parlé à la réunion. {OPI} {A.pl}",
    "Bénévole d'aide aux devoirs (association du quartier), ancien{A.ne} prof. Permanence au {ADRS} le mercredi. {OPI} Écrivez-moi : {A.mailo}. {A.fl}",
    "Parent de {G.f} ({CL}), domicilié {ADRA}. Je refuse que mon fils crée un compte sur une plateforme d'IA. Mme {R.l} a accepté une alternative papier, merci à elle. {A.fl}",
]

# --------------------------------------------------------------------------
# LETTER templates (>= 45)
LETTER = [
    "{A.fl}\n{ADR2}\nTél. : {TEL}\nCourriel : {A.mail}\n\n{VILLE}, le {DATE}\n\n{B.Civ} {B.L}\nPrincipal{B.e} du {ECOLE}\n\nObjet : utilisation de l'intelligence artificielle en classe\n\n{B.Civ},\n\nJe me permets de vous écrire au sujet de mon enfant {K.FL}, scolarisé{K.e} en {CL}. {OPI}\n\nJe souhaiterais être informé{A.e} des outils utilisés.\n\nVeuillez agréer, {B.Civ}, l'expression de mes salutations distinguées.\n\n{A.fl}",
    "De : {A.fl} <{A.mail}>\nEnvoyé : {DATE} {H}\nÀ : {B.mail}\nCc : {C.mail}\nObjet : RE: charte IA – relecture\n\nBonjour {B.f},\n\nJ'ai relu la charte, deux remarques sur l'article 3 (données des élèves). On en parle jeudi ?\n\nBien à toi,\n{A.f}\n--\n{A.FL}\nProfesseur{A.e} de {MAT} – {ECOLE}\n{TEL}",
    "FICHE DE RENSEIGNEMENTS – ANNÉE SCOLAIRE 2025-2026\n\nÉlève\nNom : {K.L}\nPrénom : {K.f}\nClasse : {CL}\n\nResponsable légal 1\nNom : {A.L}\nPrénom : {A.f}\nAdresse : {ADR}\nTéléphone portable : {TELM}\nCourriel : {A.mail}\nN° de sécurité sociale : {NIR}\n\nJ'autorise / je n'autorise pas l'usage d'outils d'IA validés par l'établissement.",
    "DEMANDE DE REMBOURSEMENT DE FRAIS — Formation « IA générative et pédagogie »\n\nAgent : {A.FL}\nCorps/grade : professeur{A.e} certifié{A.e}\nÉtablissement d'exercice : {ECOLE} — UAI : {UAI}\nAdresse personnelle : {ADR}\nIBAN : {IBAN}\nBIC : {BIC}\nDate de la formation : {DATE}\nFormateur : {B.fl}\n\nSignature de l'agent :\n{A.pl}",
    "Compte rendu du conseil pédagogique du {DATE}\n\nPrésents : {M.fl} (principal), {F.fl} (principale adjointe), {C.fl} ({MAT}), {D.fl} (documentation), {E.fl} (CPE)\nExcusés : Mme {R.l}, M. {W.l}\n\n1. Usage de l'IA dans les devoirs maison\n{C.f} présente les résultats du questionnaire élèves. Débat nourri.\n2. Charte numérique\nAdoptée à l'unanimité moins une abstention.\n\nSecrétaire de séance : {D.FL}",
    "Liste d'émargement – Animation pédagogique « IA et cycle 3 » – {DATE}\n\n| Nom | Prénom | École | Signature |\n|---|---|---|---|\n| {A.L} | {A.f} | {ECOLE} | |\n| {B.L} | {B.f} | école du Bourg | |\n| {C.L} | {C.f} | {ECOLE2} | |\n| {D.L} | {D.f} | école des Tilleuls | |\n\nFormatrice : {F.fl} (CPC numérique)",
    "[{DATE}, {H}] {A.fl}: coucou tout le monde, qqn sait si les 4e ont le droit d'utiliser l'IA pour l'exposé ?\n[{DATE}, {H}] {B.f}: ma fille dit que Mme {R.l} a dit non\n[{DATE}, {H}] {C.fl}: si c'est autorisé si on cite l'outil\n[{DATE}, {H}] {A.fl}: ok merci !! {C.f} tu as le mail de la prof ?\n[{DATE}, {H}] {C.fl}: {R.mail}",
    "Messagerie Pronote — {DATE} à {H}\nDe : {A.LF} (professeur{A.e})\nÀ : Parents de {K.FL} ({CL})\nObjet : devoir maison\n\nBonjour,\nLe devoir de {K.f} présente de fortes similitudes avec un texte généré par IA. Je souhaiterais vous rencontrer. Mes disponibilités : mardi 10h, jeudi 14h.\nCordialement,\n{A.civ} {A.l}",
    "{A.FL}\n{ADR2}\n{TELA} | {A.mail}\nNé{A.e} le {DATEN} – N° SS : {NIR}\n\nPROFESSEUR{A.EU} DES ÉCOLES – RÉFÉRENT{A.EU} NUMÉRIQUE\n\nExpérience\n2019-2025 : {ECOLE} ({UAI})\n2015-2019 : TZR, académie de {ACA}\n\nFormations\nDU « Intelligence artificielle et éducation »",
    "INVITATION\n\nCafé pédagogique « L'IA en classe : mode d'emploi ? »\n{DATE} à {H}, salle polyvalente\nAnimé par {F.fl}, formatrice académique, et {B.fl}, IAN de {MAT}.\nInscription auprès du secrétariat : {MAIL} ou {TELF}.\nAdresse : {ADR}",
    "CONSEIL DE CLASSE – {CL} – 2e trimestre\nPrésidé par : M. {A.l}, principal adjoint\nProfesseur principal : Mme {B.l}\nDélégués élèves : {K.fl}, {J.fl}\nDélégués parents : {C.fl} (FCPE), {D.fl} (PEEP)\n\nBilan : classe dynamique, mais recours excessif à l'IA dans les DM.\n- {K2.f} : félicitations.\n- {K3.f} : avertissement travail (devoirs générés par IA).\n- {K4.f} : encouragements.",
    "ENT — Messagerie\nExpéditeur : {A.FL}\nDestinataires : Équipe pédagogique {CL}\nDate : {DATE} {H}\n\nBonjour à tous,\nSuite à l'incident avec {K.f} (copie identique à celle de {J.f}, toutes deux issues de {IA}), je propose une réunion. {B.fl} (CPE) sera présent{B.e}.\n{A.f}",
    "{A.Civ} {A.fl}\nchez {B.civ} {B.l}\n{ADR2}\n\n{VILLE}, le {DATE}\n\nObjet : demande d'autorisation – usage d'un outil d'IA (PAP)\n\nMadame, Monsieur l'Inspecteur,\n\nMon fils {G.f} bénéficie d'un PAP ; son orthophoniste, Mme {R.l}, recommande un outil de dictée vocale. Je sollicite votre accord.\n\nRespectueusement,\n{A.fl}",
    "Service de la vie scolaire\n{ADRF}\nTél. : {TELX}\n\nÀ l'attention des familles\n\nObjet : charte d'usage de l'IA\n\nMadame, Monsieur,\nLa charte est jointe. Pour toute question, contactez la CPE, Mme {R.l} ({R.mail}).\n\nLe proviseur,\n{M.fl}",
    "{SYND} – section du {ECOLE}\n\nHeure mensuelle d'information syndicale : « IA, surveillance et liberté pédagogique »\n{DATE}, {H}, salle {SALLE}\n\nContacts de la section :\n{A.fl} – {TELM}\n{B.fl} – {B.mail}",
    "FICHE D'URGENCE (à remettre à l'infirmerie)\nNom de l'élève : {K.L}   Prénom : {K.f}   Classe : {CL}\nN° de sécurité sociale (ouvrant droit) : {NIR}\nMédecin traitant : Dr {B.l} – {ADR} – {TELF}\nPersonnes à prévenir :\n1) {A.fl} – {TELM}\n2) {C.fl} – {TELM}\nAllergies : néant",
    "Bonjour {A.Civ} {A.l},\nJe vous confirme le rendez-vous avec votre enfant {K.f} le {DATE} à {H} au CIO, {ADR}. Nous parlerons aussi de son usage des applis de « compagnon IA ».\nBien cordialement,\n{B.fl}\nPsychologue de l'Éducation nationale – EDO\n{B.mail} – {TELF}",
    "Ticket {TICKET} – Assistance informatique\nDemandeur : {A.FL} ({A.mail})\nÉtablissement : {ECOLE}, UAI {UAI}\nTéléphone : {TEL}\nDescription : l'accès à {IA} est bloqué par le filtre académique depuis la mise à jour.\nPris en charge par : {B.f} (référent numérique)",
    "Demande de mutation – mouvement intra-académique\nNom d'usage : {A.L}\nNom de naissance : {A.L2}\nPrénom : {A.f}\nN° INSEE : {NIR}\nAdresse : {ADR}\nTéléphone : {TEL}\nMotif : rapprochement de conjoint ({B.fl}, muté{B.e} à {VILLE})",
    "{A.fl}\nProfesseur{A.e} honoraire\n{ADR2}\n\nÀ Mesdames et Messieurs les membres du comité de rédaction,\n\nAncien{A.ne} professeur{A.e} de {MAT}, je lis avec inquiétude vos articles sur l'IA. J'ai eu pour élève {B.fl}, aujourd'hui chercheur en informatique, qui partage mes doutes.\n\n{A.pl}",
    "ATTESTATION\n\nJe soussigné{A.e}, {A.fl}, proviseur{A.e} du {ECOLE} (UAI {UAI}), atteste que {B.Civ} {B.fl}, né{B.e} le {DATEN}, exerce les fonctions d'AED dans l'établissement depuis le {DATE}.\n\nFait à {VILLE}, le {DATE2}.\n\n{A.pl}",
    "CONVOCATION\n\n{A.Civ} {A.FL}\n{ADR2}\n\nVous êtes convoqué{A.e} à un entretien le {DATE} à {H} au bureau de Mme {R.l}, proviseure, au sujet de l'usage d'outils d'IA lors de l'épreuve du {DATE2}.\n\nVous pouvez vous faire assister par la personne de votre choix.\n\nLe proviseur adjoint\n{M.fl}",
    "sms du {DATE} {H} : bjr c la maman de {G.f} en {CL}. il a oublié son ordi et doit rendre le travail sur l'IA a M. {B.l} aujourd'hui. vous pouvez me rappeler au {TELM} ? merci. {F.f}",
    "Transcription message vocal {DATE} {H}\noui bonjour c'est {F.fl} la maman de {G.f} en {CL} je vous appelle parce que mon fils m'a dit que la prof de {MAT} madame {R.l} utilise une intelligence artificielle pour corriger les copies et je voulais savoir si c'est légal voilà vous pouvez me rappeler au {TELM} ou m'écrire {F.mailo} merci au revoir",
    "Formulaire d'inscription – Parcours M@gistère « IA »\nCivilité : {A.civ}\nNom : {A.L}\nPrénom : {A.f}\nCourriel académique : {A.mail}\nUAI de l'établissement : {UAI}\nFonction : {FONCTION}\nTéléphone : {TEL}",
    "Pétition des parents du {ECOLE} pour un moratoire sur l'IA en primaire\n\n1. {A.fl}, {ADR}\n2. {B.fl}, {ADRS}\n3. {C.fl}, {C.mail}\n4. {D.FL}, {TELM}\n5. {E.LF}",
    "Réunion d'information des familles — {DATE}, {H}\nLieu : {ADRD}\nIntervenants : {M.fl} (principal), {B.fl} (référent numérique)\nContact : {TELD}\nThème : l'IA, les écrans et le sommeil",
    "Objet : demande de licence {IA} pour le {ECOLE} (UAI {UAI})\n\nMadame la Déléguée régionale académique au numérique,\n\nNous souhaitons expérimenter l'outil avec deux classes. Interlocuteur : {A.fl}, {A.mail}, {TELF}.\n\nLe chef d'établissement,\n{B.fl}",
    "EXTRAIT DU PROCÈS-VERBAL DU CONSEIL D'ADMINISTRATION du {DATE}\nÉtablissement : {ECOLE} – {UAI}\nPrésident : {A.fl}\nSecrétaire : {B.fl}\nDélibération n° {N2} : adoption de la charte d'usage des outils d'IA générative. Votants : 24. Pour : 19. Contre : 3. Abstentions : 2.\nPour extrait conforme, {A.pl}",
    "Objet : emploi du temps AESH – semaine {N2}\n\nBonjour {A.f},\nTu accompagneras {K.f} ({CL}) le lundi et {J.f} ({CL}) le jeudi. {B.f} te remplace mardi. L'outil de dictée est installé sur la tablette n° {N2}.\nBonne semaine,\n{F.fl}\nCoordonnatrice PIAL\n{TEL}",
    "Envoi recommandé\n\nExpéditeur : {A.fl}, {ADR}\nDestinataire : {B.fl}\n{ADRF}",
    "[{H}] {K.lowf}: jpp le prof de {MAT} a grillé {J.f}\n[{H}] {J.lowf}: ct pas moi c l'IA qui a écrit\n[{H}] {K3.lowf}: mdrr\n[{H}] {K.lowf}: mr {W.l} va appeler ta mère",
    "Demande d'aménagement des épreuves – session 2026\nCandidat : {K.FL}\nDate de naissance : {DATEN}\nÉtablissement : {ECOLE} ({UAI})\nResponsable légal : {A.fl}, {ADR}, {TEL}\nMédecin désigné par la CDAPH : Dr {B.fl}\nAménagement demandé : logiciel de reconnaissance vocale.",
    "Note à l'attention des personnels\n\nÀ compter du {DATE}, l'usage de {IA} avec des données nominatives d'élèves est proscrit. Référent RGPD : {A.fl} ({A.mail}). DPO académique : {B.fl}.\n\nLa principale, {F.fl}",
    "ORDRE DE MISSION n° {N5}\nBénéficiaire : {A.FL}\nQualité : forma{A.teur} académique\nObjet : animation « IA et évaluation »\nLieu : {ADRX}\nDate : {DATE}, départ {H}\nIBAN pour remboursement : {IBAN}",
    "RAPPORT D'INSPECTION\nEnseignant{A.e} : {A.civ} {A.FL}\nDiscipline : {MAT}\nÉtablissement : {ECOLE}, {UAI}\nInspecteur / inspectrice : {B.civ} {B.fl}, IA-IPR\nDate : {DATE}\n\nLa séance observée en {CL} s'appuyait sur un outil d'IA. L'élève {K.f} a su en critiquer les réponses.",
    "Accès salle informatique {SALLE} – comptes créés\nNom\tPrénom\tIdentifiant\tMail\n{K.L}\t{K.f}\t{N5}\t{K.mail}\n{J.L}\t{J.f}\t{N5}\t{J.mail}\n{K2.L}\t{K2.f}\t{N5}\t{K2.mail}",
    "CERTIFICAT DE SCOLARITÉ\nLe chef d'établissement du {ECOLE} (UAI : {UAI}) certifie que l'élève {K.FL}, né{K.e} le {DATEN}, demeurant {ADR}, est inscrit{K.e} en classe de {CL} pour l'année scolaire 2025-2026.\nFait à {VILLE}, le {DATE}.\n{A.fl}",
    "| Répondant | Fonction | Avis |\n|---|---|---|\n| {A.fl} | AESH | plutôt favorable |\n| {B.fl} | CPE | réservé |\n| {C.fl} | ATSEM | sans avis |\n| {D.fl} | secrétaire | favorable |",
    "Bien cordialement,\n\n{A.FL}\nConseill{A.ere} principal{A.e} d'éducation\n{ECOLE}\n{ADR2}\nTél. : {TELF} – Port. : {TELM}\n{A.mail}",
    "{A.fl}\n{ADRD}\n{TELD}\n\nMonsieur le Vice-recteur,\n\nJe vous écris au nom des parents de l'école. Nos enfants, dont ma fille {Q.f}, n'ont pas d'ordinateur à la maison : comment parler d'IA ?\n\n{A.fl}",
    "Contrat AESH – pièces justificatives\nNom : {A.L}\nPrénom(s) : {A.f}\nN° de sécurité sociale : {NIR}\nCoordonnées bancaires : {IBAN}\nAdresse : {ADR2}\nTéléphone : {TELM}",
    "Réunion parents-professeurs du {DATE}\nÉtaient présents pour la {CL} : M. {A.l} ({MAT}), Mme {B.l} ({MAT}), Mme {R.i}. (AESH)\nParents : {C.fl}, {D.fl}\nQuestions : {C.f} s'inquiète du temps d'écran ; {D.f} demande une charte.",
    "Mairie de {VILLE} – Service des affaires scolaires\n{ADRC}\n\nObjet : tablettes et IA en maternelle\n\nMadame la Directrice,\nSuite à la demande de votre ATSEM, Mme {A.l}, nous étudions l'achat de tablettes. Votre interlocuteur : {B.fl}, {B.mail}, {TELF}.",
    "Contact presse pour la journée « IA et école » : {A.fl} — {A.mail} — {TELA}",
    "AUTORISATION PARENTALE\nJe soussigné(e) {A.fl}, responsable légal de {K.fl}, élève de {CL}, autorise l'utilisation de la voix de mon enfant dans le projet « podcast et IA » encadré par {B.civ} {B.l}.\nAdresse : {ADR}\nFait à {VILLE}, le {DATE}\nSignature : {A.pl}",
    "{A.fl}  {H}\nQuelqu'un a testé Albert pour les comptes rendus de conseil ?\n{B.fl}  {H}\noui, nul pour les noms propres\n{C.fl}  {H}\n@{A.f} tu peux demander à {D.f} de la DRANE, son mail : {D.mail}",
    "Candidature – professeur contractuel, lycée français de {VILLEX}\n{A.FL}\n{ADRF}\n{TELX}\n{A.mailo}\nNationalité : française\nN° de sécurité sociale : {NIR}",
    "Accusé de réception\nNous avons bien reçu votre dossier n° {N5} le {DATE}. Votre référente : {F.fl}, {F.mail}, {TELF}.\nDossier au nom de : {B.LF}\nAdresse : {ADRC}",
    "Bordereau de virement – prime « référent numérique »\nBénéficiaire : {A.LF}\nIBAN : {IBAN}\nÉtablissement : {UAI}\nVisa du gestionnaire : {B.pl}",
    "c/o {A.fl}\n{ADR2}\n\nBonjour {B.f},\nvoici enfin le compte rendu de l'atelier IA du {DATE}. Dis à {C.f} que sa présentation était top.\nBises, {A.f}\n{A.mailo} / {TELM}",
    "Chat Tchap – groupe « Numérique {ECOLE} »\n{H} {A.fl} : le serveur Moodle est HS\n{H} {B.fl} : je préviens {C.f} au rectorat, son fixe c'est le {TELF}\n{H} {A.fl} : merci ! et pour l'IA on attend la note de Mme {R.l}",
    "Déclaration d'accident (élève)\nÉlève : {K.LF}, {CL}\nÉtablissement : {UAI}\nCirconstances : chute en EPS, gymnase.\nTémoin : {A.fl} (AED)\nResponsable : {B.fl}, {ADR}, {TEL}\nN° d'assuré social : {NIR}",
    "RELEVÉ D'IDENTITÉ BANCAIRE\nTitulaire : {A.Civ} {A.FL}\n{ADR2}\nDomiciliation : agence de {VILLE}\nIBAN : {IBAN}\nBIC : {BIC}",
    "Dossier de bourse nationale de collège\nResponsable : {A.LF}\nNIR : {NIR}\nAdresse : {ADR}\nIBAN du responsable : {IBAN}\nEnfant : {K.FL} ({CL}), établissement {UAI}",
    "Inscription au voyage scolaire (Berlin, projet IA & robotique)\nÉlève : {K.FL}\nNuméro de sécurité sociale de l'ouvrant droit : {NIR}\nRèglement par virement depuis : {IBAN}\nContact : {A.fl}, {TELM}",
    "Ordre du jour – conseil d'école du {DATE}\n1. Bilan du projet « robots et IA » (porté par {A.fl})\n2. Intervention de Mme {R.l}, IEN\n3. Questions des parents (transmises par {B.fl}, {B.mail})\nLa directrice, {F.pl}",
]


# --------------------------------------------------------------------------
# NOPII and TRAP composition
NOPII_OPEN = ["Prof de collège depuis 15 ans.", "Parent d'élève.", "Je suis AESH.", "Élève de terminale.",
              "En tant que CPE :", "Professeure des écoles en zone rurale.", "Chef d'établissement.",
              "AED, étudiant en master.", "Retraité de l'enseignement.", "Infirmière scolaire.",
              "Secrétaire de direction.", "Je suis documentaliste.", "Formatrice.", "", "", ""]
NOPII_BODY = OPI + [
    "On manque cruellement de matériel et de temps.",
    "Les élèves sont curieux, il faut s'appuyer là-dessus.",
    "Je n'ai jamais reçu de formation sur le sujet.",
    "L'école doit rester un lieu où l'on apprend à penser seul.",
    "Il faudrait des règles communes à toute l'équipe.",
    "Mes élèves les plus fragiles sont ceux qui en abusent le plus.",
    "Je l'utilise pour générer des exercices différenciés.",
    "Les parents sont souvent plus inquiets que les enseignants.",
    "j'ai essayé une fois, les réponses étaient fausses.",
    "La question énergétique n'est jamais abordée.",
    "on devrait en parler en conseil pédagogique.",
    "c'est trop tôt pour juger.",
    "Avec une bonne charte, pourquoi pas.",
    "les devoirs à la maison n'ont plus de sens.",
    "Les évaluations en classe redeviennent essentielles.",
    "L'oral va reprendre toute sa place, et tant mieux.",
    "Je trouve que les élèves ne savent plus chercher dans un dictionnaire.",
    "Les petits de maternelle n'ont pas besoin de ça.",
    "Un outil de plus qu'on nous impose sans concertation.",
    "Ça m'a fait gagner deux heures par semaine.",
]
NOPII_CLOSE = ["Merci pour ce questionnaire.", "Cordialement.", "Bon courage.", "Voilà.", "", "", "",
               "Bonne continuation à l'équipe de l'enquête.", "merci", "Bien à vous."]
TRAP_FRAGS = [
    "On utilise {IA} depuis la rentrée, en version gratuite.",
    "Au {ECOLE}, la salle {SALLE} compte 15 postes sous {VER}.",
    "La réunion a eu lieu au {BAT}, {RUE}.",
    "Notre établissement est situé {RUE}, face à la mairie.",
    "Le rectorat nous a convoqués à {CPV} pour une journée de formation.",
    "Voir {LOI}, tout y est.",
    "Commande n° {CMD} passée le {DATE2} pour {MONT}.",
    "Le ticket {TICKET} n'est toujours pas résolu.",
    "Facture {FACT}, SIRET {SIRET}, montant {MONT}.",
    "SIREN du prestataire : {SIREN}.",
    "En cas de cyberharcèlement, le {SHORT} répond.",
    "Numéro vert académique : {VERT} (appel gratuit).",
    "Nous avons lu {LIVRE} (ISBN {ISBN}) en {CL}.",
    "On a regardé {FILM} en {CL}, super débat ensuite.",
    "Sortez {OEUVRE} plutôt que l'IA !",
    "Les élèves de {CL} préfèrent {OEUVRE} à {IA}, étonnamment.",
    "Le {SYND} a publié un communiqué très critique.",
    "L'association partenaire, {ASSO}, propose des ateliers gratuits.",
    "{MARQUE} a offert des tablettes à l'établissement.",
    "Chez nous {ROLE} est contre et {ROLE} est pour.",
    "J'en ai parlé avec {ROLE}, sans réponse.",
    "{VER} et {IA} cohabitent mal sur nos vieux PC.",
    "Cours de {H} à 17h30, pause à 10h05, et on voudrait qu'on se forme en plus ?",
    "Budget de l'opération : {MONT}.",
    "Rendez-vous en salle {SALLE}, bâtiment C, le {DATE2} à {H}.",
    "Le ministère a lancé {IA} pour les enseignants.",
    "Les élèves de {CL} jouent à Minecraft Education en techno.",
    "La conférence se tiendra à l'{BAT} de {CPV}.",
    "Le {DATE2} à {H}, webinaire Canopé sur l'IA.",
    "Tarif annoncé : 4,99 € par mois et par élève.",
    "Le collège du quartier, {ECOLE2}, a déjà tout interdit.",
    "{CAP} : on manque de temps.",
    "{CAP}.",
    "Mon fils écoute des podcasts d'Arte et de France Culture sur le sujet.",
    "La version {VER} a encore changé l'interface.",
    "Le colloque organisé par {ASSO} a eu lieu place de la Comédie.",
    "Les élèves ont testé {IA}, puis {IA} : verdict partagé.",
    "Le club robotique se réunit le mercredi en salle {SALLE}.",
    "Mes {CL} ont rédigé une charte inspirée par {LOI}.",
    "Dans l'établissement, {ROLE} et {ROLE} animent le groupe de travail.",
    "Il y a eu un article dans Le Monde et un reportage sur France 3.",
    "Bureau {N2}, 2e étage, porte de gauche.",
]
TRAP_OPEN = ["Franchement, l'IA en classe, pourquoi pas.", "Mon avis :", "Prof de lycée.", "Parent.",
             "Je suis référent numérique.", "Bonjour,", "Avis personnel.", "Pour répondre à la question :", ""]


def make_nopii():
    parts = [rng.choice(NOPII_OPEN)] + rng.sample(NOPII_BODY, rng.randint(2, 5)) + [rng.choice(NOPII_CLOSE)]
    sep = rng.choice([" ", " ", "\n", "\n\n"])
    t = sep.join(p for p in parts if p)
    mode = rng.choices(["", "noacc", "lower", "noacc lower"], [6, 2, 1, 1])[0]
    return degrade(t, mode)


def make_trap(ctx):
    frags = rng.sample(TRAP_FRAGS, rng.randint(2, 4))
    parts = [rng.choice(TRAP_OPEN)] + frags
    if rng.random() < 0.5:
        parts.append(rng.choice(OPI))
    if rng.random() < 0.3:
        parts.append("{CAP}, merci.\n" + rng.choice(["Le principal", "La CPE", "Un parent", "Une AESH",
                                                     "L'équipe de direction", "Le référent numérique"]))
    sep = rng.choice([" ", "\n", "\n"])
    tpl = sep.join(p for p in parts if p)
    t = fill(tpl, ctx)
    if rng.random() < 0.12:
        t = strip_accents(t)
    return t

# --------------------------------------------------------------------------
# main generation


def main():
    assert len(SURVEY) >= 60, len(SURVEY)
    assert len(LETTER) >= 45, len(LETTER)
    records = []          # (category, text, ents, flags)
    seen = set()
    redraw = {"check": 0, "dup": 0}
    fail_reasons = {}

    def accept(cat, builder):
        for _ in range(500):
            ctx = Ctx()
            marked = builder(ctx)
            text, ents = render(marked)
            err = check(text, ents)
            if cat in ("nopii", "trap") and ents:
                err = "entities in %s" % cat
            if cat in ("survey", "letter") and not ents:
                err = "no entity"
            if PH.search(text):
                err = "unresolved placeholder"
            if err:
                redraw["check"] += 1
                fail_reasons[err.split()[0]] = fail_reasons.get(err.split()[0], 0) + 1
                if os.environ.get("BLIND22_DEBUG"):
                    print("redraw:", err, file=sys.stderr)
                continue
            if text in seen:
                redraw["dup"] += 1
                continue
            seen.add(text)
            records.append((cat, text, ents, ctx.flags))
            for k, w in ctx.flags:
                ACCEPTED[k][0] += 1
                ACCEPTED[k][1] += int(w)
            return
        raise SystemExit("could not draw a valid %s text" % cat)

    for _ in range(N_NOPII):
        accept("nopii", lambda ctx: make_nopii())
    for _ in range(N_TRAP):
        accept("trap", make_trap)

    def cycle(templates, n):
        order = []
        while len(order) < n:
            t = list(templates)
            rng.shuffle(t)
            order.extend(t)
        return order[:n]

    for tpl in cycle(SURVEY, N_SURVEY):
        mode = rng.choices(["", "noacc", "lower", "noacc lower"], [14, 3, 2, 1])[0]
        accept("survey", lambda ctx, tpl=tpl, mode=mode: fill(tpl, ctx, mode))
    for tpl in cycle(LETTER, N_LETTER):
        mode = rng.choices(["", "noacc"], [9, 1])[0]
        accept("letter", lambda ctx, tpl=tpl, mode=mode: fill(tpl, ctx, mode))

    rng.shuffle(records)
    cat_of = {}
    drawn = {"NIR": [0, 0], "IBAN": [0, 0], "UAI": [0, 0]}
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, (cat, text, ents, flags) in enumerate(records, 1):
            rid = "q%03d" % i
            cat_of[rid] = cat
            for k, w in flags:
                drawn[k][0] += 1
                drawn[k][1] += int(w)
            line = {"id": rid, "text": text, "entities": [{"kind": k, "text": v} for k, v, _ in ents]}
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")

    # ---------------- re-read and re-check ----------------
    errors = []
    per_kind = {k: 0 for k in KINDS}
    per_cat = {}
    per_cat_ents = {}
    measured = {"NIR": [0, 0], "IBAN": [0, 0], "UAI": [0, 0]}
    ids = []
    texts = set()
    with open(OUT, encoding="utf-8") as fh:
        for ln, raw in enumerate(fh, 1):
            rec = json.loads(raw)
            if set(rec) != {"id", "text", "entities"}:
                errors.append("%d keys" % ln)
            ids.append(rec["id"])
            if rec["text"] in texts:
                errors.append("%s duplicate text" % rec["id"])
            texts.add(rec["text"])
            ents = [(e["kind"], e["text"], None) for e in rec["entities"]]
            err = check(rec["text"], ents)
            if err:
                errors.append("%s %s" % (rec["id"], err))
            cat = cat_of[rec["id"]]
            per_cat[cat] = per_cat.get(cat, 0) + 1
            per_cat_ents[cat] = per_cat_ents.get(cat, 0) + len(ents)
            if cat in ("nopii", "trap") and ents:
                errors.append("%s entities in %s" % (rec["id"], cat))
            if cat in ("survey", "letter") and not ents:
                errors.append("%s no entity" % rec["id"])
            for k, v, _ in ents:
                per_kind[k] += 1
                if k in measured:
                    ok = {"NIR": nir_valid, "IBAN": iban_valid, "UAI": uai_valid}[k](v)
                    measured[k][0] += 1
                    measured[k][1] += int(not ok)
    if ids != ["q%03d" % i for i in range(1, 401)]:
        errors.append("ids not q001..q400")
    for k in measured:
        if measured[k] != drawn[k]:
            errors.append("wrong-key mismatch %s drawn %s measured %s" % (k, drawn[k], measured[k]))

    total = sum(per_kind.values())
    print("output      :", OUT)
    print("seed        :", SEED)
    print("lines       :", len(ids))
    print("templates   : survey %d, letter %d" % (len(SURVEY), len(LETTER)))
    print("per category:", {c: per_cat[c] for c in ("nopii", "trap", "survey", "letter")})
    print("entities/cat:", {c: per_cat_ents[c] for c in ("nopii", "trap", "survey", "letter")})
    print("per kind    :", per_kind)
    print("total       :", total, "(summed from the file)")
    for k in ("NIR", "IBAN", "UAI"):
        n, w = drawn[k]
        mn, mw = measured[k]
        print("wrong-key %-4s: drawn %d/%d = %.1f %% | re-measured %d/%d = %.1f %%" % (
            k, w, n, 100.0 * w / max(n, 1), mw, mn, 100.0 * mw / max(mn, 1)))
    print("redraws     :", redraw, "reasons:", fail_reasons)
    with open(OUT, "rb") as fh:
        print("md5         :", hashlib.md5(fh.read()).hexdigest())
    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors[:50]:
            print("  ", e)
        sys.exit(1)
    print("self-check  : OK")


if __name__ == "__main__":
    main()
