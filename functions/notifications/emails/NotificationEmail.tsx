import { Heading, Text } from '@react-email/components';
import { ActionButton, BLUE_FRANCE, Layout, type Footer } from './Layout.js';

/** One notification as an e-mail: its title, its text, and the button to the page where the recipient acts. */
export function NotificationEmail(props: { title: string; body: string; url: string; footer: Footer }) {
  return (
    <Layout preview={props.body.slice(0, 140)} footer={props.footer}>
      <Heading as="h1" style={{ fontSize: 22, color: '#161616', margin: '0 0 16px' }}>
        {props.title}
      </Heading>
      {props.body.split('\n').map((paragraph, i) => (
        <Text key={i} style={{ fontSize: 16, lineHeight: '24px', color: '#161616' }}>
          {paragraph}
        </Text>
      ))}
      <ActionButton href={props.url}>Voir sur Croissance connectée</ActionButton>
      <Text style={{ fontSize: 12, color: '#666666', marginTop: 16 }}>
        Ou copiez ce lien : <span style={{ color: BLUE_FRANCE }}>{props.url}</span>
      </Text>
    </Layout>
  );
}
