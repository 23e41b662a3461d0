import { Tile } from '@codegouvfr/react-dsfr/Tile';
import { PageHeading } from '../components/PageHeading';

const tiles = [
  {
    title: 'Trouver un connecteur',
    desc: 'Par région, département ou commune, et par thème : site web, visibilité en ligne, paiement, cybersécurité…',
    to: '/connecteurs',
  },
  {
    title: 'Faire son diagnostic numérique',
    desc: 'Un questionnaire en quelques minutes, sans compte : votre niveau, la comparaison avec des entreprises comme la vôtre, des conseils.',
    to: '/diagnostic',
  },
  {
    title: 'Financer son projet',
    desc: 'Les chèques numériques de chaque région et leurs règles : montants, entreprises éligibles, dépenses financées.',
    to: '/cheques-numeriques',
  },
  {
    title: 'Comparer des prestataires',
    desc: 'L’annuaire des prestataires du numérique, leurs offres et les avis modérés de leurs clients.',
    to: '/prestataires',
  },
  {
    title: 'Connaître les prix',
    desc: 'Le référentiel de prix par action numérique : fourchettes observées dans les offres, devis et factures.',
    to: '/referentiel-des-prix',
  },
  {
    title: 'Lire des témoignages',
    desc: 'Des entreprises de votre secteur et de votre région racontent leur transformation numérique.',
    to: '/temoignages',
  },
  {
    title: 'Participer à un événement',
    desc: 'Ateliers, webinaires et petits-déjeuners près de chez vous ou en ligne.',
    to: '/agenda',
  },
];

export function HomePage() {
  return (
    <>
      <PageHeading title="Accueil">Le numérique au service des petites entreprises</PageHeading>
      <p className="fr-text--lead">
        Croissance Connectée met en relation les PME et TPE avec des connecteurs — bénévoles ou labellisés —
        qui les accompagnent près de chez elles dans leur transformation numérique, et les aide à financer
        leurs projets avec le chèque numérique de leur région.
      </p>
      <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
        {tiles.map((tile) => (
          <li key={tile.to} className="fr-col-12 fr-col-md-4">
            <Tile
              title={tile.title}
              titleAs="h2"
              desc={tile.desc}
              linkProps={{ to: tile.to }}
              orientation="vertical"
            />
          </li>
        ))}
      </ul>
    </>
  );
}
