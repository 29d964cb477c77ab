#!/usr/bin/env python3
"""Build the binary (PDF/DOCX) knowledge-base documents of the Auenquell evaluation set.

Run with a Python that has reportlab and python-docx, e.g.
    python3 -m venv /tmp/spa-venv && /tmp/spa-venv/bin/pip install reportlab python-docx pypdf
    /tmp/spa-venv/bin/python tools/build_docs.py
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
STYLES = getSampleStyleSheet()
FONT = "Helvetica"


def pdf(path, title, blocks, meta_title):
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=meta_title,
                            author="Auenquell Thermen GmbH")
    story = [Paragraph(title, STYLES["Title"])]
    for kind, content in blocks:
        if kind == "h":
            story.append(Paragraph(content, STYLES["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(content, STYLES["BodyText"]))
        elif kind == "t":
            data = [[Paragraph(str(c), STYLES["BodyText"]) for c in row] for row in content]
            t = Table(data, repeatRows=1)
            t.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2f6f73")),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
        story.append(Spacer(1, 0.3 * cm))
    doc.build(story)


def docx(path, title, blocks):
    path.parent.mkdir(parents=True, exist_ok=True)
    d = Document()
    d.core_properties.title = title
    d.core_properties.author = "Auenquell Thermen GmbH"
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
    d.save(str(path))


# ---------------------------------------------------------------- Aufgussplan (PDF, de)
AUFGUSS_BK = [
    ["Uhrzeit", "Sauna", "Aufguss", "Hinweis"],
    ["11:00", "Kelo-Erdsauna", "Birkenwald", "klassisch, 3 Runden"],
    ["12:00", "Panorama-Sauna", "Eukalyptus-Minze", ""],
    ["13:00", "Kornkammer", "Heuernte", ""],
    ["14:00", "Birkenstube", "Allergiker-Aufguss ohne Duftstoffe", "nur Wasser und Eis"],
    ["15:00", "Kelo-Erdsauna", "Zitronengras", ""],
    ["16:00", "Panorama-Sauna", "Event-Aufguss Nordlicht", "ca. 15 Minuten, Lichtshow"],
    ["16:30", "Dampfbad Quellnebel", "Honig-Salz-Peeling", "enthält Honig"],
    ["17:00", "Seesauna", "Eis-Aufguss", "mit Crushed Ice"],
    ["18:00", "Kelo-Erdsauna", "Wenik (Birkenzweige)", "Abklopfen auf Wunsch"],
    ["19:00", "Panorama-Sauna", "Event-Aufguss Winterwald", "dienstags: Damen-Aufguss Rosenblüte"],
    ["20:00", "Kornkammer", "Orange-Zimt", ""],
    ["21:00", "Kelo-Erdsauna", "Pfefferminze", ""],
    ["22:00", "Panorama-Sauna", "Gute-Nacht-Aufguss Lavendel", "nicht sonntags"],
    ["23:00", "Panorama-Sauna", "Mitternachtsaufguss", "nur freitags und samstags"],
]
AUFGUSS_SE = [
    ["Uhrzeit", "Sauna", "Aufguss"],
    ["ab 12:30 (Mo-Fr) bzw. ab 10:30 (Sa/So), jede halbe Stunde", "Blockhaus-Sauna und Finnische Sauna im Wechsel",
     "wechselnde Düfte"],
    ["So 10:30, 11:30, 12:30, 13:30", "Kräuter-Bio-Sauna", "Kinder-Aufguss (mild, 60 °C)"],
    ["Sa/So 15:30", "Dampfbad", "Salz-Peeling"],
    ["täglich 18:30", "Floß-Sauna", "Seeaufguss mit Fichtennadel"],
]

pdf(KB / "sauna" / "aufgussplan-winter-2026.pdf",
    "Aufgussplan Wintersaison 2026/27",
    [
        ("p", "Gültig vom 1. November 2026 bis 31. März 2027. Auenquell Thermen – Saunadorf Bad Kornwald und "
              "Saunagarten Seelingen. Änderungen vorbehalten; tagesaktuelle Änderungen hängen an der Saunabar aus."),
        ("h", "Saunadorf Bad Kornwald – täglich"),
        ("t", AUFGUSS_BK),
        ("p", "Sonntags schließt das Saunadorf um 22:00 Uhr; der letzte Aufguss ist dann um 21:00 Uhr. "
              "Dienstags (Damentag) ersetzt der Damen-Aufguss Rosenblüte um 19:00 Uhr den Event-Aufguss."),
        ("p", "Bitte betreten Sie die Sauna spätestens 2 Minuten vor Beginn des Aufgusses. Während des Aufgusses "
              "bleibt die Tür geschlossen. Für Event-Aufgüsse in der Panorama-Sauna werden ab 10 Minuten vorher "
              "Platzkarten an der Saunabar ausgegeben (kostenlos)."),
        ("h", "Saunagarten Seelingen"),
        ("t", AUFGUSS_SE),
        ("p", "Die Kinder-Aufgüsse finden nur während der Familiensauna (sonntags 10:00 bis 14:00 Uhr) statt."),
        ("h", "Allergien"),
        ("p", "Eine Liste aller verwendeten Aufgussessenzen liegt an der Saunabar aus. Der Allergiker-Aufguss um "
              "14:00 Uhr in der Birkenstube wird ohne jegliche Duftstoffe durchgeführt."),
    ],
    "Aufgussplan Wintersaison 2026/27")

# ---------------------------------------------------------------- Hotel brochure (PDF, en)
PACKAGES = [
    ["Package", "Dates", "Nights", "Included", "Price per person (double room)"],
    ["Winter Glow", "2 Nov 2026 - 28 Feb 2027 (not 23 Dec - 2 Jan)", "2",
     "Half board, thermal baths + Saunadorf, one Hot-Stone massage (75 min)", "EUR 389"],
    ["Christmas Retreat", "23 - 26 Dec 2026", "3",
     "Half board, Christmas Eve festive dinner, thermal baths + Saunadorf, Christmas infusion", "EUR 619"],
    ["New Year's Eve Gala", "30 Dec 2026 - 2 Jan 2027", "3",
     "Half board, gala dinner with live band on 31 Dec, midnight infusion, New Year's brunch", "EUR 689"],
    ["Midweek Escape", "year-round, arrival Sunday to Tuesday", "3",
     "Breakfast, thermal baths + Saunadorf, one 30-minute back massage", "EUR 399"],
]
CHILDREN = [
    ["Child's age (in parents' room)", "Price per night incl. board"],
    ["0-5 years", "free"],
    ["6-11 years", "EUR 45"],
    ["12-15 years", "EUR 65"],
    ["16 years and older", "adult price"],
]
pdf(KB / "hotel" / "spa-breaks-2026-27.pdf",
    "Spa Breaks 2026/27 - Hotel Auenquell Bad Kornwald",
    [
        ("p", "Seasonal packages at Hotel Auenquell (4 stars), directly connected to the thermal baths and the "
              "Saunadorf in Bad Kornwald by a bathrobe corridor. Prices per person in a Comfort double room; "
              "single room supplement EUR 35 per night. The local spa tax (EUR 2.80 per person per night) is "
              "not included."),
        ("h", "Seasonal packages"),
        ("t", PACKAGES),
        ("p", "Please note: children under 6 cannot use the thermal brine pools in Bad Kornwald, and the Saunadorf "
              "is for guests aged 16 and over. Families with small children may prefer a day trip to our family "
              "pool in Seelingen (23 km away)."),
        ("h", "Children in the parents' room"),
        ("t", CHILDREN),
        ("h", "Special cancellation terms for the festive packages"),
        ("p", "Christmas Retreat and New Year's Eve Gala can be cancelled free of charge until 30 November 2026. "
              "From 1 December 2026 we charge 80 % of the package price; no-shows are charged in full. "
              "For all other packages the standard hotel cancellation terms apply."),
        ("h", "Booking"),
        ("p", "Hotel reception (24 hours): +49 5671 4820-500, hotel@auenquell-thermen.de. "
              "Packages are subject to availability; the New Year's Eve Gala usually sells out by mid-December."),
    ],
    "Spa Breaks 2026/27")

# ---------------------------------------------------------------- Vertragsbedingungen (DOCX, de)
docx(KB / "abos" / "vertragsbedingungen-jahreskarten.docx",
     "Vertragsbedingungen für Jahreskarten und Abos (Privatkunden)",
     [
         ("p", "Auenquell Thermen GmbH, Kurparkallee 12, 34987 Bad Kornwald. Fassung vom 1. Januar 2026. "
               "Diese Bedingungen gelten für Privatkunden; für Firmenkunden gelten gesonderte Vereinbarungen."),
         ("h", "§ 1 Vertragsschluss"),
         ("p", "Der Vertrag kommt mit Ausstellung der Karte an der Kasse oder mit der Bestätigung des Online-Kaufs "
               "zustande. Die Karte ist personengebunden und wird mit einem Foto des Karteninhabers versehen."),
         ("h", "§ 2 Laufzeit"),
         ("li", "Jahreskarten mit Einmalzahlung gelten 12 Monate ab dem Ausstellungsdatum und enden automatisch, "
                "ohne dass es einer Kündigung bedarf."),
         ("li", "Abos mit monatlicher Zahlung haben eine Mindestlaufzeit von 12 Monaten. Danach läuft das Abo auf "
                "unbestimmte Zeit weiter."),
         ("h", "§ 3 Kündigung"),
         ("p", "Abos können mit einer Frist von einem Monat zum Monatsende gekündigt werden, erstmals zum Ende der "
               "Mindestlaufzeit. Die Kündigung bedarf der Textform; eine E-Mail an abo@auenquell-thermen.de "
               "genügt. Alternativ steht auf unserer Website ein Kündigungsbutton zur Verfügung. Sie erhalten "
               "innerhalb von 5 Werktagen eine Kündigungsbestätigung."),
         ("p", "Sonderkündigungsrecht bei Umzug: Verlegen Sie Ihren Wohnsitz mehr als 50 km vom nächstgelegenen "
               "Auenquell-Standort weg, können Sie das Abo auch während der Mindestlaufzeit mit einer Frist von "
               "einem Monat kündigen (Nachweis: Meldebescheinigung)."),
         ("h", "§ 4 Ruhen des Vertrags"),
         ("li", "Bei Krankheit oder Verletzung ab 4 Wochen Dauer ruht der Vertrag auf Antrag mit ärztlichem Attest."),
         ("li", "Bei Schwangerschaft und Elternzeit ruht der Vertrag auf Antrag für bis zu 12 Monate."),
         ("li", "Das Ruhen ist vorab zu beantragen; rückwirkend ist es höchstens für 14 Tage möglich. Während des "
                "Ruhens werden keine Beiträge erhoben; die Laufzeit verlängert sich um die Ruhezeit. Eine "
                "Ruhegebühr wird nicht erhoben."),
         ("h", "§ 5 Preisänderungen"),
         ("p", "Preisänderungen für Abos werden mindestens 6 Wochen vor Inkrafttreten in Textform angekündigt. "
               "Der Kunde hat dann ein Sonderkündigungsrecht zum Zeitpunkt des Inkrafttretens. Jahreskarten mit "
               "Einmalzahlung sind von Preisänderungen während ihrer Laufzeit nicht betroffen."),
         ("h", "§ 6 Zahlung und Zahlungsverzug"),
         ("p", "Die Monatsbeiträge werden per SEPA-Lastschrift zum 1. eines Monats eingezogen. Für eine "
               "Rücklastschrift berechnen wir eine Pauschale von 8,50 €. Ist der Kunde mit zwei Monatsbeiträgen "
               "im Rückstand, wird die Karte bis zum Ausgleich gesperrt."),
         ("h", "§ 7 Schließzeiten"),
         ("p", "Revisions- und Wartungsschließungen von bis zu 14 Tagen pro Kalenderjahr berechtigen nicht zur "
               "Minderung oder Verlängerung. Bei längeren Schließungen des gebuchten Standorts verlängert sich die "
               "Laufzeit um die darüber hinausgehenden Tage."),
         ("h", "§ 8 Missbrauch"),
         ("p", "Wird die Karte an Dritte weitergegeben, kann sie eingezogen und der Vertrag fristlos gekündigt "
               "werden. Bereits gezahlte Beträge werden in diesem Fall nicht erstattet."),
         ("h", "§ 9 Widerrufsrecht"),
         ("p", "Bei Abschluss über unsere Website steht Verbrauchern ein Widerrufsrecht von 14 Tagen ab "
               "Vertragsschluss zu. Wurde die Karte in dieser Zeit bereits genutzt, wird ein anteiliger "
               "Wertersatz berechnet."),
         ("h", "§ 10 Ersatzkarte"),
         ("p", "Bei Verlust oder Beschädigung der Karte wird sie gesperrt und gegen eine Gebühr von 15,00 € ersetzt."),
     ])

# ---------------------------------------------------------------- Hausordnung (DOCX, de)
docx(KB / "hausordnung" / "hausordnung.docx",
     "Haus- und Badeordnung der Auenquell Thermen",
     [
         ("p", "Gültig für die Standorte Bad Kornwald und Seelingen. Stand: 1. Januar 2026. Mit dem Erwerb der "
               "Eintrittskarte erkennt jeder Gast diese Haus- und Badeordnung an."),
         ("h", "§ 1 Einlass und Zeitmessung"),
         ("p", "Der Einlass erfolgt mit dem Chip-Armband über die Drehkreuze. Die Badezeit wird vom Einlass- bis "
               "zum Ausgangsdrehkreuz gemessen. Das Armband ist am Handgelenk zu tragen. Bei Verlust des Armbands "
               "wird eine Pauschale von 30,00 € berechnet."),
         ("h", "§ 2 Zutritt"),
         ("li", "Personen mit ansteckenden Krankheiten, offenen Wunden oder unter Alkohol- bzw. Drogeneinfluss "
                "ist der Zutritt nicht gestattet."),
         ("li", "Kinder unter 7 Jahren dürfen das Bad nur in Begleitung einer Aufsichtsperson ab 16 Jahren "
                "besuchen."),
         ("li", "In Bad Kornwald ist der Zutritt zur Thermalsole-Landschaft ab 6 Jahren, zum Saunadorf ab 16 Jahren "
                "gestattet."),
         ("h", "§ 3 Verhalten"),
         ("li", "Glasbehälter dürfen nicht mitgebracht werden."),
         ("li", "Das Rauchen (auch E-Zigaretten) ist nur im ausgewiesenen Raucherbereich auf der Außenterrasse "
                "gestattet."),
         ("li", "Fotografieren und Filmen ist in allen Bade-, Umkleide- und Saunabereichen verboten. Verstöße "
                "führen zum Verweis aus dem Bad ohne Erstattung des Eintritts."),
         ("li", "Das Reservieren von Liegen mit Handtüchern oder Taschen ist nicht gestattet. Liegen, die länger "
                "als 30 Minuten unbenutzt belegt sind, werden vom Personal abgeräumt."),
         ("li", "Das Springen vom Beckenrand ist nur im Familienbad Seelingen im ausgewiesenen Bereich erlaubt."),
         ("h", "§ 4 Badebekleidung"),
         ("p", "In den Becken ist übliche Badebekleidung zu tragen (auch Burkini und Badeshirt). In den Saunen und "
               "Dampfbädern gilt Textilfreiheit, ausgenommen die ausgewiesene Textilsauna."),
         ("h", "§ 5 Wertsachen und Haftung"),
         ("p", "Für Wertsachen stehen kostenlose Wertfächer zur Verfügung. Für den Verlust von Geld und "
               "Wertgegenständen, die nicht in den Wertfächern aufbewahrt werden, haftet die Auenquell Thermen GmbH "
               "nur bei Vorsatz oder grober Fahrlässigkeit."),
         ("h", "§ 6 Unfälle"),
         ("p", "Unfälle und Verletzungen sind unverzüglich dem Aufsichtspersonal zu melden. Jeder Unfall wird in "
               "einem Unfallbericht dokumentiert."),
         ("h", "§ 7 Tiere"),
         ("p", "Tiere dürfen nicht in das Bad mitgebracht werden. Assistenzhunde sind im Foyer und in den "
               "Restaurants erlaubt."),
         ("h", "§ 8 Hausrecht"),
         ("p", "Das Personal übt das Hausrecht aus. Gäste, die gegen diese Ordnung verstoßen, können aus dem Bad "
               "verwiesen werden; in schweren Fällen wird ein Hausverbot von bis zu 2 Jahren ausgesprochen."),
         ("h", "§ 9 Fundsachen"),
         ("p", "Fundsachen sind beim Personal abzugeben. Sie werden 4 Wochen aufbewahrt und danach an das Fundbüro "
               "der Stadt übergeben."),
     ])

print("built:", *sorted(str(p.relative_to(KB)) for p in KB.rglob("*") if p.suffix in {".pdf", ".docx"}))
