#!/usr/bin/env python3
"""Blind evaluation set n°14 for the French personal-data masker.

WRITTEN BLIND: this generator was written without opening, reading, grepping
or listing anything under Sources/, Tests/ (except to write its own output
file), docs/, lexiques/ or any other script of scripts/bench/.  No other
generator or fixture was consulted; every template, name, address and
identifier shape comes from the author's own knowledge of how French people
write letters, forms, e-mails, survey answers, minutes, text messages and chats.

Run:   cd /work/main && python3 scripts/bench/pii_make_blind14.py
Writes Tests/PrivacyTests/Fixtures/pii_blind14.jsonl (400 lines):
    {"id": "q001", "text": "...", "entities": [{"kind": K, "text": "..."}]}
Standard library only, deterministic: random.Random(SEED), SEED = 10122032.

Theme: a consultation « Que pensez-vous de l'usage de l'IA dans les
établissements scolaires ? ».

Mix (400 texts, shuffled deterministically):
  *  60 texts without personal data (anonymous opinions, minutes, chat);
  *  70 trap texts without personal data (AI products / platforms, brands,
     schools, rooms, places, pets and streets named after people, streets
     without a number, towns with a postcode alone, dates, hours, amounts,
     counts, classes, law articles, years, course codes, order / reference
     numbers, SIREN / SIRET, toll-free and short numbers, book titles,
     common words capitalised at the start of lines, titles without names);
  * 130 survey answers with names and identifiers woven into opinions
     (some casual: no accents, lowercase names, SMS style);
  * 140 letters, forms, e-mails, requests, minutes, attendance lists,
     signatures and chats with contact details.

Kinds: PERSONNE, ADRESSE, EMAIL, TELEPHONE, NIR, IBAN, UAI.

Labelling conventions:
  PERSONNE  titles (M., Mme, Dr, Docteure, monsieur...) excluded; an initial
            after a title is the letter alone (« Mme L. » -> « L »); first
            name + surname = one entity; a first name next to a role or a
            class is labelled alone; trailing abbreviation dots excluded;
            public figures are persons; names inside e-mails, schools,
            streets, places, pets, brands and AI products are not persons.
            Separate form fields (« Nom : X » / « Prénom : Y ») give two
            entities.
  EMAIL     the whole address, obfuscated forms included.
  TELEPHONE the number with its international prefix, no label.
  NIR / IBAN / UAI  the whole identifier with its inner separators; labels
            excluded.  About 40 % carry a deliberately wrong check key and
            are labelled all the same (NIR key = 97 - (n mod 97) with
            2A->19, 2B->18; IBAN ISO 7064 mod 97; UAI letter =
            "ABCDEFGHJKLMNPRSTUVWXYZ"[n mod 23]).
  ADRESSE   one entity from the first element of the address (house number,
            street type, or a complement that comes first) to the end of the
            city (CEDEX and its number included), or to the end of the
            street / postcode when no city is given, across lines; a
            « chez M. X » / « c/o X » line is not part of the address (X is a
            PERSONNE); a city joined to the street by « à » is part of the
            address, « à » included; the country of a foreign address is part
            of it.

Entities are listed in order of appearance; each one is found by
text.find(entity, end_of_previous_entity) at exactly its intended place
(asserted below), and no two overlap.
"""
import hashlib
import json
import os
import random
import unicodedata
from collections import Counter

SEED = 10122032
rng = random.Random(SEED)

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "Tests", "PrivacyTests", "Fixtures", "pii_blind14.jsonl")


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------
def ch(seq):
    return rng.choice(seq)


def chance(p):
    return rng.random() < p


def E(kind, text):
    return (kind, text)


def PER(text):
    return ("PERSONNE", text)


def noacc(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def slug(s):
    s = noacc(s).lower().replace("'", "").replace(" ", "")
    return s


def L(s):
    return [x.strip() for x in s.split(",") if x.strip()]


def cap_first(s):
    return s[:1].upper() + s[1:]


# --------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------
ORIGINS = {
    "fr": (L("Camille,Léa,Manon,Chloé,Julie,Sophie,Nathalie,Isabelle,Sandrine,Valérie,Céline,Aurélie,Émilie,Hélène,Brigitte,Martine,Sylvie,Catherine,Agathe,Capucine,Apolline,Margaux,Océane,Clémence,Bérénice,Solène,Coralie,Élodie,Laetitia,Ghislaine,Josette,Maud,Anaïs,Zoé,Louise,Jade,Romane,Elsa,Justine,Pauline,Mathilde,Ségolène,Marie-Claire,Anne-Sophie,Marie-Hélène,Marie-Laure,Anne-Laure,Marie-José,Marie-Ange,Marie-Christine"),
           L("Jean,Pierre,Michel,Philippe,Nicolas,Julien,Thomas,Maxime,Antoine,Hugo,Lucas,Théo,Louis,Gabriel,Arthur,Mathis,Clément,Bastien,Jérôme,Stéphane,Thierry,Pascal,Gérard,Dominique,Benoît,François,Guillaume,Romain,Quentin,Baptiste,Enzo,Timothée,Aurélien,Cyril,Grégoire,Jean-Pierre,Jean-Baptiste,Pierre-Yves,Jean-Marc,Paul-Henri,Jean-François,Louis-Marie,Jean-Luc,Jean-Christophe,Marc-Antoine"),
           L("Martin,Bernard,Dubois,Robert,Richard,Petit,Durand,Leroy,Moreau,Simon,Laurent,Lefebvre,Michel,David,Bertrand,Roux,Vincent,Fournier,Morel,Girard,André,Lefèvre,Mercier,Dupont,Lambert,Bonnet,François,Legrand,Garnier,Faure,Rousseau,Blanc,Guérin,Henry,Roussel,Perrin,Morin,Mathieu,Gauthier,Dumont,Chevalier,Robin,Masson,Lemaire,Duval,Joly,Gautier,Roche,Noël,Meunier,Marchand,Dufour,Blanchard,Brun,Caron,Giraud,Brunet,Lacroix,Leclerc,Vasseur,Delattre,Lecomte,Deschamps,Carpentier,Dewitte,Vandenbussche,Delcourt,Lemoine,Pruvost,Boucher,Chauvin,Barbier,Rolland,Aubert,Tessier,Besson,Labbé,Poulain,Courtois,Bouvier,Jacquet,Peyrot,Delmas,Cazenave,Fabre,Escudier,Vidalenc,Castagné")),
    "br": (L("Gwenaëlle,Maëlys,Nolwenn,Soizic,Maiwenn,Enora,Rozenn,Morgane,Klervi,Anaïg"),
           L("Yann,Erwan,Ronan,Loïc,Tanguy,Goulven,Gaël,Briac,Malo,Corentin,Yannick,Gwendal,Tristan"),
           L("Le Gall,Le Goff,Le Bihan,Kerjean,Le Floch,Le Guen,Tanguy,Quéré,Kerbrat,Guivarc'h,Le Meur,Morvan,Le Corre,Jaouen,Cadiou,Riou,L'Hostis,Le Berre,Kervella,Prigent,Le Bras,Penven")),
    "als": (L("Odile,Christiane,Mireille,Anne-Marie,Joséphine,Lucienne,Delphine,Aline"),
            L("Joseph,Aloïs,Fernand,Gilles,Xavier,Régis,Hubert,Lucien"),
            L("Schmitt,Muller,Meyer,Kieffer,Wurtz,Ehrhart,Grunenwald,Stoessel,Kuntz,Zimmermann,Schneider,Weber,Hertzog,Ostertag,Haegelé,Fritsch,Riehl,Wagner,Koenig,Eschbach,Heitz")),
    "bq": (L("Maite,Ainhoa,Amaia,Itziar,Maialen,Garazi,Nahia,Maddi"),
           L("Iñaki,Xabi,Peio,Eneko,Gorka,Beñat,Ximun,Mattin,Unai"),
           L("Etcheverry,Irigoyen,Elizalde,Harriague,Arrieta,Goyhenetche,Larralde,Iribarne,Etchegaray,Urrutia,Bidegain,Mendiboure,Ithurralde,Darritchon,Olçomendy,Sallaberry")),
    "co": (L("Marie-Dominique,Laetitia,Anghjula,Paula,Santa,Ghjulia,Francesca"),
           L("Jean-Toussaint,Ange-Marie,Pierre-Paul,Orsu,Paul-Antoine,Dumenicu,Ghjuvan,Petru"),
           L("Santoni,Pieri,Luciani,Mattei,Casanova,Filippi,Albertini,Leca,Peretti,Cesari,Susini,Giacomoni,Orsini,Acquaviva,Paoli,Colonna d'Istria")),
    "mag": (L("Fatima,Karima,Nadia,Samira,Leïla,Yasmina,Amina,Inès,Sonia,Malika,Rania,Lina,Nour,Imane,Meriem,Sabrina,Zineb,Khadija,Hanane,Soraya,Djamila,Yamina,Salma,Asma,Kenza"),
            L("Mohamed,Karim,Yacine,Samir,Nassim,Rachid,Mehdi,Sofiane,Bilal,Ilyes,Hakim,Farid,Yanis,Ayoub,Walid,Abdelkader,Mourad,Nabil,Younès,Hamza,Adel,Réda,Amine,Zakaria,Idriss,Anis"),
            L("Benali,Haddad,Bensaïd,Bouzid,Cherif,Mansouri,Belkacem,Amrani,El Idrissi,Aït Ahmed,Benyahia,Kaci,Hamidi,Ouali,Zerrouki,Benhamou,Laaroussi,Chaoui,Ben Salah,El Fassi,Boukhris,Taleb,Meziane,Saïdi,Bouaziz,Hadj-Ali,Benmoussa,Lahlou,Aït-Kaci")),
    "wa": (L("Aminata,Fatou,Mariama,Awa,Aïssatou,Kadiatou,Bintou,Ama,Ramatoulaye,Coumba,Nafissatou,Khady,Adjoa,Akosua"),
           L("Ousmane,Mamadou,Moussa,Ibrahima,Seydou,Oumar,Cheikh,Adama,Souleymane,Kofi,Kwame,Abdoulaye,Boubacar,Lamine,Modibo,Issa,Alassane"),
           L("Diallo,Traoré,Diop,Ndiaye,Koné,Camara,Sow,Cissé,Keïta,Touré,Sylla,Fofana,Coulibaly,Konaté,Mensah,Ouédraogo,Sanogo,Diakité,Gueye,Faye,Sangaré,Kouassi,N'Diaye,Doumbia,Bamba,Dembélé,Soumaré,Niang,Mbaye,Seck,Kaboré,Zongo,Agbodjan,Adjovi")),
    "ca": (L("Grâce,Merveille,Christelle,Divine,Chancelle,Gloire,Nadège,Prisca,Ornella,Rébecca,Bénédicte"),
           L("Blaise,Prince,Exaucé,Dieudonné,Rodrigue,Landry,Hervé,Serge,Parfait,Junior,Fabrice,Aimé,Jonathan"),
           L("Mbemba,Nkounkou,Mabiala,Tshibangu,Mukendi,Ngoma,Ilunga,Essomba,Mballa,Ndong,Nkoulou,Owona,Mvondo,Kabongo,Lukusa,Malonga,Massamba,Bikoko,Tchamba,Nzeza,Moukala")),
    "mg": (L("Fanja,Tiana,Miora,Voahangy,Lalaina,Noro,Hanitra,Mialy,Onja,Tahiry"),
           L("Hery,Rivo,Haja,Njaka,Fidy,Mamy,Tojo,Andry,Faly,Toky,Lova"),
           L("Rakotomalala,Randriamampionona,Rasoanaivo,Andrianarivelo,Razafindrakoto,Rabemananjara,Ratsimbazafy,Rakotonirina,Raharison,Rasolofo,Andriamihaja,Ramanantsoa,Rabearivelo")),
    "pt": (L("Ana,Inês,Filipa,Beatriz,Joana,Conceição,Maria,Fernanda,Cátia,Sónia,Mariana,Lurdes"),
           L("João,Tiago,Rui,Gonçalo,Duarte,Manuel,Nuno,Paulo,Sérgio,Diogo,Fábio,Vítor,José"),
           L("da Silva,Pereira,Ferreira,Rodrigues,Gonçalves,Carvalho,Fernandes,dos Santos,Oliveira,Teixeira,Lopes,Machado,Sousa,Correia,Moreira,Ribeiro,Pinto,Cardoso,Marques,Almeida,Fonseca,Azevedo")),
    "es": (L("Carmen,Lucía,Pilar,Dolores,Rocío,Nerea,Lola,Paloma,Mercedes,Consuelo,Begoña,Montserrat"),
           L("Alejandro,Javier,Álvaro,Sergio,Iker,Jorge,Pablo,Rafael,Joaquín,Andrés,Raúl"),
           L("García,Martínez,López,Sánchez,Fernández,Rodríguez,Romero,Navarro,Gutiérrez,Jiménez,Ruiz,Moreno,Ortega,Delgado,Castillo,Serrano,Molina,Morales,Herrera,Vidal,Soler,Puig")),
    "it": (L("Giulia,Francesca,Chiara,Federica,Rosa,Alessandra,Valentina,Serena,Paola,Graziella,Antonella"),
           L("Alessandro,Matteo,Lorenzo,Giovanni,Luca,Salvatore,Vincenzo,Giuseppe,Marco,Davide,Fabrizio,Angelo"),
           L("Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,Gallo,Conti,De Luca,Mancini,Lombardi,Costa,Giordano,Fontana,Santoro,Di Stefano,Lo Presti,D'Angelo,Pellegrini,Ferraro")),
    "tr": (L("Elif,Ayşe,Zeynep,Merve,Kübra,Hatice,Selin,Büşra,Emine,Esra,Gül,Sevgi"),
           L("Mehmet,Mustafa,Emre,Burak,Yusuf,Can,Cem,Ömer,Hakan,Murat,Serkan,Kemal,Oğuz"),
           L("Yılmaz,Kaya,Demir,Şahin,Çelik,Yıldız,Öztürk,Aydın,Arslan,Doğan,Kılıç,Aslan,Koç,Kurt,Özdemir,Yilmaz,Ozturk,Polat,Korkmaz,Güneş")),
    "vn": (L("Linh,Thu,Hoa,Lan,Huong,Anh,Trang,Phuong,Mai,Ngoc,Thao,Yen"),
           L("Minh,Tuan,Duc,Bao,Quang,Hai,Long,Dung,Khanh,Thanh,Hieu,Nam"),
           L("Nguyen,Tran,Pham,Hoang,Phan,Dang,Bui,Ngo,Duong,Truong,Huynh,Vuong,Dinh,Lam,Trinh")),
    "cn": (L("Mei,Jing,Xiaoyu,Yan,Ling,Xin,Hui,Qian,Ying,Xiaomei,Yue"),
           L("Wei,Hao,Lei,Jun,Yifan,Zhiwei,Haoran,Jian,Tao,Ming,Kai,Zihan"),
           L("Wang,Zhang,Liu,Chen,Yang,Huang,Zhao,Zhou,Sun,Zhu,Gao,Luo,Zheng,Xie,Tang")),
    "ee": (L("Oksana,Olena,Natalia,Katarzyna,Agnieszka,Ioana,Elena,Svetlana,Anastasia,Jovana,Alina,Irina,Magdalena,Daria,Zuzana"),
           L("Dmytro,Andriy,Piotr,Tomasz,Bogdan,Mihai,Radu,Milan,Nikola,Sergiu,Vladimir,Pavel,Marek,Ivan,Bartosz"),
           L("Kowalski,Nowak,Wiśniewska,Lewandowski,Popescu,Ionescu,Dumitrescu,Shevchenko,Kovalenko,Bondarenko,Petrov,Ivanova,Horváth,Novák,Jovanović,Petrović,Dvořák,Wójcik,Kamińska,Moldovan,Szabó,Kravchenko,Melnyk")),
    "ant": (L("Joëlle,Mylène,Josiane,Rosemonde,Ketty,Marie-Line,Murielle,Ginette,Lucette,Émeline,Cindy,Maryse"),
            L("Ludovic,Fred,Harry,Teddy,Jocelyn,Rony,Dany,Félix,Gérald,Willy,Thierry,Max"),
            L("Jean-Baptiste,Saint-Louis,Pierre-Louis,Lubin,Sainte-Rose,Désir,Calixte,Bellance,Zénon,Nestoret,Félicité,Ursulet,Cadet,Alexis,Jean-Charles,Marie-Sainte,Bazile,Théodose,Louisy")),
    "reu": (L("Johanna,Priscilla,Noémie,Laurence,Stéphanie,Marie-Annick,Gisèle,Dorothée"),
            L("Mickaël,Sully,Johnny,Jean-Hugues,Dimitri,Fabrice,Wilfried,Éric,Guy"),
            L("Payet,Hoarau,Grondin,Fontaine,Técher,Rivière,Boyer,Lebon,Maillot,Dijoux,Nativel,Turpin,Clain,Sautron,Hoareau,Mussard,Lauret,Bègue,Ah-Hot,Ah-Kiem,Chane-Ki,Moutoussamy,Nayagom,Ramassamy")),
    "pf": (L("Hinano,Moana,Tiare,Vaea,Poerava,Ranitea,Mahana,Heiata,Titaua,Vaimiti,Hina"),
           L("Teva,Manutea,Heimana,Teiva,Tamatoa,Raiarii,Tehau,Matahi,Heimanu,Toa"),
           L("Tetuanui,Teriitahi,Temarii,Tauira,Teihotu,Tehei,Tuheiava,Mahinui,Teriierooiterai,Raapoto,Tinorua,Amaru")),
}
ORIGIN_W = [("fr", 28), ("br", 5), ("als", 4), ("bq", 3), ("co", 3), ("mag", 13), ("wa", 8), ("ca", 4),
            ("mg", 3), ("pt", 5), ("es", 3), ("it", 4), ("tr", 4), ("vn", 3), ("cn", 3), ("ee", 4),
            ("ant", 3), ("reu", 3), ("pf", 2)]
PARTICLES = L("de Villiers,de Montaigu,du Plessis,de Kergorlay,d'Harcourt,de Beaumont,de La Tour,des Roches,de Saint-Aubin,de Bréville,d'Aboville,de La Rochère")
NICKNAMES = L("Nico,Steph,Seb,Max,Flo,Juju,Momo,Kiki,Bouba,Fafa,Didi,Mimi,Loulou,Titou,Zaza,Caro,Greg,Fanfan,Doudou,Jojo")
PUBLIC = L("Emmanuel Macron,Gabriel Attal,Pap Ndiaye,Jean-Michel Blanquer,Élisabeth Borne,Najat Vallaud-Belkacem,Nicole Belloubet,Sam Altman,Elon Musk,Yann LeCun,Cédric Villani,Stanislas Dehaene,Philippe Meirieu,Maria Montessori,Célestin Freinet,Alan Turing,Arthur Mensch,Luc Julia,Bill Gates,Xavier Niel")


def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    r = rng.uniform(0, tot)
    for k, w in pairs:
        r -= w
        if r <= 0:
            return k
    return pairs[-1][0]


class Person:
    def __init__(self, first, last, g):
        self.first, self.last, self.g = first, last, g

    def full(self):
        return f"{self.first} {self.last}"

    def LAST_first(self):
        return f"{self.last.upper()} {self.first}"

    def first_LAST(self):
        return f"{self.first} {self.last.upper()}"

    def initial(self):
        parts = self.first.replace(" ", "-").split("-")
        return "-".join(p[0] + "." for p in parts)

    def init_last(self):
        if self.initial() == "M.":  # « M. Dupont » would read as « Monsieur Dupont »
            return self.full()
        return f"{self.initial()} {self.last}"

    def low(self):
        return noacc(self.full()).lower()

    def title(self, formal=True):
        if self.g == "F":
            return ch(["Mme", "Mme", "Mme", "Madame", "Mme.", "Mlle"] if formal else ["Mme", "madame", "Mme", "Madame"])
        return ch(["M.", "M.", "M.", "Monsieur", "Mr"] if formal else ["M.", "monsieur", "M.", "Monsieur"])

    def dr(self):
        return ch(["Docteure", "Dr", "Dre"]) if self.g == "F" else ch(["Docteur", "Dr", "Dr."])

    def born(self):
        return "née" if self.g == "F" else "né"

    def e(self, x):
        return x + ("e" if self.g == "F" else "")


def person(origin=None, g=None):
    o = origin or wchoice(ORIGIN_W)
    F, M, S = ORIGINS[o]
    g = g or ("F" if chance(0.5) else "M")
    first = ch(F if g == "F" else M)
    if o == "vn" and chance(0.25):
        first = ("Thi " if g == "F" else "Van ") + first
    so = o if chance(0.8) else wchoice(ORIGIN_W)
    last = ch(ORIGINS[so][2])
    r = rng.random()
    if o == "fr" and r < 0.07:
        last = ch(PARTICLES)
    elif r < 0.12:
        other = ch(ORIGINS[wchoice(ORIGIN_W)][2])
        if other != last:
            if o in ("es", "pt"):
                last = f"{last} {other}"
            elif " " not in last and " " not in other and "'" not in other:
                last = f"{last}-{other}"
    return Person(first, last, g)


def pname_forms(p, casual=False):
    """a full-name mention: returns the text of one PERSONNE entity"""
    if casual:
        return ch([p.low(), noacc(p.first).lower() + " " + noacc(p.last).lower(), p.full().lower(), p.full()])
    return ch([p.full(), p.full(), p.full(), p.first_LAST(), p.LAST_first(), p.init_last()])


def titled(p, with_first=None):
    """title + name segments, title excluded from entity"""
    t = p.title()
    r = rng.random()
    if with_first is None:
        with_first = r < 0.45
    if with_first:
        return [t + " ", PER(ch([p.full(), p.full(), p.first_LAST()]))]
    return [t + " ", PER(p.last)]


# --------------------------------------------------------------------------
# identifiers: NIR, IBAN, UAI (about 40 % with a wrong check key)
# --------------------------------------------------------------------------
WRONG_P = 0.4
UAI_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ"


_BAGS = {}


def wrong_key(kind):
    """shuffled bag of 5 flags with 2 wrong ones: about 40 % wrong keys per kind"""
    bag = _BAGS.setdefault(kind, [])
    if not bag:
        bag.extend([True, True, False, False, False])
        rng.shuffle(bag)
    return bag.pop()


def nir_num13(s):
    s = s.replace(" ", "").replace(".", "").replace("-", "")[:13].upper()
    s = s[:5] + s[5:7].replace("2A", "19").replace("2B", "18") + s[7:]
    return int(s)


def nir_valid(text):
    s = text.replace(" ", "").replace(".", "").replace("-", "").upper()
    if len(s) != 15:
        return False
    return 97 - nir_num13(s[:13]) % 97 == int(s[13:])


def make_nir():
    sex = ch("1122") if chance(0.97) else ch("378")
    yy = "%02d" % rng.randint(0, 99)
    mm = "%02d" % rng.randint(1, 12)
    r = rng.random()
    if r < 0.12:
        dep, com = ch(["2A", "2B"]), "%03d" % rng.randint(1, 366)
    elif r < 0.25:
        dep, com = ch(["971", "972", "973", "974", "976"]), "%02d" % rng.randint(1, 34)
    elif r < 0.33:
        dep, com = "99", ch(["350", "352", "351", "341", "139", "127", "109", "134", "243", "401"])
    else:
        dep = ch(["75", "59", "62", "93", "92", "94", "69", "13", "33", "31", "44", "35", "29", "67", "68",
                  "64", "34", "06", "38", "57", "80", "76", "63", "21", "87", "56", "22", "91", "95", "77"])
        com = "%03d" % rng.randint(1, 600)
    order = "%03d" % rng.randint(1, 999)
    n13 = sex + yy + mm + dep + com + order
    key = 97 - nir_num13(n13) % 97
    wrong = wrong_key("NIR")
    if wrong:
        key = ch([k for k in range(1, 98) if k != key])
    k = "%02d" % key
    style = rng.random()
    if style < 0.45:
        txt = " ".join([sex, yy, mm, dep, com, order, k])
    elif style < 0.7:
        txt = n13 + k
    elif style < 0.85:
        txt = n13 + " " + k
    elif style < 0.93:
        txt = ".".join([sex, yy, mm, dep, com, order]) + " " + k
    else:
        txt = sex + " " + yy + mm + " " + dep + com + " " + order + " " + k
    return txt


def iban_conv(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_valid(text):
    s = text.replace(" ", "").replace("-", "").upper()
    return int(iban_conv(s[4:] + s[:4])) % 97 == 1


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def alnum(n):
    return "".join(ch("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def make_iban(country=None):
    c = country or wchoice([("FR", 70), ("BE", 5), ("DE", 4), ("ES", 4), ("IT", 4), ("PT", 4), ("LU", 3),
                            ("CH", 3), ("MC", 2), ("GB", 1)])
    if c in ("FR", "MC"):
        bank, gui, acc = ch(["30004", "30003", "10278", "20041", "30002", "11306", "16006", "14505", "17515",
                             "10107", "13507", "12548", "18206", "30066", "15589", "19106"]), digits(5), digits(11)
        rib = 97 - ((89 * int(bank) + 15 * int(gui) + 3 * int(acc)) % 97)
        bban = bank + gui + acc + "%02d" % rib
    elif c == "BE":
        ten = digits(10)
        chk = int(ten) % 97 or 97
        bban = ten + "%02d" % chk
    elif c == "DE":
        bban = digits(18)
    elif c == "ES":
        bban = digits(20)
    elif c == "IT":
        bban = ch("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(10) + digits(12)
    elif c == "PT":
        bban = digits(21)
    elif c == "LU":
        bban = digits(3) + digits(13)
    elif c == "CH":
        bban = digits(5) + digits(12)
    else:
        bban = ch(["NWBK", "BARC", "LOYD", "HBUK"]) + digits(14)
    chk = 98 - int(iban_conv(bban + c + "00")) % 97
    if wrong_key("IBAN"):
        chk = ch([k for k in range(2, 99) if k != chk])
    s = c + "%02d" % chk + bban
    style = rng.random()
    if style < 0.6:
        txt = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    elif style < 0.82:
        txt = s
    elif c in ("FR", "MC") and style < 0.95:
        txt = " ".join([s[:4], s[4:9], s[9:14], s[14:25], s[25:]])
    else:
        txt = "-".join(s[i:i + 4] for i in range(0, len(s), 4))
    return txt


def uai_valid(text):
    s = text.replace(" ", "").upper()
    return len(s) == 8 and UAI_ALPHA[int(s[:7]) % 23] == s[7]


def make_uai(casual=False):
    pre = ch(["059", "062", "075", "093", "092", "094", "069", "013", "033", "031", "044", "035", "029", "067",
              "068", "064", "034", "006", "038", "057", "054", "080", "076", "971", "972", "973", "974", "976",
              "620", "720", "021", "063", "095", "078", "091", "077", "056", "022", "030", "087"])
    n7 = pre + digits(4)
    letter = UAI_ALPHA[int(n7) % 23]
    if wrong_key("UAI"):
        letter = ch([x for x in UAI_ALPHA if x != letter])
    if casual and chance(0.5):
        return n7 + letter.lower()
    if chance(0.06):
        return n7 + " " + letter
    return n7 + letter


# --------------------------------------------------------------------------
# phones
# --------------------------------------------------------------------------
def pairs(n):
    return ["%02d" % rng.randint(0, 99) for _ in range(n)]


def make_phone():
    r = rng.random()
    if r < 0.68:
        d = ch(["6", "6", "6", "7", "7", "1", "2", "3", "4", "5", "9"])
        p = pairs(4)
        flat = "0" + d + "".join(p)
        st = rng.random()
        if st < 0.30:
            return " ".join(["0" + d] + p)
        if st < 0.40:
            return ".".join(["0" + d] + p)
        if st < 0.46:
            return "-".join(["0" + d] + p)
        if st < 0.56:
            return flat
        if st < 0.70:
            return "+33 " + d + " " + " ".join(p)
        if st < 0.76:
            return "+33 (0)" + d + " " + " ".join(p)
        if st < 0.81:
            return "0033 " + d + " " + " ".join(p)
        if st < 0.85:
            return "+33" + d + "".join(p)
        if st < 0.90:
            return flat[:2] + " " + flat[2:5] + " " + flat[5:8] + " " + flat[8:]
        if st < 0.95:
            return flat[:4] + " " + flat[4:6] + " " + flat[6:8] + " " + flat[8:]
        return "+33 " + d + "." + ".".join(p)
    if r < 0.84:
        reg = ch([("590", "690"), ("596", "696"), ("594", "694"), ("262", "692"), ("262", "693"), ("269", "639")])
        ind = {"590": "590", "690": "590", "596": "596", "696": "596", "594": "594", "694": "594",
               "262": "262", "692": "262", "693": "262", "269": "262", "639": "262"}
        pre = ch(reg)
        p = pairs(3)
        st = rng.random()
        if st < 0.45:
            return "0" + pre + " " + " ".join(p)
        if st < 0.6:
            return "0" + pre + "".join(p)
        if st < 0.75:
            return "0" + pre[:2] + " " + pre[2:] + " " + " ".join(p)
        return "+" + ind[pre] + " " + pre + " " + " ".join(p)
    st = ch(["be", "be", "ch", "ch", "lu", "mc", "ma", "sn", "pt", "es", "it", "de", "ca", "pf", "nc", "uk", "dz", "ci"])
    if st == "be":
        return ch(["+32 2 ", "+32 4" + str(rng.randint(70, 99)) + " ", "0032 2 "]) + " ".join([digits(3), digits(2), digits(2)])
    if st == "ch":
        return ch(["+41 22 ", "+41 21 ", "+41 79 ", "+41 (0)78 "]) + " ".join([digits(3), digits(2), digits(2)])
    if st == "lu":
        return "+352 " + ch(["621 ", "691 ", "661 "]) + digits(3) + " " + digits(3)
    if st == "mc":
        return "+377 " + ch(["93 ", "97 ", "92 "]) + " ".join(pairs(3))
    if st == "ma":
        return "+212 6 " + " ".join(pairs(4))
    if st == "sn":
        return "+221 77 " + digits(3) + " " + " ".join(pairs(2))
    if st == "pt":
        return "+351 91" + digits(1) + " " + digits(3) + " " + digits(3)
    if st == "es":
        return "+34 6" + digits(2) + " " + " ".join(pairs(3))
    if st == "it":
        return "+39 3" + digits(2) + " " + digits(3) + " " + digits(4)
    if st == "de":
        return "+49 1" + digits(2) + " " + digits(8)
    if st == "ca":
        return "+1 514 " + digits(3) + "-" + digits(4)
    if st == "pf":
        return "+689 87 " + " ".join(pairs(3))
    if st == "nc":
        return "+687 " + " ".join(pairs(3))
    if st == "uk":
        return "+44 7" + digits(3) + " " + digits(6)
    if st == "dz":
        return "+213 5" + digits(2) + " " + " ".join(pairs(3))
    return "+225 07 " + " ".join(pairs(4))


# --------------------------------------------------------------------------
# e-mails
# --------------------------------------------------------------------------
PUB_DOMAINS = L("gmail.com,gmail.com,gmail.com,yahoo.fr,hotmail.fr,hotmail.com,orange.fr,orange.fr,wanadoo.fr,free.fr,sfr.fr,laposte.net,outlook.fr,icloud.com,protonmail.com,live.fr,neuf.fr,bbox.fr")
AC_DOMAINS = L("ac-lille.fr,ac-creteil.fr,ac-versailles.fr,ac-lyon.fr,ac-aix-marseille.fr,ac-rennes.fr,ac-strasbourg.fr,ac-bordeaux.fr,ac-guadeloupe.fr,ac-reunion.fr,ac-corse.fr,ac-toulouse.fr,ac-nantes.fr,ac-montpellier.fr,ac-normandie.fr,ac-grenoble.fr,ac-martinique.fr,ac-paris.fr")


def email_local(p):
    f, l = slug(p.first), slug(p.last).replace("-", "")
    return ch([f"{f}.{l}", f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}", f"{f}_{l}", f"{l}.{f}",
               f"{f}.{l}{rng.randint(1, 99)}", f"{f}-{l}", f"{f}{rng.randint(70, 99)}", f"{l}{f[0]}",
               f"{f}.{l[0]}", f"{l}.{f}{rng.randint(1, 9)}"])


def obfuscate(local, dom):
    st = rng.randint(0, 8)
    if st == 0:
        return f"{local} at {dom}"
    if st == 1:
        return f"{local} [at] {dom}"
    if st == 2:
        return f"{local}(at){dom}"
    if st == 3:
        return f"{local} arobase {dom.replace('.', ' point ')}"
    if st == 4:
        return f"{local} [at] {dom.replace('.', ' [dot] ')}"
    if st == 5:
        return f"{local} AT {dom.replace('.', ' DOT ')}"
    if st == 6:
        return f"{local} @ {dom}"
    if st == 7:
        return local.replace(".", " point ") + " arobase " + dom.replace(".", " point ")
    return f"{local}[@]{dom}"


def make_email(p=None, academic=None, obf=None):
    p = p or person()
    if academic is None:
        academic = chance(0.3)
    if academic:
        f, l = slug(p.first), slug(p.last).replace("'", "")
        local = ch([f"{f}.{l}", f"{f}.{l}", f"{f}.{l}{rng.randint(1, 9)}", f"{f[0]}{l}"])
        dom = ch(AC_DOMAINS)
    else:
        local, dom = email_local(p), ch(PUB_DOMAINS)
    if obf is None:
        obf = chance(0.18)
    return obfuscate(local, dom) if obf else f"{local}@{dom}"


def role_email():
    return ch([f"ce.{digits(7)}{ch(UAI_ALPHA).lower()}@{ch(AC_DOMAINS)}",
               f"secretariat.{ch(['college', 'lycee', 'ecole'])}{rng.randint(1, 99)}@{ch(PUB_DOMAINS)}",
               f"ape.{ch(['lesglycines', 'jeanmoulin', 'lesmouettes', 'saintexupery', 'lestilleuls'])}@{ch(PUB_DOMAINS)}",
               f"fcpe.{ch(['roubaix', 'brest', 'colmar', 'bayonne', 'ajaccio', 'lamentin'])}@{ch(PUB_DOMAINS)}",
               f"contact@{ch(['apel-stjoseph', 'peep-lycee-montaigne', 'ogec-sainte-marie', 'asso-numeriquecole'])}.fr",
               f"dane@{ch(AC_DOMAINS)}", f"ien.{ch(['lille3', 'creteil-sud', 'brest2', 'pau-est'])}@{ch(AC_DOMAINS)}"])


# --------------------------------------------------------------------------
# addresses
# --------------------------------------------------------------------------
CITIES = [tuple(x.split("|")) for x in L(
    "59000|Lille|gen,59100|Roubaix|gen,59200|Tourcoing|gen,59650|Villeneuve-d'Ascq|gen,62300|Lens|gen,62100|Calais|gen,"
    "80000|Amiens|gen,75011|Paris|gen,75018|Paris|gen,75020|Paris|gen,75013|Paris|gen,93200|Saint-Denis|gen,"
    "93100|Montreuil|gen,94000|Créteil|gen,94400|Vitry-sur-Seine|gen,92000|Nanterre|gen,95000|Cergy|gen,"
    "91000|Évry-Courcouronnes|gen,77100|Meaux|gen,69003|Lyon|gen,69007|Lyon|gen,69100|Villeurbanne|gen,"
    "69200|Vénissieux|gen,13003|Marseille|gen,13013|Marseille|gen,13100|Aix-en-Provence|gen,31000|Toulouse|gen,"
    "31500|Toulouse|gen,33000|Bordeaux|gen,33700|Mérignac|gen,44000|Nantes|gen,44600|Saint-Nazaire|gen,"
    "34000|Montpellier|gen,30000|Nîmes|gen,06000|Nice|gen,38000|Grenoble|gen,63000|Clermont-Ferrand|gen,"
    "87000|Limoges|gen,21000|Dijon|gen,25000|Besançon|gen,51100|Reims|gen,76000|Rouen|gen,76600|Le Havre|gen,"
    "14000|Caen|gen,37000|Tours|gen,45000|Orléans|gen,86000|Poitiers|gen,57000|Metz|gen,54000|Nancy|gen,"
    "66000|Perpignan|gen,42000|Saint-Étienne|gen,49000|Angers|gen,72000|Le Mans|gen,98800|Nouméa|gen,"
    "35000|Rennes|br,29200|Brest|br,29000|Quimper|br,56100|Lorient|br,56000|Vannes|br,22000|Saint-Brieuc|br,"
    "35400|Saint-Malo|br,22300|Lannion|br,29100|Douarnenez|br,67000|Strasbourg|als,68000|Colmar|als,"
    "68100|Mulhouse|als,67500|Haguenau|als,67600|Sélestat|als,64100|Bayonne|bq,64200|Biarritz|bq,"
    "64500|Saint-Jean-de-Luz|bq,64700|Hendaye|bq,64240|Hasparren|bq,20000|Ajaccio|co,20137|Porto-Vecchio|co,"
    "20200|Bastia|co,20250|Corte|co,20260|Calvi|co,20090|Ajaccio|co,97110|Pointe-à-Pitre|ant,"
    "97139|Les Abymes|ant,97122|Baie-Mahault|ant,97200|Fort-de-France|ant,97232|Le Lamentin|ant,"
    "97233|Schœlcher|ant,97300|Cayenne|ant,97310|Kourou|ant,97400|Saint-Denis|reu,97410|Saint-Pierre|reu,"
    "97430|Le Tampon|reu,97460|Saint-Paul|reu,97490|Sainte-Clotilde|reu,97600|Mamoudzou|reu,"
    "98714|Papeete|pf,98704|Faa'a|pf,98735|Uturoa|pf")]
GEN_NAMES = L("des Lilas,Victor-Hugo,Victor Hugo,Jean Jaurès,Jean-Jaurès,du Général de Gaulle,du Général-Leclerc,"
              "de la République,Pasteur,des Écoles,du Moulin,de la Gare,Gambetta,Émile Zola,des Tanneurs,de la Paix,"
              "Saint-Michel,du 8 Mai 1945,du 11 Novembre 1918,de Verdun,des Acacias,Foch,Georges Clemenceau,"
              "des Peupliers,des Mimosas,du Stade,de l'Église,des Jardins,Paul Vaillant-Couturier,Lamartine,"
              "de la Liberté,des Frères Lumière,Anatole France,Jules Ferry,Marcel Pagnol,des Cerisiers,du Château,"
              "de Strasbourg,de Paris,Nationale,Pierre Brossolette,Aristide Briand,des Tilleuls,des Roses,"
              "du Maréchal Joffre,de Lattre de Tassigny,Jean Moulin,Henri Barbusse,Salvador Allende,Rosa Parks,"
              "Simone Veil,de Belleville,des Glycines,du Docteur Schweitzer,Louise Michel,des Martyrs de la Résistance")
REG_STREETS = {
    "br": L("rue de Siam,rue Kéréon,rue de Kerjulien,quai de la Fosse,venelle du Four,rue du Commandant Charcot,"
            "rue de Kerichen,place Saint-Corentin,rue du Port,boulevard de la Corniche,rue Ar Veilh,hent Kerlann"),
    "als": L("rue du Vieux-Marché-aux-Poissons,rue de la Nuée-Bleue,rue des Vosges,quai des Bateliers,rue du Rhin,"
             "route de Colmar,rue des Clefs,Grand'Rue,rue des Tanneurs,rue du Sauvage,place Kléber"),
    "bq": L("rue Pannecau,rue d'Espagne,quai des Basques,avenue Léon Bonnat,chemin d'Arcangues,rue Errepira,"
            "quai de la Nive,rue Gambetta,chemin de Xurrumilatx,route de Cambo"),
    "co": L("cours Napoléon,boulevard Paoli,rue Fesch,avenue Pascal Paoli,rue César Campinchi,boulevard Sampiero,"
            "route du Salario,cours Grandval,rue Fontaine de l'Ours,avenue Noël Franchini"),
    "ant": L("rue Frébault,rue Victor Schœlcher,boulevard Légitimus,rue Ernest Deproge,route de la Trace,"
             "rue Lethière,rue Schœlcher,allée des Flamboyants,chemin de la Source,rue Gaston Monnerville"),
    "reu": L("rue de Paris,chemin des Bambous,rue Juliette Dodu,chemin Bœuf Mort,route des Tamarins,"
             "rue Jean Chatel,chemin Stéphane,allée des Lataniers,rue Roland Garros,chemin Summer"),
    "pf": L("avenue Pouvanaa a Oopa,rue du Général de Gaulle,servitude Mahinui,rue des Remparts,avenue du Prince Hinoi,"
            "route de Punaauia,chemin de la Mission"),
}
STYPES = [("rue", 36), ("avenue", 9), ("av.", 3), ("Av.", 1), ("boulevard", 6), ("bd", 3), ("Bd", 2),
          ("allée", 5), ("impasse", 5), ("chemin", 5), ("ch.", 1), ("place", 2), ("route", 4), ("rte", 1),
          ("quai", 2), ("cours", 2), ("square", 1), ("passage", 1), ("faubourg", 1), ("Rue", 5),
          ("Avenue", 2), ("Impasse", 1), ("Chemin", 1), ("Allée", 1)]
COMPLEMENTS = L("Résidence Les Tilleuls,Résidence Le Clos Fleuri – bât. C,Bâtiment B2 – escalier 3,Appt 12,"
                "Apt 4B – 3e étage,Bât. A – appt 21,Cité des Fleurs – tour 3,Porte 14,Escalier C – 5e étage,"
                "Résidence Les Hauts de Chantereine,Immeuble Le Sextant,Résidence universitaire Jean Zay – chambre 214,"
                "Les Jardins d'Arcadie – bât. 2,Tour Mercure – 11e étage")
OVERSEAS_COMP = L("Lotissement Les Flamboyants,Résidence Les Alizés – bât. D,Cité Bon Repos,Lotissement Moulin à Vent,"
                  "Résidence Les Hibiscus – appt 7,Quartier Fond Lahaye")
LIEUX_DITS = [("29460", "Daoulas", "Kerhuel"), ("22300", "Ploubezre", "Kerlann"), ("24200", "Sarlat-la-Canéda", "Les Granges"),
              ("19300", "Égletons", "Le Bourg"), ("64250", "Espelette", "Maison Etxeberria"), ("64310", "Ascain", "Maison Larrondoa"),
              ("20220", "Monticello", "Lieu-dit Santa Reparata"), ("12000", "Rodez", "La Croix Blanche"),
              ("46100", "Figeac", "Le Moulin Neuf"), ("48000", "Mende", "Les Trois Chênes"), ("67140", "Barr", "Bellevue"),
              ("97180", "Sainte-Anne", "Section Bois Jolan"), ("97424", "Piton Saint-Leu", "Mare Longue"),
              ("05100", "Briançon", "Hameau de Fontchristiane"), ("23000", "Guéret", "La Haute Ville"),
              ("56340", "Carnac", "Kerlescan"), ("97218", "Basse-Pointe", "Quartier Morne Rouge")]


def house_no():
    n = str(rng.choice([rng.randint(1, 30), rng.randint(1, 30), rng.randint(1, 120), rng.randint(1, 300)]))
    r = rng.random()
    if r < 0.08:
        n += " bis"
    elif r < 0.11:
        n += " ter"
    elif r < 0.14:
        n += "bis"
    elif r < 0.18:
        n += ch("ABC")
    elif r < 0.21:
        n = f"{n}-{int(n) + 2}"
    return n


def street(region):
    if region in REG_STREETS and chance(0.7):
        return ch(REG_STREETS[region])
    t = wchoice(STYPES)
    return f"{t} {ch(GEN_NAMES)}"


def city_line(cp, city, cedex=False):
    if cedex:
        cp = cp[:2] + "%03d" % rng.randint(0, 999)
        c = ch([" Cedex", " CEDEX", " Cedex " + str(rng.randint(1, 9)), " CEDEX 0" + str(rng.randint(1, 9))])
        return f"{cp} {city}{c}"
    return f"{cp} {city}"


FOREIGN = [
    lambda: f"{ch(['Rue de la Loi', 'Chaussée de Louvain', 'Rue Royale', 'Avenue Louise'])} {rng.randint(1, 300)}, {ch(['1000', 'B-1000'])} Bruxelles, Belgique",
    lambda: f"Rue Saint-Gilles {rng.randint(1, 90)}\n4000 Liège\nBelgique",
    lambda: f"{ch(['Rue du Rhône', 'Rue de Carouge', 'Boulevard Carl-Vogt'])} {rng.randint(1, 120)}, {ch(['1204', 'CH-1205'])} Genève, Suisse",
    lambda: f"Avenue de la Gare {rng.randint(1, 60)}\n1003 Lausanne\nSuisse",
    lambda: f"Chemin des Pâquerettes {rng.randint(1, 30)}, 2000 Neuchâtel (Suisse)",
    lambda: f"{rng.randint(1, 90)}, rue de la Gare\nL-1611 Luxembourg",
    lambda: f"{rng.randint(1, 150)} route d'Esch, L-4011 Esch-sur-Alzette, Luxembourg",
    lambda: f"{rng.randint(1, 40)} avenue de Grande-Bretagne, 98000 Monaco",
    lambda: f"Le Millefiori, {rng.randint(1, 9)} rue des Genêts\n98000 MONACO",
    lambda: f"Rua Augusta {rng.randint(1, 250)}, 1100-053 Lisboa, Portugal",
    lambda: f"Rua de Santa Catarina {rng.randint(1, 400)}\n4000-442 Porto\nPortugal",
    lambda: f"Calle Mayor {rng.randint(1, 90)}, 28013 Madrid, Espagne",
    lambda: f"Carrer de Mallorca {rng.randint(1, 500)}, 3º 2ª, 08013 Barcelona, España",
    lambda: f"Via Roma {rng.randint(1, 200)}, 10121 Torino, Italie",
    lambda: f"Via dei Mille {rng.randint(1, 60)}\n80121 Napoli (NA)\nItalia",
    lambda: f"{rng.randint(1, 80)} rue Ibn Batouta, quartier Gauthier, 20060 Casablanca, Maroc",
    lambda: f"Cité des 200 Logements, bloc {rng.randint(1, 9)} n° {rng.randint(1, 40)}, 16000 Alger, Algérie",
    lambda: f"{rng.randint(1, 80)} rue de Marseille, 1000 Tunis, Tunisie",
    lambda: f"Villa n° {rng.randint(1, 300)}, Sicap Liberté 2, Dakar, Sénégal",
    lambda: f"{rng.randint(100, 3000)} rue Sainte-Catherine Ouest, Montréal (Québec) H3G 1P1, Canada",
    lambda: f"Hauptstraße {rng.randint(1, 90)}, 77694 Kehl, Allemagne",
    lambda: f"Cocody Riviera 3, 08 BP {rng.randint(100, 2999)} Abidjan 08, Côte d'Ivoire",
    lambda: f"Lot II M {rng.randint(1, 99)} Antsakaviro, 101 Antananarivo, Madagascar",
]


def make_address(mode="block", foreign_p=0.1, region=None):
    """mode: block (may span lines), line (one line), inline (inside a sentence)"""
    if chance(foreign_p):
        a = ch(FOREIGN)()
        return a if mode == "block" else a.replace("\n", ", ")
    if region is None:
        cp, city, region = ch(CITIES)
    else:
        cp, city, region = ch([c for c in CITIES if c[2] == region])
    no, st = house_no(), street(region)
    r = rng.random()
    if mode == "inline":
        if r < 0.35:
            return f"{no} {st} à {city}"
        if r < 0.55:
            return f"{no} {st}, {cp} {city}"
        if r < 0.7:
            return f"{no} {st}"
        if r < 0.78:
            return f"{no}, {st}, {cp} {city}"
        if r < 0.85:
            ld = ch(LIEUX_DITS)
            return f"lieu-dit {ld[2]}, {ld[0]} {ld[1]}" if not ld[2].startswith(("Maison", "Lieu", "Section", "Quartier", "Hameau")) else f"{ld[2]}, {ld[0]} {ld[1]}"
        if r < 0.92:
            return f"{no} {st} {cp} {city}"
        return f"{no} {st}, {cp}"
    sep = "\n" if mode == "block" else ", "
    comp = None
    if chance(0.22):
        comp = ch(OVERSEAS_COMP) if region in ("ant", "reu") and chance(0.7) else ch(COMPLEMENTS)
    if r < 0.07:
        ld = ch(LIEUX_DITS)
        head = ld[2] if ld[2].startswith(("Maison", "Lieu", "Section", "Quartier", "Hameau")) else "Lieu-dit " + ld[2]
        return f"{head}{sep}{ld[0]} {ld[1]}"
    if r < 0.12:
        bp = ch(["BP ", "B.P. ", "CS "]) + str(rng.randint(10, 99999))
        return f"{bp}{ch([sep, ' – '])}{city_line(cp, city, cedex=chance(0.6))}"
    if r < 0.18 and mode == "block":
        return f"{no} {st}\n{ch(['BP', 'CS'])} {rng.randint(10, 99999)}\n{city_line(cp, city, cedex=True)}"
    if r < 0.26:
        s = f"{no} {st}{sep}{cp} {city}".upper()
        return (comp.upper() + sep + s) if comp else s
    if r < 0.31:
        return f"{no} {st}{ch([' – ', ' - '])}{cp} {city}"
    if r < 0.35:
        return f"{no}, {st}{sep}{cp} {city}"
    body = f"{no} {st}{sep}{city_line(cp, city, cedex=chance(0.05))}"
    return f"{comp}{sep}{body}" if comp else body


# --------------------------------------------------------------------------
# shared vocabulary (no personal data)
# --------------------------------------------------------------------------
MONTHS = L("janvier,février,mars,avril,mai,juin,juillet,août,septembre,octobre,novembre,décembre")
DAYS = L("lundi,mardi,mercredi,jeudi,vendredi,samedi")


def date_txt():
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), ch([2024, 2025, 2025, 2026])
    return ch([f"{d} {MONTHS[m - 1]} {y}", f"{ch(DAYS)} {d} {MONTHS[m - 1]}", f"{d:02d}/{m:02d}/{y}",
               f"{ch(DAYS)} {d} {MONTHS[m - 1]} {y}", f"{d}/{m}/{str(y)[2:]}"])


def hour_txt():
    h, mi = rng.randint(7, 20), ch([0, 0, 15, 30, 45])
    return ch([f"{h} h {mi:02d}" if mi else f"{h} h", f"{h}h{mi:02d}", f"{h}:{mi:02d}"])


CLASSES = L("6e A,6e3,5e B,5e2,4e C,4e1,3e D,3e4,2nde 5,2de 3,1re G2,1re STMG 1,Tle G4,TG3,terminale STI2D,CM1,CM2,"
            "CE1,CE2,CP,GS,MS,BTS SIO 1,BTS MCO,CAP cuisine,bac pro MELEC,ULIS,SEGPA,3e prépa-métiers,1re spé NSI")
ROLES_F = L("professeure de mathématiques,prof d'anglais,directrice d'école,CPE,AESH,principale adjointe,proviseure,"
            "professeure documentaliste,référente numérique,infirmière scolaire,parent d'élève élue,présidente de l'APE,"
            "enseignante en CM2,professeure de SVT,psychologue de l'Éducation nationale,assistante d'éducation,"
            "IEN de circonscription,enseignante en ULIS,professeure de philosophie,formatrice à l'INSPÉ,gestionnaire")
ROLES_M = L("professeur de mathématiques,prof d'histoire-géo,directeur d'école,CPE,AESH,principal adjoint,proviseur,"
            "professeur documentaliste,référent numérique,parent d'élève élu,président de l'APE,enseignant en CM1,"
            "professeur de technologie,assistant d'éducation,IEN,enseignant en SEGPA,professeur de NSI,"
            "formateur académique,délégué du personnel,agent d'accueil,chef de travaux")


def role(p):
    return ch(ROLES_F if p.g == "F" else ROLES_M)


SCHOOL_TYPES = [("collège", 10), ("lycée", 8), ("école élémentaire", 4), ("école maternelle", 2), ("école", 4),
                ("lycée professionnel", 2), ("groupe scolaire", 2), ("cité scolaire", 1), ("lycée agricole", 1), ("LP", 1)]
SCHOOL_NAMES = L("Jean-Moulin,Victor-Hugo,Jules-Ferry,Marie-Curie,Simone-Veil,Aimé-Césaire,Gaston-Monnerville,"
                 "Léopold-Sédar-Senghor,Pasteur,Jacques-Prévert,Pablo-Picasso,Camille-Claudel,Olympe-de-Gouges,"
                 "Toussaint-Louverture,Saint-Exupéry,Rosa-Parks,Nelson-Mandela,Jean-Jaurès,Gisèle-Halimi,Jean Moulin,"
                 "Victor Hugo,Louise Michel,Albert Camus,Marcel Pagnol,Joséphine-Baker,Françoise-Dolto,Anne-Frank,"
                 "Paul-Éluard,Lucie-Aubrac,Montaigne,Chateaubriand,Les Tilleuls,du Parc,des Mouettes,La Fontaine,"
                 "Sainte-Marie,Saint-Joseph,Bellevue,Les Glycines,du Vieux-Port,Pierre-et-Marie-Curie,Henri-IV,"
                 "Louis-le-Grand,Frédéric-Mistral,Pierre-Loti,Jean-Macé,Suzanne-Lacore,Lislet-Geoffroy,Félix-Éboué,"
                 "Pascal-Paoli,Ramiro-Arrue,Kerichen,Charles-de-Foucauld,Marguerite-Duras")


def school():
    return f"{wchoice(SCHOOL_TYPES)} {ch(SCHOOL_NAMES)}"


def art(prep, sc):
    v = sc[:1].lower() in "aeiouéèh"
    return {"au": "à l'" if v else "au ", "du": "de l'" if v else "du ", "le": "l'" if v else "le ",
            "Le": "L'" if v else "Le "}[prep] + sc


AI = L("ChatGPT,ChatGPT,Le Chat de Mistral,Mistral,Claude,Gemini,Copilot,Perplexity,DeepL,MagicSchool,Khanmigo,"
       "Albert,Lucie,Midjourney,Grok,Llama,Character.AI,Snapchat My AI,Canva Magic Write,Gamma,NotebookLM,Siri,Alexa")
PLATFORMS = L("Pronote,l'ENT,Éduconnect,Parcoursup,Pix,Moodle,Kahoot!,Quizlet,Padlet,Canva,Genially,Capytale,Lumni,"
              "Éduscol,Vittascience,Lalilo,Adaptiv'Math,Mathia,Toutatice,MonLycée.net,Folios,Ma Classe à la Maison,Digipad")

OPINIONS = [
    "Je pense que l'IA peut aider les élèves en difficulté, à condition d'être encadrée.",
    "Honnêtement, j'ai peur que les enfants ne fassent plus leurs devoirs eux-mêmes.",
    "L'IA ne remplacera jamais un enseignant, mais elle peut faire gagner du temps sur les corrections.",
    "On manque déjà d'ordinateurs qui fonctionnent, alors l'IA, ce n'est pas la priorité.",
    "Il faudrait former les profs avant d'équiper les classes.",
    "La question des données personnelles des élèves me semble essentielle.",
    "Les outils de traduction ont beaucoup aidé les élèves allophones.",
    "Je suis contre : les élèves doivent apprendre à réfléchir sans béquille.",
    "C'est l'avenir, autant leur apprendre à s'en servir correctement.",
    "Le vrai problème, c'est la triche pendant les devoirs maison.",
    "Pour les élèves dys, la synthèse vocale et la reformulation sont un vrai plus.",
    "Il faut une charte claire dans chaque établissement, signée par les familles.",
    "On devrait en parler en EMC, avec un vrai travail sur l'esprit critique.",
    "Les réponses sont parfois fausses avec beaucoup d'aplomb, il faut l'expliquer aux élèves.",
    "L'empreinte énergétique de ces outils n'est jamais évoquée, c'est dommage.",
    "Je ne suis pas sûre que ce soit utile avant le lycée.",
    "En primaire, franchement, non.",
    "Pourquoi pas, mais avec des outils européens hébergés en France.",
    "Les inégalités vont se creuser entre ceux qui ont un abonnement payant et les autres.",
    "Mon avis est mitigé : utile pour réviser, dangereux pour les rédactions.",
    "Les enseignants sont laissés seuls face à ces outils, sans consigne claire du ministère.",
    "Je trouve que l'IA aide à préparer des exercices différenciés en quelques minutes.",
    "On ne sait pas où partent les données, donc je refuse que mon enfant l'utilise.",
    "Il faudrait évaluer davantage à l'oral et en classe, comme ça la question de la triche ne se pose plus.",
    "L'IA peut servir de tuteur le soir quand les parents ne peuvent pas aider.",
    "Les élèves l'utilisent déjà en cachette, autant l'encadrer.",
    "Je crains une baisse du niveau d'écriture.",
    "Ça pourrait alléger la charge administrative des directeurs, qui est énorme.",
    "Aucune IA ne remplace la relation humaine avec un élève qui décroche.",
    "L'école doit apprendre à vérifier les sources, c'est encore plus important aujourd'hui.",
    "Le numérique à l'école a déjà montré ses limites, je ne vois pas pourquoi l'IA ferait mieux.",
    "En langues vivantes, c'est un partenaire de conversation qui ne juge pas, les timides adorent.",
    "Il faut absolument interdire l'usage pendant les évaluations.",
    "Je suis favorable à une expérimentation limitée, suivie d'un vrai bilan.",
    "Les détecteurs de texte généré ne fonctionnent pas, il ne faut pas sanctionner sur cette base.",
    "Les élèves en situation de handicap pourraient gagner en autonomie.",
    "Mon inquiétude principale concerne les écrans : les enfants y passent déjà trop de temps.",
    "L'IA générative peut être un bon point de départ pour un débat argumenté en classe.",
    "Je préférerais qu'on investisse dans des AESH plutôt que dans des logiciels.",
    "Les familles devraient être consultées avant tout déploiement.",
    "Sans connexion correcte dans les établissements ruraux, tout ça reste théorique.",
    "L'IA a permis à ma classe de produire des illustrations pour notre album, les élèves étaient ravis.",
    "Il faut distinguer l'usage par l'enseignant et l'usage par l'élève.",
    "Le temps passé à vérifier ce que produit l'outil annule souvent le temps gagné.",
    "J'aimerais des formations concrètes, pas des webinaires d'une heure.",
]
CASUAL = [
    "perso jtrouve ca bien pr reviser", "lia c pratik mais les profs aiment pas trop", "franchement c nul on apprend plus rien",
    "moi jlutilise pr les maths qd jcomprend pas la correction", "ca depend des profs en vrai",
    "ya des profs qui l'interdisent et d'autres qui l'utilisent lol", "mdr la prof a cru que javais triché alors que non",
    "c bien mais faut pas abuser", "jsp trop, c un peu flippant qd meme", "sa aide pr les expos ms c souvent faux",
    "ptdr tt le monde l'utilise pr les devoirs", "pr moi c comme une calculatrice, faut savoir kan l'utiliser",
    "jsuis pour si c gratuit pr tt le monde", "bof, jprefere demander au prof", "c ouf ce que ca peut faire mais jai pas confiance",
]
CASUAL_END = ["voila", "bref", "merci", "bonne journée", "", "", "voila voila", "a+", "bisous"]


def opinions(n):
    return " ".join(rng.sample(OPINIONS, n))


def casual(n):
    s = ", ".join(rng.sample(CASUAL, n))
    e = ch(CASUAL_END)
    return s + (" " + e if e else "")


# --------------------------------------------------------------------------
# clean texts (no personal data)
# --------------------------------------------------------------------------
def clean_opinion():
    intro = ch(["", "Bonjour, ", "Avis d'une enseignante : ", "Parent de deux collégiens. ", "Réponse anonyme. ",
                "En tant que CPE, ", "Je suis élève de terminale. ", "Grand-mère de trois petits-enfants scolarisés. ",
                "Enseignant en lycée professionnel depuis 15 ans. ", "Pour ma part, "])
    return [intro + opinions(rng.randint(2, 4))]


def clean_pros_cons():
    pos = rng.sample(["gain de temps", "différenciation", "aide aux élèves allophones", "accessibilité pour les élèves dys",
                      "motivation", "entraînement à l'oral", "préparation de cours", "feedback immédiat"], 3)
    neg = rng.sample(["triche", "données personnelles", "erreurs factuelles", "dépendance", "coût des licences",
                      "inégalités d'accès", "impact environnemental", "perte d'esprit critique"], 3)
    return [f"Points positifs :\n- {pos[0]}\n- {pos[1]}\n- {pos[2]}\nPoints négatifs :\n- {neg[0]}\n- {neg[1]}\n- {neg[2]}\n"
            f"Conclusion : {ch(OPINIONS)}"]


def clean_minutes():
    return [f"Compte rendu du {ch(['conseil pédagogique', 'conseil d’école', 'conseil d’administration', 'conseil de la vie collégienne', 'groupe de travail numérique'])} du {date_txt()}\n"
            f"Présents : {ch(['les professeurs principaux de 3e', 'l’équipe de direction', 'les enseignants du cycle 3'])}, "
            f"{ch(['la CPE', 'le gestionnaire', 'la professeure documentaliste'])}, {rng.randint(2, 5)} représentants des parents.\n"
            f"1. Usage de l'IA en classe : {ch(OPINIONS)}\n2. Charte numérique : {ch(OPINIONS)}\n"
            f"3. Questions diverses : {ch(['néant', 'calendrier des conseils de classe', 'sortie de fin d’année', 'achat de casques audio'])}.\n"
            f"Séance levée à {hour_txt()}."]


def clean_chat():
    speakers = rng.sample(["Parent (4e)", "Prof principal", "Parent (CM2)", "Élève délégué", "Prof de maths", "Parent élu",
                           "Vie scolaire", "Prof d'anglais", "Maman de jumeaux", "Papa solo"], 3)
    lines = []
    h = rng.randint(8, 21)
    n = rng.randint(3, 5)
    mins = sorted(rng.sample(range(60), n))
    for i in range(n):
        mi = mins[i]
        txt = ch(OPINIONS) if chance(0.6) else ch(CASUAL)
        lines.append(f"[{h}:{mi:02d}] {speakers[i % 3]} : {txt}")
    return ["\n".join(lines)]


def clean_qa():
    return [f"Q1. Votre enfant utilise-t-il l'IA pour ses devoirs ? {ch(['Oui, souvent.', 'Parfois.', 'Non.', 'Je ne sais pas.'])}\n"
            f"Q2. Êtes-vous favorable à son usage en classe ? {ch(['Plutôt oui.', 'Plutôt non.', 'Oui.', 'Non, pas du tout.'])}\n"
            f"Q3. Commentaire libre : {opinions(rng.randint(1, 3))}"]


def clean_sms():
    return [casual(rng.randint(2, 4))]


def clean_likert():
    return [f"Note globale : {rng.randint(1, 5)}/5\nUtilité perçue : {ch(['faible', 'moyenne', 'forte'])}\n"
            f"Inquiétude : {ch(['faible', 'moyenne', 'forte', 'très forte'])}\nCommentaire : {opinions(rng.randint(1, 2))}"]


def clean_proposals():
    props = rng.sample(["former tous les enseignants d'ici la rentrée", "rédiger une charte commune au bassin",
                        "interdire les outils non conformes au RGPD", "créer un temps de débat avec les élèves",
                        "informer les familles par une réunion", "privilégier des outils libres",
                        "évaluer davantage en classe", "mesurer l'impact après un an", "associer les AESH",
                        "prévoir des ordinateurs en prêt pour les familles sans équipement"], 4)
    return ["Mes propositions :\n" + "\n".join(f"{i + 1}) {x.capitalize()} ;" for i, x in enumerate(props)) +
            "\nMerci pour cette consultation."]


def clean_short():
    return [ch(["Contre.", "Pour, si c'est encadré.", "Aucun avis, je ne connais pas assez le sujet.",
                "Favorable.", "Très défavorable.", "Ni pour ni contre, ça dépend de l'usage."]) + " " + ch(OPINIONS)]


CLEAN_GENS = [clean_opinion, clean_opinion, clean_pros_cons, clean_minutes, clean_chat, clean_qa, clean_sms,
              clean_likert, clean_proposals, clean_short]


# --------------------------------------------------------------------------
# trap texts (no personal data)
# --------------------------------------------------------------------------
ROOMS = L("salle Marie-Curie,amphithéâtre Émile-Durkheim,gymnase Colette-Besson,CDI Anne-Frank,salle Simone-Veil,"
          "salle polyvalente Jean-Zay,salle informatique Alan-Turing,foyer Nelson-Mandela,salle Ada-Lovelace,salle Louis-Braille")
PLACES = L("médiathèque François-Mitterrand,stade Pierre-de-Coubertin,hôpital Necker,gare Saint-Lazare,station Louise Michel,"
           "musée Fabre,Cité des sciences,planétarium Peiresc,piscine Alfred-Nakache,parc Georges-Brassens,lac de Vassivière,"
           "place Charles-de-Gaulle,pont Gustave-Flaubert,aéroport Roland-Garros,théâtre Molière")
PETS = L("le hamster Gaston,la tortue Simone,le poisson rouge Bubulle,le chat du CDI (Victor),le lapin Noisette,"
         "le cochon d'Inde Caramel,la poule Germaine,le phasme Albert,le chien de la gardienne (Oscar)")
BOOKS = L("« Le Petit Prince »,« Germinal »,« La Gloire de mon père »,« Vingt mille lieues sous les mers »,"
          "« Les Fourberies de Scapin »,« Le Comte de Monte-Cristo »,« L'Intelligence artificielle n'existe pas »,"
          "« Harry Potter à l'école des sorciers »,« Matilda »,« No et moi »,« Le Horla »,« Candide »,« L'Enfant noir »,"
          "« Frankenstein »,« Kiffe kiffe demain »")
BRANDS = L("Nathan,Hachette,Bordas,Magnard,Hatier,Belin,Le Robert,Larousse,Bescherelle,Lacoste,Michelin,Peugeot,Renault,"
           "Decathlon,Carrefour,Leclerc,Apple,Microsoft,Google,Samsung,Lenovo,Dell,Auchan,Darty,Boulanger")
STREETS_NO_NUM = L("rue Jean-Jaurès,avenue Victor-Hugo,boulevard Gambetta,rue de la République,place du Général-de-Gaulle,"
                   "rue Émile-Zola,avenue Jean-Moulin,rue Pasteur,quai Voltaire,allée Simone-de-Beauvoir,cours Mirabeau")
LAWS = L("l'article L. 111-1 du Code de l'éducation,l'article L. 312-9 du Code de l'éducation,l'article 8 du RGPD,"
         "la loi n° 78-17 du 6 janvier 1978,l'article R. 421-20 du Code de l'éducation,l'article 9 du Code civil,"
         "la circulaire n° 2024-0117,le décret n° 2019-1234 du 25 novembre 2019,l'article 226-1 du Code pénal,"
         "l'AI Act (règlement (UE) 2024/1689)")
LINE_WORDS = [
    "Prudence : ne jamais saisir de données d'élèves dans un outil en ligne.",
    "Victoire pour les 3e, qui ont remporté le concours académique de vidéo sur l'IA.",
    "Constance et régularité comptent plus que n'importe quel outil.",
    "Aurore boréale, volcans, séismes : les CM2 ont généré des schémas puis les ont corrigés.",
    "Pierre, feuille, ciseaux : l'atelier de programmation a commencé par un jeu.",
    "Rose des vents et cartes anciennes : l'IA s'est trompée sur la moitié des légendes.",
    "Marine nationale : intervention sur les métiers du numérique le mois prochain.",
    "Grâce à l'outil de dictée vocale, deux élèves dyspraxiques rendent enfin leurs devoirs.",
    "Olive, tomate, basilic : les élèves de CAP cuisine ont fait générer des fiches recettes.",
    "Patience, il faudra du temps pour que les pratiques se stabilisent.",
    "Blanche ou noire, la case du QCM doit être cochée à la main.",
    "Martin-pêcheur, héron, aigrette : l'application de reconnaissance d'oiseaux a séduit la classe verte.",
    "Florence et Venise ont servi de support au projet de voyage virtuel en italien.",
    "Espérance de vie des batteries : encore un sujet qu'on oublie.",
    "Félicitations à toute l'équipe pour ce travail.",
    "Honoré de votre confiance, le conseil pédagogique rendra son avis en juin.",
    "Claire et concise, la charte tient en une page.",
    "Ambre, jade, quartz : la classe de 5e a classé des minéraux avec l'appli.",
]


def siren():
    return " ".join([digits(3), digits(3), digits(3)])


def trap_ai():
    a, b = rng.sample(AI, 2)
    return [f"On a testé {a} et {b} avec la {ch(CLASSES)} {art('du', school())}. {ch(OPINIONS)} "
            f"{ch(['L’outil Albert de l’État', 'Le modèle Lucie', 'Le Chat de Mistral AI', 'Claude d’Anthropic'])} "
            f"a aussi été évoqué, mais {ch(['personne ne l’a essayé', 'il n’est pas ouvert aux élèves', 'la licence coûte trop cher'])}."]


def trap_school_street():
    return [f"{cap_first(art('au', school()))}, {ch(STREETS_NO_NUM)}, la {ch(ROOMS)} a été équipée de {rng.randint(10, 32)} tablettes "
            f"{ch(['Lenovo', 'Samsung', 'Apple'])} en {ch(['2022', '2023', '2024'])}. Depuis, les élèves de {ch(CLASSES)} "
            f"utilisent {ch(AI)} une heure par semaine. {ch(OPINIONS)}"]


def trap_law():
    a, b = rng.sample(LAWS, 2)
    return [f"Rappel : {a} et {b} s'appliquent à tout traitement de données d'élèves. "
            f"Le délégué à la protection des données de l'académie doit être consulté avant tout achat. {ch(OPINIONS)}"]


def trap_order():
    return [f"Commande n° {ch(['', 'BC-'])}{rng.randint(2024, 2026)}-{digits(5)} du {date_txt()} : {rng.randint(20, 400)} licences "
            f"{ch(['MagicSchool', 'Copilot Éducation', 'Lalilo', 'Vittascience'])} pour un montant de "
            f"{rng.randint(1, 19)} {digits(3)},{digits(2)} € TTC. Fournisseur : SAS {ch(['EduTech France', 'Numérique & Classe', 'ClassIA'])}, "
            f"SIRET {siren()} {digits(5)}. Réf. devis {ch(['DEV', 'DV', 'Q'])}-{digits(6)}. Livraison prévue semaine {rng.randint(1, 52)}."]


def trap_tollfree():
    return [f"En cas de cyberharcèlement, les élèves peuvent appeler le 3018 (gratuit, anonyme) ou le "
            f"{ch(['0 800 200 000', '0800 235 236', '0 805 20 40 60'])}. Enfance en danger : 119. "
            f"Ces numéros sont affichés à l'entrée et près de la vie scolaire. {ch(OPINIONS)}"]


def trap_pet():
    return [f"Dans notre classe de {ch(['CP', 'CE1', 'CE2', 'GS', 'CM1'])}, {ch(PETS)} est la mascotte. Les élèves ont demandé à "
            f"{ch(AI)} de raconter ses aventures, puis ils ont corrigé les erreurs (un hamster ne vit pas {rng.randint(10, 30)} ans !). "
            f"{ch(OPINIONS)}"]


def trap_books():
    a, b = rng.sample(BOOKS, 2)
    return [f"En {ch(['4e', '3e', '2nde', '5e', '1re'])}, on étudie {a} et {b}. Certains élèves ont demandé un résumé à une IA "
            f"({ch(AI)}), qui a inventé des chapitres entiers. Édition {ch(BRANDS[:9])}, collection {ch(['Classiques', 'Carrés', 'Petits Classiques'])}, "
            f"{rng.randint(6, 15)},{ch(['50', '90', '95'])} €."]


def trap_lines():
    ls = rng.sample(LINE_WORDS, rng.randint(3, 5))
    return [ch(["Notes de la réunion :\n", "Retour d'expérience\n", "", "Brèves du trimestre\n"]) + "\n".join(ls)]


def trap_postcodes():
    a, b = rng.sample(CITIES, 2)
    return [f"Les écoles de {a[0]} {a[1]} et de {b[0]} {b[1]} participent à l'expérimentation depuis la rentrée "
            f"{ch(['2024', '2025'])}. {rng.randint(300, 2000)} élèves et {rng.randint(20, 90)} enseignants sont concernés. {ch(OPINIONS)}"]


def trap_meeting():
    h = rng.randint(8, 18)
    return [f"Réunion d'information le {date_txt()} de {ch([f'{h} h', f'{h}h30', f'{h}:00'])} à {ch([f'{h + 1} h 30', f'{h + 2}h', f'{h + 2}:00'])}, {ch(ROOMS)} (bâtiment {ch('ABCD')}, "
            f"{rng.randint(1, 3)}e étage). Ordre du jour : l'IA {art('au', school())}. {rng.randint(20, 80)} parents inscrits, "
            f"{rng.randint(2, 9)} enseignants. Accès par la {ch(STREETS_NO_NUM)}, portail n° {rng.randint(1, 4)}."]


def trap_codes():
    return [f"Module {ch(['NSI-T2-04', 'SNT-2', 'EDU-IA-101', 'UE 7.3', 'M2-MEEF-NUM', 'LLCER-AN-03'])} « Apprentissage automatique "
            f"et société » : {rng.randint(12, 36)} h, {rng.randint(2, 6)} ECTS. Code formation GAIA 24A{digits(7)}, "
            f"dispositif {digits(5)}. Session {ch(['1', '2', 'A', 'B'])} : {date_txt()}. {ch(OPINIONS)}"]


def trap_brands():
    a, b, c = rng.sample(BRANDS, 3)
    return [f"Les éditeurs {a}, {b} et {c} intègrent désormais des assistants dans leurs manuels numériques. "
            f"{ch(['Le Petit Robert', 'Le Bescherelle', 'Le Larousse illustré'])} reste pourtant plus fiable que {ch(AI)} pour l'orthographe. {ch(OPINIONS)}"]


def trap_titles():
    t = ch(["Madame la Directrice", "Monsieur le Principal", "Madame la Proviseure", "Monsieur le Maire",
            "Madame l'Inspectrice", "Monsieur le Recteur", "Madame, Monsieur"])
    return [f"{t},\n\nJe me permets de vous écrire au sujet de l'usage de l'IA {art('au', school())}. {opinions(2)}\n\n"
            f"Je vous prie d'agréer, {t}, l'expression de mes salutations distinguées.\n\nUn parent d'élève de {ch(CLASSES)}"]


def trap_siren():
    return [f"La société éditrice de l'application (SIREN {siren()}, capital de {rng.randint(1, 900)} 000 €) affirme héberger "
            f"les données en France. Son siège est à {ch(['Paris', 'Lyon', 'Nantes', 'Montpellier'])}. {ch(OPINIONS)}"]


def trap_places():
    a, b = rng.sample(PLACES, 2)
    return [f"Sortie de la {ch(CLASSES)} le {date_txt()} : visite de la {ch(['Cité des sciences', 'médiathèque François-Mitterrand'])} "
            f"puis de l'exposition sur l'IA près de la {a if a.startswith(('station', 'gare')) else 'gare Saint-Lazare'}. "
            f"Départ {hour_txt()} devant le {ch(['portail', 'gymnase', 'parking'])}, retour vers {hour_txt()}. Participation : {rng.randint(3, 15)} €. "
            f"Prévoir le pique-nique. Pour rappel, le {b if not b.startswith(('station', 'gare', 'place', 'Cité')) else 'musée Fabre'} est fermé le lundi."]


def trap_platforms():
    a, b, c = rng.sample(PLATFORMS, 3)
    return [f"Entre {a}, {b} et {c}, les familles ne savent plus où regarder. Ajouter {ch(AI)} par-dessus, "
            f"c'est {ch(['trop', 'beaucoup', 'ingérable'])}. {ch(OPINIONS)} Certification {ch(['Pix', 'PIX'])} obtenue par "
            f"{rng.randint(40, 98)} % des élèves de {ch(['3e', 'terminale', '2nde'])} en {ch(['2023', '2024', '2025'])}."]


def trap_chat():
    h = rng.randint(8, 16)
    m = sorted(rng.sample(range(60), 4))
    return [f"[{h}:{m[0]:02d}] Prof doc : le CDI ferme à 16 h ce {ch(DAYS)}\n"
            f"[{h}:{m[1]:02d}] CPE : ok, je préviens les {ch(CLASSES)}\n"
            f"[{h}:{m[2]:02d}] Prof de techno : qqn a le code wifi de la {ch(ROOMS)} ? {ch(AI)} ne charge pas\n"
            f"[{h}:{m[3]:02d}] Gestionnaire : ticket n° {digits(6)} ouvert auprès de la DANE, délai {rng.randint(2, 10)} jours"]


def trap_amounts():
    return [f"Budget numérique {ch(['2025', '2026'])} : {rng.randint(2, 90)} {digits(3)} € dont {rng.randint(1, 20)} {digits(3)} € "
            f"pour les licences, soit {rng.randint(2, 40)},{digits(2)} € par élève pour {rng.randint(200, 1500)} élèves. "
            f"Vote du conseil d'administration : {rng.randint(8, 20)} pour, {rng.randint(0, 5)} contre, {rng.randint(0, 4)} abstentions. "
            f"Délibération n° {rng.randint(1, 40)}/{ch(['2025', '2026'])}."]


def trap_years():
    return [f"Depuis {ch(['1985', '1998', '2007'])} et le plan {ch(['Informatique pour tous', 'numérique', 'tablettes'])}, chaque décennie a sa révolution. "
            f"En {ch(['2016', '2018', '2020'])} c'était l'ENT, en {ch(['2023', '2024'])} c'est {ch(AI)}. {ch(OPINIONS)} "
            f"Rendez-vous à la rentrée {ch(['2026', '2027'])} pour le bilan."]


def trap_mixed_sms():
    return [f"{ch(['slt', 'bjr', 'coucou'])} la reunion c {ch(DAYS)} a {hour_txt()} en {ch(ROOMS)}, "
            f"cote {ch(STREETS_NO_NUM)}. {ch(CASUAL)}. la prof a dit kon pouvait utiliser {ch(AI)} pr le brouillon seulement"]


TRAP_GENS = [trap_ai, trap_school_street, trap_law, trap_order, trap_tollfree, trap_pet, trap_books, trap_lines,
             trap_postcodes, trap_meeting, trap_codes, trap_brands, trap_titles, trap_siren, trap_places,
             trap_platforms, trap_chat, trap_amounts, trap_years, trap_mixed_sms]


# --------------------------------------------------------------------------
# survey answers with personal data woven in
# --------------------------------------------------------------------------
def TEL():
    return E("TELEPHONE", make_phone())


def MAIL(p=None, **kw):
    return E("EMAIL", make_email(p, **kw))


def school_uai(casual=False, prep=None):
    sc = art(prep, school()) if prep else school()
    u = E("UAI", make_uai(casual))
    st = rng.randint(0, 6)
    if st == 0:
        return [f"{sc} (UAI ", u, ")"]
    if st == 1:
        return [f"{sc} – ", u]
    if st == 2:
        return [f"{sc} (RNE ", u, ")"]
    if st == 3:
        return [f"{sc}, code établissement ", u]
    if st == 4:
        return [f"{sc} (", u, ")"]
    if st == 5:
        return [f"{sc}, n° UAI : ", u]
    return [f"{sc} [UAI : ", u, "]"]


def child_word(g):
    return ch(["ma fille", "ma grande", "ma petite dernière"]) if g == "F" else ch(["mon fils", "mon grand", "mon petit"])


def s_intro_role():
    p = person()
    segs = [ch(["Je m'appelle ", "Je suis ", "Moi c'est ", "Bonjour, ici ", "Bonjour, je suis "]), PER(pname_forms(p)),
            f", {role(p)} "]
    if chance(0.45):
        segs += school_uai(prep="au")
        segs.append(". ")
    else:
        segs.append(f"{art('au', school())}. ")
    segs.append(opinions(rng.randint(1, 3)))
    if chance(0.55):
        segs += [ch([" Vous pouvez me joindre au ", " Mon numéro : ", " Joignable au ", " Tél : "]), TEL(), "."]
    return segs


def s_parent_children():
    p = person()
    c1, c2 = person(g="F"), person(g="M")
    w = "mère" if p.g == "F" else "père"
    segs = [PER(pname_forms(p)), f", {w} de ", PER(c1.first), f" ({ch(CLASSES)}) et de ", PER(c2.first),
            f" ({ch(CLASSES)}). {ch(OPINIONS)} "]
    segs += [ch(["Ma fille ", "Ma grande, ", "L'aînée, "]), PER(c1.first),
             ch([", utilise ChatGPT pour ses exposés et ne vérifie rien. ", " a eu 4/20 parce que la prof pensait qu'elle avait triché. ",
                 " s'en sert pour l'anglais et progresse vraiment. "])]
    segs.append(ch(OPINIONS))
    if chance(0.35):
        segs += [" Nous habitons ", E("ADRESSE", make_address("inline")), ", loin de tout."]
    return segs


def s_sms_pupil():
    p = person()
    segs = [ch(["slt ", "wsh ", "bjr ", "", "salut "]), ch(["c ", "moi c ", "jsuis ", "ici "]), PER(noacc(p.first).lower()),
            f" en {ch(CLASSES).lower()}, {casual(rng.randint(1, 3))}"]
    if chance(0.5):
        segs += [ch([". mon num si besoin ", " … mon 06 c ", ". vs pouvez mecrire au ", ". tel: "]), E("TELEPHONE", "0" + ch("67") + "".join(pairs(4)) if chance(0.6) else make_phone())]
    if chance(0.35):
        segs += [ch([" ou mail ", ". mon mail: ", " / "]), MAIL(p, academic=False)]
    if chance(0.3):
        segs += [ch([". mon pote ", ". dailleurs ", ". en tt cas "]), PER(noacc(person().first).lower()),
                 ch([" pense pareil", " est pas dacc", " dit que c de la triche"])]
    return segs


def s_teacher_pupil():
    t = person()
    kid = person()
    mom = person(g="F")
    segs = [f"{ch(['Professeure', 'Enseignante', 'Prof']) if t.g == 'F' else ch(['Professeur', 'Enseignant', 'Prof'])} de "
            f"{ch(['français', 'lettres', 'histoire', 'SES', 'philosophie'])} en {ch(CLASSES)}. Mon élève ", PER(kid.first),
            f" a rendu une dissertation entièrement rédigée par {ch(AI)}. Avec sa mère, ", mom.title(formal=True), " ",
            PER(ch([mom.last, mom.full()])), f", nous avons choisi d'en faire un sujet de discussion plutôt qu'une sanction. "
            f"{ch(OPINIONS)}\n", PER(ch([t.full(), t.init_last(), t.first]))]
    return segs


def s_public():
    pub = ch(PUBLIC)
    segs = [ch(["Comme l'a dit ", "Je rejoins ", "Contrairement à ce que pense ", "J'ai écouté "]), PER(pub),
            ch([" à la télé, ", " sur France Inter, ", " dans son livre, ", " lors d'une conférence, "]), ch(OPINIONS).lower(), " "]
    segs.append(ch(OPINIONS))
    if chance(0.6):
        p = person()
        segs += ["\n— ", PER(ch([p.full(), p.first + " " + p.last[0], p.first]))]
        if segs[-1][1].endswith(p.last[0]) and chance(0.5):
            segs.append(".")
        segs.append(f", {ch(['parent', 'enseignant', 'élève', 'grand-parent'])}")
    return segs


def s_colleagues():
    ps = [person() for _ in range(3)]
    segs = [ch(["Avec mes collègues ", "Mes collègues ", "Nous sommes trois : "]), PER(pname_forms(ps[0])), ", ",
            PER(pname_forms(ps[1])), " et ", PER(ps[2].first), f" (prof de {ch(['techno', 'SVT', 'physique', 'EPS'])}), "
            f"on a testé {ch(AI)} pendant un trimestre en {ch(CLASSES)}. {opinions(2)}"]
    if chance(0.4):
        segs += [" Contact de l'équipe : ", MAIL(ps[0], academic=True), "."]
    return segs


def s_aesh():
    p = person()
    kid = person()
    segs = [f"Je suis AESH depuis {rng.randint(2, 15)} ans et j'accompagne ", PER(kid.first), f" en {ch(CLASSES)}. "
            f"{ch(['La dictée vocale', 'La reformulation automatique', 'Le lecteur d’écran', 'La synthèse vocale'])} l'aide énormément. "
            f"{ch(OPINIONS)} "]
    segs += [ch(["Contact : ", "Mon adresse : ", "Pour échanger : "]), MAIL(p), "\n", PER(ch([p.full(), p.first]))]
    return segs


def s_nir_overshare():
    p = person()
    segs = [ch(["Le formulaire me demande mon numéro de sécurité sociale, le voici : ",
                "Je ne comprends pas pourquoi il faut mon n° de sécu (", "Numéro de sécu demandé à l'étape 2 : ",
                "Pour l'inscription au tirage au sort : NIR "]), E("NIR", make_nir())]
    segs.append(") " if segs[0].endswith("(") else ". ")
    segs += [ch(["Franchement, ", "Bref, ", "Sinon, "]), ch(OPINIONS).lower(), "\n", PER(pname_forms(p))]
    return segs


def s_iban_overshare():
    p = person()
    segs = [ch(OPINIONS), " ", ch(["Pour le bon d'achat promis aux participants, mon IBAN : ",
                                   "Si l'indemnité de participation est versée, voici mon RIB : ",
                                   "Pour le défraiement (réunion du 12), IBAN "]), E("IBAN", make_iban()),
            ch([" (titulaire : ", ", au nom de ", " – "]), PER(ch([p.full(), p.LAST_first(), p.first_LAST()]))]
    segs.append(")." if segs[-2].startswith(" (") else ".")
    return segs


def s_address():
    segs = [ch(["J'habite ", "Nous vivons ", "On est ", "Je réside "]), E("ADRESSE", make_address("inline")),
            ch([" et l'école de mon fils n'a même pas la fibre. ", ", et au collège du secteur les ordinateurs datent de 2015. ",
                ". Dans notre quartier, beaucoup de familles n'ont pas d'ordinateur. "]), ch(OPINIONS)]
    if chance(0.6):
        p = person()
        segs += ["\n", PER(pname_forms(p)), ch(["", f", {ch(['parent d’élève', 'enseignant retraité', 'habitant'])}"])]
    return segs


def s_cc():
    p, q = person(), person()
    segs = [ch(OPINIONS), " Je vous mets en copie ", PER(pname_forms(q)), " (", MAIL(q, obf=False), f"), {role(q)}, qui pourra "
            f"compléter. {ch(OPINIONS)}\nCordialement,\n", PER(pname_forms(p))]
    return segs


def s_director_uai():
    p = person()
    segs = [ch(["Réponse collective de l'équipe ", "Contribution de l'équipe pédagogique "])]
    segs += school_uai(prep="du")
    segs += [", rédigée par ", p.title(), " ", PER(ch([p.last, p.full()])), f", {ch(['directrice', 'directeur', 'principal', 'proviseure'])}. "
             f"{opinions(rng.randint(2, 3))}"]
    return segs


def s_initial():
    t, u = person(), person()
    segs = [f"En {ch(CLASSES)}, ", t.title(), " ", PER(t.last[0]), f". (prof de {ch(['français', 'maths', 'anglais'])}) "
            f"{ch(['trouve que', 'pense que', 'nous a dit que'])} {ch(OPINIONS).lower()} Par contre ", u.title(), " ",
            PER(u.last), f" {ch(['l’interdit complètement', 'l’utilise pour tout', 'ne nous en a jamais parlé'])}."]
    return segs


def s_nickname():
    nick = ch(NICKNAMES)
    p = person()
    segs = [ch(["mon pote ", "ma pote ", "mon frère ", "ma coloc "]), PER(nick), f" dit que {ch(CASUAL)}, moi jsuis pas trop dacc. "
            f"{ch(CASUAL)}. ", ch(["signé ", "— ", ""]), PER(ch([noacc(p.first).lower(), p.first, p.first + " " + p.last[0]]))]
    return segs


def s_lower_parent():
    p, kid = person(), person()
    segs = [ch(["bonjour ", "bonsoir ", ""]), ch(["je suis ", "moi c'est ", ""]), PER(p.low()),
            f" {'maman' if p.g == 'F' else 'papa'} de ", PER(noacc(kid.first).lower()), f" en {ch(CLASSES).lower()} a {noacc(ch(CITIES)[1]).lower()}. "
            f"{noacc(ch(OPINIONS)).lower()} "]
    if chance(0.5):
        segs += [ch(["mon tel ", "tel ", "appelez moi au "]), TEL()]
    else:
        segs += [ch(["mon mail ", "ecrire a "]), MAIL(p, obf=chance(0.4))]
    return segs


def s_obf_email():
    p = person()
    segs = [opinions(2), ch([" Si vous voulez en discuter : ", " Écrivez-moi : ", " (adresse anti-spam : "]),
            E("EMAIL", make_email(p, obf=True))]
    segs.append(")" if segs[1].startswith(" (") else ".")
    segs += ["\n", PER(ch([p.first, p.full(), p.init_last()]))]
    return segs


def s_signed():
    p = person()
    segs = [opinions(rng.randint(2, 3)), "\n\n", PER(pname_forms(p)), "\n", cap_first(role(p)), ", "]
    if chance(0.5):
        segs += school_uai()
    else:
        segs.append(school())
    return segs


def s_philo_teacher():
    t = person()
    segs = [f"notre prof de {ch(['philo', 'SES', 'HGGSP', 'NSI'])}, ", t.title(formal=False), " ", PER(t.last),
            f", nous a fait un cours sur {ch(AI)} et {ch(CASUAL)}. "]
    if chance(0.5):
        f = person()
        segs += ["mme la proviseure a dit a ", PER(noacc(f.first).lower()), " que c interdit en devoir. "]
    segs.append(ch(CASUAL))
    return segs


def s_asso():
    p = person()
    segs = [ch(["Je m'appelle ", "Je suis "]), PER(pname_forms(p)), f" et je représente l'association "
            f"{ch(['« Parents & Numérique »', 'Les Écrans Raisonnés', 'Code & Cartable', 'Lire et Faire Lire', 'Fondation Hélène-Boucher'])}. "
            f"{opinions(2)} Contact : ", MAIL(p), ", ", TEL(), "."]
    return segs


def s_grandparent():
    a, b = person(g="F"), person(g="M")
    fem = chance(0.6)
    w = ch(["Mamie de ", "Grand-mère de "]) if fem else ch(["Papi de ", "Grand-père de "])
    segs = [w, PER(a.first), " et ", PER(b.first), f", je les garde le mercredi. {ch(OPINIONS)} "]
    if chance(0.5):
        segs += [PER(b.first), f" m'a montré comment {ch(AI)} écrit des poèmes, j'étais bluffé{'e' if fem else ''}. "]
    segs.append(ch(OPINIONS))
    return segs


def s_pupils_list():
    ks = [person() for _ in range(4)]
    segs = ["Les élèves "]
    for i, k in enumerate(ks):
        segs.append(PER(k.first if i % 2 == 0 or chance(0.5) else k.full()))
        segs.append(", " if i < 2 else (" et " if i == 2 else ""))
    segs.append(f" ont présenté leur exposé sur l'IA {art('au', school())}. {ch(OPINIONS)}")
    return segs


def s_role_first():
    r = rng.randint(0, 3)
    p = person()
    if r == 0:
        segs = ["La maîtresse de ma fille, ", PER(person(g="F").first), f", a utilisé {ch(AI)} pour créer des lectures adaptées. "]
    elif r == 1:
        segs = ["Notre CPE, ", PER(p.first), f", a organisé un débat sur l'IA avec les délégués. "]
    elif r == 2:
        segs = [PER(person(g="F").first), ", l'infirmière, nous a alertés sur les chatbots « compagnons » que les ados utilisent la nuit. "]
    else:
        segs = ["Le prof principal de mon fils (", PER(person(g="M").first), f", très investi) leur apprend à vérifier les sources. "]
    segs.append(opinions(2))
    return segs


def s_doctor():
    d = person()
    segs = ["Le ", d.dr() if chance(0.6) else "Dr", " ", PER(ch([d.last, d.full()])), f", {ch(['pédopsychiatre', 'orthophoniste', 'médecin scolaire', 'pédiatre'])}, "
            f"m'a conseillé de limiter les écrans. {ch(OPINIONS)}"]
    if chance(0.5):
        segs += [" Son cabinet : ", E("ADRESSE", make_address("inline", foreign_p=0)), "."]
    return segs


def s_sms_teacher_uai():
    p = person()
    segs = [ch(["jsuis prof au clg ", "prof en lycee pro ", "je bosse au college "]), E("UAI", make_uai(casual=True)),
            f" et {ch(CASUAL)}. ", ch(["mon mail ", "contact "]), MAIL(p, academic=True, obf=False)]
    return segs


def s_testimony():
    p = person()
    cp, city, _ = ch(CITIES)
    segs = ["Témoignage de ", PER(ch([p.full(), p.first + " " + p.last[0]]))]
    if segs[-1][1].endswith(" " + p.last[0]):
        segs.append(".")
    segs.append(f" ({rng.randint(11, 78)} ans, {city}) : « {ch(OPINIONS)} {ch(OPINIONS)} »")
    return segs


def s_form_answer():
    p = person()
    segs = ["Nom : ", PER(p.last.upper()), "\nPrénom : ", PER(p.first), f"\nQualité : {role(p)}\nÉtablissement : "]
    segs += school_uai()
    segs += [f"\nRéponse : {opinions(2)}"]
    if chance(0.4):
        segs += ["\nTéléphone : ", TEL()]
    return segs


def s_english():
    p = person(origin=ch(["fr", "ee", "it", "cn"]))
    segs = ["As an expat parent (I'm ", PER(p.full()), f"), I think AI can help but should be supervised. "
            f"En français : {ch(OPINIONS)} My e-mail: ", MAIL(p, academic=False, obf=False)]
    return segs


def s_school_address():
    segs = [art("Le", school()), ", ", E("ADRESSE", make_address("line", foreign_p=0)),
            f", n'a que {rng.randint(2, 12)} ordinateurs pour {rng.randint(150, 900)} élèves. {ch(OPINIONS)}"]
    if chance(0.5):
        p = person()
        segs += [" — ", PER(pname_forms(p))]
    return segs


def s_mixed_ids():
    p = person()
    segs = [f"{ch(OPINIONS)} Au passage, votre plateforme m'a demandé mon IBAN (", E("IBAN", make_iban()),
            ") et mon numéro de sécu (", E("NIR", make_nir()), f") juste pour répondre à un questionnaire : c'est exactement "
            f"le problème ! ", PER(pname_forms(p))]
    return segs


SURVEY_GENS = [(s_intro_role, 8), (s_parent_children, 6), (s_sms_pupil, 7), (s_teacher_pupil, 5), (s_public, 5),
               (s_colleagues, 4), (s_aesh, 4), (s_nir_overshare, 9), (s_iban_overshare, 9), (s_address, 5), (s_cc, 4),
               (s_director_uai, 5), (s_initial, 3), (s_nickname, 3), (s_lower_parent, 5), (s_obf_email, 4),
               (s_signed, 5), (s_philo_teacher, 3), (s_asso, 3), (s_grandparent, 3), (s_pupils_list, 3),
               (s_role_first, 4), (s_doctor, 3), (s_sms_teacher_uai, 3), (s_testimony, 3), (s_form_answer, 4),
               (s_english, 2), (s_school_address, 4), (s_mixed_ids, 4)]


# --------------------------------------------------------------------------
# letters, forms, e-mails, minutes, lists, signatures, chats
# --------------------------------------------------------------------------
def ADR(mode="block", **kw):
    return E("ADRESSE", make_address(mode, **kw))


OBJETS = L("Consultation sur l'IA à l'école,Usage de l'IA en classe de mon enfant,Demande d'information – charte numérique,"
           "Réclamation suite à une sanction pour usage de ChatGPT,Inscription à la formation « IA et pédagogie »,"
           "Demande d'accès aux données personnelles de mon fils,Remboursement de frais de déplacement,"
           "Invitation – table ronde sur l'IA,Retour sur l'expérimentation Mathia,Projet de charte IA du collège")
SALUTS = ["Madame, Monsieur,", "Madame la Directrice,", "Monsieur le Principal,", "Madame la Proviseure,", "Bonjour,",
          "Monsieur l'Inspecteur,", "Chère Madame,", "Cher Monsieur,"]
CLOSINGS = ["Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
            "Je vous prie de croire à l'assurance de ma considération distinguée.", "Bien cordialement,", "Cordialement,",
            "Avec mes remerciements anticipés,", "Respectueusement,", "Bien à vous,"]


def sig_tail(p):
    """sign-off name with possible trailing abbreviation dot"""
    r = rng.random()
    if r < 0.5:
        return [PER(pname_forms(p))]
    if r < 0.7:
        return [PER(p.first)]
    if r < 0.85:
        return [PER(f"{p.first} {p.last[0]}"), "."]
    return [PER(p.first_LAST())]


def contact_lines(p, tel=True, mail=True):
    segs = []
    if tel:
        segs += [ch(["Tél. ", "Tél : ", "Tel. ", "Portable : ", "☎ ", "Mob. ", ""]), TEL(), "\n"]
    if mail:
        segs += [ch(["Mail : ", "Courriel : ", "E-mail : ", "✉ ", ""]), MAIL(p), "\n"]
    return segs


def l_letter():
    s, r = person(), person()
    region = ch([None, None, None, "co", "ant", "reu", "br", "bq", "als", "pf"])
    segs = [PER(ch([s.full(), s.first_LAST(), s.LAST_first()])), "\n", ADR("block", region=region, foreign_p=0.08), "\n"]
    segs += contact_lines(s, tel=chance(0.8), mail=chance(0.6))
    segs += ["\n", r.title(), " ", PER(ch([r.full(), r.last, r.first_LAST()])), "\n",
             cap_first(ch(["directrice", "principale", "proviseure", "IEN"]) if r.g == "F" else ch(["directeur", "principal", "proviseur", "IEN"])), "\n"]
    segs += [cap_first(school()), "\n", ADR("block", foreign_p=0), "\n\n"]
    segs += [f"{ch(['À ', ''])}{ch(CITIES)[1]}, le {date_txt()}\n\nObjet : {ch(OBJETS)}\n\n{ch(SALUTS)}\n\n{opinions(rng.randint(2, 4))}\n\n"]
    if chance(0.4):
        k = person()
        segs += [f"{cap_first(child_word(k.g))} ", PER(ch([k.first, k.full()])), f", en {ch(CLASSES)}, {ch(['m’en parle tous les soirs', 'a été sanctionné(e) à tort', 'est très inquiet(e)', 'adore ces outils'])}.\n\n"]
    segs += [ch(CLOSINGS), "\n\n"] + sig_tail(s)
    return segs


def l_form():
    p = person()
    segs = [ch(["FICHE DE RENSEIGNEMENTS\n", "Formulaire d'inscription – atelier IA parents\n", "Fiche agent\n", "Dossier de candidature – référent numérique\n"])]
    r = rng.random()
    if r < 0.5:
        segs += ["Nom : ", PER(p.last.upper() if chance(0.6) else p.last), "\nPrénom : ", PER(p.first), "\n"]
    else:
        segs += ["Nom et prénom : ", PER(ch([p.LAST_first(), p.full(), p.first_LAST()])), "\n"]
    segs.append(f"Date de naissance : {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1960, 2001)}\n")
    segs += ["Adresse : ", ADR("line" if chance(0.6) else "block", foreign_p=0.05), "\n"]
    segs += [ch(["Téléphone : ", "Tél. portable : ", "Tél : "]), TEL(), "\n"]
    if chance(0.8):
        segs += [ch(["Courriel : ", "E-mail : ", "Adresse électronique : "]), MAIL(p), "\n"]
    if chance(0.8):
        segs += [ch(["N° de sécurité sociale : ", "NIR : ", "N° SS : ", "Numéro INSEE : "]), E("NIR", make_nir()), "\n"]
    if chance(0.65):
        segs += [ch(["IBAN : ", "RIB (IBAN) : ", "Coordonnées bancaires : "]), E("IBAN", make_iban()), f"\nBIC : {ch(['BNPAFRPP', 'AGRIFRPP', 'CEPAFRPP', 'SOGEFRPP', 'CCBPFRPP'])}\n"]
    if chance(0.5):
        segs += [ch(["Établissement d'exercice : ", "Établissement : "])] + school_uai() + ["\n"]
    segs.append(ch(["Signature : lu et approuvé", "Fait le " + date_txt(), "Pièces jointes : copie de la carte Vitale"]))
    return segs


def l_email():
    s, r = person(), person()
    segs = ["De : ", PER(ch([s.full(), s.first_LAST()])), " <", MAIL(s, obf=False), ">\nÀ : "]
    if chance(0.6):
        segs += [PER(r.full()), " <", MAIL(r, obf=False), ">"]
    else:
        segs += [MAIL(r, obf=False)]
    if chance(0.35):
        c = person()
        segs += ["\nCc : ", E("EMAIL", role_email()) if chance(0.5) else MAIL(c, obf=False)]
    segs += [f"\nDate : {date_txt()} {hour_txt()}\nObjet : {ch(['RE: ', 'TR: ', 'Fwd: ', ''])}{ch(OBJETS)}\n\n"]
    segs += [ch(["Bonjour ", "Salut ", "Chère " if r.g == "F" else "Cher "]), PER(r.first), f",\n\n{opinions(2)}\n"]
    if chance(0.4):
        segs += [f"Je t'appelle demain, sinon mon portable : ", TEL(), ".\n"]
    segs += ["\n", ch(["Bonne journée,", "À bientôt,", "Bises,", "Cordialement,"]), "\n"] + sig_tail(s)
    return segs


def l_minutes():
    ps = [person() for _ in range(rng.randint(4, 7))]
    segs = [f"COMPTE RENDU – {ch(['Conseil d’école', 'Conseil pédagogique', 'Réunion du groupe IA', 'Conseil d’administration'])} du {date_txt()}\n"]
    if chance(0.5):
        segs += ["Établissement : "] + school_uai() + ["\n"]
    segs.append("Présents : ")
    for i, p in enumerate(ps[:-1]):
        if i:
            segs.append(", ")
        r = rng.random()
        if r < 0.4:
            segs += [p.title(), " ", PER(ch([p.last, p.full()])), f" ({ch(['directrice', 'enseignante', 'parent élue', 'DDEN', 'adjointe au maire', 'IEN']) if p.g == 'F' else ch(['directeur', 'enseignant', 'parent élu', 'DDEN', 'maire adjoint', 'IEN'])})"]
        elif r < 0.7:
            segs += [PER(ch([p.full(), p.first_LAST()]))]
        else:
            segs += [PER(p.first), f" ({ch(['AESH', 'ATSEM', 'service civique', 'AED'])})"]
    segs += ["\nExcusé(e) : ", ps[-1].title(), " ", PER(ps[-1].last), "\n"]
    sec = ch(ps[:-1])
    segs += [f"\n1. IA et devoirs à la maison : {ch(OPINIONS)}\n2. Charte : ", sec.title(), " ", PER(sec.last),
             f" présentera un projet au prochain conseil.\n3. {ch(['Questions diverses', 'Calendrier'])} : {ch(OPINIONS)}\n\nSecrétaire de séance : "]
    segs += [PER(ch([sec.full(), sec.init_last()]))]
    return segs


def l_attendance():
    ps = [person() for _ in range(rng.randint(4, 8))]
    segs = [f"Liste d'émargement – {ch(['atelier « IA et devoirs »', 'formation IA cycle 3', 'réunion parents 3e', 'débat IA en CVL'])} – {date_txt()}\n"]
    st = rng.randint(0, 2)
    for i, p in enumerate(ps):
        if st == 0:
            segs += [f"{i + 1}. ", PER(p.LAST_first()), f" – {ch(CLASSES)} – {ch(['présent', 'présente', 'absent', 'signé'])}\n"]
        elif st == 1:
            segs += ["| ", PER(p.last.upper()), " | ", PER(p.first), f" | {ch(['parent', 'enseignant', 'élève'])} | ", TEL(), " |\n"]
        else:
            segs += ["- ", PER(p.full()), " (", MAIL(p, obf=False), ")\n"]
    segs.append(f"Total : {len(ps)} participants.")
    return segs


def l_signature():
    p = person()
    segs = [f"{ch(OPINIONS)}\n\n--\n"]
    segs += [PER(ch([p.full(), p.first_LAST()])), f"\n{cap_first(role(p))}\n"]
    segs += [cap_first(school()), ch([" – UAI ", " | ", "\nUAI : "]), E("UAI", make_uai()), "\n"]
    segs += [ADR(ch(["block", "line"]), foreign_p=0.05), "\n"]
    segs += [ch(["Tél. ", "T. ", "Standard : "]), TEL(), ch([" | ", "\n", " – "]), MAIL(p, academic=chance(0.7), obf=False)]
    return segs


def chat_name(p):
    return ch([p.full(), p.first, p.first + " " + p.last[0] + ".", ch(NICKNAMES), p.first + " (" + ("maman" if p.g == "F" else "papa") + " " + person().first + ")"])


def l_whatsapp():
    ps = [person() for _ in range(3)]
    names = [chat_name(p) for p in ps]
    segs = [f"[Groupe WhatsApp « Parents {ch(CLASSES)} »]\n"]
    d = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2025"
    lines = rng.randint(3, 5)
    hh = rng.randint(7, 21)
    mins = sorted(rng.sample(range(60), lines))
    for i in range(lines):
        n = names[i % 3]
        segs.append(f"[{d} {hh}:{mins[i]:02d}] ")
        if " (" in n:
            a, b = n.split(" (", 1)
            role_w, kid = b[:-1].split(" ", 1)
            segs += [PER(a), f" ({role_w} ", PER(kid), ")"]
        elif n.endswith("."):
            segs += [PER(n[:-1]), "."]
        else:
            segs.append(PER(n))
        segs.append(" : ")
        r = rng.random()
        if i == 1 and r < 0.6:
            segs += [ch(["qqn a le num de la prof de maths ? ", "la maîtresse m'a donné son num : ", "appelez-moi c plus simple ", "mon nouveau num "]), TEL()]
        elif i == 2 and r < 0.4:
            segs += ["réunion chez moi jeudi 20h, ", ADR("inline", foreign_p=0), ch([" 👍", "", " (digicode 4B12)"])]
        elif i == 2 and r < 0.75:
            segs += [ch(["pour la cagnotte de fin d'année, virement sur ", "cagnotte pour le cadeau de la maîtresse : IBAN ",
                         "pour la sortie, vous pouvez virer sur mon compte "]), E("IBAN", make_iban()), ch([" merci !", " 🙏", ""])]
        else:
            segs.append(ch(CASUAL) if chance(0.5) else ch(OPINIONS))
        segs.append("\n")
    return segs


def l_refund():
    p = person()
    segs = [f"DEMANDE DE REMBOURSEMENT – {ch(['frais de déplacement', 'formation IA', 'achat de matériel'])}\nAgent : ",
            PER(ch([p.LAST_first(), p.full()])), f"\nGrade : {ch(['professeur certifié', 'professeure des écoles', 'AESH', 'CPE', 'PLP'])}\n"]
    segs += ["Résidence administrative : "] + school_uai() + ["\n"]
    if chance(0.6):
        segs += ["Adresse personnelle : ", ADR("line", foreign_p=0.04), "\n"]
    segs += [f"Trajet : {rng.randint(5, 180)} km aller-retour – montant : {rng.randint(10, 250)},{digits(2)} €\nIBAN : ", E("IBAN", make_iban()),
             "\nTitulaire du compte : ", PER(ch([p.full(), p.first_LAST()]))]
    if chance(0.6):
        segs += ["\nN° INSEE : ", E("NIR", make_nir())]
    return segs


def l_training():
    p = person()
    segs = [f"Inscription – formation « {ch(['IA et pédagogie', 'Esprit critique et IA générative', 'IA et inclusion', 'Prompting pour enseignants'])} » "
            f"(dispositif {digits(2)}A{digits(7)})\n"]
    segs += ["Nom d'usage : ", PER(p.last.upper()), "\n"]
    if p.g == "F" and chance(0.4):
        segs += ["Nom de naissance : ", PER(ch(ORIGINS[wchoice(ORIGIN_W)][2]).upper()), "\n"]
    segs += ["Prénom : ", PER(p.first), "\nNIR : ", E("NIR", make_nir()), "\nÉtablissement : "] + school_uai() + ["\n"]
    segs += ["Mail académique : ", MAIL(p, academic=True, obf=False), "\n", "Portable : ", TEL()]
    return segs


def l_rgpd():
    p, k = person(), person()
    segs = ["Je soussigné" + ("e " if p.g == "F" else " "), PER(pname_forms(p)), f", {p.born()} le {rng.randint(1, 28)} {ch(MONTHS)} {rng.randint(1965, 1995)} "
            f"à {ch(CITIES)[1]}, demeurant ", ADR(ch(["inline", "line"]), foreign_p=0.08),
            ", agissant en qualité de représentant légal de ", PER(ch([k.full(), k.first])),
            f", demande, en application de l'article 15 du RGPD, la communication de l'ensemble des données traitées par "
            f"{ch(['l’outil', 'la plateforme'])} {ch(AI + PLATFORMS)} le concernant.\n\nFait à {ch(CITIES)[1]}, le {date_txt()}\n"]
    segs += sig_tail(p)
    return segs


def l_care_of():
    p, q = person(), person()
    segs = [ch(["Expéditeur :\n", "Destinataire :\n", ""]), p.title(), " ", PER(pname_forms(p)), "\n"]
    segs += [ch(["chez ", "c/o ", "Chez "]), *( [q.title(), " "] if chance(0.5) else [] ), PER(ch([q.full(), q.first_LAST()])), "\n",
             ADR("block", foreign_p=0.2)]
    segs += [f"\n\n{ch(OPINIONS)}"]
    return segs


def l_sms_parent():
    p, k = person(), person()
    segs = [ch(["Bjr ", "Bonjour ", "Bsr "]), ch(["c ", "c'est ", "ici "]), PER(ch([p.first, noacc(p.first).lower(), p.full()])),
            f" la {'maman' if p.g == 'F' else ch(['maman', 'tante'])} de ", PER(ch([k.first, noacc(k.first).lower()])),
            f" ({ch(CLASSES)}). {ch(CASUAL)}. Vs pouvez me rappeler au ", TEL(), ch([" svp", " merci", " stp 🙏", ""])]
    if chance(0.3):
        segs += [" ou par mail ", MAIL(p)]
    return segs


def l_authorization():
    p, k = person(), person()
    segs = ["AUTORISATION PARENTALE – usage d'outils d'IA en classe\n\nJe soussigné(e) ", PER(pname_forms(p)),
            ", responsable légal de l'enfant ", PER(ch([k.full(), k.LAST_first()])), f", classe de {ch(CLASSES)}, "
            f"{ch(['autorise', 'n’autorise pas'])} mon enfant à utiliser {ch(AI)} dans le cadre des activités pédagogiques.\n"]
    segs += ["Adresse : ", ADR("line", foreign_p=0.05), "\nTéléphone : ", TEL(), "\n"]
    if chance(0.5):
        segs += ["Courriel : ", MAIL(p), "\n"]
    segs += [f"Fait le {date_txt()}\nSignature : "] + sig_tail(p)
    return segs


def l_note_service():
    ps = [person() for _ in range(rng.randint(2, 4))]
    segs = [f"NOTE DE SERVICE n° {rng.randint(1, 40)}/{ch(['2025', '2026'])}\nObjet : {ch(OBJETS)}\nDestinataires : "]
    for i, p in enumerate(ps):
        if i:
            segs.append(" ; ")
        segs += [p.title(), " ", PER(ch([p.last, p.full()])), f" ({role(p)}, ", MAIL(p, academic=True, obf=False), ")"]
    a = person()
    segs += [f"\n\n{opinions(2)}\n\nLa principale,\n" if a.g == "F" else f"\n\n{opinions(2)}\n\nLe principal,\n", PER(ch([a.full(), a.init_last()]))]
    return segs


def l_convocation():
    p = person()
    segs = [p.title(), " ", PER(ch([p.full(), p.last])), ",\n\nVous êtes ", f"convoqué{'e' if p.g == 'F' else ''}",
            f" le {date_txt()} à {hour_txt()}, {ch(ROOMS)}, au siège de la circonscription, ", ADR(ch(["line", "inline"]), foreign_p=0),
            f", pour la réunion du comité IA.\n\n"]
    q = person()
    segs += ["Pour tout empêchement, merci de prévenir ", q.title(), " ", PER(q.last), " au ", TEL(), ".\n\n",
             ch(["L'inspectrice de l'Éducation nationale", "Pour le recteur, par délégation", "Le secrétariat"])]
    return segs


def l_intervenant():
    p = person()
    segs = ["FICHE INTERVENANT\nNom : ", PER(pname_forms(p)), f"\nStructure : {ch(['Mistral AI', 'Inria', 'Canopé', 'Fondation La Main à la pâte', 'CNIL', 'Simplon'])}"
            f" (SIRET {siren()} {digits(5)})\nContact : ", MAIL(p, academic=False, obf=False), " / ", TEL(),
            "\nAdresse de facturation : ", ADR("line", foreign_p=0.1), f"\nDate d'intervention : {date_txt()}, {hour_txt()}"]
    if chance(0.7):
        segs += ["\nIBAN : ", E("IBAN", make_iban())]
    return segs


def l_envelope():
    p, q = person(), person()
    segs = ["Expéditeur : ", PER(ch([p.full(), p.first_LAST()])), ", ", ADR("line", foreign_p=0.1),
            "\nDestinataire : ", q.title(), " ", PER(q.last), ", ", ADR("line", foreign_p=0.1)]
    return segs


def l_teams():
    ps = [person() for _ in range(2)]
    segs = []
    n = 4
    hh, mins = rng.randint(8, 18), sorted(rng.sample(range(60), n))
    for i in range(n):
        p = ps[i % 2]
        segs += [PER(p.full() if i < 2 else p.first), f"  {hh}:{mins[i]:02d}\n"]
        if i == 2:
            segs += [ch(["tu peux m'envoyer ton RIB pour la formation ?", "je t'envoie l'UAI de l'école : "])]
            if segs[-1].endswith(": "):
                segs.append(E("UAI", make_uai()))
            segs.append("\n")
        elif i == 3:
            segs += [ch(["voilà : ", "IBAN : "]), E("IBAN", make_iban()), "\n"]
        else:
            segs.append(ch(OPINIONS) + "\n")
    return segs


def l_directory():
    segs = [f"Référents IA du bassin {ch(['Lille-Est', 'Brest', 'Pays basque', 'Sud Corse', 'Nord Grande-Terre', 'Ouest Réunion', 'Strasbourg-Nord'])}\n"]
    for _ in range(rng.randint(2, 4)):
        p = person()
        segs += ["- ", PER(ch([p.full(), p.first_LAST(), p.LAST_first()])), " – "] + school_uai() + [" – ", MAIL(p, academic=True, obf=False)]
        if chance(0.5):
            segs += [" – ", TEL()]
        segs.append("\n")
    return segs


def l_complaint():
    p = person()
    segs = [PER(ch([p.full(), p.first_LAST()])), "\n", ADR("block", foreign_p=0.05), "\n\n",
            f"Réf. dossier : {ch(['RGPD', 'REC', 'MED'])}-{ch(['2025', '2026'])}-{digits(4)}\n\n"
            f"Objet : réclamation\n\n{ch(SALUTS)}\n\n",
            f"Mon {ch(['fils', 'enfant'])}, ", PER(person(g="M").first), f", a été sanctionné pour « usage frauduleux de l'IA » sur la seule base d'un détecteur. "
            f"{opinions(2)}\n\n{ch(CLOSINGS)}\n"] + sig_tail(p)
    return segs


def l_emergency():
    p, q, k = person(), person(), person()
    segs = ["Élève : ", PER(ch([k.LAST_first(), k.full()])), f" – {ch(CLASSES)}\nResponsable légal 1 : ", PER(pname_forms(p)), " – ", TEL(),
            "\nResponsable légal 2 : ", PER(pname_forms(q)), " – ", TEL(), "\nAdresse : ", ADR("line", foreign_p=0.05),
            f"\nAutorisation outils numériques : {ch(['oui', 'non', 'oui sauf IA générative'])}"]
    return segs


def l_election():
    ps = [person() for _ in range(rng.randint(3, 5))]
    segs = [f"Élection des représentants des parents – {school()} – scrutin du {date_txt()}\nListe « {ch(['Parents engagés', 'FCPE', 'PEEP', 'Liste indépendante'])} » :\n"]
    for i, p in enumerate(ps):
        segs += [f"{i + 1}. ", p.title(), " ", PER(ch([p.full(), p.first_LAST()])), "\n"]
    segs.append(f"Inscrits : {rng.randint(200, 900)} – votants : {rng.randint(50, 199)} – sièges : {len(ps)}")
    return segs


def l_cv():
    p = person()
    segs = [PER(p.first_LAST() if chance(0.5) else p.full()), "\n", ADR("block", foreign_p=0.08), "\n", TEL(), " • ", MAIL(p, obf=False), "\n"]
    if chance(0.8):
        segs += [f"{cap_first(p.born())} le {rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.randint(1970, 1998)} – n° SS ", E("NIR", make_nir()), "\n"]
    segs.append(f"Candidature au poste de référent{'e' if p.g == 'F' else ''} numérique. {ch(OPINIONS)}")
    return segs


def l_forward():
    p, q = person(), person()
    segs = [f"{opinions(1)}\n\n", "Le ", f"{date_txt()} à {hour_txt()}, ", PER(p.full()), " <", MAIL(p, obf=False), "> a écrit :\n> ",
            ch(OPINIONS), "\n> Bien à vous,\n> ", PER(p.first), "\n\n", PER(q.first), "\n", TEL()]
    return segs


def l_attestation():
    a, b = person(), person()
    segs = ["ATTESTATION\n\nJe soussigné" + ("e " if a.g == "F" else " "), PER(ch([a.full(), a.first_LAST()])),
            f", {ch(['principal', 'proviseur', 'directeur']) if a.g == 'M' else ch(['principale', 'proviseure', 'directrice'])} "]
    segs += school_uai(prep="du")
    segs += [", atteste que ", b.title(), " ", PER(b.full()), f", {b.born()} le {rng.randint(1, 28)}/{rng.randint(1, 12):02d}/{rng.randint(1965, 1998)}, "
             "numéro de sécurité sociale ", E("NIR", make_nir()), f", exerce les fonctions de {role(b)} dans l'établissement depuis le "
             f"{date_txt()}.\n\nFait pour servir et valoir ce que de droit.\n"] + sig_tail(a)
    return segs


def l_sepa():
    p, k = person(), person()
    segs = [f"MANDAT DE PRÉLÈVEMENT SEPA – {ch(['restauration scolaire', 'cantine', 'voyage scolaire', 'licences numériques'])}\n"
            f"Créancier : {cap_first(school())} – ICS FR{digits(2)}ZZZ{digits(6)}\nDébiteur : ",
            PER(ch([p.LAST_first(), p.full(), p.first_LAST()])), "\nAdresse : ", ADR(ch(["line", "block"]), foreign_p=0.06),
            "\nIBAN : ", E("IBAN", make_iban()), f"\nBIC : {ch(['BNPAFRPP', 'AGRIFRPP', 'CEPAFRPP', 'SOGEFRPP', 'CCBPFRPP', 'PSSTFRPPLIL'])}\n"
            "Élève concerné : ", PER(ch([k.first, k.full()])), f" ({ch(CLASSES)})\nType de paiement : récurrent – RUM {digits(10)}"]
    return segs


def l_accident():
    k, p = person(), person()
    segs = [f"DÉCLARATION D'ACCIDENT SCOLAIRE – {date_txt()} à {hour_txt()}\nÉtablissement : "] + school_uai() + [
        "\nVictime : ", PER(ch([k.LAST_first(), k.full()])), f", {ch(CLASSES)}\nAssuré social (responsable légal) : ",
        PER(pname_forms(p)), "\nN° d'immatriculation : ", E("NIR", make_nir()),
        f"\nCirconstances : chute pendant l'atelier {ch(AI)} ({ch(ROOMS)}). Témoin : "]
    w = person()
    segs += [w.title(), " ", PER(w.last), f" ({ch(['AED', 'professeur d’EPS', 'AESH'])})."]
    return segs


LETTER_GENS = [(l_letter, 12), (l_form, 11), (l_email, 9), (l_minutes, 7), (l_attendance, 6), (l_signature, 7),
               (l_whatsapp, 6), (l_refund, 7), (l_training, 7), (l_rgpd, 5), (l_care_of, 5), (l_sms_parent, 5),
               (l_authorization, 5), (l_note_service, 4), (l_convocation, 4), (l_intervenant, 4), (l_envelope, 5),
               (l_teams, 4), (l_directory, 4), (l_complaint, 4), (l_emergency, 5), (l_election, 3), (l_cv, 5),
               (l_forward, 3), (l_attestation, 5), (l_sepa, 10), (l_accident, 6)]


# --------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------
def flatten(segs):
    out = []
    for s in segs:
        if isinstance(s, list):
            out.extend(flatten(s))
        else:
            out.append(s)
    return out


def build(segs):
    text, ents = "", []
    for s in flatten(segs):
        if isinstance(s, tuple):
            ents.append((s[0], s[1], len(text)))
            text += s[1]
        else:
            text += s
    return text, ents


def placed_ok(text, ents):
    prev = 0
    for k, t, st in ents:
        if not t or t != t.strip():
            return False
        if text.find(t, prev) != st:
            return False
        if st > 0 and text[st - 1].isalnum():
            return False
        end = st + len(t)
        if end < len(text) and text[end].isalnum():
            return False
        prev = end
    return True


def schedule(gens, n):
    pool = []
    for g, w in gens:
        pool += [g] * w
    rng.shuffle(pool)
    return [pool[i % len(pool)] for i in range(n)]


def generate(gen, seen, expect_entities):
    for _ in range(300):
        text, ents = build(gen())
        text = text.strip()
        # strip() may only remove trailing whitespace here: entities never start the text with spaces
        if text in seen or not placed_ok(text, ents):
            continue
        if expect_entities and not ents:
            continue
        if not expect_entities:
            assert not ents, gen.__name__
        seen.add(text)
        return text, ents
    raise RuntimeError(f"could not place entities for {gen.__name__}")


def main():
    seen = set()
    items = []
    plan = ([("clean", CLEAN_GENS[i % len(CLEAN_GENS)]) for i in range(60)] +
            [("trap", TRAP_GENS[i % len(TRAP_GENS)]) for i in range(70)] +
            [("survey", g) for g in schedule(SURVEY_GENS, 130)] +
            [("letter", g) for g in schedule(LETTER_GENS, 140)])
    for cat, g in plan:
        text, ents = generate(g, seen, cat in ("survey", "letter"))
        items.append((cat, text, ents))
    rng.shuffle(items)

    lines = []
    counts, cats = Counter(), Counter()
    validity = {"NIR": [0, 0], "IBAN": [0, 0], "UAI": [0, 0]}
    check = {"NIR": nir_valid, "IBAN": iban_valid, "UAI": uai_valid}
    for i, (cat, text, ents) in enumerate(items):
        # final assertion: every entity is found by text.find(entity, end_of_previous) at its intended place
        prev = 0
        for k, t, st in ents:
            pos = text.find(t, prev)
            assert pos == st, (i, k, t, pos, st)
            prev = pos + len(t)
        for k, t, _ in ents:
            counts[k] += 1
            if k in validity:
                validity[k][0] += 1
                validity[k][1] += 0 if check[k](t) else 1
        cats[cat] += 1
        rec = {"id": f"q{i + 1:03d}", "text": text, "entities": [{"kind": k, "text": t} for k, t, _ in ents]}
        lines.append(json.dumps(rec, ensure_ascii=False))
    assert len(lines) == 400
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

    print(f"wrote {len(lines)} texts to {os.path.relpath(OUT, ROOT)}")
    print("texts per category:", dict(cats))
    print("texts without entities:", sum(1 for _, _, e in items if not e))
    for k in ["PERSONNE", "ADRESSE", "EMAIL", "TELEPHONE", "NIR", "IBAN", "UAI"]:
        print(f"  {k:10s} {counts[k]}")
    print("  total     ", sum(counts.values()))
    for k, (n, bad) in validity.items():
        print(f"wrong check key {k}: {bad}/{n} = {bad / n:.1%}" if n else f"{k}: none")
    with open(OUT, "rb") as f:
        print("md5", hashlib.md5(f.read()).hexdigest())


if __name__ == "__main__":
    main()
