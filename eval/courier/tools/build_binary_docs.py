#!/usr/bin/env python3
"""Regenerate the PDF and DOCX documents of the Zugvogel Kurier knowledge base.

Usage:
    /tmp/courier-venv/bin/python tools/build_binary_docs.py

Needs: reportlab, python-docx (and pypdf for the self-check at the end).
Writes:
    kb/preise/international-rates-2026.pdf         (en)
    kb/reklamation/haftungsbedingungen.pdf         (de)
    kb/geschaeftskunden/business-account-terms.docx (en)
    kb/service/agb-privatkunden.docx               (de)
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

ROOT = Path(__file__).resolve().parent.parent
KB = ROOT / "kb"


# ---------------------------------------------------------------- PDF helpers
def _styles():
    ss = getSampleStyleSheet()
    return ss["Title"], ss["Heading2"], ss["BodyText"]


def _table(rows, col_widths=None):
    t = Table(rows, colWidths=col_widths, hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return t


def build_international_rates():
    out = KB / "preise" / "international-rates-2026.pdf"
    title, h2, body = _styles()
    doc = SimpleDocTemplate(str(out), pagesize=A4, title="Zugvogel International Parcel Rates 2026",
                            author="Zugvogel Kurier GmbH")
    s = []
    s.append(Paragraph("Zugvogel International - Parcel Rates 2026", title))
    s.append(Paragraph("Valid from 1 March 2026. Prices for private customers in EUR, including VAT "
                       "where applicable. Prices apply to labels bought online; at the counter in a "
                       "Zugvogel Shop we charge EUR 1.00 more per parcel.", body))
    s.append(Spacer(1, 0.3 * cm))
    s.append(Paragraph("1. Zones", h2))
    zones = [
        ["Zone", "Countries", "Delivery time"],
        ["Zone 1", "Austria, Belgium, Czech Republic, Denmark, France, Luxembourg, Netherlands, Poland",
         "2-4 working days"],
        ["Zone 2", "All other EU member states, e.g. Spain, Italy, Portugal, Sweden, Greece", "3-6 working days"],
        ["Zone 3", "Switzerland, Liechtenstein, United Kingdom, Norway", "4-7 working days"],
        ["Zone 4", "USA, Canada", "6-10 working days"],
        ["Zone 5", "Rest of the world", "8-15 working days"],
    ]
    s.append(_table([[Paragraph(c, body) for c in r] for r in zones], [2 * cm, 10.5 * cm, 4 * cm]))
    s.append(Spacer(1, 0.3 * cm))
    s.append(Paragraph("2. Prices by weight (EUR)", h2))
    prices = [
        ["Weight up to", "Zone 1", "Zone 2", "Zone 3", "Zone 4", "Zone 5"],
        ["2 kg", "9.49", "11.49", "14.99", "29.99", "34.99"],
        ["5 kg", "13.99", "16.49", "21.99", "44.99", "52.99"],
        ["10 kg", "18.99", "22.99", "29.99", "64.99", "74.99"],
        ["20 kg", "27.99", "32.99", "42.99", "89.99", "104.99"],
        ["31.5 kg", "39.99", "45.99", "56.99", "119.99", "not available"],
    ]
    s.append(_table(prices, [3 * cm, 2.4 * cm, 2.4 * cm, 2.4 * cm, 2.4 * cm, 3 * cm]))
    s.append(Spacer(1, 0.3 * cm))
    s.append(Paragraph("3. Conditions", h2))
    for line in [
        "Maximum size for all international parcels: 120 x 60 x 60 cm. Zone 5 accepts parcels up to 20 kg only.",
        "Parcels to Zones 3, 4 and 5 need a customs declaration (CN22 or CN23). It is created automatically "
        "when you book online.",
        "Liability for international parcels: up to EUR 250 per parcel (see Haftungsbedingungen). "
        "Plus-Schutz insurance can be added for Zones 1 and 2 only.",
        "Cash on delivery, preferred day and evening delivery are not available for international parcels.",
        "Duties, taxes and local fees in the destination country are paid by the recipient unless "
        "Zugvogel Zoll-Komplett (business customers only) is booked.",
    ]:
        s.append(Paragraph("- " + line, body))
    s.append(Spacer(1, 0.5 * cm))
    s.append(Paragraph("Zugvogel Kurier GmbH - Moewenkai 7, 28197 Bremen - www.zugvogel-kurier.de", body))
    doc.build(s)
    return out


def build_haftungsbedingungen():
    out = KB / "reklamation" / "haftungsbedingungen.pdf"
    title, h2, body = _styles()
    doc = SimpleDocTemplate(str(out), pagesize=A4, title="Haftungsbedingungen Zugvogel Kurier GmbH",
                            author="Zugvogel Kurier GmbH")
    s = [Paragraph("Haftungsbedingungen der Zugvogel Kurier GmbH", title),
         Paragraph("Stand: 1. März 2026. Diese Bedingungen gelten für Privat- und Geschäftskunden.", body),
         Spacer(1, 0.3 * cm)]
    sections = [
        ("§ 1 Geltungsbereich",
         ["Diese Haftungsbedingungen regeln die Haftung der Zugvogel Kurier GmbH für Verlust und "
          "Beschädigung von Sendungen, die ihr zur Beförderung übergeben wurden."]),
        ("§ 2 Haftungshöchstbeträge",
         ["Wir haften für nachgewiesene Verluste und Schäden bis zu folgenden Höchstbeträgen je Sendung:"]),
    ]
    for head, paras in sections:
        s.append(Paragraph(head, h2))
        for p in paras:
            s.append(Paragraph(p, body))
    rows = [
        ["Sendungsart", "Haftung ohne Höherversicherung"],
        ["Päckchen (Größe XS), Inland", "bis zu 50 EUR"],
        ["Pakete S bis XL, Inland", "bis zu 500 EUR"],
        ["Internationale Sendungen", "bis zu 250 EUR"],
        ["mit Plus-Schutz", "bis zu 2.500 EUR"],
        ["mit Premium-Schutz", "bis zu 5.000 EUR"],
    ]
    s.append(_table(rows, [8 * cm, 7 * cm]))
    s.append(Spacer(1, 0.2 * cm))
    s.append(Paragraph("Ersetzt wird der nachgewiesene Wert des Inhalts (bei Waren der Einkaufs- bzw. "
                       "Wiederbeschaffungswert), höchstens der jeweilige Höchstbetrag. Entgangener Gewinn und "
                       "Folgeschäden werden nicht ersetzt.", body))
    more = [
        ("§ 3 Ausschlüsse",
         ["Keine Haftung besteht für: Bargeld, Edelmetalle und Wertpapiere; Schmuck und Uhren mit einem Wert "
          "über 500 EUR ohne Höherversicherung; vom Versand ausgeschlossene Güter; Schäden durch "
          "unzureichende Verpackung; rein äußerliche Schäden an der Verpackung ohne Schaden am Inhalt."]),
        ("§ 4 Verspätung",
         ["Für verspätete Zustellung haften wir nicht. Bei Express-Sendungen erstatten wir auf Antrag den "
          "Express-Aufpreis (Geld-zurück-Garantie)."]),
        ("§ 5 Fristen",
         ["Schäden sind innerhalb von 7 Tagen nach Zustellung zu melden. Verluste sind spätestens 3 Monate "
          "nach Einlieferung zu melden. Ansprüche verjähren nach einem Jahr."]),
        ("§ 6 Anspruchsberechtigte",
         ["Anspruchsberechtigt ist der Absender. Der Empfänger kann Ansprüche geltend machen, wenn der "
          "Absender sie ihm abgetreten hat."]),
        ("§ 7 Nachweis",
         ["Der Anspruchsteller muss den Wert des Inhalts nachweisen, z. B. durch Rechnung oder Kaufbeleg. "
          "Verpackung und beschädigter Inhalt sind bis zum Abschluss der Prüfung aufzubewahren."]),
    ]
    for head, paras in more:
        s.append(Paragraph(head, h2))
        for p in paras:
            s.append(Paragraph(p, body))
    s.append(Spacer(1, 0.5 * cm))
    s.append(Paragraph("Zugvogel Kurier GmbH, Möwenkai 7, 28197 Bremen, Amtsgericht Bremen HRB 48213", body))
    doc.build(s)
    return out


# ---------------------------------------------------------------- DOCX helpers
def _docx_base(title):
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading(title, level=0)
    return d


def build_business_terms():
    out = KB / "geschaeftskunden" / "business-account-terms.docx"
    d = _docx_base("Zugvogel Business Account – Terms and Conditions")
    d.core_properties.title = "Zugvogel Business Account Terms and Conditions"
    d.core_properties.author = "Zugvogel Kurier GmbH"
    d.add_paragraph("Version 3.2, valid from 1 March 2026. These terms apply to the business tariffs "
                    "Business Flex and Business Pro of Zugvogel Kurier GmbH, Möwenkai 7, 28197 Bremen.")
    sections = [
        ("1. Scope", [
            "These terms apply to all shipments sent through a Zugvogel business account. The general price "
            "lists, the liability terms (Haftungsbedingungen) and the list of prohibited goods also apply.",
        ]),
        ("2. Opening an account", [
            "To open a business account we need a copy of your trade registration (Gewerbeanmeldung) or an "
            "extract from the commercial register, your VAT ID (if available) and a SEPA direct debit mandate.",
            "We carry out a credit check. Accounts are usually approved within 3 working days.",
        ]),
        ("3. Invoicing and payment", [
            "We invoice all shipments of a calendar month at the beginning of the following month.",
            "Business Flex: payment is due within 14 days of the invoice date.",
            "Business Pro: payment is due within 30 days of the invoice date.",
            "For late payment we charge default interest at the statutory rate and a reminder fee of EUR 5.00 "
            "per reminder. After two unpaid reminders we may block label creation for the account.",
        ]),
        ("4. Surcharges", [
            "Energy surcharge: currently 4.2 % on the net freight price. We review the energy surcharge every "
            "quarter and announce changes at least 4 weeks in advance in the Business Portal.",
            "Peak season surcharge: EUR 0.30 per parcel for parcels handed over between 15 November and "
            "31 December.",
            "Surcharges for oversize parcels, bulky items and additional services follow the current price lists.",
        ]),
        ("5. Volume rebates (Business Pro)", [
            "In addition to the individual prices agreed, Business Pro customers receive an extra rebate of 5 % "
            "on the net freight price in every month with more than 1,000 parcels, and 8 % in every month with "
            "more than 5,000 parcels.",
        ]),
        ("6. Term and termination", [
            "Business Flex has no minimum term and can be cancelled at the end of any calendar month.",
            "Business Pro has a minimum term of 12 months. It can be terminated with a notice period of 3 months "
            "to the end of the minimum term; otherwise the contract is extended by a further 12 months each time.",
            "Switching from Flex to Pro is possible on the first day of any month.",
        ]),
        ("7. Liability and insurance", [
            "Liability follows the Zugvogel liability terms (Haftungsbedingungen): up to EUR 500 per domestic "
            "parcel and up to EUR 250 per international parcel. Higher values can be insured with Plus-Schutz "
            "or Premium-Schutz.",
        ]),
        ("8. Data protection", [
            "A data processing agreement (Auftragsverarbeitungsvertrag, AVV) can be downloaded and signed "
            "electronically in the Business Portal under Settings → Contracts.",
        ]),
    ]
    for head, paras in sections:
        d.add_heading(head, level=1)
        for p in paras:
            d.add_paragraph(p)
    d.save(out)
    return out


def build_agb_privat():
    out = KB / "service" / "agb-privatkunden.docx"
    d = _docx_base("Allgemeine Geschäftsbedingungen für Privatkunden")
    d.core_properties.title = "AGB Privatkunden Zugvogel Kurier GmbH"
    d.core_properties.author = "Zugvogel Kurier GmbH"
    d.add_paragraph("Zugvogel Kurier GmbH, Möwenkai 7, 28197 Bremen. Stand: 1. März 2026.")
    sections = [
        ("§ 1 Geltungsbereich", [
            "Diese AGB gelten für alle Beförderungsverträge zwischen der Zugvogel Kurier GmbH und Verbrauchern "
            "(Privatkunden). Für Geschäftskunden gelten gesonderte Bedingungen.",
        ]),
        ("§ 2 Vertragsschluss", [
            "Der Vertrag kommt mit der Übergabe der Sendung an uns zustande – im Zugvogel Shop, an einem "
            "Zugvogel Punkt, in einem Nistkasten oder bei der Abholung durch unseren Fahrer.",
        ]),
        ("§ 3 Preise und Zahlung", [
            "Es gelten die bei Vertragsschluss gültigen Preislisten. Online können Sie mit PayPal, Kreditkarte "
            "oder SEPA-Lastschrift bezahlen. Barzahlung ist nur im Zugvogel Shop und an Zugvogel Punkten möglich.",
        ]),
        ("§ 4 Versandmarken", [
            "Online gekaufte Versandmarken sind 14 Tage ab Kauf gültig. Unbenutzte online gekaufte Versandmarken "
            "erstatten wir, wenn Sie die Erstattung innerhalb von 14 Tagen nach dem Kauf im Kundenkonto "
            "beantragen. Am Schalter gekaufte und ausgedruckte Versandmarken sind von der Erstattung ausgeschlossen.",
        ]),
        ("§ 5 Nachentgelt", [
            "Ist eine Sendung größer oder schwerer als die gebuchte Größe, berechnen wir die Differenz zum Preis "
            "der zutreffenden Größe zuzüglich einer Bearbeitungsgebühr von 4,00 € (Nachentgelt). Das Nachentgelt "
            "wird über das hinterlegte Zahlungsmittel eingezogen. Sendungen über 120 cm Länge oder über 31,5 kg "
            "senden wir an den Absender zurück.",
        ]),
        ("§ 6 Annahmeverweigerung", [
            "Verweigert der Empfänger die Annahme, senden wir die Sendung an den Absender zurück. Innerhalb "
            "Deutschlands ist die Rücksendung für den Absender kostenlos. Bei internationalen Sendungen trägt "
            "der Absender die Kosten der Rücksendung in Höhe des Preises für die Hinsendung.",
        ]),
        ("§ 7 Unzustellbare Sendungen", [
            "Kann eine Sendung weder zugestellt noch an den Absender zurückgegeben werden, bewahren wir sie "
            "3 Monate auf. Danach dürfen wir sie verwerten.",
        ]),
        ("§ 8 Haftung", [
            "Die Haftung richtet sich nach unseren Haftungsbedingungen in der jeweils gültigen Fassung.",
        ]),
        ("§ 9 Streitbeilegung", [
            "Wir nehmen an Verfahren vor einer Verbraucherschlichtungsstelle für Postdienstleistungen teil. "
            "Es gilt deutsches Recht.",
        ]),
    ]
    for head, paras in sections:
        d.add_heading(head, level=1)
        for p in paras:
            d.add_paragraph(p)
    d.save(out)
    return out


def self_check(paths):
    from pypdf import PdfReader
    for p in paths:
        if p.suffix == ".pdf":
            text = "\n".join(page.extract_text() for page in PdfReader(str(p)).pages)
        else:
            text = "\n".join(par.text for par in Document(str(p)).paragraphs)
        print(f"{p.relative_to(ROOT)}: {len(text)} chars extracted")


if __name__ == "__main__":
    built = [build_international_rates(), build_haftungsbedingungen(), build_business_terms(), build_agb_privat()]
    self_check(built)
