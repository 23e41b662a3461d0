import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { connecteurIdOf } from '../../functions/shared/caller.js';
import { expectAccessible } from './axe.js';
import { signIn, test } from './support.js';

/**
 * A chèque numérique file end to end, through the web app only: the PME drafts it and joins the provider's quote,
 * deposits it after the recap and the declaration on honour; the region's agent reads the quote and accepts; the PME
 * reads what comes next and joins the invoice; the agent pays on it, less than granted, and the PME reads why. The
 * company named a labelled connecteur of the Rhône its trusted third party: it reads the file and its quote. Each
 * page is checked with axe-core at each step, as its user sees it (test/browser/axe.ts).
 */

/** Labelled, serving the Rhône: offered as trusted third party to a company of Lyon. */
const THIRD_PARTY = 'demo-connecteur-244';

const PROGRAMME = 'Chèque Croissance connectée 2026';
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4000, 0x20)]);

/** Joins a PDF with the file page's upload form. */
async function join(page: Page, label: RegExp, fileName: string, send: string) {
  const form = page.getByRole('form', { name: label });
  await form
    .locator('input[type=file]')
    .setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: PDF });
  await form.getByRole('button', { name: send }).click();
  await page.getByText(`${fileName} a été joint au dossier.`).waitFor();
}

const documents = (page: Page): Locator => page.getByRole('region', { name: 'Pièces jointes' });

test('a file deposited with a quote, accepted, then paid with an invoice', async ({ page }) => {
  await signIn(page, 'demo-pme');
  await page.goto('/entreprise/cheque-numerique');
  await page.getByRole('link', { name: `Préparer une demande : ${PROGRAMME}` }).click();
  const form = page.getByRole('form', { name: 'Demande de chèque numérique' });
  await form
    .getByRole('textbox', { name: /^Votre projet/ })
    .fill('Prise de commande en ligne des gâteaux de fête.');
  const expense = form.getByRole('group', { name: 'Dépense 1', exact: true });
  await expense.getByLabel('Description de la dépense 1').fill('Module de commande en ligne');
  await expense.getByLabel('SIREN du prestataire de la dépense 1').fill('732829320');
  await expense.getByLabel('Nom du prestataire de la dépense 1').fill('Agence Web Lyon');
  await expense.getByLabel('Montant hors taxes de la dépense 1 (en euros)').fill('6000');
  await form
    .getByLabel('Connecteur labellisé qui atteste votre projet')
    .selectOption(connecteurIdOf(THIRD_PARTY));
  await form.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await page.waitForURL(/\/entreprise\/cheque-numerique\/dossiers\//);
  const fileId = page.url().split('/').at(-1)!;

  // The quote, then the deposit: recap and declaration on honour.
  await join(page, /Joindre un devis/, 'devis-agence.pdf', 'Envoyer le devis');
  await documents(page).getByRole('link', { name: 'devis-agence.pdf' }).waitFor();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Déposer le dossier' }).click();
  const recap = page.getByRole('region', { name: 'Récapitulatif avant dépôt' });
  await recap.getByText('Module de commande en ligne', { exact: false }).waitFor();
  await expectAccessible(page);
  await recap.getByRole('button', { name: 'Confirmer le dépôt' }).click();
  await recap.getByText('Cochez la déclaration sur l’honneur pour déposer le dossier.').waitFor();
  await recap.locator('label').filter({ hasText: 'Je certifie sur l’honneur' }).click();
  await recap.getByRole('button', { name: 'Confirmer le dépôt' }).click();
  await page.getByText('Votre dossier a été déposé.').waitFor();

  // The trusted third party reads the file and its quote.
  await signIn(page, THIRD_PARTY);
  await page.goto(`/connecteur/attestation/${fileId}`);
  await documents(page).getByRole('link', { name: 'devis-agence.pdf' }).waitFor();
  await expectAccessible(page);

  // The region's agent reads the quote, then accepts.
  await signIn(page, 'demo-agent-84');
  await page.goto(`/region/dossiers/${fileId}`);
  const quote = documents(page).getByRole('link', { name: 'devis-agence.pdf' });
  await quote.waitFor();
  const download = await page.request.get((await quote.getAttribute('href'))!);
  expect(download.status()).toBe(200);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Commencer l’instruction' }).click();
  await page.getByText('L’instruction du dossier a commencé.').waitFor();
  await page.getByRole('button', { name: 'Accepter le dossier' }).click();
  await page
    .getByRole('dialog', { name: 'Accepter le dossier' })
    .getByRole('button', { name: 'Confirmer l’acceptation' })
    .click();
  await page.getByText('Le dossier est accepté : l’aide est engagée sur l’enveloppe.').waitFor();

  // The PME reads what comes next and joins the invoice.
  await signIn(page, 'demo-pme');
  await page.goto(`/entreprise/cheque-numerique/dossiers/${fileId}`);
  const next = page.getByRole('region', { name: 'Votre dossier est accepté : la suite' });
  await next.getByText(/joignez ici la facture acquittée/).waitFor();
  await expectAccessible(page);
  await join(page, /Joindre la facture acquittée/, 'facture-agence.pdf', 'Envoyer la facture');

  // The agent pays on the invoice: 5 000 € invoiced of 6 000 € quoted.
  await signIn(page, 'demo-agent-84');
  await page.goto(`/region/dossiers/${fileId}`);
  await documents(page).getByRole('link', { name: 'facture-agence.pdf' }).waitFor();
  await page.getByRole('button', { name: 'Enregistrer le paiement' }).click();
  const payment = page.getByRole('dialog', { name: 'Enregistrer le paiement' });
  await payment.getByLabel('Montant de la facture acquittée (en euros)').fill('5000');
  await expectAccessible(page);
  await payment.getByRole('button', { name: 'Confirmer le paiement' }).click();
  await page.getByText('Le paiement est enregistré.').waitFor();

  // The PME reads why it received less than granted.
  await signIn(page, 'demo-pme');
  await page.goto(`/entreprise/cheque-numerique/dossiers/${fileId}`);
  const why = page.getByText(/L’aide versée \(.*\) est inférieure à l’aide accordée/);
  await why.waitFor();
  expect((await why.textContent())?.replace(/\s/g, ' ')).toContain('facture, non sur le devis');
  await expectAccessible(page);
});
