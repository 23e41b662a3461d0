import { Link } from 'react-router';
import { PageHeading } from '../components/PageHeading';

export function NotFoundPage() {
  return (
    <>
      <PageHeading title="Page introuvable" />
      <p>L’adresse demandée ne correspond à aucune page. Elle a peut-être été déplacée ou supprimée.</p>
      <p>
        <Link to="/">Revenir à l’accueil</Link>
      </p>
    </>
  );
}
