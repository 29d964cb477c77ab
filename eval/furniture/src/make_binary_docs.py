"""Generates the PDF and DOCX documents of the knowledge base.
Run with the scratch venv: /tmp/furniture-venv/bin/python src/make_binary_docs.py"""
from pathlib import Path
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
import docx

KB = Path(__file__).resolve().parent.parent / "kb"
styles = getSampleStyleSheet()


def pdf(path, title, blocks):
    doc = SimpleDocTemplate(str(KB / path), pagesize=A4, title=title, author="Kobaltholz Wohnen GmbH")
    story = []
    for kind, content in blocks:
        if kind == "h1":
            story.append(Paragraph(content, styles["Title"]))
        elif kind == "h2":
            story.append(Paragraph(content, styles["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(content, styles["BodyText"]))
        elif kind == "table":
            t = Table(content, hAlign="LEFT")
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
            ]))
            story.append(t)
        story.append(Spacer(1, 6))
    doc.build(story)


def word(path, title, blocks):
    d = docx.Document()
    d.core_properties.title = title
    d.core_properties.author = "Kobaltholz Wohnen GmbH"
    for kind, content in blocks:
        if kind == "h1":
            d.add_heading(content, level=1)
        elif kind == "h2":
            d.add_heading(content, level=2)
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "li":
            d.add_paragraph(content, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(content), cols=len(content[0]))
            t.style = "Table Grid"
            for r, row in enumerate(content):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
    d.save(str(KB / path))


pdf("service/garantie-bedingungen.pdf", "Garantiebedingungen", [
    ("h1", "Kobaltholz Garantiebedingungen"),
    ("p", "Stand: 1. Januar 2026. Diese Garantiebedingungen gelten für alle Produkte, die bei der "
          "Kobaltholz Wohnen GmbH online, telefonisch oder in den Filialen Kassel und Göttingen gekauft "
          "wurden."),
    ("h2", "1. Gesetzliche Gewährleistung und freiwillige Garantie"),
    ("p", "Unabhängig von dieser Garantie haben Sie als Verbraucherin oder Verbraucher die gesetzliche "
          "Gewährleistung von 2 Jahren ab Lieferung. Die Kobaltholz-Garantie gilt zusätzlich und "
          "schränkt Ihre gesetzlichen Rechte nicht ein."),
    ("h2", "2. Garantiezeiten"),
    ("table", [
        ["Produkt / Bauteil", "Garantiezeit"],
        ["Sofa-Gestelle und Federkern", "5 Jahre"],
        ["Sofa-Bezüge (Stoff und Leder)", "2 Jahre"],
        ["Relaxmotoren (Brisa Plus)", "3 Jahre"],
        ["Bettrahmen Lunde (Massivholz)", "10 Jahre"],
        ["Kobalt Komfort Matratzen", "5 Jahre"],
        ["Küchenkorpusse (Linea und Atelier)", "10 Jahre"],
        ["Küchenfronten und Beschläge", "5 Jahre"],
        ["Velmar Elektrogeräte", "2 Jahre"],
    ]),
    ("p", "Die Garantiezeit beginnt mit dem Lieferdatum bzw. bei Selbstabholung mit dem Abholdatum. "
          "Die Garantie gilt für Möbel, die in Deutschland oder Österreich genutzt werden, und für die "
          "Erstkäuferin bzw. den Erstkäufer. Bitte bewahren Sie Ihre Rechnung auf."),
    ("h2", "3. Was die Garantie abdeckt"),
    ("p", "Die Garantie umfasst Material- und Verarbeitungsfehler, z. B. gebrochene Gestelle, "
          "durchgelegene Federkerne (Kuhle tiefer als 3 cm), sich lösende Nähte oder defekte Motoren. "
          "Wir entscheiden, ob wir reparieren, Teile austauschen oder das Produkt ersetzen. "
          "Techniker-Einsätze sind innerhalb der Garantiezeit kostenlos."),
    ("h2", "4. Ausschlüsse"),
    ("p", "Nicht von der Garantie umfasst sind: normale Abnutzung, z. B. Pilling bei Stoffen oder "
          "natürliche Faltenbildung bei Leder; Schäden durch unsachgemäße Pflege oder ungeeignete "
          "Reinigungsmittel; Ausbleichen durch direkte Sonneneinstrahlung; Schäden durch Haustiere; "
          "Schäden durch eigene Reparaturen oder Umbauten; Ware aus dem Outlet Erfurt (hier gilt "
          "ausschließlich die gesetzliche Gewährleistung)."),
    ("h2", "5. Garantiefall melden"),
    ("p", "Melden Sie einen Garantiefall über das Reklamationsformular unter kobaltholz-wohnen.de/claim "
          "oder an der Kundenservice-Theke einer Filiale. Halten Sie Ihre Bestellnummer und Fotos "
          "des Schadens bereit. Wir melden uns innerhalb von 3 Werktagen."),
    ("h2", "6. Garantiegeber"),
    ("p", "Kobaltholz Wohnen GmbH, Werkstraße 40, 34225 Baunatal."),
])

pdf("club/kobalt-club.pdf", "Kobalt Club - membership brochure", [
    ("h1", "Kobalt Club - more from every purchase"),
    ("p", "The Kobalt Club is our free customer loyalty programme. Sign up online in your customer "
          "account, in the Kassel or Göttingen store, or at the customer service desk. Membership is "
          "free of charge and can be cancelled at any time."),
    ("h2", "Your benefits"),
    ("table", [
        ["Benefit", "Club", "Club Plus"],
        ["Bonus credit on purchases", "3 %", "5 %"],
        ["Bonus credit on kitchens", "1 %", "1 %"],
        ["Extended return period", "60 days", "60 days"],
        ["Birthday voucher", "15 €", "30 €"],
        ["Saturday delivery surcharge", "regular price", "free"],
        ["Fabric protection treatment for sofas", "49 €", "free"],
    ]),
    ("p", "Club Plus status is reached automatically once your purchases in one calendar year add up to "
          "3.000 € or more. It remains valid until the end of the following calendar year."),
    ("h2", "How the bonus credit works"),
    ("p", "Your bonus is credited to your member account 30 days after delivery, once the return period "
          "has passed. As soon as your credit reaches 10 €, you can redeem it as a voucher online or in "
          "our stores. Bonus credit expires after 24 months. No bonus is earned on gift cards, "
          "delivery or assembly fees."),
    ("h2", "Extended return period"),
    ("p", "Club members may return items within 60 days of delivery instead of 30 days. The same "
          "exclusions apply as in our returns policy: kitchens, made-to-order items and outlet items "
          "cannot be returned."),
    ("h2", "Birthday voucher"),
    ("p", "The birthday voucher is sent by e-mail at the start of your birthday month and is valid for "
          "6 weeks. The minimum order value for redeeming it is 100 €."),
    ("h2", "Privacy"),
    ("p", "We use your purchase history only to manage your membership and bonus. You can view, export "
          "or delete your club data at any time by contacting our data protection team."),
])

word("finanzierung/geschaeftskunden.docx", "Konditionen für Geschäftskunden", [
    ("h1", "Konditionen für Geschäftskunden"),
    ("p", "Kobaltholz Objekt ist unser Angebot für Unternehmen, Praxen, Hotels, Gastronomie, "
          "Kanzleien und öffentliche Einrichtungen. Alle Preise für Geschäftskunden verstehen sich "
          "netto zuzüglich der gesetzlichen Umsatzsteuer."),
    ("h2", "Registrierung"),
    ("p", "Für ein Geschäftskundenkonto benötigen wir einen Nachweis der gewerblichen Tätigkeit "
          "(Handelsregisterauszug oder Gewerbeanmeldung) sowie Ihre USt-IdNr. Die Freischaltung "
          "erfolgt innerhalb von 2 Werktagen."),
    ("h2", "Zahlung"),
    ("li", "Kauf auf Rechnung mit einem Zahlungsziel von 30 Tagen netto"),
    ("li", "2 % Skonto bei Zahlung innerhalb von 10 Tagen"),
    ("li", "Kreditlimit für Neukunden: 10.000 € netto, danach individuell"),
    ("li", "Die Finanzierung über die Lumera Bank AG gilt nur für Privatkunden und ist für "
           "Geschäftskunden nicht verfügbar."),
    ("h2", "Mengenrabatte"),
    ("table", [
        ["Auftragswert (netto)", "Rabatt"],
        ["ab 5.000 €", "5 %"],
        ["ab 15.000 €", "8 %"],
        ["ab 40.000 €", "individuelles Angebot"],
    ]),
    ("p", "Der Rabatt gilt pro Auftrag und wird nicht mit anderen Aktionen kombiniert. Auf Küchen gilt "
          "ein eigenes Projektangebot."),
    ("h2", "Leasing"),
    ("p", "Über unseren Partner Feldhain Leasing GmbH können Geschäftskunden Einrichtungen ab 2.500 € "
          "netto leasen. Laufzeiten: 24 bis 60 Monate. Die Leasinganfrage stellt Ihre Objektberaterin "
          "bzw. Ihr Objektberater."),
    ("h2", "Lieferung und Montage"),
    ("p", "Für Geschäftskunden gelten die regulären Liefer- und Montagepreise (netto). Lieferungen "
          "außerhalb der Geschäftszeiten, z. B. abends in Hotels oder Praxen, sind gegen einen "
          "Zuschlag von 120 € netto möglich."),
    ("h2", "Rückgabe"),
    ("p", "Das 30-Tage-Rückgaberecht gilt nicht für Geschäftskunden. Bei Mängeln gilt die gesetzliche "
          "Gewährleistung von 1 Jahr für Geschäftskunden."),
    ("h2", "Kontakt"),
    ("p", "Objektberatung: gewerbe@kobaltholz-wohnen.de, Telefon 0561 987 4480 "
          "(Montag bis Freitag 8:00 – 17:00 Uhr)."),
])

word("service/care-guide.docx", "Care guide for sofas and solid wood", [
    ("h1", "Care guide: sofas, leather and solid wood"),
    ("p", "With the right care, your Kobaltholz furniture will look good for many years. This guide "
          "covers our fabrics Lino, Samta and Tessa and our solid oak furniture such as the Lunde bed."),
    ("h2", "Everyday care for all sofas"),
    ("li", "Vacuum the sofa once a week with an upholstery nozzle."),
    ("li", "Plump up the seat and back cushions regularly and turn them now and then."),
    ("li", "Keep the sofa at least 30 cm away from radiators and out of direct sunlight."),
    ("h2", "Care by fabric"),
    ("table", [
        ["Cover", "Cleaning", "Washable?"],
        ["Lino (linen look)", "Dab stains with lukewarm water and a mild soap", "Yes, covers at 30 °C, do not tumble dry"],
        ["Samta (velvet)", "Brush along the pile; professional cleaning for stains", "No"],
        ["Tessa (leather)", "Wipe with a damp cloth; condition every 6 months", "No"],
    ]),
    ("p", "For stubborn stains on Lino covers, you may use our Kobalt stain remover (12,90 €). Never "
          "use bleach, solvents or steam cleaners on any of our covers."),
    ("h2", "Leather care"),
    ("p", "Leather is a natural material and forms a patina over time. Use the Kobalt leather care set "
          "(24,90 €), which contains a cleaner and a conditioner. Test any product on a hidden spot "
          "first. Do not place leather sofas closer than 50 cm to a heat source."),
    ("h2", "Solid oak furniture"),
    ("p", "Our oiled oak surfaces should be re-oiled once a year with Kobalt care oil (19,90 €). Wipe "
          "off spills immediately with a dry cloth. Solid wood works with the room climate: keep the "
          "humidity between 40 and 60 % to avoid cracks. Small cracks along the grain are natural and "
          "not a defect."),
    ("h2", "Fabric protection treatment"),
    ("p", "We can treat new sofas with a fabric protection spray before delivery. The treatment costs "
          "49 € per sofa (free for Club Plus members) and makes liquids bead off for about 2 years."),
])
print("ok")
