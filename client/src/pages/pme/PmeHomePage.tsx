import { Tile } from '@codegouvfr/react-dsfr/Tile';
import { PageHeading } from '../../components/PageHeading';

const tiles = [
  {
    title: 'Mon entreprise',
    desc: 'Inscrire l’entreprise ou vérifier ses informations',
    to: '/entreprise/mon-entreprise',
  },
  {
    title: 'Diagnostic de maturité',
    desc: 'Dix minutes pour savoir où vous en êtes et par où commencer',
    to: '/entreprise/diagnostic',
  },
  {
    title: 'Mes demandes de contact',
    desc: 'Les besoins envoyés aux connecteurs et leurs réponses',
    to: '/entreprise/demandes',
  },
  {
    title: 'Mon accompagnement',
    desc: 'Mes connecteurs, mon plan d’action, leurs notes et mes rendez-vous',
    to: '/entreprise/suivi',
  },
  {
    title: 'Chèque numérique',
    desc: 'Préparer, déposer et suivre une demande d’aide régionale',
    to: '/entreprise/cheque-numerique',
  },
];

/** `/entreprise`: the company's space, one tile per journey. */
export function PmeHomePage() {
  return (
    <>
      <PageHeading title="Mon espace entreprise" />
      <div className="fr-grid-row fr-grid-row--gutters">
        {tiles.map((tile) => (
          <div key={tile.to} className="fr-col-12 fr-col-md-6">
            <Tile
              title={tile.title}
              titleAs="h2"
              desc={tile.desc}
              linkProps={{ to: tile.to }}
              orientation="horizontal"
            />
          </div>
        ))}
      </div>
    </>
  );
}
