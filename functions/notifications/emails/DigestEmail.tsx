import { Heading, Link, Section, Text } from '@react-email/components';
import { BLUE_FRANCE, Layout, type Footer } from './Layout.js';

export type DigestLine = { title: string; body: string; url: string };

/** The daily digest of an agent or a moderator: every notification of its digest categories since the last one. */
export function DigestEmail(props: { lines: DigestLine[]; footer: Footer }) {
  const count = props.lines.length;
  const heading = `${count} notification${count > 1 ? 's' : ''} depuis votre dernier récapitulatif`;
  return (
    <Layout preview={heading} footer={props.footer}>
      <Heading as="h1" style={{ fontSize: 22, color: '#161616', margin: '0 0 16px' }}>
        Votre récapitulatif quotidien
      </Heading>
      <Text style={{ fontSize: 16, color: '#161616' }}>{heading} :</Text>
      {props.lines.map((line, i) => (
        <Section
          key={i}
          style={{ borderLeft: `4px solid ${BLUE_FRANCE}`, padding: '0 12px', margin: '12px 0' }}
        >
          <Link href={line.url} style={{ fontSize: 16, fontWeight: 700, color: BLUE_FRANCE }}>
            {line.title}
          </Link>
          <Text style={{ fontSize: 14, color: '#161616', margin: '4px 0 0' }}>{line.body}</Text>
        </Section>
      ))}
    </Layout>
  );
}
