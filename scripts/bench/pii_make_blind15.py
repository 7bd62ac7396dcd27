#!/usr/bin/env python3
"""
pii_make_blind15.py -- held-out BLIND evaluation set for the French personal-data masker.

Written BLIND: the author did not open, read, grep, list or search anything under
Sources/, Tests/ (apart from writing the output file), docs/, lexiques/, scripts/
(apart from this file), nor any other project file or the git history, and used no
search tool on the project.  Every template, first name, surname, street, town and
identifier shape below comes from the author's own knowledge of how French people
write letters, forms, e-mails, survey answers, minutes, SMS, chat transcripts,
class councils, parent messages and signatures.  Only the Python standard library
is used.

Run:   cd /work/main && python3 scripts/bench/pii_make_blind15.py
Output: Tests/PrivacyTests/Fixtures/pii_blind15.jsonl -- 400 lines, each
        {"id": "q001", "text": "...", "entities": [{"kind": K, "text": "..."}]}

Determinism: a single random.Random(SEED) with SEED = 20122034 drives everything
(no set iteration, no hash()).  The same file is produced on every run.

Theme: « Que pensez-vous de l'usage de l'IA dans les établissements scolaires ? »
(teachers', heads', parents', pupils' answers and school correspondence).

Mix (400 texts, shuffled deterministically):
  *  60 texts without personal data (opinions, minutes, chat);
  *  70 trap texts without personal data (AI products and platforms, ENT names,
     brands, schools named after people, rooms, places, streets named after
     people without a number, towns with a postcode alone, dates, hours, amounts,
     counts, class names, law articles, years, course codes, order / reference
     numbers, SIREN / SIRET, toll-free and short numbers, book titles, public
     figures only as school names, capitalised common words at line starts,
     titles without names);
  * 130 survey answers with names and identifiers woven into opinions (casual
     style, no accents, lowercase names, SMS style, initials, rare surnames,
     first names next to roles, pupils' first names, names of foreign origin,
     surnames that are also common words);
  * 140 letters, forms, e-mails, requests, minutes, attendance lists,
     signatures and chats with contact details.

Kinds: PERSONNE, ADRESSE, EMAIL, TELEPHONE, NIR, IBAN, UAI.
About 40 % of NIR, IBAN and UAI carry a deliberately wrong check key; they are
labelled all the same.  Check keys: NIR key = 97 - (n mod 97) on the 13 first
characters with 2A -> 19 and 2B -> 18; IBAN ISO 7064 mod 97-10; UAI letter =
"ABCDEFGHJKLMNPRSTUVWXYZ"[n mod 23] of its 7 digits.

Labelling conventions:
  PERSONNE: titles (M., Mme, Dr, monsieur, madame, Maître...) excluded; an initial
    after a title is the letter alone (« Mme L. » -> « L »); first name + surname
    = one entity; a first name next to a role or a class is labelled alone;
    trailing abbreviation dots excluded; public figures are persons; names inside
    e-mails, schools, streets, places, pets, brands and AI products are not
    persons.  Separate form fields (« Nom : X » / « Prénom : Y ») give two
    entities.
  EMAIL: the whole address, obfuscated forms (« prenom [at] domaine [point] fr »)
    included.
  TELEPHONE: the number with its international prefix, no label.
  NIR / IBAN / UAI: the whole identifier with its inner separators, labels
    excluded.
  ADRESSE: one entity from the first element of the address (house number,
    street type, or a complement that comes first) to the end of the city (CEDEX
    and its number included), or to the end of the street / postcode when no
    city is given, across lines; a « chez M. X » / « c/o X » line is not part of
    the address (X is a PERSONNE); a city joined to the street by « à » is part
    of the address, « à » included; the country of a foreign address is part of
    it.

Targets (asserted at the end of the run): PERSONNE 550-650, ADRESSE >= 110,
EMAIL >= 100, TELEPHONE >= 100, NIR >= 40, IBAN >= 40, UAI >= 60.  The wrong-key
draw is a random draw nudged towards 40 % of the identifiers kept in the output.
Set BLIND15_STATS=1 to print per-generator entity counts.

Entities are listed in order of appearance; each is found by
text.find(entity, end_of_previous_entity) at exactly its intended place.  The
script asserts this for every entity (during generation, where a colliding draw
is re-drawn deterministically, and again on the final records) and fails loudly
otherwise.
"""

import datetime
import hashlib
import json
import os
import re
import random
import sys
import unicodedata

SEED = 20122034
N_CLEAN, N_TRAP, N_SURVEY, N_LETTER = 60, 70, 130, 140

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "PrivacyTests", "Fixtures", "pii_blind15.jsonl")

KINDS = ["PERSONNE", "ADRESSE", "EMAIL", "TELEPHONE", "NIR", "IBAN", "UAI"]

# ---------------------------------------------------------------------------
# entity markers
# ---------------------------------------------------------------------------
_MK = re.compile("\x01([A-Z]+)\x02(.*?)\x03", re.S)


def _E(kind, s):
    assert isinstance(s, str) and s, (kind, s)
    assert s == s.strip(), (kind, repr(s))
    assert "\x01" not in s and "\x02" not in s and "\x03" not in s
    return "\x01" + kind + "\x02" + s + "\x03"


def P(s):
    return _E("PERSONNE", s)


def A(s):
    return _E("ADRESSE", s)


def M(s):
    return _E("EMAIL", s)


def T(s):
    return _E("TELEPHONE", s)


def N(s):
    return _E("NIR", s)


def I(s):
    return _E("IBAN", s)


def U(s):
    return _E("UAI", s)


class Collision(Exception):
    pass


def build(marked):
    """Turn a marked string into (text, entities); raise Collision if an entity
    would not be found by text.find(entity, end_of_previous) at its place."""
    marked = re.sub("\x03\\.\\.(?!\\.)", "\x03.", marked)
    out = []
    ents = []
    pos = 0
    n = 0
    for m in _MK.finditer(marked):
        out.append(marked[pos:m.start()])
        n += len(marked[pos:m.start()])
        kind, s = m.group(1), m.group(2)
        assert kind in KINDS, kind
        ents.append((kind, s, n))
        out.append(s)
        n += len(s)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if any(c in text for c in "\x01\x02\x03"):
        raise AssertionError("stray marker in " + repr(text[:80]))
    prev = 0
    for kind, s, start in ents:
        if text.find(s, prev) != start:
            raise Collision(s)
        prev = start + len(s)
    return text, [{"kind": k, "text": s} for k, s, _ in ents], [st for _, _, st in ents]


# ---------------------------------------------------------------------------
# names (author's own lists)
# ---------------------------------------------------------------------------
def W(s):
    return [x.replace("_", " ") for x in s.split()]


FIRST = {
    "fr": (W("Jean Pierre Michel Philippe Alain Patrick Nicolas Christophe Frédéric Laurent "
             "Stéphane Olivier Thierry Éric David Sébastien Julien Guillaume Thomas Antoine "
             "Maxime Alexandre Romain Florian Benoît Bertrand Hervé Yves Gérard Bernard Jacques "
             "Daniel Pascal Didier Bruno Denis Franck Fabrice Gilles Jérôme Cédric Vincent Damien "
             "Jérémy Anthony Mickaël Ludovic Arnaud Xavier Jean-Pierre Jean-Marc Jean-Luc "
             "Pierre-Yves Jean-Baptiste Hugues Aurélien Régis Thibault Matthieu Clément Quentin "
             "Baptiste Gaëtan Lionel Serge Rémi Marc Emmanuel Raphaël Sylvain Grégory Cyril Joël "
             "Hubert Gautier Anatole Marius Firmin Côme"),
           W("Marie Sophie Nathalie Isabelle Sylvie Catherine Christine Valérie Sandrine "
             "Stéphanie Céline Aurélie Émilie Julie Camille Pauline Mathilde Margaux Élodie Anaïs "
             "Audrey Virginie Karine Véronique Patricia Brigitte Martine Françoise Monique Chantal "
             "Hélène Claire Anne Agnès Delphine Laurence Florence Caroline Cécile Séverine Marion "
             "Charlotte Juliette Lucie Clémence Marie-Claire Anne-Sophie Marie-Hélène Marie-Laure "
             "Anne-Laure Ghislaine Bérengère Solène Armelle Gwendoline Coralie Estelle Fanny "
             "Laetitia Magali Muriel Nadège Odile Perrine Roselyne Sabine Tiphaine Bénédicte "
             "Capucine Hortense Ségolène")),
    "mag": (W("Mohamed Mohammed Karim Rachid Samir Sofiane Mehdi Bilal Nassim Amine Rayan Yanis "
              "Ilyes Farid Abdelkader Hakim Djamel Nordine Mounir Ibrahim Youssef Hamza Walid "
              "Mourad Khaled Redouane Zakaria Anis Tarek Idriss Lakhdar Saïd"),
            W("Nadia Fatima Yasmine Souad Leïla Malika Khadija Zineb Houda Samia Sabrina Kenza "
              "Imane Salma Aya Nour Meriem Assia Hayat Louiza Dounia Rim Chaïma Naïma Ouarda "
              "Lamia Farida Yamina Soraya")),
    "waf": (W("Moussa Mamadou Oumar Ousmane Ibrahima Seydou Adama Boubacar Cheikh Souleymane "
              "Abdoulaye Modibo Lamine Alassane Bakary Amadou Issa Sékou Kofi Yao"),
            W("Aminata Fatoumata Aïssatou Binta Kadiatou Mariama Awa Ndeye Assa Djeneba Coumba "
              "Hawa Oumou Rokia Safiatou Mariam Adja Aya Fanta")),
    "pt": (W("João José Manuel António Joaquim Rui Paulo Luís Tiago Vítor Nuno Sérgio Fernando "
             "Duarte Rodrigo"),
           W("Maria Ana Fernanda Sandra Teresa Sónia Filipa Catarina Rosa Conceição Beatriz Joana "
             "Lúcia Graça")),
    "vn": (W("Minh Tuan Duc Quang Thanh Hung Long Khoa Bao Huy Van_Minh Van_Duc Quoc_Bao"),
           W("Lan Huong Linh Anh Hoa Mai Thuy Ngoc Trang Thao Thi_Lan Thi_Huong Thi_Mai")),
    "tr": (W("Mehmet Emre Murat Burak Kemal Ahmet Yusuf Cem Mustafa Hakan Serkan Onur Barış Ömer"),
           W("Ayşe Elif Zeynep Hatice Selin Esra Merve Büşra Emine Fatma Derya Gül Songül Özlem")),
    "est": (W("Dmitri Piotr Andrzej Tomasz Bogdan Mihai Andrei Vasyl Dragan Goran Marek Pavel "
              "Sergueï Nikola Vlad Radu Oleksandr"),
            W("Olga Natalia Irina Agnieszka Katarzyna Ioana Svetlana Oksana Milena Jelena "
              "Anastasia Magdalena Elena Daria Iulia Tatiana")),
    "bzh": (W("Erwan Gwenaël Tanguy Loïc Ronan Yannick Corentin Brieuc Goulven Yann Malo Gurvan "
              "Tugdual Jakez Mikael Youenn"),
            W("Gaëlle Maëlle Nolwenn Soizic Maïwenn Enora Katell Morgane Rozenn Azilis Anaïg "
              "Gwenola Awena Klervi")),
    "co": (W("Ange Dominique Paul-Antoine Jean-Toussaint Orsu Lisandru Saveriu Ghjuvanni Santu "
             "Pasquale Petru Ghjacumu Antoine-Marie"),
           W("Letizia Marie-Dominique Vannina Maddalena Ghjulia Catalina Angèle Marie-Ange "
             "Laetitia Serena")),
    "ant": (W("Firmin Ferdinand Teddy Steeve Jocelyn Harry Rudy Willy Johnny Fritz Gaston Lucien "
              "Rodrigue Max Eddy Jimmy Dorval"),
            W("Rosette Lucienne Josiane Joëlle Maryse Ketty Chrystelle Dorothée Gilberte Murielle "
              "Guylaine Lydie Sylvana Man-Lise")),
}
FIRST["rare"] = FIRST["fr"]

LAST = {
    "fr": W("Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent "
            "Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André "
            "Lefèvre Mercier Dupont Lambert Bonnet François Martinez Legrand Garnier Faure "
            "Rousseau Blanc Guérin Muller Henry Roussel Perrin Morin Mathieu Clément Gauthier "
            "Dumont Lopez Chevalier Robin Masson Sanchez Gérard Boyer Lemaire Duval Joly Gautier "
            "Roger Roche Roy Meyer Lucas Perez Dufour Blanchard Barbier Brun Dumas Brunet Schmitt "
            "Leroux Colin Fernandez Rolland Caron Aubert Giraud Leclerc Vidal Bourgeois Renaud "
            "Lemoine Picard Gaillard Lacroix Fabre Dupuis Rodriguez Hubert Guillot Adam Rey "
            "Gonzalez Lecomte Ménard Fleury Deschamps Carpentier Maillard Marchal Aubry Vasseur "
            "Renault Jacquet Collet Prévost Poirier Royer Huet Dupuy Pons Carré Rémy Schneider "
            "Perrot Guyot Barre Marty Cousin Delattre Wagner Hoarau Payet"),
    "word": W("Boulanger Boucher Mouton Poisson Lapin Rossignol Pinson Merle Corbeau Lecoq "
              "Poulain Bonheur Janvier Avril Dimanche Printemps Jardin Sergent Lenoir Pasteur "
              "Cordonnier Vigneron Montagne Vallée Chapelle Toussaint Lebeau Lesage Fort Doux "
              "Bontemps Potier Loup Leroi Prince Marin Bouvier Meunier Charbonnier Lamour Cheval "
              "Chevreuil Lelièvre Rivière Fontaine Froment Lavache Baron Berger Marchand"),
    "rare": W("Trémoureux Vaugrenard Mignerot Plouzennec Kerboriou Caujolle Pradalié Estrabaut "
              "Gourdain Triboulet Fauvelle Ardouin Besnardeau Clergeot Barthomeuf Chabrerie Puech "
              "Capdevielle Larrouturou Etcheverry Iriart Goyhenetche Bidegain Fourcassié Vergnaud "
              "Soubeyran Ravanel Gaudemard Roumégoux Salvetat Hennequin Quintard Pélissou Cadoret "
              "Vaissière Dufaÿ Lhuillier Crouzat Maupetit Jouhaud Rouquette Fabrègue Lagrenée "
              "Mauduit Pinchon Thévenoux Aubergeon Brochard Cazenave Darrigade Espitalier "
              "Fouquerolle Huchon Jaouen Keruzoré Lestrade Mabire Nourrisson Ouvrard Peyrat "
              "Quilliec Raffestin Sourisseau Tixier Usseglio Vigouroux Wattebled Ybert "
              "Zimmermann Chastagnol Bouscarat"),
    "mag": W("Benali Belkacem Bouzid Haddad Amrani El_Idrissi Ben_Salah Boukhari Cherif Meziane "
             "Hamidi Khelifi Saïdi Mansouri Zerrouki Benyahia Aït_Ouali Bensaïd Brahimi Lahlou "
             "Ouali Tahiri El_Amrani Benchekroun Kaddour Bouaziz Slimani Rahmani Ziani Amara "
             "Haouchine Zitouni Ouchène Belhadj"),
    "waf": W("Diallo Traoré Keïta Coulibaly Diop Ndiaye Sow Ba Camara Cissé Konaté Touré Sylla "
             "Sangaré Dembélé Koné Ouédraogo Sissoko Fofana Kanté Diakité Gueye Fall Mbaye Sarr "
             "Faye Doucouré Bamba Kouassi N'Diaye N'Guessan Nkounkou Mabiala"),
    "pt": W("Da_Silva Dos_Santos Ferreira Pereira Oliveira Rodrigues Fernandes Gonçalves Gomes "
            "Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes "
            "Nunes Sousa Vieira Monteiro Cardoso Rocha Coelho De_Sousa Azevedo"),
    "vn": W("Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh"),
    "tr": W("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan "
            "Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Yilmaz Ozturk"),
    "est": W("Kowalski Nowak Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Popescu "
             "Ionescu Popa Dumitru Petrov Ivanova Smirnov Kovalenko Shevchenko Bondarenko Horvat "
             "Jovanović Petrović Nikolić Dvořák Novotný Szabó Nagy Kovács Dabrowiecki"),
    "bzh": W("Le_Goff Le_Gall Le_Bihan Le_Floch Kerhervé Le_Guen Tanguy Le_Corre Guillou Le_Moal "
             "Quéré Kerjean Le_Gourrierec Le_Bras Le_Du Ollivier Morvan Cadiou Jézéquel Le_Meur "
             "Le_Berre Gourlaouen Kervella Le_Hir Riou Calvez Le_Pape Pennec Guivarc'h"),
    "co": W("Santoni Paoli Casanova Peretti Luciani Colonna Bartoli Filippi Albertini Giacomoni "
            "Mattei Orsini Poli Ceccaldi Susini Franceschi Leca Pietri Versini Cesari Acquaviva "
            "Giudicelli"),
    "ant": W("Jean-Baptiste Marie-Louise Saint-Hilaire Beausoleil Bellemare Chérubin Désir "
             "Édouard Florentin Grandville Jean-Louis Laventure Marie-Sainte Mathurin Nestor "
             "Pierre-Louis Saint-Ange Sylvestre Ursule Zénon Calixte Dorville Hyacinthe "
             "Sainte-Rose Vilus Zami Lubin Bellance Cocote Lollia Tanic"),
}
ORIGIN_W = [("fr", 36), ("word", 6), ("rare", 7), ("mag", 12), ("waf", 8), ("pt", 6), ("vn", 4),
            ("tr", 4), ("est", 5), ("bzh", 5), ("co", 4), ("ant", 5)]
FIRST["word"] = FIRST["fr"]

PUPIL_M = W("Lucas Enzo Nathan Hugo Louis Gabriel Arthur Jules Léo Théo Tom Noah Adam Sacha "
            "Mathis Timéo Kylian Nolan Lenny Maël Kevin Dylan Jordan Rayan Yanis Ilyes Moussa "
            "Tiago Yusuf Evan Ethan Axel Noé Sohan Wassim Ibrahim Mamadou Naël Kaïs Mathéo Loan "
            "Bastien Corentin Killian Mattéo Younes Amir Ewen Malo Lisandru Minh Emre Andrei "
            "Steeve Lenzo Ayoub Djibril Ruben")
PUPIL_F = W("Emma Jade Louise Alice Lina Rose Anna Mila Ambre Zoé Inès Léna Chloé Manon Maëlys "
            "Chaïma Aya Lou Elif Anh Nour Kenza Fatoumata Océane Lilou Clara Romane Eden Maya "
            "Yasmine Sofia Alicia Lisa Jeanne Lilia Nolwenn Ghjulia Ioana Mariama Sarah Camille "
            "Lya Assia Maëlle Thaïs Zeynep Kadiatou Lucie Mathilde Ilona Shaïna")

PUBLIC = W("Philippe_Meirieu Stanislas_Dehaene Yann_LeCun Cédric_Villani Sam_Altman Elon_Musk "
           "Bill_Gates Luc_Julia Laurence_Devillers Maria_Montessori Célestin_Freinet Jean_Piaget "
           "Alan_Turing Geoffrey_Hinton Pap_Ndiaye Gabriel_Attal Nicole_Belloubet "
           "Jean-Michel_Blanquer Najat_Vallaud-Belkacem Arthur_Mensch Michel_Serres Edgar_Morin "
           "Hannah_Arendt Bernard_Stiegler Serge_Tisseron François_Dubet Montaigne Rabelais "
           "Socrate Condorcet")
PUBLIC_QUOTE = [
    "une tête bien faite vaut mieux qu'une tête bien pleine",
    "l'école doit apprendre à penser par soi-même",
    "l'outil ne remplace jamais la relation pédagogique",
    "ces systèmes n'ont aucune compréhension du monde",
    "on apprend en se trompant, pas en recopiant",
    "le cerveau de l'enfant a besoin d'effort et d'attention",
    "il faut éduquer au numérique plutôt que l'interdire",
    "la vraie question est celle de l'esprit critique",
]

# ---------------------------------------------------------------------------
# places
# ---------------------------------------------------------------------------
TOWNS = [
    ("75011", "Paris", "paris"), ("75018", "Paris", "paris"), ("75013", "Paris", "paris"),
    ("75020", "Paris", "paris"), ("92000", "Nanterre", "versailles"), ("78000", "Versailles", "versailles"),
    ("95000", "Cergy", "versailles"), ("91000", "Évry-Courcouronnes", "versailles"),
    ("92240", "Malakoff", "versailles"), ("93200", "Saint-Denis", "creteil"),
    ("93100", "Montreuil", "creteil"), ("94200", "Ivry-sur-Seine", "creteil"), ("77000", "Melun", "creteil"),
    ("93140", "Bondy", "creteil"), ("69100", "Villeurbanne", "lyon"), ("69003", "Lyon", "lyon"),
    ("69007", "Lyon", "lyon"), ("42000", "Saint-Étienne", "lyon"), ("01000", "Bourg-en-Bresse", "lyon"),
    ("69400", "Villefranche-sur-Saône", "lyon"), ("38000", "Grenoble", "grenoble"),
    ("73000", "Chambéry", "grenoble"), ("74000", "Annecy", "grenoble"), ("26000", "Valence", "grenoble"),
    ("07200", "Aubenas", "grenoble"), ("13001", "Marseille", "aix-marseille"),
    ("13008", "Marseille", "aix-marseille"), ("13015", "Marseille", "aix-marseille"),
    ("13100", "Aix-en-Provence", "aix-marseille"), ("84000", "Avignon", "aix-marseille"),
    ("05000", "Gap", "aix-marseille"), ("06000", "Nice", "nice"), ("83000", "Toulon", "nice"),
    ("06400", "Cannes", "nice"), ("34000", "Montpellier", "montpellier"), ("30000", "Nîmes", "montpellier"),
    ("66000", "Perpignan", "montpellier"), ("11000", "Carcassonne", "montpellier"),
    ("48000", "Mende", "montpellier"), ("31400", "Toulouse", "toulouse"), ("31000", "Toulouse", "toulouse"),
    ("81000", "Albi", "toulouse"), ("12000", "Rodez", "toulouse"), ("46000", "Cahors", "toulouse"),
    ("65000", "Tarbes", "toulouse"), ("09000", "Foix", "toulouse"), ("33000", "Bordeaux", "bordeaux"),
    ("33400", "Talence", "bordeaux"), ("64000", "Pau", "bordeaux"), ("64100", "Bayonne", "bordeaux"),
    ("24000", "Périgueux", "bordeaux"), ("40000", "Mont-de-Marsan", "bordeaux"), ("47000", "Agen", "bordeaux"),
    ("86000", "Poitiers", "poitiers"), ("17000", "La Rochelle", "poitiers"), ("79000", "Niort", "poitiers"),
    ("16000", "Angoulême", "poitiers"), ("87000", "Limoges", "limoges"),
    ("19100", "Brive-la-Gaillarde", "limoges"), ("23000", "Guéret", "limoges"),
    ("63000", "Clermont-Ferrand", "clermont"), ("03100", "Montluçon", "clermont"),
    ("15000", "Aurillac", "clermont"), ("43000", "Le Puy-en-Velay", "clermont"),
    ("44000", "Nantes", "nantes"), ("49000", "Angers", "nantes"), ("72000", "Le Mans", "nantes"),
    ("85000", "La Roche-sur-Yon", "nantes"), ("53000", "Laval", "nantes"), ("44600", "Saint-Nazaire", "nantes"),
    ("35000", "Rennes", "rennes"), ("35400", "Saint-Malo", "rennes"), ("29200", "Brest", "rennes"),
    ("29000", "Quimper", "rennes"), ("56100", "Lorient", "rennes"), ("56000", "Vannes", "rennes"),
    ("22000", "Saint-Brieuc", "rennes"), ("29710", "Plonéis", "rennes"), ("22300", "Lannion", "rennes"),
    ("29830", "Ploudalmézeau", "rennes"), ("76000", "Rouen", "normandie"), ("14000", "Caen", "normandie"),
    ("76600", "Le Havre", "normandie"), ("50100", "Cherbourg-en-Cotentin", "normandie"),
    ("27000", "Évreux", "normandie"), ("61000", "Alençon", "normandie"), ("59000", "Lille", "lille"),
    ("59100", "Roubaix", "lille"), ("62300", "Lens", "lille"), ("59140", "Dunkerque", "lille"),
    ("62100", "Calais", "lille"), ("59300", "Valenciennes", "lille"), ("80000", "Amiens", "amiens"),
    ("60000", "Beauvais", "amiens"), ("02100", "Saint-Quentin", "amiens"), ("51100", "Reims", "reims"),
    ("10000", "Troyes", "reims"), ("08000", "Charleville-Mézières", "reims"), ("57000", "Metz", "nancy-metz"),
    ("54000", "Nancy", "nancy-metz"), ("88000", "Épinal", "nancy-metz"), ("55100", "Verdun", "nancy-metz"),
    ("67000", "Strasbourg", "strasbourg"), ("68100", "Mulhouse", "strasbourg"),
    ("68000", "Colmar", "strasbourg"), ("25000", "Besançon", "besancon"), ("90000", "Belfort", "besancon"),
    ("39000", "Lons-le-Saunier", "besancon"), ("21000", "Dijon", "dijon"),
    ("71100", "Chalon-sur-Saône", "dijon"), ("89000", "Auxerre", "dijon"), ("58000", "Nevers", "dijon"),
    ("45000", "Orléans", "orleans-tours"), ("37000", "Tours", "orleans-tours"),
    ("18000", "Bourges", "orleans-tours"), ("41000", "Blois", "orleans-tours"),
    ("28000", "Chartres", "orleans-tours"), ("36000", "Châteauroux", "orleans-tours"),
    ("24260", "Le Bugue", "bordeaux"), ("12800", "Naucelle", "toulouse"), ("46300", "Gourdon", "toulouse"),
]
CORSE_TOWNS = [("20000", "Ajaccio", "corse"), ("20200", "Bastia", "corse"), ("20250", "Corte", "corse"),
               ("20137", "Porto-Vecchio", "corse"), ("20090", "Ajaccio", "corse")]
DOM_TOWNS = [("97110", "Pointe-à-Pitre", "guadeloupe"), ("97122", "Baie-Mahault", "guadeloupe"),
             ("97100", "Basse-Terre", "guadeloupe"), ("97200", "Fort-de-France", "martinique"),
             ("97232", "Le Lamentin", "martinique"), ("97300", "Cayenne", "guyane"),
             ("97320", "Saint-Laurent-du-Maroni", "guyane"), ("97400", "Saint-Denis", "reunion"),
             ("97410", "Saint-Pierre", "reunion"), ("97460", "Saint-Paul", "reunion"),
             ("97600", "Mamoudzou", "mayotte")]

STREET_TYPES = [("rue", 34), ("Rue", 9), ("avenue", 8), ("Avenue", 3), ("av.", 2), ("Av.", 1),
                ("boulevard", 4), ("bd", 3), ("Bd", 2), ("bld", 1), ("allée", 5), ("Allée", 1),
                ("impasse", 3), ("imp.", 1), ("place", 3), ("pl.", 1), ("chemin", 4), ("ch.", 1),
                ("route", 3), ("rte", 1), ("quai", 2), ("cours", 2), ("square", 1), ("passage", 1),
                ("faubourg", 1), ("fg", 0.5), ("montée", 1), ("traverse", 1), ("sentier", 1),
                ("esplanade", 0.5), ("clos", 0.6), ("venelle", 0.4), ("cité", 0.6), ("mail", 0.3),
                ("voie", 0.3)]
STREET_NAMES = [
    "des Lilas", "de la République", "Victor Hugo", "Jean Jaurès", "du Général Leclerc",
    "du Maréchal Foch", "de la Paix", "Pasteur", "Gambetta", "des Écoles", "du Moulin", "de la Gare",
    "de l'Église", "des Acacias", "du Stade", "de Verdun", "Émile Zola", "Anatole France",
    "Jules Ferry", "Louis Pasteur", "des Tilleuls", "du Château", "des Peupliers", "de la Liberté",
    "Saint-Martin", "Nationale", "des Roses", "du Commerce", "de Bretagne", "de Paris",
    "du 8 Mai 1945", "du 11 Novembre", "du 19 Mars 1962", "des Frères Lumière", "Aristide Briand",
    "Georges Clemenceau", "Paul Bert", "Carnot", "Thiers", "de la Fontaine", "des Vignes", "du Puits",
    "des Mimosas", "du Port", "des Pêcheurs", "de Kerbernez", "Sainte-Catherine", "des Cordeliers",
    "de la Croix-Rousse", "Mouffetard", "Oberkampf", "Lecourbe", "Paul Doumer", "Henri Barbusse",
    "Gabriel Péri", "Pierre Brossolette", "Lucie Aubrac", "Simone Veil", "Olympe de Gouges",
    "des Cerisiers", "du Lavoir", "de la Mairie", "des Canuts", "Sadi Carnot", "Édouard Herriot",
    "Roger Salengro", "Jean Moulin", "de Metz", "de Strasbourg", "du Rhin", "des Alpes",
    "des Glycines", "du Bois Joli", "de la Garenne", "des Prés", "de Lattre de Tassigny",
    "du Docteur Roux", "des Trois Rois", "de la Tour d'Auvergne", "des Bleuets", "de l'Abbé Grégoire",
    "du Pont Neuf", "des Charmilles", "de la Chênaie", "des Genêts", "de Ker Anna", "du Vieux Port",
    "des Oliviers", "de la Garrigue", "du Marché", "des Tanneurs", "Lamartine", "Mirabeau",
]
DOM_STREETS = ["Schœlcher", "Victor Schœlcher", "Félix Éboué", "des Flamboyants", "des Hibiscus",
               "des Frangipaniers", "de la Pointe", "du Morne Rouge", "des Alizés", "Frébault",
               "des Manguiers", "des Cocotiers", "du Général de Gaulle", "de la Plage", "Lamartine"]
COMPL1 = ["Bâtiment B", "Bât. C", "Bât 4", "Résidence Les Tilleuls", "Résidence du Parc",
          "Rés. Les Glycines", "Immeuble Le Méridien", "Cité des Fleurs", "Lotissement Les Chênes",
          "Les Jardins d'Arcadie", "Entrée 3", "Résidence Bellevue", "Bâtiment A2", "Résidence Le Clos Fleuri",
          "Lotissement Bellevue", "Résidence Les Alizés", "Tour Ouessant", "Villa 7", "Hameau des Pins"]
COMPL2 = ["Appartement 12", "Appt 4B", "Apt 21", "Escalier 3", "Esc. A", "3e étage", "4ème étage porte gauche",
          "Porte 14", "Logement 108", "Boîte 27", "Appt. 305", "2e étage droite", "App. 7", "Esc. B, appt 31"]
LIEUDITS = ["Lieu-dit Kerhoas", "Lieu-dit La Croix Blanche", "Le Bourg", "Hameau de Vauvert",
            "Mas des Oliviers", "Domaine de Beauregard", "Lieu-dit Penn ar Hoat", "Lieu-dit Les Granges",
            "La Ferme du Bas", "Lieu-dit Le Moulin Neuf", "Quartier Les Plaines", "Lieu dit Kerlaouen"]
FOREIGN_ADDR = [
    "Rua de Santa Catarina 215, 4000-450 Porto, Portugal",
    "Avenida da Liberdade 110, 3.º Esq., 1250-146 Lisboa, Portugal",
    "Rue de la Loi 42, 1040 Bruxelles, Belgique",
    "Chaussée de Waterloo 1120, 1180 Uccle, Belgique",
    "Route de Chêne 15, 1207 Genève, Suisse",
    "Hauptstraße 27, 10827 Berlin, Allemagne",
    "Calle de Alcalá 85, 28009 Madrid, Espagne",
    "Via Roma 14, 10121 Torino, Italie",
    "Rue Oued Fès, n° 12, Agdal, 10090 Rabat, Maroc",
    "Cité Keur Gorgui, Villa n° 45, Dakar, Sénégal",
    "1234 rue Sherbrooke Ouest, Montréal (Québec) H3G 1K5, Canada",
    "ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa, Pologne",
    "Strada Victoriei 21, 010063 București, Roumanie",
    "Cumhuriyet Cad. No: 45 D: 7, 34367 Şişli / İstanbul, Turquie",
    "25 Phố Hàng Bạc, Hoàn Kiếm, Hà Nội, Vietnam",
    "15 rue de Marseille, 1000 Tunis, Tunisie",
    "Lot 12, Cité des 500 Logements, 16000 Alger, Algérie",
    "Rue du Rhône 48, 1204 Genève, Suisse",
    "Grand-Rue 7, L-1660 Luxembourg, Luxembourg",
    "Boulevard Latrille, Cocody Deux-Plateaux, 08 BP 1234 Abidjan 08, Côte d'Ivoire",
]

# schools
SCHOOL_PEOPLE = W("Jean_Moulin Victor_Hugo Jules_Ferry Albert_Camus Marie_Curie Louise_Michel Condorcet "
                  "Jacques_Prévert Jean_Jaurès Simone_Veil Pablo_Picasso Jean_Monnet Georges_Brassens "
                  "Paul_Langevin Blaise_Pascal Anne_Frank Lamartine Molière Descartes Joliot-Curie "
                  "Gustave_Eiffel Aimé_Césaire Henri-IV Louis-le-Grand Olympe_de_Gouges Jean_Rostand "
                  "Saint-Exupéry Champollion Marcel_Pagnol Jules_Verne Paul_Valéry Émile_Zola "
                  "Gaston_Bachelard Rosa_Parks Nelson_Mandela Toussaint_Louverture Pasquale_Paoli "
                  "Anita_Conti Dupuy_de_Lôme Germaine_Tillion Jean_de_La_Fontaine Colette Stendhal "
                  "Lucie_Aubrac Frédéric_Mistral")
SCHOOL_OTHER = W("des_Sept_Vallées du_Parc Les_Explorateurs des_Tilleuls de_la_Mer du_Val_de_Loire "
                 "des_Bords_de_Marne du_Grand_Large Les_Hauts_de_Plaine de_l'Estuaire des_Trois_Rivières "
                 "du_Vieux_Port de_la_Vallée_du_Lot des_Remparts Les_Iris du_Bocage")
SCHOOL_TYPES = [("collège", 44), ("lycée", 20), ("lycée professionnel", 6), ("école élémentaire", 10),
                ("école primaire", 6), ("groupe scolaire", 3), ("lycée polyvalent", 4), ("cité scolaire", 2),
                ("école maternelle", 2), ("EREA", 1), ("LEGT", 1)]

MATIERES = ["mathématiques", "français", "histoire-géographie", "anglais", "espagnol", "SVT",
            "physique-chimie", "technologie", "EPS", "arts plastiques", "éducation musicale", "philosophie",
            "SES", "NSI", "allemand", "lettres classiques", "économie-gestion", "documentation",
            "italien", "sciences de l'ingénieur", "lettres-histoire", "maths-sciences"]
COL_CLASSES = ["6e A", "6e 2", "6ème B", "5e 3", "5e C", "5ème 1", "4e B", "4e 1", "4e2", "3e D", "3e 4",
               "3ème A", "6e SEGPA", "3e Prépa-Métiers", "5e Bilangue", "4e F"]
LYC_CLASSES = ["2nde 4", "2nde 7", "Seconde 2", "2nde GT 5", "1re G3", "1re STMG 1", "1ère STI2D", "Tle STMG 2",
               "Tle G5", "Terminale 3", "BTS SIO 1", "1re Bac Pro MELEC", "Tle Bac Pro AGORA", "CAP 1 ATMFC",
               "1re ST2S", "Tle spé NSI"]
ECO_CLASSES = ["CP", "CE1", "CE2 B", "CM1", "CM2", "CM1-CM2", "GS", "MS-GS", "CP-CE1", "CE2-CM1"]
CLASSES = COL_CLASSES + LYC_CLASSES + ECO_CLASSES
AIS = ["ChatGPT", "Mistral", "Le Chat", "Gemini", "Copilot", "Claude", "Perplexity", "DeepL",
       "MagicSchool", "Albert", "Llama", "Character.AI", "My AI de Snapchat", "Khanmigo", "NotebookLM",
       "Grok", "Midjourney", "DALL-E", "Meta AI", "Jules", "Siri", "Alexa"]
AIS_MAIN = ["ChatGPT", "ChatGPT", "ChatGPT", "Mistral", "Le Chat", "Gemini", "Copilot", "Claude",
            "Perplexity", "DeepL", "MagicSchool", "Albert", "Khanmigo", "NotebookLM"]
PLATFORMS = ["Pronote", "EcoleDirecte", "l'ENT", "Toutatice", "Éclat-BFC", "Mon Bureau Numérique",
             "Skolengo", "Moodle", "Éléa", "Capytale", "Pix", "Kwyk", "Lalilo", "Labomep", "Quizinière",
             "Digipad", "La Digitale", "Apps Éducation", "Teams", "Tribu", "Beneylu School", "ONDE",
             "Monlycée.net", "Atrium", "Pearltrees", "Canva", "Kahoot", "Quizlet", "Wooclap", "Padlet"]
COMPANIES = ["EduNova", "Cortexia Éducation", "ClasseIA", "Apprenia", "Scolaria", "Lumina Learning",
             "Pédagogix", "NeuroClasse", "Savoirs Augmentés", "Tutorium", "Éveil Numérique", "Didactis"]
BICS = ["AGRIFRPP882", "BNPAFRPPXXX", "SOGEFRPP", "CCBPFRPPLYO", "PSSTFRPPPAR", "CMCIFR2A",
        "CEPAFRPP751", "CRLYFRPP", "QNTOFRP1XXX", "AGRIFRPP836", "CMBRFR2BARK", "BREDFRPPXXX"]
FR_BANKS = ["30002", "30003", "30004", "30006", "10278", "20041", "16606", "13335", "17515",
            "18206", "11306", "14505", "12548", "15589", "10107", "30056", "16958", "13807", "19106", "12206"]

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

ROLE_PAIRS = [("Professeur de mathématiques", "Professeure de mathématiques"),
              ("Professeur d'histoire-géographie", "Professeure d'histoire-géographie"),
              ("Principal", "Principale"), ("Principal adjoint", "Principale adjointe"),
              ("Proviseur", "Proviseure"), ("Proviseur adjoint", "Proviseure adjointe"), ("CPE", "CPE"),
              ("Professeur documentaliste", "Professeure documentaliste"),
              ("Référent numérique", "Référente numérique"),
              ("Professeur de technologie", "Professeure de technologie"),
              ("Directeur d'école", "Directrice d'école"), ("Coordonnateur REP+", "Coordonnatrice REP+"),
              ("Professeur de lettres", "Professeure de lettres"), ("Gestionnaire", "Gestionnaire"),
              ("Secrétaire de direction", "Secrétaire de direction"),
              ("Professeur d'anglais", "Professeure d'anglais"),
              ("Conseiller pédagogique numérique", "Conseillère pédagogique numérique"),
              ("Professeur de NSI", "Professeure de NSI"), ("Infirmier scolaire", "Infirmière scolaire"),
              ("Psychologue de l'Éducation nationale", "Psychologue de l'Éducation nationale"),
              ("Prof. de SVT", "Prof. de SVT"), ("Enseignant en ULIS", "Enseignante en ULIS")]
ROLE_PRIMARY = [("Directeur d'école", "Directrice d'école"), ("Professeur des écoles", "Professeure des écoles"),
                ("Enseignant en ULIS", "Enseignante en ULIS"), ("ERUN", "ERUN"),
                ("Conseiller pédagogique numérique", "Conseillère pédagogique numérique"),
                ("Psychologue de l'Éducation nationale", "Psychologue de l'Éducation nationale"),
                ("Enseignant spécialisé", "Enseignante spécialisée")]
ROLES_STAFF = [r for pair in ROLE_PAIRS for r in pair]
VOWELS = "AEIOUYÉÈÊÀÂÎÔaeiouyéèêàâîôhH"


def deP(name):
    return ("d'" if name[0] in VOWELS else "de ") + P(name)


def head_title(sc, gd):
    t = sc["type"]
    if t.startswith("école") or t.startswith("groupe") or t == "EREA":
        return "Directrice" if gd == "F" else "Directeur"
    if t == "collège":
        return "Principale" if gd == "F" else "Principal"
    return "Proviseure" if gd == "F" else "Proviseur"


def de(x):
    return ("d'" if x[0] in "aeiouyéèêàâîôhAEIOUÉ" else "de ") + x
ROLE_NOUNS_F = ["notre AESH", "l'infirmière", "la CPE", "l'AED", "la secrétaire", "la maîtresse",
                "la prof de maths", "notre assistante d'éducation", "la documentaliste", "l'ATSEM",
                "la coordinatrice ULIS", "la prof principale"]
ROLE_NOUNS_M = ["notre AESH", "le CPE", "l'AED", "le gestionnaire", "le maître", "le référent numérique",
                "le surveillant", "l'agent d'accueil", "le prof de techno", "le coordo numérique",
                "le prof principal", "l'infirmier"]

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
_TR = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "œ": "oe",
                     "Œ": "OE", "æ": "ae", "ß": "ss"})


def deacc(s):
    s = s.translate(_TR)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s, keep_hyphen=True):
    s = deacc(s).lower().replace("'", "").replace(" ", "")
    if not keep_hyphen:
        s = s.replace("-", "")
    return s


def initial(name):
    for ch in name:
        if ch.isalpha():
            return ch.upper()
    raise ValueError(name)


def initials(first):
    w = first.split(" ")[0]
    return "-".join(x[0].upper() + "." for x in w.split("-") if x)


def region_digit(cp):
    d = cp[:2]
    if d in ("75", "77", "78", "91", "92", "93", "94", "95"):
        return "1"
    if d in ("14", "18", "22", "27", "28", "29", "35", "36", "37", "41", "44", "45", "49", "50", "53", "56",
             "61", "72", "76", "85"):
        return "2"
    if d in ("02", "08", "10", "21", "25", "39", "51", "52", "54", "55", "57", "58", "59", "60", "62", "67",
             "68", "70", "71", "80", "88", "89", "90"):
        return "3"
    if d in ("09", "12", "16", "17", "19", "23", "24", "31", "32", "33", "40", "46", "47", "64", "65", "79",
             "81", "82", "86", "87"):
        return "5"
    return "4"


def a_town(city):
    if city.startswith("Le "):
        return "au " + city[3:]
    if city.startswith("Les "):
        return "aux " + city[4:]
    return "à " + city


def dept3(cp):
    if cp.startswith("97"):
        return cp[:3]
    if cp.startswith("20"):
        return "620" if int(cp) < 20200 else "720"
    return "0" + cp[:2]


UAI_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ"
RIB_CONV = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                    [1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5, 6, 7, 8, 9]))


def nir_ok(s):
    d = re.sub(r"[\s.\-/]", "", s)
    if len(d) != 15:
        return None
    body, key = d[:13], d[13:]
    body = body[:5] + body[5:7].replace("2A", "19").replace("2B", "18") + body[7:]
    if not (body.isdigit() and key.isdigit()):
        return None
    return 97 - int(body) % 97 == int(key)


def iban_ok(s):
    d = re.sub(r"[\s\-]", "", s).upper()
    r = d[4:] + d[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def uai_ok(s):
    d = re.sub(r"[\s.\-]", "", s).upper()
    if len(d) != 8 or not d[:7].isdigit():
        return None
    return UAI_ALPHA[int(d[:7]) % 23] == d[7]


def iban_check(country, bban):
    r = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in r)
    return 98 - int(num) % 97


# ---------------------------------------------------------------------------
# generator context
# ---------------------------------------------------------------------------
class G:
    def __init__(self, rng):
        self.r = rng
        self.wrong = {"NIR": [0, 0], "IBAN": [0, 0], "UAI": [0, 0]}
        self.kept = {"NIR": [0, 0], "IBAN": [0, 0], "UAI": [0, 0]}

    # basic random helpers
    def ch(self, xs):
        return self.r.choice(xs)

    def pr(self, p):
        return self.r.random() < p

    def ri(self, a, b):
        return self.r.randint(a, b)

    def wch(self, pairs):
        tot = sum(w for _, w in pairs)
        x = self.r.random() * tot
        for v, w in pairs:
            x -= w
            if x < 0:
                return v
        return pairs[-1][0]

    def sample(self, xs, k):
        return self.r.sample(xs, k)

    def digits(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def _wrong(self, kind):
        # random draw nudged towards a 40 % share of wrong keys in the *kept* texts
        n = self.kept[kind][0] + self.wrong[kind][0]
        w = self.kept[kind][1] + self.wrong[kind][1]
        p = min(0.9, max(0.1, 0.40 + 0.25 * (0.40 * (n + 1) - w)))
        bad = self.r.random() < p
        self.wrong[kind][0] += 1
        self.wrong[kind][1] += int(bad)
        return bad

    def reset_draft(self):
        self.wrong = {"NIR": [0, 0], "IBAN": [0, 0], "UAI": [0, 0]}

    def commit(self, ents):
        for e in ents:
            f = {"NIR": nir_ok, "IBAN": iban_ok, "UAI": uai_ok}.get(e["kind"])
            if f:
                self.kept[e["kind"]][0] += 1
                self.kept[e["kind"]][1] += int(not f(e["text"]))

    # ---------------- people
    def person(self, origin=None, gender=None):
        o = origin or self.wch(ORIGIN_W)
        gd = gender or self.ch("MF")
        fm, ff = FIRST[o]
        first = self.ch(fm if gd == "M" else ff)
        last = self.ch(LAST[o])
        return (first, last, gd)

    def pupil(self, gender=None):
        gd = gender or self.ch("MF")
        return self.ch(PUPIL_M if gd == "M" else PUPIL_F)

    def title(self, gd):
        if gd == "F":
            return self.wch([("Mme", 12), ("Madame", 4), ("madame", 1), ("Mme.", 1), ("Mlle", 0.4),
                             ("Dr", 0.4), ("Me", 0.3)])
        return self.wch([("M.", 12), ("Monsieur", 4), ("monsieur", 1), ("Mr", 2), ("Mr.", 0.6),
                         ("Dr", 0.4), ("Me", 0.3), ("M", 0.4)])

    def nm(self, p, style=None):
        f, l, gd = p
        if style is None:
            style = self.wch([("fl", 30), ("fL", 10), ("tl", 20), ("tfl", 12), ("Lf", 4), ("il", 3),
                              ("fi", 4), ("ti", 3), ("tfL", 4)])
        t = self.title(gd)
        if style == "fl":
            return P(f + " " + l)
        if style == "fL":
            return P(f + " " + l.upper())
        if style == "Lf":
            return P(l.upper() + " " + f)
        if style == "lf":
            return P(l + " " + f)
        if style == "tl":
            return t + " " + P(l)
        if style == "tL":
            return t + " " + P(l.upper())
        if style == "tfl":
            return t + " " + P(f + " " + l)
        if style == "tfL":
            return t + " " + P(f + " " + l.upper())
        if style == "ti":
            return t + " " + P(initial(l)) + "."
        if style == "fi":
            return P(f + " " + initial(l)) + "."
        if style == "il":
            return P(initials(f) + " " + l)
        if style == "til":
            return t + " " + P(initials(f) + " " + l)
        if style == "f":
            return P(f)
        if style == "low":
            return P(deacc(f + " " + l).lower())
        if style == "flow":
            return P(deacc(f).lower())
        if style == "llow":
            return P(deacc(l).lower())
        if style == "tllow":
            return t.lower() + " " + P(deacc(l).lower())
        raise ValueError(style)

    def full(self, p=None, formal=False):
        p = p or self.person()
        if formal:
            return self.nm(p, self.wch([("fl", 5), ("fL", 3), ("tfl", 2), ("Lf", 1)]))
        return self.nm(p, self.wch([("fl", 6), ("fL", 2), ("tfl", 1)]))

    # ---------------- schools and places
    def town(self, dom=None):
        if dom is True:
            return self.ch(DOM_TOWNS)
        k = self.wch([("m", 86), ("c", 4), ("d", 10)]) if dom is None else "m"
        if k == "c":
            return self.ch(CORSE_TOWNS)
        if k == "d":
            return self.ch(DOM_TOWNS)
        return self.ch(TOWNS)

    def school(self, town=None, secondary=False):
        tw = town or self.town()
        typ = self.wch(SCHOOL_TYPES)
        while secondary and (typ.startswith("école") or typ.startswith("groupe")):
            typ = self.wch(SCHOOL_TYPES)
        if self.pr(0.72):
            nmx = self.ch(SCHOOL_PEOPLE)
            if self.pr(0.2) and " " in nmx:
                nmx = nmx.replace(" ", "-")
            name = typ + " " + nmx
        else:
            name = typ + " " + self.ch(SCHOOL_OTHER)
        return {"name": name, "type": typ, "cp": tw[0], "city": tw[1], "acad": tw[2],
                "d3": dept3(tw[0])}

    def sname(self, sc, cap=None):
        n = sc["name"]
        if cap is None:
            cap = self.pr(0.45)
        if cap:
            n = n[0].upper() + n[1:]
        return n

    def au(self, sc):
        t = sc["type"]
        n = sc["name"]
        if t.startswith("école"):
            return "à l'" + n
        if t.startswith("cité"):
            return "à la " + n
        if t == "EREA":
            return "à l'" + n
        return "au " + n

    def mat(self):
        return self.ch(MATIERES)

    def cls(self, sc=None):
        if sc is None:
            return self.ch(CLASSES)
        t = sc["type"]
        if t == "école maternelle":
            return self.ch(["PS", "MS", "GS", "MS-GS", "PS-MS"])
        if t.startswith("école") or t.startswith("groupe"):
            return self.ch(ECO_CLASSES)
        if t in ("collège", "EREA"):
            return self.ch(COL_CLASSES)
        return self.ch(LYC_CLASSES)

    def recip(self, sc):
        t = sc["type"]
        f = self.pr(0.55)
        if t.startswith("école") or t.startswith("groupe") or t == "EREA":
            return "Madame la Directrice" if f else "Monsieur le Directeur"
        if t == "collège":
            return self.ch(["Madame la Principale", "Madame la Principale adjointe"]) if f else "Monsieur le Principal"
        return self.ch(["Madame la Proviseure", "Madame la Proviseure adjointe"]) if f else "Monsieur le Proviseur"

    def role(self, p, sc=None):
        prim = sc is not None and (sc["type"].startswith("école") or sc["type"].startswith("groupe"))
        pair = self.ch(ROLE_PRIMARY if prim else [x for x in ROLE_PAIRS if not x[0].startswith("Directeur")])
        return pair[1] if p[2] == "F" else pair[0]

    def ai(self):
        return self.ch(AIS_MAIN)

    def plat(self):
        return self.ch(PLATFORMS)

    def date(self, style=None):
        y = self.ch([2024, 2025, 2025, 2025, 2026])
        m = self.ri(1, 12)
        d = self.ri(1, 28)
        while datetime.date(y, m, d).weekday() >= 5 and (style or "").startswith("wd"):
            d = self.ri(1, 28)
        wd = DAYS[datetime.date(y, m, d).weekday()]
        st = style or self.wch([("long", 5), ("num", 4), ("wd", 3), ("short", 1), ("wdy", 1)])
        dd = "1er" if d == 1 else str(d)
        if st == "long":
            return dd + " " + MONTHS[m - 1] + " " + str(y)
        if st == "num":
            return "%02d/%02d/%d" % (d, m, y)
        if st == "wd":
            return wd + " " + dd + " " + MONTHS[m - 1]
        if st == "wdy":
            return wd + " " + dd + " " + MONTHS[m - 1] + " " + str(y)
        return "%d/%d" % (d, m)

    def hours(self):
        h1 = self.ri(8, 16)
        h2 = h1 + self.ri(1, 3)
        m1 = self.ch([0, 0, 15, 30, 30, 45])
        m2 = self.ch([0, 0, 15, 30, 30, 45])
        st = self.ch(["%d h %02d", "%dh%02d", "%d:%02d"])
        return "de " + st % (h1, m1) + " à " + st % (h2, m2)

    def hour(self):
        h = self.ri(8, 19)
        mm = self.ch([0, 0, 15, 30, 30, 45])
        return self.wch([("%d h %02d" % (h, mm), 3), ("%dh%02d" % (h, mm), 3), ("%dh" % h, 2),
                         ("%d:%02d" % (h, mm), 1)])

    # ---------------- addresses
    def housenum(self):
        n = self.ri(1, 40) if self.pr(0.7) else self.ri(41, 260)
        suf = self.wch([("", 78), (" bis", 7), ("bis", 2), (" ter", 3), ("B", 2), (" B", 2),
                        ("-" + str(n + 2), 3), (" à " + str(n + 4), 1), ("/" + str(n + 2), 1)])
        return str(n) + suf

    def street(self, dom=False):
        typ = self.wch(STREET_TYPES)
        nm = self.ch(DOM_STREETS) if dom and self.pr(0.6) else self.ch(STREET_NAMES)
        return typ + " " + nm

    def street_line(self, dom=False, num=True):
        st = self.street(dom)
        if not num:
            return st
        return self.housenum() + self.wch([(" ", 85), (", ", 15)]) + st

    def cityline(self, tw, cedex=False, upper=None):
        cp, city, _ = tw
        if upper is None:
            upper = self.pr(0.3)
        c = city.upper() if upper else city
        if cedex:
            c += " " + self.wch([("Cedex", 4), ("CEDEX", 4), ("cedex", 1)])
            if self.pr(0.5):
                c += " " + "%02d" % self.ri(1, 20) if self.pr(0.6) else " " + str(self.ri(1, 9))
        sep = self.wch([(" ", 95), ("  ", 3), (" - ", 2)])
        return cp + sep + c

    def addr(self, tw=None, mode=None, city="full", comp=None, upper=False, low=False, bp=None,
             cedex=None, num=True):
        tw = tw or self.town()
        dom = tw[0].startswith("97")
        mode = mode or self.wch([("lines", 45), ("one", 55)])
        lines = []
        if comp is None:
            comp = self.pr(0.24)
        if comp:
            c = [self.ch(COMPL1)]
            if self.pr(0.45):
                c.append(self.ch(COMPL2))
                if self.pr(0.5):
                    c.reverse()
            lines.extend(c)
        if bp == "only":
            kind = "bponly"
        else:
            kind = self.wch([("street", 90), ("lieudit", 10)]) if bp is None else ("bp" if bp else "street")
        if kind == "bponly":
            lines.append(self.wch([("BP ", 4), ("B.P. ", 2), ("CS ", 3), ("BP n° ", 1)]) + str(self.ri(10, 99999)))
        elif kind == "lieudit" and not comp:
            lines.append(self.ch(LIEUDITS))
        else:
            lines.append(self.street_line(dom, num=num))
            if kind == "bp":
                lines.append(self.wch([("BP ", 4), ("B.P. ", 2), ("CS ", 3), ("BP n° ", 1)]) +
                             str(self.ri(1, 99999) if self.pr(0.4) else self.ri(10, 999)))
        if city == "cp":
            lines.append(tw[0])
        elif city == "full":
            cx = (kind in ("bp", "bponly")) if cedex is None else (cedex or kind in ("bp", "bponly"))
            lines.append(self.cityline(tw, cedex=cx, upper=(True if upper else None)))
        if mode == "lines":
            s = "\n".join(lines)
        else:
            sep = self.wch([(", ", 70), (" – ", 8), (" - ", 6), (" ", 10), (" , ", 1)])
            s = sep.join(lines)
        if upper:
            s = s.upper()
        if low:
            s = deacc(s).lower()
        return s

    def addr_a(self, tw=None, low=False):
        tw = tw or self.town()
        while tw[1].startswith("Le "):
            tw = self.town()
        s = self.street_line(tw[0].startswith("97")) + " à " + tw[1]
        return deacc(s).lower() if low else s

    def addr_foreign(self, mode=None):
        s = self.ch(FOREIGN_ADDR)
        mode = mode or self.ch(["one", "lines"])
        if mode == "lines":
            parts = s.split(", ")
            # keep street + complement on the first line, the rest one per line
            s = "\n".join([", ".join(parts[:2]) if len(parts) > 3 else parts[0]] +
                          (parts[2:] if len(parts) > 3 else parts[1:]))
        return s

    def addr_school(self, sc, mode=None):
        tw = (sc["cp"], sc["city"], sc["acad"])
        bp = self.wch([(False, 80), (True, 12), ("only", 8)])
        return self.addr(tw, mode=mode, comp=False, cedex=self.pr(0.15), bp=bp)

    # ---------------- phones
    def fmt_fr(self, d):
        pairs = [d[i:i + 2] for i in range(0, 10, 2)]
        st = self.wch([("sp", 34), ("dot", 12), ("dash", 5), ("none", 10), ("+33", 10), ("+33(0)", 4),
                       ("+33(0)c", 1), ("0033", 3), ("+33c", 4), ("+33dot", 2), ("slash", 2), ("4-4", 1),
                       ("4-2", 1), ("3-3", 1), ("+33dash", 1), ("0033c", 1)])
        if st == "sp":
            return " ".join(pairs)
        if st == "dot":
            return ".".join(pairs)
        if st == "dash":
            return "-".join(pairs)
        if st == "none":
            return d
        if st == "+33":
            return "+33 " + d[1] + " " + " ".join(pairs[1:])
        if st == "+33(0)":
            return "+33 (0)" + d[1] + " " + " ".join(pairs[1:])
        if st == "+33(0)c":
            return "+33(0)" + d[1:]
        if st == "0033":
            return "0033 " + d[1] + " " + " ".join(pairs[1:])
        if st == "0033c":
            return "0033" + d[1:]
        if st == "+33c":
            return "+33" + d[1:]
        if st == "+33dot":
            return "+33 " + d[1] + "." + ".".join(pairs[1:])
        if st == "+33dash":
            return "+33-" + d[1] + "-" + "-".join(pairs[1:])
        if st == "slash":
            return "/".join(pairs)
        if st == "4-4":
            return d[:2] + " " + d[2:6] + " " + d[6:]
        if st == "4-2":
            return d[:4] + " " + d[4:6] + " " + d[6:8] + " " + d[8:]
        return d[:2] + " " + d[2:5] + " " + d[5:8] + " " + d[8:]

    def tel(self, kind=None, cp=""):
        kind = kind or self.wch([("mob", 56), ("fix", 28), ("dom", 9), ("intl", 7)])
        if kind == "mob":
            d1 = self.wch([("6", 7), ("7", 3)])
            rest = (str(self.ri(3, 9)) if d1 == "7" else str(self.ri(0, 9))) + self.digits(7)
            return self.fmt_fr("0" + d1 + rest)
        if kind == "fix" or (kind == "fixcp" and not cp.startswith("97")):
            d1 = self.wch([("1", 3), ("2", 2), ("3", 2), ("4", 2), ("5", 2), ("9", 1)]) if kind == "fix" else region_digit(cp)
            return self.fmt_fr("0" + d1 + str(self.ri(1, 9)) + self.digits(7))
        if kind == "fixcp":
            kind = "dom"
        if kind == "dom":
            ind, pref = self.ch([("590", "0590"), ("590", "0690"), ("596", "0596"), ("596", "0696"),
                                 ("594", "0594"), ("594", "0694"), ("262", "0262"), ("262", "0692"),
                                 ("262", "0693"), ("262", "0269"), ("262", "0639"), ("687", ""), ("689", "")])
            if ind == "687":
                x = self.digits(6)
                return "+687 " + x[:2] + " " + x[2:4] + " " + x[4:] if self.pr(0.7) else "+687 " + x[:2] + "." + x[2:4] + "." + x[4:]
            if ind == "689":
                x = "87" + self.digits(6)
                return "+689 " + " ".join(x[i:i + 2] for i in range(0, 8, 2))
            d = pref + self.digits(6)
            st = self.wch([("4-2", 4), ("pairs", 3), ("int", 4), ("intc", 1), ("dot", 2), ("int00", 1)])
            if st == "4-2":
                return d[:4] + " " + d[4:6] + " " + d[6:8] + " " + d[8:]
            if st == "pairs":
                return " ".join(d[i:i + 2] for i in range(0, 10, 2))
            if st == "int":
                return "+" + ind + " " + d[1:4] + " " + d[4:6] + " " + d[6:8] + " " + d[8:]
            if st == "intc":
                return "+" + ind + d[1:]
            if st == "int00":
                return "00" + ind + " " + d[1:4] + " " + d[4:]
            return d[:4] + "." + d[4:6] + "." + d[6:8] + "." + d[8:]
        # international
        c = self.ch(["BE", "CH", "MA", "DZ", "TN", "SN", "CI", "PT", "UK", "DE", "CA", "TR", "RO", "PL",
                     "VN", "IT", "ES"])
        x = self.digits
        if c == "BE":
            return "+32 4" + str(self.ri(6, 9)) + str(self.ri(0, 9)) + " " + x(2) + " " + x(2) + " " + x(2)
        if c == "CH":
            return "+41 7" + self.ch("6789") + " " + x(3) + " " + x(2) + " " + x(2)
        if c == "MA":
            return self.ch(["+212 6 ", "+212 7 "]) + x(2) + " " + x(2) + " " + x(2) + " " + x(2)
        if c == "DZ":
            return "+213 5 " + x(2) + " " + x(2) + " " + x(2) + " " + x(2)
        if c == "TN":
            return "+216 " + self.ch(["2", "5", "9"]) + x(1) + " " + x(3) + " " + x(3)
        if c == "SN":
            return "+221 7" + self.ch("0678") + " " + x(3) + " " + x(2) + " " + x(2)
        if c == "CI":
            return "+225 07 " + x(2) + " " + x(2) + " " + x(2) + " " + x(2)
        if c == "PT":
            return "+351 9" + self.ch("1236") + x(1) + " " + x(3) + " " + x(3)
        if c == "UK":
            return "+44 7" + x(3) + " " + x(6)
        if c == "DE":
            return "+49 1" + self.ch(["51", "52", "57", "60", "70", "76"]) + " " + x(8)
        if c == "CA":
            return "+1 " + self.ch(["514", "438", "418", "613"]) + " " + x(3) + " " + x(4)
        if c == "TR":
            return "+90 5" + x(2) + " " + x(3) + " " + x(2) + " " + x(2)
        if c == "RO":
            return "+40 7" + x(2) + " " + x(3) + " " + x(3)
        if c == "PL":
            return "+48 " + self.ch("5678") + x(2) + " " + x(3) + " " + x(3)
        if c == "VN":
            return "+84 9" + x(1) + " " + x(3) + " " + x(2) + " " + x(2)
        if c == "IT":
            return "+39 3" + x(2) + " " + x(3) + " " + x(4)
        return "+34 6" + x(2) + " " + x(2) + " " + x(2) + " " + x(2)

    # ---------------- e-mails
    PERSO_DOMAINS = [("gmail.com", 30), ("orange.fr", 12), ("wanadoo.fr", 5), ("free.fr", 7), ("sfr.fr", 4),
                     ("laposte.net", 5), ("hotmail.fr", 7), ("hotmail.com", 3), ("yahoo.fr", 5),
                     ("outlook.fr", 5), ("live.fr", 2), ("icloud.com", 4), ("neuf.fr", 1), ("bbox.fr", 1),
                     ("proton.me", 1), ("gmx.fr", 1), ("aol.com", 0.5), ("numericable.fr", 0.5)]

    def email(self, p=None, pro=False, acad=None, obf=None, dom=None):
        f, l, _ = p if p else self.person()
        fs = slug(f)
        ls = slug(l)
        if pro:
            d = dom or ("ac-" + (acad or self.town()[2]) + ".fr")
            local = self.wch([(fs + "." + ls, 70), (fs + "." + ls + str(self.ri(1, 9)), 14),
                              (fs[0] + ls, 3), (fs + "-" + ls, 2), (ls + "." + fs, 2)])
        else:
            fam = dom is None
            d = dom or self.wch(self.PERSO_DOMAINS)
            fn = fs.replace("-", "")
            ln = ls.replace("-", "")
            local = self.wch([(fs + "." + ls, 26), (fn + ln, 6), (fn + "_" + ln, 4), (fn + "-" + ln, 2),
                              (fn[0] + ln, 6), (fn[0] + "." + ln, 5), (ln + "." + fn, 4),
                              (fs + "." + ls + str(self.ri(1, 99)), 8), (fn + str(self.ri(60, 99)), 3),
                              (fn + "." + ln + str(self.ri(1960, 2005)), 3), (ln + fn[0], 2),
                              (fn + ln[0] + str(self.ri(10, 99)), 2), ("maman." + fn, 1 if fam else 0),
                              (fn + "." + ln[:1], 1), ("papa" + ln, 1 if fam else 0)])
        e = local + "@" + d
        if obf is None:
            obf = self.pr(0.14)
        return self.obf(e) if obf else e

    def obf(self, e):
        local, d = e.split("@")
        name, tld = d.rsplit(".", 1)
        k = self.wch([("brk", 4), ("par", 3), ("at", 2), ("arob", 3), ("brk@", 1), ("sp@", 2),
                      ("(a)", 1), ("caps", 2), ("cap1", 1)])
        if k == "brk":
            return local + " [at] " + name + " [point] " + tld
        if k == "par":
            return local + " (at) " + name + " (dot) " + tld
        if k == "at":
            return local + " at " + name + " dot " + tld
        if k == "arob":
            return local + " arobase " + name + " point " + tld
        if k == "brk@":
            return local + "[@]" + d
        if k == "sp@":
            return local + " @ " + d
        if k == "(a)":
            return local + "(a)" + d
        if k == "caps":
            return e.upper()
        return local[:1].upper() + local[1:] + "@" + d

    def func_email(self, sc):
        u = self.uai_plain(sc["d3"]).lower()
        ac = "ac-" + sc["acad"] + ".fr"
        return self.wch([("ce." + u + "@" + ac, 6), ("secretariat." + u + "@" + ac, 2),
                         ("gestion." + u + "@" + ac, 1), (u + "@" + ac, 2), ("direction." + u + "@" + ac, 0.5),
                         ("vie-scolaire." + u + "@" + ac, 0.5)])

    # ---------------- identifiers
    def nir(self, child=False):
        sex = self.ch("12")
        yy = self.ri(8, 15) if child else self.ch(list(range(58, 100)) + [0, 1, 2, 3])
        mm = self.ri(1, 12)
        place = self.wch([("m", 78), ("c", 6), ("d", 8), ("e", 8)])
        if place == "m":
            dept = "%02d" % self.ch([x for x in range(1, 96) if x != 20])
            com = "%03d" % self.ri(1, 640)
        elif place == "c":
            dept = self.ch(["2A", "2B"])
            com = "%03d" % self.ri(1, 366)
        elif place == "d":
            dept = self.ch(["971", "972", "973", "974", "976"])
            com = "%02d" % self.ri(1, 34)
        else:
            dept = "99"
            com = self.ch(["350", "352", "351", "341", "139", "208", "243", "109", "127", "134",
                           "122", "135", "326", "331", "335", "401"])
        order = "%03d" % self.ri(1, 999)
        body = sex + "%02d" % yy + "%02d" % mm + dept + com + order
        assert len(body) == 13
        num = body[:5] + dept.replace("2A", "19").replace("2B", "18") + body[5 + len(dept):]
        key = 97 - int(num) % 97
        if self._wrong("NIR"):
            key = (key - 1 + self.ri(1, 95)) % 97 + 1
        k = "%02d" % key
        g = [sex, "%02d" % yy, "%02d" % mm, dept, com, order, k]
        st = self.wch([("sp", 38), ("none", 14), ("none-k", 9), ("dot", 5), ("dash", 4), ("sp-dash", 5),
                       ("sp/", 2), ("grp", 3), ("nonedash", 3), ("spk2", 2)])
        if st == "sp":
            s = " ".join(g)
        elif st == "none":
            s = "".join(g)
        elif st == "none-k":
            s = "".join(g[:-1]) + " " + k
        elif st == "dot":
            s = ".".join(g)
        elif st == "dash":
            s = "-".join(g)
        elif st == "sp-dash":
            s = " ".join(g[:-1]) + " - " + k
        elif st == "sp/":
            s = " ".join(g[:-1]) + " / " + k
        elif st == "grp":
            s = g[0] + " " + g[1] + g[2] + " " + g[3] + g[4] + " " + g[5] + " " + k
        elif st == "nonedash":
            s = "".join(g[:-1]) + "-" + k
        else:
            s = " ".join(g[:-1]) + "  " + k
        ok = nir_ok(s)
        assert ok is not None, s
        return s

    def uai_plain(self, d3=None):
        d3 = d3 or dept3(self.town()[0])
        seven = d3 + "%04d" % self.ri(0, 9999 if self.pr(0.3) else 2999)
        return seven + UAI_ALPHA[int(seven) % 23]

    def uai(self, d3=None):
        if isinstance(d3, dict):
            d3 = d3["d3"]
        d3 = d3 or dept3(self.town()[0])
        seven = d3 + "%04d" % self.ri(0, 9999 if self.pr(0.3) else 2999)
        L = UAI_ALPHA[int(seven) % 23]
        if self._wrong("UAI"):
            L = self.ch([c for c in UAI_ALPHA if c != L])
        st = self.wch([("c", 52), ("sp", 11), ("3-4-1", 6), ("low", 5), ("dash", 5), ("3-4-1d", 2),
                       ("3 4L", 5), ("dot", 2)])
        a, b = seven[:3], seven[3:]
        if st == "c":
            s = seven + L
        elif st == "sp":
            s = seven + " " + L
        elif st == "3-4-1":
            s = a + " " + b + " " + L
        elif st == "low":
            s = seven + L.lower()
        elif st == "dash":
            s = seven + "-" + L
        elif st == "3-4-1d":
            s = a + "-" + b + "-" + L
        elif st == "3 4L":
            s = a + " " + b + L
        else:
            s = a + "." + b + "." + L
        assert uai_ok(s) is not None, s
        return s

    def iban(self, country=None):
        c = country or self.wch([("FR", 84), ("BE", 3), ("DE", 2), ("PT", 3), ("ES", 2), ("LU", 1),
                                  ("CH", 1), ("IT", 1), ("MC", 1)])
        if c in ("FR", "MC"):
            bank = self.ch(FR_BANKS) if c == "FR" else self.ch(["12739", "11468", "30003"])
            guichet = "%05d" % self.ri(0, 99999)
            if bank == "20041":
                acc = self.digits(7) + self.ch("ABCDEFGHJKLMNPRSTUVWXYZ") + self.digits(3)
            else:
                acc = self.digits(11)
            accn = int("".join(str(RIB_CONV.get(ch, ch)) for ch in acc))
            rib = 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * accn) % 97)
            bban = bank + guichet + acc + "%02d" % rib
        elif c == "BE":
            ten = self.digits(10)
            ck = int(ten) % 97 or 97
            bban = ten + "%02d" % ck
        elif c == "DE":
            bban = self.digits(18)
        elif c == "PT":
            bban = "0035" + self.digits(17)
        elif c == "ES":
            bban = self.ch(["2100", "0049", "0182"]) + self.digits(16)
        elif c == "LU":
            bban = self.ch(["001", "002", "014"]) + self.digits(13)
        elif c == "CH":
            bban = "00" + self.digits(15)
        else:
            bban = self.ch("ABCDEFGHIJKLMNOPRSTUVWXYZ") + self.digits(10) + self.digits(12)
        ck = iban_check(c, bban)
        if self._wrong("IBAN"):
            ck = self.ch([x for x in range(2, 99) if x != ck])
        full = c + "%02d" % ck + bban
        st = self.wch([("g4", 56), ("c", 15), ("rib", 9 if c == "FR" else 0), ("FR 76", 4), ("dash", 4),
                       ("low", 2), ("g4low", 2)])
        g4 = " ".join(full[i:i + 4] for i in range(0, len(full), 4))
        if st == "g4":
            s = g4
        elif st == "c":
            s = full
        elif st == "rib":
            s = full[:4] + " " + bban[:5] + " " + bban[5:10] + " " + bban[10:21] + " " + bban[21:]
        elif st == "FR 76":
            s = full[:2] + " " + full[2:4] + " " + " ".join(full[i:i + 4] for i in range(4, len(full), 4))
        elif st == "dash":
            s = "-".join(full[i:i + 4] for i in range(0, len(full), 4))
        elif st == "low":
            s = full.lower()
        else:
            s = g4[:2].lower() + g4[2:]
        return s

    def siret(self):
        d = self.digits(14)
        return self.wch([(d[:3] + " " + d[3:6] + " " + d[6:9] + " " + d[9:], 3), (d, 1)])

    def ops(self, pool, n=1):
        return " ".join(self.sample(pool, n))


# ---------------------------------------------------------------------------
# text pools
# ---------------------------------------------------------------------------
OP_POS = [
    "L'IA peut vraiment aider les élèves en difficulté à reformuler une consigne qu'ils n'ont pas comprise.",
    "Utilisée dans un cadre clair, c'est un outil intéressant pour différencier les exercices.",
    "Je m'en sers pour préparer des exercices de trois niveaux différents et je gagne un temps précieux.",
    "Pour les élèves dys, l'aide à la relecture est réelle et leur redonne confiance.",
    "On ne pourra pas l'interdire, autant apprendre aux jeunes à s'en servir intelligemment.",
    "C'est une formidable occasion de retravailler l'esprit critique et la vérification des sources.",
    "En langues vivantes, s'entraîner à l'oral avec un agent conversationnel est un vrai plus.",
    "Les élèves ont adoré comprendre comment fonctionne un modèle de langage, ça démystifie l'outil.",
    "Bien accompagnée, l'IA libère du temps pour ce qui compte : l'échange avec les élèves.",
    "J'y vois un outil comme un autre, à condition que l'enseignant garde la main sur les objectifs.",
    "Demander un plan à la machine puis le critiquer en classe s'est révélé très formateur.",
    "Les retours immédiats sur les exercices de calcul motivent beaucoup les plus timides.",
    "Cela permet aussi de traduire rapidement les messages pour les familles non francophones.",
    "Mon enfant a progressé en anglais grâce aux dialogues qu'il fait le soir avec l'application.",
    "Pour les élèves allophones, c'est une passerelle précieuse vers le français.",
    "En orientation, ça aide à explorer des métiers auxquels les élèves n'auraient jamais pensé.",
]
OP_NEG = [
    "Je crains que les élèves ne fassent plus l'effort de chercher par eux-mêmes.",
    "Les devoirs à la maison n'ont plus aucun sens : tout est généré en deux minutes.",
    "On manque cruellement de formation, on nous demande d'intégrer des outils qu'on ne maîtrise pas.",
    "La question des données personnelles des mineurs est complètement sous-estimée.",
    "Le coût écologique de ces outils n'est jamais évoqué dans les discours officiels.",
    "Les inégalités vont se creuser entre les familles qui paient un abonnement et les autres.",
    "Les réponses sont souvent fausses mais affirmées avec aplomb, c'est dangereux pour des collégiens.",
    "On évalue désormais la capacité à tricher discrètement plutôt que les compétences.",
    "L'écriture personnelle disparaît : toutes les copies finissent par se ressembler.",
    "Je ne vois pas comment garantir l'équité des évaluations dans ces conditions.",
    "Mes élèves confondent déjà un moteur de recherche et une source fiable, ça ne va rien arranger.",
    "Encore un outil privé américain imposé à l'école publique, sans débat.",
    "Les enfants passent déjà trop de temps devant les écrans.",
    "Les deepfakes entre élèves sont un vrai fléau et personne n'est prêt.",
    "L'institution réagit avec trois ans de retard, comme d'habitude.",
]
OP_MIX = [
    "Je suis partagée : l'outil est impressionnant mais il faut le cadrer sérieusement.",
    "Ni diabolisation ni enthousiasme béat : il faut expérimenter et évaluer.",
    "Tout dépend de l'âge : au lycée pourquoi pas, en primaire certainement pas.",
    "C'est utile pour l'enseignant, beaucoup plus discutable pour l'élève seul chez lui.",
    "L'outil n'est ni bon ni mauvais, c'est l'usage qui compte.",
    "J'ai changé d'avis plusieurs fois cette année, preuve que rien n'est simple.",
    "Intéressant en classe sous le regard du professeur, problématique à la maison.",
    "Je vois autant de risques que d'opportunités, et peu de moyens pour accompagner.",
    "Au fond, la question est surtout celle de l'évaluation.",
    "Les élèves s'en servent de toute façon ; la vraie question est de savoir si on les accompagne.",
]
PROP = [
    "Il faudrait une charte d'usage commune à tout l'établissement.",
    "Une formation sur le temps de travail serait la bienvenue.",
    "Les évaluations doivent évoluer : plus d'oral, plus de travail en classe.",
    "Je demande un outil souverain, hébergé en Europe, sans collecte de données.",
    "Associons les parents aux réflexions, ils sont démunis.",
    "Un temps dédié en EMC pour parler des deepfakes me semble indispensable.",
    "Il faut des consignes nationales claires plutôt que du bricolage établissement par établissement.",
    "Pourquoi ne pas créer un module obligatoire d'éducation à l'IA dès la 5e ?",
    "Qu'on nous donne du temps de concertation pour construire des séquences ensemble.",
    "Mieux vaut des usages encadrés en classe qu'une interdiction de façade.",
]
CASUAL = [
    "franchement jsais pas trop quoi en penser", "perso jtrouve ca abusé", "c pratique mais bon",
    "mdr les profs captent rien", "askip ca sera interdit au bac", "jsp", "ca aide grave pr les exposés",
    "bref voila", "ptdr", "sinon rien a dire", "vivement les vacances", "ca passe ou ca casse",
    "jsuis pas contre mais faut pas abuser", "on verra bien", "tkt ca va aller",
]
CASUAL_ADULT = [
    "bref on est pas aidés", "voila mon avis", "merci de nous demander enfin", "a mediter",
    "c'est pas gagné", "faut arreter de rever", "on verra bien a la rentree", "courage a tous les collegues",
]
CLOSINGS = ["Bien cordialement,", "Cordialement,", "Bien à vous,", "Belle journée,", "Merci d'avance,",
            "Bonne soirée,", "Très cordialement,", "Salutations distinguées,", "À bientôt,", "Bonne fin de semaine,"]
LETTER_FORMULAS = [
    "Je vous prie d'agréer, {rec}, l'expression de mes salutations distinguées.",
    "Veuillez recevoir, {rec}, l'assurance de ma considération distinguée.",
    "Dans l'attente de votre réponse, je vous prie de croire, {rec}, en mes sentiments respectueux.",
    "Je vous remercie par avance de l'attention portée à ma demande.",
    "Recevez, {rec}, mes respectueuses salutations.",
]
RECIP_TITLES = ["Madame la Principale", "Monsieur le Principal", "Madame la Proviseure", "Monsieur le Proviseur",
                "Madame la Directrice", "Monsieur le Directeur", "Madame la Principale adjointe",
                "Monsieur le Délégué à la protection des données", "Madame l'Inspectrice"]
FUNC_LABELS = ["Direction", "Secrétariat de direction", "Vie scolaire", "Intendance", "Principal", "Proviseur",
               "Secrétariat", "Chef d'établissement"]
UAI_LABELS = ["UAI : ", "UAI ", "RNE : ", "Code UAI : ", "N° UAI ", "UAI/RNE : ", "RNE ", "UAI n° "]
TEL_LABELS = ["Tél. : ", "Tél : ", "Tel ", "Tél. ", "T. ", "Portable : ", "Ligne directe : ", "📞 ",
              "Standard : ", "Mob. ", "Tél. fixe : ", "GSM : "]
MAIL_LABELS = ["Courriel : ", "Mél : ", "Mail : ", "E-mail : ", "✉ ", "Email : ", "Adresse électronique : ",
               "Messagerie : "]
EMAIL_SUBJECTS = ["Usage de l'IA dans les devoirs", "Charte numérique – volet IA", "Demande de rendez-vous",
                  "Formation IA générative – inscription", "Projet « IA et esprit critique »",
                  "Consultation sur l'IA à l'école", "Re: séance SNT de jeudi", "TR: copies suspectes",
                  "Compte rendu atelier IA", "Question sur Pronote et l'IA", "Re: Re: DM de français",
                  "Intervention au conseil pédagogique", "Expérimentation Le Chat en 2nde",
                  "Autorisation parentale – atelier IA", "Proposition de groupe de travail"]


# ---------------------------------------------------------------------------
# 1. clean texts (no personal data)
# ---------------------------------------------------------------------------
CLEAN_ROLES = ["Enseignante en collège.", "Parent de deux enfants au lycée.", "Élève de terminale.",
               "Professeur des écoles en REP+.", "Principale adjointe.", "CPE en lycée professionnel.",
               "Documentaliste.", "AESH depuis six ans.", "Parent d'élève élu.", "Étudiant en master MEEF.",
               "Grand-parent de trois petits-enfants.", "Infirmière scolaire.", "Professeur de philosophie.",
               "Élève de 4e.", "Inspecteur retraité.", "Assistant d'éducation.", "Mère au foyer.",
               "Professeure de lycée agricole.", "Directeur d'école rurale.", "Prof de maths en 3e."]


def C_opinion(g):
    parts = []
    if g.pr(0.7):
        parts.append(g.ch(CLEAN_ROLES))
    pools = [OP_POS, OP_NEG, OP_MIX]
    n = g.ri(2, 4)
    for _ in range(n):
        parts.append(g.ch(g.ch(pools)))
    if g.pr(0.6):
        parts.append(g.ch(PROP))
    return " ".join(dict.fromkeys(parts))


def C_minutes(g):
    d = g.date("long")
    pts = g.sample([
        "1. Bilan des usages observés en classe depuis la rentrée.",
        "2. Projet de charte d'usage de l'IA générative.",
        "3. Évolution des modalités d'évaluation des devoirs à la maison.",
        "4. Besoins de formation des équipes.",
        "5. Information des familles.",
        "6. Questions diverses.",
    ], 3)
    dec = g.sample([
        "Les devoirs longs seront désormais amorcés en classe.",
        "Un groupe de travail se réunira toutes les trois semaines.",
        "La charte sera présentée au prochain conseil d'administration.",
        "Les collègues volontaires testeront un outil en salle informatique.",
        "Une réunion d'information pour les parents sera organisée au deuxième trimestre.",
        "Aucune donnée d'élève ne devra être saisie dans un outil non validé.",
    ], 2)
    head = g.ch(["Compte rendu – conseil pédagogique du ", "Relevé de conclusions – réunion d'équipe du ",
                 "CR conseil école-collège du ", "Procès-verbal – commission numérique du "])
    pres = g.ch(["Présents : la direction, les coordonnateurs de discipline, la CPE, deux représentants des parents.",
                 "Présents : l'équipe de direction, huit enseignants, la documentaliste.",
                 "Étaient présents : le chef d'établissement, les professeurs principaux de 3e, l'infirmière.",
                 "Présents : onze membres sur quatorze ; quorum atteint."])
    return head + d + "\n" + pres + "\nOrdre du jour :\n" + "\n".join(sorted(pts)) + "\nDécisions :\n- " + \
        "\n- ".join(dec) + "\n" + g.ch(["Prochaine réunion à fixer.", "Fin de séance à 18 h 10.",
                                           "Compte rendu validé par les présents.", "Ordre du jour épuisé."])


def C_chat(g):
    who = g.sample(["Parent 1", "Parent 2", "Parent 3", "Prof", "Élève", "Moi", "Admin du groupe",
                    "Délégué", "Maman", "Papa"], 3)
    lines = g.sample([
        "vous avez vu le mot sur l'ENT à propos de l'IA ?",
        "oui, ils veulent faire une charte",
        "mon fils dit que tout le monde utilise ChatGPT pour les rédactions",
        "au moins ils en parlent",
        "perso je préfère qu'ils apprennent à s'en servir",
        "on pourrait en parler à la prochaine réunion",
        "moi ça m'inquiète un peu pour le bac",
        "la prof a dit qu'elle repérait tout de suite les copies générées",
        "ok merci pour l'info",
        "quelqu'un va à la réunion de jeudi ?",
        "je pourrai pas, je travaille",
        "ils ont fait un atelier deepfake en EMC, ma fille a trouvé ça super",
    ], g.ri(4, 6))
    out = []
    h = g.ri(17, 21)
    m = g.ri(0, 40)
    for i, ln in enumerate(lines):
        m += g.ri(0, 3)
        out.append("[%02d:%02d] %s : %s" % (h, m, who[i % 3], ln))
    return "\n".join(out)


def C_pupil(g):
    a = g.sample(CASUAL, 2)
    b = g.ch(["en vrai lia ca aide pour comprendre les cours quand le prof explique trop vite",
              "moi jutilise pas trop jprefere demander a mes potes",
              "les profs disent que cest de la triche mais eux ils lutilisent pour faire les controles",
              "jai fait un expo avec et jai eu 8 parce que tout etait faux",
              "ca devrait etre autorisé pour les devoirs mais pas pour les controles",
              "au lycee tout le monde lutilise meme les bons eleves"])
    return b + " " + a[0] + " " + a[1]


def C_short(g):
    return g.ch([
        "Aucun avis tranché, je découvre le sujet.",
        "Pour : 2. Contre : 3. Ne se prononce pas : 1. (réponse collective du conseil de vie collégienne)",
        "Trop tôt pour juger.",
        "Formez-nous d'abord, on verra ensuite.",
        "Favorable sous conditions : cadre clair, outils respectueux des données, formation.",
        "Défavorable. L'école doit rester un lieu où l'on apprend à penser sans béquille.",
        "RAS.",
        "Question mal posée : de quelle IA parle-t-on, et pour quel usage ?",
    ]) + (" " + g.ch(PROP) if g.pr(0.5) else "")


CLEAN_GENS = [(C_opinion, 30), (C_minutes, 10), (C_chat, 10), (C_pupil, 6), (C_short, 4)]


# ---------------------------------------------------------------------------
# 2. trap texts (no personal data)
# ---------------------------------------------------------------------------
def school_trap(g):
    typ = g.wch(SCHOOL_TYPES)
    n = g.ch(SCHOOL_PEOPLE)
    return typ + " " + (n if g.pr(0.8) else n.replace(" ", "-"))


def au_name(n):
    if n.startswith("école") or n.startswith("EREA"):
        return "à l'" + n
    if n.startswith("cité"):
        return "à la " + n
    return "au " + n


TRAP_STREETS = ["rue Victor Hugo", "avenue Jean Jaurès", "boulevard Gambetta", "place Charles de Gaulle",
                "rue Émile Zola", "allée Simone Veil", "rue Pasteur", "cours Mirabeau", "rue Jules Ferry",
                "quai Jean Moulin", "avenue Aristide Briand", "rue Louise Michel", "place Jean Jaurès"]
ROOMS = ["salle B204", "salle 12", "le CDI", "la salle polyvalente", "l'amphithéâtre", "la salle informatique 3",
         "le foyer des élèves", "la salle des professeurs", "le labo de SVT", "la salle Turing", "le bâtiment C",
         "la salle du conseil", "le gymnase", "le préau", "la salle Ada Lovelace"]


def T_event(g):
    sc = school_trap(g)
    return (g.ch(["Atelier « IA et esprit critique » ", "Café pédagogique IA ", "Journée banalisée numérique ",
                  "Formation d'initiative locale "]) + au_name(sc) + ", " + g.ch(ROOMS) + ", le " + g.date("wd") +
            " " + g.hours() + ". " + str(g.ri(12, 40)) + " places, inscription sur " +
            g.plat() + " avant le " + g.date("num") + ". Matériel : tablettes " + g.ch(["Samsung", "iPad", "Lenovo"]) +
            " et casques. Outil utilisé : " + g.ch(AIS) + ".")


LAWS = ["article L. 111-1 du Code de l'éducation", "article L. 121-1 du Code de l'éducation",
        "article L. 131-1 du Code de l'éducation", "article 8 du RGPD", "article 17 du RGPD",
        "loi n° 78-17 du 6 janvier 1978", "article L. 511-5 du Code de l'éducation",
        "article 9 du Code civil", "article D. 422-13 du Code de l'éducation",
        "règlement (UE) 2024/1689 sur l'intelligence artificielle", "article 226-8 du Code pénal",
        "circulaire n° 2018-114 du 26 septembre 2018", "loi n° 2018-698 du 3 août 2018"]


def law_a(x):
    if x.startswith("article"):
        return "à l'" + x
    if x.startswith("règlement"):
        return "au " + x
    return "à la " + x


def T_law(g):
    l1, l2, l3 = g.sample(LAWS, 3)
    return ("Rappel réglementaire. Conformément " + law_a(l1) + " et " + law_a(l2) +
            ", aucune donnée personnelle d'élève ne doit être saisie dans " + g.ch(AIS) + " ou tout outil non validé. "
            "Voir aussi " + law_a(l3)[2:] + ". Note de service du " + g.date("long") + ", réf. DNE-" + str(g.ri(2023, 2025)) +
            "-" + str(g.ri(100, 999)) + ". " + g.ch(["Affichage obligatoire en salle des professeurs.",
                                                        "À diffuser aux équipes.", "Merci de votre vigilance."]))


def T_order(g):
    comp = g.ch(COMPANIES)
    return ("Bon de commande n° " + g.ch(["BC-", "CMD-", "", "2025/"]) + str(g.ri(2024, 2025)) + "-" + "%05d" % g.ri(1, 99999) +
            " du " + g.date("num") + "\nFournisseur : " + comp + " SAS – SIRET " + g.siret() + " – TVA intracom. FR" +
            g.digits(2) + " " + g.digits(9) + "\nDésignation : " + str(g.ri(30, 900)) + " licences « " + g.ch(["Tuteur IA", "Correcteur augmenté", "Assistant rédaction", "Quiz IA"]) +
            " » (" + g.ch(["12 mois", "année scolaire 2025-2026", "36 mois"]) + ")\nMontant HT : " +
            "{:,}".format(g.ri(900, 48000)).replace(",", " ") + "," + "%02d" % g.ri(0, 99) + " €\nImputation : chapitre " +
            g.ch(["ALO", "AP", "VE", "A1"]) + ", compte 6068, service " + g.ch(["numérique", "pédagogie"]) +
            "\nDevis " + g.ch(["DV", "Q"]) + "-" + g.digits(6) + " – marché n° " + str(g.ri(2023, 2025)) + "M" + g.digits(3) + ".")


def T_towns(g):
    tws = g.sample(TOWNS, 3)
    return ("Établissements volontaires pour l'expérimentation : " + school_trap(g) + " (" + tws[0][1] +
            ", " + tws[0][0] + "), " + school_trap(g) + " à " + tws[1][1] + " (" + tws[1][0][:2] + "), et " +
            school_trap(g) + ", " + tws[2][0] + " " + tws[2][1] + ". " + "Au total " + str(g.ri(800, 4000)) +
            " élèves et " + str(g.ri(60, 250)) + " enseignants, de la 6e à la terminale. Bilan prévu en juin " +
            str(g.ch([2025, 2026])) + ".")


def T_streets(g):
    s1, s2 = g.sample(TRAP_STREETS, 2)
    return ("Information travaux : à compter du " + g.date("long") + ", l'entrée des élèves se fera par " + art(s1) + s1 +
            ", le portail " + de_art(s2) + s2 +
            " restant réservé aux livraisons. Le parking de la " + g.ch(["place du Marché", "gare routière", "salle des fêtes"]) +
            " reste accessible. Nouveau lieu des ateliers numériques : " + g.ch(ROOMS) + ".")


def art(st):
    if st[0] in "aeiouéèàâ":
        return "l'"
    if st.split(" ")[0] in ("boulevard", "quai", "cours"):
        return "le "
    return "la "


def de_art(st):
    return {"l'": "de l'", "le ": "du ", "la ": "de la "}[art(st)]


def T_numbers(g):
    return g.ch([
        "En cas de cyberharcèlement, notamment de deepfake, appelez le 3018 (gratuit, anonyme, 7j/7). Enfance en danger : 119. Urgences : 15, 17, 112. Violences : 3919.",
        "Numéro vert Net Écoute : 0 800 200 000. Pour signaler un contenu illicite : plateforme Pharos. Le 3018 répond aussi par tchat.",
        "Assistance technique ENT : contactez le guichet numérique au 0 805 123 456 (appel gratuit) du lundi au vendredi, 8 h – 18 h.",
        "Harcèlement : 3020 (Non au harcèlement) ou 3018. Écoute parents : 0 800 235 236, service et appel gratuits.",
        "Allô Service Public : 3939. Info Jeunes : numéro vert 0 800 10 10 10. Le SAMU reste le 15.",
    ]) + " " + g.ch(["Affiche à placer dans chaque salle.", "À rappeler aux délégués.", "Diffusé via " + g.plat() + "."])


def T_timetable(g):
    cl = g.sample(CLASSES, 3)
    return ("Emploi du temps – semaine " + g.ch(["A", "B"]) + "\n" + cl[0] + " : SNT le " + g.ch(DAYS[:5]) + " de " +
            g.hours()[3:] + ", " + g.ch(ROOMS) + "\n" + cl[1] + " : module " +
            g.ch(["NSI-T2", "IA-101", "EMC-04", "AP-FR3", "SNT-5"]) + ", " + g.ch(ROOMS) + "\n" + cl[2] +
            " : " + g.ch(["devoir commun", "oral blanc", "TP Capytale", "évaluation Pix"]) + " (coef. " +
            str(g.ri(1, 3)) + ")\nCode cours : " + g.ch(["MAT", "FRA", "HGE", "ANG"]) + "-" + str(g.ri(100, 499)) +
            g.ch(["", "-B", "-TD"]) + ". Effectif : " + str(g.ri(18, 35)) + " élèves.")


BOOKS = ["« Le Horla »", "« Frankenstein ou le Prométhée moderne »", "« 1984 »", "« Le Meilleur des mondes »",
         "« Les Robots »", "« L'Homme bicentenaire »", "« Fahrenheit 451 »", "« La Nuit des temps »",
         "« Candide »", "« Les Misérables »", "« Le Petit Prince »", "« L'Étranger »",
         "« Klara et le Soleil »", "« Ravage »", "« La Ferme des animaux »", "« Le Cid »"]


def T_books(g):
    b = g.sample(BOOKS, 3)
    return ("Séquence de 3e « L'humain face à la machine » : lecture cursive de " + b[0] + ", extraits de " + b[1] +
            " et de " + b[2] + ". Débat final : une IA peut-elle écrire un roman ? Les élèves comparent un incipit "
            "généré par " + g.ch(AIS_MAIN) + " avec l'original. Évaluation le " + g.date("wd") + ", " +
            g.ch(["en salle 108", "au CDI", "en salle informatique"]) + ".")


CAPWORDS = ["Grâce à l'IA, les élèves gagnent du temps mais perdent l'effort.",
            "Claire et courte : c'est ainsi que doit être une consigne.", "Rose : groupe des lecteurs confirmés.",
            "Constance et régularité restent les clés de la réussite.", "Patience : les outils évoluent chaque mois.",
            "Aurore, crépuscule : thème du concours d'écriture cette année.",
            "Prudence avec les images générées.", "Victoire de l'équipe du collège au concours Castor.",
            "Pascal, Python, Ada : les langages présentés en NSI.", "Ruby ou Python ? Le club code a voté Python.",
            "Fleur de sel et chocolat : la vente de gâteaux finance le club robotique.",
            "Blanche ou noire, la calculatrice doit être en mode examen.", "Olive est le nom du robot de la classe.",
            "Espérance de vie des tablettes : quatre ans environ.", "France Travail et l'ONISEP interviendront au forum.",
            "Colombe de la paix : affiche réalisée en arts plastiques.", "Margaux, bordeaux, rouge : palette imposée pour l'affiche."]


def T_capwords(g):
    return "\n".join(g.sample(CAPWORDS, g.ri(3, 5)))


def T_titles(g):
    return g.ch([
        "Madame la Principale, Monsieur le Principal adjoint, Mesdames et Messieurs les professeurs,\nla réunion sur l'IA est reportée au " + g.date("long") + ".",
        "À l'attention de Monsieur le Proviseur et de Madame la Proviseure adjointe : le rapport du groupe IA est disponible sur " + g.plat() + ".",
        "Monsieur l'Inspecteur d'académie a validé le projet. Madame la Rectrice interviendra en visioconférence le " + g.date("wd") + ".",
        "Le Maire, le Conseiller départemental et la Directrice académique ont été invités au forum « IA et école ».",
        "Madame, Monsieur,\nNous vous informons que les ateliers IA reprendront le " + g.date("long") + ". La Direction.",
        "Le chef d'établissement, la CPE et le professeur principal recevront les familles le " + g.date("wd") + " à " + g.hour() + ".",
    ])


def T_brands(g):
    return ("Équipement prévu : " + str(g.ri(10, 60)) + " tablettes " + g.ch(["Samsung Galaxy Tab", "iPad", "Lenovo Tab"]) +
            ", calculatrices " + g.ch(["NumWorks", "Casio Graph 35+E", "TI-83 Premium CE"]) + ", robots " +
            g.ch(["Thymio", "Ozobot", "mBot", "Blue-Bot"]) + ". Logiciels : " + ", ".join(g.sample(AIS, 3)) + ", " +
            ", ".join(g.sample(PLATFORMS, 2)) + ". Budget : " + str(g.ri(2, 30)) + " " + "%03d" % g.ri(0, 999) +
            " € financés par la " + g.ch(["Région", "collectivité", "dotation numérique"]) + ".")


def T_stats(g):
    cl = g.sample(CLASSES[:14], 4)
    rows = ["%s | %d | %d" % (c, g.ri(22, 32), g.ri(3, 20)) for c in cl]
    return ("Enquête interne " + str(g.ri(2024, 2025)) + " – usage déclaré de l'IA\nClasse | Effectif | Utilisateurs\n" +
            "\n".join(rows) + "\nSoit " + str(g.ri(25, 70)) + " % des répondants. 1 élève sur " + str(g.ri(2, 5)) +
            " l'utilise chaque semaine. Marge d'erreur ± " + str(g.ri(2, 6)) + " points.")


def T_pets(g):
    return ("La classe de " + g.cls() + " a adopté un hamster, " + g.ch(["Caramel", "Biscotte", "Noisette", "Pixel"]) +
            ", et programmé un robot baptisé « " + g.ch(["Thymio", "Bip", "Robby", "Nono"]) + " ». Le poisson rouge du CDI s'appelle " +
            g.ch(["Bulle", "Newton", "Gribouille"]) + ". Les élèves ont demandé à " + g.ch(AIS) +
            " d'écrire une histoire sur eux : résultat affiché " + g.ch(["dans le couloir", "au CDI", "sur le padlet de la classe"]) + ".")


def T_public_school(g):
    a, b, c = g.sample(SCHOOL_PEOPLE, 3)
    return ("Les élèves du lycée " + a + " et du collège " + b + " ont participé au hackathon « IA responsable » organisé "
            "à la médiathèque " + c + ". Prix du jury : projet de détection de fausses informations. Remise des prix le " +
            g.date("long") + " à " + g.hour() + ".")


def T_codes(g):
    y = g.ri(2024, 2025)
    return ("Dispositif PAF " + str(y) + "-" + str(y + 1) + " : module " + g.digits(5) +
            ", identifiant dispositif " + str(g.ri(24, 25)) + "A" + g.digits(7) + ". Session " + g.ch(["1", "2", "3"]) +
            " le " + g.date("num") + ". Ticket d'assistance n° " + g.digits(6) + ". Convention " + g.ch(["C", "CV"]) + "-" +
            str(g.ri(2024, 2025)) + "-" + g.digits(3) + ". Dossier " + g.digits(2) + "/" + g.digits(4) + ".")


def T_ai_products(g):
    return g.ch([
        "Claude, Albert, Gemini, Le Chat, Copilot : les élèves ne savent plus lequel utiliser.",
        "Albert, l'IA de l'administration, n'est pas ouverte aux élèves. Claude et Mistral sont interdits sur le réseau pédagogique.",
        "Le Chat de Mistral, Copilot de Microsoft et Gemini de Google ont été comparés en SNT.",
        "Siri, Alexa, puis ChatGPT : les enfants parlent aux machines depuis la maternelle.",
        "Jules, l'agent de code de Google, a été présenté en NSI à côté de GitHub Copilot.",
        "Perplexity cite ses sources, ChatGPT pas toujours ; DeepL traduit, Grammarly corrige.",
    ]) + " " + g.ch(OP_MIX)


def T_money(g):
    return ("Budget du projet IA : " + str(g.ri(3, 15)) + " " + "%03d" % g.ri(0, 999) + " € (dont " + str(g.ri(500, 2500)) +
            " € de formation). Participation des familles : " + str(g.ri(2, 15)) + " € par élève pour la sortie au salon "
            "du " + g.date("long") + ". " + str(g.ri(120, 480)) + " élèves concernés, " + str(g.ri(8, 20)) +
            " accompagnateurs. " + g.hours().replace("de ", "Départ ", 1).replace(" à ", ", retour ", 1) + ".")


def T_ent(g):
    p = g.sample(PLATFORMS, 4)
    return ("Connexion : passez par " + p[0] + " puis l'onglet « Ressources », ou directement par " + p[1] +
            ". Les identifiants " + g.ch(["EduConnect", "ÉduConnect"]) + " fonctionnent aussi sur " + p[2] +
            ". En cas de souci, ouvrez un ticket sur " + p[3] + " (catégorie « IA »). Mise à jour de la version " +
            str(g.ri(2, 9)) + "." + str(g.ri(0, 9)) + " le " + g.date("num") + ".")


def T_years(g):
    return ("Chronologie : " + str(g.ri(1950, 1960)) + ", premiers travaux ; 1997, Deep Blue ; 2016, AlphaGo ; " +
            "novembre 2022, lancement de ChatGPT ; " + str(g.ch([2024, 2025])) + ", premières consignes nationales. "
            "Frise réalisée par les élèves de " + g.cls() + " en " + g.ch(["histoire", "EMC", "SNT"]) + ".")


def T_postcodes(g):
    t = g.sample(TOWNS, 4)
    return ("Secteur de recrutement du collège : communes " + de(t[0][1]) + " (" + t[0][0] + "), " + t[1][1] +
            " (" + t[1][0] + ") et " + t[2][1] + " (" + t[2][0] + "). Transport scolaire : ligne " + str(g.ri(1, 40)) +
            ", arrêt « " + g.ch(["Mairie", "Église", "Place du Marché", "Les Tilleuls"]) + " ». Réunion publique : salle des fêtes, " +
            t[3][0] + " " + t[3][1] + ".")


TRAP_GENS = [(T_event, 5), (T_law, 5), (T_order, 5), (T_towns, 4), (T_streets, 4), (T_numbers, 4),
             (T_timetable, 4), (T_books, 4), (T_capwords, 4), (T_titles, 4), (T_brands, 3), (T_stats, 3),
             (T_pets, 3), (T_public_school, 4), (T_codes, 3), (T_ai_products, 4), (T_money, 3), (T_ent, 2),
             (T_years, 2), (T_postcodes, 3)]


# ---------------------------------------------------------------------------
# 3. survey answers with personal data
# ---------------------------------------------------------------------------
def le(sc):
    t = sc["type"]
    if t.startswith("école") or t == "EREA":
        return "L'"
    if t.startswith("cité"):
        return "La "
    return "Le "


def du(sc):
    return {"L'": "de l'", "La ": "de la ", "Le ": "du "}[le(sc)] + sc["name"]


def tail(g, p=None, sc=None, prob=0.5):
    if not g.pr(prob * 0.4):
        return ""
    p = p or g.person()
    k = g.wch([("name", 3), ("name+mail", 3), ("mail", 2), ("tel", 2), ("name+tel", 2), ("name+uai", 2),
               ("all", 1)])
    if k == "name":
        return "\n" + g.full(p)
    if k == "name+mail":
        return "\n" + g.full(p) + g.ch([" – ", ", ", "\n", " / "]) + M(g.email(p))
    if k == "mail":
        return " " + g.ch(["Contact : ", "Mon mail : ", "Pour échanger : ", "→ "]) + M(g.email(p))
    if k == "tel":
        return " " + g.ch(["Joignable au ", "Tél : ", "Mon numéro : ", "Appelez-moi au "]) + T(g.tel())
    if k == "name+tel":
        return "\n" + g.full(p) + g.ch([" – ", ", ", " ", "\n"]) + T(g.tel())
    if k == "name+uai":
        sc = sc or g.school()
        return "\n" + g.full(p) + ", " + g.sname(sc) + " (" + g.ch(["UAI ", "RNE ", ""]) + U(g.uai(sc)) + ")"
    sc = sc or g.school()
    return ("\n" + g.full(p) + "\n" + g.sname(sc) + " – " + U(g.uai(sc)) + "\n" + T(g.tel()) + " | " +
            M(g.email(p, pro=True, acad=sc["acad"])))


def S01(g):
    p = g.person(gender="F")
    return ("Professeure " + de(g.mat()) + " depuis " + str(g.ri(3, 28)) + " ans. " + g.ch(OP_MIX) + " Ma collègue " +
            g.nm(p, g.ch(["fl", "fL"])) + " a testé " + g.ai() + " avec ses " + g.cls() +
            " pour des exercices de reformulation, et les résultats étaient plutôt encourageants. " + g.ch(PROP) +
            tail(g, prob=0.4))


def S02(g):
    sc = g.school()
    t = g.person()
    return ("Je suis la maman de " + P(g.pupil()) + ", en " + g.cls(sc) + " " + g.au(sc) + ". " + g.ch(OP_NEG) +
            " L'an dernier, son professeur " + de(g.mat()) + ", " + g.nm(t, "tl") +
            ", avait pourtant bien expliqué les limites de ces outils. " + g.ch(PROP) + tail(g, sc=sc, prob=0.5))


def S03(g):
    p = g.person(origin=g.ch(["rare", "word", "fr"]), gender="F")
    return ("jsuis en " + g.ch(["3e", "4e", "2nde", "1ere", "5e"]) + " et perso jutilise " + g.ai().lower() +
            " pr les devoirs de maths mais la prof " + g.nm(p, "tllow") + " elle a capté direct lol. " +
            g.ch(CASUAL) + "\n" + g.nm((g.pupil(), "", "M"), "flow"))


def S04(g):
    q = g.person()
    return ("Comme le rappelle " + P(g.ch(PUBLIC)) + ", " + g.ch(PUBLIC_QUOTE) + ". " + g.ch(OP_MIX) +
            " Je rejoins l'avis de notre " + ("référente" if q[2] == "F" else "référent") + " numérique, " +
            g.nm(q, g.ch(["tfl", "fl", "tl"])) + ", qui plaide pour des usages encadrés en classe." + tail(g, prob=0.45))


def S05(g):
    pu = g.pupil()
    return (g.ch(["Anecdote : ", "Un exemple concret. ", "Cette semaine, "]) + "mon élève " + P(pu) +
            " a rendu une dissertation parfaite, puis a été incapable d'en expliquer un seul paragraphe à l'oral. " +
            g.ch(OP_NEG) + " " + g.ch(PROP) + tail(g, prob=0.55))


def S06(g):
    p = g.person(gender="M")
    return ("Un collègue " + de(g.mat()) + ", M. " + P(initial(p[1])) + ".," + " refuse toute utilisation en classe, et je le comprends. " +
            g.ch(OP_MIX) + " " + g.ch(PROP) + tail(g, prob=0.5))


def S07(g):
    gd = g.ch("MF")
    f = g.person(gender=gd)[0]
    role = g.ch(ROLE_NOUNS_F if gd == "F" else ROLE_NOUNS_M)
    order = g.pr(0.5)
    who = (P(f) + ", " + role + ", ") if order else (role[0].upper() + role[1:] + ", " + P(f) + ", ")
    return (who + "utilise un outil de synthèse vocale couplé à " + g.ai() + " pour accompagner " + P(g.pupil()) +
            " en " + g.cls() + " ; c'est une aide précieuse. " + g.ch(OP_POS) + tail(g, prob=0.4))


def S08(g):
    p = g.person()
    return (g.ops(OP_POS + OP_MIX, 2) + " " + g.ch(PROP) + " Je suis disponible pour en discuter : " + M(g.email(p)) +
            g.ch([" / ", " ou au ", ", tél. ", " – "]) + T(g.tel()) + ".\n" + g.full(p))


def S09(g):
    sc = g.school()
    p = g.person()
    return ("Réponse collective de l'équipe " + de(g.ch(["lettres", "mathématiques", "langues", "sciences", "EPS", "histoire-géographie"])) +
            " (" + g.sname(sc, cap=False) + ", " + g.ch(["UAI ", "RNE ", "code UAI "]) + U(g.uai(sc)) + "). " +
            g.ops(OP_NEG + OP_MIX, 2) + " " + g.ch(PROP) + " Rédactrice : " + g.full(g.person(gender="F")) + ".")


def S10(g):
    sc = g.school()
    a, b, c = g.person(), g.person(), g.person()
    ht = head_title(sc, c[2]).lower()
    return ("En tant que " + ht + ", je constate une grande hétérogénéité des pratiques. Nous avons constitué un groupe de travail piloté par " +
            g.nm(a, "tfl") + " et " + g.nm(b, "tfl") + ". " + g.ch(PROP) + "\n" + g.nm(c, g.ch(["fl", "fL"])) + ", " +
            ht + " – " + g.sname(sc))


def S11(g):
    o = g.ch(["mag", "waf", "pt", "tr", "est", "ant", "vn"])
    mom = g.person(origin=o, gender="F")
    t = g.person(gender="F")
    return ("mon fils " + P(deacc(g.pupil("M"))) + " est en " + g.ch(["6eme", "5eme", "4eme", "3eme", "seconde"]) +
            ", il parle avec chatgpt tous les soirs au lieu de faire ses devoirs. jai essayé den parler avec sa prof principale mme " +
            P(deacc(t[1]).lower()) + " mais pas de reponse. " + g.ch(CASUAL_ADULT) + "\n" +
            P(deacc(mom[0]).lower() + " " + deacc(initial(mom[1])).lower()) + g.ch(["", ".", " (maman)"]))


def S12(g):
    p = g.person()
    return ("Parents d'élèves élus " + g.ch(["FCPE", "PEEP", "indépendants"]) + " : nous organisons une réunion d'information sur l'IA le " +
            g.date("wd") + " à " + g.hour() + ", chez " + g.full(p) + " au " + A(g.addr_a() if g.pr(0.4) else g.addr(mode="one", comp=g.pr(0.3))) +
            ". " + g.ch(["Contact : ", "Inscriptions par SMS au ", "Renseignements : "]) + T(g.tel("mob")) + ". " + g.ch(OP_MIX))


def S13(g):
    p = g.person(gender="F")
    return ("La documentaliste, " + g.nm(p, g.ch(["tl", "tfl", "tl"])) + ", a monté un atelier « Vrai ou faux ? » où les élèves comparent les réponses de " +
            g.ai() + " avec des sources vérifiées. " + g.ch(OP_POS) + " " + g.ch(PROP) + tail(g, prob=0.45))


def wrap(g, x):
    k = g.ri(0, 2)
    return [" (" + x + ") !", " : " + x + " !", ", " + x + ", rien que ça !"][k]


def S14(g):
    p = g.person()
    return ("Pour s'inscrire sur la plateforme d'essai proposée par l'établissement, on m'a demandé le numéro de sécurité sociale de " +
            g.ch(["ma fille", "mon fils", "mon enfant"]) + wrap(g, N(g.nir(child=True))) + " Je trouve ça aberrant. " + g.ch(OP_NEG) + "\n" + g.full(p))


def S15(g):
    f = g.person(gender="F")[0]
    return ("L'APE finance l'abonnement " + g.plat() + " pour les classes de CM1 et CM2. Pour participer : virement à l'APE, IBAN " +
            I(g.iban("FR")) + ", ou en espèces auprès de " + P(f) + ", notre trésorière. " + g.ch(OP_MIX))


def S16(g):
    p1 = g.pupil()
    return ("Je suis délégué" + g.ch(["", "e"]) + " de " + g.cls() + ", je m'appelle " + P(p1 + " " + g.person()[1]) +
            ". Avec " + P(g.pupil()) + " on a fait un sondage dans la classe : " + str(g.ri(12, 28)) + " élèves sur " +
            str(g.ri(28, 32)) + " utilisent " + g.ai() + " chaque semaine. " + g.ch(CASUAL + OP_MIX))


def S17(g):
    sc = g.school(g.ch(CORSE_TOWNS + [t for t in TOWNS if t[2] == "rennes"]))
    reg = "corse" if sc["acad"] == "corse" else "breton"
    o = "co" if reg == "corse" else "bzh"
    return ("Enseignant" + g.ch(["", "e"]) + " de " + reg + " " + g.au(sc) + ", je m'inquiète : les IA ne parlent quasiment pas notre langue, "
            "ce qui la marginalise encore. " + g.ch(OP_NEG) + " Mon collègue " + g.nm(g.person(origin=o, gender="M"), "fl") +
            " partage cet avis.\n" + g.full(g.person(origin=o)) + tail(g, sc=sc, prob=0.3))


def S18(g):
    p = g.person()
    return ("Notre médecin scolaire, le Dr " + P(p[1]) + ", alerte sur le temps d'écran et les troubles du sommeil. " +
            g.ch(OP_NEG) + " " + g.ch(PROP) + tail(g, prob=0.4))


def S19(g):
    tw = g.town(dom=True)
    sc = g.school(tw)
    return ("Depuis " + g.ch(["la Martinique", "la Guadeloupe", "La Réunion", "la Guyane", "Mayotte"]) + " : " +
            g.ch(OP_MIX) + " " + g.au(sc)[0].upper() + g.au(sc)[1:] + ", " + g.nm(g.person(origin="ant"), "tfl") +
            " a lancé un projet de podcast en créole avec l'aide de " + g.ai() + ". Contact : " + T(g.tel("dom")) +
            (" / " + M(g.email(g.person(origin="ant"), pro=True, acad=sc["acad"])) if g.pr(0.5) else "") + ".")


def S20(g):
    p = g.person(gender="F")
    return ("L'inspectrice " + de(g.mat()) + ", " + g.nm(p, g.ch(["tfl", "tl"])) +
            ", nous a présenté les recommandations nationales en réunion de bassin. " + g.ch(OP_MIX) + " " + g.ch(PROP) +
            tail(g, prob=0.5))


def S21(g):
    p = g.person(origin="word")
    q = g.person(origin="word")
    return ("En " + g.ch(["5e", "4e", "3e", "6e"]) + ", c'est " + g.nm(p, "tl") + " qui a introduit " + g.ai() +
            " pour corriger les brouillons, et " + g.nm(q, "tl") + " s'y oppose fermement. " + g.ch(OP_MIX) +
            tail(g, prob=0.35))


def S22(g):
    mom = g.person(gender="F")
    return ("bonjour moi cest " + g.nm(mom, "low") + " maman de " + P(deacc(g.pupil()).lower()) + " en " +
            g.ch(["cm2", "ce2", "6eme", "5eme"]) + ". " + g.ch(["franchement", "perso", "honnetement"]) +
            " je trouve que " + g.ch(["les enfants sont trop jeunes pour ca", "ca peut aider pour les devoirs",
                                       "lecole devrait expliquer aux parents"]) + ". " + g.ch(CASUAL_ADULT) +
            (" mon num " + T(g.tel("mob")) if g.pr(0.45) else ""))


def S23(g):
    sc = g.school()
    p = g.person()
    au = g.au(sc)
    return (au[0].upper() + au[1:] + ", nous expérimentons " +
            g.ai() + " en " + g.mat() + " depuis janvier. " + g.ch(OP_POS) + " Pour plus d'infos sur notre expérimentation : " +
            M(g.email(p, pro=True, acad=sc["acad"], obf=g.pr(0.5))) + " (" + g.nm(p, g.ch(["fl", "fi"])) + ")")


def S24(g):
    ps = [g.person() for _ in range(g.ri(2, 3))]
    names = ", ".join(g.nm(p, g.ch(["fl", "fL", "Lf"])) for p in ps)
    return ("Nous, professeurs " + de(g.mat()) + " " + du(g.school()) + ", souhaitons alerter. " + g.ch(OP_NEG) +
            " " + g.ch(PROP) + "\nSignataires : " + names + ".")


def S25(g):
    p = g.person()
    return ("On utilise Claude et Albert en salle des profs pour préparer des QCM ; mon collègue " + g.nm(p, "fl") +
            " préfère Mistral, plus respectueux des données. " + g.ch(OP_MIX) + tail(g, prob=0.4))


def S26(g):
    sc = g.school()
    return ("Stagiaire INSPÉ, j'ai été accompagnée par ma tutrice, " + g.nm(g.person(gender="F"), "tfl") + ", " +
            g.au(sc) + " (" + g.ch(["RNE ", "UAI "]) + U(g.uai(sc)) + "). " + g.ch(OP_POS) + " " + g.ch(PROP) +
            tail(g, prob=0.3))


def S27(g):
    gd = g.ch("MF")
    f = g.person(gender=gd)[0]
    return ("en cm2 " + ("la maitresse " if gd == "F" else "le maitre ") + P(deacc(f).lower()) +
            " nous a montré une ia qui dessine. cetait trop bien mais " + P(deacc(g.pupil()).lower()) +
            " a dit que cetait de la triche. " + g.ch(CASUAL) + "\n" + P(deacc(g.pupil()).lower()))


def S28(g):
    gd = g.ch("MF")
    f = g.person(gender=gd)[0]
    return ("Notre " + ("CPE" if g.pr(0.5) else "principale adjointe" if gd == "F" else "principal adjoint") + ", " + P(f) +
            ", a dû gérer un cas de deepfake visant une élève de " + g.cls() + " ; " + P(g.pupil("F")) +
            " a été très affectée. " + g.ch(OP_NEG) + " " + g.ch(PROP) + tail(g, prob=0.35))


def S29(g):
    tw = g.town()
    kids = [g.pupil() for _ in range(2)]
    return ("Grand-" + g.ch(["mère", "père"]) + " de deux petits-enfants scolarisés " + a_town(tw[1]) + ", je vois " +
            P(kids[0]) + " et " + P(kids[1]) + " utiliser ces outils sans aucun recul. " +
            g.ch(OP_NEG) + tail(g, prob=0.5))


def S30(g):
    sc = g.school()
    return ("Prof de techno " + g.au(sc) + ". " + g.ch(OP_MIX) + " Si le rectorat veut des retours de terrain, je suis joignable au " +
            T(g.tel()) + ". " + P(g.person()[0]))


def S31(g):
    p = g.person()
    sc = g.school()
    return ("Référent numérique du bassin " + sc["city"] + ", je forme les collègues à " + g.plat() + " et aux outils d'IA. " +
            g.ch(OP_POS) + " Contact : " + g.full(p) + ", " + M(g.email(p, pro=True, acad=sc["acad"])) + ", " + T(g.tel()) + ".")


def S32(g):
    sc = g.school()
    return (le(sc) + sc["name"] + " (" + U(g.uai(sc)) + "), situé " +
            A(g.addr((sc["cp"], sc["city"], sc["acad"]), mode="one", comp=False)) +
            ", accueillera le " + g.date("long") + " une journée « IA et citoyenneté » ouverte aux familles. " +
            g.ch(OP_POS) + " Organisation : " + g.nm(g.person(), "tfl") + ".")


def S33(g):
    o = g.ch(["pt", "est", "tr"])
    p = g.person(origin=o, gender="F")
    return ("Nos correspondants " + de(g.ch(["Porto", "Cracovie", "Izmir", "Cluj", "Braga"])) +
            " utilisent l'IA bien plus librement que nous. Leur professeure, " + g.nm(p, "fl") +
            ", nous a fait découvrir un usage très intéressant en traduction. " + g.ch(OP_MIX) +
            (" Son adresse pour les échanges : " + M(g.email(p)) if g.pr(0.5) else
             " Pour leur écrire : " + A(g.addr_foreign("one")) + "."))


def S34(g):
    tw = g.town()
    return ("svp arretez de nous demander notre avis et formez nous!! " + g.ch(OP_NEG) + " " +
            P(deacc(g.person()[0]).lower()) + " prof de " + deacc(g.mat()).lower() + " a " + deacc(tw[1]).lower())


def S35(g):
    p = g.person(origin="vn")
    return ("Je m'appelle " + g.nm(p, g.ch(["fl", "Lf", "lf"])) + ", parent d'élève. " + g.ch(OP_POS) + " " +
            g.ch(OP_MIX) + tail(g, p, prob=0.5))


def S36(g):
    p = g.person(origin="tr")
    t = g.person()
    return ("Mon fils " + P(g.pupil("M")) + " est arrivé de " + g.ch(["Turquie", "Istanbul", "Ankara"]) +
            " il y a un an ; il traduit ses cours avec DeepL. " + g.ch(OP_POS) + " Merci à " + g.nm(t, "tl") +
            " pour sa patience.\n" + g.nm(p, g.ch(["fl", "fL", "low"])))


def S37(g):
    p = g.person(origin="est", gender="F")
    t = g.person(gender="F")
    return ("Originaire de " + g.ch(["Roumanie", "Pologne", "Ukraine", "Serbie"]) + ", je trouve qu'ici on a peur de tout. Ma fille " +
            P(g.pupil("F")) + " a une enseignante, " + g.nm(t, "tfl") + ", qui utilise très bien l'IA. " + g.ch(OP_POS) +
            "\n" + g.nm(p, g.ch(["fl", "Lf"])) + (" – " + T(g.tel()) if g.pr(0.4) else ""))


def S38(g):
    p = g.person()
    return ("Pour la liste des parents volontaires à l'atelier numérique, écrivez-moi : " +
            M(g.email(p, obf=True)) + ". " + g.ch(OP_MIX) + "\n" + g.full(p))


def S39(g):
    a, b = g.person(gender="M"), g.person(gender="F")
    return ("Avec M. " + P(initial(a[1])) + ". et Mme " + P(initial(b[1])) +
            ". on a monté une progression commune en " + g.mat() + ". " + g.ch(OP_POS) + " " + g.ch(PROP) + tail(g, prob=0.4))


def S40(g):
    p = g.person()
    return ("Je propose d'héberger le café des parents chez moi, " + A(g.addr_a() if g.pr(0.55) else g.addr(mode="one")) +
            ", le " + g.date("wd") + " à " + g.hour() + ". Thème : l'IA et les devoirs. " + g.ch(OP_MIX) + "\n" +
            g.full(p) + (" – " + T(g.tel("mob")) if g.pr(0.6) else ""))


def S41(g):
    p = g.person(gender="F", origin=g.ch(["rare", "rare", "word"]))
    return (g.ch(["Mme ", "Madame "]) + P(p[1]) + ", professeure " + de(g.mat()) +
            ", interdit tout outil numérique ; mes enfants en sont ravis et moi aussi. " + g.ch(OP_NEG) +
            tail(g, prob=0.5))


def S42(g):
    p = g.person()
    sc = g.school()
    return ("Retour d'expérience " + g.au(sc) + " : " + g.ch(OP_POS) + " " + g.ch(OP_MIX) + "\n-- \n" +
            g.nm(p, g.ch(["fl", "fL"])) + "\n" + g.role(p, sc) + "\n" + M(g.email(p, pro=True, acad=sc["acad"])) +
            ("\n" + T(g.tel()) if g.pr(0.5) else ""))


def S43(g):
    p = g.person()
    return ("Mon numéro de sécu (" + N(g.nir()) + ") a été demandé pour accéder à la formation en ligne sur l'IA : pourquoi ? " +
            g.ch(OP_NEG) + tail(g, p, prob=0.6))


def S44(g):
    f = g.person(gender="M")[0]
    return ("Je suis AED. " + g.ch(OP_MIX) + " " + P(f) + ", le " + g.ch(["CPE", "gestionnaire", "référent numérique"]) +
            ", nous a demandé de surveiller les usages au CDI. " + g.ch(PROP) + tail(g, prob=0.35))


def S45(g):
    p = g.person()
    return ("Parent trésorier du " + g.ch(["sou des écoles", "foyer socio-éducatif", "club robotique"]) +
            ". Pour rembourser les familles après l'annulation de la sortie « IA et métiers », j'ai besoin d'un RIB ; le nôtre : " +
            I(g.iban()) + ". " + g.ch(OP_MIX) + "\n" + g.full(p) + (" – " + T(g.tel("mob")) if g.pr(0.5) else ""))


def S46(g):
    p = g.person(origin=g.ch(["mag", "waf", "co", "ant", "bzh"]))
    sc = g.school()
    return (g.ch(OP_NEG) + " " + g.ch(OP_MIX) + " Je reste à disposition au " + T(g.tel()) + ".\n" + g.nm(p, g.ch(["fl", "fL", "tfl"])) +
            ", parent d'élève " + g.au(sc))


def S47(g):
    gd = g.ch("MF")
    p = g.person(gender=gd)
    return ("Mon enfant est en " + g.cls() + " dans la classe de " + g.nm(p, "ti") + " " + g.ch(OP_MIX) + " " +
            g.ch(PROP) + tail(g, prob=0.35))


def S48(g):
    return ("lappli de revision que le prof nous a conseillé ma demandé mon numero de secu, jai mis " +
            N(g.nir(child=True)) + " " + g.ch(["c normal ??", "jsp si c grave", "ma mere etait pas contente"]) + " " +
            g.ch(CASUAL) + "\n" + P(deacc(g.pupil()).lower()) + g.ch(["", " " + deacc(g.cls()).lower()]))


def S49(g):
    p = g.person()
    return ("Attention aux applis de « soutien scolaire par IA » : l'abonnement d'essai gratuit a été prélevé " +
            g.ch(["9,99 €", "14,90 €", "19,99 €"]) + " par mois sur notre compte " + I(g.iban("FR")) +
            " sans aucune alerte. " + g.ch(OP_NEG) + "\n" + g.full(p) + (", " + g.ch(["parent d'élève", "maman de deux collégiens", "papa d'une lycéenne"]) if g.pr(0.5) else ""))


SURVEY_GENS = [S01, S02, S03, S04, S05, S06, S07, S08, S09, S10, S11, S12, S13, S14, S15, S16, S17, S18, S19, S20,
               S21, S22, S23, S24, S25, S26, S27, S28, S29, S30, S31, S32, S33, S34, S35, S36, S37, S38, S39, S40,
               S41, S42, S43, S44, S45, S46, S47, S48, S49]
SURVEY_EXTRA = [S08, S14, S26, S32, S40, S43, S45, S14, S49, S45, S42, S23, S15, S43, S48]


# ---------------------------------------------------------------------------
# 4. letters, forms, e-mails, minutes, lists, chats
# ---------------------------------------------------------------------------
def signature(g, p, sc, role, addr=0.5, uai=0.35, tel=0.6, mail=0.3):
    lines = [g.nm(p, g.ch(["fl", "fL", "fl", "il"]))]
    lines.append(role + g.ch([" – ", ", ", " | ", "\n"]) + g.sname(sc, cap=True))
    if g.pr(addr):
        lines.append(A(g.addr_school(sc)))
    if g.pr(uai):
        lines.append(g.ch(UAI_LABELS) + U(g.uai(sc)))
    if g.pr(tel):
        lines.append(g.ch(TEL_LABELS) + T(g.tel(g.ch(["fixcp", "mob", "fixcp"]), cp=sc["cp"])))
    if g.pr(mail):
        lines.append(g.ch(MAIL_LABELS + ["", ""]) + M(g.email(p, pro=True, acad=sc["acad"])))
    return "\n".join(lines)


def email_body(g, sc, snd):
    k = g.ri(0, 9)
    fem = snd[2] == "F"
    if k == 9:
        return ("Je dois vous signaler un incident : un collègue a collé dans " + g.ai() + " un tableau contenant le numéro de sécurité sociale d'un élève de " +
                g.cls(sc) + " (" + N(g.nir(child=True)) + "). J'en informe le délégué à la protection des données.")
    if k == 0:
        return ("Suite à notre échange en salle des professeurs, je vous transmets le projet de charte d'usage de l'IA générative "
                "rédigé avec l'équipe " + de(g.mat()) + ". Il reste à valider le paragraphe sur les devoirs à la maison.")
    if k == 1:
        return ("Je vous signale que deux élèves de " + g.cls(sc) + ", " + P(g.pupil()) + " et " + P(g.pupil()) +
                ", ont rendu des copies manifestement produites avec " + g.ai() + ". Je souhaiterais que nous en parlions avant le conseil de classe du " +
                g.date("wd") + ".")
    if k == 2:
        gd = g.ch("MF")
        return ("Comme convenu, voici le bilan de la séance « IA et esprit critique » menée avec les " + g.cls(sc) + " le " +
                g.date("long") + ". Les élèves ont comparé trois réponses de " + g.ai() + " à des articles de presse ; " +
                P(g.pupil(gd)) + (" a relevé à elle seule" if gd == "F" else " a relevé à lui seul") + " quatre erreurs factuelles.")
    if k == 3:
        return ("Pourriez-vous m'indiquer si l'établissement a validé l'usage de " + g.plat() +
                " pour la rentrée ? Plusieurs parents, dont " + g.nm(g.person(), "tl") + ", m'ont posé la question lors de la réunion.")
    if k == 4:
        c = g.person()
        return ("Je vous confirme ma participation à la formation du " + g.date("long") + ". Je serai " +
                ("accompagnée" if fem else "accompagné") + " de " + g.nm(c, "tfl") + ", " +
                ("professeure " if c[2] == "F" else "professeur ") + de(g.mat()) + ".")
    if k == 5:
        return ("Je me permets de revenir vers vous au sujet de l'atelier IA du " + g.date("wd") + ". " +
                g.ch(OP_MIX) + " Pouvez-vous me dire si la salle informatique est réservée ?")
    if k == 6:
        return ("Pour le remboursement de l'abonnement " + g.ch(["MagicSchool", "ChatGPT Plus", "Le Chat Pro", "Canva"]) +
                " que j'ai avancé pour la classe, voici mes coordonnées bancaires : IBAN " + I(g.iban()) +
                g.ch([" (BIC " + g.ch(BICS) + ").", ".", ", titulaire : moi-même."]) + " Le justificatif suit par courrier interne.")
    if k == 7:
        return ("Les familles qui ont réglé la sortie « IA et métiers » annulée seront remboursées par virement. "
                "Pour " + P(g.pupil()) + " (" + g.cls(sc) + "), la famille nous a transmis l'IBAN " + I(g.iban()) +
                ". Merci de transmettre à l'agence comptable.")
    return ("Les parents " + deP(g.pupil()) + " (" + g.cls(sc) + ") contestent la sanction pour usage de " + g.ai() +
            ". Je propose une rencontre le " + g.date("wd") + " à " + g.hour() + ".")


def L_email(g):
    sc = g.school()
    a, b = g.person(), g.person()
    role = g.role(a, sc)
    if g.pr(0.3):
        hdr = "De : " + M(g.email(a, pro=True, acad=sc["acad"], obf=False)) + "\n"
    else:
        hdr = "De : " + g.nm(a, g.ch(["fl", "fL", "Lf"])) + " <" + M(g.email(a, pro=True, acad=sc["acad"], obf=False)) + ">\n"
    to_person = g.pr(0.6)
    if to_person:
        hdr += "À : " + g.nm(b, g.ch(["fl", "fL", "Lf"])) + " <" + M(g.email(b, pro=g.pr(0.6), acad=sc["acad"], obf=False)) + ">\n"
    else:
        hdr += "À : " + g.ch(FUNC_LABELS) + " <" + M(g.func_email(sc)) + ">\n"
    if g.pr(0.15):
        hdr += "Cc : " + M(g.email(g.person(), pro=True, acad=sc["acad"], obf=False)) + "\n"
    hdr += "Date : " + g.date("wdy") + " " + g.hour() + "\nObjet : " + g.ch(EMAIL_SUBJECTS) + "\n\n"
    if to_person:
        k = g.ri(0, 3)
        if k == 0:
            greet = "Bonjour " + g.nm(b, "tl") + ","
        elif k == 1:
            greet = "Bonjour " + P(b[0]) + ","
        elif k == 2:
            greet = "Chère collègue," if b[2] == "F" else "Cher collègue,"
        else:
            greet = "Bonjour,"
    else:
        greet = g.ch([g.recip(sc) + ",", "Bonjour,", "Madame, Monsieur,"])
    foot = "\n\nEnvoyé de mon iPhone" if g.pr(0.08) else ""
    return hdr + greet + "\n\n" + email_body(g, sc, a) + "\n\n" + g.ch(CLOSINGS) + "\n" + \
        signature(g, a, sc, role, addr=0.45, uai=0.35, tel=0.45, mail=0.1) + foot


def parent_body(g, child, gd, cls, k):
    il = "il" if gd == "M" else "elle"
    e = "" if gd == "M" else "e"
    if k == 0:
        return ("Je me permets de vous écrire au sujet de " + ("mon fils " if gd == "M" else "ma fille ") + child + ", élève de " + cls +
                ". Son professeur lui a attribué un zéro au motif que son devoir aurait été rédigé avec " + g.ai() +
                ". " + g.ch(["Or " + il + " l'a écrit seul" + e + ", à la maison, sous mes yeux.",
                             "Je conteste cette décision prise sans échange préalable."]) +
                " Je souhaiterais être reçu(e) afin d'en discuter.")
    if k == 1:
        return ("Nous avons appris que les élèves de " + cls + " utiliseraient une application d'IA en classe. Nous refusons que les données de notre enfant, " +
                child + ", y soient saisies, et demandons à être informés de l'outil retenu et de sa politique de confidentialité." +
                (" Le formulaire d'inscription exigeait même son numéro de sécurité sociale, " + N(g.nir(child=True)) + " !"
                 if g.pr(0.5) else ""))
    if k == 2:
        return ("Je tiens à remercier l'équipe pour l'atelier consacré à l'IA : " + child + ", en " + cls +
                ", en est revenu" + e + " passionné" + e + ". " + g.ch(OP_POS) + " Serait-il possible de prolonger l'expérience ?")
    if k == 3:
        return ("La sortie au salon « IA et métiers » ayant été annulée, je vous remercie de bien vouloir rembourser les " +
                str(g.ri(8, 45)) + " € versés pour " + child + " (" + cls + ") sur le compte suivant : " + I(g.iban()) +
                ". Vous trouverez un RIB en pièce jointe.")
    return ("Mon enfant " + child + " (" + cls + ") est dyslexique. Son PAP prévoit des aides à la lecture ; je demande que l'usage d'un outil de synthèse vocale "
            "avec reformulation par IA soit autorisé en classe et lors des évaluations.")


def L_lettre(g):
    sc = g.school()
    par = g.person()
    foreign = g.pr(0.25)
    head = g.nm(par, g.ch(["fl", "fL", "tfl", "Lf"])) + "\n"
    if g.pr(0.1):
        host = g.person()
        head += g.ch(["chez ", "c/o "]) + g.nm(host, g.ch(["tfl", "fl"])) + "\n"
    head += A(g.addr_foreign("lines") if foreign else g.addr(mode="lines")) + "\n"
    if g.pr(0.7):
        head += g.ch(TEL_LABELS[:4] + ["", ""]) + T(g.tel("intl" if foreign else None)) + "\n"
    if g.pr(0.55):
        head += g.ch(["", "", "Courriel : ", "Mail : "]) + M(g.email(par)) + "\n"
    rec = g.recip(sc)
    head += "\n" + g.ch(["", "À l'attention de "]) + rec + "\n" + g.sname(sc, cap=True) + "\n" + A(g.addr_school(sc, "lines")) + "\n\n"
    k = g.ri(0, 4)
    subj = [g.ch(["usage de l'IA – devoir " + de(g.mat()), "demande de rendez-vous", "contestation d'une note"]),
            g.ch(["protection des données de mon enfant", "application d'IA en classe"]),
            g.ch(["remerciements – atelier IA", "atelier IA"]),
            g.ch(["demande de remboursement – sortie annulée", "remboursement"]),
            g.ch(["aménagement pédagogique", "PAP – outils d'aide"])][k]
    head += sc["city"] + ", le " + g.date("long") + "\n\nObjet : " + subj + "\n\n" + rec + ",\n\n"
    gd = g.ch("MF")
    child = P(g.pupil(gd)) if g.pr(0.6) else P(g.pupil(gd) + " " + par[1])
    body = parent_body(g, child, gd, g.cls(sc), k)
    return head + body + "\n\n" + g.ch(LETTER_FORMULAS).replace("{rec}", rec) + "\n\n" + g.nm(par, g.ch(["fl", "fL", "tfl"]))


def field(label, val):
    return label + val


def L_inscription(g):
    sc = g.school()
    p = g.person()
    ev = g.ch(["Atelier « IA et pédagogie »", "Stage « IA générative en classe »", "Séminaire académique IA & éducation",
               "Webinaire « Enseigner avec l'IA »", "Journée de l'innovation pédagogique"])
    pupil_form = g.pr(0.3)
    if pupil_form:
        ev = g.ch(["Atelier élèves « IA et esprit critique »", "Stage de vacances « Code & IA »",
                   "Club robotique & IA – 2e trimestre", "Concours « Détecte le deepfake »"])
    sep = g.ch([" : ", " : ", ": ", " ", "\t"])
    L = ["BULLETIN D'INSCRIPTION – " + ev + " – " + g.date("long") if g.pr(0.5) else "Fiche d'inscription\n" + ev]
    if pupil_form:
        L.append("Nom de l'élève" + sep + P(p[1].upper() if g.pr(0.6) else p[1]))
        L.append("Prénom" + sep + P(g.pupil()))
        L.append("Classe" + sep + g.cls(sc))
        L.append("Établissement" + sep + g.sname(sc, cap=True))
        if g.pr(0.6):
            L.append("UAI" + sep + U(g.uai(sc)))
        pp = g.person()
        par = (pp[0], p[1], pp[2])
        L.append("Responsable légal" + sep + g.nm(par, g.ch(["tfl", "fl", "Lf"])))
        L.append("Adresse" + sep + A(g.addr(mode="one")))
        L.append("Téléphone" + sep + T(g.tel()))
        if g.pr(0.8):
            L.append("Courriel" + sep + M(g.email(par)))
        if g.pr(0.5):
            L.append("Règlement (" + str(g.ri(15, 90)) + " €) par prélèvement – IBAN du payeur" + sep + I(g.iban()))
        if g.pr(0.5):
            L.append("N° de sécurité sociale du responsable" + sep + N(g.nir()))
        L.append("Autorisation de droit à l'image : " + g.ch(["oui", "non"]))
    else:
        L.append(g.ch(["Nom", "NOM", "Nom d'usage"]) + sep + P(p[1].upper() if g.pr(0.5) else p[1]))
        if p[2] == "F" and g.pr(0.3):
            L.append("Nom de naissance" + sep + P(g.person()[1].upper()))
        L.append(g.ch(["Prénom", "Prénom(s)", "PRÉNOM"]) + sep + P(p[0]))
        fem = p[2] == "F"
        prim = sc["type"].startswith("école") or sc["type"].startswith("groupe")
        L.append("Fonction" + sep + (g.ch(["professeure des écoles", "directrice d'école", "PE stagiaire"]) if prim and fem else
                                     g.ch(["professeur des écoles", "directeur d'école", "PE stagiaire"]) if prim else
                                     g.ch(["professeure certifiée", "CPE", "professeure agrégée", "personnel de direction",
                                           "documentaliste", "contractuelle"]) if fem else
                                     g.ch(["professeur certifié", "CPE", "professeur agrégé", "personnel de direction",
                                           "documentaliste", "contractuel"])))
        L.append("Discipline" + sep + g.mat())
        L.append("Établissement" + sep + g.sname(sc, cap=True))
        L.append(g.ch(["UAI", "RNE", "UAI / RNE", "Code établissement (UAI)"]) + sep + U(g.uai(sc)))
        if g.pr(0.55):
            L.append(g.ch(["Adresse personnelle", "Adresse", "Domicile"]) + sep + A(g.addr(mode="one")))
        L.append(g.ch(["Téléphone portable", "Tél.", "Portable", "Téléphone"]) + sep + T(g.tel()))
        pro = g.pr(0.7)
        L.append(g.ch(["Courriel académique" if pro else "Courriel personnel", "Adresse électronique", "Mél"]) + sep +
                 M(g.email(p, pro=pro, acad=sc["acad"])))
        if g.pr(0.7):
            L.append(g.ch(["N° de sécurité sociale (assurance)", "N° INSEE", "Numéro de sécurité sociale"]) + sep + N(g.nir()))
        L.append("Régime alimentaire" + sep + g.ch(["sans", "végétarien", "sans porc", "aucun"]))
    L.append("Date et signature : " + g.date("num"))
    return "\n".join(L)


def L_frais(g):
    sc = g.school()
    p = g.person()
    sep = g.ch([" : ", " : ", " ..... ", ": "])
    L = [g.ch(["ÉTAT DE FRAIS DE DÉPLACEMENT", "Demande de remboursement de frais", "ETAT DE FRAIS – MISSION"]) +
         " – " + g.ch(["Formation « IA générative et pratiques pédagogiques »", "Séminaire IA", "Stage PAF numérique"])]
    L.append("Session du " + g.date("long") + " – " + g.town()[1])
    L.append(g.ch(["Nom d'usage", "Nom", "NOM"]) + sep + P(p[1].upper() if g.pr(0.6) else p[1]))
    if p[2] == "F" and g.pr(0.35):
        L.append("Nom de naissance" + sep + P(g.person()[1].upper()))
    L.append("Prénom" + sep + P(p[0]))
    L.append("Grade / fonction" + sep + g.ch(["PLP", "certifié(e)", "agrégé(e)", "PE", "CPE", "contractuel(le)", "CPE stagiaire"]))
    op = g.ch([" – UAI ", " (UAI ", " – RNE "])
    L.append("Établissement d'affectation" + sep + g.sname(sc, cap=True) + op + U(g.uai(sc)) + (")" if "(" in op else ""))
    L.append("Adresse personnelle" + sep + A(g.addr(mode="one", upper=g.pr(0.25))))
    L.append(g.ch(["N° de sécurité sociale", "N° SS", "N° INSEE", "NIR"]) + sep + N(g.nir()))
    if g.pr(0.7):
        L.append("Téléphone" + sep + T(g.tel()))
    if g.pr(0.6):
        L.append("Messagerie académique" + sep + M(g.email(p, pro=True, acad=sc["acad"])))
    L.append("Coordonnées bancaires (joindre un RIB)")
    if g.pr(0.3):
        L.append("Titulaire du compte" + sep + g.nm(p, g.ch(["fL", "Lf", "tfL"])))
    L.append("IBAN" + sep + I(g.iban("FR" if g.pr(0.9) else None)))
    L.append("BIC" + sep + g.ch(BICS))
    t1, t2 = g.town(dom=False), g.town(dom=False)
    L.append("Trajet : " + t1[1] + " → " + t2[1] + ", " + str(g.ri(12, 480)) + " km aller-retour, véhicule personnel (" +
             str(g.ri(3, 8)) + " CV)")
    L.append("Montant demandé : " + str(g.ri(12, 320)) + "," + "%02d" % g.ri(0, 99) + " €")
    L.append("Fait " + a_town(sc["city"]) + ", le " + g.date("num"))
    return "\n".join(L)


def L_rgpd(g):
    sc = g.school()
    par = g.person()
    ch = g.pupil() + " " + par[1]
    hdr = ""
    if g.pr(0.5):
        hdr = "À : " + M("dpd@ac-" + sc["acad"] + ".fr") + "\nObjet : " + g.ch([
            "Demande d'accès et d'effacement – RGPD", "Exercice de mes droits (art. 15 et 17 RGPD)",
            "Données de mon enfant saisies dans un outil d'IA"]) + "\n\n"
    body = (g.ch(["Madame, Monsieur le Délégué à la protection des données,", "Madame, Monsieur,"]) + "\n\n" +
            g.ch([("Je soussignée " if par[2] == "F" else "Je soussigné "), "Je, soussigné(e), "]) + g.nm(par, g.ch(["fl", "fL", "tfl"])) +
            ", demeurant " + A(g.addr_foreign("one") if g.pr(0.12) else g.addr_a() if g.pr(0.25) else g.addr(mode="one")) + (", responsable légale " if par[2] == "F" else ", responsable légal ") + deP(ch) + ", élève de " + g.cls(sc) + " " + g.au(sc) +
            " (UAI " + U(g.uai(sc)) + "), vous demande de bien vouloir me communiquer les données concernant mon enfant "
            "saisies dans " + g.ai() + " ou " + g.plat() + ", puis de procéder à leur effacement.")
    if g.pr(0.75):
        body += (" J'ajoute que mon enfant a dû renseigner son numéro de sécurité sociale (" + N(g.nir(child=True)) +
                 ") sur le formulaire d'inscription, ce qui me paraît disproportionné.")
    body += ("\n\nVous pouvez me répondre à l'adresse " + M(g.email(par)) +
             (" ou par téléphone au " + T(g.tel()) if g.pr(0.6) else "") + ".\nPièce jointe : copie de ma pièce d'identité.\n\n" +
             g.ch(["Cordialement,", "Salutations distinguées,", "Avec mes remerciements,"]) + "\n" + g.nm(par, g.ch(["fl", "fL"])))
    return hdr + body


def L_cr(g):
    sc = g.school(secondary=True)
    cls = g.cls(sc)
    head = g.person()
    teachers = [g.person() for _ in range(2)]
    mats = g.sample(MATIERES, len(teachers))
    s = ("Conseil de classe de " + cls + " – " + g.ch(["1er", "2e", "3e"]) + " trimestre – " + g.date("long") + "\n" +
         g.sname(sc, cap=True) + ("" if g.pr(0.6) else " (" + U(g.uai(sc)) + ")") + "\n" +
         "Présidé par " + g.nm(head, g.ch(["tl", "tfl"])) + ", " + g.ch(["chef d'établissement", head_title(sc, head[2]).lower() + (" adjointe" if head[2] == "F" else " adjoint")]) + ".\n" +
         "Présents : " + ", ".join(g.nm(t, g.ch(["tl", "tl", "tfl"])) + " (" + m + ")" for t, m in zip(teachers, mats)) +
         " ; délégués élèves : " + P(g.pupil()) + " et " + P(g.pupil()) +
         (" ; parents délégués : " + g.nm(g.person(), g.ch(["tfl", "tl"])) if g.pr(0.5) else "") + ".\n")
    if g.pr(0.3):
        s += "Excusé(e) : " + g.nm(g.person(), "ti") + " (EPS).\n"
    s += ("\nPoint IA : " + g.ch(OP_MIX) + " L'équipe constate " + g.ch(["une hausse des devoirs copiés", "des usages très inégaux",
                                                                        "peu d'usages déclarés"]) + ".\n\nSituations individuelles :\n")
    for _ in range(g.ri(1, 2)):
        s += ("– " + P(g.pupil()) + (" " + P(initial(g.person()[1])) + "." if g.pr(0.25) else "") + " : " +
              g.ch(["DM réalisé avec ChatGPT, avertissement travail.", "très bon trimestre, félicitations.",
                    "encouragements ; doit s'approprier ses écrits.", "mise en garde sur l'usage de l'IA en rédaction.",
                    "progrès nets, compliments."]) + "\n")
    sec = g.person()
    if g.pr(0.5):
        s += "\nSecrétaire de séance : " + g.nm(sec, g.ch(["tfl", "fl"])) + "."
    else:
        s += "\nCompte rendu diffusé via " + g.plat() + "."
    if g.pr(0.6):
        s += " Contact des parents délégués : " + M(g.email(g.person())) + (" / " + T(g.tel("mob")) if g.pr(0.5) else "") + "."
    return s


def L_emarg(g):
    ev = g.ch(["Formation « IA générative en classe »", "Animation pédagogique IA cycle 3", "Réunion des référents numériques",
               "Stage bassin « Évaluer à l'heure de l'IA »"])
    sep = g.ch([" ; ", " | ", "\t", " – "])
    rows = []
    hdr = g.ch(["NOM Prénom", "Nom, prénom", "Participant"]) + sep + "Établissement" + sep + "UAI" + sep + "Courriel" + sep + "Signature"
    for _ in range(g.ri(3, 4)):
        sc = g.school()
        p = g.person()
        rows.append(g.nm(p, g.ch(["Lf", "Lf", "fL", "lf"])) + sep + g.sname(sc, cap=True) + " " +
                    sc["city"] + sep + U(g.uai(sc)) + sep + M(g.email(p, pro=True, acad=sc["acad"], obf=False)) + sep +
                    g.ch(["(signé)", "✔", "absent excusé", "signé", "-"]))
    return ("Feuille d'émargement – " + ev + " – " + g.date("long") + " – " + g.ch(ROOMS) + "\n" + hdr + "\n" + "\n".join(rows))


def L_chat(g):
    h = g.ri(17, 22)
    m = g.ri(0, 30)
    if g.pr(0.5):
        # group chat: three named members
        grp = g.ch(["Parents " + g.cls(), "Profs principaux 3e", "Équipe maths", "Délégués parents", "Classe " + g.cls()])
        ppl = [g.person() for _ in range(3)]
        tags = [g.nm(ppl[0], g.ch(["fi", "fl"])), g.nm(ppl[1], g.ch(["f", "fl", "fi"])), g.nm(ppl[2], g.ch(["f", "fi"]))]
        lines = [g.ch(["Groupe WhatsApp « ", "Conversation « ", "Signal – groupe « "]) + grp + " »"]
        msgs = [
            (0, "Quelqu'un sait si le prof de maths autorise ChatGPT pour le DM ?"),
            (1, g.ch(["non " + g.nm(g.person(gender="M"), "tl") + " a dit que c'était interdit",
                      "non c'est interdit, c'est écrit dans le carnet"])),
            (0, "ok merci. Au fait mon nouveau numéro c'est le " + T(g.tel("mob"))),
            (2, "je vous mets le mail de la prof principale : " + M(g.email(g.person(gender="F"), pro=True))),
        ]
        if g.pr(0.35):
            msgs.append((1, "la réunion IA c'est au " + A(g.addr(mode="one", comp=False, city=g.ch(["full", "none", "cp"]), low=g.pr(0.5))) + " jeudi 18h"))
        if g.pr(0.5):
            msgs.append((2, "pour la participation au salon IA (8 €), virement sur le compte de l'asso : " + I(g.iban("FR"))))
    else:
        # exported two-person SMS thread: "Moi" and one contact
        c = g.person()
        tag = g.nm(c, g.ch(["f", "fl", "fi"]))
        tags = ["Moi", tag]
        lines = [g.ch(["Conversation avec ", "SMS – ", "Messages : "]) + tag + g.ch(["", " (" + T(g.tel("mob")) + ")"])]
        msgs = [
            (1, g.ch(["Bonsoir, c'est pour l'atelier IA de samedi, il reste de la place ?",
                      "Coucou, tu as vu le questionnaire sur l'IA du rectorat ?",
                      "Salut ! Tu peux me renvoyer le lien du padlet IA ?"])),
            (0, g.ch(["Oui, je te transfère ça ce soir", "Je regarde et je te dis", "Oui bien sûr"])),
            (1, "Merci ! Sinon mon mail perso c'est " + M(g.email(c))),
        ]
        if g.pr(0.4):
            msgs.append((0, "Rdv chez moi alors, " + A(g.addr_a(low=g.pr(0.4)) if g.pr(0.5) else g.addr(mode="one", comp=g.pr(0.3))) + ", vers " + g.hour()))
        if g.pr(0.3):
            msgs.append((1, "ok. Et pour " + P(g.pupil()) + " ? elle peut venir aussi ?"))
        if g.pr(0.25):
            msgs.append((0, "je te rembourse les 12 € des licences, tu me redonnes ton IBAN ?"))
            msgs.append((1, I(g.iban("FR"))))
        elif g.pr(0.4):
            msgs.append((0, "je remplis ta fiche pour le stage IA, il me faut ton n° de sécu"))
            msgs.append((1, g.ch(["c'est le ", "", "tiens : "]) + N(g.nir())))
    for i, (w, t) in enumerate(msgs):
        m += g.ri(0, 4)
        lines.append("[%02d:%02d] %s : %s" % (h + m // 60, m % 60, tags[w], t))
    return "\n".join(lines)


def L_sms(g):
    k = g.ri(0, 4)
    par = g.person(gender=g.ch("MF"))
    if k == 0:
        return ("Bonjour, c'est " + P(par[0]) + (" la maman de " if par[2] == "F" else " le papa de ") + P(g.pupil()) + " (" + g.cls() +
                "). Je n'arrive pas à me connecter à " + g.plat() + " pour lire le mot sur l'IA. Vous pouvez me rappeler au " +
                T(g.tel("mob")) + " ? Merci")
    if k == 1:
        if g.pr(0.5):
            return ("Rdv samedi " + g.hour() + " chez moi, " + A(g.addr_a(low=g.pr(0.5)) if g.pr(0.6) else g.addr(mode="one", city=g.ch(["full", "none"]))) +
                    ", pour préparer l'atelier IA. Si souci : " + T(g.tel("mob")) + ". " + P(par[0]))
        return ("Rdv demain " + g.hour() + " au CDI pour l'atelier IA. Si souci : " + T(g.tel("mob")) + ". " + P(par[0]))
    if k == 2:
        return ("slt c " + P(deacc(par[0]).lower()) + " jai changé de num : " + T(g.tel("mob")) +
                " . tu px dire a " + P(deacc(g.person()[0]).lower()) + " pr la réu ia de jeudi ? thx")
    if k == 3:
        return ("Bonjour, ici " + P(par[0]) + ", trésorière de l'APE. Pour la cotisation atelier robotique & IA (15 €) : virement sur " +
                I(g.iban("FR")) + " en précisant le nom de l'enfant. Merci !")
    return ("Message de " + g.nm(par, g.ch(["tfl", "fl"])) + " (" + T(g.tel()) + ") : rappeler au sujet de l'exclusion " +
            deP(g.pupil()) + " pour usage de " + g.ai() + " pendant le contrôle. Laissé le " + g.date("num") + " à " + g.hour() + ".")


def L_fiche(g):
    sc = g.school()
    par = g.person()
    gd = g.ch("MF")
    kid = g.pupil(gd)
    sep = g.ch([" : ", " : ", ": ", " ........ "])
    yr = g.ch(["2024-2025", "2025-2026"])
    if g.pr(0.5):
        L = ["FICHE D'URGENCE – année scolaire " + yr, g.sname(sc, cap=True) + " – classe de " + g.cls(sc)]
        L.append("Nom de l'élève" + sep + P(par[1].upper() if g.pr(0.6) else par[1]))
        L.append("Prénom" + sep + P(kid))
        t = sc["type"]
        y0, y1 = (2014, 2019) if (t.startswith("école") or t.startswith("groupe")) else \
            ((2010, 2014) if t in ("collège", "EREA") else (2006, 2009))
        L.append("Date de naissance" + sep + "%02d/%02d/%d" % (g.ri(1, 28), g.ri(1, 12), g.ri(y0, y1)))
        L.append("Responsable légal" + sep + g.nm(par, g.ch(["tfl", "fL", "Lf"])))
        L.append("Adresse" + sep + A(g.addr(mode="one")))
        if g.pr(0.5):
            L.append("Tél. domicile" + sep + T(g.tel("fix")))
        L.append("Tél. portable" + sep + T(g.tel("mob")))
        if g.pr(0.4):
            L.append("Tél. travail" + sep + T(g.tel("fix")))
        L.append(g.ch(["N° de sécurité sociale de l'assuré", "N° de sécurité sociale", "N° SS du parent"]) + sep + N(g.nir()))
        L.append(g.ch(["Centre de sécurité sociale", "Caisse"]) + sep + (g.ch(["CGSS", "CGSS", "MGEN"]) if sc["cp"].startswith("97") else
                                                                                  g.ch(["CPAM de " + sc["city"], "MSA", "MGEN", "CPAM"])))
        if g.pr(0.5):
            L.append("Médecin traitant" + sep + "Dr " + P(g.person()[1]) + (" – " + T(g.tel("fix")) if g.pr(0.5) else ""))
        L.append("Autorisation de participer à l'atelier « IA et esprit critique » : " + g.ch(["oui", "non", "OUI"]))
        return "\n".join(L)
    L = [g.ch([("DEMANDE DE BOURSE DE COLLÈGE" if sc["type"] == "collège" else "DEMANDE DE BOURSE NATIONALE DE LYCÉE"
                if sc["type"].startswith("lycée") or sc["type"] in ("LEGT", "cité scolaire") else "DEMANDE D'AIDE – FONDS SOCIAL"),
                "Dossier de bourse"]) + " – " + yr]
    L.append("Élève" + sep + P(kid + " " + (par[1].upper() if g.pr(0.5) else par[1])))
    L.append("Classe" + sep + g.cls(sc))
    L.append("Établissement" + sep + g.sname(sc, cap=True) + " – UAI " + U(g.uai(sc)))
    L.append("Demandeur (responsable légal)" + sep + g.nm(par, g.ch(["tfl", "fL", "Lf"])))
    L.append("Adresse" + sep + A(g.addr(mode="one")))
    L.append("Téléphone" + sep + T(g.tel()))
    if g.pr(0.7):
        L.append("Courriel" + sep + M(g.email(par)))
    L.append("N° allocataire CAF" + sep + g.digits(7))
    L.append("Revenu fiscal de référence " + str(g.ch([2023, 2024])) + sep + "%d %03d €" % (g.ri(4, 38), g.ri(0, 999)))
    L.append("Enfants à charge" + sep + str(g.ri(1, 5)))
    L.append("Coordonnées bancaires du demandeur – IBAN" + sep + I(g.iban()))
    L.append("BIC" + sep + g.ch(BICS))
    L.append("Je certifie sur l'honneur l'exactitude des renseignements. Fait " + a_town(sc["city"]) + ", le " + g.date("num") + ".")
    return "\n".join(L)


def L_signature(g):
    sc = g.school()
    p = g.person()
    body = g.ch(["Bonjour,\nVoici le lien vers le padlet de ressources IA présenté hier.\nBonne journée,",
                 "Bonjour à tous,\nLe diaporama de la formation est en pièce jointe.\nBien à vous,",
                 "Chers collègues,\nPetit rappel : questionnaire IA à remplir avant vendredi.\nMerci !"])
    L = ["--", g.nm(p, g.ch(["fl", "fL", "il"])), g.role(p, sc)]
    if g.pr(0.5):
        L.append(g.sname(sc, cap=True))
    if g.pr(0.75):
        L.append(A(g.addr_school(sc)))
    L.append(T(g.tel()) + (g.ch([" / ", " – ", "\n"]) + T(g.tel("mob")) if g.pr(0.5) else ""))
    L.append(M(g.email(p, pro=g.pr(0.5), acad=sc["acad"], obf=g.pr(0.35))))
    if g.pr(0.3):
        L.append("UAI " + U(g.uai(sc)))
    return body + "\n\n" + "\n".join(L)


def L_convention(g):
    sc = g.school(secondary=True)
    head = g.person()
    rep = g.person()
    contact = g.person()
    comp = g.ch(COMPANIES)
    foreign = g.pr(0.35)
    caddr = g.addr_foreign("one") if foreign else g.addr(mode="one", cedex=g.pr(0.2), bp=g.pr(0.2))
    return ("CONVENTION DE MISE À DISPOSITION D'UNE SOLUTION D'IA PÉDAGOGIQUE\n\nEntre :\n" + le(sc) + sc["name"] +
            ", établissement public local d'enseignement, UAI " + U(g.uai(sc)) + ", sis " +
            A(g.addr((sc["cp"], sc["city"], sc["acad"]), mode="one", comp=False)) + ", représenté par son chef d'établissement, " +
            g.nm(head, "tfl") + ",\nci-après « l'établissement »,\nEt :\nLa société " + comp + " SAS, SIRET " + g.siret() +
            ", dont le siège est situé " + A(caddr) + ", représentée par " + g.nm(rep, "tfl") + ", " +
            (g.ch(["présidente", "directrice générale", "directrice commerciale"]) if rep[2] == "F" else
             g.ch(["président", "directeur général", "directeur commercial"])) +
            ",\nci-après « le prestataire ».\n\nArticle 1 – Objet\nLe prestataire met à disposition l'outil « " +
            g.ch(["Tuteur IA", "Correcteur augmenté", "Assistant rédaction"]) + " » pour les classes de " + g.cls(sc) + ".\n"
            "Article 3 – Données personnelles\nAucune donnée nominative d'élève n'est transmise (art. 28 RGPD).\n"
            "Article 4 – Conditions financières\nPaiement par virement sur le compte " + I(g.iban()) + " (BIC " + g.ch(BICS) + ").\n"
            "Contact technique : " + g.nm(contact, "fl") + ", " + M(g.email(contact, dom=slug(comp, False) + ".fr", obf=False)) +
            ", " + T(g.tel()) + ".")


def L_convoc(g):
    sc = g.school()
    par = g.person()
    head = g.person()
    child = P(g.pupil() + " " + par[1]) if g.pr(0.6) else P(g.pupil())
    s = (g.sname(sc, cap=True) + "\n" + A(g.addr_school(sc, "lines")) + "\n" + g.ch(["Tél. ", "Tél : ", "T. "]) +
         T(g.tel("fixcp", cp=sc["cp"])) + g.ch([" – ", "\n"]) + M(g.func_email(sc)) + "\n")
    if g.pr(0.6):
        s += "UAI " + U(g.uai(sc)) + "\n"
    s += "\n" + g.ch(["Madame, Monsieur ", "M. et Mme ", "Famille ", "À l'attention de Mme "]) + P(par[1].upper() if g.pr(0.5) else par[1]) + "\n"
    if g.pr(0.15):
        s += g.ch(["chez ", "c/o "]) + g.nm(g.person(), g.ch(["tfl", "fl"])) + "\n"
    s += A(g.addr_foreign("lines") if g.pr(0.15) else g.addr(mode="lines")) + "\n\n"
    s += (sc["city"] + ", le " + g.date("long") + "\n\nObjet : " +
          g.ch(["convocation – usage non autorisé de l'IA", "information – atelier IA", "entretien avec l'équipe éducative"]) +
          "\n\nMadame, Monsieur,\n\nVotre enfant " + child + ", élève de " + g.cls(sc) + ", " +
          g.ch(["a utilisé un outil d'IA lors d'une évaluation.", "participera à l'atelier « IA et esprit critique ».",
                "est concerné par la nouvelle charte numérique."]) + " Je vous prie de bien vouloir vous présenter le " +
          g.date("wd") + " à " + g.hour() + " au bureau de la vie scolaire.\n\n" + g.ch(LETTER_FORMULAS).replace("{rec}", "Madame, Monsieur") + "\n\n" +
          g.nm(head, g.ch(["fl", "tfl", "fL"])) + "\n" + g.ch([head_title(sc, head[2]), head_title(sc, head[2]),
                                                                 "CPE", "Conseillère principale d'éducation" if head[2] == "F" else "Conseiller principal d'éducation"]))
    return s


LETTER_PLAN = ([L_email] * 18 + [L_lettre] * 15 + [L_inscription] * 13 + [L_frais] * 14 + [L_rgpd] * 10 +
               [L_cr] * 5 + [L_emarg] * 8 + [L_chat] * 11 + [L_sms] * 8 + [L_signature] * 10 +
               [L_convention] * 7 + [L_convoc] * 9 + [L_fiche] * 12)
assert len(LETTER_PLAN) == N_LETTER, len(LETTER_PLAN)


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------
def draw(g, gen, seen):
    for attempt in range(400):
        g.reset_draft()
        marked = gen(g)
        try:
            text, ents, starts = build(marked)
        except Collision:
            continue
        if text in seen:
            continue
        for e in ents:
            if e["kind"] == "PERSONNE":
                assert not e["text"].endswith("."), e
            if e["kind"] == "ADRESSE":
                assert e["text"][-1] not in ",.;:- ", e
        seen.add(text)
        g.commit(ents)
        return text, ents, starts
    raise RuntimeError("could not draw a non-colliding text with " + gen.__name__)


def weighted_plan(g, gens, n):
    plan = []
    tot = sum(w for _, w in gens)
    for f, w in gens:
        plan += [f] * max(1, round(n * w / tot))
    while len(plan) > n:
        plan.pop(g.ri(0, len(plan) - 1))
    while len(plan) < n:
        plan.append(g.wch(gens))
    g.r.shuffle(plan)
    return plan


def main():
    rng = random.Random(SEED)
    g = G(rng)
    cats = ["clean"] * N_CLEAN + ["trap"] * N_TRAP + ["survey"] * N_SURVEY + ["letter"] * N_LETTER
    rng.shuffle(cats)
    clean_plan = weighted_plan(g, CLEAN_GENS, N_CLEAN)
    trap_plan = weighted_plan(g, TRAP_GENS, N_TRAP)
    survey_plan = (SURVEY_GENS * 3)[:N_SURVEY - len(SURVEY_EXTRA)] + SURVEY_EXTRA
    assert len(survey_plan) == N_SURVEY
    rng.shuffle(survey_plan)
    letter_plan = list(LETTER_PLAN)
    rng.shuffle(letter_plan)
    plans = {"clean": clean_plan, "trap": trap_plan, "survey": survey_plan, "letter": letter_plan}
    idx = {k: 0 for k in plans}
    seen = set()
    records = []
    intended = []
    cat_of = []
    for i, c in enumerate(cats):
        gen = plans[c][idx[c]]
        idx[c] += 1
        text, ents, starts = draw(g, gen, seen)
        if c in ("clean", "trap"):
            assert not ents, (gen.__name__, ents)
        else:
            assert ents, gen.__name__
        records.append({"id": "q%03d" % (i + 1), "text": text, "entities": ents})
        intended.append(starts)
        cat_of.append((c, gen.__name__))

    # independent final verification: every entity is found by text.find(entity, end_of_previous)
    # exactly at the place where the generator put it
    for r, starts in zip(records, intended):
        prev = 0
        assert len(starts) == len(r["entities"])
        for e, st in zip(r["entities"], starts):
            assert e["kind"] in KINDS, e
            pos = r["text"].find(e["text"], prev)
            if pos != st:
                raise AssertionError("entity not at its intended place: %s %r (found %d, intended %d)"
                                     % (r["id"], e, pos, st))
            prev = pos + len(e["text"])

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    # re-read and report
    with open(OUT, "rb") as fh:
        raw = fh.read()
    md5 = hashlib.md5(raw).hexdigest()
    lines = raw.decode("utf-8").splitlines()
    assert len(lines) == 400, len(lines)
    counts = {k: 0 for k in KINDS}
    bad = {"NIR": [0, 0], "IBAN": [0, 0], "UAI": [0, 0]}
    cat_counts = {}
    for ln, (c, gname), starts in zip(lines, cat_of, intended):
        r = json.loads(ln)
        cat_counts[c] = cat_counts.get(c, 0) + 1
        prev = 0
        for e, st in zip(r["entities"], starts):
            counts[e["kind"]] += 1
            p = r["text"].find(e["text"], prev)
            assert p == st, (r["id"], e)
            prev = p + len(e["text"])
            if e["kind"] == "NIR":
                ok = nir_ok(e["text"])
            elif e["kind"] == "IBAN":
                ok = iban_ok(e["text"])
            elif e["kind"] == "UAI":
                ok = uai_ok(e["text"])
            else:
                continue
            assert ok is not None, e
            bad[e["kind"]][0] += 1
            bad[e["kind"]][1] += int(not ok)
    # the mix targets, asserted so that a later edit cannot drift silently
    assert 550 <= counts["PERSONNE"] <= 650, counts
    assert counts["ADRESSE"] >= 110 and counts["EMAIL"] >= 100 and counts["TELEPHONE"] >= 100, counts
    assert counts["NIR"] >= 40 and counts["IBAN"] >= 40 and counts["UAI"] >= 60, counts
    shapes = {"multi-line": 0, "complement/BP/lieu-dit first": 0, "CEDEX": 0, "overseas": 0, "foreign": 0,
              "joined by à": 0, "no city": 0}
    for r in records:
        for e in r["entities"]:
            if e["kind"] != "ADRESSE":
                continue
            a = e["text"]
            shapes["multi-line"] += "\n" in a
            shapes["complement/BP/lieu-dit first"] += not a[0].isdigit()
            shapes["CEDEX"] += "cedex" in a.lower()
            shapes["overseas"] += bool(re.search(r"\b97[1-6]\d\d\b", a))
            shapes["foreign"] += any(a.endswith(x.rsplit(", ", 1)[-1]) for x in FOREIGN_ADDR)
            shapes["joined by à"] += " à " in a and not a.split(" à ", 1)[1][:1].isdigit()
            shapes["no city"] += not re.search(r"\d{4}", a)
    assert min(shapes.values()) >= 3, shapes
    print("wrote", OUT)
    print("lines:", len(lines))
    print("categories:", ", ".join("%s=%d" % (k, cat_counts[k]) for k in ["clean", "trap", "survey", "letter"]))
    print("entities per kind:")
    for k in KINDS:
        print("  %-10s %d" % (k, counts[k]))
    print("  %-10s %d" % ("TOTAL", sum(counts.values())))
    for k in ["NIR", "IBAN", "UAI"]:
        n, b = bad[k]
        print("  wrong check key %-5s %d / %d = %.1f %%" % (k, b, n, 100.0 * b / max(n, 1)))
    tb = sum(v[1] for v in bad.values())
    tn = sum(v[0] for v in bad.values())
    print("  wrong check key overall %d / %d = %.1f %%" % (tb, tn, 100.0 * tb / max(tn, 1)))
    if os.environ.get("BLIND15_STATS"):
        agg = {}
        for ln, (c, gname) in zip(lines, cat_of):
            r = json.loads(ln)
            a = agg.setdefault(gname, [0] + [0] * len(KINDS))
            a[0] += 1
            for e in r["entities"]:
                a[1 + KINDS.index(e["kind"])] += 1
        print("%-14s %4s " % ("gen", "n") + " ".join("%5s" % k[:5] for k in KINDS))
        for gname in sorted(agg):
            a = agg[gname]
            print("%-14s %4d " % (gname, a[0]) + " ".join("%5d" % x for x in a[1:]))
    print("address shapes:", ", ".join("%s=%d" % kv for kv in shapes.items()))
    print("md5:", md5)


if __name__ == "__main__":
    main()
