#!/usr/bin/env python3
"""Builds the PDF and DOCX documents of the knowledge base.

Run with a Python that has reportlab and python-docx installed, e.g.
    /tmp/museum-venv/bin/python tools/build_binary_docs.py
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

KB = Path(__file__).resolve().parent.parent / "kb"

# ---------------------------------------------------------------- PDF helpers

def build_pdf(path, title, blocks, author="Stiftung Sundhavener Museen"):
    """blocks: list of ("h", text) | ("p", text) | ("table", rows)."""
    styles = getSampleStyleSheet()
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author=author,
                            leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm)
    story = [Paragraph(title, styles["Title"]), Spacer(1, 0.3 * cm)]
    for kind, content in blocks:
        if kind == "h":
            story.append(Paragraph(content, styles["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(content, styles["BodyText"]))
            story.append(Spacer(1, 0.15 * cm))
        elif kind == "table":
            cells = [[Paragraph(c, styles["BodyText"]) for c in row] for row in content]
            t = Table(cells, hAlign="LEFT")
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 0.3 * cm))
    doc.build(story)


def build_docx(path, title, blocks, core_title=None):
    d = Document()
    d.core_properties.title = core_title or title
    d.core_properties.author = "Stiftung Sundhavener Museen"
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    d.add_heading(title, level=0)
    for kind, content in blocks:
        if kind == "h":
            d.add_heading(content, level=2)
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "li":
            d.add_paragraph(content, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(content), cols=len(content[0]))
            t.style = "Table Grid"
            for i, row in enumerate(content):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            d.add_paragraph("")
    d.save(str(path))

# ------------------------------------------------ 1. Museumspass terms (PDF, de)

AGB = [
    ("p", "Stand: 1. Januar 2026. Diese Nutzungsbedingungen gelten für alle ab dem 1. Januar 2026 "
          "erworbenen Museumspässe der Stiftung Sundhavener Museen (im Folgenden „Stiftung“)."),
    ("h", "§ 1 Gegenstand"),
    ("p", "Der Museumspass berechtigt während seiner Gültigkeit zum beliebig häufigen Besuch der "
          "Dauer- und Sonderausstellungen im Stadtmuseum Sundhaven, in der Kunsthalle am Hafen und im "
          "Naturkundemuseum Sundhaven. Nicht enthalten sind Führungsgebühren, Workshops, "
          "Abendveranstaltungen mit eigenem Ticket sowie Leistungen der Cafés."),
    ("h", "§ 2 Varianten und Preise"),
    ("table", [
        ["Variante", "Preis", "Leistung"],
        ["Museumspass Solo", "45,00 €", "Eintritt für die eingetragene Person"],
        ["Museumspass Solo ermäßigt", "30,00 €", "wie Solo; nur mit gültigem Ermäßigungsnachweis"],
        ["Museumspass Duo", "75,00 €", "Eintritt für die eingetragene Person und jeweils eine Begleitperson nach Wahl; 2 Gästetickets pro Gültigkeitsjahr"],
    ]),
    ("h", "§ 3 Gültigkeit"),
    ("p", "Der Museumspass gilt 12 Monate ab dem Kaufdatum. Bei Einlösung eines Museumspass-Gutscheins "
          "beginnt die Gültigkeit am Tag der Einlösung an der Museumskasse. Gutscheine sind 3 Jahre gültig."),
    ("h", "§ 4 Personalisierung und Übertragbarkeit"),
    ("p", "Der Museumspass wird auf den Namen einer Person ausgestellt und ist nicht übertragbar. Das "
          "Kassen- und Aufsichtspersonal ist berechtigt, einen amtlichen Lichtbildausweis zu verlangen. "
          "Begleitpersonen beim Museumspass Duo müssen gemeinsam mit der eingetragenen Person eintreten. "
          "Gästetickets des Museumspasses Duo sind übertragbar und bis zum Ablauf des Passes einlösbar."),
    ("h", "§ 5 Verlust und Beschädigung"),
    ("p", "Der Verlust des Museumspasses ist dem Besucherservice unverzüglich zu melden. Gegen eine "
          "Bearbeitungsgebühr von 10,00 € wird eine Ersatzkarte mit der ursprünglichen Restlaufzeit "
          "ausgestellt. Die erneute Zusendung des digitalen Passes per E-Mail ist kostenlos. Bei einer "
          "beschädigten Karte wird die Ersatzkarte gegen Rückgabe der alten Karte kostenlos ausgestellt."),
    ("h", "§ 6 Wechsel der Variante"),
    ("p", "Ein Wechsel vom Museumspass Solo zum Museumspass Duo ist innerhalb von 3 Monaten nach dem "
          "Kauf gegen Zahlung des Differenzbetrags möglich; die Gültigkeit bleibt unverändert. Ein Wechsel "
          "vom Museumspass Duo zum Museumspass Solo mit Teilerstattung ist nicht möglich."),
    ("h", "§ 7 Widerrufsrecht bei Online-Kauf"),
    ("p", "Verbraucherinnen und Verbraucher, die den Museumspass im Online-Shop erwerben, können den "
          "Vertrag innerhalb von 14 Tagen ab Vertragsschluss ohne Angabe von Gründen widerrufen. Das "
          "Widerrufsrecht erlischt, sobald der Museumspass erstmals zum Eintritt genutzt wurde. Der Widerruf "
          "ist in Textform an tickets@sundhavener-museen.de zu richten."),
    ("h", "§ 8 Verlängerung und Kündigung"),
    ("p", "Der Museumspass verlängert sich nicht automatisch; eine Kündigung ist nicht erforderlich. Wer "
          "den Pass innerhalb von 30 Tagen vor Ablauf verlängert, erhält einen Treuerabatt von 5,00 € auf "
          "den neuen Pass. Eine anteilige Erstattung bei Nichtnutzung ist ausgeschlossen."),
    ("h", "§ 9 Schließungen"),
    ("p", "Schließungen einzelner Häuser oder Ausstellungsbereiche von insgesamt bis zu 4 Wochen pro "
          "Gültigkeitsjahr berechtigen nicht zur Minderung. Sind alle drei Häuser länger als 4 Wochen "
          "zusammenhängend geschlossen, verlängert sich die Gültigkeit des Passes um den Zeitraum der Schließung."),
    ("h", "§ 10 Missbrauch"),
    ("p", "Bei missbräuchlicher Nutzung, insbesondere der Weitergabe an Dritte, kann die Stiftung den "
          "Museumspass ohne Erstattung einziehen."),
    ("h", "§ 11 Preisänderungen und Datenschutz"),
    ("p", "Preisänderungen gelten nicht für bereits erworbene, gültige Museumspässe. Informationen zur "
          "Verarbeitung Ihrer Daten finden Sie in unseren Datenschutzhinweisen."),
]

# ------------------------------------------- 2. Venue hire factsheet (PDF, en)

VENUES = [
    ("p", "Host your reception, conference, product launch or gala dinner surrounded by 900 years of "
          "city history, North German painting or dinosaurs. This factsheet summarises our five event "
          "spaces and the main conditions. Rental rates for 2026 are set out in the German price list "
          "\"Mietpreise Veranstaltungsräume 2026\"; our events team will gladly send you a tailored offer."),
    ("h", "Our spaces at a glance"),
    ("table", [
        ["Space", "Museum", "Size", "Capacity", "Available"],
        ["Festsaal (banqueting hall)", "Stadtmuseum, 1st floor", "220 m²", "120 seated / 180 standing", "evenings from 18:30; Mondays all day"],
        ["Seminar room", "Stadtmuseum, ground floor", "60 m²", "30 seated", "daytime and evenings"],
        ["Harbour Terrace (glass pavilion and roof terrace)", "Kunsthalle am Hafen, 4th floor", "310 m² + 200 m² terrace", "140 seated / 250 standing", "evenings from 19:30; Mondays and Tuesdays all day"],
        ["Auditorium", "Kunsthalle am Hafen, ground floor", "150 m²", "99 seats (theatre style)", "daytime and evenings"],
        ["Dinosaur Hall", "Natural History Museum", "400 m²", "120 seated / 200 standing", "evenings from 18:30 only; business events only"],
    ]),
    ("h", "Who can book"),
    ("p", "Companies, associations, public bodies and private customers. Private celebrations such as "
          "weddings and milestone birthdays are possible in the Festsaal, the seminar room and on the "
          "Harbour Terrace. The Dinosaur Hall is reserved for business events. Political party events and "
          "events with an exclusively commercial sales purpose are not accepted."),
    ("h", "Times"),
    ("p", "Evening events in the galleries start after the museum has closed. All events must end by "
          "01:00 at the latest. Because of noise protection, amplified music on the open roof terrace of "
          "the Kunsthalle must end at 22:00; inside the glass pavilion music is allowed until the end of the event."),
    ("h", "Catering"),
    ("p", "Catering is provided exclusively by our partner caterers: Hafenkantine GmbH, Kolonnade "
          "Catering and Tafelwerk Sundhaven. External caterers and self-catering are not permitted. In the "
          "Dinosaur Hall, food and drinks may only be served at tables at least 2 metres away from the exhibits."),
    ("h", "Technical equipment"),
    ("p", "All spaces have free Wi-Fi. The Festsaal, the Auditorium and the Harbour Terrace have a "
          "built-in projector, screen, PA system and two wireless microphones. Stage elements and "
          "additional lighting can be hired through our technical partner. A technician must be present "
          "for events using the in-house technology."),
    ("h", "House rules for events"),
    ("p", "Open flames (including candles), confetti, glitter, smoke machines and helium balloons are not "
          "allowed in any of our buildings. Decorations must be approved by the events team in advance. "
          "Smoking is only permitted in the designated area outside the building."),
    ("h", "Add-ons"),
    ("p", "Make your event special with an exclusive after-hours tour of the current exhibition for your "
          "guests, a welcome drink in the galleries or a private viewing of selected objects from the collection."),
    ("h", "How to book"),
    ("p", "1. Send your enquiry with date, number of guests and type of event to events@sundhavener-museen.de "
          "or call +49 4851 7290-150. 2. We arrange a site visit. 3. You receive an offer and we hold the "
          "date for you free of charge for 14 days. 4. The booking becomes binding when you return the "
          "signed rental contract. Please enquire at least 6 weeks before your event."),
]

# ---------------------------------------------- 3. School programme (DOCX, en)

SCHOOL = [
    ("p", "School year 2026/27. Our education team welcomes nurseries (Kitas), primary and secondary "
          "schools in all three museums. Workshops are hands-on, adapted to the curriculum and led by "
          "trained museum educators."),
    ("h", "Admission for school classes"),
    ("li", "Classes from schools in Sundhaven: free admission (lessons during school hours)."),
    ("li", "Classes from schools outside Sundhaven: €2.00 admission per pupil."),
    ("li", "Kita groups: free admission for all Kitas."),
    ("li", "Up to 2 accompanying adults per class are free; further adults pay the reduced admission price."),
    ("h", "Workshops 2026/27"),
    ("table", [
        ["Workshop", "Museum", "Grades", "Duration", "Schools in Sundhaven", "Schools outside Sundhaven"],
        ["From Whale to Plankton", "Natural History Museum", "Kita and grades 1–2", "60 min", "€35 per group", "€50 per group"],
        ["Stone Age Hands-on", "Natural History Museum", "grades 3–6", "90 min", "€45 per class", "€60 per class"],
        ["Colour, Form, Fantasy", "Kunsthalle am Hafen", "grades 1–4", "90 min", "€45 per class", "€60 per class"],
        ["Sundhaven in the Middle Ages", "Stadtmuseum", "grades 5–8", "90 min", "€45 per class", "€60 per class"],
        ["Reading Pictures", "Kunsthalle am Hafen", "grades 9–13", "90 min", "€50 per class", "€65 per class"],
        ["Democracy in the City – project day", "Stadtmuseum", "grades 9–13", "4 hours", "€90 per class", "€120 per class"],
    ]),
    ("p", "Each workshop takes a maximum of 30 pupils. Larger classes are split into two groups and pay "
          "the fee twice."),
    ("h", "Times"),
    ("p", "Workshops start at 9:00 or 11:00. At the Stadtmuseum and the Natural History Museum workshops "
          "are available Tuesday to Friday; at the Kunsthalle am Hafen Wednesday to Friday only. During "
          "the Tuesday \"quiet morning\" (9:30–11:00) the Natural History Museum does not accept school groups."),
    ("h", "Booking"),
    ("p", "Please book at least 3 weeks in advance via schule@sundhavener-museen.de or by phone "
          "+49 4851 7290-120 (Monday to Thursday 8:00–13:00). Please tell us the school, grade, number of "
          "pupils, any special needs and your preferred dates. Payment is by invoice to the school."),
    ("h", "Cancellation"),
    ("p", "Cancellations are free of charge up to 5 working days before the workshop. For later "
          "cancellations or if the class does not arrive, the full workshop fee is charged. If the class "
          "is more than 20 minutes late, the workshop is shortened."),
    ("h", "Museum boxes for the classroom"),
    ("p", "Teachers can borrow themed museum boxes (\"Museumskoffer\") with objects, replicas and "
          "worksheets for 2 weeks free of charge. A deposit of €50 is payable on collection. Topics: "
          "Hanseatic trade, fossils, the coast, colour theory."),
    ("h", "Lunch breaks"),
    ("p", "Classes can reserve the picnic room at the Natural History Museum for their lunch break. At "
          "the Stadtmuseum the seminar room may be used when it is free. There is no space to eat at the "
          "Kunsthalle; please plan your break outside."),
    ("h", "For teachers"),
    ("p", "Teachers preparing a class visit get free admission with proof from their school. Free "
          "teacher previews of new special exhibitions take place on the first Wednesday after each opening "
          "at 16:00. Teachers remain responsible for supervising their pupils during the whole visit."),
]

# ------------------------------------------------ 4. Rental rates (DOCX, de)

MIETE = [
    ("p", "Gültig für Veranstaltungen vom 1. Januar bis 31. Dezember 2026. Preise für Privatkunden "
          "verstehen sich inklusive gesetzlicher Mehrwertsteuer; Preise für Geschäftskunden verstehen sich "
          "zuzüglich 19 % MwSt."),
    ("h", "Raummieten"),
    ("table", [
        ["Raum", "Kapazität", "Mietdauer", "Privatkunden", "Geschäftskunden"],
        ["Festsaal, Stadtmuseum", "120 Sitzplätze / 180 Stehplätze", "Abend (ab 18:30 bis 24:00 Uhr)", "1.200 €", "1.900 €"],
        ["Seminarraum, Stadtmuseum", "30 Sitzplätze", "Halbtag (4 Stunden)", "180 €", "290 €"],
        ["Seminarraum, Stadtmuseum", "30 Sitzplätze", "Ganztag (8 Stunden)", "320 €", "490 €"],
        ["Hafenterrasse, Kunsthalle am Hafen", "140 Sitzplätze / 250 Stehplätze", "Abend (ab 19:30 bis 24:00 Uhr)", "2.400 €", "3.800 €"],
        ["Auditorium, Kunsthalle am Hafen", "99 Sitzplätze", "Halbtag (4 Stunden)", "450 €", "750 €"],
        ["Dino-Halle, Naturkundemuseum", "120 Sitzplätze / 200 Stehplätze", "Abend (ab 18:30 bis 24:00 Uhr)", "nicht buchbar", "4.500 €"],
    ]),
    ("p", "Gemeinnützige Vereine und Organisationen zahlen die Privatkundenpreise, auch wenn eine Rechnung "
          "auf den Verein ausgestellt wird."),
    ("h", "Verlängerung und Zusatzleistungen"),
    ("table", [
        ["Leistung", "Preis"],
        ["Verlängerung nach 24:00 Uhr (bis max. 1:00 Uhr)", "300 € pauschal"],
        ["Reinigungspauschale (Festsaal, Hafenterrasse, Dino-Halle)", "250 €"],
        ["Technikpauschale inkl. Techniker (pro Veranstaltung)", "150 €"],
        ["Sicherheitspersonal (Pflicht ab 50 Gästen)", "45 € pro Person und Stunde"],
        ["Exklusive Abendführung für bis zu 25 Gäste", "180 €"],
        ["Sektempfang in der Ausstellung (zzgl. Catering)", "200 €"],
    ]),
    ("h", "Kaution und Zahlung"),
    ("p", "Privatkunden hinterlegen eine Kaution von 1.000 €, fällig 4 Wochen vor der Veranstaltung. Die "
          "Kaution wird nach der Abnahme der Räume innerhalb von 14 Tagen zurückgezahlt. Geschäftskunden "
          "zahlen keine Kaution; die Rechnung ist innerhalb von 14 Tagen nach der Veranstaltung fällig."),
    ("h", "Stornierung"),
    ("table", [
        ["Zeitpunkt der Absage vor der Veranstaltung", "Stornokosten (Anteil der Raummiete)"],
        ["mehr als 90 Tage", "25 %"],
        ["90 bis 30 Tage", "50 %"],
        ["weniger als 30 Tage", "90 %"],
    ]),
    ("p", "Bereits beauftragte Leistungen Dritter (z. B. Catering) werden nach deren Bedingungen gesondert berechnet."),
    ("h", "Hinweise"),
    ("li", "Catering ausschließlich über unsere Partner-Caterer."),
    ("li", "Mindestvorlauf für Buchungen: 6 Wochen."),
    ("li", "Kindergeburtstage sind über das Familienprogramm des Naturkundemuseums buchbar, nicht über die Raumvermietung."),
    ("li", "Anfragen: Team Vermietung, events@sundhavener-museen.de, Telefon +49 4851 7290-150."),
]


def main():
    (KB / "jahreskarte").mkdir(parents=True, exist_ok=True)
    (KB / "vermietung").mkdir(parents=True, exist_ok=True)
    (KB / "fuehrungen").mkdir(parents=True, exist_ok=True)
    build_pdf(KB / "jahreskarte" / "museumspass-nutzungsbedingungen.pdf",
              "Nutzungsbedingungen Museumspass", AGB)
    build_pdf(KB / "vermietung" / "venue-hire-factsheet.pdf",
              "Venue hire at the Sundhaven museums – factsheet", VENUES)
    build_docx(KB / "fuehrungen" / "school-programme.docx",
               "School and Kita programme 2026/27", SCHOOL)
    build_docx(KB / "vermietung" / "mietpreise-2026.docx",
               "Mietpreise Veranstaltungsräume 2026", MIETE)
    print("built 2 PDF + 2 DOCX")


if __name__ == "__main__":
    main()
