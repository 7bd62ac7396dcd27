#!/usr/bin/env python3
"""BLINDNESS STATEMENT: this generator was written from a written brief only.
Nothing of the project it evaluates was read: no source file, test, fixture,
pattern list, dictionary, git history or documentation of the masker was opened,
listed or searched. Every template, first name, surname, street, place, school,
e-mail domain and phrasing below was written fresh from general knowledge.

Theme: "Que pensez-vous de l'usage de l'IA dans les etablissements scolaires ?"
Survey answers and school correspondence (teachers, heads, inspectors, parents,
pupils, AESH, CPE, librarians, nurses, PsyEN, secretaries, IT referents,
trainers, union representatives, AED, ATSEM, DDFPT, retired teachers...) from
mainland France, overseas departments/collectivities and French schools abroad,
in many registers (formal, casual, no accents, ALL CAPS, lowercase, SMS, voice
typed, bullet lists, | ; tab tables, timestamped chats, forwarded e-mails,
signatures, minutes, quoted replies, spreadsheets).

Output: Tests/PrivacyTests/Fixtures/pii_blind20.jsonl, 400 JSON lines
{"id": "q001".."q400", "text": ..., "entities": [{"kind", "text"}, ...]},
entities in text order (each found by text.find(e, end_of_previous)); order
shuffled deterministically. One random.Random(SEED) drives everything.

Mix: nopii 60 (no personal data), trap 70 (look-alikes only: AI products such
as Claude, Albert, Lucie, Le Chat, Mistral, Gemini, Copilot; brands; unions and
associations; schools / streets / squares named after people without a house
number; town + postcode alone; dates, hours, amounts, class names, law
references, order / ticket / invoice numbers, SIRET / SIREN, short and toll-free
numbers, ISBN, book and film titles, works cited by their author's name,
capitalised common words at line starts, roles without names, software
versions, room numbers), survey 130 (>= 50 templates), letter 140 (>= 50
templates).

Kinds: PERSONNE, ADRESSE, EMAIL, TELEPHONE, NIR, IBAN, UAI.

Wrong-key rules: about 40 % of NIR, IBAN and UAI carry a deliberately wrong
check key and are labelled all the same.
  NIR: sex, YY, MM, departement (2A/2B, 97x + 2-digit commune, 99 + country),
  commune, order, key = 97 - (n mod 97) on the first 13 characters (2A -> 19,
  2B -> 18); with or without spaces.
  IBAN: French, ISO 7064 mod 97-10 (check = 98 - (n mod 97)), grouped by 4 or
  not; inner RIB key always correct, only the IBAN check digits made wrong.
  UAI: 7 digits + "ABCDEFGHJKLMNPRSTUVWXYZ"[n mod 23].
Phones: French numbers in many groupings / separators, +33 and 0033 forms,
overseas numbers, some foreign numbers. E-mails: plain and obfuscated
(arobase, [at], (at), chez, AT / DOT...). Addresses: French addresses of every
shape and foreign ones, on one line or several.

Labelling conventions: PERSONNE excludes titles (M., Mme, Dr, Maitre, Me...);
an initial after a title is the letter alone; first name + surname form one
entity; a first name next to a role or class is labelled alone; no trailing
abbreviation dot; public figures count; names inside e-mails, schools, streets,
places, pets, brands, AI products are not persons; separate form fields and
table cells give one entity each. EMAIL: the whole address, obfuscated forms
included. TELEPHONE: the number with its international prefix, no label.
NIR / IBAN / UAI: whole identifier with inner separators, no label. ADRESSE:
from the first element (number, street type, named place or leading
complement) to the end of the city (CEDEX + number included); without a city it
ends at the street or postcode; may span lines; a "chez M. X" / "c/o X" line is
not part of it (X is a PERSONNE); "street a City" keeps the "a"; a foreign
address includes its country.

Self-check: templates carry inline marks [[KIND|value]] (written with the
brackets U+27E6 / U+27E7); rendering removes the marks and records each
entity's intended offset. A draw is accepted only if every entity is found by
text.find(entity, end_of_previous) at exactly its intended offset, has no
surrounding spaces, no trailing dot on a PERSONNE and no letter or digit glued
to either side; otherwise it is redrawn (counted). Duplicate texts are redrawn
(counted). After writing, the file is re-read and every entity re-checked; any
failure exits with an error. Counts per kind and category, wrong-key shares
(as drawn and as re-measured with validators) and redraw counts are printed.
"""
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

SEED = 20250917
R = random.Random(SEED)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "Tests", "PrivacyTests", "Fixtures", "pii_blind20.jsonl")

MIX = [("nopii", 60), ("trap", 70), ("survey", 130), ("letter", 140)]
KINDS = ["PERSONNE", "ADRESSE", "EMAIL", "TELEPHONE", "NIR", "IBAN", "UAI"]
WRONG_P = 0.40
UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
LO, LC = "\u27e6", "\u27e7"


def M(kind, val):
    return LO + kind + "|" + val + LC


def ch(seq):
    return R.choice(seq)


def sp(s):
    return [x.strip() for x in s.split("|") if x.strip()]


# ---------------------------------------------------------------- name pools
# origin: (male first names, female first names, surnames)
ORIGINS = {
    "fr": (sp("Jean|Pierre|Philippe|Laurent|Thierry|Nicolas|Olivier|Julien|Sébastien|Stéphane|Guillaume|François|Jean-Marc|Christophe|Hervé|Benoît|Mathieu|Vincent|Lucas|Hugo|Nathan|Théo|Enzo|Kevin|Mathis|Timéo|Noah|Baptiste|Arnaud|Gilles|Dylan"),
           sp("Marie|Nathalie|Isabelle|Sylvie|Catherine|Sophie|Camille|Julie|Élodie|Aurélie|Céline|Hélène|Anne-Sophie|Marie-Christine|Pascale|Brigitte|Véronique|Jade|Louna|Chloé|Manon|Léa|Emma|Zoé|Océane|Laëtitia|Agathe|Maëva|Coralie|Solène"),
           sp("Martin|Bernard|Dubois|Thomas|Robert|Richard|Durand|Moreau|Laurent|Simon|Michel|Garnier|Faure|Girard|Bonnet|Lambert|Rousselot|Vasseur|Perrin|Gauthier|Guérin|Brunet|Chauvin|Marchal|Tessier|Barbier|Collignon|Aubert|Renaud|Poulain|Deschamps|Hubert|Maillard|Brossard|Lecomte")),
    "word": (sp("Patrick|Didier|Alain|Bruno|Fabrice|Cédric|Jérôme|Romain|Maxime|Quentin"),
             sp("Sandrine|Valérie|Karine|Delphine|Audrey|Mélanie|Émilie|Justine|Margaux|Clémence"),
             sp("Boulanger|Petit|Lenoir|Leblanc|Fontaine|Marchand|Meunier|Berger|Chevalier|Mercier|Boucher|Legrand|Loiseau|Printemps|Bonheur|Pain|Rose|Laporte|Moulin|Jardin|Lamour|Lefort|Lejeune|Fleury|Charpentier|Vacher|Sauvage|Lheureux|Bonenfant|Dimanche")),
    "double": (sp("Jean-Baptiste|Pierre-Yves|Henri|Charles|Antoine|Louis|Édouard|Gaspard"),
               sp("Anne-Laure|Marie-Hélène|Bérengère|Éléonore|Ombeline|Armelle|Constance|Hortense"),
               sp("Martin-Lavigne|Dubois-Ferrand|Le Goff-Riou|Benali-Durand|de Villeneuve|du Plessis|d'Argenson|Giraud de Sainte-Croix|Van der Berg|Della Rocca|Di Stefano|dos Reis Costa|de La Haye-Jousselin|Saint-Martin|de Oliveira|Lefèvre-Pontalis|Bertin-Mourot|d'Harcourt-Olry|de Montvallon|Pasquier-Desvignes")),
    "maghreb": (sp("Mohamed|Karim|Rachid|Farid|Sofiane|Yanis|Amine|Mehdi|Bilal|Rayan|Hakim|Nassim|Walid|Ilyes"),
                sp("Nadia|Samira|Yasmina|Leïla|Nour|Khadija|Fatima-Zahra|Salma|Myriam|Inès|Lina|Djamila|Sabrina|Kenza"),
                sp("Benali|Haddad|Boukhari|Cherif|Mansouri|El Amrani|Ben Youssef|Belkacem|Zerrouki|Aït Ahmed|Bouzid|Khelifi|Saïdi|Hamdi|Ouali|Meziane|Benchikh|Ait Oufella|Lahlou|Berrada")),
    "westafrica": (sp("Moussa|Mamadou|Ousmane|Seydou|Ibrahima|Boubacar|Dieudonné|Blaise|Aboubacar|Lassana|Cheikh|Modibo"),
                   sp("Aminata|Fatoumata|Aïssatou|Kadiatou|Mariama|Awa|Prisca|Grâce|Chancelle|Hortense|Ramatoulaye|Binta"),
                   sp("Diallo|N'Diaye|Traoré|Koné|Sow|Diop|Camara|Coulibaly|Bamba|Ouedraogo|Fofana|Sissoko|Keïta|Mbaye|Sylla|Touré|Kouyaté|Dembélé")),
    "centralafrica": (sp("Ange|Jean-Claude|Fiston|Christ|Landry|Patrice|Junior|Gloire"),
                      sp("Merveille|Divine|Ornella|Plamedi|Bénédicte|Exaucée|Nadège|Rosine"),
                      sp("Mbemba|Nkounkou|Tshibangu|Mukendi|Ekambi|Ngoma|Mabiala|Essomba|Ndong|Kabongo|Mavoungou|Onana|Nzeza|Bokassa-Ndinga|Ilunga")),
    "portugal": (sp("João|Manuel|Rui|Tiago|Joaquim|Nuno|Paulo|Fernando"),
                 sp("Ana|Fernanda|Conceição|Sandra|Rosa Maria|Filipa|Graça|Lurdes"),
                 sp("Da Silva|Ferreira|Pereira|Dos Santos|Oliveira|Gonçalves|Rodrigues|Carvalho|Teixeira|Sousa|Lopes|Mendes|De Almeida|Fernandes|Monteiro")),
    "spain": (sp("José|Javier|Alejandro|Rafael|Sergio|Álvaro|Iván|Diego"),
              sp("Carmen|Dolores|Pilar|Lucía|Mercedes|Rocío|Nuria|Inmaculada"),
              sp("García|Fernández|López|Martínez|Sánchez|Gómez|Ruiz|Navarro|Moreno|Jiménez|Delgado|Castillo|Herrera|Vidal|Serrano")),
    "italy": (sp("Marco|Giuseppe|Alessandro|Luca|Stefano|Matteo|Davide|Salvatore"),
              sp("Giulia|Francesca|Chiara|Paola|Rosa|Federica|Silvia|Antonella"),
              sp("Rossi|Bianchi|Esposito|Romano|Colombo|Ricci|Marino|Greco|Bruno|Conti|De Luca|Lombardi|Barbieri|Moretti|Ferraro|Mancini")),
    "vietnam": (sp("Minh|Tuan|Thanh|Duc|Quang|Hieu|Long|Khoa"),
                sp("Thi Lan|Linh|Huong|Mai|Hoa|Phuong|Thuy|Ngoc Anh"),
                sp("Nguyen|Tran|Pham|Hoang|Phan|Dang|Bui|Ngo|Duong|Huynh|Truong|Vo|Lam")),
    "china": (sp("Wei|Xiaoming|Jun|Jian|Hao|Zhiwei|Bo|Kai"),
              sp("Li Na|Mei|Ying|Hui|Xiaoyu|Jing|Yan|Fang"),
              sp("Wang|Zhang|Chen|Liu|Huang|Zhao|Zhou|Sun|Lin|Yang|Guo|Zheng")),
    "turkey": (sp("Mehmet|Emre|Mustafa|Murat|Burak|Kerem|Serkan|Oğuz"),
               sp("Ayşe|Elif|Zeynep|Fatma|Esra|Büşra|Merve|Gülşen"),
               sp("Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Öztürk|Aydın|Arslan|Doğan|Kılıç|Koç")),
    "easteu": (sp("Piotr|Tomasz|Ivan|Dmitri|Bogdan|Ionuț|Vasyl|Mihai|Andrzej|Nikola"),
               sp("Agnieszka|Katarzyna|Olga|Natalia|Andreea|Milena|Oksana|Irina|Ioana|Svetlana"),
               sp("Kowalski|Nowak|Wiśniewska|Popescu|Ionescu|Ivanova|Petrov|Kovalenko|Shevchenko|Horvat|Novák|Dvořák|Zielińska|Dumitrescu|Lewandowski|Marinescu")),
    "antilles": (sp("Joël|Ludovic|Éric|Symphorien|Fred-Alain|Max-Hervé|Teddy|Raphaël"),
                 sp("Rosemonde|Lucette|Maryse|Josiane|Gerty|Ginette|Murielle|Sully"),
                 sp("Jean-Baptiste|Saint-Éloi|Belrose|Bellance|Marie-Sainte|Ursulet|Cadrot|Jean-Joseph|Théodose|Grandisson|Solvar|Pamphile|Nestoret|Zébo")),
    "guyane": (sp("Ronald|Wendell|Loïc|Jordy|Stéphane|Kenny"),
               sp("Mylène|Stella|Clarisse|Dorothée|Sonia|Laurinda"),
               sp("Horth|Kouyouri|Ho-Sing-Loy|Opoya|Awassi|Linguet|Mathurin|Sylvestre|Tiouka|Adolphe")),
    "reunion": (sp("Jean-Hugues|Gilbert|Mickaël|Willy|Johnny|Nicolas"),
                sp("Marie-Josée|Priscilla|Ludmilla|Cindy|Jessica|Gisèle"),
                sp("Payet|Hoarau|Grondin|Técher|Maillot|Lebon|Nativel|Ah-Soune|Moutoussamy|Virapoullé|Cadet|Dijoux|Boyer|Lauret|Ethève")),
    "mayotte": (sp("Ousseni|Abdallah|Soilihi|Attoumani|Nourdine|Anli|Zakaria"),
                sp("Anchya|Zaïnaba|Echati|Faïza|Mariame|Roukia|Hadidja"),
                sp("Madi|Ahamada|Combo|Andhum|Houmadi|Soumaïla|Boinali|Chanfi|Anzizi|Said Omar|Abdou")),
    "caledonie": (sp("Tiéou|Kaloï|Wassissi|Joseph|Élie|Jean-Pierre"),
                  sp("Kalena|Wassa|Ruth|Hnadro|Marie-Claude|Suzanne"),
                  sp("Gope|Wahetra|Poaouteta|Nigote|Ounou|Hnawia|Wenehoua|Waia|Xowie|Wakolo|Trongadjo")),
    "polynesie": (sp("Teva|Heimana|Manarii|Teiki|Raiarii|Tamatea"),
                  sp("Moana|Hinano|Tiare|Vaimiti|Poerava|Heiata"),
                  sp("Teriitehau|Tehei|Temauri|Tauotaha|Faatau|Maiau|Tetuanui|Teriipaia|Tapu|Mahai|Tuheiava")),
    "bretagne": (sp("Yann|Erwan|Gaël|Tanguy|Ronan|Loïc|Goulven|Maël"),
                 sp("Gwenaëlle|Nolwenn|Anaïg|Soizic|Morgane|Enora|Katell|Maïwenn"),
                 sp("Le Goff|Le Gall|Le Bihan|Kerbrat|Quéré|Le Floc'h|Guivarc'h|Le Meur|Kervella|Riou|Cadiou|Jaouen|Le Corre|Kerhervé")),
    "corse": (sp("Ghjuvanni|Pascal|Toussaint|Ange-Marie|Paul-Félix|Dumenicu|Petru"),
              sp("Marie-Ange|Letizia|Orsola|Dominique|Maria-Francesca|Ghjulia|Santa"),
              sp("Santoni|Luciani|Mattei|Albertini|Pietri|Casanova|Orsini|Leca|Ceccaldi|Franceschi|Paoli|Filippi")),
    "basque": (sp("Iñaki|Peio|Ximun|Beñat|Txomin|Mikel|Unai"),
               sp("Maite|Amaia|Ainhoa|Itziar|Maialen|Garazi|Nahia"),
               sp("Etcheverry|Etxeberria|Harriet|Iriarte|Larralde|Goyhenetche|Elissalde|Urruty|Irigoyen|Bidegain|Mendiboure|Arrieta")),
    "alsace": (sp("Thiébaut|Joseph|Materne|Florian|Jean-Marie|Grégoire|Aloïs"),
               sp("Odile|Eugénie|Anne-Catherine|Mathilde|Ottilie|Géraldine|Sophie"),
               sp("Schmitt|Muller|Meyer|Weber|Klein|Wagner|Kieffer|Hoffmann|Burckel|Ostermann|Scheidecker|Riehl|Zimmermann|Stoeffler|Haegeli")),
}
ORIGIN_W = {"fr": 8, "word": 4, "double": 3}
PUBLIC = sp("Yann LeCun|Luc Julia|Cédric Villani|Philippe Meirieu|Stanislas Dehaene|Laurence Devillers|Sam Altman|Arthur Mensch|Célestin Freinet|Maria Montessori|Jean Piaget|Alan Turing|Geoffrey Hinton|Edgar Morin|Michel Serres|Bernard Stiegler")

# ------------------------------------------------------------- place pools
CITIES = [tuple(x.split(":")) for x in sp(
    "75011:Paris|69007:Lyon|13008:Marseille|31400:Toulouse|33800:Bordeaux|59000:Lille|67000:Strasbourg|44000:Nantes|"
    "35000:Rennes|34070:Montpellier|06300:Nice|21000:Dijon|63000:Clermont-Ferrand|87000:Limoges|29200:Brest|64100:Bayonne|"
    "20000:Ajaccio|20200:Bastia|68100:Mulhouse|57000:Metz|54000:Nancy|80000:Amiens|76600:Le Havre|14000:Caen|37000:Tours|"
    "45000:Orléans|86000:Poitiers|17000:La Rochelle|25000:Besançon|38000:Grenoble|73000:Chambéry|84000:Avignon|30000:Nîmes|"
    "66000:Perpignan|65000:Tarbes|12000:Rodez|46000:Cahors|24000:Périgueux|19100:Brive-la-Gaillarde|03100:Montluçon|"
    "58000:Nevers|10000:Troyes|51100:Reims|08000:Charleville-Mézières|62100:Calais|02100:Saint-Quentin|93200:Saint-Denis|"
    "94000:Créteil|92130:Issy-les-Moulineaux|95000:Cergy|91000:Évry-Courcouronnes|77000:Melun|78000:Versailles|29000:Quimper|"
    "22300:Lannion|56100:Lorient|64500:Saint-Jean-de-Luz|40100:Dax|15000:Aurillac|48000:Mende|05000:Gap|01000:Bourg-en-Bresse|"
    "74000:Annecy|71100:Chalon-sur-Saône|89000:Auxerre|88000:Épinal|90000:Belfort|39000:Lons-le-Saunier|43000:Le Puy-en-Velay|"
    "81000:Albi|09000:Foix|67140:Barr|64250:Espelette|29770:Plogoff|20226:Belgodère|24380:Vergt|46160:Cajarc|23200:Aubusson")]
VILLAGES = [tuple(x.split(":")) for x in sp(
    "24380:Vergt|46160:Cajarc|29770:Plogoff|64250:Espelette|20226:Belgodère|67140:Barr|12390:Rignac|23200:Aubusson|"
    "58140:Lormes|07200:Vals-les-Bains|64220:Saint-Jean-Pied-de-Port|35290:Gaël|68480:Ferrette|05600:Guillestre")]
CEDEX = [tuple(x.split(":")) for x in sp(
    "35043:Rennes|13395:Marseille|69361:Lyon|75700:Paris|31068:Toulouse|44042:Nantes|86021:Poitiers|59033:Lille|21033:Dijon|67084:Strasbourg")]
DOM = [tuple(x.split(":")) for x in sp(
    "97400:Saint-Denis|97410:Saint-Pierre|97460:Saint-Paul|97430:Le Tampon|97100:Basse-Terre|97110:Pointe-à-Pitre|"
    "97122:Baie-Mahault|97200:Fort-de-France|97220:Trinité|97300:Cayenne|97320:Saint-Laurent-du-Maroni|97600:Mamoudzou|"
    "97615:Pamandzi|98800:Nouméa|98713:Papeete|97133:Saint-Barthélemy|97150:Saint-Martin|98735:Uturoa")]
DOM_PLACES = sp("Quartier Bois-Neuf|Lotissement Les Hibiscus|Chemin Morne-Rouge|Cité Bellevue|Résidence Les Flamboyants|"
                "Lotissement Coco Plage|Village de Passamaïnty|Quartier Montabo|Lieu-dit Ravine des Cabris|Cité Les Manguiers")
STREETS = sp("des Tilleuls|du Moulin|de la Gare|des Écoles|de la République|Jean Jaurès|Victor Hugo|du Général de Gaulle|"
             "des Lilas|du Stade|des Vignes|Pasteur|de Verdun|Gambetta|des Acacias|du Château d'Eau|des Cordiers|Paul Bert|"
             "Louise Michel|des Frères Lumière|des Peupliers|de la Fontaine|du Port|des Pêcheurs|de Bretagne|Saint-Éloi|"
             "de la Liberté|des Mimosas|du 8 Mai 1945|du 11 Novembre|des Jardins|du Puits|des Remparts|de l'Église|"
             "des Capucins|Sainte-Catherine|du Marché|des Coquelicots|de la Source|du Four à Chaux|Aristide Briand|"
             "des Hortensias|Lamartine|Voltaire|des Tanneurs|de la Croix Blanche|des Chênes|du Lavoir")
STYPES = ["rue"] * 6 + sp("avenue|boulevard|impasse|allée|chemin|place|route|quai|cours|passage|square|av.|bd|Rue|Avenue|Chemin")
LIEUDITS = sp("Le Moulin Neuf|La Croix du Sud|Kerlouan Vihan|Les Bordes|Le Pech Haut|La Maison Blanche|Ur Zelaia|Les Granges|Le Grand Pré|Ménez Bihan")
RESID = sp("Résidence Les Tilleuls|Résidence du Parc|Résidence Bellevue|Résidence Les Jardins d'Alice|Résidence Le Clos Fleuri|Les Terrasses du Lac")

FOREIGN = [
    lambda: [f"Rue de la Station {R.randint(1, 150)}", f"{ch(['1000 Bruxelles', '4000 Liège', '5000 Namur', '7000 Mons', '1348 Louvain-la-Neuve'])}", "Belgique"],
    lambda: [f"Chemin des Crêts {R.randint(1, 60)}", ch(["1218 Le Grand-Saconnex", "1207 Genève", "1004 Lausanne", "2000 Neuchâtel"]), "Suisse"],
    lambda: [f"{R.randint(1, 90)}, rue des Jardins", f"L-{R.randint(1000, 9999)} {ch(['Esch-sur-Alzette', 'Luxembourg', 'Differdange'])}", "Luxembourg"],
    lambda: [f"{R.randint(1, 200)}, rue Ibn Batouta", "Quartier Gauthier", "20060 Casablanca", "Maroc"],
    lambda: [f"Résidence Al Manar, appt {R.randint(1, 40)}", "avenue Mohammed V", "10000 Rabat", "Maroc"],
    lambda: [f"{R.randint(1, 80)} rue du Lac Léman", "Les Berges du Lac", "1053 Tunis", "Tunisie"],
    lambda: [f"Villa n° {R.randint(1, 400)}, Sacré-Cœur 3", f"BP {R.randint(100, 9999)} Dakar", "Sénégal"],
    lambda: [f"Lot IVG {R.randint(10, 300)} Behoririka", "101 Antananarivo", "Madagascar"],
    lambda: [f"{R.randint(100, 4999)}, rue Saint-Denis", f"Montréal (Québec) H2X {R.randint(1, 9)}K{R.randint(1, 9)}", "Canada"],
    lambda: ["Immeuble Khoury, 3e étage", "rue Monot, Achrafieh", "Beyrouth", "Liban"],
    lambda: [f"{R.randint(1, 120)} phố Hàng Bài", "quận Hoàn Kiếm", "Hà Nội", "Viêt Nam"],
    lambda: [f"{R.randint(1, 99)} rue Pasteur, quận 1", "Hô Chi Minh-Ville", "Viêt Nam"],
]

DOMAINS_PERSO = sp("gmail.com|orange.fr|free.fr|laposte.net|sfr.fr|wanadoo.fr|hotmail.fr|yahoo.fr|outlook.fr|icloud.com|proton.me|gmx.fr|bbox.fr|live.fr|mailo.com")
DOMAINS_AC = sp("ac-lyon.fr|ac-creteil.fr|ac-versailles.fr|ac-rennes.fr|ac-lille.fr|ac-toulouse.fr|ac-bordeaux.fr|ac-strasbourg.fr|"
                "ac-reunion.fr|ac-guadeloupe.fr|ac-martinique.fr|ac-guyane.fr|ac-mayotte.fr|ac-noumea.nc|ac-polynesie.pf|"
                "ac-corse.fr|ac-nantes.fr|ac-grenoble.fr|ac-montpellier.fr|ac-aix-marseille.fr|ac-normandie.fr|ac-besancon.fr")
DOMAINS_ORG = sp("lyceefrancais-dakar.org|lfcasablanca.ma|college-lesvignes.fr|ensemble-scolaire-stjo.fr|fcpe-quimper.org|"
                 "lycee-hoche-sdf.fr|snes-creteil.org|aefe-hanoi.edu.vn|ecole-diwan-brest.bzh|ikastola-kanbo.eus")

SCHOOL_T = sp("collège|lycée|école élémentaire|école maternelle|lycée professionnel|groupe scolaire|lycée polyvalent|lycée agricole|école primaire|cité scolaire")
SCHOOL_N = sp("Jean Moulin|Marie Curie|Louise Michel|Victor Hugo|Jules Ferry|Simone Veil|Aimé Césaire|Paul Éluard|Les Tilleuls|"
              "du Val d'Argent|Joliot-Curie|Albert Camus|Olympe de Gouges|Gisèle Halimi|Frantz Fanon|Lislet Geoffroy|"
              "Leconte de Lisle|Champollion|Condorcet|Jean Mermoz|Saint-Exupéry|Anne Frank|René Char|des Deux Rives|"
              "de la Plaine|Jacques Prévert|Germaine Tillion|Jean Zay|Rosa Parks|Nelson Mandela|Bois d'Olive|Gerty Archimède")
AIS = sp("ChatGPT|Claude|Mistral|Le Chat|Gemini|Copilot|Albert|Lucie|Perplexity|MagicSchool|DeepL|Khanmigo|Llama|Grok|NotebookLM|Canva Magic Write")
SUBJ = sp("maths|français|histoire-géo|SVT|physique-chimie|anglais|espagnol|allemand|philo|EPS|technologie|NSI|SES|arts plastiques|éducation musicale|économie-gestion|lettres-histoire|créole|breton|occitan")
CLASSES = sp("6e A|5e 2|4e C|3e B|seconde 4|2nde 7|1re G3|terminale STMG|Tle 2|CM1|CM2|CE1|CE2|GS|MS|BTS SIO 1|CAP cuisine|1re bac pro MELEC|ULIS|4e SEGPA|3e Prépa-Métiers|terminale ST2S|BTS MCO 2")
UNIONS = sp("SNES-FSU|SE-Unsa|Sgen-CFDT|SNALC|SNUipp-FSU|FO enseignement|SUD éducation|CGT Educ'action|SNPDEN-Unsa|SNUEP-FSU")
ASSOCS = sp("FCPE|PEEP|APEL|Ligue de l'enseignement|Canopé|CEMEA|Les Petits Débrouillards|Diwan|ABCM-Zweisprachigkeit|Seaska|Ikastola|AEFE|UNSS|Maison des lycéens")
BRANDS = sp("Apple|Microsoft Teams|Google Classroom|Chromebook|Samsung|Lenovo|Canva|Kahoot|Quizlet|Padlet|Genially|Moodle|Pix|Lalilo|Éléa|Pronote|Skolengo|ENT Toutatice|Néo|Mon Bureau Numérique")
WORKS = sp("le Bescherelle|le Grevisse|le Bled|le Gaffiot|le Littré|le Larousse|le Petit Robert|le Lagarde et Michard|le Bailly|le Harrap's")
BOOKS = sp("Le Petit Prince|La Horde du Contrevent|Frankenstein ou le Prométhée moderne|Les Fourberies de Scapin|Le Meilleur des mondes|1984|Klara et le Soleil|Fahrenheit 451|La Planète des singes|Les Robots|No et moi|Oscar et la dame rose")
FILMS = sp("Her|Ex Machina|WALL-E|2001 : l'Odyssée de l'espace|I, Robot|Les Choristes|Entre les murs|Le Cercle des poètes disparus|Matrix|Blade Runner|Le Grand Bain|Les Héritiers")
LAWS = sp("article L. 111-1 du Code de l'éducation|loi n° 2019-791 du 26 juillet 2019|article 9 du RGPD|article L. 511-5 du Code de l'éducation|"
          "décret n° 2014-1377 du 18 novembre 2014|circulaire n° 2024-105|article 6 du règlement intérieur|loi n° 2004-228 du 15 mars 2004|article R. 421-20 du Code de l'éducation")
MONTHS = sp("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre")
DAYS = sp("lundi|mardi|mercredi|jeudi|vendredi|samedi")
ROLES = sp("la principale adjointe|le proviseur|le CPE|la documentaliste|l'infirmière|le gestionnaire|la référente numérique|le DDFPT|l'IEN|la secrétaire de direction|le chef de cuisine|la psychologue EN|l'AED|le directeur d'école")
ABROAD = sp("Casablanca|Dakar|Hanoï|Beyrouth|Tunis|Antananarivo|Montréal|Bruxelles|Genève|Luxembourg|Abidjan|Pondichéry")
TLD_OK = re.compile(r"^[a-z0-9.-]+$")


def strip_acc(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("œ", "oe").replace("æ", "ae").replace("ß", "ss").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def norm_local(s, sep=""):
    s = strip_acc(s).lower().replace("'", "")
    return re.sub(r"[^a-z0-9-]+", sep, s).strip("-")


# ------------------------------------------------------------- identifiers
def nir_key(first13):
    n = int(first13.replace("2A", "19").replace("2B", "18"))
    return 97 - (n % 97)


def nir_valid(s):
    t = s.replace(" ", "")
    if len(t) != 15 or not re.fullmatch(r"[12]\d{4}(\d{2}|2A|2B)\d{8}", t):
        return False
    return nir_key(t[:13]) == int(t[13:])


def make_nir(wrong):
    sex = ch("12")
    yy = f"{R.randint(0, 99):02d}"
    mm = f"{R.randint(1, 12):02d}"
    u = R.random()
    if u < 0.62:
        d = R.choice([x for x in range(1, 96) if x != 20])
        dep, com = f"{d:02d}", f"{R.randint(1, 899):03d}"
    elif u < 0.72:
        dep, com = ch(["2A", "2B"]), f"{R.randint(1, 366):03d}"
    elif u < 0.87:
        dep, com = ch(["971", "972", "973", "974", "976"]), f"{R.randint(1, 34):02d}"
    else:
        dep, com = "99", ch(["350", "351", "352", "139", "134", "127", "243", "216", "208", "341", "333", "401", "205", "122", "114"])
    order = f"{R.randint(1, 999):03d}"
    first13 = sex + yy + mm + dep + com + order
    key = nir_key(first13)
    if wrong:
        key = ch([k for k in range(1, 98) if k != key])
    k = f"{key:02d}"
    style = R.random()
    if style < 0.45:
        return first13 + k
    if len(dep) == 3:
        return f"{sex} {yy} {mm} {dep} {com} {order} {k}"
    if style < 0.85:
        return f"{sex} {yy} {mm} {dep} {com} {order} {k}"
    return f"{sex} {yy} {mm} {dep}{com} {order} {k}"


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_valid(s):
    t = s.replace(" ", "").replace("-", "")
    if not re.fullmatch(r"FR\d{25}", t):
        return False
    if iban_num(t[4:] + t[:4]) % 97 != 1:
        return False
    b, g, c, k = t[4:9], t[9:14], t[14:25], t[25:27]
    return (89 * int(b) + 15 * int(g) + 3 * int(c) + int(k)) % 97 == 0


def rib_ok(s):
    t = s.replace(" ", "").replace("-", "")
    b, g, c, k = t[4:9], t[9:14], t[14:25], t[25:27]
    return (89 * int(b) + 15 * int(g) + 3 * int(c) + int(k)) % 97 == 0


def make_iban(wrong):
    bank = ch(["30004", "30003", "20041", "10278", "17515", "30002", "18206", "16606", "12506", "10107", "30066", "13335", "14445", "11315"])
    gui = f"{R.randint(0, 99999):05d}"
    acc = f"{R.randint(0, 10 ** 11 - 1):011d}"
    rk = 97 - ((89 * int(bank) + 15 * int(gui) + 3 * int(acc)) % 97)
    bban = bank + gui + acc + f"{rk:02d}"
    cd = 98 - (iban_num(bban + "FR00") % 97)
    if wrong:
        cd = ch([x for x in range(2, 99) if x != cd])
    full = f"FR{cd:02d}" + bban
    if R.random() < 0.7:
        return " ".join(full[i:i + 4] for i in range(0, len(full), 4))
    return full


def uai_valid(s):
    if not re.fullmatch(r"\d{7}[A-Za-z]", s):
        return False
    return UAI_LETTERS[int(s[:7]) % 23] == s[7].upper()


def make_uai(wrong):
    u = R.random()
    if u < 0.75:
        d = f"0{R.choice([x for x in range(1, 96) if x != 20]):02d}"
    elif u < 0.83:
        d = ch(["620", "720"])
    else:
        d = ch(["971", "972", "973", "974", "976"])
    digits = d + f"{R.randint(0, 9999):04d}"
    letter = UAI_LETTERS[int(digits) % 23]
    if wrong:
        letter = ch([x for x in UAI_LETTERS if x != letter])
    return digits + letter


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str((10 - tot % 10) % 10)


def pairs(d):
    return " ".join(d[i:i + 2] for i in range(0, len(d), 2))


def make_tel_fr(mobile=None):
    if mobile is None:
        mobile = R.random() < 0.6
    p = ch(["6", "7"]) if mobile else ch(["1", "2", "3", "4", "5", "9"])
    rest = "".join(str(R.randint(0, 9)) for _ in range(8))
    d = "0" + p + rest
    f = R.randint(0, 11)
    if f == 0:
        return pairs(d)
    if f == 1:
        return ".".join(d[i:i + 2] for i in range(0, 10, 2))
    if f == 2:
        return "-".join(d[i:i + 2] for i in range(0, 10, 2))
    if f == 3:
        return d
    if f == 4:
        return "+33 " + p + " " + pairs(rest)
    if f == 5:
        return "+33 (0)" + p + " " + pairs(rest)
    if f == 6:
        return "0033 " + p + " " + pairs(rest)
    if f == 7:
        return "+33" + p + rest
    if f == 8:
        return d[:2] + " " + d[2:6] + " " + d[6:]
    if f == 9:
        return "+33." + p + "." + ".".join(rest[i:i + 2] for i in range(0, 8, 2))
    if f == 10:
        return "0033" + p + rest
    return pairs(d)


def make_tel_dom():
    pre = ch(["0262", "0692", "0693", "0590", "0690", "0594", "0694", "0596", "0696", "0269", "0639"])
    rest = "".join(str(R.randint(0, 9)) for _ in range(6))
    cc = {"0262": "262", "0692": "262", "0693": "262", "0269": "262", "0639": "262", "0590": "590", "0690": "590",
          "0594": "594", "0694": "594", "0596": "596", "0696": "596"}[pre]
    f = R.randint(0, 6)
    if f == 0:
        return pre + " " + pairs(rest)
    if f == 1:
        return pairs(pre + rest)
    if f == 2:
        return "+" + cc + " " + pre[1:] + " " + pairs(rest)
    if f == 3:
        return pre + rest
    if f == 4:
        return ".".join([pre[:2], pre[2:]] + [rest[i:i + 2] for i in range(0, 6, 2)])
    if f == 5:
        return "00 " + cc + " " + pre[1:] + " " + pairs(rest)
    if R.random() < 0.5:
        return "+687 " + pairs("".join(str(R.randint(0, 9)) for _ in range(6)))
    return "+689 " + ch(["40", "87", "89"]) + " " + pairs("".join(str(R.randint(0, 9)) for _ in range(6)))


def make_tel_int():
    g = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    return ch([
        lambda: f"+32 2 {g(3)} {g(2)} {g(2)}",
        lambda: f"+32 4{g(2)} {g(2)} {g(2)} {g(2)}",
        lambda: f"+41 22 {g(3)} {g(2)} {g(2)}",
        lambda: f"+41 79 {g(3)} {g(2)} {g(2)}",
        lambda: f"+352 621 {g(3)} {g(3)}",
        lambda: f"+212 6 {g(2)} {g(2)} {g(2)} {g(2)}",
        lambda: f"+212 522-{g(2)}-{g(2)}-{g(2)}",
        lambda: f"+216 98 {g(3)} {g(3)}",
        lambda: f"+221 77 {g(3)} {g(2)} {g(2)}",
        lambda: f"+261 34 {g(2)} {g(3)} {g(2)}",
        lambda: f"+1 514 {g(3)}-{g(4)}",
        lambda: f"+1 (438) {g(3)}-{g(4)}",
        lambda: f"+961 3 {g(3)} {g(3)}",
        lambda: f"+84 90 {g(3)} {g(2)} {g(2)}",
        lambda: f"0032 475 {g(2)} {g(2)} {g(2)}",
        lambda: f"+44 20 {g(4)} {g(4)}",
        lambda: f"+49 30 {g(8)}",
    ])()


def tel_any():
    u = R.random()
    if u < 0.65:
        return make_tel_fr()
    if u < 0.85:
        return make_tel_dom()
    return make_tel_int()


def num_street():
    n = str(R.randint(1, 248))
    u = R.random()
    if u < 0.12:
        n += " " + ch(["bis", "ter", "B", "A"])
    elif u < 0.18:
        n += ch(["bis", "ter", "B"])
    return n


def street():
    return f"{ch(STYPES)} {ch(STREETS)}"


def cp_fmt(cp):
    return cp[:2] + " " + cp[2:] if R.random() < 0.12 else cp


def city_line(pool=None):
    cp, c = ch(pool or CITIES)
    if R.random() < 0.12:
        c = c.upper()
    return f"{cp_fmt(cp)} {c}"


def addr_parts():
    """list of lines (French address)."""
    u = R.random()
    numc = "," if R.random() < 0.2 else ""
    st = f"{num_street()}{numc} {street()}"
    if u < 0.42:
        return [st, city_line()]
    if u < 0.52:
        return [f"{ch(RESID)}, bâtiment {ch('ABCDEFG')}, escalier {R.randint(1, 6)}", st, city_line()]
    if u < 0.58:
        return [f"Appartement {R.randint(1, 120)}, {R.randint(1, 12)}e étage", st, city_line()]
    if u < 0.66:
        return [f"Lieu-dit {ch(LIEUDITS)}", city_line(VILLAGES)]
    if u < 0.74:
        cp, c = ch(CEDEX)
        bp = ch(["BP", "CS", "B.P."]) + " " + str(R.randint(10, 99999))
        return [st, bp, f"{cp} {c} {ch(['CEDEX', 'Cedex', 'cedex'])}" + ("" if R.random() < 0.5 else f" {R.randint(1, 16)}")]
    if u < 0.86:
        if R.random() < 0.5:
            return [f"{ch(DOM_PLACES)}", st, city_line(DOM)]
        return [st, city_line(DOM)]
    if u < 0.92:
        return [f"{ch(DOM_PLACES)}", city_line(DOM)]
    return [st, city_line()]


def addr_one():
    parts = addr_parts()
    sep = ch([", ", ", ", " ", " - ", ", "])
    if len(parts) > 2:
        return ", ".join(parts[:-1]) + sep + parts[-1]
    return sep.join(parts)


def addr_ml():
    if R.random() < 0.3:
        return "\n".join(ch(FOREIGN)())
    return "\n".join(addr_parts())


def addr_for():
    p = ch(FOREIGN)()
    return ", ".join(p) if R.random() < 0.75 else " - ".join(p)


def addr_dom():
    p = [f"{num_street()} {street()}", city_line(DOM)]
    if R.random() < 0.4:
        p.insert(0, ch(DOM_PLACES))
    return ", ".join(p)


def fmt_date():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.choice([2024, 2025, 2026])
    return ch([f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{ch(DAYS)} {d} {MONTHS[m - 1]}", f"{d:02d}.{m:02d}.{y % 100:02d}", f"{y}-{m:02d}-{d:02d}"])


def fmt_hour():
    h, mi = R.randint(7, 22), ch([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])
    return ch([f"{h}h{mi:02d}", f"{h}:{mi:02d}", f"{h} h {mi:02d}", f"{h}h"])


# ------------------------------------------------------------- context
class Person:
    def __init__(self, used):
        for _ in range(100):
            keys = list(ORIGINS)
            w = [ORIGIN_W.get(k, 1.6) for k in keys]
            o = R.choices(keys, w)[0]
            self.fem = R.random() < 0.55
            males, fems, lasts = ORIGINS[o]
            self.first = ch(fems if self.fem else males)
            self.last = ch(lasts)
            if self.first not in used and self.last not in used:
                break
        used.add(self.first)
        used.add(self.last)


ACC_TOT = Counter()
ACC_WRONG = Counter()


class Ctx:
    def draw_wrong(self, kind):
        """about WRONG_P of accepted identifiers of each kind get a wrong key:
        the chance follows the running deficit (accepted + pending in this draw)."""
        tot = ACC_TOT[kind] + sum(1 for k, _, _ in self.ids if k == kind)
        bad = ACC_WRONG[kind] + sum(1 for k, _, w in self.ids if k == kind and w)
        deficit = WRONG_P * (tot + 1) - bad
        return R.random() < min(1.0, max(0.0, deficit))

    def __init__(self):
        self.cache = {}
        self.persons = {}
        self.used = set()
        self.ids = []  # (kind, value, wrong)

    def person(self, idx):
        if idx not in self.persons:
            self.persons[idx] = Person(self.used)
        return self.persons[idx]

    def __call__(self, key):
        if key in self.cache:
            return self.cache[key]
        m = re.fullmatch(r"([a-z]+?)(\d*)", key)
        base, idx = m.group(1), m.group(2)
        fn = getattr(self, "k_" + base, None)
        if fn is None:
            raise KeyError(key)
        v = fn(idx)
        self.cache[key] = v
        return v

    # ---- person bases
    def title(self, p, short=True):
        if R.random() < 0.06:
            return ch(["Dr", "Dr", "Maître", "Me", "Pr"])
        if p.fem:
            return ch(["Mme", "Mme", "Mme", "Mme", "Madame", "Madame", "madame", "Mme.", "Mlle", "MME"])
        return ch(["M.", "M.", "M.", "M.", "Monsieur", "Monsieur", "monsieur", "Mr", "M", "Mr."])

    def k_fl(self, i):
        p = self.person(i)
        return M("PERSONNE", f"{p.first} {p.last}")

    def k_lf(self, i):
        p = self.person(i)
        return M("PERSONNE", f"{p.last.upper()} {p.first}")

    def k_first(self, i):
        return M("PERSONNE", self.person(i).first)

    def k_last(self, i):
        return M("PERSONNE", self.person(i).last)

    def k_civ(self, i):
        p = self.person(i)
        return self.title(p) + " " + M("PERSONNE", p.last)

    def k_civf(self, i):
        p = self.person(i)
        return self.title(p) + " " + M("PERSONNE", f"{p.first} {p.last}")

    def k_ini(self, i):
        p = self.person(i)
        letter = next(c for c in p.last if c.isupper())
        t = ("Mme" if p.fem else "M.") if R.random() < 0.8 else ("Madame" if p.fem else "Monsieur")
        return t + " " + M("PERSONNE", letter) + "."

    def k_fdot(self, i):
        p = self.person(i)
        return M("PERSONNE", f"{p.first[0]}. {p.last}")

    def k_lowf(self, i):
        return M("PERSONNE", self.person(i).first.lower())

    def k_lowl(self, i):
        return M("PERSONNE", self.person(i).last.lower())

    def k_low(self, i):
        p = self.person(i)
        return M("PERSONNE", f"{p.first} {p.last}".lower())

    def k_up(self, i):
        p = self.person(i)
        return M("PERSONNE", f"{p.first} {p.last}".upper())

    def k_upl(self, i):
        return M("PERSONNE", self.person(i).last.upper())

    def k_e(self, i):
        return "e" if self.person(i).fem else ""

    def k_t(self, i):
        return "Mme" if self.person(i).fem else "M."

    def k_il(self, i):
        return "elle" if self.person(i).fem else "il"

    def k_un(self, i):
        return "une" if self.person(i).fem else "un"

    def k_pub(self, i):
        v = ch(PUBLIC)
        while v in self.used:
            v = ch(PUBLIC)
        self.used.add(v)
        return M("PERSONNE", v)

    def email_of(self, p, obf):
        fn, ln = norm_local(p.first, "-"), norm_local(p.last, "")
        local = ch([f"{fn}.{ln}", f"{fn[0]}{ln}", f"{fn}{ln}{R.randint(1, 99)}", f"{ln}.{fn}", f"{fn}-{ln}",
                    f"{fn}_{ln}{R.randint(60, 99)}", f"{fn[0]}.{ln}", f"{ln}{fn[0]}"])
        dom = ch(DOMAINS_PERSO + DOMAINS_AC + DOMAINS_AC + DOMAINS_ORG[:3])
        return obfuscate(local, dom, obf)

    def k_email(self, i):
        return M("EMAIL", self.email_of(self.person(i), R.random() < 0.35))

    def k_emailp(self, i):
        return M("EMAIL", self.email_of(self.person(i), False))

    def k_mailx(self, i):
        u = make_uai(False).lower()
        local = ch(["secretariat", "ce." + u, "vie-scolaire", "cdi", "intendance", "direction", "dane", "contact", "infirmerie", "ent-support", "cpe"])
        dom = ch(DOMAINS_AC + DOMAINS_ORG)
        return M("EMAIL", obfuscate(local, dom, R.random() < 0.2))

    # ---- contact bases
    def k_tel(self, i):
        return M("TELEPHONE", tel_any())

    def k_telfr(self, i):
        return M("TELEPHONE", make_tel_fr())

    def k_mob(self, i):
        return M("TELEPHONE", make_tel_fr(True))

    def k_teldom(self, i):
        return M("TELEPHONE", make_tel_dom())

    def k_telint(self, i):
        return M("TELEPHONE", make_tel_int())

    def k_adr(self, i):
        return M("ADRESSE", addr_one())

    def k_adrml(self, i):
        return M("ADRESSE", addr_ml())

    def k_adrdom(self, i):
        return M("ADRESSE", addr_dom())

    def k_adrfor(self, i):
        return M("ADRESSE", addr_for())

    def k_adrst(self, i):
        return M("ADRESSE", f"{num_street()} {street()}")

    def k_adra(self, i):
        return M("ADRESSE", f"{num_street()} {street()} à {ch(CITIES + DOM)[1]}")

    def k_adrcp(self, i):
        return M("ADRESSE", f"{num_street()} {street()}, {ch(CITIES)[0]}")

    def k_nir(self, i):
        w = self.draw_wrong("NIR")
        v = make_nir(w)
        self.ids.append(("NIR", v, w))
        return M("NIR", v)

    def k_iban(self, i):
        w = self.draw_wrong("IBAN")
        v = make_iban(w)
        self.ids.append(("IBAN", v, w))
        return M("IBAN", v)

    def k_uai(self, i):
        w = self.draw_wrong("UAI")
        v = make_uai(w)
        self.ids.append(("UAI", v, w))
        return M("UAI", v)

    # ---- unmarked fillers
    def k_ai(self, i):
        return ch(AIS)

    def k_school(self, i):
        return f"{ch(SCHOOL_T)} {ch(SCHOOL_N)}"

    def k_city(self, i):
        return ch(CITIES + DOM)[1]

    def k_cpcity(self, i):
        cp, c = ch(CITIES + DOM)
        return f"{c} ({cp})" if R.random() < 0.3 else f"{cp} {c}"

    def k_date(self, i):
        return fmt_date()

    def k_dob(self, i):
        d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1958, 2019)
        return ch([f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}"])

    def k_hour(self, i):
        return fmt_hour()

    def k_classe(self, i):
        return ch(CLASSES)

    def k_role(self, i):
        return ch(ROLES)

    def k_subj(self, i):
        return ch(SUBJ)

    def k_pct(self, i):
        return f"{R.randint(5, 90)} %"

    def k_n(self, i):
        return str(R.randint(1, 5))

    def k_nb(self, i):
        return str(R.randint(6, 480))

    def k_year(self, i):
        return str(R.randint(2008, 2024))

    def k_union(self, i):
        return ch(UNIONS)

    def k_assoc(self, i):
        return ch(ASSOCS)

    def k_brand(self, i):
        return ch(BRANDS)

    def k_law(self, i):
        return ch(LAWS)

    def k_siret(self, i):
        b = "".join(str(R.randint(0, 9)) for _ in range(8))
        siren = b + luhn_digit(b)
        e = f"{R.randint(1, 99):04d}"
        s13 = siren + e
        s = s13 + luhn_digit(s13)
        return ch([f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}", s])

    def k_siren(self, i):
        b = "".join(str(R.randint(0, 9)) for _ in range(8))
        s = b + luhn_digit(b)
        return ch([f"{s[:3]} {s[3:6]} {s[6:]}", s])

    def k_isbn(self, i):
        core = "9782" + ch(["07", "01", "09", "253", "2266"]) 
        core += "".join(str(R.randint(0, 9)) for _ in range(12 - len(core)))
        tot = sum(int(c) * (1 if k % 2 == 0 else 3) for k, c in enumerate(core))
        chk = str((10 - tot % 10) % 10)
        return ch([f"978-2-{core[4:6]}-{core[6:]}-{chk}", core + chk])

    def k_ticket(self, i):
        return ch([f"CMD-{R.randint(2023, 2026)}-{R.randint(1000, 99999)}", f"#{R.randint(10000, 999999)}", f"INC{R.randint(100000, 9999999):07d}",
                   f"FAC-{R.randint(2023, 2026)}-{R.randint(1, 9999):04d}", f"DA{R.randint(10 ** 7, 10 ** 8 - 1)}", f"BC {R.randint(1000, 9999)}/{R.randint(24, 26)}"])

    def k_vert(self, i):
        return f"0 {ch(['800', '805', '806'])} {R.randint(10, 99)} {R.randint(10, 99)} {R.randint(10, 99)}"

    def k_short(self, i):
        return ch(["3020", "3018", "119", "15", "112", "114", "3114", "17", "18", "3919"])

    def k_book(self, i):
        return ch(BOOKS)

    def k_film(self, i):
        return ch(FILMS)

    def k_work(self, i):
        return ch(WORKS)

    def k_ver(self, i):
        return ch([f"Pronote {R.randint(2022, 2025)}.{R.randint(0, 3)}.{R.randint(1, 9)}", f"Moodle 4.{R.randint(0, 5)}", f"LibreOffice {R.randint(7, 25)}.{R.randint(1, 8)}",
                   f"Windows 11 {ch(['23H2', '24H2'])}", f"iOS {R.randint(15, 18)}.{R.randint(0, 6)}", f"GPT-4o", f"Mistral Large 2", f"Claude 3.5 Sonnet", f"Gemini 1.5 Pro", f"Python 3.{R.randint(8, 13)}"])

    def k_room(self, i):
        return ch([f"B{R.randint(101, 312)}", f"{R.randint(1, 3)}{R.randint(0, 2)}{R.randint(1, 9)}", f"A {R.randint(1, 30)}", f"C{R.randint(10, 40)}", "polyvalente", "informatique 2"])

    def k_amount(self, i):
        v = R.randint(15, 48000)
        return ch([f"{v} €", f"{v:,}".replace(",", " ") + ",00 €", f"{v} euros", f"€{v}"])

    def k_bic(self, i):
        return ch(["BNPAFRPPXXX", "SOGEFRPP", "PSSTFRPPLIL", "CMCIFR2A", "AGRIFRPP882", "CEPAFRPP751", "CRLYFRPP"])

    def k_vac(self, i):
        return ch(["la Toussaint", "Noël", "février", "printemps", "l'été"])

    def k_freq(self, i):
        return ch(["jamais", "rarement", "une fois par mois", "chaque semaine", "tous les jours"])

    def k_bacpro(self, i):
        return ch(["MELEC", "AGORA", "commerce", "cuisine", "ASSP", "logistique", "maintenance des véhicules"])

    def k_hw(self, i):
        return ch(["Apple", "Samsung", "Lenovo", "Acer", "Huawei", "Unowhy", "Microsoft Surface"])

    def k_abroad(self, i):
        return ch(ABROAD)

    def k_acad(self, i):
        return ch(["Lyon", "Créteil", "Versailles", "Rennes", "Lille", "La Réunion", "Guadeloupe", "Martinique", "Guyane", "Mayotte", "Corse", "Strasbourg", "Bordeaux", "Nice"])


def obfuscate(local, dom, obf):
    if not obf:
        return f"{local}@{dom}"
    f = R.randint(0, 7)
    if f == 0:
        return f"{local} [at] {dom}"
    if f == 1:
        return f"{local}(at){dom}"
    if f == 2:
        return f"{local} arobase {dom}"
    if f == 3:
        return f"{local} chez {dom.replace('.', ' point ')}"
    if f == 4:
        return f"{local.replace('.', ' DOT ')} AT {dom.replace('.', ' DOT ')}"
    if f == 5:
        return f"{local}[at]{dom.replace('.', '[dot]')}"
    if f == 6:
        return f"{local} @ {dom}"
    return f"{local} (arobase) {dom.replace('.', ' (point) ')}"


# ------------------------------------------------------------- templates
NOPII = [
    "Je pense que l'IA peut aider les élèves à réviser, mais il faut un cadre clair. En {classe}, on l'utilise surtout pour reformuler des consignes de {subj}.",
    "Pas d'avis tranché. Ça dépend de l'usage : pour corriger des copies, non ; pour préparer des exercices différenciés en {subj}, pourquoi pas.",
    "franchement c'est n'importe quoi, les élèves copient-collent tout sans comprendre, {pct} de mes copies de {subj} ce trimestre étaient générées",
    "IL FAUT FORMER LES ENSEIGNANTS AVANT DE LEUR IMPOSER QUOI QUE CE SOIT. UNE DEMI-JOURNÉE DE FORMATION EN {year} NE SUFFIT PAS.",
    "bof jsp trop, c pratik pr les devoirs mais les profs aiment pas. moi jlutilise pr l {subj} slt",
    "alors moi je dirais que l'intelligence artificielle ça peut être utile en classe mais il faut que les élèves apprennent d'abord à réfléchir par eux-mêmes virgule sinon ça sert à rien point j'ai {nb} élèves cette année",
    "Points positifs :\n- gain de temps pour préparer les cours\n- aide aux élèves à besoins particuliers\nPoints négatifs :\n- triche\n- dépendance\n- coût énergétique ({pct} de la consommation du réseau selon notre estimation)",
    "Critère | Note /5\nFacilité | {n}\nUtilité pédagogique | {n2}\nRisques | {n3}\nCoût | {n4}",
    "Compte rendu du conseil pédagogique du {date}\nOrdre du jour : usage des outils d'IA générative.\nDécision : un groupe de travail rendra ses conclusions avant les vacances de {vac}.",
    "je trouve que c'est une bonne chose a condition que les eleves gardent un esprit critique, et que l'ecole explique comment ca marche. en {subj} ca pourrait etre interessant",
    "Nous n'avons reçu aucune consigne de l'académie de {acad}. Chacun fait comme il peut, et ça depuis la rentrée {year}.",
    "en tant que parent je suis inquiète, mon enfant en {classe} passe déjà trop de temps sur les écrans, alors si en plus on lui met une IA dans les mains...",
    "Avis d'un lycéen de {classe} : c'est utile pour comprendre un cours qu'on a raté, pas pour faire ses dissertations à notre place.",
    "Question;Réponse\nUtilisez-vous l'IA en classe ?;Parfois\nFréquence;{freq}\nOutils autorisés par l'établissement ?;Non\nFormation suivie ?;{freq2}",
    "[{hour}] Prof : vous avez fini l'exercice ?\n[{hour2}] Élève : oui mais j'ai demandé de l'aide à l'IA\n[{hour3}] Prof : on en reparle à la fin de l'heure.",
    "En lycée professionnel, filière {bacpro}, l'IA sert à rédiger des rapports de stage ; il faudrait surtout apprendre aux jeunes à vérifier ce qu'elle raconte.",
    "Comme AESH, je vois que certains outils de synthèse vocale aident beaucoup les élèves dyslexiques. L'IA pourrait aller plus loin, mais je n'ai eu que {n} heures de formation.",
    "Au CDI nous avons organisé {nb} séances sur la désinformation et les images générées. Les {classe} ont adoré repérer les fausses photos.",
    "Infirmière scolaire : je m'inquiète plus du cyberharcèlement avec les deepfakes que de la triche. Deux situations depuis {vac}.",
    "Réponse : Non concerné(e). Je travaille en {classe} et le sujet ne se pose pas encore.",
    "Retraitée depuis {year}, je regarde ça de loin. De mon temps on avait la calculatrice, et déjà on disait que c'était la fin du calcul mental !",
    "Il convient de distinguer l'usage pédagogique accompagné de l'usage non encadré. L'enjeu est moins technique que didactique ; {pct} des équipes interrogées le confirment.",
    "Réponse cochée : [x] plutôt favorable  [ ] plutôt défavorable  [ ] sans opinion\nCommentaire : à condition d'en parler en {subj}.",
    "Notre section syndicale demande un moratoire tant que la question des données des élèves n'est pas réglée. Motion votée à {pct} des présents.",
    "Le réseau du collège ne tient pas la charge quand {nb} élèves se connectent en même temps, alors l'IA en classe, on en reparlera.",
    "> Faut-il interdire l'IA au bac ?\nNon, il faut changer les épreuves. L'oral en {subj} par exemple.",
    "En maternelle ce n'est pas le sujet, les petits de {classe} ont besoin de manipuler, de chanter, de bouger. Point.",
    "Les entreprises partenaires utilisent déjà ces outils ; nos élèves de BTS doivent les connaître avant le stage de {vac}.",
    "Ici en Guyane la connexion est souvent coupée dans les communes de l'intérieur, donc l'IA c'est un luxe. {pct} de nos familles n'ont pas internet.",
    "Dans notre lycée français à l'étranger, les familles payent cher et veulent que leurs enfants maîtrisent ces outils. Nous avons {nb} élèves.",
    "NE SAIT PAS. ON NE NOUS DEMANDE JAMAIS NOTRE AVIS DE TOUTE FAÇON ({year}, {year2}, même chose).",
    "ia = outil. comme une calculette. faut juste apprendre a s en servir. fin du debat. ({freq})",
    "Oui\tNon\tPeut-être\n{nb}\t{nb2}\t{nb3}",
]

TRAP = [
    "J'utilise {ai} pour préparer mes séquences, et parfois Le Chat de Mistral. Au lycée Marie Curie, l'ENT propose aussi Albert.",
    "Le {school}, situé avenue Jean Jaurès, a reçu {amount} pour équiper la salle {room}.",
    "Facture n° {ticket} – SIRET {siret} – montant TTC : {amount}. Licence Copilot pour {nb} postes.",
    "Ticket GLPI {ticket} : {ver} plante à l'ouverture du cahier de textes en salle {room}.",
    "Selon l'{law}, l'établissement doit garantir la protection des données. Gemini et Claude ne sont donc pas autorisés en classe.",
    "Lucie, l'IA « souveraine » présentée en {year}, avait fait sourire nos élèves de {classe}. Albert, lui, reste réservé aux agents publics.",
    "{work} reste plus fiable que Gemini pour la conjugaison, croyez-moi. Et {work2} pour l'orthographe.",
    "Réunion d'information le {date} à {hour}, salle polyvalente, {cpcity}. Entrée libre, parking place Charles de Gaulle.",
    "Numéros utiles affichés au CDI : {short} et 3020 (harcèlement), 119 (enfance en danger), {vert} (numéro vert).",
    "ISBN {isbn} — « {book} », étudié en {classe} pour parler des machines qui pensent.",
    "Film projeté aux {classe} : « {film} ». Débat ensuite sur les IA, animé par {role}.",
    "Rose : couleur du fond de la diapo\nBlanc : titres\nPetit rappel : pas d'IA pendant l'évaluation\nBerger allemand ou labrador ? Sujet de l'exposé de SVT, aucun rapport.",
    "Le proviseur adjoint, la CPE et le référent numérique ont présenté la charte d'usage de {ai}. L'infirmière était excusée.",
    "Le SNES-FSU, le SE-Unsa et le Sgen-CFDT ont publié un communiqué commun sur l'IA le {date}. {union} ne l'a pas signé.",
    "La FCPE et la PEEP du {school} demandent une réunion avant le {date} au sujet de {ai}.",
    "Rendez-vous place Charles de Gaulle, devant la médiathèque Aimé Césaire, à {hour}. Atelier « IA et fake news ».",
    "Échanges prévus avec le lycée français Alexandre Yersin de Hanoï et le lycée Descartes de Rabat autour de Mistral et de Claude.",
    "Les tablettes {hw} ont été remplacées par des Chromebook ; Microsoft Teams reste l'outil officiel, pas Google Classroom.",
    "Mise à jour vers {ver} et {ver2} ; ChatGPT bloqué par le pare-feu depuis le {date}.",
    "Commande {ticket} du {date} : 30 casques audio, {amount}. Livraison au 2e étage, bâtiment B, salle {room}.",
    "Établissement situé à {cpcity}, classé REP+. {pct} des élèves boursiers.",
    "Prestataire : société EduSoft, SIREN {siren}. Contrat de maintenance de la plateforme IA : {amount} par an.",
    "Conseil de classe de {classe} le {date} à {hour}, salle {room}. Présence du professeur principal et des délégués.",
    "Les 3e B, 2nde 4, TG2 et BTS SIO 1 ont testé Claude pendant une semaine. Bilan le {date}.",
    "Circulaire n° {year}-{nb} du {date} relative au numérique éducatif ; voir aussi l'{law}.",
    "Claude est meilleur en rédaction, Mistral plus rapide, et Gemini s'intègre à Google. Perplexity cite ses sources. Copilot ? bof.",
    "Salle {room} : vidéoprojecteur HS. Appeler le poste {nb} ou le {short} en cas d'urgence.",
    "Journée portes ouvertes : {date}, de 9 h à 12 h, rue Victor Hugo (entrée côté gymnase). Démonstration de {ai}.",
    "Budget {year} : {amount} pour les licences, {amount2} pour la formation. Chapitre 11, compte 6064.",
    "Cité scolaire Jean Zay, bâtiment Simone Veil, salle {room} — l'atelier Lucie est complet.",
    "Code UAI à renseigner dans le formulaire (7 chiffres et une lettre), à demander au secrétariat. Date limite : {date}.",
    "Dossier ENT-{nb} clos. Réponse : le module Albert n'est pas disponible dans votre académie ({acad}).",
    "Prix Goncourt des lycéens {year} : nos {classe} ont voté sans l'aide de {ai}, promis !",
    "Promotion Olympe de Gouges, INSPÉ de {city} : journée « IA et enseignement » le {date}.",
    "Marchand de sable ou pas, les élèves de {classe} dorment mal : {pct} utilisent {ai} après minuit.",
    "Lycée Jean Mermoz de Dakar, lycée Victor Segalen de Hong Kong, lycée Pasteur de Neuilly : trois façons d'encadrer {ai}.",
    "Version {ver} installée le {date}. Ticket {ticket} résolu. Prochaine maintenance à {hour}.",
    "Fontaine à eau en panne au 1er étage. Meunier, le chat du concierge, dort dans la salle {room}. Rien à voir avec l'IA, désolé.",
]

SURVEY = [
    "Je suis professeur{e1} de {subj} au {school}. Avec {fl2}, collègue de {subj2}, nous avons testé {ai} en {classe} : résultats mitigés.",
    "{civ1} nous a interdit d'utiliser l'IA en {subj}, alors que {civ2} l'encourage. Faudrait se mettre d'accord !!",
    "mon élève {first1} (en {classe}) a rendu une rédaction parfaite, trop parfaite. Quand je lui ai demandé, {il1} a avoué. Je ne suis pas contre, mais il faut en parler.",
    "{ini1} au CDI nous a montré comment vérifier les sources, c'était super. On devrait faire ça dans toutes les classes.",
    "moi perso jsuis pour. {lowf1} de ma classe l'utilise tout le temps et {il1} a eu 17 en philo mdr",
    "bonjour je m'appelle {fl1} je suis maman de deux enfants au {school} et je pense que l'intelligence artificielle c'est dangereux pour leurs données personnelles voilà",
    "Réponse de {civf1}, CPE : les élèves utilisent My AI sur Snapchat pour tout et n'importe quoi. Contact : {email1}",
    "En tant qu'AESH auprès de {first2} ({classe}), je constate que la dictée vocale l'aide énormément. Je suis joignable au {tel} si besoin.",
    "JE SUIS {up1}, PARENT D'ÉLÈVE ÉLU{e1}. NOUS N'AVONS JAMAIS ÉTÉ CONSULTÉS SUR {ai}. ÉCRIVEZ-MOI : {emailp1}",
    "Le principal, {civ1}, a envoyé un mail à tout le monde pour dire que c'était interdit. Personne ne l'a lu, évidemment.",
    "On était en groupe avec {first1}, {first2} et {first3} pour l'exposé et on a utilisé {ai} pour le plan. La prof a dit que c'était ok si on le disait.",
    "Psychologue de l'Éducation nationale ({fl1}), je reçois des élèves anxieux face à ces outils. Prise de rendez-vous au {telfr}.",
    "Discussion en salle des profs avec {ini1} et {ini2} : totalement contre. Moi je suis plus nuancé{e3}.",
    "Comme le rappelle {pub1}, l'IA ne comprend rien, elle prédit. Je partage cet avis et je le dis à mes {classe}.",
    "{civ1}, notre documentaliste, fait un travail formidable sur l'éducation aux médias. Sans elle on serait perdus.",
    "Infirmière au {school}, je suis {fl1}. Plusieurs élèves m'ont montré des photos truquées d'eux. Mon numéro pro : {tel}.",
    "Retraité{e1} de l'enseignement, {fl1}, {adra}. Je m'intéresse toujours à ces questions et je lis tout ce qui sort.",
    "Secrétariat de direction — {fl1}. Franchement l'IA m'aide à rédiger les courriers aux familles. Poste direct : {tel}",
    "Référent numérique : {lf1}. On a bloqué {ai} sur le réseau pédagogique après la plainte de {civ2}.",
    "Pour la section {union}, {fl1} : nous demandons une formation sur temps de service. Contact : {email1}",
    "Je suis AED et {first2} de {classe} m'a montré comment {il2} faisait ses devoirs avec l'IA en 5 min chrono. Impressionnant et inquiétant.",
    "Ici à La Réunion, au collège de Saint-Louis, {civ1} a monté un projet IA en créole. Bravo à {first2} et {first3} pour leur vidéo !",
    "À Mayotte on manque de profs. Si l'IA peut aider, tant mieux. Signé : {fl1}, parent à Mamoudzou, {teldom}",
    "Depuis Nouméa : {fl1}, enseignant{e1} en lycée pro. Mon adresse pro : {email1}. Ici la question c'est surtout la langue.",
    "Ia ora na ! Je suis {first1}, élève de terminale à Papeete. L'IA ne parle pas reo tahiti, c'est dommage.",
    "Enseignant{e1} détaché{e1} au lycée français de {abroad}, {fl1}. Joignable au {telint} ou par courrier : {adrfor}.",
    "Nom;Prénom;Fonction;Avis\n{upl1};{first1};professeur{e1} de {subj};favorable\n{upl2};{first2};AESH;réservé{e2}",
    "> Que pensez-vous de l'usage de l'IA dans les établissements scolaires ?\nMoi, {first1}, 15 ans, je pense que ça devrait être enseigné comme une matière.",
    "slt c {first1} d la {classe}, jpense k l'ia c bi1 mé fo pa tricher. mon num {mob}",
    "je suis la maman de {fl2} en CM2 a l'ecole {school2}, je ne suis pas d'accord pour qu'on lui apprenne ca si jeune. vous pouvez me joindre au {tel}",
    "Mon fils {first2} est en seconde au {school}. Son prof de {subj}, {civ3}, leur fait analyser les erreurs de {ai}. Excellente idée.",
    "L'ATSEM de la classe, {first1}, trouve que les petits parlent à l'enceinte connectée comme à une personne. Ça interroge.",
    "{civf1}, DDFPT du {school} : nos élèves de {bacpro} utiliseront l'IA en entreprise, autant les y préparer.",
    "Formateur à l'INSPÉ, je cite souvent {pub1} et {pub2} : l'outil ne remplace pas l'enseignant. Mes stagiaires sont partagés.",
    "Pour m'inscrire sur une plateforme d'IA « éducative », on m'a demandé mon numéro de sécu ({nir}) ! Je trouve ça hallucinant.",
    "Le prestataire du logiciel d'IA nous demandait de payer l'abonnement sur {iban} alors que l'établissement n'a rien signé. Méfiance.",
    "Je travaille au {school} (UAI {uai}) et nous n'avons reçu aucune formation. Signé {fdot1}.",
    "Notre proviseure adjointe, {civf1}, a organisé une conférence. Je n'ai pas changé d'avis : c'est un gadget.",
    "Bonjour, {lf1} ici (prof principal{e1} de {classe}). Je pense que l'IA creuse les inégalités : ceux qui savent s'en servir et les autres.",
    "[{hour}] {first1} : t'as utilisé {ai} pour le dm ?\n[{hour2}] {first2} : ouais mais jlai réécrit\n[{hour3}] {first1} : {civ3} va le voir direct",
    "- Nom : {last1}\n- Prénom : {first1}\n- Fonction : PsyEN\n- Avis : à encadrer, surtout pour les élèves fragiles",
    "J'ai demandé à {ai} de corriger la copie de {first1} ({classe}) : il lui a mis 12 alors que j'avais mis 9. Qui a raison ?",
    "merci a mme {lowl1} qui nous a appris a utiliser l ia intelligemment en {subj}",
    "An Matinik, sé pa fasil : pa ni bon rézo. Mé timoun-la enmé sa. — {fl1} (Fort-de-France, {teldom})",
    "Kenavo ! {fl1}, prof en filière bilingue breton. Aucun outil ne parle correctement breton, donc pour nous c'est non.",
    "Prufessore di lingua corsa, {fl1} : l'IA traduit mal le corse, j'en ai fait l'expérience avec mes {classe}.",
    "{fl1}, irakaslea ikastolan : euskara eta IA ? Oraindik ez. Pour l'instant je reste prudent{e1}.",
    "Enseignante en filière bilingue en Alsace, {fl1}. L'IA aide pour l'allemand standard, pas pour l'alsacien.",
    "Je suis {fl1}, domicilié{e1} {adr}, et je refuse que les données de mon fils soient envoyées à {ai} sans mon accord.",
    "D'après {civ1} (IA-IPR de {subj}), il ne faut pas interdire mais encadrer. Son adresse pour les questions : {email1}",
    "CPE au {school} : j'ai convoqué {fl2} et ses parents après un devoir entièrement généré. Ça s'est bien passé.",
    "Ancien élève de {civ1} en {classe}, je suis aujourd'hui développeur. Je lui dois mon esprit critique, pas à une IA.",
    "Ma fille {first2} (CM1) rentre en disant que la maîtresse, {civ3}, leur a montré une IA qui dessine. J'ai trouvé ça bien.",
    "Perso je fais confiance à {first1}, notre référente numérique, elle sait ce qu'elle fait. Le reste de l'équipe suit.",
    "{fdot1} — professeur agrégé{e1} de {subj}, {email1}, {tel}. Avis : favorable avec garde-fous.",
    "ALORS LÀ NON. DEMANDEZ À {upl1} DU CDI : TOUT EST INTERDIT ICI, MÊME EN {classe}. BREF, JE SUIS CONTRE.",
    "voice : oui bonjour c'est {lowf1} en {classe} je voulais dire que l'ia ça m'a aidé pour comprendre les fractions voilà merci",
    "Nos délégués, {first1} et {first2}, ont présenté l'avis des élèves : {pct} veulent apprendre à utiliser l'IA correctement.",
    "J'ai un élève, {first1}, qui ne parle pas encore bien français (arrivé de {abroad}). La traduction automatique l'a sauvé.",
    "Pourquoi {civ1} a le droit d'utiliser {ai} pour faire ses contrôles et pas nous ??",
    "Père de {first2} ({classe}) : {fl1}. Je suis ingénieur, j'utilise ces outils tous les jours, et je pense qu'il faut les enseigner.",
    "Je représente les parents à l'école de {city}. {civ1}, le directeur, est ouvert à la discussion. Joignable : {email1} / {tel}.",
    "tout le monde l'utilise, même {civ1} qui disait que c'était le diable lol. {first2} l'a vu faire en {subj}",
    "Dans mon IME, {first1} (14 ans) communique mieux avec un pictogramme généré qu'avec nous. Ça m'a bouleversé{e2}.",
    "Ma carte Vitale ({nir}) a été demandée par l'appli de la cantine « intelligente ». Je suis {fl1}, parent au {school}, et je dis non.",
    "Notre établissement ({uai}) a reçu des licences {ai} sans aucune consultation. — {civ1}, professeur{e1} de {subj}",
    "UAI {uai} et {uai2} : les deux collèges du secteur ont des règles opposées sur l'IA, c'est absurde. {fl1}",
    "J'ai failli me faire avoir par un faux mail du rectorat rédigé par une IA qui demandait mon IBAN ({iban}) et mon numéro de sécu {nir}. Heureusement {civ2}, le RSSI, m'a prévenu{e1}.",
    "Sondage interne, établissement {uai} — répondant : {first1} ({role}). Avis : plutôt favorable si les données restent en France.",
    "Rédigé par {lf1}, AESH collective en ULIS. Mon téléphone : {tel}. Mon adresse : {adrst}.",
]

LETTER = [
    "{fl1}\n{adrml}\n{tel}\n{email1}\n\n{city}, le {date}\n\nObjet : demande d'autorisation d'utiliser un outil d'IA en classe\n\nMadame la Principale,\n\nJe souhaite expérimenter {ai} avec mes élèves de {classe}.\n\n{fl1}",
    "FICHE DE RENSEIGNEMENTS\nNom : {upl1}\nPrénom : {first1}\nAdresse : {adr}\nTéléphone : {tel}\nCourriel : {email1}\nN° de sécurité sociale : {nir}",
    "Titulaire du compte : {civf1}\nIBAN : {iban}\nBIC : {bic}\nMotif : remboursement formation IA du {date}",
    "Compte rendu du conseil d'administration du {date}\nPrésents : {civ1} (principal), {civ2} (gestionnaire), {fl3} (représentant{e3} des parents), {fl4} (élève)\nExcusé{e5} : {civ5}\nPoint 4 : charte d'usage de l'IA adoptée.",
    "Nom | Prénom | Émargement\n{upl1} | {first1} | présent{e1}\n{upl2} | {first2} | absent{e2}\n{upl3} | {first3} | présent{e3}",
    "Le chef d'établissement du {school} (UAI : {uai}) a le plaisir de vous inviter à la soirée « Parents et IA » le {date} à {hour}.\nContact : {civf1}, {tel}, {email1}",
    "Cordialement,\n\n{fl1}\nProfesseur{e1} documentaliste\n{school}\n{adrml}\nTél. : {tel}\n{email1}",
    "{up1}\n{adr}\n{tel} | {email1}\n\nPROFESSEUR{e1} CERTIFIÉ{e1} DE {subj}\nCompétences : pédagogie numérique, usages raisonnés de l'IA",
    "[{date}, {hour}] {fl1}: Bonjour à tous, réunion parents-profs sur l'IA jeudi\n[{date}, {hour2}] {fl2}: ok merci. Mon numéro a changé : {mob}\n[{date}, {hour3}] {fl1}: noté 👍",
    "Pronote – Message de {civ1} (professeur principal{e1})\nÀ : Responsables de {fl2}\nObjet : devoir maison rédigé avec une IA\n\nMadame, Monsieur, je souhaiterais vous rencontrer.",
    "De : {fl1} <{emailp1}>\nÀ : {fl2} <{emailp2}>\nDate : {date} {hour}\nObjet : atelier IA\n\nSalut {first2}, tu as la liste des élèves inscrits ?",
    "Conseil de classe {classe}\n{lf1} : bon trimestre, attention à l'usage de l'IA dans les rédactions.\n{lf2} : en progrès.\n{lf3} : travail personnel insuffisant.",
    "> Le {date}, {fl1} <{emailp1}> a écrit :\n> Pouvez-vous nous dire si l'IA sera autorisée au brevet blanc ?\n\nBonjour {first1},\nNon, elle ne le sera pas.\n{civf2}",
    "Madame, Monsieur,\nJe soussigné{e1} {fl1}, demeurant {adr}, responsable légal{e1} de {fl2}, élève en {classe}, refuse l'utilisation de ses données par {ai}.\nFait à {city}, le {date}.",
    "Je soussigné{e1}, {civf1}, proviseur{e1} du {school} (UAI {uai}), certifie que {fl2}, né{e2} le {dob}, est inscrit{e2} en {classe} pour l'année en cours.",
    "{fl1}\nchez {civ2}\n{adrml}\n\nObjet : résiliation de l'abonnement à la plateforme de soutien scolaire par IA",
    "Envoyer le dossier à :\n{fl1}\nc/o {fl2}\n{adrml}",
    "Nom\tPrénom\tTél\tMail\n{upl1}\t{first1}\t{tel}\t{emailp1}\n{upl2}\t{first2}\t{tel2}\t{emailp2}",
    "nom;prenom;classe;telephone responsable\n{upl1};{first1};{classe};{tel}\n{upl2};{first2};{classe2};{tel2}",
    "Formation « IA et pédagogie »\nFormateur : {fl1} ({email1})\nLieu : {adrml}\nDate : {date}, {hour}",
    "CONVOCATION\n\n{civf1}\n{adrml}\n\nVous êtes convoqué{e1} à l'entretien de carrière le {date} à {hour}.",
    "{union} – section académique\nÀ l'attention de {civ1}, IA-DASEN\nObjet : usage de l'IA et charge de travail\nPour le syndicat : {fl2}, {tel}",
    "Rapport de visite\nInspecteur : {civf1}\nEnseignant{e2} : {fl2}\nÉtablissement : {school} ({uai})\nObservation : séance de {subj} avec {ai}, bien menée.",
    "Contrat AESH — {lf1}\nNIR : {nir}\nIBAN : {iban}\nAdresse : {adr}\nTéléphone : {mob}",
    "SMS reçu à {hour} de {tel} : « Bonjour c {first1}, la maman de {first2}, il sera absent demain »",
    "{fl1}\nConseill{e1}er{e1} principal{e1} d'éducation\nCollège de Kawéni\n{adrdom}\n{teldom}",
    "{fl1}\nProviseur{e1} — Lycée français de {abroad}\n{adrfor}\n{telint}\n{email1}",
    "Présents : {ini1}, {ini2}, {ini3}\nAbsents excusés : {ini4}\nSecrétaire de séance : {first5}",
    "Délégués de {classe} : {first1} et {first2}. Suppléants : {first3} et {first4}.",
    "Appréciation de {civ1} : élève sérieux, mais les devoirs rendus ressemblent trop à des textes générés. À surveiller.",
    "Madame, Monsieur,\nVotre enfant {fl1} est convoqué{e1} le {date}. Merci de nous retourner ce coupon à l'adresse suivante :\n{adrml}",
    "Trouvé dans la salle {room} : une calculatrice au nom de {fl1} ({classe}). À récupérer à la vie scolaire.",
    "Candidature spontanée\n\n{fl1}\n{adrml}\n{tel}\n\nMadame la Proviseure, titulaire d'un master MEEF, je souhaite rejoindre votre équipe.",
    "Inscription concours Alkindi — Élève : {fl1} — Établissement : {uai} — Professeur référent : {civ2} ({emailp2})",
    "Message téléphonique pour {civ1} : {civf2} a appelé à {hour}, rappeler au {tel}. Sujet : l'IA et les devoirs.",
    "Coordonnées :\n• {fl1}\n• {adr}\n• {tel}\n• {email1}",
    "Autorisation parentale\nJe soussigné(e) {fl1}, autorise mon enfant {fl2} à participer à l'atelier IA du {date}.\nSignature :",
    "Réunion du comité numérique — {date}\nSecrétaire de séance : {fl1}\nPrésents : {civ2}, {civ3}, {first4} (AED)\nDécision : test de {ai} en {classe}.",
    "---------- Message transféré ---------\nDe : {fl1} <{emailp1}>\nDate : {date}\nÀ : {mailx}\nObjet : Tr: questionnaire IA\n\nVoir ci-dessous.",
    "Dossier médical — infirmerie\nÉlève : {lf1}\nNIR du responsable légal : {nir}\nTéléphone : {tel}",
    "Demande de remboursement de frais de déplacement — {lf1} — IBAN {iban} — adresse {adr}",
    "| Fonction | Nom | Poste |\n| Principal | {fl1} | {tel} |\n| CPE | {fl2} | {tel2} |\n| Gestionnaire | {fl3} | {tel3} |",
    "Changement d'adresse\nAncienne adresse : {adr}\nNouvelle adresse : {adr2}\nÀ compter du {date}.",
    "messagerie vocale bonjour c'est {fl1} du collège je vous rappelle au sujet de l'atelier ia rappelez-moi au {tel} merci bonne journée",
    "Vos représentants FCPE : {fl1} ({tel}), {fl2} ({tel2}). N'hésitez pas à nous écrire : {mailx}",
    "Partner school contact: {fl1}, {adrfor}, {telint}, {email1}. Erasmus+ project on AI in class.",
    "Équipe de direction :\nProviseur{e1} : {civf1}\nProviseur{e2} adjoint{e2} : {civf2}\nCPE : {first3}\nGestionnaire : {civ4}",
    "{fl1}  {hour}\nquelqu'un a le code wifi de la salle {room} ?\n{fl2}  {hour2}\ndemande à {first3} au CDI",
    "Tutorat : {first1} ({classe}) accompagné{e1} par {civ2}. Séance le {date} sur l'usage de {ai}.",
    "Pot de départ à la retraite de {fl1}, le {date} à {hour}. Participation à envoyer sur {iban} (cagnotte gérée par {first2}).",
    "Fiche incident — élève : {lf1} — témoin : {fl2} — rédigée par {civ3}. Faits : utilisation d'un téléphone pour interroger une IA en évaluation.",
    "À l'attention de Maître {last1}\n{adrml}\n\nMaître, je vous transmets le dossier de {fl2} concernant la diffusion d'une image truquée.",
    "Convention de stage — Élève : {fl1} — Tuteur entreprise : {fl2}, {tel} — Lieu : {adr}",
    "NOM : {upl1}\nPRÉNOM : {first1}\nDATE DE NAISSANCE : {dob}\nN° SS : {nir}\nADRESSE : {adr}\nTÉL : {tel}",
    "Bonjour,\nvoici mon RIB pour le voyage scolaire : {iban}\nmerci {first1} !\n{fl2}",
    "Liste de diffusion « IA et lettres » :\n{email1}\n{email2}\n{email3}",
    "Madame {last1},\nSuite à notre échange téléphonique, je vous confirme ma présence. Vous pouvez me joindre au {tel} ou chez moi, {adra}.\nBien à vous,\n{fl2}",
    "Note de service n° {nb}\nÉmetteur : {civf1}, principal{e1} adjoint{e1}\nDestinataires : équipe pédagogique du {school} ({uai})\nObjet : déclaration des usages d'IA",
    "Objet : demande de mutation\n{lf1}\n{adrml}\nNIR : {nir}\nÉtablissement actuel : {uai}",
    "Teams — canal Équipe {subj}\n{fl1} ({hour}) : j'ai mis les consignes IA dans le dossier partagé\n{fl2} ({hour2}) : merci {first1} !",
    "Invitation\n{civf1} et l'équipe du {school} vous convient au forum des métiers du numérique.\nRSVP : {email1} / {tel}\nAdresse : {adrml}",
    "Bulletin d'adhésion {assoc}\nNom : {last1}   Prénom : {first1}\nAdresse : {adrcp}\nCourriel : {email1}",
    "WhatsApp « Parents 5e C »\n{first1} : Qqn sait si le DM de {subj} peut être fait avec ChatGPT ?\n{first2} : non la prof a dit non\n{first1} : ok merci 🙏",
    "Attestation employeur\nAgent : {lf1}\nN° INSEE : {nir}\nAffectation : {school}, UAI {uai}\nRIB : {iban}",
    "Relevé d'identité bancaire\nTitulaire : {up1}\n{adrml}\nIBAN : {iban}\nBIC : {bic}",
    "Projet d'accueil individualisé\nÉlève : {fl1}, né{e1} le {dob}\nN° de sécurité sociale de l'assuré : {nir}\nMédecin traitant : Dr {last2}\nTél. : {tel}",
    "Liste des établissements pilotes IA :\n{uai} — {school}\n{uai2} — {school2}\n{uai3} — {school3}\nRéférent{e1} académique : {fl1}, {email1}",
    "Association sportive — cotisation à virer sur {iban} (titulaire : {fl1}). Trésorier{e2} : {fl2}, {tel}",
    "DOSSIER DE BOURSE\nResponsable légal : {civf1}\nAdresse : {adrml}\nNIR : {nir}\nIBAN : {iban}\nÉtablissement (UAI) : {uai}",
    "PV d'installation du {date}\n{lf1}, installé{e1} dans ses fonctions de CPE au {school} (RNE {uai}).\nSignature du chef d'établissement : {civ2}",
    "Note à l'attention de la DSDEN\nÉtablissement : {uai}\nPersonne à contacter : {fl1}\nTéléphone : {tel}\nAdresse postale : {adr}",
    "ENT — Messagerie\nExpéditeur : {civf1} ({mailx})\nDestinataire : {fl2}\nBonjour {first2}, merci de rendre ta fiche « IA et moi » avant vendredi.",
]

CATS = {"nopii": NOPII, "trap": TRAP, "survey": SURVEY, "letter": LETTER}

MARK_RE = re.compile(LO + r"([A-Z]+)\|(.*?)" + LC, re.S)
PH_RE = re.compile(r"\{([a-z]+\d*)\}")


def render(tpl):
    ctx = Ctx()
    s = PH_RE.sub(lambda m: ctx(m.group(1)), tpl)
    out, ents, pos, n = [], [], 0, 0
    for m in MARK_RE.finditer(s):
        seg = s[pos:m.start()]
        out.append(seg)
        n += len(seg)
        ents.append((m.group(1), m.group(2), n))
        out.append(m.group(2))
        n += len(m.group(2))
        pos = m.end()
    out.append(s[pos:])
    text = "".join(out)
    if LO in text or LC in text or "{" in text or "}" in text:
        raise ValueError("unrendered mark in: " + text)
    return text, ents, ctx


def entity_ok(text, kind, val, start_from, want=None):
    """returns end offset or None."""
    if kind not in KINDS or not val or val != val.strip():
        return None
    off = text.find(val, start_from)
    if off < 0 or (want is not None and off != want):
        return None
    end = off + len(val)
    if kind == "PERSONNE" and val.endswith("."):
        return None
    if off > 0 and text[off - 1].isalnum():
        return None
    if end < len(text) and text[end].isalnum():
        return None
    return end


def check(text, ents):
    prev = 0
    for kind, val, off in ents:
        e = entity_ok(text, kind, val, prev, off)
        if e is None:
            return False
        prev = e
    return True


def main():
    redraw_check = 0
    redraw_dup = 0
    seen = set()
    records = []
    tally = Counter()
    wrong = Counter()
    tpl_use = Counter()
    for cat, count in MIX:
        tpls = CATS[cat]
        order = list(range(len(tpls)))
        R.shuffle(order)
        plan = (order * ((count // len(order)) + 1))[:count] if count >= len(order) else order[:count]
        if count > len(order):
            wts = [1 + 3 * any(k in t for k in ("{nir", "{iban", "{uai")) + 2 * ("{iban" in t) + any(k in t for k in ("{adr", "{email", "{mailx")) for t in tpls]
            plan = order + R.choices(range(len(tpls)), wts, k=count - len(order))
        for ti in plan:
            tries = 0
            while True:
                tries += 1
                if tries > 400:
                    raise SystemExit(f"cannot draw for {cat} template {ti}")
                t = ti if tries <= 6 else R.randrange(len(tpls))
                text, ents, ctx = render(tpls[t])
                if cat in ("nopii", "trap") and ents:
                    raise SystemExit("entity in " + cat)
                if not check(text, ents):
                    redraw_check += 1
                    continue
                if text in seen:
                    redraw_dup += 1
                    continue
                break
            seen.add(text)
            tpl_use[(cat, t)] += 1
            for k, v, w in ctx.ids:
                tally[k] += 1
                wrong[k] += int(w)
                ACC_TOT[k] += 1
                ACC_WRONG[k] += int(w)
            records.append({"cat": cat, "text": text, "entities": [{"kind": k, "text": v} for k, v, _ in ents]})
    R.shuffle(records)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, rec in enumerate(records, 1):
            f.write(json.dumps({"id": f"q{i:03d}", "text": rec["text"], "entities": rec["entities"]}, ensure_ascii=False) + "\n")

    # ---- re-read and re-check
    errors = 0
    kinds = Counter()
    meas = Counter()
    meas_bad = Counter()
    ids = []
    with open(OUT, encoding="utf-8") as f:
        lines = f.read().splitlines()
    texts = set()
    for ln in lines:
        d = json.loads(ln)
        ids.append(d["id"])
        if set(d) != {"id", "text", "entities"}:
            errors += 1
        if d["text"] in texts:
            errors += 1
        texts.add(d["text"])
        prev = 0
        for e in d["entities"]:
            end = entity_ok(d["text"], e["kind"], e["text"], prev)
            if end is None:
                print("FAIL", d["id"], e, file=sys.stderr)
                errors += 1
                continue
            prev = end
            kinds[e["kind"]] += 1
            v = e["text"]
            if e["kind"] == "NIR":
                meas["NIR"] += 1
                meas_bad["NIR"] += int(not nir_valid(v))
                if not re.fullmatch(r"[12]\d{4}(\d{2}|2A|2B)\d{8}", v.replace(" ", "")):
                    print("FAIL shape", d["id"], v, file=sys.stderr)
                    errors += 1
            elif e["kind"] == "IBAN":
                meas["IBAN"] += 1
                meas_bad["IBAN"] += int(not iban_valid(v))
                if not rib_ok(v):
                    print("FAIL rib", d["id"], v, file=sys.stderr)
                    errors += 1
            elif e["kind"] == "UAI":
                meas["UAI"] += 1
                meas_bad["UAI"] += int(not uai_valid(v))
    if ids != [f"q{i:03d}" for i in range(1, 401)]:
        print("FAIL ids", file=sys.stderr)
        errors += 1
    for k in ("NIR", "IBAN", "UAI"):
        if meas[k] != tally[k] or meas_bad[k] != wrong[k]:
            print("FAIL wrong-key mismatch", k, tally[k], wrong[k], meas[k], meas_bad[k], file=sys.stderr)
            errors += 1

    cats = Counter(r["cat"] for r in records)
    print(f"seed {SEED}  lines {len(lines)}  -> {OUT}")
    print("per category:", dict(cats))
    print("templates:", {c: len(CATS[c]) for c in CATS}, " used:", {c: len({t for (cc, t) in tpl_use if cc == c}) for c in CATS})
    print("per kind:", {k: kinds[k] for k in KINDS}, " total", sum(kinds.values()))
    for k in ("NIR", "IBAN", "UAI"):
        a = wrong[k] / tally[k] if tally[k] else 0
        b = meas_bad[k] / meas[k] if meas[k] else 0
        print(f"wrong-key {k}: drawn {wrong[k]}/{tally[k]} = {a:.1%}   re-measured {meas_bad[k]}/{meas[k]} = {b:.1%}")
    print(f"redraws: offset/glue check {redraw_check}, duplicate {redraw_dup}")
    if errors:
        print(f"ERRORS: {errors}", file=sys.stderr)
        sys.exit(1)
    print("self-check OK")


if __name__ == "__main__":
    main()
