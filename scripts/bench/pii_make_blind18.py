#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Blind held-out evaluation set #18 for the French personal-data masker.

HOW THIS FILE WAS WRITTEN (blindness statement)
    This generator was written blind, from a short written brief only.  While
    writing it, nothing under /work/main, /work/shared or any git history was
    opened, read, listed, grepped or searched, except this very script and the
    one file it writes (Tests/PrivacyTests/Fixtures/pii_blind18.jsonl).  No
    `git` command was run, no `ls` was run on the project, no code / repository
    / web search or fetch tool was used, and no existing fixture, test,
    detector, word list or template of the project was looked at.  Folders were
    created only with `mkdir -p` / os.makedirs(exist_ok=True).  Every template,
    first name, surname, street, place, school, domain and phrasing below was
    written fresh from general knowledge of how people write in mainland
    France, the overseas departments and collectivities, and French schools
    abroad.  The only external checks were small python3 snippets against
    well-known public examples (UAI 0750655E, the textbook IBAN
    FR14 2004 1010 0505 0001 3M02 606 with RIB key 06, the NIR example
    2 55 08 14 168 025 38).

THEME
    « Que pensez-vous de l'usage de l'IA dans les établissements scolaires ? »
    Survey answers and school correspondence written by teachers, heads of
    school, inspectors, parents, pupils, AESH, CPE, librarians, school nurses,
    PsyEN, secretaries, IT referents, trainers, union representatives, AED,
    ATSEM, DDFPT, retired teachers, grand-parents and others.

MIX (400 lines, ids q001..q400, order shuffled deterministically)
    nopii   60  texts without personal data (opinions, minutes, chats, lists)
    trap    70  texts without personal data but with look-alikes: AI products
                and software (Claude, Albert, Lucie, Le Chat...), brands
                (Boulanger, Leclerc, Michelin...), schools and streets / squares
                named after people WITHOUT house number, towns with a postcode
                alone, dates, hours, amounts, class names, law references,
                order / ticket / invoice numbers, SIRET / SIREN, short and
                toll-free numbers, ISBN, book and film titles, works cited by
                their author's name (le Bescherelle, le Gaffiot...), capitalised
                common words at line starts, roles without names, software
                versions, room numbers.
    survey 130  survey answers with names and identifiers woven into opinions,
                from >= 50 survey templates (formal, casual, no accents,
                lowercase, SMS style, initials, first names next to a role or
                a class, pupils' first names, names of many origins, surnames
                that are also common French words, double-barrelled and
                particle surnames).
    letter 140  letters, forms, e-mails, requests, minutes, attendance lists,
                invitations, signatures, CV headers, chats, class-council notes,
                WhatsApp / ENT / Pronote messages, tables, with contact details,
                from >= 50 letter templates.

KINDS
    PERSONNE, ADRESSE, EMAIL, TELEPHONE, NIR, IBAN, UAI.

WRONG-KEY RULES (about 40 % of NIR, IBAN and UAI carry a deliberately wrong
check key and are labelled all the same; each key is drawn at random with a
feedback term p = 0.40 + 0.30 * (0.40 * n - wrong) that keeps each kind's
running wrong share near 40 %; the achieved share is printed and re-measured
from the written file with the validators)
    NIR   15 characters: sex, YY, MM, département (2A / 2B, or 97x + 2-digit
          commune, or 99 + country), commune, order, key; key = 97 - (n mod 97)
          on the first 13 characters, 2A -> 19 and 2B -> 18 for the
          computation; written with or without spaces.
    IBAN  French IBAN, ISO 7064 mod 97-10 (check digits = 98 - (n mod 97)),
          grouped by 4 or not.  The inner RIB key is always correct; only the
          IBAN check digits are made wrong.
    UAI   7 digits (département on 3, then 4) + the letter
          "ABCDEFGHJKLMNPRSTUVWXYZ"[n mod 23] of those 7 digits.

LABELLING CONVENTIONS
    PERSONNE  titles (M., Mme, Dr, monsieur, madame, Maître, Me...) excluded;
              an initial after a title is the letter alone (« Mme L. » -> L);
              first name + surname form one entity; a first name next to a
              role or a class is labelled on its own; trailing abbreviation
              dots excluded; public figures count as persons; names inside
              e-mails, schools, streets, places, pets, brands and AI products
              are NOT persons; separate form fields (« Nom : X » / « Prénom :
              Y ») give two entities; table cells give one entity per cell.
    EMAIL     the whole address, obfuscated forms included (arobase, [at],
              (at), chez, AT / DOT...).
    TELEPHONE the number with its international prefix, without the label.
    NIR / IBAN / UAI  the whole identifier with its inner separators, without
              the label.
    ADRESSE   one entity from the first element of the address (house number,
              street type, named place, or a complement that comes first) to
              the end of the city (CEDEX and its number included); with no city
              it ends at the end of the street or of the postcode; it may span
              several lines; a « chez M. X » / « c/o X » line is not part of the
              address (X is a PERSONNE); a city joined to the street by « à »
              is part of the address, « à » included; for a foreign address
              the country is part of it.

SELF-CHECK
    Templates carry inline marks ⟦KIND|value⟧.  Rendering removes the marks and
    records each entity's intended offset.  A draw is accepted only if every
    entity is found by text.find(entity, end_of_previous_entity) at exactly its
    intended offset, has no surrounding spaces, no trailing abbreviation dot on
    a PERSONNE, and no letter or digit glued to either side; otherwise it is
    redrawn (counted).  Duplicate texts are redrawn too (counted separately).
    After writing, the file is re-read and every entity of every line is
    checked again (found in order, same offset, valid kind, same sanity rules);
    any failure exits with an error.  Counts per kind and per category, the
    wrong-key shares (as drawn and as re-measured) and the redraw counts are
    printed.

Standard library only; a single random.Random(SEED) drives everything.
"""
import json
import os
import random
import re
import sys
import unicodedata

SEED = 18053117
R = random.Random(SEED)

KINDS = ("PERSONNE", "ADRESSE", "EMAIL", "TELEPHONE", "NIR", "IBAN", "UAI")
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.normpath(os.path.join(
    HERE, "..", "..", "Tests", "PrivacyTests", "Fixtures", "pii_blind18.jsonl"))

MIX = (("nopii", 60), ("trap", 70), ("survey", 130), ("letter", 140))

OPEN, CLOSE = "\u27e6", "\u27e7"
MARK_RE = re.compile(OPEN + r"([A-Z]+)\|(.*?)" + CLOSE, re.S)


# --------------------------------------------------------------------------
# small random helpers (all on R)
# --------------------------------------------------------------------------
def ch(seq):
    return R.choice(seq)


def wch(pairs):
    """weighted choice over [(value, weight), ...]"""
    vals = [v for v, _ in pairs]
    ws = [w for _, w in pairs]
    return R.choices(vals, weights=ws)[0]


def dg(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def fill(pat):
    return "".join(str(R.randrange(10)) if c == "#" else c for c in pat)


def M(kind, value):
    assert kind in KINDS, kind
    assert OPEN not in value and CLOSE not in value and value, value
    return OPEN + kind + "|" + value + CLOSE


SPECIAL_FOLD = {"ł": "l", "Ł": "L", "ı": "i", "œ": "oe", "Œ": "OE",
                "æ": "ae", "Æ": "AE", "ß": "ss", "đ": "d", "Đ": "D",
                "ø": "o", "Ø": "O"}


def fold(s):
    s = "".join(SPECIAL_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def noaccent(s):
    # keep « » and typographic punctuation, drop diacritics on letters
    out = []
    for c in s:
        if c.isalpha():
            out.append(fold(c))
        else:
            out.append(c)
    return "".join(out)


# --------------------------------------------------------------------------
# check keys
# --------------------------------------------------------------------------
UAI_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ"
RIB_MAP = {}
for _i, _grp in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]):
    for _c in _grp:
        RIB_MAP[_c] = str(_i + 1)


def uai_letter(d7):
    return UAI_ALPHA[int(d7) % 23]


def uai_ok(s):
    return bool(re.fullmatch(r"\d{7}[A-Z]", s)) and uai_letter(s[:7]) == s[7]


def nir_key(first13):
    s = first13.replace("2A", "19").replace("2B", "18")
    return 97 - int(s) % 97


def nir_ok(s):
    t = s.replace(" ", "")
    if len(t) != 15:
        return False
    return nir_key(t[:13]) == int(t[13:])


def iban_digits(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_check(bban):
    return 98 - int(iban_digits(bban + "FR00")) % 97


def iban_ok(s):
    t = s.replace(" ", "")
    return int(iban_digits(t[4:] + t[:4])) % 97 == 1


def rib_key(bank, branch, acct):
    c = "".join(x if x.isdigit() else RIB_MAP[x] for x in acct)
    return 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(c)) % 97


class Keys:
    """running wrong-key shares with a feedback term; pending until accepted"""

    def __init__(self):
        self.committed = {k: [0, 0] for k in ("NIR", "IBAN", "UAI")}
        self.pending = []

    def wrong(self, kind):
        n, w = self.committed[kind]
        for k, x in self.pending:
            if k == kind:
                n += 1
                w += x
        p = 0.40 + 0.30 * (0.40 * n - w)
        p = min(0.95, max(0.05, p))
        x = R.random() < p
        self.pending.append((kind, int(x)))
        return x

    def commit(self):
        for k, x in self.pending:
            self.committed[k][0] += 1
            self.committed[k][1] += x
        self.pending = []

    def discard(self):
        self.pending = []


KEYS = Keys()


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
ORIG = {
    "fr": ("Camille/x,Julien/m,Sandrine/f,Nathalie/f,Stéphane/m,Émilie/f,Thomas/m,Léa/f,Hugo/m,"
           "Chloé/f,Mathieu/m,Céline/f,Sébastien/m,Aurélie/f,Jérôme/m,Manon/f,Lucas/m,Clément/m,"
           "Margaux/f,Benoît/m,Agnès/f,Hélène/f,François/m,Cédric/m,Élodie/f,Rudy/m,Kevin/m,"
           "Jessica/f,Dominique/x,Jean-Marc/m,Marie-Claire/f,Anne-Sophie/f,Olivier/m,Capucine/f,"
           "Théo/m,Lilou/f,Enzo/m,Gaëlle/f,Hervé/m,Brigitte/f,Pascal/m,Véronique/f,Maxime/m,"
           "Noémie/f,Baptiste/m,Ginette/f,Thierry/m,Solène/f,Timothée/m,Bérénice/f",
           "Martin,Bernard,Dubois,Lefèvre,Moreau,Girard,Rousseau,Mercier,Garnier,Faure,Perrin,"
           "Gauthier,Lemaire,Vidal,Carpentier,Morel,Bonnet,Chauvin,Vasseur,Delacroix,Guillot,"
           "de La Roche,du Plessis,Lefebvre-Dumont,Martin-Gaillard,Saint-Jalmes,Des Rosiers,"
           "de Villeneuve,Aubert-Lacoste,Duval,Hébert,Pruvost,Deschamps"),
    "frw": ("Rose/f,Pierre/m,Blanche/f,Olive/f,Prosper/m,Marine/f,Victoire/f,Constant/m,Félicité/f,"
            "Sylvain/m,Aimé/m,Désiré/m,Clémence/f,Modeste/m,Espérance/f",
            "Boulanger,Lebrun,Petit,Legrand,Boucher,Berger,Meunier,Leblanc,Rossignol,Chevalier,"
            "Lapierre,Renard,Mouton,Masson,Marchand,Fontaine,Printemps,Sauvage,Loiseau,Poisson,"
            "Lamour,Laporte,Rivière,Noël,Blanc,Roux,Bonheur,Lenoir,Lévêque,Charpentier,Pain,"
            "Lecoq,Bouvier,Vacher,Page,Beau,Jeune,Rey,Bois,Marteau"),
    "magh": ("Karim/m,Nadia/f,Yasmina/f,Mehdi/m,Sofiane/m,Samira/f,Rachid/m,Leïla/f,Farid/m,"
             "Myriam/f,Yanis/m,Amine/m,Houria/f,Nassim/m,Fatima-Zahra/f,Abdelkader/m,Zineb/f,"
             "Walid/m,Khadija/f,Ilyes/m,Souad/f,Bilal/m,Imane/f,Rayan/m,Nour/f,Djamila/f",
             "Benali,Haddad,Bouzid,Amrani,Belkacem,Cherif,Mansouri,Ait Ahmed,Zerrouki,El Idrissi,"
             "Benmoussa,Ouali,Khelifi,Hamidi,Boudjema,Saïdi,Ben Youssef,Lahlou,Meziane,Taleb,"
             "Aït-Kaci,Bensaïd,El Amrani"),
    "waf": ("Awa/f,Moussa/m,Aminata/f,Mamadou/m,Fatoumata/f,Ousmane/m,Adama/x,Mariam/f,Seydou/m,"
            "Kadiatou/f,Boubacar/m,Aïssatou/f,Ibrahima/m,Coumba/f,Mariétou/f,Lamine/m,Binta/f,"
            "Souleymane/m,Ramatoulaye/f,Cheikh/m",
            "Diallo,Traoré,Koné,Coulibaly,Diop,Ndiaye,Sow,Camara,Keïta,Touré,Sylla,Ouédraogo,"
            "Fofana,Bamba,Konaté,Sissoko,Diarra,Mbaye,Gueye,Kouyaté,Ba,Fall"),
    "pt": ("João/m,Ana/f,Rui/m,Joaquim/m,Filipe/m,Conceição/f,Teresa/f,Luís/m,Gonçalo/m,Fernanda/f,"
           "Tiago/m,Sílvia/f,Nuno/m,Beatriz/f,Ricardo/m,Rosa/f",
           "Ferreira,Pereira,da Silva,Rodrigues,Gonçalves,Fernandes,Lopes,Carvalho,dos Santos,"
           "Teixeira,Almeida,de Sousa,Martins,Oliveira,Correia,Pinto,Da Costa,Monteiro"),
    "tr": ("Emre/m,Ayşe/f,Mehmet/m,Elif/f,Zeynep/f,Burak/m,Hülya/f,Cem/m,Özlem/f,Murat/m,Selin/f,"
           "Kerem/m,Büşra/f,Oğuz/m",
           "Yilmaz,Kaya,Demir,Şahin,Öztürk,Çelik,Aydin,Arslan,Dogan,Yıldız,Koç,Kurt,Özdemir,Aksoy"),
    "vn": ("Minh/m,Thu/f,Lan/f,Huong/f,Tuan/m,Linh/f,Quang/m,Ngoc Anh/f,Bao/m,Mai/f,Duc/m,Thao/f",
           "Nguyen,Tran,Pham,Hoang,Vu,Dang,Bui,Phan,Truong,Nguyễn,Lê,Huynh,Vo,Dinh"),
    "tam": ("Karthik/m,Priya/f,Murugan/m,Lakshmi/f,Vijay/m,Kavitha/f,Sivakumar/m,Thilaga/f,"
            "Arjun/m,Divya/f,Ganesh/m,Meena/f",
            "Subramaniam,Rajendran,Krishnan,Selvaraj,Murugesan,Balasubramanian,Anandarajah,"
            "Sivapalan,Ramasamy,Thambiraja,Pillai,Kandasamy"),
    "pl": ("Agnieszka/f,Krzysztof/m,Katarzyna/f,Wojciech/m,Małgorzata/f,Piotr/m,Zofia/f,Tomasz/m,"
           "Magdalena/f,Paweł/m",
           "Nowak,Wójcik,Kowalczyk,Mazur,Krawczyk,Zając,Kowalski|Kowalska,Wiśniewski|Wiśniewska,"
           "Lewandowski|Lewandowska,Zieliński|Zielińska,Kamiński|Kamińska,Szymański|Szymańska"),
    "bzh": ("Yann/m,Gwenaëlle/f,Erwan/m,Maïwenn/f,Tanguy/m,Soizic/f,Ronan/m,Gwendal/m,Nolwenn/f,"
            "Loeiz/m,Katell/f,Tugdual/m,Morgane/f,Maël/m,Enora/f",
            "Le Goff,Le Bihan,Kerouédan,Le Gall,Guivarc'h,Le Floc'h,Quéméner,Morvan,Le Du,Kervella,"
            "Riou,Le Bris,Jézéquel,Le Corre,Kerhervé,Cadiou,Le Meur,Tanguy"),
    "eus": ("Peio/m,Maite/f,Iñaki/m,Amaia/f,Xabi/m,Ainhoa/f,Beñat/m,Itziar/f,Eneko/m,Maddi/f,Ximun/m",
            "Etcheverry,Irigoyen,Elissalde,Harriet,Larralde,Goyhenetche,Iribarne,Etxeberria,Arrieta,"
            "Mendiburu,Hiriart,Dascon,Apeztegia,Oçafrain"),
    "co": ("Ghjuvanni/m,Letizia/f,Orsu/m,Ghjulia/f,Paulu/m,Anghjula/f,Santu/m,Maria-Antonia/f,"
           "Dumenicu/m,Laetitia/f,Ange-Marie/m,Pasquale/m",
           "Santoni,Paoli,Casanova,Filippi,Luciani,Pietri,Orsini,Bartoli,Mattei,Giacomoni,Albertini,"
           "Leca,Ottavi,Poggi"),
    "ant": ("Maryse/f,Ludovic/m,Joëlle/f,Fabrice/m,Murielle/f,Marie-Line/f,Josélita/f,Dimitri/m,"
            "Grégory/m,Lucette/f,Ferdinand/m,Rosemonde/f,Jimmy/m,Nadège/f",
            "Marie-Sainte,Belrose,Calixte,Lubin,Bellance,Louis-Sidney,Sainte-Rose,Nirelep,Jean-Baptiste,"
            "Théodose,Zamor,Alcindor,Romana,Ursulet"),
    "mg": ("Hery/m,Fanja/f,Tiana/f,Rivo/m,Voahangy/f,Njaka/m,Haingo/f,Andry/m,Mialy/f,Tojo/m",
           "Rakotomalala,Randrianarisoa,Rasoanaivo,Andriamanantena,Razafindrakoto,Rakotoarisoa,"
           "Ravelojaona,Rabemananjara,Andrianjafy"),
    "km": ("Said/m,Zaïnaba/f,Ahamada/m,Mariama/f,Soilihi/m,Anli/m,Faouzia/f,Ibrahim/m,Roukia/f,"
           "Nassuf/m,Echati/f",
           "Said Ahmed,Abdallah,Mohamed Ali,Soilihi,Mzé,Youssouf,Ahamadi,Madi,Attoumani,Boina,"
           "Combo,Houmadi"),
    "pf": ("Teva/m,Hinano/f,Moana/x,Tehani/f,Manarii/m,Vaitiare/f,Heimana/m,Poerava/f,Tamatea/m,"
           "Hina/f,Raiarii/m",
           "Teriitahi,Tetuanui,Temauri,Tauotaha,Faatauira,Tehaamatai,Mahinui,Teriierooiterai,"
           "Taputu,Tevaearai"),
    "nc": ("Wassissi/m,Yolaine/f,Eloi/m,Sylvana/f,Gabriel/m,Josiane/f",
           "Wamytan,Gope,Wahuzue,Kaloi,Poadja,Wakaine,Hnawia,Waheo"),
    "cn": ("Wei/m,Li Na/f,Jun/m,Mei/f,Xiaoling/f,Hao/m,Yifan/m,Jing/f,Lihua/f,Zhiwei/m",
           "Wang,Zhang,Chen,Liu,Huang,Zhao,Lin,Wu,Zhou,Xu"),
    "ua": ("Oleksandr/m,Olena/f,Yuliia/f,Dmytro/m,Iryna/f,Andriy/m,Mykola/m,Oksana/f,Sofiia/f,"
           "Bohdan/m",
           "Shevchenko,Kovalenko,Bondarenko,Tkachenko,Kravchenko,Melnyk,Boyko,Savchenko,Marchenko,"
           "Hrytsenko"),
}
ORIG_W = [("fr", 26), ("frw", 8), ("magh", 10), ("waf", 8), ("pt", 6), ("tr", 5), ("vn", 4),
          ("tam", 3), ("pl", 3), ("bzh", 5), ("eus", 3), ("co", 3), ("ant", 4), ("mg", 3),
          ("km", 3), ("pf", 2), ("nc", 1), ("cn", 3), ("ua", 3)]


def _parse_orig():
    out = {}
    for k, (fs, ls) in ORIG.items():
        firsts = [tuple(x.split("/")) for x in fs.split(",")]
        lasts = ls.split(",")
        out[k] = (firsts, lasts)
    return out


POOL = _parse_orig()

PUBLIC = ["Stanislas Dehaene", "Philippe Meirieu", "Cédric Villani", "Yann LeCun", "Luc Julia",
          "Sam Altman", "Arthur Mensch", "Laurence Devillers", "Edgar Morin", "Célestin Freinet",
          "Maria Montessori", "Jean Piaget", "Alan Turing", "Ada Lovelace", "Geoffrey Hinton",
          "Michel Serres", "Hannah Arendt", "Bernard Stiegler"]


class Person:
    def __init__(self, first, last, g, origin):
        self.first, self.last, self.g, self.origin = first, last, g, origin

    @property
    def full(self):
        return self.first + " " + self.last


def upper_last(s):
    return s.upper()


def initials_of(first):
    parts = first.split("-")
    return "-".join(p[0] + "." for p in parts)


# --------------------------------------------------------------------------
# places
# --------------------------------------------------------------------------
FR_CITIES = [("75011", "Paris"), ("75018", "Paris"), ("69003", "Lyon"), ("69008", "Lyon"),
             ("13005", "Marseille"), ("13014", "Marseille"), ("31400", "Toulouse"),
             ("33000", "Bordeaux"), ("59000", "Lille"), ("35000", "Rennes"), ("44000", "Nantes"),
             ("67000", "Strasbourg"), ("34000", "Montpellier"), ("06000", "Nice"),
             ("21000", "Dijon"), ("63000", "Clermont-Ferrand"), ("29200", "Brest"),
             ("64100", "Bayonne"), ("64500", "Saint-Jean-de-Luz"), ("20000", "Ajaccio"),
             ("20200", "Bastia"), ("93200", "Saint-Denis"), ("94000", "Créteil"),
             ("92100", "Boulogne-Billancourt"), ("78000", "Versailles"), ("95000", "Cergy"),
             ("80000", "Amiens"), ("14000", "Caen"), ("76600", "Le Havre"), ("37000", "Tours"),
             ("45000", "Orléans"), ("86000", "Poitiers"), ("87000", "Limoges"),
             ("25000", "Besançon"), ("54000", "Nancy"), ("57000", "Metz"), ("51100", "Reims"),
             ("38000", "Grenoble"), ("73000", "Chambéry"), ("42000", "Saint-Étienne"),
             ("84000", "Avignon"), ("30000", "Nîmes"), ("66000", "Perpignan"),
             ("56100", "Lorient"), ("22300", "Lannion"), ("29000", "Quimper"), ("12000", "Rodez"),
             ("46000", "Cahors"), ("24000", "Périgueux"), ("17000", "La Rochelle"),
             ("49000", "Angers"), ("72000", "Le Mans"), ("53000", "Laval"), ("61000", "Alençon"),
             ("08000", "Charleville-Mézières"), ("39000", "Lons-le-Saunier"),
             ("04000", "Digne-les-Bains"), ("05000", "Gap"), ("15000", "Aurillac"),
             ("48000", "Mende"), ("23000", "Guéret"), ("29860", "Plabennec"),
             ("64250", "Espelette"), ("20220", "L'Île-Rousse"), ("07200", "Aubenas"),
             ("26110", "Nyons"), ("62300", "Lens"), ("59100", "Roubaix"), ("93140", "Bondy"),
             ("91000", "Évry-Courcouronnes"), ("77100", "Meaux"), ("68100", "Mulhouse"),
             ("71100", "Chalon-sur-Saône"), ("40000", "Mont-de-Marsan"), ("65000", "Tarbes"),
             ("09000", "Foix"), ("81000", "Albi"), ("82000", "Montauban"), ("11000", "Carcassonne")]
DOM_CITIES = [("97400", "Saint-Denis"), ("97410", "Saint-Pierre"), ("97430", "Le Tampon"),
              ("97460", "Saint-Paul"), ("97420", "Le Port"), ("97100", "Basse-Terre"),
              ("97110", "Pointe-à-Pitre"), ("97139", "Les Abymes"), ("97122", "Baie-Mahault"),
              ("97200", "Fort-de-France"), ("97232", "Le Lamentin"), ("97220", "La Trinité"),
              ("97300", "Cayenne"), ("97310", "Kourou"), ("97320", "Saint-Laurent-du-Maroni"),
              ("97600", "Mamoudzou"), ("97615", "Pamandzi"), ("97650", "Bandraboua"),
              ("98800", "Nouméa"), ("98890", "Païta"), ("98714", "Papeete"), ("98704", "Faa'a"),
              ("97500", "Saint-Pierre"), ("97150", "Saint-Martin"), ("97133", "Saint-Barthélemy")]
DOM_BY = {"re": DOM_CITIES[0:5], "gp": DOM_CITIES[5:9], "mq": DOM_CITIES[9:12],
          "gf": DOM_CITIES[12:15], "yt": DOM_CITIES[15:18], "nc": DOM_CITIES[18:20],
          "pf": DOM_CITIES[20:22]}
CEDEX = [("35042", "Rennes", ""), ("69361", "Lyon", " 07"), ("13331", "Marseille", " 03"),
         ("75231", "Paris", " 05"), ("31062", "Toulouse", " 9"), ("33060", "Bordeaux", ""),
         ("59033", "Lille", ""), ("44001", "Nantes", " 1"), ("67083", "Strasbourg", ""),
         ("14032", "Caen", ""), ("86022", "Poitiers", ""), ("38021", "Grenoble", " 1"),
         ("97744", "Saint-Denis", " 9"), ("97154", "Pointe-à-Pitre", ""),
         ("97262", "Fort-de-France", ""), ("97306", "Cayenne", ""), ("20192", "Ajaccio", " 4"),
         ("94010", "Créteil", ""), ("78012", "Versailles", ""), ("21033", "Dijon", "")]
STREET_T = [("rue", 40), ("avenue", 10), ("boulevard", 6), ("allée", 7), ("impasse", 6),
            ("chemin", 6), ("place", 4), ("route", 5), ("quai", 2), ("cours", 2), ("square", 2),
            ("passage", 2), ("rue", 0)]
STREET_N = ["des Lilas", "Victor Hugo", "Jean Jaurès", "de la République", "du Général Leclerc",
            "des Écoles", "Pasteur", "de la Mairie", "du Stade", "des Tilleuls", "Gambetta",
            "Émile Zola", "du Moulin", "des Vignes", "de Verdun", "Paul Bert", "Jules Ferry",
            "de la Gare", "Saint-Exupéry", "des Mésanges", "du 8 Mai 1945", "Marcel Pagnol",
            "des Acacias", "Pierre Loti", "de Kerbernez", "du Port", "des Cerisiers",
            "Louise Michel", "Simone Veil", "Nelson Mandela", "Aimé Césaire", "des Coquelicots",
            "de la Fontaine", "du Château d'Eau", "des Peupliers", "de Bretagne", "des Frênes",
            "Condorcet", "Voltaire", "de l'Église", "des Hirondelles", "du Lavoir",
            "Georges Brassens", "de la Paix", "des Rosiers", "Ernest Renan", "du Bois Joli",
            "de Lattre de Tassigny", "Lamartine", "des Canuts", "de la Croix-Rousse",
            "Xavier Grall", "de Ty Nevez", "Mendi Alde", "Paul Doumer", "des Glycines",
            "Sainte-Catherine", "du Docteur Schweitzer", "Olympe de Gouges", "des Bleuets"]
DOM_STREET = {"re": ["rue Juliette Dodu", "chemin des Goyaviers", "rue Lallouette",
                     "allée des Flamboyants", "chemin Lagourgue", "rue du Général de Gaulle",
                     "impasse des Letchis", "chemin Bœuf Mort", "rue des Bougainvilliers"],
              "gp": ["rue Schœlcher", "boulevard Légitimus", "rue Frébault", "allée des Mahoganys",
                     "chemin de la Rivière Salée", "rue Achille René-Boisneuf"],
              "mq": ["rue Victor Schœlcher", "route de Redoute", "boulevard du Général de Gaulle",
                     "rue Lamartine", "chemin de Bois-Neuf", "allée des Balisiers"],
              "gf": ["avenue Léopold Héder", "route de Montjoly", "rue Lallouette",
                     "chemin de la Chaumière", "rue Christophe Colomb", "avenue Gustave Charlery"],
              "yt": ["rue du Commerce", "route nationale 1", "rue de la Mosquée",
                     "rue du Stade de Cavani", "chemin des Manguiers", "rue Mariazé"],
              "nc": ["rue de Sébastopol", "rue Jean Jaurès", "avenue du Maréchal Foch",
                     "rue Duquesne", "promenade Roger Laroque", "rue des Frères Carcopino"],
              "pf": ["rue du Général de Gaulle", "avenue Pouvanaa a Oopa", "rue des Remparts",
                     "servitude Teriitahi", "route de Tipaerui", "rue Paul Gauguin"]}
COMPL_FIRST = ["Résidence Les Glycines, bât. B", "Bâtiment C, escalier 2, appartement 14",
               "Appt 23, 4e étage", "Résidence du Parc – Esc. A", "Résidence Le Clos Fleuri, bât. 3",
               "Chez l'habitant, 2e étage gauche", "Entrée B, porte 12", "Les Hauts de Kerbernez, maison 7",
               "Cité des Fleurs, bâtiment 5", "Résidence universitaire Crous, chambre 218"]
COMPL_AFTER = ["bât. 3", "appt 12", "porte 4", "esc. B", "3e étage", "bât. A, appt 7",
               "résidence Les Pins", "logement 21"]
LIEUDIT = [("Kerhuel", "29860", "Plabennec"), ("Le Moulin Neuf", "22300", "Lannion"),
           ("Les Granges", "26110", "Nyons"), ("Mas de l'Olivier", "30000", "Nîmes"),
           ("Borde Neuve", "12000", "Rodez"), ("Etxeberria", "64250", "Espelette"),
           ("La Basse-Cour", "61000", "Alençon"), ("Le Puech", "48000", "Mende"),
           ("Kervenou", "29000", "Quimper"), ("Les Combes", "15000", "Aurillac"),
           ("Piazza di u Mulinu", "20220", "L'Île-Rousse"), ("La Croix Blanche", "07200", "Aubenas")]


def _f(pat):
    return fill(pat.format(n=R.randint(1, 180), k=R.randint(1, 9)))


FOREIGN = [
    ("Casablanca", "+212 5 22 ## ## ##", lambda: [_f("{n}, rue Abou Bakr Seddik"), "Quartier Gauthier", "20060 Casablanca", "Maroc"]),
    ("Madrid", "+34 91 ### ## ##", lambda: [_f("Calle de Serrano {n}, {k}º B"), "28006 Madrid", "Espagne"]),
    ("Bruxelles", "+32 2 ### ## ##", lambda: [_f("Avenue Louise {n}, bte {k}"), "1050 Bruxelles", "Belgique"]),
    ("Genève", "+41 22 ### ## ##", lambda: [_f("Route de Chêne {n}"), "1208 Genève", "Suisse"]),
    ("Lisbonne", "+351 21 ### ####", lambda: [_f("Rua de São Bento {n}, {k}º Esq."), "1200-821 Lisboa", "Portugal"]),
    ("Dakar", "+221 33 ### ## ##", lambda: [_f("Villa n° {n}, Sicap Liberté 6"), "Dakar", "Sénégal"]),
    ("Hô-Chi-Minh-Ville", "+84 28 #### ####", lambda: [_f("{n} Lê Thánh Tôn, Quận 1"), "Hô-Chi-Minh-Ville", "Viêt Nam"]),
    ("Montréal", "+1 514 ###-####", lambda: [_f("{n}, rue Sherbrooke Ouest, app. {k}"), _f("Montréal (Québec) H3A 1B#"), "Canada"]),
    ("Londres", "+44 20 #### ####", lambda: [_f("{n} Harrington Road"), "London SW7 3ES", "Royaume-Uni"]),
    ("Berlin", "+49 30 ########", lambda: [_f("Kantstraße {n}"), "10623 Berlin", "Allemagne"]),
    ("Tananarive", "+261 20 22 ### ##", lambda: [_f("Lot IV G {n} Ambatonakanga"), "101 Antananarivo", "Madagascar"]),
    ("Beyrouth", "+961 1 ### ###", lambda: [_f("Rue Sadate, immeuble Karam, {k}e étage"), "Hamra, Beyrouth", "Liban"]),
    ("Abidjan", "+225 27 22 ## ## ##", lambda: [_f("Cocody Riviera Golf, villa {n}"), _f("01 BP #### Abidjan 01"), "Côte d'Ivoire"]),
    ("Tunis", "+216 71 ### ###", lambda: [_f("{n}, avenue de la Liberté"), "1002 Tunis", "Tunisie"]),
    ("Moroni", "+269 77# ## ##", lambda: [_f("BP {n}"), "Moroni", "Union des Comores"]),
    ("New York", "+1 212 ###-####", lambda: [_f("{n} East 72nd Street, Apt {k}B"), "New York, NY 10021", "États-Unis"]),
    ("Rome", "+39 06 #### ####", lambda: [_f("Via Nazionale {n}"), "00184 Roma", "Italie"]),
    ("Athènes", "+30 210 ### ####", lambda: [_f("Odos Kifissias {n}"), "115 26 Athènes", "Grèce"]),
    ("Jakarta", "+62 21 #### ####", lambda: [_f("Jalan Kemang Raya {n}"), "Jakarta Selatan 12730", "Indonésie"]),
    ("Rabat", "+212 5 37 ## ## ##", lambda: [_f("{n} rue Ibn Khaldoun, Agdal"), "10090 Rabat", "Maroc"]),
]
ABROAD_CITY = ["Casablanca", "Madrid", "Bruxelles", "Genève", "Lisbonne", "Dakar",
               "Hô-Chi-Minh-Ville", "Montréal", "Londres", "Berlin", "Tananarive", "Beyrouth",
               "Abidjan", "Tunis", "Moroni", "New York", "Rome", "Athènes", "Jakarta", "Rabat",
               "Singapour", "Mexico", "Tokyo", "Pondichéry", "Alger"]
ABROAD_TEL = ["+212 5 22 ## ## ##", "+212 6 ## ## ## ##", "+34 91 ### ## ##", "+32 2 ### ## ##",
              "+41 22 ### ## ##", "+351 21 ### ####", "+221 33 ### ## ##", "+225 27 22 ## ## ##",
              "+216 71 ### ###", "+961 1 ### ###", "+84 28 #### ####", "+1 514 ###-####",
              "+44 20 #### ####", "+49 30 ########", "+261 20 22 ### ##", "+39 06 #### ####",
              "+30 210 ### ####", "+62 21 #### ####", "+65 6### ####", "+52 55 #### ####",
              "+81 3-####-####", "+91 413 ### ####", "+213 23 ## ## ##"]

ACAD = ["ac-paris.fr", "ac-creteil.fr", "ac-versailles.fr", "ac-lille.fr", "ac-amiens.fr",
        "ac-normandie.fr", "ac-rennes.fr", "ac-nantes.fr", "ac-orleans-tours.fr", "ac-poitiers.fr",
        "ac-bordeaux.fr", "ac-toulouse.fr", "ac-montpellier.fr", "ac-aix-marseille.fr",
        "ac-nice.fr", "ac-corse.fr", "ac-grenoble.fr", "ac-lyon.fr", "ac-clermont.fr",
        "ac-dijon.fr", "ac-besancon.fr", "ac-nancy-metz.fr", "ac-strasbourg.fr", "ac-reims.fr",
        "ac-limoges.fr", "ac-guadeloupe.fr", "ac-martinique.fr", "ac-guyane.fr",
        "ac-reunion.fr", "ac-mayotte.fr", "ac-noumea.nc"]
PERSO = ["gmail.com", "orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr",
         "hotmail.fr", "outlook.fr", "yahoo.fr", "icloud.com", "proton.me", "protonmail.com",
         "mailo.com", "live.fr", "gmx.fr", "hotmail.com", "aol.com", "neuf.fr", "bbox.fr"]
INST = ["education.gouv.fr", "reseau-canope.fr", "etu.univ-nantes.fr", "inspe.univ-toulouse.fr",
        "univ-lyon1.fr", "education.pf", "cned.fr", "onisep.fr", "etu.univ-rouen.fr",
        "ens.psl.eu", "lycee-francais-madrid.es", "lfcasablanca.ma", "aefe.fr", "snes.edu"]

SUBJ = ["français", "mathématiques", "histoire-géographie", "SVT", "physique-chimie", "anglais",
        "espagnol", "allemand", "EPS", "technologie", "arts plastiques", "éducation musicale",
        "philosophie", "SES", "NSI", "lettres classiques", "italien", "breton", "basque",
        "corse", "créole", "économie-gestion", "STI2D", "biotechnologies"]
CLASSES = ["6e3", "5eB", "4e2", "3eA", "3e Prépa-Métiers", "2nde 4", "2nde 7", "1re G2",
           "1re STMG", "Tle G5", "Tle STI2D", "CM1", "CM2", "CE2", "CE1", "CP", "GS",
           "BTS SIO 1", "CAP cuisine", "1re bac pro commerce", "ULIS", "6e SEGPA", "4e5",
           "5e1", "Tle bac pro MELEC", "MS"]
TOOLS = ["ChatGPT", "Le Chat de Mistral", "Gemini", "Copilot", "Claude", "Perplexity",
         "Albert", "MIA Seconde", "DeepL", "NotebookLM", "Canva", "Magic School", "Lucie",
         "Mistral", "un chatbot", "l'IA de Snapchat", "Meta AI"]
UNIONS = ["SNES-FSU", "SE-Unsa", "Sgen-CFDT", "SNUipp-FSU", "SUD Éducation", "CGT Éduc'action",
          "SNALC", "FO Enseignement", "SNPDEN-Unsa", "SNEP-FSU"]
SCHOOL_NAMES = ["Jean Moulin", "Victor Hugo", "Simone Veil", "Louise Michel", "Jules Ferry",
                "Marie Curie", "Paul Éluard", "Aimé Césaire", "Gaston Monnerville", "Albert Camus",
                "Jacques Prévert", "Jean de La Fontaine", "Anatole Le Braz", "Colette",
                "Rosa Parks", "Olympe de Gouges", "Frédéric Mistral", "Pasquale Paoli",
                "Lislet Geoffroy", "Leconte de Lisle", "Félix Éboué", "Joseph Zobel",
                "Paul Gauguin", "Antoine de Saint-Exupéry", "Condorcet", "Descartes",
                "Montaigne", "Molière", "Voltaire", "des Pins", "du Parc", "Les Tilleuls",
                "de la Mer", "des Deux-Rives", "du Val", "Les Hauts de Plaine", "Kerichen",
                "Ravel", "George Sand", "Germaine Tillion", "Nelson Mandela", "Toussaint Louverture",
                "Épi de Blé", "Les Cèdres", "Bellevue", "Marcel Pagnol"]
SCHOOL_TYPES = {"col": ["collège"], "lyc": ["lycée", "lycée général et technologique", "lycée polyvalent"],
                "lp": ["lycée professionnel", "LP"], "ecole": ["école élémentaire", "école primaire",
                                                              "école maternelle", "groupe scolaire"]}

DATES = ["12 septembre", "3 octobre", "18 novembre", "5 décembre", "9 janvier", "27 janvier",
         "6 février", "14 mars", "2 avril", "22 mai", "13 juin", "30 juin"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]


def hour():
    return ch(["8 h", "8 h 30", "9 h", "10 h 15", "13 h 30", "14 h", "16 h 30", "17 h", "18 h",
               "9h30", "14h", "17h15", "12 h 45"])


def num_date():
    return "%02d/%02d/20%s" % (R.randint(1, 28), R.randint(1, 12), ch(["24", "25", "26"]))


OPINIONS = [
    "L'IA peut aider à différencier les exercices, à condition que l'enseignant garde la main.",
    "Je crains surtout une perte de l'effort : pourquoi chercher quand la machine répond tout de suite ?",
    "Il faudrait une vraie formation, pas un webinaire d'une heure un mercredi après-midi.",
    "Les élèves savent s'en servir bien mieux que nous, mais ils ne savent pas vérifier.",
    "La question des données personnelles n'est jamais posée clairement.",
    "Pour les élèves dys, la synthèse vocale et la reformulation changent vraiment la donne.",
    "On nous demande d'innover sans matériel : la moitié des ordinateurs ne démarre plus.",
    "Je préfère qu'on l'utilise en classe, encadrée, plutôt qu'en cachette à la maison.",
    "Le vrai risque, c'est de creuser les inégalités entre ceux qui ont un abonnement payant et les autres.",
    "Les devoirs maison n'ont plus beaucoup de sens, il faut repenser l'évaluation.",
    "C'est un outil, ni plus ni moins, comme la calculatrice en son temps.",
    "L'impact environnemental est rarement évoqué, et pourtant il est réel.",
    "J'aimerais une charte commune à tout l'établissement plutôt que des règles différentes selon les profs.",
    "Pour préparer mes cours, ça me fait gagner un temps fou, je l'avoue.",
    "Les réponses sont parfois fausses avec un aplomb déconcertant : excellent support pour l'esprit critique.",
    "Je suis contre : l'école doit rester un lieu où l'on apprend à penser par soi-même.",
    "Les familles ne sont pas du tout informées de ce qui se fait en classe.",
    "En langues vivantes, la traduction automatique a déjà tout bouleversé depuis des années.",
    "Savoir rédiger une bonne consigne devient presque une compétence en soi.",
    "Les outils validés par l'institution arrivent toujours trop tard.",
    "Je ne veux pas que mes élèves deviennent dépendants d'outils dont on ignore le fonctionnement.",
    "Générer les appréciations des bulletins ? Hors de question.",
    "Utilisée pour s'entraîner, avec correction immédiate, elle motive certains élèves décrocheurs.",
    "On manque cruellement de temps pour se concerter entre collègues sur ces questions.",
    "La vraie urgence, c'est l'éducation aux médias, pas l'outil lui-même.",
    "Beaucoup de collègues ont peur, et cette peur mérite d'être entendue.",
    "Il faut distinguer l'usage par l'enseignant et l'usage par l'élève, ce n'est pas du tout la même chose.",
    "L'oral reprend de l'importance, et c'est plutôt une bonne nouvelle.",
    "Les plus fragiles risquent de recopier sans comprendre, les plus à l'aise vont gagner encore en avance.",
    "Je trouve que l'on va trop vite, sans aucun recul scientifique.",
    "Ça ne remplacera jamais la relation humaine entre un élève et son professeur.",
    "Pour les élèves allophones, la traduction instantanée est une aide précieuse.",
    "Il faudrait des outils hébergés en Europe, respectueux du RGPD.",
    "J'ai changé ma façon d'évaluer : plus d'écrits en classe, plus d'oral, moins de travail à la maison.",
]
OPINIONS_CASUAL = [
    "franchement c'est pratique pour les exos", "jsp trop, ça dépend des profs",
    "c'est de la triche si on recopie, mais pour comprendre c'est top",
    "les profs font genre ils savent pas mais ils l'utilisent aussi",
    "moi je m'en sers pour réviser le brevet", "ça invente des trucs des fois mdr",
    "faut juste pas faire confiance à 100 %", "c'est mieux que de rien comprendre en cours",
    "on devrait apprendre à s'en servir au lieu de l'interdire", "perso ça m'aide en anglais",
    "ça fait peur un peu quand même", "c nul pour les maths, ça se trompe",
]


# --------------------------------------------------------------------------
# the per-draw generator object used by templates
# --------------------------------------------------------------------------
class G:
    def __init__(self):
        self.used = set()
        self.style = None
        self.abroad = None

    def reset(self):
        self.used = set()
        self.style = None
        self.abroad = None

    def pick_abroad(self):
        """fix one foreign city for this draw; foreign addresses / phones follow it"""
        self.abroad = ch(FOREIGN)
        return self.abroad[0]

    # ---- people -----------------------------------------------------------
    def person(self, origin=None, g=None, mix=0.12, last=None):
        for _ in range(200):
            o = origin or wch(ORIG_W)
            firsts, lasts = POOL[o]
            cand = [x for x in firsts if g is None or x[1] in (g, "x")]
            fn, gg = ch(cand)
            if gg == "x":
                gg = g or ch("mf")
            if last is not None:
                ln = last
            else:
                lo = o
                if R.random() < mix:
                    lo = wch(ORIG_W)
                ln = ch(POOL[lo][1])
                if "|" in ln:
                    a, b = ln.split("|")
                    ln = a if gg == "m" else b
                if o in ("fr", "frw") and R.random() < 0.06:
                    other = ch(POOL[wch(ORIG_W)][1]).split("|")[0]
                    if " " not in other and " " not in ln and other != ln:
                        ln = ln + "-" + other
            if fn in self.used or (last is None and ln in self.used) or fn == ln:
                continue
            self.used.add(fn)
            self.used.add(ln)
            return Person(fn, ln, gg, o)
        raise RuntimeError("person pool exhausted")

    def kid(self, parent=None, g=None):
        if parent is None:
            return self.person(g=g)
        gg = g or ch("mf")
        ln = parent.last
        if ln.endswith("ska") and gg == "m":
            ln = ln[:-3] + "ski"
        elif ln.endswith("ski") and gg == "f":
            ln = ln[:-3] + "ska"
        return self.person(origin=parent.origin if parent.origin != "frw" else "fr", g=gg, last=ln)

    def fl(self, p):
        return M("PERSONNE", p.full)

    def fL(self, p):
        return M("PERSONNE", p.first + " " + upper_last(p.last))

    def Lf(self, p):
        return M("PERSONNE", upper_last(p.last) + " " + p.first)

    def f(self, p):
        return M("PERSONNE", p.first)

    def l(self, p):
        return M("PERSONNE", p.last)

    def L(self, p):
        return M("PERSONNE", upper_last(p.last))

    def il(self, p):
        if initials_of(p.first) == "M.":
            return self.fl(p)  # « M. Durand » would read as a title
        return M("PERSONNE", initials_of(p.first) + " " + p.last)

    def fi(self, p):
        return M("PERSONNE", p.first + " " + p.last[0].upper()) + "."

    def low(self, p):
        return M("PERSONNE", (p.first + " " + p.last).lower())

    def nm(self, p):
        k = wch([("fl", 60), ("fL", 15), ("Lf", 8), ("il", 6), ("low", 3)])
        return getattr(self, k)(p)

    def title(self, p, casual=False):
        if casual:
            return ch(["mme", "madame"]) if p.g == "f" else ch(["mr", "monsieur", "m."])
        if p.g == "f":
            return wch([("Mme", 70), ("Madame", 25), ("Mme.", 0)])
        return wch([("M.", 65), ("Monsieur", 25), ("Mr", 10)])

    def mme(self, p, full=False, casual=False):
        t = self.title(p, casual)
        return t + " " + (self.fl(p) if full else self.l(p))

    def ini(self, p, casual=False):
        return self.title(p, casual) + " " + M("PERSONNE", p.last[0].upper()) + "."

    def e(self, p):
        return "e" if p.g == "f" else ""

    def mc(self, p):
        """optional contact after a signature (about half of the time)"""
        k = R.random()
        if k < .22:
            return " – " + self.email(p)
        if k < .40:
            return " (" + self.tel(ch(["mob", "mob", "fixe"])) + ")"
        if k < .50:
            return ", " + self.email(p) + ", " + self.tel()
        return ""

    def pub(self):
        return M("PERSONNE", ch(PUBLIC))

    # ---- e-mail -----------------------------------------------------------
    def email(self, p=None, shape=None, dom=None):
        if p is None:
            return self.email_generic(dom)
        fa = re.sub(r"[ ']", "", fold(p.first).lower())
        la = fold(p.last).lower().replace("'", "")
        la_j = la.replace(" ", ch(["", "-", "", "_"]))
        shape = shape or wch([("fl", 30), ("il", 10), ("fln", 8), ("f-l", 8), ("lf", 6), ("fly", 6),
                              ("plus", 5), ("sub", 5), ("UP", 4), ("Mixed", 4), ("arobase", 4),
                              ("at", 3), ("pat", 3), ("chez", 2), ("ATDOT", 2), ("f_l", 3)])
        acad = dom or ch(ACAD)
        perso = dom or ch(PERSO)
        if shape == "fl":
            v = "%s.%s@%s" % (fa, la_j, ch([acad, acad, perso]))
        elif shape == "il":
            v = "%s%s@%s" % (fa[0], la_j.replace("-", ""), acad)
        elif shape == "fln":
            v = "%s.%s%d@%s" % (fa, la_j, R.randint(2, 9), acad)
        elif shape == "f-l":
            v = "%s-%s@%s" % (fa, la_j, perso)
        elif shape == "f_l":
            v = "%s_%s%s@%s" % (fa, la_j, dg(2), perso)
        elif shape == "lf":
            v = "%s.%s@%s" % (la_j, fa, perso)
        elif shape == "fly":
            v = "%s%s%s@%s" % (fa.replace("-", ""), la_j[0], ch(["78", "85", "92", "2004", "974", "33"]), perso)
        elif shape == "plus":
            v = "%s.%s+%s@%s" % (fa, la_j, ch(["ia", "ecole", "enquete", "pronote", "cours"]),
                                 ch(["gmail.com", "proton.me", "fastmail.com"]))
        elif shape == "sub":
            v = "%s.%s@%s" % (fa, la_j, dom or ch(INST))
        elif shape == "UP":
            v = ("%s.%s@%s" % (fa, la_j, acad)).upper()
        elif shape == "Mixed":
            v = "%s.%s@%s" % (fold(p.first).replace(" ", ""), fold(p.last).replace(" ", "").replace("'", ""), perso)
        elif shape == "arobase":
            v = "%s.%s %s %s" % (fa, la_j, ch(["arobase", "arobase", "(arobase)"]), ch([acad, perso]))
        elif shape == "at":
            d = ch(PERSO).rsplit(".", 1)
            v = "%s.%s [at] %s [dot] %s" % (fa, la_j, d[0], d[1])
        elif shape == "pat":
            v = "%s%s%s" % (fa, ch(["(at)", "[at]", " (at) "]), ch([acad, perso]))
        elif shape == "chez":
            v = "%s.%s chez %s" % (fa, la_j, ch(["free.fr", "orange.fr", "laposte.net"]))
        elif shape == "ATDOT":
            d = ch(ACAD).rsplit(".", 1)
            v = "%s DOT %s AT %s DOT %s" % (fa, la_j, d[0], d[1])
        else:
            raise ValueError(shape)
        return M("EMAIL", v)

    def email_generic(self, dom=None, uai=None):
        acad = dom or ch(ACAD)
        k = R.randrange(8)
        if k == 0 and uai:
            v = "ce.%s@%s" % (uai.lower(), acad)
        elif k == 0:
            d7 = "0" + "%02d" % R.randint(1, 95) + dg(4)
            v = "ce.%s%s@%s" % (d7, uai_letter(d7).lower(), acad)
        elif k == 1:
            v = "secretariat.%s@%s" % (ch(["college", "lycee", "ecole"]) + "-" + ch(["jean-moulin", "les-tilleuls", "victor-hugo", "simone-veil", "des-pins", "bellevue"]), ch(["orange.fr", "wanadoo.fr", "gmail.com"]))
        elif k == 2:
            v = "vie-scolaire@%s" % ch(["lycee-marie-curie.fr", "college-des-deux-rives.fr", "lpo-bellevue.net"])
        elif k == 3:
            v = "drane.ia@%s" % acad
        elif k == 4:
            v = "contact@ape-ecole-%s.org" % ch(["des-pins", "du-parc", "jules-ferry", "les-cedres"])
        elif k == 5:
            v = "cdi.%s@gmail.com" % ch(["condorcet", "kerichen", "moliere", "camus", "ravel"])
        elif k == 6:
            v = "Secretariat.Direction@%s" % ch(["lfcasablanca.ma", "lycee-francais-madrid.es", "lfdakar.org"])
        else:
            v = "dsden%s-numerique@%s" % (ch(["35", "69", "974", "93", "2a", "971"]), acad)
        return M("EMAIL", v)

    # ---- phone ------------------------------------------------------------
    def tel(self, kind=None):
        kind = kind or wch([("mob", 45), ("fixe", 30), ("re", 4), ("gp", 3), ("mq", 3), ("gf", 2),
                            ("yt", 2), ("km", 1), ("nc", 2), ("pf", 2), ("abroad", 6)])
        if kind in ("mob", "fixe"):
            n10 = "0" + (ch("67") if kind == "mob" else ch("123459")) + dg(8)
            return M("TELEPHONE", fmt_fr(n10, None))
        if kind in ("re", "gp", "mq", "gf", "yt"):
            cc = {"re": "262", "gp": "590", "mq": "596", "gf": "594", "yt": "262"}[kind]
            pre = {"re": ["262", "692", "693"], "gp": ["590", "690", "691"], "mq": ["596", "696", "697"],
                   "gf": ["594", "694"], "yt": ["269", "639"]}[kind]
            p3 = ch(pre)
            rest = dg(6)
            pairs = " ".join(rest[i:i + 2] for i in range(0, 6, 2))
            st = R.randrange(7)
            if st == 0:
                v = "0%s %s" % (p3, pairs)
            elif st == 1:
                v = "0%s %s %s" % (p3[0:1], p3[1:], pairs)
            elif st == 2:
                v = "+%s %s %s" % (cc, p3, pairs)
            elif st == 3:
                v = "+%s (0)%s %s" % (cc, p3, pairs)
            elif st == 4:
                v = "+%s%s%s" % (cc, p3, rest)
            elif st == 5:
                v = "0%s.%s" % (p3, pairs.replace(" ", "."))
            else:
                v = "00 %s %s %s" % (cc, p3, pairs)
            return M("TELEPHONE", v)
        if kind == "km":
            return M("TELEPHONE", fill(ch(["+269 3## ## ##", "+269 77# ## ##", "00269 3## ## ##"])))
        if kind == "nc":
            return M("TELEPHONE", fill(ch(["+687 ## ## ##", "+687 ##.##.##", "(+687) ######", "+687 7#.##.##"])))
        if kind == "pf":
            return M("TELEPHONE", fill(ch(["+689 40 ## ## ##", "+689 87 ## ## ##", "+689 89.##.##.##",
                                           "(689) 87 ## ## ##", "+68940######"])))
        if kind == "abroad":
            if self.abroad:
                return M("TELEPHONE", fill(self.abroad[1]))
            return M("TELEPHONE", fill(ch(ABROAD_TEL)))
        raise ValueError(kind)

    # ---- address ----------------------------------------------------------
    def _num(self):
        n = str(R.choice([R.randint(1, 30), R.randint(1, 30), R.randint(1, 250)]))
        return n + wch([("", 70), (" bis", 10), ("bis", 3), (" ter", 6), ("B", 4), (" B", 3), (" A", 2)])

    def _street(self):
        t = wch(STREET_T)
        n = ch(STREET_N)
        s = t + " " + n
        return s

    def _cp(self, upper=False):
        cp, city = ch(FR_CITIES)
        return "%s %s" % (cp, city.upper() if upper else city)

    def adr(self, kind=None):
        kind = kind or wch([("line", 22), ("ml", 18), ("compl", 9), ("after", 7), ("lieudit", 5),
                            ("bp", 4), ("cs", 6), ("a", 6), ("street", 4), ("dom", 10), ("foreign", 9)])
        if kind == "line":
            sep = ch([", ", ", ", " ", " – ", " - "])
            v = "%s%s %s%s%s" % (self._num(), ch(["", ",", ""]), self._street(), sep, self._cp(R.random() < .2))
        elif kind == "ml":
            v = "%s %s\n%s" % (self._num(), self._street(), self._cp(R.random() < .4))
        elif kind == "compl":
            v = "%s\n%s %s\n%s" % (ch(COMPL_FIRST), self._num(), self._street(), self._cp(R.random() < .4))
        elif kind == "after":
            v = "%s %s, %s, %s" % (self._num(), self._street(), ch(COMPL_AFTER), self._cp())
        elif kind == "lieudit":
            ld, cp, city = ch(LIEUDIT)
            v = ch(["Lieu-dit %s\n%s %s", "lieu-dit %s, %s %s", "%s\n%s %s"]) % (ld, cp, city)
        elif kind == "bp":
            cp, city, cx = ch(CEDEX)
            v = ch(["BP %s\n%s %s CEDEX%s", "BP %s – %s %s Cedex%s"]) % (R.randint(10, 999), cp, city, cx)
        elif kind == "cs":
            cp, city, cx = ch(CEDEX)
            v = "%s %s\n%s %s\n%s %s %s%s" % (self._num(), self._street(), ch(["CS", "BP", "TSA"]),
                                             R.randint(10000, 99999) if R.random() < .7 else R.randint(10, 999),
                                             cp, ch([city, city.upper()]), ch(["CEDEX", "Cedex", "cedex"]), cx)
        elif kind == "a":
            cp, city = ch(FR_CITIES)
            v = "%s %s à %s" % (self._num(), self._street(), city)
        elif kind == "street":
            v = "%s %s" % (self._num(), self._street())
        elif kind == "dom" or kind in DOM_BY:
            reg = kind if kind in DOM_BY else ch(list(DOM_BY))
            cp, city = ch(DOM_BY[reg])
            st = ch(DOM_STREET[reg])
            k = R.randrange(4)
            if reg == "pf" and k == 3:
                v = "BP %d, %s %s" % (R.randint(100, 9999), cp, city)
            elif reg == "pf" and k == 2:
                v = "%s, PK %d,%d côté %s\n%s %s" % (st[0].upper() + st[1:], R.randint(2, 30), R.randint(1, 9), ch(["mer", "montagne"]), cp, city)
            elif reg == "re" and k == 3:
                v = "Lotissement Les Flamboyants\n%d %s\n%s %s" % (R.randint(1, 60), st, cp, city)
            elif reg == "yt" and k == 3:
                v = "%s, %s\n%s %s" % (st[0].upper() + st[1:], ch(["Kawéni", "Cavani", "Passamaïnty", "M'Tsapéré"]), cp, city)
            elif k == 1:
                v = "%s %s\n%s %s" % (self._num(), st, cp, city)
            elif reg in ("mq", "gp") and k == 2:
                v = "Quartier %s, %s %s" % (ch(["Bois-Neuf", "Morne Rouge", "Bellevue", "Grand-Camp"]), cp, city)
            else:
                v = "%s, %s, %s %s" % (self._num(), st, cp, city)
        elif kind in ("foreign", "foreign_ml"):
            parts = (self.abroad or ch(FOREIGN))[2]()
            if kind == "foreign_ml" or R.random() < .4:
                v = "\n".join(parts)
            else:
                v = ", ".join(parts)
        else:
            raise ValueError(kind)
        return M("ADRESSE", v)

    def adr1(self):
        return self.adr(wch([("line", 40), ("after", 12), ("a", 10), ("dom", 12), ("foreign1", 0),
                             ("street", 5)]))

    def adrb(self):
        return self.adr(wch([("ml", 30), ("compl", 14), ("cs", 10), ("bp", 5), ("lieudit", 7),
                             ("dom", 14), ("foreign_ml", 10), ("line", 10)]))

    # ---- identifiers ------------------------------------------------------
    def nir(self, p=None, spaced=None):
        sex = "2" if (p is not None and p.g == "f") else ("1" if p is not None else ch("12"))
        yy = "%02d" % R.randint(55, 99) if R.random() < .85 else "%02d" % R.randint(0, 4)
        mm = "%02d" % R.randint(1, 12)
        k = R.random()
        if k < .80:
            dep = "%02d" % ch([x for x in range(1, 96) if x != 20])
            com = "%03d" % R.randint(1, 600)
        elif k < .86:
            dep = ch(["2A", "2B"])
            com = "%03d" % R.randint(1, 366)
        elif k < .95:
            dep = ch(["971", "972", "973", "974", "976"])
            com = "%02d" % R.randint(1, 34)
        else:
            dep = "99"
            com = ch(["350", "352", "351", "139", "341", "335", "208", "243", "235", "122", "155", "333", "397", "216"])
        order = "%03d" % R.randint(1, 999)
        f13 = sex + yy + mm + dep + com + order
        assert len(f13) == 13, f13
        key = nir_key(f13)
        if KEYS.wrong("NIR"):
            key = ch([x for x in range(1, 98) if x != key])
        ks = "%02d" % key
        st = spaced if spaced is not None else wch([("sp", 55), ("none", 30), ("half", 15)])
        if st == "sp":
            v = " ".join([sex, yy, mm, dep, com, order, ks])
        elif st == "half":
            v = f13 + " " + ks
        else:
            v = f13 + ks
        return M("NIR", v)

    def iban(self, grouped=None):
        bank = ch(["30004", "30003", "20041", "10278", "11315", "13807", "14505", "30002", "18206",
                   "10107", "15589", "42559", "16606", "17515", "12506", "10096"])
        branch = dg(5)
        acct = dg(11)
        if R.random() < .15:
            pos = R.randint(5, 9)
            acct = acct[:pos] + ch("ABCDEFGHJKLMNPRSTUVWXYZ") + acct[pos + 1:]
        rk = "%02d" % rib_key(bank, branch, acct)
        bban = bank + branch + acct + rk
        ck = iban_check(bban)
        if KEYS.wrong("IBAN"):
            ck = ch([x for x in range(2, 99) if x != ck])
        raw = "FR%02d%s" % (ck, bban)
        g = grouped if grouped is not None else (R.random() < .72)
        v = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if g else raw
        return M("IBAN", v)

    def uai(self, dep=None):
        if dep is None:
            k = R.random()
            if k < .82:
                dep = "0%02d" % ch([x for x in range(1, 96) if x != 20])
            elif k < .86:
                dep = ch(["620", "720"])
            else:
                dep = ch(["971", "972", "973", "974", "976", "983", "984"])
        d7 = dep + dg(4)
        letter = uai_letter(d7)
        if KEYS.wrong("UAI"):
            letter = ch([c for c in UAI_ALPHA if c != letter])
        return M("UAI", d7 + letter)

    # ---- unmarked context -------------------------------------------------
    def subj(self):
        return ch(SUBJ)

    def desubj(self):
        x = ch(SUBJ)
        return ("d'" if x[0] in "aeéiouhAEIOU" else "de ") + x

    def classe(self):
        return ch(CLASSES)

    def tool(self):
        return ch(TOOLS)

    def op(self):
        return ch(OPINIONS)

    def opc(self):
        return ch(OPINIONS_CASUAL)

    def city(self):
        return ch(FR_CITIES)[1]

    def date(self):
        return ch(DATES)

    def school(self, kind=None):
        kind = kind or ch(list(SCHOOL_TYPES))
        return "%s %s" % (ch(SCHOOL_TYPES[kind]), ch(SCHOOL_NAMES))

    def union(self):
        return ch(UNIONS)


def fmt_fr(n10, style=None):
    s = n10[1:]
    a = [n10[i:i + 2] for i in range(0, 10, 2)]
    rest = " ".join(s[i:i + 2] for i in range(1, 9, 2))
    style = style or wch([("sp", 34), ("dot", 12), ("dash", 5), ("none", 9), ("intl", 14),
                          ("intl0", 8), ("intlc", 6), ("intldot", 3), ("0033", 3), ("intl0sp", 3),
                          ("mix", 3)])
    if style == "sp":
        return " ".join(a)
    if style == "dot":
        return ".".join(a)
    if style == "dash":
        return "-".join(a)
    if style == "none":
        return n10
    if style == "intl":
        return "+33 " + s[0] + " " + rest
    if style == "intl0":
        return "+33 (0)" + s[0] + " " + rest
    if style == "intlc":
        return "+33" + s
    if style == "intldot":
        return "+33 " + s[0] + "." + rest.replace(" ", ".")
    if style == "0033":
        return "0033 " + s[0] + " " + rest
    if style == "intl0sp":
        return "+33 (0) " + s[0] + " " + rest
    if style == "mix":
        return n10[:2] + " " + n10[2:6] + " " + n10[6:]
    raise ValueError(style)


# --------------------------------------------------------------------------
# template registries
# --------------------------------------------------------------------------
SURVEY_T, LETTER_T, NOPII_T, TRAP_T = [], [], [], []


def survey(fn):
    SURVEY_T.append(fn)
    return fn


def letter(fn):
    LETTER_T.append(fn)
    return fn


def nopii(fn):
    NOPII_T.append(fn)
    return fn


def trap(fn):
    TRAP_T.append(fn)
    return fn


# ==========================================================================
# TEMPLATES
# ==========================================================================
# ---------------------------------------------------------------- helpers
def luhn_ok_digits(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def siren():
    while True:
        s = str(R.randint(1, 9)) + dg(8)
        if luhn_ok_digits(s):
            return s


def siret(sn=None):
    sn = sn or siren()
    while True:
        s = sn + dg(5)
        if luhn_ok_digits(s):
            return s


def isbn13():
    core = "978" + ch(["2", "2", "2-07", "2-01", "2-09", "2-210", "2-36"])
    digits = core.replace("-", "")
    body = digits + dg(12 - len(digits))
    tot = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    ck = (10 - tot % 10) % 10
    b = body
    return "%s-%s-%s-%s-%d" % (b[:3], b[3], b[4:7], b[7:12], ck)


def amount():
    return ch(["%d €" % R.randint(15, 90), "%d,%02d €" % (R.randint(100, 4999), R.randint(0, 99)),
               "%d %03d € HT" % (R.randint(1, 24), R.randint(0, 999)), "%d € par élève" % R.randint(5, 60),
               "%d euros" % R.randint(120, 900)])


def room():
    return ch(["salle %d" % R.randint(101, 330), "salle B%d" % R.randint(101, 215), "le labo L%d" % R.randint(1, 12),
               "l'amphi %d" % R.randint(1, 4), "la salle informatique %s" % ch("ABC"), "le CDI",
               "la salle polyvalente", "la salle %d du bâtiment %s" % (R.randint(1, 40), ch("ABCDE"))])


def cp_alone():
    cp, city = ch(FR_CITIES + DOM_CITIES)
    return ch(["%s %s" % (cp, city), "%s (%s)" % (city, cp), "%s – %s" % (cp, city.upper())])


PROS = ["gain de temps pour préparer les cours", "aide aux élèves à besoins particuliers",
        "entraînement autonome avec retour immédiat", "support pour travailler l'esprit critique",
        "traduction pour les familles allophones", "reformulation des consignes",
        "génération d'exercices différenciés", "aide à la programmation en NSI",
        "motivation de certains élèves décrocheurs", "préparation à l'oral"]
CONS = ["risque de plagiat", "erreurs présentées comme des certitudes", "données personnelles exposées",
        "dépendance à des entreprises privées", "coût écologique", "creusement des inégalités",
        "perte de l'effort de recherche", "évaluations à repenser entièrement", "manque de formation",
        "matériel insuffisant dans les salles"]
QUESTIONS = ["Qui décide des outils autorisés ?", "Faut-il informer les familles avant chaque usage ?",
             "Comment évaluer un devoir fait à la maison désormais ?", "Quelle place pour l'oral ?",
             "Doit-on former les élèves dès le collège ?", "Qui paiera les licences ?",
             "Que fait-on des données saisies par les élèves ?", "Peut-on sanctionner un usage non déclaré ?",
             "Les AESH auront-elles accès aux outils ?", "Comment mesurer l'impact réel sur les apprentissages ?"]
DECISIONS = ["Un groupe de travail sera constitué.", "La question sera reportée au prochain conseil.",
             "Une charte sera rédigée d'ici la fin du trimestre.", "Un questionnaire sera envoyé aux familles.",
             "Chaque équipe disciplinaire fera remonter ses besoins.", "Une formation sera demandée au plan académique.",
             "Aucun outil ne sera imposé aux collègues.", "Les usages seront déclarés en début de copie."]
ROLES_PLAIN = ["la principale", "le proviseur adjoint", "la CPE", "le gestionnaire", "l'infirmière",
               "la professeure documentaliste", "le référent numérique", "deux représentants des parents",
               "les délégués élèves", "l'assistante sociale", "la psychologue de l'Éducation nationale",
               "le DDFPT", "la directrice d'école", "l'inspecteur de circonscription", "le conseiller pédagogique"]


# ---------------------------------------------------------------- nopii
@nopii
def n_par(g):
    k = R.randint(2, 4)
    intro = ch(["", "", "Réponse libre : ", "Mon avis : ", "Honnêtement, ", "Pour résumer, ", "À mon sens, "])
    ops = R.sample(OPINIONS, k)
    if intro and intro[-2:] == ", ":
        ops[0] = ops[0][0].lower() + ops[0][1:]
    return intro + " ".join(ops)


@nopii
def n_chat(g):
    a, b = R.sample(["Élève 1", "Élève 2", "Élève 3", "Un parent", "Prof", "Modérateur", "Invité", "Lycéenne", "Collégien"], 2)
    c1, c2, c3 = R.sample(OPINIONS_CASUAL, 3)
    return "%s : %s\n%s : %s\n%s : %s\n%s : %s" % (a, ch(["vous en pensez quoi de l'IA en classe ?", "l'IA au lycée, pour ou contre ?", "on en parle de l'IA ou pas ?"]),
                                                   b, c1, a, c2, b, c3)


@nopii
def n_list(g):
    p = R.sample(PROS, R.randint(2, 4))
    c = R.sample(CONS, R.randint(2, 4))
    head = ch(["Points positifs", "Avantages", "Ce qui me plaît", "Pour"])
    head2 = ch(["Points négatifs", "Inconvénients", "Ce qui m'inquiète", "Contre"])
    bul = ch(["- ", "• ", "* "])
    return "%s :\n%s\n%s :\n%s" % (head, "\n".join(bul + x for x in p), head2, "\n".join(bul + x for x in c))


@nopii
def n_minutes(g):
    pres = R.sample(ROLES_PLAIN, R.randint(3, 5))
    qs = R.sample(QUESTIONS, 2)
    return ("Compte rendu – %s\nÉtaient présents : %s.\nQuestions soulevées : %s %s\nÉchanges : %s\nDécision : %s" %
            (ch(["conseil pédagogique", "groupe de travail « IA et évaluation »", "réunion d'équipe", "conseil école-collège"]),
             ", ".join(pres), qs[0], qs[1], ch(OPINIONS), ch(DECISIONS)))


@nopii
def n_scale(g):
    return ("Utilité perçue : %d/5\nNiveau d'inquiétude : %d/5\nUsage personnel : %s\nCommentaire : %s" %
            (R.randint(1, 5), R.randint(1, 5), ch(["jamais", "parfois", "souvent", "tous les jours", "pour préparer mes cours uniquement"]),
             ch(OPINIONS)))


@nopii
def n_short(g):
    return "%s %s" % (ch(["Plutôt favorable.", "Plutôt défavorable.", "Sans avis tranché.", "Favorable, avec des garde-fous.",
                          "Je ne sais pas trop.", "Très réservé.", "Enthousiaste !", "Mitigé."]),
                      " ".join(R.sample(OPINIONS, R.randint(1, 2))))


@nopii
def n_pupil(g):
    xs = R.sample(OPINIONS_CASUAL, R.randint(2, 3))
    s = ", ".join(xs) + ch([" mdr", " lol", "", " 🤷", " 😅", "..."])
    return ch([s, s.lower(), noaccent(s)])


@nopii
def n_questions(g):
    qs = R.sample(QUESTIONS, R.randint(3, 5))
    return ch(["Questions pour la prochaine réunion :", "Nos interrogations :", "Ce que nous aimerions savoir :"]) + "\n" + "\n".join("%d. %s" % (i + 1, q) for i, q in enumerate(qs))


# ---------------------------------------------------------------- traps
TRAP_LINES_CAPS = [
    "Petit rappel : les téléphones restent dans les casiers pendant les évaluations.",
    "Grand merci aux élèves de l'atelier robotique pour leur démonstration.",
    "Pierre, feuille, ciseaux : c'est ainsi qu'on a tiré au sort les groupes de travail.",
    "Rose, vert ou bleu : choisissez la couleur du badge de votre équipe.",
    "Marine ou noir pour la tenue du concert de fin d'année.",
    "Page 42 du manuel : exercices 3 et 4 à faire sans assistant.",
    "Noël approche : le marché solidaire aura lieu au foyer.",
    "Olive, citron et thym : atelier cuisine des SEGPA jeudi.",
    "Printemps des poètes : lectures au CDI toute la semaine.",
    "Fontaine à eau hors service au deuxième étage.",
    "Victoire de l'équipe de handball au championnat UNSS !",
    "Constance et patience : deux qualités que l'IA ne remplace pas.",
    "Aurore boréale : les photos seront projetées en SVT.",
    "Chevalier, dame, roi : le club d'échecs reprend mardi.",
    "Renard roux et hérisson : le projet biodiversité avance.",
    "Boulanger, fleuriste, infirmier : métiers présentés au forum.",
    "Bonheur d'apprendre : thème de la semaine de la persévérance.",
    "Lapin, chat ou hamster ? Les animaux restent à la maison.",
    "Sauvage ou domestique : classement réalisé par les CE1.",
    "Blanc de Meudon et craies grasses à commander pour les arts plastiques.",
    "Berger allemand du maître-chien : intervention prévention vendredi.",
    "Martin-pêcheur et héron cendré observés au bord du canal par les 6e.",
]
WORKS = ["le Bescherelle", "le Larousse", "le Petit Robert", "le Gaffiot", "le Grevisse", "le Bled",
         "le Littré", "un vieux Lagarde et Michard", "le Bailly"]
FILMS = ["« Her »", "« Ex Machina »", "« Matrix »", "« Wall-E »", "« 2001, l'Odyssée de l'espace »",
         "« Entre les murs »", "« I, Robot »", "« Les Choristes »", "« Le Cercle des poètes disparus »",
         "« Blade Runner »", "« Minority Report »"]
BOOKS = ["« L'école face aux machines »", "« Apprendre à l'ère des algorithmes »",
         "« Petit manuel d'éducation aux médias »", "« Enseigner avec le numérique »",
         "« Les Misérables »", "« Le Petit Prince »", "« Vingt mille lieues sous les mers »",
         "« L'Étranger »", "« Candide »", "« Les Fourberies de Scapin »"]
PLACES_NAMED = ["place Charles-de-Gaulle", "la gare Montparnasse", "le stade Pierre-Mauroy", "le Centre Pompidou",
                "l'aéroport Roland-Garros", "le pont Jacques-Chaban-Delmas", "l'hôpital Georges-Pompidou",
                "la station Louise Michel", "la médiathèque François-Mitterrand", "l'amphithéâtre Marie Curie",
                "la rue Victor Hugo", "l'avenue Jean Jaurès", "le boulevard Gambetta", "la place Aimé Césaire",
                "le quai Anatole France", "la salle Georges Brassens", "le lycée Lislet Geoffroy",
                "le collège Félix Éboué", "l'école Jules Ferry", "le gymnase Marcel Cerdan"]
BRANDS = ["chez Boulanger", "chez Darty", "chez Leclerc", "chez Decathlon", "à la Fnac", "chez Auchan",
          "chez Carrefour", "chez Lidl", "chez Cultura", "chez Bureau Vallée"]
BRANDS2 = ["Michelin", "Peugeot", "Citroën", "Renault", "Lacoste", "Apple", "Samsung", "Lenovo", "Dell",
           "Microsoft", "Google", "Canva", "Chanel", "Dior", "Bic", "Clairefontaine", "Hermès", "Ferrari"]
VERSIONS = ["Pronote 2025.0.4", "Moodle 4.4", "GLPI 10.0.15", "Windows 11 24H2", "GPT-4o", "Mistral Large 2",
            "Llama 3.1 70B", "Gemini 1.5 Pro", "Scratch 3.0", "Python 3.12", "GeoGebra 6", "LibreOffice 24.2",
            "Firefox 128 ESR", "iPadOS 17.5", "Claude 3.5 Sonnet", "Capytale v2", "Éduconnect 2.3"]
LAWS = ["l'article L. 111-1 du Code de l'éducation", "l'article L. 312-9 du Code de l'éducation",
        "la loi n° 78-17 du 6 janvier 1978", "le RGPD (règlement UE 2016/679)",
        "le règlement européen sur l'IA (UE 2024/1689)", "la loi n° 2019-791 du 26 juillet 2019",
        "l'article 9 du RGPD", "la circulaire de rentrée 2025", "l'article R. 421-20 du Code de l'éducation",
        "le décret n° 2014-940 du 20 août 2014"]
SHORTNUM = ["le 3018 (cyberharcèlement)", "le 119 (enfance en danger)", "le 3114 (prévention du suicide)",
            "le 15 (SAMU)", "le 17 (police)", "le 112", "le 3020 (harcèlement scolaire)"]


def tollfree():
    return ch(["0 800 %s %s" % (dg(3), dg(3)), "0800 %s %s" % (dg(3), dg(3)), "0 805 %s %s" % (dg(3), dg(3)),
               "08 00 %s %s %s" % (dg(2), dg(2), dg(2))])


@trap
def t_tools(g):
    ts = R.sample(["ChatGPT", "Gemini", "Le Chat de Mistral", "Claude", "Copilot", "Perplexity", "Albert",
                   "Lucie", "MIA Seconde", "DeepL", "NotebookLM", "Siri", "Alexa", "Meta AI"], 4)
    return ("Nous avons posé la même question à %s, %s, %s et %s. %s a répondu le plus prudemment, %s a inventé une source. %s" %
            (ts[0], ts[1], ts[2], ts[3], ts[R.randrange(4)], ts[R.randrange(4)], ch(OPINIONS)))


@trap
def t_meeting(g):
    return ("Réunion « IA et pédagogie » le %s %s à %s, %s du %s, à %s. Participation aux frais : %s." %
            (ch(DAYS), ch(DATES), hour(), room(), g.school(), ch(["Rennes (35000)", "Cayenne (97300)", "Lorient (56100)", "Bastia (20200)", "Nouméa (98800)", "Créteil (94000)"]), amount()))


@trap
def t_laws(g):
    ls = R.sample(LAWS, 3)
    return "Textes de référence : %s ; %s ; %s. %s" % (ls[0], ls[1], ls[2], ch(OPINIONS))


@trap
def t_invoice(g):
    sn = siren()
    return ("Facture n° FA-20%s-%s\nFournisseur : %s, SIRET %s %s %s %s, SIREN %s\nObjet : %d licences %s\nMontant : %s TTC\nCommande n° %s" %
            (ch(["24", "25"]), dg(5), ch(["EduIA SAS", "Pédagogix SARL", "NeuroClasse SA", "Kerboard EURL", "Savoirs & Code SAS"]),
             sn[:3], sn[3:6], sn[6:9], siret(sn)[9:], sn, R.randint(20, 400), ch(["annuelles", "établissement", "enseignants"]),
             amount().replace(" HT", "").replace(" par élève", ""), ch(["BC-%s" % dg(6), "CMD%s" % dg(7), "2025/%s" % dg(4)])))


@trap
def t_books(g):
    b = R.sample(BOOKS, 2)
    return ("Bibliographie du stage : %s (ISBN %s) et %s (ISBN %s). Film conseillé : %s. Et n'oubliez pas %s !" %
            (b[0], isbn13(), b[1], isbn13(), ch(FILMS), ch(WORKS)))


@trap
def t_helplines(g):
    s = R.sample(SHORTNUM, 3)
    return ("Numéros utiles à afficher en salle informatique : %s, %s, %s, et la plateforme académique au %s (appel gratuit)." %
            (s[0], s[1], s[2], tollfree()))


@trap
def t_versions(g):
    v = R.sample(VERSIONS, 4)
    return "Mise à jour du parc le %s : %s, %s, %s et %s. Redémarrage prévu à %s." % (num_date(), v[0], v[1], v[2], v[3], hour())


@trap
def t_roles(g):
    r = R.sample(ROLES_PLAIN, 4)
    return ("%s a ouvert la séance ; %s, %s et %s ont présenté les premiers retours. %s" %
            (r[0][0].upper() + r[0][1:], r[1], r[2], r[3], ch(DECISIONS)))


@trap
def t_caps(g):
    return "\n".join(R.sample(TRAP_LINES_CAPS, R.randint(3, 5)))


@trap
def t_places(g):
    p = R.sample(PLACES_NAMED, 3)
    return ("Sortie pédagogique : départ %s, passage par %s, retour vers %s avant %s." %
            (p[0], p[1], p[2], hour()))


@trap
def t_ticket(g):
    return ("Ticket %s ouvert le %s : %s en panne %s. Priorité %d. Réf. matériel %s-%s." %
            (ch(["GLPI n° %s" % dg(5), "#INC%s" % dg(7), "n° %s" % dg(6)]), num_date(),
             ch(["vidéoprojecteur", "TNI", "borne Wi-Fi", "chariot de tablettes", "imprimante 3D"]), room(),
             R.randint(1, 4), ch(["HP", "EPSON", "LEN", "ACER"]), dg(6)))


@trap
def t_brands(g):
    b = R.sample(BRANDS, 2)
    return ("Les tablettes ont été achetées %s, les casques %s. Le partenariat avec %s et %s pour le forum des métiers est reconduit. %s" %
            (b[0], b[1], ch(BRANDS2), ch(BRANDS2), ch(OPINIONS)))


@trap
def t_postcodes(g):
    xs = []
    while len(xs) < 4:
        x = cp_alone()
        if not any(x.split()[0][:3] == y.split()[0][:3] for y in xs):
            xs.append(x)
    return "Les stagiaires viennent de %s, %s et %s. Formation à distance pour %s." % tuple(xs)


@trap
def t_schools(g):
    return ("Le %s, le %s et l'école %s participent à l'expérimentation, ainsi que le lycée français de %s. %s" %
            (g.school("col"), g.school("lyc"), ch(SCHOOL_NAMES), ch(ABROAD_CITY), ch(OPINIONS)))


@trap
def t_classes(g):
    cs = R.sample(CLASSES, 4) + [ch(["6e Colibris", "5e Manguiers", "classe des Hiboux", "CM2 Bleu", "GS Tortues"])]
    R.shuffle(cs)
    return "Classes concernées : %s. Séances le %s de %s à %s, %s." % (", ".join(cs), ch(DAYS), hour(), hour(), room())


@trap
def t_pet(g):
    pet = ch(["le lapin Caramel", "la tortue Biscotte", "le poisson rouge Nemo", "le cochon d'Inde Noisette",
              "la poule Cocotte", "le chat Filou"])
    return ("La mascotte de la classe, %s, a été « interviewée » par %s : fou rire général. %s" % (pet, ch(TOOLS), ch(OPINIONS)))


@trap
def t_amounts(g):
    return ("Budget IA : %s pour les licences, %s pour le matériel, %s de formation. Vote au CA du %s : %d pour, %d contre, %d abstentions." %
            (amount(), amount(), ch(["6 heures", "12 h", "3 demi-journées"]), num_date(), R.randint(8, 20), R.randint(0, 6), R.randint(0, 4)))


@trap
def t_works(g):
    w = R.sample(WORKS, 2)
    return ("Avant de demander à %s, ouvrez %s ou %s ! %s" % (ch(TOOLS), w[0], w[1], ch(OPINIONS)))


# ---------------------------------------------------------------- surveys
def _mon(p):
    return "Ma" if p.g == "f" else "Mon"


def de_(p):
    return "d'" if fold(p.first[0]).lower() in "aeiouh" else "de "


def _il(p):
    return "elle" if p.g == "f" else "il"


@survey
def s01_prof_collegue(g):
    p, q = g.person(), g.person()
    return (f"Professeur{g.e(p)} {g.desubj()} au {g.school('col')}, je pense que l'IA a sa place en classe si elle reste encadrée. {g.op()} "
            f"{_mon(q)} collègue {g.fl(q)} a testé {g.tool()} avec ses {g.classe()} : bilan mitigé.\n"
            f"{g.nm(p)} – {g.email(p)}")


@survey
def s02_parent_fils(g):
    p = g.person(g="f")
    c1, c2 = g.kid(p, "m"), g.kid(p)
    return (f"Mon fils {g.f(c1)} est en {g.classe()} et il demande tout à {g.tool()}, même ses rédactions. {g.op()}\n"
            f"{g.nm(p)}, maman {de_(c1)}{g.f(c1)} et {de_(c2)}{g.f(c2)}")


@survey
def s03_sms_eleve(g):
    t, p = g.person(), g.person()
    return (f"perso jtrouve ke c pratik pr reviser mais {g.ini(t, casual=True)} {_il(t)} veut pa kon l'utilise pr les DM 😅 "
            f"{ch(['bref', 'voila', 'jsp'])}\n{g.f(p)} {g.classe()}")


@survey
def s04_principal(g):
    p, a, b = g.person(), g.person(), g.person()
    return (f"Principal{g.e(p)} du {g.school('col')}, j'ai réuni le conseil pédagogique le {g.date()}. "
            f"{g.mme(a)} (CDI) et {g.mme(b)} (référent numérique) ont présenté un projet de charte. {g.op()}\n"
            f"Contact direction : {g.tel('fixe')} – {g.email_generic()}")


@survey
def s05_aesh(g):
    p, k = g.person(), g.person()
    return (f"Je suis AESH depuis {R.randint(2, 14)} ans. J'accompagne {g.f(k)}, en {g.classe()}, qui est dyslexique : "
            f"la dictée vocale et les reformulations proposées par l'IA l'aident énormément. Mais personne ne nous a formées.\n"
            f"{g.nm(p)}, AESH – PIAL de {g.city()}{g.mc(p)}")


@survey
def s06_cpe(g):
    p, k = g.person(), g.person(g="f")
    return (f"CPE en lycée. Ce que je vois surtout, ce sont les dérives : montages, faux messages, deepfakes. "
            f"L'an dernier une élève, {g.f(k)}, en a été victime et il a fallu des semaines pour faire retirer les images. {g.op()}\n"
            f"{g.fl(p)}, CPE – {g.tel('mob')}")


@survey
def s07_ien(g):
    q = g.person(g="f")
    return (f"IEN de circonscription. Avant de parler d'outils, il faut former. Les équipes peuvent s'adresser à {g.fl(q)}, "
            f"conseillère pédagogique numérique ({g.email(q)}), qui anime des ateliers le {ch(DAYS)} après-midi. {g.op()}")


@survey
def s08_terminale(g):
    t = g.person()
    g.style = ch(["lower", "none"])
    return (f"jsuis en terminale et honnêtement tout le monde utilise chatgpt. le prof de philo {g.mme(t, casual=True)} le sait très bien, "
            f"du coup les dissert' se font en classe maintenant 🙃 {g.opc()}")


@survey
def s09_infirmiere(g):
    p, k = g.person(g="f"), g.person(g="m")
    return (f"Infirmière scolaire au {g.school('lyc')}. Je crains que des ados confient leur mal-être à un chatbot plutôt qu'à un adulte. "
            f"Cette année, {g.f(k)} ({g.classe()}) m'a confié qu'il « parlait » tous les soirs à une IA. Il faut en parler avec les familles.\n"
            f"— {g.mme(p, full=True)}, infirmière, tél. {g.tel('fixe')}")


@survey
def s10_psyen(g):
    p = g.person()
    return (f"Psychologue de l'Éducation nationale au CIO de {g.city()}. Les élèves font écrire leurs projets de formation motivés par l'IA : "
            f"tous se ressemblent, et on perd ce qui fait la singularité de chacun. {g.op()}\n{g.nm(p)} – {g.email(p)} – {g.tel()}")


@survey
def s11_doc(g):
    q = g.person()
    return (f"Professeure documentaliste. Au CDI, nous animons des ateliers « vrai ou faux ? » à partir d'images générées. "
            f"Merci à {g.fl(q)}, de la médiathèque municipale, qui co-anime avec moi depuis la rentrée. {g.op()}")


@survey
def s12_secretaire(g):
    x = g.person()
    return (f"Secrétaire de direction depuis quinze ans. L'IA m'aide pour les courriers types, mais je ne colle jamais de vraies données : "
            f"imaginez qu'on envoie « {g.fl(x)}, {g.adr1()} » sur un serveur à l'autre bout du monde ! {g.op()}")


@survey
def s13_rupn(g):
    p = g.person()
    return (f"Référent numérique de l'établissement. On a dû filtrer certains sites sur le réseau pédagogique et tout le monde me demande "
            f"« quelle IA est autorisée ? ». Je n'ai pas la réponse. {g.op()}\n{g.Lf(p)} – {g.email(p)} – {g.tel()}")


@survey
def s14_inspe(g):
    p = g.person(g="f")
    return (f"Formatrice à l'INSPÉ de {g.city()}. Mes stagiaires utilisent l'IA pour construire leurs séquences, et c'est parfois très bien fait. "
            f"Mais la posture réflexive ne se délègue pas ; comme le rappelle {g.pub()}, apprendre demande un effort. {g.nm(p)}{g.mc(p)}")


@survey
def s15_syndicat(g):
    p = g.person()
    return (f"Au nom de la section départementale du {g.union()}, nous demandons un moratoire sur tout outil non conforme au RGPD. "
            f"{g.op()} Contact presse : {g.fl(p)}, {g.tel('mob')}, {g.email(p)}.")


@survey
def s16_reunion(g):
    p = g.person(origin=ch(["fr", "tam", "mg", "km", "magh"]))
    return (f"Prof de LCR créole au lycée à {ch(['Saint-Pierre', 'Saint-Paul', 'Saint-Benoît', 'Saint-André'])}. L'IA i koné pa bien nout lang : "
            f"elle mélange créole réunionnais et créole haïtien, c'est un bon point de départ pour parler de norme et de variation. "
            f"{g.op()} {g.fl(p)} – {g.tel('re')}")


@survey
def s17_aefe(g):
    p = g.person()
    return (f"Enseignant{g.e(p)} au lycée français de {g.pick_abroad()}. Ici, les familles paient cher et attendent qu'on « forme à l'IA ». "
            f"Nous manquons pourtant de cadre commun. {g.op()}\n{g.fl(p)} — {g.tel('abroad')}")


@survey
def s18_pe_noaccent(g):
    p, k1, k2 = g.person(), g.person(), g.person()
    g.style = "noaccent"
    return (f"Je suis professeur{g.e(p)} des écoles en {ch(['CM1', 'CM2', 'CE2'])}. Mes élèves {g.f(k1)} et {g.f(k2)} ont adoré demander "
            f"à l'IA d'inventer la suite d'un conte, mais ils ont vite vu que l'histoire était fade. {g.op()} {g.nm(p)}{g.mc(p)}")


@survey
def s19_mayotte(g):
    p = g.person(origin="km", g="f")
    k = g.kid(p, "m")
    return (f"Je suis maman de {ch(['trois', 'quatre', 'cinq'])} enfants à Mamoudzou. Ici beaucoup d'élèves n'ont même pas de connexion à la maison, "
            f"alors l'IA... Mon aîné {g.f(k)} est en 4e au collège de Kawéni, il utilise le téléphone de sa sœur. "
            f"{g.fl(p)}, {g.tel('yt')}")


@survey
def s20_plp_initiales(g):
    p = g.person(g="m")
    return (f"Réponse de {g.il(p)}, PLP génie électrique au {g.school('lp')}. On utilise déjà l'IA en maintenance prédictive dans les entreprises "
            f"partenaires, il serait absurde de l'interdire aux élèves. {g.op()}")


@survey
def s21_copie(g):
    k = g.person()
    par = g.person(origin=k.origin, g="f", last=k.last)
    return (f"Une copie de {g.fl(k)} ({g.classe()}) était entièrement générée : même les fautes étaient « trop propres ». "
            f"J'en ai parlé à sa mère, {g.mme(par)}, qui est tombée des nues. {g.op()}")


@survey
def s22_projet(g):
    q, r = g.person(origin="fr"), g.person()
    q.last = q.last if "-" in q.last else q.last + "-" + ch(["Diallo", "Kerouédan", "Ferreira", "Santoni", "Nguyen", "Haddad"])
    return (f"Nous avons monté un projet interdisciplinaire avec {g.fl(q)} (SVT) et {g.f(r)} (documentaliste) : les élèves comparent les "
            f"réponses de trois IA sur le climat et traquent les erreurs. {g.op()}")


@survey
def s23_union_adr(g):
    p = g.person()
    u = g.union()
    return (f"Le {u} a rédigé une motion sur l'IA en classe. Pour la recevoir, écrivez-nous : {u}, {g.adr(ch(['line', 'after', 'line']))}. "
            f"Permanence le {ch(DAYS)}, avec {g.fl(p)}.")


@survey
def s24_ape(g):
    p = g.person(g="f")
    return (f"Présidente de l'association des parents d'élèves de l'école {ch(SCHOOL_NAMES)}, je relaie l'inquiétude des familles : "
            f"qui contrôle ce que les enfants tapent dans ces outils ? {g.op()}\n{g.fl(p)} — {g.email(p)} — {g.tel('mob')}")


@survey
def s25_retraite(g):
    p, a, b = g.person(), g.person(), g.person()
    return (f"Retraité{g.e(p)} depuis {R.randint(2015, 2023)} après {R.randint(28, 41)} ans en lettres classiques. Je regarde tout ça de loin, "
            f"mais je me dis que la version latine aurait été bien facile avec ces machines ! {g.op()} Amitiés à mes anciens collègues, "
            f"notamment {g.f(a)} et {g.fl(b)}.")


@survey
def s26_ikastola(g):
    p = g.person(origin="eus")
    return (f"Je dirige une ikastola à {ch(['Hasparren', 'Saint-Pée-sur-Nivelle', 'Hendaye', 'Ustaritz', 'Cambo-les-Bains'])}. "
            f"Les IA parlent très mal basque : pour nous, c'est aussi une question de survie de la langue. {g.op()}\n"
            f"{g.fl(p)} – {g.tel()}")


@survey
def s27_form(g):
    p = g.person()
    return (f"Nom (facultatif) : {g.L(p) if R.random() < .5 else g.l(p)}\nPrénom (facultatif) : {g.f(p)}\n"
            f"Fonction : {ch(['enseignant', 'parent', 'AED', 'CPE', 'personnel de direction', 'AESH'])}\nRéponse : {g.op()}")


@survey
def s28_chat_low(g):
    k = g.person(g="m")
    g.style = ch(["lower", "both"])
    return (f"bah moi ce que j'en pense c'est que {g.opc()}. mon pote {g.f(k)} il a eu 4 en philo à cause de ça mdr")


@survey
def s29_public(g):
    p = g.person()
    return (f"Je rejoins ce que dit {g.pub()} : l'important n'est pas l'outil mais ce qu'on en fait. {g.op()}\n"
            f"— {g.nm(p)}, professeur{g.e(p)} {g.desubj()}{g.mc(p)}")


@survey
def s30_nsi(g):
    p, a, b = g.person(), g.person(), g.person()
    return (f"Prof de NSI. Mes élèves {g.f(a)} et {g.f(b)} ont entraîné un petit réseau de neurones pour reconnaître des chiffres manuscrits : "
            f"c'est la meilleure façon de démystifier la chose. {g.op()}\n{g.fl(p)}, {g.email(p)}")


# ---------------------------------------------------------------- letters
def school_header(g, kind=None, uai=True):
    sch = g.school(kind)
    lines = [sch[0].upper() + sch[1:], g.adrb()]
    if uai:
        lines.append(ch(["UAI : ", "UAI ", "Code UAI : ", "RNE : "]) + g.uai())
    lines.append(ch(["Tél. : ", "Tél ", "Standard : ", "T. "]) + g.tel(ch(["fixe", "fixe", "fixe", "re", "abroad"])))
    lines.append(ch(["Courriel : ", "Mél : ", "", "E-mail : "]) + g.email_generic())
    return "\n".join(lines)


def sign(g, p, role):
    t = g.title(p)
    if isinstance(role, tuple):
        role = role[1] if p.g == "f" else role[0]
    return ch([f"{g.fl(p)}\n{role}", f"{t} {g.fl(p)}, {role.lower()}", f"{role},\n{g.fL(p)}", f"{g.il(p)}\n{role}"])


@letter
def l01_lettre_familles(g):
    p = g.person()
    return (f"{school_header(g, ch(['col', 'lyc']))}\n\n{ch(['Objet', 'OBJET'])} : usage de l'intelligence artificielle par les élèves\n\n"
            f"Madame, Monsieur,\n\nÀ la suite des échanges du conseil pédagogique, l'établissement adopte une charte d'usage de l'IA. "
            f"Les devoirs réalisés avec un outil devront le mentionner. {g.op()}\n\nJe vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n"
            f"{sign(g, p, ch([('Le principal', 'La principale'), ('Le proviseur', 'La proviseure'), ('Le principal adjoint', 'La principale adjointe')]))}")


@letter
def l02_form_formation(g):
    p = g.person()
    return (f"FORMULAIRE D'INSCRIPTION – Parcours « IA et pratiques de classe »\n"
            f"Nom : {g.L(p)}\nPrénom : {g.f(p)}\nDiscipline : {g.subj()}\nÉtablissement (UAI) : {g.uai()}\n"
            f"Adresse personnelle : {g.adr(ch(['line', 'after', 'dom', 'line']))}\nTéléphone : {g.tel()}\nCourriel académique : {g.email(p, shape=ch(['fl', 'il', 'fln']))}\n"
            f"Motivation : {g.op()}")


@letter
def l03_mail_headers(g):
    a, b, c = g.person(), g.person(), g.person()
    return (f"De : {g.fl(a)} <{g.email(a, shape=ch(['fl', 'il', 'fln', 'UP']))}>\nÀ : {g.fl(b)} <{g.email(b, shape=ch(['fl', 'il', 'sub']))}>\n"
            f"Cc : {g.email(c, shape=ch(['fl', 'lf', 'f-l']))}\nObjet : {ch(['Re: questionnaire IA', 'TR: charte numérique', 'Enquête IA – relance', 'Fwd: atelier du ' + g.date()])}\n\n"
            f"Bonjour {g.f(b)},\n\n{g.op()} Peux-tu relayer le questionnaire auprès de ton équipe ?\n\nBien à toi,\n{g.f(a)}")


@letter
def l04_cr_presents(g):
    ps = [g.person() for _ in range(R.randint(4, 6))]
    ex = g.person()
    pres = ", ".join(f"{g.title(p)} {g.l(p)}" if R.random() < .5 else f"{g.fl(p)}" for p in ps)
    return (f"Compte rendu du conseil pédagogique du {g.date()}\nPrésents : {pres}.\nExcusé{g.e(ex)} : {g.fl(ex)}.\n"
            f"Ordre du jour : usages de l'IA générative.\n{g.op()}\n{ch(DECISIONS)}")


@letter
def l05_emargement(g):
    rows = []
    for _ in range(R.randint(3, 5)):
        p = g.person()
        rows.append(f"| {g.L(p) if R.random() < .6 else g.l(p)} | {g.f(p)} | {ch(['PE', 'PLC', 'AESH', 'CPE', 'Direction', 'PLP', 'Documentaliste'])} | {g.email(p, shape=ch(['fl', 'il', 'fln']))} | |")
    return (f"Feuille d'émargement – formation « IA générative », {ch(DAYS)} {g.date()}\n| Nom | Prénom | Fonction | Courriel | Signature |\n|---|---|---|---|---|\n"
            + "\n".join(rows))


@letter
def l06_invitation(g):
    p = g.person()
    return (f"Invitation\n\nLa DRANE vous invite à la journée « IA : comprendre, tester, débattre » le {ch(DAYS)} {g.date()} de 9 h à 16 h 30, à l'atelier Canopé, "
            f"{g.adr(ch(['line', 'ml', 'cs', 'line']))}.\n\nInscription avant le {g.date()} auprès de {g.fl(p)} : {g.email(p)} ou {g.tel('fixe')}.")


@letter
def l07_sig_medecin(g):
    p = g.person()
    return (f"{g.op()}\n\n--\n{ch(['Dr', 'Docteur', 'Dr.'])} {g.fl(p)}\nMédecin de l'Éducation nationale\n"
            f"Centre médico-scolaire – {g.adr(ch(['line', 'after', 'dom']))}\n{ch(['Tél', 'Ligne directe', 'Tél.'])} : {g.tel()}\n{g.email(p, shape=ch(['fl', 'il']))}")


@letter
def l08_cv(g):
    p = g.person()
    return (f"{g.fL(p)}\n{g.adrb()}\n{g.tel('mob')} · {g.email(p, shape=ch(['fl', 'f-l', 'fly', 'lf', 'Mixed']))}\n"
            f"Né{g.e(p)} le {R.randint(1, 28)}/{R.randint(1, 12):02d}/{R.randint(1970, 1999)}\n\nPROFIL\nEnseignant{g.e(p)} {g.desubj()}, formé{g.e(p)} aux usages pédagogiques de l'IA.")


@letter
def l09_tchap(g):
    a, b, c = g.person(), g.person(), g.person()
    return (f"[{hour()}] {g.fi(a)} : quelqu'un a testé {g.tool()} pour les appréciations ?\n"
            f"[{hour()}] {g.fl(b)} : non et je ne compte pas le faire 😅\n"
            f"[{hour()}] {g.f(c)} ({g.subj()}) : moi pour les exercices seulement. Appelle-moi si tu veux : {g.tel('mob')}")


@letter
def l10_conseil_classe(g):
    ks = [g.person() for _ in range(4)]
    pp = g.person()
    return (f"Conseil de classe – {g.classe()} – {ch(['1er trimestre', '2e trimestre', '3e trimestre', 'semestre 1'])}\n"
            f"Professeur{g.e(pp)} principal{g.e(pp)} : {g.mme(pp)}\n"
            f"- {g.f(ks[0])} : félicitations, travail personnel remarquable.\n"
            f"- {g.fi(ks[1])} : devoirs maison manifestement générés par IA, avertissement travail.\n"
            f"- {g.f(ks[2])} : encouragements.\n"
            f"- {g.fl(ks[3])} : doit reprendre confiance à l'oral.")


@letter
def l11_whatsapp(g):
    a, b, c = g.person(g="f"), g.person(), g.person()
    ka, kc = g.kid(a), g.kid(c)
    return (f"[{num_date()} {hour()}] Maman {de_(ka)}{g.f(ka)} : Vous avez vu le mot sur l'IA dans le carnet ?\n"
            f"[{num_date()} {hour()}] {g.fl(b)} : oui, je trouve ça bien qu'ils encadrent\n"
            f"[{num_date()} {hour()}] {g.f(c)} (papa de {g.f(kc)}) : moi je suis contre, mon numéro si on veut en parler : {g.tel('mob')}")


@letter
def l12_ent(g):
    a, b = g.person(), g.person()
    return (f"Messagerie ENT\nExpéditeur : {g.Lf(a)} ({ch(['Enseignant', 'Personnel', 'Parent', 'Élève'])})\nDestinataire : {g.Lf(b)}\n"
            f"Objet : {ch(['Exposé', 'Devoir maison', 'Projet IA', 'Oral blanc'])}\n\nBonjour,\n{g.op()}\nCordialement,\n{g.fi(a)}")


@letter
def l13_pronote(g):
    t, par = g.person(), g.person()
    k = g.kid(par)
    return (f"Pronote – Discussion\nDe : {g.mme(t)} ({g.subj()})\nÀ : Responsables de {g.fL(k)}\n\n"
            f"Madame, Monsieur, le devoir rendu par {g.f(k)} semble avoir été rédigé avec une IA. Je souhaiterais vous rencontrer. "
            f"Vous pouvez me joindre au {g.tel('fixe')} (poste {R.randint(100, 299)}).\n\nRéponse {de_(par)}{g.fl(par)} : D'accord, je suis disponible {ch(DAYS)}.")


@letter
def l14_rembt_iban(g):
    p = g.person()
    return (f"DEMANDE DE REMBOURSEMENT DE FRAIS – formation IA du {g.date()}\n"
            f"Bénéficiaire : {g.fL(p)}\nAdresse : {g.adr(ch(['line', 'after', 'dom', 'a']))}\nMontant : {amount()}\n"
            f"IBAN : {g.iban()}\nBIC : {ch(['BNPAFRPPXXX', 'SOGEFRPP', 'PSSTFRPPREN', 'CMCIFR2A', 'AGRIFRPP836'])}\nSignature : {g.fi(p)}")


@letter
def l15_rib_nir(g):
    p = g.person()
    return (f"Rectorat – Division des personnels enseignants\nObjet : changement de coordonnées bancaires\n\n"
            f"Je soussigné{g.e(p)} {g.fl(p)}, n° de sécurité sociale {g.nir(p)}, demande que mon traitement soit désormais versé sur le compte suivant :\n"
            f"IBAN {g.iban()}\nJe joins un RIB. Contact : {g.email(p)}.")


@letter
def l16_accident(g):
    p, w = g.person(), g.person()
    return (f"DÉCLARATION D'ACCIDENT DE SERVICE\nAgent : {g.Lf(p)}\nN° INSEE : {g.nir(p)}\nDomicile : {g.adrb()}\n"
            f"Circonstances : chute dans l'escalier du bâtiment B en portant un chariot de tablettes.\nTémoin : {g.mme(w, full=True)}, {g.tel()}")


@letter
def l17_aefe(g):
    p = g.person()
    g.pick_abroad()
    return (f"Candidature – poste de conseiller pédagogique numérique (réseau AEFE)\n\n{g.fL(p)}\n{g.adr('foreign_ml')}\n{g.tel('abroad')}\n{g.email(p)}\n\n"
            f"Actuellement en poste à l'étranger, je souhaite mettre mon expérience au service des établissements du réseau. {g.op()}")


@letter
def l18_parent_direction(g):
    p = g.person()
    d = g.person()
    k = g.kid(p, "f")
    dr = ch(["la Principale", "la Proviseure", "la Directrice"]) if d.g == "f" else ch(["le Principal", "le Proviseur", "le Directeur"])
    return (f"{g.fl(p)}\n{g.adrb()}\n\n{g.title(d)} {dr}\n{g.school()}\n\n"
            f"{'Madame' if d.g == 'f' else 'Monsieur'},\n\nMa fille {g.f(k)}, en {g.classe()}, a reçu un zéro pour un devoir que le logiciel de détection attribue à une IA. "
            f"Elle affirme l'avoir écrit seule. Je sollicite un entretien.\n\n{g.fl(p)}\n{g.tel('mob')}")


@letter
def l19_union_dasen(g):
    p = g.person()
    u = g.union()
    return (f"{u} – section départementale\n{g.adrb()}\n\nÀ l'attention de {g.title(g.person())} le DASEN\n\n"
            f"Objet : usages de l'IA et protection des données\n\n{g.op()} {g.op()}\n\nPour le bureau départemental,\n{g.fl(p)}, {g.tel()}\n"
            f"Soutien à la campagne : {g.iban()}")


@letter
def l20_pret_tablette(g):
    p = g.person()
    k = g.kid(p)
    return (f"CONVENTION DE PRÊT D'UNE TABLETTE\nÉlève : {g.fL(k)} – classe {g.classe()}\nResponsable légal : {g.fl(p)}\n"
            f"Adresse : {g.adr(ch(['line', 'after', 'dom', 'line']))}\nTéléphone : {g.tel()}\nN° de série : {ch(['DMP', 'R9X', 'F9F'])}{dg(9)}\n"
            f"Le responsable légal s'engage à restituer le matériel en fin d'année.")


@letter
def l21_autorisation(g):
    p = g.person()
    k = g.kid(p)
    return (f"AUTORISATION PARENTALE\nJe soussigné(e) {g.fl(p)}, responsable de l'élève {g.fl(k)} ({g.classe()}), "
            f"{ch(['autorise', 'n’autorise pas'])} mon enfant à utiliser l'outil {g.tool()} en classe, dans le cadre du projet « IA et écriture ».\n"
            f"Courriel : {g.email(p)}  Téléphone : {g.tel('mob')}\nFait à {g.city()}, le {num_date()}")


@letter
def l22_ticket(g):
    p = g.person()
    return (f"Ticket #{dg(6)} – {ch(['Accès bloqué à', 'Compte désactivé sur', 'Erreur de connexion à'])} {g.tool()}\n"
            f"Demandeur : {g.fl(p)} ({g.subj()}, {room()})\nRappel souhaité au {g.tel()} entre {hour()} et {hour()}.\n"
            f"Commentaire : {g.op()}")


@letter
def l23_mutation(g):
    p = g.person()
    return (f"Demande de mutation – mouvement intra-académique\nNom d'usage : {g.L(p)}\nPrénom : {g.f(p)}\nNIR : {g.nir(p)}\n"
            f"Établissement actuel : {g.uai()}\nVœu 1 : {g.uai()}\nAdresse : {g.adr(ch(['line', 'dom', 'after']))}\nPortable : {g.tel('mob')}")


@letter
def l24_ca(g):
    p, a, b = g.person(), g.person(), g.person()
    return (f"Extrait du procès-verbal du conseil d'administration\nPrésidence : {g.mme(p, full=True)}, {ch(['principale', 'proviseure', 'chef d’établissement'])}\n"
            f"Secrétaire de séance : {g.fl(a)}\nPoint 4 – Charte d'usage de l'IA : intervention de {g.mme(b)} (représentant{g.e(b)} des parents). "
            f"Vote : {R.randint(10, 20)} pour, {R.randint(0, 5)} contre, {R.randint(0, 3)} abstentions.")


@letter
def l25_forward(g):
    a, b, c = g.person(), g.person(), g.person()
    return (f"---------- Message transféré ---------\nDe : {g.email(a)}\nDate : {ch(DAYS)} {g.date()} à {hour()}\nÀ : {g.email(b)}\n\n"
            f"Salut {g.f(b)}, je te transfère la réponse de {g.fl(c)} à notre questionnaire : « {g.op()} »\n{g.f(a)}")


@survey
def s31_grandmere(g):
    p = g.person(g="f")
    k = g.person(origin=p.origin)
    return (f"Je suis grand-mère de {g.f(k)}, {R.randint(9, 16)} ans, que je garde le mercredi. Je l'ai vu{g.e(k)} demander à son téléphone "
            f"de lui résumer un livre au lieu de le lire ! De mon temps on avait les résumés en fin de manuel, ce n'était pas mieux. {g.op()}\n"
            f"{g.mme(p, full=R.random() < .5)}")


@survey
def s32_bts(g):
    p = g.person()
    return (f"Étudiant{g.e(p)} en BTS SIO. En cours on code avec un assistant, en entreprise aussi, donc l'interdire au lycée n'a aucun sens. "
            f"Par contre il faut comprendre ce qu'on copie. Si vous voulez mon avis détaillé : {g.email(p, shape=ch(['fly', 'f_l', 'plus', 'Mixed']))}")


@survey
def s33_guyane(g):
    p = g.person(origin=ch(["fr", "ant", "waf", "pt"]))
    return (f"Professeur{g.e(p)} des écoles à {ch(['Saint-Laurent-du-Maroni', 'Maripasoula', 'Kourou', 'Saint-Georges'])}. Mes élèves parlent "
            f"ndjuka, sranan tongo, portugais du Brésil, créole… et les IA ne connaissent rien de tout ça. {g.op()}\n{g.fl(p)} — {g.tel('gf')}")


@survey
def s34_polynesie(g):
    p = g.person(origin="pf")
    return (f"Ia ora na ! Professeur{g.e(p)} de reo mā'ohi à {ch(['Papeete', 'Faa’a', 'Punaauia', 'Uturoa', 'Taravao'])}. "
            f"Demandez à une IA de traduire un pehe (chant) : c'est une catastrophe. Mais ça fait rire les élèves et on travaille la langue. "
            f"{g.fl(p)} – {g.tel('pf')}")


@survey
def s35_caledonie(g):
    p = g.person(origin=ch(["nc", "fr", "pf"]))
    return (f"Enseignant{g.e(p)} au collège de {ch(['Koné', 'Bourail', 'Lifou', 'Païta', 'Poindimié'])}, Nouvelle-Calédonie. Le réseau est lent, "
            f"l'IA c'est encore loin pour nous, mais les élèves l'ont déjà sur leur téléphone. {g.op()}\n{g.fl(p)} ({g.tel('nc')})")


@survey
def s36_polonaise(g):
    p = g.person(origin="pl", g="f")
    k = g.kid(p, "f")
    return (f"Je suis maman polonaise, ma fille {g.f(k)} est en {ch(['CE1', 'CM1', '6e', '5e'])}. Chez nous en Pologne aussi on discute beaucoup de ça. "
            f"Moi je pense que c'est bien pour apprendre le français plus vite, mais il faut le professeur à côté. Merci. {g.fl(p)}{g.mc(p)}")


@survey
def s37_ukraine(g):
    p = g.person(origin="ua")
    k = g.kid(p, "f")
    return (f"Ma fille {g.f(k)} est arrivée de {ch(['Kharkiv', 'Kherson', 'Zaporijia', 'Odessa'])} en 2022. La traduction automatique l'a aidée "
            f"à suivre les cours les premiers mois, c'était vital. Aujourd'hui elle n'en a presque plus besoin. {g.fl(p)}, {g.tel('mob')}")


@survey
def s38_telperso(g):
    p = g.person()
    return (f"{g.op()} {g.op()} Si vous avez besoin de précisions, tél. perso : {g.tel('mob')} (après 18 h). {g.nm(p)}")


@survey
def s39_inspectrice(g):
    x = g.person(g="f")
    p = g.person()
    return (f"Lors de la visite de l'inspectrice, {g.mme(x)}, on nous a encouragés à « expérimenter ». Très bien, mais avec quels moyens "
            f"et sur quel temps ? {g.op()} — {g.fi(p)}, {g.subj()}")


@survey
def s40_sms_college(g):
    t, p = g.person(g="m"), g.person()
    g.style = ch(["none", "lower"])
    tl = M("PERSONNE", t.last.lower())
    return (f"ia c trop bien mé le prof de math {ch(['mr', 'm.', 'monsieur'])} {tl} a di ke c de la triche. moi jlutilise jst pr comprendre "
            f"les corrections{ch([' 😭', ' 🤷‍♂️', ' ptdr', ''])}\n{M('PERSONNE', p.first.lower())} {ch(['5e', '4e', '3e', '6e'])}")


@survey
def s41_guide(g):
    p = g.person()
    return (f"J'ai écrit un petit guide pratique sur l'IA en classe (gratuit). Écrivez-moi et je vous l'envoie par la poste : "
            f"{g.fl(p)}, {g.adr(ch(['line', 'after', 'a', 'dom']))}. {g.op()}")


@survey
def s42_aed(g):
    p = g.person()
    return (f"En étude, je vois des élèves qui font tout faire à l'IA en cinq minutes puis jouent le reste de l'heure. {g.op()}\n"
            f"{g.f(p)}, {ch(['AED', 'assistant' + g.e(p) + ' d’éducation', 'surveillant' + g.e(p)])} au {g.school(ch(['col', 'lyc']))}")


@survey
def s43_atsem(g):
    p = g.person(g="f")
    return (f"Honnêtement, en petite section, l'IA on n'en parle pas ! Les enfants ont besoin de pâte à modeler et de câlins. "
            f"Par contre la maîtresse s'en sert pour les mots aux parents en plusieurs langues, et ça c'est utile.\n{g.f(p)} (ATSEM, école {ch(SCHOOL_NAMES)})")


@survey
def s44_ddfpt(g):
    p = g.person()
    return (f"Directeur délégué aux formations au {g.school('lp')}. En bac pro, nos partenaires utilisent déjà l'IA pour les devis et la maintenance. "
            f"{g.op()}\n{g.fL(p)} – {g.tel('fixe')} – {g.email(p, shape=ch(['fl', 'il', 'UP']))}")


@survey
def s45_tamoul(g):
    p = g.person(origin="tam")
    k = g.kid(p, "m")
    return (f"Mon fils {g.f(k)} est au lycée, il fait ses exercices de maths avec l'IA et il explique ensuite à sa petite sœur. Je trouve ça bien "
            f"s'il comprend vraiment. À la maison on parle tamoul, et l'IA l'aide aussi pour le français. {g.fl(p)}{g.mc(p)}")


@survey
def s46_corse(g):
    p = g.person(origin="co")
    return (f"Prufessore di lingua corsa. L'IA ùn parla micca bè u corsu : elle invente des mots à moitié italiens. Pour une langue minoritaire, "
            f"c'est un vrai danger si les élèves lui font confiance. {g.op()}\n{g.fl(p)}, {g.school(ch(['col', 'lyc']))}, {g.tel()}")


@survey
def s47_diwan(g):
    p = g.person(origin="bzh")
    return (f"Kelenner{'ez' if p.g == 'f' else ''} e skol Diwan {ch(['Landerne', 'Kemper', 'Gwened', 'Brest', 'Karaez'])}. "
            f"Les outils ne savent pas bien le breton, mais ils progressent, et ça pose la question de qui fournit les textes pour les entraîner. "
            f"{g.op()} {g.fl(p)}{g.mc(p)}")


@survey
def s48_martinique(g):
    p = g.person(origin=ch(["ant", "fr"]))
    return (f"Professeur{g.e(p)} d'histoire-géographie en Martinique. Quand on demande à l'IA l'histoire de l'abolition de 1848, elle oublie "
            f"presque toujours les résistances locales. Bel exercice critique pour mes {g.classe()} ! {g.fl(p)} - {g.tel('mq')}")


@survey
def s49_malgache(g):
    p = g.person(origin="mg")
    k = g.kid(p)
    return (f"Maman {de_(k)}{g.f(k)}, en {g.classe()}. À Madagascar, mes neveux n'ont pas d'ordinateur ; ici, ma fille a tout. L'école doit apprendre "
            f"à s'en servir intelligemment, sinon l'écart va grandir. {g.fl(p)} – {g.email(p)}")


@survey
def s50_comores(g):
    p = g.person(origin="km", g="f")
    k = g.kid(p, "f")
    return (f"Je suis comorienne, j'habite à Marseille. Ma fille {g.f(k)} est en 3e, elle utilise l'IA pour le brevet. Moi je ne comprends pas "
            f"bien ces choses, je demande à l'école de nous expliquer en réunion. {g.fl(p)}, {g.tel(ch(['mob', 'km']))}")


@survey
def s51_vietnam(g):
    p = g.person(origin="vn")
    return (f"Parent d'élève, ingénieur en informatique. J'explique à mes enfants que l'IA est un outil statistique, pas un oracle. "
            f"{g.op()} {g.fL(p)}{g.mc(p)}")


@survey
def s52_chinoise(g):
    p = g.person(origin="cn", g="f")
    return (f"Je suis lycéenne, arrivée de Chine il y a deux ans. Au début je traduisais tout avec l'IA, maintenant j'écris moi-même "
            f"et je demande seulement de corriger. C'est un bon professeur patient ! {g.f(p)}, {g.classe()}")


@survey
def s53_roles(g):
    a, b = g.person(), g.person(g="f")
    return (f"Heureusement que {g.f(a)} (CPE) et {g.f(b)}, notre AESH, ont pris le temps d'expliquer aux élèves de {g.classe()} les risques "
            f"des deepfakes. {g.op()}")


@survey
def s54_mots_communs(g):
    a, b = g.person(origin="frw", g="m"), g.person(origin="frw", g="f")
    return (f"{ch(['Monsieur', 'M.'])} {g.l(a)}, mon prof de techno, et {ch(['Madame', 'Mme'])} {g.l(b)}, en français, ne sont pas du tout d'accord : "
            f"l'un nous fait utiliser l'IA, l'autre nous l'interdit. Du coup on ne sait plus. {g.opc()}")


@survey
def s55_obf(g):
    p = g.person()
    return (f"{g.op()} Contactez-moi si vous menez des entretiens : {g.email(p, shape=ch(['arobase', 'at', 'pat', 'chez', 'ATDOT']))} "
            f"({g.fi(p)}, {g.subj()})")


@survey
def s56_nir_danger(g):
    p = g.person()
    return (f"Un « assistant » en ligne m'a demandé mon numéro de sécu pour « personnaliser » une fiche de paie. J'ai failli taper "
            f"{g.nir(p)} sans réfléchir. Voilà le danger, et c'est pareil pour nos élèves. {g.nm(p)}")


@survey
def s57_uai(g):
    p = g.person()
    return (f"Établissement : {g.uai()} ({g.school()})\nFonction : {ch(['chef d’établissement', 'directeur', 'directrice', 'adjoint gestionnaire'])}\n"
            f"Avis : {g.op()}\nRépondant : {g.fl(p)}")


@survey
def s58_lycee_agri(g):
    p, k = g.person(), g.person()
    return (f"Enseignant{g.e(p)} en lycée agricole. En agronomie, l'IA sert déjà à reconnaître les maladies des plantes. {g.f(k)}, "
            f"un élève de {ch(['seconde pro', 'BTSA', 'première STAV'])}, a même monté une appli pour l'exploitation de ses parents. {g.op()} {g.fl(p)}{g.mc(p)}")


@survey
def s59_deleguee(g):
    p = g.person(g="f")
    return (f"Déléguée de classe en {ch(['1re G2', 'Tle G5', '2nde 4', '1re STMG'])}. On a voté en heure de vie de classe : 21 pour un usage encadré, "
            f"4 contre. {g.opc().capitalize()}. {g.fi(p)}")


@survey
def s60_double_particule(g):
    p = g.person(origin="fr")
    p.last = ch(["de La Roche-Vidal", "du Plessis-Kerouédan", "Le Goff-Haddad", "d'Harcourt", "de Oliveira-Martin", "Van den Berg"])
    return (f"{g.op()} {g.op()}\nCordialement,\n{g.title(p)} {g.fl(p)}, professeur{g.e(p)} agrégé{g.e(p)} {g.desubj()}{g.mc(p)}")


@letter
def l26_enveloppe_chez(g):
    x, h = g.person(), g.person()
    return (f"{g.title(x)} {g.fL(x)}\n{ch(['chez', 'Chez', 'c/o'])} {g.title(h) + ' ' if R.random() < .6 else ''}{g.fl(h)}\n{g.adr(ch(['ml', 'compl', 'ml', 'lieudit']))}\n\n"
            f"Objet : retour du questionnaire « IA à l'école »")


@letter
def l27_ecole_etranger(g):
    p = g.person()
    k = g.person()
    city = g.pick_abroad()
    return (f"Lycée français de {city}\n{g.adr('foreign_ml')}\nTél. : {g.tel('abroad')}\n\nChers parents,\n\n"
            f"Dans le cadre de notre projet d'établissement, les élèves de {g.classe()} expérimenteront un assistant d'écriture. {g.op()} "
            f"Pour toute question, contactez {g.fl(k)}, coordinat{'rice' if k.g == 'f' else 'eur'} numérique : {g.email(k)}.\n\n{g.fl(p)}, proviseur{g.e(p)}")


@letter
def l28_facture_formation(g):
    p = g.person()
    sn = siren()
    return (f"Savoirs & Code SAS – organisme de formation\nSIRET {sn} {siret(sn)[9:]} – N° de déclaration d'activité {dg(11)}\n"
            f"{g.adr(ch(['line', 'cs', 'after']))}\n\nFACTURE n° F{dg(6)}\nFormation « IA générative en classe », 2 jours, {amount()}\n"
            f"Règlement par virement : {g.iban()}\nVotre contact : {g.fl(p)}, {g.tel()}, {g.email(p)}")


@letter
def l29_convocation_jury(g):
    p = g.person()
    return (f"CONVOCATION\n{g.title(p)} {g.fL(p)}\n{g.adrb()}\n\nVous êtes convoqué{g.e(p)} en qualité de membre du jury du concours "
            f"« Trophées de l'IA responsable » le {ch(DAYS)} {g.date()} à {hour()}, {room()}, {g.school('lyc')}.\n"
            f"En cas d'empêchement, prévenir le secrétariat au {g.tel('fixe')}.\n"
            f"Pour le paiement des vacations, nous avons enregistré : NIR {g.nir(p)} – IBAN {g.iban()}. Merci de signaler toute erreur.")


@letter
def l30_stage(g):
    p = g.person()
    t = g.person()
    return (f"{g.fl(p)}\n{g.adr(ch(['line', 'a', 'after', 'dom']))}\n{g.tel('mob')}\n{g.email(p, shape=ch(['fly', 'f-l', 'f_l', 'fl']))}\n\n"
            f"Objet : demande de stage d'observation de 3e\n\nMadame, Monsieur,\n\nÉlève de 3e au {g.school('col')}, je souhaiterais découvrir "
            f"le métier de développeur en intelligence artificielle. Mon professeur principal, {g.mme(t)}, soutient ma démarche.\n\n{g.f(p)}")


@letter
def l31_aed_contrat(g):
    p = g.person()
    return (f"Recrutement AED – pièces reçues\nCandidat{g.e(p)} : {g.fL(p)}\nNé{g.e(p)} à {g.city()}\nN° sécurité sociale : {g.nir(p)}\n"
            f"RIB : {g.iban()}\nAdresse : {g.adr(ch(['line', 'after', 'compl', 'dom']))}\nMission : aide aux devoirs, dont accompagnement aux outils numériques.")


@letter
def l32_partenariat(g):
    p = g.person()
    pres = "sa présidente" if p.g == "f" else "son président"
    return (f"Convention de partenariat\nEntre le {g.school()} (UAI {g.uai()}) et l'association « Code & Cité », représentée par "
            f"{g.title(p)} {g.fl(p)}, {pres}, domiciliée {g.adr(ch(['line', 'after', 'line']))}.\nObjet : ateliers de sensibilisation à l'IA, "
            f"{R.randint(4, 12)} séances de {ch(['1 h', '2 h', '1 h 30'])}.")


@letter
def l33_changement_adresse(g):
    p = g.person()
    return (f"Bonjour,\nMerci de noter mon changement d'adresse pour l'envoi des documents de formation.\n"
            f"Ancienne adresse : {g.adr(ch(['line', 'after', 'a']))}\nNouvelle adresse : {g.adr(ch(['line', 'dom', 'after', 'foreign']))}\n"
            f"Nouveau RIB : {g.iban()}\nBien cordialement,\n{g.fl(p)}\nNUMEN non communiqué par mail, comme demandé.")


@letter
def l34_infirmiere_pai(g):
    p = g.person(g="f")
    k = g.person()
    return (f"Madame, Monsieur,\nSuite à notre entretien, je vous confirme que {g.fl(k)} pourra utiliser sa tablette avec synthèse vocale "
            f"dans le cadre de son PAP. Je reste joignable à l'infirmerie au {g.tel('fixe')} le {ch(DAYS)} et le {ch(DAYS)}.\n"
            f"{g.mme(p, full=True)}, infirmière scolaire")


@letter
def l35_psyen_rdv(g):
    p = g.person()
    k = g.person()
    return (f"Centre d'information et d'orientation\n{g.adr(ch(['line', 'cs', 'ml']))}\n\nRendez-vous : {g.fl(k)}, {g.classe()}, le {num_date()} à {hour()} "
            f"avec {g.title(p)} {g.l(p)}, psychologue de l'Éducation nationale.\nMerci d'apporter vos bulletins. Annulation : {g.tel('fixe')}")


@letter
def l36_erasmus(g):
    p = g.person(origin="pl")
    h = g.person()
    return (f"Erasmus+ – mobilité enseignante\nEnseignant{g.e(p)} accueilli{g.e(p)} : {g.fl(p)}, Szkoła Podstawowa nr {R.randint(2, 40)}, "
            f"{M('ADRESSE', fill(ch(['ul. Długa ##, 00-### Warszawa, Pologne', 'ul. Floriańska ##, 31-### Kraków, Pologne', 'ul. Piotrkowska ###, 90-### Łódź, Pologne'])))}\nTél. : {M('TELEPHONE', fill('+48 ### ### ###'))}\n"
            f"Référente en France : {g.fl(h)}, {g.email(h)}\nThème de l'échange : l'IA dans l'enseignement des langues.")


@letter
def l37_mairie(g):
    p = g.person()
    return (f"MAIRIE DE {ch(['PLABENNEC', 'NYONS', 'ESPELETTE', 'MENDE', 'LANNION', 'AUBENAS'])}\nService des affaires scolaires\n\n"
            f"La commune équipera les écoles de {ch(['12', '24', '30', '48'])} tablettes à la rentrée. La question de l'IA sera abordée "
            f"avec les directeurs en conseil d'école. {g.op()}\n\nL'adjoint{g.e(p)} au maire chargé{g.e(p)} de l'éducation,\n{g.fl(p)}\n{g.tel('fixe')}")


@letter
def l38_newsletter(g):
    a, b, c = g.person(), g.person(), g.person()
    return (f"LETTRE NUMÉRIQUE n° {R.randint(3, 40)}\nÀ la une : l'IA en classe, retours d'expérience.\n\nVos contacts :\n"
            f"• Premier degré : {g.fl(a)} – {g.email(a)}\n• Second degré : {g.fl(b)} – {g.email(b)}\n"
            f"• Assistance : {g.fl(c)} – {g.tel()}")


@letter
def l39_tableau_referents(g):
    rows = []
    for acad in R.sample(["Rennes", "Lyon", "Réunion", "Guadeloupe", "Corse", "Lille", "Créteil", "Mayotte", "Toulouse", "Nancy-Metz"], 3):
        p = g.person()
        kind = {"Réunion": "re", "Guadeloupe": "gp", "Mayotte": "yt"}.get(acad, "fixe")
        rows.append(f"| {acad} | {g.fl(p)} | {g.email(p, shape=ch(['fl', 'il', 'fln']))} | {g.tel(kind)} |")
    return "Référents IA par académie\n| Académie | Référent | Courriel | Téléphone |\n|---|---|---|---|\n" + "\n".join(rows)


@letter
def l40_signature_en(g):
    p = g.person()
    g.pick_abroad()
    return (f"Best regards / Bien cordialement,\n\n{g.fl(p)}\nHead of Digital Learning – Lycée français international\n"
            f"{g.adr('foreign')}\nOffice: {g.tel('abroad')} | Mobile: {g.tel(ch(['abroad', 'mob']))}\n{g.email(p, dom=ch(['lfi-school.org', 'lycee-francais.edu.sg', 'lfny.org', 'lfbeirut.edu.lb']))}")


@letter
def l41_reunion(g):
    p = g.person(origin=ch(["fr", "tam", "mg", "km", "magh", "cn"]))
    sc = g.school('col')
    return (f"{sc[0].upper() + sc[1:]}\n{g.adr('re')}\nUAI {g.uai('974')}\nTél. {g.tel('re')}\n\n"
            f"Aux familles des élèves de 4e,\n\nUne réunion d'information sur l'usage de l'IA se tiendra au réfectoire. {g.op()}\n\n{g.fl(p)}, principal{g.e(p)}")


@letter
def l42_mayotte(g):
    p = g.person(origin=ch(["km", "fr", "magh"]))
    k = g.person(origin="km")
    return (f"Rectorat de Mayotte – DRANE\n{g.adr('yt')}\n\nObjet : prêt d'ordinateurs\n\nL'élève {g.fl(k)} pourra emprunter un ordinateur portable. "
            f"Le responsable légal peut joindre {g.fl(p)} au {g.tel('yt')}.")


@letter
def l43_polynesie(g):
    p = g.person(origin="pf")
    return (f"Direction générale de l'éducation et des enseignements\n{g.adr('pf')}\n\nIa ora na,\n\nLe colloque « IA et langues polynésiennes » "
            f"réunira les enseignants des archipels. Les inscriptions sont reçues par {g.fl(p)} ({g.tel('pf')}, {g.email(p, dom='education.pf')}).\n\nMāuruuru.")


@letter
def l44_caledonie(g):
    p = g.person(origin=ch(["nc", "fr", "pf"]))
    return (f"Vice-rectorat de la Nouvelle-Calédonie\n{g.adr('nc')}\n\nNote aux chefs d'établissement\n\nUn état des lieux des usages de l'IA "
            f"sera conduit en {ch(['mars', 'avril', 'mai'])}. Correspondant{g.e(p)} : {g.fL(p)}, {g.tel('nc')}, {g.email(p, dom='ac-noumea.nc')}.")


@letter
def l45_guyane(g):
    p, k = g.person(origin=ch(["ant", "fr", "pt", "waf"])), g.person()
    sc = g.school('col')
    return (f"{sc[0].upper() + sc[1:]}\n{g.adr('gf')}\nUAI : {g.uai('973')}\n\nCompte rendu de la réunion parents-professeurs\n"
            f"Les parents de {g.f(k)} ont demandé une aide pour l'accès à Internet. {g.op()}\nRédigé par {g.fl(p)}, {g.tel('gf')}")


@letter
def l46_guadeloupe(g):
    p = g.person(origin=ch(["ant", "fr"]))
    return (f"Association des parents d'élèves – {g.school('ecole')}\n{g.adr('gp')}\n\nChers parents,\nNous organisons une soirée débat « Nos enfants "
            f"et l'IA » le {ch(DAYS)} {g.date()} à 18 h. Contact : {g.fl(p)}, {g.tel('gp')} ou {g.email(p)}.\n"
            f"Adhésion : 10 € par famille, en espèces ou par virement ({g.iban()}).")


@letter
def l47_sms_profs(g):
    a, b, c = g.person(), g.person(), g.person()
    return (f"{g.f(a)} : qqn a le tel de la DRANE pr l'atelier IA ?\n{g.f(b)} : oui c {g.tel('fixe')}, demande {g.fl(c)}\n"
            f"{g.f(a)} : merci !! tu viens mercredi ?\n{g.f(b)} : non conseil de classe 😩")


@letter
def l48_teams(g):
    a, b = g.person(), g.person()
    return (f"{g.Lf(a)} {hour()}\nJe partage le diaporama de la formation, vous le trouverez dans l'onglet Fichiers.\n"
            f"{g.Lf(b)} {hour()}\nMerci ! Pour ceux qui veulent la version papier, envoyez-moi votre adresse : {g.email(b)}")


@letter
def l49_cellule_veille(g):
    ps = [g.person() for _ in range(4)]
    return (f"Cellule de veille « IA » – relevé de décisions du {g.date()}\nAnimation : {g.fl(ps[0])} (DRANE)\n"
            f"Participants : {g.fl(ps[1])}, {g.fi(ps[2])}, {g.mme(ps[3])}\n1. {ch(DECISIONS)}\n2. {ch(DECISIONS)}\nProchaine réunion : {ch(DAYS)} {g.date()}.")


@letter
def l50_reclamation(g):
    p = g.person()
    h = g.person()
    k = g.kid(p, "m")
    return (f"{g.fl(p)}\n{ch(['chez', 'c/o'])} {g.mme(h, full=True)}\n{g.adr(ch(['ml', 'compl', 'dom']))}\n\nLettre recommandée avec AR\n\n"
            f"{ch(['Madame', 'Monsieur'])} le Proviseur,\nJe conteste la sanction infligée à mon fils {g.f(k)} pour « usage d'IA non déclaré ». "
            f"Aucune règle écrite n'existait à la date du devoir.\n\n{g.fl(p)}")


@letter
def l51_occe(g):
    p = g.person()
    return (f"Coopérative scolaire – OCCE\nÉcole {ch(SCHOOL_NAMES)}\nMandataire : {g.fl(p)}, {'directrice' if p.g == 'f' else 'directeur'}\n"
            f"IBAN : {g.iban()}\nTitulaire du compte : OCCE – coopérative de l'école\nAchat prévu : {R.randint(4, 10)} micro-contrôleurs pour un atelier IA, {amount()}.")


@letter
def l52_conge_formation(g):
    p = g.person()
    return (f"Demande de congé de formation professionnelle\nNom : {g.L(p)}\nPrénom : {g.f(p)}\nN° de sécurité sociale : {g.nir(p)}\n"
            f"Établissement : {g.school()} – UAI {g.uai()}\nFormation visée : master « IA et éducation »\nAdresse : {g.adr(ch(['line', 'after', 'dom', 'compl']))}\n"
            f"Courriel : {g.email(p)}")


@letter
def l53_suivi_table(g):
    rows = []
    for _ in range(R.randint(2, 4)):
        p = g.person()
        rows.append(f"{g.L(p)};{g.f(p)};{g.tel()};{g.email(p)}")
    return "Répondants acceptant un entretien (export CSV)\nNom;Prénom;Téléphone;Courriel\n" + "\n".join(rows)


@letter
def l54_vcard(g):
    p = g.person()
    return (f"BEGIN:VCARD\nVERSION:3.0\nFN:{g.fl(p)}\nORG:{g.school()}\nTITLE:{ch(['Référent numérique', 'CPE', 'Professeur documentaliste', 'Proviseur adjoint'])}\n"
            f"TEL;TYPE=work:{g.tel('fixe')}\nTEL;TYPE=cell:{g.tel('mob')}\nEMAIL:{g.email(p, shape=ch(['fl', 'il', 'fln']))}\nEND:VCARD")


@letter
def l55_saint_martin(g):
    p = g.person(origin=ch(["ant", "fr", "pt"]))
    return (f"Collège de {ch(['Marigot', 'Grand-Case', 'Quartier-d’Orléans'])}\n{g.adr(ch(['gp', 'line']))}\n\nDear parents, chers parents,\n"
            f"The school will discuss AI use at the next meeting. La réunion aura lieu en français et en anglais. "
            f"Contact : {g.fl(p)}, {g.tel('gp')}.")


@letter
def l56_recours_ent(g):
    a = g.person()
    b = g.kid(a)
    return (f"Objet : {ch(['Compte ENT bloqué', 'Mot de passe ENT', 'Accès Pronote parent'])}\n\nBonjour,\nJe suis {g.fl(a)}, parent de {g.fl(b)} ({g.classe()}). "
            f"Mon identifiant ne fonctionne plus. Vous pouvez me rappeler au {g.tel()} ou m'écrire à {g.email(a)}.\nMerci d'avance.")


# ---------------------------------------------------------------- more surveys
@survey
def s61_directeur_uai(g):
    p = g.person()
    return (f"Direct{'rice' if p.g == 'f' else 'eur'} d'école (UAI {g.uai()}), {R.randint(4, 14)} classes. Nous n'avons ni le temps ni le matériel. "
            f"{g.op()} {g.fl(p)}, {g.tel('fixe')}")


@survey
def s62_fausse_facture(g):
    a = g.person()
    return (f"Anecdote qui fait peur : nous avons reçu une fausse facture, très bien rédigée (sûrement par une IA), demandant un virement sur "
            f"le compte {g.iban()}. Heureusement, l'agent{g.e(a)} comptable, {g.mme(a)}, a vérifié auprès du fournisseur. {g.op()}")


@survey
def s63_secretaire_nir(g):
    par = g.person()
    return (f"Au secrétariat, on reçoit de tout par l'ENT : la semaine dernière un parent, {g.fl(par)}, m'a envoyé son numéro de sécurité sociale "
            f"({g.nir(par)}) en clair pour une bourse. Si les IA lisent nos messageries un jour, bonjour les dégâts. {g.op()}")


@survey
def s64_repondant_bloc(g):
    p = g.person()
    return (f"Répondant : {g.mme(p, full=True)}\nÉtablissement : {g.school()} ({g.uai()})\nTéléphone : {g.tel()}\n"
            f"Question 12 – Que pensez-vous de l'usage de l'IA ? {g.op()}")


@survey
def s65_sms_tel(g):
    p = g.person()
    g.style = ch(["none", "lower", "both"])
    return (f"{g.opc()} {g.opc()} si vs voulez en parler ecrivez moi {g.tel('mob')} ({g.f(p)}, {ch(['4e', '3e', '2nde', 'term'])})")


@survey
def s66_expat_adresse(g):
    p = g.person()
    g.pick_abroad()
    return (f"Parent expatrié{g.e(p)}, mes enfants sont scolarisés dans le réseau AEFE. Là-bas l'IA est déjà intégrée aux cours d'anglais. "
            f"{g.op()} Pour me répondre : {g.fl(p)}, {g.adr('foreign')}.")


@survey
def s67_noaccent_contact(g):
    p = g.person()
    g.style = ch(["noaccent", "both"])
    return (f"Je suis parent d'élève et je trouve que l'école a du retard. {g.op()} Pour me recontacter : {g.email(p)} / {g.tel()}. {g.fl(p)}")


@survey
def s68_assistante_sociale(g):
    p = g.person(g="f")
    k = g.person()
    return (f"Assistante sociale scolaire. Certains élèves n'ont pas d'ordinateur à la maison et se sentent exclus quand on parle d'IA. "
            f"{g.f(k)}, en {g.classe()}, fait tout sur un vieux téléphone fissuré. {g.op()} {g.fi(p)}{g.mc(p)}")


@survey
def s69_stagiaire(g):
    p, t = g.person(), g.person()
    return (f"Professeur{g.e(p)} stagiaire. Ma tutrice, {g.f(t)}, m'a conseillé de ne jamais faire générer une séance entière. "
            f"Elle a raison : la première fois, l'IA m'a proposé une activité de {R.randint(3, 5)} heures pour une séance de 55 minutes ! {g.nm(p)}{g.mc(p)}")


@survey
def s70_formateur_adresse(g):
    p = g.person()
    return (f"Formateur indépendant, j'interviens dans les établissements sur l'IA. {g.op()} Mes coordonnées : {g.fl(p)}, "
            f"{g.adr(ch(['line', 'after', 'a']))} — {g.tel()} — {g.email(p)}")


@survey
def s71_tresorier(g):
    p = g.person()
    return (f"Trésorier{'e' if p.g == 'f' else ''} de l'association de parents. Nous finançons un atelier « IA et esprit critique » pour les CM2 ; "
            f"les dons peuvent être versés sur {g.iban()}. {g.op()} {g.fl(p)}{g.mc(p)}")


@survey
def s72_retraite_nir(g):
    p = g.person()
    return (f"J'ai demandé à une IA de m'aider à remplir mon dossier de retraite : elle a recopié mon NIR ({g.nir(p, spaced='sp')}) dans la case "
            f"du numéro de pension ! {g.op()} — {g.nm(p)}, {ch(['PLP', 'PE', 'certifié', 'agrégé'])}")


@survey
def s73_uai_mail(g):
    p = g.person()
    return (f"{g.op()} Notre établissement ({g.uai()}) serait volontaire pour une expérimentation. Contact : {g.email_generic()} "
            f"ou directement {g.fl(p)} ({g.email(p)}).")


# ---------------------------------------------------------------- more letters
@letter
def l57_fiche_renseignements(g):
    p = g.person()
    return (f"FICHE DE RENSEIGNEMENTS – NOUVEL ARRIVANT\nNom : {g.L(p)}\nPrénom : {g.f(p)}\nN° de sécurité sociale : {g.nir(p)}\n"
            f"Adresse : {g.adrb()}\nTéléphone portable : {g.tel('mob')}\nCourriel : {g.email(p)}\nIBAN (remboursements) : {g.iban()}")


@letter
def l58_ordre_mission(g):
    p = g.person()
    return (f"ORDRE DE MISSION\nAgent : {g.fl(p)}, {ch(['formateur', 'formatrice'])} académique\nMission : animation d'un atelier « IA et évaluation »\n"
            f"Lieu : {g.school()} (UAI {g.uai()})\nRésidence administrative : établissement {g.uai()}\nDate : {num_date()}, {hour()}\nTransport : véhicule personnel\n"
            f"Remboursement des frais sur le compte {g.iban()}")


@letter
def l59_table_etabs(g):
    rows = []
    for _ in range(R.randint(2, 4)):
        p = g.person()
        rows.append(f"| {g.uai()} | {g.school()} | {g.fl(p)} | {g.email(p, shape=ch(['fl', 'il', 'fln', 'UP']))} |")
    return ("Établissements participant à l'expérimentation\n| UAI | Établissement | Référent | Courriel |\n|---|---|---|---|\n" + "\n".join(rows))


@letter
def l60_imp(g):
    p = g.person()
    return (f"Demande d'indemnité pour mission particulière (IMP) – référent numérique\nBénéficiaire : {g.Lf(p)}\nNIR : {g.nir(p)}\n"
            f"Établissement : {g.uai()}\nCoordonnées bancaires : {g.iban()}\nVisa du chef d'établissement : {g.il(g.person())}")


@letter
def l61_gestionnaire_rib(g):
    a, b = g.person(), g.person()
    return (f"Bonjour {g.f(b)},\n\nLe logiciel refuse l'IBAN que tu m'as transmis ({g.iban()}). Peux-tu vérifier avec ta banque et m'envoyer un nouveau RIB ? "
            f"Je le saisirai dès réception.\n\nBien cordialement,\n{g.fl(a)}\nSecrétariat d'intendance – {g.tel('fixe')}")


@letter
def l62_pix(g):
    ks = [g.person() for _ in range(3)]
    return (f"Certification Pix – session du {num_date()}\nCentre : {g.school('lyc')} – UAI {g.uai()}\nSurveillant{g.e(ks[0])} : {g.mme(ks[0])}\n"
            f"Candidats absents : {g.fL(ks[1])}, {g.fL(ks[2])}\nIncident : aucun, hormis une tentative d'ouverture de {g.tool()}.")


@letter
def l63_depp(g):
    p = g.person()
    return (f"Enquête nationale « IA et établissements » – réponse de l'établissement {g.uai()}\nCorrespondant{g.e(p)} : {g.fl(p)}\n"
            f"Tél. : {g.tel('fixe')} – Mél : {g.email(p, shape=ch(['fl', 'il', 'UP', 'fln']))}\nQ3. Une charte existe-t-elle ? Non, en cours.\nQ4. Commentaire : {g.op()}")


@letter
def l64_signature_cpe(g):
    p = g.person()
    return (f"{g.op()}\n\nBien à vous,\n\n{g.fl(p)}\nConseill{'ère' if p.g == 'f' else 'er'} principal{g.e(p)} d'éducation\n{g.school(ch(['col', 'lyc', 'lp']))}\n"
            f"{g.adr(ch(['line', 'ml', 'cs', 'dom']))}\n☎ {g.tel('fixe')} | 📱 {g.tel('mob')}")


@letter
def l65_convocation_eleve(g):
    par = g.person()
    k = g.kid(par)
    c = g.person()
    return (f"{g.title(par)} {g.fl(par)}\n{g.adrb()}\n\nObjet : convocation à un entretien éducatif\n\nMadame, Monsieur,\nVotre enfant {g.f(k)}, élève de {g.classe()}, "
            f"a diffusé un montage réalisé avec une IA visant un camarade. Je vous prie de vous présenter le {ch(DAYS)} {g.date()} à {hour()} au bureau de la vie scolaire.\n\n"
            f"{g.fl(c)}, CPE")


@letter
def l66_benevole(g):
    p = g.person()
    return (f"Bonjour,\nRetraité{g.e(p)} de l'informatique, je propose bénévolement des ateliers « comprendre l'IA » pour les collégiens. "
            f"Je peux me déplacer dans tout le département.\n{g.fl(p)}\n{g.adr(ch(['a', 'line', 'lieudit']))}\n{g.tel(ch(['mob', 'fixe']))}\n{g.email(p, shape=ch(['arobase', 'at', 'pat', 'chez', 'ATDOT', 'fl']))}")


# ---------------------------------------------------------------- more nopii
@nopii
def n_forum(g):
    return ("Sujet : IA et devoirs maison\n" + ch(["Message 1 – ", "Post initial : ", ""]) + ch(OPINIONS) + "\nRéponse : " +
            ch(OPINIONS) + "\nRéponse : " + ch(OPINIONS_CASUAL) + ".")


@nopii
def n_motion(g):
    c = R.sample(CONS, 2)
    return ("Motion adoptée en conseil pédagogique :\nVu les risques identifiés (" + c[0] + ", " + c[1] + ") ;\n"
            "Vu l'absence de cadre commun à l'établissement ;\nLe conseil demande " + ch(["une formation pour tous les personnels.", "une charte commune.",
                                        "un temps de concertation dédié.", "des outils respectueux des données."]))


@nopii
def n_bilan(g):
    p = R.sample(PROS, 2)
    return ("Bilan de l'atelier : " + p[0] + " et " + p[1] + " ont été cités en premier. Côté inquiétudes, on retrouve surtout : " + ch(CONS) +
            ". " + ch(DECISIONS))


@nopii
def n_qcm(g):
    return ("Vous utilisez l'IA : " + ch(["[x] jamais [ ] parfois [ ] souvent", "[ ] jamais [x] parfois [ ] souvent",
                                          "[ ] jamais [ ] parfois [x] souvent"]) +
            "\nPour : " + ch(["[x] préparer les cours", "[x] corriger", "[x] rien de particulier", "[x] traduire"]) +
            "\nRemarque : " + ch(OPINIONS))


@nopii
def n_eleves_debat(g):
    return ("Débat en EMC – arguments relevés au tableau\nPour : " + ", ".join(R.sample(PROS, 3)) + ".\nContre : " +
            ", ".join(R.sample(CONS, 3)) + ".\nConclusion de la classe : " + ch(OPINIONS))


# ---------------------------------------------------------------- more traps
@trap
def t_ai_names(g):
    return ch([
        "Albert, l'assistant de l'administration, n'est pas ouvert aux élèves. ",
        "Claude et Gemini ont refusé de rédiger la dissertation complète, Copilot l'a fait. ",
        "Lucie, le modèle ouvert français, a été testé en classe de NSI. ",
        "Siri et Alexa ne sont pas des professeurs, rappelons-le. ",
        "Le Chat a mieux répondu que ChatGPT sur la question d'histoire. ",
        "Mistral, Llama et Gemma tournent en local sur le serveur du lycée. ",
    ]) + ch(OPINIONS)


@trap
def t_dates_hours(g):
    return ("Calendrier : %s %s à %s, puis le %s à %s ; rendu des projets avant le %s, %s. Durée : %d min." %
            (ch(DAYS), ch(DATES), hour(), num_date(), hour(), num_date(), hour(), ch([45, 55, 90, 110])))


@trap
def t_films_books(g):
    f = R.sample(FILMS, 2)
    return ("Ciné-débat au foyer : %s puis %s. En lecture cursive : %s. %s" % (f[0], f[1], ch(BOOKS), ch(OPINIONS)))


@trap
def t_numbers_mix(g):
    return ("Réf. dossier %s – convention n° %s/%s – bon de commande %s – facture %s – ticket #%s." %
            (ch(["DSDEN35-", "DRANE-", "RECT-"]) + dg(5), dg(2), dg(3), "BC" + dg(7), "FA" + dg(8), dg(6)))


@trap
def t_streets_no_number(g):
    st = R.sample(["rue Victor Hugo", "avenue Jean Jaurès", "boulevard Gambetta", "place Aimé Césaire", "rue Émile Zola",
                   "allée Simone Veil", "rue Louise Michel", "cours Jean Moulin", "rue Paul Bert", "quai Jules Ferry"], 2)
    return ("Travaux %s : l'entrée du lycée se fait par %s jusqu'aux vacances. Le car scolaire s'arrête place du Marché, à %s." %
            (st[0], st[1], cp_alone()))


@trap
def t_catalog(g):
    return ("Catalogue Canopé – réf. %s – « %s » – %s – ISBN %s." %
            (dg(6), ch(["Enseigner avec l'IA", "L'IA expliquée aux enfants", "Esprit critique et algorithmes"]), amount(), isbn13()))


@trap
def t_roles_letter(g):
    return ("Destinataires : Mesdames et Messieurs les chefs d'établissement, les directrices et directeurs d'école, "
            "les inspectrices et inspecteurs de l'Éducation nationale.\nCopie : le DASEN, la DRANE.\nObjet : " +
            ch(["usages de l'IA", "charte numérique", "protection des données des élèves"]) + ".\n" + ch(OPINIONS))


@trap
def t_siret_only(g):
    sn = siren()
    return ("Prestataire retenu : %s – SIREN %s – SIRET %s – code APE 8559A. Hébergement des données en France. %s" %
            (ch(["ClasseIA SAS", "Atelier Numérique Breizh", "Kanopée Éducation", "DataÉcole SARL"]), sn, siret(sn), ch(OPINIONS)))


@trap
def t_caps2(g):
    lines = R.sample(TRAP_LINES_CAPS, 2) + [ch(OPINIONS)] + R.sample(TRAP_LINES_CAPS, 1)
    return "\n".join(lines)


@letter
def l67_annuaire(g):
    rows = []
    for role in R.sample(["Principal(e)", "Adjoint(e)", "CPE", "Gestionnaire", "Infirmière", "Documentaliste", "Référent numérique", "Secrétariat"], R.randint(3, 4)):
        p = g.person()
        rows.append(f"| {role} | {g.fl(p) if R.random() < .6 else g.mme(p)} | {R.randint(200, 299)} | {g.tel(ch(['mob', 'fixe']))} |")
    return "Annuaire interne (ne pas diffuser)\n| Fonction | Nom | Poste | Portable |\n|---|---|---|---|\n" + "\n".join(rows)


@letter
def l68_liste_diffusion(g):
    ps = [g.person() for _ in range(R.randint(3, 4))]
    to = "; ".join(f"{g.fl(p)} <{g.email(p, shape=ch(['fl', 'il', 'fln', 'lf']))}>" for p in ps)
    return (f"À : {to}\nObjet : groupe de travail IA – prochaine séance\n\nBonjour à toutes et à tous,\n{ch(DECISIONS)} Merci de confirmer votre présence.\n"
            f"{g.f(ps[0])}")


@letter
def l69_delegues_parents(g):
    lines = []
    for _ in range(R.randint(2, 3)):
        p = g.person()
        lines.append(f"- {g.fl(p)}, {g.adr(ch(['line', 'after', 'a', 'dom']))}, {g.tel('mob')}")
    return (f"Délégués des parents – {g.classe()} – {ch(['année 2024-2025', 'année 2025-2026'])}\n" + "\n".join(lines) +
            f"\nN'hésitez pas à nous faire part de vos questions sur l'usage de l'IA en classe.")


@letter
def l70_sites_formation(g):
    p = g.person()
    return (f"Formation « IA et différenciation » – lieux\nSite nord : {g.school('lyc')}, {g.adr(ch(['line', 'after']))}\n"
            f"Site sud : {g.school('col')}, {g.adr(ch(['line', 'after', 'dom']))}\nSite à distance : classe virtuelle.\n"
            f"Renseignements : {g.fl(p)}, {g.tel('fixe')}")


@letter
def l71_recommande(g):
    a, b = g.person(), g.person()
    return (f"Expéditeur :\n{g.fL(a)}\n{g.adrb()}\n\nDestinataire :\n{g.title(b)} {g.fL(b)}\nInspection de l'Éducation nationale\n{g.adr(ch(['cs', 'bp', 'ml']))}\n\n"
            f"Lettre recommandée n° 1A {dg(3)} {dg(3)} {dg(4)} {dg(1)}\nObjet : recours gracieux – sanction liée à l'usage d'une IA")


#@@TEMPLATES@@


# ==========================================================================
# rendering, validation, production
# ==========================================================================
def transform_fn(style):
    if style is None:
        return None
    if style == "noaccent":
        return noaccent
    if style == "lower":
        return lambda s: s.lower()
    if style == "both":
        return lambda s: noaccent(s).lower()
    raise ValueError(style)


def render(marked, style=None):
    tf = transform_fn(style)
    out, ents, pos, cur = [], [], 0, 0
    for m in MARK_RE.finditer(marked):
        plain = marked[pos:m.start()]
        if tf:
            plain = tf(plain)
        out.append(plain)
        cur += len(plain)
        kind, val = m.group(1), m.group(2)
        if tf and kind in ("PERSONNE", "ADRESSE"):
            val = tf(val)
        ents.append((kind, val, cur))
        out.append(val)
        cur += len(val)
        pos = m.end()
    tail = marked[pos:]
    if tf:
        tail = tf(tail)
    out.append(tail)
    text = "".join(out)
    return text, ents


def check_entities(text, ents):
    """ents: [(kind, value, offset)]; returns None if ok, else a reason"""
    if OPEN in text or CLOSE in text:
        return "stray mark"
    prev = 0
    for kind, val, off in ents:
        if kind not in KINDS:
            return "bad kind %s" % kind
        if not val or val != val.strip():
            return "spaces around %r" % val
        if kind == "PERSONNE" and val.endswith("."):
            return "trailing dot %r" % val
        found = text.find(val, prev)
        if found != off:
            return "find mismatch %r at %d != %d" % (val, found, off)
        end = off + len(val)
        if off > 0 and text[off - 1].isalnum():
            return "glued left %r" % val
        if end < len(text) and text[end].isalnum():
            return "glued right %r" % val
        prev = end
    return None


STYLE_W = [(None, 70), ("noaccent", 14), ("lower", 10), ("both", 6)]
STATS = {"redraws": 0, "dup_redraws": 0, "reasons": {}}


def produce(cat, templates, count, seen, g):
    order = []
    while len(order) < count:
        block = list(templates)
        R.shuffle(block)
        order.extend(block)
    order = order[:count]
    R.shuffle(order)
    out = []
    for tpl in order:
        tries = 0
        while True:
            tries += 1
            if tries > 400:
                raise SystemExit("template %s keeps failing: %s" % (tpl.__name__, STATS["reasons"]))
            g.reset()
            KEYS.discard()
            marked = tpl(g)
            style = g.style
            if style is None and cat == "survey":
                style = wch(STYLE_W)
            if style == "none":
                style = None
            text, ents = render(marked, style)
            text = text.rstrip()
            if marked[:1].isspace():
                raise SystemExit("template %s starts with newline" % tpl.__name__)
            if cat in ("nopii", "trap") and ents:
                raise SystemExit("template %s of %s has entities" % (tpl.__name__, cat))
            if cat in ("survey", "letter") and not ents:
                raise SystemExit("template %s of %s has no entity" % (tpl.__name__, cat))
            why = check_entities(text, ents)
            if why:
                STATS["redraws"] += 1
                key = why.split(" ")[0]
                STATS["reasons"][key] = STATS["reasons"].get(key, 0) + 1
                continue
            if text in seen:
                STATS["dup_redraws"] += 1
                continue
            seen.add(text)
            KEYS.commit()
            out.append({"cat": cat, "tpl": tpl.__name__, "text": text, "ents": ents})
            break
    return out


def main():
    for name, lst, need in (("survey", SURVEY_T, 50), ("letter", LETTER_T, 50)):
        if len(lst) < need:
            print("WARNING: only %d %s templates (need %d)" % (len(lst), name, need))
    g = G()
    seen = set()
    recs = []
    reg = {"nopii": NOPII_T, "trap": TRAP_T, "survey": SURVEY_T, "letter": LETTER_T}
    for cat, n in MIX:
        recs.extend(produce(cat, reg[cat], n, seen, g))
    R.shuffle(recs)
    os.makedirs(os.path.dirname(OUT_PATH), exist_ok=True)
    expected = {}
    with open(OUT_PATH, "w", encoding="utf-8") as fh:
        for i, r in enumerate(recs, 1):
            rid = "q%03d" % i
            r["id"] = rid
            expected[rid] = r
            obj = {"id": rid, "text": r["text"],
                   "entities": [{"kind": k, "text": v} for k, v, _ in r["ents"]]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    # ---- re-read and re-check everything -----------------------------------
    errors = []
    per_kind, per_cat, per_cat_ents = {}, {}, {}
    measured = {"NIR": [0, 0], "IBAN": [0, 0], "UAI": [0, 0]}
    ids = []
    with open(OUT_PATH, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            obj = json.loads(line)
            if set(obj) != {"id", "text", "entities"}:
                errors.append("line %d: keys %s" % (ln, sorted(obj)))
                continue
            rid, text, ents = obj["id"], obj["text"], obj["entities"]
            ids.append(rid)
            exp = expected.get(rid)
            if exp is None or exp["text"] != text or len(exp["ents"]) != len(ents):
                errors.append("%s: mismatch with generated record" % rid)
                continue
            trip = []
            for e, (k0, v0, off0) in zip(ents, exp["ents"]):
                if set(e) != {"kind", "text"} or e["kind"] != k0 or e["text"] != v0:
                    errors.append("%s: entity differs %r" % (rid, e))
                trip.append((e["kind"], e["text"], off0))
            why = check_entities(text, trip)
            if why:
                errors.append("%s: %s" % (rid, why))
            cat = exp["cat"]
            per_cat[cat] = per_cat.get(cat, 0) + 1
            per_cat_ents[cat] = per_cat_ents.get(cat, 0) + len(ents)
            for e in ents:
                per_kind[e["kind"]] = per_kind.get(e["kind"], 0) + 1
                k = e["kind"]
                if k in measured:
                    ok = {"NIR": nir_ok, "IBAN": iban_ok, "UAI": uai_ok}[k](e["text"])
                    measured[k][0] += 1
                    measured[k][1] += (not ok)
                    if k == "IBAN" and not e["text"].replace(" ", "").startswith("FR"):
                        errors.append("%s: IBAN not French" % rid)
                    if k == "IBAN":
                        t = e["text"].replace(" ", "")
                        if rib_key(t[4:9], t[9:14], t[14:25]) != int(t[25:27]):
                            errors.append("%s: RIB key wrong %s" % (rid, t))
    if ids != ["q%03d" % i for i in range(1, 401)]:
        errors.append("ids are not q001..q400 in order")
    for cat, n in MIX:
        if per_cat.get(cat) != n:
            errors.append("category %s has %s lines, want %d" % (cat, per_cat.get(cat), n))
    for k in measured:
        if measured[k] != KEYS.committed[k]:
            errors.append("%s wrong-key share drawn %s != measured %s" % (k, KEYS.committed[k], measured[k]))

    print("wrote %s" % OUT_PATH)
    print("templates: survey=%d letter=%d nopii=%d trap=%d" % (len(SURVEY_T), len(LETTER_T), len(NOPII_T), len(TRAP_T)))
    print("lines per category: " + ", ".join("%s=%d" % (c, per_cat.get(c, 0)) for c, _ in MIX))
    print("entities per category: " + ", ".join("%s=%d" % (c, per_cat_ents.get(c, 0)) for c, _ in MIX))
    print("entities per kind: " + ", ".join("%s=%d" % (k, per_kind.get(k, 0)) for k in KINDS))
    print("entities total: %d" % sum(per_kind.values()))
    for k in ("NIR", "IBAN", "UAI"):
        n, w = measured[k]
        print("wrong-key share %s: %d/%d = %.1f %% (drawn %d/%d)" % (k, w, n, 100.0 * w / max(n, 1), KEYS.committed[k][1], KEYS.committed[k][0]))
    print("redraws (offset/sanity): %d %s" % (STATS["redraws"], STATS["reasons"]))
    print("redraws (duplicate text): %d" % STATS["dup_redraws"])
    if errors:
        for e in errors[:50]:
            print("ERROR:", e)
        sys.exit("self-check FAILED (%d errors)" % len(errors))
    print("self-check OK")


if __name__ == "__main__":
    main()
