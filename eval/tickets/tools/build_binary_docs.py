#!/usr/bin/env python3
"""Regenerate the PDF and DOCX documents of the Tixolo knowledge base.

Usage (from anywhere):
    python3 -m venv /tmp/tickets-venv
    /tmp/tickets-venv/bin/pip install reportlab python-docx pypdf
    /tmp/tickets-venv/bin/python tools/build_binary_docs.py

Creates:
    kb/preise/gruppen-firmenkunden-2026.pdf        (de)
    kb/konto-app/tixolo-plus-terms.pdf             (en)
    kb/weiterverkauf/agb-fanboerse.docx            (de)
    kb/barrierefreiheit/accessibility-guide.docx   (en)
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
H1, H2, BODY = STYLES["Title"], STYLES["Heading2"], STYLES["BodyText"]


def _table(rows, widths):
    header = [Paragraph(f'<font color="white"><b>{c}</b></font>', BODY) for c in rows[0]]
    body = [[Paragraph(str(c), BODY) for c in r] for r in rows[1:]]
    t = Table([header] + body, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1d3557")),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def _pdf(path, title, blocks, meta_title, lang):
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=meta_title,
                            author="Tixolo GmbH", subject=meta_title,
                            leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm,
                            lang=lang)
    story = [Paragraph(title, H1), Spacer(1, 0.3 * cm)]
    for kind, content in blocks:
        if kind == "h":
            story += [Spacer(1, 0.2 * cm), Paragraph(content, H2)]
        elif kind == "p":
            story.append(Paragraph(content, BODY))
        elif kind == "t":
            rows, widths = content
            story += [Spacer(1, 0.2 * cm), _table(rows, widths), Spacer(1, 0.2 * cm)]
    doc.build(story)


def build_gruppen_pdf():
    blocks = [
        ("p", "Tixolo GmbH · Hafenbogen 17 · 28217 Bremen — Stand: 1. Januar 2026. "
              "Diese Konditionen gelten für Gruppen, Schulklassen und Firmenkunden. "
              "Für Privatkundinnen und Privatkunden gilt die Liste „Gebühren und Versandkosten 2026“."),
        ("h", "1. Gruppenbuchungen (Privatgruppen, Vereine)"),
        ("t", ([["Gruppengröße", "Rabatt auf den Ticketpreis", "Extras"],
                ["15 bis 29 Personen", "10 %", "ab 20 Personen: 1 Freikarte für die Gruppenleitung"],
                ["ab 30 Personen", "15 %", "1 Freikarte für die Gruppenleitung"]],
               [4 * cm, 5 * cm, 8 * cm])),
        ("p", "Gruppenrabatte gelten nur für Veranstaltungen mit der Kennzeichnung „Gruppenpreis“ im Shop. "
              "Gruppenbuchungen richten Sie bitte mindestens 14 Tage vor der Veranstaltung an gruppen@tixolo.de. "
              "Die Servicegebühr pro Ticket richtet sich nach der regulären Gebührenliste; die Bearbeitungsgebühr fällt einmal pro Gruppenbuchung an."),
        ("h", "2. Schulklassen und Kitas"),
        ("p", "Servicegebühr 0,90 € pro Ticket, keine Bearbeitungsgebühr. Pro Klasse bzw. Gruppe erhalten "
              "2 Begleitpersonen (Lehrkräfte, Erzieherinnen und Erzieher) ein kostenloses Ticket. "
              "Bitte legen Sie der Anfrage eine Bestätigung der Schule oder Einrichtung bei."),
        ("h", "3. Firmenkunden"),
        ("p", "Mit einem Firmenkundenkonto können Sie auf Rechnung kaufen. Zahlungsziel: 14 Tage ab Rechnungsdatum. "
              "Mindestbestellwert für den Kauf auf Rechnung: 500 € pro Rechnung. Für die Eröffnung eines Firmenkundenkontos "
              "benötigen wir einen aktuellen Handelsregisterauszug oder einen Gewerbenachweis. Rechnungen weisen die "
              "Umsatzsteuer gesondert aus."),
        ("h", "4. Hospitality-Pakete"),
        ("t", ([["Paket", "Leistungen", "Preis pro Person (netto)"],
                ["Logenpaket Silber", "Sitzplatz Kategorie 1, Welcome-Drink, Snackbuffet in der Lounge", "189,00 €"],
                ["Logenpaket Gold", "Platz in der Loge, Parkplatz, 3-Gänge-Menü, Getränke inklusive", "289,00 €"]],
               [4 * cm, 8.5 * cm, 4.5 * cm])),
        ("p", "Mindestabnahme: 4 Personen pro Paket. Hospitality-Pakete sind nur bei ausgewählten Sport- und "
              "Konzertveranstaltungen verfügbar und können nicht mit Gruppenrabatten kombiniert werden."),
        ("h", "5. Firmengutscheine"),
        ("t", ([["Menge pro Bestellung", "Rabatt auf den Gutscheinwert"],
                ["ab 25 Stück", "5 %"],
                ["ab 100 Stück", "8 %"],
                ["ab 250 Stück", "8 % und individuelles Firmenlogo auf der Karte"]],
               [6 * cm, 11 * cm])),
        ("p", "Firmengutscheine haben dieselbe Gültigkeit wie private Tixolo Geschenkkarten (3 Jahre ab Ende des Kaufjahres)."),
        ("h", "6. Ansprechpartner"),
        ("p", "Firmenkundenteam, Leitung: Svenja Hollmer · business@tixolo.de · Telefon 0421 3398 270 "
              "(Montag bis Freitag 9:00–17:00 Uhr)."),
    ]
    _pdf(KB / "preise" / "gruppen-firmenkunden-2026.pdf",
         "Gruppen- und Firmenkunden – Konditionen 2026", blocks,
         "Gruppen- und Firmenkunden – Konditionen 2026", "de-DE")


def build_plus_pdf():
    blocks = [
        ("p", "Tixolo GmbH, Hafenbogen 17, 28217 Bremen, Germany — valid from 1 March 2026. "
              "These terms apply in addition to the general terms and conditions of Tixolo GmbH."),
        ("h", "1. Membership plans"),
        ("t", ([["Plan", "Price", "Billing", "Minimum term"],
                ["Plus Annual", "34.90 €", "once a year", "12 months"],
                ["Plus Monthly", "3.99 €", "every month", "1 month"],
                ["Plus Student", "19.90 €", "once a year", "12 months; valid student ID required"]],
               [3.5 * cm, 3 * cm, 3.5 * cm, 7 * cm])),
        ("h", "2. Benefits"),
        ("p", "- Presale access 48 hours before general sale (max. 4 tickets per event during the presale; "
              "presale access does not guarantee tickets).<br/>"
              "- No order processing fee (normally 2.49 € per order).<br/>"
              "- 4 free registered-mail shipments (Einschreiben) per membership year.<br/>"
              "- 10 % discount on Ticketschutz Basis and Ticketschutz Plus.<br/>"
              "- Invitations to members-only events and sound checks (subject to availability)."),
        ("h", "3. Term and cancellation"),
        ("p", "Plus Annual and Plus Student run for 12 months. After the first 12 months the membership "
              "continues for an indefinite period and can be cancelled at any time with one month's notice. "
              "Plus Monthly can be cancelled at any time, effective at the end of the current month. "
              "You can cancel in your account under Profile > Tixolo Plus or by email to plus@tixolo.de."),
        ("h", "4. Right of withdrawal"),
        ("p", "You may withdraw from the membership within 14 days of purchase without giving reasons. "
              "If you have already used benefits, we deduct a pro-rata amount for the days until your withdrawal."),
        ("h", "5. Student plan"),
        ("p", "For Plus Student you upload a current certificate of enrolment when you sign up and again every year. "
              "If no valid certificate is provided at renewal, the membership converts to Plus Annual at 34.90 €."),
        ("h", "6. Payment"),
        ("p", "Credit card or SEPA direct debit. Tixolo gift cards cannot be used to pay for Tixolo Plus."),
        ("h", "7. Contact"),
        ("p", "plus@tixolo.de"),
    ]
    _pdf(KB / "konto-app" / "tixolo-plus-terms.pdf",
         "Tixolo Plus – Membership Terms and Prices", blocks,
         "Tixolo Plus – Membership Terms and Prices", "en-GB")


def _docx_base(title):
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.core_properties.title = title
    d.core_properties.author = "Tixolo GmbH"
    d.add_heading(title, level=0)
    return d


def build_agb_docx():
    d = _docx_base("Allgemeine Geschäftsbedingungen der Tixolo Fanbörse")
    d.core_properties.language = "de-DE"
    d.add_paragraph("Fassung vom 1. Februar 2026")
    sections = [
        ("§ 1 Geltungsbereich",
         ["Diese Bedingungen gelten für den Verkauf und Kauf von Tickets über die Fanbörse der Tixolo GmbH, "
          "Hafenbogen 17, 28217 Bremen (im Folgenden „Tixolo“). Ergänzend gelten die Allgemeinen Geschäftsbedingungen von Tixolo.",
          "Die Fanbörse steht ausschließlich Verbraucherinnen und Verbrauchern offen. Gewerbliche Weiterverkäufer sind ausgeschlossen."]),
        ("§ 2 Voraussetzungen",
         ["Für das Einstellen von Tickets benötigen Sie ein Tixolo Kundenkonto, eine im Konto hinterlegte und bestätigte IBAN "
          "sowie ein Mindestalter von 18 Jahren."]),
        ("§ 3 Einstellen von Tickets",
         ["Es können nur bei Tixolo gekaufte App-Tickets und print@home-Tickets für freigegebene Veranstaltungen eingestellt werden.",
          "Pro Veranstaltung und Kundenkonto dürfen maximal 8 Tickets gleichzeitig eingestellt werden.",
          "Der Verkaufspreis darf den Originalpreis (Ticketpreis zuzüglich Servicegebühr) nicht übersteigen.",
          "Angebote können bis 2 Stunden vor Einlass eingestellt und bis zum Verkauf jederzeit zurückgezogen werden."]),
        ("§ 4 Gebühren",
         ["Verkäuferinnen und Verkäufer zahlen eine Verkaufsgebühr von 5 % des Verkaufspreises. Die Gebühr wird mit der Auszahlung verrechnet.",
          "Käuferinnen und Käufer zahlen eine Käufergebühr von 10 % des Verkaufspreises, mindestens jedoch 1,50 € pro Ticket."]),
        ("§ 5 Auszahlung",
         ["Der Verkaufspreis abzüglich der Verkaufsgebühr wird spätestens 7 Werktage nach der Veranstaltung auf die hinterlegte IBAN überwiesen.",
          "Bei einer Verlegung erfolgt die Auszahlung erst nach dem Ersatztermin.",
          "Meldet eine Käuferin oder ein Käufer, dass ein erworbenes Ticket am Einlass abgewiesen wurde, kann Tixolo die Auszahlung "
          "bis zur Klärung des Sachverhalts zurückhalten."]),
        ("§ 6 Absage der Veranstaltung",
         ["Wird eine Veranstaltung abgesagt, erhält die Käuferin bzw. der Käufer den gezahlten Preis einschließlich Käufergebühr zurück. "
          "Die Verkäuferin bzw. der Verkäufer erhält in diesem Fall keine Auszahlung; eine Verkaufsgebühr wird nicht erhoben."]),
        ("§ 7 Sperrung",
         ["Bei Verstößen gegen diese Bedingungen, insbesondere bei Überschreitung des Höchstpreises oder gewerblichem Handel, "
          "kann Tixolo das Kundenkonto für die Nutzung der Fanbörse für 12 Monate sperren."]),
        ("§ 8 Haftung",
         ["Tixolo haftet unbeschränkt für Vorsatz und grobe Fahrlässigkeit sowie bei Verletzung von Leben, Körper oder Gesundheit. "
          "Im Übrigen haftet Tixolo nur bei Verletzung wesentlicher Vertragspflichten und begrenzt auf den vorhersehbaren, vertragstypischen Schaden."]),
        ("§ 9 Schlussbestimmungen",
         ["Es gilt das Recht der Bundesrepublik Deutschland. Gegenüber Verbraucherinnen und Verbrauchern gilt diese Rechtswahl nur, "
          "soweit dadurch nicht zwingende Verbraucherschutzvorschriften des Staates ihres gewöhnlichen Aufenthalts entzogen werden. "
          "Gerichtsstand für Kaufleute ist Bremen."]),
    ]
    for head, paras in sections:
        d.add_heading(head, level=2)
        for p in paras:
            d.add_paragraph(p)
    out = KB / "weiterverkauf" / "agb-fanboerse.docx"
    out.parent.mkdir(parents=True, exist_ok=True)
    d.save(out)


def build_accessibility_docx():
    d = _docx_base("Tixolo Accessibility Guide 2026")
    d.core_properties.language = "en-GB"
    d.add_paragraph("How to book accessible tickets and what support is available at events sold by Tixolo. "
                    "Last updated: September 2026.")
    d.add_heading("Contact", level=2)
    d.add_paragraph("Accessibility hotline: +49 421 3398 260 (Monday to Friday, 9:00–17:00). Email: barrierefrei@tixolo.de. "
                    "Our team speaks German and English.")
    d.add_heading("Wheelchair spaces", level=2)
    d.add_paragraph("Wheelchair spaces can be booked online only for events marked with the wheelchair symbol. For all other events, "
                    "please book through the accessibility hotline no later than 3 working days before the event. "
                    "Spaces are limited, so book early. The price is set by the organiser.")
    d.add_heading("Companion tickets", level=2)
    d.add_paragraph("If your German disability card (Schwerbehindertenausweis) shows the marker \"B\", one companion receives a ticket "
                    "free of charge – no service fee either. Visitors from Austria: the Behindertenpass with the additional entry "
                    "for an accompanying person is accepted in the same way. Please bring the original card to the entrance.")
    d.add_heading("Assistance dogs", level=2)
    d.add_paragraph("Assistance dogs are welcome and don't need a ticket. Please let us know when booking so the venue can plan "
                    "a suitable place for you.")
    d.add_heading("Hearing support", level=2)
    d.add_paragraph("Many theatres and concert halls have induction loops. Look for the ear symbol on the event page or ask the hotline.")
    d.add_heading("Sign language interpreting", level=2)
    d.add_paragraph("For selected theatre performances and talks, a sign language interpreter (German Sign Language, DGS) can be "
                    "requested. Please send your request at least 4 weeks before the event. Availability depends on the organiser; "
                    "if an interpreter is booked, this service is free for visitors.")
    d.add_heading("Accessible parking", level=2)
    d.add_paragraph("Holders of the marker \"aG\" can reserve a disabled parking space at many venues via the hotline, "
                    "at least 5 working days before the event.")
    d.add_heading("Overview", level=2)
    table = d.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Service", "How to book", "Deadline"
    for row in [("Wheelchair space", "online (wheelchair symbol) or hotline", "3 working days before the event"),
                ("Companion ticket (marker B)", "together with the wheelchair or main ticket", "3 working days before the event"),
                ("Sign language interpreter", "hotline or email", "4 weeks before the event"),
                ("Disabled parking (marker aG)", "hotline", "5 working days before the event")]:
        cells = table.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    out = KB / "barrierefreiheit" / "accessibility-guide.docx"
    out.parent.mkdir(parents=True, exist_ok=True)
    d.save(out)


if __name__ == "__main__":
    build_gruppen_pdf()
    build_plus_pdf()
    build_agb_docx()
    build_accessibility_docx()
    print("built 2 PDF + 2 DOCX in", KB)
