import Foundation
import ObservatoireCore
import Testing

@testable import Privacy

@Suite struct PersonalDataMaskerTests {
  let masker = PersonalDataMasker()

  @Test func replacesEachKindWithItsPlaceholderAndPointsAtIt() {
    let text =
      "Bonjour, je m'appelle Sophie Martin (sophie.martin@ac-lyon.fr, 06 12 34 56 78), collège 0750654D, "
      + "IBAN FR76 3000 6000 0112 3456 7890 189, voir https://exemple.fr/page."
    let masked = masker.mask(text)
    #expect(
      masked.text
        == "Bonjour, je m'appelle [PERSONNE] ([EMAIL], [TELEPHONE]), collège [UAI], IBAN [IBAN], voir [URL].")
    #expect(masked.findings.map(\.kind) == [.personne, .email, .telephone, .uai, .iban, .url])
    #expect(masked.findings.map(\.original).first == "Sophie Martin")
    for finding in masked.findings {
      #expect(finding.span.slice(of: masked.text) == finding.kind.placeholder)
    }
  }

  @Test func spansCountUnicodeScalarsAfterAccentsAndEmoji() {
    let masked = masker.mask("Élève 🙂 écrit à marc@exemple.org")
    let finding = try! #require(masked.findings.first)
    #expect(finding.span.slice(of: masked.text) == "[EMAIL]")
  }

  /// A name written with a decomposed accent at its end: the placeholder replaces the letters,
  /// and the combining mark the name did not take stays where it was, as before masking.
  @Test func cutsAtScalarsWhenANameEndsBeforeACombiningMark() {
    let masked = masker.mask("Je suis Sophie Martin\u{301}, joignable au 06 12 34 56 78.")
    #expect(
      masked.text.unicodeScalars.elementsEqual(
        "Je suis [PERSONNE]\u{301}, joignable au [TELEPHONE].".unicodeScalars))
    #expect(
      masked.findings.first?.original.unicodeScalars.elementsEqual("Sophie Martin".unicodeScalars) == true)
    for finding in masked.findings {
      #expect(finding.span.slice(of: masked.text) == finding.kind.placeholder)
    }
  }

  @Test func keepsInstitutionNamesAndCommonWords() {
    for text in [
      "Au collège Marie-Curie et au lycée Victor Hugo, on teste l'IA.",
      "Pierre par pierre, on construit une culture commune.",
      "Le code 1234567 et la date 12/03/2025 ne sont pas des données personnelles.",
    ] {
      #expect(masker.mask(text).findings.isEmpty, "\(text)")
    }
  }

  @Test func titlesAndSignaturesCatchUnknownSurnames() {
    let masked = masker.mask("Mme Kerbrat a refusé. Cordialement, Yanis Ouedraogo")
    #expect(masked.text == "Mme [PERSONNE] a refusé. Cordialement, [PERSONNE]")
    // A surname opened by « LE » above a street is the signer, not a residence's name.
    let letter = masker.mask("Bien à vous.\nLE GOFF Anaïs\n12 rue des Écoles\n29000 Quimper")
    #expect(letter.findings.map(\.kind) == [.personne, .adresse])
    #expect(letter.findings.map(\.original) == ["LE GOFF Anaïs", "12 rue des Écoles\n29000 Quimper"])
    // « T. » before a phone's digits is its label, not an initial.
    let card = masker.mask("Lucie Marin\nT. 02 99 00 00 00")
    #expect(card.findings.map(\.original) == ["Lucie Marin", "02 99 00 00 00"])
  }

  /// A mistyped key or letter does not let an identifier through; only a right one raises the confidence.
  @Test(arguments: [
    ("Mon NIR : 1 85 05 78 006 084 92 (clé fausse).", PersonalDataKind.nir, "1 85 05 78 006 084 92"),
    ("Corse : 2.85.05.2A.123.456.11", .nir, "2.85.05.2A.123.456.11"),
    ("Virement sur FR76 3000 6000 0112 3456 7890 188 svp", .iban, "FR76 3000 6000 0112 3456 7890 188"),
    ("IBAN de80370400440532013001 (mal recopié)", .iban, "de80370400440532013001"),
    ("Collège 0750654E, en REP.", .uai, "0750654E"),
    ("école 0590123q", .uai, "0590123q"),
    // Fifteenth blind set, spent for identifiers: dashes between a school code's groups.
    ("Collège Victor-Hugo – 059-0123-X – secrétariat", .uai, "059-0123-X"),
    ("RNE 075-0654-A", .uai, "075-0654-A"),
    // Sixteenth blind set, spent for identifiers: four digits, then three.
    ("| AESH | 0750 654A |", .uai, "0750 654A"),
  ])
  func wrongChecksumsAreMaskedOnTheirShape(text: String, kind: PersonalDataKind, value: String) {
    let masked = masker.mask(text)
    #expect(masked.findings.map(\.original) == [value], "\(text)")
    #expect(masked.findings.first?.kind == kind)
    #expect(masked.findings.first?.confidence == .shape)
    #expect(!masked.text.contains(value))
  }

  @Test func rightChecksumsRaiseTheConfidence() {
    let masked = masker.mask("NIR 185057800608491, UAI 0750654D, IBAN FR7630006000011234567890189.")
    #expect(masked.findings.map(\.kind) == [.nir, .uai, .iban])
    #expect(masked.findings.allSatisfy { $0.confidence == .checksum })
  }

  @Test func phoneAddressAndEmailVariants() {
    let cases: [(String, PersonalDataKind, String)] = [
      ("Appelez le 06/12/34/56/78 le soir.", .telephone, "06/12/34/56/78"),
      ("Tél. 01\u{A0}42\u{A0}00\u{A0}00\u{A0}00", .telephone, "01\u{A0}42\u{A0}00\u{A0}00\u{A0}00"),
      ("Ou le +33 (0)6 11 22 33 44.", .telephone, "+33 (0)6 11 22 33 44"),
      // Thirteenth blind set, spent for phones: ten digits in any grouping, nine in four groups (a
      // digit left out).
      ("Joignable au 03 481 226 95 le soir.", .telephone, "03 481 226 95"),
      ("Tél. : 0247 310 588\nMerci", .telephone, "0247 310 588"),
      ("Rappeler au 061 208 44 3 demain.", .telephone, "061 208 44 3"),
      // Fifteenth blind set, spent for identifiers: a number on the line after a CEDEX's.
      ("CEDEX 07\n02.98.44.43.57", .telephone, "02.98.44.43.57"),
      // Sixteenth blind set, spent for identifiers: after a phone's label, foreign and overseas
      // numbers in their own grouping.
      ("Tél : 0171/23456789\nMerci", .telephone, "0171/23456789"),
      ("Mobile : 612 345 678", .telephone, "612 345 678"),
      ("Portable : (514) 555-0199", .telephone, "(514) 555-0199"),
      ("Téléphone : 87123456", .telephone, "87123456"),
      ("Téléphone portable : 0 696 123 456", .telephone, "0 696 123 456"),
      // Fourteenth blind set, spent for phones: an overseas number cut after its fourth digit, a
      // country code before ten digits (once read as a NIR), a bracket closing the sentence.
      ("Portable : 026 2 41 07 93", .telephone, "026 2 41 07 93"),
      ("Tél. +225 05 61 22 48 90\nMerci", .telephone, "+225 05 61 22 48 90"),
      ("Le standard (+33 (0)4 72 10 20 30) répond.", .telephone, "+33 (0)4 72 10 20 30"),
      ("Écrire à jean.dupuis (at) ac-lille.fr merci", .email, "jean.dupuis (at) ac-lille.fr"),
      ("Au 3 rue des peupliers, 59000 Lille, au fond.", .adresse, "3 rue des peupliers, 59000 Lille"),
      ("Siège : 12 bd du maréchal Foch", .adresse, "12 bd du maréchal Foch"),
      // Forms of the independent holdout set's first run that went through.
      (
        "Tél. 01\u{202F}45\u{202F}74\u{202F}53\u{202F}76.", .telephone,
        "01\u{202F}45\u{202F}74\u{202F}53\u{202F}76"
      ),
      ("écrire à d point cherif at ac-lyon point fr svp", .email, "d point cherif at ac-lyon point fr"),
      ("mail : erwan.m61 @ free.fr", .email, "erwan.m61 @ free.fr"),
      ("contact : n.chaoui [arobase] ac-amiens.fr", .email, "n.chaoui [arobase] ac-amiens.fr"),
      ("sissoko-m (at) ac-normandie (dot) fr ou", .email, "sissoko-m (at) ac-normandie (dot) fr"),
      ("RIB : FR85-0254-4881-8897-3379-4512-378.", .iban, "FR85-0254-4881-8897-3379-4512-378"),
      ("RIB : DE64  1511 0229 7309 0054 38 merci", .iban, "DE64  1511 0229 7309 0054 38"),
      ("un collège REP (002 2111 S) et", .uai, "002 2111 S"),
      ("au lycée 0765123 L depuis", .uai, "0765123 L"),
      ("J'habite 109 rue henri barbusse à Lille", .adresse, "109 rue henri barbusse à Lille"),
      ("au 29 Bis avenue de Lens, 62300 Lens.", .adresse, "29 Bis avenue de Lens, 62300 Lens"),
      ("Courrier au 27 quai roger salengro Ma sœur utilise Gemini.", .adresse, "27 quai roger salengro"),
      ("Au 16 place faidherbe il y a", .adresse, "16 place faidherbe"),
      // Issue 15, generalisation round (pii_dev4): groupings, separators and keys people write.
      ("tél : (+33) 3 43 80 59 26 !", .telephone, "(+33) 3 43 80 59 26"),
      ("mon portable 061 234 56 78.", .telephone, "061 234 56 78"),
      ("mon mail k.diallo(a)outlook.com merci", .email, "k.diallo(a)outlook.com"),
      ("écrivez à a_lefranc82[at]laposte[.]net !", .email, "a_lefranc82[at]laposte[.]net"),
      ("notre collège, 0597661-F, !", .uai, "0597661-F"),
      ("code établissement : 069.1608M.", .uai, "069.1608M"),
      ("notre collège, 9714265 R, merci", .uai, "9714265 R"),
      ("n° SS 1 82 10 93 361 071 / 43.", .nir, "1 82 10 93 361 071 / 43"),
      ("NIR 1 53 12 62 856 491 !", .nir, "1 53 12 62 856 491"),
      ("livré au 47 B RUE DES ÉCOLES", .adresse, "47 B RUE DES ÉCOLES"),
      ("au 12-14 rue de la Paix depuis", .adresse, "12-14 rue de la Paix"),
      ("j'habite au 5 rue Pasteur, 59000 Lille Les élèves", .adresse, "5 rue Pasteur, 59000 Lille"),
      ("tel +33 06 12 34 56 78 merci", .telephone, "+33 06 12 34 56 78"),
      ("IBAN FR 76 3000 6000 0112 3456 7890 189 svp", .iban, "FR 76 3000 6000 0112 3456 7890 189"),
      ("écrire à jean dot dupont at gmail dot com", .email, "jean dot dupont at gmail dot com"),
      ("au 3 bd. Carnot", .adresse, "3 bd. Carnot"),
      // Recall round of 2026-12-01 (spent blind sets 2 and 3): line breaks, RIB grouping, spacing.
      ("ancien compte FR76 1027 8060\n4100 0205 1234 567 merci", .iban, "FR76 1027 8060\n4100 0205 1234 567"),
      ("virement sur FR76 30004 01234 12345678901 85 svp", .iban, "FR76 30004 01234 12345678901 85"),
      ("sécu : 1 90 04 971 23 456 12 merci", .nir, "1 90 04 971 23 456 12"),
      ("N° de sécu : 2 88 11 75 112 034  61", .nir, "2 88 11 75 112 034  61"),
      ("UAI de l'école : 973.1234.Z !", .uai, "973.1234.Z"),
      ("mail : l.moreau[@]ac-lille.fr", .email, "l.moreau[@]ac-lille.fr"),
      ("écrivez à k.traore@gmail . com", .email, "k.traore@gmail . com"),
      ("Tel 05 61 234 567 le soir", .telephone, "05 61 234 567"),
      ("joignable au (+590) 690123456", .telephone, "(+590) 690123456"),
      // Identifier round of 2026-12-02 (fifth blind set, spent for identifiers): the city after a
      // comma, complements before the postcode, the postcode on the next line, a lowercase city;
      // a bracketed dot; a lowercase UAI letter after a space.
      ("à déposer au 7 rue Pasteur, Metz.", .adresse, "7 rue Pasteur, Metz"),
      ("réunion au 48 avenue Jean Moulin, Le Havre (salle B)", .adresse, "48 avenue Jean Moulin, Le Havre"),
      ("au 3 rue Pasteur, Merci beaucoup", .adresse, "3 rue Pasteur"),
      (
        "adresse : 12 quai Gambetta, appt 4, 69002 Lyon. Merci", .adresse,
        "12 quai Gambetta, appt 4, 69002 Lyon"
      ),
      ("écrire au 5 chemin des vignes 13100 aix", .adresse, "5 chemin des vignes 13100 aix"),
      ("au 88 RUE DES LILAS\n31000 TOULOUSE", .adresse, "88 RUE DES LILAS\n31000 TOULOUSE"),
      ("mail : m.kante@orange[.]fr", .email, "m.kante@orange[.]fr"),
      ("les écoles 0593312 k et", .uai, "0593312 k"),
      // Sixth blind set, spent on 2026-12-02 once a seventh existed: a comma then a line break, a
      // building without a comma, a building without a postcode, a dash before the postcode, a
      // rural address with no number, and a capitalised word that starts the next sentence.
      ("au 29 rue de la Gare,\n93000 BOBIGNY merci", .adresse, "29 rue de la Gare,\n93000 BOBIGNY"),
      (
        "au 4 résidence Les Jardins bât A\n21000 Dijon", .adresse,
        "4 résidence Les Jardins bât A\n21000 Dijon"
      ),
      ("au 3 résidence Le Clos Fleuri, bât. C si besoin", .adresse, "3 résidence Le Clos Fleuri, bât. C"),
      ("17 bd Gambetta - 62100 Calais", .adresse, "17 bd Gambetta - 62100 Calais"),
      ("domicilié lieu-dit Le Bourg, il a été sanctionné", .adresse, "lieu-dit Le Bourg"),
      (
        "Livraison :\n30 avenue Roger-Salengro Le prestataire a appelé.", .adresse, "30 avenue Roger-Salengro"
      ),
      ("Domicile : 17 rue du Moulin Voici mes coordonnées", .adresse, "17 rue du Moulin"),
      // Seventh and eighth blind sets, spent on 2026-12-02 (the eighth for addresses only):
      // abbreviated street types, a road's number, complements after a comma or a line break and
      // before a city, « apt », a lieu-dit after the street; a UAI after its label in any layout.
      ("siège : 40 r. Voltaire\n33000 Bordeaux", .adresse, "40 r. Voltaire\n33000 Bordeaux"),
      ("au 8 imp. des Acacias, 44000 Nantes.", .adresse, "8 imp. des Acacias, 44000 Nantes"),
      ("au 5 chem. du Lavoir 87000 Limoges", .adresse, "5 chem. du Lavoir 87000 Limoges"),
      ("au 3 route nationale 7, 84100 Orange !", .adresse, "3 route nationale 7, 84100 Orange"),
      ("au 9 rue Colbert, apt 12, 59800 Lille", .adresse, "9 rue Colbert, apt 12, 59800 Lille"),
      (
        "au 2 rue Nationale, 4e étage droite, 37000 Tours", .adresse,
        "2 rue Nationale, 4e étage droite, 37000 Tours"
      ),
      (
        "au 11 rue des Lilas appartement 3 35000 Rennes", .adresse,
        "11 rue des Lilas appartement 3 35000 Rennes"
      ),
      (
        "Adresse :\n6 avenue Foch\nRésidence Les Pins\n54000 Nancy", .adresse,
        "6 avenue Foch\nRésidence Les Pins\n54000 Nancy"
      ),
      ("au 15 allée des Roses, porte 2, Talence, merci", .adresse, "15 allée des Roses, porte 2, Talence"),
      ("au 4 quai Vauban, Résidence Le Port\nTél. :", .adresse, "4 quai Vauban, Résidence Le Port"),
      (
        "au 7 rue Haute, lieu-dit Les Combes,\n24000 Périgueux", .adresse,
        "7 rue Haute, lieu-dit Les Combes,\n24000 Périgueux"
      ),
      (
        "au 20 lotissement Les Hauts de l'Étang, 29000 Quimper", .adresse,
        "20 lotissement Les Hauts de l'Étang, 29000 Quimper"
      ),
      ("lycée Jean Rostand (uai 059 1234 x) merci", .uai, "059 1234 x"),
      // Ninth blind set, spent for addresses and UAI on 2026-12-02: the postcode in brackets, the
      // city after « à », complements that open with a capital or after a space (« entrée B »,
      // « boîte 4 », « Parc d'activités… », « BP 12 »), number ranges, « fbg », « all. », a road by
      // its number, a postcode written « 43 000 » or « F-06400 », places without a number.
      ("au 9 rue Racine (87000 Limoges). Merci", .adresse, "9 rue Racine (87000 Limoges)"),
      ("ma nouvelle adresse est 12 avenue des Pins à Dax.", .adresse, "12 avenue des Pins à Dax"),
      ("au 3 rue Sully, appt 4, entrée B à Nevers et", .adresse, "3 rue Sully, appt 4, entrée B à Nevers"),
      ("au 8 av. de la paix entrée 2 – 10000 troyes.", .adresse, "8 av. de la paix entrée 2 – 10000 troyes"),
      ("au 5 impasse Colbert, boîte 4, 05000 Gap.", .adresse, "5 impasse Colbert, boîte 4, 05000 Gap"),
      (
        "Siège : 3 Allée Jean Moulin Bâtiment B Parc d'activités des Prés 59650 Villeneuve-d'Ascq", .adresse,
        "3 Allée Jean Moulin Bâtiment B Parc d'activités des Prés 59650 Villeneuve-d'Ascq"
      ),
      (
        "écrire au 2 Avenue de la Gare BP 12 – 30900 Nîmes CEDEX 2.", .adresse,
        "2 Avenue de la Gare BP 12 – 30900 Nîmes CEDEX 2"
      ),
      (
        "au 6 à 8 Rue Pierre et Marie Curie, 31000 Toulouse", .adresse,
        "6 à 8 Rue Pierre et Marie Curie, 31000 Toulouse"
      ),
      ("au 21 - 23 rue du Port, 56100 Lorient", .adresse, "21 - 23 rue du Port, 56100 Lorient"),
      ("au 7 fbg Saint-Jean 21000 Dijon", .adresse, "7 fbg Saint-Jean 21000 Dijon"),
      ("au 30 all. des Cèdres, 97400 Saint-Denis", .adresse, "30 all. des Cèdres, 97400 Saint-Denis"),
      (
        "au 1450 D 911 escalier 1 97200 Fort-de-France", .adresse,
        "1450 D 911 escalier 1 97200 Fort-de-France"
      ),
      ("au 3, quai du Port, 43 000 Le Puy-en-Velay", .adresse, "3, quai du Port, 43 000 Le Puy-en-Velay"),
      ("au 5 passage des Lilas\nesc. 2\nF-06000 Nice", .adresse, "5 passage des Lilas\nesc. 2\nF-06000 Nice"),
      ("Adresse : hameau du Moulin, 24000 Périgueux", .adresse, "hameau du Moulin, 24000 Périgueux"),
      ("Siège : ZI des Sables, 85000 La Roche-sur-Yon", .adresse, "ZI des Sables, 85000 La Roche-sur-Yon"),
      ("EPLE – 0292032 y – secrétariat", .uai, "0292032 y"),
      // Tenth blind set, spent for addresses on 2026-12-02: addresses read backwards from their
      // postcode and city, over the lines above while they read as one.
      (
        "Adresse :\nAVE DE BRETAGNE N°4\n35000 RENNES CEDEX 9", .adresse,
        "AVE DE BRETAGNE N°4\n35000 RENNES CEDEX 9"
      ),
      (
        "Envoi :\nRés. Les Pins - Bât. 2\n5 et 7 Quai Duguay-Trouin\nporte 4\n29200 BREST", .adresse,
        "Rés. Les Pins - Bât. 2\n5 et 7 Quai Duguay-Trouin\nporte 4\n29200 BREST"
      ),
      (
        "livrer au 10 à 12 rés. Les Ormes 44000 Nantes avant midi", .adresse,
        "10 à 12 rés. Les Ormes 44000 Nantes"
      ),
      (
        "Domicile : crs. Gambetta, esc B, 3e ét 33000 Bordeaux.", .adresse,
        "crs. Gambetta, esc B, 3e ét 33000 Bordeaux"
      ),
      (
        "écrire à voie de Provence, 14 13000 - Marseille merci", .adresse,
        "voie de Provence, 14 13000 - Marseille"
      ),
      ("Adresse : 12 villa du 8 Mai 1945 92000 Nanterre", .adresse, "12 villa du 8 Mai 1945 92000 Nanterre"),
      ("Adresse : 7bis Grande Rue, 25000 BESANÇON", .adresse, "7bis Grande Rue, 25000 BESANÇON"),
      ("CS 40012\n44000 Nantes CEDEX 1", .adresse, "CS 40012\n44000 Nantes CEDEX 1"),
      (
        "au 80 square Vauban / bâtiment D / 20000 AJACCIO, le matin", .adresse,
        "80 square Vauban / bâtiment D / 20000 AJACCIO"
      ),
      // Eleventh blind set, spent for addresses and names' false positives on 2026-12-02: the city on
      // the next line or after a comma, a lowercase city ending its line, a foreign postcode and its
      // country, « 1019bis ».
      (
        "Res. Les Acacias\nAV de la Gare, N° 9 B\n71250\nCLUNY", .adresse,
        "Res. Les Acacias\nAV de la Gare, N° 9 B\n71250\nCLUNY"
      ),
      (
        "Adresse : rte du Moulin, 12, esc. C - B.P. 45\n68100, Mulhouse cedex", .adresse,
        "rte du Moulin, 12, esc. C - B.P. 45\n68100, Mulhouse cedex"
      ),
      (
        "Adresse : Esc. 2 - 14-16 ruelle des Lilas - porte 3 77100 meaux", .adresse,
        "Esc. 2 - 14-16 ruelle des Lilas - porte 3 77100 meaux"
      ),
      ("Adresse :\nrue du Lac 12\nCH-1200 Genève\nSuisse", .adresse, "rue du Lac 12\nCH-1200 Genève\nSuisse"),
      (
        "Adresse : 1019bis lotissement des Pins\nCS23000\n97400 Saint-Denis cedex 9", .adresse,
        "1019bis lotissement des Pins\nCS23000\n97400 Saint-Denis cedex 9"
      ),
      // Twelfth blind set, spent on 2026-12-02: a lowercase city after a dash, a postcode glued to a
      // comma, a dash or semicolon between street and postcode, a street named after a date, a
      // country after a foreign city, a neighbour's four digits, « boîte postale », a long line.
      (
        "nouvelle adresse : 12 allée des Cèdres,  33000 - bordeaux. Merci.", .adresse,
        "12 allée des Cèdres,  33000 - bordeaux"
      ),
      ("Domicile : 4 impasse du Lavoir,31000  Toulouse", .adresse, "4 impasse du Lavoir,31000  Toulouse"),
      (
        "Adresse : Bât. C — 7 rue Pasteur — 59000 Lille\nTél. plus tard", .adresse,
        "Bât. C — 7 rue Pasteur — 59000 Lille"
      ),
      ("Écrire au 2 PROM. DES ANGLAIS ; 06000 Nice", .adresse, "2 PROM. DES ANGLAIS ; 06000 Nice"),
      (
        "Envoi : 9 rue du 11-Novembre-1918\n87000 - Limoges", .adresse,
        "9 rue du 11-Novembre-1918\n87000 - Limoges"
      ),
      (
        "Nous vivons désormais 18 rue Ibn-Khaldoun, 10000 Rabat, Maroc.", .adresse,
        "18 rue Ibn-Khaldoun, 10000 Rabat, Maroc"
      ),
      (
        "Pendant l'année de mobilité, écrivez-nous à cette adresse provisoire : Avenue de la Gare 3\n1003 Lausanne\nSuisse",
        .adresse, "Avenue de la Gare 3\n1003 Lausanne\nSuisse"
      ),
      ("Adresse : Boîte postale 52\n21000 Dijon", .adresse, "Boîte postale 52\n21000 Dijon"),
      // Thirteenth blind set, then spent for addresses: « B.P. » in one word, a residence's name
      // opened by « Les », « Quartier », a country after a dash.
      ("Service des bourses\nB.P. 77\n13331 Marseille CEDEX 3", .adresse, "B.P. 77\n13331 Marseille CEDEX 3"),
      (
        "Les Terrasses du Lac, bât. 2\n8 rue Victor-Hugo\n38000 Grenoble", .adresse,
        "Les Terrasses du Lac, bât. 2\n8 rue Victor-Hugo\n38000 Grenoble"
      ),
      (
        "Nouvelle adresse :\nQuartier Morne-Rouge\n97200 Fort-de-France", .adresse,
        "Quartier Morne-Rouge\n97200 Fort-de-France"
      ),
      ("Rue Haute 14, 1000 Bruxelles – Belgique\nMerci", .adresse, "Rue Haute 14, 1000 Bruxelles – Belgique"),
      // Fifteenth blind set, spent for addresses (texts written for the test): a street's type
      // after « du » is a name's word, « bld », a place named by its type with its article, foreign
      // streets and postcodes.
      (
        "Lycée de la Vallée du Parc\n12, boulevard Jean Jaurès\n29200 Brest", .adresse,
        "12, boulevard Jean Jaurès\n29200 Brest"
      ),
      ("Entrée B, 8 bld des Lilas, 13005 Marseille", .adresse, "Entrée B, 8 bld des Lilas, 13005 Marseille"),
      ("Domicile : Le Bourg, 23000 Guéret", .adresse, "Le Bourg, 23000 Guéret"),
      ("Calle Mayor 12\n28013 Madrid\nEspagne", .adresse, "Calle Mayor 12\n28013 Madrid\nEspagne"),
      ("Rua Augusta 40, 1100-053 Lisboa, Portugal", .adresse, "Rua Augusta 40, 1100-053 Lisboa, Portugal"),
      // Sixteenth blind set, spent for addresses (texts written for the test): Canadian and British
      // postcodes after their city, English streets, a foreign city in two words or with its
      // province, countries in their own language, a house number and its box, « sq. ».
      (
        "Écrire au 812, rue Sherbrooke Est, Montréal (Québec)  H2L 1K4\nCanada", .adresse,
        "812, rue Sherbrooke Est, Montréal (Québec)  H2L 1K4\nCanada"
      ),
      (
        "Chez nous : 17 rue Laurier, Ottawa ON K1P 5J2, Canada.", .adresse,
        "17 rue Laurier, Ottawa ON K1P 5J2, Canada"
      ),
      (
        "Contact :\n9 Abbey Road\nLondon\nNW8 9AY\nRoyaume-Uni", .adresse,
        "9 Abbey Road\nLondon\nNW8 9AY\nRoyaume-Uni"
      ),
      ("Notre adresse : 14 Queen Street, Leeds LS1 2TW, UK.", .adresse, "14 Queen Street, Leeds LS1 2TW, UK"),
      ("Adresse :\nViale Europa 3\n00144 Roma RM\nItalia", .adresse, "Viale Europa 3\n00144 Roma RM\nItalia"),
      (
        "Goethestraße 12\n60313 Frankfurt am Main\nDeutschland", .adresse,
        "Goethestraße 12\n60313 Frankfurt am Main\nDeutschland"
      ),
      (
        "Travessa da Rosa, 45\n4000-123 Porto\nPortugal", .adresse,
        "Travessa da Rosa, 45\n4000-123 Porto\nPortugal"
      ),
      (
        "Paseo del Prado 8\n28014 Santa Cruz\nEspagne", .adresse,
        "Paseo del Prado 8\n28014 Santa Cruz\nEspagne"
      ),
      (
        "Avenue Louise 221/4\nB-1050 Ixelles\nBelgium", .adresse,
        "Avenue Louise 221/4\nB-1050 Ixelles\nBelgium"
      ),
      (
        "Villa 12, Cité Sicap Liberté\nDakar\nSénégal\nMerci", .adresse,
        "Villa 12, Cité Sicap Liberté\nDakar\nSénégal"
      ),
      ("Je vis au 22 sq. du Bois-Joli et je travaille ici.", .adresse, "22 sq. du Bois-Joli"),
      // Seventeenth blind set, spent for e-mails: « chez » for « @ ».
      ("Pour me joindre : m.lebreton chez orange.fr", .email, "m.lebreton chez orange.fr"),
      ("Écrivez à yvonbrehat chez ac-rennes.fr merci", .email, "yvonbrehat chez ac-rennes.fr"),
      // Eighteenth blind set, spent for identifiers and addresses: « 00 » and a space before the
      // country's code; a street without a number above its district, city and country; Belgium's
      // « bte »; Poland's « ul. » and postcode, a number before it that is not the house's.
      ("Joignable au 00 590 690 12 34 56 le soir.", .telephone, "00 590 690 12 34 56"),
      (
        "Adresse :\nRue du Port, immeuble Nour\nAchrafieh, Beyrouth\nLiban\nMerci", .adresse,
        "Rue du Port, immeuble Nour\nAchrafieh, Beyrouth\nLiban"
      ),
      (
        "Chaussée de Wavre 310, bte 12, 1040 Etterbeek, Belgique", .adresse,
        "Chaussée de Wavre 310, bte 12, 1040 Etterbeek, Belgique"
      ),
      ("École nr 12, ul. Długa 8, 80-827 Gdańsk, Pologne", .adresse, "ul. Długa 8, 80-827 Gdańsk, Pologne"),
      // Eighteenth blind set, its addresses read again on 2026-12-04 (texts written for the test):
      // a Malagasy « Lot » above a three-digit postcode, a street without a type above its city and
      // a country newly listed, a city and its country ending the street's line.
      (
        "Expéditeur :\nLot II M 12 Ankadifotsy\n101 Antananarivo\nMadagascar\nMerci", .adresse,
        "Lot II M 12 Ankadifotsy\n101 Antananarivo\nMadagascar"
      ),
      (
        "École\n12 Nguyễn Du, Quận 3\nHô-Chi-Minh-Ville\nViêt Nam\nMerci", .adresse,
        "12 Nguyễn Du, Quận 3\nHô-Chi-Minh-Ville\nViêt Nam"
      ),
      (
        "Adresse\nRue Hamra, immeuble Sahel, 4e étage, Ras Beyrouth, Liban\nMerci", .adresse,
        "Rue Hamra, immeuble Sahel, 4e étage, Ras Beyrouth, Liban"
      ),
      // Nineteenth blind set, spent on 2026-12-04: Vietnam's « phố » and « quận » on one line,
      // Tahiti's kilometre points, a farm named by its type.
      (
        "Adresse : 52 phố Hàng Gai, quận Hoàn Kiếm, Hanoï, Vietnam", .adresse,
        "52 phố Hàng Gai, quận Hoàn Kiếm, Hanoï, Vietnam"
      ),
      // The same inside an answer, a sentence after the country.
      (
        "J'enseigne au 8 phố Tràng Thi, quận Hoàn Kiếm, Hanoï, Vietnam. Les élèves y utilisent l'IA.",
        .adresse,
        "8 phố Tràng Thi, quận Hoàn Kiếm, Hanoï, Vietnam"
      ),
      (
        "Lotissement Tiare, PK 14 côté mer, 98712 Papara", .adresse,
        "Lotissement Tiare, PK 14 côté mer, 98712 Papara"
      ),
      ("Secrétariat\nLa Métairie Basse, 24200 SARLAT\nMerci", .adresse, "La Métairie Basse, 24200 SARLAT"),
      // Twenty-first blind set, spent on 2026-12-04: a New Caledonian tribe, a German « -damm », the
      // Democratic Republic of the Congo; a phone before a bracketed date.
      (
        "Expéditeur :\nTribu de Wagap, case 3, 98822 Poindimié", .adresse,
        "Tribu de Wagap, case 3, 98822 Poindimié"
      ),
      (
        "Adresse : Hohenzollerndamm 12, 10717 Berlin, Allemagne", .adresse,
        "Hohenzollerndamm 12, 10717 Berlin, Allemagne"
      ),
      (
        "Adresse : Avenue du Commerce 45, Gombe, Kinshasa, RD Congo", .adresse,
        "Avenue du Commerce 45, Gombe, Kinshasa, RD Congo"
      ),
      ("SMS de +33.6.12.34.56.78 (13/07/2024) : en retard", .telephone, "+33.6.12.34.56.78"),
      // Twenty-second blind set: a day after the postcode is no city.
      ("Permanence au 4 rue de la Poste, 71250 le mardi.", .adresse, "4 rue de la Poste, 71250"),
      // Twentieth blind set, spent on 2026-12-04: a residence's name after a label.
      (
        "ADRESSE : Les Jardins du Port, bât. C, 8 rue Haute - 56000 Vannes", .adresse,
        "Les Jardins du Port, bât. C, 8 rue Haute - 56000 Vannes"
      ),
    ]
    for (text, kind, value) in cases {
      let masked = masker.mask(text)
      #expect(masked.findings.map(\.kind) == [kind], "\(text)")
      #expect(masked.findings.first?.original == value, "\(text)")
    }
  }

  @Test func wordsAfterANumberAreNotAddressesOrCodes() {
    for text in [
      "Nous avons 2 cours de maths et 3 places libres.", "En 2024 1500 élèves A et B.",
      "La salle 112 rue pas loin.", "Look at this example.", "Le 12 place est prise.",
      // Decimals in an export are not phone numbers (a run's CPU seconds in rapport.json).
      #""cpuSeconds" : 3.0612345678,"#, "p = 0,0612345678",
      // A chat's date and time without a colon (twenty-first blind set).
      "[10/06/2025 1912] Quelqu'un sait ?",
      // Thirteen bare digits are no NIR without its layout or a word before it.
      "Commande 1850578006084 livrée.",
      // A lowercase letter after seven digits is a UAI only after a department's digits, and not a word.
      "Le compteur 1500000 t de blé.", "Le code 0593312 a expiré.", "Colis 0593312 l'an dernier.",
      // A form's submission time has a phone's ten digits.
      "05/03/2024 14:02", "Envoyé le 31/12/2025 09:15.",
      // A range of hours, a count, a road number without a complement or a postcode, the pronoun « y ».
      "Réunion de 14 à 16 heures en salle B.", "Il y a 12 - 15 élèves à Paris.", "Classes de 4 D 12 élèves.",
      "Le code 0592032 y a été oublié.",
      // A town and its postcode, counts and course numbers are no address.
      "La ville 75000 Paris compte deux millions d'habitants.",
      "En 2023, 35000 élèves et 12 000 enseignants.",
      "Le parcours n° 41237. Trop long.", "Code postal 59000 Lille.",
      // A company's SIREN (three groups of three), a toll-free number, a date, a price.
      "SIREN 012 345 678.", "Numéro vert 0800 123 456.", "Le 01 02 2024 à 10 h.", "Coût : 0 450 000,50 €",
      // A toll-free number in pairs, and its « 00 » read as no call prefix.
      "Numéro vert : 0800 12 34 56", "La plateforme au 08 00 52 31 13 (appel gratuit).",
    ] {
      #expect(masker.mask(text).findings.filter { $0.kind != .personne }.isEmpty, "\(text)")
    }
    // A provider after « chez » and a common word is a web address, no one's e-mail.
    #expect(
      masker.mask("Je suis client chez orange.fr depuis dix ans.").findings.map(\.kind) == [.url])
  }

  @Test func namesAsPeopleWriteThem() {
    let cases: [(String, [String])] = [
      ("je m'appelle julie kervella et j'enseigne en CE2", ["julie kervella"]),
      ("M. D. nous a refusé l'accès à la salle.", ["D"]),
      ("Mme Tchakaloff est la seule à utiliser l'outil.", ["Tchakaloff"]),
      ("On l'a dit à mme brossard la semaine dernière.", ["brossard"]),
      ("Notre CPE, Yanis, a organisé une réunion.", ["Yanis"]),
      ("Mon élève Kevin ne comprend pas les consignes.", ["Kevin"]),
      ("mon fils lucas adore l'outil", ["lucas"]),
      ("Grâce à la documentaliste Anouk, les élèves ont appris à vérifier.", ["Anouk"]),
      ("Zéphyrine, notre AESH, reformule avec l'IA.", ["Zéphyrine"]),
      ("Nous remercions Ysaline Kergoat pour son atelier.", ["Ysaline Kergoat"]),
      ("Merci à T. Garnier pour les ressources.", ["T. Garnier"]),
      ("À bientôt.\ncordialement\nmarc lefort", ["marc lefort"]),
      // Recall round of 2026-12-01: no cue needed.
      ("dans ma classe il y a mathilde qui aide les autres", ["mathilde"]),
      ("Zouhair (6e B) a tout recopié depuis l'appli.", ["Zouhair"]),
      ("Salut Ndeye ! merci pour le support.", ["Ndeye"]),
      ("Pris sur le fait : R. T., en 3e.", ["R. T"]),
      // Sixth blind set: initials before a name, a surname in capitals after an initial, a family,
      // an unknown lowercase word after a lowercase first name.
      ("Merci.\nG. Esposito, professeur documentaliste", ["G. Esposito"]),
      ("M.-L. Benchekroun, professeure documentaliste", ["M.-L. Benchekroun"]),
      ("Salutations distinguées. E. RANDRIAMAMPIONONA", ["E. RANDRIAMAMPIONONA"]),
      ("Nouvelle adresse de la famille Kieffer, à noter.", ["Kieffer"]),
      ("le dossier de dimitri louisy a été envoyé", ["dimitri louisy"]),
      // Seventh blind set, spent on 2026-12-02: a form's « Nom de famille », a verb opening the
      // line, a role by its acronym, a Breton « c'h », particles before a surname and « de la »
      // inside a name, someone thanked or quoted, a lowercase particle in a lowercase name.
      ("Nom de famille : Kerhervé\nCourriel : x", ["Kerhervé"]),
      ("Nom d'usage : de la Roche", ["de la Roche"]),
      ("Contacter Maëlys au secrétariat.", ["Maëlys"]),
      ("Notre ERUN Tudual anime la formation.", ["Tudual"]),
      ("KERGUELEC'H Ronan m'a répondu.", ["KERGUELEC'H Ronan"]),
      ("voir avec mme le bec'h demain", ["le bec'h"]),
      ("Bien à vous,\nDe Oliveira Ana, professeure de SVT", ["De Oliveira Ana"]),
      ("Cordialement\ndu Plessis Hortense", ["du Plessis Hortense"]),
      ("Cordialement,\nAmandine de la Hougue, CPE", ["Amandine de la Hougue"]),
      ("l'atelier que jessica dos anjos (CPE) anime", ["jessica dos anjos"]),
      ("Merci Yannig pour le lien !", ["Yannig"]),
      ("merci loan pour le lien !", ["loan"]),
      ("Comme disait Pagnol, on verra.", ["Pagnol"]),
      // Spent sets' remaining misses, 2026-12-02: « m. » and « mr. » in lowercase with particles or an
      // elided « n' », someone followed or quoted, an account's holder, « X et moi », a relative
      // clause after a lowercase name, first names joined that are also words.
      ("« m. kerbrat, vous avez vu ? »", ["kerbrat"]),
      ("voir avec m. aït belkacem demain", ["aït belkacem"]),
      ("m. n'dour nous a aidés", ["n'dour"]),
      ("le départ de mr. de la motte a tout changé", ["de la motte"]),
      ("je rejoins Cyrulnik sur ce point.", ["Cyrulnik"]),
      ("comme le dit marc bloch, il faut douter", ["marc bloch"]),
      ("Compte au nom du titulaire LEBRETON Anaïs.", ["LEBRETON Anaïs"]),
      ("Virement (titulaire : awa sangaré)", ["awa sangaré"]),
      ("yanis ferchichi et moi avons testé", ["yanis ferchichi"]),
      ("je suis d'accord avec manon boulanger qui l'a dit", ["manon boulanger"]),
      ("j'ai demandé à Marie-Rose de lire", ["Marie-Rose"]),
      // Eleventh blind set: a title after a form's label, « Me » (maître), an elided N' after a
      // lowercase title.
      ("Nom, prénom : Dr LEMAIRE Ilan\nFonction : élu", ["LEMAIRE Ilan"]),
      ("Contact : Me Yanis Chérif (CPE)", ["Yanis Chérif"]),
      ("Présents : madame N'Dour (gestionnaire)", ["N'Dour"]),
      // Twelfth blind set, spent on 2026-12-02: « Docteure », an elided O', M', N' or D' opening a
      // surname in any case.
      ("Excusée : Docteure Awa Sy", ["Awa Sy"]),
      ("Réponse de Siobhan O'Brien, parent.", ["Siobhan O'Brien"]),
      ("Signé : M'BAREK Yasmina", ["M'BAREK Yasmina"]),
      ("Nom, prénom : D'ORNANO Lisa\nFonction : AED", ["D'ORNANO Lisa"]),
      ("Avis de Léon Kermarrec, professeur de lettres, Vannes\nMerci", ["Léon Kermarrec"]),
      // Thirteenth blind set, spent on 2026-12-02: a chat's speaker after the time, in any case,
      // « Da Costa ».
      ("[08:12] sandrine : qui a le lien ?\n[08:13] Anonyme : moi", ["sandrine"]),
      ("[9h40] Thuy Linh : je l'envoie", ["Thuy Linh"]),
      ("Réponse de Joana Da Costa, CPE.", ["Joana Da Costa"]),
      ("Avis de Marie Lefort (59) : pour.", ["Marie Lefort"]),
      // Seventeenth blind set, spent for names on 2026-12-03 (texts written for the test): no
      // institution's name after a comma, a doctor in the feminine, a particle in capitals before
      // the surname, a surname that is also a word after a first name, a class's track between a
      // pupil and their name.
      ("Au collège, Tran Minh nous a aidés.", ["Tran Minh"]),
      ("Dre Maëlle KERGOAT nous a reçus.", ["Maëlle KERGOAT"]),
      ("Avant le 23 octobre.\n\nLE BIHAN Sandrine, proviseure", ["LE BIHAN Sandrine"]),
      ("Je me tiens à disposition : Catherine Noël, tél. 03", ["Catherine Noël"]),
      ("Une élève de 2nde GT, Loan, a été harcelée.", ["Loan"]),
    ]
    for (text, names) in cases {
      #expect(masker.mask(text).findings.map(\.original) == names, "\(text)")
      #expect(masker.mask(text).findings.allSatisfy { $0.kind == .personne })
    }
  }

  /// Fourteenth blind set's names, spent on 2026-12-03 (texts written for the test): a chat's
  /// speakers before their time, a dated chat, a table's cells before a role, a list's « NOM
  /// Prénom – », a sender above the street, a name an e-mail address spells, a child's name before
  /// a class, a casual self-introduction, a lowercase name ending the answer.
  @Test func namesGivenAwayByLayoutAndFrames() {
    let cases: [(String, [String])] = [
      (
        "Inès Ferrand  09:12\nJe trouve ça utile.\nLong Nguyen  09:15\nMoi aussi.\nLong  09:20\nok",
        ["Inès Ferrand", "Long Nguyen", "Long"]
      ),
      ("[03/05/2025 8:41] Maelle : on fait quoi ?", ["Maelle"]),
      ("| KERDONCUFF | Tiphaine | parent | présente |", ["KERDONCUFF", "Tiphaine"]),
      ("Présents :\n1. RAZAFIMAHEFA Noro – CE2 – présente", ["RAZAFIMAHEFA Noro"]),
      ("Gwendal LE BIHAN\n14 rue des Mouettes\n29000 Quimper", ["Gwendal LE BIHAN"]),
      ("Inscrits :\n- Siloé Vandamme (s.vandamme@exemple.fr)", ["Siloé Vandamme"]),
      ("Maman de Yaëlle (4e2) et de Parfait (6e1).", ["Yaëlle", "Parfait"]),
      ("slt ici tivaini en 5e b, c trop bien", ["tivaini"]),
      ("bonsoir je suis nohann keraudren papa de deux enfants", ["nohann keraudren"]),
      ("franchement ca aide pr les devoirs. yanaëlle", ["yanaëlle"]),
      ("c pas mal. — lina", ["lina"]),
      // Seventeenth blind set, spent for names: the column under a heading « Nom » or « Prénom »,
      // a first name that is also a word before a pupil's class.
      ("| Nom | Prénom | Avis |\n|---|---|---|\n| BOULANGER | Rose | Très bien |", ["BOULANGER", "Rose"]),
      ("Liste\nNOM | Prénom | Collège\nPOISSON | Yanis | Collège Jean-Macé |", ["POISSON", "Yanis"]),
      ("Ils sont deux : Rose (GS) et Lou (MS).", ["Rose", "Lou"]),
      // Eighteenth blind set, spent for names on 2026-12-04 (texts written for the test): a column
      // headed by a role, the last row of a table in « ; », a field's note in brackets, particles
      // in capitals inside a surname, a first name that is also a word before a surname found
      // alone, a lowercase signer before a phone number.
      ("| Discipline | Référente |\n|---|---|\n| SES | Ngozi Adeyemi |", ["Ngozi Adeyemi"]),
      ("NOM;Prénom;Classe\nPERRIN;Yvan;4e2\nCHAPUIS;Lilou;4e3", ["PERRIN", "Yvan", "CHAPUIS", "Lilou"]),
      ("Nom (facultatif) : VERNIER-BOSC\nAvis : pour", ["VERNIER-BOSC"]),
      ("Rédigé par Gwenaëlle Le Du et Paul Des Champs.", ["Gwenaëlle Le Du", "Paul Des Champs"]),
      ("Relu par Désiré Lamour.", ["Désiré Lamour"]),
      ("on verra bien. malo tehei – 06 12 34 56 78", ["malo tehei"]),
      // Nineteenth blind set, spent on 2026-12-04: a lowercase particle inside a surname, an
      // initial after a lowercase title, « Mai » as a first name before a surname.
      ("Merci à Hélène des Roseaux.", ["Hélène des Roseaux"]),
      ("m. B (maths) est contre.", ["B"]),
      ("Avec Mai Nguyen-Thi, CPE.", ["Mai Nguyen-Thi"]),
      // Twentieth blind set, spent on 2026-12-04: a table in tabs, a form's name that is also a
      // word, a title a frame took with the name, a first name and a surname found apart.
      (
        "Nom\tPrénom\tTél\nKAPETA\tJean-Luc\t01\nLY-HAM\tOdile\t02",
        ["KAPETA", "Jean-Luc", "LY-HAM", "Odile"]
      ),
      ("- Nom : Samedi\n- Prénom : Yves", ["Samedi", "Yves"]),
      ("Message pour la CPE : Mlle Inès Vidal a appelé.", ["Inès Vidal"]),
      // Twenty-first blind set, spent on 2026-12-04: a video call's notices, a column headed
      // « Direction » with a long surname in capitals.
      (
        "Réunion\nTeura Atger a rejoint la réunion\nTeura Atger a quitté la réunion",
        ["Teura Atger", "Teura Atger"]
      ),
      // A role in capitals is no participant.
      ("Réunion\nCPE a rejoint la réunion\nAnne Roux a rejoint la réunion", ["Anne Roux"]),
      (
        "UAI | Établissement | Direction\n0000000A | collège Les Pins | LE GOFF DE KERANROY Anne",
        ["LE GOFF DE KERANROY Anne"]
      ),
      // Twenty-second blind set, spent on 2026-12-04: a public figure after « a cité », no name
      // joined across a sentence's end, a surname that names places too after a title, a pupil's
      // class after the name, a first name of the lists before a class.
      ("Lors de sa visite, elle a cité Gabriel Attal.", ["Gabriel Attal"]),
      ("Merci à Mme Heitzmann. Abdoulaye Girard — a.girard@exemple.fr", ["Heitzmann", "Abdoulaye Girard"]),
      ("M. Jardin autorise tout. Ilan GS", ["Jardin", "Ilan"]),
      ("Lina CM2", ["Lina"]),
    ]
    for (text, names) in cases {
      let found = masker.mask(text).findings.filter { $0.kind == .personne }.map(\.original)
      #expect(found == names, "\(text)")
    }
    // The same frames without a name.
    for text in [
      "je suis inscrite en 2de et je trouve ça utile", "On en parle en ce moment. merci.",
      "Grâce à ChatGPT, j'ai compris les fonctions affines. coatre.",
      "Début  13:15\nfin de la réunion", "| Nom | Prénom | Qualité |",
      "Contenu riche. sécu : 1 99 06 85 517 944 60",
      "| Nom de l'établissement | Ville |\n| Lycée Victor Hugo | Besançon |",
      // A cell under « Académie », a company by its legal form, a school after its qualifiers.
      "| Académie | Référent |\n|---|---|\n| Aix-Marseille | le CPE |",
      "Facture de Numérix SARL, 12 €.",
      "Au lycée général et technologique Simone Veil, la salle 12.",
      // A verb and its pronoun, schools named by a joined name, a place after « de ».
      "Peux-tu m'envoyer le lien ?", "Les sites Marie-Curie et Jules-Ferry sont prêts.",
      "Au collège de Saint-Laurent, ça marche.",
      // A building and a school named after people.
      "Cité scolaire, bâtiment Simone Veil, salle C11.", "Échanges avec le lycée français Alexandre Yersin.",
    ] {
      #expect(masker.mask(text).findings.filter { $0.kind == .personne }.isEmpty, "\(text)")
    }
  }

  @Test func rolesAndCommonWordsAreNotNames() {
    for text in [
      "Mme la directrice nous a présenté la charte.",
      "Madame la Rectrice a annoncé un plan.",
      "M. le Principal Adjoint est d'accord.",
      "Notre CPE est débordé et la documentaliste aussi.",
      "Mon élève le plus fragile progresse.",
      "Le Conseil Pédagogique a voté contre ; le Plan Numérique continue.",
      "Nous utilisons ChatGPT, Mistral et Pronote.",
      "Les Etats Unis et le Royaume Uni font autrement.",
      "Bref, ma collègue pense comme moi.",
      // A lowercase word of the first-name lists after a determiner or a number is a thing.
      "Il faut une asso par quartier et au maxi 80 millard.",
      "Avant J.-C., on écrivait sur des tablettes.",
      "Je ne sais pas quoi en penser.\nCdlt", "Avant Noël, une semaine sans écran.",
      // Seventh blind set: the words after « salutations », a label in lowercase, a pet, a
      // publisher, a school's or a room's name in lowercase, a town followed by a count.
      "Veuillez agréer mes salutations distinguées.\n", "nir et uai sont demandés.",
      "Mon chien Oscar dort sur le clavier.", "Le manuel Hachette propose des activités.",
      "au college simone veil et en salle marie curie",
      "Un établissement près de Bressuire, 40 élèves au total.",
      "Madame, Monsieur,\n\nUn parent m'a écrit.", "Il est prof d'histoire-géo.",
      "Il dit Bonjour à tous.", "À 5 m. de la porte.", "Le prof et moi avons parlé.",
      // Eleventh blind set: a letter's opening, a label, a letter's place and date, a shop.
      "Madame, Monsieur,\n\nSuite à la consultation, voici.", "Mél : voir plus bas.",
      "À Brive, le 2 mai 2025.",
      "Le magasin Leclerc de la zone ferme tôt.", "JE ME DEMANDE POURQUOI.",
      // Twelfth blind set: a letter's place and date, a form's label, products beside each other.
      "Fait à Quimper, le 3 juin 2025", "Fonction : AED\nQualité : titulaire",
      "Nous testons DALL·E et Kwyk en classe.",
      // Thirteenth blind set: a reading list, a town before its department, a phone's label,
      // laptops, a class, a country.
      "Lectures :\n- « Eugénie Grandet », Hatier, 2003, 349 p.\n- « Germinal » (Belin, 1998)",
      "À Saint-Malo (35), le forum a lieu en mai.",
      "Livraison de 30 Chromebook Lenovo.", "Ma fille (6e Bilangue) aime l'outil.",
      "Un séjour au Costa Rica.",
    ] {
      #expect(masker.mask(text).findings.isEmpty, "\(text)")
    }
  }

  /// A weak clue is listed for review, not masked; once a person confirms it, it is masked everywhere.
  @Test func possibleFindingsAreListedAndMaskedOnceConfirmed() throws {
    let text = "Un grand merci à Zorglub pour son aide. Zorglub est motivé."
    let first = masker.mask(text)
    #expect(first.findings.isEmpty)
    let possible = try #require(first.possible.first)
    #expect(first.possible.allSatisfy { $0.original == "Zorglub" })
    #expect(possible.kind == .personne)
    #expect(possible.span.slice(of: first.text) == "Zorglub")
    #expect(possible.id == PossibleFinding.identifier(kind: .personne, text: "ZORGLUB"))
    let confirmed = PersonalDataMasker(options: MaskingOptions(confirmed: [possible.id]))
    let masked = confirmed.mask(text)
    #expect(masked.text == "Un grand merci à [PERSONNE] pour son aide. [PERSONNE] est motivé.")
    #expect(masked.findings.allSatisfy { $0.confidence == .confirmed })
    #expect(masked.possible.isEmpty)
  }

  /// The learned tagger masks a name no rule takes alone (an unknown word after « avec »), lists a
  /// weaker one for review, and is off without its weights or without the dictionaries.
  @Test func theTaggerMasksWhatTheRulesOnlySuspect() throws {
    let detector = PersonNameDetector.shared
    try #require(
      detector.tagger != nil, "the tagger's weights (Resources/etiqueteur-noms.txt) and the word lists")
    let strong = masker.mask("On a monté le projet avec Zorglub.")
    #expect(strong.text == "On a monté le projet avec [PERSONNE].")
    #expect(strong.findings.map(\.confidence) == [.learned])
    // « Le projet de Zorglub est lancé. » scored 2.9 with the first weights, 4.1 with those
    // retrained on blind 4 (2026-12-02): masked. This one scores −0.95 and 0.03: listed with both.
    let weak = masker.mask("Le chien de Zorglub est malade.")
    #expect(weak.findings.isEmpty && weak.possible.map(\.original) == ["Zorglub"])
    // Products and words stay: a capital inside, a common word.
    for text in ["Nous utilisons ObjectiveC et LibreOffice.", "Il faut une asso par quartier."] {
      #expect(masker.mask(text).findings.isEmpty, "\(text)")
    }
    let rulesOnly = PersonNameDetector(
      extendedListFolder: NameLexicon.locate(), wordLists: NameLexicon.locateWordLists(), tagger: nil)
    let source = "On a monté le projet avec Zorglub." as NSString
    let found = rulesOnly.detect(in: source, keepsInstitutionNames: true)
    #expect(found.masked.isEmpty && found.possible.count == 1)
    #expect(NameTagger.bundled?.weights.contains { $0 != 0 } == true)
    let stale = FileManager.default.temporaryDirectory.appendingPathComponent("etiqueteur-\(UUID()).txt")
    try "0 18 4.0 -1.0\n1 0.5\n".write(to: stale, atomically: true, encoding: .utf8)
    #expect(throws: (any Error).self) { try NameTagger(contentsOf: stale) }
  }

  @Test func disabledKindsStayInText() {
    let onlyEmails = PersonalDataMasker(options: MaskingOptions(kinds: [.email]))
    #expect(onlyEmails.mask("Sophie Martin, sophie@exemple.fr").text == "Sophie Martin, [EMAIL]")
  }
}
