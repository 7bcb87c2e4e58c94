import { PDFDocument, rgb, StandardFonts } from "pdf-lib";
import QRCode from "qrcode";

export interface CertificateData {
  number: string;
  title: string;
  holderName: string;
  issuerName: string;
  validFrom: Date;
  validUntil: Date;
  status: string;
  verifyUrl: string;
}

const fmt = (d: Date) => d.toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

/** A one-page landscape certificate with a QR code that opens the public verification page. */
export async function renderCertificatePdf(c: CertificateData): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${c.title} — ${c.number}`);
  pdf.setAuthor(c.issuerName);
  pdf.setSubject(`Verify at ${c.verifyUrl}`);
  const page = pdf.addPage([842, 595]); // A4 landscape, points
  const serif = await pdf.embedFont(StandardFonts.TimesRoman);
  const serifBold = await pdf.embedFont(StandardFonts.TimesRomanBold);
  const sans = await pdf.embedFont(StandardFonts.Helvetica);
  const teal = rgb(0.06, 0.36, 0.34);
  const ink = rgb(0.11, 0.17, 0.21);
  const { width, height } = page.getSize();

  page.drawRectangle({ x: 24, y: 24, width: width - 48, height: height - 48, borderColor: teal, borderWidth: 3 });
  page.drawRectangle({ x: 32, y: 32, width: width - 64, height: height - 64, borderColor: teal, borderWidth: 0.8 });
  const center = (text: string, y: number, size: number, font = serif, color = ink) => {
    const safe = text.replace(/[^\x20-\x7E\u00A0-\u00FF]/g, "?");
    page.drawText(safe, { x: (width - font.widthOfTextAtSize(safe, size)) / 2, y, size, font, color });
  };
  center(c.issuerName.toUpperCase(), height - 95, 16, sans, teal);
  center("Certificate", height - 150, 40, serifBold);
  center("This certifies that", height - 195, 14);
  center(c.holderName, height - 240, 30, serifBold);
  center("has been awarded", height - 275, 14);
  center(c.title, height - 315, 24, serifBold, teal);
  center(`Valid from ${fmt(c.validFrom)} until ${fmt(c.validUntil)}`, height - 350, 13, sans);
  center(`Credential number ${c.number}`, height - 372, 13, sans);
  if (c.status !== "VALID") center(`Status at download: ${c.status}`, height - 396, 13, sans, rgb(0.7, 0.1, 0.1));

  const qr = await QRCode.toBuffer(c.verifyUrl, { type: "png", errorCorrectionLevel: "M", margin: 1, width: 240 });
  const image = await pdf.embedPng(qr);
  page.drawImage(image, { x: width - 190, y: 60, width: 120, height: 120 });
  page.drawText("Scan to verify", { x: width - 172, y: 48, size: 10, font: sans, color: ink });
  page.drawText(`Check this certificate at ${c.verifyUrl}`, { x: 60, y: 60, size: 10, font: sans, color: ink });
  page.drawText("Digitally signed credential (Open Badges 3.0) available from the holder.", { x: 60, y: 46, size: 9, font: sans, color: rgb(0.35, 0.4, 0.45) });
  return pdf.save();
}
