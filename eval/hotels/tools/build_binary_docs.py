#!/usr/bin/env python3
"""Regenerate the PDF and DOCX documents of the Morgenfeld Hotels knowledge base.

Usage (from the evaluation-set folder):
    /tmp/hotels-venv/bin/python tools/build_binary_docs.py

Creates:
    kb/tagungen-und-gruppen/tagungspauschalen-2026.pdf       (de)
    kb/treueprogramm/teilnahmebedingungen-club.pdf           (de)
    kb/buchung/agb-hotelaufnahmevertrag.docx                 (de)
    kb/tagungen-und-gruppen/group-booking-conditions.docx    (en)

Afterwards the script extracts the text again (pypdf / python-docx) and
checks that key facts are present.
"""
import os
import sys

from docx import Document
from docx.shared import Pt
from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "kb")

# ---------------------------------------------------------------- fonts
FONT, FONT_BOLD = "Helvetica", "Helvetica-Bold"
_dejavu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
_dejavu_b = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
if os.path.exists(_dejavu) and os.path.exists(_dejavu_b):
    pdfmetrics.registerFont(TTFont("DejaVuSans", _dejavu))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", _dejavu_b))
    FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"

styles = getSampleStyleSheet()
S_TITLE = ParagraphStyle("t", parent=styles["Title"], fontName=FONT_BOLD, fontSize=17, leading=21)
S_H = ParagraphStyle("h", parent=styles["Heading2"], fontName=FONT_BOLD, fontSize=12.5, leading=16, spaceBefore=10)
S_P = ParagraphStyle("p", parent=styles["BodyText"], fontName=FONT, fontSize=9.5, leading=13)
S_SMALL = ParagraphStyle("s", parent=S_P, fontSize=8, leading=10, textColor=colors.grey)
S_CELL = ParagraphStyle("c", parent=S_P, fontSize=8.8, leading=11)
S_CELL_B = ParagraphStyle("cb", parent=S_CELL, fontName=FONT_BOLD)


def table(rows, widths):
    data = [[Paragraph(str(c), S_CELL_B if i == 0 else S_CELL) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2f4f4f")),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f1f5f4")]),
    ]))
    # header text white
    for c in data[0]:
        c.style = ParagraphStyle("hdr", parent=S_CELL_B, textColor=colors.white)
    return t


def build_pdf(path, title, story_items, author="Morgenfeld Hotels GmbH"):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=1.8 * cm, bottomMargin=1.8 * cm, title=title, author=author)
    doc.build(story_items)


# ------------------------------------------------ PDF 1: Tagungspauschalen
def pdf_tagungspauschalen():
    path = os.path.join(BASE, "tagungen-und-gruppen", "tagungspauschalen-2026.pdf")
    st = [
        Paragraph("Morgenfeld Hotels – Tagungspauschalen und Raummieten 2026", S_TITLE),
        Paragraph("Gültig für Veranstaltungen vom 01.01.2026 bis 31.12.2026 in unseren Hotels in Leipzig, "
                  "Freiburg und Bremen. Alle Preise in Euro inklusive gesetzlicher Mehrwertsteuer.", S_P),
        Paragraph("1. Tagungspauschalen (pro Person)", S_H),
        table([
            ["Pauschale", "Preis p. P.", "Leistungen"],
            ["Halbtagespauschale", "52 €", "Tagungsraum bis 5 Stunden, Beamer/Leinwand, Flipchart, Moderationskoffer, "
             "1 Kaffeepause, 2-Gang-Mittagessen, Wasser im Tagungsraum"],
            ["Ganztagespauschale", "69 €", "Tagungsraum bis 9 Stunden, Technik wie oben, 2 Kaffeepausen, "
             "Mittagsbuffet (3 Gänge), Tagungsgetränke unbegrenzt"],
            ["Ganztagespauschale Plus", "89 €", "wie Ganztagespauschale, zusätzlich 3-Gang-Abendessen "
             "inkl. 2 Getränken"],
        ], [4.2, 2.3, 10.5]),
        Spacer(1, 6),
        Paragraph("Die Tagungspauschalen gelten ab einer Mindestteilnehmerzahl von 10 Personen. Bei weniger "
                  "als 10 Personen berechnen wir die Raummiete separat und die Verpflegung nach Verbrauch.", S_P),
        Paragraph("2. Raummiete ohne Pauschale (pro Tag)", S_H),
        table([
            ["Raumgröße", "Beispiele", "Ganzer Tag", "Halber Tag"],
            ["klein (bis 12 Personen)", "Studio 2, Kaminzimmer, Kajüte 1–4", "290 €", "190 €"],
            ["mittel (bis 40 Personen)", "Studio 1, Hafenlounge", "590 €", "390 €"],
            ["groß (bis 140 Personen)", "Auensaal, Rebsaal, Speichersaal I–III", "1.350 €", "890 €"],
            ["Speichersaal komplett (bis 260 Personen)", "nur Bremen", "2.900 €", "auf Anfrage"],
        ], [4.6, 5.6, 3.2, 3.6]),
        Paragraph("Das Donauzimmer in Regensburg (bis 10 Personen) wird zu 190 € pro Tag vermietet; "
                  "Tagungspauschalen sind dort nicht buchbar.", S_P),
        Paragraph("3. Zusatztechnik", S_H),
        table([
            ["Leistung", "Preis"],
            ["Hybrid-Konferenzset (Kamera, Raummikrofon, Lautsprecher)", "150 € pro Tag"],
            ["Zusätzlicher Beamer", "60 € pro Tag"],
            ["Funkmikrofon", "35 € pro Tag"],
            ["Techniker-Betreuung", "55 € pro Stunde"],
        ], [12, 5]),
        Paragraph("4. Stornierung von Tagungen", S_H),
        table([
            ["Zeitpunkt der Stornierung", "Stornokosten (vom vereinbarten Umsatz)"],
            ["bis 8 Wochen vor Veranstaltungsbeginn", "kostenfrei"],
            ["8 bis 4 Wochen vorher", "35 %"],
            ["4 Wochen bis 1 Woche vorher", "60 %"],
            ["weniger als 1 Woche vorher", "90 %"],
        ], [9, 8]),
        Spacer(1, 6),
        Paragraph("Eine Reduzierung der Teilnehmerzahl um bis zu 10 % ist bis 7 Tage vor der Veranstaltung "
                  "kostenfrei möglich. Die endgültige Teilnehmerzahl ist spätestens 3 Werktage vorher mitzuteilen.", S_P),
        Paragraph("5. Kontakt", S_H),
        Paragraph("Tagungsbüro Morgenfeld Hotels, tagung@morgenfeld-hotels.de, Telefon +49 341 2290 430 "
                  "(Montag bis Freitag 8:30–17:30 Uhr). Angebote erhalten Sie in der Regel innerhalb von 24 Stunden.", S_P),
        Spacer(1, 12),
        Paragraph("Morgenfeld Hotels GmbH · Kastanienweg 21 · 04229 Leipzig · Stand: 01.12.2025", S_SMALL),
    ]
    build_pdf(path, "Tagungspauschalen 2026", st)
    return path


# ------------------------------------------- PDF 2: Teilnahmebedingungen Club
def pdf_teilnahmebedingungen():
    path = os.path.join(BASE, "treueprogramm", "teilnahmebedingungen-club.pdf")
    paras = [
        ("§ 1 Veranstalter", "Das Treueprogramm „Morgenfeld Club“ wird von der Morgenfeld Hotels GmbH, "
         "Kastanienweg 21, 04229 Leipzig, betrieben."),
        ("§ 2 Teilnahme", "Teilnehmen können natürliche Personen ab 18 Jahren. Die Mitgliedschaft ist kostenlos "
         "und persönlich; pro Person ist nur ein Konto zulässig. Firmen können nicht Mitglied werden."),
        ("§ 3 Punkte sammeln", "Punkte werden für Direktbuchungen zur Flex-Rate, Spar-Rate, Langzeit-Rate und "
         "Business-Rate gutgeschrieben: 5 Punkte pro Euro Logisumsatz sowie 2 Punkte pro Euro für Gastronomie "
         "und Parken auf der Zimmerrechnung. Für Buchungen über Buchungsportale, für Gruppenbuchungen ab "
         "10 Zimmern und für Gutschein-Einlösungen werden keine Punkte vergeben."),
        ("§ 4 Punkte einlösen", "2.000 Punkte entsprechen einem Gegenwert von 10 €. Pro Aufenthalt können "
         "höchstens 50 % des Rechnungsbetrags mit Punkten beglichen werden; Freinächte sind von dieser Grenze "
         "ausgenommen. Eine Auszahlung von Punkten in bar ist ausgeschlossen."),
        ("§ 5 Verfall von Punkten", "Punkte verfallen 36 Monate nach dem Ende des Monats, in dem sie "
         "gutgeschrieben wurden. Bei Mitgliedern mit Platin-Status verfallen Punkte nicht, solange der "
         "Status besteht."),
        ("§ 6 Statusstufen", "Der Status (Basis, Silber, Gold, Platin) richtet sich nach der Zahl der bezahlten "
         "Übernachtungen im Kalenderjahr. Freinächte zählen nicht für den Status."),
        ("§ 7 Änderungen des Programms", "Die Morgenfeld Hotels GmbH kann die Teilnahmebedingungen mit einer "
         "Vorankündigung von 3 Monaten per E-Mail ändern oder das Programm beenden. Bis zum Programmende "
         "gesammelte Punkte können noch 6 Monate eingelöst werden."),
        ("§ 8 Kündigung und Missbrauch", "Mitglieder können ihre Mitgliedschaft jederzeit ohne Angabe von "
         "Gründen kündigen; nicht eingelöste Punkte verfallen mit der Kündigung. Bei Missbrauch (z. B. "
         "Punktehandel) kann das Konto gesperrt werden."),
        ("§ 9 Datenschutz", "Es gelten die Datenschutzhinweise der Morgenfeld Hotels GmbH."),
    ]
    st = [Paragraph("Teilnahmebedingungen Morgenfeld Club", S_TITLE),
          Paragraph("Fassung vom 1. Januar 2026", S_SMALL), Spacer(1, 6)]
    for head, body in paras:
        st.append(Paragraph(head, S_H))
        st.append(Paragraph(body, S_P))
    st += [Spacer(1, 12), Paragraph("Morgenfeld Hotels GmbH · Amtsgericht Leipzig HRB 48213", S_SMALL)]
    build_pdf(path, "Teilnahmebedingungen Morgenfeld Club", st)
    return path


# ------------------------------------------------------------ DOCX helpers
def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return d


def add_table(d, rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell = t.cell(i, j)
            cell.text = str(v)
            if i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return t


# ------------------------------------------------------- DOCX 1: AGB (de)
def docx_agb():
    path = os.path.join(BASE, "buchung", "agb-hotelaufnahmevertrag.docx")
    d = new_doc()
    d.core_properties.title = "AGB Hotelaufnahmevertrag"
    d.core_properties.author = "Morgenfeld Hotels GmbH"
    d.add_heading("Allgemeine Geschäftsbedingungen für den Hotelaufnahmevertrag", 0)
    d.add_paragraph("Morgenfeld Hotels GmbH – gültig für alle Hotels der Gruppe (Leipzig, Freiburg, Bremen, "
                    "Regensburg). Stand: 01.03.2026")
    sections = [
        ("§ 1 Geltungsbereich", [
            "Diese Geschäftsbedingungen gelten für Verträge über die mietweise Überlassung von Hotelzimmern zur "
            "Beherbergung sowie alle damit zusammenhängenden Leistungen. Für Gruppen ab 10 Zimmern gelten "
            "ergänzend die Gruppenbedingungen, für Tagungen die Bedingungen der Tagungspauschalen."]),
        ("§ 2 Vertragsschluss", [
            "Der Vertrag kommt durch die Bestätigung der Buchung durch das Hotel zustande. Die Bestätigung "
            "erfolgt in Textform (in der Regel per E-Mail)."]),
        ("§ 3 Preise und Zahlung", [
            "Es gelten die zum Zeitpunkt der Buchung vereinbarten Preise. Bei der Flex-Rate ist der Rechnungsbetrag "
            "bei Abreise fällig. Bei der Spar-Rate wird der Gesamtbetrag bei Buchung belastet.",
            "Rechnungen, die nicht bei Abreise beglichen werden, sind innerhalb von 10 Tagen nach Zugang ohne "
            "Abzug zu zahlen, sofern nichts anderes vereinbart ist. Das Hotel kann bei Anreise eine Vorautorisierung "
            "auf der Kreditkarte in Höhe des voraussichtlichen Rechnungsbetrags vornehmen."]),
        ("§ 4 Rücktritt des Gastes (Stornierung)", [
            "Flex-Rate: Ein kostenfreier Rücktritt ist bis 18:00 Uhr Ortszeit am Tag vor der Anreise möglich. "
            "Danach sowie bei Nichtanreise werden 80 % des Zimmerpreises der ersten Nacht berechnet.",
            "Spar-Rate: Ein Rücktritt ist ausgeschlossen; eine Erstattung erfolgt nicht.",
            "Dem Gast bleibt der Nachweis vorbehalten, dass dem Hotel kein oder ein geringerer Schaden entstanden ist."]),
        ("§ 5 Zimmerbereitstellung, Übergabe und Rückgabe", [
            "Gebuchte Zimmer stehen am Anreisetag ab 15:00 Uhr zur Verfügung (Regensburg ab 14:00 Uhr). "
            "Ein Anspruch auf frühere Bereitstellung besteht nicht.",
            "Am Abreisetag sind die Zimmer bis 11:00 Uhr geräumt zur Verfügung zu stellen (Bremen bis 12:00 Uhr). "
            "Bei späterer Räumung ohne Vereinbarung kann das Hotel bis 18:00 Uhr 50 % und danach 100 % des "
            "Zimmerpreises berechnen.",
            "Wird ein Zimmer bis 18:00 Uhr am Anreisetag nicht bezogen und wurde keine spätere Ankunft vereinbart, "
            "darf das Hotel das Zimmer bei Buchungen ohne Garantie anderweitig vergeben."]),
        ("§ 6 Haftung des Hotels", [
            "Für eingebrachte Sachen haftet das Hotel nach den gesetzlichen Bestimmungen (§§ 701 ff. BGB), "
            "d. h. bis zum Hundertfachen des Zimmerpreises, höchstens 3.500 €, für Geld, Wertpapiere und "
            "Kostbarkeiten höchstens 800 €. Wertgegenstände sollten im Zimmersafe aufbewahrt werden.",
            "Für in der Tiefgarage oder auf den Hotelparkplätzen abgestellte Fahrzeuge haftet das Hotel nur bei "
            "Vorsatz oder grober Fahrlässigkeit. Dies gilt nicht für Partner-Parkhäuser, für die ausschließlich "
            "der jeweilige Betreiber haftet."]),
        ("§ 7 Fundsachen und Nachsendung", [
            "Zurückgelassene Sachen werden nur auf Anfrage, auf Kosten und Risiko des Gastes nachgesandt. "
            "Fundsachen bewahrt das Hotel 3 Monate auf. Danach werden Gegenstände mit erkennbarem Wert an das "
            "örtliche Fundbüro übergeben; übrige Gegenstände werden entsorgt."]),
        ("§ 8 Hausordnung, Rauchverbot, Haustiere", [
            "In allen Zimmern und öffentlichen Innenbereichen gilt ein Rauchverbot (auch für E-Zigaretten). "
            "Bei Verstößen wird eine Sonderreinigungspauschale von 250 € berechnet.",
            "Haustiere sind nur nach vorheriger Anmeldung und nur in den Hotels in Leipzig, Freiburg und Bremen "
            "erlaubt. Es gelten die Gebühren laut Haustierseite."]),
        ("§ 9 Schlussbestimmungen", [
            "Erfüllungs- und Zahlungsort ist der Sitz des jeweiligen Hotels. Ausschließlicher Gerichtsstand im "
            "kaufmännischen Verkehr ist Leipzig. Es gilt deutsches Recht.",
            "Sollten einzelne Bestimmungen unwirksam sein, bleibt die Wirksamkeit der übrigen Bestimmungen unberührt."]),
    ]
    for head, paras in sections:
        d.add_heading(head, level=2)
        for p in paras:
            d.add_paragraph(p)
    d.save(path)
    return path


# ---------------------------------------- DOCX 2: group booking conditions (en)
def docx_groups():
    path = os.path.join(BASE, "tagungen-und-gruppen", "group-booking-conditions.docx")
    d = new_doc()
    d.core_properties.title = "Group booking conditions 2026"
    d.core_properties.author = "Morgenfeld Hotels GmbH – Groups Team"
    d.add_heading("Group Booking Conditions 2026", 0)
    d.add_paragraph("Morgenfeld Hotels GmbH · valid for group bookings with arrival between 1 January and "
                    "31 December 2026 at all four hotels.")
    d.add_heading("1. What counts as a group?", level=2)
    d.add_paragraph("A booking of 10 or more rooms per night for the same arrival date, made by one organiser "
                    "(for example clubs, school classes, tour operators, wedding and family parties). "
                    "Group bookings are handled exclusively by our Groups Team and cannot be made online.")
    d.add_heading("2. Offer and option date", level=2)
    d.add_paragraph("You will receive a written offer with an option date. If we do not receive your signed "
                    "confirmation by the option date, the rooms are released without further notice.")
    d.add_heading("3. Deposit and payment", level=2)
    d.add_paragraph("A deposit of 30% of the total room price is due 6 weeks before arrival. The remaining "
                    "balance is paid on departure or by invoice (payable within 10 days).")
    d.add_heading("4. Rooming list", level=2)
    d.add_paragraph("Please send the rooming list with the names of all guests no later than 14 days before "
                    "arrival to gruppen@morgenfeld-hotels.de.")
    d.add_heading("5. Cancellation and reduction", level=2)
    add_table(d, [
        ["Cancellation received", "Cancellation fee (of the agreed room revenue)"],
        ["up to 60 days before arrival", "free of charge"],
        ["59 to 30 days before arrival", "40%"],
        ["29 to 8 days before arrival", "70%"],
        ["7 days or less before arrival / no-show", "90%"],
    ])
    d.add_paragraph("Up to 10% of the booked rooms can be cancelled free of charge until 30 days before arrival. "
                    "Later reductions are charged according to the table above.")
    d.add_heading("6. Prices and extras for groups", level=2)
    add_table(d, [
        ["Item", "Price"],
        ["Group breakfast buffet", "16.50 € per person per day"],
        ["Group dinner (3 courses, set menu)", "from 34 € per person"],
        ["Coach parking (Leipzig and Bremen only, on request)", "35 € per coach per day"],
        ["Free room for tour guide / coach driver", "1 free single room per 20 paid rooms (max. 2 per group)"],
    ])
    d.add_heading("7. School classes and youth groups", level=2)
    d.add_paragraph("School classes are accommodated in Leipzig and Bremen only. Teachers accompanying the "
                    "class stay in single rooms at the double room price. For groups with guests under 18 an "
                    "adult contact person must be available at all times.")
    d.add_heading("8. Loyalty points", level=2)
    d.add_paragraph("Group bookings of 10 rooms or more do not earn Morgenfeld Club points.")
    d.add_heading("9. Contact", level=2)
    d.add_paragraph("Groups Team: gruppen@morgenfeld-hotels.de, phone +49 341 2290 440 "
                    "(Monday to Friday, 9:00 am – 5:00 pm). Team lead: Miriam Kowalczyk.")
    d.save(path)
    return path


# ------------------------------------------------------------------ checks
CHECKS = {
    "tagungspauschalen-2026.pdf": ["69 €", "52 €", "89 €", "35 %", "mindestteilnehmerzahl von 10", "Hybrid-Konferenzset"],
    "teilnahmebedingungen-club.pdf": ["50 %", "36 Monate", "2.000 Punkte", "18 Jahren"],
    "agb-hotelaufnahmevertrag.docx": ["3 Monate", "250 €", "3.500 €", "18:00 Uhr"],
    "group-booking-conditions.docx": ["30%", "6 weeks", "14 days", "16.50", "40%"],
}


def extract(path):
    if path.endswith(".pdf"):
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def main():
    paths = [pdf_tagungspauschalen(), pdf_teilnahmebedingungen(), docx_agb(), docx_groups()]
    ok = True
    for p in paths:
        text = extract(p)
        norm = " ".join(text.split()).lower()
        missing = [f for f in CHECKS[os.path.basename(p)] if " ".join(f.split()).lower() not in norm]
        print(f"{os.path.relpath(p, BASE)}: {len(text)} chars extracted, missing: {missing or 'none'}")
        ok &= not missing
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
