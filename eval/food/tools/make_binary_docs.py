"""Generate the PDF and DOCX documents of the knowledge base (run with /tmp/food-venv/bin/python)."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import docx

KB = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'kb')

# Unicode font for umlauts and the euro sign
FONT, FONT_B = 'Helvetica', 'Helvetica-Bold'
for reg, bold in [('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf')]:
    if os.path.exists(reg) and os.path.exists(bold):
        pdfmetrics.registerFont(TTFont('DejaVu', reg)); pdfmetrics.registerFont(TTFont('DejaVu-Bold', bold))
        FONT, FONT_B = 'DejaVu', 'DejaVu-Bold'


def pdf(path, title, blocks, meta_title):
    styles = getSampleStyleSheet()
    for n in ('Title', 'Heading1', 'Heading2'):
        styles[n].fontName = FONT_B
    styles['BodyText'].fontName = FONT
    story = [Paragraph(title, styles['Title']), Spacer(1, 8)]
    for kind, content in blocks:
        if kind == 'h':
            story.append(Paragraph(content, styles['Heading2']))
        elif kind == 'p':
            story.append(Paragraph(content, styles['BodyText'])); story.append(Spacer(1, 4))
        elif kind == 't':
            t = Table(content, repeatRows=1)
            t.setStyle(TableStyle([
                ('FONTNAME', (0, 0), (-1, -1), FONT), ('FONTNAME', (0, 0), (-1, 0), FONT_B),
                ('FONTSIZE', (0, 0), (-1, -1), 9),
                ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#f2d7b6')),
                ('GRID', (0, 0), (-1, -1), 0.5, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
            story.append(t); story.append(Spacer(1, 8))
    full = os.path.join(KB, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    SimpleDocTemplate(full, pagesize=A4, title=meta_title, author='Schnappteller GmbH').build(story)


def docx_file(path, title, blocks):
    d = docx.Document()
    d.core_properties.title = title
    d.core_properties.author = 'Schnappteller GmbH'
    d.add_heading(title, level=0)
    for kind, content in blocks:
        if kind == 'h':
            d.add_heading(content, level=1)
        elif kind == 'h2':
            d.add_heading(content, level=2)
        elif kind == 'p':
            d.add_paragraph(content)
        elif kind == 'li':
            d.add_paragraph(content, style='List Number')
        elif kind == 'b':
            d.add_paragraph(content, style='List Bullet')
        elif kind == 't':
            t = d.add_table(rows=len(content), cols=len(content[0]))
            t.style = 'Table Grid'
            for r, row in enumerate(content):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
                    if r == 0:
                        for run in t.cell(r, c).paragraphs[0].runs:
                            run.bold = True
    full = os.path.join(KB, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    d.save(full)


# ---------------------------------------------------------------- AGB (de, PDF)
pdf('rechtliches/agb-kunden.pdf', 'Allgemeine Geschäftsbedingungen für Kundinnen und Kunden', [
    ('p', 'Schnappteller GmbH, Kornmarktgasse 14, 04109 Leipzig. Stand: 1. Februar 2026.'),
    ('h', '§ 1 Geltungsbereich'),
    ('p', 'Diese Bedingungen gelten für alle Bestellungen, die Verbraucherinnen und Verbraucher über die App oder die Website von Schnappteller aufgeben. Für Firmenkonten gelten ergänzend die Bedingungen für Unternehmen.'),
    ('h', '§ 2 Vertragsschluss'),
    ('p', 'Schnappteller vermittelt Bestellungen zwischen dir und dem Partnerrestaurant. Der Vertrag über die Speisen und Getränke kommt mit dem Restaurant zustande, sobald es die Bestellung annimmt. Über die Lieferung durch Kurierinnen und Kuriere von Schnappteller schließt du einen Vertrag mit der Schnappteller GmbH. Nimmt das Restaurant die Bestellung nicht innerhalb von 10 Minuten an, gilt sie als abgelehnt; es wird nichts berechnet.'),
    ('h', '§ 3 Preise und Gebühren'),
    ('p', 'Die Preise der Speisen legt das Restaurant fest. Liefergebühr, Servicegebühr und Zuschläge richten sich nach der jeweils gültigen Gebührenübersicht. Alle Preise enthalten die gesetzliche Mehrwertsteuer. Vor dem Absenden zeigt dir die App den Gesamtbetrag an.'),
    ('h', '§ 4 Stornierung'),
    ('p', 'Ein Widerrufsrecht besteht bei der Lieferung von Speisen, die schnell verderben oder für den unmittelbaren Verzehr zubereitet werden, nicht. Du kannst eine Bestellung jedoch zu folgenden Bedingungen stornieren:'),
    ('t', [['Zeitpunkt der Stornierung', 'Stornogebühr'],
           ['vor Annahme durch das Restaurant', '0 €'],
           ['nach Annahme, vor Beginn der Zubereitung', '0 €'],
           ['nach Beginn der Zubereitung', '50 % des Warenwerts'],
           ['Kurierin oder Kurier ist unterwegs', 'Stornierung nicht möglich'],
           ['geplante Bestellung, bis 60 Minuten vor dem Zeitfenster', '0 €']]),
    ('p', 'Mitglieder von Schnappteller Plus können einmal pro Kalendermonat nach Annahme kostenlos stornieren, solange die Kurierin oder der Kurier noch nicht unterwegs ist.'),
    ('h', '§ 5 Lieferung'),
    ('p', 'Die angezeigten Lieferzeiten sind Schätzungen. Bist du bei der Übergabe nicht erreichbar, wartet die Kurierin oder der Kurier bis zu 8 Minuten. Danach gilt die Bestellung als zugestellt. Bei Verspätungen von mehr als 30 Minuten nach Ende des angezeigten Zeitfensters erhältst du auf Antrag eine Gutschrift von 5,00 € als Guthaben.'),
    ('h', '§ 6 Alkohol und Jugendschutz'),
    ('p', 'Alkoholische Getränke werden nur gegen Vorlage eines amtlichen Ausweises übergeben: Bier und Wein ab 16 Jahren, Spirituosen ab 18 Jahren. Wird kein gültiger Ausweis vorgelegt, nimmt die Kurierin oder der Kurier diese Artikel wieder mit. Der Kaufpreis dieser Artikel wird nicht erstattet.'),
    ('h', '§ 7 Reklamationen'),
    ('p', 'Mängel sind innerhalb von 24 Stunden nach der Lieferung über die App zu melden. Einzelheiten regelt unsere Erstattungsrichtlinie. Gesetzliche Gewährleistungsrechte bleiben unberührt.'),
    ('h', '§ 8 Guthaben'),
    ('p', 'Schnappteller-Guthaben aus Erstattungen ist 24 Monate gültig, Guthaben aus Geschenkgutscheinen 3 Jahre. Guthaben ist nicht übertragbar.'),
    ('h', '§ 9 Haftung'),
    ('p', 'Für die Richtigkeit der Angaben zu Zutaten und Allergenen ist das Restaurant verantwortlich. Schnappteller haftet unbeschränkt bei Vorsatz und grober Fahrlässigkeit sowie bei Verletzung von Leben, Körper und Gesundheit.'),
    ('h', '§ 10 Streitbeilegung'),
    ('p', 'Schnappteller ist nicht verpflichtet und nicht bereit, an Streitbeilegungsverfahren vor einer Verbraucherschlichtungsstelle teilzunehmen. Es gilt deutsches Recht. Gerichtsstand für Kaufleute ist Leipzig.'),
], 'AGB Schnappteller Kunden 2026')

# ------------------------------------------------------ Partner pricing (en, PDF)
pdf('partner/partner-pricing-2026.pdf', 'Partner Pricing 2026 – Restaurants', [
    ('p', 'Valid for all partner restaurants from 1 January 2026. This price list replaces Partner Pricing 2025. All amounts plus VAT.'),
    ('h', 'Commission models'),
    ('p', 'You choose one model per location. You can change the model once per quarter with 30 days notice.'),
    ('t', [['Model', 'Who delivers', 'Commission on food value', 'Monthly fee'],
           ['Full Delivery', 'Schnappteller couriers', '27 %', '0 €'],
           ['Own Delivery', "Restaurant's own staff", '13 %', '0 €'],
           ['Pickup Only', 'Customer collects', '8 %', '0 €']]),
    ('p', 'Compared with 2025, the commission for Full Delivery went down from 29 % to 27 %. Own Delivery and Pickup Only are unchanged.'),
    ('h', 'Other fees'),
    ('t', [['Item', 'Price', 'Notes'],
           ['Onboarding', '0 €', 'including menu setup'],
           ['Partner tablet', '99 € deposit', 'refunded when returned'],
           ['Payment processing', '0.35 € per order', 'card, direct debit and credit'],
           ['Top placement in search', '49 € per week', 'optional, one city'],
           ['Professional food photos', '149 € one-off', 'up to 20 dishes']]),
    ('h', 'Payouts'),
    ('p', 'Payouts are made every Tuesday for the previous week (Monday to Sunday). You receive a statement with all orders, commissions and refunds as PDF in the partner portal. Refunds to customers caused by the restaurant (e.g. missing items) are deducted from the payout.'),
    ('h', 'Contract'),
    ('p', 'The partner contract has no minimum term and can be terminated with 4 weeks notice to the end of a month. Questions: partner@schnappteller.de.'),
], 'Schnappteller Partner Pricing 2026')

# ------------------------------------------------- Firmenkunden (de, DOCX)
docx_file('geschaeftskunden/firmenkunden.docx', 'Schnappteller für Unternehmen', [
    ('p', 'Mittagessen fürs Team, Essen für Meetings oder ein monatlicher Essenszuschuss: Mit einem Firmenkonto bestellen Unternehmen bequem über Schnappteller und bekommen eine Sammelrechnung.'),
    ('h', 'Das Firmenkonto'),
    ('p', 'Ein Firmenkonto können Unternehmen, Vereine und Behörden mit Sitz in Deutschland eröffnen. Eine Administratorin oder ein Administrator lädt Mitarbeitende per E-Mail ein, legt Budgets fest und sieht alle Bestellungen im Business-Portal.'),
    ('h', 'Tarife für Firmenkunden'),
    ('t', [['Leistung', 'Firmenkonto Basis', 'Firmenkonto Pro'],
           ['Monatliche Gebühr', '0 €', '29 € zzgl. MwSt.'],
           ['Anzahl Mitarbeitende', 'bis 25', 'unbegrenzt'],
           ['Lieferpauschale Teambestellung', '6,90 €', '4,90 €'],
           ['Mindestbestellwert Teambestellung', '80 €', '80 €'],
           ['Einzelbestellungen von Mitarbeitenden', 'normale Liefergebühren der Stadt', 'keine Liefergebühr ab 15 € Warenwert'],
           ['Rechnung', 'monatliche Sammelrechnung', 'monatlich, auf Wunsch pro Kostenstelle']]),
    ('h', 'Teambestellungen'),
    ('p', 'Eine Teambestellung ist eine gemeinsame Lieferung für mindestens 8 Personen an eine Firmenadresse. Für Teambestellungen gilt statt der Liefergebühr der Stadt eine feste Lieferpauschale, unabhängig von Zone A oder Zone B. Der Mindestbestellwert beträgt 80 € Warenwert.'),
    ('li', 'Im Business-Portal auf „Neue Teambestellung“ klicken.'),
    ('li', 'Restaurant und Lieferzeit wählen; ab 20 Personen bitte mindestens 24 Stunden im Voraus bestellen.'),
    ('li', 'Den Link an die Kolleginnen und Kollegen schicken, damit jede Person ihr Gericht auswählt.'),
    ('li', 'Bestellung zum Stichzeitpunkt automatisch absenden lassen oder manuell bestätigen.'),
    ('h', 'Bezahlung und Rechnung'),
    ('p', 'Firmenkunden zahlen per monatlicher Sammelrechnung mit einem Zahlungsziel von 14 Tagen. Die Rechnung weist Speisen, Gebühren und Mehrwertsteuer getrennt aus. Trinkgeld für Kurierinnen und Kuriere kann im Portal pauschal festgelegt werden (z. B. 5 % pro Bestellung).'),
    ('h', 'Essenszuschuss'),
    ('p', 'Mit dem Firmenkonto Pro können Unternehmen ihren Mitarbeitenden ein monatliches Essensbudget zuweisen. Die steuerliche Behandlung des Zuschusses klärt bitte euer Steuerbüro; Schnappteller berät nicht in Steuerfragen.'),
    ('h', 'Kontakt'),
    ('p', 'Firmenkonto eröffnen oder Fragen stellen: business@schnappteller.de. Wir melden uns innerhalb von 2 Werktagen.'),
])

# --------------------------------------------- Courier handbook (en, DOCX)
docx_file('kurier/courier-handbook.docx', 'Courier Handbook', [
    ('p', 'Welcome to the Schnappteller riders! This handbook explains everything you need for your shifts. Keep it on your phone; the current version is also available in the SchnappRide app under "Help".'),
    ('h', 'Your first day'),
    ('p', 'After signing your contract you attend the onboarding day at your hub. You get your equipment, set up the SchnappRide app and ride one accompanied tour with an experienced courier. The onboarding day is paid like a normal shift.'),
    ('h', 'Equipment and deposit'),
    ('p', 'The deposit is deducted from your first salary and paid back with your last salary once all items are returned in good condition. Normal wear and tear is not charged.'),
    ('t', [['Item', 'Deposit', 'Replacement cost if lost'],
           ['Thermal backpack', '40 €', '85 €'],
           ['Rain jacket', '20 €', '60 €'],
           ['Helmet', '0 €', '45 €'],
           ['Phone mount', '0 €', '15 €'],
           ['Power bank', '10 €', '25 €']]),
    ('p', 'The total deposit for a full set is 70 €.'),
    ('h', 'Shifts'),
    ('b', 'Shift booking for the following week opens every Thursday at 12:00 in the SchnappRide app.'),
    ('b', 'You can swap a shift with another courier up to 12 hours before it starts.'),
    ('b', 'You can cancel a shift free of consequences at least 24 hours before it starts.'),
    ('b', 'Shifts are between 2 and 8 hours long. After 6 hours you must take a 30-minute break.'),
    ('h', 'Being sick'),
    ('p', 'If you are sick, tell dispatch before your shift starts, by phone or in the app. From the fourth day of illness you need a doctor\'s certificate. You keep getting paid while you are sick.'),
    ('h', 'Safety on the road'),
    ('b', 'Wearing a helmet is mandatory on every shift.'),
    ('b', 'Lights on from dusk and in rain; check brakes before every shift.'),
    ('b', 'Never use your phone while riding. Stop to read new orders.'),
    ('p', 'Accident or emergency: call 112 first if anyone is hurt. Then call the dispatch hotline 0341 889 270 99 (24 hours during service hours). Report every accident, even small ones, in the app within 24 hours.'),
    ('h', 'Service e-bikes'),
    ('p', 'Service e-bikes must be returned to the hub after each shift. A fully charged battery lasts about 60 km. Report damage in the app before your next shift.'),
    ('h', 'Pay and tips'),
    ('p', 'Your hourly wage, surcharges and tips are paid on the 15th of the following month. You see your tips in real time in the app under "Earnings".'),
])
print('done')
