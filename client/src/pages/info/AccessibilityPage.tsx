import { PageHeading } from '../../components/PageHeading';

/** `/accessibilite`: the accessibility statement the footer links to (RGAA 4.1, loi du 11 février 2005, art. 47). */
export function AccessibilityPage() {
  return (
    <>
      <PageHeading title="Déclaration d’accessibilité" />
      <p>
        Le programme #CroissanceConnectée s’engage à rendre son service accessible, conformément à l’article
        47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration s’applique à Croissance Connectée.
      </p>
      <h2 className="fr-h4">État de conformité</h2>
      <p>
        Croissance Connectée est <strong>non conforme</strong> au référentiel général d’amélioration de
        l’accessibilité (RGAA 4.1) : aucun audit de conformité n’a encore été réalisé.
      </p>
      <h2 className="fr-h4">Ce qui est vérifié</h2>
      <p>
        À chaque modification, des tests automatiques (axe-core) parcourent les pages de chaque rôle dans un
        navigateur et refusent toute erreur grave ou critique : titres dans l’ordre, contrastes, noms
        accessibles des liens, boutons et champs, cartes lisibles au clavier. Les formulaires annoncent toutes
        leurs erreurs à la fois et placent le focus sur la première.
      </p>
      <h2 className="fr-h4">Contenus non accessibles connus</h2>
      <ul>
        <li>La carte des témoignages : son contenu est aussi donné sous forme de liste.</li>
        <li>
          Les graphiques (enveloppe d’un programme, évolution de la maturité) : leurs valeurs sont aussi
          données en texte.
        </li>
      </ul>
      <h2 className="fr-h4">Retour d’information et contact</h2>
      <p>
        Si vous n’arrivez pas à accéder à un contenu ou à un service, contactez l’équipe du programme pour
        être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme.
      </p>
      <h2 className="fr-h4">Voies de recours</h2>
      <p>
        Si vous constatez un défaut d’accessibilité vous empêchant d’accéder à un contenu ou à une
        fonctionnalité, que vous nous l’avez signalé et que vous n’avez pas obtenu de réponse satisfaisante,
        vous pouvez écrire au Défenseur des droits ou contacter son délégué dans votre région.
      </p>
    </>
  );
}
