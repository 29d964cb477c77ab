#!/usr/bin/env python3
"""Regenerate the binary knowledge-base documents (2 PDF, 2 DOCX).

Usage (from anywhere):
    /tmp/tenants-venv/bin/python tools/build_binary_docs.py

Requires: reportlab, python-docx (pypdf only for the self-check at the end).
All content is invented for the fictional company Wohnfalter Hausverwaltung GmbH.
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


# ---------------------------------------------------------------- PDF helpers
def _pdf(path: Path, title: str, blocks, author="Wohnfalter Hausverwaltung GmbH"):
    path.parent.mkdir(parents=True, exist_ok=True)
    styles = getSampleStyleSheet()
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, title=title, author=author,
        leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
    )
    story = []
    for kind, content in blocks:
        if kind == "h1":
            story.append(Paragraph(content, styles["Title"]))
        elif kind == "h2":
            story.append(Spacer(1, 6))
            story.append(Paragraph(content, styles["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(content, styles["BodyText"]))
        elif kind == "table":
            data = [[Paragraph(c, styles["BodyText"]) for c in row] for row in content]
            t = Table(data, colWidths=[11 * cm, 5 * cm])
            t.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e6f2")),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
        story.append(Spacer(1, 4))
    doc.build(story)


def build_gebuehrenverzeichnis():
    blocks = [
        ("h1", "Gebührenverzeichnis für Mieterleistungen 2026"),
        ("p", "Wohnfalter Hausverwaltung GmbH, Kranichstraße 41a, 04229 Leipzig. "
              "Gültig ab 01.01.2026 für alle von uns verwalteten Wohnungen in Leipzig, Köln und Nürnberg. "
              "Das Gebührenverzeichnis 2025 ist ab dem 01.01.2026 nicht mehr gültig."),
        ("h2", "A. Mietkonto und Mahnwesen"),
        ("table", [
            ["Leistung", "Gebühr"],
            ["Zahlungserinnerung", "kostenlos"],
            ["1. Mahnung", "5,00 €"],
            ["2. Mahnung", "7,50 €"],
            ["Rücklastschrift (inkl. Bankgebühren)", "8,50 €"],
            ["Ratenvereinbarung", "kostenlos"],
        ]),
        ("h2", "B. Bescheinigungen"),
        ("table", [
            ["Leistung", "Gebühr"],
            ["Mietbescheinigung digital im Falter-Portal", "kostenlos"],
            ["Mietbescheinigung, Zweitausfertigung per Post", "10,00 €"],
            ["Mietschuldenfreiheitsbescheinigung bei Auszug", "kostenlos"],
            ["Mietschuldenfreiheitsbescheinigung während des Mietverhältnisses", "15,00 €"],
        ]),
        ("h2", "C. Schlüssel und Zugang"),
        ("table", [
            ["Leistung", "Gebühr"],
            ["Ersatzschlüssel Wohnung (Standardschlüssel, nicht Teil einer Schließanlage)", "28,00 €"],
            ["Ersatzschlüssel Schließanlage (Sicherheitsschlüssel mit Sicherungskarte)", "64,00 €"],
            ["Briefkastenschlüssel", "9,00 €"],
            ["Transponder/Chip Haustür", "35,00 €"],
            ["Garagentor-Handsender", "49,00 €"],
            ["Austausch Schließzylinder nach Schlüsselverlust (Schließanlage)", "nach Aufwand, mindestens 180,00 €"],
        ]),
        ("h2", "D. Einzug, Auszug und Vertrag"),
        ("table", [
            ["Leistung", "Gebühr"],
            ["Namensschild Klingel und Briefkasten", "12,00 €"],
            ["Vorabbegehung vor dem Auszug", "kostenlos"],
            ["Zusätzlicher Übergabetermin (Nichterscheinen ohne rechtzeitige Absage oder zweite Begehung)", "75,00 €"],
            ["Bearbeitung Untermieterlaubnis", "30,00 €"],
            ["Vertragsänderung (Aus- oder Eintritt einer Mitmieterin / eines Mitmieters)", "50,00 €"],
        ]),
        ("h2", "E. Betriebskosten"),
        ("table", [
            ["Leistung", "Gebühr"],
            ["Belegeinsicht digital im Falter-Portal", "kostenlos"],
            ["Papierkopien bei Belegeinsicht", "0,25 € pro Seite"],
            ["Zwischenablesung der Zähler auf Wunsch der Mieterin / des Mieters", "29,00 €"],
        ]),
        ("p", "Alle Gebühren enthalten die gesetzliche Umsatzsteuer, soweit diese anfällt. "
              "Gebühren werden dem Mietkonto belastet und mit der nächsten Miete eingezogen bzw. fällig."),
    ]
    _pdf(KB / "miete" / "gebuehrenverzeichnis-2026.pdf", "Gebührenverzeichnis für Mieterleistungen 2026", blocks)


def build_parking_terms():
    blocks = [
        ("h1", "Parking Space Rental Terms"),
        ("p", "Wohnfalter Hausverwaltung GmbH. Valid from 1 January 2026 for all parking spaces, "
              "underground garage spaces and motorcycle spaces in Leipzig, Cologne and Nuremberg. "
              "This is an English convenience version; the German contract prevails."),
        ("h2", "1. Separate contract"),
        ("p", "A parking space is rented under a separate contract. It can be terminated independently of the "
              "tenancy agreement for your flat, and the flat can be terminated without the parking space."),
        ("h2", "2. Notice period"),
        ("p", "Either party may terminate the parking contract with one month's notice to the end of a calendar month. "
              "Notice may be given by letter or with the form \"Cancel parking space\" in the Falter-Portal."),
        ("h2", "3. Rent"),
        ("p", "The monthly rent is set out in the current price list and is paid together with the rent for the flat, "
              "no later than the third working day of the month."),
        ("h2", "4. Remote controls and transponders"),
        ("p", "For each garage remote control we charge a deposit of 50 €, which is refunded when the remote control is returned. "
              "Lost remote controls are replaced at the price in the fee schedule."),
        ("h2", "5. Waiting list"),
        ("p", "All spaces are allocated via a waiting list. Register in the Falter-Portal under \"Parking\". "
              "Tenants of the same estate have priority over external applicants; within each group, offers are made "
              "in the order of registration. An offer must be accepted within 7 days, otherwise it goes to the next "
              "person and you move to the end of the list."),
        ("h2", "6. Use of the space"),
        ("p", "The space may only be used for the vehicle whose number plate is stated in the contract. Please report "
              "a new number plate within 14 days. Storing tyres, furniture, fuel canisters or other items is not allowed, "
              "nor are car washing and oil changes. A motorcycle space may be used for one motorcycle only."),
        ("h2", "7. Charging electric vehicles"),
        ("p", "Electric vehicles, including e-scooters and e-bikes, may only be charged at wallbox spaces. "
              "Charging from ordinary sockets in the garage is prohibited. Electricity at wallbox spaces is metered "
              "and billed quarterly at the price per kWh in the price list (2026: 0,39 € per kWh)."),
        ("h2", "8. Subletting the space"),
        ("p", "Subletting the parking space requires our prior written consent and is never allowed for commercial purposes."),
        ("h2", "9. Unauthorised vehicles"),
        ("p", "Vehicles parked on a rented space without authorisation may be towed away at the vehicle owner's expense."),
        ("h2", "10. Visitors"),
        ("p", "There are no visitor spaces in our underground garages. Visitors must park on public streets."),
        ("h2", "11. Liability"),
        ("p", "Parking areas are not guarded. Please report damage to the garage (e.g. to the door or lighting) to your caretaker."),
    ]
    _pdf(KB / "parken" / "parking-rental-terms.pdf", "Parking Space Rental Terms", blocks)


# --------------------------------------------------------------- DOCX helpers
def _docx(path: Path, title: str, sections, language="de-DE"):
    path.parent.mkdir(parents=True, exist_ok=True)
    d = Document()
    d.core_properties.title = title
    d.core_properties.author = "Wohnfalter Hausverwaltung GmbH"
    d.core_properties.language = language
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    d.add_heading(title, level=0)
    for kind, content in sections:
        if kind == "h":
            d.add_heading(content, level=1)
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "ul":
            for item in content:
                d.add_paragraph(item, style="List Bullet")
    d.save(str(path))


def build_uebergabe_leitfaden():
    sections = [
        ("p", "Stand: 2026. Dieser Leitfaden erklärt, wie die Wohnungsübergabe beim Auszug abläuft und was im "
              "Übergabeprotokoll festgehalten wird."),
        ("h", "1. Termin vereinbaren"),
        ("p", "Den Übergabetermin buchen Sie im Falter-Portal mindestens 14 Tage vor Ende des Mietverhältnisses. "
              "Für eine 3-Zimmer-Wohnung sollten Sie etwa 45 Minuten einplanen."),
        ("h", "2. Wer muss dabei sein?"),
        ("p", "Zur Übergabe kommen Sie selbst oder eine von Ihnen bevollmächtigte Person. Die bevollmächtigte Person "
              "bringt eine schriftliche Vollmacht und eine Kopie Ihres Personalausweises mit. Ohne Vollmacht dürfen wir "
              "die Übergabe nicht durchführen."),
        ("h", "3. Absage und Nichterscheinen"),
        ("p", "Können Sie den Termin nicht wahrnehmen, sagen Sie bitte spätestens 48 Stunden vorher ab. Erscheinen Sie "
              "ohne rechtzeitige Absage nicht, berechnen wir für den zusätzlichen Übergabetermin 75,00 € "
              "(siehe Gebührenverzeichnis)."),
        ("h", "4. Was wird geprüft?"),
        ("ul", [
            "Wände, Decken und Böden in allen Räumen",
            "Fenster, Türen, Rollläden und Beschläge",
            "Bad und WC, Armaturen, Abflüsse",
            "Küche, sofern mitvermietet",
            "Keller- und Abstellraum, Balkon oder Terrasse",
            "Rauchwarnmelder (dürfen nicht entfernt werden)",
        ]),
        ("h", "5. Zählerstände"),
        ("p", "Wir notieren die Stände von Stromzähler, Kalt- und Warmwasserzähler sowie Heizkostenverteilern und "
              "fotografieren die Zähler. Den Stromzähler melden Sie bitte zusätzlich selbst bei Ihrem Stromanbieter ab."),
        ("h", "6. Schlüssel"),
        ("p", "Geben Sie alle Schlüssel zurück, auch selbst nachgemachte. Die Anzahl wird im Protokoll mit dem "
              "Einzugsprotokoll verglichen. Fehlt ein Schlüssel einer Schließanlage, kann ein Zylindertausch nötig werden; "
              "die Kosten richten sich nach dem Gebührenverzeichnis."),
        ("h", "7. Mängel und Fristen"),
        ("p", "Festgestellte Mängel werden im Protokoll mit einer Frist zur Beseitigung eingetragen, in der Regel 14 Tage. "
              "Lassen Sie die Frist verstreichen, holen wir einen Kostenvoranschlag ein und verrechnen die Kosten mit der Kaution."),
        ("h", "8. Einbauten und Dübellöcher"),
        ("p", "Eigene Einbauten wie Einbauküche, Laminat oder Deckenpaneele müssen entfernt werden, es sei denn, eine "
              "Übernahme durch die Nachmieterin bzw. den Nachmieter oder die Eigentümerseite wurde schriftlich vereinbart. "
              "Dübellöcher in üblichem Umfang sind erlaubt, sollten aber fachgerecht verschlossen sein."),
        ("h", "9. Das Protokoll"),
        ("p", "Das Übergabeprotokoll wird digital auf einem Tablet erstellt und von beiden Seiten unterschrieben. "
              "Sie erhalten sofort eine Kopie als PDF per E-Mail."),
    ]
    _docx(KB / "umzug" / "uebergabeprotokoll-leitfaden.docx", "Leitfaden Wohnungsübergabe und Übergabeprotokoll", sections)


def build_sublet_terms():
    sections = [
        ("p", "Version 2026. These terms apply whenever Wohnfalter Hausverwaltung GmbH grants permission to sublet "
              "part or all of a flat it manages. They form part of the written permission."),
        ("h", "1. Documents required"),
        ("ul", [
            "a copy of the subtenant's ID card or passport",
            "the draft sublease agreement",
            "a short explanation of your interest in subletting (e.g. a letter from your employer about a stay abroad)",
            "if you want to sublet the whole flat: proof that your absence is temporary",
        ]),
        ("h", "2. Decision and processing fee"),
        ("p", "We decide within 3 weeks of receiving the complete application. A processing fee of 30 € is charged to "
              "your rent account once permission has been granted. No fee is charged if the application is refused."),
        ("h", "3. Duration"),
        ("p", "Permission is personal and applies only to the subtenant named in it. It is granted for a maximum of "
              "24 months and can be renewed if you apply at least 4 weeks before it expires. Permission to sublet the "
              "whole flat is limited to 12 months."),
        ("h", "4. Subletting surcharge"),
        ("p", "A surcharge of 20 € per subtenant per month is added to your rent from the month in which the subtenant moves in. "
              "Spouses, partners and children of the main tenant do not count as subtenants."),
        ("h", "5. Your responsibility"),
        ("p", "You remain our tenant. You are liable for the full rent, for any damage caused by the subtenant and for "
              "the subtenant's compliance with the house rules."),
        ("h", "6. Registration"),
        ("p", "The subtenant must register with the local registration office (Bürgeramt) within 2 weeks. As main tenant, "
              "you issue the landlord confirmation (Wohnungsgeberbestätigung) for your subtenant."),
        ("h", "7. Short-term rentals"),
        ("p", "Short-term rentals to tourists or holiday guests, including via holiday-rental platforms, are not permitted "
              "under any subletting permission."),
        ("h", "8. Revocation"),
        ("p", "If these terms are breached, we may revoke the permission with 4 weeks' notice."),
        ("h", "9. End of the sublease"),
        ("p", "Tell us in the Falter-Portal when your subtenant moves out. The surcharge ends at the end of that month."),
    ]
    _docx(KB / "untervermietung" / "sublet-application-terms.docx", "Subletting Permission – Terms and Conditions", sections,
          language="en-GB")


def selfcheck():
    from pypdf import PdfReader
    for p in sorted(KB.rglob("*.pdf")):
        text = "".join(page.extract_text() or "" for page in PdfReader(str(p)).pages)
        print(f"{p.relative_to(KB)}: {len(text)} chars extracted")
    for p in sorted(KB.rglob("*.docx")):
        text = "\n".join(par.text for par in Document(str(p)).paragraphs)
        print(f"{p.relative_to(KB)}: {len(text)} chars extracted")


if __name__ == "__main__":
    build_gebuehrenverzeichnis()
    build_parking_terms()
    build_uebergabe_leitfaden()
    build_sublet_terms()
    selfcheck()
