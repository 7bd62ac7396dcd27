#!/usr/bin/env python3
"""Blind held-out evaluation set "blind21" for a French personal-data masker.

BLINDNESS. This generator was written from a written brief only. Nothing of the
project was read: no source code, tests, fixtures, data, documentation or history
of the masker was opened, listed or searched, and no code/web search was used.
Every template, first name, surname, street, place, school, e-mail domain and
phrasing was written fresh from general knowledge. Python 3 standard library only.

THEME. « Que pensez-vous de l'usage de l'IA dans les établissements scolaires ? »
Free-text survey answers and school paperwork written by teachers, heads of
school, inspectors, parents, pupils, AESH, CPE, librarians, nurses, PsyEN,
secretaries, IT referents, trainers, union representatives, AED, ATSEM, DDFPT,
retired teachers... in mainland France, overseas and French schools abroad.
Styles: long opinions with names dropped in passing, anecdotes, thanks,
complaints, signatures, lowercase, missing accents, SMS style, typos, dictated
text without punctuation; letters, forms, minutes, attendance lists, tables with
| or ; separators, timestamped chats, e-mail headers, signatures.

MIX. 400 JSON lines (ids q001..q400, order shuffled deterministically):
nopii 60 (no personal data), trap 70 (look-alikes only: AI products such as
Claude / Albert / Lucie / Le Chat / Mistral / Gemini / Copilot, brands, unions,
schools and streets named after people without house number, town + postcode
alone, dates, hours, amounts, classes, law references, order/ticket numbers,
SIRET/SIREN, short and toll-free numbers, ISBN, book/film titles, works cited by
author, capitalised common words, roles without names, versions, rooms),
survey 150 (>= 60 templates) and letter 120 (>= 45 templates).
Each line: {"id", "text", "entities": [{"kind", "text"}...]} in text order.
One random.Random(SEED) drives everything.

KINDS. PERSONNE, ADRESSE, EMAIL, TELEPHONE, NIR, IBAN, UAI.

WRONG-KEY RULES. About 40 % of NIR, IBAN and UAI carry a deliberately wrong
check key and are labelled all the same (the share is steered towards 40 %).
  NIR: sex, YY, MM, département (2A/2B, or 97x + 2-digit commune, or 99 +
  country), commune, order, key = 97 - (n mod 97) on the first 13 characters
  (2A -> 19, 2B -> 18); written with or without spaces.
  IBAN: French, ISO 7064 mod 97-10 (check = 98 - (n mod 97)), grouped by 4 or
  not; the inner RIB key is always correct, only the IBAN check digits are wrong.
  UAI: 7 digits + "ABCDEFGHJKLMNPRSTUVWXYZ"[n mod 23].
  Phones: many French groupings/separators, +33 / 0033, overseas, foreign.
  E-mails: plain and obfuscated (arobase, [at], (at), chez, AT/DOT...).
  Addresses: many French shapes (complement first, BP/CS + CEDEX, lieu-dit,
  overseas, "à" + city, street only, street + postcode), some foreign; one or
  several lines.

LABELLING CONVENTIONS. PERSONNE excludes titles (M., Mme, Dr, Maître...); an
initial after a title is the letter alone; first name + surname form one entity;
a first name beside a role/class is labelled alone; no trailing abbreviation
dot; public figures are persons; names inside e-mails, schools, streets, places,
brands and AI products are not; separate form fields and table cells give one
entity each. EMAIL is the whole (possibly obfuscated) address. TELEPHONE keeps
its international prefix, not its label. NIR / IBAN / UAI keep inner
separators, not the label. ADRESSE runs from its first element to the end of
the city (CEDEX + number included), or to the end of street/postcode when there
is no city; a "c/o X" line is not part of it; "à" + city is included; the
country is included for foreign addresses.

SELF-CHECK. Templates carry inline marks ⟦KIND|value⟧; rendering removes them
and records each intended offset. A draw is accepted only if every entity is
found by text.find(entity, end_of_previous_entity) exactly at its intended
offset, has no surrounding spaces, no trailing dot on a PERSONNE and no letter
or digit glued to either side; otherwise it is redrawn (counted). Duplicate
texts are redrawn (counted). After writing, the file is re-read and every entity
checked again (find order, glue, shapes, RIB keys, wrong-key flags re-measured
with validators against the drawn flags); any failure exits non-zero. Counts per
kind and per category, the total (summed over the file), wrong-key shares (drawn
and re-measured) and redraw counts are printed.
"""
import hashlib
import json
import os
import re
import sys
import random
import unicodedata
from collections import Counter

SEED = 21_0417_2025
N_TOTAL = 400
MIX = {"nopii": 60, "trap": 70, "survey": 150, "letter": 120}
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                   "Tests", "PrivacyTests", "Fixtures", "pii_blind21.jsonl")
KINDS = ["PERSONNE", "ADRESSE", "EMAIL", "TELEPHONE", "NIR", "IBAN", "UAI"]
WRONG_SHARE = 0.40

# ---------------------------------------------------------------- marks
MARK_RE = re.compile(r"⟦([A-Z]+)\|(.*?)⟧", re.S)


def m(kind, value):
    assert kind in KINDS, kind
    return "⟦%s|%s⟧" % (kind, value)


def P(v): return m("PERSONNE", v)
def AD(v): return m("ADRESSE", v)
def EM(v): return m("EMAIL", v)
def TEL(v): return m("TELEPHONE", v)


def strip_accents(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(ch))


# ---------------------------------------------------------------- check-key maths
def nir_key13(body13):
    b = body13.replace("2A", "19").replace("2B", "18")
    return 97 - (int(b) % 97)


def nir_valid(s):
    c = s.replace(" ", "").replace(".", "").replace("-", "")
    if len(c) != 15:
        return False
    return nir_key13(c[:13]) == int(c[13:])


def iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_valid(s):
    c = s.replace(" ", "").replace("-", "").upper()
    if len(c) != 27 or not c.startswith("FR"):
        return False
    return iban_num(c[4:] + c[:4]) % 97 == 1


def rib_key(bank, guichet, compte):
    return 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(compte)) % 97)


def iban_rib_ok(s):
    c = s.replace(" ", "").upper()
    return rib_key(c[4:9], c[9:14], c[14:25]) == int(c[25:27])


UAI_LET = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uai_valid(s):
    s = s.strip()
    if not re.fullmatch(r"\d{7}[A-Z]", s):
        return False
    return UAI_LET[int(s[:7]) % 23] == s[7]


VALIDATORS = {"NIR": nir_valid, "IBAN": iban_valid, "UAI": uai_valid}

# ---------------------------------------------------------------- name stock
ORIGINS = {
    "fr": (["Camille", "Sandrine", "Nathalie", "Isabelle", "Sophie", "Valérie", "Aurélie", "Émilie",
            "Céline", "Karine", "Véronique", "Martine", "Hélène", "Claire", "Anne-Sophie", "Marie-Laure",
            "Océane", "Clémence", "Margaux", "Zoé", "Jade", "Ambre", "Solène", "Bérénice", "Gaëlle"],
           ["Julien", "Thomas", "Nicolas", "Sébastien", "Olivier", "Pierre-Yves", "Jean-Marc", "Laurent",
            "Stéphane", "Frédéric", "Christophe", "Benoît", "Mathis", "Lucas", "Hugo", "Enzo", "Théo",
            "Maxime", "Baptiste", "Romain", "Jérôme", "Didier", "Thierry", "Gilles", "Hervé", "Kevin",
            "Dylan", "Killian"],
           ["Martin", "Bernard", "Dubois", "Durand", "Lefebvre", "Moreau", "Garnier", "Faure", "Rousseau",
            "Blanchard", "Guérin", "Perrin", "Morel", "Girard", "Lambert", "Bonnet", "Fournier",
            "Gauthier", "Robin", "Chauvet", "Lemaire", "Delattre", "Vasseur", "Brunet", "Peyrard"]),
    "maghreb": (["Yasmine", "Nour", "Samia", "Leïla", "Fatima-Zahra", "Khadija", "Amel", "Salma",
                 "Nadia", "Imane", "Sabrina", "Rania"],
                ["Karim", "Mehdi", "Yacine", "Rachid", "Sofiane", "Bilal", "Hamza", "Nabil", "Mourad",
                 "Ayoub", "Walid", "Anis", "Yanis"],
                ["Benali", "Bouzid", "Haddad", "El Idrissi", "Cherkaoui", "Belkacem", "Aït Ouali",
                 "Mansouri", "Zerrouki", "Benabdallah", "Saïdi", "Kaci", "Amrani", "Boukhari",
                 "Ouazzani", "Ben Youssef", "Hadj-Ahmed", "Meziane"]),
    "afrique": (["Aminata", "Fatoumata", "Awa", "Mariama", "Aïssatou", "Grâce", "Divine", "Ornella",
                 "Ndeye", "Rokia", "Kadiatou"],
                ["Moussa", "Mamadou", "Ibrahima", "Ousmane", "Cheikh", "Souleymane", "Serge",
                 "Landry", "Prince", "Boubacar", "Christ-Emmanuel"],
                ["Diallo", "Traoré", "Koné", "Diop", "N'Diaye", "Sow", "Camara", "Keïta", "Coulibaly",
                 "Mbemba", "Kabongo", "Nkounkou", "Ekambi", "Tshibangu", "Ouédraogo", "Sanogo",
                 "Fofana", "Mendy", "Bakayoko", "Nzinga"]),
    "portugal": (["Ana", "Beatriz", "Joana", "Inês", "Catarina"], ["João", "Rui", "Tiago", "Nuno", "Diogo"],
                 ["Da Silva", "Dos Santos", "Pereira", "Ferreira", "Rodrigues", "Gonçalves", "Carvalho",
                  "Teixeira", "Fernandes", "Sousa", "Oliveira", "Da Costa", "Mendes"]),
    "espagne": (["Carmen", "Lucía", "Pilar", "Elena", "Nuria"], ["Javier", "Alejandro", "Miguel", "Sergio", "Iván"],
                ["García", "Martínez", "Sánchez", "Fernández", "Moreno", "Jiménez", "Ruiz", "Navarro",
                 "Ortega", "Gutiérrez", "Castillo"]),
    "italie": (["Giulia", "Chiara", "Francesca", "Alessia"], ["Marco", "Luca", "Giovanni", "Matteo", "Lorenzo"],
               ["Rossi", "Bianchi", "Esposito", "Russo", "Romano", "Colombo", "Ricci", "Marino", "Greco",
                "Conti", "Lombardi", "De Luca", "Di Stefano"]),
    "vietnam": (["Mai", "Linh", "Huong", "Thi Lan", "Thu Trang"], ["Minh", "Duc", "Tuan", "Quang", "Van Long"],
                ["Nguyen", "Tran", "Lê", "Pham", "Hoang", "Vu", "Dang", "Bui", "Phan", "Huynh", "Vo"]),
    "chine": (["Mei", "Xiaoling", "Yan", "Li Na", "Jing"], ["Wei", "Jun", "Hao", "Zhiwei", "Bo"],
              ["Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Lin"]),
    "turquie": (["Elif", "Zeynep", "Ayşe", "Büşra", "Merve"], ["Emre", "Mehmet", "Burak", "Yusuf", "Kerem"],
                ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan"]),
    "est": (["Olga", "Natalia", "Agnieszka", "Irina", "Ioana", "Katarzyna", "Milena"],
            ["Piotr", "Andrei", "Dmitri", "Vasile", "Tomasz", "Bogdan", "Goran"],
            ["Kowalski", "Nowak", "Wiśniewska", "Popescu", "Ionescu", "Ivanov", "Petrova", "Horvat",
             "Novák", "Kovalenko", "Shevchenko", "Dumitrescu", "Zielińska"]),
    "antilles": (["Maryse", "Ketty", "Lucienne", "Josiane", "Murielle", "Line-Rose"],
                 ["Jocelyn", "Harry", "Ruddy", "Teddy", "Lionel", "Johan"],
                 ["Marie-Sainte", "Saint-Prix", "Bellance", "Lafleur", "Calixte", "Zénon", "Désiré",
                  "Ursulet", "Jean-Louis", "Rosamond", "Thélamon", "Bapté"]),
    "guyane": (["Maïté", "Shirley", "Cindy", "Yolanda"], ["Wesley", "Rudy", "Jimmy", "Elvis"],
               ["Tiouka", "Appolinaire", "Sabayo", "Pindard", "Aloïké", "Doudou", "Apatou", "Lodéon"]),
    "reunion": (["Marie-Josée", "Mélissa", "Jessica", "Annabelle"], ["Jean-Hugues", "Willy", "Johnny", "Giovanni", "Fabrice"],
                ["Payet", "Hoarau", "Grondin", "Técher", "Rivière", "Boyer", "Lebon", "Maillot", "Sautron",
                 "Nativel", "Fontaine", "Lauret"]),
    "mayotte": (["Zaïnaba", "Echati", "Anrifia", "Faïza", "Mouna"], ["Soilihi", "Anli", "Houmadi", "Nassur", "Toilal"],
                ["Attoumani", "Abdallah", "Combo", "Ali Mohamed", "Saïd", "Boinali", "Madi", "Ousseni", "Ahamada"]),
    "caledonie": (["Wanessa", "Hnadrune", "Laetitia", "Marie-Noëlle"], ["Eloi", "Déwé", "Kalepo", "Gaël"],
                  ["Wahuzue", "Pidjot", "Ounou", "Kasarhérou", "Waïa", "Trolue", "Wamalo", "Hnawia"]),
    "polynesie": (["Hinano", "Vaimiti", "Tiare", "Moana", "Hina", "Teura", "Poerava"],
                  ["Teiki", "Tamatea", "Manarii", "Heimana", "Raiarii", "Tehani"],
                  ["Teriitehau", "Tetuanui", "Tauraa", "Maraeura", "Temarii", "Tehei", "Raapoto", "Tepa"]),
    "bretagne": (["Nolwenn", "Maïwenn", "Gwenaëlle", "Soizic", "Rozenn", "Enora"],
                 ["Yann", "Erwan", "Gwendal", "Loïc", "Tanguy", "Ronan", "Malo"],
                 ["Le Goff", "Le Gall", "Kerbrat", "Quéffelec", "Le Bihan", "Guivarc'h", "Kervella",
                  "Le Floc'h", "Jaouen", "Riou", "Le Corre", "Morvan"]),
    "corse": (["Letizia", "Anna-Maria", "Lisandra", "Maria-Dumenica"], ["Petru", "Ghjacumu", "Ange-Marie", "Orsu", "Paulu"],
              ["Santoni", "Paoli", "Albertini", "Casanova", "Luciani", "Pietri", "Mattei", "Colonna",
               "Giacomoni", "Filippi"]),
    "basque": (["Maialen", "Amaia", "Ainhoa", "Miren"], ["Iñaki", "Xabi", "Peio", "Beñat", "Mikel", "Ander"],
               ["Etcheverry", "Iriarte", "Elissalde", "Larralde", "Ospital", "Bidegain", "Oyharçabal",
                "Arrabit", "Etxeberria", "Goyhenetche"]),
    "alsace": (["Odile", "Doris", "Liselotte", "Marlène", "Adèle"], ["Joseph", "Ernest", "Hubert", "Fabrice", "Aloïs"],
               ["Schmitt", "Meyer", "Muller", "Weber", "Kieffer", "Schneider", "Wolff", "Hoffmann", "Koenig",
                "Zimmermann", "Heitz", "Baumann", "Grunenwald", "Ehrhart"]),
}
WORD_SURNAMES = ["Boulanger", "Petit", "Marchand", "Berger", "Meunier", "Rossignol", "Chevalier",
                 "Boucher", "Poisson", "Mouton", "Bonheur", "Printemps", "Lamour", "Jardin", "Lenoir",
                 "Page", "Marteau", "Sergent", "Carré", "Renard", "Lapierre", "Lebrun", "Mercier",
                 "Vallée", "Pasteur", "Legrand", "Bonjour", "Beaumont", "Soleil", "Chapeau"]
PARTICLE_SURNAMES = ["de Kergariou", "de La Roche", "du Pontavice", "d'Harcourt", "de Saint-Exupéry-Lanne",
                     "van den Broek", "von Arnim", "Del Piero", "de Oliveira", "dos Reis", "O'Neill",
                     "El Khatib", "Ben Amor", "Abou Zeid", "Ould Ahmed", "de Castelbajac", "Le Roy de Lanfranc",
                     "d'Aboville", "della Rovere", "Mac Gregor"]
RARE_SURNAMES = ["Quéméneur", "Zweibel", "Kerhervé", "Abgrall", "Vergnolle", "Tchoumakian", "Pélissou",
                 "Brochard-Thyès", "Lhuillery", "Aguerre", "Oukaci", "Fressange", "Bézagu", "Youssoufa",
                 "Kérouédan", "Traversaz", "Hyvernat", "Laplagne", "Bourgoin-Sy", "Malbranque"]
PUBLIC = ["Jules Ferry", "Maria Montessori", "Célestin Freinet", "Jean Piaget", "Philippe Meirieu",
          "Alan Turing", "Yann LeCun", "Sam Altman", "Elon Musk", "Arthur Mensch", "Cédric Villani",
          "Jean-Michel Blanquer", "Pap Ndiaye", "Gabriel Attal", "Nicole Belloubet", "Geoffrey Hinton",
          "Stanislas Dehaene", "Idriss Aberkane", "Ada Lovelace", "Luc Julia", "Laurence Devillers",
          "Bill Gates", "Mark Zuckerberg", "Olivier Babeau", "Aimé Césaire", "Samuel Paty",
          "Michel Serres", "François Dubet", "Boris Cyrulnik", "Marie Curie"]
PUBLIC_ORIGIN = {"fr": 0}

TOWNS = [("69003", "Lyon"), ("29000", "Quimper"), ("25000", "Besançon"), ("68100", "Mulhouse"),
         ("64100", "Bayonne"), ("20000", "Ajaccio"), ("20200", "Bastia"), ("59100", "Roubaix"),
         ("42000", "Saint-Étienne"), ("87000", "Limoges"), ("54000", "Nancy"), ("37000", "Tours"),
         ("34070", "Montpellier"), ("63000", "Clermont-Ferrand"), ("15000", "Aurillac"), ("05000", "Gap"),
         ("56000", "Vannes"), ("86000", "Poitiers"), ("94000", "Créteil"), ("93000", "Bobigny"),
         ("13013", "Marseille"), ("75019", "Paris"), ("31200", "Toulouse"), ("44300", "Nantes"),
         ("35700", "Rennes"), ("67000", "Strasbourg"), ("68000", "Colmar"), ("64000", "Pau"),
         ("80000", "Amiens"), ("76000", "Rouen"), ("21000", "Dijon"), ("38100", "Grenoble"),
         ("06300", "Nice"), ("66000", "Perpignan"), ("29200", "Brest"), ("56100", "Lorient"),
         ("73000", "Chambéry"), ("57000", "Metz"), ("51100", "Reims"), ("49100", "Angers"),
         ("72000", "Le Mans"), ("14000", "Caen"), ("22000", "Saint-Brieuc"), ("30000", "Nîmes"),
         ("81000", "Albi"), ("65000", "Tarbes"), ("48000", "Mende"), ("23000", "Guéret"),
         ("64500", "Saint-Jean-de-Luz"), ("20250", "Corte"), ("67500", "Haguenau"), ("62300", "Lens"),
         ("95200", "Sarcelles"), ("91000", "Évry-Courcouronnes"), ("02100", "Saint-Quentin"),
         ("09000", "Foix"), ("84000", "Avignon"), ("17000", "La Rochelle"), ("71100", "Chalon-sur-Saône")]
DOM_TOWNS = [("97110", "Pointe-à-Pitre"), ("97139", "Les Abymes"), ("97200", "Fort-de-France"),
             ("97232", "Le Lamentin"), ("97300", "Cayenne"), ("97320", "Saint-Laurent-du-Maroni"),
             ("97400", "Saint-Denis"), ("97410", "Saint-Pierre"), ("97430", "Le Tampon"),
             ("97600", "Mamoudzou"), ("97615", "Pamandzi"), ("98800", "Nouméa"), ("98714", "Papeete"),
             ("98704", "Faa'a"), ("97500", "Saint-Pierre"), ("98600", "Mata-Utu"), ("97133", "Saint-Barthélemy"),
             ("97150", "Saint-Martin"), ("97220", "La Trinité"), ("97354", "Rémire-Montjoly")]
STREET_TYPES = ["rue", "avenue", "boulevard", "allée", "impasse", "chemin", "place", "route", "quai",
                "cours", "square", "passage", "sentier", "rond-point"]
STREET_NAMES = ["des Lilas", "du Moulin", "de la Gare", "Victor-Hugo", "Jean-Jaurès", "Pasteur", "des Écoles",
                "du Général-de-Gaulle", "Aimé-Césaire", "Gaston-Monnerville", "des Flamboyants", "des Manguiers",
                "Frantz-Fanon", "Schœlcher", "de l'Église", "des Tanneurs", "Saint-Michel", "du Vieux-Port",
                "des Pêcheurs", "de Kerlédan", "Pierre-Loti", "Marcel-Pagnol", "des Cerisiers",
                "Georges-Brassens", "Nelson-Mandela", "Simone-Veil", "du 8-Mai-1945", "de la République",
                "Paul-Verlaine", "des Acacias", "du Stade", "de la Fontaine", "des Vignes", "Lamartine",
                "des Hortensias", "du Presbytère", "de Verdun", "Louise-Michel", "des Coquelicots",
                "Bellevue", "du Lavoir", "des Genêts", "de la Croix-Rousse", "Voltaire"]
COMPLEMENTS = ["Bât. C", "Bâtiment B2", "Résidence Les Alizés", "Appartement 14", "Escalier 3, 2e étage",
               "Résidence du Parc, appt 31", "Chez les voisins du dessus", "Porte 12", "Logement de fonction",
               "Cité scolaire, logement 4"]
COMPLEMENTS = [c for c in COMPLEMENTS if not c.startswith("Chez")]
FOREIGN_ADDR = ["Calle de Alcalá 120, 28009 Madrid, Espagne", "Rua Augusta 45, 1100-048 Lisboa, Portugal",
                "Via Garibaldi 12, 10122 Torino, Italie", "Avenue Louise 230, 1050 Ixelles, Belgique",
                "Route de Chêne 15, 1207 Genève, Suisse", "Kurfürstendamm 88, 10709 Berlin, Allemagne",
                "4520 rue Saint-Denis, Montréal (Québec) H2J 2L3, Canada",
                "Rue 10 prolongée, Point E, BP 5021, Dakar, Sénégal",
                "27 Nguyen Thi Minh Khai, Quận 1, Hô Chi Minh-Ville, Viêt Nam",
                "Avenue Mohammed VI, lot 44, Rabat, Maroc", "Lot II M 85 Ter, Antananarivo 101, Madagascar",
                "214 West 12th Street, New York, NY 10014, États-Unis",
                "Boulevard du 30 Juin 1120, Gombe, Kinshasa, RD Congo",
                "Via della Scala 7, 00153 Roma, Italie", "12 Rue Ibn Khaldoun, 1002 Tunis, Tunisie",
                "Jalan Wijaya 3, Kebayoran Baru, Jakarta 12170, Indonésie",
                "Rua das Flores 88, 4050-262 Porto, Portugal", "Chaussée de Waterloo 1301, 1180 Uccle, Belgique"]
ACADEMIES = ["ac-lyon.fr", "ac-rennes.fr", "ac-strasbourg.fr", "ac-bordeaux.fr", "ac-corse.fr",
             "ac-guadeloupe.fr", "ac-martinique.fr", "ac-guyane.fr", "ac-reunion.fr", "ac-mayotte.fr",
             "ac-noumea.nc", "ac-creteil.fr", "ac-versailles.fr", "ac-paris.fr", "ac-aix-marseille.fr",
             "ac-lille.fr", "ac-toulouse.fr", "ac-montpellier.fr", "ac-nantes.fr", "ac-normandie.fr",
             "ac-grenoble.fr", "ac-nice.fr", "ac-besancon.fr", "ac-dijon.fr", "ac-poitiers.fr",
             "ac-limoges.fr", "ac-clermont.fr", "ac-amiens.fr", "ac-reims.fr", "ac-nancy-metz.fr",
             "ac-orleans-tours.fr"]
PERSO_DOMAINS = ["gmail.com", "orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "hotmail.fr", "yahoo.fr",
                 "outlook.fr", "sfr.fr", "icloud.com", "proton.me", "gmx.fr", "live.fr", "mailo.com"]
ORG_DOMAINS = ["lyceefrancais-dakar.org", "efmadrid.es", "college-lesalizes.re", "snes-rennes.org",
               "fcpe-haguenau.fr", "inspe-lille.fr", "lfi-lisbonne.pt", "cite-scolaire-corte.fr",
               "apel-stmartin.org", "ogec-kerlann.fr", "lyc-touristique.fr", "mairie-larochelle.fr"]

AI = ["ChatGPT", "Claude", "Le Chat", "Mistral", "Gemini", "Copilot", "Albert", "Lucie", "Perplexity",
      "MagicSchool", "DeepL", "Canva", "Khanmigo", "Grok", "Llama", "Nolej", "Vittascience"]
CLASSES = ["6e B", "6e3", "5e2", "5e A", "4e C", "4e1", "3e Prépa-Métiers", "3e D", "2nde 4", "2de 7",
           "1re STMG", "1ère G2", "Tle G3", "Tale STI2D", "CM1", "CM2", "CE2", "CE1", "CP", "GS", "MS",
           "BTS SIO 1", "CAP AEPE", "ULIS", "SEGPA 4e", "Bac Pro MELEC", "UPE2A", "PS-MS"]
SUBJECTS = ["maths", "français", "histoire-géo", "SVT", "physique-chimie", "anglais", "espagnol",
            "techno", "EPS", "arts plastiques", "éducation musicale", "philo", "SES", "NSI", "lettres-histoire",
            "allemand", "occitan", "breton", "éco-gestion", "italien"]
SCHOOLS = ["collège Jean-Moulin", "lycée Victor-Hugo", "école Marie-Curie", "collège Aimé-Césaire",
           "lycée Gaston-Monnerville", "école élémentaire Les Tilleuls", "collège Louise-Michel",
           "lycée professionnel Jean-Jaurès", "collège Simone-Veil", "école maternelle Les Coccinelles",
           "lycée Pierre-Loti", "collège Frantz-Fanon", "lycée agricole", "collège Pasquale-Paoli",
           "lycée Condorcet", "école Jules-Ferry", "collège Marcel-Pagnol", "lycée Lavoisier",
           "lycée français Jean-Mermoz", "collège de Kerichen", "lycée Bellevue", "collège Les Manguiers",
           "école primaire du Bourg", "lycée Lumière", "collège Vauban", "cité scolaire Montesquieu"]
UNIONS = ["SNES-FSU", "SE-Unsa", "SGEN-CFDT", "SNUipp-FSU", "FO", "SUD Éducation", "CGT Éduc'action",
          "SNALC", "SNPDEN", "FCPE", "PEEP", "APEL"]
DEPTS = ["01", "02", "06", "09", "13", "14", "15", "21", "22", "25", "29", "31", "33", "34", "35", "38",
         "42", "44", "49", "51", "54", "56", "57", "59", "62", "63", "64", "66", "67", "68", "69", "72",
         "75", "76", "80", "81", "84", "86", "87", "91", "93", "94", "95"]
COUNTRY_CODES = ["350", "352", "351", "134", "139", "212", "216", "109", "127", "131", "332", "333", "335", "407"]

# ---------------------------------------------------------------- opinion stock (no personal data)
OPINIONS = [
    "Je pense que l'IA peut aider à différencier, mais seulement si on forme vraiment les équipes.",
    "Honnêtement je suis partagé : c'est pratique pour préparer, catastrophique pour évaluer.",
    "Les élèves s'en servent déjà, autant leur apprendre à s'en servir correctement.",
    "On nous parle d'IA alors qu'il manque des vidéoprojecteurs dans la moitié des salles.",
    "Le vrai sujet c'est l'esprit critique, pas l'outil.",
    "Je refuse de mettre des copies d'élèves dans un outil dont je ne sais pas où vont les données.",
    "Pour les élèves dys, la synthèse vocale et la reformulation changent vraiment la vie.",
    "Les devoirs maison n'ont plus aucun sens, il faut tout refaire en classe.",
    "La charte informatique de l'établissement ne dit rien sur l'IA, c'est le flou total.",
    "J'ai l'impression qu'on avance sans cap, chacun bricole dans son coin.",
    "C'est un outil comme un autre, il y a quarante ans on disait la même chose des calculatrices.",
    "Ça me fait gagner un temps fou sur les progressions et les grilles d'évaluation.",
    "Je crains surtout pour l'écriture : ils ne savent déjà plus construire un paragraphe.",
    "Il faudrait une vraie formation, pas un webinaire de quarante minutes un mercredi à 17h.",
    "Le RGPD est complètement oublié dans toute cette histoire.",
    "Les parents ne sont pas du tout informés, ni consultés.",
    "En maternelle on n'est pas concernés directement, mais les familles oui.",
    "Franchement ça m'inquiète pour l'égalité : ceux qui paient l'abonnement ont un avantage.",
    "Je l'utilise pour traduire les mots aux familles allophones, c'est précieux.",
    "Il faut interdire les téléphones et arrêter de courir après chaque mode.",
    "L'IA ne remplacera jamais la relation humaine entre un enseignant et sa classe.",
    "On demande aux profs d'être vigilants sans leur donner aucun moyen de vérifier.",
    "Les détecteurs d'IA ne marchent pas, j'ai testé sur mes propres textes.",
    "J'aimerais un outil souverain, hébergé en France, validé par l'institution.",
    "Les élèves les plus fragiles sont ceux qui copient le plus sans comprendre.",
    "Il faudrait repenser l'évaluation : plus d'oral, plus de travail en classe.",
    "Au CDI on voit tous les jours des recherches faites entièrement par un chatbot.",
    "Je trouve que c'est une chance pour l'orientation, à condition d'être accompagné.",
    "Bref, oui à l'IA, mais avec un cadre clair et des moyens.",
    "Ce questionnaire arrive un peu tard, les usages sont déjà là depuis deux ans.",
    "Pour la vie scolaire ça pourrait aider à rédiger les courriers, mais pas à décider.",
    "Les hallucinations restent un vrai problème en histoire, les dates sont fausses une fois sur trois.",
    "En LP les élèves l'utilisent pour leurs rapports de stage, parfois sans même les relire.",
    "Je ne suis pas contre, mais je ne veux pas que ce soit imposé.",
    "J'attends qu'on nous dise clairement ce qui est autorisé en examen.",
    "Mon ressenti : beaucoup de communication, peu d'accompagnement réel.",
    "les gamins sont plus à l'aise que nous avec ces outils faut l'admettre",
    "c'est bien pour les fiches de révision mais ils ne les lisent même pas",
    "La consommation énergétique de ces outils devrait aussi nous interroger.",
    "Dans l'enseignement agricole on a commencé des ateliers, les retours sont plutôt bons.",
    "Je n'ai pas d'avis tranché, je découvre encore.",
    "Pourquoi pas, si cela allège les tâches administratives qui nous noient.",
    "En outre-mer la connexion est déjà un problème, alors l'IA...",
    "Il faudrait associer les élèves à la réflexion, ils ont des choses à dire.",
    "Personnellement j'ai arrêté d'en donner en devoir, je fais tout en classe désormais.",
    "Ce qui me gêne c'est la dépendance : certains ne démarrent plus rien sans demander à la machine.",
]
SIGN_OFFS = ["Cordialement,", "Bien cordialement,", "Bien à vous,", "Merci pour cette enquête.", "Bonne journée,",
             "Salutations distinguées,", "Respectueusement,", "Merci de votre attention,", "Amicalement,", "Bonne continuation !"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "septembre", "octobre", "novembre", "décembre"]


class G:
    """Draw context: random helpers that return strings with inline marks."""

    def __init__(self, rng, state=None):
        self.r = rng
        self.flags = {}
        self.state = state if state is not None else {}

    # -- basics
    def c(self, seq):
        return self.r.choice(seq)

    def p(self, x):
        return self.r.random() < x

    def ri(self, a, b):
        return self.r.randint(a, b)

    def op(self, n=1):
        return " ".join(self.r.sample(OPINIONS, n))

    def ai(self):
        return self.c(AI)

    def cls(self):
        return self.c(CLASSES)

    def subj(self):
        return self.c(SUBJECTS)

    def school(self):
        return self.c(SCHOOLS)

    def town(self, dom=None):
        if dom is None:
            dom = self.p(0.25)
        return self.c(DOM_TOWNS if dom else TOWNS)

    def date(self):
        return "%d %s %d" % (self.ri(1, 28), self.c(MONTHS), self.c([2023, 2024, 2025, 2026]))

    def dnum(self):
        return "%02d/%02d/%d" % (self.ri(1, 28), self.ri(1, 12), self.c([2024, 2025, 2026]))

    def birth(self):
        return "%02d/%02d/%d" % (self.ri(1, 28), self.ri(1, 12), self.ri(1958, 2001))

    def hour(self):
        return "%dh%s" % (self.ri(8, 18), self.c(["", "00", "15", "30", "45"]))

    def sign(self):
        return self.c(SIGN_OFFS)

    # -- names
    def origin(self):
        return self.c(list(ORIGINS))

    def first(self, sex=None, origin=None):
        o = ORIGINS[origin or self.origin()]
        if sex is None:
            sex = self.c("FM")
        return self.c(o[0] if sex == "F" else o[1])

    def last(self, origin=None):
        x = self.r.random()
        if x < 0.08:
            a, b = self.c(ORIGINS[self.origin()][2]), self.c(ORIGINS[self.origin()][2])
            if a != b and " " not in a + b:
                return a + "-" + b
        if x < 0.16:
            return self.c(PARTICLE_SURNAMES)
        if x < 0.27:
            return self.c(WORD_SURNAMES)
        if x < 0.32:
            return self.c(RARE_SURNAMES)
        return self.c(ORIGINS[origin or self.origin()][2])

    def person(self, sex=None, origin=None):
        sex = sex or self.c("FM")
        o = origin or self.origin()
        return self.first(sex, o), self.last(o), sex

    def full(self, sex=None, origin=None, style=None):
        f, l, s = self.person(sex, origin)
        st = style or self.c(["fl"] * 6 + ["Lf", "fL", "il"])
        if st == "Lf":
            v = "%s %s" % (l.upper(), f)
        elif st == "fL":
            v = "%s %s" % (f, l.upper())
        elif st == "il":
            v = "%s. %s" % (f[0], l)
        else:
            v = "%s %s" % (f, l)
        return P(v)

    def title(self, sex):
        if sex == "F":
            return self.c(["Mme", "Mme", "Madame", "madame", "Mme", "Dr", "Mlle"])
        return self.c(["M.", "M.", "Monsieur", "monsieur", "M.", "Dr", "Mr"])

    def civ(self, sex=None, rare=False):
        sex = sex or self.c("FM")
        l = self.c(RARE_SURNAMES) if rare else self.last()
        return "%s %s" % (self.title(sex), P(l))

    def civ_full(self, sex=None):
        sex = sex or self.c("FM")
        f, l, _ = self.person(sex)
        return "%s %s" % (self.title(sex), P("%s %s" % (f, l)))

    def civ_init(self, sex=None):
        sex = sex or self.c("FM")
        return "%s %s." % (self.c(["Mme", "Madame"]) if sex == "F" else self.c(["M.", "Monsieur"]),
                           P(self.c("ABCDEFGHJKLMNPRSTVWZ")))

    def fn(self, sex=None, origin=None):
        return P(self.first(sex, origin))

    def fn_init(self, sex=None):
        return P("%s %s" % (self.first(sex), self.c("ABCDEFGHJKLMNPRSTVWZ"))) + "."

    def pub(self):
        return P(self.c(PUBLIC))

    # -- e-mail
    def local(self, f, l):
        f2 = re.sub(r"[^a-z\-]", "", strip_accents(f).lower().replace(" ", "-"))
        l2 = re.sub(r"[^a-z\-]", "", strip_accents(l).lower().replace(" ", "").replace("'", ""))
        return self.c(["%s.%s" % (f2, l2), "%s.%s" % (f2, l2), "%s%s" % (f2[0], l2), "%s_%s" % (f2, l2),
                       "%s.%s%d" % (f2, l2, self.ri(1, 99)), "%s%d" % (f2, self.ri(70, 2012)),
                       "%s-%s" % (l2, f2[0])])

    def email(self, f=None, l=None, dom=None, obf=None):
        if f is None:
            f, l, _ = self.person()
        dom = dom or self.c([self.c(ACADEMIES), self.c(PERSO_DOMAINS), self.c(PERSO_DOMAINS), self.c(ORG_DOMAINS)])
        loc = self.local(f, l)
        if obf is None:
            obf = self.p(0.25)
        if not obf:
            return EM("%s@%s" % (loc, dom))
        name, tld = dom.rsplit(".", 1)
        v = self.c(["%s arobase %s" % (loc, dom), "%s [at] %s [dot] %s" % (loc, name, tld),
                    "%s(at)%s" % (loc, dom), "%s AT %s DOT %s" % (loc, name, tld),
                    "%s chez %s" % (loc, dom), "%s [@] %s" % (loc, dom), "%s (arobase) %s (point) %s" % (loc, name, tld),
                    "%s@%s point %s" % (loc, name, tld)])
        return EM(v)

    def email_fn(self, fl):
        f, l = fl
        return self.email(f, l)

    # -- phones
    def phone(self, kind=None):
        kind = kind or self.c(["mob"] * 5 + ["fix"] * 3 + ["dom"] * 2 + ["far", "foreign"])
        r = self.r
        if kind in ("mob", "fix"):
            d = "0" + (self.c("67") if kind == "mob" else self.c("123459")) + "".join(str(r.randint(0, 9)) for _ in range(8))
            pr = [d[i:i + 2] for i in range(0, 10, 2)]
            f = self.ri(0, 13)
            if f == 0: v = " ".join(pr)
            elif f == 1: v = ".".join(pr)
            elif f == 2: v = d
            elif f == 3: v = "-".join(pr)
            elif f == 4: v = "+33 %s %s" % (d[1], " ".join(pr[1:]))
            elif f == 5: v = "+33 (0)%s %s" % (d[1], " ".join(pr[1:]))
            elif f == 6: v = "0033 %s %s" % (d[1], " ".join(pr[1:]))
            elif f == 7: v = "+33" + d[1:]
            elif f == 8: v = "+33 %s %s %s" % (d[1:4], d[4:7], d[7:])
            elif f == 9: v = "%s %s %s" % (d[:4], d[4:7], d[7:])
            elif f == 10: v = "00 33 %s %s" % (d[1], ".".join(pr[1:]))
            elif f == 11: v = "%s/%s/%s/%s/%s" % tuple(pr)
            elif f == 12: v = "+33.%s.%s" % (d[1], ".".join(pr[1:]))
            else: v = " ".join(pr)
            return TEL(v)
        if kind == "dom":
            pref, cc = self.c([("0590", "590"), ("0690", "590"), ("0596", "596"), ("0696", "596"),
                               ("0594", "594"), ("0694", "594"), ("0262", "262"), ("0692", "262"),
                               ("0693", "262"), ("0269", "262"), ("0639", "262")])
            rest = "%02d %02d %02d" % (self.ri(0, 99), self.ri(0, 99), self.ri(0, 99))
            v = self.c(["%s %s" % (pref, rest), "+%s %s %s" % (cc, pref[1:], rest),
                        "%s%s" % (pref, rest.replace(" ", "")), "%s.%s" % (pref, rest.replace(" ", ".")),
                        "00%s %s %s" % (cc, pref[1:], rest)])
            return TEL(v)
        if kind == "far":
            v = self.c(["+687 %02d %02d %02d" % (self.ri(20, 99), self.ri(0, 99), self.ri(0, 99)),
                        "+689 %s %02d %02d %02d" % (self.c(["87", "89", "40"]), self.ri(0, 99), self.ri(0, 99), self.ri(0, 99)),
                        "+508 41 %02d %02d" % (self.ri(0, 99), self.ri(0, 99)),
                        "+681 72 %02d %02d" % (self.ri(0, 99), self.ri(0, 99)),
                        "(+687) %02d.%02d.%02d" % (self.ri(20, 99), self.ri(0, 99), self.ri(0, 99))])
            return TEL(v)
        v = self.c(["+32 2 %03d %02d %02d" % (self.ri(100, 999), self.ri(0, 99), self.ri(0, 99)),
                    "+41 22 %03d %02d %02d" % (self.ri(100, 999), self.ri(0, 99), self.ri(0, 99)),
                    "+1 514 %03d-%04d" % (self.ri(200, 999), self.ri(0, 9999)),
                    "+212 6 %02d %02d %02d %02d" % (self.ri(0, 99), self.ri(0, 99), self.ri(0, 99), self.ri(0, 99)),
                    "+44 20 7946 %04d" % self.ri(0, 9999),
                    "+49 30 %08d" % self.ri(0, 99999999),
                    "+221 77 %03d %02d %02d" % (self.ri(100, 999), self.ri(0, 99), self.ri(0, 99)),
                    "+34 6%02d %03d %03d" % (self.ri(0, 99), self.ri(0, 999), self.ri(0, 999)),
                    "+351 91 %03d %04d" % (self.ri(0, 999), self.ri(0, 9999)),
                    "+261 34 %02d %03d %02d" % (self.ri(0, 99), self.ri(0, 999), self.ri(0, 99)),
                    "+84 90 %03d %04d" % (self.ri(0, 999), self.ri(0, 9999)),
                    "+216 %02d %03d %03d" % (self.ri(20, 99), self.ri(0, 999), self.ri(0, 999))])
        return TEL(v)

    # -- addresses
    def num(self):
        n = str(self.ri(1, 180))
        if self.p(0.15):
            n += self.c([" bis", " ter", "B", "bis"])
        return n

    def street(self):
        return "%s %s %s" % (self.num(), self.c(STREET_TYPES), self.c(STREET_NAMES))

    def addr(self, shape=None, dom=None):
        cp, city = self.town(dom)
        s = self.street()
        shape = shape if shape is not None else self.ri(0, 14)
        if shape == 0: v = "%s, %s %s" % (s, cp, city)
        elif shape == 1: v = "%s %s %s" % (s, cp, city)
        elif shape == 2: v = "%s\n%s %s" % (s, cp, city.upper())
        elif shape == 3: v = "%s, %s, %s %s" % (self.c(COMPLEMENTS), s, cp, city)
        elif shape == 4: v = "%s - %s %s" % (s.replace(" ", ", ", 1), cp, city)
        elif shape == 5: v = "%s, CS %d, %s %s CEDEX" % (s, self.ri(10000, 90999), cp, city)
        elif shape == 6: v = "BP %d, %s %s Cedex %d" % (self.ri(10, 999), cp, city, self.ri(1, 9))
        elif shape == 7: v = "Lieu-dit %s, %s %s" % (self.c(["Kerbrat", "Le Bourg", "La Croix-Blanche", "Les Granges", "Larressore", "Morne-Rouge", "Bois-Neuf"]), cp, city)
        elif shape == 8:
            cp, city = self.town(True)
            v = "%s, %s, %s %s" % (self.c(["Lotissement Les Hibiscus, lot 12", "Quartier Mangot-Vulcin", "Résidence Les Flamboyants, bât. A",
                                           "Cité Bonhomme", "Village de Kawéni", "Tribu de Saint-Louis", "PK 18,5 côté montagne",
                                           "Chemin des Goyaviers, Bellepierre"]), s if self.p(0.3) else "case 7", cp, city)
        elif shape == 9: v = s
        elif shape == 10: v = "%s à %s" % (s, city)
        elif shape == 11: v = self.c(FOREIGN_ADDR)
        elif shape == 12: v = "%s\n%s\n%s %s" % (self.c(COMPLEMENTS), s, cp, city)
        elif shape == 13: v = "%s, %s" % (s, cp)
        else: v = "%s %s %s" % (s.upper(), cp, city.upper())
        return AD(v)

    # -- identifiers with keys
    def _wrong(self, kind):
        # steer the accepted share of wrong keys towards WRONG_SHARE
        tot, wr = self.state.get(kind, (0, 0))
        p = min(0.9, max(0.1, WRONG_SHARE + 0.25 * (WRONG_SHARE * (tot + 1) - wr)))
        return self.p(p)

    def nir(self, sex=None):
        sex = sex or self.c("12")
        yy = "%02d" % self.ri(0, 99)
        mm = "%02d" % self.ri(1, 12)
        t = self.r.random()
        if t < 0.12:
            dept, com = self.c(["2A", "2B"]), "%03d" % self.ri(1, 366)
        elif t < 0.27:
            dept, com = self.c(["971", "972", "973", "974", "976"]), "%02d" % self.ri(1, 34)
        elif t < 0.37:
            dept, com = "99", self.c(COUNTRY_CODES)
        else:
            dept, com = self.c(DEPTS), "%03d" % self.ri(1, 650)
        order = "%03d" % self.ri(1, 999)
        body = sex + yy + mm + dept + com + order
        assert len(body) == 13
        key = nir_key13(body)
        wrong = self._wrong("NIR")
        if wrong:
            key = self.c([k for k in range(1, 98) if k != key])
        parts = [sex, yy, mm, dept, com, order, "%02d" % key]
        f = self.ri(0, 3)
        if f == 0: v = "".join(parts)
        elif f == 1: v = " ".join(parts)
        elif f == 2: v = "".join(parts[:6]) + " " + parts[6]
        else: v = " ".join(parts)
        self.flags[("NIR", v)] = wrong
        return m("NIR", v)

    def iban(self):
        bank = self.c(["30004", "30002", "10278", "20041", "30003", "11315", "12506", "17515", "16706",
                       "18206", "10107", "14445", "15589", "13507", "%05d" % self.ri(10000, 19999)])
        guichet = "%05d" % self.ri(0, 99999)
        compte = "%011d" % self.ri(0, 10 ** 11 - 1)
        rk = rib_key(bank, guichet, compte)
        bban = bank + guichet + compte + "%02d" % rk
        chk = 98 - iban_num(bban + "FR00") % 97
        wrong = self._wrong("IBAN")
        if wrong:
            chk = self.c([k for k in range(2, 99) if k != chk])
        raw = "FR%02d%s" % (chk, bban)
        if self.p(0.6):
            v = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
        else:
            v = raw
        self.flags[("IBAN", v)] = wrong
        return m("IBAN", v)

    def uai(self):
        d = self.c(["0" + x for x in DEPTS] + ["971", "972", "973", "974", "976", "620", "720", "988", "987"])
        body = d + "%04d" % self.ri(0, 9999)
        let = UAI_LET[int(body) % 23]
        wrong = self._wrong("UAI")
        if wrong:
            let = self.c([x for x in UAI_LET if x != let])
        v = body + let
        self.flags[("UAI", v)] = wrong
        return m("UAI", v)

# ---------------------------------------------------------------- styles (applied to marked text)
SMS = [(r"\bpour\b", "pr"), (r"\bbeaucoup\b", "bcp"), (r"\btoujours\b", "tjrs"), (r"\bvous\b", "vs"),
       (r"\bc'est\b", "c"), (r"\baujourd'hui\b", "ajd"), (r"\bparce que\b", "pcq"), (r"\bquelque\b", "qq"),
       (r"\bje sais pas\b", "jsp"), (r"\bsurtout\b", "surtt"), (r"\bquand\b", "qd"), (r"\bavec\b", "avc"),
       (r"\bbonjour\b", "bjr"), (r"\bmerci\b", "mrc"), (r"\bjamais\b", "jms"), (r"\bpersonne\b", "pers")]


def segments(marked):
    out, pos = [], 0
    for mo in MARK_RE.finditer(marked):
        out.append((None, marked[pos:mo.start()]))
        out.append((mo.group(1), mo.group(2)))
        pos = mo.end()
    out.append((None, marked[pos:]))
    return out


def typo_word(rng, w):
    if len(w) < 5 or not w.isalpha():
        return w
    i = rng.randint(1, len(w) - 3)
    k = rng.randint(0, 2)
    if k == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if k == 1:
        return w[:i] + w[i + 1:]
    return w[:i] + w[i] + w[i:]


def apply_style(rng, marked, styles):
    segs = segments(marked)
    res = []
    for kind, s in segs:
        if kind in ("TELEPHONE", "NIR", "IBAN", "UAI"):
            res.append((kind, s))
            continue
        if "lower" in styles:
            s = s.lower()
        if "noacc" in styles:
            s = strip_accents(s).replace("œ", "oe")
        if kind is None:
            if "sms" in styles:
                for a, b in SMS:
                    s = re.sub(a, b, s, flags=re.I)
            if "dict" in styles:
                s = re.sub(r"[.,;:!?…]", "", s)
                s = re.sub(r"[ \t]{2,}", " ", s)
            if "typo" in styles:
                s = re.sub(r"\b[^\W\d_]{6,}\b",
                           lambda mo: typo_word(rng, mo.group(0)) if rng.random() < 0.07 else mo.group(0), s)
        res.append((kind, s))
    return "".join(s if k is None else m(k, s) for k, s in res)


def pick_styles(rng, cat):
    st = set()
    base = {"survey": 1.0, "nopii": 0.8, "trap": 0.5, "letter": 0.25}[cat]
    if rng.random() < 0.14 * base: st.add("lower")
    if rng.random() < 0.14 * base: st.add("noacc")
    if rng.random() < 0.10 * base: st.add("sms")
    if rng.random() < 0.07 * base: st.add("dict")
    if rng.random() < 0.25 * base: st.add("typo")
    return st


# ---------------------------------------------------------------- render + check
def render(marked):
    text, ents, pos = [], [], 0
    out_len = 0
    for mo in MARK_RE.finditer(marked):
        lit = marked[pos:mo.start()]
        text.append(lit)
        out_len += len(lit)
        kind, val = mo.group(1), mo.group(2)
        ents.append({"kind": kind, "text": val, "start": out_len})
        text.append(val)
        out_len += len(val)
        pos = mo.end()
    text.append(marked[pos:])
    t = "".join(text)
    assert "⟦" not in t and "⟧" not in t, t
    return t, ents


def check(text, ents):
    """Return None if fine, else a reason."""
    prev = 0
    for e in ents:
        v = e["text"]
        if not v or v != v.strip():
            return "spaces"
        if e["kind"] == "PERSONNE" and v.endswith("."):
            return "dot"
        i = text.find(v, prev)
        if i != e.get("start", i):
            return "offset"
        if i < 0:
            return "notfound"
        j = i + len(v)
        if i > 0 and text[i - 1].isalnum():
            return "glued-left"
        if j < len(text) and text[j].isalnum():
            return "glued-right"
        prev = j
    return None

# ---------------------------------------------------------------- survey answers (with personal data)
SURVEY = []


def sv(fn):
    SURVEY.append(fn)
    return fn


@sv
def s01(g):
    return (f"{g.op()} Ma collègue de {g.subj()}, {g.fn('F')}, utilise {g.ai()} pour générer des exercices différenciés "
            f"et franchement ça marche plutôt bien. {g.op()}\n— {g.full()}, professeur de lettres")


@sv
def s02(g):
    return (f"Mon fils {g.fn('M')} est en {g.cls()} et il fait tous ses devoirs avec {g.ai()}. J'en ai parlé à "
            f"{g.civ()} (sa professeure principale) qui m'a répondu qu'elle ne pouvait rien prouver. {g.op()} "
            f"Si vous voulez me recontacter : {g.phone('mob')}")


@sv
def s03(g):
    return (f"perso jtrouve ca bien mais {g.fn()} de ma classe il copie tout sur chatgpt et la prof {g.civ('F')} "
            f"elle a rien vu mdr. {g.c(['voila', 'bref', 'cv', 'enfin bon'])}")


@sv
def s04(g):
    return (f"Lors de la dernière animation pédagogique, l'IEN {g.civ_full()} nous a présenté trois usages "
            f"« raisonnés » de l'IA en cycle 3. {g.op(2)} Je reste sceptique.")


@sv
def s05(g):
    return (f"{g.civ_init('M')} le principal nous a interdit d'en parler en conseil pédagogique, ce qui en dit long. "
            f"{g.op()} Enseignante en {g.cls()}, {g.town()[1]}.")


@sv
def s06(g):
    f = g.first()
    return (f"Je suis AESH et j'accompagne {P(f)} (TSA) en {g.cls()}. La reformulation automatique l'aide "
            f"énormément pour entrer dans les consignes. Par contre je n'ai jamais eu de formation. {g.op()}")


@sv
def s07(g):
    return (f"En tant que CPE je vois surtout les dérives : l'an dernier un élève, {g.fn_init('M')} a fabriqué un faux "
            f"message d'absence avec une IA, signature comprise. {g.op()}")


@sv
def s08(g):
    return (f"Au CDI on a monté une expo « Vrai ou généré ? » avec {g.fn()}, notre AED, et les 4e. "
            f"Les élèves se sont régalés. {g.op()} {g.full('F')}, professeure documentaliste")


@sv
def s09(g):
    return (f"Infirmière scolaire. On m'a proposé de saisir les numéros de sécurité sociale des élèves dans un "
            f"outil de tri automatique des passages ; exemple reçu par mail : {g.nir()}. J'ai refusé net. {g.op()}")


@sv
def s10(g):
    return (f"PsyEN en CIO. {g.op()} Une élève, {g.fn('F')}, m'a dit qu'elle « parlait à l'IA » le soir plutôt "
            f"qu'à ses parents. Ça m'a glacée. {g.op()}")


@sv
def s11(g):
    return (f"secretaire de direction depuis 19 ans. {g.op()} moi ce qui m'aiderait c'est qu'on arrête de me "
            f"transférer tous les appels, mon poste direct c'est le {g.phone('fix')} et ça sonne toute la journée. "
            f"{g.full('F')}")


@sv
def s12(g):
    return (f"Référent numérique du lycée (UAI {g.uai()}). {g.op()} J'ai fait remonter une demande d'outil souverain "
            f"à {g.civ()}, DRANE adjoint, sans réponse depuis {g.c(['octobre', 'la Toussaint', 'six mois'])}.")


@sv
def s13(g):
    return (f"Formatrice à l'INSPÉ, je cite souvent {g.pub()} à mes stagiaires : l'important n'est pas l'outil mais "
            f"la tâche. {g.op(2)}\n{g.full('F')}\n{g.email()}")


@sv
def s14(g):
    f, l, s = g.person()
    return (f"Au nom de la section {g.c(UNIONS)} de l'établissement : nous demandons un moratoire tant que la question "
            f"des données n'est pas réglée. {g.op()} Contact : {P(f + ' ' + l)}, {g.email(f, l)}")


@sv
def s15(g):
    return (f"AED ici. Les élèves me demandent tout le temps de l'aide pour « prompter ». {g.op()} "
            f"D'ailleurs {g.fn('M')} en {g.cls()} m'a appris des trucs. Signé : {g.fn()}")


@sv
def s16(g):
    return (f"Je suis ATSEM en {g.c(['MS', 'GS', 'PS-MS', 'petite section'])} avec {g.civ('F')}. Honnêtement l'IA "
            f"chez nous c'est zéro, on a déjà du mal avec la tablette. {g.op()}")


@sv
def s17(g):
    return (f"DDFPT en lycée pro. {g.op()} Nos tuteurs en entreprise, par exemple {g.civ_full('M')} chez un "
            f"garagiste partenaire, utilisent déjà l'IA pour les devis. Il faut qu'on suive.")


@sv
def s18(g):
    cp, city = g.town()
    return (f"Retraité depuis {g.ri(2008, 2022)}, ancien instituteur à {city}. Mon petit-fils {g.fn('M')} me montre "
            f"ses exposés faits par la machine et je ne reconnais plus rien. {g.op()} {g.full('M')}")


@sv
def s19(g):
    return (f"{g.op(3)}\n\n{g.full()}\nPrincipale du {g.school()}\n{g.phone()}")


@sv
def s20(g):
    return (f"Quand {g.pub()} explique à la télé que l'IA va « libérer les profs », j'ai envie de l'inviter une "
            f"semaine dans ma classe de {g.cls()}. {g.op()}")


@sv
def s21(g):
    return (f"Ici à Mayotte nos élèves n'ont souvent pas d'ordinateur à la maison. {g.fn(origin='mayotte')} en CM2 "
            f"fait ses recherches sur le téléphone de sa grande sœur. {g.op()} {g.full(origin='mayotte')}, PE à "
            f"{g.c(['Mamoudzou', 'Koungou', 'Sada', 'Dembéni'])}")


@sv
def s22(g):
    return (f"Au lycée français de {g.c(['Rabat', 'Dakar', 'Hanoï', 'Lisbonne', 'Madrid', 'Tananarive', 'Pondichéry'])}, "
            f"{g.op()} Notre proviseur, {g.civ_full()}, a lancé un groupe de travail. Si ça intéresse des collègues : "
            f"{g.phone('foreign')}")


@sv
def s23(g):
    return (f"{g.op()} petite anecdote : {P(g.first().lower())} (3e) m'a rendu une "
            f"rédaction où il y avait encore écrit « en tant que modèle de langage ». On a bien ri, lui moins.")


@sv
def s24(g):
    return (f"Une appli « d'aide aux devoirs » à base d'IA nous a été conseillée en réunion. J'ai donné mon RIB pour "
            f"l'abonnement ({g.iban()}) et ils m'ont débité deux fois. Je déconseille fortement. {g.op()}")


@sv
def s25(g):
    return (f"{g.op()} Si des collègues veulent en parler, on organise un café péda tous les premiers jeudis chez moi, "
            f"au {g.addr(9)}. Prévenez-moi : {g.email()}")


@sv
def s26(g):
    return (f"Je m'appelle {g.full()} et j'enseigne {g.subj()} depuis {g.ri(3, 30)} ans. {g.op(2)}")


@sv
def s27(g):
    return (f"mon eleve {P(g.first())} a fait tout son oral de brevet avec un texte généré, il ne savait même pas ce "
            f"que voulait dire « paradigme ». {g.op()}")


@sv
def s28(g):
    return (f"{g.op()} Je remercie au passage {g.civ()} et {g.civ()}, formateurs académiques, dont l'atelier de "
            f"{g.c(['mars', 'novembre', 'janvier'])} était vraiment concret.")


@sv
def s29(g):
    return (f"Parent délégué {g.c(['FCPE', 'PEEP', 'APEL', 'indépendant'])}. Plusieurs familles m'ont écrit, notamment "
            f"{g.civ()} dont la fille {g.fn('F')} a été accusée à tort d'avoir utilisé l'IA. {g.op()} Joignable au "
            f"{g.phone()} le soir.")


@sv
def s30(g):
    return (f"Inspectrice {g.c(['IA-IPR', 'IEN ET-EG', 'IEN 1er degré'])}. {g.op(2)} Je tiens à saluer le travail de "
            f"{g.full()} et de son équipe au {g.school()}.")


@sv
def s31(g):
    return (f"Je suis en {g.cls()}. Franchement {g.ai()} m'aide pour comprendre les cours que j'ai pas compris. "
            f"Mais {g.civ()} dit que c'est de la triche alors que {g.civ()} nous montre comment l'utiliser. Faudrait "
            f"savoir. {g.fn()}")


@sv
def s32(g):
    return (f"Mme {P(g.c(RARE_SURNAMES))}, notre cheffe d'établissement, a eu le courage de poser un cadre clair "
            f"dès la rentrée. {g.op()} Merci à elle.")


@sv
def s33(g):
    return (f"{g.op()} À titre perso j'ai testé avec ma fille {g.fn('F', 'polynesie')} (CE2) à {g.c(['Papeete', 'Punaauia', 'Moorea', 'Raiatea'])} : "
            f"elle demandait des histoires en reo tahiti et c'était truffé d'erreurs. {g.op()}")


@sv
def s34(g):
    return (f"prof de breton en filière bilingue. {g.op()} les outils ne connaissent pas nos langues. "
            f"{P(g.first(origin='bretagne'))} et {P(g.first(origin='bretagne'))} en 6e ont essayé, résultat "
            f"incompréhensible. {g.full(origin='bretagne')}")


@sv
def s35(g):
    return (f"{g.op()} En Corse on a un projet avec l'université de Corte sur la lingua corsa, porté par "
            f"{g.full(origin='corse')}. {g.op()}")


@sv
def s36(g):
    return (f"Enseignant en ikastola puis dans le public. {g.op()} Mon collègue {g.full(origin='basque')} a construit "
            f"un corpus en euskara avec ses élèves, c'est un super exemple.")


@sv
def s37(g):
    return (f"{g.op(2)} Au collège de Haguenau, {g.civ()} (allemand) fait "
            f"corriger les rédactions en alsacien par {g.ai()} puis les élèves cherchent les erreurs. Génial.")


@sv
def s38(g):
    return (f"Je suis AESH co au collège, mon numéro de sécu {g.nir('2')} apparaît sur la fiche de paie que le "
            f"secrétariat a scannée dans un outil « intelligent » sans me demander. Est-ce légal ? {g.op()}")


@sv
def s39(g):
    return (f"{g.op()} Pour info, la mairie a installé des tablettes avec un assistant vocal à l'école, c'est "
            f"{g.civ()} (adjoint aux affaires scolaires) qui gère : {g.email(dom='mairie-larochelle.fr')}.")


@sv
def s40(g):
    return (f"Professeure de {g.subj()}, {g.cls()}.\n{g.op()}\nUn exemple : {g.fn()} a rendu un devoir parfait mais "
            f"a été incapable de l'expliquer à l'oral. {g.fn()} au contraire a tout écrit à la main avec des fautes, "
            f"mais il avait compris.\n{g.op()}")


@sv
def s41(g):
    return (f"bjr, je suis maman de {g.fn()} et {g.fn()} en {g.cls()} et {g.cls()}. {g.op()} le soir c'est la guerre "
            f"pour les écrans. mon num si besoin {g.phone('mob')} {g.c(['bonne soirée', 'merci', 'bisous'])}")


@sv
def s42(g):
    return (f"Je travaille à Saint-Laurent-du-Maroni. {g.op()} Mes élèves parlent sranan tongo, nenge, kali'na… "
            f"{g.fn(origin='guyane')} m'a dit « madame, l'ordinateur il parle pas comme nous ». {g.full(origin='guyane')}")


@sv
def s43(g):
    return (f"{g.op()} À La Réunion on a testé un chatbot en créole avec {g.civ_full(None)} de l'université. "
            f"Les élèves de {g.c(['Saint-Joseph', 'Saint-Benoît', 'Le Port', 'Saint-Louis'])} ont adoré.")


@sv
def s44(g):
    return (f"Nouméa. {g.op()} En tribu les élèves n'ont pas le réseau. {g.civ()} "
            f"et moi faisons des séances hors ligne. {g.full(origin='caledonie')}, professeur des écoles")


@sv
def s45(g):
    return (f"{g.op()} — réponse dictée —\noui alors moi je pense que {g.c(['c est', 'c est quand même'])} dangereux "
            f"surtout pour les petits ma voisine {g.civ()} qui est directrice dit pareil voilà {g.op()}")


@sv
def s46(g):
    return (f"Question 7 : vos remarques libres\n{g.op(2)} Je signale que {g.full()} (service informatique du "
            f"rectorat) m'a aidé à paramétrer l'ENT, un grand merci. Tél. du service : {g.phone('fix')}")


@sv
def s47(g):
    return (f"{g.op()} Mon élève {g.fn('M', 'afrique')} ({g.cls()}) est allophone, arrivé de {g.c(['Conakry', 'Bamako', 'Abidjan', 'Kinshasa'])} "
            f"en janvier. La traduction automatique lui permet de suivre. Sans ça il serait perdu.")


@sv
def s48(g):
    return (f"{g.op()} C'est {g.pub()} qui disait qu'on ne peut pas confier l'éducation à une machine. "
            f"Je suis bien d'accord. {g.full()}, {g.c(['PLP', 'PE', 'certifiée', 'agrégé', 'contractuelle'])}")


@sv
def s49(g):
    return (f"Enseignante en SEGPA. {g.op()} J'ai des élèves comme {g.fn()}, {g.fn()} ou {g.fn()} qui lisent à "
            f"peine ; la synthèse vocale leur donne accès aux textes. {g.op()}")


@sv
def s50(g):
    return (f"Chef de travaux retraité. {g.op()} Je reste joignable pour des interventions bénévoles : "
            f"{g.full('M')}, {g.addr(0)}, {g.phone()}")


@sv
def s51(g):
    return (f"Mme {P(g.last())} nous a fait une démo d'{g.ai()} en salle des profs… Trois collègues sont partis "
            f"avant la fin. {g.op()}")


@sv
def s52(g):
    return (f"Ras le bol de ces enquêtes. {g.op()} Mon syndicat ({g.c(UNIONS)}) a déjà tout dit. "
            f"{P(g.last().upper())} {P(g.first())}, {g.cls()}")


@sv
def s53(g):
    return (f"{g.op()} J'ai signalé au DPO académique ({g.email(obf=True)}) un collègue qui faisait corriger ses "
            f"copies nominatives par une IA en ligne. Pas de retour. {g.op()}")


@sv
def s54(g):
    return (f"Le Printemps de l'IA organisé par {g.full()} au {g.school()} était top, bravo aux élèves de "
            f"{g.cls()}. {g.op()}")


@sv
def s55(g):
    return (f"Professeur de maths en {g.cls()}. {g.op()} {g.civ_init()} (inspection) m'a reproché de ne pas "
            f"« intégrer l'IA ». {g.op()}")


@sv
def s56(g):
    return (f"Dans ma classe, {g.fn('F', 'turquie')}, {g.fn('M', 'chine')}, {g.fn('F', 'est')} et {g.fn('M', 'portugal')} "
            f"utilisent la traduction pour aider leurs parents à remplir les papiers de l'école. {g.op()}")


@sv
def s57(g):
    return (f"{g.op()} On a reçu un message bizarre de « {g.full()} » qui se présentait comme formateur IA et "
            f"demandait nos coordonnées bancaires. Vérifiez bien ! Le numéro affiché était {g.phone('foreign')}.")


@sv
def s58(g):
    return (f"{g.op()}\n\n--\n{g.full()}\nProfesseur de {g.subj()} – {g.school()}\n{g.email(dom=g.c(ACADEMIES))}")


@sv
def s59(g):
    return (f"Coordinatrice ULIS. {g.op()} {g.fn()} utilise un assistant vocal pour s'organiser, c'est son AESH "
            f"{g.fn('F')} qui a tout paramétré. {g.op()}")


@sv
def s60(g):
    return (f"Je suis conseillère principale d'éducation à {g.town(True)[1]}. {g.op()} Merci à {g.civ_full()} pour "
            f"sa disponibilité.")


@sv
def s61(g):
    return (f"{g.op()} mon mari {g.fn('M')} est prof aussi et on n'est pas d'accord du tout lol. lui il est pour, "
            f"moi contre. {g.fn('F')}")


@sv
def s62(g):
    return (f"Professeur en classe prépa. {g.op(2)} {g.civ()} et {g.civ()}, collègues de khâgne, ont rédigé une "
            f"charte que je recommande.")


@sv
def s63(g):
    return (f"{g.op()} P.S. je cherche un logement pour la rentrée près du lycée, si quelqu'un loue : "
            f"{g.email()} ou {g.phone()}. Actuellement {g.addr(g.c([0, 1, 4, 10]))}.")


@sv
def s64(g):
    return (f"Je suis élève de {g.cls()} au {g.school()}. la prof de {g.subj()} mme {P(g.last().lower())} elle nous "
            f"laisse utiliser {g.ai()} pour les brouillons et je trouve ça bien. {g.op()}")


@sv
def s65(g):
    return (f"{g.op()} Les collègues {P(g.first() + ' ' + g.last())}, {P(g.first())} et {g.civ()} ont monté un "
            f"projet eTwinning sur l'IA avec une école de {g.c(['Cracovie', 'Porto', 'Naples', 'Séville', 'Izmir'])}.")


@sv
def s66(g):
    return (f"Directrice d'école (8 classes). {g.op()} Pour joindre l'école : {g.phone('fix')}. Pour me joindre "
            f"directement : {g.full('F')}, {g.email(dom=g.c(ACADEMIES))}")


@sv
def s67(g):
    return (f"{g.op()} J'ai relu les travaux de {g.pub()} et de {g.pub()} : rien de neuf sous le soleil. {g.op()}")


@sv
def s68(g):
    return (f"Assistante sociale scolaire. {g.op()} Une famille m'a montré un courrier généré par IA envoyé au nom de "
            f"{g.civ_full()} — totalement faux. La famille habite {g.addr(g.c([0, 3, 8]))}, je les ai accompagnés.")


@sv
def s69(g):
    return (f"{g.op()}\nSinon pour les parents d'élèves de {g.cls()}, le portable de la représentante c'est "
            f"{g.phone('mob')} ({g.fn('F')}).")


@sv
def s70(g):
    return (f"{g.op()} La fille de {g.civ()}, {g.fn('F')}, a gagné le concours académique de nouvelles SANS IA, "
            f"c'est possible !")


@sv
def s71(g):
    return (f"jme suis fait avoir par une pub « IA pour réussir le bac » ils m'ont demandé mon iban {g.iban()} "
            f"et ils ont prélevé 49€ par mois. ma mère a appelé la banque. {g.fn()}, {g.cls()}")


@sv
def s72(g):
    return (f"Gestionnaire en EPLE. {g.op()} L'outil de « lecture intelligente » des RIB a recopié {g.iban()} au "
            f"lieu du bon IBAN pour la famille {P(g.last())}. Heureusement {g.civ('F')} à l'agence comptable l'a vu.")


@sv
def s73(g):
    return (f"Directeur d'école, {g.c(['décharge complète', 'décharge 1/4', 'sans décharge'])}. {g.op()} Tout le monde "
            f"colle le numéro UAI de l'école ({g.uai()}) et le nom des élèves dans les prompts, sans réfléchir.")


@sv
def s74(g):
    return (f"{g.op()} En service médical on a vu l'outil mélanger deux numéros de sécu, {g.nir()} et {g.nir()}, "
            f"pour des enfants qui n'avaient rien à voir. Le Dr {P(g.last())} a tout bloqué.")


@sv
def s75(g):
    return (f"{g.op()} Pour ceux que ça intéresse, la conférence de {g.pub()} aura lieu le {g.date()} au "
            f"{g.addr(g.c([0, 1, 10]))}. C'est {g.full()} qui organise.")


@sv
def s76(g):
    return (f"prof contractuel depuis 3 ans, toujours pas payé de {g.c(['septembre', 'octobre', 'novembre'])}. "
            f"mon numéro de sécu {g.nir('1')} est mal saisi dans le logiciel, personne n'a voulu corriger. l'IA on "
            f"verra après. {g.op()}")


@sv
def s77(g):
    return (f"{g.op()} Les élèves de {g.full('F', 'vietnam', 'fl')}, ou plutôt de sa remplaçante {g.civ('F')}, ont fait un débat "
            f"passionnant sur le sujet. {P(g.first(origin='chine'))} a défendu l'IA avec brio.")

# ---------------------------------------------------------------- school paperwork (with personal data)
LETTER = []


def lt(fn):
    LETTER.append(fn)
    return fn


@lt
def l01(g):
    f, l, s = g.person()
    return (f"{P(f + ' ' + l)}\n{g.addr(2)}\n{g.phone('mob')}\n{g.email(f, l)}\n\n"
            f"À l'attention de {g.civ()}, principal du {g.school()}\n\nObjet : usage de l'IA pour les devoirs\n\n"
            f"Monsieur le Principal,\n{g.op(2)}\nJe vous prie d'agréer mes salutations respectueuses.\n{P(f + ' ' + l)}")


@lt
def l02(g):
    return (f"FICHE DE RENSEIGNEMENTS – ATELIER « IA ET CITOYENNETÉ »\nNom : {P(g.last().upper())}\n"
            f"Prénom : {g.fn()}\nClasse : {g.cls()}\nResponsable légal : {g.full()}\nTéléphone : {g.phone()}\n"
            f"Courriel : {g.email()}\nAdresse : {g.addr(g.c([0, 1, 3, 4, 13]))}")


@lt
def l03(g):
    return (f"Compte rendu du conseil pédagogique du {g.date()}\nPrésents : {g.civ()}, {g.civ()}, {g.full()}, "
            f"{g.full()}\nExcusée : {g.civ('F')}\n\n1. Usage de l'IA générative : {g.op()}\n2. Questions diverses : "
            f"néant.\nSecrétaire de séance : {g.fn()}")


@lt
def l04(g):
    rows = []
    for _ in range(g.ri(3, 5)):
        f, l, s = g.person()
        rows.append(f"| {P(l.upper())} | {P(f)} | {g.cls()} | {g.phone('mob')} |")
    return ("Liste d'émargement – formation « Enseigner avec l'IA »\n| NOM | Prénom | Classe | Téléphone |\n|---|---|---|---|\n"
            + "\n".join(rows))


@lt
def l05(g):
    rows = []
    for _ in range(g.ri(3, 5)):
        f, l, s = g.person()
        rows.append(f"{P(l)};{P(f)};{g.c(['PE', 'PLC', 'AESH', 'AED', 'CPE', 'PsyEN'])};{g.email(f, l, dom=g.c(ACADEMIES), obf=False)}")
    return "nom;prenom;fonction;mel\n" + "\n".join(rows)


@lt
def l06(g):
    return (f"[{'%02d:%02d' % (g.ri(7, 22), g.ri(0, 59))}] {g.full()} : vous avez vu le mail "
            f"du rectorat sur l'IA ?\n[{'%02d:%02d' % (g.ri(7, 22), g.ri(0, 59))}] {g.fn()} : oui, encore un questionnaire 🙄\n"
            f"[{'%02d:%02d' % (g.ri(7, 22), g.ri(0, 59))}] {g.full()} : je réponds ce soir. {g.op()}")


@lt
def l07(g):
    return (f"De : {g.full()} <{g.email(obf=False)}>\nÀ : {g.full()} <{g.email(obf=False)}>\nDate : {g.dnum()}\n"
            f"Objet : RE: questionnaire IA\n\nBonjour,\n{g.op()}\n{g.sign()}\n{g.fn()}")


@lt
def l08(g):
    f, l, s = g.person()
    return (f"Pronote – Message de {g.civ()} (Professeur)\nÀ : Responsables de {P(f + ' ' + l)} ({g.cls()})\n"
            f"Bonjour, votre enfant a rendu un devoir manifestement généré par IA. Je souhaiterais vous rencontrer "
            f"{g.c(['mardi', 'jeudi', 'vendredi'])} à {g.hour()}. {g.sign()}")


@lt
def l09(g):
    return (f"[{g.dnum()} {'%02d:%02d' % (g.ri(18, 23), g.ri(0, 59))}] Maman de {g.fn()}: Quelqu'un sait si on a "
            f"le droit à ChatGPT pour l'exposé ?\n[{g.dnum()} {'%02d:%02d' % (g.ri(18, 23), g.ri(0, 59))}] "
            f"{g.full()}: Non la maîtresse a dit non\n[{g.dnum()} {'%02d:%02d' % (g.ri(18, 23), g.ri(0, 59))}] "
            f"Papa de {g.fn()}: ok merci 👍")


@lt
def l10(g):
    return (f"Conseil de classe {g.cls()} – {g.c(['1er', '2e', '3e'])} trimestre\n- {P(g.last().upper())} {P(g.first())} : "
            f"bon trimestre, attention aux devoirs rédigés avec IA.\n- {P(g.last().upper())} {P(g.first())} : "
            f"félicitations.\n- {P(g.last().upper())} {P(g.first())} : encouragements.\nProfesseur principal : {g.civ()}")


@lt
def l11(g):
    f, l, s = g.person()
    return (f"ATTESTATION\n\nJe soussigné(e) {g.civ_full()}, proviseur du {g.school()} (UAI {g.uai()}), atteste que "
            f"{P(f + ' ' + l)}, né(e) le {g.birth()}, n° de sécurité sociale {g.nir('1' if s == 'M' else '2')}, a suivi "
            f"la formation « IA et pédagogie » du {g.date()}.\nFait à {g.town()[1]}, le {g.dnum()}.")


@lt
def l12(g):
    f, l, s = g.person()
    return (f"Voyage scolaire à {g.c(['Rome', 'Berlin', 'Londres', 'Barcelone', 'Cracovie'])} – remboursement\n"
            f"Famille : {P(l)}\nÉlève : {P(f)} ({g.cls()})\nIBAN : {g.iban()}\nBIC : {g.c(['AGRIFRPP', 'BNPAFRPP', 'CEPAFRPP', 'SOGEFRPP', 'CCBPFRPP'])}\n"
            f"Montant : {g.ri(80, 450)},00 €")


@lt
def l13(g):
    return (f"Invitation\nL'équipe du {g.school()} vous invite à la soirée « Parents, enfants et IA » le {g.date()} à "
            f"{g.hour()}, salle polyvalente.\nIntervenant : {g.full()}, {g.c(['chercheur', 'formatrice', 'journaliste', 'psychologue'])}\n"
            f"Inscriptions auprès de {g.civ('F')} : {g.email()}")


@lt
def l14(g):
    f, l, s = g.person()
    return (f"{P(f.upper() + ' ' + l.upper())}\nProfesseur{'e' if s == 'F' else ''} des écoles – référent{'e' if s == 'F' else ''} numérique\n"
            f"{g.addr(g.c([0, 2, 12]))}\n{g.phone('mob')} | {g.email(f, l)}\n\nEXPÉRIENCE\n"
            f"2019-2025 : {g.school()}\nFORMATION\nCAFIPEMF, certification Pix+Édu")


@lt
def l15(g):
    return (f"Fiche d'urgence (infirmerie)\nÉlève : {g.full()}\nClasse : {g.cls()}\nN° sécurité sociale du responsable : "
            f"{g.nir()}\nPersonne à prévenir : {g.full()} – {g.phone()}\nMédecin traitant : Dr {P(g.last())}, {g.phone('fix')}")


@lt
def l16(g):
    return (f"Réunion ESS / PPS du {g.dnum()}\nÉlève : {g.fn()} ({g.cls()})\nPrésents : {g.civ()} (enseignant référent), "
            f"{g.fn('F')} (AESH), {g.civ('F')} (mère), {g.civ()} (PsyEN)\nDécision : accès à un outil de synthèse vocale. {g.op()}")


@lt
def l17(g):
    return (f"Note de service n° {g.ri(3, 48)}\nÀ l'attention des personnels\nL'usage d'outils d'IA générative avec "
            f"des données d'élèves est interdit. Référent : {g.full()}, poste {g.ri(100, 299)}, {g.phone('fix')}.\n"
            f"Le chef d'établissement,\n{g.full()}")


@lt
def l18(g):
    return (f"Convocation\n{g.civ_full()}\n{g.addr(g.c([2, 12, 3]))}\n\nVous êtes convoqué(e) à l'entretien "
            f"professionnel le {g.date()} à {g.hour()}.\nL'inspecteur, {g.full()}")


@lt
def l19(g):
    return (f"Objet : demande d'autorisation – atelier IA\n\nMadame la Directrice,\nJe souhaite animer un atelier IA "
            f"avec ma classe de {g.cls()}. {g.op()}\nVeuillez agréer, Madame, mes respectueuses salutations.\n\n"
            f"{g.full()}\n{g.email(dom=g.c(ACADEMIES))}\n{g.phone()}")


@lt
def l20(g):
    return (f"REGISTRE DES TRAITEMENTS – fiche n° {g.ri(10, 99)}\nTraitement : assistant IA de correction\n"
            f"Responsable : chef d'établissement ({g.uai()})\nDPO : {g.full()}, {g.email(obf=False)}, {g.phone('fix')}\n"
            f"Données : copies pseudonymisées, aucune donnée de santé.")


@lt
def l21(g):
    rows = []
    for _ in range(g.ri(2, 4)):
        rows.append(f"{g.full()} | {g.cls()} | {g.email(obf=False)} | {g.phone()}")
    return "Élèves ambassadeurs numériques\n" + "\n".join(rows)


@lt
def l22(g):
    return (f"Bonjour {g.civ()},\nsuite à notre échange téléphonique, je vous transmets les coordonnées de "
            f"{g.full()}, formatrice IA à la DRANE : {g.email()} / {g.phone()}.\n{g.sign()}\n{g.fn()}\nSecrétariat")


@lt
def l23(g):
    f, l, s = g.person()
    return (f"ENT – messagerie\nExpéditeur : {P(l.upper())} {P(f)} (Parent)\nDestinataire : Vie scolaire\nObjet : absence\n"
            f"Bonjour, {g.fn()} sera absent demain matin (rendez-vous). Merci. {P(f)} {P(l)}")


@lt
def l24(g):
    return (f"CONTRAT DE TRAVAIL AESH – extrait\nNom : {P(g.last())}\nPrénom : {g.fn('F')}\nN° INSEE : {g.nir('2')}\n"
            f"Adresse : {g.addr(g.c([0, 3, 8, 12]))}\nRIB : {g.iban()}\nÉtablissement d'exercice : {g.uai()}")


@lt
def l25(g):
    return (f"Procès-verbal du conseil d'administration du {g.date()}\nPrésidence : {g.civ_full()}\n"
            f"Représentants des parents : {g.full()}, {g.full()}\nReprésentants des élèves : {g.fn()} ({g.cls()}), "
            f"{g.fn()} ({g.cls()})\nVote de la charte IA : adoptée à l'unanimité moins une abstention.")


@lt
def l26(g):
    return (f"Chère {g.fn('F')},\nmerci encore pour ton intervention sur l'IA en salle des profs ! Les collègues ont "
            f"adoré. Je te mets en copie {g.fn()} qui voudrait ta présentation.\nBises,\n{g.fn()}\n\n"
            f"Envoyé de mon iPhone")


@lt
def l27(g):
    return (f"Demande de subvention – projet « IA & Éloquence »\nPorteur : {g.full()}\nÉtablissement : {g.school()} "
            f"– UAI {g.uai()}\nAdresse : {g.addr(g.c([0, 5, 6]))}\nCoordonnées bancaires : {g.iban()}")


@lt
def l28(g):
    return (f"To: {g.email(obf=False)}\nCc: {g.email(obf=False)}\nSubject: Partenariat lycée français\n\n"
            f"Dear {g.civ()},\nplease find attached our proposal. Best regards,\n{g.full()}\n{g.addr(11)}\n{g.phone('foreign')}")


@lt
def l29(g):
    return (f"Liste des participants – webinaire IA ({g.dnum()})\n1. {g.full()} – {g.school()}\n2. {g.full()} – "
            f"{g.school()}\n3. {g.full()} – {g.school()}\n4. {g.civ_init()} – inspection")


@lt
def l30(g):
    return (f"Chers parents,\nDans le cadre du projet IA, votre enfant {g.fn()} participera à des ateliers. "
            f"Pour toute question, contactez {g.civ()} au {g.phone()} ou par mail {g.email()}.\nLa directrice, "
            f"{g.full('F')}")


@lt
def l31(g):
    return (f"AUTORISATION PARENTALE\nJe soussigné(e) {P(g.last().upper())} {P(g.first())}, responsable légal de "
            f"l'élève {g.full()}, demeurant {g.addr(g.c([0, 1, 10, 13]))}, autorise mon enfant à utiliser "
            f"l'assistant IA de l'ENT.\nSignature :")


@lt
def l32(g):
    return (f"Compte rendu – réunion du bassin, {g.town()[1]}\nAnimatrice : {g.full('F')}\nDiscussion : {g.op(2)}\n"
            f"Prochaine réunion : {g.date()}. Contact : {g.email()}")


@lt
def l33(g):
    return (f"Teams – canal « Numérique »\n{g.full()} {g.dnum()} {'%02d:%02d' % (g.ri(8, 18), g.ri(0, 59))}\n"
            f"Qui a les codes pour la plateforme IA ?\n{g.full()} {'%02d:%02d' % (g.ri(8, 18), g.ri(0, 59))}\n"
            f"Demande à {g.fn()}, c'est lui qui gère")


@lt
def l34(g):
    return (f"Formulaire d'inscription – formation continue\nNom d'usage : {P(g.last())}\nNom de naissance : {P(g.last())}\n"
            f"Prénom(s) : {g.fn()}\nNUMEN : non communiqué\nRNE/UAI d'affectation : {g.uai()}\nMél professionnel : "
            f"{g.email(dom=g.c(ACADEMIES))}\nTél. : {g.phone()}")


@lt
def l35(g):
    return (f"Monsieur l'Inspecteur,\nJ'ai l'honneur de solliciter un rendez-vous au sujet de mon projet sur l'IA.\n"
            f"{g.op()}\nJe reste à votre disposition au {g.phone()}.\n{g.full()}\n{g.addr(g.c([2, 12]))}")


@lt
def l36(g):
    return (f"SMS de {g.phone('mob')} ({g.dnum()}) : Bonjour c {g.fn()} la maman de {g.fn()} en {g.cls()}, il sera "
            f"en retard. mrc")


@lt
def l37(g):
    return (f"Annuaire de l'équipe de direction\nProviseur : {g.full()} – {g.phone('fix')}\nProviseure adjointe : "
            f"{g.full('F')} – {g.email(dom=g.c(ACADEMIES))}\nGestionnaire : {g.full()}\nDDFPT : {g.full()} – {g.phone()}")


@lt
def l38(g):
    return (f"Relevé d'incident n° {g.ri(100, 999)}\nDéclarant : {g.civ()} (AED)\nÉlèves concernés : {g.fn_init()} "
            f"et {g.fn_init()}\nFaits : diffusion d'une image truquée par IA d'une camarade, {g.fn('F')}, sur "
            f"un groupe Snapchat.\nSuites : convocation des familles.")


@lt
def l39(g):
    return (f"Courrier retourné – destinataire inconnu à l'adresse\n{g.civ_full()}\n{g.addr(g.c([2, 12, 14]))}")


@lt
def l40(g):
    f, l, s = g.person()
    return (f"{P(f + ' ' + l)} a rejoint la réunion\n{P(f + ' ' + l)} : bonjour à tous, je suis {g.c(['AESH', 'AED', 'CPE stagiaire', 'documentaliste'])}\n"
            f"{g.full()} : bienvenue ! on parlait du questionnaire IA\n{P(f + ' ' + l)} a quitté la réunion")


@lt
def l41(g):
    return (f"Vœux pour la rentrée – demande de mutation\nAgent : {g.full()}\nNIR : {g.nir()}\nAffectation actuelle : "
            f"{g.uai()}\nVœu 1 : {g.uai()}\nVœu 2 : {g.uai()}\nAdresse personnelle : {g.addr(g.c([0, 8, 11]))}")


@lt
def l42(g):
    return (f"Bonsoir,\nje me permets de vous écrire car ma fille {g.fn('F')} est très stressée depuis qu'on l'accuse "
            f"d'avoir triché avec l'IA. {g.op()}\nPourriez-vous me rappeler au {g.phone()} ?\n{g.full()}\n{g.addr(g.c([0, 1, 3]))}")


@lt
def l43(g):
    return (f"Bulletin d'adhésion {g.c(UNIONS)} {g.c(['2025-2026', '2024-2025'])}\nNom : {P(g.last())}  Prénom : {g.fn()}\n"
            f"Établissement : {g.school()} ({g.uai()})\nAdresse perso : {g.addr(g.c([0, 1, 4]))}\nPrélèvement sur le compte {g.iban()}")


@lt
def l44(g):
    return (f"Émargement AG du {g.dnum()}\n{P(g.last().upper())} {P(g.first())} ...... présent\n{P(g.last().upper())} "
            f"{P(g.first())} ...... excusé\n{P(g.last().upper())} {P(g.first())} ...... présente (pouvoir de "
            f"{g.civ()})")


@lt
def l45(g):
    return (f"Message Pronote de {g.civ()} — {g.dnum()}\nObjet : charte IA\nMadame, Monsieur, la charte sur l'usage de "
            f"l'IA est à signer avant le {g.date()}. {g.fn()} doit la rapporter signée. {g.sign()}")


@lt
def l46(g):
    return (f"Convention de stage\nÉtablissement : lycée professionnel ({g.uai()})\nÉlève : {g.full()}, {g.cls()}\n"
            f"Tuteur en entreprise : {g.full()}, {g.phone()}\nAdresse du lieu de stage : {g.addr(g.c([0, 1, 5, 8]))}\n"
            f"SIRET : {g.ri(100, 999)} {g.ri(100, 999)} {g.ri(100, 999)} {'%05d' % g.ri(1, 99999)}")


@lt
def l47(g):
    return (f"Carte de visite\n{g.full()}\nConseillère pédagogique numérique\n{g.addr(g.c([2, 5, 6, 12]))}\n"
            f"Tél : {g.phone('fix')} – Port. : {g.phone('mob')}\n{g.email(obf=False)}")


@lt
def l48(g):
    return (f"Expéditeur :\n{g.full()}\nc/o {g.full()}\n{g.addr(g.c([2, 12, 8]))}\n\nDestinataire :\nRectorat – "
            f"service des personnels")


@lt
def l49(g):
    return (f"Objet : signalement d'un faux compte\nBonjour,\nun compte Instagram se fait passer pour {g.civ_full()}, "
            f"enseignante au collège, avec des images générées. Le compte a écrit à {g.fn()} ({g.cls()}). "
            f"Pouvez-vous intervenir ?\n{g.full()}\n{g.email()}")


@lt
def l50(g):
    return (f"Tableau de suivi des prêts d'ordinateurs\nÉlève;Classe;N° matériel;Contact famille\n"
            f"{g.full()};{g.cls()};PC-{g.ri(100, 999)};{g.phone()}\n{g.full()};{g.cls()};PC-{g.ri(100, 999)};"
            f"{g.phone()}\n{g.full()};{g.cls()};PC-{g.ri(100, 999)};{g.email(obf=False)}")


@lt
def l51(g):
    f, l, s = g.person()
    return (f"DOSSIER DE BOURSE DE COLLÈGE\nResponsable 1 : {P(l.upper())} {P(f)}\nNé(e) le : {g.birth()}\n"
            f"N° de sécurité sociale : {g.nir('1' if s == 'M' else '2')}\nAdresse : {g.addr(g.c([0, 1, 3, 8, 12]))}\n"
            f"Téléphone : {g.phone()}\nIBAN du compte à créditer : {g.iban()}\nÉlève : {g.fn()} ({g.cls()})")


@lt
def l52(g):
    f, l, s = g.person()
    return (f"ÉTAT DE SERVICES – VACATIONS IA / NUMÉRIQUE\nIntervenant : {P(f + ' ' + l)}\nNIR : {g.nir('1' if s == 'M' else '2')}\n"
            f"Domicile : {g.addr(g.c([0, 2, 4, 11]))}\nHeures effectuées : {g.ri(4, 40)} h\nPaiement sur : {g.iban()}\n"
            f"Visa du chef d'établissement : {g.civ()}")


@lt
def l53(g):
    rows = []
    for _ in range(g.ri(3, 4)):
        rows.append(f"{g.uai()} | {g.school()} | {g.full()} | {g.phone('fix')}")
    return "Établissements pilotes « IA et apprentissages »\nUAI | Établissement | Direction | Standard\n" + "\n".join(rows)


@lt
def l54(g):
    return (f"Demande de remboursement de frais de déplacement\nAgent : {g.civ_full()}\nRésidence administrative : "
            f"{g.uai()}\nRésidence familiale : {g.addr(g.c([0, 1, 3, 13]))}\nMotif : formation « IA générative » du "
            f"{g.date()}\nKilomètres : {g.ri(12, 240)}\nRIB joint : {g.iban()}")


@lt
def l55(g):
    f, l, s = g.person()
    return (f"ATTESTATION EMPLOYEUR\nLe lycée (UAI {g.uai()}), {g.addr(g.c([5, 6, 0]))}, certifie que "
            f"{g.title(s)} {P(f + ' ' + l)}, NIR {g.nir('1' if s == 'M' else '2')}, a été employé(e) en qualité "
            f"d'AED du {g.dnum()} au {g.dnum()}.\nPour le proviseur, la secrétaire générale, {g.full('F')}")


@lt
def l56(g):
    f, l, s = g.person()
    return (f"Déclaration d'accident de service\nVictime : {P(l)} {P(f)}\nNuméro de sécurité sociale : "
            f"{g.nir('1' if s == 'M' else '2')}\nAdresse : {g.addr(g.c([2, 12, 8]))}\nTéléphone : {g.phone()}\n"
            f"Circonstances : chute dans l'escalier du bâtiment B en allant chercher le chariot de tablettes.\n"
            f"Témoin : {g.full()}")


@lt
def l57(g):
    return (f"Bonjour à tous,\nla coopérative scolaire finance l'abonnement à l'outil de lecture assistée. Les dons "
            f"peuvent être versés sur le compte OCCE de l'école : {g.iban()}.\nMerci !\n{g.fn()}, trésorière\n"
            f"{g.email()}")


@lt
def l58(g):
    return (f"--\n{g.full()}\nSecrétariat de direction\n{g.school().capitalize()} – UAI {g.uai()}\n"
            f"{g.addr(g.c([5, 6, 2]))}\nTél. {g.phone('fix')}\n{g.email(dom=g.c(ACADEMIES), obf=False)}")


@lt
def l59(g):
    f, l, s = g.person()
    return (f"Objet : changement de coordonnées bancaires\n\nMadame la gestionnaire,\nSuite à la clôture de mon "
            f"ancien compte, merci de prélever désormais la cantine de {g.fn()} sur le compte suivant :\n{g.iban()}\n"
            f"Titulaire : {P(f + ' ' + l)}\n{g.addr(g.c([2, 12, 0]))}\n{g.sign()}\n{P(f + ' ' + l)}")


@lt
def l60(g):
    return (f"Fiche navette MDPH\nÉlève : {g.full()} – né(e) le {g.dnum()}\nÉcole : {g.uai()}\nEnseignant référent : "
            f"{g.civ()} – {g.phone()}\nAESH actuelle : {g.fn('F')}\nRemarques : utilisation d'un logiciel de dictée "
            f"vocale demandée.")

# ---------------------------------------------------------------- traps and no-PII texts (nothing to label)
TRAP = []
NOPII = []


def tp(fn):
    TRAP.append(fn)
    return fn


def np_(fn):
    NOPII.append(fn)
    return fn


def siret(g):
    return "%03d %03d %03d %05d" % (g.ri(100, 999), g.ri(0, 999), g.ri(0, 999), g.ri(0, 99999))


def isbn(g):
    return "978-2-%02d-%06d-%d" % (g.ri(1, 99), g.ri(0, 999999), g.ri(0, 9))


@tp
def t01(g):
    return (f"J'utilise Claude pour préparer mes cours et Le Chat de Mistral pour les traductions. {g.op()} "
            f"Albert, l'IA de l'État, n'est pas encore ouvert aux enseignants chez nous.")


@tp
def t02(g):
    return (f"Lucie, le modèle open source français, a fait parler d'elle à son lancement… {g.op()} "
            f"Gemini et Copilot sont installés par défaut sur les PC de la salle {g.c(['B204', 'C12', '118', 'A3-07'])}.")


@tp
def t03(g):
    return (f"Le {g.school()} et le {g.school()} ont répondu à l'appel à projets. {g.op()} "
            f"Rendez-vous rue Émile-Zola, place Jean-Jaurès, devant la médiathèque François-Mitterrand.")


@tp
def t04(g):
    cp, city = g.town()
    return (f"Formation prévue à {city} ({cp}) le {g.date()} de {g.hour()} à {g.hour()}. Coût : {g.ri(0, 90)} € par "
            f"stagiaire, pris en charge. Référence de session : 25A{g.ri(1000000, 9999999)}.")


@tp
def t05(g):
    return (f"Conformément à l'article L. 131-1 du Code de l'éducation et au RGPD (règlement (UE) 2016/679), "
            f"ainsi qu'à la loi n° 78-17 du 6 janvier 1978, {g.op()}")


@tp
def t06(g):
    return (f"Commande n° CMD-{g.ri(2024, 2026)}-{g.ri(10000, 99999)} : 30 licences, facture FA{g.ri(100000, 999999)} "
            f"du {g.dnum()}, montant TTC {g.ri(1, 9)} {g.ri(100, 999)},{g.ri(10, 99)} €. SIRET du fournisseur : {siret(g)}.")


@tp
def t07(g):
    return (f"En cas de cyberharcèlement, appelez le 3018 ; pour le harcèlement, le 3020 ; enfance en danger, le 119. "
            f"Numéro vert de l'assistance ENT : 0 800 {g.ri(100, 999)} {g.ri(100, 999)}. {g.op()}")


@tp
def t08(g):
    return (f"Ticket GLPI #{g.ri(10000, 99999)} : Pronote {g.c(['2024', '2025'])} v{g.ri(0, 3)}.{g.ri(0, 9)}.{g.ri(0, 20)} "
            f"plante à l'export. Le référent numérique a relancé le support. Priorité : haute.")


@tp
def t09(g):
    return (f"Lecture conseillée : « {g.c(['Le Petit Prince', 'Les Misérables', 'Frankenstein', 'Fahrenheit 451', '1984', 'Le Meilleur des mondes'])} », "
            f"ISBN {isbn(g)}. Film en classe : « {g.c(['Her', 'Matrix', 'Wall-E', 'Ex Machina', '2001, l’odyssée de l’espace', 'I, Robot'])} ». {g.op()}")


@tp
def t10(g):
    return (f"J'ai relu mon Bourdieu et mon Meirieu pendant les vacances, et franchement le Lagarde et Michard "
            f"avait du bon. {g.op()}")


@tp
def t11(g):
    return (f"Patience et longueur de temps font plus que force ni que rage.\nPrudence avant tout avec ces outils.\n"
            f"Constance dans l'effort, c'est ce qu'on demande aux élèves. {g.op()}")


@tp
def t12(g):
    return (f"Le principal, la CPE, l'infirmière et le professeur principal se sont réunis. {g.op()} "
            f"L'inspecteur de circonscription viendra en {g.c(['mars', 'mai', 'novembre'])}.")


@tp
def t13(g):
    return (f"Association « {g.c(['Les Petits Débrouillards', 'Éducation et Numérique', 'La Ligue de l’enseignement', 'Les Francas', 'Unis-Cité'])} » "
            f"– {g.c(UNIONS)} – {g.c(UNIONS)} : communiqué commun. {g.op(2)}")


@tp
def t14(g):
    return (f"SIREN {g.ri(100, 999)} {g.ri(100, 999)} {g.ri(100, 999)} – Code APE 8531Z. {g.op()} Devis valable 30 jours, "
            f"réf. DV-{g.ri(1000, 9999)}/{g.c(['A', 'B', 'C'])}.")


@tp
def t15(g):
    return (f"{g.cls()} : {g.ri(24, 35)} élèves, dont {g.ri(1, 6)} en PAP. Emploi du temps : lundi {g.hour()}–{g.hour()} "
            f"en salle {g.c(['B12', '204', 'Labo 3', 'CDI'])}. {g.op()}")


@tp
def t16(g):
    return (f"Pierre angulaire du projet : l'esprit critique.\nRose, vert ou rouge : le code couleur des "
            f"compétences. {g.op()}")


@tp
def t17(g):
    return (f"Mistral AI, Hugging Face, OpenAI, Anthropic, Google : tous veulent entrer dans nos classes. "
            f"{g.op()} Perplexity et DeepL sont bloqués par le proxy académique.")


@tp
def t18(g):
    return (f"Le lycée Marie-Curie de {g.town()[1]} et l'école Jules-Ferry ont obtenu le label. "
            f"Les élèves du collège Jean-Moulin étaient invités. {g.op()}")


@tp
def t19(g):
    return (f"Salle 12, bâtiment Condorcet, amphithéâtre Pasteur : les trois lieux de la journée IA du {g.date()}. "
            f"Accueil à {g.hour()}.")


@tp
def t20(g):
    return (f"Circulaire n° {g.ri(2019, 2025)}-{g.ri(10, 199)} du {g.date()} ; BO n° {g.ri(1, 45)}. "
            f"Décret n° {g.ri(2020, 2025)}-{g.ri(100, 1999)}. {g.op()}")


@tp
def t21(g):
    cp, city = g.town(True)
    return (f"Ici à {city} ({cp}) la fibre n'arrive toujours pas au collège. {g.op()} Le rectorat promet "
            f"pour {g.c(['2026', 'la rentrée', 'l’an prochain'])}.")


@tp
def t22(g):
    return (f"Copilot version {g.ri(1, 3)}.{g.ri(0, 9)}, Windows 11 {g.c(['23H2', '24H2'])}, Chrome {g.ri(120, 139)}. "
            f"ChatGPT-4o, Claude 3.5 Sonnet, Gemini 1.5 Pro… {g.op()}")


@tp
def t23(g):
    return (f"Merci à la Fondation La Main à la Pâte et à l'Institut Pasteur pour les ressources. {g.op()} "
            f"Le rapport Villani de 2018 reste une référence.")


@tp
def t24(g):
    return (f"Questionnaire n° Q-{g.ri(1000, 9999)} – réponse {g.ri(1, 999)}/{g.ri(1000, 3000)}\n{g.op(2)}")


@tp
def t25(g):
    return (f"Olive, Lilas et Capucine sont les noms des trois salles de la maternelle. {g.op()}")


@tp
def t26(g):
    return (f"Pour Albert, l'assistant proposé par l'État, il faudrait un compte agent. Lucie n'est pas prête. "
            f"Claude est payant. {g.op()} Bref on reste sur Le Chat.")


@tp
def t27(g):
    return (f"Opération « Un ordinateur pour chaque collégien » : {g.ri(2000, 9000)} appareils distribués, "
            f"budget {g.ri(1, 9)},{g.ri(1, 9)} M€. Bon de commande 4500{g.ri(100000, 999999)}.")


@tp
def t28(g):
    return (f"Avenue Victor-Hugo, boulevard Gambetta, square Louise-Michel : le parcours du cross solidaire. "
            f"{g.op()}")


@tp
def t29(g):
    return (f"Horaires du secrétariat : du lundi au vendredi, {g.hour()}–12h et 13h30–{g.hour()}. "
            f"Standard : 3939 (Allô Service Public). {g.op()}")


@tp
def t30(g):
    return (f"Le prix Goncourt des lycéens, le concours Castor informatique et les Olympiades de maths "
            f"ont mobilisé {g.ri(20, 200)} élèves. {g.op()}")


@tp
def t31(g):
    return (f"Chat GPT, Le Chat, chatbot, chat du voisin… mes élèves de {g.cls()} confondent tout ! {g.op()}")


@tp
def t32(g):
    return (f"Le Centre Pompidou, le musée Rodin et la Cité des sciences proposent des ateliers IA. {g.op()}")


# -- no personal data at all
@np_
def n01(g):
    return g.op(g.ri(2, 5))


@np_
def n02(g):
    return f"{g.op()} {g.op()}\n\n{g.sign()}"


@np_
def n03(g):
    return f"Profil : {g.c(['enseignant', 'parent', 'élève', 'AESH', 'CPE', 'personnel de direction'])}\nRéponse : {g.op(2)}"


@np_
def n04(g):
    return f"{g.c(['non', 'oui', 'bof', 'sans avis', 'je ne sais pas'])}. {g.op()}"


@np_
def n05(g):
    return (f"Points positifs :\n- {g.op()}\n- {g.op()}\nPoints négatifs :\n- {g.op()}\n- {g.op()}")


@np_
def n06(g):
    return f"1) {g.op()}\n2) {g.op()}\n3) {g.op()}"


@np_
def n07(g):
    return f"{g.op().lower()} {g.c(['voila', 'cdt', 'merci', 'bonne soirée'])}"


@np_
def n08(g):
    return f"En tant que {g.c(['professeur de lycée', 'parent d’élève', 'directrice d’école', 'infirmière scolaire', 'AED', 'retraité de l’enseignement'])} : {g.op(3)}"


@np_
def n09(g):
    return f"« {g.op()} » C'est ce que disait mon ancien formateur. {g.op()}"


@np_
def n10(g):
    return f"Q : Que pensez-vous de l'usage de l'IA dans les établissements scolaires ?\nR : {g.op(2)}"


@np_
def n11(g):
    return f"{g.op()} Je préfère ne pas donner mon nom. {g.op()}"


@np_
def n12(g):
    return f"Mes élèves de {g.cls()} : {g.op()} Mes collègues : {g.op()} Moi : {g.op()}"


@np_
def n13(g):
    return f"RAS.\n{g.op()}"


@np_
def n14(g):
    return f"{g.op()}\n-- \nEnvoyé depuis mon téléphone"


@np_
def n15(g):
    return f"Je suis {g.c(['enseignante', 'parent', 'principal adjoint', 'ATSEM', 'documentaliste'])} dans le {g.c(['Nord', 'Finistère', 'Haut-Rhin', 'Var', 'Cantal', 'Val-de-Marne'])}. {g.op(2)}"


@np_
def n16(g):
    return f"{g.op()} ?? {g.op()} !!!"

# ---------------------------------------------------------------- build
QUESTION_HEADS = ["Que pensez-vous de l'usage de l'IA dans les établissements scolaires ?\n",
                  "Q12. Votre avis sur l'IA à l'école :\n", "Réponse libre : ", "Commentaire : ", ""]


def build(rng):
    cats = {"nopii": NOPII, "trap": TRAP, "survey": SURVEY, "letter": LETTER}
    redraws = Counter()
    seen = set()
    rows = []
    drawn_flags = []          # (kind, value, wrong) for accepted rows
    used = {c: set() for c in cats}
    state = {k: (0, 0) for k in VALIDATORS}
    for cat in ["nopii", "trap", "survey", "letter"]:
        tmpls = list(cats[cat])
        order = []
        while len(order) < MIX[cat]:
            block = tmpls[:]
            rng.shuffle(block)
            order.extend(block)
        order = order[:MIX[cat]]
        for tmpl in order:
            for attempt in range(500):
                g = G(rng, state)
                marked = tmpl(g)
                if cat == "survey" and rng.random() < 0.2:
                    marked = rng.choice(QUESTION_HEADS) + marked
                marked = apply_style(rng, marked, pick_styles(rng, cat))
                text, ents = render(marked)
                reason = check(text, ents)
                if reason:
                    redraws["check:" + reason] += 1
                    continue
                if cat in ("nopii", "trap"):
                    if ents:
                        raise SystemExit("entity in %s template %s" % (cat, tmpl.__name__))
                elif not ents:
                    redraws["empty"] += 1
                    continue
                if text in seen:
                    redraws["duplicate"] += 1
                    continue
                seen.add(text)
                used[cat].add(tmpl.__name__)
                for e in ents:
                    if e["kind"] in VALIDATORS:
                        w = g.flags[(e["kind"], e["text"])]
                        drawn_flags.append((e["kind"], e["text"], w))
                        tot, wr = state[e["kind"]]
                        state[e["kind"]] = (tot + 1, wr + int(w))
                rows.append({"cat": cat, "tmpl": tmpl.__name__, "text": text,
                             "entities": [{"kind": e["kind"], "text": e["text"]} for e in ents]})
                break
            else:
                raise SystemExit("could not draw from %s" % tmpl.__name__)
    rng.shuffle(rows)
    for i, r in enumerate(rows):
        r["id"] = "q%03d" % (i + 1)
    return rows, redraws, drawn_flags, used


def verify(path, rows):
    errors = []
    per_kind, per_cat = Counter(), Counter()
    measured = Counter()
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    if len(lines) != N_TOTAL:
        errors.append("line count %d" % len(lines))
    for n, (line, row) in enumerate(zip(lines, rows)):
        d = json.loads(line)
        if list(d) != ["id", "text", "entities"]:
            errors.append("keys %s" % d.get("id"))
        if d["id"] != "q%03d" % (n + 1):
            errors.append("id %s" % d["id"])
        text, prev = d["text"], 0
        for e in d["entities"]:
            if e["kind"] not in KINDS or set(e) != {"kind", "text"}:
                errors.append("kind %s" % d["id"])
            v = e["text"]
            i = text.find(v, prev)
            if i < 0 or not v or v != v.strip():
                errors.append("find %s %r" % (d["id"], v))
                continue
            j = i + len(v)
            if (i > 0 and text[i - 1].isalnum()) or (j < len(text) and text[j].isalnum()):
                errors.append("glued %s %r" % (d["id"], v))
            if e["kind"] == "PERSONNE" and v.endswith("."):
                errors.append("dot %s %r" % (d["id"], v))
            prev = j
            per_kind[e["kind"]] += 1
            per_cat[row["cat"]] += 1
            if e["kind"] in VALIDATORS:
                ok = VALIDATORS[e["kind"]](v)
                if e["kind"] == "NIR" and len(re.sub(r"\s", "", v)) != 15:
                    errors.append("nir len %r" % v)
                if e["kind"] == "IBAN" and not iban_rib_ok(v):
                    errors.append("rib key %r" % v)
                if e["kind"] == "UAI" and not re.fullmatch(r"\d{7}[A-Z]", v):
                    errors.append("uai shape %r" % v)
                measured[(e["kind"], ok)] += 1
        if row["cat"] in ("nopii", "trap") and d["entities"]:
            errors.append("entities in %s %s" % (row["cat"], d["id"]))
        if row["cat"] in ("survey", "letter") and not d["entities"]:
            errors.append("no entities in %s" % d["id"])
    return errors, per_kind, per_cat, measured


def main():
    rng = random.Random(SEED)
    rows, redraws, drawn_flags, used = build(rng)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({"id": r["id"], "text": r["text"], "entities": r["entities"]},
                                ensure_ascii=False) + "\n")
    errors, per_kind, per_cat, measured = verify(OUT, rows)
    cat_count = Counter(r["cat"] for r in rows)
    if dict(cat_count) != MIX:
        errors.append("mix %s" % dict(cat_count))
    if len(used["survey"]) < 60 or len(used["letter"]) < 45:
        errors.append("templates used: survey %d letter %d" % (len(used["survey"]), len(used["letter"])))
    # drawn vs measured wrong keys
    drawn = Counter((k, w) for k, v, w in drawn_flags)
    for k in VALIDATORS:
        if drawn[(k, True)] != measured[(k, False)] or drawn[(k, False)] != measured[(k, True)]:
            errors.append("wrong-key mismatch for %s" % k)
    md5 = hashlib.md5(open(OUT, "rb").read()).hexdigest()
    print("seed:", SEED)
    print("file:", os.path.normpath(OUT))
    print("md5:", md5)
    print("rows per category:", dict(cat_count))
    print("templates used:", {c: len(u) for c, u in used.items()})
    print("entities per kind:")
    for k in KINDS:
        print("  %-10s %d" % (k, per_kind[k]))
    print("  total      %d (sum of file entities)" % sum(per_kind.values()))
    print("entities per category:", {c: per_cat[c] for c in MIX})
    print("wrong-key shares (drawn / re-measured by validators):")
    for k in VALIDATORS:
        tot = drawn[(k, True)] + drawn[(k, False)]
        mt = measured[(k, True)] + measured[(k, False)]
        print("  %-5s drawn %d/%d = %.1f%%   measured invalid %d/%d = %.1f%%" % (
            k, drawn[(k, True)], tot, 100.0 * drawn[(k, True)] / max(tot, 1),
            measured[(k, False)], mt, 100.0 * measured[(k, False)] / max(mt, 1)))
    print("redraws:", dict(redraws), "total", sum(redraws.values()))
    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors[:50]:
            print("  ", e)
        sys.exit(1)
    print("self-check OK")


if __name__ == "__main__":
    main()
