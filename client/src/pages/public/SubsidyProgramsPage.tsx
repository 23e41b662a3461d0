import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../../generated';
import type { PublicSubsidyProgramsQuery } from '../../../generated/graphql';
import { useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { themeLabels } from '../../labels/connecteurs';
import { formatDate } from '../../labels/dates';
import { REGIONS, regionName } from '../../labels/geography';
import { formatEuros } from '../../labels/money';
import { useSession } from '../../session/SessionProvider';

const PublicSubsidyProgramsQuery = graphql(`
  query PublicSubsidyPrograms($regionCode: String) {
    subsidyPrograms(regionCode: $regionCode) {
      id
      regionCode
      name
      managingBody
      description
      opensOn
      closesOn
      isOpen
      aidRateBasisPoints
      investmentFloorCents
      investmentCeilingCents
      aidFloorCents
      aidCeilingCents
      maxEmployees
      maxAnnualRevenueCents
      independenceRequired
      excludedNafPrefixes
      eligibleThemes
      localProvidersOnly
      perCompanyCapCents
      perCompanyCapYears
      attestationRequired
      questions {
        id
        label
      }
    }
  }
`);

type Program = PublicSubsidyProgramsQuery['subsidyPrograms'][number];

const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 2 });

/** `/cheques-numeriques?region=…`: a region's chèque numérique programmes and their rules, for anyone. */
export function SubsidyProgramsPage() {
  const [params, setParams] = useSearchParams();
  const regionCode = params.get('region') ?? '';
  const { data, error, loading } = useQuery(
    PublicSubsidyProgramsQuery,
    { regionCode },
    { skip: !regionCode },
  );
  const programs = data?.subsidyPrograms ?? [];
  return (
    <>
      <PageHeading title="Les chèques numériques des régions" />
      <p>
        Les régions financent une partie des projets numériques des petites entreprises. Choisissez votre
        région pour lire ses programmes et leurs règles.
      </p>
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-6">
          <Select
            label="Région"
            nativeSelectProps={{
              value: regionCode,
              onChange: (e) => setParams(e.target.value ? { region: e.target.value } : {}, { replace: true }),
            }}
          >
            <option value="">Choisir une région</option>
            {REGIONS.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </Select>
        </div>
      </div>
      {error && <ApiErrorAlert error={error} />}
      {loading && <Loading />}
      {regionCode && data && programs.length === 0 && (
        <p>Aucun programme de chèque numérique en {regionName(regionCode)} pour l’instant.</p>
      )}
      {programs.map((program) => (
        <ProgramRules key={program.id} program={program} />
      ))}
    </>
  );
}

function ProgramRules({ program }: { program: Program }) {
  const role = useSession().session?.role;
  const apply = `/entreprise/cheque-numerique/nouvelle/${program.id}`;
  return (
    <section className="fr-mt-4w fr-p-3w" style={{ border: '1px solid var(--border-default-grey)' }}>
      <h2 className="fr-h4">{program.name}</h2>
      <p>
        <Badge as="span" small noIcon severity={program.isOpen ? 'success' : 'info'}>
          {program.isOpen ? 'Dépôts ouverts' : 'Dépôts fermés'}
        </Badge>{' '}
        {program.managingBody} — du {formatDate(program.opensOn)} au {formatDate(program.closesOn)}
      </p>
      {program.description && <p style={{ whiteSpace: 'pre-line' }}>{program.description}</p>}
      <h3 className="fr-h6">Règles</h3>
      <ul>
        <li>
          Aide de {percent.format(program.aidRateBasisPoints / 10_000)} de l’investissement, de{' '}
          {formatEuros(program.aidFloorCents)} à {formatEuros(program.aidCeilingCents)}.
        </li>
        <li>
          Investissement de {formatEuros(program.investmentFloorCents)} à{' '}
          {formatEuros(program.investmentCeilingCents)}.
        </li>
        <li>
          Entreprises de {program.maxEmployees} salariés au plus
          {program.maxAnnualRevenueCents != null &&
            `, chiffre d’affaires de ${formatEuros(program.maxAnnualRevenueCents)} au plus`}
          {program.independenceRequired && ', indépendantes (non contrôlées par une autre entreprise)'}.
        </li>
        {program.excludedNafPrefixes.length > 0 && (
          <li>Activités exclues (codes NAF commençant par) : {program.excludedNafPrefixes.join(', ')}.</li>
        )}
        <li>Dépenses finançables : {program.eligibleThemes.map((t) => themeLabels[t]).join(', ')}.</li>
        {program.localProvidersOnly && <li>Prestataires établis dans la région.</li>}
        {program.perCompanyCapCents != null && (
          <li>
            Au plus {formatEuros(program.perCompanyCapCents)} d’aide par entreprise sur{' '}
            {program.perCompanyCapYears} année{program.perCompanyCapYears > 1 ? 's' : ''} civile
            {program.perCompanyCapYears > 1 ? 's' : ''}.
          </li>
        )}
        {program.attestationRequired && (
          <li>Le projet est attesté par un connecteur labellisé avant le dépôt.</li>
        )}
      </ul>
      {program.questions.length > 0 && (
        <>
          <h3 className="fr-h6">Questions posées au dépôt</h3>
          <ul>
            {program.questions.map((q) => (
              <li key={q.id}>{q.label}</li>
            ))}
          </ul>
        </>
      )}
      {program.isOpen && (role === 'PME' || !role) && (
        <p>
          <Link to={apply}>Préparer une demande pour {program.name}</Link>
        </p>
      )}
    </section>
  );
}
