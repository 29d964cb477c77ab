#!/usr/bin/env python3
"""Regenerate the binary knowledge-base documents of the Lumora Kinos evaluation set.

Creates:
  kb/service/agb-ticketkauf.pdf          (de)  terms and conditions for ticket purchase
  kb/events/corporate-events-2026.pdf    (en)  corporate events rate card 2026
  kb/gutscheine/gutscheinbedingungen.docx (de) gift voucher terms
  kb/service/accessibility-guide.docx    (en)  accessibility guide per cinema

Usage:
  python3 -m venv /tmp/cinema-venv
  /tmp/cinema-venv/bin/pip install reportlab python-docx pypdf
  /tmp/cinema-venv/bin/python tools/build_binary_docs.py
"""
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

KB = Path(__file__).resolve().parent.parent / "kb"

STYLES = getSampleStyleSheet()


def p(text, style="BodyText"):
    return Paragraph(escape(text), STYLES[style])


def pdf_table(rows, widths):
    t = Table([[p(c) for c in r] for r in rows], colWidths=widths)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def build_pdf(path, title, author, story):
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author=author,
                            leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build(story)


# ---------------------------------------------------------------------------
# PDF 1: AGB Ticketkauf (de)
# ---------------------------------------------------------------------------
AGB_SECTIONS = [
    ("§ 1 Geltungsbereich",
     ["Diese Allgemeinen Geschäftsbedingungen (AGB) gelten für den Kauf von Kinotickets "
      "an den Kassen, auf www.lumora-kinos.de und in der Lumora-App der Lumora Kinos GmbH, "
      "Ottenser Kaistraße 41, 22765 Hamburg, für die Kinos Hamburg-Altona, Hamburg-Harburg, "
      "Köln-Deutz und München-Schwabing."]),
    ("§ 2 Vertragsschluss",
     ["Mit dem Klick auf „Zahlungspflichtig bestellen“ geben Sie ein verbindliches Angebot ab. "
      "Der Vertrag kommt mit dem Versand der Buchungsbestätigung per E-Mail zustande. "
      "Jedes Ticket gilt nur für die gebuchte Vorstellung und den gebuchten Sitzplatz."]),
    ("§ 3 Preise und Zahlung",
     ["Es gelten die zum Zeitpunkt der Buchung veröffentlichten Eintrittspreise inklusive der "
      "gesetzlichen Mehrwertsteuer. Beim Online-Kauf fällt eine Servicegebühr pro Ticket an. "
      "Die Zahlung ist sofort fällig."]),
    ("§ 4 Kein Widerrufsrecht",
     ["Ein gesetzliches Widerrufsrecht besteht beim Kauf von Kinotickets nicht, da es sich um "
      "Dienstleistungen im Zusammenhang mit Freizeitbetätigungen handelt, die zu einem "
      "bestimmten Termin erbracht werden (§ 312g Abs. 2 Nr. 9 BGB). Unsere freiwilligen "
      "Regelungen zu Stornierung und Umtausch finden Sie auf der Seite „Erstattung, "
      "Stornierung und Umtausch“."]),
    ("§ 5 Einlass und Jugendschutz",
     ["Der Einlass beginnt 30 Minuten vor Vorstellungsbeginn. Als Vorstellungsbeginn gilt der "
      "Beginn des Werbeblocks. Später als 20 Minuten nach Vorstellungsbeginn kann der Einlass "
      "verweigert werden, um andere Gäste nicht zu stören; ein Anspruch auf Erstattung besteht "
      "in diesem Fall nicht.",
      "Es gelten die Bestimmungen des Jugendschutzgesetzes und die Altersfreigaben der FSK. "
      "Kinder unter 6 Jahren dürfen Vorstellungen nur in Begleitung einer personensorgeberechtigten "
      "oder erziehungsbeauftragten Person besuchen, auch bei Filmen ab 0 Jahren. "
      "Filme ab 12 Jahren dürfen Kinder ab 6 Jahren in Begleitung eines Elternteils sehen. "
      "Ohne Begleitung gilt: Kinder unter 14 Jahren nur in Vorstellungen, die bis 20:00 Uhr enden, "
      "Jugendliche von 14 bis 15 Jahren bis 22:00 Uhr, Jugendliche von 16 bis 17 Jahren bis 24:00 Uhr. "
      "Unser Personal ist berechtigt, einen Altersnachweis zu verlangen."]),
    ("§ 6 Hausordnung",
     ["Ton-, Foto- und Videoaufnahmen im Kinosaal sind verboten. Das Mitbringen eigener Speisen "
      "und Getränke ist nicht gestattet; Ausnahmen gelten für Babynahrung und medizinisch "
      "notwendige Lebensmittel. Tiere sind mit Ausnahme von Assistenzhunden nicht erlaubt. "
      "Den Anweisungen des Personals ist Folge zu leisten."]),
    ("§ 7 Ausfall von Vorstellungen",
     ["Muss eine Vorstellung abgesagt oder wegen einer technischen Störung länger als 15 Minuten "
      "unterbrochen werden, erstatten wir den vollen Ticketpreis oder bieten eine Freikarte an. "
      "Weitergehende Ansprüche sind ausgeschlossen, soweit gesetzlich zulässig."]),
    ("§ 8 Haftung",
     ["Wir haften unbeschränkt für Vorsatz und grobe Fahrlässigkeit sowie für Schäden aus der "
      "Verletzung des Lebens, des Körpers oder der Gesundheit. Für Garderobe und mitgebrachte "
      "Wertgegenstände wird keine Haftung übernommen."]),
    ("§ 9 Streitbeilegung",
     ["Wir sind nicht bereit und nicht verpflichtet, an Streitbeilegungsverfahren vor einer "
      "Verbraucherschlichtungsstelle teilzunehmen."]),
    ("§ 10 Schlussbestimmungen",
     ["Es gilt das Recht der Bundesrepublik Deutschland. Sollten einzelne Bestimmungen "
      "unwirksam sein, bleibt die Wirksamkeit der übrigen Bestimmungen unberührt."]),
]


def build_agb():
    story = [p("Allgemeine Geschäftsbedingungen für den Ticketkauf", "Title"),
             p("Lumora Kinos GmbH – Stand: 1. Februar 2026"),
             Spacer(1, 0.4 * cm)]
    for heading, paras in AGB_SECTIONS:
        story.append(p(heading, "Heading2"))
        for text in paras:
            story.append(p(text))
        story.append(Spacer(1, 0.2 * cm))
    build_pdf(KB / "service" / "agb-ticketkauf.pdf",
              "AGB Ticketkauf – Lumora Kinos GmbH", "Lumora Kinos GmbH", story)


# ---------------------------------------------------------------------------
# PDF 2: Corporate events rate card 2026 (en)
# ---------------------------------------------------------------------------
def build_corporate():
    story = [
        p("Corporate Events & Screenings – Rate Card 2026", "Title"),
        p("Lumora Kinos GmbH – valid for bookings from 1 January 2026 to 31 December 2026"),
        Spacer(1, 0.3 * cm),
        p("Product launches, staff parties, Christmas parties, trainings on the big screen: "
          "our screens are available exclusively for companies, agencies and associations. "
          "Private customers, please see our offers for private celebrations."),
        p("Hall rental", "Heading2"),
        p("Prices per event for up to 3 hours, excluding VAT. All prices are net prices "
          "plus 19% VAT."),
        pdf_table([
            ["Screen", "Capacity", "Net price (up to 3 hours)"],
            ["Small screen", "up to 60 seats", "€590"],
            ["Medium screen", "up to 150 seats", "€990"],
            ["Large screen", "up to 300 seats", "€1,650"],
            ["LUMORA MAX (Altona, screen 1)", "420 seats", "€2,900"],
        ], [6 * cm, 4 * cm, 6 * cm]),
        p("Each additional hour costs 25% of the hall price."),
        p("Add-ons", "Heading2"),
        pdf_table([
            ["Add-on", "Net price"],
            ["Popcorn & drinks package (medium popcorn + 0.5 l soft drink)", "€9.50 per person"],
            ["Sparkling wine reception in the foyer", "€6.00 per person"],
            ["Finger food by our partner caterer (vegetarian and vegan options available)",
             "from €24.00 per person"],
            ["Your logo or slide on screen before the film", "€150"],
            ["Event technician (presentations, microphones, laptop)", "€75 per hour"],
        ], [11 * cm, 5 * cm]),
        p("Booking and payment", "Heading2"),
        p("Please send your request at least 4 weeks before the event. You will receive an "
          "invoice after the event, payable within 14 days without deduction."),
        p("Cancellation", "Heading2"),
        pdf_table([
            ["When you cancel", "Cancellation fee"],
            ["30 days or more before the event", "free of charge"],
            ["29 to 8 days before the event", "50% of the agreed price"],
            ["7 days or less before the event", "100% of the agreed price"],
        ], [9 * cm, 7 * cm]),
        p("Contact", "Heading2"),
        p("Corporate Events team, Head of Events: Jonas Petersen. "
          "Email: events@lumora-kinos.de, phone 040 3346 7730 (Monday to Friday 10:00 – 17:00)."),
    ]
    build_pdf(KB / "events" / "corporate-events-2026.pdf",
              "Corporate Events & Screenings – Rate Card 2026", "Lumora Kinos GmbH", story)


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
def docx_table(doc, rows):
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
            if i == 0:
                for run in table.cell(i, j).paragraphs[0].runs:
                    run.bold = True
    return table


# ---------------------------------------------------------------------------
# DOCX 1: Gutscheinbedingungen (de)
# ---------------------------------------------------------------------------
def build_voucher_terms():
    doc = Document()
    doc.core_properties.title = "Gutscheinbedingungen der Lumora Kinos GmbH"
    doc.core_properties.author = "Lumora Kinos GmbH"
    doc.core_properties.language = "de-DE"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading("Gutscheinbedingungen der Lumora Kinos GmbH", level=1)
    doc.add_paragraph("Stand: 1. Februar 2026")

    doc.add_heading("1. Gutscheinarten", level=2)
    docx_table(doc, [
        ["Gutschein", "Leistung", "Preis"],
        ["Wertgutschein", "frei wählbarer Betrag von 10 € bis 200 €, für Tickets und Snacks", "Wert des Gutscheins"],
        ["Ticket-Gutschein", "1 Parkett-Ticket (2D) an einem beliebigen Tag", "12,40 €"],
        ["Kinoabend für Zwei", "2 Parkett-Tickets und 1 Duo-Menü", "39,90 €"],
    ])
    doc.add_paragraph(
        "Beim Ticket-Gutschein und beim Kinoabend für Zwei sind Zuschläge (3D, LUMORA MAX, "
        "Überlänge) sowie der Aufpreis für Loge oder Premium-Sessel nicht enthalten und "
        "werden bei der Einlösung zusätzlich bezahlt.")

    doc.add_heading("2. Gültigkeit", level=2)
    doc.add_paragraph(
        "Alle Gutscheine sind 3 Jahre gültig. Die Frist beginnt am Ende des Jahres, in dem der "
        "Gutschein gekauft wurde. Beispiel: Ein im Mai 2026 gekaufter Gutschein ist bis zum "
        "31.12.2029 gültig.")

    doc.add_heading("3. Einlösung", level=2)
    doc.add_paragraph(
        "Gutscheine können an allen Kinokassen und online (Eingabe des 16-stelligen Codes im "
        "Bezahlvorgang) eingelöst werden. Wertgutscheine können auch an der Snackbar eingelöst "
        "werden. Pro Buchung können bis zu 5 Gutscheine kombiniert werden.")
    doc.add_paragraph(
        "Wertgutscheine können in mehreren Teilbeträgen eingelöst werden. Ist der Kaufbetrag "
        "niedriger als der Gutscheinwert, bleibt das Restguthaben auf dem Gutschein erhalten "
        "und kann bis zum Ende der Gültigkeit genutzt werden.")

    doc.add_heading("4. Keine Barauszahlung", level=2)
    doc.add_paragraph(
        "Eine Barauszahlung des Gutscheinwerts oder eines Restguthabens ist ausgeschlossen.")

    doc.add_heading("5. Verlust", level=2)
    doc.add_paragraph(
        "Bei Verlust ersetzen wir einen noch nicht eingelösten Gutschein nur gegen Vorlage des "
        "Kaufnachweises. Die Ersatzgebühr beträgt 2,00 €. Für bereits von Dritten eingelöste "
        "Gutscheine übernehmen wir keine Haftung.")

    doc.add_heading("6. Ausschlüsse", level=2)
    doc.add_paragraph(
        "Gutscheine können nicht eingelöst werden für die Lumora Flat, die Jahresgebühr der "
        "LumoraCard Plus, Privatvorstellungen und Firmenevents. Beim Kauf von Gutscheinen "
        "werden keine Lumis gutgeschrieben.")

    doc.add_heading("7. Gutscheine für Firmenkunden", level=2)
    doc.add_paragraph(
        "Firmen erhalten ab 20 Gutscheinen pro Bestellung 5 % Rabatt und können auf Rechnung "
        "bestellen. Ab 100 Stück gestalten wir Gutscheine mit Ihrem Firmenlogo. Anfragen an "
        "events@lumora-kinos.de.")
    doc.save(KB / "gutscheine" / "gutscheinbedingungen.docx")


# ---------------------------------------------------------------------------
# DOCX 2: Accessibility guide (en)
# ---------------------------------------------------------------------------
def build_accessibility():
    doc = Document()
    doc.core_properties.title = "Accessibility Guide – Lumora Kinos 2026"
    doc.core_properties.author = "Lumora Kinos GmbH"
    doc.core_properties.language = "en-GB"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading("Accessibility Guide – Lumora Kinos 2026", level=1)
    doc.add_paragraph(
        "We want everyone to enjoy the cinema. This guide explains what each of our cinemas "
        "offers for guests with disabilities. Last updated: September 2026.")

    doc.add_heading("Our cinemas at a glance", level=2)
    docx_table(doc, [
        ["Cinema", "Step-free access", "Wheelchair spaces", "Induction loop", "Accessible toilets"],
        ["Hamburg-Altona", "yes, lift to all floors", "18", "screens 1–4", "on every floor"],
        ["Hamburg-Harburg", "yes, except screen 6 (stairs only)", "8", "screen 1", "ground floor"],
        ["Köln-Deutz", "yes, lift to all floors", "14", "screens 1 and 2", "on every floor"],
        ["München-Schwabing", "yes, lift to all floors", "10", "screen 3", "ground floor and 1st floor"],
    ])

    doc.add_heading("Booking wheelchair spaces", level=2)
    doc.add_paragraph(
        "Wheelchair spaces are shown in blue on the seating plan and can be booked online. "
        "You can also call the cinema directly. Next to every wheelchair space there is a "
        "seat for a companion.")

    doc.add_heading("Companions", level=2)
    doc.add_paragraph(
        "If your severely disabled person's ID carries the mark \"B\", your companion gets a "
        "free ticket. Please book the companion ticket with the ticket type \"Companion (B)\" "
        "or ask at the box office.")

    doc.add_heading("Audio description and subtitles", level=2)
    doc.add_paragraph(
        "For many films, audio description for blind and visually impaired guests and subtitles "
        "for deaf and hard-of-hearing guests are available through the \"Audio+\" function of the "
        "Lumora app. Please bring your own headphones. Films with this service are marked "
        "\"Audio+\" in the programme.")

    doc.add_heading("Assistance dogs", level=2)
    doc.add_paragraph("Assistance dogs are welcome in all our cinemas and screens.")

    doc.add_heading("Relaxed screenings", level=2)
    doc.add_paragraph(
        "On the first Sunday of every month at 11:00 we hold relaxed screenings in Hamburg-Altona "
        "and Köln-Deutz, for example for autistic guests or families with young children: the "
        "lights are dimmed but not switched off, the volume is lower, there are no adverts and "
        "you are free to move around or leave the screen at any time.")

    doc.add_heading("Contact", level=2)
    doc.add_paragraph(
        "Questions about accessibility: barrierefrei@lumora-kinos.de or our customer service "
        "hotline 040 3346 7720.")
    doc.save(KB / "service" / "accessibility-guide.docx")


if __name__ == "__main__":
    build_agb()
    build_corporate()
    build_voucher_terms()
    build_accessibility()
    print("built 2 PDF and 2 DOCX files in", KB)
