import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from '@react-email/components';
import type { ReactNode } from 'react';

/** The State design system's colours (DSFR): blue France, its light tint, the grey of secondary text. */
export const BLUE_FRANCE = '#000091';
const GREY = '#666666';
const FONT = 'Marianne, Arial, "Helvetica Neue", Helvetica, sans-serif';

/** What every e-mail says at its foot: why it was sent, and how to stop this category. */
export type Footer = { categoryLabel: string; preferencesUrl: string; unsubscribeUrl?: string };

/**
 * The frame of every e-mail, in the look of the DSFR: the "bloc marque" (RÉPUBLIQUE FRANÇAISE in capitals over the
 * motto, with the tricolour rule standing for the Marianne), the service's name, then the message on white, then the
 * foot with the links to the preferences and the one-click unsubscribe.
 */
export function Layout(props: { preview: string; footer: Footer; children: ReactNode }) {
  return (
    <Html lang="fr">
      <Head />
      <Preview>{props.preview}</Preview>
      <Body style={{ backgroundColor: '#f6f6f6', fontFamily: FONT, margin: 0, padding: '24px 0' }}>
        <Container style={{ backgroundColor: '#ffffff', maxWidth: '600px', border: '1px solid #dddddd' }}>
          <Section style={{ padding: '16px 24px', borderBottom: `4px solid ${BLUE_FRANCE}` }}>
            <table role="presentation" cellPadding={0} cellSpacing={0} style={{ width: 48 }}>
              <tbody>
                <tr>
                  <td style={{ width: 16, height: 6, backgroundColor: BLUE_FRANCE }} />
                  <td style={{ width: 16, height: 6, backgroundColor: '#ffffff' }} />
                  <td style={{ width: 16, height: 6, backgroundColor: '#e1000f' }} />
                </tr>
              </tbody>
            </table>
            <Text
              style={{
                margin: '8px 0 0',
                fontWeight: 700,
                fontSize: 14,
                lineHeight: '16px',
                color: '#161616',
              }}
            >
              RÉPUBLIQUE
              <br />
              FRANÇAISE
            </Text>
            <Text style={{ margin: '4px 0 12px', fontSize: 10, fontStyle: 'italic', color: '#161616' }}>
              Liberté, Égalité, Fraternité
            </Text>
            <Text style={{ margin: 0, fontSize: 18, fontWeight: 700, color: BLUE_FRANCE }}>
              Croissance connectée
            </Text>
          </Section>
          <Section style={{ padding: '24px' }}>{props.children}</Section>
          <Hr style={{ borderColor: '#dddddd', margin: 0 }} />
          <Section style={{ padding: '16px 24px' }}>
            <Text style={{ fontSize: 12, color: GREY, margin: '0 0 8px' }}>
              Vous recevez ce message au titre de la catégorie « {props.footer.categoryLabel} ».
            </Text>
            <Text style={{ fontSize: 12, color: GREY, margin: 0 }}>
              <Link href={props.footer.preferencesUrl} style={{ color: BLUE_FRANCE }}>
                Gérer mes préférences de notification
              </Link>
              {props.footer.unsubscribeUrl ? (
                <>
                  {' · '}
                  <Link href={props.footer.unsubscribeUrl} style={{ color: BLUE_FRANCE }}>
                    Ne plus recevoir ces e-mails
                  </Link>
                </>
              ) : null}
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

/** The DSFR's primary button: blue France, white text, square corners. */
export function ActionButton(props: { href: string; children: ReactNode }) {
  return (
    <Link
      href={props.href}
      style={{
        display: 'inline-block',
        backgroundColor: BLUE_FRANCE,
        color: '#ffffff',
        padding: '8px 16px',
        fontSize: 16,
        textDecoration: 'none',
      }}
    >
      {props.children}
    </Link>
  );
}
