#!/usr/bin/env python3
"""Blind evaluation set no. 11 for the personal-data masker (French).

Written BLIND: without reading the detector's sources, its tests, its docs, the
other generators or the other fixtures of the project.  Standard library only.

Seed   : SEED = 7122029, every draw goes through random.Random(SEED).
Output : Tests/PrivacyTests/Fixtures/pii_blind11.jsonl (run from the repository
         root: python3 scripts/bench/pii_make_blind11.py), 400 lines of
         {"id": "p001", "text": "...", "entities": [{"kind": K, "text": "..."}]}
         Entities are listed in order of appearance; each one is found by
         text.find(entity_text, end_of_previous_entity) at exactly its place
         (asserted below) and no two entities overlap.  The script prints the
         count per kind, the share of wrong check keys and the md5 of the file.

Theme: a consultation about AI in schools ("Que pensez-vous de l'usage de l'IA
dans les établissements scolaires ?").

Mix (400 texts, shuffled):
  * 60 texts without personal data (anonymous answers, minutes, notes, letters);
  * 70 trap texts without personal data: AI products (Claude, Albert, Lucie...),
    brands and publishers named after people, schools / places / stations named
    after people, streets and squares named in general talk without a house
    number, whole towns with their postcode cited alone (« 75000 Paris compte »),
    dates, hours, amounts, counts, rooms, classes, law articles, years, SIRET,
    file numbers, pets;
  * 130 survey answers with names and identifiers woven into opinions;
  * 140 letters and forms with contact details: letters with sender and
    recipient blocks, e-mails with signatures, follow-up forms, reimbursement,
    delivery and registration requests, attestations, minutes, letterheads.
Targets: ~380 PERSONNE, ~110 ADRESSE, ~50 each of EMAIL, TELEPHONE, NIR, IBAN,
UAI.  About 40 % of NIR, IBAN and UAI carry a deliberately wrong check key and
are labelled all the same.  Postal addresses are stressed: house numbers in
every form (bis, ter, B, ranges, « n° » after the street, number after a
comma), every street type and abbreviation, complements before and after the
street (building, staircase, floor, flat, door, residence, RDC, BP/CS/TSA,
lieu-dit, hameau, zones), « chez » / « c/o » lines, postcodes with or without
the city and many separators, CEDEX, overseas and Corsican postcodes, cities
with articles, saints, hyphens, apostrophes, capitals or lowercase, one to five
lines, addresses inside sentences, typos, missing accents, and Belgian, Swiss
and Luxembourg addresses.

Labelling conventions:
  PERSONNE  titles (M., Mme, Dr, monsieur...) excluded; an initial after a title
            is the letter alone (« Mme L. » -> « L »); first name + surname = one
            entity; a first name next to a role or a class is labelled alone;
            trailing abbreviation dots excluded; public figures are persons;
            names inside e-mails, schools, streets, places, pets, brands and AI
            products are not persons.
  EMAIL     the whole address, obfuscated forms included.
  TELEPHONE the number with its international prefix, no label.
  NIR / IBAN / UAI  the whole identifier with its inner separators; labels
            excluded.
  ADRESSE   one entity from the first element of the address (house number,
            street type, or a complement that comes first) to the end of the
            city (CEDEX and its number included), or to the end of the street /
            postcode when no city is given, across lines; a « chez M. X » or
            « c/o X » line is not part of the address (X is a PERSONNE); a city
            joined to the street by « à » is part of the address, « à »
            included; the country name of a foreign address is part of it.
"""
import hashlib
import json
import os
import random
import unicodedata
from collections import Counter

SEED = 7122029
OUT = os.path.join("Tests", "PrivacyTests", "Fixtures", "pii_blind11.jsonl")
R = random.Random(SEED)

# --------------------------------------------------------------------------- #
# vocabulary
# --------------------------------------------------------------------------- #


def L(s):
    return [x.strip() for x in s.split(",") if x.strip()]


FEM = L("""Marie, Sophie, Nathalie, Isabelle, Camille, Léa, Chloé, Manon, Inès, Aïcha,
Fatima, Nadia, Samira, Yasmine, Khadija, Aminata, Fatoumata, Awa, Mariama, Thi Lan,
Linh, Mei, Xiaoling, Agnieszka, Katarzyna, Ana, Beatriz, Giulia, Francesca, Carmen,
Lucía, Elif, Zeynep, Anahit, Gwenaëlle, Maëlys, Soizic, Marie-Hélène, Anne-Sophie,
Marie-Claire, Hélène, Françoise, Brigitte, Émilie, Océane, Jade, Zoé, Louise, Olga,
Svetlana, Priya, Rokia, Bintou, Mélissa, Cécile, Véronique, Sandrine, Valérie,
Nolwenn, Maïwenn, Laetitia, Josiane, Leïla, Myriam, Sarah, Esther, Hanane, Dalila,
Noémie, Clémence, Agathe, Ludivine, Tiphaine, Mathilde, Marie-Ange, Laurence, Nour,
Salomé, Paola, Ioana, Nadège, Murielle, Fabienne, Chantal, Aurélie, Mireille, Kenza,
Lina, Dominique, Claude, Ornella, Maryam, Ophélie""")
MASC = L("""Jean, Pierre, Nicolas, Thomas, Julien, Laurent, Philippe, Christophe, Stéphane,
Mohamed, Karim, Mehdi, Youssef, Rachid, Saïd, Hamza, Bilal, Mamadou, Moussa, Ousmane,
Ibrahima, Cheikh, Abdoulaye, Kofi, Minh, Duc, Huy, Wei, Jun, Tomasz, Piotr, João,
Manuel, Paulo, Luca, Giuseppe, Marco, Alejandro, Javier, Mehmet, Emre, Arman, Vahé,
Yann, Gwenaël, Erwan, Loïc, Jean-Baptiste, Jean-Marc, Pierre-Yves, Lucas, Hugo,
Nathan, Théo, Enzo, Noah, Adam, Rayan, Ilyès, Dimitri, Igor, Arjun, Didier, Gérard,
Bernard, Michel, Hervé, Régis, Yannick, Sacha, Florian, Kévin, Anthony, Jordan,
Ange-Marie, Jean-Toussaint, Paul-Antoine, Fritz, Joël, Teddy, Harry, Claude,
Dominique, Aurélien, Sébastien, Franck, Olivier, Frédéric, Amadou, Samuel, Elias""")
SUR = L("""Martin, Bernard, Dubois, Durand, Lefebvre, Moreau, Laurent, Simon, Michel,
Garcia, Fournier, Girard, Bonnet, Dupont, Lambert, Fontaine, Rousseau, Vincent, Muller,
Lefèvre, Faure, André, Mercier, Blanc, Guérin, Boyer, Garnier, Chevalier, François,
Legrand, Gauthier, Perrin, Robin, Clément, Morin, Henry, Roussel, Mathieu, Masson,
Marchand, Duval, Denis, Dumont, Lemaire, Noël, Meyer, Dufour, Meunier, Brun,
Blanchard, Giraud, Joly, Rivière, Brunet, Gaillard, Barbier, Arnaud, Martinez,
Roche, Renard, Schmitt, Roy, Leroux, Colin, Vidal, Caron, Picard, Fabre, Aubert,
Lemoine, Renaud, Dumas, Lacroix, Bourgeois, Benoît, Rey, Leclerc, Payet, Hoarau,
Grondin, Técher, Haddad, Benali, Belkacem, Bouzid, Amrani, Cherif, Mansouri,
Aït Ahmed, El Idrissi, Benjelloun, Ouedraogo, Traoré, Diallo, Keïta, Koné,
Coulibaly, Diop, N'Diaye, Sow, Ba, Fofana, Camara, Sylla, Mensah, Okafor, Nguyen,
Tran, Pham, Hoang, Vo, Zhang, Wang, Chen, Liu, Kowalski, Nowak, Wiśniewski,
Lewandowska, Da Silva, Dos Santos, Ferreira, Pereira, Rodrigues, Oliveira,
Gonçalves, Rossi, Russo, Bianchi, Esposito, Fernández, López, Sánchez, Yılmaz,
Demir, Kaya, Öztürk, Petrossian, Manoukian, Hakobyan, Le Goff, Le Gall, Kerbrat,
Le Bihan, Tanguy, Quéméner, Santoni, Pietri, Albertini, Colonna, Mattei, Moussaoui,
Ivanov, Kuznetsova, Schneider, Weber, Fischer, Cohen, Lévy, Azoulay, Benhamou,
Zerbib, de La Tour, de Villiers, Le Roux, Dupuis-Morel, Martin-Lefèvre,
Papadopoulos, Singh, Patel, Rahman, Baptiste, Jean-Louis, Joseph, Alexandre,
Marie-Sainte, Césaire-Dubreuil, Nakamura, Okonkwo, Bah, Sissoko""")

PUBLIC = L("""Jules Ferry, Célestin Freinet, Maria Montessori, Condorcet, Montaigne,
Gabriel Attal, Pap Ndiaye, Najat Vallaud-Belkacem, Jean-Michel Blanquer,
Emmanuel Macron, Sam Altman, Yann LeCun, Cédric Villani, Luc Julia,
Stanislas Dehaene, Philippe Meirieu, Alan Turing, Elon Musk, Arthur Mensch,
Geoffrey Hinton, Marie Curie, Jean-Jacques Rousseau, Hannah Arendt""")
AUTHORS = L("""Victor Hugo, Molière, Jean de La Fontaine, Arthur Rimbaud, Marguerite Duras,
Aimé Césaire, Léopold Sédar Senghor, Annie Ernaux, Albert Camus, Simone de Beauvoir,
Émile Zola, Maryse Condé""")

ROLES = {
    "enseignant": [("professeure de lettres", "professeur de lettres"),
                   ("professeure de mathématiques", "professeur de mathématiques"),
                   ("professeure d'anglais", "professeur d'anglais"),
                   ("professeure des écoles", "professeur des écoles"),
                   ("professeure de SVT", "professeur de SVT"),
                   ("professeure d'histoire-géographie", "professeur d'histoire-géographie"),
                   ("enseignante en ULIS", "enseignant en ULIS"),
                   ("professeure documentaliste", "professeur documentaliste"),
                   ("professeure de physique-chimie", "professeur de physique-chimie"),
                   ("professeure d'EPS", "professeur d'EPS"),
                   ("référente numérique", "référent numérique"),
                   ("professeure de technologie", "professeur de technologie")],
    "direction": [("principale", "principal"), ("principale adjointe", "principal adjoint"),
                  ("proviseure", "proviseur"), ("proviseure adjointe", "proviseur adjoint"),
                  ("directrice d'école", "directeur d'école"),
                  ("directrice déléguée aux formations", "directeur délégué aux formations")],
    "personnel": [("CPE", "CPE"), ("AESH", "AESH"), ("assistante d'éducation", "assistant d'éducation"),
                  ("secrétaire de direction", "secrétaire de direction"), ("gestionnaire", "gestionnaire"),
                  ("infirmière scolaire", "infirmier scolaire"),
                  ("psychologue de l'Éducation nationale", "psychologue de l'Éducation nationale"),
                  ("agente d'accueil", "agent d'accueil"), ("cheffe de cuisine", "chef de cuisine")],
    "parent": [("parent d'élève", "parent d'élève"), ("maman de deux élèves", "papa de deux élèves"),
               ("représentante des parents au conseil d'école", "représentant des parents au conseil d'école"),
               ("présidente de l'association de parents", "président de l'association de parents")],
    "elu": [("adjointe au maire chargée de l'éducation", "adjoint au maire chargé de l'éducation"),
            ("conseillère municipale déléguée aux écoles", "conseiller municipal délégué aux écoles"),
            ("maire de la commune", "maire de la commune"),
            ("conseillère départementale", "conseiller départemental"),
            ("vice-présidente de la région chargée des lycées", "vice-président de la région chargé des lycées")],
}
PROFILE_LABELS = {"enseignant": "enseignant", "direction": "personnel de direction",
                  "personnel": "personnel de l'établissement", "parent": "parent d'élève",
                  "elu": "élu local"}

CLASSES = L("""CP, CE1, CE2, CM1, CM2, 6e A, 5e B, 4e C, 3e D, 6eme 2, 5ème 3, 4e1,
3e Prépa-métiers, 2nde 4, seconde 7, 1re STMG 2, 1ère G3, Terminale G1, Tle STI2D,
CAP cuisine, Bac pro MELEC, BTS SIO 1, grande section, moyenne section, ULIS,
SEGPA 4e""")
SCHOOL_TYPES = ["école élémentaire", "école maternelle", "école primaire", "collège", "collège",
                "lycée", "lycée", "lycée professionnel", "lycée polyvalent", "groupe scolaire",
                "lycée agricole", "EREA"]
SCHOOL_PEOPLE = L("""Jean-Moulin, Simone-Veil, Louise-Michel, Marie-Curie, Jules-Ferry,
Victor-Hugo, Jean-Jaurès, Aimé-Césaire, Camille-Claudel, Françoise-Dolto,
Gustave-Eiffel, Albert-Camus, Paul-Éluard, Jacques-Prévert, Pablo-Picasso,
Antoine-de-Saint-Exupéry, Olympe-de-Gouges, Condorcet, Montesquieu, Jean-Rostand,
Pierre-Mendès-France, Nelson-Mandela, Joséphine-Baker, Gisèle-Halimi,
Toussaint-Louverture, Pascal-Paoli, Lislet-Geoffroy, Henri-IV, Édouard-Herriot,
Rosa-Parks, Georges-Brassens""")
SCHOOL_OTHER = L("""des Tilleuls, du Parc, de la Plaine, des Sources, du Val-de-Saône,
Les Saules, de l'Europe, du Vieux-Port, des Alpes, de la Vallée, du Centre,
de la Mer, des Trois-Rivières""")

AI_PRODUCTS = L("""ChatGPT, Claude, Gemini, Le Chat de Mistral, Mistral, Copilot, Perplexity,
Albert, Lucie, Llama, DeepL, Siri, Alexa, DeepSeek, Khanmigo, MagicSchool""")
BRANDS = L("""Michelin, Renault, Peugeot, Citroën, Lacoste, Chanel, Hermès, Yves Rocher,
Louis Vuitton, Dassault Systèmes, Leclerc, Bic, Clairefontaine, Nathan, Hachette,
Larousse, Le Robert, Bordas, Hatier, Magnard, Belin, Boulanger, Darty, Decathlon""")
PLACES_PEOPLE = L("""la place Charles-de-Gaulle, la gare Saint-Lazare,
l'hôpital Georges-Pompidou, le stade Pierre-Mauroy, la salle Édith-Piaf,
la médiathèque François-Mitterrand, le centre Pompidou, l'aéroport Charles-de-Gaulle,
le pont Alexandre-III, le parc Jean-Jaurès, la piscine Joséphine-Baker,
le gymnase Marcel-Cerdan, l'espace culturel Louis-Aragon, le square Louise-Michel,
la bibliothèque Marguerite-Duras, l'université Paul-Valéry""")
STREETS_TALK = L("""la rue de la République, l'avenue Jean-Jaurès, le boulevard Gambetta,
la place Bellecour, la rue Victor-Hugo, le cours Mirabeau, la Canebière,
l'avenue des Champs-Élysées, le quai de la Fosse, la rue Sainte-Catherine,
la place du Capitole, la rue Nationale, le boulevard Saint-Michel, la rue de Rivoli,
la route de Bastia, le boulevard du Chaudron, l'avenue du Général-Leclerc,
la place Stanislas, la rue du 8-Mai-1945""")
STATIONS = L("""Jean Jaurès, Charles de Gaulle – Étoile, Gare Saint-Charles, Hôtel de Ville,
Victor Hugo, Louise Michel, Pasteur, Saint-Michel, Pierre et Marie Curie, Bellecour""")
WHOLE_TOWNS = [("75000", "Paris"), ("13000", "Marseille"), ("69000", "Lyon"), ("31000", "Toulouse"),
               ("06000", "Nice"), ("44000", "Nantes"), ("67000", "Strasbourg"), ("33000", "Bordeaux"),
               ("20000", "Ajaccio"), ("97400", "Saint-Denis"), ("97200", "Fort-de-France"),
               ("46000", "Cahors"), ("59000", "Lille"), ("35000", "Rennes")]
PETS = L("Félix, Moustache, Caramel, Oscar, Filou, Réglisse, Gaston, Perle")
MONTHS = L("""janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre,
novembre, décembre""")

OPINIONS = [
    "L'IA peut aider les élèves en difficulté, à condition d'être encadrée par l'enseignant.",
    "Je crains surtout la triche lors des devoirs faits à la maison.",
    "Il faut former les personnels avant de déployer quoi que ce soit.",
    "Les outils génératifs posent de vraies questions sur la protection des données des mineurs.",
    "Dans notre établissement, rien n'est prévu et chacun bricole dans son coin.",
    "C'est intéressant pour différencier les exercices selon le niveau des élèves.",
    "Les familles ne sont pas assez informées de ce qui se fait en classe.",
    "Le numérique ne remplacera jamais la relation humaine entre un professeur et sa classe.",
    "On manque de matériel : la moitié des ordinateurs de la salle informatique ne démarrent plus.",
    "L'IA pourrait alléger les tâches administratives, qui deviennent écrasantes.",
    "Il faudrait une charte claire, votée en conseil d'administration.",
    "Les élèves s'en servent déjà ; autant leur apprendre à le faire intelligemment.",
    "Je reste réservé tant qu'on ne sait pas où partent les données.",
    "Pour les élèves allophones, la traduction automatique est une aide précieuse.",
    "L'évaluation doit évoluer : plus d'oral, moins de devoirs écrits à rendre.",
    "Les inégalités d'accès risquent de se creuser entre les familles.",
    "Je n'ai pas d'avis tranché, j'attends les premiers retours d'expérience.",
    "Tout cela demande un temps de préparation que nous n'avons pas.",
    "La question de la souveraineté des outils me paraît centrale.",
    "C'est une belle occasion de travailler l'esprit critique.",
    "En lycée professionnel, cela peut aider à rédiger les rapports de stage.",
    "En maternelle, la question ne se pose pas vraiment.",
    "Il faut que l'institution protège juridiquement les enseignants qui expérimentent.",
    "La consommation énergétique de ces outils m'inquiète beaucoup.",
    "Les AESH pourraient s'appuyer sur l'IA pour adapter les supports.",
    "Les erreurs énoncées avec aplomb sont un vrai danger pédagogique.",
    "Je m'en sers pour préparer des quiz, cela me fait gagner un temps fou.",
    "Il faudrait des outils hébergés en Europe et conformes au RGPD.",
    "La vie scolaire pourrait repérer plus tôt le décrochage, mais avec prudence.",
    "Les élèves doivent apprendre à citer leurs sources, y compris une IA.",
    "Franchement, on en fait trop : revenons aux fondamentaux.",
    "Mon enfant apprend mieux quand il explique à voix haute qu'en discutant avec une machine.",
    "La commune finance les tablettes, mais personne ne nous a demandé notre avis sur les usages.",
    "Le conseil municipal souhaite un cadre commun à toutes les écoles de la ville.",
    "On demande aux enseignants d'innover sans leur donner de temps de concertation.",
    "Les correcteurs automatiques sont utiles, mais ils uniformisent l'écriture.",
    "Je suis favorable à une expérimentation limitée, évaluée au bout d'un an.",
    "Les élèves à besoins particuliers pourraient en profiter les premiers.",
    "Il faut aussi penser aux personnels administratifs, souvent oubliés dans ces débats.",
    "Interdire ne sert à rien, les élèves ont tous un téléphone dans la poche.",
    "J'aimerais des formations concrètes, pas des conférences de deux heures.",
    "Le risque de dépendance intellectuelle est réel dès le collège.",
    "Les questions éthiques doivent être abordées en EMC.",
    "Nous avons besoin de ressources validées par l'institution.",
    "Les plateformes gratuites se paient avec nos données.",
    "L'IA ne doit jamais décider seule d'une orientation ou d'une sanction.",
    "Pour les devoirs notés, revenons au papier et au crayon en classe.",
    "Les agents de la cantine et de l'entretien devraient aussi être consultés.",
    "Je constate une vraie curiosité des élèves, qu'il faut accompagner.",
    "Les enseignants remplaçants n'ont même pas accès à l'ENT, alors l'IA...",
]
Q = "Que pensez-vous de l'usage de l'IA dans les établissements scolaires ?"

# --------------------------------------------------------------------------- #
# addresses
# --------------------------------------------------------------------------- #

CITIES = [tuple(x.split(" ", 1)) for x in L("""75011 Paris, 75005 Paris, 75019 Paris,
75116 Paris, 69003 Lyon, 69007 Lyon, 13008 Marseille, 13013 Marseille,
31000 Toulouse, 31400 Toulouse, 33000 Bordeaux, 59000 Lille, 44000 Nantes,
67100 Strasbourg, 34000 Montpellier, 35700 Rennes, 76600 Le Havre, 17000 La Rochelle,
85100 Les Sables-d'Olonne, 94240 L'Haÿ-les-Roses, 93200 Saint-Denis,
97400 Saint-Denis, 91700 Sainte-Geneviève-des-Bois, 59650 Villeneuve-d'Ascq,
51000 Châlons-en-Champagne, 13100 Aix-en-Provence, 92100 Boulogne-Billancourt,
43000 Le Puy-en-Velay, 95290 L'Isle-Adam, 42000 Saint-Étienne,
92130 Issy-les-Moulineaux, 93100 Montreuil, 59100 Roubaix, 20000 Ajaccio,
20200 Bastia, 20250 Corte, 20137 Porto-Vecchio, 20260 Calvi, 97200 Fort-de-France,
97110 Pointe-à-Pitre, 97300 Cayenne, 97600 Mamoudzou, 97410 Saint-Pierre,
97430 Le Tampon, 97122 Baie-Mahault, 98800 Nouméa, 98713 Papeete, 06000 Nice,
01000 Bourg-en-Bresse, 02100 Saint-Quentin, 08000 Charleville-Mézières,
29200 Brest, 56000 Vannes, 64500 Saint-Jean-de-Luz, 66000 Perpignan,
73000 Chambéry, 38000 Grenoble, 25000 Besançon, 63000 Clermont-Ferrand,
87000 Limoges, 80000 Amiens, 62300 Lens, 57000 Metz, 68100 Mulhouse,
45000 Orléans, 72000 Le Mans, 14000 Caen, 50100 Cherbourg-en-Cotentin,
46000 Cahors, 84000 Avignon, 30000 Nîmes, 19100 Brive-la-Gaillarde,
04000 Digne-les-Bains, 69100 Villeurbanne, 94000 Créteil, 93300 Aubervilliers,
77100 Meaux, 91000 Évry-Courcouronnes, 13300 Salon-de-Provence, 35400 Saint-Malo,
50000 Saint-Lô, 39000 Lons-le-Saunier, 71100 Chalon-sur-Saône,
01210 Ferney-Voltaire, 74100 Annemasse, 57100 Thionville, 62200 Boulogne-sur-Mer,
85000 La Roche-sur-Yon, 46330 Saint-Cirq-Lapopie, 64220 Saint-Jean-Pied-de-Port,
23200 Aubusson, 71250 Cluny, 48400 Florac Trois Rivières, 12100 Millau,
22700 Perros-Guirec, 95000 Cergy, 16000 Angoulême, 97150 Saint-Martin""")]

STREET_TYPES = [  # (forms, weight)
    (["rue", "rue", "rue", "Rue", "Rue", "RUE", "r."], 14),
    (["avenue", "Avenue", "av.", "Av.", "AV", "ave"], 6),
    (["boulevard", "Boulevard", "bd", "Bd", "BD", "bld", "Bvd", "boul."], 5),
    (["place", "Place", "pl."], 2), (["impasse", "Impasse", "imp."], 2),
    (["allée", "Allée", "allee", "all."], 2), (["chemin", "Chemin", "ch.", "chem."], 2),
    (["route", "Route", "rte", "RTE"], 2), (["quai", "Quai"], 1), (["cours", "Cours"], 1),
    (["square", "sq."], 1), (["passage", "Passage", "pass."], 1), (["cité", "Cité"], 1),
    (["villa", "Villa"], 1), (["lotissement", "lot.", "Lotissement"], 1), (["sentier"], 1),
    (["voie"], 1), (["mail"], 1), (["esplanade"], 1), (["promenade"], 1), (["rond-point"], 1),
    (["parvis"], 1), (["montée", "Montée"], 1), (["traverse"], 1), (["ruelle"], 1), (["sente"], 1),
    (["venelle"], 1), (["clos", "Clos"], 1), (["domaine"], 1), (["chaussée"], 1),
]
STREET_NAMES = L("""de la République, Victor-Hugo, Victor Hugo, du Général Leclerc,
du Général-de-Gaulle, des Lilas, Jean Moulin, du 8 Mai 1945, du 11 Novembre 1918,
du 19 Mars 1962, de l'Église, Saint-Exupéry, Pasteur, Gambetta, de Verdun, de la Paix,
Émile-Zola, des Frères-Lumière, du Docteur Schweitzer, Simone Veil, Aimé Césaire,
de Strasbourg, du Moulin, de la Gare, des Écoles, Marie-Curie,
Paul Vaillant-Couturier, Jean-Baptiste Clément, de l'Abbé-Pierre, Nelson-Mandela,
d'Alsace-Lorraine, de la Libération, Louise Michel, du Château-d'Eau, des Tanneurs,
de la Fontaine, du Pont-Neuf, des Trois-Cailloux, Saint-Jacques, de Paris,
des Martyrs, Jean Jaurès, Aristide Briand, Georges Clemenceau, Frédéric Mistral,
des Vignes, des Acacias, des Peupliers, du Stade, de la Mairie, du Commerce,
des Capucins, Ampère, Lamartine, Molière, Voltaire, du Port, Ernest Renan,
de la Croix-Rousse, Pierre et Marie Curie, des Hirondelles, du Bois-Joli,
Rouget-de-Lisle, Condorcet, Toussaint-Louverture, Gaston Monnerville, Félix Éboué,
Camille Claudel, Olympe de Gouges, Joséphine Baker, de la Résistance, Fesch,
Pascal Paoli, Napoléon, Schœlcher, de la Ravine, des Flamboyants, du Maréchal Foch,
Sainte-Catherine, des Cordeliers, de l'Hôtel-de-Ville, du Président Wilson, Foch""")
FAUBOURG = ["rue du Faubourg", "faubourg", "fbg", "Fg", "rue du Fg", "Faubourg"]
FAUBOURG_NAMES = ["Saint-Antoine", "Saint-Honoré", "Poissonnière", "de Pierre", "Saint-Denis", "du Temple", "Bonnefoy"]
GRANDE_RUE = ["Grande Rue", "Grande-Rue", "Grand'Rue", "Grand Rue", "grande rue"]
RESIDENCES = L("""Les Glycines, Le Clos Fleuri, du Parc, Les Hauts de Saône, Bellevue,
Le Belvédère, Les Terrasses du Port, Le Panoramique, Les Cèdres, Saint-Exupéry,
Les Flamboyants, Le Galion""")
LIEUX = L("""Lieu-dit Les Granges, lieu-dit La Croix Blanche, Lieudit Le Moulin d'en Bas,
LD Les Combes, Lieu-dit « La Borie », Hameau de Coste-Belle, hameau du Pradel,
Hameau des Essarts, Le Bourg, La Métairie, Mas de la Font, Domaine de Bel-Air,
Ferme de la Garenne, Lieu dit Pen ar Hoat, Hameau de Champ-Long""")
ZONES = L("""ZI des Paluds, Z.I. Nord, ZA du Moulin, ZAC de la Plaine, Zone artisanale des Près,
Parc d'activités de la Vallée, ZI de la Gare, Technopôle Brest-Iroise,
Zone d'activités Les Portes du Sud""")


def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


def wchoice(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def hnum(r):
    n = r.choice([r.randint(1, 12), r.randint(1, 40), r.randint(1, 160), r.randint(100, 1200)])
    v = r.random()
    if v < 0.58:
        return str(n)
    if v < 0.82:
        return str(n) + r.choice([" bis", " bis", "bis", " ter", " ter", "ter", " B", "B", "b", " A",
                                   " quater", " BIS", " C"])
    return r.choice([f"{n}-{n + 2}", f"{n} à {n + 4}", f"{n}/{n + 2}", f"{n}-{n + 1}", f"{n} et {n + 2}"])


def street_core(r):
    v = r.random()
    if v < 0.04:
        return r.choice(FAUBOURG) + " " + r.choice(FAUBOURG_NAMES)
    if v < 0.07:
        return r.choice(GRANDE_RUE)
    t = r.choice(wchoice(r, STREET_TYPES))
    return f"{t} {r.choice(STREET_NAMES)}"


def street_line(r):
    core, h = street_core(r), hnum(r)
    v = r.random()
    if v < 0.52:
        return f"{h} {core}"
    if v < 0.70:
        return f"{h}, {core}"
    if v < 0.78:
        return f"{r.choice(['n° ', 'N° ', 'n°', 'N°'])}{h} {core}"
    return f"{core}{r.choice([', n° ', ' n°', ', N° ', ', ', ' n° '])}{h}"


def pre_comps(r, n):
    """n complements that come before the street, from distinct groups."""
    groups = [lambda: r.choice([f"Résidence {r.choice(RESIDENCES)}", f"Rés. {r.choice(RESIDENCES)}",
                                f"résidence {r.choice(RESIDENCES)}",
                                f"Immeuble {r.choice(['Le Président', 'Les Arcades', 'Horizon'])}",
                                f"Tour {r.choice(['Pleyel', 'Anjou', 'B', 'Les Mûriers'])}"]),
              lambda: r.choice([f"Bât. {r.choice('ABCDEFG')}", f"Bâtiment {r.choice('ABCD')}{r.randint(1, 4)}",
                                f"bât {r.choice('ABC')}", f"Entrée {r.choice('ABC')}{r.randint(1, 3)}"]),
              lambda: r.choice([f"Esc. {r.randint(1, 6)}", f"Escalier {r.choice('ABCD')}"])]
    idx = sorted(r.sample(range(len(groups)), n))
    return [groups[i]() for i in idx]


def post_comps(r, n):
    """n complements that come after the street, from distinct groups, in any order."""
    k = r.randint(2, 12)
    groups = [lambda: r.choice([f"Apt {r.randint(1, 80)}", f"appt {r.randint(1, 400)}", f"Appt. {r.randint(1, 90)}",
                                f"Appartement {r.randint(1, 60)}", f"Logt {r.randint(1, 200)}", f"boîte {r.randint(1, 99)}"]),
              lambda: r.choice([f"{k}e étage", f"{k}ème étage", f"{k}e ét.", f"étage {k}", "RDC", "rez-de-chaussée",
                                "1er étage", "RDC gauche"]),
              lambda: r.choice([f"porte {r.randint(1, 40)}", "porte gauche", "porte droite"]),
              lambda: r.choice([f"esc. {r.choice('ABC')}", f"bât. {r.choice('ABCDEF')}"])]
    return [groups[i]() for i in r.sample(range(len(groups)), n)]


def box_item(r):
    return r.choice([f"BP {r.randint(1, 999)}", f"B.P. {r.randint(1, 999)}", f"BP{r.randint(10, 999)}",
                     f"CS {r.randint(10000, 99999)}", f"CS{r.randint(10000, 99999)}",
                     f"TSA {r.randint(10000, 99999)}"])


def town_variant(r, town):
    v = r.random()
    if v < 0.18:
        return town.upper()
    if v < 0.26:
        return strip_acc(town).upper()
    if v < 0.32:
        return town.lower()
    if v < 0.38:
        return strip_acc(town)
    if v < 0.46 and "Saint" in town:
        return town.replace("Sainte-", "Ste-").replace("Saint-", "St-").replace("Saint ", "St ")
    return town


def city_item(r, pc, town, cedex=False, sep=None):
    t = town_variant(r, town)
    if cedex:
        pc = pc[:2] + f"{r.randint(0, 999):03d}"
        c = r.choice(["CEDEX", "CEDEX", "Cedex", "cedex"])
        if r.random() < 0.6:
            c += " " + r.choice([str(r.randint(1, 20)), f"{r.randint(1, 20):02d}"])
        t = f"{t} {c}"
    v = r.random()
    if v < 0.08:
        pc = pc[:2] + " " + pc[2:]
    elif v < 0.11:
        pc = "F-" + pc
    if sep is None:
        sep = r.choice([" "] * 14 + [", ", " - ", " – ", "/", " / ", "  "])
    return f"{pc}{sep}{t}"


def typo(r, s):
    words = [i for i, w in enumerate(s.split(" ")) if len(w) >= 5 and w.isalpha()]
    if not words:
        return s
    ws = s.split(" ")
    i = r.choice(words)
    w = ws[i]
    j = r.randint(1, len(w) - 2)
    op = r.random()
    if op < 0.4:
        w = w[:j] + w[j + 1:]
    elif op < 0.75:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    else:
        w = w[:j] + w[j] + w[j:]
    ws[i] = w
    return " ".join(ws)


def restyle(r, s):
    v = r.random()
    if v < 0.07:
        s = s.upper()
    elif v < 0.14:
        s = strip_acc(s).upper()
    elif v < 0.19:
        s = s.lower()
    elif v < 0.26:
        s = strip_acc(s)
    if r.random() < 0.10:
        s = typo(r, s)
    return s


def fr_address(r, mode="block", org=False, end="city", pre=True):
    """mode: block (lines) or inline; end: city, postcode, street or a_city."""
    pc, town = r.choice(CITIES)
    while end == "a_city" and town.startswith(("Le ", "Les ")):  # « à Le Havre » is not French
        pc, town = r.choice(CITIES)
    items, cedex = [], False
    kr = r.random()
    if end == "city" and kr < 0.10:
        items.append(r.choice(LIEUX))
        if r.random() < 0.45:
            items.append(street_line(r))
    elif end == "city" and kr < 0.16:
        items.append(r.choice(ZONES))
        if r.random() < 0.7:
            items.append(street_line(r))
    else:
        if pre:
            items += pre_comps(r, r.choice([0, 0, 0, 0, 0, 1, 1, 1, 2]))
        items.append(street_line(r))
        if end == "city":
            items += post_comps(r, r.choice([0, 0, 0, 0, 1, 1, 2]))
    if end == "city" and ((org and r.random() < 0.55) or r.random() < 0.06):
        items.append(box_item(r))
        cedex = r.random() < 0.8
    elif end == "city" and org and r.random() < 0.2:
        cedex = True
    if mode == "block":
        lines = [items[0]]
        for it in items[1:]:
            if len(lines) < 4 and r.random() < 0.6:
                lines.append(it)
            else:
                lines[-1] += r.choice([", ", ", ", " - ", " "]) + it
        body = "\n".join(lines)
    else:
        body = r.choice([", ", ", ", " - ", " "]).join(items)
    if end == "street":
        s = body
    elif end == "postcode":
        s = body + r.choice([", ", " ", " - "]) + pc
    elif end == "a_city":
        s = body + " à " + town_variant(r, town)
    else:
        if mode == "block":
            sep = "\n" if r.random() < 0.05 else None
            s = body + "\n" + city_item(r, pc, town, cedex, sep)
        else:
            s = body + r.choice([", ", ", ", " ", " - ", " – ", ", "]) + city_item(r, pc, town, cedex)
    return restyle(r, s)


BE_STREETS = L("""rue de la Loi, avenue Louise, chaussée de Waterloo, rue Neuve, boulevard d'Avroy,
rue des Bouchers, avenue de Tervueren, rue du Marché aux Herbes, Kerkstraat,
chaussée de Charleroi, place Saint-Lambert""")
BE_CITIES = [tuple(x.split(" ", 1)) for x in L("""1000 Bruxelles, 1050 Ixelles, 1060 Saint-Gilles,
4000 Liège, 5000 Namur, 7000 Mons, 6000 Charleroi, 1348 Louvain-la-Neuve, 9000 Gand,
1180 Uccle, 6700 Arlon, 1410 Waterloo""")]
CH_STREETS = L("""rue du Rhône, chemin des Vignes, avenue de la Gare, Bahnhofstrasse,
route de Chêne, rue de Lausanne, Grand-Rue, avenue de Rumine, quai du Seujet""")
CH_CITIES = [tuple(x.split(" ", 1)) for x in L("""1204 Genève, 1003 Lausanne, 1009 Pully,
2000 Neuchâtel, 1700 Fribourg, 1950 Sion, 8001 Zurich, 3011 Berne, 1227 Carouge, 1260 Nyon,
2300 La Chaux-de-Fonds, 1225 Chêne-Bourg""")]
LU_STREETS = L("""rue de la Gare, route d'Arlon, boulevard Royal, avenue de la Liberté,
rue de Hollerich, Grand-Rue, rue Principale, rue de l'Alzette""")
LU_CITIES = [tuple(x.split(" ", 1)) for x in L("""1611 Luxembourg, 4011 Esch-sur-Alzette,
8009 Strassen, 9010 Ettelbruck, 3401 Dudelange, 1470 Luxembourg, 4750 Pétange""")]


def foreign_address(r, region, mode="block"):
    n = r.randint(1, 220)
    if region == "be":
        st = r.choice(BE_STREETS)
        line = r.choice([f"{st} {n}", f"{st}, {n}", f"{n}, {st}", f"{st} {n} bte {r.randint(1, 30)}",
                         f"{st} {n}/{r.randint(1, 12)}", f"{st} {n} boîte {r.randint(1, 30)}"])
        pc, c = r.choice(BE_CITIES)
        cl = r.choice([f"{pc} {c}", f"B-{pc} {c}", f"{pc} {c.upper()}"])
        country = r.choice(["Belgique", "BELGIQUE", "Belgique"])
    elif region == "ch":
        st = r.choice(CH_STREETS)
        line = r.choice([f"{st} {n}", f"{st} {n}", f"{n}, {st}", f"{st} {n}, case postale {r.randint(100, 999)}"])
        pc, c = r.choice(CH_CITIES)
        cl = r.choice([f"{pc} {c}", f"CH-{pc} {c}", f"CH - {pc} {c.upper()}"])
        country = r.choice(["Suisse", "SUISSE", "Suisse"])
    else:
        st = r.choice(LU_STREETS)
        line = r.choice([f"{n}, {st}", f"{n} {st}", f"{n}, {st}"])
        pc, c = r.choice(LU_CITIES)
        cl = r.choice([f"L-{pc} {c}", f"L-{pc} {c.upper()}", f"L - {pc} {c}"])
        country = r.choice(["Luxembourg", "LUXEMBOURG", "Grand-Duché de Luxembourg"])
    parts = [line, cl] + ([country] if r.random() < 0.85 else [])
    if mode == "block":
        if r.random() < 0.3:
            parts = [r.choice([f"Résidence {r.choice(RESIDENCES)}", f"{r.randint(1, 6)}e étage"])] + parts
        return "\n".join(parts)
    return ", ".join(parts)


# --------------------------------------------------------------------------- #
# identifiers
# --------------------------------------------------------------------------- #

UAI_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ"


def alnum(s):
    return "".join(c for c in s.upper() if c.isalnum())


def nir_valid(s):
    d = alnum(s)
    if len(d) != 15:
        return False
    body = d[:5] + {"2A": "19", "2B": "18"}.get(d[5:7], d[5:7]) + d[7:13]
    return body.isdigit() and 97 - int(body) % 97 == int(d[13:])


def iban_valid(s):
    d = alnum(s)
    x = d[4:] + d[:4]
    return int("".join(str(int(c, 36)) for c in x)) % 97 == 1


def uai_valid(s):
    d = alnum(s)
    return len(d) == 8 and d[:7].isdigit() and UAI_ALPHA[int(d[:7]) % 23] == d[7]


class KeyPlan:
    """About 40 % wrong check keys per kind, drawn from shuffled decks of 5."""

    def __init__(self, r):
        self.r, self.deck = r, {}

    def bad(self, kind):
        d = self.deck.get(kind)
        if not d:
            d = [True] * 2 + [False] * 3
            self.r.shuffle(d)
            self.deck[kind] = d
        return d.pop()


KEYS = KeyPlan(R)
NIR_DEPTS = L("75, 69, 13, 59, 93, 33, 31, 44, 67, 62, 76, 35, 34, 06, 92, 94, 29, 2A, 2B, 974, 971, 972, 973, 976, 99, 99")
COUNTRY_CODES = L("350, 352, 351, 341, 139, 134, 208, 243, 216, 127, 335, 326, 122, 131")


def nir(r):
    bad = KEYS.bad("NIR")
    d = r.choice(NIR_DEPTS)
    if len(d) == 3:
        loc = d + f"{r.randint(1, 24):02d}"
    elif d == "99":
        loc = d + r.choice(COUNTRY_CODES)
    else:
        loc = d + f"{r.randint(1, 600):03d}"
    body = r.choice("12") + f"{r.randint(0, 99):02d}" + f"{r.randint(1, 12):02d}" + loc + f"{r.randint(1, 999):03d}"
    num = int(body[:5] + {"2A": "19", "2B": "18"}.get(body[5:7], body[5:7]) + body[7:])
    key = 97 - num % 97
    if bad:
        key = r.choice([k for k in range(1, 98) if k != key])
    f = body + f"{key:02d}"
    parts = [f[0], f[1:3], f[3:5], f[5:7], f[7:10], f[10:13], f[13:15]]
    v = r.random()
    if v < 0.45:
        s = " ".join(parts)
    elif v < 0.62:
        s = f
    elif v < 0.70:
        s = ".".join(parts)
    elif v < 0.76:
        s = "-".join(parts)
    elif v < 0.86:
        s = f[:13] + " " + f[13:]
    elif v < 0.93:
        s = "\u00a0".join(parts)
    else:
        s = " ".join(parts[:6]) + " - " + parts[6]
    assert nir_valid(s) == (not bad), s
    return s


FR_BANKS = L("30004, 30002, 20041, 10278, 17515, 30003, 13335, 18206, 11315, 14505, 12506, 10096, 30066, 16275, 40618")


def iban_cc(cc, bban):
    return 98 - int("".join(str(int(c, 36)) for c in bban + cc + "00")) % 97


def digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def iban(r, region=None):
    bad = KEYS.bad("IBAN")
    if region == "be":
        cc, acc = "BE", digits(r, 10)
        chk = int(acc) % 97 or 97
        bban = acc + f"{chk:02d}"
    elif region == "ch":
        cc, bban = "CH", r.choice(["00762", "00243", "00767", "08390"]) + digits(r, 12)
    elif region == "lu":
        cc, bban = "LU", r.choice(["001", "002", "019", "014"]) + digits(r, 13)
    else:
        b, g, c = r.choice(FR_BANKS), digits(r, 5), digits(r, 11)
        k = 97 - ((89 * int(b) + 15 * int(g) + 3 * int(c)) % 97)
        cc, bban = "FR", b + g + c + f"{k:02d}"
    chk = iban_cc(cc, bban)
    if bad:
        chk = r.choice([k for k in range(2, 99) if k != chk])
    s = f"{cc}{chk:02d}{bban}"
    groups = [s[i:i + 4] for i in range(0, len(s), 4)]
    v = r.random()
    if v < 0.55:
        out = " ".join(groups)
    elif v < 0.72:
        out = s
    elif v < 0.79:
        out = "-".join(groups)
    elif v < 0.85:
        out = "\u00a0".join(groups)
    elif v < 0.93 and cc == "FR":
        out = f"{s[:4]} {s[4:9]} {s[9:14]} {s[14:25]} {s[25:]}"
    else:
        out = " ".join(groups).lower()
    assert iban_valid(out) == (not bad), out
    return out


def bic(r):
    return r.choice(["BNPAFRPPXXX", "SOGEFRPP", "PSSTFRPPLIL", "CMCIFR2A", "CCBPFRPPLYO", "AGRIFRPP882", "CEPAFRPP751"])


UAI_DEPTS = L("075, 069, 013, 033, 059, 062, 093, 094, 092, 031, 067, 044, 034, 035, 006, 029, 046, 073, 974, 971, 972, 973, 976, 620, 720")


def uai(r):
    bad = KEYS.bad("UAI")
    body = r.choice(UAI_DEPTS) + f"{r.randint(0, 3999):04d}"
    k = UAI_ALPHA[int(body) % 23]
    if bad:
        k = r.choice([c for c in UAI_ALPHA if c != k])
    s = wchoice(r, [(body + k, 14), (body + " " + k, 2), (body[:3] + " " + body[3:] + k, 2),
                    (body + k.lower(), 1), (body + "-" + k, 1)])
    assert uai_valid(s) == (not bad), s
    return s


def phone(r, region=None):
    if region == "be":
        return r.choice([f"+32 2 {r.randint(200, 799)} {r.randint(10, 99)} {r.randint(10, 99)}",
                         f"+32 47{r.randint(0, 9)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
                         f"0032 4 {r.randint(200, 399)} {r.randint(10, 99)} {r.randint(10, 99)}"])
    if region == "ch":
        return r.choice([f"+41 22 {r.randint(300, 899)} {r.randint(10, 99)} {r.randint(10, 99)}",
                         f"+41 79 {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
                         f"0041 21 {r.randint(300, 899)} {r.randint(10, 99)} {r.randint(10, 99)}"])
    if region == "lu":
        return r.choice([f"+352 26 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
                         f"+352 621 {r.randint(100, 999)} {r.randint(100, 999)}"])
    if r.random() < 0.12:
        loc, cc = r.choice([("0590", "590"), ("0690", "590"), ("0596", "596"), ("0696", "596"), ("0594", "594"),
                            ("0694", "594"), ("0262", "262"), ("0692", "262"), ("0693", "262"), ("0269", "262"),
                            ("0639", "262")])
        rest = [f"{r.randint(0, 99):02d}" for _ in range(3)]
        return r.choice([f"{loc} {' '.join(rest)}", f"{loc[:2]} {loc[2:]} {' '.join(rest)}",
                         f"+{cc} {loc[1:]} {' '.join(rest)}", f"{loc}{''.join(rest)}",
                         f"{loc}.{'.'.join(rest)}", f"00{cc} {loc[1:]} {' '.join(rest)}"])
    d = "0" + wchoice(r, [("1", 2), ("2", 1), ("3", 1), ("4", 2), ("5", 1), ("6", 5), ("7", 3), ("9", 1)]) + digits(r, 8)
    p = [d[i:i + 2] for i in range(0, 10, 2)]
    return wchoice(r, [(" ".join(p), 30), (".".join(p), 10), (d, 8), ("-".join(p), 4), ("\u00a0".join(p), 3),
                       (f"+33 {d[1]} {' '.join(p[1:])}", 12), (f"+33 (0){d[1]} {' '.join(p[1:])}", 5),
                       (f"+33(0){d[1:]}", 2), (f"0033 {d[1]} {' '.join(p[1:])}", 4), (f"+33{d[1:]}", 5),
                       (f"+33 {d[1]}.{'.'.join(p[1:])}", 3), (f"{p[0]} {d[2:5]} {d[5:8]} {d[8:]}", 1),
                       (f"+33 {d[1:4]} {d[4:7]} {d[7:]}", 1)])


PERSO_DOM = L("""gmail.com, orange.fr, wanadoo.fr, free.fr, laposte.net, sfr.fr, hotmail.fr, yahoo.fr,
outlook.fr, icloud.com, protonmail.com, live.fr, neuf.fr, bbox.fr""")
ACAD_DOM = L("""ac-lyon.fr, ac-versailles.fr, ac-creteil.fr, ac-aix-marseille.fr, ac-toulouse.fr,
ac-bordeaux.fr, ac-lille.fr, ac-nantes.fr, ac-reunion.fr, ac-corse.fr, ac-martinique.fr,
ac-guadeloupe.fr, ac-rennes.fr, ac-strasbourg.fr, ac-grenoble.fr, ac-normandie.fr""")
FOREIGN_DOM = {"be": ["skynet.be", "proximus.be", "gmail.com"], "ch": ["bluewin.ch", "gmail.com"],
               "lu": ["pt.lu", "gmail.com"]}


def fold(s):
    return "".join(c for c in strip_acc(s).lower() if c.isalnum() or c in ".-")


def obfuscate(r, local, dom):
    name, tld = dom.rsplit(".", 1)
    return r.choice([f"{local} [at] {dom}", f"{local}[at]{dom}", f"{local} (at) {dom}",
                     f"{local} arobase {dom}", f"{local} AT {name} DOT {tld}", f"{local} @ {dom}",
                     f"{local}[@]{dom}", f"{local} (arobase) {name} (point) {tld}",
                     f"{local}@{name}[.]{tld}", f"{local} at {name} dot {tld}"])


def email(r, p=None, acad=False, region=None, obf=0.15, school_box=False):
    if p is None and school_box:
        local = r.choice(["ce." + uai_plain(r).lower(), "secretariat", "direction", "intendance", "vie-scolaire"])
        dom = r.choice(ACAD_DOM) if local.startswith("ce.") else "college-" + fold(r.choice(SCHOOL_OTHER).split(" ")[-1]) + ".fr"
    elif p is None:
        local = r.choice(["secretariat", "contact", "direction", "vie.scolaire", "intendance", "ce." + alnum(uai_plain(r)).lower(),
                          "fcpe.conseil", "mairie", "ecoles", "numerique", "parents.delegues"])
        dom = r.choice(ACAD_DOM) if local.startswith("ce.") else r.choice(
            ["ville-" + fold(r.choice(CITIES)[1]) + ".fr", "orange.fr", "free.fr", "college-" + fold(r.choice(SCHOOL_OTHER).split(" ")[-1]) + ".fr"])
    else:
        f, l = fold(p.first.replace(" ", "")), fold(p.last.replace(" ", "").replace("'", ""))
        local = r.choice([f"{f}.{l}", f"{f}.{l}", f"{l}.{f}", f"{f[0]}{l}", f"{f}{l}{r.randint(1, 99)}",
                          f"{f}-{l}", f"{f}_{l}", f"{l}{f[0]}", f"{f}.{l}{r.randint(60, 99)}", f"{f[0]}.{l}"])
        if acad:
            local = f"{f}.{l}" + (str(r.randint(1, 9)) if r.random() < 0.2 else "")
            dom = r.choice(ACAD_DOM)
        elif region:
            dom = r.choice(FOREIGN_DOM[region])
        else:
            dom = r.choice(PERSO_DOM)
    if r.random() < obf:
        return obfuscate(r, local, dom)
    return f"{local}@{dom}"


def uai_plain(r):
    body = r.choice(UAI_DEPTS) + f"{r.randint(0, 3999):04d}"
    return body + UAI_ALPHA[int(body) % 23]


# --------------------------------------------------------------------------- #
# persons and segments
# --------------------------------------------------------------------------- #

TARGET = {"PERSONNE": 380, "ADRESSE": 110, "EMAIL": 50, "TELEPHONE": 50, "NIR": 50, "IBAN": 50, "UAI": 50}
DONE = Counter()        # entities of the rows accepted so far
PROGRESS = {"row": 0}   # index of the row being drawn


def steer(kind):
    """Weight multiplier that nudges optional elements towards the targets."""
    expected = PROGRESS["row"] / 400
    actual = DONE[kind] / TARGET[kind]
    return min(2.0, max(0.3, 1 + 3 * (expected - actual)))


def chance(r, p, kind):
    return r.random() < min(0.95, p * steer(kind))


def P(t): return ("PERSONNE", t)
def A(t): return ("ADRESSE", t)
def M(t): return ("EMAIL", t)
def T(t): return ("TELEPHONE", t)
def N(t): return ("NIR", t)
def I(t): return ("IBAN", t)
def U(t): return ("UAI", t)


class Person:
    def __init__(self, r, g=None):
        self.g = g or r.choice("fm")
        self.first = r.choice(FEM if self.g == "f" else MASC)
        self.last = r.choice(SUR)

    def fe(self, f, m):
        return f if self.g == "f" else m


def initial(first):
    return "-".join(x[0] + "." for x in first.split("-"))


def render(p, style):
    f, l = p.first, p.last
    if style == "I":
        return next(c for c in l if c.isupper()) + "."
    return {"fl": f"{f} {l}", "fL": f"{f} {l.upper()}", "Lf": f"{l.upper()} {f}", "lf": f"{l} {f}",
            "il": f"{initial(f)} {l}", "iL": f"{initial(f)} {l.upper()}", "li": f"{l} {initial(f)}",
            "fi": f"{f} {next(c for c in l if c.isupper())}.", "low": f"{f} {l}".lower(),
            "caps": f"{f} {l}".upper(), "l": l, "L": l.upper(), "f": f}[style]


TITLES = {"f": ["Mme ", "Mme ", "Mme ", "Madame ", "madame ", "Mlle ", "Dr ", "Pr ", "Me ", "Mme. "],
          "m": ["M. ", "M. ", "M. ", "Monsieur ", "monsieur ", "Mr ", "Mr. ", "Dr ", "Dr. ", "Docteur ", "Pr ", "Me "]}
STYLES_FREE = [("fl", 10), ("fL", 5), ("Lf", 4), ("lf", 1), ("il", 2), ("iL", 1), ("low", 1), ("caps", 1)]
STYLES_TITLE = [("fl", 6), ("fL", 4), ("l", 5), ("L", 2), ("il", 2), ("I", 2), ("li", 1), ("Lf", 1)]


def name(r, p, style=None, title=None):
    if title is None:
        title = r.random() < 0.4
    if style is None:
        style = wchoice(r, STYLES_TITLE if title else STYLES_FREE)
    txt = render(p, style)
    segs = [r.choice(TITLES[p.g])] if title else []
    if txt.endswith("."):
        segs += [P(txt[:-1]), "."]
    else:
        segs.append(P(txt))
    return segs


def school(r, people=0.7, prep=False):
    t = r.choice(SCHOOL_TYPES)
    n = r.choice(SCHOOL_PEOPLE) if r.random() < people else r.choice(SCHOOL_OTHER)
    if r.random() < 0.2:
        n = n.replace("-", " ")
    s = f"{t} {n}"
    if prep:
        return ("à l'" if t.startswith("école") or t.startswith("EREA") else "au ") + s
    return s


def de(x):
    return "du " + x[3:] if x.startswith("le ") else "de " + x


def hours(r):
    a, b = sorted(r.sample(range(7 * 4, 19 * 4), 2))
    f = r.choice(["{h} h {m:02d}", "{h}h{m:02d}", "{h}:{m:02d}"])
    return f.format(h=a // 4, m=a % 4 * 15), f.format(h=b // 4, m=b % 4 * 15)


def cap(s):
    return s[:1].upper() + s[1:]


def art(sc):
    return ("l'" if sc.startswith("école") or sc.startswith("EREA") else "le ") + sc


def role(r, g, prof):
    f, m = r.choice(ROLES[prof])
    return f if g == "f" else m


def date(r):
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2023, 2024, 2024, 2025])
    return r.choice([f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1]}"])


def hour(r):
    h, mi = r.randint(7, 19), r.choice([0, 15, 30, 45])
    return r.choice([f"{h} h {mi:02d}", f"{h}h{mi:02d}", f"{h}:{mi:02d}", f"{h} h" if mi == 0 else f"{h} h {mi}"])


def amount(r):
    v = r.random()
    if v < 0.4:
        return f"{r.randint(1, 99)} {r.randint(0, 999):03d} €"
    if v < 0.7:
        return f"{r.randint(5, 900)},{r.randint(0, 99):02d} €"
    return f"{r.randint(1, 9)} {r.randint(0, 999):03d},00 euros"


def count(r):
    return f"{r.randint(2, 99)} {r.randint(0, 9) * 100:03d}"


def addr_segs(r, mode="block", org=False, region=None, chez=0.07):
    segs = []
    if r.random() < chez:
        h = Person(r)
        lead = r.choice(["chez ", "Chez ", "c/o ", "C/O "])
        segs += [lead] + name(r, h, title=lead.lower().startswith("chez") and r.random() < 0.6) + \
            ["\n" if mode == "block" else ", "]
    s = foreign_address(r, region, mode) if region else fr_address(r, mode, org=org)
    segs.append(A(s))
    return segs


def contact(r, p, tel=0.5, mail=0.5, region=None, acad=False):
    segs = []
    if chance(r, tel, "TELEPHONE"):
        segs += [r.choice(["Tél. : ", "Tél : ", "Tel ", "Portable : ", "Mobile : ", "☎ ", "Téléphone : ", "tél. ", "Tél. "]),
                 T(phone(r, region)), "\n"]
    if chance(r, mail, "EMAIL"):
        segs += [r.choice(["Courriel : ", "E-mail : ", "Mail : ", "Mél : ", "", "✉ "]),
                 M(email(r, p, acad=acad, region=region)), "\n"]
    return segs


NIR_LABELS = ["N° de sécurité sociale : ", "n° de sécurité sociale : ", "NIR : ", "N° SS : ", "numéro de sécu : ",
              "N° INSEE : ", "Numéro d'immatriculation : ", "n° sécu ", "Sécurité sociale : "]
IBAN_LABELS = ["IBAN : ", "IBAN ", "Iban : ", "RIB (IBAN) : ", "Coordonnées bancaires — IBAN : ", "IBAN: "]
UAI_LABELS = ["UAI : ", "UAI ", "code UAI ", "RNE : ", "n° UAI ", "UAI/RNE : "]

# --------------------------------------------------------------------------- #
# texts without personal data and traps
# --------------------------------------------------------------------------- #


def header(r, prof):
    lab = PROFILE_LABELS[prof]
    return r.choice([f"Question : « {Q} »\nRéponse : ", f"Q : {Q}\nR : ",
                     f"Réponse n° {r.randint(1, 999)} — profil : {lab}\n", f"[{lab}] ", "",
                     f"{Q}\n> ", f"Consultation IA à l'école — contribution libre ({lab}) :\n"])


INSTANCES = ["du conseil pédagogique", "du conseil d'école", "du conseil d'administration",
             "du groupe de travail « IA et pédagogie »", "du comité de pilotage numérique",
             "du conseil de la vie collégienne", "de la commission éducation du conseil municipal"]
SAINT_TOWNS = ["Saint-Étienne", "Villeneuve-d'Ascq", "L'Haÿ-les-Roses", "Le Puy-en-Velay", "Saint-Denis",
               "Sainte-Foy-lès-Lyon", "Les Sables-d'Olonne", "La Roche-sur-Yon", "Saint-Jean-de-Luz",
               "L'Isle-Adam", "Saint-Malo", "Le Havre", "Saint-Pierre", "La Rochelle"]


def gen_none(r):
    v = r.random()
    prof = r.choice(list(ROLES))
    if v < 0.45:
        return [header(r, prof), " ".join(r.sample(OPINIONS, r.randint(1, 4)))]
    if v < 0.65:
        return [f"Compte rendu {r.choice(INSTANCES)} du {date(r)}\n",
                "Présents : ", r.choice(["la principale, le principal adjoint, six enseignants, deux représentants des parents",
                                         "le directeur, l'équipe enseignante au complet, deux ATSEM",
                                         "les membres de la commission, sauf un excusé",
                                         "la proviseure, la CPE, les délégués élèves de seconde"]), ".\n",
                f"1. Résultats du questionnaire : {r.randint(40, 900)} réponses, dont {r.randint(20, 80)} % d'enseignants.\n",
                "2. ", r.choice(OPINIONS), "\n3. ", r.choice(OPINIONS), "\n",
                f"Prochaine réunion le {date(r)} à {hour(r)}, salle {r.randint(100, 320)}."]
    if v < 0.82:
        return ["Madame, Monsieur,\n\n", " ".join(r.sample(OPINIONS, r.randint(2, 3))),
                "\n\nVeuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n",
                r.choice(["Le conseil d'école", "Les représentants des parents d'élèves", "L'équipe pédagogique",
                          "La direction", "Le bureau de l'association"])]
    return [r.choice(["Rappel : ", "Note aux personnels : ", "Info parents : ", "À retenir : "]),
            r.choice(["la formation « IA générative » aura lieu mercredi après-midi.",
                      "le questionnaire reste ouvert jusqu'à la fin du mois.",
                      "les résultats de la consultation seront présentés au prochain conseil.",
                      "merci de ne saisir aucune donnée d'élève dans un outil en ligne non validé."]),
            " ", r.choice(OPINIONS)]


def trap_sentence(r):
    pc, town = r.choice(WHOLE_TOWNS)
    ai1, ai2 = r.sample(AI_PRODUCTS, 2)
    b1, b2 = r.sample(BRANDS, 2)
    cls = r.choice(CLASSES)
    room = r.choice([str(r.randint(1, 320)), f"B{r.randint(100, 320)}", "du CDI", f"polyvalente {r.randint(1, 4)}"])
    year = r.randint(2019, 2026)
    opts = [
        lambda: f"{pc} {town} compte près de {count(r)} élèves scolarisés dans le public.",
        lambda: f"{cap(r.choice(STREETS_TALK))} est bloquée {r.choice(['lundi', 'jeudi', 'ce matin'])} : la réunion sur l'IA est déplacée en salle {room}, à {hour(r)}.",
        lambda: f"{cap(school(r, 1.0, prep=True))}, les élèves de {cls} ont comparé {ai1} et {ai2} sur un sujet d'histoire.",
        lambda: f"Le budget numérique, soit {amount(r)}, a été voté le {date(r)}.",
        lambda: f"L'article {r.choice(['L. 131-1', 'L. 312-9', 'L. 401-1', 'D. 111-2', 'R. 421-20'])} du Code de l'éducation et l'article {r.randint(5, 35)} du RGPD encadrent ces usages.",
        lambda: f"Les éditeurs {b1} et {b2} proposent désormais des exercices générés par IA.",
        lambda: f"{ai1} a proposé une correction fausse de l'exercice {r.randint(1, 60)} page {r.randint(10, 320)}.",
        lambda: f"Sortie scolaire : départ devant {r.choice(PLACES_PEOPLE)} " + "à {}, retour vers {}.".format(*hours(r)),
        lambda: f"Les {count(r)} élèves de l'académie passeront la certification Pix avant {year}.",
        lambda: f"{cap(art(school(r, 1.0)))}, situé près {de(r.choice(STREETS_TALK))}, accueille {r.randint(150, 1800)} élèves.",
        lambda: f"Réunion le {date(r)} à {hour(r)}, bâtiment {r.choice('ABCD')}, {r.randint(1, 4)}e étage, salle {room}.",
        lambda: f"Le marché n° {year}-{r.randint(1, 9999):04d} porte sur {r.randint(20, 900)} licences, pour {amount(r)}.",
        lambda: f"SIRET de l'association des parents : {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(10000, 99999)}.",
        lambda: f"Le chat de la loge, {r.choice(PETS)}, est devenu la mascotte du CDI.",
        lambda: f"Le code postal {pc} couvre toute la commune de {town}.",
        lambda: f"Selon une enquête de {year}, {r.randint(20, 90)} % des lycéens utilisent une IA chaque semaine.",
        lambda: f"{cap(r.choice(STREETS_TALK))} sera fermée du {date(r)} au {date(r)} pour travaux.",
        lambda: f"Le décret n° {year}-{r.randint(100, 1800)} du {date(r)} précise les conditions d'usage des outils numériques.",
        lambda: f"Le robot {r.choice(['Nao', 'Pepper', 'Thymio', 'Buddy'])} prêté par {b1} a beaucoup plu aux élèves de {cls}.",
        lambda: f"{ai1} ne remplace pas le dictionnaire {r.choice(['Le Robert', 'Larousse'])}.",
        lambda: f"La station {r.choice(STATIONS)} est fermée ; les élèves descendront à {r.choice(STATIONS)}.",
        lambda: f"Dossier n° {year}/{r.randint(10000, 99999)}, à rappeler dans toute correspondance (poste {r.randint(1000, 9999)}).",
        lambda: f"La version {r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)} de l'application de vie scolaire est déployée depuis le {date(r)}.",
        lambda: f"Classe de {cls} : {r.randint(12, 35)} élèves, dont {r.randint(1, 6)} en inclusion.",
        lambda: "{}, {} et {} participent à l'expérimentation.".format(*r.sample(SAINT_TOWNS, 3)),
        lambda: f"{cap(art(school(r, 1.0)))} de {r.choice(CITIES)[1]} a reçu le label « École numérique » en {year}.",
        lambda: f"Le magasin {r.choice(['Boulanger', 'Darty', 'Leclerc', 'Decathlon'])} de la zone commerciale a offert {r.randint(5, 60)} calculatrices.",
        lambda: "Le secrétariat est ouvert de {} à {}, bureau ".format(*hours(r)) + f"{room}.",
        lambda: f"Tarif : {amount(r)} par élève, moitié prix pour les familles boursières.",
        lambda: f"Les assistants {ai1}, {ai2} et {r.choice(['Albert', 'Lucie', 'Claude'])} ont été testés par {r.randint(3, 30)} établissements en {year}.",
        lambda: f"La Fondation {r.choice(['Jean-Jaurès', 'Abbé-Pierre', 'Michelin'])} publie une note sur l'IA à l'école.",
        lambda: f"Les élèves de {cls} ont visité {r.choice(PLACES_PEOPLE)} puis sont passés par {r.choice(STREETS_TALK)}.",
        lambda: f"Le {r.randint(1, 28)} {r.choice(MONTHS)}, journée banalisée : formation « IA et évaluation » " + "de {} à {}.".format(*hours(r)),
        lambda: f"En {year}, la ville a consacré {amount(r)} aux tablettes, soit {r.randint(10, 400)} € par classe.",
    ]
    return r.choice(opts)()


def gen_trap(r):
    n = r.randint(2, 4)
    segs = [r.choice(["", "", "Note d'information — ", "Extrait du bulletin municipal : ", header(r, r.choice(list(ROLES))),
                      "Réponse au questionnaire : "])]
    sents = []
    while len(sents) < n:  # distinct templates within one text
        t = trap_sentence(r)
        if t[:18] not in [x[:18] for x in sents]:
            sents.append(t)
    if r.random() < 0.5:
        sents.insert(r.randint(0, len(sents)), r.choice(OPINIONS))
    segs.append(" ".join(sents))
    return segs


# --------------------------------------------------------------------------- #
# survey answers with personal data
# --------------------------------------------------------------------------- #

def m_self(r, prof):
    p = Person(r)
    ro = role(r, p.g, prof)
    cls = r.choice(CLASSES)
    nm = name(r, p, style=wchoice(r, [("fl", 6), ("fL", 3), ("Lf", 2), ("low", 1), ("caps", 1)]), title=False)
    opts = [["Je suis "] + nm + [f", {ro} {school(r, prep=True)}. "],
            ["Bonjour, "] + nm + [f", {ro}. "],
            [f"{ro[0].upper() + ro[1:]} depuis {r.randint(2, 30)} ans, je m'appelle "] + nm + [". "],
            ["Moi c'est ", P(p.first), f", {ro}{' en ' + cls if prof == 'enseignant' else ''}. "]]
    if prof == "elu":
        opts.append(["En tant qu'", "élu" if p.g == "m" else "élue", " (", P(f"{p.first} {p.last}"),
                     f", {ro}), je constate que les écoles avancent en ordre dispersé. "])
    return r.choice(opts), p


def m_colleague(r):
    q = Person(r)
    ro = role(r, q.g, r.choice(["enseignant", "personnel", "direction"]))
    cls = r.choice(CLASSES)
    col = q.fe("Ma collègue ", "Mon collègue ")
    opts = [[col, P(q.first), f", {ro}, l'utilise déjà pour préparer ses séquences. "],
            ["Avec "] + name(r, q, title=False) + [f" ({ro}), nous avons testé un outil en {cls}. "],
            [q.fe("Notre ", "Notre "), ro, ", ", P(q.first), ", trouve que les élèves y passent trop de temps. "],
            ["Comme le dit souvent "] + name(r, q, title=True) + [
                ", notre " + q.fe("proviseure", "proviseur") + ", « l'outil ne remplace pas le geste professionnel ». "],
            [P(q.first), f" ({ro}) m'a montré comment générer des exercices différenciés. "],
            ["Le projet est porté par "] + name(r, q, title=True) + [f", {ro}. "],
            [col] + name(r, q, style="fL", title=False) + [" a été " + q.fe("convoquée", "convoqué") +
                                                             " pour avoir utilisé une IA pour ses bulletins. "]]
    return r.choice(opts)


def m_pupil(r):
    c, o = Person(r), Person(r)
    cls = r.choice(CLASSES)
    kid = c.fe("Ma fille ", "Mon fils ")
    opts = [[kid, P(c.first), f" ({cls}) me dit que toute sa classe s'en sert. "],
            [f"Un élève de {cls}, ", P(c.first), ", m'a rendu un devoir entièrement rédigé par une IA. "],
            [kid, P(f"{c.first} {c.last}"), f", en {cls} {school(r, prep=True)}, n'a jamais eu de cours sur le sujet. "],
            [f"En {cls}, ", P(c.first), " et ", P(o.first), " ont fait un exposé sur les biais des algorithmes. "],
            ["L'élève "] + name(r, c, style=r.choice(["Lf", "fL", "fl"]), title=False) +
            [f" ({cls}) a été " + c.fe("accusée", "accusé") + " de plagiat alors que tout était de sa main. "],
            [P(c.first), f", en {cls}, a demandé à {r.choice(AI_PRODUCTS)} de résumer un chapitre : trois erreurs sur dix lignes. "]]
    return r.choice(opts)


def m_public(r):
    pf, au = r.choice(PUBLIC), r.choice(AUTHORS)
    opts = [["Je rejoins ce qu'a déclaré ", P(pf), " : ", r.choice(OPINIONS), " "],
            ["Les propos de ", P(pf), " sur l'IA m'ont plutôt ", r.choice(["inquiété", "rassuré"]), ". "],
            ["Mes élèves ont demandé à une IA d'écrire un poème à la manière de ", P(au), " : le résultat était plat. "],
            ["On cite souvent ", P(pf), ", mais qui a vraiment lu ses textes ? "],
            ["Une IA m'a affirmé que ", P(au), " avait reçu le prix Nobel en ", str(r.randint(1950, 2020)), ". "]]
    return r.choice(opts)


def m_contact(r, p):
    p = p or Person(r)
    se, st = steer("EMAIL"), steer("TELEPHONE")
    i = wchoice(r, [(0, se), (1, st), (2, 1.0), (3, se)])
    opts = [["Pour en discuter, écrivez-moi à ", M(email(r, p, acad=r.random() < 0.4, obf=0.3)), ". "],
            ["Joignable au ", T(phone(r)), " après 17 h. "],
            ["Mon mail : ", M(email(r, p, obf=0.3)), " / tél ", T(phone(r)), ". "],
            ["Je suis disponible pour un entretien, écrivez à ", M(email(r, p, obf=0.4)), ". "]]
    return opts[i]


def m_addr(r):
    end = r.choice(["city", "city", "a_city", "a_city", "street", "postcode"])
    a = fr_address(r, mode="inline", end=end, pre=r.random() < 0.2)
    au = "au " if a[0].isdigit() or a.lower().startswith("n°") else ""
    opts = [["J'habite " + au, A(a), ", juste en face de l'école, et le soir les élèves sont tous rivés à leur téléphone. "],
            ["Pour les documents papier, écrivez-moi : ", A(a), ". "],
            ["Nous vivons " + au, A(a), " et l'école la plus proche n'a même pas de wifi. "],
            ["(Adresse pour le retour du questionnaire : ", A(a), ".) "]]
    return r.choice(opts)


def m_uai(r):  # options are built lazily so that no check-key draw is wasted
    return r.choice([lambda: ["Notre établissement (UAI ", U(uai(r)), ") n'a reçu aucune consigne. "],
                     lambda: [cap(school(r, prep=True)) + ", code RNE ", U(uai(r)), ", personne n'a été formé. "],
                     lambda: ["Pour info, notre UAI est ", U(uai(r)), ". "],
                     lambda: ["L'établissement ", U(uai(r)), " n'apparaît même pas dans la liste des sites pilotes. "]])()


def m_nir(r):
    return r.choice([lambda: ["On m'a demandé mon numéro de sécurité sociale (", N(nir(r)), ") pour créer un compte sur une plateforme, c'est inacceptable. "],
                     lambda: ["La plateforme affichait mon NIR en clair : ", N(nir(r)), ". "],
                     lambda: ["Même la mutuelle ne demande pas autant : n° sécu ", N(nir(r)), " exigé pour un simple quiz ! "]])()


def m_iban(r):
    return r.choice([lambda: ["La mairie a fait payer l'abonnement aux familles ; j'ai dû donner mon IBAN ", I(iban(r)), ". "],
                     lambda: ["Le remboursement de la sortie est arrivé sur le mauvais compte (", I(iban(r)), ") à cause d'un formulaire rempli automatiquement. "]])()


def m_sig(r, p):
    if p is None:
        p = Person(r)
    ro = role(r, p.g, "parent")
    return r.choice([["\n— "] + name(r, p, style=r.choice(["il", "fl", "fi"]), title=False),
                     ["\n", P(p.first), f", {ro}"],
                     ["\n"] + name(r, p, style=r.choice(["fL", "Lf", "caps", "low"]), title=False)])


def gen_survey(r):
    prof = wchoice(r, [("enseignant", 4), ("parent", 3), ("direction", 1), ("personnel", 2), ("elu", 1)])
    segs = [header(r, prof)]
    me = None
    if chance(r, 0.2, "PERSONNE"):
        s, me = m_self(r, prof)
        segs.append(s)
    mid = [o + " " for o in r.sample(OPINIONS, r.randint(1, 3))]
    sp = steer("PERSONNE")
    pool = [(lambda: m_colleague(r), 3.5 * sp), (lambda: m_pupil(r), 3 * sp), (lambda: m_public(r), 2 * sp),
            (lambda: m_contact(r, me), 2.0 * (steer("EMAIL") + steer("TELEPHONE")) / 2),
            (lambda: m_addr(r), 1.5 * steer("ADRESSE")), (lambda: m_uai(r), 1.7 * steer("UAI")),
            (lambda: m_nir(r), 1.7 * steer("NIR")), (lambda: m_iban(r), 1.6 * steer("IBAN"))]
    for _ in range(r.choice([1, 1, 1, 2])):
        mid.append(wchoice(r, pool)())
    r.shuffle(mid)
    segs += mid
    if chance(r, 0.1, "PERSONNE"):
        segs.append(m_sig(r, me))
    return segs


# --------------------------------------------------------------------------- #
# letters and forms
# --------------------------------------------------------------------------- #

SUBJECTS = ["Consultation sur l'IA à l'école — suite à donner", "Demande de rendez-vous", "Remboursement de frais",
            "Inscription à l'atelier « IA et citoyenneté »", "Livraison de matériel informatique",
            "Retour sur le questionnaire", "Participation au groupe de travail départemental", "Changement d'adresse"]
CLOSINGS = ["Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
            "Je vous prie de croire à l'assurance de ma considération.", "Bien cordialement,", "Cordialement,",
            "Avec mes remerciements,", "Respectueusement,"]


def region_draw(r, p=0.1):
    return r.choice(["be", "ch", "lu"]) if r.random() < p else None


def recipient(r):
    v = r.random()
    if 0.55 <= v < 0.68 or (v < 0.55 and not chance(r, 0.8, "ADRESSE")):
        q = Person(r)
        return ["À l'attention de "] + name(r, q, title=True) + [f", {role(r, q.g, 'direction')}\n"]
    if v < 0.25:
        return [r.choice(["Madame la Principale", "Monsieur le Proviseur", "Madame la Directrice",
                          "Monsieur le Directeur académique", "Madame la Maire", "Monsieur le Président"]), "\n",
                r.choice([school(r), "Mairie de " + r.choice(CITIES)[1], "Direction des services départementaux",
                          "Rectorat — Délégation au numérique"]), "\n", A(fr_address(r, "block", org=True)), "\n"]
    if 0.4 <= v < 0.55:
        q = Person(r)
        return [r.choice(["À l'attention de ", ""])] + name(r, q, title=True) + \
            ["\n", role(r, q.g, r.choice(["direction", "elu"])), "\n", school(r), "\n",
             A(fr_address(r, "block", org=r.random() < 0.5)), "\n"]
    return []


def gen_letter(r):
    p = Person(r)
    reg = region_draw(r, 0.12)
    segs = name(r, p, style=r.choice(["fl", "fL", "fL", "Lf"])) + ["\n"]
    if chance(r, 0.5, "ADRESSE"):
        segs += addr_segs(r, "block", region=reg) + ["\n"]
    segs += contact(r, p, 0.25, 0.25, region=reg)
    town = r.choice(CITIES)[1]
    segs += [f"\n{r.choice(['', 'À ', 'Fait à '])}{town}, le {date(r)}\n\n"]
    segs += recipient(r)
    segs += [f"\nObjet : {r.choice(SUBJECTS)}\n\n", r.choice(["Madame,", "Monsieur,", "Madame, Monsieur,", "Madame la Principale,"]), "\n\n"]
    body = [r.choice(["Suite à la consultation lancée par vos services, je souhaite vous faire part de mon avis. ",
                      "Je me permets de revenir vers vous au sujet de l'usage de l'IA en classe. "]),
            " ".join(r.sample(OPINIONS, 2)), " "]
    v = r.random()
    c = Person(r)
    if v < 0.15:
        body += [c.fe("Ma fille ", "Mon fils "), P(c.first), f", élève de {r.choice(CLASSES)}, est directement concerné" + c.fe("e", "") + ". "]
    elif v < 0.35:
        body += ["Je vous signale également mon changement d'adresse : désormais ",
                 A(fr_address(r, "inline", pre=False)), ". "]
    elif v < 0.5:
        body += ["Merci de procéder au remboursement sur le compte ", I(iban(r, reg)), ". "]
    elif v < 0.62:
        body += ["Notre école figure sous le code ", r.choice(UAI_LABELS), U(uai(r)), " dans vos fichiers. "]
    elif v < 0.74:
        body += ["Vous trouverez mon numéro de sécurité sociale ci-dessous pour le dossier : ", N(nir(r)), ". "]
    segs += body + ["\n\n", r.choice(CLOSINGS), "\n\n"]
    segs += name(r, p, style=r.choice(["fl", "il", "fi", "fL"]), title=False) if r.random() < 0.5 else ["(signature)"]
    return segs


def gen_email(r):
    p = Person(r)
    q = Person(r)
    acad = r.random() < 0.5
    segs = []
    if r.random() < 0.4:
        segs += ["De : "] + name(r, p, style=r.choice(["fl", "fL"]), title=False) + \
            [" <", M(email(r, p, acad=acad, obf=0)), ">\n"]
        segs += ["À : ", M(email(r, None, obf=0)) if r.random() < 0.3 else "secretariat", "\n"]
    segs += [f"Objet : {r.choice(['Re: ', 'TR: ', ''])}{r.choice(SUBJECTS)}\n\n"]
    salut = r.random()
    if salut < 0.3:
        segs += ["Bonjour "] + name(r, q, style=r.choice(["l", "fl", "L"]), title=True) + [",\n\n"]
    elif salut < 0.45:
        segs += ["Bonjour ", P(q.first), ",\n\n"]
    else:
        segs += ["Bonjour,\n\n"]
    segs += [" ".join(r.sample(OPINIONS, r.randint(1, 2))), " "]
    v = r.random()
    if v < 0.2:
        c = Person(r)
        segs += [f"Je vous transmets la réponse de {c.fe('ma collègue', 'mon collègue')} ", P(c.first),
                 f" ({role(r, c.g, 'enseignant')}), qui n'a pas accès au formulaire. "]
    elif v < 0.32:
        segs += ["Notre code établissement est le ", U(uai(r)), ". "]
    elif v < 0.42:
        segs += ["Pour le remboursement : ", r.choice(IBAN_LABELS), I(iban(r)), ". "]
    segs += ["\n\n", r.choice(["Bien cordialement,", "Cordialement,", "Bonne journée,", "Merci d'avance,"]), "\n"]
    segs += name(r, p, style=r.choice(["fl", "fL", "f", "il"]), title=False) if r.random() < 0.75 else ["L'équipe de direction"]
    segs += ["\n", role(r, p.g, r.choice(["enseignant", "direction", "personnel"])), " — ", school(r), "\n"]
    if r.random() < 0.25:
        segs += addr_segs(r, "block", org=True, chez=0) + ["\n"]
    segs += contact(r, p, 0.25, 0.15, acad=acad)
    return segs


def gen_followup(r):
    p = Person(r)
    prof = r.choice(list(ROLES))
    reg = region_draw(r, 0.1)
    segs = [r.choice(["Consultation « L'IA à l'école » — fiche de suivi\n", "FORMULAIRE DE RECONTACT\n",
                      "Suite à votre réponse au questionnaire, merci de compléter :\n"]),
            f"Profil : {PROFILE_LABELS[prof]}\n"]
    if r.random() < 0.25:
        segs += ["Nom : ", P(p.last.upper()), "\nPrénom : ", P(p.first), "\n"]
    else:
        segs += [r.choice(["Nom et prénom : ", "Nom, prénom : ", "Identité : "])] + \
            name(r, p, style=r.choice(["Lf", "Lf", "fL", "fl", "low"]), title=r.random() < 0.3) + ["\n"]
    segs += [f"Fonction : {role(r, p.g, prof)}\n"]
    if prof in ("enseignant", "direction", "personnel") and chance(r, 0.55, "UAI"):
        segs += [f"Établissement : {school(r)} (", r.choice(UAI_LABELS), U(uai(r)), ")\n"]
    if chance(r, 0.65, "ADRESSE"):
        segs += [r.choice(["Adresse : ", "Adresse postale :\n", "Adresse personnelle : "])] + \
            addr_segs(r, r.choice(["block", "inline"]), region=reg, chez=0.05) + ["\n"]
    segs += contact(r, p, 0.35, 0.4, region=reg)
    segs += [f"Accepte d'être recontacté{p.fe('e', '')} : {r.choice(['oui', 'Oui', 'OUI'])}\n",
             "Commentaire : ", r.choice(OPINIONS)]
    return segs


def gen_reimb(r):
    p = Person(r)
    prof = r.choice(["enseignant", "parent", "personnel"])
    reg = region_draw(r, 0.08)
    segs = [r.choice(["DEMANDE DE REMBOURSEMENT DE FRAIS\n", "Demande de remboursement — sortie annulée\n",
                      "Remboursement frais de déplacement (formation IA)\n"]),
            r.choice(["Bénéficiaire : ", "Demandeur : ", "Nom du demandeur : "])] + name(r, p) + \
        [f"\nQualité : {role(r, p.g, prof)}\n"]
    if r.random() < 0.9:
        segs += [r.choice(NIR_LABELS), N(nir(r)), "\n"]
    if chance(r, 0.5, "ADRESSE"):
        segs += [r.choice(["Adresse : ", "Adresse personnelle : ", "Domicile :\n"])] + \
            addr_segs(r, r.choice(["block", "inline"]), region=reg) + ["\n"]
    segs += [f"Objet : {r.choice(['train aller-retour pour la formation', 'sortie au musée annulée', 'achat de licences', 'repas de la journée de formation'])}\n",
             f"Montant demandé : {r.randint(8, 450)},{r.randint(0, 99):02d} €\n", r.choice(IBAN_LABELS), I(iban(r, reg)), "\n"]
    if r.random() < 0.6:
        segs += [f"BIC : {bic(r)}\n"]
    if r.random() < 0.3:
        segs += contact(r, p, 0.5, 0.3, region=reg)
    segs += [f"Fait le {date(r)}. Signature : "]
    segs += name(r, p, style=r.choice(["fl", "il", "fL"]), title=False) if r.random() < 0.3 else ["(signé)"]
    return segs


def gen_delivery(r):
    segs = [f"Bon de livraison n° {r.randint(2023, 2025)}-{r.randint(1, 999):03d}\n",
            f"Matériel : {r.choice(['30 tablettes', '1 vidéoprojecteur', '12 ordinateurs portables', '2 robots Thymio', '1 classe mobile'])}\n"]
    if r.random() < 0.75:
        segs += [f"Destinataire : {school(r)}", *([" (", r.choice(UAI_LABELS), U(uai(r)), ")"] if r.random() < 0.5 else []), "\n",
                 "Adresse de livraison :\n", A(fr_address(r, "block", org=r.random() < 0.4)), "\n"]
        q = Person(r)
        segs += ["Contact sur place : "] + name(r, q) + [f" ({role(r, q.g, 'personnel')})"]
        segs += [" — ", T(phone(r)), "\n"] if r.random() < 0.75 else ["\n"]
    else:
        q = Person(r)
        segs += ["Livraison au domicile de l'enseignant" + q.fe("e", "") + " : "] + name(r, q, title=True) + ["\n"]
        segs += addr_segs(r, "block", chez=0.3) + ["\n", r.choice(["Tél. ", "Portable : "]), T(phone(r)), "\n"]
    segs += ["Créneau : {} – {}. Quai de déchargement côté cour.".format(*hours(r))]
    return segs


def gen_registration(r):
    c, p = Person(r), Person(r)
    reg = region_draw(r, 0.08)
    segs = [f"FICHE D'INSCRIPTION — {r.choice(['Club « IA et robotique »', 'Atelier « Coder avec l’IA »', 'Stage numérique des vacances'])} {r.randint(2023, 2025)}\n",
            "Élève : "] + name(r, c, style=r.choice(["Lf", "fL", "fl"]), title=False) + \
        [f" — classe : {r.choice(CLASSES)}\n", f"Date de naissance : {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2008, 2019)}\n",
         "Responsable légal : "] + name(r, p, title=r.random() < 0.5) + ["\n"]
    if r.random() < 0.15:
        p2 = Person(r)
        segs += ["Responsable légal 2 : "] + name(r, p2, title=r.random() < 0.5) + ["\n"]
    if chance(r, 0.6, "ADRESSE"):
        segs += ["Adresse : "] + addr_segs(r, r.choice(["inline", "block"]), region=reg) + ["\n"]
    segs += contact(r, p, 0.35, 0.35, region=reg)
    if chance(r, 0.45, "NIR"):
        segs += [r.choice(NIR_LABELS[:4]), N(nir(r)), " (responsable légal)\n"]
    if chance(r, 0.6, "UAI"):
        segs += [f"Établissement fréquenté : {school(r)} — ", r.choice(UAI_LABELS), U(uai(r)), "\n"]
    if chance(r, 0.4, "IBAN"):
        segs += ["Prélèvement de la participation — ", r.choice(IBAN_LABELS), I(iban(r, reg)), "\n"]
    segs += ["J'autorise mon enfant à utiliser les outils d'IA validés par l'établissement."]
    return segs


def gen_attestation(r):
    p = Person(r)
    reg = region_draw(r, 0.12)
    segs = [r.choice(["ATTESTATION SUR L'HONNEUR\n\n", "Attestation\n\n", ""]),
            "Je " + p.fe("soussignée", "soussigné") + " "] + name(r, p, style=r.choice(["fl", "fL", "Lf"]), title=r.random() < 0.6)
    segs += [f", {p.fe('née', 'né')} le {r.randint(1, 28)}/{r.randint(1, 12):02d}/{r.randint(1960, 1995)} à {r.choice(['Oran', 'Dakar', 'Lyon', 'Porto', 'Hanoï', 'Brest', 'Bamako', 'Ajaccio'])}, ",
             r.choice(["demeurant ", "domicilié" + p.fe("e", "") + " ", "résidant "])]
    segs += [A(foreign_address(r, reg, "inline") if reg else fr_address(r, "inline", pre=r.random() < 0.3)), ", atteste "]
    v = r.random()
    c = Person(r)
    if v < 0.45:
        segs += ["que mon enfant "] + name(r, c, style=r.choice(["fl", "fL", "f"]), title=False) + \
            [f", élève de {r.choice(CLASSES)} {school(r, prep=True)}, n'utilisera pas d'outil d'IA pour ses devoirs notés."]
    elif v < 0.65:
        segs += ["héberger à titre gratuit "] + name(r, c, title=True) + [" à mon domicile depuis le ", date(r), "."]
    else:
        segs += ["avoir pris connaissance de la charte numérique de l'établissement."]
    if chance(r, 0.65, "NIR"):
        segs += ["\n", r.choice(NIR_LABELS), N(nir(r))]
    if chance(r, 0.35, "IBAN"):
        segs += ["\n", r.choice(IBAN_LABELS), I(iban(r, reg))]
    segs += [f"\n\nFait pour servir et valoir ce que de droit.\nFait à {r.choice(CITIES)[1]}, le {date(r)}.\n"]
    segs += name(r, p, style=r.choice(["fl", "fL", "il"]), title=False) if r.random() < 0.6 else ["Signature"]
    return segs


def gen_minutes(r):
    segs = [f"Compte rendu {r.choice(INSTANCES)} du {date(r)}\nPrésents : "]
    people = [Person(r) for _ in range(r.choice([2, 3, 3, 4]))]
    for i, q in enumerate(people):
        if i:
            segs.append(", ")
        if r.random() < 0.3:
            segs += [P(q.first), f" ({role(r, q.g, r.choice(['enseignant', 'personnel']))})"]
        else:
            segs += name(r, q, style=r.choice(["l", "fl", "L", "il", "I"]), title=True) + \
                [f" ({role(r, q.g, r.choice(['direction', 'enseignant', 'personnel', 'parent', 'elu']))})"]
    segs += [".\n"]
    if r.random() < 0.3:
        e = Person(r)
        segs += ["Excusé" + e.fe("e", "") + " : "] + name(r, e, title=True) + [".\n"]
    segs += [f"1. Résultats du questionnaire ({r.randint(40, 900)} réponses). ", r.choice(OPINIONS), "\n2. "]
    if r.random() < 0.5:
        segs += name(r, people[0], style="l", title=True) + [" rappelle ce point : "]
    segs += [r.choice(OPINIONS), "\n"]
    if r.random() < 0.3:
        segs += ["3. Candidature comme site pilote (", r.choice(UAI_LABELS), U(uai(r)), ").\n"]
    segs += [f"Prochaine réunion le {date(r)} à {hour(r)}, salle {r.randint(100, 320)}."]
    return segs


ACADEMIES = ["Académie de Lyon", "ACADÉMIE DE CRÉTEIL", "Académie de la Réunion", "Académie de Corse",
             "Académie d'Aix-Marseille", "Région académique Occitanie", "Académie de Normandie"]


def gen_letterhead(r):
    sc = school(r)
    segs = ["RÉPUBLIQUE FRANÇAISE\n", r.choice(ACADEMIES), "\n", sc.upper(), "\n",
            A(fr_address(r, r.choice(["block", "inline"]), org=r.random() < 0.3)), "\n",
            "Tél. ", T(phone(r)), "\n", *([M(email(r, None, obf=0.05, school_box=True)), "\n"] if r.random() < 0.6 else []),
            r.choice(UAI_LABELS), U(uai(r)), f"\n\n{r.choice(CITIES)[1]}, le {date(r)}\n\n"]
    q = Person(r)
    segs += ["Affaire suivie par : "] + name(r, q, title=True) + ["\n"]
    if r.random() < 0.2:
        segs += ["Ligne directe : ", T(phone(r)), "\n"]
    segs += [f"Objet : {r.choice(SUBJECTS)}\n\nMadame, Monsieur,\n\n", " ".join(r.sample(OPINIONS, 2)), "\n\n"]
    h = Person(r)
    segs += [h.fe("La ", "Le ") + role(r, h.g, "direction") + ",\n"] + name(r, h, style=r.choice(["fl", "fL", "il"]), title=False)
    return segs


# --------------------------------------------------------------------------- #
# assembly and checks
# --------------------------------------------------------------------------- #

def flatten(segs):
    for s in segs:
        if isinstance(s, list):
            yield from flatten(s)
        else:
            yield s


def build(segs, need):
    segs = list(flatten(segs))
    if segs and isinstance(segs[-1], str):
        segs[-1] = segs[-1].rstrip()
    if segs and isinstance(segs[0], str):
        segs[0] = segs[0].lstrip()
    text, ents = "", []
    for s in segs:
        if isinstance(s, str):
            text += s
        else:
            k, t = s
            if not t or t != t.strip() or t[-1] in ".,;:":
                return None
            ents.append((k, t, len(text)))
            text += t
    if need != bool(ents):
        return None
    pos = 0
    for k, t, st in ents:
        if text.find(t, pos) != st:
            return None
        pos = st + len(t)
    return text, ents


PLAN = [("none", gen_none, 60, False), ("trap", gen_trap, 70, False), ("survey", gen_survey, 130, True),
        ("letter", gen_letter, 24, True), ("email", gen_email, 20, True), ("followup", gen_followup, 20, True),
        ("reimb", gen_reimb, 20, True), ("delivery", gen_delivery, 10, True),
        ("registration", gen_registration, 16, True), ("attestation", gen_attestation, 14, True),
        ("minutes", gen_minutes, 8, True), ("letterhead", gen_letterhead, 8, True)]


def main():
    jobs = [(fn, need) for _, fn, n, need in PLAN for _ in range(n)]
    assert len(jobs) == 400
    R.shuffle(jobs)
    rows = []
    for i, (fn, need) in enumerate(jobs):
        for _ in range(1000):
            deck = {k: list(v) for k, v in KEYS.deck.items()}
            res = build(fn(R), need)
            if res:
                break
            KEYS.deck = deck  # a rejected draw does not consume check-key decisions
        else:
            raise AssertionError(f"cannot place entities for {fn.__name__}")
        text, ents = res
        PROGRESS["row"] = i + 1
        DONE.update(k for k, _, _ in ents)
        pos = 0
        for k, t, st in ents:  # each entity is found by find() at exactly its place
            assert text.find(t, pos) == st and st >= pos, (i, k, t)
            pos = st + len(t)
        rows.append({"id": f"p{i + 1:03d}", "text": text,
                     "entities": [{"kind": k, "text": t} for k, t, _ in ents]})
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    # re-read and check every row
    counts, wrong = Counter(), Counter()
    check = {"NIR": nir_valid, "IBAN": iban_valid, "UAI": uai_valid}
    with open(OUT, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    assert len(lines) == 400
    for line in lines:
        row = json.loads(line)
        pos = 0
        for e in row["entities"]:
            i = row["text"].find(e["text"], pos)
            assert i >= pos, (row["id"], e)
            pos = i + len(e["text"])
            counts[e["kind"]] += 1
            if e["kind"] in check and not check[e["kind"]](e["text"]):
                wrong[e["kind"]] += 1
    for k in ["PERSONNE", "ADRESSE", "EMAIL", "TELEPHONE", "NIR", "IBAN", "UAI"]:
        extra = f"  wrong key {wrong[k]}/{counts[k]} ({100 * wrong[k] / max(counts[k], 1):.0f} %)" if k in check else ""
        print(f"{k:10s} {counts[k]:4d}{extra}")
    print("texts without entities:", sum(1 for l in lines if not json.loads(l)["entities"]))
    with open(OUT, "rb") as fh:
        print("md5", hashlib.md5(fh.read()).hexdigest(), OUT)


if __name__ == "__main__":
    main()
