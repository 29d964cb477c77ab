#!/usr/bin/env python3
"""Build the PDF and DOCX documents of the knowledge base.

Run with the venv that has reportlab and python-docx:
    /tmp/library-venv/bin/python tools/build_binary_docs.py
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

KB = Path(__file__).resolve().parent.parent / "kb"
styles = getSampleStyleSheet()
H1, H2, P = styles["Title"], styles["Heading2"], styles["BodyText"]
SMALL = styles["BodyText"].clone("small", fontSize=8.5, leading=10.5)


def table(rows, widths):
    data = [[Paragraph(str(c), SMALL) for c in r] for r in rows]
    t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe8f0")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def pdf(path, title, author, story):
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author=author,
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build(story)


# ---------------------------------------------------------------- events PDF (de)
def build_events():
    s = [Paragraph("Veranstaltungskalender Winter 2026/27", H1),
         Paragraph("Stadtbibliothek Rabenfeld · Dezember 2026 bis Februar 2027", P), Spacer(1, 8),
         Paragraph("Liebe Leserinnen und Leser, auch im Winter ist in Ihrer Bibliothek viel los. Karten für Lesungen "
                   "und den Poetry Slam erhalten Sie im Vorverkauf an allen Theken und online; Restkarten gibt es an der "
                   "Abendkasse ab 30 Minuten vor Beginn. Mitglieder des Freundeskreises erhalten 2,00 € Ermäßigung auf "
                   "den regulären Eintritt. Ermäßigten Eintritt zahlen Schüler:innen, Studierende und Inhaber:innen des "
                   "RabenfeldPass. Kinderveranstaltungen sind kostenlos, sofern nicht anders angegeben.", P),
         Spacer(1, 8), Paragraph("Dezember 2026", H2)]
    rows = [["Datum / Uhrzeit", "Veranstaltung", "Ort", "Eintritt / Anmeldung"],
            ["Sa, 12.12.2026, 11:00", "Weihnachtliches Bilderbuchkino (3–6 Jahre)", "Stadtteilbibliothek Nordstadt", "frei, ohne Anmeldung"],
            ["Di, 15.12.2026, 19:30", "Lesung: Ines Vollrath liest aus ihrem Krimi „Nebel über dem Kornmarkt“", "Zentralbibliothek, Kornsaal", "8,00 €, ermäßigt 5,00 €"],
            ["Sa, 19.12.2026, 14:00", "Weihnachtsbasteln für Kinder von 6 bis 10 Jahren", "Zentralbibliothek, Kinderbibliothek 3. OG", "3,00 € Materialkosten, Anmeldung erforderlich"]]
    s += [table(rows, [3.4, 6.2, 3.8, 3.6]), Spacer(1, 8), Paragraph("Januar 2027", H2)]
    rows = [["Datum / Uhrzeit", "Veranstaltung", "Ort", "Eintritt / Anmeldung"],
            ["Do, 14.01.2027, 18:00", "Vortrag: Ahnenforschung online – Kirchenbücher und Archive im Netz", "Zentralbibliothek, Kornsaal", "frei"],
            ["Sa, 16.01.2027, 10:00–14:00", "Repair-Café des Freundeskreises: Kleingeräte, Textilien, Fahrräder", "Zentralbibliothek, Seminarraum", "frei, Spende erbeten"],
            ["Mi, 20.01.2027, 19:00", "Literarisches Quartett Rabenfeld: vier Neuerscheinungen im Gespräch", "Zentralbibliothek, Kornsaal", "5,00 €"],
            ["Sa, 23.01.2027, 11:00–16:00", "Brettspieltag für die ganze Familie", "Zentralbibliothek, Kornsaal", "frei"],
            ["Do, 28.01.2027, 17:00", "Workshop: Bewerbung digital – Online-Bewerbungen und Bewerbungsportale", "Zentralbibliothek, Lernzentrum 1. OG", "frei, Anmeldung erforderlich, max. 12 Personen"]]
    s += [table(rows, [3.4, 6.2, 3.8, 3.6]), Spacer(1, 8), Paragraph("Februar 2027", H2)]
    rows = [["Datum / Uhrzeit", "Veranstaltung", "Ort", "Eintritt / Anmeldung"],
            ["Mi, 03.02.2027, 16:00", "Zweisprachige Vorlesestunde Ukrainisch–Deutsch (4–8 Jahre)", "Stadtteilbibliothek Südviertel", "frei"],
            ["Fr, 12.02.2027, 19:30", "Poetry Slam „Slam am Kornmarkt“ (ab 14 Jahren)", "Zentralbibliothek, Kornsaal", "6,00 €, ermäßigt 4,00 €"],
            ["Sa, 13.02. und Sa, 20.02.2027, jeweils 14:00–16:30", "Comic-Workshop mit dem Illustrator Kaan Demir (10–13 Jahre, beide Termine gehören zusammen)", "Zentralbibliothek, Makerspace 1. OG", "frei, Anmeldung erforderlich, max. 10 Kinder"],
            ["Di, 23.02.2027, 15:00", "Kinonachmittag für Seniorinnen und Senioren mit Kaffee und Kuchen", "Zentralbibliothek, Kornsaal", "3,00 € inkl. Kaffee"]]
    s += [table(rows, [3.4, 6.2, 3.8, 3.6]), Spacer(1, 10), Paragraph("Regelmäßige Termine", H2)]
    for t in ["Digitalsprechstunde: dienstags 10:00–12:00 Uhr, Zentralbibliothek, Lernzentrum 1. OG (nicht am 22. und 29.12.2026)",
              "Sprachcafé für Deutschlernende (ab A2): donnerstags 17:00–18:30 Uhr, Zentralbibliothek, Café „Eselsohr“ (Pause vom 17.12.2026 bis 7.1.2027)",
              "Stille Stunde: montags 10:00–11:00 Uhr, Zentralbibliothek",
              "Vorlesestunden „Lesefüchse“: siehe Angebote für Kinder und Jugendliche; in den Weihnachtsferien (23.12.2026 bis 9.1.2027) finden keine Vorlesestunden statt."]:
        s.append(Paragraph("• " + t, P))
    s += [Spacer(1, 8), Paragraph("Anmeldung zu Veranstaltungen: an allen Theken, telefonisch unter (05381) 4472-100 oder per "
                                  "E-Mail an veranstaltungen@stadtbibliothek-rabenfeld.de. Bitte sagen Sie ab, wenn Sie "
                                  "einen angemeldeten Platz nicht nutzen können – es gibt oft Wartelisten. Programmänderungen "
                                  "vorbehalten; aktuelle Hinweise auf www.stadtbibliothek-rabenfeld.de/veranstaltungen.", P)]
    pdf(KB / "veranstaltungen" / "veranstaltungskalender-winter-2026-27.pdf",
        "Veranstaltungskalender Winter 2026/27", "Stadtbibliothek Rabenfeld", s)


# ---------------------------------------------------------------- Benutzungsordnung PDF (de)
ORDNUNG = [
    ("§ 1 Geltungsbereich", "Diese Benutzungsordnung gilt für alle Standorte der Stadtbibliothek Rabenfeld einschließlich des "
     "Bücherbusses und der Open Library sowie für die digitalen Angebote."),
    ("§ 2 Anmeldung und Bibliotheksausweis", "(1) Zur Ausleihe ist ein Bibliotheksausweis erforderlich. Die Anmeldung erfolgt "
     "persönlich unter Vorlage eines gültigen amtlichen Ausweisdokuments. (2) Kinder können ab dem vollendeten 6. Lebensjahr "
     "angemeldet werden. Bei Minderjährigen ist die schriftliche Einwilligung eines Erziehungsberechtigten erforderlich, der sich "
     "zugleich zur Haftung für Schäden und zur Zahlung von Entgelten verpflichtet. (3) Der Ausweis bleibt Eigentum der "
     "Stadtbibliothek und ist nicht übertragbar. Dritte dürfen mit dem Ausweis nur im Auftrag der Inhaberin oder des Inhabers "
     "ausleihen; die Haftung verbleibt bei der Ausweisinhaberin bzw. dem Ausweisinhaber. (4) Der Verlust des Ausweises sowie "
     "Änderungen von Name und Anschrift sind unverzüglich mitzuteilen."),
    ("§ 3 Ausleihe, Leihfristen, Verlängerung", "(1) Die Leihfristen richten sich nach der Medienart und werden bei der Ausleihe "
     "mitgeteilt. (2) Die Leihfrist kann verlängert werden, sofern keine Vormerkung vorliegt und die Höchstzahl der "
     "Verlängerungen nicht erreicht ist. (3) Die Bibliothek kann entliehene Medien aus dienstlichen Gründen jederzeit "
     "zurückfordern. (4) Die Weitergabe entliehener Medien an Dritte ist nicht gestattet."),
    ("§ 4 Überschreitung der Leihfrist, Mahnverfahren", "(1) Bei Überschreitung der Leihfrist wird eine Säumnisgebühr nach der "
     "jeweils gültigen Entgeltordnung erhoben, unabhängig davon, ob eine Mahnung zugegangen ist. (2) Die Bibliothek versendet "
     "Mahnungen 7, 14 und 28 Tage nach Ablauf der Leihfrist. (3) Werden die Medien nicht innerhalb von 42 Tagen nach Ablauf der "
     "Leihfrist zurückgegeben, erlässt die Bibliothek einen Kostenbescheid über den Wiederbeschaffungswert, die "
     "Bearbeitungsgebühr und die Säumnisgebühren. (4) Nicht bezahlte Forderungen werden im Verwaltungsvollstreckungsverfahren "
     "durch die Stadtkasse Rabenfeld beigetrieben. (5) Ab einem offenen Betrag von 10,00 € ist die Ausleihe gesperrt."),
    ("§ 5 Behandlung der Medien, Haftung", "(1) Entliehene Medien sind sorgfältig zu behandeln und vor Veränderung, "
     "Beschmutzung und Beschädigung zu schützen. (2) Verlust und Beschädigung sind unverzüglich anzuzeigen; eigene "
     "Reparaturversuche sind untersagt. (3) Für Verlust oder Beschädigung ist Schadenersatz in Höhe des Wiederbeschaffungswertes "
     "zuzüglich einer Bearbeitungsgebühr zu leisten. (4) Die Bibliothek haftet nicht für Schäden, die durch die Nutzung von "
     "Medien, Geräten der Bibliothek der Dinge oder Dateien an Geräten der Nutzenden entstehen, es sei denn bei Vorsatz oder "
     "grober Fahrlässigkeit."),
    ("§ 6 Verhalten in der Bibliothek (Hausordnung)", "(1) Alle Besucherinnen und Besucher haben sich so zu verhalten, dass andere "
     "nicht gestört werden. In der Ruhezone des Lernzentrums sind Telefonate und Gruppenarbeit nicht gestattet. (2) Speisen "
     "dürfen nur im Café verzehrt werden; Getränke sind in verschließbaren Behältern in allen Bereichen erlaubt. (3) Rauchen, "
     "auch von E-Zigaretten, ist in allen Räumen und im Bücherbus untersagt. (4) Tiere dürfen nicht mitgebracht werden; "
     "ausgenommen sind Assistenzhunde. (5) Große Taschen, Rucksäcke und Koffer sind in den Schließfächern aufzubewahren. "
     "(6) Fotografieren und Filmen ist für private Zwecke erlaubt, sofern keine anderen Personen erkennbar abgebildet werden. "
     "Für Presse- und Werbeaufnahmen ist eine Genehmigung der Bibliotheksleitung erforderlich. (7) Kinder unter 8 Jahren sind "
     "von einer erwachsenen Person zu beaufsichtigen."),
    ("§ 7 Open Library", "(1) Die Nutzung der Open Library ist Inhaberinnen und Inhabern eines gültigen Ausweises ab 18 Jahren "
     "gestattet; die erstmalige Nutzung setzt die Bestätigung der Nutzungsbedingungen an der Theke voraus. (2) Jede Person "
     "betritt die Räume nur mit dem eigenen Ausweis; das Mitnehmen weiterer Erwachsener ist nicht gestattet, Kinder unter 14 "
     "Jahren nur in Begleitung. (3) Im Notfall ist der Notruf 112 zu wählen; Notrufsäulen befinden sich an den Ausgängen."),
    ("§ 8 Internet und PC-Nutzung", "Die Bibliothek stellt Internetzugang und PC-Arbeitsplätze zur Verfügung. Der Abruf "
     "rechtswidriger, pornografischer oder gewaltverherrlichender Inhalte ist untersagt."),
    ("§ 9 Hausrecht und Ausschluss", "(1) Das Hausrecht übt die Bibliotheksleitung oder das von ihr beauftragte Personal aus. "
     "(2) Wer schwerwiegend oder wiederholt gegen diese Ordnung verstößt, kann befristet bis zu einem Jahr oder in "
     "besonders schweren Fällen dauerhaft von der Benutzung ausgeschlossen werden. Bereits gezahlte Entgelte werden nicht "
     "erstattet."),
    ("§ 10 Datenschutz", "Personenbezogene Daten werden nur verarbeitet, soweit dies zur Erfüllung der Aufgaben der Bibliothek "
     "erforderlich ist. Einzelheiten regelt die Datenschutzerklärung der Stadtbibliothek."),
    ("§ 11 Entgelte", "Entgelte werden nach der jeweils gültigen Entgeltordnung der Stadtbibliothek Rabenfeld erhoben."),
    ("§ 12 Inkrafttreten", "Diese Benutzungsordnung tritt am 1. Januar 2026 in Kraft."),
]


def build_ordnung():
    s = [Paragraph("Benutzungsordnung der Stadtbibliothek Rabenfeld", H1),
         Paragraph("Beschlossen vom Rat der Stadt Rabenfeld am 18. September 2025", P), Spacer(1, 10)]
    for head, text in ORDNUNG:
        s += [Paragraph(head, H2), Paragraph(text, P)]
    s += [Spacer(1, 12), Paragraph("Rabenfeld, den 22. September 2025 – Die Oberbürgermeisterin", P)]
    pdf(KB / "regeln" / "benutzungsordnung.pdf", "Benutzungsordnung der Stadtbibliothek Rabenfeld",
        "Stadt Rabenfeld", s)


# ---------------------------------------------------------------- DOCX helpers
def docx_table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            t.cell(i, j).text = str(c)
            if i == 0:
                for run in t.cell(i, j).paragraphs[0].runs:
                    run.bold = True
    return t


def new_doc(title, author):
    d = Document()
    d.core_properties.title = title
    d.core_properties.author = author
    d.styles["Normal"].font.size = Pt(10.5)
    return d


# ---------------------------------------------------------------- schools DOCX (en)
def build_schools():
    d = new_doc("Library services for schools and day-care centres", "Schulservice Stadtbibliothek Rabenfeld")
    d.add_heading("Library services for schools and day-care centres (Kitas)", 0)
    d.add_paragraph("Information for teachers and educators – English version for international and bilingual schools "
                    "in Rabenfeld. School year 2026/27.")
    d.add_heading("Class visits and library tours", 1)
    d.add_paragraph("All class visits are free of charge. Each group may bring up to 30 children or pupils and needs at "
                    "least 2 accompanying adults. Please book at least 3 weeks in advance.")
    docx_table(d, [
        ["Format", "Age / grade", "Duration", "Where"],
        ["Library licence (Bibliotheksführerschein): three visits, certificate at the end", "Kita, age 4–6", "45 minutes per visit", "Zentralbibliothek, Nordstadt, Südviertel"],
        ["Library rally with picture puzzles", "Grades 1–2", "60 minutes", "all branches"],
        ["Library rally and first card for every child", "Grades 3–4", "60 minutes", "all branches"],
        ["Research training: catalogue, databases, evaluating sources", "Grades 8–10", "90 minutes", "Zentralbibliothek"],
        ["Research for seminar papers (Facharbeit) incl. LexiNet and PresseKiosk", "Grades 11–13", "90 minutes", "Zentralbibliothek"],
    ])
    d.add_paragraph()
    d.add_paragraph("Time slots: Zentralbibliothek Monday to Friday 8:30–12:00 (the library opens early for school "
                    "groups); Nordstadt Tuesday and Thursday 8:30–10:00; Südviertel Wednesday and Friday 8:30–10:00. "
                    "No class visits take place during the Monday quiet hour (10:00–11:00) at the Zentralbibliothek.")
    d.add_paragraph("Children in grades 3–4 can receive their first free library card during the visit if the signed "
                    "parental consent forms are handed in at least one week before the visit.")
    d.add_heading("Media boxes (Medienkisten)", 1)
    d.add_paragraph("Themed boxes with 25 to 30 books, audiobooks and games on topics such as seasons, dinosaurs, "
                    "feelings, the human body, space, climate, democracy or first English readers. Media boxes can only "
                    "be ordered with an institutional card (Institutionsausweis), which is free for schools and Kitas in "
                    "Rabenfeld.")
    for t in ["Loan period: 6 weeks, one renewal possible if the box is not reserved.",
              "Order at least 2 weeks in advance by email to schulservice@stadtbibliothek-rabenfeld.de.",
              "Maximum 2 boxes per institution at the same time.",
              "Pick-up and return at the Zentralbibliothek service desk. Schools that are a stop of the mobile library "
              "Leseexpress can have the box delivered by the bus.",
              "Please check the enclosed list when returning the box; missing items are charged according to our "
              "lost items rates."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Class sets (Klassensätze)", 1)
    d.add_paragraph("We hold class sets of about 90 popular school readers (German, English and French), each with up to "
                    "30 copies. Class sets are lent for 6 weeks on the institutional card and must be reserved at least "
                    "4 weeks in advance. A list is available from the school service.")
    d.add_heading("Reading promotion", 1)
    d.add_paragraph("Reading mentors (Lesepaten): volunteers read with small groups at the school once a week. "
                    "Availability is limited; requests for the next school year by 30 June. "
                    "Author readings for schools take place in the German Reading Week (November); the fee of €3.00 per "
                    "pupil is paid by the school.")
    d.add_heading("Contact", 1)
    d.add_paragraph("School service, Stadtbibliothek Rabenfeld, Kornmarkt 5, 38612 Rabenfeld. "
                    "Phone (05381) 4472-130 (Mon–Thu 8:30–12:00), schulservice@stadtbibliothek-rabenfeld.de")
    d.save(KB / "veranstaltungen" / "school-and-kita-services.docx")


# ---------------------------------------------------------------- room rental DOCX (de)
def build_rooms():
    d = new_doc("Raumvermietung – Entgelte und Bedingungen", "Stadtbibliothek Rabenfeld")
    d.add_heading("Raumvermietung – Entgelte und Bedingungen", 0)
    d.add_paragraph("Stand: 1. Januar 2026. Diese Bedingungen gelten für die Vermietung des Kornsaals und des "
                    "Seminarraums in der Zentralbibliothek sowie des Werkstattraums in der Stadtteilbibliothek Nordstadt. "
                    "Die Gruppenarbeitsräume im Lernzentrum sind nicht mietbar, sondern für Ausweisinhaber:innen "
                    "kostenlos buchbar.")
    d.add_heading("1. Entgelte", 1)
    d.add_paragraph("Gemeinnützig: eingetragene gemeinnützige Vereine, Initiativen, Selbsthilfegruppen, "
                    "Bildungseinrichtungen (Nachweis der Gemeinnützigkeit erforderlich). Gewerblich: Unternehmen, "
                    "Selbstständige, Parteien, kostenpflichtige Kurse und alle übrigen Veranstalter.")
    docx_table(d, [
        ["Raum", "gemeinnützig je Stunde", "gewerblich je Stunde", "Tagespauschale gemeinnützig (bis 8 Std.)", "Tagespauschale gewerblich (bis 8 Std.)"],
        ["Kornsaal (80 Plätze)", "25,00 €", "70,00 €", "150,00 €", "420,00 €"],
        ["Seminarraum (20 Plätze)", "10,00 €", "30,00 €", "60,00 €", "180,00 €"],
        ["Werkstattraum Nordstadt (15 Plätze)", "8,00 €", "25,00 €", "50,00 €", "150,00 €"],
    ])
    d.add_paragraph()
    d.add_paragraph("Städtische Einrichtungen sowie Schulen und Kitas mit Sitz in Rabenfeld nutzen die Räume für "
                    "Bildungsveranstaltungen kostenfrei. Die Mindestmietdauer beträgt 2 Stunden. Angefangene Stunden "
                    "werden voll berechnet. Auf- und Abbauzeiten zählen zur Mietzeit.")
    d.add_heading("2. Zusatzleistungen", 1)
    docx_table(d, [
        ["Leistung", "Entgelt"],
        ["Veranstaltung außerhalb der Öffnungszeiten (Hausdienst), je Stunde", "20,00 €"],
        ["Veranstaltungstechniker:in für Ton und Licht, je Stunde", "35,00 €"],
        ["Zusätzliche Reinigung bei starker Verschmutzung", "50,00 €"],
        ["Moderationskoffer und Pinnwände", "kostenlos"],
        ["Beamer, Leinwand, Mikrofone", "im Mietpreis enthalten"],
    ])
    d.add_heading("3. Kaution", 1)
    d.add_paragraph("Für den Kornsaal ist eine Kaution von 100,00 € zu hinterlegen, die spätestens 7 Tage vor der "
                    "Veranstaltung überwiesen werden muss. Die Kaution wird nach ordnungsgemäßer Rückgabe des Raumes "
                    "innerhalb von 14 Tagen erstattet. Für Seminarraum und Werkstattraum wird keine Kaution erhoben.")
    d.add_heading("4. Buchung und Stornierung", 1)
    d.add_paragraph("Anfragen richten Sie bitte mindestens 3 Wochen vor dem Termin an "
                    "raumvermietung@stadtbibliothek-rabenfeld.de. Der Mietvertrag kommt mit unserer schriftlichen "
                    "Bestätigung zustande. Bei Stornierung gilt:")
    for t in ["bis 14 Tage vor dem Termin: kostenfrei",
              "13 bis 3 Tage vor dem Termin: 50 % des Mietentgelts",
              "weniger als 3 Tage vor dem Termin oder Nichterscheinen: 100 % des Mietentgelts"]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("5. Nutzungsbedingungen", 1)
    for t in ["Veranstaltungen müssen spätestens um 22:00 Uhr enden; die Räume sind bis 22:30 Uhr zu verlassen.",
              "Private Feiern (z. B. Geburtstage, Hochzeiten) sind in den Räumen der Bibliothek nicht gestattet. "
              "Ausgenommen ist der Kindergeburtstag mit Bibliotheksrallye der Kinderbibliothek.",
              "Speisen und Getränke dürfen nur im Kornsaal angeboten werden; dort steht eine kleine Teeküche zur "
              "Verfügung. Der Ausschank von Alkohol bedarf der vorherigen Genehmigung.",
              "Der Verkauf von Waren und das Erheben von Eintritt müssen bei der Buchung angegeben werden.",
              "Die Mieterin bzw. der Mieter haftet für Schäden an Raum und Ausstattung und ist für die Einhaltung "
              "der zulässigen Personenzahl verantwortlich.",
              "Die Bibliothek kann Buchungen ablehnen, insbesondere für parteipolitische Wahlkampfveranstaltungen in "
              "den drei Monaten vor einer Wahl."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("Rechnungsstellung erfolgt nach der Veranstaltung; Zahlungsziel 14 Tage.")
    d.save(KB / "services" / "raumvermietung-entgelte-bedingungen.docx")


if __name__ == "__main__":
    build_events()
    build_ordnung()
    build_schools()
    build_rooms()
    print("built 2 PDF + 2 DOCX in", KB)
