#!/usr/bin/env python3
"""Regenerate the PDF and DOCX documents of the photoprint knowledge base.

Usage:
    python3 -m venv /tmp/photoprint-venv
    /tmp/photoprint-venv/bin/pip install reportlab python-docx pypdf
    /tmp/photoprint-venv/bin/python tools/build_binary_docs.py

Writes:
    kb/wandbilder/preisliste-wandbilder-2026.pdf   (German, PDF)
    kb/geschaeftskunden/business-terms-2026.pdf    (English, PDF)
    kb/service/agb-auszug.docx                     (German, DOCX)
    kb/gutscheine/gift-voucher-terms.docx          (English, DOCX)

All content is invented (fictional company "Silberkorn Fotodruck GmbH").
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

ROOT = Path(__file__).resolve().parent.parent
KB = ROOT / "kb"

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))

_styles = getSampleStyleSheet()
H1 = ParagraphStyle("H1", parent=_styles["Heading1"], fontName="DejaVu-Bold", fontSize=16, leading=20)
H2 = ParagraphStyle("H2", parent=_styles["Heading2"], fontName="DejaVu-Bold", fontSize=12, leading=15)
BODY = ParagraphStyle("Body", parent=_styles["BodyText"], fontName="DejaVu", fontSize=9.5, leading=13)
SMALL = ParagraphStyle("Small", parent=BODY, fontSize=8, leading=10, textColor=colors.grey)


def _table(rows, col_widths=None):
    t = Table(rows, colWidths=col_widths, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "DejaVu"),
        ("FONTNAME", (0, 0), (-1, 0), "DejaVu-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e4da")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def _pdf(path, title, story):
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author="Silberkorn Fotodruck GmbH",
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build(story)


# ---------------------------------------------------------------------------
# PDF 1: Preisliste Wandbilder 2026 (de)
# ---------------------------------------------------------------------------
def build_wall_art_pricelist():
    s = []
    s.append(Paragraph("Wandwerk by Silberkorn – Preisliste Wandbilder 2026", H1))
    s.append(Paragraph("Gültig für alle Bestellungen ab dem 1. Februar 2026. Alle Preise inkl. 19 % MwSt., "
                       "zzgl. Versandkosten. Silberkorn Fotodruck GmbH, Kattunweg 12, 04229 Leipzig.", BODY))
    s.append(Spacer(1, 8))
    s.append(Paragraph("1. Preise nach Format und Material", H2))
    rows = [
        ["Format", "Leinwand (2 cm Keilrahmen)", "Acrylglas (5 mm)", "Alu-Dibond (3 mm)"],
        ["20 x 30 cm", "24,99 €", "34,99 €", "29,99 €"],
        ["30 x 45 cm", "34,99 €", "49,99 €", "44,99 €"],
        ["40 x 60 cm", "49,99 €", "74,99 €", "64,99 €"],
        ["60 x 90 cm", "79,99 €", "129,99 €", "99,99 €"],
        ["80 x 120 cm", "119,99 €", "199,99 €", "159,99 €"],
        ["100 x 150 cm", "169,99 €", "nicht erhältlich", "229,99 €"],
    ]
    s.append(_table(rows, [3 * cm, 5 * cm, 4 * cm, 4 * cm]))
    s.append(Spacer(1, 8))
    s.append(Paragraph("2. Optionen", H2))
    rows = [
        ["Option", "Gilt für", "Preis"],
        ["Keilrahmen 4 cm statt 2 cm", "Leinwand", "Aufpreis 10,00 €"],
        ["Schattenfugenrahmen Eiche", "Leinwand ab 40 x 60 cm", "39,99 €"],
        ["Aluminium-Aufhängeschiene", "Acrylglas und Alu-Dibond", "inklusive"],
        ["Zackenaufhänger", "Leinwand", "inklusive"],
    ]
    s.append(_table(rows, [6 * cm, 6 * cm, 4 * cm]))
    s.append(Spacer(1, 8))
    s.append(Paragraph("3. Produktion und Versand", H2))
    s.append(Paragraph("Produktionszeit für alle Wandbilder: 5 Werktage. Versand innerhalb Deutschlands "
                       "bis 60 x 90 cm: 6,95 €. Formate ab 80 x 120 cm werden als Sperrgut versendet: 19,90 €. "
                       "Der kostenlose Standardversand ab 49 € gilt nicht für Sperrgut.", BODY))
    s.append(Paragraph("Acrylglas im Format 100 x 150 cm ist aus technischen Gründen nicht erhältlich; "
                       "als Alternative empfehlen wir Alu-Dibond im selben Format.", BODY))
    s.append(Spacer(1, 12))
    s.append(Paragraph("Preisänderungen und Irrtümer vorbehalten. Stand: Januar 2026.", SMALL))
    _pdf(KB / "wandbilder" / "preisliste-wandbilder-2026.pdf", "Preisliste Wandbilder 2026", s)


# ---------------------------------------------------------------------------
# PDF 2: Business terms 2026 (en)
# ---------------------------------------------------------------------------
def build_business_terms():
    s = []
    s.append(Paragraph("Silberkorn Business – Terms for Business Customers 2026", H1))
    s.append(Paragraph("Valid from 1 February 2026. Silberkorn Fotodruck GmbH, Kattunweg 12, 04229 Leipzig, Germany. "
                       "These terms apply in addition to our general terms and conditions.", BODY))
    s.append(Spacer(1, 6))
    s.append(Paragraph("1. Who can open a business account", H2))
    s.append(Paragraph("Companies, self-employed professionals, associations and public institutions. "
                       "Please provide a VAT ID or proof of trade registration. Accounts are activated within "
                       "2 working days of registration.", BODY))
    s.append(Paragraph("2. Prices", H2))
    s.append(Paragraph("All prices in the business account are shown net, excluding 19 % VAT. "
                       "Every invoice shows VAT separately and can be used for input tax deduction.", BODY))
    s.append(Paragraph("3. Annual volume discount", H2))
    s.append(Paragraph("The discount is based on the total net order value within one calendar year and applies "
                       "to all orders placed after the threshold has been reached.", BODY))
    rows = [
        ["Net order value per calendar year", "Discount"],
        ["from €1,000", "5 %"],
        ["from €5,000", "10 %"],
        ["from €15,000", "15 %"],
    ]
    s.append(_table(rows, [8 * cm, 4 * cm]))
    s.append(Paragraph("4. Payment", H2))
    s.append(Paragraph("Business customers pay on invoice with a payment term of 30 days net. "
                       "A 2 % early payment discount is granted if the invoice is paid within 10 days. "
                       "The first order on invoice is limited to €2,000 net; higher limits are possible after a "
                       "credit check. SEPA direct debit is also available.", BODY))
    s.append(Paragraph("5. Shipping", H2))
    s.append(Paragraph("Standard shipping within Germany is free of charge from an order value of €150 net. "
                       "Below this value, the regular shipping rates apply (shown net). "
                       "Bulky goods (wall art from 80 x 120 cm) are always charged separately.", BODY))
    s.append(Paragraph("6. Neutral shipping and branding", H2))
    s.append(Paragraph("On request we ship in neutral packaging without the Silberkorn logo, free of charge, e.g. "
                       "directly to your own customers. Your company logo can be printed on the back of prints "
                       "from 500 prints per order; a one-off setup fee of €29 net applies.", BODY))
    s.append(Paragraph("7. Corporate gift vouchers", H2))
    s.append(Paragraph("From 20 vouchers per order, gift vouchers can be issued in your own design.", BODY))
    s.append(Paragraph("8. Complaints", H2))
    s.append(Paragraph("Business customers must report visible defects within 10 days of receipt "
                       "(duty to inspect under the German Commercial Code). There is no right of withdrawal for "
                       "business customers.", BODY))
    s.append(Paragraph("9. Your contact", H2))
    s.append(Paragraph("Key account manager: Carsten Oehme, business@silberkorn-foto.de, +49 341 4870 250 "
                       "(Monday to Friday, 09:00–17:00).", BODY))
    _pdf(KB / "geschaeftskunden" / "business-terms-2026.pdf", "Silberkorn Business Terms 2026", s)


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
def _docx(title, core_title):
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    d.core_properties.title = core_title
    d.core_properties.author = "Silberkorn Fotodruck GmbH"
    d.add_heading(title, level=1)
    return d


# ---------------------------------------------------------------------------
# DOCX 1: AGB (Auszug) (de)
# ---------------------------------------------------------------------------
def build_agb():
    d = _docx("Allgemeine Geschäftsbedingungen (Auszug)", "AGB Silberkorn Fotodruck GmbH – Auszug")
    d.add_paragraph("Silberkorn Fotodruck GmbH, Kattunweg 12, 04229 Leipzig – Stand: 1. Februar 2026")
    sections = [
        ("§ 1 Geltungsbereich",
         ["Diese Bedingungen gelten für alle Bestellungen bei der Silberkorn Fotodruck GmbH über die Website, "
          "die Silberkorn App und in unseren Filialen. Für Geschäftskunden gelten ergänzend die Business Terms."]),
        ("§ 2 Vertragsschluss",
         ["Der Vertrag kommt mit dem Versand der Auftragsbestätigung per E-Mail zustande."]),
        ("§ 3 Preise und Zahlung",
         ["Alle Preise enthalten die gesetzliche Mehrwertsteuer. Versandkosten werden gesondert ausgewiesen.",
          "Zahlungsarten: PayPal, Kreditkarte (Visa, Mastercard), Vorkasse per Überweisung, Kauf auf Rechnung; "
          "in der App zusätzlich Apple Pay und Google Pay.",
          "Kauf auf Rechnung ist nur für Privatkunden mit Rechnungsadresse in Deutschland und bis zu einem "
          "Bestellwert von 300 € möglich. Die Rechnung ist innerhalb von 14 Tagen zu zahlen."]),
        ("§ 4 Stornierung",
         ["Eine Bestellung kann kostenlos storniert werden, solange die Produktion noch nicht begonnen hat – "
          "in der Regel bis 2 Stunden nach Bestelleingang (Kundenkonto > Meine Bestellungen > „Stornieren“). "
          "Danach ist eine Stornierung nicht mehr möglich."]),
        ("§ 5 Widerrufsrecht",
         ["Für personalisierte Produkte, die nach Kundenspezifikation angefertigt werden – insbesondere "
          "Fotoabzüge, Fotobücher, Kalender und Wandbilder mit Ihren Bildern –, besteht kein Widerrufsrecht "
          "(§ 312g Abs. 2 Nr. 1 BGB).",
          "Für Wertgutscheine besteht ein Widerrufsrecht von 14 Tagen, solange der Gutschein nicht eingelöst wurde."]),
        ("§ 6 Mängel und Gewährleistung",
         ["Es gilt die gesetzliche Gewährleistung. Bitte melden Sie Mängel möglichst innerhalb von 30 Tagen nach "
          "Erhalt, damit wir schnell einen Neudruck veranlassen können. Diese Bitte schränkt Ihre gesetzlichen "
          "Rechte nicht ein."]),
        ("§ 7 Bildrechte und Inhalte",
         ["Mit dem Hochladen versichern Sie, die erforderlichen Rechte an den Bildern zu besitzen. "
          "Wir dürfen Aufträge mit offensichtlich rechtswidrigen Inhalten ablehnen."]),
        ("§ 8 Haftung",
         ["Wir haften unbeschränkt bei Vorsatz und grober Fahrlässigkeit sowie bei Verletzung von Leben, Körper "
          "und Gesundheit. Für den Verlust von Bilddateien haften wir nicht; bitte bewahren Sie stets eine "
          "eigene Sicherungskopie Ihrer Bilder auf."]),
        ("§ 9 Streitbeilegung",
         ["Wir sind nicht verpflichtet und nicht bereit, an einem Streitbeilegungsverfahren vor einer "
          "Verbraucherschlichtungsstelle teilzunehmen."]),
        ("§ 10 Gerichtsstand",
         ["Gegenüber Kaufleuten ist Gerichtsstand Leipzig. Es gilt deutsches Recht."]),
    ]
    for heading, paras in sections:
        d.add_heading(heading, level=2)
        for p in paras:
            d.add_paragraph(p)
    out = KB / "service" / "agb-auszug.docx"
    out.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(out))


# ---------------------------------------------------------------------------
# DOCX 2: Gift voucher terms (en)
# ---------------------------------------------------------------------------
def build_voucher_terms():
    d = _docx("Gift Voucher Terms and Conditions", "Silberkorn Gift Voucher Terms")
    d.add_paragraph("Silberkorn Fotodruck GmbH – effective 1 February 2026")
    items = [
        ("1. Values", "Gift vouchers are available for €10, €25, €50 and €100, or for any amount between €10 and "
                      "€250. They are delivered as a PDF by e-mail or as a printed gift card (shipping €1.50)."),
        ("2. Validity", "Gift vouchers are valid for three years, counted from the end of the year in which they "
                        "were purchased. Example: a voucher purchased on 10 December 2026 is valid until "
                        "31 December 2029."),
        ("3. Redemption", "Vouchers can be redeemed online, in the Silberkorn App and in our shops in "
                          "Leipzig-Plagwitz and Dresden-Neustadt. Up to five vouchers can be combined in one "
                          "order. Gift vouchers cannot be used to purchase other gift vouchers."),
        ("4. Remaining balance", "If the order value is lower than the voucher value, the remaining balance stays "
                                 "on the voucher code. Vouchers cannot be exchanged for cash, and remaining "
                                 "balances are not paid out."),
        ("5. Lost or stolen vouchers", "We can block a lost or stolen voucher and issue a replacement for the "
                                       "remaining balance if the purchaser gives us the order number of the "
                                       "voucher purchase. Without the order number a replacement is not possible."),
        ("6. Right of withdrawal", "Gift vouchers that have not been redeemed can be returned within 14 days of "
                                   "purchase for a full refund."),
        ("7. Corporate vouchers", "Business customers can order vouchers in their own design from 20 vouchers per "
                                  "order (see Silberkorn Business Terms 2026)."),
    ]
    for heading, text in items:
        d.add_heading(heading, level=2)
        d.add_paragraph(text)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Voucher purchased in"
    t.rows[0].cells[1].text = "Valid until"
    for y in (2025, 2026, 2027):
        r = t.add_row().cells
        r[0].text = str(y)
        r[1].text = f"31 December {y + 3}"
    out = KB / "gutscheine" / "gift-voucher-terms.docx"
    out.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(out))


if __name__ == "__main__":
    build_wall_art_pricelist()
    build_business_terms()
    build_agb()
    build_voucher_terms()
    print("built 2 PDF + 2 DOCX under", KB)
