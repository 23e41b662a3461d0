import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';

/** `/donnees-personnelles`: what is kept, why, for how long, and the user's rights (RGPD, articles 13 and 15–21). */
export function PersonalDataPage() {
  return (
    <>
      <PageHeading title="Données personnelles" />
      <h2 className="fr-h4">Ce que la plateforme garde, et pourquoi</h2>
      <ul>
        <li>
          Votre identité de connexion (ProConnect pour les entreprises) et le SIRET de votre établissement :
          pour vous reconnaître et rattacher votre compte à votre entreprise.
        </li>
        <li>
          Les informations de votre entreprise, vos diagnostics, vos demandes de contact, vos suivis et
          rendez-vous avec un connecteur : pour vous mettre en relation et vous accompagner.
        </li>
        <li>
          Vos dossiers de chèque numérique : pour que votre région les instruise, et qu’elle en rende compte
          (obligation légale ; les dossiers payés, refusés ou clos sont conservés anonymisés).
        </li>
        <li>Vos avis et témoignages, une fois publiés par un modérateur.</li>
      </ul>
      <h2 className="fr-h4">Qui les lit</h2>
      <p>
        Les connecteurs que vous contactez ou qui vous suivent avec votre accord, les agents de votre région
        pour vos dossiers, le tiers de confiance qui atteste votre projet, et les modérateurs de la
        plateforme. Les statistiques publiées (prix, diagnostics comparés) ne sont publiées qu’à partir de 10
        contributeurs.
      </p>
      <h2 className="fr-h4">Vos droits</h2>
      <p>
        Vous pouvez à tout moment télécharger toutes les données de votre entreprise et supprimer votre compte
        depuis la page <Link to="/entreprise/mes-donnees">Mes données</Link> (connecté en tant qu’entreprise).
        Pour toute autre demande (rectification, opposition), écrivez au délégué à la protection des données
        du programme. Vous pouvez aussi saisir la CNIL.
      </p>
    </>
  );
}
